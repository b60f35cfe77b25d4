"""SHACL validation of a graph against the shapes shipped with the package.

The ontology files live in `kg/ontology/` (package data, so they are there
after `pip install .` too); the top-level `ontology/` is a symlink to it.

A build validates its graph in shards (`validate_parts`): the shared part
(people, provinces, sectors...) and groups of meetings, each with the types of
the shared nodes it points to, the engine looking only at the shard's own nodes.
The shapes never look from one meeting's nodes into another's, and meetings
whose parts hold a common node (an article reporting both) share a shard, so
the verdict is the same as on the whole graph; shards run in parallel and a
verdict is cached by the shard's content, so a re-run validates only the
shards that changed.
"""

from __future__ import annotations

import gc
import hashlib
import signal
import zlib
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable

from rdflib import Graph
from rdflib.namespace import RDF
from rdflib.term import BNode, Node, URIRef

SHARDS = 32
Triple = tuple[Node, Node, Node]
Shard = tuple[list[str], list[Node], str]  # lines (_N3.line), focus nodes, cache key
Pool = Executor | None  # validation workers forked beforehand (start_pool), or none
Verdicts = tuple[Callable[[str], tuple[bool, str] | None], Callable[[str, bool, str], None]]  # get, put


def ontology_file(name: str) -> Traversable:
    """A file of kg/ontology/ (kg.ttl, shapes.ttl, context.jsonld)."""
    return resources.files("kg") / "ontology" / name


@cache
def shapes() -> Graph:
    return Graph().parse(data=ontology_file("shapes.ttl").read_text(encoding="utf-8"), format="turtle")


@cache
def _program():  # a pyshacl_turbo.CompiledShapes
    """The shapes compiled by pyshacl-turbo, once per process."""
    import pyshacl_turbo

    return pyshacl_turbo.compile_shapes(shapes(), advanced=False)


def validate(graph: Graph, focus: list[Node] | None = None) -> tuple[bool, str]:
    """(conforms, report text).  sh:Warning results (e.g. an unknown meeting
    date) appear in the report but do not break conformance.  With `focus`,
    only those nodes are checked (against the whole graph).

    The engine is pyshacl-turbo (Rust, pySHACL's API and report format): the
    same verdicts and results as pySHACL on these shapes (tests/test_shacl_parity.py),
    several times faster."""
    conforms, _, text = _program().validate(
        graph,
        inference="none",  # nodes carry their classes; inference would cost time only
        allow_warnings=True,
        focus_nodes=focus,
    )
    return bool(conforms), str(text)


def validate_ntriples(text: str, focus: list[Node] | None = None) -> tuple[bool, str]:
    """`validate` of a graph given as N-Triples text: pyshacl-turbo's Rust parser reads
    it, with no rdflib Graph built (nor taken apart again by the engine) in between.
    The same verdict and report text as `validate` of the Graph (tests/test_shacl_parity.py):
    the report shortens IRIs with the prefixes an empty rdflib Graph binds, as the Graph's would."""
    from pyshacl_turbo.rdf import Input

    return validate(Input(text, "nt", None, {}, _namespaces()), focus)  # type: ignore[arg-type]


@cache
def _namespaces() -> dict[str, str]:
    return {prefix: str(namespace) for prefix, namespace in Graph().namespaces()}


def validate_parts(shared: set[Triple], parts: dict[str, set[Triple]], workers: int = 1,
                   verdicts: Verdicts | None = None) -> tuple[bool, str]:
    """Validate the graph `shared` ∪ parts shard by shard (see the module docstring)."""
    return start_validation(shared, parts, workers, verdicts).result()


def start_pool(workers: int) -> ProcessPoolExecutor | None:
    """`workers` validation processes forked now, while this process is small (for
    start_validation's `pool`).  Forked later from a process that holds the whole graph,
    each would keep a copy of every page the parent changes while they run."""
    if workers < 2:
        return None
    shapes()  # parsed once, before the fork
    pool = ProcessPoolExecutor(workers, initializer=_quiet)
    pool.submit(int).result()  # a pool that forks launches all its processes at the first task
    return pool


def start_validation(shared: set[Triple], parts: Mapping[str, set[Triple]], workers: int = 1,
                     verdicts: Verdicts | None = None, pool: Pool = None) -> Validation:
    """validate_parts, with the shards handed to `workers` processes at once:
    the caller writes other outputs meanwhile, then asks `.result()`."""
    n3 = _N3()
    lines = {iri: n3.lines(part) for iri, part in parts.items()}
    return start_validation_of(shared, lines, workers, verdicts, pool)


