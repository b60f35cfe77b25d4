"""output/report.md: a short human summary of a build."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from kg.lexicon import Lexicon
from kg.model import PROVINCE_PRESENT, PROVINCE_SPOKE, FileAccount, Meeting
from kg.pipeline import Extraction
from kg.sources import printable


def _cell(text: object) -> str:
    return str(text if text is not None else "—").replace("|", "\\|").replace("\n", " ")


def _table(header: list[str], rows: Iterable[list[object]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return lines


def province_recurrence(meetings: list[Meeting], lexicon: Lexicon) -> list[tuple[str, int, int]]:
    """(short name, meetings spoken at, meetings present at), most recurrent first."""
    spoke: Counter[str] = Counter()
    present: Counter[str] = Counter()
    for meeting in meetings:
        spoke.update(meeting.provinces(PROVINCE_SPOKE))
        present.update(meeting.provinces(PROVINCE_PRESENT))
    order = {p.id: i for i, p in enumerate(lexicon.provinces)}
    ids = sorted(set(spoke) | set(present), key=lambda p: (-spoke[p], -present[p], order.get(p, 99)))
    return [(lexicon.province(p).short_zh, spoke[p], present[p]) for p in ids]


def _meeting_rows(meetings: list[Meeting]) -> list[list[object]]:
    def key(m: Meeting) -> tuple[str, str]:
        return (m.date.isoformat() if m.date else "9999", m.name)

    rows = []
    for m in sorted(meetings, key=key):
        chairs = "、".join(m.people("chair"))
        spoke = len(m.provinces(PROVINCE_SPOKE))
        rows.append([m.date, m.name, m.organizer, m.format, chairs, spoke, _sources(m)])
    return rows


def _sources(m: Meeting) -> str:
    """The files (and items of multi-item files) that report a meeting."""
    return "; ".join(d.file + (f"#{d.id.partition('#')[2]}" if d.item else "") for d in m.sources)


def _accounts(result: Extraction) -> list[str]:
    status, shown = result.status, result.shown  # the first files that are not "no-meeting"
    lines = [f"{result.files} file(s): {status['extracted']} extracted, {status['no-meeting']} without a "
             f"meeting report, {status['skipped']} skipped.", ""]
    lines += _table(["file", "status", "reason"], ([a.file, a.status, a.reason] for a in shown))
    if len(shown) < result.files:
        lines += ["", f"({result.files - len(shown)} more file(s) listed in files.tsv)"]
    return lines


def render(result: Extraction, lexicon: Lexicon, validation: str | None = None, build: str | None = None) -> str:
    meetings = result.meetings
    lines = ["# Meetings knowledge graph: build report", ""]
    if build:
        lines += [f"Build `{build}` (build.json lists every output of it with its SHA-256).", ""]
    lines += [f"{result.documents} document(s) read, {result.reports} meeting report(s), "
              f"{len(meetings)} meeting(s) after merging reports of the same meeting.", ""]
    lines += ["## Meetings by date", ""]
    lines += _table(["date", "meeting", "organizer", "format", "chair", "provinces spoke", "sources"],
                    _meeting_rows(meetings))
    lines += ["", "## Provinces by number of meetings", ""]
    lines += _table(["province", "spoke", "present"], province_recurrence(meetings, lexicon))
    warnings = [(m.date, m.name, _sources(m), w) for m in meetings for w in m.warnings]
    if warnings:
        lines += ["", "## Warnings", ""] + _table(["date", "meeting", "source file", "warning"], warnings)
    reasons = result.not_meeting_reasons()
    if reasons:
        lines += ["", "## Documents that are not meeting reports", ""]
        lines += _table(["reason", "documents"], sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0])))
    if validation is not None:
        lines += ["", "## SHACL validation", "", validation]
    lines += ["", "## Files", ""] + _accounts(result)
    return "\n".join(lines) + "\n"


TSV_HEADER = "file\tstatus\tdocuments\tmeetings\treason\n"


def tsv_row(a: FileAccount) -> str:
    """One line of files.tsv (written as each file is done: the build streams); no cell holds a tab or a
    line break (names come escaped, kg.sources)."""
    return "\t".join(printable(str(cell)) for cell in (a.file, a.status, a.documents, a.meetings, a.reason)) + "\n"


def files_tsv(accounts: Iterable[FileAccount]) -> str:
    return TSV_HEADER + "".join(tsv_row(a) for a in accounts)
