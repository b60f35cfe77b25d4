"""Build Documents from literal text for extractor tests."""

from __future__ import annotations

import datetime as dt

from kg.clean import to_document
from kg.model import BEIJING, Document, Meeting, NotMeeting, SourceItem


def make_doc(title: str, *paragraphs: str, published: str = "2022-05-27 19:00") -> Document:
    when = dt.datetime.strptime(published, "%Y-%m-%d %H:%M").replace(tzinfo=BEIJING)
    item = SourceItem(path="t.txt", file="t.txt", index=None, item=None, title=title, published=when,
                      body="\n".join(paragraphs), body_format="text", reader="test")
    return to_document(item)


def meeting_of(title: str, *paragraphs: str, published: str) -> Meeting:
    """The meeting the text reports (the test fails with the reason if none)."""
    from kg.extract import extract

    result = extract(make_doc(title, *paragraphs, published=published))
    assert isinstance(result, Meeting), getattr(result, "reason", result)
    return result


def rejected(title: str, *paragraphs: str, published: str) -> NotMeeting:
    """Why the text reports no meeting (the test fails if it does)."""
    from kg.extract import extract

    result = extract(make_doc(title, *paragraphs, published=published))
    assert isinstance(result, NotMeeting), f"taken for {getattr(result, 'name', result)!r}"
    return result
