"""The embedded, on-disk SPARQL store (Oxigraph through pyoxigraph).

`write_build` keeps one named graph per source article (its article node,
its measures and evidence, and a meeting only it reports) plus one shared
graph (reference data, meetings merged from several reports).  A build
writes a fresh store beside the old one and swaps it in, so the store never
holds stale triples and a reader never sees a half-written one.  Queries see
the union of all graphs as their default graph, so the saved queries run
unchanged here, on rdflib and on SPARQL servers.

pyoxigraph rather than oxrdflib: the same engine, but named-graph bulk loads
and the union default graph are direct calls here, while adding triples
through rdflib's API costs ~20 s per million.  Measured on 1 M triples
(benchmarks/bench_store.py): bulk-loading a fresh store takes ~15 s, but
dropping a 1 M-triple graph in place ~65 s, hence fresh store and swap.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

import pyoxigraph as ox

from kg import faults, ids
from kg.query import QueryError, Result, Term

log = logging.getLogger(__name__)

DEFAULT_STORE = Path("output/store")
SHARED_GRAPH = ids.BASE + "graph/shared"  # reference data and nodes several articles share
ARTICLE_PREFIX = ids.ID + "article/"
_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_NEWS_ARTICLE = "https://schema.org/NewsArticle"
_DERIVED_FROM = "http://www.w3.org/ns/prov#wasDerivedFrom"

if TYPE_CHECKING:
    import rdflib  # only to convert a graph given as one: `kg query` must start fast

# Turtle bytes, a Turtle/N-Triples file, an rdflib graph, or parsed triples.
GraphData: TypeAlias = "bytes | Path | rdflib.Graph | Sequence[ox.Triple]"


@dataclass(frozen=True, slots=True)
class StoreReport:
    graphs: int  # named graphs written
    triples: int  # in the store afterwards


# ---- writing ---------------------------------------------------------------

def write_build(store_dir: Path, turtle: bytes | Path) -> StoreReport:
    """Replace the store with one build's graph (kg.ttl), one named graph per article.
    A file is parsed twice by Oxigraph, to place each subject and then to load,
    so its triples are never all held in Python."""
    if not isinstance(turtle, Path):
        return write_store(store_dir, split_by_article(read_triples(turtle)))
    place = _Placer(ox.parse(path=str(turtle), format=_format(turtle)))
    quads = (ox.Quad(q.subject, q.predicate, q.object, place(q)) for q in ox.parse(path=str(turtle),
                                                                                   format=_format(turtle)))
    return fresh_store(store_dir, lambda store: store.bulk_extend(quads), place.graphs)


class _Placer:
    """A triple's named graph, as split_by_article places it, learnt from one pass over the triples."""

    def __init__(self, triples: Iterable[ox.Quad | ox.Triple]):
        self.articles: set[str] = set()
        derived: dict[str, set[str]] = {}
        for t in triples:
            if t.predicate.value == _TYPE and _iri(t.object) == _NEWS_ARTICLE:
                self.articles.add(t.subject.value)
            elif t.predicate.value == _DERIVED_FROM and _iri(t.object):
                derived.setdefault(t.subject.value, set()).add(t.object.value)
        self.sources = {s: {o for o in objects if o in self.articles} for s, objects in derived.items()}
        self.nodes: dict[str, ox.NamedNode] = {SHARED_GRAPH: ox.NamedNode(SHARED_GRAPH)}
        self.graphs = len(self.articles) + 1  # named graphs: one per article, and the shared one

    def __call__(self, t: ox.Quad | ox.Triple) -> ox.NamedNode:
        if isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode):
            return self.nodes[SHARED_GRAPH]
        iri = _graph_of(t.subject.value, self.articles, self.sources)
        node = self.nodes.get(iri)
        if node is None:
            node = self.nodes[iri] = ox.NamedNode(iri)
        return node


def write_store(store_dir: Path, graphs: Mapping[str, GraphData]) -> StoreReport:
    """A fresh store holding exactly `graphs` (named graph IRI -> data),
    bulk-loaded beside `store_dir` and then swapped in."""
    return fresh_store(store_dir, lambda store: _bulk_load_all(store, graphs), len(graphs))


