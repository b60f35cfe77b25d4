"""One line, never a traceback: how the CLI ends on a user's mistake.

Exit status of every command (also in `kg --help` and the README):

    0    done (built, answered, loaded)
    1    usage or input error: a bad argument, a missing or unreadable file,
         an output path that is a file, a read-only folder, a full disk
    2    invalid output: the graph does not conform to the shapes
         (`kg build --strict`, `kg validate`)
    130  interrupted (Ctrl-C)
    143  terminated (SIGTERM)

Library code raises; only `guarded` (around `kg.cli.main`) prints.  A closed
pipe (`kg build | head -1`) is not an error: output to it is dropped and the
command finishes its work.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

OK, USAGE, INVALID, INTERRUPTED, TERMINATED = 0, 1, 2, 130, 143
EXIT_CODES = (f"exit status: {OK} done; {USAGE} usage or input error; {INVALID} invalid output (the graph does not "
              f"conform: --strict, kg validate); {INTERRUPTED} interrupted (Ctrl-C); {TERMINATED} terminated (SIGTERM)")

log = logging.getLogger(__name__)


class UserError(Exception):
    """A mistake the user can fix; its message is one line that says how."""

    def __init__(self, message: str, code: int = USAGE) -> None:
        super().__init__(message)
        self.code = code


def describe(exc: BaseException) -> str:
    """One line for an exception: an OSError names its file and the system's reason."""
    if isinstance(exc, OSError) and exc.strerror:
        files = [str(f) for f in (exc.filename, exc.filename2) if f is not None]
        reason = exc.strerror[0].lower() + exc.strerror[1:]
        return f"{' -> '.join(files)}: {reason}" if files else reason
    text = " ".join(str(exc).split())
    return text or type(exc).__name__


def check_output_folder(path: Path, option: str = "-o") -> None:
    """An output folder that cannot be one is an error before any work is done."""
    for folder in (path, *path.parents):
        if not folder.exists():
            continue
        if not folder.is_dir():
            raise UserError(f"{folder} is a file, not a folder: give {option} a folder (it is created if missing)")
        if not os.access(folder, os.W_OK | os.X_OK):
            raise UserError(f"{folder} is not writable: give {option} a folder you can write to")
        return


class _PipeGuard:
    """stdout that outlives its reader: after a broken pipe, writes go nowhere."""

    def __init__(self, stream) -> None:
        self._stream = stream
        self.closed_pipe = False

    def write(self, text: str) -> int:
        if not self.closed_pipe:
            try:
                return self._stream.write(text)
            except BrokenPipeError:
                self._drop()
        return len(text)

    def flush(self) -> None:
        if not self.closed_pipe:
            try:
                self._stream.flush()
            except BrokenPipeError:
                self._drop()

    def _drop(self) -> None:
        self.closed_pipe = True
        try:  # what is still buffered goes to /dev/null too, so the flush at exit cannot fail
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, self._stream.fileno())
            os.close(devnull)
        except (OSError, ValueError):
            pass  # not a real file (a test's capture): nothing buffered below us

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


def _command(argv: Sequence[str], commands: Sequence[str]) -> str:
    name = next((a for a in argv if a in commands), None)
    return f"kg {name}" if name else "kg"


def guarded(main: Callable[[Sequence[str] | None], int]) -> Callable[[Sequence[str] | None], int]:
    """Wrap the CLI's main: every failure becomes one line on stderr and an exit status."""

    @functools.wraps(main)
    def run(argv: Sequence[str] | None = None) -> int:
        from kg.cli import COMMANDS

        args = list(sys.argv[1:] if argv is None else argv)
        prog = _command(args, COMMANDS)
        stdout = sys.stdout
        sys.stdout = _PipeGuard(stdout)
        try:
            return main(argv)
        except UserError as exc:
            return _fail(prog, str(exc), exc.code)
        except KeyboardInterrupt:
            return _fail(prog, "interrupted", INTERRUPTED)
        except SystemExit as exc:  # argparse: --help (0) and usage errors (2; documented as 1)
            return USAGE if exc.code == 2 else (exc.code if isinstance(exc.code, int) else USAGE)
        except (OSError, MemoryError, UnicodeError) as exc:
            return _fail(prog, describe(exc) if not isinstance(exc, MemoryError) else "out of memory", USAGE)
        except Exception as exc:  # a bug: still one line, the traceback with -v
            if "-v" in args or "--verbose" in args:
                log.exception("%s failed", prog)
            return _fail(prog, f"internal error: {type(exc).__name__}: {describe(exc)} "
                               "(a bug: run again with -v for the traceback and report it)", USAGE)
        finally:
            with contextlib.suppress(OSError, ValueError):
                sys.stdout.flush()
            sys.stdout = stdout

    return run


def _fail(prog: str, message: str, code: int) -> int:
    with contextlib.suppress(OSError, ValueError):  # stderr gone too
        print(f"{prog}: {message}", file=sys.stderr)
    return code
