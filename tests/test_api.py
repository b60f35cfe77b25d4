"""The Python API (kg/api.py) as the README shows it: kg.build, kg.query,
kg.read, kg.extract; `import kg` cheap; nothing printed by library code."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib
from rdflib.compare import isomorphic

import kg
from kg.model import Meeting, NotMeeting
from tests.conftest import ROOT, SEEDS

SEED = SEEDS / "000_968c041b20610dd7.txt"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> kg.Build:
    return kg.build([SEEDS], output=tmp_path_factory.mktemp("api"), html=False)


def test_import_kg_is_cheap():
    code = ("import sys, kg; heavy = [m for m in ('rdflib', 'networkx', 'pyoxigraph', 'pyshacl', 'jieba', "
            "'kg.pipeline', 'kg.api', 'kg.read') if m in sys.modules]; print(heavy)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.stdout.strip() == "[]", done.stderr


def test_build_returns_meetings_graph_and_accounts_and_writes_the_outputs(built: kg.Build):
    assert len(built.meetings) == 5 and all(isinstance(m, Meeting) for m in built.meetings)
    assert [a.status for a in built.accounts] == ["extracted"] * 5 and built.documents == 5
    committed = rdflib.Graph().parse(ROOT / "output" / "kg.ttl", format="turtle")
    assert isomorphic(built.graph, committed)
    assert {"kg.ttl", "meetings.jsonl", "report.md", "files.tsv", "store"} <= set(built.files)
    def body(path: Path) -> bytes:  # the first line names the build, and the options differ (html=False)
        return path.read_bytes().split(b"\n", 1)[1]

    assert body(built.output / "kg.ttl") == body(ROOT / "output" / "kg.ttl")
    assert not (built.output / "graph.html").exists()  # html=False


def test_build_without_output_writes_nothing_and_refuses_unknown_options(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = kg.build(SEED)
    assert len(result.meetings) == 1 and result.output is None and result.files == {}
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(TypeError, match="unknown build option.*htm"):
        kg.build(SEED, output=tmp_path / "out", htm=False)


def test_query_by_name_with_bind_on_the_store_and_on_a_file(built: kg.Build):
    rows = kg.query("meetings-chaired-by", store=built.output / "store", bind={"person": "辛国斌"})
    assert [str(r["date"]) for r in rows] == ["2021-11-05", "2022-03-18", "2022-08-17"]
    assert rows[0]["name"] == "全国工信系统电视电话会议"
    recurrence = kg.query("province-recurrence", data=built.output / "kg.ttl")
    assert {(r["name"], r["spoke"]) for r in recurrence[:2]} == {("浙江", 3), ("河南", 3)}
    assert kg.query("ASK { ?s ?p ?o }", store=built.output / "store") is True
    turtle = kg.query("DESCRIBE <https://w3id.org/cn-meetings/id/person/xin-guo-bin>", data=built.output / "kg.ttl")
    assert "辛国斌" in turtle
    with pytest.raises(kg.query.QueryError, match="no parameter"):
        kg.query("meetings-chaired-by", store=built.output / "store", bind={"who": "x"})


def test_read_and_extract_one_document(tmp_path: Path):
    docs = kg.read(SEED)
    assert len(docs) == 1
    meeting = kg.extract(docs[0])
    assert isinstance(meeting, Meeting) and str(meeting.date) == "2022-03-18"
    assert "辛国斌" in meeting.people("chair")
    text = kg.extract("工信部召开会议\n\n5月27日，工业和信息化部召开提振工业经济电视电话会议，辛国斌主持会议。",
                      published="2022-05-28")
    assert isinstance(text, Meeting) and str(text.date) == "2022-05-27"
    assert isinstance(kg.extract("天气\n\n今天晴。"), NotMeeting)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(ValueError, match="empty.txt"):
        kg.read(empty)


def test_stage_modules_stay_modules():
    from kg.query import QueryError
    from kg.read import discover

    assert callable(kg.read) and kg.read.discover is discover and kg.query.QueryError is QueryError


def test_library_prints_nothing_and_logs_to_its_logger(capsys, caplog):
    with caplog.at_level(logging.INFO, logger="kg"):
        kg.build(SEEDS)
    out = capsys.readouterr()
    assert out.out == "" and out.err == ""
    assert any(r.name.startswith("kg.") for r in caplog.records)
    assert any(isinstance(h, logging.NullHandler) for h in logging.getLogger("kg").handlers)
