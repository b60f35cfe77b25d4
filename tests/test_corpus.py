"""Robustness over the real archives in ../shared/corpus (slow; skipped when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import shared_path
from tests.test_cli import kg

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("folder", ["meetings", "bulk"])
def test_every_file_is_accounted_for(folder: str, tmp_path: Path) -> None:
    corpus = shared_path("corpus", folder)
    done = kg("build", str(corpus), "-o", str(tmp_path), "--no-html", "--no-store", "--no-validate", "-q")
    assert done.returncode == 0, done.stderr
    rows = (tmp_path / "files.tsv").read_text(encoding="utf-8").splitlines()[1:]
    files = sorted(p.name for p in corpus.rglob("*") if p.is_file() and not p.name.startswith("."))
    assert sorted(r.split("\t")[0] for r in rows) == files
    assert all(r.split("\t")[4] for r in rows), "every file has a reason"
    assert not [r for r in rows if "extraction error" in r or "reader failed" in r]
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert "document(s) read" in report and "meeting(s) after merging" in report
