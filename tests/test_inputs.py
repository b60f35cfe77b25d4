"""Every input accounted for (issue 13, failures 4-7 and the front-matter reason of 13).

Real FIFOs, sockets, devices, links and unreadable folders in temporary
folders, through the real `python -m kg build`: nothing blocks, nothing is
read without end, nothing crashes, and every path lands in files.tsv with a
reason.  Names that are not UTF-8 or hold tabs and newlines come out escaped
in every output.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rdflib import Graph, URIRef

from kg.pipeline import run
from kg.read import read_file
from kg.sources import discover, display_name, parse_size, read_bytes
from tests.conftest import ROOT, SEEDS

SEED_FILES = sorted(SEEDS.glob("*.txt"))
FILE_NAME = URIRef("https://w3id.org/cn-meetings/ontology#fileName")


def kg(*args: str | bytes, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kg", *args], cwd=ROOT, capture_output=True, text=True,
                          encoding="utf-8", timeout=timeout)


def files_tsv(out: Path) -> dict[str, tuple[str, str]]:
    """name -> (status, reason); every row has exactly five cells."""
    lines = (out / "files.tsv").read_text(encoding="utf-8").split("\n")
    assert lines[0] == "file\tstatus\tdocuments\tmeetings\treason" and lines[-1] == ""
    rows = [line.split("\t") for line in lines[1:-1]]
    assert all(len(row) == 5 for row in rows), rows
    return {row[0]: (row[1], row[4]) for row in rows}


def seed(n: int) -> bytes:
    return SEED_FILES[n].read_bytes()


# ---- failure 4: FIFOs, sockets, links, hidden entries, size limit ----------

def test_every_path_met_is_accounted_for(tmp_path: Path) -> None:
    given = tmp_path / "in"
    (given / "sub").mkdir(parents=True)
    (given / "article.txt").write_bytes(seed(0))
    (given / "big.txt").write_bytes(seed(1) + b" " * 20_000)
    os.mkfifo(given / "pipe")
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(given / "sub" / "sock"))
        os.symlink("nowhere.txt", given / "dangling.txt")
        os.symlink("loop-b", given / "loop-a")
        os.symlink("loop-a", given / "loop-b")
        os.symlink("sub", given / "link-to-folder")
        os.symlink("article.txt", given / "link-to-article.txt")
        (given / ".hidden.txt").write_bytes(seed(2))
        (given / ".cache").mkdir()
        done = kg("build", str(given), "-o", str(tmp_path / "out"), "--no-store", "--no-html",
                  "--max-file-size", "10k", timeout=120)
    assert done.returncode == 0, done.stderr
    rows = files_tsv(tmp_path / "out")
    expected = {
        ".cache/": ("skipped", "hidden"), ".hidden.txt": ("skipped", "hidden"),
        "article.txt": ("extracted", "1 meeting report"), "big.txt": ("skipped", "too large: 19.9 MB"[:10]),
        "dangling.txt": ("skipped", "dangling symbolic link"), "link-to-article.txt": ("extracted", "1 meeting"),
        "link-to-folder": ("skipped", "link to a folder: not followed"),
        "loop-a": ("skipped", "symbolic link loop"), "loop-b": ("skipped", "symbolic link loop"),
        "pipe": ("skipped", "not a regular file: a FIFO"), "sub/sock": ("skipped", "not a regular file: a socket"),
    }
    assert sorted(rows) == sorted(expected)
    for name, (status, reason) in expected.items():
        assert rows[name][0] == status and rows[name][1].startswith(reason), (name, rows[name])
    assert "--max-file-size" in rows["big.txt"][1]
    report = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    assert all(f"| {name} |" in report for name in expected if rows[name][0] == "skipped")
    # the terminal names every file skipped (all of them with -v), files.tsv every file
    assert all(f" {name}: " in done.stdout for name in expected if rows[name][0] == "skipped")


# ---- failure 5: a FIFO or /dev/zero named on the command line --------------

@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_fifo_and_dev_zero_named_on_the_command_line_never_block(tmp_path: Path) -> None:
    fifo = tmp_path / "named-pipe"
    os.mkfifo(fifo)
    article = tmp_path / "article.txt"
    article.write_bytes(seed(0))
    started = time.monotonic()
    done = kg("build", str(fifo), "/dev/zero", str(article), "-o", str(tmp_path / "out"), "--no-store",
              "--no-html", timeout=120)
    assert done.returncode == 0, done.stderr
    assert time.monotonic() - started < 100
    rows = files_tsv(tmp_path / "out")
    assert rows["named-pipe"] == ("skipped", "not a regular file: a FIFO (named pipe)")
    assert rows["zero"] == ("skipped", "not a regular file: a character device")
    assert rows["article.txt"][0] == "extracted"


def test_read_bytes_refuses_what_is_not_a_regular_file(tmp_path: Path) -> None:
    fifo = tmp_path / "p"
    os.mkfifo(fifo)
    assert read_file(fifo).skipped == "not a regular file: a FIFO (named pipe)"  # returns, no writer needed
    if os.path.exists("/dev/zero"):
        assert read_file(Path("/dev/zero")).skipped == "not a regular file: a character device"
    assert read_file(tmp_path).skipped == "not a regular file: a folder"
    big = tmp_path / "big"
    big.write_bytes(b"x" * 2048)
    with pytest.raises(Exception, match=r"too large: 0\.0 MB, over the 0\.0 MB limit"):
        read_bytes(big, 1024)
    assert read_bytes(big, 2048) == b"x" * 2048


# ---- failure 4: an unreadable folder, as an unprivileged user --------------

def test_an_unreadable_folder_is_accounted_for_as_the_folder(lexicon) -> None:
    """Built in a child that drops to `nobody` when the tests run as root (root reads any folder)."""
    given = Path(tempfile.mkdtemp(prefix="kg-unreadable-"))  # pytest's tmp_path is root's alone
    try:
        os.chmod(given, 0o755)
        (given / "locked").mkdir()
        (given / "ok.txt").write_bytes(seed(0))
        (given / "locked" / "inside.txt").write_bytes(seed(1))
        run([given / "ok.txt"], lexicon)  # imports and caches what a build needs, before dropping privileges
        os.chmod(given / "locked", 0)
        accounts = _as_unprivileged_user(lambda: [(a.file, a.status, a.reason) for a in run([given], lexicon).accounts])
    finally:
        os.chmod(given / "locked", 0o755)
        shutil.rmtree(given)
    assert accounts[0] == ("locked/", "skipped", "unreadable folder: Permission denied; its files are not read")
    assert accounts[1][:2] == ("ok.txt", "extracted") and len(accounts) == 2


def _as_unprivileged_user(work):
    """`work()` in a forked child, as uid/gid 65534 when we are root; its JSON result."""
    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - the child
        try:
            os.close(read)
            if os.geteuid() == 0:
                os.setgroups([])
                os.setgid(65534)
                os.setuid(65534)
            os.write(write, json.dumps(work()).encode())
        except BaseException:
            os.write(write, json.dumps({"error": traceback.format_exc()}).encode())
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        data = pipe.read()
    os.waitpid(child, 0)
    result = json.loads(data or b'{"error": "no answer"}')
    assert isinstance(result, list), f"the unprivileged child failed: {result['error']}"
    return [tuple(row) for row in result]


# ---- failures 6 and 7: names that are not UTF-8, hold tabs or newlines ----

HOSTILE = {b"caf\xe9-latin1.txt": "caf\\xe9-latin1.txt", b"tab\there.txt": "tab\\there.txt",
           b"new\nline.txt": "new\\nline.txt", b"back\\slash #1.txt": "back\\\\slash #1.txt",
           "\u202egnp.txt".encode(): "\\u202egnp.txt"}


def test_hostile_file_names_are_escaped_in_every_output(tmp_path: Path) -> None:
    given = tmp_path / "in"
    given.mkdir()
    for n, raw in enumerate(HOSTILE):
        with open(os.path.join(os.fsencode(given), raw), "wb") as handle:
            handle.write(seed(n))
    out = tmp_path / "out"
    done = kg("build", "-v", str(given), "-o", str(out), timeout=300)  # every output, the page and store included
    assert done.returncode == 0, done.stderr
    names = set(HOSTILE.values())
    assert set(files_tsv(out)) == names
    assert all(f"extracted  {name}: " in done.stderr for name in names)  # -v logs every file
    sources = {s["file"] for line in (out / "meetings.jsonl").read_text(encoding="utf-8").splitlines()
               for s in json.loads(line)["sources"]}
    assert sources == names
    graph = Graph().parse(out / "kg.ttl", format="turtle")
    assert {str(o) for o in graph.objects(None, FILE_NAME)} == names
    report = (out / "report.md").read_text(encoding="utf-8")
    assert all(name in report for name in names)
    page = (out / "graph.html").read_text(encoding="utf-8")
    assert json.dumps("caf\\xe9-latin1.txt")[1:-1] in page
    queried = kg("query", "SELECT ?f WHERE { ?a <https://w3id.org/cn-meetings/ontology#fileName> ?f }",
                 "--store", str(out / "store"), "--format", "csv")
    assert queried.returncode == 0, queried.stderr
    assert set(queried.stdout.splitlines()[1:]) == names


def test_same_name_in_two_folders_is_told_apart(tmp_path: Path) -> None:
    given = tmp_path / "in"
    for n, folder in enumerate(("a", "b")):
        (given / folder).mkdir(parents=True)
        (given / folder / "x.txt").write_bytes(seed(n))
    done = kg("build", str(given), "-o", str(tmp_path / "out"), "--no-store", "--no-html")
    assert done.returncode == 0, done.stderr
    assert sorted(files_tsv(tmp_path / "out")) == ["a/x.txt", "b/x.txt"]
    records = (tmp_path / "out" / "meetings.jsonl").read_text(encoding="utf-8").splitlines()
    assert sorted(s["file"] for r in records for s in json.loads(r)["sources"]) == ["a/x.txt", "b/x.txt"]


def test_a_named_path_that_is_missing_or_dangling(tmp_path: Path) -> None:
    os.symlink("nowhere", tmp_path / "dangling")
    done = kg("build", str(tmp_path / "dangling"), "-o", str(tmp_path / "out"), "--no-store", "--no-html")
    assert done.returncode == 0, done.stderr
    assert files_tsv(tmp_path / "out") == {"dangling": ("skipped", "dangling symbolic link: its target does not exist")}
    missing = os.fsencode(tmp_path) + b"/gone-\xff"
    done = kg("build", missing, "-o", str(tmp_path / "out2"))
    assert done.returncode == 1 and done.stderr.strip().endswith("no such file or directory: " + display_name(
        os.fsdecode(missing)))


# ---- names, sizes ----------------------------------------------------------

def _unescape(text: str) -> bytes:
    out, i = bytearray(), 0
    while i < len(text):
        if text[i] != "\\":
            out += text[i].encode()
            i += 1
            continue
        code = text[i + 1]
        if code in "\\tnr":
            out += {"\\": b"\\", "t": b"\t", "n": b"\n", "r": b"\r"}[code]
            i += 2
        elif code == "x":
            out.append(int(text[i + 2 : i + 4], 16))
            i += 4
        else:
            out += chr(int(text[i + 2 : i + 6], 16)).encode()
            i += 6
    return bytes(out)


@given(st.binary(max_size=40).filter(lambda b: b"/" not in b and b"\0" not in b)
       | st.text(max_size=20).map(str.encode).filter(lambda b: b"/" not in b and b"\0" not in b))
def test_display_names_are_printable_one_line_and_unambiguous(raw: bytes) -> None:
    name = display_name(os.fsdecode(raw))
    name.encode("utf-8")  # never raises
    assert not any(c in name for c in "\t\n\r\x00\x85\u2028\u2029")
    assert _unescape(name) == raw  # escaping loses nothing: two names never print alike


def test_parse_size() -> None:
    assert parse_size("64M") == 64 * 1024 * 1024 == parse_size("64 MB") == parse_size("64MiB")
    assert parse_size("500k") == 512_000 and parse_size("1000") == 1000 and parse_size("1.5G") == 3 << 29
    with pytest.raises(ValueError):
        parse_size("lots")
    done = kg("build", "--max-file-size", "lots")
    assert done.returncode == 1 and "not a size: 'lots'" in done.stderr  # a usage error


def test_discover_walks_in_order_and_lists_problems_once(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "y.txt").write_text("x")
    (tmp_path / "a.txt").write_text("x")
    os.mkfifo(tmp_path / "b" / "fifo")
    names = [(s.name, s.problem) for s in discover([tmp_path, tmp_path / "b" / "fifo"])]
    assert names == [("a.txt", None), ("b/fifo", "not a regular file: a FIFO (named pipe)"), ("b/y.txt", None)]


# ---- failure 13: the reason names the real cause --------------------------

@pytest.mark.parametrize("head", ["---\ntitle: 标题\ndate: 2024-01-01\n<p>正文</p>\n",
                                  "\n---\nlayout: post\ntitle: x\n", "---\nauthor: a\n\n正文"])
def test_unclosed_front_matter_is_named(tmp_path: Path, head: str) -> None:
    path = tmp_path / "post.md"
    path.write_text(head, encoding="utf-8")
    assert read_file(path).skipped == "front matter not closed: no '---' line after the opening one"


def test_a_markdown_rule_is_not_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "post.md"
    path.write_text("---\n# 标题\n正文\n", encoding="utf-8")
    assert read_file(path).skipped.startswith("unknown format")


DATA_COMMANDS = [["query", "province-recurrence", "--data"], ["load", "--endpoint", "http://127.0.0.1:9/store", "--data"]]


@pytest.mark.parametrize("command", DATA_COMMANDS)
def test_data_files_that_are_fifos_or_not_utf8_names_give_one_line(tmp_path: Path, command: list[str]) -> None:
    done = kg(*command, os.fsencode(tmp_path) + b"/\xff.ttl")
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and "cannot read" in done.stderr, done.stderr
    os.mkfifo(tmp_path / "pipe")
    done = kg(*command, str(tmp_path / "pipe"), timeout=60)  # refused, not waited on
    assert done.returncode == 1 and done.stderr.strip().endswith("not a regular file: a FIFO (named pipe)")
