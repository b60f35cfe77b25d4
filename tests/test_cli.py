"""End to end through the real entry point: `python -m kg build` on seeds/."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph

from tests.conftest import ROOT, SEEDS

COMMITTED = ("kg.ttl", "meetings.jsonl", "report.md", "files.tsv")


def kg(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kg", *args], cwd=cwd, capture_output=True, text=True,
                          encoding="utf-8", timeout=600)


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("build")
    done = kg("build", str(SEEDS), "-o", str(out))
    assert done.returncode == 0, done.stderr
    return out


def test_build_writes_every_output(seed_build: Path) -> None:
    for name in (*COMMITTED, "graph.html"):
        assert (seed_build / name).stat().st_size > 0, name
    assert (seed_build / "store").is_dir()


def test_turtle_reparses_with_recurrence(seed_build: Path) -> None:
    graph = Graph().parse(seed_build / "kg.ttl", format="turtle")
    query = (ROOT / "queries" / "province-recurrence.rq").read_text(encoding="utf-8")
    rows = list(graph.query(query))
    spoke = {str(row.name): int(row.spoke) for row in rows}
    assert [str(row.name) for row in rows[:2]] == ["浙江", "河南"]
    assert spoke == {"浙江": 3, "河南": 3, "河北": 2, "上海": 2, "江苏": 2, "安徽": 2, "山东": 2, "广东": 2, "北京": 1,
                     "天津": 1, "陕西": 1, "辽宁": 1, "福建": 1, "四川": 1} | {
                         str(r.name): 0 for r in rows if int(r.spoke) == 0}


def test_jsonl_contract(seed_build: Path) -> None:
    keys = ["id", "sources", "date", "name", "format", "organizer", "chairs", "speakers", "officials_present",
            "provinces_spoke", "provinces_present", "provinces_claimed_count", "regions", "sectors", "measures",
            "cited", "warnings"]
    lines = (seed_build / "meetings.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5
    for line in lines:
        record = json.loads(line)
        assert list(record)[: len(keys)] == keys
        assert {"file", "item", "title", "published", "outlet", "url"} <= set(record["sources"][0])


def test_report_has_recurrence_table(seed_build: Path) -> None:
    report = (seed_build / "report.md").read_text(encoding="utf-8")
    assert "| 浙江 | 3 | 1 |" in report and "| 河南 | 3 | 1 |" in report
    assert report.index("| 浙江 |") < report.index("| 河北 |") < report.index("| 北京 |")


def test_graph_html_is_offline(seed_build: Path) -> None:
    page = (seed_build / "graph.html").read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]+src=[\"']?https?://", page)
    assert not re.search(r"<link[^>]+href=[\"']?https?://", page)


@pytest.mark.parametrize("name", COMMITTED)
def test_committed_example_is_current(seed_build: Path, name: str) -> None:
    """output/ holds the seed build as a worked example: it must never go stale."""
    committed = ROOT / "output" / name
    assert committed.read_bytes() == (seed_build / name).read_bytes(), (
        f"output/{name} is stale: run `kg build` and review the diff")


def test_bad_files_are_accounted_for(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "binary.bin").write_bytes(bytes(range(256)))
    (inputs / "broken.json").write_text('{"videoList": [', encoding="utf-8")
    (inputs / "seed.txt").write_bytes((SEEDS / "003_c94b25b35698020a.txt").read_bytes())
    done = kg("build", str(inputs), "-o", str(tmp_path / "out"), "--no-store", "--no-html")
    assert done.returncode == 0, done.stderr
    files = (tmp_path / "out" / "files.tsv").read_text(encoding="utf-8").splitlines()[1:]
    status = {line.split("\t")[0]: line.split("\t")[1] for line in files}
    assert status == {"binary.bin": "skipped", "broken.json": "skipped", "empty.txt": "skipped",
                      "seed.txt": "extracted"}
    assert "skipped" in done.stdout


def test_missing_input_is_a_clear_error(tmp_path: Path) -> None:
    done = kg("build", str(tmp_path / "nope"), "-o", str(tmp_path / "out"))
    assert done.returncode == 1 and "no such file" in done.stderr


def test_help_for_every_command() -> None:
    from kg.cli import COMMANDS

    assert kg("--help").returncode == 0
    for name in COMMANDS:
        done = kg(name, "--help")
        assert done.returncode == 0 and len(done.stdout) > 100, name


def test_same_input_in_any_order_gives_identical_bytes(tmp_path: Path) -> None:
    files = sorted(str(p) for p in SEEDS.iterdir())
    first, second = tmp_path / "a", tmp_path / "b"
    assert kg("build", *files, "-o", str(first), "--no-html", "--no-store").returncode == 0
    assert kg("build", *reversed(files), "-o", str(second), "--no-html", "--no-store").returncode == 0
    for name in ("kg.ttl", "meetings.jsonl"):
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_two_reports_of_one_meeting_merge(tmp_path: Path) -> None:
    """A differently worded CCTV report of the 2022-05-27 teleconference joins seed 003."""
    fixture = ROOT / "tests" / "fixtures" / "merge"
    done = kg("build", str(SEEDS), str(fixture), "-o", str(tmp_path), "--no-html", "--no-store")
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in (tmp_path / "meetings.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(records) == 5
    merged = next(r for r in records if r["date"] == "2022-05-27")
    assert len(merged["sources"]) == 2
    assert {s["outlet"] for s in merged["sources"]} == {"财联社", "央视网"}
    graph = Graph().parse(tmp_path / "kg.ttl", format="turtle")
    sources = graph.query("""PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX kg: <https://w3id.org/cn-meetings/ontology#>
        SELECT ?a WHERE { ?m a kg:Meeting ; <https://schema.org/startDate> ?d ; prov:wasDerivedFrom ?a .
        FILTER(STR(?d) = "2022-05-27") }""")
    assert len(list(sources)) == 2
