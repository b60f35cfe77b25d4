"""Per-file extraction in this process, in worker processes, or on a Dask
cluster, with results handed back in input order (so outputs do not depend
on who extracted what, or when).

Extraction is a pure function of a file's name and bytes (kg.pipeline.extract_file),
so the cache can answer for it and any worker can run it.  Dask workers may
run on other machines: they get the bytes, not the path, and must run the
same kg (their extractor fingerprint is checked before any work).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import ExitStack, contextmanager, suppress
from pathlib import Path

from kg.lexicon import Lexicon
from kg.lexicon import load as load_lexicon
from kg.pipeline import FileResult, extract_file
from kg.sources import DEFAULT_MAX_FILE_SIZE, NotRead, Source, read_bytes

Job = tuple[Source, bytes | None, "FileResult | None"]  # a source, its bytes (when read), the cached result


class WorkerMismatch(Exception):
    """Dask workers run another version of kg (one-line message)."""


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def extract_all(jobs: Iterable[Job], lexicon: Lexicon, workers: int = 1, scheduler: str | None = None,
                max_size: int = DEFAULT_MAX_FILE_SIZE, warm_up_here: Callable[[], bool] = lambda: True,
                idle: Callable[[], None] | None = None) -> Iterator[FileResult]:
    """FileResults in the order of `jobs`; cached ones pass straight through.  Worker
    processes start at the first file to extract (a re-run with nothing new forks none).
    If `warm_up_here()` says so then (a cold build), the extractors' patterns are compiled
    here first, once for all the workers forked after; otherwise (a re-run) the first
    LOCAL_FIRST files to extract are extracted here, and workers start only if more follow:
    starting them costs more than a few changed files do.  `idle` runs once, when this
    process first waits for a worker (to do there what it would do later anyway)."""
    with ExitStack() as stack:
        if scheduler:
            submit = _dask(stack, scheduler, max_size)
            window = 256
        elif workers > 1:
            submit = _LazyPool(stack, lexicon, workers, max_size, warm_up_here)
            window = workers * 16
        else:
            submit = lambda source, data: extract_file(source, lexicon, max_size)  # noqa: E731
            window = 0
        yield from _in_order(jobs, submit, window, idle)


LOCAL_FIRST = 8  # changed files a re-run extracts here before it starts workers


class _LazyPool:
    """submit(source, data): a worker's future; the pool starts at the first call."""

    def __init__(self, stack: ExitStack, lexicon: Lexicon, workers: int, max_size: int,
                 warm_up_here: Callable[[], bool]):
        self.stack, self.lexicon, self.workers, self.max_size = stack, lexicon, workers, max_size
        self.warm_up_here = warm_up_here
        self.pool: ProcessPoolExecutor | None = None
        self.local = 0  # files of a re-run extracted here, before any worker started

    def __call__(self, source: Source, data: bytes | None) -> Future:
        if self.pool is None:
            if self.local < LOCAL_FIRST and not self.warm_up_here():
                self.local += 1
                return _done(extract_file(source, self.lexicon, self.max_size))
            self.pool = self.stack.enter_context(self._started())
        return self.pool.submit(_extract_in_worker, source)

    @contextmanager
    def _started(self) -> Iterator[ProcessPoolExecutor]:
        if self.warm_up_here():
            from kg.extract import lexindex  # (a re-run, mostly cached, need not import the extractors here)

            lexindex.build(self.lexicon)  # compiled once here; forked workers inherit it
        pool = ProcessPoolExecutor(self.workers, initializer=_start_worker, initargs=(self.lexicon, self.max_size))
        try:
            yield pool
        except BaseException:
            _stop(pool)
            raise
        pool.shutdown(wait=True)  # every result is in: the workers exit


def _done(result: FileResult) -> Future:
    """A result made in this process, as the future a worker would give."""
    done: Future = Future()
    done.set_result(result)
    return done


