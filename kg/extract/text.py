"""Sentences and mentions over a Document's text (offsets preserved)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from kg.model import Document, Span

# A sentence ends at 。！？； or a line break; a closing quote stays with it.
_SENTENCE = re.compile(r"[^。！？；\n]+(?:[。！？；]+[”’」』）)]*)?")
# Title clauses are separated by spaces: "…会议在京闭幕 赵乐际主持会议".
_TITLE_CLAUSE = re.compile(r"[^\s]+")
_STOPS = "。！？；\n"
_STOP = re.compile(f"[{_STOPS}]")


def sentences(doc: Document, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentences of doc.text[start:end] as spans into doc.text."""
    return list(_sentences(doc.text, start, len(doc.text) if end is None else end))


@lru_cache(maxsize=64)  # the stages of one document ask for its sentences several times
def _sentences(text: str, start: int, stop: int) -> tuple[Span, ...]:
    return tuple(Span(m.start(), m.end(), m.group()) for m in _SENTENCE.finditer(text, start, stop)
                 if m.group().strip())


def body_sentences(doc: Document) -> list[Span]:
    return sentences(doc, doc.body_start)


def title_clauses(doc: Document) -> list[Span]:
    """The title split at spaces; each clause is matched like a sentence."""
    end = len(doc.title)
    return [Span(m.start(), m.end(), m.group()) for m in _TITLE_CLAUSE.finditer(doc.text, 0, end)]



def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """[left, right) of the sentence(s) of `text` holding text[start:end] (for
    evidence): split on 。！？； and line breaks, the closing mark kept."""
    stops = _stop_positions(text)
    before = bisect.bisect_left(stops, start)
    left = stops[before - 1] + 1 if before else 0
    after = bisect.bisect_left(stops, max(end - 1, start))
    right = stops[after] if after < len(stops) else len(text)
    if right < len(text) and text[right] != "\n":
        right += 1  # keep the sentence's own punctuation
    return left, right


@lru_cache(maxsize=256)
def _stop_positions(text: str) -> list[int]:
    """Offsets of sentence ends, once per document (many mentions share one)."""
    return [m.start() for m in _STOP.finditer(text)]


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
