"""One article, one result: a seed read as its post, a saved GBK page with site chrome, a
clipping, a feed entry and a WARC record gives the same meeting, IRI, fields and evidence."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.clean import to_document
from kg.extract import extract
from kg.lexicon import Lexicon, load
from kg.model import Meeting
from kg.rdf import evidence_sentence
from kg.read import read_file
from kg.records import meeting_record
from tests.article_forms import FORMS, PAGES, SEEDS, seed_item, write_forms

SEED_FILES = sorted(p.name for p in SEEDS.iterdir())


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load()


def meetings(path: Path, lexicon: Lexicon) -> list[Meeting]:
    out = read_file(path)
    assert out.skipped is None, out.skipped
    found = [extract(to_document(item, out.sha256), lexicon) for item in out.items]
    return [m for m in found if isinstance(m, Meeting)]


def result(meeting: Meeting, lexicon: Lexicon) -> tuple[dict, list[str]]:
    """The meeting's record without its sources, and its evidence sentences."""
    record = {k: v for k, v in meeting_record(meeting, lexicon).items() if k != "sources"}
    mentions = [p.mention for p in meeting.participations] + [m.mention for m in meeting.measures]
    mentions += meeting.regions + meeting.sectors + [c.mention for c in meeting.cited]
    mentions += [m for m in (meeting.name_mention, meeting.date_mention) if m]
    text = meeting.doc.text
    return record, [evidence_sentence(text, m.span.start, m.span.end) for m in mentions]


@pytest.mark.parametrize("seed", SEED_FILES)
def test_every_form_gives_the_same_meeting(seed: str, tmp_path: Path, lexicon: Lexicon) -> None:
    (expected,) = meetings(SEEDS / seed, lexicon)
    want = result(expected, lexicon)
    paths = write_forms(seed_item(SEEDS / seed), tmp_path)
    for form in FORMS:
        (got,) = meetings(paths[form], lexicon)
        assert result(got, lexicon) == want, form


def test_the_forms_are_read_by_their_readers(tmp_path: Path) -> None:
    paths = write_forms(seed_item(SEEDS / SEED_FILES[0]), tmp_path)
    labels = {form: read_file(path).label for form, path in paths.items()}
    assert labels["page-gbk"] == "page; gb18030 (declared)"
    assert labels["text"] == "text"
    assert labels["feed"] == "feed"
    assert labels["warc"].startswith("warc; skipped 3 of 4 records: ")



@pytest.mark.parametrize("seed", SEED_FILES)
def test_a_big5_traditional_page_gives_the_same_meeting(seed: str, lexicon: Lexicon) -> None:
    (expected,) = meetings(SEEDS / seed, lexicon)
    (got,) = meetings(PAGES / f"seed-{seed[:3]}-big5.html", lexicon)
    assert result(got, lexicon)[0] == result(expected, lexicon)[0]
