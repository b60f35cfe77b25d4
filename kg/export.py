"""Exports of one build, all with the graph's own IRIs as identifiers.

turtle (kg.rdf's deterministic writer), ntriples (sorted lines), jsonld
(compacted with ontology/context.jsonld), graphml (networkx; literal values
flattened to '; '-joined strings and no None, which GraphML cannot hold:
networkx#5024), neo4j (nodes.csv and relationships.csv for neo4j-admin
import: literals become node properties, IRIs relationships).
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import rdflib

from kg import vocab
from kg.atomic import write_atomic
from kg.store import GraphData, read_triples

FORMATS = ("turtle", "ntriples", "jsonld", "graphml", "neo4j")
_TYPE = str(vocab.RDF.type)
_LABELS = (str(vocab.RDFS.label), str(vocab.SKOS.prefLabel), str(vocab.SCHEMA.name), str(vocab.KG.shortName))
_NAMESPACES = sorted(vocab.PREFIXES.items(), key=lambda item: -len(item[1]))


def export(data: GraphData, fmt: str, out_dir: Path) -> list[Path]:
    """Write `data` (Turtle bytes or file, an rdflib graph, triples) in `fmt`
    into `out_dir`; returns the files written."""
    writers = {"turtle": _turtle, "ntriples": _ntriples, "jsonld": _jsonld, "graphml": _graphml,
               "neo4j": _neo4j}
    if fmt not in writers:
        raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    return writers[fmt](data, Path(out_dir))


def _rdflib_graph(data: GraphData) -> rdflib.Graph:
    if isinstance(data, rdflib.Graph):
        return data
    # Through N-Triples: rdflib reads that far faster than Turtle.
    nt = ox.serialize(read_triples(data), format=ox.RdfFormat.N_TRIPLES) or b""
    return vocab.bind_prefixes(rdflib.Graph().parse(data=nt, format="nt"))


def _turtle(data: GraphData, out_dir: Path) -> list[Path]:
    from kg.rdf import serialize_turtle

    return [write_atomic(out_dir / "kg.ttl", serialize_turtle(_rdflib_graph(data)))]


def _ntriples(data: GraphData, out_dir: Path) -> list[Path]:
    lines = sorted(f"{t.subject} {t.predicate} {t.object} .\n" for t in read_triples(data))
    return [write_atomic(out_dir / "kg.nt", "".join(lines))]


# ---- JSON-LD ---------------------------------------------------------------

def context() -> dict:
    """ontology/context.jsonld's context; the project prefixes if it is missing."""
    path = resources.files("kg") / "ontology" / "context.jsonld"
    if path.is_file():
        return json.loads(path.read_text(encoding="utf-8"))["@context"]
    return dict(vocab.PREFIXES)


def to_jsonld(graph: rdflib.Graph) -> dict:
    raw = graph.serialize(format="json-ld", context=context(), auto_compact=True)
    document = json.loads(raw)
    nodes = document.get("@graph")
    if isinstance(nodes, list):  # rdflib's order follows its hashing: sort for stable files
        nodes.sort(key=lambda node: str(node.get("@id", node.get("id", ""))))
    return document


def _jsonld(data: GraphData, out_dir: Path) -> list[Path]:
    document = to_jsonld(_rdflib_graph(data))
    return [write_atomic(out_dir / "kg.jsonld", json.dumps(document, ensure_ascii=False, indent=1) + "\n")]


# ---- property graphs (GraphML, Neo4j) ------------------------------------

@dataclass(slots=True)
class PropertyGraph:
    """Resources as nodes with literal properties; IRI-to-IRI triples as edges."""

    nodes: dict[str, dict[str, list[str]]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(list)))
    types: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    labels: dict[str, list[tuple[int, int, str]]] = field(default_factory=lambda: defaultdict(list))
    edges: list[tuple[str, str, str]] = field(default_factory=list)
    integer_keys: set[str] = field(default_factory=set)
    other_keys: set[str] = field(default_factory=set)


