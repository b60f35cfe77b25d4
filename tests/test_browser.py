"""graph.html in a real headless Chromium (Debian's, driven by Playwright).

The seed page is built by the real CLI (`kg build`) into a temporary folder;
its node counts per kind are compared with SPARQL counts over the kg.ttl of
the same build.  A screenshot is kept under tests/artifacts/ (git-ignored).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import pytest
import rdflib

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = Path(__file__).parent / "artifacts"
CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]
XSS = "<img src=x onerror=alert(1)>"

playwright_api = pytest.importorskip("playwright.sync_api",
                                     reason="playwright not importable (pip install -e '.[test]')")


def cjk_fonts() -> bool:
    """Chinese labels need a CJK font, or the screenshots show boxes."""
    fc_list = shutil.which("fc-list")
    if not fc_list:
        return False
    done = subprocess.run([fc_list, ":lang=zh", "family"], capture_output=True, text=True)
    return bool(done.stdout.strip())


pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} not found (Debian package chromium)"),
    pytest.mark.skipif(not cjk_fonts(), reason="no CJK font in `fc-list :lang=zh` (Debian package fonts-noto-cjk)"),
]


@dataclass
class Visit:
    """A page and everything it did: requests, failures, console errors, dialogs."""

    page: object
    requests: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def clean(self) -> None:
        outside = [u for u in self.requests if not u.startswith(("file:", "data:"))]
        assert outside == [] and self.failed == [] and self.errors == [] and self.dialogs == []


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    profile = tmp_path_factory.mktemp("chromium-profile")  # a fresh --user-data-dir
    with playwright_api.sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, args=FLAGS, headless=True,
            viewport={"width": 1400, "height": 860}, device_scale_factor=1)
        yield context
        context.close()


@pytest.fixture(scope="module")
def build(tmp_path_factory) -> Path:
    """`kg build` on seeds/, through the real entry point."""
    out = tmp_path_factory.mktemp("build")
    done = subprocess.run([sys.executable, "-m", "kg", "build", "-q", "--no-store", "--no-validate", "-o", str(out),
                           str(ROOT / "seeds")], capture_output=True, text=True, encoding="utf-8", cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert (out / "kg.ttl").is_file() and (out / "graph.html").is_file()
    return out


def _stay_offline(route) -> None:
    """Nothing leaves the machine: a request for anything but file: or data: fails (and is reported)."""
    if route.request.url.startswith(("file:", "data:")):
        route.continue_()
    else:
        route.abort()


def visit(context, path: Path) -> Visit:
    page = context.new_page()
    seen = Visit(page)
    page.route("**/*", _stay_offline)
    page.on("request", lambda r: seen.requests.append(r.url))
    page.on("requestfailed", lambda r: seen.failed.append(r.url))
    page.on("console", lambda m: m.type in ("error", "warning") and seen.errors.append(f"{m.type}: {m.text}"))
    page.on("pageerror", lambda e: seen.errors.append(f"pageerror: {e}"))
    page.on("dialog", lambda d: (seen.dialogs.append(d.message), d.dismiss()))
    page.goto(path.as_uri())
    page.wait_for_function("window.kgReady === true", timeout=60_000)
    return seen


@pytest.fixture
def seed_page(browser, build):
    seen = visit(browser, build / "graph.html")
    yield seen
    seen.page.close()


def sparql_resources(ttl: Path) -> tuple[dict[str, int], dict[str, set[str]]]:
    """Counts per kind by the saved query, and the resources themselves (same classes)."""
    graph = rdflib.Graph().parse(ttl, format="turtle")
    counts_query = (resources.files("kg") / "queries" / "resource-counts.rq").read_text(encoding="utf-8")
    counts = {str(r.kind): int(r["count"]) for r in graph.query(counts_query)}
    listing = re.sub(r"SELECT .*?\n", "SELECT DISTINCT ?kind ?resource\n", counts_query, count=1)
    listing = re.sub(r"GROUP BY.*", "", listing, flags=re.S).replace("OPTIONAL ", "")
    found: dict[str, set[str]] = {kind: set() for kind in counts}
    for row in graph.query(listing):
        found[str(row.kind)].add(str(row.resource))
    return counts, found


def canvas_ink(page, selector: str) -> float:
    """Share of canvas pixels that are not blank."""
    return page.evaluate("""(sel) => {
        const c = document.querySelector(sel + ' canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let ink = 0;
        for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0 && (d[i] < 240 || d[i + 1] < 240 || d[i + 2] < 240)) ink++;
        return ink / (d.length / 4);
    }""", selector)


def test_seed_page_offline_drawn_and_counts_match_kg_ttl(seed_page, build):
    page = seed_page.page
    assert canvas_ink(page, "#graph") > 0.005
    counts, found = sparql_resources(build / "kg.ttl")
    held = page.evaluate("kgCounts().held")
    assert held == counts
    iris = page.evaluate("(() => { const o = {}; kgData.nodes.forEach(n => { const k = kgData.kinds[n.k].id;"
                         " (o[k] = o[k] || []).push(n.i); }); return o; })()")
    assert {k: set(v) for k, v in iris.items() if v} == {k: v for k, v in found.items() if v}
    drawn = page.evaluate("kgCounts().drawn")
    assert drawn == counts  # the seed build is far below the aggregation threshold
    hidden = page.evaluate("kgData.kinds.filter(k => k.hidden).map(k => k.id)")
    assert {"measure", "article"} <= set(hidden)
    for kind in hidden:  # hidden by default, shown by their legend switch
        assert page.evaluate(f"kgCounts().visible['{kind}']") == 0
        page.check(f"#kinds input[data-kind={kind}]")
    assert page.evaluate("kgCounts().visible") == counts
    seed_page.clean()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "graph.png"))


def test_search_zhejiang_selects_it_and_lists_three_meetings(seed_page):
    page = seed_page.page
    page.fill("#q", "浙江")
    page.click("#search button[type=submit]")
    assert "浙江" in page.inner_text("#details h3")
    dates = page.eval_on_selector_all("#details ol.reported > li", "els => els.map(e => e.dataset.date)")
    assert dates == ["2022-03-18", "2022-05-27", "2022-08-17"]
    selected = page.evaluate("kgNetwork.getSelectedNodes()")
    assert [page.evaluate(f"kgData.nodes[{n}].l") for n in selected] == ["浙江"]
    page.fill("#q", "Zhejiang")
    page.press("#q", "Enter")
    assert page.evaluate("kgNetwork.getSelectedNodes()") == selected
    seed_page.clean()


def test_clicks_open_node_and_edge_details(seed_page):
    page = seed_page.page
    zj = page.evaluate("kgData.nodes.findIndex(n => n.l === '浙江')")
    page.evaluate("kgNetwork.fit({animation: false})")
    box = page.locator("#graph canvas").bounding_box()
    at = page.evaluate(f"kgNetwork.canvasToDOM(kgNetwork.getPosition({zj}))")
    page.mouse.move(box["x"] + at["x"], box["y"] + at["y"])
    tip = page.locator("#graph .vis-tooltip")
    tip.wait_for(state="visible")
    assert "Provinces" in tip.inner_text() and "Reported at 3 meeting(s)" in tip.inner_text()
    assert "Source: " in tip.inner_text()  # where it came from: article title, outlet, date
    page.mouse.click(box["x"] + at["x"], box["y"] + at["y"])
    assert page.evaluate("kgNetwork.getSelectedNodes()") == [zj]
    assert len(page.query_selector_all("#details ol.reported > li")) == 3
    spot = page.evaluate("""(zj) => {  // the midpoint of a 'spoke' edge of 浙江 with nothing else on it
        for (const id of kgNetwork.getConnectedEdges(zj)) {
            const [a, b] = kgNetwork.getConnectedNodes(id).map(n => kgNetwork.getPosition(n));
            const p = kgNetwork.canvasToDOM({x: (a.x + b.x) / 2, y: (a.y + b.y) / 2});
            if (kgNetwork.getNodeAt(p) === undefined && kgNetwork.getEdgeAt(p) === id) return p;
        }
        return null; }""", zj)
    assert spot, "no clickable edge"
    page.mouse.click(box["x"] + spot["x"], box["y"] + spot["y"])
    assert page.inner_text("#details h3").startswith("Edge")
    evidence = page.inner_text("#details blockquote.evidence")
    assert "浙江" in evidence
    seed_page.clean()


def test_filters_by_kind_and_date(seed_page):
    page = seed_page.page
    page.uncheck("#kinds input[data-kind=person]")
    assert page.evaluate("kgCounts().visible.person") == 0
    page.fill("#from", "2022-05-01")
    page.fill("#to", "2022-12-31")
    page.dispatch_event("#to", "change")
    page.dispatch_event("#from", "change")
    assert page.evaluate("kgCounts().visible.meeting") == 2
    assert page.evaluate("kgCounts().visible.province") == 11  # the 10 of 2022-08-17 plus 四川
    page.click("#dates-all")
    assert page.evaluate("kgCounts().visible.meeting") == 5
    seed_page.clean()


def test_coreporting_view(seed_page):
    page = seed_page.page
    page.click("#view-co")
    page.wait_for_function("window.kgCoNetwork !== undefined")
    page.wait_for_timeout(200)
    assert canvas_ink(page, "#co") > 0.005
    assert page.evaluate("kgData.co.nodes.length") == 14
    rows = page.query_selector_all("#kinds li")
    assert len(rows) == page.evaluate("kgData.co.communities") >= 1
    page.fill("#q", "河南")
    page.press("#q", "Enter")
    assert page.evaluate("kgCoNetwork.getSelectedNodes()") == [page.evaluate("kgData.nodes.findIndex(n => n.l === '河南')")]
    seed_page.clean()


def test_xss_fixture_never_runs(browser, tmp_path):
    from kg.render import render_html
    from kg.render.sample import sample_lexicon, seed_meetings, xss_meeting

    lex = sample_lexicon()
    path = tmp_path / "graph.html"
    path.write_text(render_html([*seed_meetings(lex), xss_meeting(lex)], lex), encoding="utf-8")
    seen = visit(browser, path)
    page = seen.page
    page.check("#kinds input[data-kind=article]")
    page.fill("#q", "onerror")
    page.press("#q", "Enter")
    details = page.inner_text("#details")
    assert XSS in details and "<script>alert(2)</script>标题" in details
    assert page.query_selector("#details img") is None and page.query_selector("#details a[href^=javascript]") is None
    page.hover("#graph canvas")
    seen.clean()  # no alert() dialog, no error
    page.close()


def test_two_thousand_nodes_interactive_quickly(browser, tmp_path):
    from kg.entities import collect
    from kg.render import render_entities
    from kg.render.sample import sample_lexicon, synthetic_meetings

    lex = sample_lexicon()
    found = collect(synthetic_meetings(400, lex), lex)
    path = tmp_path / "big.html"
    path.write_text(render_entities(found, lex, threshold=5000), encoding="utf-8")  # nothing collapsed
    seen = visit(browser, path)
    page = seen.page
    started = page.evaluate("performance.now()")
    for kind in page.evaluate("kgData.kinds.filter(k => k.hidden).map(k => k.id)"):
        page.check(f"#kinds input[data-kind={kind}]")
    page.evaluate("new Promise(r => { kgNetwork.once('afterDrawing', r); kgNetwork.redraw(); })")
    drawn = sum(page.evaluate("kgCounts().visible").values())
    assert drawn == sum(found.counts().values()) >= 2000
    ready_ms = page.evaluate("kgReadyAt") + page.evaluate("performance.now()") - started
    assert ready_ms < 6000, f"{drawn} nodes took {ready_ms:.0f} ms"  # ~2 s here; CI machines vary
    seen.clean()
    page.close()
