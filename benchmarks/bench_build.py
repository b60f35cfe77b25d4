"""Whole `kg build` runs on a corpus: workers, the cache, and cost per document
against the floor (read + libyaml + selectolax + rjieba.tag, benchmarks/bench_pipeline.py),
all in the same run.

    python benchmarks/bench_build.py [--corpus ../shared/corpus/meetings] [--workers 2]

Targets (issue 11): a default build <= 3x the floor per document; --workers 2 >= 1.7x
--workers 1; a re-run after one file changed <= 10 % of a cold build's time, with
byte-identical outputs.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_pipeline import floor  # noqa: E402

from kg.read import discover  # noqa: E402

DATA = ("kg.ttl", "meetings.jsonl", "report.md", "files.tsv", "graph.html", "build.json")


CPU: dict[str, float] = {}  # seconds of CPU (user + system) of each build, its worker processes included


def build(inputs: Path, out: Path, *extra: str, name: str = "") -> tuple[float, str]:
    """Wall seconds and the summary line; CPU[name] gets the CPU seconds, which
    other processes on a shared machine disturb much less than wall time."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "kg", "-q", "build", str(inputs), "-o", str(out), *extra],
                          cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU[name] = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return time.perf_counter() - started, done.stdout.splitlines()[0]


def same(a: Path, b: Path) -> bool:
    """The same bytes in every output file, and the same quads in the store."""
    from kg.store import dump

    quads = sorted(dump(a / "store").splitlines()) == sorted(dump(b / "store").splitlines())
    return quads and all((a / n).read_bytes() == (b / n).read_bytes() for n in DATA)


def linked_copy(corpus: Path, into: Path) -> Path:
    for path in corpus.rglob("*"):
        target = into / path.relative_to(corpus)
        if path.is_dir():
            target.mkdir(parents=True, exist_ok=True)
        elif path.is_file():
            target.parent.mkdir(parents=True, exist_ok=True)
            os.link(path, target)
    return into


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "meetings")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kg-build-") as tmp_name:
        tmp = Path(tmp_name)
        corpus = linked_copy(args.corpus, tmp / "corpus")
        paths = [source.path for source in discover([corpus])]
        started, cpu_started = time.perf_counter(), time.process_time()
        documents = floor(paths)
        floor_s, CPU["floor"] = time.perf_counter() - started, time.process_time() - cpu_started
        one_name, many_name = "build --workers 1 --no-cache", f"build --workers {args.workers} --no-cache"
        one, summary = build(corpus, tmp / "one", "--workers", "1", "--no-cache", name=one_name)
        many, _ = build(corpus, tmp / "many", "--workers", str(args.workers), "--no-cache", name=many_name)
        cold, _ = build(corpus, tmp / "cached", "--workers", str(args.workers), name="cold")
        changed = paths[len(paths) // 2]
        data = changed.read_bytes()
        changed.unlink()  # a hard link: write a changed copy, not the shared file
        changed.write_bytes(data + b"\n")
        warm, warm_summary = build(corpus, tmp / "cached", "--workers", str(args.workers), name="warm")
        fresh, _ = build(corpus, tmp / "fresh", "--workers", str(args.workers), "--no-cache", name="fresh")
        documents = int(summary.split(" document(s)")[0].split()[-1])  # as the build counts them
        print(f"corpus: {args.corpus} ({len(paths)} files, {documents} documents)")
        print(f"  cold build:     {summary}")
        print(f"  after a change: {warm_summary}")
        print(f"{'':34}{'seconds':>9}{'ms/doc':>9}{'ratio':>8}{'CPU s':>8}{'ratio':>7}  target")

        def row(name: str, seconds: float, baseline: float, cpu_baseline: float, target: str) -> None:
            print(f"{name:34}{seconds:9.1f}{seconds / documents * 1000:9.2f}{seconds / baseline:8.2f}"
                  f"{CPU[name]:8.1f}{CPU[name] / cpu_baseline:7.2f}  {target}")

        row("floor", floor_s, floor_s, CPU["floor"], "(read+parse+tag)")
        for name, seconds in ((one_name, one), (many_name, many)):
            row(name, seconds, floor_s, CPU["floor"], "<= 3x floor")
        print(f"{'speed-up, workers ' + str(args.workers) + ' vs 1':34}{'':18}{one / many:8.2f}  >= 1.7x")
        row("cold", cold, cold, CPU["cold"], "(with the cache)")
        row("warm", warm, cold, CPU["cold"], "<= 0.10 of cold (re-run, one file changed)")
        print(f"identical bytes: workers {same(tmp / 'one', tmp / 'many')}, "
              f"cached re-run vs cold {same(tmp / 'cached', tmp / 'fresh')}")


if __name__ == "__main__":
    main()
