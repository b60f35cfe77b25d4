"""Sentences and mentions over a Document's text (offsets preserved)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from kg.model import Document, Span

# A sentence ends at 。！？； or a line break; a closing quote stays with it.
_SENTENCE = re.compile(r"[^。！？；\n]+(?:[。！？；]+[”’」』）)]*)?")
# Title clauses are separated by spaces: "…会议在京闭幕 赵乐际主持会议".
_TITLE_CLAUSE = re.compile(r"[^\s]+")


def sentences(doc: Document, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentences of doc.text[start:end] as spans into doc.text."""
    return list(_sentences(doc.text, start, len(doc.text) if end is None else end))


@lru_cache(maxsize=64)  # the stages of one document ask for its sentences several times
def _sentences(text: str, start: int, stop: int) -> tuple[Span, ...]:
    return tuple(_each_sentence(text, start, stop))


def _each_sentence(text: str, start: int, stop: int) -> Iterator[Span]:
    return (Span(m.start(), m.end(), m.group()) for m in _SENTENCE.finditer(text, start, stop) if m.group().strip())


# Words that tell of a meeting or of what was said at one (a title, or a sentence beside a tour).
TELLS_MEETING = re.compile(r"会|召开|主持|举行|讲话|强调|指出|要求|表示|部署")


def body_sentences(doc: Document) -> list[Span]:
    return sentences(doc, doc.body_start)


def first_body_sentences(doc: Document) -> Iterator[Span]:
    """The body's sentences one by one (a lead is found in the first few: most items need no more)."""
    return _each_sentence(doc.text, doc.body_start, len(doc.text))


def title_clauses(doc: Document) -> list[Span]:
    """The title split at spaces; each clause is matched like a sentence."""
    end = len(doc.title)
    return [Span(m.start(), m.end(), m.group()) for m in _TITLE_CLAUSE.finditer(doc.text, 0, end)]



@dataclass(frozen=True, slots=True)
class Token:
    """A word of rjieba's segmentation with its part-of-speech tag and offsets in its sentence."""

    word: str
    tag: str
    start: int
    end: int


@lru_cache(maxsize=1024)
def tokens(text: str) -> tuple[Token, ...]:
    """rjieba's words of a sentence (cached: people and sectors read the same sentences)."""
    import rjieba  # jieba's dictionary and tagger, in Rust

    found, at = [], 0
    for word, tag in rjieba.tag(text):
        found.append(Token(word, tag, at, at + len(word)))
        at += len(word)
    return tuple(found)
