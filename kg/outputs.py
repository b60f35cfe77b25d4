"""Write a build's outputs into one folder (kg.builder.build writes into the staging
folder of a transaction, which makes the whole set atomic).

Every output carries the build id, so a reader can tell that files belong to
one build: kg.ttl as its first comment line, report.md in its first lines,
graph.html as `<meta name="kg-build">`, the store as store/BUILD, and
build.json (the manifest) with the SHA-256 of every file.  The id is a hash
of the data outputs (kg.ttl, meetings.jsonl, the lines of files.tsv) and the
options, so the same input, in any order, gives the same bytes everywhere.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kg import __version__, faults, ids, records, report, vocab
from kg.entities import collect
from kg.lexicon import Lexicon
from kg.pipeline import Extraction

if TYPE_CHECKING:
    from kg.cache import Changes
    from kg.entities import Entities
    from kg.render.forces import Memo
    from kg.validate import Pool, Validation, Verdicts

log = logging.getLogger(__name__)

MANIFEST = "build.json"
STORE_BUILD = "BUILD"  # inside store/: RocksDB ignores files it does not name


@dataclass(frozen=True, slots=True)
class Options:
    html: bool = True
    store: bool = True
    validate: bool = True
    strict: bool = False  # a graph that does not conform to the shapes is an error (after writing)


_ORDER = ("files.tsv", "kg.ttl", "meetings.jsonl", "graph.html", "store", "report.md", MANIFEST)  # as listed
Phase = Callable[[str, float], None]  # (phase name, seconds) after each phase


def write_outputs(result: Extraction, out_dir: Path, lexicon: Lexicon, options: Options = Options(),
                  on_phase: Phase | None = None, workers: int = 1, verdicts: Verdicts | None = None,
                  layouts: Memo | None = None, pieces: Memo | None = None, previous: Path | None = None,
                  pool: Pool = None) -> Written:
    """kg.ttl, meetings.jsonl, report.md, graph.html, store/ and build.json into
    `out_dir`, and files.tsv unless it is there already (kg.build streams it).
    `workers` processes validate (or `pool`, forked beforehand: kg.validate.start_pool);
    `verdicts` caches their answers, `layouts`
    the page's force layouts and `pieces` the graph's pieces (kg.cache);
    the store is made from `previous` (the last build's store/) when it can be."""
    from kg.pieces import write_graph

    out_dir = Path(out_dir)
    if not (out_dir / "files.tsv").is_file():
        out_dir.mkdir(parents=True, exist_ok=True)
        _write(out_dir / "files.tsv", report.files_tsv(result.accounts or []))
    timer = _Timer(on_phase)
    found = collect(result.meetings, lexicon)  # one view for the graph and the page
    page = _Page(found, lexicon, layouts, workers) if options.html else None
    graph = write_graph(result.meetings, found, lexicon, pieces, workers)
    jsonl = graph.jsonl if graph.jsonl is not None else \
        records.dumps(records.meeting_record(m, lexicon) for m in result.meetings).encode("utf-8")
    timer.lap("graph")
    validate = options.validate or options.strict
    validation = graph.validate(workers, verdicts, pool) if validate else None  # runs while the rest is written
    try:
        return _write_all(result, out_dir, lexicon, options, timer, graph.turtle, jsonl, validation,
                          graph.graphs, page, previous)
    finally:
        if validation:
            validation.cancel()  # after an error or a signal: do not wait for shards not started
        if page:
            page.cancel()


def _write_all(result: Extraction, out_dir: Path, lexicon: Lexicon, options: Options, timer: _Timer,
               turtle: bytes, jsonl: bytes, validation: Validation | None, graphs: dict[str, list[str]] | None,
               page: _Page | None, previous: Path | None) -> Written:
    build = build_id(turtle, jsonl, (out_dir / "files.tsv").read_bytes(), options)
    written = {"files.tsv": out_dir / "files.tsv"}
    written["kg.ttl"] = _write(out_dir / "kg.ttl", f"# kg build {build}\n".encode() + turtle)
    written["meetings.jsonl"] = _write(out_dir / "meetings.jsonl", jsonl)
    timer.lap("kg.ttl, meetings.jsonl")
    triples_in_store = None
    if options.store:
        from kg.store import write_build
        from kg.store_graphs import write_graphs

        faults.point("store:before")
        store = write_graphs(out_dir / "store", vocab.turtle_prefixes(), graphs, previous) if graphs \
            else write_build(out_dir / "store", out_dir / "kg.ttl")  # one named graph per article
        (out_dir / "store" / STORE_BUILD).write_text(build + "\n", encoding="ascii")
        faults.point("store:after")
        triples_in_store = store.triples
        written["store"] = out_dir / "store"
        timer.lap("store")
    if page:
        html = page.result().replace("<head>", f'<head>\n<meta name="kg-build" content="{build}">', 1)
        written["graph.html"] = _write(out_dir / "graph.html", html)
        timer.lap("graph.html")  # forked: what was left of it
    verdict, conforms = None, None
    if validation:
        conforms, text = validation.result()
        verdict = "The graph conforms to ontology/shapes.ttl." if conforms else "```\n" + text.strip() + "\n```"
        timer.lap("validation (what was left of it)")
    written["report.md"] = _write(out_dir / "report.md", report.render(result, lexicon, verdict, build))
    manifest = {"build": build, "kg": __version__, "options": asdict(options), "store_triples": triples_in_store,
                "files": {name: _sha256(path) for name, path in sorted(written.items()) if path.is_file()}}
    written[MANIFEST] = _write(out_dir / MANIFEST, json.dumps(manifest, indent=1, sort_keys=True) + "\n")
    return Written({name: written[name] for name in _ORDER if name in written}, conforms)


class _Page:
    """graph.html's text: rendered in a forked process beside the graph and the store when
    `workers` > 1 (kg.forked), else here when asked.  The layouts it finds or makes in its
    copy of the cache are done on the cache here, and so are the name slugs it uses."""

    def __init__(self, found: Entities, lexicon: Lexicon, layouts: Memo | None, workers: int):
        self.found, self.lexicon, self.layouts = found, lexicon, layouts
        self.forked = None
        if workers > 1:
            from kg.cache import Recorded
            from kg.forked import Forked

            self.copy = Recorded(layouts) if layouts is not None else None
            try:
                self.forked = Forked(self._render_copy)
            except (ValueError, OSError) as exc:  # no fork on this system, or no process left: render here
                log.info("graph.html is rendered in this process: %s", exc)

    def _render_copy(self) -> tuple[str, Changes | None, dict[str, str]]:
        from kg.render import render_entities

        page = render_entities(self.found, self.lexicon, memo=self.copy)
        return page, self.copy.changes() if self.copy is not None else None, ids.used_slugs()

    def result(self) -> str:
        if self.forked is None:
            from kg.render import render_entities  # networkx: here only when rendered here

            return render_entities(self.found, self.lexicon, memo=self.layouts)
        page, changes, slugs = self.forked.result()
        if changes is not None and self.layouts is not None:
            from kg.cache import replay

            replay(self.layouts, changes)
        ids.add_used(slugs)
        return page

    def cancel(self) -> None:
        if self.forked is not None:
            self.forked.cancel()


@dataclass(frozen=True, slots=True)
class Written:
    files: dict[str, Path]  # output name -> path
    conforms: bool | None  # the SHACL verdict, None when not validated


class InvalidOutput(Exception):
    """The build was written, but its graph does not conform to the shapes (--strict)."""


def build_id(turtle: bytes, jsonl: bytes, files_tsv: bytes, options: Options) -> str:
    """Independent of the order of the input, like kg.ttl (files.tsv lists files in input order)."""
    accounts = b"\n".join(sorted(files_tsv.splitlines()))
    digest = hashlib.sha256()
    for part in (__version__.encode(), json.dumps(asdict(options), sort_keys=True).encode(), turtle, jsonl,
                 accounts):
        digest.update(hashlib.sha256(part).digest())
    return digest.hexdigest()[:16]


def _write(path: Path, data: bytes | str) -> Path:
    faults.point(f"write:{path.name}")
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class _Timer:
    def __init__(self, on_phase: Phase | None):
        self.on_phase = on_phase
        self.started = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        log.info("%s: %.1f s", name, now - self.started)
        if self.on_phase:
            self.on_phase(name, now - self.started)
        self.started = now
