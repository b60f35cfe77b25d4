"""Make docs/graph.png, the README's picture of the seed graph.

    python scripts/screenshot.py [--output docs/graph.png]

Runs the real `kg build` on seeds/ into a temporary folder, opens its
graph.html in headless Chromium (1200x800), searches 浙江 so the details
panel shows, fits the whole graph and saves the PNG.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]
MAX_BYTES = 300_000


def build(out: Path) -> Path:
    cmd = [sys.executable, "-m", "kg", "build", "-q", "--no-store", "--no-validate", "-o", str(out),
           str(ROOT / "seeds")]
    subprocess.run(cmd, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    return out / "graph.html"


def shoot(page_path: Path, png: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw, tempfile.TemporaryDirectory() as profile:
        context = pw.chromium.launch_persistent_context(profile, executable_path=CHROMIUM, args=FLAGS, headless=True,
                                                        viewport={"width": 1200, "height": 800})
        page = context.new_page()
        page.goto(page_path.as_uri())
        page.wait_for_function("window.kgReady === true", timeout=60_000)
        page.fill("#q", "浙江")
        page.press("#q", "Enter")
        page.evaluate("new Promise(r => { kgNetwork.once('afterDrawing', r); kgNetwork.fit({animation: false}); })")
        page.screenshot(path=str(png))
        context.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "graph.png")
    args = parser.parse_args(argv)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        shoot(build(Path(tmp)), args.output)
    size = args.output.stat().st_size
    print(f"wrote {args.output} ({size // 1000} KB)")
    return 0 if size <= MAX_BYTES else 1


if __name__ == "__main__":
    sys.exit(main())
