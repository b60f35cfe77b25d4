"""Plain-text clippings: the first line is the title, the date comes from a dateline in the text.

A clipping is what an analyst pastes from a page into a .txt file: a headline, perhaps a
"2022-03-18 19:10 来源：新浪财经" line, then the paragraphs.  File times are never used: a
clipping without a date in its text is read without one (and its account says so).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from kg.model import SourceItem
from kg.read._base import Reader, at_beijing, make_item

NAME = "text"

_TITLE_MAX = 80
_BODY_MIN = 20  # characters of text after the title: fewer is a note, not an article
_SENTENCE_END = ("。", "！", "？", "；", "，", "…")
_DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*(?:年\s*(?P<m1>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*日|[-/.](?P<m2>\d{1,2})[-/.](?P<d2>\d{1,2}))"
    r"(?:\s*(?P<h>\d{1,2})[:：](?P<mi>\d{2})(?:[:：](?P<s>\d{2}))?)?"
)
# A dateline: a short line with the date, perhaps the time, the source and the author, and no sentence.
_DATELINE_MAX = 60
_SOURCE = re.compile(r"来源\s*[：:]\s*([^\s|｜丨]{2,20})")


def sniff(text: str) -> bool:
    lines = text.split("\n", 2)
    if len(lines) < 2 or text[:1] in "<{[":
        return False
    title = lines[0].strip()
    body = "".join(lines[1:]).strip()
    return (len(title) <= _TITLE_MAX and any(ch.isalnum() for ch in title) and not title.endswith(_SENTENCE_END)
            and len(body) >= _BODY_MIN)


def read(path: Path, text: str) -> list[SourceItem]:
    title, _, rest = text.partition("\n")
    lines = rest.split("\n")
    published, outlet, dateline = _dateline(lines)
    if dateline is not None:
        del lines[dateline]
    if published is None:
        published = _first_date(rest)
    return [make_item(path, NAME, title=title.strip(), body="\n".join(lines).strip(), body_format="text",
                      published=published, pairs=(("outlet", outlet),))]


def _dateline(lines: list[str]) -> tuple[dt.datetime | None, str, int | None]:
    """The date, source and index of the first dateline among the first lines."""
    for index, line in enumerate(lines[:6]):
        line = line.strip()
        match = _DATE.search(line)
        if match and len(line) <= _DATELINE_MAX and "。" not in line and "，" not in line:
            source = _SOURCE.search(line)
            return _when(match), source[1] if source else "", index
    return None, "", None


def _first_date(text: str) -> dt.datetime | None:
    """A full date anywhere in the text (a lead's "2022年3月18日，…"), the first that is a real day."""
    for match in _DATE.finditer(text):
        when = _when(match)
        if when:
            return when
    return None


def _when(match: re.Match[str]) -> dt.datetime | None:
    try:
        day = dt.date(int(match["y"]), int(match["m1"] or match["m2"]), int(match["d1"] or match["d2"]))
    except ValueError:
        return None
    hour, minute, second = (int(match[k] or 0) for k in ("h", "mi", "s"))
    if hour > 23 or minute > 59 or second > 59:
        hour = minute = second = 0
    return at_beijing(day, hour, minute, second)


READER = Reader(NAME, "text", sniff, read)
