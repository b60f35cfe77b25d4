"""The graph written from per-meeting pieces (kg.pieces) is the graph written from every triple."""

from __future__ import annotations

import dataclasses

import pytest

from kg import rdf
from kg.entities import collect, meeting_iri
from kg.pieces import write_graph, write_pieces
from kg.pipeline import run
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def meetings(lexicon):
    return run([SEEDS], lexicon).meetings


def keys_of(graph: object) -> list[str]:
    asked: list[str] = []
    graph.validate(1, (lambda key: asked.append(key) or (True, ""), lambda *a: None))
    return asked


def test_pieces_give_the_bytes_and_shard_keys_of_the_whole_graph(meetings, lexicon) -> None:
    found = collect(meetings, lexicon)
    memo: dict[str, bytes] = {}
    graph = write_graph(meetings, found, lexicon, memo)
    assert graph.graphs is not None, "the seeds are written from pieces"
    assert graph.turtle == rdf.serialize_turtle(rdf.to_triples(meetings, lexicon))
    shared, parts = rdf.to_parts(meetings, lexicon)
    from kg.validate import start_validation

    whole: list[str] = []
    start_validation(shared, parts, 1, (lambda key: whole.append(key) or (True, ""), lambda *a: None))
    assert keys_of(graph) == whole
    assert len(memo) == len(meetings) + 1  # and the shared part
    again = write_graph(meetings, collect(meetings, lexicon), lexicon, memo)  # every piece from the memo
    assert again.turtle == graph.turtle and again.graphs == graph.graphs and keys_of(again) == whole
    assert len(memo) == len(meetings) + 1


def test_a_changed_meeting_is_the_only_piece_built_again(meetings, lexicon) -> None:
    memo: dict[str, bytes] = {}
    write_pieces(collect(meetings, lexicon), lexicon, memo)
    changed = [dataclasses.replace(meetings[0], warnings=["changed"]), *meetings[1:]]
    written = write_pieces(collect(changed, lexicon), lexicon, memo)
    assert written.built == [meeting_iri(meetings[0])]
    assert len(memo) == len(meetings) + 2  # the shared part is the same
    graph = write_graph(changed, collect(changed, lexicon), lexicon, memo)
    assert graph.turtle == rdf.serialize_turtle(rdf.to_triples(changed, lexicon))


def test_pieces_built_half_in_a_forked_process_are_the_same(meetings, lexicon, monkeypatch) -> None:
    import kg.pieces

    alone = write_graph(meetings, collect(meetings, lexicon), lexicon, {})
    monkeypatch.setattr(kg.pieces, "_FORK_AT", 2)
    memo: dict[str, bytes] = {}
    forked = write_graph(meetings, collect(meetings, lexicon), lexicon, memo, workers=2)
    assert forked.turtle == alone.turtle and forked.graphs == alone.graphs and forked.jsonl == alone.jsonl
    assert len(memo) == len(meetings) + 1  # the forked half's pieces are kept too


def test_a_subject_in_two_pieces_falls_back_to_the_whole_graph(meetings, lexicon) -> None:
    found = collect(meetings, lexicon)
    iri, meeting = next(iter(found.meetings.items()))
    found.meetings[iri + "-twin"] = meeting  # the same articles in two pieces
    assert write_pieces(found, lexicon) is None


def test_the_shared_part_is_built_again_when_its_entities_change(meetings, lexicon) -> None:
    memo: dict[str, bytes] = {}
    write_graph(meetings, collect(meetings, lexicon), lexicon, memo)
    fewer = meetings[1:]  # the first meeting's people and places go
    graph = write_graph(fewer, collect(fewer, lexicon), lexicon, memo)
    assert len(memo) == len(meetings) + 2  # the shared part of each build
    assert graph.turtle == rdf.serialize_turtle(rdf.to_triples(fewer, lexicon))


def test_the_pieces_hold_the_lines_of_meetings_jsonl(meetings, lexicon) -> None:
    from kg import records

    memo: dict[str, bytes] = {}
    for _ in range(2):  # built, then from the memo
        graph = write_graph(meetings, collect(meetings, lexicon), lexicon, memo)
        assert graph.jsonl == records.dumps(records.meeting_record(m, lexicon) for m in meetings).encode("utf-8")
