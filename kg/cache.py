"""The extraction cache: a file's results, keyed by its content.

A re-run reads every file (to hash it) but extracts only the files whose
bytes, path or extraction code changed.  The key is the SHA-256 of the
extractor's fingerprint (kg's version and the source of kg/read, kg/extract,
kg/data and the modules they use: a changed rule or lexicon invalidates every
entry), the path as given and the file's bytes.  One SQLite file in the
output folder (`.kg-cache/cache.sqlite`); entries a build did not use are
dropped at its end, so the cache holds one build's worth.  Writing it is not
part of the build transaction: an entry is a pure function of its key.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import pickle
import sqlite3
from collections.abc import Iterator, MutableMapping
from functools import cache
from importlib import resources
from pathlib import Path

from kg import __version__
from kg.ids import slugs_key
from kg.pipeline import FileResult

log = logging.getLogger(__name__)

_TABLES = ("results", "verdicts", "layouts", "pieces", "slugs")  # a build keeps the rows it reads or writes
_BLOBS = ("layouts", "pieces", "slugs")  # tables of Blobs
# What extraction depends on, inside the package.
_SOURCES = ("read", "extract", "data", "clean.py", "model.py", "lexicon.py", "numerals.py", "pipeline.py", "sources.py")


@cache
def fingerprint() -> str:
    digest = hashlib.sha256(__version__.encode())
    root = Path(str(resources.files("kg")))
    for name in _SOURCES:
        base = root / name
        files = sorted(p for p in base.rglob("*") if p.is_file() and "__pycache__" not in p.parts) \
            if base.is_dir() else [base]
        for path in files:
            digest.update(path.relative_to(root).as_posix().encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def file_key(path: Path, data: bytes) -> str:
    digest = hashlib.sha256(fingerprint().encode())
    digest.update(str(path).encode("utf-8", "surrogateescape") + b"\0")
    digest.update(hashlib.sha256(data).digest())
    return digest.hexdigest()


class Cache:
    def __init__(self, folder: Path):
        self.hits = self.misses = self._puts = 0
        self._closed = self._broken = False
        try:
            folder.mkdir(parents=True, exist_ok=True)
            # statements gather in one transaction between BEGIN and COMMIT
            self._db = sqlite3.connect(folder / "cache.sqlite", isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            log.info("no cache for this build: %s", exc)
            self._broken = self._closed = True
            return
        self._run("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, value BLOB, used INTEGER)")
        self._run("CREATE TABLE IF NOT EXISTS verdicts (key TEXT PRIMARY KEY, conforms INTEGER, "
                  "report TEXT, used INTEGER)")
        for table in _BLOBS:
            self._run(f"CREATE TABLE IF NOT EXISTS {table} (key TEXT PRIMARY KEY, value BLOB, used INTEGER)")
        # The keys this build used, in a temporary table: marking rows in place would rewrite them
        # (their blobs too) twice per build.  The `used` columns stay for caches made before.
        self._run("CREATE TEMP TABLE used (tab TEXT, key TEXT, PRIMARY KEY (tab, key)) WITHOUT ROWID")
        self._run("BEGIN")

    def _run(self, sql: str, args: tuple = ()) -> list:
        """A statement, or nothing once the cache has failed (a full disk...): a
        cache never fails a build, it only stops helping."""
        if self._broken:
            return []
        try:
            return self._db.execute(sql, args).fetchall()
        except sqlite3.Error as exc:
            log.info("cache disabled for this build: %s", exc)
            self._broken = True
            return []

    def get(self, key: str) -> FileResult | None:
        row = next(iter(self._run("SELECT value FROM results WHERE key = ?", (key,))), None)
        if row is None:
            self.misses += 1
            return None
        try:
            result = pickle.loads(row[0])
        except Exception:  # written by another version of the classes: extract again
            self.misses += 1
            return None
        self._used("results", key)
        self.hits += 1
        return result

    def put(self, key: str, result: FileResult) -> None:
        blob = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
        self._run("INSERT OR REPLACE INTO results VALUES (?, ?, 1)", (key, blob))
        self._used("results", key)
        self._puts += 1
        if self._puts % 256 == 0:
            self._run("COMMIT")  # a killed build keeps most of what it extracted
            self._run("BEGIN")

    def verdict(self, key: str) -> tuple[bool, str] | None:
        """A SHACL shard's verdict (kg.validate.validate_parts)."""
        row = next(iter(self._run("SELECT conforms, report FROM verdicts WHERE key = ?", (key,))), None)
        if row is not None:
            self._used("verdicts", key)
            return bool(row[0]), row[1]
        return None

    def put_verdict(self, key: str, conforms: bool, report: str) -> None:
        self._run("INSERT OR REPLACE INTO verdicts VALUES (?, ?, ?, 1)", (key, int(conforms), report))
        self._used("verdicts", key)

    def _used(self, table: str, key: str) -> None:
        self._run("INSERT OR IGNORE INTO temp.used VALUES (?, ?)", (table, key))

    @property
    def layouts(self) -> Blobs:
        """Positions of the page's force layouts by a hash of their input (kg.render.forces)."""
        return Blobs(self, "layouts")

    @property
    def pieces(self) -> Blobs:
        """The written graph's pieces by a hash of their meeting (kg.pieces)."""
        return Blobs(self, "pieces")

    def slugs(self) -> dict[str, str]:
        """The pinyin slugs of names the last build used (kg.ids.remember), by the slug code's key."""
        blob = Blobs(self, "slugs").get(slugs_key())
        return json.loads(blob) if blob else {}

    def put_slugs(self, slugs: dict[str, str]) -> None:
        Blobs(self, "slugs")[slugs_key()] = json.dumps(slugs, ensure_ascii=False, sort_keys=True).encode("utf-8")

    def close(self, prune: bool = True) -> None:
        """Keep only what this build used (`prune`), and close the file (once)."""
        if self._closed:
            return
        self._closed = True
        if prune:
            for table in _TABLES:
                self._run(f"DELETE FROM {table} WHERE key NOT IN (SELECT key FROM temp.used WHERE tab = ?)", (table,))
        self._run("COMMIT")
        with contextlib.suppress(sqlite3.Error):
            self._db.close()


