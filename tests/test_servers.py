"""`kg load` into real SPARQL servers (Oxigraph, Virtuoso 7), through the CLI.

Each server is started on loopback ports in a temporary folder and stopped
afterwards.  After loading the seed build, the province-recurrence query on
the server's SPARQL endpoint must give the embedded store's answer.
"""

from __future__ import annotations

import http.server
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg import query, store
from tests import servers
from tests.test_engines import rows

GRAPH = "https://w3id.org/cn-meetings/graph/load-test"


@pytest.fixture(scope="module")
def build() -> Path:
    return servers.seed_build()


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[servers.Server]:
    if not servers.binary("oxigraph"):
        pytest.skip(servers.missing("oxigraph", "PyPI package oxigraph"))
    with servers.oxigraph_server(tmp_path_factory.mktemp("oxigraph")) as server:
        yield server


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[servers.Server]:
    if not servers.binary("virtuoso-t"):
        pytest.skip(servers.missing("virtuoso-t", "Debian package virtuoso-opensource"))
    with servers.virtuoso_server(tmp_path_factory.mktemp("virtuoso")) as server:
        yield server


def kg_load(server: servers.Server, data: Path, *extra: str):
    auth = ["--user", server.user, "--password", server.password or ""] if server.user else []
    return servers.kg_cli("load", "--endpoint", server.gsp, "--graph", GRAPH, "--data", str(data), *auth, *extra)


@pytest.mark.server
@pytest.mark.parametrize("name", ["oxigraph", "virtuoso"])
def test_kg_load_then_server_answers_like_the_embedded_store(name: str, build: Path,
                                                            request: pytest.FixtureRequest):
    server: servers.Server = request.getfixturevalue(name)
    done = kg_load(server, build / "kg.ttl", "--chunk", "500")  # several requests: PUT then POSTs
    assert done.returncode == 0, done.stderr
    triples = len(store.read_triples(build / "kg.ttl"))
    assert f"loaded {triples} triples" in done.stdout
    assert f"counts {triples} triples" in done.stdout
    assert server.count(GRAPH) == triples

    sparql = query.resolve("province-recurrence")
    embedded = rows(query.to_csv(store.query_store(build / "store", sparql)))
    assert rows(server.select(sparql, GRAPH).decode("utf-8")) == embedded


@pytest.mark.server
def test_reloading_replaces_the_graph(oxigraph: servers.Server, build: Path, tmp_path: Path):
    small = tmp_path / "small.ttl"
    small.write_text('<https://example.org/a> <https://example.org/p> "浙江"@zh .\n', encoding="utf-8")
    assert kg_load(oxigraph, build / "kg.ttl").returncode == 0
    done = kg_load(oxigraph, small)
    assert done.returncode == 0, done.stderr
    assert oxigraph.count(GRAPH) == 1


@pytest.mark.server
def test_bad_credentials_on_virtuoso_are_reported(virtuoso: servers.Server, build: Path):
    done = servers.kg_cli("load", "--endpoint", virtuoso.gsp, "--graph", GRAPH, "--data", str(build / "kg.ttl"),
                          "--user", "dba", "--password", "wrong")
    assert done.returncode == 1
    assert "HTTP 401: authentication failed" in done.stderr
    assert "nothing was loaded" in done.stderr
    assert done.stdout == ""


@pytest.mark.server
def test_a_store_refusing_the_data_is_reported(virtuoso: servers.Server, build: Path):
    # The unauthenticated endpoint refuses writes: Virtuoso's message is passed on.
    endpoint = virtuoso.gsp.replace("-auth", "")
    done = servers.kg_cli("load", "--endpoint", endpoint, "--graph", GRAPH, "--data", str(build / "kg.ttl"))
    assert done.returncode == 1
    assert "HTTP 403" in done.stderr and "Permission denied" in done.stderr


@pytest.mark.server
def test_virtuoso_bulk_loader_takes_the_ntriples_export(virtuoso: servers.Server, build: Path):
    """The documented path for large graphs: kg export -f ntriples, then ld_dir + rdf_loader_run."""
    isql = servers.binary("isql-vt")
    if not isql:
        pytest.skip(servers.missing("isql-vt", "Debian package virtuoso-opensource"))
    folder = (virtuoso.folder or Path()) / "bulk"
    assert servers.kg_cli("export", "-f", "ntriples", "--data", str(build / "kg.ttl"), "-o", str(folder)).returncode == 0
    graph = GRAPH + "/bulk"
    sql = f"ld_dir('{folder}', 'kg.nt', '{graph}'); rdf_loader_run(); checkpoint;"
    done = subprocess.run([isql, str(virtuoso.sql_port), "dba", "dba", f"exec={sql}"], capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0 and "Error" not in done.stdout + done.stderr, done.stdout + done.stderr
    assert virtuoso.count(graph) == len(store.read_triples(build / "kg.ttl"))


def test_refused_connection_is_a_clear_error(build: Path):
    port = servers.free_port()  # nothing listens there
    done = servers.kg_cli("load", "--endpoint", f"http://127.0.0.1:{port}/store", "--data", str(build / "kg.ttl"))
    assert done.returncode == 1
    assert "connection refused" in done.stderr
    assert "nothing was loaded" in done.stderr


def test_a_chunk_failing_midway_says_how_much_was_loaded(build: Path):
    with _flaky_store(fail_after=2) as endpoint:
        done = servers.kg_cli("load", "--endpoint", endpoint, "--data", str(build / "kg.ttl"),
                              "--chunk", "100", "--no-verify")
    total = len(store.read_triples(build / "kg.ttl"))
    assert done.returncode == 1
    assert "HTTP 507" in done.stderr and "disk full" in done.stderr
    assert f"now holds only 200 of {total} triples" in done.stderr


def test_missing_data_file_is_a_clear_error(tmp_path: Path):
    done = servers.kg_cli("load", "--endpoint", "http://127.0.0.1:9/store", "--data", str(tmp_path / "none.ttl"))
    assert done.returncode == 1
    assert "cannot read" in done.stderr


class _FlakyHandler(http.server.BaseHTTPRequestHandler):
    fail_after = 0
    seen = 0

    def _receive(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        type(self).seen += 1
        ok = type(self).seen <= self.fail_after
        self.send_response(204 if ok else 507, None if ok else "Insufficient Storage")
        body = b"" if ok else b"disk full"
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_PUT = do_POST = _receive

    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass


class _flaky_store:
    """A Graph Store that accepts `fail_after` requests, then fails."""

    def __init__(self, fail_after: int) -> None:
        handler = type("Handler", (_FlakyHandler,), {"fail_after": fail_after, "seen": 0})
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)

    def __enter__(self) -> str:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return f"http://127.0.0.1:{self.server.server_address[1]}/store"

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
