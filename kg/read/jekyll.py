"""Jekyll posts: Cailianshe news (HTML + trailing markdown links) and Wind finance digests (markdown)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from kg.model import SourceItem
from kg.read import _frontmatter
from kg.read._base import Reader, at_beijing, chinese_date, make_item, parse_datetime, text_of
from kg.read.hexo import body_format

NAME = "jekyll"

# Site categories and tags that name the outlet.
_OUTLETS = {"cailianshe": "财联社", "财联社新闻": "财联社", "财联社": "财联社", "wind": "Wind"}
# Wind digests carry no `date`: "## 08-01 06:30 Wind" under a title with 2024年8月1日.
_WIND_TIME = re.compile(r"^(?:## )?\d{1,2}-\d{1,2} (\d{1,2}):(\d{2}) Wind\b", re.M)


def sniff(text: str) -> bool:
    keys = _frontmatter.keys(text)
    return "layout" in keys and "title" in keys


def read(path: Path, text: str) -> list[SourceItem]:
    front, body = _frontmatter.split(text)
    title = text_of(front.get("title"))
    labels = [*_as_list(front.get("categories")), *_as_list(front.get("tags"))]
    published = _published(front.get("date"), title, body)
    pairs = (("outlet", _outlet(labels)), ("categories", _as_list(front.get("categories"))),
             ("tags", _as_list(front.get("tags"))), ("layout", front.get("layout")), ("digest", title))
    briefs = _briefs(body) if _outlet(labels) == "Wind" else []
    if len(briefs) >= 2:  # a digest: each numbered brief is an item of its own
        return [make_item(path, NAME, title=brief_title, body=brief, body_format="markdown", published=published,
                          index=n, pairs=pairs) for n, (brief_title, brief) in enumerate(briefs)]
    return [make_item(path, NAME, title=title, body=body, body_format=body_format(body), published=published,
                      pairs=pairs)]


# "1、**headline**, text" or "3**、text": a numbered brief of a digest.
_BRIEF = re.compile(r"^\s*\d{1,2}\s*(?:\*\*)?\s*[、.．]\s*(?P<text>\S.*)$")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_HEADLINE_END = re.compile(r"[。；！？]")


def _briefs(body: str) -> list[tuple[str, str]]:
    """(title, text) of each numbered brief; the title is its bold lead, else its first sentence."""
    found = []
    for line in body.splitlines():
        match = _BRIEF.match(line)
        if not match:
            continue
        text = match.group("text").strip()
        bold = _BOLD.search(text)
        lead = bold.group(1) if bold and bold.start() < 4 else text.replace("**", "")
        lead = _HEADLINE_END.split(lead, 1)[0]
        title = re.sub(r"\s+", " ", lead.replace("**", "")).strip(" ，,：:")[:80]
        found.append((title, text))
    return found


def _published(date: object, title: str, body: str) -> dt.datetime | None:
    if date is not None:
        return parse_datetime(date)
    match = _WIND_TIME.search(body)
    hour, minute = (int(match[1]), int(match[2])) if match else (0, 0)
    return at_beijing(chinese_date(title), hour, minute)


def _outlet(labels: list[str]) -> str:
    return next((_OUTLETS[label] for label in labels if label in _OUTLETS), "")


def _as_list(value: object) -> list[str]:
    if isinstance(value, str):
        return value.split()  # Jekyll allows space-separated categories
    if isinstance(value, list):
        return [text_of(v) for v in value if text_of(v)]
    return [text_of(value)] if text_of(value) else []


READER = Reader(NAME, "text", sniff, read)
