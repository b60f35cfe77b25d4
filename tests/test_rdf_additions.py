"""Meeting end dates and sector terms the scheme lacks, in the graph and the shapes."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, SKOS, XSD

from kg import ids, rdf
from kg.model import Mention, Span
from kg.pipeline import run
from kg.validate import validate
from kg.vocab import KG, SCHEMA
from tests.conftest import SEEDS

TERM = "桑蚕丝绸"  # neither a label of kg/data/sectors.csv nor holding one


@pytest.fixture(scope="module")
def meetings(lexicon):
    found = run([SEEDS], lexicon).meetings
    first = found[0]
    span = first.name_mention.span if first.name_mention else Span(0, 1, first.doc.text[:1])
    extra = Mention(TERM, span, "test.unmapped", first.doc.id)
    changed = dataclasses.replace(first, end_date=dt.date(2099, 1, 2), sectors=[*first.sectors, extra])
    return [changed, *found[1:]]


def test_end_date_is_schema_end_date(meetings, lexicon) -> None:
    graph = rdf.to_graph(meetings, lexicon)
    node = URIRef(rdf.entities.meeting_iri(meetings[0]))
    assert list(graph.objects(node, SCHEMA.endDate)) == [Literal("2099-01-02", datatype=XSD.date)]
    assert validate(graph)[0]


def test_unmapped_sector_is_a_marked_concept_outside_the_scheme(meetings, lexicon) -> None:
    assert rdf.entities.sector_concept(TERM, lexicon) is None
    graph = rdf.to_graph(meetings, lexicon)
    concept = URIRef(ids.ID + "sector/unmapped/sang-can-si-chou")
    assert concept == URIRef(ids.unmapped_sector_iri(TERM))
    assert (URIRef(rdf.entities.meeting_iri(meetings[0])), KG.sector, concept) in graph
    assert {(p, o) for p, o in graph.predicate_objects(concept)} == {
        (RDF.type, KG.Sector), (RDF.type, SKOS.Concept), (SKOS.prefLabel, Literal(TERM, lang="zh")),
        (rdf.RDFS.label, Literal(TERM, lang="zh")), (KG.unmapped, Literal(True))}
    assert validate(graph)[0]
    graph.remove((concept, KG.unmapped, None))  # neither in the scheme nor marked
    conforms, text = validate(graph)
    assert not conforms and "marked kg:unmapped" in text


def test_records_keep_only_mapped_concepts(meetings, lexicon) -> None:
    from kg.records import meeting_record

    record = meeting_record(meetings[0], lexicon)
    assert TERM in record["sectors"] and not any("unmapped" in c for c in record["sector_concepts"])
