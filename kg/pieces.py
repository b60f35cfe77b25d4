"""The written graph in pieces, one per meeting, kept across builds.

A meeting's piece is everything the outputs need from its triples, as text:
its Turtle statements (kg.vocab.turtle_blocks), the store's named graph of
each of its subjects (kg.store.graph_of_subjects) and its N-Triples lines,
which key its SHACL shard (kg.validate).  A piece depends only on the merged
meeting record and the code and data that write it, so it is cached under a
hash of both: a re-run builds triples only for meetings that changed (and for
shards that must be validated again).

A subject is written whole by the one piece that holds it; if two pieces (or
a piece and the shared part) hold the same subject, the pieces are not used
and the graph is written from all its triples as before.
"""

from __future__ import annotations

import hashlib
import json
import pickle
from collections.abc import Callable, MutableMapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from rdflib import BNode, URIRef

from kg import rdf, records
from kg.cache import fingerprint
from kg.entities import Entities
from kg.lexicon import Lexicon
from kg.model import Meeting
from kg.store import graph_of_subjects
from kg.validate import Lines, SharedLines, Validation, lines_of, shared_lines, start_validation, start_validation_of
from kg.vocab import turtle_blocks, turtle_document

Memo = MutableMapping[str, bytes]  # key -> pickled Piece
_WRITERS = ("rdf.py", "vocab.py", "ids.py", "entities.py", "store.py", "validate.py", "pieces.py", "records.py")


@dataclass(frozen=True, slots=True)
class Piece:
    blocks: tuple[tuple[str, str, str, str], ...]  # (subject IRI, subject as written, Turtle statement, store graph)
    lines: Lines  # for the SHACL shard key
    record: str = ""  # the meeting's line of meetings.jsonl


@dataclass(frozen=True, slots=True)
class Shared:
    """The shared part's piece (None if it holds blank nodes) and its lines for validation."""

    piece: Piece | None
    lines: SharedLines


@dataclass(slots=True)
class Written:
    """The pieces of a build: shared part and meetings."""

    shared: Shared
    pieces: dict[str, Piece]  # meeting IRI -> piece
    built: list[str]  # the meetings whose pieces were built this time (not from the memo)

    def blocks(self) -> list[tuple[str, str, str, str]]:
        return [block for piece in self.pieces.values() for block in piece.blocks]

    def jsonl(self) -> bytes:
        return "".join(piece.record for piece in self.pieces.values()).encode("utf-8")


_FORK_AT = 200  # meetings to build before half of them go to a forked process


def write_pieces(found: Entities, lexicon: Lexicon, memo: Memo | None = None, workers: int = 1) -> Written | None:
    """The pieces of every meeting (from `memo` or built; with `workers` > 1, many are built half in a
    forked process), or None when two hold the same subject."""
    shared = _shared(found, lexicon, memo)
    known: dict[str, Piece] = {}
    todo: list[tuple[str, str]] = []  # (IRI, memo key) of the pieces to build
    for iri, meeting in found.meetings.items():
        key = _key(pickle.dumps(meeting, protocol=pickle.HIGHEST_PROTOCOL)) if memo is not None else ""
        if memo is not None and (cached := memo.get(key)) is not None:
            known[iri] = pickle.loads(cached)
        else:
            todo.append((iri, key))
    built = _built([iri for iri, _ in todo], found, lexicon, workers)
    if memo is not None:
        for iri, key in todo:
            memo[key] = pickle.dumps(built[iri], protocol=pickle.HIGHEST_PROTOCOL)
    done = {iri: known[iri] if iri in known else built[iri] for iri in found.meetings}  # in IRI order
    subjects = [subject for piece in done.values() for subject, *_ in piece.blocks]
    if len(set(subjects)) != len(subjects) or shared.piece is None or \
            not {subject for subject, *_ in shared.piece.blocks}.isdisjoint(subjects):
        return None
    return Written(shared, done, [iri for iri, _ in todo])


def _built(iris: list[str], found: Entities, lexicon: Lexicon, workers: int) -> dict[str, Piece]:
    """The pieces of `iris`: the second half in a forked process when there are many (pieces are pure:
    the same bytes wherever they are made)."""
    if workers < 2 or len(iris) < _FORK_AT:
        return _made(iris, found, lexicon)
    from kg.forked import Forked

    half = len(iris) // 2
    try:
        theirs = Forked(lambda: _made(iris[half:], found, lexicon))
    except (ValueError, OSError):  # no fork on this system, or no process left
        return _made(iris, found, lexicon)
    try:
        mine = _made(iris[:half], found, lexicon)
        return {**mine, **theirs.result()}
    finally:
        theirs.cancel()


