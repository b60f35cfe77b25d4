"""SHACL in shards (kg.validate.validate_parts) gives the whole graph's verdict."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import FOAF, RDF

from kg import rdf
from kg.pipeline import run
from kg.validate import validate, validate_parts
from kg.vocab import SCHEMA
from tests.conftest import SEEDS, shared_path


@pytest.fixture(scope="module")
def parts(lexicon):
    return rdf.to_parts(run([SEEDS], lexicon).meetings, lexicon)


def whole(shared, parts) -> bool:
    graph = Graph()
    for triple in shared.union(*parts.values()):
        graph.add(triple)
    return validate(graph)[0]


def test_seed_graph_conforms_in_shards(parts) -> None:
    shared, meetings = parts
    assert validate_parts(shared, meetings) == (True, "")
    assert whole(shared, meetings)


def test_a_meeting_without_a_name_fails_in_shards_as_whole(parts) -> None:
    shared, meetings = parts
    iri = sorted(meetings)[0]
    broken = {**meetings, iri: {t for t in meetings[iri] if t[1] != SCHEMA.name}}
    conforms, text = validate_parts(shared, broken, workers=2)
    assert not conforms and "exactly one name" in text
    assert not whole(shared, broken)


def test_a_chair_that_is_not_a_person_fails_in_shards_as_whole(parts) -> None:
    shared, meetings = parts
    chair = next(o for part in meetings.values() for _, p, o in part if p == rdf.KG.chair)
    broken_shared = {t for t in shared if t != (chair, RDF.type, FOAF.Person)}
    assert not validate_parts(broken_shared, meetings)[0]
    assert not whole(broken_shared, meetings)


def test_verdicts_are_cached_by_shard_content(parts) -> None:
    shared, meetings = parts
    store: dict[str, tuple[bool, str]] = {}
    validate_parts(shared, meetings, verdicts=(store.get, lambda k, c, t: store.__setitem__(k, (c, t))))
    assert len(store) >= 2
    asked: list[str] = []
    validate_parts(shared, meetings, verdicts=(lambda k: asked.append(k) or store.get(k),
                                               lambda *a: pytest.fail("validated again")))
    assert len(asked) == len(store)
    iri = sorted(meetings)[0]
    changed = {**meetings, iri: meetings[iri] | {(URIRef(iri), rdf.KG.warning, rdf.Literal("x"))}}
    fresh: list[str] = []
    validate_parts(shared, changed, verdicts=(store.get, lambda k, c, t: fresh.append(k)))
    assert len(fresh) == 1  # only the shard holding that meeting


def test_meetings_that_share_a_node_are_validated_together(parts) -> None:
    """Two meetings claiming one measure (as undated copies of one article do): each part alone
    conforms, the whole graph does not (the measure has two meetings); so must the shards."""
    import zlib

    from kg.validate import SHARDS

    shared, meetings = parts
    owner = next(iri for iri, part in meetings.items() if any(p == rdf.KG.measure for _, p, _ in part))
    other = next(iri for iri in sorted(meetings)
                 if zlib.crc32(iri.encode()) % SHARDS != zlib.crc32(owner.encode()) % SHARDS)
    measure = next(o for _, p, o in meetings[owner] if p == rdf.KG.measure)
    claimed = {t for t in meetings[owner] if t[0] == measure} | {(URIRef(other), rdf.KG.measure, measure)}
    broken = {**meetings, other: meetings[other] | claimed}
    assert not whole(shared, broken)
    conforms, text = validate_parts(shared, broken)
    assert not conforms and "a measure belongs to exactly one meeting" in text


def test_meetings_that_share_nothing_keep_their_own_shard(lexicon) -> None:
    """Classes, roles and literals every part points to join nothing: the sample of the
    corpus spreads over the shards as the meetings' own IRIs do."""
    import zlib

    from kg.validate import SHARDS, _groups, lines_of

    shared, meetings = rdf.to_parts(run([SEEDS, shared_path("corpus", "meetings")], lexicon).meetings, lexicon)
    lines = {iri: lines_of(part) for iri, part in meetings.items()}
    groups = _groups(lines, {s.n3() for s, _, _ in shared})
    by_crc = {n: [iri for iri in meetings if zlib.crc32(iri.encode()) % SHARDS == n] for n in range(SHARDS)}
    assert len(groups) == SHARDS
    assert sum(members == by_crc[n] for n, members in enumerate(groups)) >= SHARDS - 4  # a few share an article
