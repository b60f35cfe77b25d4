"""Patterns of collections H and I (development halves) and of the former held-out half of G; sentences
written for the tests, reproducing what the pages show."""

from __future__ import annotations

import dataclasses

import pytest

from kg.extract import extract
from kg.extract.titles import is_chrome
from kg.model import OFFICIAL, SPEAKER, Meeting
from tests.docs import make_doc, meeting_of, rejected


def _people(meeting: Meeting, role: str) -> list[str]:
    return sorted(meeting.people(role))


def test_a_clock_time_after_the_day_keeps_the_lead() -> None:
    m = meeting_of("", "第八届电子信息产业论坛于2012年10月18日14点在深圳会展中心隆重举行。",
                   "工业和信息化部副部长刘国强出席论坛并致辞。", published="2012-10-19 10:00")
    assert str(m.date) == "2012-10-18"
    m = meeting_of("", "第八届电子信息产业论坛于2012年10月18日9:30在深圳会展中心举行。",
                   "工业和信息化部副部长刘国强出席论坛并致辞。", published="2012-10-19 10:00")
    assert str(m.date) == "2012-10-18"


def test_a_content_farms_teaser_is_chrome() -> None:
    assert is_chrome("导读 今天【工信部：推进某产业发展】登上了全网热搜，下面大家可以一起来看看吧！")
    assert not is_chrome("导读：工业和信息化部召开座谈会，研究推进产业发展。")
    m = meeting_of("", "工信部：推进低空产业发展",
                   "导读 今天【工信部：推进低空产业发展】登上了全网热搜，那么具体是什么情况呢，下面大家可以一起来看看吧！",
                   "1、工业和信息化部部长王建国主持召开第十二次制造业企业座谈会，听取企业意见建议。",
                   "2、会议指出，要推进低空产业高质量发展。", published="2024-09-06 10:00")
    assert m.name == "第十二次制造业企业座谈会"
    assert _people(m, "chair") == ["王建国"]


def test_an_expo_whose_host_is_named_past_its_figures_is_held_by_a_public_body() -> None:
    m = meeting_of("", "9月6日，2024中国智能制造博览会在河北省石家庄市开幕。",
                   "近年来，我国智能制造发展取得积极成效。", "智能工厂建设稳步推进，已建成示范工厂500余家。",
                   "产业规模持续扩大，今年1-7月收入增长10%。", "标准体系不断完善，发布国家标准300余项。",
                   "本届博览会由工业和信息化部、河北省人民政府共同主办，以“智造未来”为主题。",
                   published="2024-09-07 10:00")
    assert m.name == "2024中国智能制造博览会"
    assert rejected("", "9月6日，2024中国智能制造博览会在某市开幕。",
                    "近年来，我国智能制造发展取得积极成效。", "本届博览会由某某展览有限公司主办。",
                    published="2024-09-07 10:00")


def test_a_release_at_a_conference_reports_it() -> None:
    m = meeting_of("", "在1月9日举行的2023年中国工业信息安全大会上，《工业信息安全产业发展白皮书》发布。",
                   "大会由某研究中心主办。", "工业和信息化部网络安全管理局局长张明远表示，要提升安全保障能力。",
                   published="2023-01-10 10:00")
    assert m.name == "2023年中国工业信息安全大会"
    assert str(m.date) == "2023-01-09"


def test_a_notices_list_of_work_done_holds_no_meeting() -> None:
    assert rejected("", "日前，工信部发布2025年第一季度电信服务质量通告，介绍了一季度电信服务情况。",
                    "通告显示，今年一季度，工信部从五方面推进电信服务重点工作。",
                    "一是部署年度行风建设工作。",
                    "召开全国电视电话会议，总结上年工作情况，部署今年重点工作。",
                    published="2025-04-23 10:00")


