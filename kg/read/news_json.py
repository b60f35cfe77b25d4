"""Single-item JSON news files: `{"id", "date", "title", "content", "scrapedAt", "sourceUrl"}`."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from urllib.parse import urlsplit

from kg.model import SourceItem
from kg.read._base import Reader, make_item, parse_datetime, text_of

NAME = "news-json"
_STAMP = re.compile(r"\s*(\d{4}-\d{2}-\d{2} \d{1,2}:\d{2}(?::\d{2})?)\s*\n")

# Host -> outlet; govopendata mirrors the 新闻联播 transcripts.
_OUTLETS = {
    "cn.govopendata.com": "央视网",
    "www.gov.cn": "中国政府网",
    "www.news.cn": "新华网",
    "www.xinhuanet.com": "新华网",
    "www.ndrc.gov.cn": "国家发展改革委",
}


def sniff(obj: object) -> bool:
    return isinstance(obj, dict) and "title" in obj and "content" in obj and "videoList" not in obj


def read(path: Path, obj: dict) -> list[SourceItem]:
    url = text_of(obj.get("sourceUrl"))
    body = obj["content"] if isinstance(obj["content"], str) else ""
    return [make_item(
        path, NAME,
        title=text_of(obj.get("title")),
        body=body,
        body_format="text",
        published=_published(obj.get("date"), body),
        pairs=(("outlet", _outlet(url)), ("url", url), ("id", obj.get("id")),
               ("scraped_at", obj.get("scrapedAt"))),
    )]


def _published(date: object, body: str) -> dt.datetime | None:
    """The `date` (a day), made precise by a page's "2025-11-14 20:11" line of the same day."""
    day = parse_datetime(date)
    stamp = _STAMP.match(body)
    exact = parse_datetime(stamp[1]) if stamp else None
    return exact if day and exact and exact.date() == day.date() else day


def _outlet(url: str) -> str:
    try:
        return _OUTLETS.get(urlsplit(url).hostname or "", "")
    except ValueError:
        return ""


READER = Reader(NAME, "json", sniff, read)
