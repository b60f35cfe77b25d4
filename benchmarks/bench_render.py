"""Benchmark graph.html: build time, size, and time until interactive in Chromium.

    python benchmarks/bench_render.py                 # 100, 1,000, 10,000 meetings
    python benchmarks/bench_render.py --sizes 100 --no-browser

Meetings are synthetic copies of the five seed patterns
(`kg.render.sample.synthetic_meetings`).  "ready" is the page's own
`window.kgReadyAt`: milliseconds from navigation start to the first drawn
frame of the network (vis-network's first afterDrawing).  A baseline builds
the same graph with pyvis defaults (`Network.add_node`/`add_edge` +
`generate_html()`, physics on, no positions) in a child process, stopped
after --pyvis-limit seconds, and times its page in Chromium until its
stabilisation run is over (the loading bar fades: the page can be used,
though nodes still drift), stopped after --pyvis-browser-limit seconds.  The browser never reaches the
network: every request that is not file: or data: is aborted (pyvis pages
link Bootstrap from a CDN).  Results go to stdout and benchmarks/results/
(git-ignored).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kg.entities import collect
from kg.render import page_data, render_entities
from kg.render.kinds import KINDS
from kg.render.page import assemble
from kg.render.sample import sample_lexicon, synthetic_meetings

RESULTS = Path(__file__).parent / "results"
CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]
REDRAW = "(() => { const t = performance.now(); for (let i = 0; i < 3; i++) kgNetwork.redraw(); return (performance.now() - t) / 3; })()"
SEARCH = "(() => { const t = performance.now(); kgSearch('浙江'); return performance.now() - t; })()"
SHOW_ALL = """async () => {  // tick every kind in the legend, wait for the next frame
    const t = performance.now(), drawn = new Promise((r) => kgNetwork.once("afterDrawing", r));
    for (const box of document.querySelectorAll("#kinds input[data-kind]:not(:checked):not(:disabled)")) {
        box.checked = true;
        box.dispatchEvent(new Event("change"));
    }
    kgNetwork.redraw();
    await drawn;
    return performance.now() - t;
}"""


def build(count: int, threshold: int | None) -> tuple[dict, Path]:
    lex = sample_lexicon()
    meetings = synthetic_meetings(count, lex)
    started = time.perf_counter()
    found = collect(meetings, lex)
    collected = time.perf_counter()
    html = render_entities(found, lex, **({"threshold": threshold} if threshold else {}))
    done = time.perf_counter()
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"graph-{count}{'-full' if threshold else ''}.html"
    path.write_text(html, encoding="utf-8")
    row = {"meetings": count, "nodes": sum(found.counts().values()), "threshold": threshold,
           "mb": round(len(html.encode("utf-8")) / 1e6, 2), "collect_s": round(collected - started, 2),
           "build_s": round(done - started, 2)}
    return row, path


def offline(page, outside: list[str]) -> None:
    """Record and abort every request that would leave the machine."""
    def route(r):
        if r.request.url.startswith(("file:", "data:")):
            r.continue_()
        else:
            outside.append(r.request.url)
            r.abort()

    page.route("**/*", route)


def browse(rows: list[tuple[dict, Path]], limit: float) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw, tempfile.TemporaryDirectory() as profile:
        context = pw.chromium.launch_persistent_context(profile, executable_path=CHROMIUM, args=FLAGS, headless=True,
                                                        viewport={"width": 1400, "height": 860})
        for row, path in rows:
            page = context.new_page()
            outside: list[str] = []
            offline(page, outside)
            started = time.perf_counter()
            page.goto(path.as_uri(), timeout=300_000)
            page.wait_for_function("window.kgReady === true", timeout=300_000, polling=50)
            row["wall_s"] = round(time.perf_counter() - started, 2)
            row["ready_s"] = round(page.evaluate("kgReadyAt") / 1000, 2)
            counts = page.evaluate("kgCounts()")
            row["drawn_nodes"] = sum(counts["visible"].values())
            row["drawn_edges"] = page.evaluate("kgNetwork.body.edgeIndices.length")
            row["redraw_ms"] = round(page.evaluate(REDRAW))
            row["search_ms"] = round(page.evaluate(SEARCH))
            row["all_kinds_ms"] = round(page.evaluate(SHOW_ALL))
            row["all_kinds_nodes"] = sum(page.evaluate("kgCounts().visible").values())
            row["external_requests"] = len(outside)
            page.close()
            pyvis_settle(context, row, limit)
        context.close()


def pyvis_settle(context, row: dict, limit: float) -> None:
    """Seconds until the pyvis page of the same graph has settled, if it was built."""
    path = RESULTS / f"pyvis-{row['meetings']}.html"
    if not isinstance(row.get("pyvis_build_s"), float) or not path.exists():
        return
    page = context.new_page()
    offline(page, [])
    started = time.perf_counter()
    try:
        page.goto(path.as_uri(), wait_until="commit")  # its inline script blocks parsing for long
        page.wait_for_function("typeof network !== 'undefined' && (network.physics.stabilized"
                               " || document.getElementById('loadingBar').style.opacity === '0')",
                               timeout=max(limit - (time.perf_counter() - started), 1) * 1000, polling=200)
        row["pyvis_settle_s"] = round(time.perf_counter() - started, 1)
    except Exception:  # playwright's TimeoutError
        row["pyvis_settle_s"] = f"> {limit:.0f} (stopped)"
    page.close()


def pyvis_build(count: int) -> float:
    """Seconds pyvis takes to build the same graph (all nodes, as pyvis has no aggregation); writes the page."""
    from pyvis.network import Network

    lex = sample_lexicon()
    data = page_data(collect(synthetic_meetings(count, lex), lex), lex)
    started = time.perf_counter()
    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line")
    for i, node in enumerate(data["nodes"]):
        kind = KINDS[node["k"]]
        net.add_node(i, label=node["l"], color=kind.color, shape=kind.shape, title=node["i"])
    for edge in data["edges"]:
        net.add_edge(edge[0], edge[1], title=str(edge[2]), value=edge[3])
    html = net.generate_html()
    seconds = time.perf_counter() - started
    (RESULTS / f"pyvis-{count}.html").write_text(html, encoding="utf-8")
    return seconds


def pyvis_row(row: dict, limit: float) -> None:
    args = [sys.executable, __file__, "--pyvis-only", str(row["meetings"])]
    try:
        done = subprocess.run(args, capture_output=True, text=True, timeout=limit, check=True)
        row["pyvis_build_s"] = round(float(done.stdout.split()[-1]), 2)
        row["pyvis_ratio"] = round(row["pyvis_build_s"] / max(row["build_s"] - row["collect_s"], 1e-3), 1)
    except subprocess.TimeoutExpired:
        row["pyvis_build_s"] = f"> {limit:.0f} (stopped)"


def table(rows: list[dict]) -> str:
    keys = [k for k in ("meetings", "nodes", "threshold", "mb", "collect_s", "build_s", "pyvis_build_s",
                        "pyvis_ratio", "pyvis_settle_s", "drawn_nodes", "drawn_edges", "ready_s", "wall_s", "redraw_ms",
                        "search_ms", "all_kinds_ms", "all_kinds_nodes", "external_requests") if any(k in r for r in rows)]
    lines = ["| " + " | ".join(keys) + " |", "|" + "---|" * len(keys)]
    lines += ["| " + " | ".join(str(r.get(k, "")) for k in keys) + " |" for r in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", nargs="+", type=int, default=[100, 1000, 10000])
    parser.add_argument("--full", type=int, default=400, help="also: this many meetings with nothing collapsed (0: skip)")
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--pyvis-limit", type=float, default=60.0, help="seconds before the pyvis baseline is stopped")
    parser.add_argument("--pyvis-browser-limit", type=float, default=120.0,
                        help="seconds before the pyvis page is given up on")
    parser.add_argument("--pyvis-only", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.pyvis_only:
        print(f"{pyvis_build(args.pyvis_only):.3f}")
        return 0
    assemble({})  # warm the template and vis-network caches out of the timings
    built = [build(n, None) for n in args.sizes] + ([build(args.full, 5000)] if args.full else [])
    for row, _ in built:
        (RESULTS / f"pyvis-{row['meetings']}.html").unlink(missing_ok=True)
        pyvis_row(row, args.pyvis_limit)
        print(f"built {row['meetings']} meetings: {row['build_s']} s, pyvis {row['pyvis_build_s']} s", file=sys.stderr)
    if not args.no_browser and Path(CHROMIUM).exists():
        browse(built, args.pyvis_browser_limit)
    rows = [row for row, _ in built]
    report = table(rows)
    print(report)
    (RESULTS / "bench_render.md").write_text(report + "\n", encoding="utf-8")
    (RESULTS / "bench_render.json").write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
