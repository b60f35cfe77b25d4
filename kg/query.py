"""SPARQL queries: saved queries, running them, and writing their results.

Results from every engine (the embedded store, rdflib, a server) become one
neutral `Result` of `Term`s, so the SPARQL 1.1 result formats (CSV, TSV,
JSON) and the readable table are written the same way whatever ran the query.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from kg import ids

if TYPE_CHECKING:
    import rdflib  # imported where a graph is queried: `kg query NAME` on the store must start fast

FORMATS = ("table", "csv", "tsv", "json")
XSD = "http://www.w3.org/2001/XMLSchema#"
_NUMERIC = {XSD + t for t in ("integer", "decimal", "double")}
_QUERY_WORDS = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE|PREFIX|BASE)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Term:
    kind: str  # "uri" | "literal" | "bnode" (the SPARQL JSON results names)
    value: str
    datatype: str | None = None
    lang: str | None = None


@dataclass(slots=True)
class Result:
    kind: str  # "select" | "ask" | "graph"
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Term | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    graph: bytes = b""  # N-Triples, for CONSTRUCT and DESCRIBE


@dataclass(frozen=True, slots=True)
class SavedQuery:
    name: str
    text: str
    about: str  # the leading comment lines

    @classmethod
    def parse(cls, name: str, text: str) -> SavedQuery:
        about = []
        for line in text.splitlines():
            if not line.startswith("#"):
                break
            about.append(line.lstrip("#").strip())
        return cls(name, text, " ".join(a for a in about if a))


class QueryError(Exception):
    """A query that cannot be found, parsed or run (one-line message)."""


# ---- finding a query -------------------------------------------------------

def saved_queries() -> dict[str, SavedQuery]:
    """The queries shipped in kg/queries, by name (file name without .rq)."""
    folder = resources.files("kg") / "queries"
    found = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name[: -len(".rq")]
            found[name] = SavedQuery.parse(name, entry.read_text(encoding="utf-8"))
    return found


def resolve(spec: str) -> str:
    """Query text from literal SPARQL, a .rq path, or a saved query's name."""
    if _QUERY_WORDS.search(spec) and ("{" in spec or spec.lstrip().upper().startswith(("PREFIX", "BASE"))):
        return spec
    path = Path(spec)
    if path.suffix == ".rq" or path.is_file():
        if not path.is_file():
            raise QueryError(f"no such query file: {spec}")
        return path.read_text(encoding="utf-8")
    saved = saved_queries()
    if spec in saved:
        return saved[spec].text
    raise QueryError(f"unknown query {spec!r}: not SPARQL, not a file, not a saved query "
                     f"(saved: {', '.join(saved) or 'none'})")


# ---- rdflib ----------------------------------------------------------------

def from_rdflib_term(term: object) -> Term | None:
    import rdflib

    if term is None:
        return None
    if isinstance(term, rdflib.URIRef):
        return Term("uri", str(term))
    if isinstance(term, rdflib.BNode):
        return Term("bnode", str(term))
    if isinstance(term, rdflib.Literal):
        datatype = str(term.datatype) if term.datatype else None
        return Term("literal", str(term), datatype, term.language)
    raise QueryError(f"unsupported term in results: {term!r}")


def query_rdflib(graph: rdflib.Graph, sparql: str) -> Result:
    from pyparsing import ParseBaseException  # rdflib's parser errors

    try:
        raw = graph.query(sparql)
        if raw.type == "ASK":
            return Result("ask", boolean=bool(raw.askAnswer))
        if raw.type in ("CONSTRUCT", "DESCRIBE"):
            return Result("graph", graph=raw.graph.serialize(format="nt", encoding="utf-8"))
        variables = [str(v) for v in raw.vars or []]
        rows = [tuple(from_rdflib_term(value) for value in row) for row in raw]  # evaluated lazily
    except QueryError:
        raise
    except ParseBaseException as exc:  # the store's wording for the same mistake
        raise QueryError(f"query does not parse: {' '.join(str(exc).split())[:160]}") from exc
    except Exception as exc:  # rdflib raises many other types
        raise QueryError(f"query failed: {' '.join(str(exc).split())[:300]}") from exc
    return Result("select", variables, rows)


def query_file(path: Path, sparql: str) -> Result:
    """Query a Turtle (or other rdflib-readable) file in memory with rdflib."""
    import rdflib
    import rdflib.util

    from kg.sources import not_regular

    if problem := not_regular(Path(path)):  # a FIFO or /dev/zero would block or never end
        raise QueryError(f"cannot read {path}: {problem}")
    graph = rdflib.Graph()
    try:
        if rdflib.util.guess_format(str(path)) == "json-ld":
            _refuse_remote_context(Path(path))
        graph.parse(path)
    except (OSError, SyntaxError, ValueError) as exc:
        raise QueryError(f"cannot read {path}: {exc}") from exc
    return query_rdflib(graph, sparql)


