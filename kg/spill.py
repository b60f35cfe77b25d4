"""Meeting reports kept on disk until they are merged, so memory does not grow with the archive.

A build sees every report of a meeting before it can merge them (the reports of
one meeting may come from any files, in any order).  Held in memory, they would
grow with the input: ten copies of an archive hold ten times the reports of the
same meetings.  Past a thousand reports (a small build keeps them in memory: no
pickling), `Reports` writes each one, pickled, into a scratch SQLite file,
keyed by meeting IRI and (document id, content hash): the first report of a key
is kept, as the in-memory grouping kept it.  Only the meeting IRIs stay in
memory (as many as there are meetings, whatever the number of copies); a group
is read back, in the order its reports came, when it is merged.
"""

from __future__ import annotations

import pickle
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from kg.model import Meeting


class Reports:
    """Meeting reports by meeting IRI: the first `held` in memory (a build of a few
    thousand documents never touches the disk), then all of them in a scratch SQLite
    file in `folder` (a private temporary file that SQLite deletes itself when
    `folder` is None)."""

    FILE = ".kg-reports.sqlite"
    HELD = 1000  # reports kept in memory before they all go to disk

    def __init__(self, folder: Path | None = None, held: int = HELD):
        self._folder, self._room = folder, held
        self._held: dict[str, dict[tuple[str, str], Meeting]] | None = {}  # None once on disk
        self._db: sqlite3.Connection | None = None
        self._iris: set[str] = set()
        self.count = 0  # reports kept (one per meeting IRI, document and content)

    def add(self, iri: str, doc_id: str, sha256: str, meeting: Meeting) -> None:
        """Keep `meeting` unless a report of the same document and content came first."""
        self._iris.add(iri)
        if self._held is not None:
            group = self._held.setdefault(iri, {})
            if (doc_id, sha256) not in group:
                group[doc_id, sha256] = meeting
                self.count += 1
            if self.count > self._room:
                self._spill()
            return
        assert self._db is not None, "closed"
        blob = pickle.dumps(meeting, protocol=pickle.HIGHEST_PROTOCOL)
        added = self._db.execute("INSERT OR IGNORE INTO reports VALUES (?, ?, ?, ?)", (iri, doc_id, sha256, blob))
        self.count += added.rowcount

    def _spill(self) -> None:
        """From now on, reports go to disk, those held first (each group in its order)."""
        path = self._path()
        if path is not None:
            path.unlink(missing_ok=True)
        self._db = sqlite3.connect(str(path or ""), isolation_level=None)
        # scratch data: no journal, no fsync (a killed build's staging folder is deleted whole)
        self._db.execute("PRAGMA journal_mode = OFF")
        self._db.execute("PRAGMA synchronous = OFF")
        self._db.execute("CREATE TABLE reports (iri TEXT, doc TEXT, sha TEXT, value BLOB, UNIQUE (iri, doc, sha))")
        self._db.execute("BEGIN")
        held, self._held = self._held or {}, None
        self._db.executemany("INSERT INTO reports VALUES (?, ?, ?, ?)", (
            (iri, doc, sha, pickle.dumps(meeting, protocol=pickle.HIGHEST_PROTOCOL))
            for iri, group in held.items() for (doc, sha), meeting in group.items()))

    def _path(self) -> Path | None:
        return Path(self._folder) / self.FILE if self._folder is not None else None

    def __len__(self) -> int:
        """Distinct meetings (IRIs) so far."""
        return len(self._iris)

    def groups(self) -> Iterator[tuple[str, list[Meeting]]]:
        """(IRI, its reports in the order they came), by IRI."""
        for iri in sorted(self._iris):
            if self._held is not None:
                yield iri, list(self._held[iri].values())
                continue
            assert self._db is not None, "closed"
            rows = self._db.execute("SELECT value FROM reports WHERE iri = ? ORDER BY rowid", (iri,))
            yield iri, [pickle.loads(value) for value, in rows]

    def close(self) -> None:
        """Drop what is held and the file (once)."""
        self._held, self._iris = {}, set()
        if self._db is None:
            return
        self._db.close()
        self._db = None
        path = self._path()
        if path is not None:
            path.unlink(missing_ok=True)

    def __enter__(self) -> Reports:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
