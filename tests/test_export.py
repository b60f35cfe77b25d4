"""`kg export`: every format carries the build's graph with the same IRIs."""

from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx
import pytest
import rdflib
from rdflib.compare import isomorphic

from kg import export
from tests import servers

ZHEJIANG = "https://w3id.org/cn-meetings/id/province/zhejiang"


@pytest.fixture(scope="module")
def build() -> Path:
    return servers.seed_build()


@pytest.fixture(scope="module")
def exported(build: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("exports")
    done = servers.kg_cli("export", "--format", "all", "--data", str(build / "kg.ttl"), "-o", str(out))
    assert done.returncode == 0, done.stderr
    return out


@pytest.fixture(scope="module")
def source(build: Path) -> rdflib.Graph:
    return rdflib.Graph().parse(build / "kg.ttl", format="turtle")


@pytest.mark.parametrize(("name", "fmt"), [("kg.ttl", "turtle"), ("kg.nt", "nt"), ("kg.jsonld", "json-ld")])
def test_rdf_exports_are_the_same_graph(exported: Path, source: rdflib.Graph, name: str, fmt: str):
    assert isomorphic(rdflib.Graph().parse(exported / name, format=fmt), source)


def test_jsonld_uses_the_project_context(exported: Path):
    text = (exported / "kg.jsonld").read_text(encoding="utf-8")
    assert '"@context"' in text and '"kg": "https://w3id.org/cn-meetings/ontology#"' in text
    assert "浙江" in text  # not \\u-escaped


def test_ntriples_is_sorted_and_stable(build: Path, exported: Path, tmp_path: Path):
    lines = (exported / "kg.nt").read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines)
    export.export(build / "kg.ttl", "ntriples", tmp_path)
    assert (tmp_path / "kg.nt").read_bytes() == (exported / "kg.nt").read_bytes()


def test_graphml_has_typed_attributes_and_one_type_per_node(exported: Path, source: rdflib.Graph):
    text = (exported / "kg.graphml").read_text(encoding="utf-8")
    assert 'attr.name="evidenceStart" attr.type="long"' in text
    assert 'attr.name="allProvincesPresent" attr.type="boolean"' in text
    graph = nx.read_graphml(exported / "kg.graphml")
    node = graph.nodes[ZHEJIANG]
    assert node["label"] == "浙江省" and node["shortName_zh"] == "浙江" and node["type"] == "Province"
    assert graph.nodes["https://w3id.org/cn-meetings/id/person/xin-guo-bin"]["type"] == "Person"
    wikidata = [attrs for n, attrs in graph.nodes(data=True) if n.startswith("http://www.wikidata.org/entity/")]
    assert wikidata and all(a["type"] == "WikidataEntity" for a in wikidata)
    measure = next(a for _, a in graph.nodes(data=True) if a["type"] == "Measure")
    assert isinstance(measure["ordinal"], int) and isinstance(measure["evidenceStart"], int)
    for _, attrs in graph.nodes(data=True):
        assert all(isinstance(v, str | int | float | bool) for v in attrs.values())
        assert ";" not in attrs["type"]
    iri_objects = {(s, p, o) for s, p, o in source if isinstance(o, rdflib.URIRef) and p != rdflib.RDF.type}
    assert graph.number_of_edges() == len(iri_objects)


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_neo4j_csv_has_typed_tables_and_every_endpoint_as_a_node(exported: Path, source: rdflib.Graph):
    folder = exported / "neo4j"
    tables = {p.stem: _read_csv(p) for p in sorted((folder / "nodes").glob("*.csv"))}
    assert {"Meeting", "Province", "Person", "Measure", "WikidataEntity"} <= set(tables)
    nodes = [row for rows in tables.values() for row in rows]
    edges = [row for p in sorted((folder / "relationships").glob("*.csv")) for row in _read_csv(p)]
    assert all(list(rows[0])[:3] == ["id:ID", ":LABEL", "label"] for rows in tables.values())
    assert list(edges[0]) == [":START_ID", ":END_ID", ":TYPE", "iri"]
    ids = {n["id:ID"] for n in nodes}
    assert len(ids) == len(nodes)
    assert all(e[":START_ID"] in ids and e[":END_ID"] in ids for e in edges)
    zhejiang = next(n for n in tables["Province"] if n["id:ID"] == ZHEJIANG)
    assert zhejiang[":LABEL"].split(";")[0] == "Province" and zhejiang["shortName_zh:string"] == "浙江"
    person = tables["Person"][0][":LABEL"]
    assert person == "Person"  # foaf:Person and schema:Person: one label, once
    spoke = [e for e in edges if e[":TYPE"] == "provinceSpoke" and e[":END_ID"] == ZHEJIANG]
    assert len(spoke) == 3


def test_neo4j_columns_are_typed_with_arrays_dates_and_ints(exported: Path):
    header = (exported / "neo4j" / "nodes" / "Meeting.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert "startDate:date" in header and "claimedProvinceCount:int" in header
    assert "allProvincesPresent:boolean" in header and "sectorTerm_zh:string[]" in header
    measure = (exported / "neo4j" / "nodes" / "Measure.csv").read_text(encoding="utf-8").splitlines()[0]
    assert "evidenceStart:int" in measure and "ordinal:int" in measure
    meetings = _read_csv(exported / "neo4j" / "nodes" / "Meeting.csv")
    assert {m["startDate:date"] for m in meetings} >= {"2022-03-18", "2022-05-27"}
    assert any(";" in m["sectorTerm_zh:string[]"] for m in meetings)


def test_export_without_a_build_is_a_clear_error(tmp_path: Path):
    done = servers.kg_cli("export", "--format", "turtle", "--data", str(tmp_path / "none.ttl"))
    assert done.returncode == 1 and "run `kg build` first" in done.stderr


def test_unknown_format_is_rejected(tmp_path: Path):
    with pytest.raises(ValueError, match="unknown export format"):
        export.export(b"", "rdfxml", tmp_path)
