"""Benchmark the reading stage (read_file + to_document) against a naive baseline.

    python benchmarks/bench_read.py [--repeat N] [--seeds-only] [--pages] [--warc-records N]

`--pages`: the seeds as saved GBK pages with site chrome (encoding, trafilatura main text,
htmldate date) against the same seeds through the front-matter path, per item, same run.
`--warc-records N`: reading a WARC of N records (the seed pages and the 32 outlet pages in turn,
with a request record for every response), per record.

Inputs: the five seeds, plus ../shared/corpus/meetings when present.  The
baseline parses the same inputs the way the card's libraries are used naively:
pure-Python `yaml.safe_load` for front matter and BeautifulSoup for every HTML
body.  Times are the best of N runs, per item (a news article).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from kg.clean import to_document  # noqa: E402
from kg.read import discover, read_file  # noqa: E402

MEETINGS = ROOT.parent / "shared" / "corpus" / "meetings"
_FRONT = re.compile(r"\s*---\n(.*?)\n---\n", re.S)
_SECTION = re.compile(r"^### ", re.M)


def files(folder: Path) -> list[Path]:
    return [source.path for source in discover([folder]) if not source.problem]


def fast(paths: list[Path]) -> int:
    count = 0
    for path in paths:
        out = read_file(path)
        for item in out.items:
            to_document(item, out.sha256)
            count += 1
    return count


def naive(paths: list[Path]) -> int:
    count = 0
    for path in paths:
        text = path.read_text(encoding="utf-8")
        front = _FRONT.match(text)
        if front:
            yaml.safe_load(front.group(1))
            count += _soup([text[front.end() :]])
        elif text.lstrip().startswith("{"):
            data = json.loads(text)
            entries = data.get("videoList") or [data]
            count += _soup([(e.get("video_detail") or {}).get("content") or e.get("content") or "" for e in entries])
        else:
            count += _soup(_SECTION.split(text)[1:])
    return count


def _soup(bodies: list[str]) -> int:
    """HTML -> non-empty stripped lines, per body; returns the number of bodies."""
    for body in bodies:
        lines = BeautifulSoup(body, "html.parser").get_text("\n").split("\n")
        _ = [line.strip() for line in lines if line.strip()]
    return len(bodies)


def best(run: Callable[[list[Path]], int], paths: list[Path], repeat: int) -> tuple[float, int]:
    times, count = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        count = run(paths)
        times.append(time.perf_counter() - start)
    return min(times), count


def report(label: str, paths: list[Path], repeat: int) -> None:
    fast_s, items = best(fast, paths, repeat)
    naive_s, _ = best(naive, paths, max(1, repeat // 3))
    print(f"{label}: {len(paths)} files, {items} items")
    for name, secs in (("kg.read+kg.clean", fast_s), ("naive bs4+yaml", naive_s)):
        print(f"  {name:18} {items / secs:9.0f} items/s  {secs / items * 1000:7.3f} ms/item")
    print(f"  speed-up: {naive_s / fast_s:.1f}x")


def pages_vs_front_matter(repeat: int) -> None:
    from tests.article_forms import page_gbk, seed_item

    seeds = discover([ROOT / "seeds"])
    with tempfile.TemporaryDirectory() as tmp:
        pages = []
        for seed in seeds:
            pages.append(Path(tmp) / f"{seed.stem}.html")
            pages[-1].write_bytes(page_gbk(seed_item(seed)))
        fast(pages)  # trafilatura's import and first-call set-up are not per item
        page_s, items = best(fast, pages, repeat)
        front_s, _ = best(fast, seeds, repeat)
    print(f"pages vs front matter: {items} seed articles")
    for name, secs in (("saved GBK page", page_s), ("front-matter post", front_s)):
        print(f"  {name:18} {secs / items * 1000:7.3f} ms/item")
    print(f"  page / front matter: {page_s / front_s:.1f}x")


def warc_records(count: int) -> None:
    from kg.fetch import warc_response
    from tests.article_forms import page_gbk, seed_item
    from tests.page_corpus import pages

    bodies = [(page_gbk(seed_item(s)), "GBK") for s in discover([ROOT / "seeds"])]
    bodies += [(data, "") for _, data, _ in pages()]
    request = b"WARC/1.1\r\nWARC-Type: request\r\nContent-Length: 18\r\n\r\nGET / HTTP/1.1\r\n\r\n\r\n\r\n"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "crawl.warc.gz"
        with path.open("wb") as fh:
            for n in range(count):
                body, charset = bodies[n % len(bodies)]
                kind = "text/html" + (f"; charset={charset}" if charset else "")
                record = warc_response(f"https://example.cn/{n}.html", 200, kind, body, "2022-06-01T00:00:00Z")
                fh.write(gzip.compress(request, 1) + gzip.compress(record, 1))
        fast([ROOT / "tests" / "fixtures" / "pages" / "seed-000-big5.html"])  # import trafilatura first
        start = time.perf_counter()
        out = read_file(path)
        secs = time.perf_counter() - start
    print(f"WARC: {count} response records (+{count} request records), gzip per record")
    print(f"  read_file: {len(out.items)} items in {secs:.1f} s, {secs / count * 1000:.2f} ms/record; notes: {out.notes}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=20, help="runs per measurement (best is kept)")
    parser.add_argument("--seeds-only", action="store_true", help="skip ../shared/corpus/meetings")
    parser.add_argument("--pages", action="store_true", help="saved pages against the front-matter path")
    parser.add_argument("--warc-records", type=int, default=0, metavar="N", help="read a WARC of N records")
    args = parser.parse_args(argv)
    if args.pages:
        pages_vs_front_matter(args.repeat)
    if args.warc_records:
        warc_records(args.warc_records)
    if args.pages or args.warc_records:
        return 0
    report("seeds", files(ROOT / "seeds"), args.repeat)
    if args.seeds_only:
        return 0
    if not MEETINGS.is_dir():
        print("../shared/corpus/meetings not available: corpus benchmark skipped")
        return 0
    report("corpus/meetings", files(MEETINGS), max(1, args.repeat // 10))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