def property_graph(triples: Iterable[ox.Triple]) -> PropertyGraph:
    pg = PropertyGraph()
    for t in sorted(triples, key=str):
        subject, predicate = node_id(t.subject), t.predicate.value
        pg.nodes[subject]  # every subject is a node, even with no literal
        if isinstance(t.object, ox.Literal):
            _add_literal(pg, subject, predicate, t.object)
        elif predicate == _TYPE:
            pg.types[subject].append(local_name(t.object.value))
        else:
            pg.nodes[node_id(t.object)]
            pg.edges.append((subject, predicate, node_id(t.object)))
    return pg


def _add_literal(pg: PropertyGraph, subject: str, predicate: str, literal: ox.Literal) -> None:
    key = local_name(predicate) + (f"_{literal.language}" if literal.language else "")
    pg.nodes[subject][key].append(literal.value)
    integer = literal.datatype.value == str(vocab.XSD.integer)
    (pg.integer_keys if integer else pg.other_keys).add(key)
    if predicate in _LABELS:  # ranked: label property first, then Chinese, untagged, other
        lang_rank = {"zh": 0, None: 1}.get(literal.language, 2)
        pg.labels[subject].append((_LABELS.index(predicate), lang_rank, literal.value))


def display_label(pg: PropertyGraph, node: str) -> str:
    """A Chinese label where there is one (rdfs:label, skos:prefLabel, ...)."""
    found = pg.labels.get(node)
    return min(found)[2] if found else local_name(node)


def node_id(term: ox.NamedNode | ox.BlankNode | object) -> str:
    return term.value if isinstance(term, ox.NamedNode) else str(term)


def local_name(iri: str) -> str:
    for separator in ("#", "/"):
        if separator in iri:
            iri = iri.rsplit(separator, 1)[1] or iri
    return iri


def prefixed(iri: str) -> str:
    for prefix, namespace in _NAMESPACES:
        if iri.startswith(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


def _graphml(data: GraphData, out_dir: Path) -> list[Path]:
    pg = property_graph(read_triples(data))
    graph = nx.MultiDiGraph()
    for node, props in pg.nodes.items():
        attrs = {key: "; ".join(values) for key, values in sorted(props.items())}
        attrs |= {"label": display_label(pg, node), "type": "; ".join(pg.types.get(node, []))}
        graph.add_node(node, **{k: v for k, v in attrs.items() if v is not None})
    for subject, predicate, obj in pg.edges:
        graph.add_edge(subject, obj, key=prefixed(predicate), predicate=prefixed(predicate), iri=predicate)
    out = io.BytesIO()
    nx.write_graphml(graph, out, encoding="utf-8")
    return [write_atomic(out_dir / "kg.graphml", out.getvalue())]


def _neo4j(data: GraphData, out_dir: Path) -> list[Path]:
    pg = property_graph(read_triples(data))
    keys = sorted(set().union(*(props.keys() for props in pg.nodes.values())) - {"iri", "label"})
    header = ["id:ID", ":LABEL", "label", *(_neo4j_column(k, pg) for k in keys)]
    rows = [[node, ";".join(sorted(set(pg.types.get(node, [])))) or "Resource", display_label(pg, node),
             *("; ".join(pg.nodes[node].get(k, [])) for k in keys)] for node in sorted(pg.nodes)]
    edges = [[s, o, local_name(p), p] for s, p, o in pg.edges]
    return [write_atomic(out_dir / "neo4j" / "nodes.csv", _csv(header, rows)),
            write_atomic(out_dir / "neo4j" / "relationships.csv",
                         _csv([":START_ID", ":END_ID", ":TYPE", "iri"], edges))]


def _neo4j_column(key: str, pg: PropertyGraph) -> str:
    # An integer column stays an integer only if no node has several values for it.
    single = all(len(props.get(key, [])) <= 1 for props in pg.nodes.values())
    return f"{key}:long" if key in pg.integer_keys and key not in pg.other_keys and single else key


def _csv(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()
