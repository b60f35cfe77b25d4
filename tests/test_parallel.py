"""Workers, the cache and a real Dask cluster give the same bytes as one process."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS
from tests.transaction_helpers import kg_build

DATA = ("kg.ttl", "meetings.jsonl", "report.md", "files.tsv")


def inputs(tmp_path: Path) -> Path:
    """Seeds, the merge fixture and bad files, in sub-folders: enough files for several workers."""
    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder / "seeds")
    shutil.copytree(ROOT / "tests" / "fixtures" / "merge", folder / "merge")
    (folder / "bad").mkdir()
    (folder / "bad" / "empty.txt").write_bytes(b"")
    (folder / "bad" / "binary.bin").write_bytes(bytes(range(256)))
    for n, seed in enumerate(sorted(SEEDS.iterdir())):  # the same articles again, under other names
        (folder / "copies").mkdir(exist_ok=True)
        (folder / "copies" / f"copy{n}.txt").write_bytes(seed.read_bytes())
    return folder


def same_data(a: Path, b: Path) -> None:
    for name in DATA:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


@pytest.fixture(scope="module")
def serial(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    tmp = tmp_path_factory.mktemp("serial")
    folder = inputs(tmp)
    done = kg_build([str(folder)], tmp / "out", "--workers", "1", "--no-cache", "--no-html")
    assert done.returncode == 0, done.stderr
    return folder, tmp / "out"


def test_workers_give_the_same_bytes(serial: tuple[Path, Path], tmp_path: Path) -> None:
    folder, reference = serial
    done = kg_build([str(folder)], tmp_path / "out", "--workers", "2", "--no-cache", "--no-html")
    assert done.returncode == 0, done.stderr
    same_data(reference, tmp_path / "out")


def test_cache_reruns_only_what_changed_with_the_same_bytes(serial: tuple[Path, Path], tmp_path: Path) -> None:
    folder, reference = serial
    work = tmp_path / "in"
    shutil.copytree(folder, work)
    out = tmp_path / "out"
    first = kg_build([str(work)], out, "--workers", "1", "--no-html")
    assert first.returncode == 0 and "from the cache" not in first.stdout
    second = kg_build([str(work)], out, "--workers", "1", "--no-html")
    files = len([p for p in work.rglob("*") if p.is_file()])
    assert f"{files} from the cache" in second.stdout, second.stdout
    changed = work / "bad" / "empty.txt"
    changed.write_bytes(b"now not empty")
    third = kg_build([str(work)], out, "--workers", "1", "--no-html")
    assert f"{files - 1} from the cache" in third.stdout, third.stdout
    cold = tmp_path / "cold"
    assert kg_build([str(work)], cold, "--no-cache", "--no-html").returncode == 0
    same_data(cold, out)


def test_a_changed_extractor_invalidates_the_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    from kg import cache

    before = cache.fingerprint()
    cache.fingerprint.cache_clear()
    monkeypatch.setattr(cache, "__version__", "changed")
    assert cache.fingerprint() != before
    cache.fingerprint.cache_clear()


def test_the_cache_keeps_slugs_so_a_rerun_needs_no_pinyin(tmp_path: Path) -> None:
    from kg import ids
    from kg.cache import Cache

    out = tmp_path / "out"
    script = ("import sys; from kg.cli import main; code = main(['-q', 'build', sys.argv[1], '-o', sys.argv[2], "
              "'--no-validate', '--workers', '1']); print('pypinyin' in sys.modules); sys.exit(code)")
    runs = [subprocess.run([sys.executable, "-c", script, str(SEEDS), str(out)], cwd=ROOT, capture_output=True,
                           text=True, timeout=300) for _ in range(2)]
    assert [run.stdout.splitlines()[-1] for run in runs] == ["True", "False"], [run.stderr for run in runs]
    cache = Cache(out / ".kg-cache")
    slugs = cache.slugs()
    cache.close(prune=False)
    assert "辛国斌" in slugs and all(ids._pinyin_slug(name) == made for name, made in slugs.items())


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def dask_cluster(tmp_path_factory: pytest.TempPathFactory):
    """A real `dask scheduler` and two `dask worker` processes on loopback."""
    pytest.importorskip("distributed", reason="pip install 'kg-meetings[dask]'")
    dask = shutil.which("dask", path=os.path.dirname(sys.executable)) or shutil.which("dask")
    if not dask:
        pytest.skip("the dask command is not installed")
    folder = tmp_path_factory.mktemp("dask")
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    logs = [open(folder / f"{name}.log", "wb") for name in ("scheduler", "worker1", "worker2")]  # noqa: SIM115
    procs = [subprocess.Popen([dask, "scheduler", "--host", "127.0.0.1", "--port", str(port),
                               "--dashboard-address", ":0", "--no-show"], stdout=logs[0], stderr=logs[0],
                              cwd=folder, start_new_session=True)]
    try:
        for n in (1, 2):
            procs.append(subprocess.Popen([dask, "worker", address, "--nworkers", "1", "--nthreads", "1",
                                           "--no-dashboard", "--local-directory", str(folder / f"w{n}")],
                                          stdout=logs[n], stderr=logs[n], cwd=folder, start_new_session=True))
        from distributed import Client

        with Client(address, timeout="60s") as client:
            client.wait_for_workers(2, timeout=120)
        yield address
    finally:
        for proc in reversed(procs):
            os.killpg(proc.pid, signal.SIGTERM)
        for proc in procs:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
        for log in logs:
            log.close()


def test_dask_cluster_gives_the_same_bytes(serial: tuple[Path, Path], dask_cluster: str, tmp_path: Path) -> None:
    folder, reference = serial
    started = time.perf_counter()
    done = kg_build([str(folder)], tmp_path / "out", "--scheduler", dask_cluster, "--no-cache", "--no-html")
    assert done.returncode == 0, done.stderr
    same_data(reference, tmp_path / "out")
    assert time.perf_counter() - started < 300
