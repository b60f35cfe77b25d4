"""SHACL validation of a graph against the shapes shipped with the package.

The ontology files live in `kg/ontology/` (package data, so they are there
after `pip install .` too); the top-level `ontology/` is a symlink to it.

A build validates its graph in shards (`validate_parts`): the shared part
(people, provinces, sectors...) and groups of meetings, each with the types of
the shared nodes it points to, pySHACL looking only at the shard's own nodes.
The shapes never look from one meeting into another, so the verdict is the
same as on the whole graph; shards run in parallel and a verdict is cached by
the shard's content, so a re-run validates only the shards that changed.
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable

from rdflib import Graph
from rdflib.namespace import RDF
from rdflib.term import Node

SHARDS = 32
Triple = tuple[Node, Node, Node]
Verdicts = tuple[Callable[[str], tuple[bool, str] | None], Callable[[str, bool, str], None]]  # get, put


def ontology_file(name: str) -> Traversable:
    """A file of kg/ontology/ (kg.ttl, shapes.ttl, context.jsonld)."""
    return resources.files("kg") / "ontology" / name


@cache
def shapes() -> Graph:
    return Graph().parse(data=ontology_file("shapes.ttl").read_text(encoding="utf-8"), format="turtle")


def validate(graph: Graph, focus: list[Node] | None = None) -> tuple[bool, str]:
    """(conforms, report text).  sh:Warning results (e.g. an unknown meeting
    date) appear in the report but do not break conformance.  With `focus`,
    only those nodes are checked (against the whole graph)."""
    import pyshacl  # 0.6 s to import: only validation needs it

    conforms, _, text = pyshacl.validate(
        graph,
        shacl_graph=shapes(),
        inference="none",  # nodes carry their classes; inference would cost time only
        allow_warnings=True,
        advanced=False,
        meta_shacl=False,
        focus_nodes=focus,
    )
    return bool(conforms), str(text)


def validate_parts(shared: set[Triple], parts: dict[str, set[Triple]], workers: int = 1,
                   verdicts: Verdicts | None = None) -> tuple[bool, str]:
    """Validate the graph `shared` ∪ parts shard by shard (see the module docstring)."""
    shards = _shards(shared, parts)
    keys = [_key(data, focus) for data, focus in shards]
    results: dict[int, tuple[bool, str]] = {}
    todo = []
    for n, key in enumerate(keys):
        known = verdicts[0](key) if verdicts else None
        if known is None:
            todo.append(n)
        else:
            results[n] = known
    if workers > 1 and len(todo) > 1:
        shapes()  # parsed once, before the fork
        with ProcessPoolExecutor(min(workers, len(todo))) as pool:
            done = pool.map(_validate_shard, [shards[n] for n in todo])
            results.update(zip(todo, done, strict=True))
    else:
        results.update((n, _validate_shard(shards[n])) for n in todo)
    if verdicts:
        for n in todo:
            verdicts[1](keys[n], *results[n])
    failed = [results[n][1].strip() for n in sorted(results) if not results[n][0]]
    return not failed, "\n\n".join(failed)


def _shards(shared: set[Triple], parts: dict[str, set[Triple]]) -> list[tuple[list[Triple], list[Node]]]:
    types: dict[Node, list[Triple]] = {}
    for triple in shared:
        if triple[1] == RDF.type:
            types.setdefault(triple[0], []).append(triple)
    groups: list[set[Triple]] = [set() for _ in range(SHARDS)]
    for iri, part in parts.items():
        groups[zlib.crc32(iri.encode("utf-8")) % SHARDS].update(part)
    shards = [(sorted(shared), sorted({s for s, _, _ in shared}))]
    for group in groups:
        if group:
            focus = {s for s, _, _ in group}
            context = {t for _, _, o in group if o not in focus for t in types.get(o, ())}
            shards.append((sorted(group | context), sorted(focus)))
    return shards


def _key(data: Iterable[Triple], focus: Iterable[Node]) -> str:
    digest = hashlib.sha256(ontology_file("shapes.ttl").read_bytes())
    for s, p, o in data:
        digest.update(f"{s.n3()} {p.n3()} {o.n3()}\n".encode("utf-8", "surrogatepass"))
    for node in focus:
        digest.update(f"focus {node.n3()}\n".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _validate_shard(shard: tuple[list[Triple], list[Node]]) -> tuple[bool, str]:
    data, focus = shard
    graph = Graph()
    graph.addN((s, p, o, graph) for s, p, o in data)
    return validate(graph, focus)
