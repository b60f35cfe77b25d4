"""Shared pieces of the readers: the reader record, date parsing, item building."""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.model import BEIJING, SourceItem

UTC = dt.UTC

_ISO = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?"
)
_CN_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


class Unreadable(Exception):
    """A file of a known format that holds nothing to read; the message is the one-line reason."""


class Items(list):
    """A reader's items with notes on what it left out (skipped entries or records), one line each."""

    def __init__(self, items: Iterable[SourceItem] = (), notes: Iterable[str] = ()) -> None:
        super().__init__(items)
        self.notes = tuple(notes)


@dataclass(frozen=True, slots=True)
class Reader:
    """A format: `sniff` looks at the content (a text head or a parsed JSON value), `read` yields items."""

    name: str
    kind: str  # "text": sniff(head: str), read(path, text) | "json": sniff(obj), read(path, obj)
    sniff: Callable[[Any], bool]
    read: Callable[[Path, Any], list[SourceItem]]


def parse_datetime(value: object, naive_tz: dt.tzinfo = BEIJING) -> dt.datetime | None:
    """Any date-like value -> aware Beijing datetime, or None.  Never raises.

    Naive values are taken to be in `naive_tz`; date-only values are midnight Beijing.
    """
    try:
        stamp = _to_datetime(value, naive_tz)
        return stamp.astimezone(BEIJING) if stamp else None
    except (ValueError, TypeError, OverflowError, OSError, IndexError):
        return None


def _to_datetime(value: object, naive_tz: dt.tzinfo) -> dt.datetime | None:
    if isinstance(value, str):  # the usual case, first
        return _parse_text(value, naive_tz)
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=naive_tz)
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day, tzinfo=BEIJING)
    if isinstance(value, int | float) and not isinstance(value, bool):  # Unix time, s or ms
        return dt.datetime.fromtimestamp(value / 1000 if value > 1e11 else value, UTC)
    return None


def _parse_text(value: str, naive_tz: dt.tzinfo) -> dt.datetime | None:
    text = value.strip()
    if text[:1].isalpha():  # RFC 2822: "Fri, 18 Mar 2022 11:10:53 GMT"
        stamp = email.utils.parsedate_to_datetime(text)
        return stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)  # "-0000" means UTC
    return _parse_iso(text, naive_tz)


def _parse_iso(text: str, naive_tz: dt.tzinfo) -> dt.datetime | None:
    match = _ISO.fullmatch(text)
    if not match:
        return None
    y, mo, d, h, mi, s, zone = match.groups()
    if h is None:  # a bare date means that day in Beijing, whatever naive_tz says
        return dt.datetime(int(y), int(mo), int(d), tzinfo=BEIJING)
    tz = naive_tz if zone is None else _zone(zone)
    return dt.datetime(int(y), int(mo), int(d), int(h), int(mi), int(s or 0), tzinfo=tz)


def _zone(text: str) -> dt.tzinfo:
    if text == "Z":
        return UTC
    digits = text[1:].replace(":", "")
    offset = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    return dt.timezone(-offset if text[0] == "-" else offset)


def sections(heading: re.Pattern[str], text: str) -> list[tuple[re.Match[str], str]]:
    """Each heading match with the text up to the next heading."""
    heads = list(heading.finditer(text))
    if not heads:
        return []
    ends = [m.start() for m in heads[1:]] + [len(text)]
    return [(m, text[m.end() : end]) for m, end in zip(heads, ends, strict=True)]


def chinese_date(text: str) -> dt.date | None:
    """The first `2024年8月1日` in `text`."""
    match = _CN_DATE.search(text)
    if not match:
        return None
    try:
        return dt.date(*map(int, match.groups()))
    except ValueError:
        return None


def at_beijing(day: dt.date | None, hour: int = 0, minute: int = 0, second: int = 0) -> dt.datetime | None:
    if day is None:
        return None
    try:
        return dt.datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=BEIJING)
    except ValueError:
        return None


def text_of(value: object) -> str:
    """A scalar from parsed data as a stripped string ('' for None, lists, dicts)."""
    if type(value) is str:  # the usual case, first
        return value.strip()
    if value is None or isinstance(value, dict | list):
        return ""
    return str(value).strip()


def meta(pairs: Iterable[tuple[str, object]]) -> tuple[tuple[str, str], ...]:
    """Metadata pairs, dropping empty values."""
    out = []
    for key, value in pairs:
        text = ", ".join(map(text_of, value)) if isinstance(value, list) else text_of(value)
        if text:
            out.append((key, text))
    return tuple(out)


def make_item(path: Path, reader: str, *, title: str, body: str, body_format: str,
              published: dt.datetime | None, index: int | None = None,
              pairs: Iterable[tuple[str, object]] = ()) -> SourceItem:
    return SourceItem(
        path=str(path), file=path.name, index=index, item=title if index is not None else None,
        title=title, published=published, body=body, body_format=body_format,
        reader=reader, meta=meta(pairs),
    )
