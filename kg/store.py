"""The embedded, on-disk SPARQL store (Oxigraph through pyoxigraph).

One named graph per source article, plus one for what articles share
(reference data, merged meetings).  Updating a graph drops it and bulk-loads
its new Turtle, so a re-run never leaves stale triples behind.  Queries see
the union of all graphs as their default graph, so the saved queries run
unchanged here, on rdflib and on SPARQL servers.

pyoxigraph rather than oxrdflib: the same engine, but named-graph loads and
the union default graph are direct calls here, and adding triples through
rdflib's API one at a time costs ~20 s per million (measured: benchmarks/).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import rdflib

from kg import ids
from kg.query import QueryError, Result, Term

log = logging.getLogger(__name__)

DEFAULT_STORE = Path("output/store")
SHARED_GRAPH = ids.BASE + "graph/shared"  # reference data and merged nodes
BULK_BYTES = 16 * 1024 * 1024  # above this, bulk_load (no transaction, far less memory)

GraphData = bytes | rdflib.Graph | Path  # Turtle bytes, an rdflib graph, or a Turtle/N-Triples file


@dataclass(frozen=True, slots=True)
class StoreReport:
    graphs_replaced: int
    graphs_dropped: int
    triples: int  # in the store after the update


def open_store(store_dir: Path) -> ox.Store:
    store_dir.mkdir(parents=True, exist_ok=True)
    return ox.Store(str(store_dir))


def update_store(store_dir: Path, graphs: Mapping[str, GraphData], *, prune: bool = False) -> StoreReport:
    """Replace each named graph given (IRI -> data); with `prune`, also drop
    every other named graph, so the store holds exactly this build."""
    store = open_store(store_dir)
    try:
        dropped = _prune(store, set(graphs)) if prune else 0
        for iri in sorted(graphs):
            replace_graph(store, iri, graphs[iri])
        store.flush()
        return StoreReport(len(graphs), dropped, len(store))
    finally:
        del store  # releases the RocksDB lock for the next opener


def replace_graph(store: ox.Store, iri: str, data: GraphData) -> None:
    graph = ox.NamedNode(iri)
    if store.contains_named_graph(graph):
        store.remove_graph(graph)
    payload, fmt = _payload(data)
    if isinstance(payload, Path) and payload.stat().st_size > BULK_BYTES:
        store.bulk_load(path=str(payload), format=fmt, to_graph=graph)
    elif isinstance(payload, Path):
        store.load(path=str(payload), format=fmt, to_graph=graph)
    elif len(payload) > BULK_BYTES:
        store.bulk_load(payload, fmt, to_graph=graph)
    else:
        store.load(payload, fmt, to_graph=graph)


def _payload(data: GraphData) -> tuple[bytes | Path, ox.RdfFormat]:
    if isinstance(data, rdflib.Graph):
        # N-Triples: rdflib writes it in linear time, unlike its Turtle (rdflib#2135).
        return data.serialize(format="nt", encoding="utf-8"), ox.RdfFormat.N_TRIPLES
    if isinstance(data, Path):
        nt = data.suffix in (".nt", ".ntriples")
        return data, ox.RdfFormat.N_TRIPLES if nt else ox.RdfFormat.TURTLE
    return data, ox.RdfFormat.TURTLE


def _prune(store: ox.Store, keep: set[str]) -> int:
    stale = [g for g in store.named_graphs() if isinstance(g, ox.NamedNode) and g.value not in keep]
    for graph in stale:
        store.remove_graph(graph)
    return len(stale)


def graph_names(store_dir: Path) -> list[str]:
    store = _open_read_only(store_dir)
    return sorted(g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode))


def dump_turtle(store_dir: Path, prefixes: Mapping[str, str] | None = None) -> bytes:
    """The union of all graphs as one Turtle document (pyoxigraph's fast writer)."""
    store = _open_read_only(store_dir)
    triples = {ox.Triple(q.subject, q.predicate, q.object) for q in store}
    return ox.serialize(sorted(triples, key=str), format=ox.RdfFormat.TURTLE, prefixes=dict(prefixes or {}))


# ---- queries ---------------------------------------------------------------

def query_store(store_dir: Path, sparql: str) -> Result:
    """Run a query with the union of all named graphs as the default graph."""
    store = _open_read_only(store_dir)
    try:
        raw = store.query(sparql, use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise QueryError(f"query does not parse: {exc}") from exc
    except OSError as exc:
        raise QueryError(f"query failed: {exc}") from exc
    return to_result(raw)


def to_result(raw: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples) -> Result:
    if isinstance(raw, ox.QueryBoolean):
        return Result("ask", boolean=bool(raw))
    if isinstance(raw, ox.QueryTriples):
        return Result("graph", graph=raw.serialize(format=ox.RdfFormat.N_TRIPLES) or b"")
    variables = [v.value for v in raw.variables]
    rows = [tuple(from_oxigraph_term(term) for term in solution) for solution in raw]
    return Result("select", variables, rows)


def from_oxigraph_term(term: object) -> Term | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return Term("uri", term.value)
    if isinstance(term, ox.BlankNode):
        return Term("bnode", term.value)
    if isinstance(term, ox.Literal):
        return Term("literal", term.value, term.datatype.value, term.language)
    raise QueryError(f"unsupported term in results: {term!r}")


def _open_read_only(store_dir: Path) -> ox.Store:
    if not (store_dir / "CURRENT").is_file():
        raise QueryError(f"no store at {store_dir}: run `kg build` first, or give --data FILE.ttl")
    try:
        return ox.Store.read_only(str(store_dir))
    except OSError as exc:
        raise QueryError(f"cannot open the store at {store_dir}: {exc}") from exc
