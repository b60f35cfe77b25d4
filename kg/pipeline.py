"""The build: the only loop over files and the only writer.

read ─▶ SourceItem ─clean─▶ Document ─extract─▶ Meeting | NotMeeting ─merge─▶
RDF graph ─▶ kg.ttl, meetings.jsonl, report.md, graph.html, store/

Every input file ends with exactly one FileAccount: extracted, read but
holding no meeting report, or skipped with a one-line reason.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.clean import to_document
from kg.extract import extract
from kg.lexicon import Lexicon
from kg.lexicon import load as load_lexicon
from kg.merge import merge_meetings
from kg.model import FileAccount, Meeting, NotMeeting
from kg.read import discover, read_file

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


def extract_file(path: Path, lexicon: Lexicon) -> tuple[FileAccount, list[Meeting], list[NotMeeting], int]:
    """One file -> its account, its meetings and its non-meeting documents."""
    outcome = read_file(path)
    if outcome.skipped:
        return FileAccount(path.name, str(path), "skipped", outcome.skipped), [], [], 0
    meetings: list[Meeting] = []
    others: list[NotMeeting] = []
    for item in outcome.items:
        try:
            result = extract(to_document(item, outcome.sha256), lexicon)
        except Exception as exc:  # a bad item never stops the build: it is reported
            log.exception("extraction failed on %s", item.doc_id)
            return (FileAccount(path.name, str(path), "skipped",
                                f"extraction error in item {item.doc_id}: {type(exc).__name__}: {exc}"), [], [], 0)
        if isinstance(result, Meeting):
            meetings.append(result)
        else:
            others.append(result)
    n = len(outcome.items)
    if meetings:
        account = FileAccount(path.name, str(path), "extracted",
                              f"{len(meetings)} meeting report(s) in {n} item(s) [{outcome.label}]", n, len(meetings))
    else:
        account = FileAccount(path.name, str(path), "no-meeting",
                              f"not a meeting report: none of {n} item(s) [{outcome.label}]", n, 0)
    return account, meetings, others, n


def run(inputs: Sequence[str | Path], lexicon: Lexicon | None = None) -> Extraction:
    lexicon = lexicon or load_lexicon()
    result = Extraction()
    found: list[Meeting] = []
    for path in discover(inputs):
        account, meetings, others, n = extract_file(path, lexicon)
        log.info("%s: %s", account.status, account.file)
        result.accounts.append(account)
        found.extend(meetings)
        result.not_meetings.extend(others)
        result.documents += n
    result.reports = len(found)
    result.meetings = merge_meetings(found)
    return result
