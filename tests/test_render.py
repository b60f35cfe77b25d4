"""The graph page without a browser: data, escaping, layout, co-reporting."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections import Counter

import pytest

from kg import ids
from kg.entities import collect
from kg.render import page_data, render_html
from kg.render.evidence import sentence
from kg.render.kinds import KINDS, ROLES
from kg.render.page import script_json
from kg.render.sample import seed_meetings, synthetic_meetings, xss_meeting

XSS = "<img src=x onerror=alert(1)>"


@pytest.fixture(scope="module")
def html(sample_seeds, sample_lex) -> str:
    return render_html([*sample_seeds, xss_meeting(sample_lex)], sample_lex)


@pytest.fixture(scope="module")
def data(sample_seeds, sample_lex) -> dict:
    return page_data(collect(sample_seeds, sample_lex), sample_lex)


def embedded(page: str) -> dict:
    block = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert block, "no data block"
    return json.loads(block.group(1))


def by_kind(data: dict) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {k.id: [] for k in KINDS}
    for node in data["nodes"]:
        out[KINDS[node["k"]].id].append(node)
    return out


def node(data: dict, kind: str, label: str) -> tuple[int, dict]:
    return next((i, n) for i, n in enumerate(data["nodes"]) if KINDS[n["k"]].id == kind and n["l"] == label)


def test_page_is_one_self_contained_file(html):
    assert html.startswith("<!doctype html>")
    assert '<meta charset="utf-8">' in html
    markup = re.sub(r"(<script\b[^>]*>).*?(</script>)", r"\1\2", html, flags=re.S)  # tags, not code
    tags = re.findall(r"<(script|link|img|iframe|object|embed|audio|video|source|base)\b[^>]*>", markup)
    assert Counter(tags) == {"script": 3, "link": 1}  # data, vis-network, app; the icon is a data: URL
    assert re.findall(r"<script\b[^>]*>", markup) == ['<script type="application/json" id="kg-data">',
                                                     "<script>", "<script>"]
    assert '<link rel="icon" href="data:,">' in markup
    assert not re.search(r"@import|url\((?!data:)", markup)


def test_csp_admits_exactly_the_inline_scripts(html):
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    assert "default-src 'none'" in policy and "connect-src 'none'" in policy
    scripts = re.findall(r"<script>(.*?)</script>", html, re.S)
    assert len(scripts) == 2
    for script in scripts:
        digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in policy


def test_node_kinds_and_iris_are_exactly_the_entities(sample_seeds, sample_lex, data):
    found = collect(sample_seeds, sample_lex)
    kinds = by_kind(data)
    assert {k: len(v) for k, v in kinds.items()} == found.counts()
    assert {n["i"] for n in kinds["meeting"]} == set(found.meetings)
    assert {n["i"] for n in kinds["province"]} == set(found.provinces)
    assert {n["i"] for n in kinds["person"]} == set(found.people)
    assert {n["i"] for n in kinds["sector"]} == set(found.sectors)
    assert {n["i"] for n in kinds["article"]} == set(found.articles)
    assert len({n["i"] for n in data["nodes"]}) == len(data["nodes"])


def test_article_text_is_escaped_and_survives_round_trip(html):
    assert XSS not in html and "<script>alert" not in html and "</script><script>" not in html
    data = embedded(html)
    names = [n.get("n") for n in data["nodes"]]
    assert XSS in names
    xss_article = next(n for n in data["nodes"] if n.get("f") == "xss.html")
    assert xss_article["t"] == "<script>alert(2)</script>标题"
    assert "u" not in xss_article  # javascript: URLs are dropped


@pytest.mark.parametrize("value", ["<", "</script>", "&amp;", "\u2028", "a\"b", "浙江"])
def test_script_json_round_trips(value):
    text = script_json({"v": value})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"v": value}


def test_zhejiang_reported_at_three_meetings_with_evidence(data):
    zj, zhejiang = node(data, "province", "浙江")
    assert zhejiang["nr"] == 3 and zhejiang["en"] == "Zhejiang" and zhejiang["iso"] == "CN-ZJ"
    spoke = ROLES.index("province-spoke")
    edges = [e for e in data["edges"] if e[1] == zj and spoke in e[2]]
    dates = sorted(data["nodes"][e[0]]["d"] for e in edges)
    assert dates == ["2022-03-18", "2022-05-27", "2022-08-17"]
    said = {data["S"][ev[1]] for e in edges for ev in e[4]}
    assert "会上，北京、天津、河北、上海、江苏、浙江、安徽、山东、河南、陕西等10个省市工业和信息化主管部门负责同志作了交流发言，" \
           "工业和信息化部相关司局负责同志参加会议。" in said
    assert all("浙江" in s for s in said)
    sizes = {n["l"]: n["z"] for n in by_kind(data)["province"]}
    assert sizes["浙江"] == max(sizes.values()) and sizes["西藏"] == min(sizes.values())


def test_edges_carry_roles_and_sources(data):
    roles = {data["roles"][r][0] for e in data["edges"] for r in e[2]}
    assert {"chair", "speaker", "official", "province-spoke", "province-present", "region", "sector",
            "measure", "source", "member"} <= roles
    _, xin = node(data, "person", "辛国斌")
    chair = [e for e in data["edges"] if data["nodes"][e[1]] is xin]
    assert {data["roles"][r][1] for e in chair for r in e[2]} == {"chaired"}
    meeting = data["nodes"][chair[0][0]]
    assert data["nodes"][chair[0][4][0][2]]["f"].startswith(("000_", "001_", "004_"))
    assert meeting["o"] == "工业和信息化部"


def test_coreporting_projection(data):
    co = data["co"]
    index = {data["nodes"][c[0]]["l"]: c for c in co["nodes"]}
    assert len(index) == 14  # the provinces that reported at least once (tests/gold_seeds.json)
    weights = {frozenset((data["nodes"][a]["l"], data["nodes"][b]["l"])): w for a, b, w in co["edges"]}
    assert weights[frozenset(("浙江", "河南"))] == 3
    assert weights[frozenset(("浙江", "四川"))] == 1
    assert frozenset(("北京", "四川")) not in weights
    assert {c[3] for c in co["nodes"]} == set(range(co["communities"]))


def test_layout_is_deterministic_and_spread(sample_seeds, sample_lex, html):
    assert render_html([*sample_seeds, xss_meeting(sample_lex)], sample_lex) == html
    data = embedded(html)
    points = [(n["x"], n["y"]) for n in data["nodes"]]
    assert len(set(points)) == len(points)
    assert all(isinstance(v, int) for p in points for v in p)


def test_big_graphs_collapse_satellites_but_hold_every_node(sample_lex):
    meetings = synthetic_meetings(600, sample_lex)
    data = page_data(collect(meetings, sample_lex), sample_lex)
    counts = {k: len(v) for k, v in by_kind(data).items()}
    assert data["aggregate"] and counts["meeting"] == 600 and counts["measure"] == collect(meetings, sample_lex).counts()["measure"]
    meetings_xy = {(n["x"], n["y"]) for n in by_kind(data)["meeting"]}
    assert len(meetings_xy) == 600  # laid out around their provinces, never stacked
    small = page_data(collect(seed_meetings(sample_lex), sample_lex), sample_lex, threshold=10)
    assert small["aggregate"]


def test_measure_iris_follow_the_rdf_scheme(sample_seeds, sample_lex, data):
    meeting = next(m for m in sample_seeds if m.measures)
    article = ids.article_iri(meeting.doc.id, meeting.doc.sha256)
    assert ids.measure_iri(article, 1) in {n["i"] for n in by_kind(data)["measure"]}


@pytest.mark.parametrize(("text", "needle", "expected"), [
    ("标题\n\n第一句。第二句有浙江！第三句", "浙江", "第二句有浙江！"),
    ("标题\n\n第一句。第二句有浙江！第三句", "第三", "第三句"),
    ("标题\n\n正文", "标题", "标题"),
    ("前。" + "长" * 300 + "浙江" + "长" * 300 + "。后", "浙江", None),
])
def test_sentence_around_a_span(text, needle, expected):
    start = text.index(needle)
    found = sentence(text, start, start + len(needle))
    if expected is None:  # long sentences are cut around the span
        assert needle in found and found.startswith("…") and found.endswith("…") and len(found) <= 242
    else:
        assert found == expected


def test_empty_build_renders(sample_lex):
    data = embedded(render_html([], sample_lex))
    assert data["nodes"] == [] and data["edges"] == [] and data["co"]["nodes"] == []


def _build_page(out, inputs, seed: str) -> bytes:
    import os
    import subprocess
    import sys

    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-m", "kg", "build", "-q", "--no-store", "--no-validate", "-o", str(out),
                           *map(str, inputs)], capture_output=True, text=True, encoding="utf-8", env=env)
    assert done.returncode == 0, done.stderr
    return (out / "graph.html").read_bytes()


def test_page_bytes_do_not_depend_on_runs_input_order_or_hash_seed(tmp_path):
    from tests.conftest import SEEDS

    files = sorted(SEEDS.iterdir())
    first = _build_page(tmp_path / "a", files, "0")
    assert _build_page(tmp_path / "c", files[::-1], "1") == first  # reversed inputs, another hash seed
    assert _build_page(tmp_path / "d", [SEEDS], "4242") == first  # the folder, a third seed


def test_archive_scale_opens_on_recurrence_and_meetings_carry_kind_and_codes(sample_lex, data):
    assert data["start"] == "graph"  # five seed meetings: the meetings graph
    big = page_data(collect(synthetic_meetings(40, sample_lex), sample_lex), sample_lex)
    assert big["start"] == "rec"
    meeting = by_kind(data)["meeting"][0]
    assert meeting["kd"] == ids.meeting_kind(meeting["n"])
    _, zhejiang = node(data, "province", "浙江")
    assert zhejiang["gb"] == "330000"


def test_outliers_are_pulled_in_near_the_bulk():
    from kg.render.layout import SPACING, pull_in_outliers

    pos = {f"n{i}": (float(i % 10) * 30, float(i // 10) * 30) for i in range(100)}
    pos |= {"far": (100_000.0, 0.0), "farther": (0.0, -1_000_000.0)}
    pulled = pull_in_outliers(pos)
    assert all(pulled[n] == pos[n] for n in pos if n.startswith("n"))  # the bulk stays
    bulk = max(abs(x) + abs(y) for n, (x, y) in pos.items() if n.startswith("n"))
    for n in ("far", "farther"):
        assert max(abs(v) for v in pulled[n]) < bulk + 12 * SPACING
    import math

    def radius(n):
        return math.hypot(pulled[n][0] - 150, pulled[n][1] - 150)  # from the bulk's median

    assert radius("farther") > radius("far")  # the order along the radius is kept


@pytest.mark.parametrize("weight", [None, "weight"])
def test_force_layout_matches_networkx_spring_layout_to_the_bit(weight):
    """kg.render.layout runs networkx's force loop faster; the positions must not change."""
    import networkx as nx

    from kg.render.forces import ITERATIONS, SEED
    from kg.render.forces import spring as _spring

    g = nx.gnp_random_graph(60, 0.1, seed=3)
    for u, v in g.edges:
        g.edges[u, v]["weight"] = 1 + (u * 7 + v) % 5
    h = g
    if weight:  # _spring normalises weights to at most 1 first
        h = nx.Graph()
        h.add_nodes_from(g)
        h.add_weighted_edges_from((u, v, w / 5) for u, v, w in g.edges(data="weight"))
    expected = nx.spring_layout(h, seed=SEED, iterations=ITERATIONS, method="force", scale=300.0, weight=weight)
    assert _spring(g, 300.0, weight=weight) == {n: (float(x), float(y)) for n, (x, y) in expected.items()}
