"""What the bulk audit of this collection's session read wrong, and the held-in-China and announcement
checks a development half showed: sentences written for the tests, reproducing what the items say."""

from __future__ import annotations

import dataclasses

from kg.extract import extract
from kg.model import Meeting
from tests.docs import make_doc, meeting_of, rejected


def test_a_keynotes_views_are_no_measures() -> None:
    m = meeting_of("", "11月5日，第七届某国际博览会开幕式在上海举行，国务院总理李强出席开幕式并发表主旨演讲。",
                   "李强表示，我愿分享3点看法：第一，要坚持开放合作。第二，要坚持创新驱动。第三，要坚持包容普惠。",
                   published="2024-11-05 22:00")
    assert m.measures == []


def test_generic_industry_kinds_people_and_a_policys_name_are_no_sectors() -> None:
    m = meeting_of("", "7月22日，国务院召开常务会议。", "会议要求，落实“菜篮子”市长负责制，保障蔬菜供应；支持劳动密集型产业稳岗；"
                   "非公有制经济人士行业涉及面广，要加强引导。", published="2020-07-23 10:00")
    assert [s.value for s in m.sectors] == ["蔬菜"]


def test_a_cut_of_a_documents_title_and_the_series_of_its_own_sitting_are_not_cited() -> None:
    m = meeting_of("", "11月16日，全国政协主席王沪宁主持召开全国政协主席会议。", "会议审议通过了修订后的《中国人民政治协商会议全国委员会"
                   "大会发言工作规则》，讨论了《关于召开全国政协十四届常委会第四次会议的决定（草案）》。", published="2023-11-17 10:00")
    assert [c.name for c in m.cited] == ["全国政协十四届常委会第四次会议"]
    m = meeting_of("", "3月3日，十三届全国人大常委会举行第一百三十六次委员长会议。", "五年来，十三届全国人大常委会委员长会议全面贯彻"
                   "党中央决策部署。", published="2023-03-04 10:00")
    assert [c.name for c in m.cited] == []


def test_an_international_event_held_in_a_provincial_capital_with_a_ministry_there_is_a_meeting() -> None:
    m = meeting_of("", "9月25日上午，由工业和信息化部、国家发展和改革委员会、财政部、国家工商行政管理总局、广东省人民政府以及联合主办国"
                   "印度尼西亚、联合主办组织联合国南南合作办公室共同主办的第十届某国际中小企业博览会在广州隆重开幕。",
                   "工业和信息化部总工程师朱宏任出席，并参观了展馆。", published="2013-09-26 10:00")
    assert m.name == "第十届某国际中小企业博览会"


def test_a_title_whose_meeting_the_body_says_is_to_come_is_an_announcement() -> None:
    rejected("第六届数字中国建设峰会4月27日在福州召开", "国新办今天举行新闻发布会，介绍第六届数字中国建设峰会的筹备情况。"
             "峰会将于今年4月27日至28日在福建省福州市召开。", published="2023-04-03 19:00")


def test_a_count_of_square_metres_is_no_year() -> None:
    doc = make_doc("", "9月25日，某某博览会在广州开幕，工业和信息化部有关负责同志出席并致辞。", "联合主办国设有2000平方米的展区。")
    m = extract(dataclasses.replace(doc, published=None, url="https://news.example.com/contents/4/6241.html"))
    assert isinstance(m, Meeting) and m.date is None


def test_a_province_in_a_persons_name_a_firms_name_or_an_account_is_not_a_province_speaking() -> None:
    m = meeting_of("", "上周，民营铁塔企业共建共享座谈会在北京召开。", "某集团副董事长兼党委书记蒋海南等领导参加座谈会。",
                   "会议期间，蒋海南作为参会代表进行重要发言。", published="2021-06-01 10:00")
    assert m.provinces("province-spoke") == [] and m.provinces("province-present") == []
    m = meeting_of("", "4月25日，湖盐产区企业座谈会在乌鲁木齐召开。", "中盐某某盐业公司党委书记、董事长赵卫国致欢迎辞，"
                   "某协会执行理事长王小青作了讲话。", "赵卫国首先介绍了中盐新疆盐业和湖盐工作委员会的发展情况。",
                   published="2023-04-28 10:00")
    assert m.provinces("province-spoke") == []
