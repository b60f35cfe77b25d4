"""Patterns of the development halves read again in the session that added collections L and M; sentences
written for the tests, reproducing what the pages show."""

from __future__ import annotations

import pytest

from kg.clean import to_document
from kg.extract import extract
from kg.extract.titles import is_chrome
from kg.model import Meeting, SourceItem
from tests.docs import make_doc, meeting_of


def _undated(body: str, url: str) -> Meeting:
    item = SourceItem(path="t.html", file="t.html", index=None, item=None, title="", published=None,
                      body=body, body_format="text", reader="test", meta=(("url", url),))
    result = extract(to_document(item))
    assert isinstance(result, Meeting), getattr(result, "reason", result)
    return result


def test_a_chief_expert_after_and_ends_a_list_of_those_present() -> None:
    m = meeting_of("", "9月3日，第五届资源综合利用大会在大同市召开。",
                   "市政协主席王立平，省科技厅副厅长赵青山，市领导孙海、周红，以及研究院首席专家钱洛明出席。",
                   published="2024-09-04 10:00")
    assert sorted(m.people("official")) == ["周红", "孙海", "王立平", "赵青山", "钱洛明"]
    titles = {p.participant: p.title for p in m.participations}
    assert titles["钱洛明"] == "研究院首席专家"  # (not 以及…)


def test_a_professor_is_named_by_the_title_before_the_name() -> None:
    m = meeting_of("", "4月9日，基础研究座谈会在北京召开，国务院副总理李明主持会议。",
                   "实验室教授吴宁、材料公司首席科学家郑海等参加座谈会。", published="2025-04-10 10:00")
    assert {"吴宁", "郑海"} <= set(m.people("official"))


@pytest.mark.parametrize(("url", "date"), [
    ("http://www.example.com/html1/report/2107/1361-1.htm", "2021-07-13"),  # a path's year and month
    ("http://www.example.com/html1/report/2108/1361-1.htm", None),  # a month the lead does not name: an id
    ("http://www.example.com/html1/report/3407/1361-1.htm", None),
])
def test_a_paths_two_digit_year_and_month_date_the_lead(url: str, date: str | None) -> None:
    m = _undated("7月13日，山西省工业和信息化厅厅长王文与钢铁集团董事长李祥举行工作会谈。"
                 "省工信厅副厅长马侠参加会谈。", url)
    assert (m.date and m.date.isoformat()) == date


def test_a_datelines_day_in_the_year_an_event_is_named_for() -> None:
    m = _undated("新华网4月29日电 题：工信部官员：加快虚拟现实产业发展\n新华财经记者 王英\n"
                 "在27日举行的VRX2023虚拟现实产业创新发展峰会上，工业和信息化部科技司副司长"
                 "任光表示，将加快产业创新发展。", "http://www.example.com/a/index.shtml")
    assert m.date is not None and m.date.isoformat() == "2023-04-27"


@pytest.mark.parametrize("joint", ["·", "?"])
def test_a_year_joined_to_a_name_by_a_dot_dates_it(joint: str) -> None:
    m = _undated(f"9月16-18日，“2021{joint}5G融合应用大会”在广州召开。会议由中国通信企业协会主办，"
                 "广东省工业和信息化厅支持。工业和信息化部总经济师许敏作视频致辞。", "http://www.example.com/news?a=2462")
    assert (m.date.isoformat(), m.end_date and m.end_date.isoformat()) == ("2021-09-16", "2021-09-18")


def test_an_association_meetings_guests_and_turns() -> None:
    m = meeting_of("", "2月11日，省信息通信行业协会在晋江组织召开行业生态建设座谈会，会议邀请省通信管理局副局长"
                   "白文到会指导。协会会长杨林、副会长陈华、秘书长黄斌及各设区市通信行业协会会长、秘书长参加了会议。",
                   "会上，省通信管理局信息通信管理处张旗处长解读宣贯了《行业生态建设方案》，市通信发展管理办公室"
                   "主任张总和市通信行业协会会长寇亮分别介绍了工作情况。", published="2022-02-12 10:00")
    titles = {p.participant: p.title for p in m.participations}
    assert titles["白文"] == "省通信管理局副局长"  # (not 会议邀请…)
    assert titles["寇亮"] == "市通信行业协会会长"  # (not 和…: the conjunction after 张总)
    assert {"陈华", "黄斌", "张旗"} <= set(m.people("official"))  # a list ending in others' titles; 解读宣贯了: a turn
    assert "解读" not in {p.participant for p in m.participations}


def _sectors(*body: str) -> list[str]:
    return [s.value for s in meeting_of("工信部召开座谈会", *body, published="2020-05-08 10:00").sectors]


def test_an_industry_fields_policy_keeps_the_industry() -> None:
    assert "集成电路" in _sectors("5月7日，工业和信息化部电子信息司召开座谈会。",
                                "会议要求，制定发布集成电路等领域支持政策，加快超高清视频等产业政策落地见效。")
    assert "金融" not in _sectors("5月7日，工业和信息化部召开座谈会。会议要求，用好电价、财税、金融等支持政策。")


def test_the_countrys_industry_is_no_company() -> None:
    assert "生物医药产业" in _sectors("5月7日，工业和信息化部召开座谈会。",
                                  "会议指出，中国生物医药产业的高质量发展离不开医药企业的凝心聚力。")
    assert "电信" not in _sectors("5月7日，工业和信息化部召开座谈会。中国电信、中国移动负责同志参加会议。")


