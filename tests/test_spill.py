"""Meeting reports wait on disk (kg.spill), not in memory, and merge as they did in memory."""

from __future__ import annotations

import dataclasses
import gc
import pickle
import shutil
import tracemalloc
from pathlib import Path

from kg import records
from kg.builder import BuildOptions, build
from kg.entities import collect, meeting_iri
from kg.merge import merge_groups
from kg.model import FileAccount, Meeting
from kg.outputs import Options
from kg.pieces import write_graph
from kg.pipeline import Collector, FileResult, extract_file, without_unused_texts
from kg.sources import discover
from kg.spill import Reports
from tests.conftest import ROOT, SEEDS


def merged_in_memory(results: list[FileResult], slim: bool = True) -> list[Meeting]:
    """What the Collector did before it spilled: group in memory, the first report of a (document,
    content) kept; `slim`: without the texts no mention points into, as the Collector keeps them now."""
    groups: dict[str, dict[tuple[str, str], Meeting]] = {}
    for result in results:
        for meeting in result.meetings:
            groups.setdefault(meeting_iri(meeting), {}).setdefault((meeting.doc.id, meeting.doc.sha256), meeting)
    merged = merge_groups({iri: list(group.values()) for iri, group in groups.items()})
    return [without_unused_texts(m) for m in merged] if slim else merged


def copy_of(meeting: Meeting, n: int) -> FileResult:
    doc = dataclasses.replace(meeting.doc, id=f"copy{n}/{meeting.doc.id}", file=f"copy{n}/{meeting.doc.file}")
    report = dataclasses.replace(meeting, doc=doc, sources=[doc])
    account = FileAccount(doc.file, doc.file, "extracted", "1 meeting report(s) in 1 item(s)", 1, 1)
    return FileResult(account, [report], [], 1)


def test_reports_wait_on_disk_and_memory_does_not_grow_with_them(lexicon, tmp_path: Path) -> None:
    meeting = extract_file(sorted(SEEDS.iterdir())[0], lexicon).meetings[0]
    collector = Collector(scratch=tmp_path)
    for n in range(50):
        collector.add(copy_of(meeting, n))
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for n in range(50, 2050):
            collector.add(copy_of(meeting, n))
        gc.collect()
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    held = 2000 * len(pickle.dumps(meeting))  # what 2,000 more reports would take, pickled
    assert grown < held / 50, (grown, held)
    assert collector.meetings_found == 1 and (tmp_path / Reports.FILE).is_file()
    extraction = collector.finish()
    assert not (tmp_path / Reports.FILE).exists()  # the scratch file goes with the merge
    assert [len(m.sources) for m in extraction.meetings] == [2050] and extraction.reports == 2050


def test_a_report_of_the_same_document_and_content_is_kept_once(lexicon) -> None:
    result = extract_file(sorted(SEEDS.iterdir())[0], lexicon)
    collector = Collector()
    for _ in range(3):
        collector.add(result)
    extraction = collector.finish()
    assert extraction.meetings == merged_in_memory([result]) and len(extraction.meetings[0].sources) == 1
    assert extraction.reports == 3 and extraction.files == 3


def duplicates(tmp_path: Path) -> list[Path]:
    """Two copies of the seeds and the merge fixture in sub-folders, a seed named twice, and a
    seed with the same name and other bytes (one more line): same document id, other content."""
    folder = tmp_path / "in"
    for n in range(2):
        shutil.copytree(SEEDS, folder / f"copy{n}")
    shutil.copytree(ROOT / "tests" / "fixtures" / "merge", folder / "merge")
    seed = sorted(SEEDS.iterdir())[2]
    changed = tmp_path / "changed" / seed.name
    changed.parent.mkdir()
    changed.write_bytes(seed.read_bytes() + "\n\n（完）\n".encode())
    return [folder, seed, seed, changed]


def test_a_build_with_duplicate_copies_gives_the_bytes_of_the_in_memory_merge(lexicon, tmp_path: Path) -> None:
    inputs = duplicates(tmp_path)
    results = [extract_file(source, lexicon) for source in discover(inputs)]
    expected = merged_in_memory(results, slim=False)  # the outputs do not depend on the texts left out
    assert len({d.id for m in expected for d in m.sources}) < sum(len(r.meetings) for r in results)
    options = BuildOptions(Options(html=False, store=False, validate=False), cache=False)
    summary = build(inputs, tmp_path / "out", options, lexicon)
    assert summary.extraction.meetings == merged_in_memory(results)
    assert any(not doc.text for m in summary.extraction.meetings for doc in m.sources)
    turtle = (tmp_path / "out" / "kg.ttl").read_bytes().split(b"\n", 1)[1]  # after the build id
    assert turtle == write_graph(expected, collect(expected, lexicon), lexicon).turtle
    jsonl = records.dumps(records.meeting_record(m, lexicon) for m in expected).encode()
    assert (tmp_path / "out" / "meetings.jsonl").read_bytes() == jsonl
    assert not list(tmp_path.rglob(Reports.FILE))


def test_held_and_spilled_reports_give_the_same_groups(lexicon, tmp_path: Path) -> None:
    """Reports held in memory, spilled from the start, or spilled half-way: the same groups in the same order."""
    results = [extract_file(source, lexicon) for source in discover(duplicates(tmp_path))]
    reports = [m for r in results for m in r.meetings] * 2  # each again: kept once

    def groups(held: int) -> list[tuple[str, list[Meeting]]]:
        with Reports(tmp_path, held=held) as kept:
            for meeting in reports:
                kept.add(meeting_iri(meeting), meeting.doc.id, meeting.doc.sha256, meeting)
            assert (tmp_path / Reports.FILE).exists() is (held < len(reports) // 2)
            return list(kept.groups())

    in_memory = groups(10_000)
    assert any(len(group) > 1 for _, group in in_memory)
    assert groups(0) == in_memory and groups(len(reports) // 4) == in_memory
