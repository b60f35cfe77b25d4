"""The Python API: `kg.build`, `kg.query`, `kg.read`, `kg.extract`.

    import kg
    result = kg.build(["seeds"], output="output")        # what `kg build` does
    result.meetings, result.accounts, result.graph        # merged meetings, per-file accounts, rdflib graph
    rows = kg.query("meetings-chaired-by", store="output/store", bind={"person": "辛国斌"})
    docs = kg.read("seeds/000_968c041b20610dd7.txt")     # the documents of one file
    meeting = kg.extract(docs[0])                         # a Meeting, or a NotMeeting with its reason

Thin wrappers over what the CLI calls (kg.pipeline.run, kg.builder.build,
kg.query, kg.read.read_file, kg.extract.extract): the library never prints
and logs to the `kg` logger (a NullHandler until the application configures
logging).  Failures raise: `kg.query.QueryError`, `ValueError` for an
unreadable document, `OSError` for files.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import rdflib

    from kg.lexicon import Lexicon
    from kg.model import Document, FileAccount, Meeting, NotMeeting

_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {_XSD + t for t in ("integer", "int", "long", "short", "nonNegativeInteger", "positiveInteger")}
_DECIMALS = {_XSD + t for t in ("decimal", "double", "float")}


@dataclass(slots=True)
class Build:
    """What one build found, and what it wrote (nothing when `output` is None)."""

    meetings: list[Meeting]  # merged: one per meeting, with all its sources
    accounts: list[FileAccount]  # one per input file: extracted, no-meeting or skipped, with a reason
    not_meetings: Counter[str]  # documents that do not report a meeting, per reason
    documents: int
    output: Path | None = None
    files: dict[str, Path] = field(default_factory=dict)  # output name -> path written
    lexicon: Lexicon | None = field(default=None, repr=False)
    _graph: rdflib.Graph | None = field(default=None, repr=False)

    @property
    def graph(self) -> rdflib.Graph:
        """The knowledge graph (rdflib), the same triples as kg.ttl; made on first use."""
        if self._graph is None:
            from kg import rdf
            from kg.entities import collect

            self._graph = rdf.to_graph(self.meetings, self.lexicon, collect(self.meetings, self.lexicon))
        return self._graph


def build(inputs: str | Path | Sequence[str | Path], output: str | Path | None = None, *,
          lexicon: Lexicon | None = None, **options: bool) -> Build:
    """Read, extract and merge `inputs` (files or folders); with `output`, write
    kg.ttl, meetings.jsonl, report.md, files.tsv, graph.html and store/ there.

    `options` are those of `kg build`: html, store, validate (default True),
    strict (raise kg.outputs.InvalidOutput after writing a graph that does not
    conform to the shapes).
    """
    from kg.lexicon import load
    from kg.outputs import Options

    known = {f.name for f in dataclasses.fields(Options)}
    unknown = sorted(set(options) - known)
    if unknown:
        raise TypeError(f"unknown build option(s) {', '.join(unknown)} (known: {', '.join(sorted(known))})")
    lexicon = lexicon or load()
    sources = [inputs] if isinstance(inputs, str | Path) else list(inputs)
    if output is None:
        from kg.pipeline import run

        result, written = run(sources, lexicon), {}
    else:  # the build transaction of `kg build`, in this process
        from kg.builder import BuildOptions
        from kg.builder import build as build_into

        summary = build_into(sources, Path(output), BuildOptions(Options(**options)), lexicon, keep_accounts=True)
        result, written = summary.extraction, summary.written
    done = Build(result.meetings, list(result.accounts or []), result.not_meeting_reasons(), result.documents,
                 lexicon=lexicon)
    if output is not None:
        done.output, done.files = Path(output), written
    return done


def query(sparql_or_name: str, store: str | Path | None = None, *, data: str | Path | None = None,
          bind: Mapping[str, str] | None = None) -> list[dict[str, Any]] | bool | str:
    """Run SPARQL text, a .rq file or a saved query's name against the
    embedded store (default output/store) or, with `data`, a Turtle file.

    SELECT gives rows: one dict per row, variable -> value (IRIs and strings as
    str, integers int, decimals float, dates datetime.date; unbound variables
    left out); ASK a bool; CONSTRUCT and DESCRIBE Turtle text.
    """
    from kg import query as q

    sparql = q.prepare(sparql_or_name, bind)
    if data is not None:
        result = q.query_file(Path(data), sparql)
    else:
        from kg.store import DEFAULT_STORE, query_store

        result = query_store(Path(store) if store is not None else DEFAULT_STORE, sparql)
    if result.kind == "ask":
        return bool(result.boolean)
    if result.kind == "graph":
        return q.to_turtle(result.graph)
    return [{var: python_value(term) for var, term in zip(result.variables, row, strict=True) if term is not None}
            for row in result.rows]


def python_value(term: Any) -> Any:
    """A result term as a plain Python value."""
    if term.kind != "literal" or not term.datatype:
        return term.value
    try:
        if term.datatype in _INTEGERS:
            return int(term.value)
        if term.datatype in _DECIMALS:
            return float(term.value)
        if term.datatype == _XSD + "date":
            return dt.date.fromisoformat(term.value)
    except ValueError:
        pass  # an ill-typed literal stays text
    return term.value


def read(path: str | Path) -> list[Document]:
    """The cleaned documents of one file (several for a daily archive).

    Raises ValueError with the reason `kg build` would give for skipping it."""
    from kg.clean import to_document
    from kg.read import read_file

    outcome = read_file(Path(path))
    if outcome.skipped:
        raise ValueError(f"{path}: {outcome.skipped}")
    return [to_document(item, outcome.sha256) for item in outcome.items]


def extract(document: Document | str, lexicon: Lexicon | None = None, *,
            published: str | dt.datetime | None = None) -> Meeting | NotMeeting:
    """The meeting one document reports, or a NotMeeting with the reason.

    `document` is a Document (from `kg.read`) or plain text whose first line
    is the title; `published` (ISO date or datetime, Beijing time) anchors
    relative dates in plain text."""
    from kg.extract import extract as run_extractors

    if isinstance(document, str):
        document = _text_document(document, published)
    return run_extractors(document, lexicon or _lexicon())


@functools.cache
def _lexicon() -> Lexicon:
    from kg.lexicon import load

    return load()


def _text_document(text: str, published: str | dt.datetime | None) -> Document:
    from kg.clean import to_document
    from kg.model import BEIJING, SourceItem

    title, _, body = text.strip().partition("\n")
    when = dt.datetime.fromisoformat(published) if isinstance(published, str) else published
    if when is not None and when.tzinfo is None:
        when = when.replace(tzinfo=BEIJING)
    item = SourceItem(path="<text>", file="<text>", index=None, item=None, title=title.strip(), published=when,
                      body=body.strip(), body_format="text", reader="text")
    return to_document(item)