def _stop(pool: ProcessPoolExecutor) -> None:
    """Stop the workers on an error or Ctrl-C (they ignore SIGINT) without waiting on one stuck on a
    file, but wait for the pool's manager thread: else the interpreter's exit hook may write to its
    closed wake-up pipe ('Exception ignored … Bad file descriptor' after the one-line message)."""
    for child in multiprocessing.active_children():
        child.terminate()
    pool.shutdown(wait=True, cancel_futures=True)


RUN_AHEAD = 128  # cached results held while the file before them is extracted (a bound on memory)


def _in_order(jobs: Iterable[Job], submit: Callable[[Source, bytes | None], object], window: int,
              idle: Callable[[], None] | None = None) -> Iterator[FileResult]:
    """At most `window` files in flight; cached results run ahead of them (up to RUN_AHEAD
    held), so a re-run loads the cache while a worker extracts the changed file.  `idle`
    runs once, the first time a result is waited for."""
    pending: deque[object] = deque()
    inflight = 0

    def first(item: object) -> FileResult:
        nonlocal idle
        if idle is not None and not isinstance(item, FileResult) and not item.done():  # type: ignore[attr-defined]
            idle, run = None, idle
            run()
        return _result(item)

    for source, data, cached in jobs:
        item = cached if cached is not None else submit(source, data)
        pending.append(item)
        inflight += not isinstance(item, FileResult)
        while pending and (inflight > window or len(pending) > window + RUN_AHEAD):
            inflight -= not isinstance(pending[0], FileResult)
            yield first(pending.popleft())
    while pending:
        yield first(pending.popleft())


def _result(item: object) -> FileResult:
    return item if isinstance(item, FileResult) else item.result()  # type: ignore[attr-defined]


_worker_lexicon: Lexicon | None = None
_worker_max_size = DEFAULT_MAX_FILE_SIZE


def _start_worker(lexicon: Lexicon, max_size: int = DEFAULT_MAX_FILE_SIZE) -> None:
    """Ctrl-C reaches the whole process group: the parent alone handles it.
    The lexicon comes once per worker: sent with every file, each copy would be
    a new object, and everything cached on it (compiled patterns) built again."""
    global _worker_lexicon, _worker_max_size
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_lexicon, _worker_max_size = lexicon, max_size


def _extract_in_worker(source: Source) -> FileResult:
    return extract_file(source, _worker_lexicon, _worker_max_size)


# ---- Dask distributed --------------------------------------------------------

def extract_bytes(path: str, name: str, data: bytes, max_size: int = DEFAULT_MAX_FILE_SIZE) -> FileResult:
    """extract_file on a machine that cannot see `path`: the bytes go into a
    temporary file, read under the source's own name (readers take names from it)."""
    with tempfile.TemporaryDirectory(prefix="kg-") as folder:
        local = Path(folder) / "input"
        local.write_bytes(data)
        result = extract_file(Source(local, name), load_lexicon(), max_size)
    result.account = type(result.account)(**{**_fields(result.account), "path": path})
    return result


def _fields(obj: object) -> dict:
    return {name: getattr(obj, name) for name in obj.__slots__}  # type: ignore[attr-defined]


def _dask(stack: ExitStack, address: str, max_size: int) -> Callable[[Source, bytes | None], Future]:
    try:
        from distributed import Client
    except ImportError:
        raise WorkerMismatch("--scheduler needs Dask: pip install 'kg-meetings[dask]'") from None
    from kg.cache import fingerprint

    client = stack.enter_context(Client(address, timeout="20s"))
    theirs = set(client.run(fingerprint).values())
    if theirs != {fingerprint()}:
        raise WorkerMismatch(f"the Dask workers at {address} run another kg (or none): install this one there")

    def submit(source: Source, data: bytes | None) -> Future:
        if data is None and source.problem is None:
            with suppress(NotRead):
                data = read_bytes(source.path, max_size)
        if data is None:  # nothing to send: the account is made here
            return _done(extract_file(source, load_lexicon(), max_size))
        return client.submit(extract_bytes, str(source.path), source.name, data, max_size, pure=False)

    return submit
