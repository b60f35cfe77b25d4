"""Patterns of earlier held-out MIIT pages read again as development pages (converter mirrors with bare
pinyin, Hong Kong datelines, corner quotes, untitled chairs, forums a ministry hosts); sentences written for
the tests, reproducing what the pages show."""

from __future__ import annotations

from kg.clean import _norm, _unruby
from kg.model import CHAIR, OFFICIAL, PROVINCE_PRESENT, PROVINCE_SPOKE, SPEAKER
from tests.docs import meeting_of, rejected


def test_toneless_pinyin_a_converter_mirror_adds_is_dropped_a_lone_abbreviation_is_not() -> None:
    assert _unruby("12月20日,全國工(gong)(gong)業和信息化工(gong)作(zuo)會議在北京(jing)召開。") == \
        "12月20日,全國工業和信息化工作會議在北京召開。"
    assert _unruby("苹果(app)和手机应用(pdf)") == "苹果(app)和手机应用(pdf)"
    m = meeting_of("", "12月20日,全國工(gong)(gong)業和信息化工(gong)作(zuo)會議在北京(jing)以(yi)視(shi)頻形式召(zhao)開(kai)。",
                   published="2021-12-21 10:00")
    assert m.name == "全国工业和信息化工作会议" and m.format == "video" and str(m.date) == "2021-12-20"


def test_typographic_spaces_in_dates_and_around_corner_quotes_go_names_lists_keep_theirs() -> None:
    assert _norm("9 月 6 日,部长主持召开 「十五五」 规划座谈会") == "9月6日,部长主持召开「十五五」规划座谈会"
    assert _norm("出席：张三 李四") == "出席：张三 李四"
    m = meeting_of("", "9 月 6 日,工业和信息化部党组书记、部长李乐成在辽宁省沈阳市主持召开 「十五五」 规划部分省区市座谈会,"
                   "听取意见建议。", published="2025-09-07 10:00")
    assert m.name == "“十五五”规划部分省区市座谈会" and str(m.date) == "2025-09-06"
    assert m.people(CHAIR) == ["李乐成"]


def test_a_party_groups_democratic_life_meeting_is_a_meeting() -> None:
    m = meeting_of("", "10月23日，工业和信息化部党组召开党的群众路线教育实践活动专题民主生活会。部党组书记、部长苗圩主持会议。",
                   published="2013-10-24 10:00")
    assert m.name == "党的群众路线教育实践活动专题民主生活会" and m.people(CHAIR) == ["苗圩"]
    rejected("中央办公室印发《关于某县委专题民主生活会情况的通报》",
             "近日，中央办公室印发通报，要求各地认真学习某县委专题民主生活会的做法。", published="2014-05-16 19:00")


def test_hong_kong_yesterday_with_the_day_in_brackets_and_a_chair_who_chairs_again() -> None:
    m = meeting_of("", "综合港媒报导，中国工信部部长李乐成昨（13）日主持召开制造业企业座谈会。", published="2026-01-14 08:00")
    assert str(m.date) == "2026-01-13" and m.people(CHAIR) == ["李乐成"]
    m = meeting_of("", "《经济通通讯社29日专讯》工信部部长金壮龙昨日再主持召开制造业企业座谈会，了解行业发展情况。",
                   published="2023-08-29 12:00")
    assert str(m.date) == "2023-08-28" and m.people(CHAIR) == ["金壮龙"]


def test_an_untitled_chair_given_by_the_meeting() -> None:
    m = meeting_of("", "2009年3月5日，工信部在北京召开钢铁产业调整振兴规划论证会。论证会由殷瑞钰主持，"
                   "工信部原材料司的相关负责人参加了会议。", published="2009-03-06 10:00")
    assert m.people(CHAIR) == ["殷瑞钰"]


def test_speeches_given_as_a_long_titled_report_a_proposal_or_points_made() -> None:
    m = meeting_of("", "6月1日，全国信息化和软件服务业工作座谈会在成都召开。",
                   "软件产业处副处长张毅夫作题为《以“软件定义、数据驱动”为引领，精心谋划，真抓实干，促进新时代软件产业和"
                   "大数据产业高质量发展》的专题报告。", published="2018-06-02 10:00")
    assert m.people(SPEAKER) == ["张毅夫"]
    m = meeting_of("", "1月30日，全省工业和信息化工作会议在长春召开。", "会上，常明厅长讲了三个方面问题。",
                   published="2015-02-02 10:00")
    assert m.people(SPEAKER) == ["常明"]


def test_a_ministers_directive_at_the_meeting_is_not_an_instruction_from_afar() -> None:
    m = meeting_of("", "2016年2月1日，“工业互联网产业联盟”成立大会在北京举行，工业和信息化部部长苗圩出席大会并作重要讲话。",
                   "苗圩还对联盟使命和任务要求做出指示，要求联盟发挥好牵引带动作用。", published="2016-02-02 10:00")
    assert m.people(SPEAKER) == ["苗圩"]


def test_a_forum_a_ministry_hosts_closes_and_a_vice_mayor_speaks_for_his_city_province() -> None:
    m = meeting_of("", "新华社宁波5月16日电 由工业和信息化部主办的信息化与城市发展论坛16日在宁波闭幕。",
                   "上海市常务副市长杨雄在论坛总结大会上表示，本次论坛充分探讨了信息技术。", published="2010-05-16 20:00")
    assert m.people(SPEAKER) == ["杨雄"] and m.provinces(PROVINCE_SPOKE) == ["shanghai"]
    assert "shanghai" not in m.provinces(PROVINCE_PRESENT)


def test_a_wholly_quoted_name_may_hold_commas() -> None:
    m = meeting_of("", "2008年4月28日至29日在北京举办主题为“构建和谐网络环境，助力绿色科技奥运”的"
                   "“迎奥运、促和谐，2008年阳光绿色网络研讨会”。会议由工业和信息化部、北京奥组委主办。",
                   published="2008-04-28 10:00")
    assert m.name == "迎奥运、促和谐，2008年阳光绿色网络研讨会" and str(m.date) == "2008-04-28"


def test_a_vague_headline_dated_by_the_clause_that_holds_the_meeting_further_down() -> None:
    m = meeting_of("", "贵州省通信管理局召开2024年行业防范治理电信网络诈骗工作推进部署会",
                   "2024年全民反诈在行动！", "近年来，我省反诈工作取得长足进步。", "法治频道推出系列报道。",
                   "2023年，贵州通信业劝阻挽损金额2.7亿元。", "这是记者日前从部署会上了解到的。",
                   "为贯彻落实重要指示精神，4月1日，贵州省通信管理局在贵阳召开2024年贵州省信息通信业防范治理电信网络诈骗"
                   "工作推进部署会。", published="2024-04-19 10:00")
    assert str(m.date) == "2024-04-01"
    assert m.people(OFFICIAL) == []