def test_a_sites_motto_and_breadcrumb_are_chrome() -> None:
    m = meeting_of("", "希望广大科技工作者勇挑重担，为我国科技事业发展再立新功！",
                   "——习近平总书记在全国科技大会上的讲话", "加快突破关键核心技术，强化国家高端智库职能。",
                   "——习近平总书记致某院贺信中的重要指示", "第二十届工业博览会在上海举行",
                   "11月6日至11日，由工业和信息化部、商务部和上海市政府共同主办的第二十届工业博览会在上海召开。",
                   published="2018-11-12 10:00")
    assert m.name == "第二十届工业博览会"
    assert is_chrome("大市中国 > 国内 >") and is_chrome("新闻 » 国内 »")
    assert not is_chrome("会议强调，A > B的关系")


def test_a_summit_a_body_hosted_in_the_capital() -> None:
    m = meeting_of("大数据产业规划正征求意见", "日前在京主办的“2016大数据产业峰会”上，工信部信息化和软件服务业司"
                   "司长谢少峰透露，正在制定大数据产业发展规划。", published="2016-05-03 10:00")
    assert m.name == "2016大数据产业峰会" and m.people("speaker") == ["谢少峰"]


def test_a_release_held_with_an_annual_conference_belongs_to_its_name() -> None:
    m = meeting_of("工信部就医药工业转型升级提建议", "近日，由工业和信息化部指导、医药工业信息中心主办的2017年（第34届）"
                   "全国医药工业信息年会暨2016年度医药工业百强榜单发布在成都召开。工业和信息化部副部长罗林出席并致辞。",
                   published="2017-09-06 10:00")
    assert m.name == "2017年（第34届）全国医药工业信息年会暨2016年度医药工业百强榜单发布"


_VISIT = ("工信部调研智能网联汽车产业发展情况",
          "从工信部网站获悉，工信部电子信息司组织有关机构组成调研组，由副司长吴胜带队于7月3日至4日赴上海开展了专题调研。",
          "上海市经信委相关负责人一同调研。", "智能网联汽车是信息技术领域的重要发展方向，具有重要意义。",
          "调研组实地调研了智能驾驶核心控制器制造商，了解了技术的发展现状和发展趋势。",
          "调研组赴国家智能网联汽车示范区了解了测试验证的有关情况，听取了示范区建设的工作汇报。",
          "调研组参观了上海市有关互联网汽车企业，了解互联网汽车发展的现状和存在的问题。")


@pytest.mark.parametrize(("held", "name"), [
    ("在汽车创新港召开了智能网联汽车电子基础座谈会，与整机、零部件企业进行了讨论交流。", "智能网联汽车电子基础座谈会"),
    ("在汽车创新港召开了部分企业家座谈会，与整机、零部件企业进行了讨论交流。", None),  # named by who came
    ("在汽车创新港召开了座谈会，与整机、零部件企业进行了讨论交流。", None),
])
def test_a_visits_group_convening_a_named_meeting_far_down(held: str, name: str | None) -> None:
    result = extract(make_doc("", *_VISIT, held, "资料显示，工信部积极开展智能汽车应用示范。", published="2016-07-06 10:00"))
    assert getattr(result, "name", None) == name


def test_a_conference_held_on_a_day_opens_the_sentence_with_its_theme() -> None:
    m = meeting_of("工业互联网标识解析体系建设提速", "记者用手机扫描展板上的二维码，页面上写着国家工业互联网标识字样。",
                   "10月20日举行的2021工业互联网标识大会暨标识中国行（江苏站），以“标识联通万物”为主题交流研讨。",
                   "工信部信息通信管理局副局长王朋介绍，标识解析体系已形成格局。", published="2021-10-22 10:00")
    assert (m.name, str(m.date)) == ("2021工业互联网标识大会", "2021-10-20")


def test_a_trade_show_where_a_vice_minister_spoke() -> None:
    m = meeting_of("我国造船业取得五大进展", "新华社上海12月1日电（记者何荣、贾琨）工信部副部长怀进鹏1日在上海举行的"
                   "2015中国国际海事会展上表示，我国的船舶工业取得五个方面的重要进展。", published="2015-12-02 10:00")
    assert m.name == "2015中国国际海事会展"
    assert [(p.participant, p.title) for p in m.participations if p.role == "speaker"] == [("怀进鹏", "工信部副部长")]


def test_a_vice_governor_who_says_speaks() -> None:
    m = meeting_of("", "3月28日，第六届制造强国论坛在保定开幕。工业和信息化部副部长辛国斌出席并表示，要推进制造强国建设。",
                   "河北省人民政府副省长丁秀峰称，该省正加快向制造强省跨越。据保定市委书记党晓明介绍，保定正在转型。",
                   published="2018-03-29 10:00")
    assert "丁秀峰" in m.people("speaker")
    assert {p.participant: p.title for p in m.participations}.get("党晓明") in (None, "保定市委书记")


def test_a_body_founded_and_meeting_at_once_names_its_first_meeting() -> None:
    m = meeting_of("专家咨询委员会成立", "记者获悉，国家网络安全产业园区专家咨询委员会（以下简称“专家委”）日前成立并召开第一次会议。",
                   "会议由专家委主任、中国工程院院士邬江南主持。", published="2022-03-01 10:00")
    assert m.name == "国家网络安全产业园区专家咨询委员会第一次会议"
    assert [(p.participant, p.title) for p in m.participations if p.role == "chair"] == [
        ("邬江南", "专家委主任、中国工程院院士")]
