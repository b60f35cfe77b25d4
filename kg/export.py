"""Exports of one build, all with the graph's own IRIs as identifiers.

turtle (kg.rdf's deterministic writer), ntriples (sorted lines), jsonld
(compacted with ontology/context.jsonld), and three property graphs made by
kg.propgraph (one type per node, literals as typed properties, IRIs as
relationships): graphml (networkx; typed attributes, lists joined with '; '
and no None, which GraphML cannot hold: networkx#5024), neo4j (a nodes file
per type and a relationships file per predicate for neo4j-admin import, typed
columns), cypher (a script of typed tables and data: kg.cypher).
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import rdflib

from kg import vocab
from kg.atomic import write_atomic
from kg.propgraph import BOOLEAN, DATE, DOUBLE, INT64, STRING, Column, cell, infer_columns, prefixed, property_graph
from kg.store import GraphData, read_triples

FORMATS = ("turtle", "ntriples", "jsonld", "graphml", "neo4j", "cypher")


def export(data: GraphData, fmt: str, out_dir: Path) -> list[Path]:
    """Write `data` (Turtle bytes or file, an rdflib graph, triples) in `fmt`
    into `out_dir`; returns the files written."""
    writers = {"turtle": _turtle, "ntriples": _ntriples, "jsonld": _jsonld, "graphml": _graphml,
               "neo4j": _neo4j, "cypher": _cypher}
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


# ---- property graphs (GraphML, Neo4j, Cypher) -----------------------------

_GRAPHML_TYPES = {STRING: str, INT64: int, DOUBLE: float, BOOLEAN: bool, DATE: str}
_NEO4J_TYPES = {STRING: "string", INT64: "int", DOUBLE: "float", BOOLEAN: "boolean", DATE: "date"}


def _graphml(data: GraphData, out_dir: Path) -> list[Path]:
    """One `type` per node; attributes typed (GraphML has no date or list:
    dates are ISO text, several values are joined with '; ')."""
    pg = property_graph(read_triples(data))
    columns = {c.name: c for c in infer_columns(pg.nodes.values())}
    graph = nx.MultiDiGraph()
    for node, props in sorted(pg.nodes.items()):
        attrs = {"label": pg.display_label(node), "type": pg.node_type(node)}
        for key, values in sorted(props.items()):
            column = columns[key]
            if column.is_list or column.type == DATE:
                attrs[key] = "; ".join(_text(v) for v in values)
            else:
                attrs[key] = _GRAPHML_TYPES[column.type](cell(values, column))
        graph.add_node(node, **attrs)
    for subject, predicate, obj in pg.edges:
        graph.add_edge(subject, obj, key=prefixed(predicate), predicate=prefixed(predicate), iri=predicate)
    out = io.BytesIO()
    nx.write_graphml(graph, out, encoding="utf-8")
    return [write_atomic(out_dir / "kg.graphml", out.getvalue())]


def _neo4j(data: GraphData, out_dir: Path) -> list[Path]:
    """One nodes file per type and one relationships file per predicate, each
    with typed columns (`:int`, `:date`, `:string[]`...) for neo4j-admin import."""
    pg = property_graph(read_triples(data))
    folder = out_dir / "neo4j"
    written = []
    for label, nodes in pg.by_type().items():
        cols = pg.columns(nodes)
        header = ["id:ID", ":LABEL", "label", *(f"{c.name}:{_NEO4J_TYPES[c.type]}{'[]' if c.is_list else ''}"
                                                 for c in cols)]
        rows = [[node, ";".join(pg.all_types(node)), pg.display_label(node),
                 *(_neo4j_cell(pg.nodes[node].get(c.name, []), c) for c in cols)] for node in nodes]
        written.append(write_atomic(folder / "nodes" / f"{label}.csv", _csv(header, rows)))
    names = pg.relationship_names()
    edges: dict[str, list[list[str]]] = defaultdict(list)
    for s, p, o in pg.edges:
        edges[names[p]].append([s, o, names[p], p])
    for rel, rows in sorted(edges.items()):
        written.append(write_atomic(folder / "relationships" / f"{rel}.csv",
                                    _csv([":START_ID", ":END_ID", ":TYPE", "iri"], rows)))
    return written


def _neo4j_cell(values: list, column: Column) -> str:
    value = cell(values, column)
    if value is None:
        return ""
    return ";".join(_text(v) for v in value) if isinstance(value, list) else _text(value)


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _cypher(data: GraphData, out_dir: Path) -> list[Path]:
    from kg.cypher import script

    text = "".join(script(property_graph(read_triples(data))))
    return [write_atomic(out_dir / "kg.cypher", text)]


def _csv(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()
