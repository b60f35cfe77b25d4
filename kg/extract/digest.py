"""Digests (国内联播快讯, 要闻速览): each brief is judged on its own.

A digest alternates short headlines and the paragraphs that tell them; a brief
becomes a Document of its own (id ``file#item.N``, title = its headline, text = its
paragraphs as the article gives them), so a meeting in the third brief is found,
and nothing of the other briefs leaks into it.
"""

from __future__ import annotations

import dataclasses
import re

from kg.model import Document, Span

_DIGEST_TITLE = re.compile(r"快讯|要闻|速览|简讯|新闻摘编|新闻集锦|一周回顾|资讯汇总")
_FOREIGN_DIGEST = re.compile(r"国际|环球|世界|全球")
_HEADLINE_MAX = 50  # characters (中国电影家协会第十一次全国代表大会 中国美术家协会…选举产生新一届理事会和领导机构: 46)
_ENDS_SENTENCE = re.compile(r"[。！？；…：:]$")
_MIN_BRIEFS = 2


def briefs(doc: Document) -> list[Document]:
    """The briefs of a digest, or [] when `doc` is not one."""
    if not _DIGEST_TITLE.search(doc.title) or _FOREIGN_DIGEST.search(doc.title):
        return []  # 国际联播快讯: foreign news, not split (and not a report as a whole)
    paragraphs = list(doc.paragraphs)
    heads = [n for n, p in enumerate(paragraphs[:-1])
             if _is_headline(p.text) and not _is_headline(paragraphs[n + 1].text)]
    if len(heads) < _MIN_BRIEFS:
        return []
    ends = [*heads[1:], len(paragraphs)]
    return [_brief(doc, n, paragraphs[head], paragraphs[head + 1:end])
            for n, (head, end) in enumerate(zip(heads, ends, strict=True), 1)]


def _is_headline(text: str) -> bool:
    text = text.strip()
    return 0 < len(text) <= _HEADLINE_MAX and not _ENDS_SENTENCE.search(text)


def _brief(doc: Document, n: int, head: Span, body: list[Span]) -> Document:
    title = head.text.strip().lstrip("■●◆▲·•-—* ")
    text = title + "\n\n" + "\n".join(p.text for p in body)
    spans, at = [], len(title) + 2
    for p in body:
        spans.append(Span(at, at + len(p.text), p.text))
        at += len(p.text) + 1
    brief_id = f"{doc.id}.{n}" if "#" in doc.id else f"{doc.id}#{n}"  # file#3.2, or file#2
    return dataclasses.replace(doc, id=brief_id, item=title, title=title, text=text,
                               body_start=len(title) + 2, paragraphs=tuple(spans))
