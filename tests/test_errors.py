"""One line, never a traceback: every user mistake through the real entry point,
with the exit status documented in `kg --help` (kg/errors.py)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from kg.errors import EXIT_CODES
from tests.conftest import ROOT, SEEDS

SEED = SEEDS / "003_c94b25b35698020a.txt"


def kg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kg", *args], cwd=ROOT, capture_output=True, text=True,
                          encoding="utf-8", timeout=600)


def one_line(stderr: str, *needles: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


def test_help_documents_the_exit_codes() -> None:
    done = kg("--help")
    assert done.returncode == 0
    for code in ("0 done", "1 usage or input error", "2 invalid output", "130 interrupted", "143 terminated"):
        assert code in " ".join(done.stdout.split()), code
    assert "--strict" in kg("build", "--help").stdout and "130 interrupted" in EXIT_CODES


@pytest.mark.parametrize("command", [["build", str(SEED), "--no-store"], ["export", "-f", "turtle"]])
def test_output_that_is_a_file(tmp_path: Path, command: list[str]) -> None:
    target = tmp_path / "taken"
    target.write_text("mine", encoding="utf-8")
    done = kg(*command, "-o", str(target))
    assert done.returncode == 1
    one_line(done.stderr, str(target), "is a file, not a folder")
    assert target.read_text(encoding="utf-8") == "mine"
    done = kg(*command, "-o", str(target / "below"))  # a file on the way there
    assert done.returncode == 1
    one_line(done.stderr, str(target), "is a file")


def test_empty_input_warns_and_fails(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    done = kg("build", str(tmp_path / "in"), "-o", str(tmp_path / "out"))
    assert done.returncode == 1
    one_line(done.stderr, "warning: no input files", str(tmp_path / "in"))
    assert not (tmp_path / "out").exists()


def test_missing_input(tmp_path: Path) -> None:
    done = kg("build", str(tmp_path / "nope"), "-o", str(tmp_path / "out"))
    assert done.returncode == 1
    one_line(done.stderr, "kg build:", "nope")


@pytest.mark.parametrize(("content", "reason"), [
    (None, "no gold file"),
    ('{"a": 1}', "is not a gold file"),
    ("[1, 2]", "is not a gold file"),
    ("not json", "is not a gold file"),
])
def test_eval_gold_missing_or_wrongly_shaped(tmp_path: Path, content: str | None, reason: str) -> None:
    gold = tmp_path / "dev.json"
    if content is not None:
        gold.write_text(content, encoding="utf-8")
    done = kg("eval", "--gold", str(gold), str(SEED))
    assert done.returncode == 1
    one_line(done.stderr, "kg eval:", reason, str(gold), '"articles"')


def test_usage_error_is_status_1() -> None:
    done = kg("build", "--no-such-option")
    assert done.returncode == 1 and "Traceback" not in done.stderr and "unrecognized arguments" in done.stderr


def test_validate_codes(tmp_path: Path) -> None:
    garbage = tmp_path / "x.ttl"
    garbage.write_text("<not turtle", encoding="utf-8")
    done = kg("validate", str(garbage))
    assert done.returncode == 1
    one_line(done.stderr, "kg validate: cannot read", str(garbage))


def _first_line_then_close(args: list[str]) -> tuple[int, str, str]:
    """`kg ARGS | head -1`: read one line, close the pipe, let kg finish."""
    with subprocess.Popen([sys.executable, "-m", "kg", *args], cwd=ROOT, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE) as proc:
        first = proc.stdout.readline().decode("utf-8")
        proc.stdout.close()
        err = proc.stderr.read().decode("utf-8")
        return proc.wait(timeout=600), first, err


def test_closed_pipe_is_not_an_error_and_the_build_completes(tmp_path: Path) -> None:
    inputs = [str(SEEDS / "003_c94b25b35698020a.txt")] * 1 + [str(p) for p in sorted(SEEDS.iterdir())]
    status, first, err = _first_line_then_close(["build", *inputs, "--no-store", "-o", str(tmp_path)])
    assert status == 0 and first and "Traceback" not in err and "BrokenPipe" not in err, err
    assert (tmp_path / "graph.html").is_file() and (tmp_path / "report.md").is_file()
    status, first, err = _first_line_then_close(["validate", str(ROOT / "output" / "kg.ttl")])
    assert status == 0 and first.startswith("Validation Report") and err == "", err


def test_ctrl_c_is_one_line_and_130(tmp_path: Path) -> None:
    paused = {**os.environ, "KG_FAULT": "write:files.tsv:pause"}  # a loaded machine cannot finish the build first
    with subprocess.Popen([sys.executable, "-m", "kg", "-v", "build", str(SEEDS), str(SEEDS), "-o", str(tmp_path)],
                          cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=paused) as proc:
        proc.stderr.readline()  # the first file logged: main() is running
        proc.send_signal(signal.SIGINT)
        err = proc.stderr.read().decode("utf-8")
        status = proc.wait(timeout=120)
    assert status == 130
    assert "Traceback" not in err and err.strip().splitlines()[-1].startswith("kg build: interrupted")


@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("setpriv"),
                    reason="needs root and setpriv (util-linux) to run kg as an unprivileged user")
def test_read_only_output_folder() -> None:
    with tempfile.TemporaryDirectory() as top:  # pytest's tmp_path sits in a folder only root can enter
        Path(top).chmod(0o755)
        folder = Path(top) / "ro"
        folder.mkdir(mode=0o555)
        _read_only_output_folder(folder)


def _read_only_output_folder(folder: Path) -> None:
    nobody = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    started = time.perf_counter()
    done = subprocess.run([*nobody, sys.executable, "-m", "kg", "build", "-q", "--no-store", "-o", str(folder),
                           str(SEED)], cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=600)
    if "Permission denied" in done.stderr and "kg build" not in done.stderr:
        pytest.skip("the unprivileged user cannot read this checkout")
    assert done.returncode == 1
    one_line(done.stderr, str(folder), "not writable")
    assert time.perf_counter() - started < 60 and list(folder.iterdir()) == []


def test_report_warnings_name_their_source_file(lexicon) -> None:
    from kg.pipeline import Extraction
    from kg.render.sample import seed_meetings
    from kg.report import render

    meeting = seed_meetings(lexicon)[0]
    meeting.warnings.append("date guessed from the publication date")
    text = render(Extraction(meetings=[meeting]), lexicon)
    section = text.split("## Warnings", 1)[1].split("##", 1)[0]
    assert "| date | meeting | source file | warning |" in section
    assert f"| {meeting.doc.file} | date guessed from the publication date |" in section


def test_unreadable_data_files_are_one_line(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.ttl"
    garbage.write_text("garbage <<\n", encoding="utf-8")
    for args in (["query", "evidence", "--data", str(garbage)], ["validate", str(garbage)],
                 ["export", "-f", "graphml", "--data", str(garbage), "-o", str(tmp_path / "x")],
                 ["load", "--cypher", str(tmp_path / "db"), "--data", str(garbage)]):
        done = kg(*args)
        assert done.returncode == 1, args
        one_line(done.stderr, str(garbage))
    missing = kg("validate", str(tmp_path / "none.ttl"))
    assert one_line(missing.stderr).endswith(f"cannot read {tmp_path / 'none.ttl'}: no such file or directory")


def test_a_signal_that_arrives_inside_a_callback_still_stops_the_build() -> None:
    """Python only prints an exception raised in a weakref callback ('Exception ignored in…'):
    a SIGTERM that lands there is delivered again, and stops the code that runs after it."""
    code = (
        "import signal, sys, time, weakref\n"
        "from kg.cmd_build import Terminated, _stop_swallowed, _terminate\n"
        "signal.signal(signal.SIGTERM, _terminate)\n"
        "sys.unraisablehook = _stop_swallowed\n"
        "class Held: pass\n"
        "held = Held()\n"
        "def callback(ref):\n"
        "    import os\n"
        "    os.kill(os.getpid(), signal.SIGTERM)\n"
        "    sum(range(10000))  # the handler raises in here\n"
        "ref = weakref.ref(held, callback)\n"
        "try:\n"
        "    del held\n"
        "    time.sleep(5)\n"
        "    print('not stopped')\n"
        "except Terminated:\n"
        "    print('stopped')\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "stopped" and done.stderr == "", done.stdout + done.stderr
