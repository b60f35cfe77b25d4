"""A web page's article: main text, title, publication date, outlet and URL.

Main-text extraction is trafilatura's (nav bars, related links, comments, share widgets and
footers out), the date htmldate's through it (page metadata such as article:published_time,
pubdate and publishdate, then the dateline, then the URL).  Shared by the page, feed and WARC
readers.  trafilatura takes a second to import, so it is imported on the first page only.
"""

from __future__ import annotations

import datetime as dt
import html as html_lib
import re
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser

from kg.read._base import parse_datetime

# "Save as" leaves the address in a comment: browsers' "saved from url=(0053)…", SingleFile's "url: …".
_SAVED_FROM = re.compile(r"<!--\s*(?:saved from url=\(\d+\)|[^>]{0,200}?\burl:\s*)(https?://[^\s>]+)", re.I)
_SAVED_WINDOW = 4096
_HEAD_WINDOW = 20000
_TITLE = re.compile(r"<title[^>]*>([^<]{1,300})</title>", re.I)
_TITLE_SEPARATORS = re.compile(r"\s*[_|｜\-–—]\s*")
_SITE_MAX = 20
_GOV_META = frozenset({"sitename", "articletitle", "url"})


@dataclass(frozen=True, slots=True)
class Page:
    title: str
    text: str  # the article's paragraphs, one per line
    published: dt.datetime | None
    outlet: str
    url: str


def extract(html: str, url: str | None = None) -> Page:
    """The article of a page; `text` is empty when the page holds none.  `url` is where it came from."""
    url = url or _saved_from(html)
    doc = _bare_extraction(html, url)
    gov = _gov_meta(html)
    if doc is None:
        return Page(gov.get("articletitle", ""), "", None, gov.get("sitename", ""), url or gov.get("url", ""))
    page_url = doc.url or url or gov.get("url", "")
    return Page(
        title=_norm(gov.get("articletitle") or doc.title or ""),
        text=doc.text or "",
        published=parse_datetime(doc.date) if doc.date else None,
        outlet=(_norm(gov.get("sitename") or doc.sitename or "") or _title_site(html, doc.title or "")
                or _host(page_url)),
        url=page_url,
    )


def _gov_meta(html: str) -> dict[str, str]:
    """The meta tags China's government websites must carry (SiteName, ArticleTitle, Url...).

    trafilatura knows og: and Dublin Core names, not these; they name the ministry and the headline
    where a gov.cn page has no og: tags at all.
    """
    head = html[: html.find("</head>") + 7] if "</head>" in html[:_HEAD_WINDOW] else html[:_HEAD_WINDOW]
    found = {}
    for node in LexborHTMLParser(head).css("meta[name][content]"):
        name = (node.attributes.get("name") or "").lower()
        if name in _GOV_META and name not in found:
            found[name] = _norm(node.attributes.get("content") or "")
    return {k: v for k, v in found.items() if v}


def _bare_extraction(html: str, url: str | None) -> Any:
    trafilatura = _trafilatura()
    return trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=True,
        config=_config(), date_extraction_params={"original_date": True, "extensive_search": True},
    )


@cache
def _trafilatura() -> Any:
    import trafilatura

    return trafilatura


@cache
def _config() -> Any:
    from trafilatura.settings import use_config

    config = use_config()
    # Chinese packs ~3x the meaning of English per character: trafilatura's 250-character floor
    # would throw away a short news brief.
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "20")
    config.set("DEFAULT", "MIN_OUTPUT_SIZE", "20")
    return config


def _title_site(html: str, headline: str) -> str:
    """The site name a `<title>` adds after the headline ("标题_新浪财经_新浪网" -> "新浪财经")."""
    match = _TITLE.search(html[:_HEAD_WINDOW])
    if not match or not headline:
        return ""
    title = _norm(html_lib.unescape(match[1]))
    if not title.startswith(headline):
        return ""
    parts = [p.strip() for p in _TITLE_SEPARATORS.split(title[len(headline):]) if p.strip()]
    return parts[0] if parts and len(parts[0]) <= _SITE_MAX else ""


def _saved_from(html: str) -> str | None:
    match = _SAVED_FROM.search(html[:_SAVED_WINDOW])
    return match[1] if match else None


def _host(url: str) -> str:
    try:
        return urlsplit(url).hostname or ""
    except ValueError:
        return ""


def _norm(text: str) -> str:
    return " ".join(text.split())
