"""Meeting dates, resolved against the publication date (never the clock).

A date expression may name a range (11月17日至18日, 27-28日, 11月30日至12月1日)
or a year relative to publication (今年3月4日, 明年, 去年); a meeting's date is
its first day and a range also gives its last.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from kg.model import Document, Mention, Span

_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_TO = r"(?:至|到|－|-|—|–|~|～)"
DATE_RE = re.compile(
    r"(?:(?P<y>\d{4}) ?年 ?|(?P<ry>今年|明年|去年|前年))?(?:(?P<m>\d{1,2}) ?月 ?)?(?P<d>\d{1,2}) ?"
    rf"(?:日(?:{_TO}(?:(?P<m2>\d{{1,2}})月)?(?P<d2>\d{{1,2}})日)?|{_TO}(?P<d3>\d{{1,2}})日)(?![电讯])(?!消息)"
    r"|(?P<rel>今天|今日|昨天|昨日|前天)(?![下中])"
)
VAGUE_RE = re.compile(r"日前|近日|近期|前不久|月初|月中|月底|上旬|中旬|下旬")
_RELATIVE_YEAR = {"今年": 0, "明年": 1, "去年": -1, "前年": -2}


@dataclass(frozen=True, slots=True)
class DateRange:
    start: dt.date
    end: dt.date | None  # the last day of a multi-day meeting


def resolve(match: re.Match[str], published: dt.date) -> dt.date | None:
    """A date expression -> its first day, on or before the publication date."""
    found = resolve_range(match, published)
    return found.start if found else None


def resolve_range(match: re.Match[str], published: dt.date) -> DateRange | None:
    """A date expression -> its first (and last) day; None for a future or impossible date."""
    rel = match.group("rel")
    if rel:
        back = {"今天": 0, "今日": 0, "昨天": 1, "昨日": 1, "前天": 2}[rel]
        return DateRange(published - dt.timedelta(days=back), None)
    day = int(match.group("d"))
    month = int(match.group("m")) if match.group("m") else None
    year = int(match.group("y")) if match.group("y") else None
    if match.group("ry"):
        year = published.year + _RELATIVE_YEAR[match.group("ry")]
    try:
        start = _start(year, month, day, published)
    except ValueError:  # 2月30日, a typo: no date rather than a wrong one
        return None
    if start is None:
        return None
    return DateRange(start, _end(match, start))


def _start(year: int | None, month: int | None, day: int, published: dt.date) -> dt.date | None:
    if year and month:
        explicit = dt.date(year, month, day)
        return explicit if explicit <= published else None  # a future date: an announcement
    if year:
        return None  # 2022年18日: not a date
    if month:
        candidate = dt.date(published.year, month, day)
        # 12月30日 in an item published on 1 January is last year's.
        return candidate if candidate <= published else dt.date(published.year - 1, month, day)
    candidate = dt.date(published.year, published.month, day)
    if candidate <= published:
        return candidate
    previous = published.replace(day=1) - dt.timedelta(days=1)
    return dt.date(previous.year, previous.month, day)


def _end(match: re.Match[str], start: dt.date) -> dt.date | None:
    last = match.group("d2") or match.group("d3")
    if not last:
        return None
    month = int(match.group("m2")) if match.group("m2") else start.month
    year = start.year + (month < start.month)
    try:
        end = dt.date(year, month, int(last))
    except ValueError:
        return None
    return end if start < end <= start + dt.timedelta(days=31) else None


def first_date(doc: Document, span: Span, rule: str
               ) -> tuple[DateRange | None, Mention | None]:
    """The first resolvable date expression of a sentence, unless a vague
    expression (日前, 近日) comes before it."""
    published = doc.published_date
    if published is None:
        return None, None
    text = span.text.translate(_DIGITS)
    vague = VAGUE_RE.search(text)
    for match in DATE_RE.finditer(text):
        if vague and vague.start() < match.start():
            return None, None
        found = resolve_range(match, published)
        if found is not None:
            start, end = span.start + match.start(), span.start + match.end()
            mention = Mention(found.start.isoformat(), Span(start, end, doc.text[start:end]), rule, doc.id)
            return found, mention
    return None, None