def start_validation_of(shared: SharedLines | set[Triple], parts: Mapping[str, Lines], workers: int = 1,
                        verdicts: Verdicts | None = None, pool: Pool = None) -> Validation:
    """The same from each meeting's lines (kg.pieces keeps them across builds, and the shared
    part's lines): a shard's N-Triples are its meetings' lines, so no triple is built again for
    a shard validated again.  `pool` (start_pool) runs the shards instead of `workers` processes
    forked here."""
    if not isinstance(shared, SharedLines):
        shared = shared_lines(shared)
    groups = _groups(parts, shared.subjects)
    keys = [shared.key] + [_key(*_group([parts[iri] for iri in members], shared.types)) for members in groups]

    def shard(n: int) -> Shard:
        if n == 0:
            return list(shared.lines), [_node(term) for term in shared.focus], shared.key
        lines, focus = _group([parts[iri] for iri in groups[n - 1]], shared.types)
        return lines, [_node(term) for term in focus], keys[n]  # the lines of the meetings' pieces, not copies

    results: dict[int, tuple[bool, str]] = {}
    todo = []
    for n, key in enumerate(keys):
        known = verdicts[0](key) if verdicts else None
        if known is None:
            todo.append(n)
        else:
            results[n] = known
    validation = Validation(keys, todo, results, verdicts)
    if pool is not None and len(todo) > 1:
        validation.pending = [pool.submit(_validate_shard, shard(n)) for n in todo]
    elif workers > 1 and len(todo) > 1:
        shapes()  # parsed once, before the fork
        gc.freeze()  # the workers' garbage collector leaves the parent's objects alone, so their pages stay shared
        try:
            pool = ProcessPoolExecutor(min(workers, len(todo)), initializer=_quiet)
            validation.pending = [pool.submit(_validate_shard, shard(n)) for n in todo]  # forks at the first
        finally:
            gc.unfreeze()
        pool.shutdown(wait=False)  # its workers exit when the shards are done
    else:
        results.update((n, _validate_shard(shard(n))) for n in todo)
    return validation


def _groups(parts: Mapping[str, Lines], shared: set[str]) -> list[list[str]]:
    """Meetings by shard.  Meetings whose parts describe a common node (an article that
    reports both, its measures), or where one part points to a node another describes, go
    to one shard: a shape that counts a node's values or looks back along an inverse path
    must see all of them.  A shard is picked by the CRC of the first IRI of such a set
    (the meeting's own IRI, for a meeting that shares nothing)."""
    first: dict[str, str] = {iri: iri for iri in parts}  # union-find: meeting -> a meeting of its set

    def root(iri: str) -> str:
        while first[iri] != iri:
            first[iri] = first[first[iri]]
            iri = first[iri]
        return iri

    def join(a: str, b: str) -> None:
        low, high = sorted((root(a), root(b)))
        first[high] = low

    described: dict[str, str] = {}  # node (N-Triples form) -> the first meeting whose part describes it
    for iri in sorted(parts):
        for node in parts[iri].subjects:
            if node not in shared and described.setdefault(node, iri) != iri:
                join(described[node], iri)
    for iri in sorted(parts):
        for node in parts[iri].objects:
            if node in described and described[node] != iri:  # classes, roles, literals: described nowhere
                join(described[node], iri)
    groups: list[list[str]] = [[] for _ in range(SHARDS)]
    for iri in parts:
        groups[zlib.crc32(root(iri).encode("utf-8")) % SHARDS].append(iri)
    return [members for members in groups if members]


class Validation:
    """Shards being validated; `result()` waits for them, `cancel()` drops those not started."""

    def __init__(self, keys: list[str], todo: list[int], results: dict[int, tuple[bool, str]],
                 verdicts: Verdicts | None):
        self.keys, self.todo, self.results, self.verdicts = keys, todo, results, verdicts
        self.pending: list[Future[tuple[bool, str]]] = []

    def result(self) -> tuple[bool, str]:
        self.results.update((n, future.result()) for n, future in zip(self.todo, self.pending, strict=False))
        if self.verdicts:
            for n in self.todo:
                self.verdicts[1](self.keys[n], *self.results[n])
        failed = [text.strip() for n, (conforms, text) in sorted(self.results.items()) if not conforms]
        return not failed, "\n\n".join(failed)

    def cancel(self) -> None:
        for future in self.pending:
            future.cancel()