def fresh_store(store_dir: Path, load: Callable[[ox.Store], None], graphs: int,
                copy_of: Path | ox.Store | None = None) -> StoreReport:
    """`load` into a new store (empty, or a copy of the store `copy_of`: a folder,
    or a store opened already) beside `store_dir`, then swap it in."""
    store_dir = Path(store_dir)
    fresh = store_dir.with_name(f".{store_dir.name}.new-{os.getpid()}")
    shutil.rmtree(fresh, ignore_errors=True)
    try:
        if copy_of is not None:
            source = copy_of if isinstance(copy_of, ox.Store) else ox.Store.read_only(str(copy_of))
            source.backup(str(fresh))  # RocksDB checkpoint: hard links
        store = ox.Store(str(fresh))
        load(store)
        report = StoreReport(graphs, len(store))
        del store  # close it (releases the RocksDB lock) before moving it
        faults.point("store:bulk-loaded")
        _swap(fresh, store_dir)
    except BaseException:
        shutil.rmtree(fresh, ignore_errors=True)
        raise
    return report


def update_store(store_dir: Path, graphs: Mapping[str, GraphData], *, prune: bool = False) -> StoreReport:
    """Replace the named graphs given.  With `prune` (a whole build) the store
    is rewritten to hold exactly `graphs`; without, the other graphs stay
    (for small incremental updates: dropping a graph in place is slow)."""
    if prune:
        return write_store(store_dir, graphs)
    store = ox.Store(str(store_dir))
    for iri in sorted(graphs):
        graph = ox.NamedNode(iri)
        if store.contains_named_graph(graph):
            store.remove_graph(graph)
        store.load(_nquads(graphs[iri], iri), ox.RdfFormat.N_QUADS)
    store.flush()
    return StoreReport(len(graphs), len(store))


def _bulk_load_all(store: ox.Store, graphs: Mapping[str, GraphData]) -> None:
    """One bulk load for everything: each bulk_load call writes new files, so
    one call per graph costs ~40 ms each (200 s for 5,000 articles)."""
    if len(graphs) == 1:
        ((iri, data),) = graphs.items()
        if isinstance(data, Path | bytes):  # let Oxigraph parse it: no Python per triple
            source = {"path": str(data)} if isinstance(data, Path) else {"input": data}
            store.bulk_load(**source, format=_format(data), to_graph=ox.NamedNode(iri))
            return
    store.bulk_load(b"".join(_nquads(graphs[iri], iri) for iri in sorted(graphs)), ox.RdfFormat.N_QUADS)


def _nquads(data: GraphData, iri: str) -> bytes:
    """N-Quads of `data` in graph `iri` (str() of a pyoxigraph term is its
    N-Triples form)."""
    graph = f"<{iri}>"
    lines = (f"{t.subject} {t.predicate} {t.object} {graph} .\n" for t in read_triples(data))
    return "".join(lines).encode("utf-8")


def _swap(fresh: Path, store_dir: Path) -> None:
    old = store_dir.with_name(f".{store_dir.name}.old-{os.getpid()}")
    if store_dir.exists():
        os.replace(store_dir, old)
    os.replace(fresh, store_dir)
    shutil.rmtree(old, ignore_errors=True)


# ---- splitting a build by article -----------------------------------------

def read_triples(data: GraphData) -> Sequence[ox.Triple]:
    rdflib = sys.modules.get("rdflib")  # a graph given as one means rdflib is loaded
    if rdflib is not None and isinstance(data, rdflib.Graph):
        # N-Triples: rdflib writes it in linear time, unlike its Turtle (rdflib#2135).
        data = data.serialize(format="nt", encoding="utf-8")
    if isinstance(data, Path):
        return [ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(path=str(data), format=_format(data))]
    if isinstance(data, bytes):
        return [ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(data, ox.RdfFormat.TURTLE)]
    return data


def _format(data: bytes | Path) -> ox.RdfFormat:
    nt = isinstance(data, Path) and data.suffix in (".nt", ".ntriples")
    return ox.RdfFormat.N_TRIPLES if nt else ox.RdfFormat.TURTLE


