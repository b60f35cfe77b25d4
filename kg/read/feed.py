"""News feeds: RSS 2.0, RSS 1.0 (RDF) and Atom files, one item per entry (feedparser).

Entry HTML is cleaned like a page (trafilatura); an entry too short for that (a summary of two
sentences) keeps its HTML for the cleaning stage.  A feed without entries is skipped.
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

from kg.model import SourceItem
from kg.read import _page
from kg.read._base import Items, Reader, Unreadable, make_item, parse_datetime, text_of

NAME = "feed"
# The root element, after the XML prolog, comments and a doctype.
_ROOT = re.compile(r"(?:<\?xml[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>]*>|\s)*<(rss|feed|rdf:RDF)[\s>]", re.S | re.I)


def sniff(text: str) -> bool:
    return text.startswith("<") and _ROOT.match(text[:4096]) is not None


def read(path: Path, text: str) -> list[SourceItem]:
    import feedparser

    # The text is decoded already: drop the prolog's encoding so feedparser does not decode it again.
    parsed = feedparser.parse(_without_declared_encoding(text), sanitize_html=False, resolve_relative_uris=False)
    if not parsed.entries:
        problem = f" ({_one_line(parsed.bozo_exception)})" if parsed.get("bozo") else ""
        raise Unreadable(f"no items: the feed has no entries{problem}")
    outlet = text_of(parsed.feed.get("title"))
    items, skipped = [], 0
    for index, entry in enumerate(parsed.entries):
        item = _entry_item(path, index, entry, outlet)
        if item is None:
            skipped += 1
        else:
            items.append(item)
    return Items(items, [f"{skipped} entr{'y' if skipped == 1 else 'ies'} without text skipped"] if skipped else [])


def _entry_item(path: Path, index: int, entry: Any, outlet: str) -> SourceItem | None:
    html = _entry_html(entry)
    title = text_of(entry.get("title"))
    if not html.strip():
        return None
    page = _page.extract(f"<html><body><article>{html}</article></body></html>", entry.get("link"))
    body, body_format = (page.text, "text") if page.text.strip() else (html, "html")
    return make_item(path, NAME, title=title, body=body, body_format=body_format, published=_published(entry),
                     index=index, pairs=(("outlet", outlet), ("url", entry.get("link")), ("id", entry.get("id"))))


def _entry_html(entry: Any) -> str:
    contents = entry.get("content") or []
    longest = max((text_of(c.get("value")) for c in contents), key=len, default="")
    return longest or text_of(entry.get("summary"))


def _published(entry: Any):
    for key in ("published", "dc_date", "updated", "created"):
        stamp = parse_datetime(entry.get(key))
        if stamp:
            return stamp
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            return parse_datetime(time.strftime("%Y-%m-%dT%H:%M:%SZ", parsed))
    return None


_DECLARED = re.compile(r"(<\?xml[^>]*?)\s+encoding=(['\"])[^'\"]*\2", re.I)


def _without_declared_encoding(text: str) -> str:
    return _DECLARED.sub(r"\1", text[:200], count=1) + text[200:]


def _one_line(exc: object) -> str:
    return " ".join(str(exc).split())[:120]


READER = Reader(NAME, "text", sniff, read)
