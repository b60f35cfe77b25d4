"""A real property-graph database: `kg export -f cypher` and `kg load --cypher DB`
into LadybugDB (embedded openCypher), answering province recurrence in Cypher
with the same rows as the SPARQL query on the store."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest

from kg import query, store
from tests import servers
from tests.conftest import ROOT, shared_path

ladybug = pytest.importorskip("ladybug", reason="ladybug not importable (pip install -e '.[test]')")
RECURRENCE = (ROOT / "kg" / "queries" / "province-recurrence.cypher").read_text(encoding="utf-8")


def cypher_rows(database: Path, text: str = RECURRENCE) -> list[tuple[str, ...]]:
    db = ladybug.Database(str(database), read_only=True)
    conn = ladybug.Connection(db)
    result = conn.execute(text)
    rows = []
    while result.has_next():
        rows.append(tuple("" if v is None else str(v) for v in result.get_next()))
    conn.close()
    db.close()
    return rows


def sparql_rows(build: Path) -> list[tuple[str, ...]]:
    result = store.query_store(build / "store", query.prepare("province-recurrence"))
    return [tuple(row) for row in csv.reader(io.StringIO(query.to_csv(result)))][1:]


def same_rows(cypher: list[tuple[str, ...]], sparql: list[tuple[str, ...]]) -> None:
    assert sorted(cypher) == sorted(sparql)
    key = [(int(r[2]), int(r[3])) for r in cypher]
    assert key == sorted(key, reverse=True)  # most recurrent first, as the SPARQL query orders them


@pytest.fixture(scope="module")
def seed_build() -> Path:
    return servers.seed_build()


def test_script_declares_typed_tables(seed_build: Path, tmp_path: Path):
    done = servers.kg_cli("export", "-f", "cypher", "--data", str(seed_build / "kg.ttl"), "-o", str(tmp_path))
    assert done.returncode == 0, done.stderr
    lines = (tmp_path / "kg.cypher").read_text(encoding="utf-8").splitlines()
    meeting = next(line for line in lines if line.startswith("CREATE NODE TABLE `Meeting`"))
    for column in ("`startDate` DATE", "`claimedProvinceCount` INT64", "`sectorTerm_zh` STRING[]",
                   "`allProvincesPresent` BOOLEAN", "PRIMARY KEY (`id`)"):
        assert column in meeting
    assert any(line.startswith("CREATE REL TABLE `provinceSpoke`(FROM `Meeting` TO `Province`") for line in lines)
    assert any('date("2022-03-18")' in line for line in lines)
    assert sum(line.startswith("CREATE NODE TABLE") for line in lines) == len(
        {line.split("`")[1] for line in lines if line.startswith("CREATE NODE TABLE")})


@pytest.mark.parametrize("source", ["kg.ttl", "kg.cypher"])
def test_seed_build_in_ladybug_answers_recurrence_like_sparql(seed_build: Path, tmp_path: Path, source: str):
    data = seed_build / "kg.ttl"
    if source == "kg.cypher":
        assert servers.kg_cli("export", "-f", "cypher", "--data", str(data), "-o", str(tmp_path)).returncode == 0
        data = tmp_path / "kg.cypher"
    database = tmp_path / "kg.lbdb"
    done = servers.kg_cli("load", "--cypher", str(database), "--data", str(data))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("loaded ") and "relationships into" in done.stdout
    rows = cypher_rows(database)
    same_rows(rows, sparql_rows(seed_build))
    assert {r[1] for r in rows[:2]} == {"河南", "浙江"}
    again = servers.kg_cli("load", "--cypher", str(database), "--data", str(data))  # replaced, not added to
    assert again.returncode == 0 and cypher_rows(database) == rows
    meeting = cypher_rows(database, "MATCH (m:Meeting) WHERE m.startDate = date('2022-03-18') "
                                    "RETURN m.claimedProvinceCount, size(m.sectorTerm_zh) > 1")
    assert meeting == [("10", "True")]


def test_load_errors_are_one_line(tmp_path: Path):
    missing = servers.kg_cli("load", "--cypher", str(tmp_path / "db"), "--data", str(tmp_path / "none.ttl"))
    assert missing.returncode == 1 and missing.stderr.count("\n") == 1 and "no such file" in missing.stderr
    bad = tmp_path / "bad.cypher"
    bad.write_text("CREATE NODE TABLE oops;\n", encoding="utf-8")
    refused = servers.kg_cli("load", "--cypher", str(tmp_path / "db"), "--data", str(bad))
    assert refused.returncode == 1 and "statement 1 refused" in refused.stderr and "Traceback" not in refused.stderr
    assert not (tmp_path / "db").exists()
    neither = servers.kg_cli("load")
    assert neither.returncode == 1 and "--endpoint" in neither.stderr


@pytest.mark.slow
def test_corpus_build_in_ladybug_answers_recurrence_like_sparql(tmp_path: Path):
    corpus = shared_path("corpus", "meetings")
    build = tmp_path / "build"
    done = subprocess.run([sys.executable, "-m", "kg", "build", "-q", "--no-html", "--no-validate", str(corpus),
                           "-o", str(build)], cwd=ROOT, capture_output=True, text=True, timeout=1800)
    assert done.returncode == 0, done.stderr
    database = tmp_path / "kg.lbdb"
    loaded = servers.kg_cli("load", "--cypher", str(database), "--data", str(build / "kg.ttl"))
    assert loaded.returncode == 0, loaded.stderr
    rows = cypher_rows(database)
    assert len(rows) >= 30
    same_rows(rows, sparql_rows(build))
