"""Finding and opening input files: every path named or met is accounted for.

`discover` turns the inputs into `Source`s: the regular files to read, and
everything else a walk meets — FIFOs, sockets, devices, dangling or looping
links, links to folders, unreadable folders, hidden entries, files over the
size limit — with the `problem` that keeps it from being read, so a build
lists it instead of blocking on it, reading it without end, or dropping it.
`read_bytes` opens regular files only (checked before and after opening), and
never more than the size limit.

Outputs name a source by its path relative to the folder it was found in
(a file named on the command line: its own name), escaped by `display_name`
so that any name, even one that is not valid UTF-8, prints on one line.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

MB = 1024 * 1024
DEFAULT_MAX_FILE_SIZE = 64 * MB
HIDDEN = "hidden: names starting with '.' are not read"

__all__ = ["DEFAULT_MAX_FILE_SIZE", "NotRead", "Source", "discover", "display_name", "not_regular", "one_line",
           "parse_size", "printable", "read_bytes"]


class NotRead(Exception):
    """A path that is not read; the message is the one-line reason."""


@dataclass(frozen=True, slots=True)
class Source:
    path: Path  # where to open it: as given, or joined under a given folder (never written to outputs)
    name: str  # relative to its input folder, escaped: what outputs show
    problem: str | None = None  # why it is not read; None for a regular file to read


def discover(inputs: Sequence[str | Path], max_size: int = DEFAULT_MAX_FILE_SIZE) -> list[Source]:
    """Sources named or found under folders (recursively), each listed once.

    A folder's entries come sorted by their path relative to it.  A named path
    that does not exist raises FileNotFoundError (the user's mistake); anything
    else that cannot be read is a `Source` with a problem.
    """
    found: dict[Path, Source] = {}
    for given in inputs:
        for source in _named(Path(given), max_size):
            found.setdefault(source.path, source)
    return list(found.values())


def _named(root: Path, max_size: int) -> Iterator[Source]:
    name = display_name(os.path.basename(os.path.normpath(root)) or str(root))
    try:
        info = os.lstat(root)
    except (FileNotFoundError, NotADirectoryError):
        raise FileNotFoundError(f"no such file or directory: {display_name(str(root))}") from None
    except OSError as exc:
        yield Source(root, name, f"unreadable: {_strerror(exc)}")
        return
    if stat.S_ISLNK(info.st_mode):  # a link named on the command line is followed, even to a folder
        try:
            info = os.stat(root)
        except OSError as exc:
            yield Source(root, name, _link_problem(exc))
            return
    if stat.S_ISDIR(info.st_mode):
        yield from _walk(root, name, max_size)
    else:
        yield Source(root, name, _file_problem(info, max_size))


def _walk(root: Path, root_name: str, max_size: int) -> list[Source]:
    found: list[tuple[tuple[str, ...], Source]] = []
    pending: list[tuple[str, ...]] = [()]
    while pending:
        rel = pending.pop()
        folder = root.joinpath(*rel)
        try:
            with os.scandir(folder) as listing:
                entries = list(listing)
        except OSError as exc:  # the files inside are accounted for as the folder
            name = _name(rel, folder=True) if rel else root_name + "/"
            found.append((rel, Source(folder, name, f"unreadable folder: {_strerror(exc)}; its files are not read")))
            continue
        for entry in entries:
            parts = (*rel, entry.name)
            is_dir, problem = _classify(entry, max_size)
            if entry.name.startswith("."):  # .git, .DS_Store, editors' temp files
                found.append((parts, Source(Path(entry.path), _name(parts, folder=is_dir), HIDDEN)))
            elif is_dir:
                pending.append(parts)
            else:
                found.append((parts, Source(Path(entry.path), _name(parts), problem)))
    found.sort(key=lambda pair: pair[0])
    return [source for _, source in found]


def _classify(entry: os.DirEntry, max_size: int) -> tuple[bool, str | None]:
    """(a folder to walk, the problem of a file); links to folders are not followed."""
    try:
        info = entry.stat(follow_symlinks=False)
        if stat.S_ISLNK(info.st_mode):
            try:
                info = os.stat(entry.path)
            except OSError as exc:
                return False, _link_problem(exc)
            if stat.S_ISDIR(info.st_mode):
                return False, "link to a folder: not followed (name the folder itself to read it)"
    except OSError as exc:
        return False, f"unreadable: {_strerror(exc)}"
    if stat.S_ISDIR(info.st_mode):
        return True, None
    return False, _file_problem(info, max_size)


def _file_problem(info: os.stat_result, max_size: int) -> str | None:
    if stat.S_ISREG(info.st_mode):
        if info.st_size > max_size:
            return f"too large: {_size(info.st_size)}, over the {_size(max_size)} limit (--max-file-size)"
        return None
    for test, kind in ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
                       (stat.S_ISDIR, "a folder")):
        if test(info.st_mode):
            return f"not a regular file: {kind}"
    return "not a regular file"


def _link_problem(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return "dangling symbolic link: its target does not exist"
    return f"unreadable link: {_strerror(exc)}"


def _strerror(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def _size(n: int) -> str:
    return f"{n / MB:.1f} MB" if n % MB else f"{n // MB} MB"


def _name(parts: tuple[str, ...], *, folder: bool = False) -> str:
    return display_name("/".join(parts)) + ("/" if folder else "")


# ---- opening ---------------------------------------------------------------

_OPEN_FLAGS = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)


def read_bytes(path: Path, max_size: int = DEFAULT_MAX_FILE_SIZE) -> bytes:
    """The bytes of a regular file of at most `max_size` bytes; NotRead otherwise.

    The kind is checked before opening (opening a FIFO or a tape has effects)
    and again on the open file (it may have been swapped); O_NONBLOCK keeps a
    FIFO put there in between from blocking the open.
    """
    try:
        problem = _file_problem(os.stat(path), max_size)
    except OSError as exc:
        raise NotRead(_stat_problem(path, exc)) from None
    if problem:
        raise NotRead(problem)
    try:
        with os.fdopen(os.open(path, _OPEN_FLAGS), "rb") as handle:
            problem = _file_problem(os.fstat(handle.fileno()), max_size)
            if problem:
                raise NotRead(problem)
            data = handle.read(max_size + 1)
    except OSError as exc:
        raise NotRead(f"unreadable file: {_strerror(exc)}") from None
    if len(data) > max_size:  # it grew after the check
        raise NotRead(f"too large: over the {_size(max_size)} limit (--max-file-size)")
    return data


def not_regular(path: Path) -> str | None:
    """Why `path` must not be opened as a data file (a FIFO, a device, a folder), else None."""
    try:
        info = os.stat(path)
    except OSError:  # opening it will say what is wrong
        return None
    return None if stat.S_ISREG(info.st_mode) else _file_problem(info, 0)


def _stat_problem(path: Path, exc: OSError) -> str:
    if exc.errno == errno.ELOOP or (exc.errno == errno.ENOENT and os.path.islink(path)):
        return _link_problem(exc)
    return f"unreadable file: {_strerror(exc)}"


# ---- names -----------------------------------------------------------------

# Backslash, controls (C0, DEL, C1), line and paragraph separators, bidirectional
# overrides (they reorder a terminal line), and the lone surrogates Python uses
# for bytes that are not UTF-8 (surrogateescape).
_UNSAFE_CHARS = "\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff"
_UNSAFE = re.compile("[\\\\" + _UNSAFE_CHARS + "]")
_CONTROL = re.compile("[" + _UNSAFE_CHARS + "]")
_SHORT = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}


def display_name(name: str) -> str:
    """A file name as one printable, UTF-8-encodable line, unambiguously:
    `\\\\`, `\\t`, `\\n`, `\\r`, `\\xNN` for other ASCII controls and for each byte
    that is not UTF-8, `\\uNNNN` for C1 controls, separators and bidirectional controls."""
    return _UNSAFE.sub(_escape, name)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if char in _SHORT:
        return _SHORT[char]
    if 0xDC80 <= code <= 0xDCFF:  # surrogateescape: the undecodable byte itself
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x80 else f"\\u{code:04x}"  # \\x80 and up: only bytes


def printable(text: str) -> str:
    """`text` with controls escaped (a TSV cell); escaped names pass unchanged."""
    return _CONTROL.sub(_escape, text)


def one_line(text: str) -> str:
    """A reason as one line without control characters (for files.tsv and the terminal)."""
    return printable(" ".join(text.split()))


_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*", re.IGNORECASE)


def parse_size(text: str) -> int:
    """'64M', '1.5G', '500k', '1000' (bytes) -> bytes; ValueError otherwise."""
    match = _SIZE.fullmatch(text)
    if not match:
        raise ValueError(f"not a size: {text!r} (try 64M, 1G, 500k)")
    scale = {"": 1, "k": 1024, "m": MB, "g": 1024 * MB}[match.group(2).lower()]
    return int(float(match.group(1)) * scale)
