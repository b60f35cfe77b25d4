"""Legislatures' sittings and congresses as the sixteenth and seventeenth audits read them: a draft law's content,
a lecture after the sitting, slogans, wastes and risks are no sectors; a congress's own sittings do not cite it;
what a sitting only deliberates is no measure; one forum of a fair's list is no meeting (sentences written for the
tests, reproducing what the audited items say)."""

from __future__ import annotations

from kg.model import OFFICIAL, SPEAKER
from tests.docs import meeting_of, rejected


def _sectors(*paragraphs: str, title: str = "十一届全国人大常委会第二十八次会议在京举行") -> list[str]:
    return [s.value for s in meeting_of(title, *paragraphs, published="2012-08-27 19:00").sectors]


def test_what_a_draft_law_regulates_is_no_sector_of_the_sitting() -> None:
    assert _sectors("十一届全国人大常委会第二十八次会议27日上午在北京人民大会堂举行。",
                    "提交本次会议审议的关于修改农业技术推广法的决定草案，在推广原则中增加规定；"
                    "明确对基层农业技术推广机构的考核，应当听取农民的意见。",
                    "全国人大财经委副主任委员尹某某就旅游法立法必要性、旅游发展规划等问题作了说明。") == []


def test_a_sector_the_sitting_itself_names_stays_beside_a_draft() -> None:
    assert _sectors("十一届全国人大常委会第二十八次会议27日上午在北京人民大会堂举行。",
                    "会议审议了关于修改农业技术推广法的决定草案。",
                    "会议强调，要推动钢铁行业兼并重组。") == ["钢铁行业"]


def test_a_lecture_after_the_closing_sitting_is_not_the_meetings() -> None:
    assert _sectors("全国政协十四届常委会第二次会议27日上午在北京闭幕。王某某主持闭幕会并讲话。",
                    "闭幕会后，全国政协常委、某大学校长乔某应邀作题为“人工智能技术应用及社会影响”的学习讲座。",
                    title="全国政协十四届常委会第二次会议闭幕") == []


def test_agriculture_in_a_slogan_is_not_singled_out() -> None:
    assert _sectors("李克强5日在南宁主持召开部分省区经济形势座谈会。",
                    "李克强指出，要推动新型工业化、信息化、城镇化和农业现代化同步发展，推进金融领域改革。",
                    "赵某某指出，推进农业强国建设。",
                    title="李克强在部分省区座谈会上强调依靠深化改革促进转型发展") == ["金融"]


def test_a_congress_is_not_cited_by_its_own_sittings() -> None:
    m = meeting_of("党的二十大举行预备会议 习近平主持会议",
                   "中国共产党第二十次全国代表大会预备会议15日下午在人民大会堂举行。习近平主持会议。",
                   "会议通过了大会秘书处机构设置和工作任务，通过了二十大的议程。会议指出，党的十九大以来的工作很不平凡。",
                   published="2022-10-15 19:00")
    assert [c.name for c in m.cited] == []
    m = meeting_of("党的二十大主席团举行第一次会议",
                   "党的二十大主席团第一次会议15日下午举行。会议通过了中国共产党第二十次全国代表大会选举办法（草案）。",
                   "会议讨论了党的十九届中央委员会向中国共产党第二十次全国代表大会的报告。", published="2022-10-15 19:00")
    assert [c.name for c in m.cited] == []


def test_a_sitting_that_only_deliberates_a_text_decides_nothing_by_it() -> None:
    m = meeting_of("中共中央政治局召开会议 审议《中国共产党机构编制工作条例》",
                   "中共中央政治局6月24日召开会议，审议《中国共产党机构编制工作条例》和《中国共产党农村工作条例》。"
                   "中共中央总书记习近平主持会议。", published="2019-06-24 19:00")
    assert m.measures == []
    m = meeting_of("国务院常务会议", "国务院总理李强5日主持召开国务院常务会议，研究发展银发经济的政策举措，"
                   "审议进一步优化政务服务的指导意见，审议通过《碳排放权交易管理暂行条例（草案）》。",
                   published="2024-01-05 19:00")
    assert [x.text for x in m.measures] == ["研究发展银发经济的政策举措", "审议通过《碳排放权交易管理暂行条例（草案）》"]


def test_a_waste_a_company_and_a_risk_are_no_sectors() -> None:
    assert _sectors("十二届全国人大常委会第三十次会议1日举行联组会议。",
                    "委员们建议加强建筑垃圾和农业废弃物的资源化利用，防范化解重大金融风险，推动电子产品回收。",
                    "航天云网等平台介绍了经验。", title="十二届全国人大常委会第三十次会议举行联组会议") == ["电子产品"]
    assert _sectors("十四届全国人大常委会第二十一次会议25日在北京举行。",
                    "全国人大财经委副主任委员某某作了关于注册会计师法修正草案的说明，促进注册会计师行业健康发展。",
                    title="十四届全国人大常委会第二十一次会议在京举行") == []


def test_one_forum_of_a_fairs_list_is_no_meeting() -> None:
    rejected("新技术新成果集中亮相2025年服贸会", "9月12日，2025年服贸会在北京开幕，展示了一批新技术新成果。",
             "服贸会还举办了2025电子商务大会等10场论坛。", published="2025-09-12 19:00")


def test_an_honorific_after_a_titled_name_keeps_the_name() -> None:
    m = meeting_of("", "6月9日，工信部在京召开智能制造专家座谈会。",
                   "中国工程院原院长周济院士、国机集团副总经理陈学东院士等9位专家参加了会议。", published="2023-06-10 10:00")
    assert m.people(OFFICIAL) == ["周济", "陈学东"]


def test_lessons_drawn_from_past_years_are_no_measures() -> None:
    m = meeting_of("第八届两岸经贸文化论坛开幕", "第八届两岸经贸文化论坛28日在哈尔滨开幕。全国政协主席贾庆林出席开幕式并致辞。",
                   "贾庆林指出，四年多来的实践给我们带来许多有益的启示，积累了十分宝贵的经验。",
                   "第一，和平发展是一条正确的道路。第二，求同存异是重要条件。", published="2012-07-28 19:00")
    assert m.measures == []


def test_whom_a_sitting_chose_for_a_task_has_no_role_at_it() -> None:
    m = meeting_of("全国政协召开第七十一次主席会议 俞正声主持", "政协第十二届全国委员会第七十一次主席会议28日下午在京召开。"
                   "全国政协主席俞正声主持并讲话。", "会议推举十二届全国政协主席俞正声在全国政协十三届一次会议上作常委会工作报告、"
                   "十二届全国政协副主席万钢作提案工作情况的报告。", published="2018-02-28 19:00")
    assert m.people(SPEAKER) == ["俞正声"] and m.people(OFFICIAL) == []


def test_a_political_consultative_conference_convenes() -> None:
    assert meeting_of("", "全国政协28日在京召开远程协商会，围绕议题协商议政。", published="2024-06-28 19:00").organizer == "全国政协"



def test_a_broadcaster_a_department_and_a_system_are_no_sectors() -> None:
    assert _sectors("国务院总理主持召开国务院常务会议。",
                    "会议要求，加快发展集成电路产业，上海广播电视台等媒体要做好宣传，锻造钢铁长城。",
                    "压实林草部门行业管理责任，完善科技金融体制。",
                    title="国务院常务会议") == ["集成电路产业"]
