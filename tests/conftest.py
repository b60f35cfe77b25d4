"""Shared test fixtures.  ../shared (corpus, gold) is optional: tests that need it skip."""

from __future__ import annotations

import json
import signal
from pathlib import Path

import pytest

# A run started in the background (pytest &) inherits an ignored SIGINT, and every kg the tests start
# would ignore Ctrl-C too: a handled signal is reset to the default at exec, an ignored one is not.
if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

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


@pytest.fixture(scope="session")
def sample_lex():
    """The lexicon of the rendering tests: the seeds' entities (kg.render.sample)."""
    from kg.render.sample import sample_lexicon

    return sample_lexicon()


@pytest.fixture(scope="session")
def sample_seeds(sample_lex):
    from kg.render.sample import seed_meetings

    return seed_meetings(sample_lex)
