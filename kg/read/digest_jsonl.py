"""JSON Lines digests: one news object per line (title, content and a time under a few usual keys)."""

from __future__ import annotations

from pathlib import Path

from kg.model import SourceItem
from kg.read._base import Reader, Unreadable, make_item, parse_datetime, text_of

NAME = "digest-jsonl"

# The first key present wins.
_TITLE = ("title", "name", "headline")
_BODY = ("content", "text", "summary", "digest", "brief", "body")
_TIME = ("ctime", "time", "published", "pubDate", "pub_date", "datetime", "date", "showTime")
_URL = ("url", "shareurl", "share_url", "link", "sourceUrl")
_OUTLET = ("source", "outlet", "media")


def sniff(objs: object) -> bool:
    return isinstance(objs, list) and any(map(_is_news, objs))


def read(path: Path, objs: list) -> list[SourceItem]:
    items = [_item(path, i, o) for i, o in enumerate(objs) if _is_news(o)]
    if not items:
        raise Unreadable("no items: JSON Lines without title or content")
    return items


def _item(path: Path, index: int, obj: dict) -> SourceItem:
    return make_item(
        path, NAME, index=index, title=_first(obj, _TITLE), body=_first(obj, _BODY), body_format="text",
        published=parse_datetime(_raw(obj, _TIME)),
        pairs=(("outlet", _first(obj, _OUTLET)), ("url", _first(obj, _URL)), ("id", obj.get("id"))),
    )


def _is_news(obj: object) -> bool:
    return isinstance(obj, dict) and bool(_first(obj, _TITLE + _BODY))


def _first(obj: dict, keys: tuple[str, ...]) -> str:
    return next((text_of(obj[k]) for k in keys if text_of(obj.get(k))), "")


def _raw(obj: dict, keys: tuple[str, ...]) -> object:
    return next((obj[k] for k in keys if obj.get(k) not in (None, "")), None)


READER = Reader(NAME, "lines", sniff, read)
