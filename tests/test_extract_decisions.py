"""What a sitting decided, what it only heard or said of a law, and who spoke through a governor's title
(patterns of the fifth bulk audit, in sentences written for the tests)."""

from __future__ import annotations

from kg.model import PROVINCE_SPOKE
from tests.docs import meeting_of, rejected

_meeting = meeting_of


def test_a_vote_is_a_decision_and_what_is_said_of_a_law_passed_is_not() -> None:
    m = _meeting("十四届全国人大常委会第三次会议闭幕", "十四届全国人大常委会第三次会议28日下午在北京闭幕。",
                 "会议经表决，通过了无障碍环境建设法、对外关系法。", "会议还表决通过了其他任免案。",
                 "委员长在讲话中说，会议审议通过的对外关系法，是我国涉外领域的基础性法律。",
                 published="2023-06-28 19:00")
    assert [x.text for x in m.measures] == ["会议经表决，通过了无障碍环境建设法、对外关系法。"]


def test_a_list_of_last_years_work_in_a_report_heard_is_not_a_measure() -> None:
    m = _meeting("十四届全国人大三次会议举行第二次全体会议", "十四届全国人大三次会议8日上午举行第二次全体会议。",
                 "赵乐际在报告中指出，一年来，常委会各项工作取得新的进展和成效。一是加强宪法实施；二是履行立法职责。",
                 "在报告中，应勇对2024年工作进行回顾：一是强化检察履职；二是服务高质量发展。",
                 published="2025-03-08 19:00")
    assert m.measures == []
    m = _meeting("国务院召开第三次全体会议", "国务院2月18日召开第三次全体会议。",
                 "李强强调，各部门要迅速进入工作状态，奋力推动高质量发展取得新成效。一要坚定信心；二要实干为先。",
                 published="2024-02-18 19:00")
    assert [x.ordinal for x in m.measures] == [1, 2]  # demanded, though it names 取得新成效


def test_governors_speak_for_their_provinces() -> None:
    m = _meeting("总理主持召开部分省份经济形势座谈会", "14日，国务院总理在江西南昌主持召开部分省份经济形势座谈会。",
                 "江西省委书记刘奇、吉林省长景俊海、上海市长应勇发了言。", published="2019-11-14 19:00")
    assert sorted(p.participant for p in m.participations if p.role == PROVINCE_SPOKE) == \
        ["jiangxi", "jilin", "shanghai"]


def test_cited_names_keep_their_verbs_of_purpose_and_lose_fragments() -> None:
    m = _meeting("新时代推动东北全面振兴座谈会召开", "9月7日，新时代推动东北全面振兴座谈会在哈尔滨召开。",
                 "2018年9月在沈阳召开深入推进东北振兴座谈会以来，东北振兴取得新进展。",
                 "会议要求，要加强全会精神学习宣传。", published="2023-09-09 19:00")
    assert [c.name for c in m.cited] == ["深入推进东北振兴座谈会"]


def test_events_a_festival_will_hold_are_announced_not_reported() -> None:
    rejected("乌兰牧骑艺术节开幕", "第八届乌兰牧骑艺术节今天在阿拉善盟开幕，"
             "期间将举办一专多能比赛、专题研讨会等活动。", published="2019-08-20 19:00")


def test_today_counts_from_the_dateline_and_disclosures_are_speeches() -> None:
    m = _meeting("首批示范平台获授牌", "本报北京11月28日讯 记者报道：在今天召开的全国中小企业工作座谈会上，工业和信息化部授牌首批平台。",
                 published="2011-11-29 08:00")
    assert m.date is not None and m.date.isoformat() == "2011-11-28"
    m = _meeting("中国将实施一批关键工程", "中新网广州9月23日电 工业和信息化部总工程师朱宏任在23日的第八届亚欧中小企业发展研讨会上"
                 "透露，一批关键工程即将实施。", published="2011-09-23 20:00")
    assert (m.name, [p.participant for p in m.participations]) == ("第八届亚欧中小企业发展研讨会", ["朱宏任"])


def test_what_a_drama_seminar_said_is_no_government_meeting() -> None:
    rejected("电视剧赢得好评", "在今天举行的电视剧研讨会上，与会人员认为，该剧弘扬了光荣传统。",
             published="2016-06-21 19:00")


def test_bureaus_that_each_sum_up_their_work_spoke() -> None:
    m = _meeting("两地召开联席会议", "5月10日下午，四川省通信管理局、重庆市通信管理局以视频形式组织召开两地信息通信业联席会议。",
                 "会上，四川省通信管理局局长、重庆市通信管理局局长分别作工作总结。", published="2022-05-12 09:00")
    assert sorted(p.participant for p in m.participations if p.role == PROVINCE_SPOKE) == ["chongqing", "sichuan"]


