"""CCTV 新闻联播 daily Markdown: `# 《新闻联播》 (20220927)`, a summary, then one `### title` per item."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from kg.model import SourceItem
from kg.plainline import cut_trailing_lines
from kg.read._base import Reader, Unreadable, at_beijing, make_item, sections

NAME = "cctv-md"

_H1 = re.compile(r"# 《新闻联播》\s*[（(]\s*(\d{4})(\d{2})(\d{2})\s*[）)]")
# The summary ends with the broadcast time: "（《新闻联播》 20240328 19:00）".
_AIRED = re.compile(r"[（(]《新闻联播》\s*\d{8}\s+(\d{1,2}):(\d{2})\s*[）)]")
# Line-start patterns open with their literal and check the line start in a lookbehind: the regex
# engine then skips from one occurrence of the literal to the next instead of trying every position.
_SECTION = re.compile(r"### (?<=^### )(.*)$", re.M)
_H2 = re.compile(r"## (?<=^## )", re.M)
_ORIGINAL = re.compile(r"\[查看原文\](?<=^\[查看原文\])\((\S*?)\)\s*$", re.M)
_TRAILER = re.compile(r"-{3,}|\(更新时间戳[:：]\s*\d*\)")  # closing lines of the last item


def sniff(text: str) -> bool:
    return text.startswith("# 《新闻联播》")


def read(path: Path, text: str) -> list[SourceItem]:
    published = _published(text)
    parts = sections(_SECTION, text)
    if not parts:
        raise Unreadable("no items: no '### ' sections")
    return [_item(path, i, head[1], body, published) for i, (head, body) in enumerate(parts)]


def _item(path: Path, index: int, title: str, section: str, published: dt.datetime | None) -> SourceItem:
    h2 = _H2.search(section)  # a later "## " heading closes the item
    body = section[: h2.start()] if h2 else section
    url, body = _original(body)
    body = _strip_trailer(body)
    return make_item(
        path, NAME, index=index, title=title.strip(),
        body="" if body == "undefined" else body,  # the scraper's placeholder for no text
        body_format="html", published=published,
        pairs=(("outlet", "央视网"), ("url", url)),
    )


def _original(body: str) -> tuple[str, str]:
    """The address of the first "[查看原文](…)" line, and the body without such lines.

    The regexes start at the line of the first "[查看原文]" (found by str.find, which is much faster):
    no match can start before it, and cut at a line start the slice reads as the whole body does.
    """
    at = body.find("[查看原文]")
    if at < 0:
        return "", body
    line = body.rfind("\n", 0, at) + 1
    url = _ORIGINAL.search(body, line)
    if url is None:
        return "", body
    return url[1], body[:line] + _ORIGINAL.sub("", body[line:])


def _strip_trailer(body: str) -> str:
    """The body without its last lines while they are blank or closing lines."""
    return cut_trailing_lines(body, _TRAILER)[0].strip()


def _published(text: str) -> dt.datetime | None:
    h1 = _H1.match(text)
    if not h1:
        return None
    try:
        day = dt.date(int(h1[1]), int(h1[2]), int(h1[3]))
    except ValueError:
        return None
    aired = _AIRED.search(text)
    stamp = at_beijing(day, *map(int, aired.groups())) if aired else None
    return stamp or at_beijing(day, 19)


READER = Reader(NAME, "text", sniff, read)
