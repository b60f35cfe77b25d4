"""The build's extraction stage: files in, merged meetings out, streaming.

read ─▶ SourceItem ─clean─▶ Document ─extract─▶ Meeting | NotMeeting ─merge─▶
RDF graph ─▶ kg.ttl, meetings.jsonl, report.md, graph.html, store/

`extract_file` is the pure per-file step (it runs in worker processes or on a
Dask cluster: see kg.parallel).  `Collector` takes its results one file at a
time, in input order: a file's account goes straight to files.tsv, documents
that are not meeting reports leave only their reason, and meeting reports are
kept once per (document, content) on disk (kg.spill), grouped by meeting IRI,
so memory grows with the meetings, not with the files read.  Every input file
ends with exactly one FileAccount: extracted, read but holding no meeting
report, or skipped with a one-line reason.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from kg.entities import meeting_iri
from kg.lexicon import Lexicon
from kg.lexicon import load as load_lexicon
from kg.merge import merge_group
from kg.model import FileAccount, Meeting
from kg.sources import DEFAULT_MAX_FILE_SIZE, Source, discover, display_name, one_line
from kg.spill import Reports

log = logging.getLogger(__name__)

SHOWN_ACCOUNTS = 200  # files listed in report.md (all are in files.tsv)


@dataclass(slots=True)
class FileResult:
    """What one file yielded: the unit a worker sends back (and the cache keeps)."""

    account: FileAccount
    meetings: list[Meeting]  # one per document that reports a meeting, before merging
    not_meeting: list[str]  # the reason for each document that is not a meeting report
    documents: int


@dataclass(slots=True)
class Extraction:
    """What a set of input files yielded, before any output is written."""

    meetings: list[Meeting] = field(default_factory=list)  # merged, sorted by IRI
    status: Counter[str] = field(default_factory=Counter)  # files per status
    shown: list[FileAccount] = field(default_factory=list)  # the first files not "no-meeting"
    accounts: list[FileAccount] | None = None  # every file, when the caller keeps them
    not_meeting: Counter[str] = field(default_factory=Counter)  # documents per reason
    files: int = 0
    documents: int = 0
    reports: int = 0  # documents that report a meeting (before merging)

    def not_meeting_reasons(self) -> Counter[str]:
        return self.not_meeting


def extract_file(source: Source | Path, lexicon: Lexicon | None = None, max_size: int = DEFAULT_MAX_FILE_SIZE
                 ) -> FileResult:
    """One file -> its account, its meeting reports and why its other documents are not."""
    from kg.clean import to_document  # here: the CLI imports this module to start a build
    from kg.extract import extract_all
    from kg.read import read_file

    if not isinstance(source, Source):
        source = Source(Path(source), display_name(Path(source).name))
    lexicon = lexicon or load_lexicon()
    outcome = read_file(source, max_size)
    name, path = source.name, str(source.path)
    if outcome.skipped:
        return FileResult(FileAccount(name, path, "skipped", one_line(outcome.skipped)), [], [], 0)
    meetings: list[Meeting] = []
    others: list[str] = []
    for item in outcome.items:
        try:
            results = extract_all(to_document(item, outcome.sha256), lexicon)  # a digest: one per brief
        except Exception as exc:  # a bad item never stops the build: it is reported
            log.exception("extraction failed on %s", item.doc_id)
            reason = f"extraction error in item {item.doc_id}: {type(exc).__name__}: {exc}"
            return FileResult(FileAccount(name, path, "skipped", one_line(reason)), [], [], 0)
        for result in results:
            if isinstance(result, Meeting):
                meetings.append(result)
            else:
                others.append(result.reason)
    n = len(outcome.items)
    if meetings:
        account = FileAccount(name, path, "extracted",
                              f"{len(meetings)} meeting report(s) in {n} item(s) [{outcome.label}]", n, len(meetings))
    else:
        account = FileAccount(name, path, "no-meeting",
                              f"not a meeting report: none of {n} item(s) [{outcome.label}]", n, 0)
    return FileResult(account, meetings, others, n)


class Collector:
    """Takes FileResults in input order; `finish` merges the meetings.  Reports wait
    in a scratch file in `scratch` (a folder; default: a temporary file)."""

    def __init__(self, on_account: Callable[[FileAccount], None] | None = None, keep_accounts: bool = False,
                 scratch: Path | None = None):
        self.result = Extraction(accounts=[] if keep_accounts else None)
        self.on_account = on_account
        self._reports = Reports(scratch)

    def add(self, item: FileResult) -> None:
        r = self.result
        account = item.account
        log.info("%-10s %s: %s", account.status, account.file, account.reason)  # -v: every file, escaped
        r.files += 1
        r.status[account.status] += 1
        if account.status != "no-meeting" and len(r.shown) < SHOWN_ACCOUNTS:
            r.shown.append(account)
        if r.accounts is not None:
            r.accounts.append(account)
        if self.on_account:
            self.on_account(account)
        r.documents += item.documents
        r.not_meeting.update(item.not_meeting)
        r.reports += len(item.meetings)
        for meeting in item.meetings:
            # the same document with the same content extracts to the same report: keep one
            self._reports.add(meeting_iri(meeting), meeting.doc.id, meeting.doc.sha256, meeting)

    @property
    def meetings_found(self) -> int:
        return len(self._reports)

    def finish(self) -> Extraction:
        """Merge the reports, meeting by meeting in IRI order, and drop the scratch file."""
        with self._reports as reports:
            self.result.meetings = [without_unused_texts(merge_group(group)) for _, group in reports.groups()]
        return self.result

    def close(self) -> None:
        """Drop the scratch file without merging (after an error)."""
        self._reports.close()


def without_unused_texts(meeting: Meeting) -> Meeting:
    """`meeting` whose sources keep their text only where a mention points into it:
    no output reads the others' (a meeting reported by many copies would hold every copy's text)."""
    items = [*meeting.participations, *meeting.measures, *meeting.cited]
    mentions = [meeting.name_mention, meeting.date_mention, *meeting.regions, *meeting.sectors,
                *(item.mention for item in items)]
    used = {meeting.doc.id} | {m.doc_id for m in mentions if m is not None}
    meeting.sources = [doc if doc.id in used or not doc.text else replace(doc, text="", paragraphs=())
                       for doc in meeting.sources]
    return meeting


def collect(results: Iterable[FileResult], keep_accounts: bool = True) -> Extraction:
    collector = Collector(keep_accounts=keep_accounts)
    try:
        for item in results:
            collector.add(item)
        return collector.finish()
    finally:
        collector.close()


def run(inputs: Sequence[str | Path], lexicon: Lexicon | None = None,
        max_file_size: int = DEFAULT_MAX_FILE_SIZE) -> Extraction:
    """Read, extract and merge in this process (the library entry point; kg build adds
    workers, the cache and the output transaction: kg.builder)."""
    lexicon = lexicon or load_lexicon()
    return collect(extract_file(source, lexicon, max_file_size) for source in discover(inputs, max_file_size))
