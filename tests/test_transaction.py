"""A build is one transaction (kg.transaction): killed, terminated, interrupted
or out of disk at any point, the output folder holds the previous build whole
or the new one whole; one writer at a time; nothing stale left behind."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.transaction_helpers import FULL, SMALL, build_points, kg_build, leftovers, whole_build


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Build ids of A and B from clean runs, and the fault points of a build."""
    tmp = tmp_path_factory.mktemp("reference")
    ids = {}
    for name, inputs in (("A", SMALL), ("B", FULL)):
        done = kg_build(inputs, tmp / name)
        assert done.returncode == 0, done.stderr
        ids[name] = whole_build(tmp / name)
    assert ids["A"] != ids["B"]
    points = build_points(tmp)
    assert {"write:kg.ttl", "write:graph.html", "store:bulk-loaded", "commit:before-swap"} <= set(points)
    return {"ids": ids, "points": points, "A": tmp / "A"}


@pytest.fixture
def previous(tmp_path: Path, reference: dict) -> Callable[[str], Path]:
    """A copy of build A in a fresh folder."""
    def copy(name: str = "case") -> Path:
        out = tmp_path / name.replace(":", "_") / "out"
        shutil.copytree(reference["A"], out, symlinks=True)
        return out
    return copy


def test_kill_9_at_every_point_leaves_one_whole_build(previous: Callable[[str], Path], reference: dict) -> None:
    tried = []
    for point in reference["points"]:
        out = previous(point)
        done = kg_build(FULL, out, fault=f"{point}:kill")
        assert done.returncode == -signal.SIGKILL, (point, done.stderr)
        assert whole_build(out) in (reference["ids"]["A"], reference["ids"]["B"]), point
        tried.append(out)
    print(f"kill -9 tried at {len(tried)} points")
    assert len(tried) >= 12
    for out in tried[-4:]:  # the next build cleans up what a killed one left, and completes
        again = kg_build(FULL, out)
        assert again.returncode == 0, again.stderr
        assert whole_build(out) == reference["ids"]["B"] and not leftovers(out)


SIGNALS = [("term", 143), ("int", 130), ("enospc", 1)]


def stop_at(previous: Callable[[str], Path], reference: dict, point: str, action: str, code: int) -> None:
    out = previous(point)
    done = kg_build(FULL, out, fault=f"{point}:{action}")
    assert done.returncode == code, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr, done.stderr
    assert "keeps the previous build" in done.stderr
    assert whole_build(out) == reference["ids"]["A"] and not leftovers(out)


@pytest.mark.parametrize(("point", "action", "code"), [("write:kg.ttl", "term", 143), ("store:bulk-loaded", "int", 130),
                                                       ("commit:before-swap", "enospc", 1)])
def test_signals_and_full_disk_keep_the_previous_build(previous, reference: dict, point: str, action: str,
                                                        code: int) -> None:
    stop_at(previous, reference, point, action, code)


@pytest.mark.slow
@pytest.mark.parametrize(("action", "code"), SIGNALS)
def test_every_signal_at_every_point(previous, reference: dict, action: str, code: int) -> None:
    points = [p for p in reference["points"] if not p.startswith(("commit:after", "done"))]
    for point in points:
        stop_at(previous, reference, point, action, code)


