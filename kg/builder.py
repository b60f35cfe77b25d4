"""`kg build` as one transaction: discover, extract (cache, workers or Dask),
merge, write every output into a staging folder, swap it in.

    files ─(cache | workers | Dask)─▶ FileResult, in input order ─▶ Collector
          └─ files.tsv, one line per file as it is done
    Collector.finish ─▶ merged meetings ─▶ kg.ttl, meetings.jsonl, report.md,
          graph.html, store/, build.json ─▶ Transaction.commit (one rename)
"""

from __future__ import annotations

import contextlib
import importlib
import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kg import faults, ids, report
from kg.cache import Cache, file_key
from kg.lexicon import Lexicon
from kg.lexicon import load as load_lexicon
from kg.model import FileAccount
from kg.outputs import InvalidOutput, Options, write_outputs
from kg.parallel import Job, extract_all
from kg.pipeline import Collector, Extraction, FileResult
from kg.progress import Progress
from kg.sources import DEFAULT_MAX_FILE_SIZE, NotRead, Source, discover, read_bytes
from kg.transaction import Transaction

if TYPE_CHECKING:
    from kg.validate import Pool

log = logging.getLogger(__name__)


class NothingToBuild(Exception):
    """The inputs hold no file at all (an empty folder): the output folder is left alone."""


@dataclass(frozen=True, slots=True)
class BuildOptions:
    outputs: Options = Options()
    workers: int = 1
    scheduler: str | None = None  # a Dask scheduler address
    cache: bool = True
    max_file_size: int = DEFAULT_MAX_FILE_SIZE  # larger files are listed, not read
    extra_accounts: tuple[FileAccount, ...] = ()  # inputs that never became files (a failed fetch)


@dataclass(frozen=True, slots=True)
class Summary:
    extraction: Extraction
    written: dict[str, Path]
    cache_hits: int
    cache_misses: int


def build(inputs: Sequence[str | Path], out_dir: Path, options: BuildOptions = BuildOptions(),
          lexicon: Lexicon | None = None, progress: Callable[[int], Progress] | None = None,
          on_account: Callable[[FileAccount], None] | None = None, keep_accounts: bool = False) -> Summary:
    """Build `inputs` into `out_dir`: afterwards it holds this build whole, or,
    if anything stops it, the previous build whole."""
    lexicon = lexicon or load_lexicon()
    paths = discover(inputs, options.max_file_size)
    if not paths and not options.extra_accounts:
        raise NothingToBuild(f"no input files in {' '.join(map(str, inputs))}: nothing built")
    with Transaction(out_dir) as tx, _validation_pool(options) as pool:
        faults.point("start")
        cache = Cache(tx.cache_dir) if options.cache else None
        if cache:
            ids.remember(cache.slugs())  # names of the last build need no pinyin (nor its import)
        shown = (progress or (lambda n: Progress(n, False)))(len(paths))
        try:
            extraction = _extract(paths, lexicon, options, tx.staging, cache, shown, on_account, keep_accounts)
            shown.close()
            verdicts = (cache.verdict, cache.put_verdict) if cache else None
            outputs = write_outputs(extraction, tx.staging, lexicon, options.outputs, on_phase=shown.phase,
                                    workers=options.workers, verdicts=verdicts,
                                    layouts=cache.layouts if cache else None, pieces=cache.pieces if cache else None,
                                    previous=tx.out / "store" if cache else None, pool=pool)
            if cache:
                cache.put_slugs(ids.used_slugs())
                cache.close(prune=True)
        finally:
            shown.close()
            if cache:
                cache.close(prune=False)  # after an error: keep what was extracted
        faults.point("commit")
        tx.commit()
        faults.point("done")
    hits, misses = (cache.hits, cache.misses) if cache else (0, len(paths))
    if options.outputs.strict and outputs.conforms is False:  # written and committed, and still an error
        raise InvalidOutput(f"the graph does not conform to ontology/shapes.ttl: see {Path(out_dir) / 'report.md'}")
    return Summary(extraction, {name: Path(out_dir) / name for name in outputs.files}, hits, misses)


@contextlib.contextmanager
def _validation_pool(options: BuildOptions) -> Iterator[Pool]:
    """The SHACL workers, forked before extraction while this process is small (kg.validate.start_pool)."""
    if not (options.outputs.validate or options.outputs.strict) or options.workers < 2:
        yield None
        return
    from kg.validate import start_pool

    pool = start_pool(options.workers)
    try:
        yield pool
    finally:
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)


def _extract(paths: list[Source], lexicon: Lexicon, options: BuildOptions, staging: Path, cache: Cache | None,
             shown: Progress, on_account: Callable[[FileAccount], None] | None, keep_accounts: bool) -> Extraction:
    collector = Collector(keep_accounts=keep_accounts, scratch=staging)  # reports wait in the staging folder
    try:
        with (staging / "files.tsv").open("w", encoding="utf-8", newline="") as tsv:
            tsv.write(report.TSV_HEADER)

            def account(a: FileAccount) -> None:
                tsv.write(report.tsv_row(a))
                if on_account:
                    on_account(a)

            collector.on_account = account
            for extra in options.extra_accounts:
                collector.add(FileResult(extra, [], [], 0))
            misses: dict[str, str] = {}  # path -> cache key, for files being extracted
            workers = min(options.workers, max(1, len(paths) // 8))  # a few files: forking costs more
            jobs = _jobs(paths, cache, misses, options.max_file_size)

            def cold() -> bool:  # no cached result came before the first file to extract
                return cache is None or cache.hits == 0

            results = extract_all(jobs, lexicon, workers, options.scheduler, options.max_file_size, warm_up_here=cold,
                                  idle=lambda: _import_writers(options.outputs))
            for n, result in enumerate(results):
                collector.add(result)
                key = misses.pop(result.account.path, None)
                if cache and key:
                    cache.put(key, result)
                shown.file_done(result.documents, collector.meetings_found)
                if n % 500 == 499:
                    faults.point("extract:500")
            faults.point("write:files.tsv")
        return collector.finish()
    finally:
        collector.close()  # after an error: drop the scratch file (finish has dropped it otherwise)


def _import_writers(outputs: Options) -> None:
    """The modules of the writing phase, imported while waiting for a worker rather than after
    (a page rendered in a forked process finds them imported too)."""
    for name in ("kg.pieces", "kg.store_graphs", *(["kg.render"] if outputs.html else [])):
        importlib.import_module(name)


def _jobs(sources: list[Source], cache: Cache | None, misses: dict[str, str], max_size: int) -> Iterator[Job]:
    """(source, bytes, cached result): files are read here once to key the cache (regular files only,
    within the size limit: kg.sources)."""
    for source in sources:
        if cache is None or source.problem:
            yield source, None, None  # extract_file accounts for it
            continue
        try:
            data = read_bytes(source.path, max_size)
        except NotRead:
            yield source, None, None
            continue
        key = file_key(source.path, data)
        hit = cache.get(key)
        if hit is None:
            misses[str(source.path)] = key
        yield source, data, hit
