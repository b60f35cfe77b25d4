"""What main-text extraction gets right and wrong on 32 pages of different outlet structures.

    python benchmarks/eval_pages.py [--verbose]

The pages are tests/page_corpus.py: our own article sentences in chromes imitating real outlets
(gov sites, portals, financial media, repost sites, Big5 mirrors), in their encodings.  For each
page: is the title the headline, the date the publication day, the outlet named; how many body
paragraphs reach the document; which chrome snippets leak into it (before and after kg.clean).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.clean import to_document  # noqa: E402
from kg.read import read_file  # noqa: E402
from tests.page_corpus import pages  # noqa: E402


def evaluate(name: str, data: bytes, expect: dict, folder: Path) -> dict:
    path = folder / "page.html"
    path.write_bytes(data)
    out = read_file(path)
    if not out.items:
        return {"name": name, "read": out.skipped, "title": False, "date": False, "outlet": False,
                "paragraphs": 0, "expected": len(expect["body"]), "leaks": [], "raw_leaks": []}
    item = out.items[0]
    text = to_document(item, out.sha256).text
    meta = dict(item.meta)
    return {
        "name": name, "read": out.label,
        "title": item.title == expect["title"],
        "date": bool(item.published) and item.published.date() == expect["date"],
        "outlet": meta.get("outlet") == expect["outlet"],
        "paragraphs": sum(_plain(p) in _plain(text) for p in expect["body"]), "expected": len(expect["body"]),
        "leaks": [c for c in expect["chrome"] if c in text],
        "raw_leaks": [c for c in expect["chrome"] if c in item.body],
        "got_title": item.title, "got_outlet": meta.get("outlet"), "got_date": item.published,
    }


def _plain(text: str) -> str:
    return "".join(text.split())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--verbose", action="store_true", help="show what each wrong field was")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        rows = [evaluate(name, data, expect, Path(tmp)) for name, data, expect in pages()]
    print(f"{'outlet structure':36} title date outlet body  leaks (after clean / trafilatura only)")
    for r in rows:
        mark = {True: "ok", False: "NO"}
        leaks = ", ".join(r["leaks"]) or "-"
        raw = ", ".join(c for c in r["raw_leaks"] if c not in r["leaks"]) or "-"
        print(f"{r['name'][:36]:36} {mark[r['title']]:5} {mark[r['date']]:4} {mark[r['outlet']]:6} "
              f"{r['paragraphs']}/{r['expected']}   {leaks} / {raw}")
        if args.verbose and not (r["title"] and r["date"] and r["outlet"]):
            print(f"    got: {r.get('got_title')!r} {r.get('got_date')} {r.get('got_outlet')!r} [{r['read']}]")
    n = len(rows)
    body = sum(r["paragraphs"] for r in rows), sum(r["expected"] for r in rows)
    print(f"\n{n} pages: title {sum(r['title'] for r in rows)}/{n}, date {sum(r['date'] for r in rows)}/{n}, "
          f"outlet {sum(r['outlet'] for r in rows)}/{n}, body paragraphs {body[0]}/{body[1]}, "
          f"pages with chrome left after cleaning {sum(bool(r['leaks']) for r in rows)}/{n} "
          f"(by trafilatura alone {sum(bool(r['raw_leaks']) for r in rows)}/{n}) "
          f"[{(time.perf_counter() - started) / n * 1000:.0f} ms/page incl. first import]")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
