"""CCTV 新闻联播 daily JSON: `{"total", "videoList": [...]}`, one item per list entry."""

from __future__ import annotations

from pathlib import Path

from kg.model import SourceItem
from kg.read._base import Reader, Unreadable, make_item, parse_datetime, text_of

NAME = "cctv-json"
_PREFIX = "[视频]"


def sniff(obj: object) -> bool:
    return isinstance(obj, dict) and isinstance(obj.get("videoList"), list)


def read(path: Path, obj: dict) -> list[SourceItem]:
    entries = obj["videoList"]
    items = [_item(path, i, e) for i, e in enumerate(entries) if isinstance(e, dict)]
    if not items:
        raise Unreadable("no items: empty videoList" if not entries else "no items: no objects in videoList")
    return items


def _item(path: Path, index: int, entry: dict) -> SourceItem:
    detail = entry.get("video_detail")
    detail = detail if isinstance(detail, dict) else {}  # missing, null or an error stub
    title = text_of(entry.get("video_title")) or text_of(detail.get("title"))
    return make_item(
        path, NAME, index=index,
        title=title.removeprefix(_PREFIX).strip(),
        body=_content(detail.get("content")),
        body_format="html",
        published=parse_datetime(entry.get("pub_date") or detail.get("pubtime")),  # naive = Beijing
        pairs=(("outlet", "央视网"), ("source", detail.get("source")),  # older items say CNTV
               ("url", text_of(detail.get("url")) or text_of(entry.get("video_url"))),
               ("video_id", entry.get("video_id")), ("tags", entry.get("video_tag"))),
    )


def _content(value: object) -> str:
    text = value if isinstance(value, str) else ""
    return "" if text.strip() == "undefined" else text  # the API's placeholder for no text


READER = Reader(NAME, "json", sniff, read)