def _refuse_remote_context(path: Path) -> None:
    """rdflib fetches remote JSON-LD contexts: kg query reads only the file it is given."""
    from kg.sparql_guard import remote_context

    try:
        found = remote_context(json.loads(path.read_bytes()))
    except RecursionError:
        raise QueryError(f"cannot read {path}: JSON nested too deeply") from None
    if found is not None:
        raise QueryError(f"cannot read {path}: its JSON-LD @context is remote ({found}); kg query does not "
                         "fetch it: put the context in the file")


# ---- writing results -------------------------------------------------------

def write(result: Result, fmt: str) -> str:
    if result.kind == "graph":
        return result.graph.decode("utf-8")
    if result.kind == "ask":
        return _ask(result.boolean, fmt)
    writers = {"csv": to_csv, "tsv": to_tsv, "json": to_json, "table": to_table}
    return writers[fmt](result)


def _ask(answer: bool | None, fmt: str) -> str:
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": bool(answer)}) + "\n"
    return ("true" if answer else "false") + "\n"


def to_csv(result: Result) -> str:
    """SPARQL 1.1 CSV: plain values, no types or language tags."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow([_csv_value(t) for t in row])
    return out.getvalue()


def _csv_value(term: Term | None) -> str:
    if term is None:
        return ""
    return f"_:{term.value}" if term.kind == "bnode" else term.value


def to_tsv(result: Result) -> str:
    """SPARQL 1.1 TSV: ?-prefixed header, terms in Turtle syntax."""
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    lines += ["\t".join(_tsv_value(t) for t in row) for row in result.rows]
    return "\n".join(lines) + "\n"


def _tsv_value(term: Term | None) -> str:
    if term is None:
        return ""
    if term.kind == "uri":
        return f"<{term.value}>"
    if term.kind == "bnode":
        return f"_:{term.value}"
    if term.datatype in _NUMERIC and _plain_number(term.value):
        return term.value
    text = '"' + term.value.translate(_ESCAPES) + '"'
    if term.lang:
        return f"{text}@{term.lang}"
    if term.datatype and term.datatype != XSD + "string":
        return f"{text}^^<{term.datatype}>"
    return text


_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})


def _plain_number(text: str) -> bool:
    return re.fullmatch(r"[+-]?(\d+|\d*\.\d+|(\d+\.?\d*|\.\d+)[eE][+-]?\d+)", text) is not None


def to_json(result: Result) -> str:
    """SPARQL 1.1 JSON results."""
    bindings = [{var: _json_term(t) for var, t in zip(result.variables, row, strict=True) if t is not None}
                for row in result.rows]
    document = {"head": {"vars": result.variables}, "results": {"bindings": bindings}}
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def _json_term(term: Term) -> dict[str, str]:
    out = {"type": term.kind, "value": term.value}
    if term.lang:
        out["xml:lang"] = term.lang
    elif term.datatype and term.datatype != XSD + "string":
        out["datatype"] = term.datatype
    return out


def to_table(result: Result) -> str:
    """An aligned table for people; IRIs shortened with the project prefixes."""
    cells = [result.variables] + [[short(t) for t in row] for row in result.rows]
    widths = [max(display_width(row[i]) for row in cells) for i in range(len(result.variables))]
    lines = [_table_line(cells[0], widths), "  ".join("-" * w for w in widths)]
    lines += [_table_line(row, widths) for row in cells[1:]]
    lines.append(f"({len(result.rows)} row{'s' if len(result.rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _table_line(values: Sequence[str], widths: Sequence[int]) -> str:
    padded = [v + " " * (w - display_width(v)) for v, w in zip(values, widths, strict=True)]
    return "  ".join(padded).rstrip()


def display_width(text: str) -> int:
    """Terminal columns: CJK wide and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def short(term: Term | None) -> str:
    if term is None:
        return ""
    if term.kind == "bnode":
        return f"_:{term.value}"
    if term.kind == "literal":
        return " ".join(term.value.split()) if any(c in term.value for c in "\t\r\n") else term.value
    for prefix, namespace in _prefixes():
        if term.value.startswith(namespace) and len(term.value) > len(namespace):
            return f"{prefix}:{term.value[len(namespace):]}"
    return f"<{term.value}>"


@functools.cache
def _prefixes() -> Iterable[tuple[str, str]]:
    # Longest namespace first, so id: wins over a shorter enclosing one.
    pairs = [("id", ids.ID), *ids.PREFIXES.items()]
    return tuple(sorted(pairs, key=lambda pair: -len(pair[1])))