def test_a_named_meeting_a_visiting_group_convened_later_in_the_visit_is_held() -> None:
    m = meeting_of("", "6月16-17日，某自治区通信管理局副局长陈立新带队到某市调研信息通信工作。",
                   "期间会见了某市副市长，双方就通信基站规划交流意见。",
                   "调研组一行实地考察了小区通信配套设施建设情况。",
                   "陈立新充分肯定了高标准建设的做法。",
                   "调研组还组织召开某市信息通信工作座谈会，听取各电信企业汇报。", published="2022-06-21 10:00")
    assert m.name == "某市信息通信工作座谈会"


def test_a_visiting_groups_unnamed_symposium_is_the_visits() -> None:
    assert rejected("", "3月17日至19日，某省工信委调研组到某市调研华侨农场产业发展。",
                    "在某市调研期间，调研组先后在三个县召开座谈会，听取有关部门意见。",
                    published="2010-03-22 10:00")


def test_an_explainer_or_a_campaign_of_talks_holds_no_talk() -> None:
    assert rejected("", "工信部为何约谈电信企业",
                    "工信部近期针对电信企业的一系列约谈行动，源头直指电信服务质量问题。",
                    "用户投诉居高不下，成为电信企业面临的一大挑战。", published="2024-05-01 10:00")


def test_a_list_with_a_head_count_gives_those_present() -> None:
    m = meeting_of("", "11月10日下午，某学会年会在北京开幕。原机械工业部部长赵文华，工业和信息化部部长钱志远，"
                   "某学会理事长孙立平，某学会代表和会员代表等500人出席会议。", published="2016-11-11 10:00")
    assert _people(m, OFFICIAL) == ["孙立平", "赵文华", "钱志远"]
    m = meeting_of("", "为谋划明年工作，市经信委于11月10日上午召开部分行业协会座谈会。",
                   "市经信委副主任叶明华、原副主任周建国、办公室相关人员，以及19家协会会长、秘书长等20余人参加了座谈会。",
                   published="2015-11-11 10:00")
    assert _people(m, OFFICIAL) == ["叶明华", "周建国"]


def test_a_banners_head_is_titled() -> None:
    m = meeting_of("", "5月24日，自治区铁合金产业推进会在某旗召开。自治区工业和信息化厅二级巡视员李永明，"
                   "某旗委常委、副旗长赵志刚出席会议。", published="2024-05-25 10:00")
    assert _people(m, OFFICIAL) == ["李永明", "赵志刚"]


def test_those_who_jointly_release_or_announce_were_present() -> None:
    m = meeting_of("", "9月5日，2023工业元宇宙论坛在重庆举办。",
                   "会上，某区委书记陈晓东、工业和信息化部科技司副司长刘建华、某研究院院长孙立新共同发布了《产业白皮书》。",
                   "工业和信息化部副部长王志强出席论坛并致辞。", published="2023-09-06 10:00")
    assert {"陈晓东", "刘建华", "孙立新"} <= set(m.people(OFFICIAL))


def test_a_provinces_own_body_named_as_host_organizes() -> None:
    m = meeting_of("", "5月24日，自治区铁合金产业推进会在某旗召开。",
                   "本次会议由内蒙古自治区工业和信息化厅主办，某市工业和信息化局承办。", published="2024-05-25 10:00")
    assert m.organizer == "内蒙古自治区工业和信息化厅"


def test_a_meeting_held_at_a_venue_with_yu() -> None:
    m = meeting_of("", "2015年3月6日上午，省经信委重点项目调研座谈会于我公司多功能会议厅召开。",
                   "参加会议的有省经信委、市政府领导和9家企业代表。", published="2015-03-07 10:00")
    assert m.name == "省经信委重点项目调研座谈会"
    assert str(m.date) == "2015-03-06"


def test_an_annual_meeting_a_ministry_guides_at_a_hotel_is_held() -> None:
    m = meeting_of("", "5月16日，2019高端装备制造业协会合作联盟年会在上海临港维也纳国际酒店隆重召开。",
                   "本次活动由国家工信部和上海市经信委指导，高端装备联盟主办。", published="2019-05-17 10:00")
    assert m.name == "2019高端装备制造业协会合作联盟年会"
    assert "酒店" not in [s.value for s in m.sectors]


