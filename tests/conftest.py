"""Shared test fixtures.  ../shared (corpus, gold) is optional: tests that need it skip."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = ROOT / "seeds"
GOLD_SEEDS = Path(__file__).parent / "gold_seeds.json"


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"../shared/{'/'.join(parts)} is not available")
    return path


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    return json.loads(GOLD_SEEDS.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def lexicon():
    from kg.lexicon import load

    return load()
