"""Role phrasings a fresh collection of MIIT pages showed (collection X's development half): an account
followed by what the speaker pointed out, a speech named by the work it sums up, and a body's leaders listed
under one collective title.  Every sentence is written for the test."""

from __future__ import annotations

from kg.model import CHAIR, OFFICIAL, SPEAKER
from tests.docs import meeting_of

_LEAD = "6月8日，某司在北京召开企业工业设计中心认定工作座谈会。"


def _roles(*paragraphs: str) -> list[tuple[str, str]]:
    m = meeting_of("", *paragraphs, published="2012-06-09 10:00")
    return [(p.role, p.participant) for p in m.participations if p.kind == "person"]


def test_who_gave_an_account_and_then_pointed_out_spoke() -> None:
    assert _roles(_LEAD, "副司长辛仁周就开展认定工作情况做了介绍，指出此项工作是贯彻落实指导意见的重要内容。") == [
        (SPEAKER, "辛仁周")]


def test_who_heard_a_report_and_then_demanded_is_not_made_a_speaker_by_it() -> None:
    roles = _roles("国务院总理李克强7月5日主持召开国务院常务会议，部署整改审计查出的问题；听取投融资体制改革进展汇报，"
                   "要求发挥社会资本作用促进有效投资。")
    assert (CHAIR, "李克强") in roles and (SPEAKER, "李克强") not in roles


def test_a_speech_named_by_the_work_it_sums_up_and_plans() -> None:
    assert _roles("1月29日下午，省经济和信息化委机关工作总结暨抓落实工作部署会隆重举行。",
                  "会议由党组副书记、巡视员戚真理主持，党组书记、主任杨建初作2009年机关工作总结和2010年抓落实工作部署的讲话。") == [
        (CHAIR, "戚真理"), (SPEAKER, "杨建初")]


def test_leaders_listed_under_their_bodys_collective_title_attended() -> None:
    roles = _roles("1月29日下午，省经济和信息化委机关工作总结暨抓落实工作部署会隆重举行。",
                   "委领导杨建初、戚真理、邹生、彭平与机关各处室、各直属单位近300人参加。")
    assert roles == [(OFFICIAL, "杨建初"), (OFFICIAL, "戚真理"), (OFFICIAL, "邹生"), (OFFICIAL, "彭平")]


def test_an_invited_lecturer_and_managers_giving_accounts_attended() -> None:
    roles = _roles("4月24日，我市召开中小企业高质量发展专题培训会，邀请某中心综合处处长童有好讲解《某政策解读》。",
                   "会上，孙洪昌局长重点介绍了我市培育中小企业情况；某商学院项目经理郝建娜介绍了商学院情况；"
                   "某集团总经理助理段富有介绍产业基金情况。")
    assert roles == [(OFFICIAL, "童有好"), (OFFICIAL, "孙洪昌"), (OFFICIAL, "郝建娜"), (OFFICIAL, "段富有")]


def test_firms_listed_before_their_count_are_no_people() -> None:
    assert _roles("5月10日，光伏产业联盟成立筹备会在京召开。", "尚德、晶龙、英利、中能、中硅、大全等21家国内光伏骨干企业的有关负责人"
                  "作为光伏产业联盟发起单位参加了联盟成立筹备会。") == []
