"""The sentence around a mention, for its evidence.

Kept apart from kg.extract: the RDF and page writers need it, and importing
the extractors (their patterns compile at import) would cost a re-run whose
files all come from the cache."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

STOPS = "。！？；\n"
_STOP = re.compile(f"[{STOPS}]")


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
