"""The graph as a Cypher script, and loading it into an embedded graph database.

`script(pg)` writes one statement per line: a node table per type and a
relationship table per predicate (LadybugDB/Kùzu DDL: typed columns, dates
DATE, counts INT64, lists arrays such as STRING[]), then the data as
openCypher `UNWIND [...] AS r CREATE ...` batches.  `load(lines, path)`
runs such a script in a fresh LadybugDB database (`pip install ladybug`,
the maintained fork of Kùzu: embedded, on disk, openCypher) written beside
`path` and swapped in, so a reader never sees half a graph.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.propgraph import Column, PropertyGraph, Value, cell

BATCH = 500  # rows per UNWIND statement
HEADER = ("// kg-meetings: the knowledge graph as a property graph (kg export --format cypher).\n"
          "// Node tables (one per type, key `id` = the IRI) and relationship tables (one per predicate),\n"
          "// then the data; one statement per line.  Load: kg load --cypher DB --data THIS_FILE.\n")
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})


class CypherError(Exception):
    """A script the database refuses, or a database that cannot be written (one line)."""


@dataclass(frozen=True, slots=True)
class LoadReport:
    statements: int
    nodes: int
    relationships: int


def name(identifier: str) -> str:
    return "`" + identifier.replace("`", "``") + "`"


def literal(value: Value | list | dict | None) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, list):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{name(k)}: {literal(v)}" for k, v in value.items()) + "}"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, dt.date):
        return f'date("{value.isoformat()}")'
    return '"' + str(value).translate(_ESCAPES) + '"'


def script(pg: PropertyGraph) -> Iterator[str]:
    """The whole script, line by line (each ends with a newline): parameters written as literals."""
    yield HEADER
    for text, params in plan(pg):
        if params is not None:
            text = text.replace("$rows", literal(params["rows"]), 1)
        yield text + ";\n"


Statement = tuple[str, dict | None]  # text, and the rows it unwinds as $rows


def plan(pg: PropertyGraph) -> Iterator[Statement]:
    """The statements that build the graph: tables, then nodes, then relationships."""
    tables = pg.by_type()
    columns = {label: pg.columns(nodes) for label, nodes in tables.items()}
    for label, cols in columns.items():
        fields = ", ".join([f"{name('id')} STRING", f"{name('label')} STRING",
                            *(f"{name(c.name)} {c.type}{'[]' if c.is_list else ''}" for c in cols)])
        yield f"CREATE NODE TABLE {name(label)}({fields}, PRIMARY KEY ({name('id')}))", None
    rels = _relationships(pg)
    for rel, pairs in rels.items():
        ends = ", ".join(f"FROM {name(a)} TO {name(b)}" for a, b in sorted(pairs))
        yield f"CREATE REL TABLE {name(rel)}({ends})", None
    for label, nodes in tables.items():
        yield from _node_rows(pg, label, nodes, columns[label])
    for rel, pairs in rels.items():
        for (a, b), edges in sorted(pairs.items()):
            for batch in _batches(edges):
                yield (f"UNWIND $rows AS r MATCH (a:{name(a)} {{{name('id')}: r.f}}), "
                       f"(b:{name(b)} {{{name('id')}: r.t}}) CREATE (a)-[:{name(rel)}]->(b)",
                       {"rows": [{"f": s, "t": o} for s, o in batch]})


def _relationships(pg: PropertyGraph) -> dict[str, dict[tuple[str, str], list[tuple[str, str]]]]:
    """Relationship type -> (from type, to type) -> edges, in triple order."""
    names = pg.relationship_names()
    out: dict[str, dict[tuple[str, str], list[tuple[str, str]]]] = defaultdict(lambda: defaultdict(list))
    for s, p, o in pg.edges:
        out[names[p]][(pg.node_type(s), pg.node_type(o))].append((s, o))
    return dict(sorted(out.items()))


def _node_rows(pg: PropertyGraph, label: str, nodes: list[str], cols: list[Column]) -> Iterator[Statement]:
    # Rows grouped by the properties they have: a NULL in a map literal would be typed as text.
    groups: dict[tuple[Column, ...], list[str]] = defaultdict(list)
    for node in nodes:
        groups[tuple(c for c in cols if pg.nodes[node].get(c.name))].append(node)
    for present, members in groups.items():
        keys = ["id", "label", *(c.name for c in present)]
        assign = ", ".join(f"{name(k)}: r.{name(k)}" for k in keys)
        for batch in _batches(members):
            rows = [{"id": n, "label": pg.display_label(n), **{c.name: cell(pg.nodes[n][c.name], c) for c in present}}
                    for n in batch]
            yield f"UNWIND $rows AS r CREATE (:{name(label)} {{{assign}}})", {"rows": rows}


def _batches(items: list) -> Iterator[list]:
    for start in range(0, len(items), BATCH):
        yield items[start:start + BATCH]


def statements(lines: Iterable[str]) -> Iterator[str]:
    """The statements of a script written by `script` (comments and blank lines skipped)."""
    for line in lines:
        text = line.strip()
        if text and not text.startswith("//"):
            yield text.rstrip(";")


def load(source: PropertyGraph | Iterable[str], database: Path) -> LoadReport:
    """Build a fresh LadybugDB database that then replaces `database`, from a
    property graph (statements with parameters: fast) or a script's lines."""
    try:
        import ladybug
    except ImportError as exc:
        raise CypherError("LadybugDB is not installed: pip install ladybug") from exc
    database = Path(database)
    if database.is_dir():
        raise CypherError(f"{database} is a folder: give the database file to create or replace")
    fresh = database.with_name(f".{database.name}.new-{os.getpid()}")
    _remove(fresh)
    done = 0
    try:
        db = ladybug.Database(str(fresh))
        conn = ladybug.Connection(db)
        todo = plan(source) if isinstance(source, PropertyGraph) else ((s, None) for s in statements(source))
        for statement, params in todo:
            try:
                conn.execute(statement, params) if params else conn.execute(statement)
            except RuntimeError as exc:
                raise CypherError(f"statement {done + 1} refused: {' '.join(str(exc).split())[:200]}") from exc
            done += 1
        nodes = _count(conn, "MATCH (n) RETURN count(n)")
        relationships = _count(conn, "MATCH ()-[r]->() RETURN count(r)")
        conn.close()
        db.close()
        os.replace(fresh, database)
    finally:
        _remove(fresh)
    return LoadReport(done, nodes, relationships)


def _count(conn, query: str) -> int:
    result = conn.execute(query)
    return int(result.get_next()[0])


def _remove(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + ".wal")):
        if leftover.is_dir():
            shutil.rmtree(leftover, ignore_errors=True)
        else:
            leftover.unlink(missing_ok=True)
