"""Every field of the seed gold (tests/gold_seeds.json, a copy of ../shared/gold/seeds.json),
checked field by field on the real pipeline (read -> clean -> extract)."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from kg.clean import to_document
from kg.extract import extract
from kg.lexicon import load
from kg.model import Meeting
from kg.read import read_file
from kg.records import meeting_record
from tests.conftest import GOLD_SEEDS, SEEDS

GOLD = json.loads(GOLD_SEEDS.read_text(encoding="utf-8"))["articles"]
LIST_FIELDS = ("chairs", "speakers", "officials_present", "provinces_spoke", "regions")
VALUE_FIELDS = ("date", "name", "format", "organizer", "provinces_claimed_count")
ALL_UNITS = 32  # 31 mainland provincial units + the Corps


def _record(file: str) -> dict:
    outcome = read_file(SEEDS / file)
    result = extract(to_document(outcome.items[0], outcome.sha256), load())
    assert isinstance(result, Meeting), f"{file}: {result.reason}"
    return meeting_record(result, load())


RECORDS = {file: _record(file) for file in GOLD}
CASES = [(f, field) for f in GOLD for field in (*LIST_FIELDS, *VALUE_FIELDS, "provinces_present", "sectors",
                                                  "measures_count", "cited")]


@pytest.mark.parametrize(("file", "field"), CASES, ids=[f"{f[:3]}-{field}" for f, field in CASES])
def test_seed_field(file: str, field: str) -> None:
    want = GOLD[file]["meetings"][0][field]
    got = RECORDS[file]
    if field in LIST_FIELDS:
        assert sorted(got[field]) == sorted(want)
    elif field in VALUE_FIELDS:
        assert got[field] == want
    elif field == "provinces_present":
        if want == "all":
            assert got["provinces_all_present"] and len(got["provinces_present"]) == ALL_UNITS
        else:
            assert sorted(got[field]) == sorted(want)
    elif field == "sectors":
        assert set(want) <= set(got["sectors"]), f"missing {set(want) - set(got['sectors'])}"
    elif field == "measures_count":
        if want is not None:
            assert len(got["measures"]) == want
    elif field == "cited":
        assert sorted((c["name"], c["date"]) for c in got["cited"]) == sorted((c["name"], c["date"]) for c in want)


def test_province_recurrence_across_seeds(seed_gold: dict) -> None:
    spoke = Counter(p for r in RECORDS.values() for p in r["provinces_spoke"])
    assert dict(spoke) == seed_gold["province_recurrence_spoke"]


def test_claimed_count_mismatch_is_a_warning() -> None:
    for record in RECORDS.values():
        claimed = record["provinces_claimed_count"]
        mismatch = claimed is not None and claimed != len(record["provinces_spoke"])
        assert mismatch == any("province count mismatch" in w for w in record["warnings"])
