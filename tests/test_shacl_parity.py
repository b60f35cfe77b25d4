"""pyshacl-turbo (the build's SHACL engine) gives pySHACL's verdicts and results.

For the graph of the seeds, of a sample of ../shared/corpus/meetings and of
deliberately broken graphs (one per kind of constraint in kg/ontology/shapes.ttl),
both engines must agree on conformance and on the set of results: (focus node,
path, severity, source shape, constraint component); and their report texts
must hold the same result blocks.

The build hands its shards to pyshacl-turbo as N-Triples text (kg.validate.validate_ntriples):
that gives the verdict and report text of the same graph given as an rdflib Graph.

Known difference, in the text only: where a shape gives no sh:message, pySHACL
writes a default message for sh:nodeKind and sh:datatype ("Value is not of Node
Kind sh:IRI"), pyshacl-turbo "NodeKindConstraintComponent violated at <node>";
the test drops those two lines before comparing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from functools import cache

import pyshacl
import pyshacl_turbo
import pytest
import rdflib
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH, SKOS
from rdflib.term import Node

from kg import rdf
from kg.pipeline import run
from kg.validate import shapes, validate, validate_ntriples
from kg.vocab import KG, PROV, SCHEMA
from tests.conftest import SEEDS, shared_path

Result = tuple[Node, object, Node, object, Node]


def check(engine, graph: Graph) -> tuple[bool, set[Result], list[str]]:
    conforms, report, text = engine.validate(graph, shacl_graph=shapes(), inference="none", allow_warnings=True,
                                             advanced=False, meta_shacl=False)
    results = {(report.value(r, SH.focusNode), _described(report, report.value(r, SH.resultPath)),
                report.value(r, SH.resultSeverity), _described(shapes(), report.value(r, SH.sourceShape)),
                report.value(r, SH.sourceConstraintComponent))
               for r in report.subjects(RDF.type, SH.ValidationResult)}
    return bool(conforms), results, sorted(_blocks(str(text)))


def _described(graph: Graph, node: Node | None) -> object:
    """An IRI as it is; a blank node (a property shape, an inverse path) by what it says, recursively."""
    if not isinstance(node, BNode):
        return node
    return frozenset((p, _described(graph, o)) for p, o in graph.predicate_objects(node))


DEFAULT_MESSAGES = ("NodeKindConstraintComponent", "DatatypeConstraintComponent")


def _blocks(text: str) -> list[str]:
    """The report text's result blocks (each starts at an unindented line), the header apart,
    without the default messages that differ (see the module docstring)."""
    blocks: list[list[str]] = []
    for line in text.strip().splitlines():
        if line.startswith("\t") and blocks:
            blocks[-1].append(line)
        else:
            blocks.append([line])
    for block in blocks:
        default = f"\tMessage: {block[0].split(' in ')[-1].split(' ')[0]} violated at "
        if block[0].split(" in ")[-1].startswith(DEFAULT_MESSAGES) and "sh:message" not in block[2]:
            block[:] = [line for line in block if not line.startswith(("\tMessage: Value is not", default))]
    return ["\n".join(block) for block in blocks]


def same_on_both(graph: Graph) -> tuple[bool, set[Result]]:
    reference = check(pyshacl, graph)
    turbo = check(pyshacl_turbo, graph)
    assert turbo[0] == reference[0], "conforms"
    assert turbo[1] == reference[1], (turbo[1] ^ reference[1])
    assert turbo[2] == reference[2]
    # the build's shards reach the engine as N-Triples text: the same verdict and report text
    assert validate_ntriples("".join(sorted(f"{s.n3()} {p.n3()} {o.n3()} .\n" for s, p, o in graph))) \
        == validate(graph)
    return reference[0], reference[1]


@cache
def seed_graph() -> Graph:
    from kg.lexicon import load

    return rdf.to_graph(run([SEEDS]).meetings, load())


def test_the_seed_graph(lexicon) -> None:
    conforms, results = same_on_both(seed_graph())
    assert conforms and all(severity == SH.Warning for _, _, severity, _, _ in results)


def test_a_sample_of_the_meetings_corpus(lexicon) -> None:
    folder = shared_path("corpus", "meetings")
    meetings = run(sorted(folder.iterdir())[::25], lexicon).meetings  # 14 days, dated and undated meetings
    assert len(meetings) > 20
    conforms, results = same_on_both(rdf.to_graph(meetings, lexicon))
    assert conforms


def first(graph: Graph, cls: Node) -> Node:
    return sorted(graph.subjects(RDF.type, cls))[0]


def replace(graph: Graph, cls: Node, path: Node, value: Node | None) -> None:
    """Give the first node of `cls` `value` (None: nothing) for `path`."""
    node = first(graph, cls)
    graph.remove((node, path, None))
    if value is not None:
        graph.add((node, path, value))


def add(graph: Graph, cls: Node, path: Node, value: Node) -> None:
    graph.add((first(graph, cls), path, value))


@dataclasses.dataclass(frozen=True)
class Broken:
    name: str
    breaks: Callable[[Graph], None]
    component: str  # the constraint component that must report it
    severity: Node = SH.Violation


PERSON = URIRef("http://xmlns.com/foaf/0.1/Person")
BROKEN = [
    Broken("min count: a meeting without a name", lambda g: replace(g, KG.Meeting, SCHEMA.name, None), "MinCount"),
    Broken("max count: two names", lambda g: add(g, KG.Meeting, SCHEMA.name, Literal("又一个名字", lang="zh")),
           "MaxCount"),
    Broken("datatype: a date as a string", lambda g: replace(g, KG.Meeting, SCHEMA.startDate, Literal("2022-03-18")),
           "Datatype"),
    Broken("class: a chair who is not a person",
           lambda g: add(g, KG.Meeting, KG.chair, first(g, KG.Sector)), "Class"),
    Broken("node kind: a person's Wikidata link as text",
           lambda g: add(g, PERSON, SKOS.exactMatch, Literal("Q1")), "NodeKind"),
    Broken("pattern: a short GB code", lambda g: replace(g, KG.Province, KG.gbCode, Literal("33")), "Pattern"),
    Broken("in: a role outside the list", lambda g: replace(g, KG.Participation, KG.role, KG.Guest), "In"),
    Broken("min inclusive: a negative offset",
           lambda g: replace(g, KG.Participation, KG.evidenceStart, Literal(-1)), "MinInclusive"),
    Broken("less than: start after end",
           lambda g: replace(g, KG.Participation, KG.evidenceStart, Literal(10 ** 6)), "LessThan"),
    Broken("min length: an empty sentence",
           lambda g: replace(g, KG.Participation, KG.evidenceText, Literal("", lang="zh")), "MinLength"),
    Broken("or: no organiser and no warning", lambda g: replace(g, KG.Meeting, SCHEMA.organizer, None), "Or"),
    Broken("or in a property: a participant that is neither person nor place",
           lambda g: replace(g, KG.Participation, KG.participant, first(g, KG.Sector)), "Or"),
    Broken("unique lang: two Chinese labels",
           lambda g: add(g, PERSON, RDFS.label, Literal("另一个", lang="zh")), "UniqueLang"),
    Broken("qualified min count: no Chinese label",
           lambda g: replace(g, KG.Province, RDFS.label, Literal("Somewhere", lang="en")), "QualifiedMinCount"),
    Broken("inverse path: a measure of no meeting",
           lambda g: g.remove((None, KG.measure, first(g, KG.Measure))), "MinCount"),
    Broken("node class: a province that is not an administrative area",
           lambda g: g.remove((first(g, KG.Province), RDF.type, SCHEMA.AdministrativeArea)), "Class"),
    Broken("node kind of a focus node: a blank-node participation",
           lambda g: g.add((BNode(), RDF.type, KG.Participation)), "NodeKind"),
    Broken("an article with no statement",
           lambda g: g.add((URIRef("https://example.org/a"), RDF.type, SCHEMA.NewsArticle)), "MinCount"),
    Broken("warning: a meeting without a date", lambda g: (replace(g, KG.Meeting, SCHEMA.startDate, None),
                                                          add(g, KG.Meeting, KG.warning, Literal("date unknown"))),
           "MinCount", SH.Warning),
    Broken("datatype of a typed literal: an integer as a decimal",
           lambda g: replace(g, KG.Measure, KG.ordinal, Literal("1.0", datatype=rdflib.XSD.decimal)), "Datatype"),
    Broken("provenance: a statement from two articles",
           lambda g: add(g, KG.Participation, PROV.wasDerivedFrom, URIRef("https://example.org/b")), "MaxCount"),
]


@pytest.mark.parametrize("broken", BROKEN, ids=[b.name for b in BROKEN])
def test_a_broken_graph(broken: Broken) -> None:
    graph = Graph()
    for triple in seed_graph():
        graph.add(triple)
    broken.breaks(graph)
    conforms, results = same_on_both(graph)
    components = {(str(component).rsplit("#", 1)[1], severity) for *_, severity, _, component in results}
    assert (broken.component + "ConstraintComponent", broken.severity) in components
    assert conforms is (broken.severity == SH.Warning)
