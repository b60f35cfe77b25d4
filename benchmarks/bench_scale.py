"""Time and peak memory of whole builds of 1, 3 and 10 copies of a corpus.

    python benchmarks/bench_scale.py [--corpus ../shared/corpus/bulk] [--copies 1 3 10] [--workers N]

Copies are hard links in sub-folders of a temporary folder (no disk cost, and
never inside the project).  Peak memory is the largest sum of the resident
sizes of the build and its worker processes, sampled every 0.1 s from /proc.
Targets (issue 11): peak at x10 <= 1.3 x peak at x1; time linear (the seconds
per 1,000 documents stay the same).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def tree_rss_kb(pid: int) -> int:
    """Memory of a process and all its descendants, in kB: the sum of their
    proportional set sizes (pages shared by forked workers counted once)."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/smaps_rollup", encoding="ascii") as status:
                total += next((int(line.split()[1]) for line in status if line.startswith("Pss:")), 0)
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children", encoding="ascii") as children:
                    stack += [int(c) for c in children.read().split()]
        except (OSError, ValueError):
            continue
    return total


def copies(corpus: Path, n: int, into: Path) -> Path:
    root = into / f"x{n}"
    for i in range(n):
        for path in corpus.rglob("*"):
            target = root / f"copy{i}" / path.relative_to(corpus)
            if path.is_dir():
                target.mkdir(parents=True, exist_ok=True)
            elif path.is_file():
                target.parent.mkdir(parents=True, exist_ok=True)
                os.link(path, target)
    return root


def measure(inputs: Path, out: Path, extra: list[str]) -> tuple[float, int, str]:
    argv = [sys.executable, "-m", "kg", "-q", "build", str(inputs), "-o", str(out), "--no-cache", *extra]
    started = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, tree_rss_kb(proc.pid))
        time.sleep(0.1)
    stdout, stderr = proc.communicate()
    if proc.returncode != 0:
        raise SystemExit(f"build failed: {stderr}")
    return time.perf_counter() - started, peak, stdout.splitlines()[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "bulk")
    parser.add_argument("--copies", type=int, nargs="+", default=[1, 3, 10])
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("build_args", nargs="*", help="more kg build options, after --")
    args = parser.parse_args()
    extra = [*args.build_args, *(["--workers", str(args.workers)] if args.workers else [])]
    rows = []
    with tempfile.TemporaryDirectory(prefix="kg-scale-") as tmp:
        for n in args.copies:
            inputs = copies(args.corpus, n, Path(tmp))
            seconds, peak, summary = measure(inputs, Path(tmp) / f"out{n}", extra)
            documents = int(summary.split(" document(s)")[0].split()[-1])
            rows.append((n, documents, seconds, peak))
            print(f"x{n}: {summary}; {seconds:.1f} s, peak {peak / 1024:.0f} MB", flush=True)
    base_peak = rows[0][3]
    print(f"\n{'copies':>6} {'documents':>10} {'seconds':>8} {'ms/doc':>7} {'peak MB':>8} {'peak ratio':>10}")
    for n, documents, seconds, peak in rows:
        print(f"{'x' + str(n):>6} {documents:>10} {seconds:8.1f} {seconds / documents * 1000:7.2f} "
              f"{peak / 1024:8.0f} {peak / base_peak:10.2f}")
    if len(rows) > 1:
        (n0, d0, s0, _), (n1, d1, s1, _) = rows[0], rows[-1]
        print(f"slope x{n0}->x{n1}: {(s1 - s0) / (d1 - d0) * 1000:.2f} ms per extra document")


if __name__ == "__main__":
    main()
