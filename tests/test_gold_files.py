"""The MIIT gold files (tests/gold/miit-*.json) stay well formed: every page annotated in one shape,
values in the vocabulary the scorer uses, halves of a collection disjoint, and no page text."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from kg.lexicon import load

GOLD = Path(__file__).parent / "gold"
FILES = sorted(GOLD.glob("miit-*.json"))
PAGE = {"url", "outlet", "published", "script", "kind", "meetings", "notes"}
MEETING = {"date", "name", "format", "organizer", "chairs", "speakers", "officials_present", "provinces_spoke",
           "provinces_claimed_count", "provinces_present", "regions", "measures_count", "sectors", "cited"}
FORMATS = {"in-person", "teleconference", "video", None}


def _articles(path: Path) -> dict[str, dict]:
    return json.loads(path.read_text(encoding="utf-8"))["articles"]


def _day(value: str | None) -> None:
    if value is not None:
        dt.date.fromisoformat(value)


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_page_is_annotated_in_one_shape(path: Path) -> None:
    provinces = {p.short_zh for p in load().provinces}
    for name, page in _articles(path).items():
        assert set(page) == PAGE, name
        assert page["script"] in ("simplified", "traditional") and page["url"].startswith("http"), name
        assert len(page["notes"]) < 1500, name  # judgement calls, not the page's text
        _day(page["published"])
        for meeting in page["meetings"]:
            assert set(meeting) == MEETING, name
            _day(meeting["date"])
            assert meeting["format"] in FORMATS, name
            present = meeting["provinces_present"]
            named = [*meeting["provinces_spoke"], *(present if isinstance(present, list) else [])]
            assert present == "all" or isinstance(present, list), name
            assert set(named) <= provinces, (name, set(named) - provinces)


def test_no_page_is_in_two_files() -> None:
    """A page developed on is never scored as held out (nor twice as held out)."""
    seen: dict[str, str] = {}
    for path in FILES:
        for url in {page["url"] for page in _articles(path).values()}:
            assert url not in seen, (url, seen.get(url), path.name)
            seen[url] = path.name