def _quiet() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle


@dataclass(frozen=True, slots=True)
class Lines:
    """A meeting's part in N-Triples form: what a shard's key hashes."""

    lines: tuple[str, ...]
    subjects: tuple[str, ...]
    objects: tuple[str, ...]


def _group(members: list[Lines], types: Mapping[str, tuple[str, ...]]) -> tuple[list[str], list[str]]:
    """The shard of these meetings: its N-Triples lines (their parts, and the rdf:type of each
    shared node they point to) and its focus nodes, sorted, as `_N3.shard` gives them from triples."""
    lines: set[str] = set()
    focus: set[str] = set()
    objects: set[str] = set()
    for member in members:
        lines.update(member.lines)
        focus.update(member.subjects)
        objects.update(member.objects)
    lines.update(line for o in objects if o not in focus for line in types.get(o, ()))
    return sorted(lines), sorted(focus)


@dataclass(frozen=True, slots=True)
class SharedLines:
    """The shared part as validation needs it (kg.pieces keeps it across builds)."""

    types: dict[str, tuple[str, ...]]  # shared node (N-Triples form) -> the lines of its rdf:type triples
    subjects: frozenset[str]  # N-Triples form
    lines: tuple[str, ...]  # the first shard's lines, sorted
    focus: tuple[str, ...]  # its focus nodes (the subjects), sorted
    key: str  # its key


def shared_lines(shared: set[Triple], memo: dict[Node, str] | None = None) -> SharedLines:
    n3 = _N3()
    if memo is not None:
        n3.memo = memo
    types: dict[str, list[str]] = {}
    for triple in shared:
        if triple[1] == RDF.type:
            types.setdefault(n3.term(triple[0]), []).append(n3.line(triple))
    lines, nodes, key = n3.shard(shared, {s for s, _, _ in shared})
    return SharedLines({node: tuple(found) for node, found in types.items()}, frozenset(n3.term(s) for s in nodes),
                       tuple(lines), tuple(n3.term(s) for s in nodes), key)


def _node(term: str) -> Node:
    """A focus node (an IRI or a blank node) from its N-Triples form (_N3.term)."""
    return BNode(term[2:]) if term.startswith("_:") else URIRef(term[1:-1])


class _N3:
    """Triples and focus nodes in the order of their N-Triples lines: sorting
    strings, not rdflib terms (whose comparisons run in Python), and the lines
    are what a shard's cache key hashes."""

    def __init__(self) -> None:
        self.memo: dict[Node, str] = {}

    def term(self, t: Node) -> str:
        text = self.memo.get(t)
        if text is None:
            text = self.memo[t] = t.n3()
        return text

    def line(self, triple: Triple) -> str:
        s, p, o = triple
        return f"{self.term(s)} {self.term(p)} {self.term(o)}\n"

    def lines(self, triples: Iterable[Triple]) -> Lines:
        triples = list(triples)
        return Lines(tuple(self.line(t) for t in triples), tuple({self.term(s): None for s, _, _ in triples}),
                     tuple({self.term(o): None for _, _, o in triples}))

    def shard(self, triples: Iterable[Triple], focus: Iterable[Node]) -> Shard:
        lines = sorted(self.line(t) for t in triples)
        nodes = sorted((self.term(node), node) for node in focus)
        return lines, [node for _, node in nodes], _key(lines, [text for text, _ in nodes])


def _key(lines: list[str], focus: list[str]) -> str:
    digest = hashlib.sha256(_shapes_bytes())
    digest.update("".join(lines).encode("utf-8", "surrogatepass"))  # one update: the same hash, much faster
    digest.update("".join(f"focus {node}\n" for node in focus).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


@cache
def _shapes_bytes() -> bytes:
    return ontology_file("shapes.ttl").read_bytes()


def _validate_shard(shard: Shard) -> tuple[bool, str]:
    """Made into text here, in the worker: shards waiting for one hold only references to lines."""
    lines, focus, _ = shard
    return validate_ntriples("".join(f"{line[:-1]} .\n" for line in lines), focus)


def lines_of(triples: Iterable[Triple], memo: dict[Node, str] | None = None) -> Lines:
    """A part's lines for `start_validation_of`; `memo` keeps terms in N-Triples
    form, for calls on several parts."""
    n3 = _N3()
    if memo is not None:
        n3.memo = memo
    return n3.lines(triples)
