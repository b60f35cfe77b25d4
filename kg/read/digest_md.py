"""Daily news digests in Markdown: `# 财联社快讯归档 2026-07-17`, one `## HH:MM:SS｜title` per item."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from kg.model import SourceItem
from kg.read._base import Reader, Unreadable, at_beijing, make_item, sections

NAME = "digest-md"

_H1 = re.compile(r"# (\S+?)(?:快讯|资讯|新闻)归档[ \t]+(\d{4})-(\d{2})-(\d{2})[ \t]*$", re.M)
_ITEM = re.compile(r"## (?<=^## )(.*)$", re.M)  # literal first: the engine skips to each "## " (see cctv_md)
_TIMED = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?\s*[｜|]\s*(.*)")
_FIELD = re.compile(r"- ([\w-]+):[ \t]*(.*)")
_COUNT = re.compile(r"- item_count:(?<=^- item_count:)\s*(\d+)", re.M)


def sniff(text: str) -> bool:
    return _H1.match(text) is not None


def read(path: Path, text: str) -> list[SourceItem]:
    h1 = _H1.match(text)
    assert h1 is not None  # sniff() matched
    day = _date(h1[2], h1[3], h1[4])
    parts = sections(_ITEM, text)
    if not parts:
        count = _COUNT.search(text)
        raise Unreadable(f"no items (item_count: {count[1]})" if count else "no items: no '## ' sections")
    return [_item(path, i, head[1], body, day, h1[1]) for i, (head, body) in enumerate(parts)]


def _item(path: Path, index: int, head: str, section: str, day: dt.date | None, outlet: str) -> SourceItem:
    timed = _TIMED.fullmatch(head.strip())
    title = timed[4] if timed else head.strip()
    stamp = at_beijing(day, *(int(g or 0) for g in timed.groups()[:3])) if timed else at_beijing(day)
    fields, body = _fields(section)
    return make_item(
        path, NAME, index=index, title=title.strip(), body=body, body_format="markdown",
        published=stamp or at_beijing(day),
        pairs=(("outlet", outlet), *fields),
    )


def _fields(section: str) -> tuple[list[tuple[str, str]], str]:
    """The `- key: value` lines that open an item, and the text after them."""
    lines = section.strip("\n").split("\n")
    fields = []
    for n, line in enumerate(lines):
        match = _FIELD.fullmatch(line.strip())
        if not match:
            if line.strip():
                return fields, "\n".join(lines[n:]).strip()
            continue
        fields.append((match[1], match[2].strip().strip("`")))
    return fields, ""


def _date(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


READER = Reader(NAME, "text", sniff, read)