def _made(iris: list[str], found: Entities, lexicon: Lexicon) -> dict[str, Piece]:
    cities = {c.short_zh: c for c in lexicon.cities}
    memos: tuple[dict, dict] = ({}, {})
    return {iri: piece_of(rdf.meeting_part(iri, found.meetings[iri], lexicon, found, cities), memos,
                          records.dumps([records.meeting_record(found.meetings[iri], lexicon)])) for iri in iris}


def _shared(found: Entities, lexicon: Lexicon, memo: Memo | None) -> Shared:
    """The shared part's piece, from `memo` under a hash of what it is made of."""
    key = ""
    if memo is not None:
        record = json.dumps([found.provinces, found.cities, found.regions, found.people, found.organizations,
                             found.sectors], ensure_ascii=False).encode("utf-8")
        key = _key(record + _ontology_bytes())
        known = memo.get(key)
        if known is not None:
            return pickle.loads(known)
    triples = rdf.shared_part(found, lexicon)
    blank = any(isinstance(term, BNode) for triple in triples for term in triple)
    shared = Shared(None if blank else piece_of(triples), shared_lines(triples))
    if memo is not None:
        memo[key] = pickle.dumps(shared, protocol=pickle.HIGHEST_PROTOCOL)
    return shared


@cache
def _ontology_bytes() -> bytes:
    return (resources.files("kg") / "ontology" / "kg.ttl").read_bytes()  # its terms are in the shared part


def piece_of(triples: set[rdf.Triple], memos: tuple[dict, dict] | None = None, record: str = "") -> Piece:
    """`memos`: terms as written in Turtle and in N-Triples, shared by the calls of one build."""
    turtle, n3 = memos or ({}, {})
    graphs = graph_of_subjects((str(s), str(p), str(o) if isinstance(o, URIRef) else None) for s, p, o in triples)
    blocks = tuple((str(s), written, block, graphs[str(s)])
                   for s, (written, block) in turtle_blocks(triples, turtle).items())
    return Piece(blocks, lines_of(triples, n3), record)


def _key(record: bytes) -> str:
    digest = hashlib.sha256(_writers().encode())
    digest.update(hashlib.sha256(record).digest())
    return digest.hexdigest()


@cache
def _writers() -> str:
    """What a piece depends on besides its meeting: the extractor's fingerprint
    (kg's version, the lexicon data...) and the modules that write pieces."""
    digest = hashlib.sha256(fingerprint().encode())
    root = Path(str(resources.files("kg")))
    for name in _WRITERS:
        digest.update(hashlib.sha256((root / name).read_bytes()).digest())
    return digest.hexdigest()


@dataclass(slots=True)
class Graph:
    """What the outputs take from the graph: kg.ttl's bytes, the store's Turtle
    statements by named graph (None: split kg.ttl), how to validate it, and the
    meetings' lines of meetings.jsonl, in order (None: not from pieces)."""

    turtle: bytes
    graphs: dict[str, list[str]] | None
    validate: Callable[..., Validation]  # (workers, cached verdicts, forked workers = None)
    jsonl: bytes | None = None


def write_graph(meetings: Sequence[Meeting], found: Entities, lexicon: Lexicon, memo: Memo | None = None,
                workers: int = 1) -> Graph:
    """The graph of merged meetings (their `found` entities) from pieces, or
    the general way, from every triple, when pieces cannot be used."""
    written = write_pieces(found, lexicon, memo, workers)
    if written is None:
        shared, parts = rdf.to_parts(meetings, lexicon, found)
        return Graph(rdf.serialize_turtle(shared.union(*parts.values())), None,
                     lambda workers, verdicts, pool=None: start_validation(shared, parts, workers, verdicts, pool))
    blocks = [*written.shared.piece.blocks, *written.blocks()]
    graphs: dict[str, list[str]] = {}
    for _, _, block, graph in blocks:
        graphs.setdefault(graph, []).append(block)
    lines, shared = {iri: piece.lines for iri, piece in written.pieces.items()}, written.shared.lines
    return Graph(turtle_document((subject, block) for _, subject, block, _ in blocks), graphs,
                 lambda workers, verdicts, pool=None: start_validation_of(shared, lines, workers, verdicts, pool),
                 written.jsonl() if _in_order(meetings, found) else None)


def _in_order(meetings: Sequence[Meeting], found: Entities) -> bool:
    """`meetings` are `found`'s, in its order (IRI order: a build's are)."""
    return len(meetings) == len(found.meetings) and all(a is b for a, b in zip(meetings, found.meetings.values(),
                                                                                strict=True))
