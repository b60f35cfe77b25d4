"""Start-up time of the CLI against a bare Python start, measured interleaved in the same run.

    python benchmarks/bench_startup.py [--repeat 15]

Targets (issue 11): `kg --version`, `kg --help`, `kg query --list` <= 5x `python -c pass`;
`kg query NAME` on the seed store <= 10x.  The seed store is built once into a temporary folder.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGETS = {"--version": 5, "--help": 5, "query --list": 5, "query province-recurrence": 10,
           "query meetings-chaired-by": 10}


def run(argv: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(argv, cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "kg", "-q", "build", str(ROOT / "seeds"), "-o", tmp, "--no-html"],
                       check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
        commands = {name: [sys.executable, "-m", "kg", *name.split()] for name in TARGETS}
        for name in commands:
            if name.startswith("query ") and "--list" not in name:
                commands[name] += ["--store", str(Path(tmp) / "store")]
        bare = [sys.executable, "-c", "pass"]
        times: dict[str, list[float]] = {name: [] for name in ["python -c pass", *commands]}
        for _ in range(args.repeat):  # interleaved, so load on the machine hits every command alike
            times["python -c pass"].append(run(bare))
            for name, argv in commands.items():
                times[name].append(run(argv))
    base = statistics.median(times["python -c pass"])
    print(f"{'command':<32} {'median s':>9} {'ratio':>7} {'target':>7}")
    print(f"{'python -c pass':<32} {base:9.3f} {1:7.1f}")
    for name in commands:
        median = statistics.median(times[name])
        ratio = median / base
        verdict = "ok" if ratio <= TARGETS[name] else "MISSED"
        print(f"{'kg ' + name:<32} {median:9.3f} {ratio:7.1f} {TARGETS[name]:>6}x {verdict}")


if __name__ == "__main__":
    main()