class Blobs(MutableMapping[str, bytes]):
    """A table of the cache as a mapping of keys to bytes."""

    def __init__(self, cache: Cache, table: str):
        self._cache, self._table = cache, table

    def __getitem__(self, key: str) -> bytes:
        row = next(iter(self._cache._run(f"SELECT value FROM {self._table} WHERE key = ?", (key,))), None)
        if row is None:
            raise KeyError(key)
        self._cache._used(self._table, key)
        return row[0]

    def __setitem__(self, key: str, value: bytes) -> None:
        self._cache._run(f"INSERT OR REPLACE INTO {self._table} VALUES (?, ?, 1)", (key, value))
        self._cache._used(self._table, key)

    def __delitem__(self, key: str) -> None:
        self._cache._run(f"DELETE FROM {self._table} WHERE key = ?", (key,))

    def __iter__(self) -> Iterator[str]:
        return iter([row[0] for row in self._cache._run(f"SELECT key FROM {self._table}")])

    def __len__(self) -> int:
        return next(iter(self._cache._run(f"SELECT COUNT(*) FROM {self._table}")), (0,))[0]

    def snapshot(self) -> dict[str, bytes]:
        """Every row, none marked used (for a forked process: see Recorded)."""
        return dict(self._cache._run(f"SELECT key, value FROM {self._table}"))


class Recorded(MutableMapping[str, bytes]):
    """A copy of a memo for a forked process, which records what it read and wrote
    (`changes`) so that this process can `replay` them on the memo itself."""

    def __init__(self, memo: MutableMapping[str, bytes]):
        self.rows = memo.snapshot() if isinstance(memo, Blobs) else dict(memo)
        self.read: set[str] = set()
        self.written: dict[str, bytes] = {}

    def __getitem__(self, key: str) -> bytes:
        value = self.rows[key]
        self.read.add(key)
        return value

    def __setitem__(self, key: str, value: bytes) -> None:
        self.rows[key] = self.written[key] = value

    def __delitem__(self, key: str) -> None:
        del self.rows[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def changes(self) -> Changes:
        return sorted(self.read), self.written


Changes = tuple[list[str], dict[str, bytes]]  # keys read, rows written


def replay(memo: MutableMapping[str, bytes], changes: Changes) -> None:
    """What a forked process did on its Recorded copy, done on `memo` (reading marks a row used: Blobs)."""
    read, written = changes
    for key in read:
        memo.get(key)
    memo.update(written)
