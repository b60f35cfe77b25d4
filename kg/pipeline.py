"""The build: the only loop over files and the only writer.

read ─▶ SourceItem ─clean─▶ Document ─extract─▶ Meeting | NotMeeting ─merge─▶
RDF graph ─▶ kg.ttl, meetings.jsonl, report.md, graph.html, store/

Every input path named or met (kg.sources) ends with exactly one FileAccount:
extracted, read but holding no meeting report, or skipped with a one-line reason.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.clean import to_document
from kg.extract import extract_all
from kg.lexicon import Lexicon
from kg.lexicon import load as load_lexicon
from kg.merge import merge_meetings
from kg.model import FileAccount, Meeting, NotMeeting
from kg.read import discover, read_file
from kg.sources import DEFAULT_MAX_FILE_SIZE, Source, one_line

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Extraction:
    """What a set of input files yielded, before any output is written."""

    accounts: list[FileAccount] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)  # merged
    not_meetings: list[NotMeeting] = field(default_factory=list)
    documents: int = 0
    reports: int = 0  # documents that report a meeting (before merging)

    def not_meeting_reasons(self) -> Counter[str]:
        return Counter(n.reason for n in self.not_meetings)

    def skip_reasons(self) -> Counter[str]:
        return Counter(a.reason.split(":")[0] for a in self.accounts if a.status == "skipped")


def extract_file(source: Source, lexicon: Lexicon, max_size: int = DEFAULT_MAX_FILE_SIZE
                 ) -> tuple[FileAccount, list[Meeting], list[NotMeeting], int]:
    """One source -> its account, its meetings and its non-meeting documents."""
    outcome = read_file(source, max_size)
    name, path = source.name, str(source.path)
    if outcome.skipped:
        return FileAccount(name, path, "skipped", one_line(outcome.skipped)), [], [], 0
    meetings: list[Meeting] = []
    others: list[NotMeeting] = []
    for item in outcome.items:
        try:
            results = extract_all(to_document(item, outcome.sha256), lexicon)  # a digest: one per brief
        except Exception as exc:  # a bad item never stops the build: it is reported
            log.exception("extraction failed on %s", item.doc_id)
            reason = f"extraction error in item {item.doc_id}: {type(exc).__name__}: {exc}"
            return FileAccount(name, path, "skipped", one_line(reason)), [], [], 0
        for result in results:
            if isinstance(result, Meeting):
                meetings.append(result)
            else:
                others.append(result)
    n = len(outcome.items)
    if meetings:
        account = FileAccount(name, path, "extracted",
                              f"{len(meetings)} meeting report(s) in {n} item(s) [{outcome.label}]", n, len(meetings))
    else:
        account = FileAccount(name, path, "no-meeting",
                              f"not a meeting report: none of {n} item(s) [{outcome.label}]", n, 0)
    return account, meetings, others, n


def run(inputs: Sequence[str | Path], lexicon: Lexicon | None = None,
        max_file_size: int = DEFAULT_MAX_FILE_SIZE) -> Extraction:
    lexicon = lexicon or load_lexicon()
    result = Extraction()
    found: list[Meeting] = []
    for source in discover(inputs, max_file_size):
        account, meetings, others, n = extract_file(source, lexicon, max_file_size)
        log.info("%s: %s", account.status, account.file)
        result.accounts.append(account)
        found.extend(meetings)
        result.not_meetings.extend(others)
        result.documents += n
    result.reports = len(found)
    result.meetings = merge_meetings(found)
    return result
