"""The JSON Lines contract: one plain dict per meeting (output/meetings.jsonl)."""

from __future__ import annotations

import json
from collections.abc import Iterable

from kg.entities import meeting_iri, sector_concept
from kg.lexicon import Lexicon
from kg.model import CHAIR, OFFICIAL, PROVINCE_PRESENT, PROVINCE_SPOKE, SPEAKER, Document, Meeting


def _short(lexicon: Lexicon, province_id: str) -> str:
    return lexicon.province(province_id).short_zh


def _source(doc: Document) -> dict:
    return {
        "file": doc.file,
        "item": doc.item,
        "title": doc.title,
        "published": doc.published.isoformat() if doc.published else None,
        "outlet": doc.outlet,
        "url": doc.url,
        "original_source": doc.source_cited,
        "editor": doc.editor,
    }


def meeting_record(meeting: Meeting, lexicon: Lexicon) -> dict:
    """The contract's keys first; extra keys after them."""
    cities = [p.participant for p in meeting.participations if p.kind == "city"]
    return {
        "id": meeting_iri(meeting),
        "sources": [_source(d) for d in meeting.sources or [meeting.doc]],
        "date": meeting.date.isoformat() if meeting.date else None,
        "name": meeting.name,
        "format": meeting.format,
        "organizer": meeting.organizer,
        "chairs": meeting.people(CHAIR),
        "speakers": meeting.people(SPEAKER),
        "officials_present": meeting.people(OFFICIAL),
        "provinces_spoke": [_short(lexicon, p) for p in meeting.provinces(PROVINCE_SPOKE)],
        "provinces_present": [_short(lexicon, p) for p in meeting.provinces(PROVINCE_PRESENT)],
        "provinces_claimed_count": meeting.provinces_claimed_count,
        "regions": [m.value for m in meeting.regions],
        "sectors": [m.value for m in meeting.sectors],
        "measures": [m.text for m in meeting.measures],
        "cited": [{"date": c.date.isoformat() if c.date else None, "name": c.name} for c in meeting.cited],
        "warnings": list(meeting.warnings),
        "provinces_all_present": meeting.provinces_all_present,
        "cities_present": list(dict.fromkeys(cities)),
        "sector_concepts": list(dict.fromkeys(c for m in meeting.sectors if (c := sector_concept(m.value, lexicon)))),
        "titles": {p.participant: p.title for p in meeting.participations if p.kind == "person" and p.title},
    }


def dumps(records: Iterable[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in records)
