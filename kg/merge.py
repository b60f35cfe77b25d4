"""Merge reports of the same meeting into one Meeting with several sources.

Two records are the same meeting when they get the same meeting IRI
(organiser + date + kind, see kg.ids.meeting_iri).  Undated meetings are
keyed by their document, so they never merge.  The result does not depend on
the order of the input: records are ordered earliest report first (then by
document id) before anything is chosen.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from typing import TypeVar

from kg.entities import meeting_iri
from kg.model import CitedMeeting, Document, Measure, Meeting, Mention, Participation

T = TypeVar("T")


def merge_meetings(meetings: Sequence[Meeting]) -> list[Meeting]:
    """One Meeting per meeting IRI, sorted by IRI; idempotent."""
    groups: dict[str, list[Meeting]] = {}
    for meeting in meetings:
        groups.setdefault(meeting_iri(meeting), []).append(meeting)
    return merge_groups(groups)


def merge_groups(groups: Mapping[str, Sequence[Meeting]]) -> list[Meeting]:
    """The same, for reports already grouped by meeting IRI."""
    return [merge_group(groups[iri]) for iri in sorted(groups)]


def merge_group(reports: Sequence[Meeting]) -> Meeting:
    """The reports of one meeting (one IRI) as one Meeting."""
    return _merge(sorted(reports, key=lambda m: doc_key(m.doc)))


def doc_key(doc: Document) -> tuple[bool, float, str]:
    """Earliest publication first, undated last, then by id."""
    published = doc.published.timestamp() if doc.published else 0.0
    return doc.published is None, published, doc.id


def _merge(group: list[Meeting]) -> Meeting:
    group = [_with_doc_ids(m) for m in group]
    first = group[0]
    sources = _unique((d for m in group for d in m.sources or [m.doc]), key=lambda d: d.id)
    return Meeting(
        doc=first.doc,
        name=first.name,
        name_mention=first.name_mention,
        date=first.date,
        date_mention=first.date_mention,
        format=next((m.format for m in group if m.format), None),
        organizer=first.organizer,
        participations=_unique(_all(group, "participations"), key=lambda p: (p.kind, p.participant, p.role)),
        provinces_claimed_count=next((m.provinces_claimed_count for m in group
                                      if m.provinces_claimed_count is not None), None),
        provinces_all_present=any(m.provinces_all_present for m in group),
        regions=_unique(_all(group, "regions"), key=lambda r: r.value),
        sectors=_unique(_all(group, "sectors"), key=lambda s: s.value),
        # one report's list: copies of one broadcast (Markdown and JSON) would double every measure
        measures=next((m.measures for m in group if m.measures), []),
        cited=_unique(_all(group, "cited"), key=lambda c: (c.name, c.date)),
        warnings=_unique([*_all(group, "warnings"), *_disagreements(group)], key=lambda w: w),
        sources=sorted(sources, key=doc_key),
        end_date=next((m.end_date for m in group if m.end_date), None),
    )


def _all(group: list[Meeting], name: str) -> list:
    return [item for m in group for item in getattr(m, name)]


def _unique(items: Iterable[T], key: Callable[[T], Hashable]) -> list[T]:
    """First occurrence of each key, in order."""
    seen: dict[Hashable, T] = {}
    for item in items:
        seen.setdefault(key(item), item)
    return list(seen.values())


def _disagreements(group: list[Meeting]) -> list[str]:
    formats = sorted({m.format for m in group if m.format})
    return [f"sources disagree on format: {', '.join(formats)}"] if len(formats) > 1 else []


def _with_doc_ids(m: Meeting) -> Meeting:
    """Pin every mention to the report it came from, before reports are mixed."""
    def pin(mention: Mention) -> Mention:
        return mention if mention.doc_id else dataclasses.replace(mention, doc_id=m.doc.id)

    def pin_item(item: Participation | Measure | CitedMeeting):
        return dataclasses.replace(item, mention=pin(item.mention))

    return dataclasses.replace(
        m,
        name_mention=pin(m.name_mention) if m.name_mention else None,
        date_mention=pin(m.date_mention) if m.date_mention else None,
        participations=[pin_item(p) for p in m.participations],
        regions=[pin(r) for r in m.regions],
        sectors=[pin(s) for s in m.sectors],
        measures=[pin_item(x) for x in m.measures],
        cited=[pin_item(c) for c in m.cited],
        sources=list(m.sources),
    )

