"""Build Documents from literal text for extractor tests."""

from __future__ import annotations

import datetime as dt

from kg.clean import to_document
from kg.model import BEIJING, Document, SourceItem


def make_doc(title: str, *paragraphs: str, published: str = "2022-05-27 19:00") -> Document:
    when = dt.datetime.strptime(published, "%Y-%m-%d %H:%M").replace(tzinfo=BEIJING)
    item = SourceItem(path="t.txt", file="t.txt", index=None, item=None, title=title, published=when,
                      body="\n".join(paragraphs), body_format="text", reader="test")
    return to_document(item)
