"""Every saved query gives the same rows on independent SPARQL engines.

The seed build (kg build seeds/) is queried with rdflib in memory (the
reference), the embedded pyoxigraph store, the Oxigraph server, Virtuoso 7
and Redland's roqet.  Rows are compared as sorted lists of CSV cells, numbers
and blank-node labels normalised; ORDER BY ties may differ between engines.
"""

from __future__ import annotations

import csv
import io
import re
import subprocess
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pytest
import rdflib

from kg import load, query, store
from tests import servers

QUERIES = sorted(query.saved_queries())
GRAPH = "https://w3id.org/cn-meetings/graph/engines-test"
# Engine bugs a saved query runs into (query -> engine -> reason); the test
# then expects the failure.  rasqal 0.9.33 (roqet) is the weak engine: it
# mis-joins an OPTIONAL after a FILTER or a multi-triple group, COUNTs unbound
# values, leaks BINDs between UNION branches and garbles non-ASCII CONCAT.
_UNBOUND_COUNT = {"roqet": "rasqal 0.9.33 COUNTs unbound values (UNION branches) as 1"}
KNOWN = {name: _UNBOUND_COUNT for name in ("province-recurrence", "province-recurrence-by-organizer",
                                           "province-recurrence-between")}


@pytest.fixture(scope="module")
def build() -> Path:
    return servers.seed_build()


@pytest.fixture(scope="module")
def reference(build: Path) -> rdflib.Graph:
    return rdflib.Graph().parse(build / "kg.ttl", format="turtle")


@pytest.fixture(scope="module")
def oxigraph(build: Path, tmp_path_factory: pytest.TempPathFactory):
    if not servers.binary("oxigraph"):
        pytest.skip(servers.missing("oxigraph", "PyPI package oxigraph"))
    with servers.oxigraph_server(tmp_path_factory.mktemp("oxigraph")) as server:
        _load(server, build)
        yield server


@pytest.fixture(scope="module")
def virtuoso(build: Path, tmp_path_factory: pytest.TempPathFactory):
    if not servers.binary("virtuoso-t"):
        pytest.skip(servers.missing("virtuoso-t", "Debian package virtuoso-opensource"))
    with servers.virtuoso_server(tmp_path_factory.mktemp("virtuoso")) as server:
        _load(server, build)
        yield server


def _load(server: servers.Server, build: Path) -> None:
    target = load.Target(server.gsp, GRAPH, server.user, server.password, server.sparql)
    load.load(load.read_triples(build / "kg.ttl"), target)


def run(engine: str, name: str, request: pytest.FixtureRequest) -> list[tuple[str, ...]]:
    text = query.prepare(name)  # parameters bound to their defaults
    build = request.getfixturevalue("build")
    if engine == "rdflib":
        return rows(query.to_csv(query.query_rdflib(request.getfixturevalue("reference"), text)))
    if engine == "store":
        return rows(query.to_csv(store.query_store(build / "store", text)))
    if engine == "roqet":
        return rows(_roqet(build / "kg.ttl", text, request.getfixturevalue("tmp_path")))
    server: servers.Server = request.getfixturevalue(engine)
    return rows(server.select(text, GRAPH).decode("utf-8"))


def _roqet(data: Path, text: str, folder: Path) -> str:
    exe = servers.binary("roqet")
    if not exe:
        pytest.skip(servers.missing("roqet", "Debian package rasqal-utils"))
    path = folder / "query.rq"
    path.write_text(text, encoding="utf-8")
    done = subprocess.run([exe, "-q", "-i", "sparql", "-D", str(data), "-r", "csv", str(path)],
                          capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=120)
    # roqet exits 2 after warnings it does not print (any aggregate query): fine.
    assert done.returncode in (0, 2) and "Error" not in done.stderr, done.stderr
    return done.stdout


def rows(text: str) -> list[tuple[str, ...]]:
    """CSV results -> header first, then the sorted normalised rows.  roqet
    prints no header for an empty result, so an empty one is left out."""
    table = [row for row in csv.reader(io.StringIO(text)) if row]
    if len(table) < 2:
        return []
    return [tuple(table[0]), *sorted(tuple(cell(c) for c in row) for row in table[1:])]


def cell(value: str) -> str:
    if value.startswith(("_:", "nodeID://")):
        return "_:blank"  # labels are the engine's own
    if re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", value):
        try:
            return format(Decimal(value).normalize(), "f")
        except InvalidOperation:
            return value
    return value


ENGINES = ["store", "roqet", pytest.param("oxigraph", marks=pytest.mark.server),
           pytest.param("virtuoso", marks=pytest.mark.server)]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("name", QUERIES)
def test_saved_query_same_rows_on_every_engine(name: str, engine: str, request: pytest.FixtureRequest):
    reason = KNOWN.get(name, {}).get(engine)
    if reason:
        request.applymarker(pytest.mark.xfail(reason=reason, strict=False))
    expected = run("rdflib", name, request)
    assert expected or name in _EMPTY_ON_SEEDS, f"{name} finds nothing on the seeds"
    assert run(engine, name, request) == expected


# Saved queries whose answer on the seeds may be empty while extraction grows.
_EMPTY_ON_SEEDS = {"measures-mentioning-sector", "sectors-by-meeting"}


def test_province_recurrence_on_the_seeds_puts_henan_and_zhejiang_first(build: Path):
    result = store.query_store(build / "store", query.resolve("province-recurrence"))
    name = result.variables.index("name")
    count = next(i for i, v in enumerate(result.variables) if v in ("spoke", "meetings"))
    top = {(r[name].value, r[count].value) for r in result.rows[:2]}
    assert top == {("河南", "3"), ("浙江", "3")}
