"""What a re-run reuses: the page's layout by the shape of its graph, the page rendered in
a forked process, the cache keeping exactly what a build used; always the bytes of a cold build."""

from __future__ import annotations

import dataclasses
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kg.cache import Cache, Recorded, replay
from kg.entities import collect
from kg.forked import Forked
from kg.render import page_data
from kg.render.graph import build_graph
from kg.render.laidout import shape_key
from tests.conftest import ROOT, SEEDS
from tests.transaction_helpers import kg_build

DATA = ("kg.ttl", "meetings.jsonl", "report.md", "files.tsv", "graph.html", "build.json")


def test_the_layout_is_remembered_whole_and_gives_the_same_page(sample_seeds, sample_lex) -> None:
    memo: dict[str, bytes] = {}
    first = page_data(collect(sample_seeds, sample_lex), sample_lex, memo=memo)
    key = shape_key(build_graph(collect(sample_seeds, sample_lex), sample_lex))
    assert key in memo
    only_the_layout = {key: memo[key]}  # no force layout left: the page must come from the whole layout
    assert page_data(collect(sample_seeds, sample_lex), sample_lex, memo=only_the_layout) == first == page_data(collect(sample_seeds, sample_lex), sample_lex)
    assert list(only_the_layout) == [key]


def test_an_article_renamed_keeps_the_shape_a_new_link_does_not(sample_seeds, sample_lex) -> None:
    before = shape_key(build_graph(collect(sample_seeds, sample_lex), sample_lex))
    doc = sample_seeds[0].doc
    renamed = [dataclasses.replace(sample_seeds[0], doc=dataclasses.replace(doc, sha256="0" * 64),
                                   sources=[dataclasses.replace(d, sha256="0" * 64) if d.id == doc.id else d
                                            for d in sample_seeds[0].sources]), *sample_seeds[1:]]
    assert build_graph(collect(renamed, sample_lex), sample_lex).nodes != build_graph(collect(sample_seeds, sample_lex), sample_lex).nodes
    assert shape_key(build_graph(collect(renamed, sample_lex), sample_lex)) == before
    fewer = shape_key(build_graph(collect(sample_seeds[1:], sample_lex), sample_lex))
    assert fewer != before


def _in_child_only(parent: int) -> int:
    if os.getpid() == parent:
        return 1
    raise RuntimeError("fails in the child")


def test_forked_gives_the_child_s_value_or_runs_here_when_the_child_fails() -> None:
    assert Forked(os.getpid).result() != os.getpid()
    parent = os.getpid()
    assert Forked(lambda: _in_child_only(parent)).result() == 1


def test_a_recorded_copy_is_replayed_on_the_cache(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache")
    cache.layouts["old"], cache.layouts["kept"] = b"1", b"2"
    cache.close(prune=False)
    cache = Cache(tmp_path / "cache")
    copy = Recorded(cache.layouts)
    assert copy["kept"] == b"2"
    copy["new"] = b"3"
    replay(cache.layouts, copy.changes())
    cache.close(prune=True)
    rows = sqlite3.connect(tmp_path / "cache" / "cache.sqlite").execute("SELECT key FROM layouts").fetchall()
    assert sorted(key for key, in rows) == ["kept", "new"]


def _same(a: Path, b: Path) -> None:
    for name in DATA:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def _results(out: Path) -> int:
    return sqlite3.connect(out / ".kg-cache" / "cache.sqlite").execute("SELECT COUNT(*) FROM results").fetchone()[0]


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_rerun_extracts_only_the_changed_file_with_the_bytes_of_a_cold_build(tmp_path: Path, workers: str) -> None:
    work = tmp_path / "in"
    shutil.copytree(SEEDS, work)
    out = tmp_path / "out"
    files = sorted(work.iterdir())
    assert kg_build([str(work)], out, "--workers", workers).returncode == 0
    changed = files[len(files) // 2]
    changed.write_bytes(changed.read_bytes() + b"\n")
    again = kg_build([str(work)], out, "--workers", workers)
    assert again.returncode == 0, again.stderr
    assert f"{len(files) - 1} from the cache" in again.stdout, again.stdout
    assert _results(out) == len(files)  # the changed file's old result is gone
    cold = kg_build([str(work)], tmp_path / "cold", "--workers", workers, "--no-cache")
    assert cold.returncode == 0, cold.stderr
    _same(out, tmp_path / "cold")


def test_the_store_record_does_not_depend_on_the_process(tmp_path: Path) -> None:
    """Each named graph's digest (store/GRAPHS) is the same in any process: a re-run compares them
    to update only the graphs that changed, and Python's string hashing differs per process."""
    records = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        done = subprocess.run([sys.executable, "-m", "kg", "-q", "build", str(SEEDS), "-o", str(out), "--no-validate",
                               "--no-html", "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300,
                              env={**os.environ, "PYTHONHASHSEED": seed})
        assert done.returncode == 0, done.stderr
        records.append((out / "store" / "GRAPHS").read_text(encoding="utf-8"))
    assert records[0] == records[1]


def test_a_rerun_with_nothing_new_loads_neither_the_segmenter_nor_numpy(tmp_path: Path) -> None:
    out = tmp_path / "out"
    script = ("import sys; from kg.cli import main; code = main(['-q', 'build', sys.argv[1], '-o', sys.argv[2], "
              "'--no-validate', '--workers', '2']); "
              "print(sorted(m for m in ('numpy', 'rjieba') if m in sys.modules)); sys.exit(code)")
    runs = [subprocess.run([sys.executable, "-c", script, str(SEEDS), str(out)], cwd=ROOT, capture_output=True,
                           text=True, timeout=300) for _ in range(2)]
    assert [run.returncode for run in runs] == [0, 0], [run.stderr for run in runs]
    assert runs[1].stdout.splitlines()[-1] == "[]", runs[1].stdout


def test_a_forked_page_is_the_page_and_its_layouts_reach_the_cache(sample_seeds, sample_lex) -> None:
    from kg.outputs import _Page
    from kg.render import render_entities

    found, memo = collect(sample_seeds, sample_lex), {}
    page = _Page(found, sample_lex, memo, workers=2)
    assert page.forked is not None
    assert page.result() == render_entities(found, sample_lex)
    assert shape_key(build_graph(found, sample_lex)) in memo  # laid out in the child, kept here


def test_a_page_is_rendered_here_when_no_process_can_be_forked(sample_seeds, sample_lex, monkeypatch: pytest.MonkeyPatch) -> None:
    from kg import forked
    from kg.outputs import _Page
    from kg.render import render_entities

    def no_fork(method: str) -> None:
        raise ValueError(f"no {method} here")

    monkeypatch.setattr(forked.multiprocessing, "get_context", no_fork)
    found = collect(sample_seeds, sample_lex)
    page = _Page(found, sample_lex, None, workers=2)
    assert page.forked is None and page.result() == render_entities(found, sample_lex)
