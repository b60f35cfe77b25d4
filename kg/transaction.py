"""A build is one transaction: the output folder holds the previous complete
build or the new one, never a mix, whenever the build is killed.

    with Transaction(out_dir) as tx:      # lock, clean what killed builds left
        write everything into tx.staging  # a folder beside out_dir
        tx.commit()                       # one rename(2): the swap

The new build is written into a staging folder beside the output folder
(`.NAME.kg-new-PID`), then the two folders trade places in one system call
(renameat2 with RENAME_EXCHANGE: Linux 3.15+; ext4, xfs, btrfs, tmpfs), and
the old one is deleted.  A kill -9 at any moment leaves the whole previous
build or the whole new one at NAME; the next build deletes whatever a killed
one left beside it.  Files in the output folder that a build does not write
(exports/, notes) are hard-linked into the staging folder before the swap, so
they stay.  Where the exchange is not available (another OS or file system),
the outputs are moved in one at a time, the manifest last, and readers check
build ids (kg.manifest).

A second build into the same folder stops at once with the holder's pid: the
lock is an flock(2) on `.kg-lock` inside the output folder (and on the one in
the staging folder, which takes its place at the swap).  The kernel drops the
lock of a process that dies, so a stale lock file is simply taken over.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import logging
import os
import shutil
import signal
from pathlib import Path

from kg import faults

log = logging.getLogger(__name__)

LOCK = ".kg-lock"
CACHE = ".kg-cache"  # kept across builds: moved into the new build at the swap
# What a build writes; everything else in the output folder is the user's and is kept.
OUTPUTS = ("kg.ttl", "meetings.jsonl", "report.md", "files.tsv", "graph.html", "store", "build.json")
MAX_FOREIGN = 10_000  # files of the user's carried over at each build, at most
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


class OutputBusy(Exception):
    """Another build holds the output folder (one-line message)."""


class Transaction:
    def __init__(self, out_dir: Path):
        self.out = Path(os.path.realpath(out_dir))  # a symlinked folder: swap its target, keep the link
        self.staging = self.out.with_name(f".{self.out.name}.kg-new-{os.getpid()}")
        self._locks: list[int] = []
        self.committed = False

    # ---- life cycle ---------------------------------------------------------

    def __enter__(self) -> Transaction:
        if self.out.exists() and not self.out.is_dir():
            raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(self.out))
        self.out.mkdir(parents=True, exist_ok=True)
        self._locks.append(_lock(self.out / LOCK))
        try:
            self._clean_leftovers()
            _check_foreign(self.out)
            self.staging.mkdir()
            self._locks.append(_lock(self.staging / LOCK))
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        if not self.committed:
            shutil.rmtree(self.staging, ignore_errors=True)
        if self._locks:
            with contextlib.suppress(OSError):  # a read-only folder keeps it: flock still frees it
                (self.out / LOCK).unlink(missing_ok=True)
        for fd in self._locks:
            os.close(fd)
        self._locks.clear()

    @property
    def cache_dir(self) -> Path:
        """The cache lives in the output folder (kg.cache), outside the transaction."""
        return self.out / CACHE

    def commit(self) -> None:
        """Swap the staging folder in.  Signals wait until the swap and the
        clean-up are done, so an interrupted commit is a finished one."""
        blocked = {signal.SIGINT, signal.SIGTERM}
        previous = signal.pthread_sigmask(signal.SIG_BLOCK, blocked)
        try:
            _carry_foreign(self.out, self.staging)
            faults.point("commit:before-swap")
            cache = self.out / CACHE
            if cache.exists():
                os.replace(cache, self.staging / CACHE)  # a kill here loses a cache only
            if _exchange(self.staging, self.out):
                self.committed = True
                faults.point("commit:after-swap")
                shutil.rmtree(self.staging, ignore_errors=True)  # the previous build now
            else:
                self._move_in()
                self.committed = True
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, previous)

    # ---- helpers ------------------------------------------------------------

    def _clean_leftovers(self) -> None:
        """What killed builds left: staging and old folders beside the output
        folder, temporary files inside it (older versions wrote those)."""
        prefix = f".{self.out.name}.kg-"
        for entry in sorted(self.out.parent.iterdir()):
            if entry.name.startswith(prefix) and entry != self.staging:
                cache = entry / CACHE
                if cache.is_dir() and not (self.out / CACHE).exists():
                    os.replace(cache, self.out / CACHE)  # killed between moving the cache and the swap
                log.info("removing %s, left by a build that did not finish", entry)
                _remove(entry)
        temporary = tuple(f".{name}." for name in OUTPUTS)
        for entry in self.out.iterdir():
            if entry.name.startswith(temporary):
                _remove(entry)

    def _move_in(self) -> None:
        """Fallback without an atomic exchange: one rename per output, the manifest last."""
        names = [n for n in OUTPUTS if n != "build.json"] + ["build.json"]
        for name in names:
            src, dst = self.staging / name, self.out / name
            if dst.is_dir() and not dst.is_symlink():
                old = self.out / f".{name}.old-{os.getpid()}"
                os.replace(dst, old)
                _remove(old)
            if src.exists():
                os.replace(src, dst)
            elif dst.exists():
                _remove(dst)  # an output this build did not write (--no-html, --no-store)
        shutil.rmtree(self.staging, ignore_errors=True)


def _lock(path: Path) -> int:
    """flock `path` or raise OutputBusy naming the holder; writes our pid."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.pread(fd, 64, 0).decode("ascii", "replace").strip() or "unknown"
        os.close(fd)
        raise OutputBusy(f"{path.parent} is in use by another kg build (pid {holder}): "
                         "wait for it to finish, or give another -o") from None
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
    return fd


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two paths; False where the system cannot."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(b))


def _foreign(out: Path) -> list[Path]:
    keep = {*OUTPUTS, LOCK, CACHE}
    return [entry for entry in sorted(out.iterdir()) if entry.name not in keep]


def _check_foreign(out: Path) -> None:
    """Refuse a folder holding too much else (a home folder, a repository) before any work."""
    count = 0
    for entry in _foreign(out):
        count += sum(len(files) + len(dirs) for _, dirs, files in os.walk(entry)) + 1 if entry.is_dir() else 1
        if count > MAX_FOREIGN:
            raise OSError(errno.EEXIST, f"holds more than {MAX_FOREIGN} files that are not kg outputs: "
                                        "give an output folder of its own", str(out))


def _carry_foreign(out: Path, staging: Path) -> None:
    for entry in _foreign(out):
        target = staging / entry.name
        if entry.is_dir() and not entry.is_symlink():
            shutil.copytree(entry, target, symlinks=True, copy_function=_link_or_copy)
        elif entry.is_symlink():
            os.symlink(os.readlink(entry), target)
        elif entry.is_file():
            _link_or_copy(entry, target)


def _link_or_copy(src: str | Path, dst: str | Path) -> None:
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)
