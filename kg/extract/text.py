"""Sentences and mentions over a Document's text (offsets preserved)."""

from __future__ import annotations

import re

from kg.model import Document, Mention, Span

# A sentence ends at 。！？； or a line break; a closing quote stays with it.
_SENTENCE = re.compile(r"[^。！？；\n]+(?:[。！？；]+[”’」』）)]*)?")
# Title clauses are separated by spaces: "…会议在京闭幕 赵乐际主持会议".
_TITLE_CLAUSE = re.compile(r"[^\s]+")


def sentences(doc: Document, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentences of doc.text[start:end] as spans into doc.text."""
    text = doc.text
    stop = len(text) if end is None else end
    return [Span(m.start(), m.end(), m.group()) for m in _SENTENCE.finditer(text, start, stop)
            if m.group().strip()]


def body_sentences(doc: Document) -> list[Span]:
    return sentences(doc, doc.body_start)


def title_clauses(doc: Document) -> list[Span]:
    """The title split at spaces; each clause is matched like a sentence."""
    end = len(doc.title)
    return [Span(m.start(), m.end(), m.group()) for m in _TITLE_CLAUSE.finditer(doc.text, 0, end)]


def mention(doc: Document, start: int, end: int, value: str, rule: str) -> Mention:
    return Mention(value, Span(start, end, doc.text[start:end]), rule, doc.id)


def sentence_around(text: str, span: Span) -> Span:
    """The sentence of `text` holding `span` (for evidence)."""
    left = max(text.rfind(c, 0, span.start) for c in "。！？；\n") + 1
    right_candidates = [i for c in "。！？；\n" if (i := text.find(c, span.end)) != -1]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    if right <= len(text) and text[right - 1 : right] == "\n":
        right -= 1
    return Span(left, right, text[left:right])

