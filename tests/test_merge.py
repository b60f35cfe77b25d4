"""kg.merge: two reports of the 2022-05-27 MIIT teleconference become one meeting.

Seed 003 (财联社, a Jekyll post) and tests/fixtures/merge/20220527_cctv_xwlb.json
(央视网 新闻联播, a single-item JSON file, worded differently) report the same
meeting; their Meeting records are written by hand from the two texts.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from test_rdf import MIIT, find, make_doc, mentions, paragraphs, person, provinces, seed_000, seed_003, seed_lexicon

from kg import entities
from kg.lexicon import Lexicon
from kg.merge import merge_meetings
from kg.model import BEIJING, OFFICIAL, PROVINCE_SPOKE, SPEAKER, TELECONFERENCE, VIDEO, Measure, Meeting, Mention
from kg.rdf import serialize_turtle, to_graph
from kg.validate import validate
from kg.vocab import KG, PROV, RDF

FIXTURE = Path(__file__).parent / "fixtures" / "merge" / "20220527_cctv_xwlb.json"


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return seed_lexicon()


def cctv_report(lex: Lexicon) -> Meeting:
    """The 新闻联播 item, cleaned the way a reader would: title without [视频], one line per <p>."""
    raw = FIXTURE.read_bytes()
    item = json.loads(raw)["videoList"][0]
    title = item["video_title"].removeprefix("[视频]")
    doc = make_doc(f"{FIXTURE.name}#0", title, paragraphs(item["video_detail"]["content"]),
                   dt.datetime.fromisoformat(item["pub_date"]).replace(tzinfo=BEIJING),
                   outlet=item["video_detail"]["source"], url=item["video_url"])
    doc = dataclasses.replace(doc, file=FIXTURE.name, item=title, sha256=hashlib.sha256(raw).hexdigest())
    name = "提振工业经济电视电话会议"
    measures = ["要千方百计帮助中小企业渡过难关", "抓紧实施制造业“十四五”规划重大工程和项目",
                "组织新一轮新能源汽车下乡活动，促进汽车、家电等大宗商品消费"]
    return Meeting(
        doc=doc, name=name, name_mention=find(doc, name, rule="meeting-name"), date=dt.date(2022, 5, 27),
        date_mention=find(doc, "今天（5月27日）", "2022-05-27", "date-today"), format=TELECONFERENCE,
        organizer=MIIT,
        participations=[person(doc, SPEAKER, "肖亚庆", "speaker-speech", "部党组书记、部长"),
                        person(doc, OFFICIAL, "徐晓兰", "officials-present", "副部长"),
                        person(doc, OFFICIAL, "韩夏", "officials-present", "总工程师"),
                        *provinces(doc, PROVINCE_SPOKE, "浙江 河南 广东 四川", "浙江、河南", lex)],
        regions=mentions(doc, "region-lexicon", "长三角", "珠三角", "京津冀"),
        sectors=mentions(doc, "sector-lexicon", "汽车", "集成电路", "装备制造", "生物医药", "新能源汽车", "家电"),
        measures=[Measure(i, text, find(doc, text, rule="measure-list")) for i, text in enumerate(measures, 1)],
    )


def test_two_reports_merge_into_one_meeting(lex: Lexicon) -> None:
    caixin, cctv = seed_003(lex), cctv_report(lex)
    assert entities.meeting_iri(caixin) == entities.meeting_iri(cctv)
    [merged] = merge_meetings([cctv, caixin])
    assert [d.id for d in merged.sources] == [caixin.doc.id, cctv.doc.id]  # earliest report first
    assert merged.doc == caixin.doc and merged.name == "提振工业经济电视电话会议"
    assert merged.people(SPEAKER) == ["肖亚庆"]
    assert sorted(merged.people(OFFICIAL)) == sorted(["徐晓兰", "韩夏", "许科敏"])
    assert merged.provinces(PROVINCE_SPOKE) == ["zhejiang", "henan", "guangdong", "sichuan"]
    assert len(merged.participations) == 1 + 3 + 4
    assert [r.value for r in merged.regions] == ["长三角", "珠三角", "京津冀"]
    assert {"装备制造", "生物医药", "家电"} <= {s.value for s in merged.sectors}  # union of both reports
    assert [m.mention.doc_id for m in merged.measures] == [cctv.doc.id] * 3


def test_merge_ignores_input_order_and_is_idempotent(lex: Lexicon) -> None:
    forward = merge_meetings([seed_003(lex), cctv_report(lex), seed_000(lex)])
    backward = merge_meetings([seed_000(lex), cctv_report(lex), seed_003(lex)])
    assert forward == backward
    assert merge_meetings(forward) == forward
    assert serialize_turtle(to_graph(forward, lex)) == serialize_turtle(to_graph(backward, lex))


def test_merged_graph_has_one_meeting_with_two_sources(lex: Lexicon) -> None:
    merged = merge_meetings([seed_003(lex), cctv_report(lex)])
    graph = to_graph(merged, lex)
    [meeting] = graph.subjects(RDF.type, KG.Meeting)
    articles = set(graph.objects(meeting, PROV.wasDerivedFrom))
    assert articles == {URIRef(entities.article_iri(seed_003(lex).doc)),
                        URIRef(entities.article_iri(cctv_report(lex).doc))}
    # each statement keeps the article its sentence comes from
    cctv_article = URIRef(entities.article_iri(cctv_report(lex).doc))
    for measure in graph.objects(meeting, KG.measure):
        assert graph.value(measure, PROV.wasDerivedFrom) == cctv_article
    xiao = next(p for p in graph.subjects(KG.role, KG.Speaker))
    assert "肖亚庆出席会议并讲话" in str(graph.value(xiao, KG.evidenceText))  # from 财联社, the first report
    assert validate(graph)[0]
    assert entities.collect(merged, lex).counts()[entities.ARTICLE] == 2


def test_mentions_are_pinned_to_their_report(lex: Lexicon) -> None:
    cctv = cctv_report(lex)
    unpinned = dataclasses.replace(cctv, measures=[
        dataclasses.replace(m, mention=dataclasses.replace(m.mention, doc_id="")) for m in cctv.measures])
    [merged] = merge_meetings([seed_003(lex), unpinned])
    assert {m.mention.doc_id for m in merged.measures} == {cctv.doc.id}


def test_undated_meetings_never_merge(lex: Lexicon) -> None:
    a, b = seed_003(lex), cctv_report(lex)
    undated = [dataclasses.replace(m, date=None, date_mention=None) for m in (a, b)]
    assert len(merge_meetings(undated)) == 2


def test_different_days_do_not_merge(lex: Lexicon) -> None:
    other_day = dataclasses.replace(cctv_report(lex), date=dt.date(2022, 5, 28))
    assert len(merge_meetings([seed_003(lex), other_day])) == 2


def test_disagreeing_sources_are_warned(lex: Lexicon) -> None:
    video = dataclasses.replace(cctv_report(lex), format=VIDEO)
    [merged] = merge_meetings([seed_003(lex), video])
    assert merged.format == TELECONFERENCE
    assert any("disagree on format" in w for w in merged.warnings)
    graph = to_graph([merged], lex)
    assert any(isinstance(w, Literal) and "disagree" in str(w) for w in graph.objects(None, KG.warning))


def test_unknown_mention_source_is_refused(lex: Lexicon) -> None:
    meeting = seed_003(lex)
    stray = Mention("x", meeting.participations[0].mention.span, "test", "not-a-source.txt")
    meeting.measures.append(Measure(1, "x", stray))
    with pytest.raises(ValueError, match="not a meeting source"):
        to_graph([meeting], lex)


def test_sittings_of_one_day_and_meetings_of_no_known_convener_stay_apart() -> None:
    from kg import ids

    day = "2023-03-10"
    assert ids.meeting_iri("全国人大", day, "十四届全国人大一次会议主席团第五次会议", "a") != \
        ids.meeting_iri("全国人大", day, "十四届全国人大一次会议主席团常务主席第五次会议", "b")
    assert ids.meeting_iri("全国人大", day, "十四届全国人大一次会议主席团第五次会议", "a") == \
        ids.meeting_iri("全国人大", day, "十四届全国人大一次会议主席团第五次会议", "c")  # two reports of one sitting
    assert ids.meeting_iri(None, day, "中美省州旅游局长对话会议", "a") != ids.meeting_iri(None, day, "新兴国家互联网圆桌会议", "b")
    assert ids.meeting_iri("全国人大常委会", day, "十二届全国人大常委会第一百零八次委员长会议", "a").endswith(
        "/chairpersons-meeting-108")
