"""Hexo posts (Sina Finance mirror): YAML front matter with an RFC 2822 `date`, then HTML."""

from __future__ import annotations

from pathlib import Path

from kg.model import SourceItem
from kg.read import _frontmatter
from kg.read._base import Reader, make_item, parse_datetime, text_of

NAME = "hexo"


def sniff(text: str) -> bool:
    # Hexo and Jekyll share the front matter; Jekyll posts name their `layout`.
    keys = _frontmatter.keys(text)
    return "title" in keys and "layout" not in keys


def read(path: Path, text: str) -> list[SourceItem]:
    front, body = _frontmatter.split(text)
    categories = front.get("categories")
    categories = categories if isinstance(categories, list) else [categories]
    return [make_item(
        path, NAME,
        title=text_of(front.get("title")),
        body=body,
        body_format=body_format(body),
        published=parse_datetime(front.get("date")),
        pairs=(("outlet", outlet(front, categories)), ("author", front.get("author")), ("url", front.get("url")),
               ("categories", categories), ("tags", front.get("tags"))),
    )]


def outlet(front: dict, categories: list) -> str:
    author = text_of(front.get("author"))
    if author:
        return author
    return "新浪财经" if "新浪财经" in map(text_of, categories) else ""


def body_format(body: str) -> str:
    return "html" if body.lstrip().startswith("<") else "markdown"


READER = Reader(NAME, "text", sniff, read)
