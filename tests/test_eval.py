"""`kg eval`: exact on the seed gold; on the dev gold (../shared) the project's targets."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.cmd_eval import TARGETS
from kg.evaluate import evaluate, format_table
from kg.lexicon import load
from tests.conftest import GOLD_SEEDS, SEEDS, shared_path
from tests.test_cli import kg

F1_FIELDS = ("chairs", "speakers", "officials_present", "provinces_spoke", "provinces_present", "regions")


def test_seed_gold_is_exact() -> None:
    ours, base = evaluate(GOLD_SEEDS, [SEEDS], load())
    for name in F1_FIELDS:
        assert ours[name].prf() == (1.0, 1.0, 1.0), (name, ours[name].misses)
    for name in ("date", "name", "format", "organizer", "provinces_claimed_count", "sectors", "measures_count",
                 "detection"):
        assert ours[name].accuracy() == 1.0, (name, ours[name].misses)
    # the baseline is scored in the same run, and is worse
    assert base["provinces_spoke"].prf()[2] < ours["provinces_spoke"].prf()[2]


@pytest.mark.slow
def test_dev_gold_meets_the_targets() -> None:
    gold = shared_path("gold", "dev.json")
    corpus = shared_path("corpus", "meetings")
    ours, _ = evaluate(gold, [corpus], load())
    report = format_table(ours, _)
    for name, target in TARGETS.items():
        value = ours[name].prf()[2] if name in F1_FIELDS else ours[name].accuracy()
        assert value >= target, f"{name}: {value:.3f} < {target}\n{report}"


def test_eval_cli_prints_the_table_with_the_baseline(tmp_path: Path) -> None:
    done = kg("eval", "--gold", str(GOLD_SEEDS), str(SEEDS), "--check")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "baseline (jieba only)" in done.stdout and "detection recall" in done.stdout
    assert "targets: all met" in done.stdout
