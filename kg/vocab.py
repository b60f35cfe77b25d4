"""RDF namespaces used by the graph, the ontology and the queries, and the
deterministic Turtle writing (pyoxigraph's serializer, in our order) with these prefixes.

schema.org is always `https://schema.org/`: mixing it with `http://` silently
breaks queries, so every module takes it from here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.compare import to_canonical_graph
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SH, SKOS, XSD
from rdflib.term import Node

from kg import ids


class CachedNamespace(Namespace):
    """A Namespace that builds each term once: rdflib builds and re-validates
    a new URIRef on every attribute access, a tenth of graph-building time."""

    def term(self, name: str) -> URIRef:
        return _namespace_term(str(self), name if isinstance(name, str) else "")


@cache
def _namespace_term(namespace: str, name: str) -> URIRef:
    return URIRef(namespace + name)


KG = CachedNamespace(ids.ONTOLOGY)  # https://w3id.org/cn-meetings/ontology#
ID = CachedNamespace(ids.ID)  # instance data
SCHEMA = CachedNamespace("https://schema.org/")
WD = CachedNamespace("http://www.wikidata.org/entity/")

# Prefix -> namespace, in the order a Turtle file declares them (the same as rdflib's namespaces above).
PREFIXES: dict[str, str] = ids.PREFIXES

__all__ = ["DCTERMS", "FOAF", "ID", "KG", "ORG", "OWL", "PREFIXES", "PROV", "RDF", "RDFS", "SCHEMA", "SH",
           "SKOS", "WD", "XSD", "bind_prefixes", "serialize_turtle", "sparql_prefixes", "turtle_blocks",
           "turtle_document"]


def bind_prefixes(graph: Graph) -> Graph:
    """Bind the project prefixes, replacing rdflib's defaults (its `schema:`
    is the http:// one)."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph


