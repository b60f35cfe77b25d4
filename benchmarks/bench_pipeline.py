"""Throughput of the whole extraction path (read + clean + extract) per article,
against the floor (read + libyaml + selectolax + rjieba.tag: parsing and tagging
with the fastest libraries, nothing else) and the naive path with the card's
libraries used as-is (BeautifulSoup to text, yaml.safe_load, jieba.posseg over
the whole text), all measured in the same run, interleaved.  Target (issue 11):
ours <= 2x the floor.

    python benchmarks/bench_pipeline.py [INPUT ...]      (default: seeds/ and ../shared/corpus/meetings)
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.baseline import _tagger  # noqa: E402  (jieba with a private dictionary)
from kg.clean import to_document  # noqa: E402
from kg.extract import extract_all  # noqa: E402
from kg.read import discover, read_file  # noqa: E402


def ours(paths: list[Path]) -> int:
    n = 0
    for path in paths:
        outcome = read_file(path)
        for item in outcome.items:
            extract_all(to_document(item, outcome.sha256))
            n += 1
    return n


def bodies_of(raw: str, load_yaml) -> list[str]:  # noqa: ANN001
    import json

    if raw.lstrip().startswith("---"):
        _, front, body = raw.lstrip().split("---", 2)
        load_yaml(front)
        return [body]
    if raw.lstrip().startswith("{"):
        try:
            data = json.loads(raw)
        except ValueError:
            return []
        videos = data.get("videoList") or []
        return [((v.get("video_detail") or {}).get("content") or "") for v in videos] or [data.get("content", "")]
    return raw.split("\n### ")


def floor(paths: list[Path]) -> int:
    """The least any extraction must do: read, parse (libyaml, json, selectolax), tag (rjieba)."""
    import rjieba
    import yaml
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    n = 0
    for path in paths:
        raw = path.read_bytes().decode("utf-8", errors="replace")
        for body in bodies_of(raw, lambda text: yaml.load(text, Loader=yaml.CSafeLoader)):
            rjieba.tag(HTMLParser(body).text(separator="\n"))
            n += 1
    return n


def naive(paths: list[Path]) -> int:
    import json

    import yaml
    from bs4 import BeautifulSoup

    n = 0
    tagger = _tagger()
    for path in paths:
        raw = path.read_text(encoding="utf-8", errors="replace")
        bodies: list[str] = []
        if raw.lstrip().startswith("---"):
            _, front, body = raw.lstrip().split("---", 2)
            yaml.safe_load(front)
            bodies = [body]
        elif raw.lstrip().startswith("{"):
            try:
                data = json.loads(raw)
            except ValueError:
                continue
            videos = data.get("videoList") or []
            bodies = [((v.get("video_detail") or {}).get("content") or "") for v in videos] or [data.get("content", "")]
        else:
            bodies = raw.split("\n### ")
        for body in bodies:
            text = BeautifulSoup(body, "html.parser").get_text("\n")
            list(tagger.cut(text))
            n += 1
    return n


def timed(func, paths: list[Path], repeat: int) -> tuple[float, int]:
    runs = []
    count = 0
    for _ in range(repeat):
        started = time.perf_counter()
        count = func(paths)
        runs.append(time.perf_counter() - started)
    return statistics.median(runs), count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("inputs", nargs="*")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    inputs = args.inputs or [str(ROOT / "seeds")] + [p for p in [str(ROOT.parent / "shared/corpus/meetings")]
                                                        if Path(p).exists()]
    _tagger().initialize()  # dictionary loading is not per-article work
    import rjieba

    rjieba.tag("预热")  # nor is rjieba's
    for source in inputs:
        paths = [s.path for s in discover([source]) if not s.problem]
        ours_runs, floor_runs = [], []
        for _ in range(args.repeat):  # interleaved: load on the machine hits both alike
            ours_runs.append(timed(ours, paths, 1))
            floor_runs.append(timed(floor, paths, 1))
        ours_s, n = statistics.median(r[0] for r in ours_runs), ours_runs[0][1]
        floor_s, f = statistics.median(r[0] for r in floor_runs), floor_runs[0][1]
        naive_s, m = timed(naive, paths, max(1, args.repeat // 3))
        per = ours_s / n
        print(f"{Path(source).name}: {n} articles")
        print(f"  ours  read+clean+extract   {per * 1000:8.3f} ms/article  {n / ours_s:9.0f} articles/s")
        print(f"  floor read+parse+tag       {floor_s / f * 1000:8.3f} ms/article  (libyaml, selectolax, rjieba.tag)")
        print(f"  naive bs4+yaml+posseg      {naive_s / m * 1000:8.3f} ms/article  {m / naive_s:9.0f} articles/s")
        print(f"  ours / floor               {per / (floor_s / f):8.2f}x   (target <= 2x)")
        print(f"  naive / ours               {naive_s / m / per:8.1f}x")


if __name__ == "__main__":
    main()
