"""Fuzzing: arbitrary bytes and arbitrary CJK text into every reader and the extractor.

Property tests (hypothesis) in the default suite: never an exception, always an
account (items or a one-line reason).  A time-boxed coverage-guided run
(atheris, tests/fuzz_readers.py) in the slow suite.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.clean import to_document
from kg.extract import extract
from kg.model import Meeting, NotMeeting
from kg.read import READERS, read_file
from kg.read._base import Unreadable
from tests.conftest import ROOT, SEEDS
from tests.docs import make_doc

FIXTURES = ROOT / "tests" / "fixtures"
PUNCTUATION = "，。、；：！？“”‘’（）《》【】—…·0123456789年月日时分省市区部委会议召开主持出席讲话\n\t \r　"
cjk_text = st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF) | st.sampled_from(PUNCTUATION)
                   | st.characters(exclude_categories=("Cs",)), max_size=400)  # decoded text holds no surrogates
any_bytes = st.binary(max_size=600) | cjk_text.map(str.encode) | cjk_text.map(lambda t: t.encode("gb18030"))
json_value = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | cjk_text,
                          lambda inner: st.lists(inner, max_size=5) | st.dictionaries(cjk_text, inner, max_size=5),
                          max_leaves=20)

HEADS = ["", "---\ntitle: ", "---\nlayout: post\ntitle: t\ncategories: wind\n---\n", "---\ntitle: t\n---\n<p>",
         "# 《新闻联播》 (20240328)\n### ", "# 财联社快讯归档 2026-07-17\n## 10:00:00｜", '{"videoList": [{"video_title": "',
         '{"title": "t", "date": "2024-01-01", "content": "', '{"title": "a", "content": "b"}\n{"title": "', "[",
         "\ufeff"]
# KG_FUZZ_EXAMPLES=5000 for a deeper run by hand.
SETTINGS = settings(max_examples=int(os.environ.get("KG_FUZZ_EXAMPLES", "200")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


def _account(path: Path) -> None:
    """Read, clean and extract one file: items or a reason, never both, never an exception."""
    outcome = read_file(path)
    assert bool(outcome.items) != bool(outcome.skipped), outcome
    assert outcome.skipped is None or "\n" not in outcome.skipped
    for item in outcome.items:
        assert isinstance(extract(to_document(item, outcome.sha256)), Meeting | NotMeeting)


@SETTINGS
@given(head=st.sampled_from(HEADS), tail=any_bytes)
def test_arbitrary_bytes_behind_every_format_head(head: str, tail: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "input"
        path.write_bytes(head.encode() + tail)
        _account(path)


@SETTINGS
@given(head=st.sampled_from([h for h in HEADS if not h.startswith(("{", "["))]), text=cjk_text)
def test_every_text_reader_on_arbitrary_cjk_text(head: str, text: str) -> None:
    _each_reader("text", (head + text).lstrip())


@SETTINGS
@given(value=json_value | st.fixed_dictionaries({"videoList": st.lists(json_value, max_size=4)})
       | st.fixed_dictionaries({"title": json_value, "content": json_value, "date": json_value})
       | st.lists(st.fixed_dictionaries({"title": json_value, "content": json_value, "time": json_value}), max_size=4))
def test_every_json_reader_on_arbitrary_values(value: object) -> None:
    _each_reader("lines" if isinstance(value, list) else "json", value)


def _each_reader(kind: str, value: object) -> None:
    """Each reader of this kind, called directly: items or Unreadable, nothing else."""
    for reader in (r for r in READERS if r.kind == kind):
        try:
            if not reader.sniff(value):
                continue
            items = reader.read(Path("fuzz.txt"), value)
        except Unreadable as exc:
            assert str(exc) and "\n" not in str(exc)
            continue
        for item in items:
            to_document(item)


@SETTINGS
@given(title=cjk_text, body=cjk_text, day=st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)))
def test_extract_on_arbitrary_cjk_documents(title: str, body: str, day: dt.date) -> None:
    doc = make_doc(title.replace("\n", " "), *body.split("\n"), published=f"{day.isoformat()} 19:00")
    result = extract(doc)
    assert isinstance(result, Meeting | NotMeeting)
    if isinstance(result, Meeting):
        assert result.date is None or result.date <= day


# ---- coverage-guided (slow) ------------------------------------------------

FUZZ_SECONDS = int(os.environ.get("KG_FUZZ_SECONDS", "120"))


@pytest.mark.slow
@pytest.mark.parametrize("target", ["read", "extract"])
def test_coverage_guided_fuzzing_finds_no_crash(target: str, tmp_path: Path) -> None:
    pytest.importorskip("atheris", reason="atheris (coverage-guided fuzzer) is not installed")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    if target == "read":  # seed inputs: b"\0" picks the empty head, then a real file
        for n, path in enumerate(sorted([*SEEDS.iterdir(), *(FIXTURES / "read").iterdir()])):
            (corpus / f"seed{n}").write_bytes(b"\0" + path.read_bytes())
    command = [sys.executable, str(ROOT / "tests" / "fuzz_readers.py"), target, str(corpus),
               f"-max_total_time={FUZZ_SECONDS}", f"-artifact_prefix={tmp_path}/", "-rss_limit_mb=4096",
               "-timeout=30"]
    done = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=FUZZ_SECONDS + 300)
    crashes = [p.name for p in tmp_path.iterdir() if p.name.startswith(("crash-", "timeout-", "oom-"))]
    assert done.returncode == 0 and not crashes, f"{crashes}\n{done.stderr[-4000:]}"
    runs = int(re.search(r"Done (\d+) runs", done.stderr).group(1))
    print(f"atheris {target}: {runs} inputs in {FUZZ_SECONDS} s, no crash")
    assert runs > 100
    shutil.rmtree(corpus)