def sparql_prefixes() -> str:
    """PREFIX lines for ad-hoc queries."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


# ---- deterministic Turtle -------------------------------------------------
# pyoxigraph's serializer writes each subject's statement (rdflib's writers,
# longturtle included, are ~20x slower at a million triples: README, "Store vs
# rdflib"); the order is ours: subjects, then rdf:type, predicates and objects,
# each by its written form, so the same graph gives the same bytes, and a
# meeting's statements can be cached and written again as they are (kg.pieces).

_LOCAL = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")
_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_ESCAPES = {ord("\\"): "\\\\", ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t",
            **{c: f"\\u{c:04X}" for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F)}}
_BARE = {str(XSD.integer): re.compile(r"^[+-]?[0-9]+$"), str(XSD.boolean): re.compile(r"^(true|false)$")}


def serialize_turtle(graph: Graph | Iterable[tuple[Node, Node, Node]]) -> bytes:
    """UTF-8 Turtle, byte-identical for equal graphs whatever their history
    (an rdflib Graph, or any collection of triples)."""
    if any(isinstance(t, BNode) for triple in graph for t in triple):
        if not isinstance(graph, Graph):
            graph = _graph(graph)
        graph = to_canonical_graph(graph)  # stable blank-node labels
    return turtle_document(turtle_blocks(graph).values())


def turtle_prefixes() -> str:
    return "".join(f"@prefix {prefix}: <{ns}> .\n" for prefix, ns in PREFIXES.items())


def turtle_document(blocks: Iterable[tuple[str, str]]) -> bytes:
    """The Turtle file of (subject as written, its block) pairs from `turtle_blocks`."""
    ordered = sorted(blocks, key=lambda block: _subject_key(block[0]))
    return (turtle_prefixes() + "".join(block for _, block in ordered)).encode("utf-8")


def turtle_blocks(triples: Iterable[tuple[Node, Node, Node]], memo: dict[Node, str] | None = None
                  ) -> dict[Node, tuple[str, str]]:
    """Subject -> (the subject as written, its whole statement): the pieces of
    `serialize_turtle`'s output, which is the prefixes and then these blocks
    in order of the written subject.  Blank nodes are written as labelled.
    `memo` keeps terms as written, for calls on several parts of a graph."""
    namespaces = sorted(PREFIXES.items(), key=lambda item: -len(item[1]))
    memo = {} if memo is None else memo

    def term(t: Node) -> str:
        if t not in memo:
            memo[t] = _term(t, namespaces)
        return memo[t]

    subjects: dict[Node, list[tuple[bool, str, str, tuple[Node, Node, Node]]]] = {}
    for s, p, o in triples:
        subjects.setdefault(s, []).append((p != RDF.type, term(p), term(o), (s, p, o)))  # rdf:type first
    # in the order of the written subject, as in the file: the order of `triples` (a set) varies
    # from run to run, and the store's graphs are digested block by block (kg.store_graphs)
    ordered = sorted(subjects, key=lambda s: _subject_key(term(s)))
    statements = _statements([triple for s in ordered for *_, triple in sorted(subjects[s])])
    return {s: (term(s), "\n" + statement) for s, statement in zip(ordered, statements, strict=True)}


def _statements(triples: list[tuple[Node, Node, Node]]) -> list[str]:
    """The triples, grouped by subject in the given order, as pyoxigraph's Turtle serializer writes
    them: one statement per subject (its prefix lines dropped: the document declares them once)."""
    import pyoxigraph as ox

    written = ox.serialize([ox.Triple(_ox(s), _ox(p), _ox(o)) for s, p, o in triples], format=ox.RdfFormat.TURTLE,
                           prefixes=PREFIXES).decode("utf-8")
    statements: list[str] = []
    for line in written.splitlines(keepends=True):
        if line.startswith("@prefix "):
            continue
        if line.startswith("\t"):  # a statement's next predicate (literals escape their line breaks)
            statements[-1] += line
        else:
            statements.append(line)
    return statements


@lru_cache(maxsize=1 << 16)  # predicates, classes, places and people recur in every piece
def _ox(t: Node):  # noqa: ANN202 (a pyoxigraph term: the module is imported when Turtle is written)
    import pyoxigraph as ox

    if isinstance(t, Literal):
        if t.language:
            return ox.Literal(str(t), language=t.language)
        if t.datatype and str(t.datatype) != str(XSD.string):
            return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype)))
        return ox.Literal(str(t))
    if isinstance(t, BNode):
        return ox.BlankNode(str(t))
    return ox.NamedNode(str(t))


def _graph(triples: Iterable[tuple[Node, Node, Node]]) -> Graph:
    graph = Graph()
    for triple in triples:
        graph.add(triple)
    return graph


def _subject_key(s: str) -> str:
    return s.rstrip(">")  # <a/b> before <a/b/c>


def _term(t: Node, namespaces: list[tuple[str, str]]) -> str:
    if isinstance(t, Literal):
        return _literal(t, namespaces)
    if isinstance(t, BNode):
        return f"_:{t}"
    iri = str(t)
    for prefix, ns in namespaces:
        if iri.startswith(ns) and _LOCAL.match(iri[len(ns):]):
            return f"{prefix}:{iri[len(ns):]}"
    if _BAD_IRI.search(iri):
        raise ValueError(f"not a valid IRI for Turtle: {iri!r}")
    return f"<{iri}>"


def _literal(t: Literal, namespaces: list[tuple[str, str]]) -> str:
    lexical = str(t)
    datatype = str(t.datatype) if t.datatype else None
    if datatype in _BARE and _BARE[datatype].match(lexical):
        return lexical
    quoted = '"' + lexical.translate(_ESCAPES) + '"'
    if t.language:
        return f"{quoted}@{t.language}"
    if datatype and datatype != str(XSD.string):
        return f"{quoted}^^{_term(URIRef(datatype), namespaces)}"
    return quoted
