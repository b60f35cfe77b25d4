"""kg.rdf: the graph of hand-built meetings from the seed articles.

The Meeting records are written by hand from seeds/ (the extractors are not
needed), with spans found in a crude cleaning of the seed HTML.  Builders
here are reused by test_merge.py and test_ontology.py.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
import shutil
import subprocess
from pathlib import Path

import pyoxigraph
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg import entities, ids, lexicon, vocab
from kg.lexicon import Lexicon, Sector
from kg.model import (
    BEIJING,
    CHAIR,
    IN_PERSON,
    OFFICIAL,
    PROVINCE_PRESENT,
    PROVINCE_SPOKE,
    SPEAKER,
    TELECONFERENCE,
    VIDEO,
    CitedMeeting,
    Document,
    Measure,
    Meeting,
    Mention,
    Participation,
    Span,
)
from kg.rdf import DATE_UNKNOWN, KIND_CLASSES, evidence_sentence, serialize_turtle, to_graph
from kg.validate import validate
from kg.vocab import KG, ORG, PROV, RDF, SCHEMA, SKOS

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
QUERIES = ROOT / "kg" / "queries"
MIIT = "工业和信息化部"

# A small sector scheme, so these tests do not depend on kg/data/sectors.csv.
SECTORS = (
    Sector("automobile", "汽车", ("汽车产业",), "Automobiles", "", "C36", "汽车制造业"),
    Sector("new-energy-vehicle", "新能源汽车", (), "New energy vehicles", "automobile", "C3612",
           "新能源车整车制造"),
    Sector("electronics", "电子信息", ("电子",), "Electronics", "", "C39",
           "计算机、通信和其他电子设备制造业"),
    Sector("integrated-circuit", "集成电路", ("芯片",), "Integrated circuits", "electronics", "C3973",
           "集成电路制造"),
    Sector("medical-supplies", "医疗物资", (), "Medical supplies", "", "", ""),
    Sector("food", "食品", (), "Food", "", "C14", "食品制造业"),
    Sector("household-appliances", "家电", ("家用电器",), "Household appliances", "", "C385",
           "家用电力器具制造"),
)


def seed_lexicon() -> Lexicon:
    return dataclasses.replace(lexicon.load(), sectors=SECTORS)


# ---- builders --------------------------------------------------------------

def paragraphs(html: str) -> list[str]:
    """Crude cleaning: text of each <p>, tags and indentation removed."""
    found = (re.sub(r"<[^>]+>", "", p) for p in re.findall(r"<p[^>]*>(.*?)</p>", html, re.S))
    return [p.strip(" \u3000\t\r\n") for p in found if p.strip(" \u3000\t\r\n")]


def make_doc(file: str, title: str, paras: list[str], published: dt.datetime | None, **meta) -> Document:
    text = title + "\n\n" + "\n".join(paras)
    spans, pos = [], len(title) + 2
    for p in paras:
        spans.append(Span(pos, pos + len(p), p))
        pos += len(p) + 1
    return Document(id=file, file=file, item=None, title=title, published=published, text=text,
                    body_start=len(title) + 2, paragraphs=tuple(spans),
                    sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(), **meta)


def seed_doc(file: str, published: dt.datetime, **meta) -> Document:
    raw = (SEEDS / file).read_text(encoding="utf-8")
    title = re.search(r"^title:\s*['\"]?(.*?)['\"]?\s*$", raw, re.M).group(1)
    paras = [p for p in paragraphs(raw) if not p.startswith(("原标题", "责任编辑"))]
    return make_doc(file, title, paras, published, **meta)


def find(doc: Document, surface: str, value: str | None = None, rule: str = "test",
         after: str = "") -> Mention:
    """A mention of `surface` in the body (after the text `after`, if given)."""
    origin = doc.text.index(after, doc.body_start) if after else doc.body_start
    start = doc.text.index(surface, origin)
    return Mention(value or surface, Span(start, start + len(surface), surface), rule, doc.id)


def mentions(doc: Document, rule: str, *surfaces: str) -> list[Mention]:
    return [find(doc, s, rule=rule) for s in surfaces]


def person(doc: Document, role: str, name: str, rule: str, title: str | None = None) -> Participation:
    return Participation(role, name, "person", find(doc, name, rule=rule), title)


def provinces(doc: Document, role: str, shorts: str, after: str, lex: Lexicon) -> list[Participation]:
    by_short = {p.short_zh: p.id for p in lex.provinces}
    return [Participation(role, by_short[s], "province", find(doc, s, by_short[s], "province-list", after))
            for s in shorts.split()]


def measures(doc: Document, pattern: str) -> list[Measure]:
    found = [m for m in re.finditer(pattern, doc.text) if m.start() >= doc.body_start]
    return [Measure(i, m.group(0), Mention(m.group(0), Span(m.start(), m.end(), m.group(0)), "measure-list",
                                           doc.id)) for i, m in enumerate(found, 1)]


def seed_000(lex: Lexicon) -> Meeting:
    """一季度部分省市工业经济运行情况视频座谈会, 2022-03-18: 辛国斌 chairs, ten provinces speak."""
    doc = seed_doc("000_968c041b20610dd7.txt", dt.datetime(2022, 3, 18, 19, 10, 53, tzinfo=BEIJING),
                   outlet="新浪财经", editor="李墨轩",
                   original_title="辛国斌主持召开一季度部分省市 工业经济运行情况视频座谈会")
    name = "一季度部分省市工业经济运行情况视频座谈会"
    return Meeting(
        doc=doc, name=name, name_mention=find(doc, name, rule="meeting-name"), date=dt.date(2022, 3, 18),
        date_mention=find(doc, "2022年3月18日", "2022-03-18", "date-full"), format=VIDEO, organizer=MIIT,
        participations=[person(doc, CHAIR, "辛国斌", "chair-presides", "党组成员、副部长"),
                        *provinces(doc, PROVINCE_SPOKE, "北京 天津 河北 上海 江苏 浙江 安徽 山东 河南 陕西",
                                   "会上，", lex)],
        provinces_claimed_count=10,
        sectors=mentions(doc, "sector-lexicon", "医疗物资", "生活物资", "农资化肥", "基础工业产品"),
        measures=measures(doc, r"[一二三四]要[^。]*。"),
        cited=[CitedMeeting("中共中央政治局常务委员会会议", dt.date(2022, 3, 17),
                            find(doc, "中共中央政治局常务委员会会议", rule="cited-meeting"))],
    )


def seed_002(lex: Lexicon) -> Meeting:
    """工业和信息化部党组会议, 2022-04-29: discusses 长三角 and 珠三角, 汽车 and 芯片."""
    doc = seed_doc("002_346f46394203d521.txt", dt.datetime(2022, 4, 29, 15, 51, 46, tzinfo=BEIJING),
                   outlet="新浪财经")
    return Meeting(
        doc=doc, name="工业和信息化部党组会议",
        name_mention=find(doc, "工业和信息化部党组", rule="party-group"),
        date=dt.date(2022, 4, 29), date_mention=find(doc, "4月29日", "2022-04-29", "date-month-day"),
        format=IN_PERSON, organizer=MIIT,
        regions=mentions(doc, "region-lexicon", "长三角", "珠三角"),
        sectors=mentions(doc, "sector-lexicon", "食品", "农资", "汽车", "芯片", "医疗物资"),
        measures=measures(doc, r"要确保[^。]*。"),
        cited=[CitedMeeting("中央政治局会议", None, find(doc, "中央政治局会议", rule="cited-meeting"))],
    )


def seed_003(lex: Lexicon) -> Meeting:
    """提振工业经济电视电话会议, 2022-05-27 (财联社): 肖亚庆 speaks, four provinces report."""
    doc = seed_doc("003_c94b25b35698020a.txt", dt.datetime(2022, 5, 27, 17, 34, 38, tzinfo=BEIJING),
                   outlet="财联社", source_cited="工信部")
    name = "提振工业经济电视电话会议"
    return Meeting(
        doc=doc, name=name, name_mention=find(doc, name, rule="meeting-name"), date=dt.date(2022, 5, 27),
        date_mention=find(doc, "27日", "2022-05-27", "date-day"), format=TELECONFERENCE, organizer=MIIT,
        participations=[person(doc, SPEAKER, "肖亚庆", "speaker-speech", "部党组书记、部长"),
                        *(person(doc, OFFICIAL, n, "officials-present") for n in ("徐晓兰", "韩夏", "许科敏")),
                        *provinces(doc, PROVINCE_SPOKE, "浙江 河南 广东 四川", "浙江、河南", lex)],
        regions=mentions(doc, "region-lexicon", "长三角", "珠三角", "京津冀"),
        sectors=mentions(doc, "sector-lexicon", "汽车", "集成电路", "新能源汽车", "医疗物资", "家电"),
        cited=[CitedMeeting("全国稳住经济大盘电视电话会议", None,
                            find(doc, "全国稳住经济大盘电视电话会议", rule="cited-meeting"))],
    )


def undated_meeting(lex: Lexicon) -> Meeting:
    """A synthetic undated report with two separately planned cities and the Corps present."""
    doc = make_doc("synthetic-undated.md", "全国工业和信息化系统视频会议召开",
                   ["近日，工业和信息化部召开全国工业和信息化系统视频会议。",
                    "大连、宁波工业和信息化主管部门负责同志发言，新疆生产建设兵团在分会场参加会议。"], None)
    return Meeting(
        doc=doc, name="全国工业和信息化系统视频会议", name_mention=None, date=None, date_mention=None,
        format=VIDEO, organizer=MIIT,
        participations=[Participation(PROVINCE_SPOKE, "大连", "city", find(doc, "大连", rule="city-list")),
                        Participation(PROVINCE_SPOKE, "宁波", "city", find(doc, "宁波", rule="city-list")),
                        Participation(PROVINCE_PRESENT, "xpcc", "province",
                                      find(doc, "新疆生产建设兵团", "xpcc", "province-list"))],
    )


def all_meetings(lex: Lexicon) -> list[Meeting]:
    return [seed_000(lex), seed_002(lex), seed_003(lex), undated_meeting(lex)]


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return seed_lexicon()


@pytest.fixture(scope="module")
def graph(lex: Lexicon) -> Graph:
    return to_graph(all_meetings(lex), lex)


@pytest.fixture(scope="module")
def turtle(graph: Graph) -> bytes:
    return serialize_turtle(graph)


def query(graph: Graph, name: str) -> list:
    return list(graph.query((QUERIES / name).read_text(encoding="utf-8")))


# ---- parsing in three implementations -------------------------------------

def test_turtle_round_trips_in_rdflib(graph: Graph, turtle: bytes) -> None:
    reparsed = Graph().parse(data=turtle, format="turtle")
    assert isomorphic(reparsed, graph)
    assert serialize_turtle(reparsed) == turtle  # the writer's output is a fixed point


def test_turtle_parses_in_oxigraph(graph: Graph, turtle: bytes) -> None:
    triples = list(pyoxigraph.parse(turtle, format=pyoxigraph.RdfFormat.TURTLE))
    assert len(triples) == len(graph)


@pytest.mark.skipif(shutil.which("rapper") is None, reason="rapper not found on PATH (Debian package raptor2-utils)")
def test_turtle_parses_in_rapper(graph: Graph, turtle: bytes, tmp_path: Path) -> None:
    path = tmp_path / "kg.ttl"
    path.write_bytes(turtle)
    done = subprocess.run(["rapper", "-i", "turtle", "-c", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert f"returned {len(graph)} triples" in done.stderr


def test_hard_terms_round_trip() -> None:
    g = Graph()
    node = URIRef(ids.ID + "test/x")
    g.add((RDF.type, RDF.type, RDF.Property))  # rdf:type outside predicate position is not "a"
    g.add((node, KG.role, URIRef("urn:isbn:978-7-01")))
    for text in ('say "hi"\\ back', "line\nbreak\ttab\r", "bell\x07 nul\x00 del\x7f", "双引号“中文”😀", ""):
        g.add((node, KG.text, Literal(text, lang="zh")))
    g.add((node, KG.ordinal, Literal(-3)))
    g.add((node, KG.warning, Literal("007", datatype=vocab.XSD.integer)))
    data = serialize_turtle(g)
    assert isomorphic(Graph().parse(data=data, format="turtle"), g)
    assert len(list(pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.TURTLE))) == len(g)


# ---- shapes ------------------------------------------------------------------

def test_graph_conforms(graph: Graph) -> None:
    conforms, report = validate(graph)
    assert conforms, report
    assert "meeting date unknown" in report  # the undated meeting is a warning, not a violation


def _without(graph: Graph, predicate: URIRef, subject_type: URIRef) -> Graph:
    broken = Graph()
    for triple in graph:
        broken.add(triple)
    subject = sorted(broken.subjects(RDF.type, subject_type))[0]
    broken.remove((subject, predicate, None))
    return broken


@pytest.mark.parametrize("predicate, subject_type, message", [
    (KG.role, KG.Participation, "exactly one role"),
    (KG.participant, KG.Participation, "exactly one participant"),
    (PROV.wasDerivedFrom, KG.Meeting, "at least one source article"),
    (SCHEMA.organizer, KG.Meeting, "an organiser or an explicit \"organizer unknown\" warning"),
    (KG.evidenceText, KG.Measure, "carries its sentence"),
])
def test_broken_graph_does_not_conform(graph: Graph, predicate, subject_type, message) -> None:
    conforms, report = validate(_without(graph, predicate, subject_type))
    assert not conforms
    assert message in report


def test_meeting_without_date_or_warning_does_not_conform(graph: Graph) -> None:
    broken = _without(graph, KG.warning, KG.Meeting)
    undated = [m for m in broken.subjects(RDF.type, KG.Meeting) if (m, SCHEMA.startDate, None) not in broken]
    for m in undated:
        broken.remove((m, KG.warning, Literal(DATE_UNKNOWN)))
    assert not validate(broken)[0]


def test_validate_command(graph: Graph, turtle: bytes, tmp_path: Path, capsys) -> None:
    from kg.cli import main

    good, bad, garbage = tmp_path / "good.ttl", tmp_path / "bad.ttl", tmp_path / "garbage.ttl"
    good.write_bytes(turtle)
    bad.write_bytes(serialize_turtle(_without(graph, KG.role, KG.Participation)))
    garbage.write_text("<not turtle", encoding="utf-8")
    assert main(["validate", str(good)]) == 0
    assert main(["validate", str(bad)]) == 2  # invalid output
    assert "exactly one role" in capsys.readouterr().out
    assert main(["validate", str(garbage)]) == 1  # input error


# ---- provenance and queries -------------------------------------------------

def test_evidence_query_returns_the_sentence(graph: Graph) -> None:
    rows = query(graph, "evidence.rq")
    assert len(rows) == 1
    sentence = str(rows[0].sentence)
    assert sentence.startswith("会上，北京、天津") and sentence.endswith("参加会议。")
    assert str(rows[0].file) == "000_968c041b20610dd7.txt" and str(rows[0].rule) == "province-list"
    doc = seed_000(seed_lexicon()).doc
    assert doc.text[int(rows[0].start):int(rows[0].end)] == "陕西"


def test_region_query_reaches_member_provinces(graph: Graph) -> None:
    rows = query(graph, "region-provinces.rq")
    assert [str(r.name) for r in rows] == ["上海", "江苏", "浙江", "安徽"]
    assert all(r.iso and r.gb and r.wikidata for r in rows)


def test_meetings_in_region(graph: Graph) -> None:
    dates = {str(r.date) for r in query(graph, "meetings-in-region.rq")}
    assert dates == {"2022-03-18", "2022-04-29", "2022-05-27"}


def test_other_golden_queries_run(graph: Graph) -> None:
    assert [str(r.date) for r in query(graph, "meetings-chaired-by.rq")] == ["2022-03-18"]
    recurrence = {str(r.name): int(r.spoke) for r in query(graph, "province-recurrence.rq")}
    assert recurrence["浙江"] == 2 and recurrence["陕西"] == 1 and recurrence["宁波"] == 1
    sectors = {(str(r.date), str(r.label)) for r in query(graph, "sectors-by-meeting.rq")}
    assert ("2022-04-29", "集成电路") in sectors and ("2022-05-27", "新能源汽车") in sectors


def test_resource_counts_match_entities(graph: Graph, lex: Lexicon) -> None:
    expected = entities.collect(all_meetings(lex), lex).counts()
    counted = {str(r.kind): int(r["count"]) for r in query(graph, "resource-counts.rq")}
    assert counted == expected
    assert set(KIND_CLASSES) == set(expected)


# ---- content -----------------------------------------------------------------

def test_provinces_carry_their_codes(graph: Graph, lex: Lexicon) -> None:
    for node in graph.subjects(RDF.type, KG.Province):
        p = lex.province(str(node).rsplit("/", 1)[1])
        assert {str(o) for o in graph.objects(node, KG.iso3166_2)} == ({p.iso_3166_2} - {""})
        assert {str(o) for o in graph.objects(node, KG.gbCode)} == ({p.gb_code} - {""})
        wikidata = {str(o) for o in graph.objects(node, SKOS.exactMatch)}
        assert wikidata == ({f"http://www.wikidata.org/entity/{p.wikidata}"} if p.wikidata else set())
    assert (URIRef(ids.province_iri("xpcc")), RDF.type, KG.Province) in graph
    ningbo = URIRef(ids.city_iri("Ningbo"))
    assert (ningbo, KG.gbCode, Literal("330200")) in graph
    assert (ningbo, SCHEMA.containedInPlace, URIRef(ids.province_iri("zhejiang"))) in graph


def test_sector_scheme(graph: Graph) -> None:
    chip = URIRef(ids.sector_iri("integrated-circuit"))
    assert (chip, SKOS.altLabel, Literal("芯片", lang="zh")) in graph
    assert (chip, SKOS.broader, URIRef(ids.sector_iri("electronics"))) in graph  # broader chain included
    nev = URIRef(ids.sector_iri("new-energy-vehicle"))
    assert (nev, SKOS.broader, URIRef(ids.sector_iri("automobile"))) in graph
    assert (chip, SKOS.notation, Literal("C3973", datatype=KG.GB4754Code)) in graph


def test_people_have_dated_memberships(graph: Graph) -> None:
    xin = URIRef(ids.person_iri("辛国斌"))
    posts = {str(graph.value(m, ORG.role)).rsplit("/", 1)[1] for m in graph.subjects(ORG.member, xin)}
    assert posts == {ids.slug("党组成员"), ids.slug("副部长")}
    xiao = URIRef(ids.person_iri("肖亚庆"))
    minister = next(m for m in graph.subjects(ORG.member, xiao) if "bu-zhang" in str(m))
    assert graph.value(minister, SCHEMA.startDate) == Literal("2020-07", datatype=vocab.XSD.gYearMonth)
    assert graph.value(minister, ORG.organization) == URIRef(ids.organization_iri(MIIT))


def test_shortcuts_have_participation_nodes(graph: Graph) -> None:
    shortcuts = {KG.chair: KG.Chair, KG.speaker: KG.Speaker, KG.officialPresent: KG.OfficialPresent,
                 KG.provinceSpoke: KG.ReportingProvince, KG.provincePresent: KG.ProvincePresent}
    for shortcut, role in shortcuts.items():
        for meeting, who in graph.subject_objects(shortcut):
            nodes = set(graph.subjects(KG.meeting, meeting)) & set(graph.subjects(KG.participant, who))
            assert any((n, KG.role, role) in graph for n in nodes), (meeting, who)


def test_unmerged_duplicates_are_refused(lex: Lexicon) -> None:
    with pytest.raises(ValueError, match="merge"):
        to_graph([seed_000(lex), seed_000(lex)], lex)


@pytest.mark.parametrize("text, start, end, sentence", [
    ("标题\n\n第一句。会上，陕西发言；其后散会。", 9, 11, "会上，陕西发言；"),
    ("标题\n\n一要甲。二要乙。三", 4, 12, "一要甲。二要乙。"),
    ("　　首句无句号", 2, 4, "首句无句号"),
    ("甲。\n乙丙\n丁", 4, 5, "乙丙"),
])
def test_evidence_sentence(text: str, start: int, end: int, sentence: str) -> None:
    assert evidence_sentence(text, start, end) == sentence


# ---- determinism ---------------------------------------------------------------

@settings(max_examples=15, deadline=None)
@given(st.randoms(use_true_random=False))
def test_shuffled_input_gives_identical_turtle(turtle: bytes, lex: Lexicon, random) -> None:
    meetings = all_meetings(lex)
    random.shuffle(meetings)
    for m in meetings:
        for name in ("participations", "sectors", "regions", "measures", "cited"):
            random.shuffle(getattr(m, name))
    assert serialize_turtle(to_graph(meetings, lex)) == turtle


def test_serialization_ignores_insertion_order(graph: Graph, turtle: bytes) -> None:
    reversed_graph = Graph()
    for triple in sorted(graph, reverse=True):
        reversed_graph.add(triple)
    assert serialize_turtle(reversed_graph) == turtle
