"""`kg build` as one transaction: discover, extract (cache, workers or Dask),
merge, write every output into a staging folder, swap it in.

    files ─(cache | workers | Dask)─▶ FileResult, in input order ─▶ Collector
          └─ files.tsv, one line per file as it is done
    Collector.finish ─▶ merged meetings ─▶ kg.ttl, meetings.jsonl, report.md,
          graph.html, store/, build.json ─▶ Transaction.commit (one rename)
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from kg import faults, report
from kg.cache import Cache, file_key
from kg.lexicon import Lexicon
from kg.lexicon import load as load_lexicon
from kg.model import FileAccount
from kg.outputs import Options, write_outputs
from kg.parallel import Job, extract_all
from kg.pipeline import Collector, Extraction
from kg.progress import Progress
from kg.read import discover
from kg.transaction import Transaction

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class BuildOptions:
    outputs: Options = Options()
    workers: int = 1
    scheduler: str | None = None  # a Dask scheduler address
    cache: bool = True


@dataclass(frozen=True, slots=True)
class Summary:
    extraction: Extraction
    written: dict[str, Path]
    cache_hits: int
    cache_misses: int


def build(inputs: Sequence[str | Path], out_dir: Path, options: BuildOptions = BuildOptions(),
          lexicon: Lexicon | None = None, progress: Callable[[int], Progress] | None = None,
          on_account: Callable[[FileAccount], None] | None = None) -> Summary:
    """Build `inputs` into `out_dir`: afterwards it holds this build whole, or,
    if anything stops it, the previous build whole."""
    lexicon = lexicon or load_lexicon()
    paths = discover(inputs)
    with Transaction(out_dir) as tx:
        faults.point("start")
        cache = Cache(tx.cache_dir) if options.cache else None
        shown = (progress or (lambda n: Progress(n, False)))(len(paths))
        try:
            extraction = _extract(paths, lexicon, options, tx.staging, cache, shown, on_account)
            shown.close()
            verdicts = (cache.verdict, cache.put_verdict) if cache else None
            written = write_outputs(extraction, tx.staging, lexicon, options.outputs, on_phase=shown.phase,
                                    workers=options.workers, verdicts=verdicts)
            if cache:
                cache.close(prune=True)
        finally:
            shown.close()
            if cache:
                cache.close(prune=False)  # after an error: keep what was extracted
        faults.point("commit")
        tx.commit()
        faults.point("done")
    hits, misses = (cache.hits, cache.misses) if cache else (0, len(paths))
    return Summary(extraction, {name: Path(out_dir) / name for name in written}, hits, misses)


def _extract(paths: list[Path], lexicon: Lexicon, options: BuildOptions, staging: Path, cache: Cache | None,
             shown: Progress, on_account: Callable[[FileAccount], None] | None) -> Extraction:
    with (staging / "files.tsv").open("w", encoding="utf-8", newline="") as tsv:
        tsv.write(report.TSV_HEADER)

        def account(a: FileAccount) -> None:
            tsv.write(report.tsv_row(a))
            if on_account:
                on_account(a)

        collector = Collector(on_account=account)
        misses: dict[str, str] = {}  # path -> cache key, for files being extracted
        workers = min(options.workers, max(1, len(paths) // 8))  # a few files: forking costs more
        for n, result in enumerate(extract_all(_jobs(paths, cache, misses), lexicon, workers, options.scheduler)):
            collector.add(result)
            key = misses.pop(result.account.path, None)
            if cache and key:
                cache.put(key, result)
            shown.file_done(result.documents, collector.meetings_found)
            if n % 500 == 499:
                faults.point("extract:500")
        faults.point("write:files.tsv")
    return collector.finish()


def _jobs(paths: list[Path], cache: Cache | None, misses: dict[str, str]) -> Iterator[Job]:
    """(path, bytes, cached result): files are read here once to key the cache."""
    for path in paths:
        if cache is None:
            yield path, None, None
            continue
        try:
            data = path.read_bytes()
        except OSError:
            yield path, None, None  # extract_file accounts for it
            continue
        key = file_key(path, data)
        hit = cache.get(key)
        if hit is None:
            misses[str(path)] = key
        yield path, data, hit