def test_a_lecture_series_is_a_meeting_but_a_courses_opening_is_not() -> None:
    m = meeting_of("", "10月29日上午，省工信厅在机关三层报告厅举办第五期工信大讲堂。",
                   "工业和信息化部信息技术发展司副司长王建新以“工业互联网平台”为主题进行专题授课。",
                   "厅党组成员、副厅长刘海涛出席，副厅长郭明远主持。", published="2021-10-30 10:00")
    assert m.name == "第五期工信大讲堂"
    assert m.people("chair") == ["郭明远"]
    assert rejected("", "2月25日，某部中小企业领军人才甘肃班开班仪式在上海举行。",
                    "某中心副主任陈新、甘肃省工业和信息化厅二级巡视员李开明出席。", "仪式由中心副主任张真主持。",
                    published="2021-02-26 10:00")


def test_a_sub_event_of_a_forum_and_a_forum_a_ministry_hosts_first() -> None:
    m = meeting_of("", "近日，记者从某省工业和信息化厅获悉，金砖国家新工业革命伙伴关系论坛—消费品产业高质量发展专题研讨"
                   "在福建省厦门市隆重举办。", "工业和信息化部消费品工业司一级巡视员冯海涛出席活动并致辞。",
                   published="2022-08-01 10:00")
    assert m.name == "金砖国家新工业革命伙伴关系论坛—消费品产业高质量发展专题研讨"
    m = meeting_of("", "9月20日，由工信部、科技部、商务部、中国工程院、联合国工业发展组织、全球中小企业联盟和安徽省人民政府"
                   "共同主办的2019世界制造业大会在合肥开幕。", published="2019-09-21 10:00")
    assert m.name == "2019世界制造业大会"


def test_the_chair_of_a_summits_session_and_guests_invited_to_speak() -> None:
    m = meeting_of("", "10月27日，2019年仪器仪表产业发展峰会在共青城市隆重召开。",
                   "上午的峰会由某研究院有限公司总经理徐建国主持。工信部装备司副司长赵明杰，"
                   "共青城市市长卢志轩，中仪协理事长吴鹏受邀致辞。", published="2019-10-28 10:00")
    assert m.people("chair") == ["徐建国"]
    assert _people(m, OFFICIAL) == ["卢志轩", "吴鹏", "赵明杰"]


def test_a_headline_whose_subtitle_names_the_meeting() -> None:
    m = meeting_of("", "新春共话新发展，佳节情暖老同志——某通信管理局退休老同志座谈会",
                   "为做好老干部工作，2月10日，新疆通信管理局召开退休老同志座谈会，通报行业发展情况。",
                   published="2026-02-11 10:00")
    assert m.name == "退休老同志座谈会"
    assert "通报行业" not in [s.value for s in m.sectors]


def test_a_provinces_electricity_is_no_dateline() -> None:
    assert rejected("青海出台煤炭保供工作方案",
                    "11月3日，记者从青海省工业和信息化厅获悉，为加强煤炭供应保障工作，严格落实全省电力保障工作专题会议、"
                    "省能源电力保供领导小组会议部署要求，青海省出台了工作方案。", published="2021-11-06 10:00")


def test_the_convening_bodys_head_who_chairs_speaks_for_its_province() -> None:
    m = meeting_of("", "1月24日，广东省工业和信息化厅召开厅党组（扩大）会议，厅党组书记、厅长涂建坤主持会议。",
                   "会议指出，要推进制造业高质量发展。", published="2022-01-25 10:00")
    assert m.provinces("province-spoke") == ["guangdong"]


def test_one_who_analyses_at_the_meeting_speaks_and_he_is_him() -> None:
    m = meeting_of("", "近日，遵义市政府召开白酒产业发展专题会议。",
                   "遵义市委副书记、市长王晓东在会上全面深入分析了白酒产业发展面临的形势。他强调，要做强白酒产业。",
                   published="2011-06-22 10:00")
    assert m.people(SPEAKER) == ["王晓东"]


