"""Meeting dates, resolved against the publication date (never the clock)."""

from __future__ import annotations

import datetime as dt
import re

from kg.model import Document, Mention, Span

_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
DATE_RE = re.compile(
    r"(?:(?P<y>\d{4})年)?(?:(?P<m>\d{1,2})月)?(?P<d>\d{1,2})日(?![电讯])(?!消息)"
    r"|(?P<rel>今天|今日|昨天|昨日|前天)(?![下中])"
)
VAGUE_RE = re.compile(r"日前|近日|近期|前不久")


def resolve(match: re.Match[str], published: dt.date) -> dt.date | None:
    """A date expression -> a date on or before the publication date."""
    rel = match.group("rel")
    if rel:
        back = {"今天": 0, "今日": 0, "昨天": 1, "昨日": 1, "前天": 2}[rel]
        return published - dt.timedelta(days=back)
    day = int(match.group("d"))
    month = int(match.group("m")) if match.group("m") else None
    year = int(match.group("y")) if match.group("y") else None
    try:
        if year and month:
            explicit = dt.date(year, month, day)
            return explicit if explicit <= published else None  # a future date: an announcement
        if month:
            candidate = dt.date(published.year, month, day)
            # 12月30日 in an item published on 1 January is last year's.
            return candidate if candidate <= published else dt.date(published.year - 1, month, day)
        candidate = dt.date(published.year, published.month, day)
        if candidate <= published:
            return candidate
        previous = published.replace(day=1) - dt.timedelta(days=1)
        return dt.date(previous.year, previous.month, day)
    except ValueError:  # 2月30日, a typo: no date rather than a wrong one
        return None


def first_date(doc: Document, span: Span, rule: str) -> tuple[dt.date | None, Mention | None]:
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
        date = resolve(match, published)
        if date is not None:
            start, end = span.start + match.start(), span.start + match.end()
            mention = Mention(date.isoformat(), Span(start, end, doc.text[start:end]), rule, doc.id)
            return date, mention
    return None, None
