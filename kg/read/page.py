"""Saved web pages (.html, .htm, .shtml or HTML found by content): one article each.

The article's text, title, date, outlet and URL come from `_page.extract` (trafilatura and
htmldate); a page whose main text is empty (an index page, a login wall) is skipped with that
reason.
"""

from __future__ import annotations

import re
from pathlib import Path

from kg.model import SourceItem
from kg.read import _page
from kg.read._base import Reader, Unreadable, make_item

NAME = "page"
_HTML = re.compile(r"<(?:!doctype\s+html|html|head|body)[\s>]", re.I)
_SNIFF_WINDOW = 4096


def sniff(text: str) -> bool:
    return text.startswith("<") and _HTML.search(text[:_SNIFF_WINDOW]) is not None


def read(path: Path, text: str) -> list[SourceItem]:
    return [page_item(path, NAME, text)]


def page_item(path: Path, reader: str, html: str, *, url: str | None = None, index: int | None = None,
              title: str = "") -> SourceItem:
    """The article of `html` as an item; raises Unreadable when the page holds no article text."""
    page = _page.extract(html, url)
    if not page.text.strip():
        raise Unreadable("no article text: the page's main text is empty (an index, a login wall or a script page)")
    return make_item(path, reader, title=title or page.title, body=page.text, body_format="text",
                     published=page.published, index=index, pairs=(("outlet", page.outlet), ("url", page.url)))


READER = Reader(NAME, "text", sniff, read)
