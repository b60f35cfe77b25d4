"""The build's live bar and phase lines on a terminal; silence with -q or off a terminal."""

from __future__ import annotations

import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios
from pathlib import Path

from tests.conftest import ROOT, SEEDS


def build_on_terminal(out: Path, *flags: str) -> tuple[str, str]:
    """(stdout, what a terminal on stderr shows)."""
    main, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))  # 40 rows, 120 columns
    done = subprocess.Popen([sys.executable, "-m", "kg", "build", str(SEEDS), "-o", str(out), "--no-store",
                             "--no-validate", *flags], cwd=ROOT, stdout=subprocess.PIPE, stderr=terminal, text=True)
    os.close(terminal)
    shown = b""
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:  # the build closed the terminal
            break
        if not chunk:
            break
        shown += chunk
    stdout, _ = done.communicate(timeout=300)
    os.close(main)
    assert done.returncode == 0
    return stdout, shown.decode("utf-8", "replace")


def test_bar_and_phases_on_a_terminal(tmp_path: Path) -> None:
    _, shown = build_on_terminal(tmp_path / "out")
    assert "extract" in shown and "5/5" in shown and "documents" in shown and "meetings" in shown
    assert "graph.html:" in shown and " s\r\n" in shown  # one line per writing phase, with its time


def test_quiet_and_verbose(tmp_path: Path) -> None:
    _, quiet = build_on_terminal(tmp_path / "q", "-q")
    assert quiet == ""
    _, verbose = build_on_terminal(tmp_path / "v", "-v")
    assert "file/s" not in verbose and "000_968c041b20610dd7.txt" in verbose  # every file instead of the bar


def test_silent_off_a_terminal(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "kg", "build", str(SEEDS), "-o", str(tmp_path), "--no-store",
                           "--no-html"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and done.stderr == ""
