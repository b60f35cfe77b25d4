"""Make the README's pictures of the graph page.

    python scripts/screenshot.py [--docs docs/]

docs/recurrence.png: the real `kg build` of ../shared/corpus/meetings (the
CCTV archive; skipped with a message when ../shared is absent), its
graph.html opened in headless Chromium on the recurrence view it starts on.
docs/graph.png: the seed build's meetings graph with 浙江 searched, so the
details panel shows.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "meetings"
CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]
MAX_BYTES = 300_000


def build(source: Path, out: Path) -> Path:
    cmd = [sys.executable, "-m", "kg", "build", "-q", "--no-store", "--no-validate", "-o", str(out), str(source)]
    subprocess.run(cmd, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    return out / "graph.html"


def shoot(page_path: Path, png: Path, prepare) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw, tempfile.TemporaryDirectory() as profile:
        context = pw.chromium.launch_persistent_context(profile, executable_path=CHROMIUM, args=FLAGS, headless=True,
                                                        viewport={"width": 1200, "height": 800})
        page = context.new_page()
        page.goto(page_path.as_uri())
        page.wait_for_function("window.kgReady === true", timeout=60_000)
        prepare(page)
        page.screenshot(path=str(png))
        context.close()


def seed_graph(page) -> None:
    page.fill("#q", "浙江")
    page.press("#q", "Enter")
    page.evaluate("new Promise(r => { kgNetwork.once('afterDrawing', r); kgNetwork.fit({animation: false}); })")


def recurrence(page) -> None:
    cell = page.locator("#rec td.cell[title]").first  # a cell's meetings in the details panel
    cell.click()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=Path, default=ROOT / "docs")
    args = parser.parse_args(argv)
    args.docs.mkdir(parents=True, exist_ok=True)
    pictures = [(ROOT / "seeds", args.docs / "graph.png", seed_graph)]
    if CORPUS.is_dir():
        pictures.append((CORPUS, args.docs / "recurrence.png", recurrence))
    else:
        print(f"{CORPUS} is not available: docs/recurrence.png not remade")
    status = 0
    for source, png, prepare in pictures:
        with tempfile.TemporaryDirectory() as tmp:
            shoot(build(source, Path(tmp)), png, prepare)
        size = png.stat().st_size
        print(f"wrote {png} ({size // 1000} KB)")
        status |= size > MAX_BYTES
    return status


if __name__ == "__main__":
    sys.exit(main())
