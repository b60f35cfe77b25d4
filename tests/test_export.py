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


def test_graphml_has_iri_nodes_flat_attributes_and_no_none(exported: Path, source: rdflib.Graph):
    graph = nx.read_graphml(exported / "kg.graphml")
    node = graph.nodes[ZHEJIANG]
    assert node["label"] == "浙江省" and node["shortName_zh"] == "浙江"
    assert "Province" in node["type"].split("; ")
    for _, attrs in graph.nodes(data=True):
        assert all(isinstance(v, str | int | float | bool) for v in attrs.values())
    iri_objects = {(s, p, o) for s, p, o in source if isinstance(o, rdflib.URIRef) and p != rdflib.RDF.type}
    assert graph.number_of_edges() == len(iri_objects)


def test_neo4j_csv_has_import_headers_and_every_endpoint_as_a_node(exported: Path, source: rdflib.Graph):
    with (exported / "neo4j" / "nodes.csv").open(encoding="utf-8", newline="") as handle:
        nodes = list(csv.DictReader(handle))
    with (exported / "neo4j" / "relationships.csv").open(encoding="utf-8", newline="") as handle:
        edges = list(csv.DictReader(handle))
    assert list(nodes[0])[:3] == ["id:ID", ":LABEL", "label"]
    assert list(edges[0]) == [":START_ID", ":END_ID", ":TYPE", "iri"]
    ids = {n["id:ID"] for n in nodes}
    assert len(ids) == len(nodes)
    assert all(e[":START_ID"] in ids and e[":END_ID"] in ids for e in edges)
    zhejiang = next(n for n in nodes if n["id:ID"] == ZHEJIANG)
    assert "Province" in zhejiang[":LABEL"].split(";") and zhejiang["shortName_zh"] == "浙江"
    spoke = [e for e in edges if e[":TYPE"] == "provinceSpoke" and e[":END_ID"] == ZHEJIANG]
    assert len(spoke) == 3


def test_neo4j_integer_columns_are_typed(exported: Path):
    header = (exported / "neo4j" / "nodes.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert "evidenceStart:long" in header and "ordinal:long" in header


def test_export_without_a_build_is_a_clear_error(tmp_path: Path):
    done = servers.kg_cli("export", "--format", "turtle", "--data", str(tmp_path / "none.ttl"))
    assert done.returncode == 1 and "run `kg build` first" in done.stderr


def test_unknown_format_is_rejected(tmp_path: Path):
    with pytest.raises(ValueError, match="unknown export format"):
        export.export(b"", "rdfxml", tmp_path)