@pytest.mark.parametrize(("lead", "day"), [
    # a year before a quoted name
    ("4月25日-27日，2023“三品”全国行活动暨预制菜产业大会在遂宁国际会展中心举办。", "2023-04-25"),
    # a year before an edition in brackets
    ("7月9日，由中国互联网协会主办的2024（第二十三届）中国互联网大会在北京国家会议中心开幕。", "2024-07-09"),
])
def test_a_year_before_a_name_dates_an_undated_page(lead: str, day: str) -> None:
    doc = make_doc("", lead, "工业和信息化部消费品工业司副司长赵志强出席并致辞。", published="2019-01-01 10:00")
    m = extract(dataclasses.replace(doc, published=None))
    assert isinstance(m, Meeting)
    assert str(m.date) == day


def test_a_lost_character_between_characters_is_no_question() -> None:
    m = meeting_of("", "8月20日，由朔州市人民政府、山西省工信厅共同主办的桑干河?第十一届工业固废综合利用大会在朔州市召开。",
                   published="2024-08-21 10:00")
    assert m.name.endswith("第十一届工业固废综合利用大会")
    assert str(m.date) == "2024-08-20"


def test_the_word_after_a_title_that_follows_a_name_is_no_name() -> None:
    m = meeting_of("", "5月10日，制造强国战略研究项目总结会在北京召开。", "周济院士总结指出，制造强国战略是重大战略。",
                   published="2019-05-11 10:00")
    assert m.people(SPEAKER) == ["周济"]


def test_a_branch_venue_that_listens_in_reports_the_meeting() -> None:
    m = meeting_of("", "4月27日，我县组织收听收看全省促进工业投资电视电话会议，县领导许明、宋建华在我县分会场收听收看了会议。",
                   "会议指出，要促进工业投资。", "会后，副县长许明对我县工业经济工作进行了安排部署。",
                   published="2018-04-28 10:00")
    assert m.name == "全省促进工业投资电视电话会议"
    assert m.format == "teleconference"
    assert m.people(SPEAKER) == []
    assert _people(m, OFFICIAL) == ["宋建华", "许明"]


def test_an_activity_its_head_chairs_and_addresses() -> None:
    m = meeting_of("", "10月11日，市工信局举办氢能知识交流学习讲座。局党组书记、二级巡视员杜建武主持活动并讲话。",
                   published="2022-10-12 10:00")
    assert m.name == "氢能知识交流学习讲座"
    assert m.people("chair") == ["杜建武"]


@pytest.mark.parametrize(("paragraphs", "name"), [
    # a name's short form in brackets
    (["4月16日，由工业和信息化部、四川省人民政府主办的第七届中国国际软件合作大会(软洽会)在成都举行。"],
     "第七届中国国际软件合作大会"),
    # figures learned at a meeting that the item then reports on
    (["记者12月30日从低空产业联盟2024年工作会议获悉，截至目前，我国备案无人机产品1800余种。",
      "会上，低空产业联盟成立了低空标准化技术委员会。"], "低空产业联盟2024年工作会议"),
    # a city body that gathers firms for a symposium convenes it
    (["2月25日，市工信局组织部分专精特新企业召开座谈会，解读有关政策。"], "座谈会"),
    # a civic centre is a venue, not the public
    (["2月24日上午，市经信局在市民之家二楼会议室召开了全市专精特新企业申报专题培训会。"], "全市专精特新企业申报专题培训会"),
])
def test_lead_forms_named(paragraphs: list[str], name: str) -> None:
    assert meeting_of("", *paragraphs, published="2024-12-31 10:00").name == name


def test_those_who_watched_a_meeting_on_television_report_no_meeting() -> None:
    assert rejected("海外人员：团结奋斗", "海外华人华侨表示，主席在庆祝大会上的重要讲话让人倍感振奋。",
                    "我驻多国使领馆人员以及一些驻扎海外的维和官兵也收看了庆祝大会。", published="2019-10-06 19:00")