def test_a_second_build_stops_naming_the_holder(previous, reference: dict) -> None:
    out = previous()
    env = {**os.environ, "KG_FAULT": "start:pause"}
    first = subprocess.Popen([sys.executable, "-m", "kg", "-q", "build", *FULL, "-o", str(out), "--no-validate"],
                             env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(200):  # until it holds the lock
            if (out / ".kg-lock").is_file() and (out / ".kg-lock").read_text().strip() == str(first.pid):
                break
            time.sleep(0.1)
        second = kg_build(FULL, out)
        assert second.returncode == 1
        assert second.stderr.strip() == (f"kg build: {out} is in use by another kg build (pid {first.pid}): "
                                         "wait for it to finish, or give another -o")
    finally:
        first.send_signal(signal.SIGTERM)
        assert first.wait(timeout=30) == 143
    assert whole_build(out) == reference["ids"]["A"]


def test_stale_lock_and_leftovers_are_taken_over(previous, reference: dict) -> None:
    out = previous()
    (out / ".kg-lock").write_text("999999\n")  # a dead build's
    (out.parent / f".{out.name}.kg-new-999999").mkdir()
    (out.parent / f".{out.name}.kg-new-999999" / "kg.ttl").write_text("half")
    (out / ".kg.ttl.x1y2z3").write_text("half")  # what older versions left
    (out / ".store.new-4242").mkdir()
    done = kg_build(FULL, out)
    assert done.returncode == 0, done.stderr
    assert whole_build(out) == reference["ids"]["B"] and not leftovers(out)


def test_outputs_not_written_are_removed_and_the_users_files_kept(previous, reference: dict) -> None:
    out = previous()
    (out / "notes.txt").write_text("mine")
    (out / "exports").mkdir()
    (out / "exports" / "kg.nt").write_text("exported")
    done = kg_build(FULL, out, "--no-store", "--no-html")
    assert done.returncode == 0, done.stderr
    whole_build(out)
    assert not (out / "store").exists() and not (out / "graph.html").exists()
    assert (out / "notes.txt").read_text() == "mine" and (out / "exports" / "kg.nt").read_text() == "exported"
    query = subprocess.run([sys.executable, "-m", "kg", "query", "resource-counts", "--store", str(out / "store")],
                           capture_output=True, text=True, timeout=60)
    assert query.returncode == 1 and "no store" in query.stderr and len(query.stderr.splitlines()) == 1


def test_an_existing_file_as_output_is_one_line(tmp_path: Path) -> None:
    target = tmp_path / "file"
    target.write_text("x")
    done = kg_build(SMALL, target)
    assert done.returncode == 1 and len(done.stderr.splitlines()) == 1 and "Traceback" not in done.stderr
    assert target.read_text() == "x"


@pytest.fixture
def tmpfs(tmp_path: Path):
    """A small tmpfs mounted for the test (needs root with mount rights; skips otherwise)."""
    mount = tmp_path / "mnt"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1200k", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_full_disk_keeps_the_previous_build(tmpfs: Path, reference: dict) -> None:
    out = tmpfs / "out"
    assert kg_build(SMALL, out, "--no-store").returncode == 0
    first = whole_build(out)
    done = kg_build(FULL, out)  # the store and a second page do not fit in 1.2 MB
    assert done.returncode == 1, done.stderr
    assert "No space left on device" in done.stderr and len(done.stderr.splitlines()) == 1, done.stderr
    assert whole_build(out) == first and not leftovers(out)


def test_a_read_only_folder_keeps_the_previous_build(tmpfs: Path, reference: dict) -> None:
    out = tmpfs / "out"
    assert kg_build(SMALL, out, "--no-store").returncode == 0
    first = whole_build(out)
    assert subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)]).returncode == 0
    done = kg_build(FULL, out)
    assert done.returncode == 1 and len(done.stderr.splitlines()) == 1, done.stderr
    assert "Read-only" in done.stderr or "not writable" in done.stderr, done.stderr  # checked before, or met
    assert whole_build(out) == first


@pytest.mark.slow
def test_kill_9_at_random_moments(previous, reference: dict) -> None:
    """Between the named points too (inside the store's bulk load, the page...)."""
    rng = random.Random(11)
    outcomes = []
    for n in range(12):
        out = previous(f"random{n}")
        build = subprocess.Popen([sys.executable, "-m", "kg", "-q", "build", *FULL, "-o", str(out), "--no-validate"],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.5, 8.0))
        build.send_signal(signal.SIGKILL)
        build.wait(timeout=60)
        outcomes.append(whole_build(out))
    assert set(outcomes) <= {reference["ids"]["A"], reference["ids"]["B"]}


def test_a_symlinked_output_folder_stays_a_link(previous, reference: dict) -> None:
    real = previous()
    link = real.parent / "link"
    link.symlink_to(real)
    done = kg_build(FULL, link)
    assert done.returncode == 0, done.stderr
    assert link.is_symlink() and whole_build(real) == reference["ids"]["B"] and not leftovers(real)
