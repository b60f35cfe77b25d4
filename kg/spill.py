"""Meeting reports kept on disk until they are merged, so memory does not grow with the archive.

A build sees every report of a meeting before it can merge them (the reports of
one meeting may come from any files, in any order).  Held in memory, they would
grow with the input: ten copies of an archive hold ten times the reports of the
same meetings.  `Reports` writes each one, pickled, into a scratch SQLite file,
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
    """Meeting reports by meeting IRI, in a scratch SQLite file in `folder` (a
    private temporary file that SQLite deletes itself when `folder` is None)."""

    FILE = ".kg-reports.sqlite"

    def __init__(self, folder: Path | None = None):
        self._path = Path(folder) / self.FILE if folder is not None else None
        if self._path is not None:
            self._path.unlink(missing_ok=True)
        self._db: sqlite3.Connection | None = sqlite3.connect(str(self._path or ""), isolation_level=None)
        # scratch data: no journal, no fsync (a killed build's staging folder is deleted whole)
        self._db.execute("PRAGMA journal_mode = OFF")
        self._db.execute("PRAGMA synchronous = OFF")
        self._db.execute("CREATE TABLE reports (iri TEXT, doc TEXT, sha TEXT, value BLOB, UNIQUE (iri, doc, sha))")
        self._db.execute("BEGIN")
        self._iris: set[str] = set()
        self.count = 0  # reports kept (one per meeting IRI, document and content)

    def add(self, iri: str, doc_id: str, sha256: str, meeting: Meeting) -> None:
        """Keep `meeting` unless a report of the same document and content came first."""
        assert self._db is not None, "closed"
        blob = pickle.dumps(meeting, protocol=pickle.HIGHEST_PROTOCOL)
        added = self._db.execute("INSERT OR IGNORE INTO reports VALUES (?, ?, ?, ?)", (iri, doc_id, sha256, blob))
        self.count += added.rowcount
        self._iris.add(iri)

    def __len__(self) -> int:
        """Distinct meetings (IRIs) so far."""
        return len(self._iris)

    def groups(self) -> Iterator[tuple[str, list[Meeting]]]:
        """(IRI, its reports in the order they came), by IRI."""
        assert self._db is not None, "closed"
        for iri in sorted(self._iris):
            rows = self._db.execute("SELECT value FROM reports WHERE iri = ? ORDER BY rowid", (iri,))
            yield iri, [pickle.loads(value) for value, in rows]

    def close(self) -> None:
        """Drop the file (once)."""
        if self._db is None:
            return
        self._db.close()
        self._db = None
        self._iris = set()
        if self._path is not None:
            self._path.unlink(missing_ok=True)

    def __enter__(self) -> Reports:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