def test_what_a_sitting_heard_or_only_discussed_is_not_decided() -> None:
    m = _meeting("国务院常务会议", "国务院总理12月5日主持召开国务院常务会议，研究进一步做好节能降碳工作，"
                 "听取专项行动情况汇报并审议通过《行政执法监督条例（草案）》，讨论《国家消防救援人员法（草案）》。",
                 published="2025-12-05 19:00")
    assert [x.text for x in m.measures] == ["研究进一步做好节能降碳工作", "审议通过《行政执法监督条例（草案）》"]
    assert m.measures[1].mention.span.text == "《行政执法监督条例（草案）》"  # the evidence: the title as written


def test_a_meeting_recalled_from_an_earlier_year_or_counted_is_not_reported() -> None:
    for paras in (["2015年，党中央召开群团工作会议，对党的群团工作作出全面部署。"],
                  ["教育实践活动开展以来，广东陆续召开了275个各种层次的动员会。"]):
        rejected("总书记作出重要指示", *paras, published="2017-08-26 19:00")


def test_sittings_named_without_their_body_are_named_from_the_meeting_reported() -> None:
    m = _meeting("十四届全国人大一次会议主席团常务主席第三次会议举行",
                 "十四届全国人大一次会议主席团常务主席第三次会议8日下午在北京人民大会堂举行。",
                 "会议同意将有关决定草案提请大会主席团第四次会议审议。", "中共中央军委主席宣布大会开始。",
                 published="2023-03-08 19:00")
    assert [c.name for c in m.cited][-1] == "十四届全国人大一次会议主席团第四次会议"
    assert m.cited[-1].mention.span.text == "主席团第四次会议"
    assert not any("宣布" in c.name for c in m.cited)


def test_a_provincial_department_speaks_for_its_province_on_its_own_site() -> None:
    m = _meeting("", "2025年3月10日上午，2025年广西无线电管理工作会议在南宁召开。自治区工业和信息化厅副厅长徐莉青"
                 "出席会议并讲话，何兵二级巡视员主持会议。", published="2025-03-11 09:00")
    assert [p.participant for p in m.participations if p.role == PROVINCE_SPOKE] == ["guangxi"]
    assert [p.participant for p in m.participations if p.role == "chair"] == ["何兵"]


def test_forums_heard_of_dialogues_held_and_events_told_of() -> None:
    m = _meeting("", "记者从近日召开的第七届中国包头稀土产业论坛上了解到，稀土行业治理取得进展。"
                 "论坛上，工信部副部长辛国斌介绍说，管理体系逐步完善。", published="2015-08-13 08:00")
    assert m.name == "第七届中国包头稀土产业论坛"
    m = _meeting("", "日前，由工业和信息化部与韩国产业通商资源部共同举办的第二次中韩产业合作部级对话在京召开，"
                 "两国部长共同出席会议并致辞。",
                 published="2016-07-20 08:00")
    assert m.name == "第二次中韩产业合作部级对话"
    rejected("", "3月19日下午，市长带队赴北京拜访工业和信息化部，与中小企业局局长进行了座谈。",
             "在座谈中，市长向局长重点介绍了揭阳举办中德中小企业合作交流会等基本情况。", published="2019-03-20 08:00")


def test_summits_and_forums_in_china_that_ministry_officials_address() -> None:
    m = _meeting("", "3月25日，由工业和信息化部装备工业司组织召开的2014中国机器人产业发展高峰会议在张家港市经济技术开发区召开。",
                 "工业和信息化部装备工业司巡视员李力出席会议并发言指出，要强化行业管理。", published="2014-03-26 08:00")
    assert (m.name, [p.participant for p in m.participations if p.role == "speaker"]) == \
        ("2014中国机器人产业发展高峰会议", ["李力"])
    m = _meeting("陈肇雄致辞", "7月17日，工业和信息化部副部长陈肇雄出席IMT-2020峰会致辞表示，5G是重要方向。",
                 published="2019-07-18 08:00")
    assert m.name == "IMT-2020峰会"
    m = _meeting("", "7月8日，中国轻工业联合会召开上半年轻工行业经济运行分析会，中轻联王世成副会长作重要讲话。",
                 published="2015-07-09 08:00")
    assert [p.participant for p in m.participations if p.role == "speaker"] == ["王世成"]


def test_an_interview_on_a_sessions_sidelines_is_not_its_report() -> None:
    result = rejected("工信部部长：今年工业经济有望回升", "3月5日上午，第十四届全国人民代表大会第一次会议在人民大会堂举行开幕会。"
                      "会后举行“部长通道”采访活动，工业和信息化部部长接受采访。", published="2023-03-06 08:00")
    assert "interview" in result.reason
