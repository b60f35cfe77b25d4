"""Main text, title, date and outlet on 32 pages imitating real outlets' structures.

The figures are benchmarks/eval_pages.py's; this test keeps them from falling.  The one known
miss: a JCMS city page's info line (发布时间…打印本页) sits inside the article container and is kept.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.eval_pages import evaluate
from tests.page_corpus import pages

PAGES = list(pages())
KNOWN_LEAKS = {"city bureau (JCMS)": ["打印本页"]}


@pytest.mark.parametrize(("name", "data", "expect"), PAGES, ids=[p[0] for p in PAGES])
def test_outlet_page(name: str, data: bytes, expect: dict, tmp_path: Path) -> None:
    result = evaluate(name, data, expect, tmp_path)
    assert (result["title"], result["date"], result["outlet"]) == (True, True, True), result
    assert result["paragraphs"] == result["expected"]
    assert result["leaks"] == KNOWN_LEAKS.get(name, [])


def test_there_are_thirty_structures() -> None:
    assert len(PAGES) >= 30 and len({p[0] for p in PAGES}) == len(PAGES)