def split_by_article(triples: Iterable[ox.Triple]) -> dict[str, list[ox.Triple]]:
    """Named graph IRI -> triples.  A subject goes to an article's graph when
    its IRI lies under the article's (measures) or it derives from that one
    article only; the rest, and anything touching a blank node (whose label
    only means something within one load), goes to SHARED_GRAPH."""
    triples = list(triples)
    graph_of = graph_of_subjects((t.subject.value, t.predicate.value, _iri(t.object)) for t in triples)
    graphs: dict[str, list[ox.Triple]] = {SHARED_GRAPH: []}
    for t in triples:
        blank = isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode)
        graphs.setdefault(SHARED_GRAPH if blank else graph_of[t.subject.value], []).append(t)
    return graphs


def graph_of_subjects(triples: Iterable[tuple[str, str, str | None]]) -> dict[str, str]:
    """Subject -> its named graph (see split_by_article), from (subject,
    predicate, object IRI or None) triples of IRIs as plain strings."""
    triples = list(triples)
    articles = {s for s, p, o in triples if p == _TYPE and o == _NEWS_ARTICLE}
    sources: dict[str, set[str]] = {}
    for s, p, o in triples:
        if p == _DERIVED_FROM and o in articles:
            sources.setdefault(s, set()).add(o)
    return {s: _graph_of(s, articles, sources) for s in dict.fromkeys(s for s, _, _ in triples)}


def _iri(term: object) -> str | None:
    return term.value if isinstance(term, ox.NamedNode) else None


def _graph_of(subject: str, articles: set[str], sources: dict[str, set[str]]) -> str:
    if subject in articles:
        return subject
    if subject.startswith(ARTICLE_PREFIX):  # a measure: <article>/measure/1
        article = ARTICLE_PREFIX + subject[len(ARTICLE_PREFIX):].split("/", 1)[0]
        if article in articles:
            return article
    found = sources.get(subject, ())
    return next(iter(found)) if len(found) == 1 else SHARED_GRAPH


# ---- reading ---------------------------------------------------------------

def graph_names(store_dir: Path) -> list[str]:
    store = _open_read_only(store_dir)
    return sorted(g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode))


def dump(store_dir: Path, fmt: ox.RdfFormat = ox.RdfFormat.N_QUADS) -> bytes:
    """The store's content (all graphs, for N-Quads or TriG)."""
    return _open_read_only(store_dir).dump(format=fmt) or b""


def query_store(store_dir: Path, sparql: str) -> Result:
    """Run a query with the union of all named graphs as the default graph."""
    store = _open_read_only(store_dir)
    try:
        return to_result(store.query(sparql, use_default_graph_as_union=True))  # solutions come lazily
    except SyntaxError as exc:
        raise QueryError(f"query does not parse: {_first_line(exc)}") from exc
    except (OSError, RuntimeError) as exc:
        raise QueryError(f"query failed: {_first_line(exc)}") from exc


def _check_build(store_dir: Path) -> None:
    """A store must belong to the build beside it (kg.outputs writes both ids)."""
    manifest, mine = store_dir.parent / "build.json", store_dir / "BUILD"
    if not (manifest.is_file() and mine.is_file()):
        return
    try:
        theirs = json.loads(manifest.read_text(encoding="utf-8")).get("build")
    except (OSError, ValueError):
        return
    if theirs != mine.read_text(encoding="ascii", errors="replace").strip():
        raise QueryError(f"the store at {store_dir} is not from the build beside it ({theirs}): "
                         "run `kg build` again")


def _first_line(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text if len(text) <= 160 else text[:157] + "..."


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
    if not (Path(store_dir) / "CURRENT").is_file():
        raise QueryError(f"no store at {store_dir}: run `kg build` first, or give --data FILE.ttl")
    _check_build(Path(store_dir))
    try:
        return ox.Store.read_only(str(store_dir))
    except OSError as exc:
        raise QueryError(f"cannot open the store at {store_dir}: {exc}") from exc
