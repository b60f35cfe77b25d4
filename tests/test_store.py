"""The embedded store, `kg query`, and the SPARQL result formats."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from kg import query, store
from tests import servers

KG = "https://w3id.org/cn-meetings/ontology#"
ID = "https://w3id.org/cn-meetings/id/"
ARTICLE_A, ARTICLE_B = ID + "article/aaaa", ID + "article/bbbb"
# Two articles; meeting m1 reported by A only, m2 by both.
MINI = f"""
@prefix kg: <{KG}> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix schema: <https://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<{ARTICLE_A}> a schema:NewsArticle .
<{ARTICLE_B}> a schema:NewsArticle .
<{ARTICLE_A}/measure/1> a kg:Measure ; kg:text "稳定汽车消费"@zh .
<{ID}meeting/m1> a kg:Meeting ; prov:wasDerivedFrom <{ARTICLE_A}> ;
    schema:startDate "2022-03-18"^^xsd:date ; kg:provinceSpoke <{ID}province/zhejiang> .
<{ID}meeting/m2> a kg:Meeting ; prov:wasDerivedFrom <{ARTICLE_A}>, <{ARTICLE_B}> ;
    kg:provinceSpoke <{ID}province/zhejiang>, <{ID}province/henan> .
<{ID}province/zhejiang> kg:shortName "浙江"@zh .
<{ID}province/henan> kg:shortName "河南"@zh .
<{ID}meeting/m2> kg:note [ kg:text "blank" ] .
""".encode()
RECURRENCE = f"""PREFIX kg: <{KG}>
SELECT ?name (COUNT(DISTINCT ?m) AS ?n) WHERE {{ ?m kg:provinceSpoke ?p . ?p kg:shortName ?name }}
GROUP BY ?name ORDER BY DESC(?n) ?name"""


def test_split_by_article_keeps_each_article_and_what_only_it_reports():
    graphs = store.split_by_article(store.read_triples(MINI))
    subjects = {g: {str(t.subject) for t in triples} for g, triples in graphs.items()}
    assert f"<{ARTICLE_A}/measure/1>" in subjects[ARTICLE_A]
    assert f"<{ID}meeting/m1>" in subjects[ARTICLE_A]
    assert f"<{ID}meeting/m2>" in subjects[store.SHARED_GRAPH]  # two sources: shared
    assert subjects[ARTICLE_B] == {f"<{ARTICLE_B}>"}
    blank = [t for t in graphs[store.SHARED_GRAPH] if isinstance(t.object, ox.BlankNode)]
    assert blank, "triples touching a blank node stay together in the shared graph"
    assert sum(len(t) for t in graphs.values()) == len(store.read_triples(MINI))


def test_write_build_then_query_sees_the_union_of_graphs(tmp_path: Path):
    report = store.write_build(tmp_path / "store", MINI)
    assert report.graphs == 3
    assert set(store.graph_names(tmp_path / "store")) == {store.SHARED_GRAPH, ARTICLE_A, ARTICLE_B}
    result = store.query_store(tmp_path / "store", RECURRENCE)
    assert [(r[0].value, r[1].value) for r in result.rows] == [("浙江", "2"), ("河南", "1")]


def test_write_build_from_a_file_streams_the_same_quads(tmp_path: Path):
    """A file is placed in one pass and loaded in another (kg.store._Placer): the same store."""
    import re

    (tmp_path / "kg.ttl").write_bytes(MINI)
    from_file = store.write_build(tmp_path / "a", tmp_path / "kg.ttl")
    assert from_file == store.write_build(tmp_path / "b", MINI)

    def quads(folder: Path) -> list[bytes]:
        return sorted(re.sub(rb"_:\S+", b"_:b", line) for line in store.dump(folder).splitlines())

    assert quads(tmp_path / "a") == quads(tmp_path / "b") and len(quads(tmp_path / "a")) == 17


def test_rebuilding_leaves_no_stale_triples(tmp_path: Path):
    store.write_build(tmp_path / "store", MINI)
    smaller = b"<https://example.org/a> <https://example.org/p> 1 .\n"
    report = store.write_build(tmp_path / "store", smaller)
    assert report.triples == 1
    assert store.graph_names(tmp_path / "store") == [store.SHARED_GRAPH]
    assert not list(tmp_path.glob(".store.*")), "temporary store folders are cleaned up"


def test_update_store_replaces_only_the_graphs_given(tmp_path: Path):
    store.write_build(tmp_path / "store", MINI)
    new = f'<{ARTICLE_B}> <https://schema.org/headline> "新"@zh .\n'.encode()
    store.update_store(tmp_path / "store", {ARTICLE_B: new})
    count = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{ARTICLE_B}> {{ ?s ?p ?o }} }}"
    assert store.query_store(tmp_path / "store", count).rows[0][0].value == "1"
    assert ARTICLE_A in store.graph_names(tmp_path / "store")


def test_store_and_rdflib_agree(tmp_path: Path):
    store.write_build(tmp_path / "store", MINI)
    graph = rdflib.Graph().parse(data=MINI, format="turtle")
    assert query.to_csv(store.query_store(tmp_path / "store", RECURRENCE)) == \
        query.to_csv(query.query_rdflib(graph, RECURRENCE))


def test_missing_store_and_bad_query_are_query_errors(tmp_path: Path):
    with pytest.raises(query.QueryError, match="run `kg build` first"):
        store.query_store(tmp_path / "nowhere", RECURRENCE)
    store.write_build(tmp_path / "store", MINI)
    with pytest.raises(query.QueryError, match="does not parse"):
        store.query_store(tmp_path / "store", "SELECT ?x WHERE {")


# ---- finding queries --------------------------------------------------------

def test_every_saved_query_says_what_it_answers_and_parses():
    saved = query.saved_queries()
    assert {"province-recurrence", "meetings-by-chair", "meetings-by-month", "province-co-reporting",
            "measures-mentioning-sector", "sectors-by-meeting", "evidence"} <= set(saved)
    for name, item in saved.items():
        assert item.about, f"{name}.rq has no leading # comment"
        rdflib.Graph().query(item.text)  # parses (rdflib raises otherwise)


def test_resolve_text_file_and_name(tmp_path: Path):
    assert query.resolve("SELECT * WHERE { ?s ?p ?o }").startswith("SELECT")
    path = tmp_path / "mine.rq"
    path.write_text("ASK { ?s ?p ?o }", encoding="utf-8")
    assert query.resolve(str(path)) == "ASK { ?s ?p ?o }"
    assert "kg:provinceSpoke" in query.resolve("province-recurrence")
    with pytest.raises(query.QueryError, match="unknown query"):
        query.resolve("no-such-query")
    with pytest.raises(query.QueryError, match="no such query file"):
        query.resolve(str(tmp_path / "missing.rq"))


# ---- result formats -----------------------------------------------------------

def _sample() -> query.Result:
    xsd = "http://www.w3.org/2001/XMLSchema#"
    return query.Result("select", ["p", "name", "n"], [
        (query.Term("uri", ID + "province/zhejiang"), query.Term("literal", "浙江", None, "zh"),
         query.Term("literal", "3", xsd + "integer")),
        (query.Term("bnode", "b1"), query.Term("literal", 'say "hi"\tnow', xsd + "string"), None),
    ])


def test_csv_follows_sparql_results_csv():
    rows = list(csv.reader(io.StringIO(query.to_csv(_sample()))))
    assert rows == [["p", "name", "n"], [ID + "province/zhejiang", "浙江", "3"], ["_:b1", 'say "hi"\tnow', ""]]


def test_tsv_writes_terms_in_turtle_syntax():
    lines = query.to_tsv(_sample()).splitlines()
    assert lines[0] == "?p\t?name\t?n"
    assert lines[1] == f'<{ID}province/zhejiang>\t"浙江"@zh\t3'
    assert lines[2] == '_:b1\t"say \\"hi\\"\\tnow"\t'


def test_json_follows_sparql_results_json():
    document = json.loads(query.to_json(_sample()))
    assert document["head"]["vars"] == ["p", "name", "n"]
    first, second = document["results"]["bindings"]
    assert first["name"] == {"type": "literal", "value": "浙江", "xml:lang": "zh"}
    assert first["n"]["datatype"].endswith("#integer")
    assert "n" not in second and second["p"] == {"type": "bnode", "value": "b1"}


def test_table_aligns_wide_characters():
    lines = query.to_table(_sample()).splitlines()
    assert lines[2].startswith("id:province/zhejiang  浙江")
    assert lines[3].startswith("_:b1                  say \"hi\" now")  # tab flattened
    # The third column starts at the same terminal column on every line.
    starts = {query.display_width(line[: line.rindex(marker)]) for line, marker in
              ((lines[0], "n"), (lines[2], "3"))}
    assert len(starts) == 1
    assert lines[-1] == "(2 rows)"
    assert query.display_width("浙江a") == 5


# ---- the CLI -------------------------------------------------------------------

def test_kg_query_on_the_seed_build_prints_henan_and_zhejiang_first():
    build = servers.seed_build()
    done = servers.kg_cli("query", "province-recurrence", "--store", str(build / "store"))
    assert done.returncode == 0, done.stderr
    top = [line.split()[1:3] for line in done.stdout.splitlines()[2:4]]
    assert sorted(top) == [["河南", "3"], ["浙江", "3"]]


def test_kg_query_formats_and_data_file():
    build = servers.seed_build()
    as_csv = servers.kg_cli("query", "meetings-by-month", "--data", str(build / "kg.ttl"), "--format", "csv")
    assert as_csv.returncode == 0, as_csv.stderr
    assert as_csv.stdout.splitlines()[0] == "month,meetings"
    as_json = servers.kg_cli("query", "meetings-by-month", "--store", str(build / "store"), "-f", "json")
    assert json.loads(as_json.stdout)["head"]["vars"] == ["month", "meetings"]


def test_kg_query_list_and_errors(tmp_path: Path):
    listed = servers.kg_cli("query", "--list")
    assert listed.returncode == 0 and "province-co-reporting" in listed.stdout
    missing = servers.kg_cli("query", "province-recurrence", "--store", str(tmp_path / "none"))
    assert missing.returncode == 1 and "run `kg build` first" in missing.stderr
    unknown = servers.kg_cli("query", "nonsense")
    assert unknown.returncode == 1 and "unknown query" in unknown.stderr


def test_store_from_turtle_blocks_holds_what_splitting_kg_ttl_gives(tmp_path: Path):
    """A build loads its store from the Turtle statements it wrote (no re-parsing of kg.ttl)."""
    from kg import vocab
    from kg.pieces import piece_of
    from kg.store_graphs import write_graphs

    data = b"\n".join(line for line in MINI.splitlines() if b"[" not in line)  # no blank node
    triples = set(rdflib.Graph().parse(data=data, format="turtle"))
    graphs: dict[str, list[str]] = {}
    for _, _, block, graph in piece_of(triples).blocks:
        graphs.setdefault(graph, []).append(block)
    report = write_graphs(tmp_path / "blocks", vocab.turtle_prefixes(), graphs)
    store.write_build(tmp_path / "split", data)
    assert report.graphs == 3
    assert sorted(store.dump(tmp_path / "blocks").splitlines()) == sorted(store.dump(tmp_path / "split").splitlines())


def test_a_store_is_updated_from_the_previous_one_when_few_graphs_changed(tmp_path: Path):
    from kg.store_graphs import GRAPHS, write_graphs

    prefixes = "@prefix ex: <https://example.org/> .\n"
    blocks = {f"https://example.org/g{i}": [f"ex:s{i} ex:p {i} .\n"] for i in range(30)}
    for folder in ("old", "new", "fresh", "again"):
        (tmp_path / folder).mkdir()
    write_graphs(tmp_path / "old" / "store", prefixes, blocks)
    changed = {**blocks, "https://example.org/g3": ["ex:s3 ex:p 33 .\n"]}
    del changed["https://example.org/g4"]
    updated = write_graphs(tmp_path / "new" / "store", prefixes, changed, tmp_path / "old" / "store")
    fresh = write_graphs(tmp_path / "fresh" / "store", prefixes, changed)
    assert updated == fresh and (tmp_path / "new" / "store" / GRAPHS).is_file()
    assert any(f.stat().st_nlink > 1 for f in (tmp_path / "new" / "store").glob("*.sst")), "a copy, not a new load"
    assert store.dump(tmp_path / "new" / "store") and \
        sorted(store.dump(tmp_path / "new" / "store").splitlines()) == \
        sorted(store.dump(tmp_path / "fresh" / "store").splitlines())
    assert len(store.dump(tmp_path / "old" / "store").splitlines()) == 30, "the previous store is left as it was"
    (tmp_path / "old" / "store" / GRAPHS).write_text('{"triples": 5, "graphs": {}}')  # not what it holds
    write_graphs(tmp_path / "again" / "store", prefixes, changed, tmp_path / "old" / "store")
    assert all(f.stat().st_nlink == 1 for f in (tmp_path / "again" / "store").glob("*.sst")), "loaded fresh"
    assert sorted(store.dump(tmp_path / "again" / "store").splitlines()) == \
        sorted(store.dump(tmp_path / "fresh" / "store").splitlines())
