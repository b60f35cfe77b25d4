"""Network only when asked, never for ever, never with secrets (issue 13, failures 8-10, 13).

`kg load` and `kg query` through the real CLI against misbehaving HTTP
servers on loopback ports (tests/loopback.py): trickling, endless, silent,
redirecting, refusing credentials, answering garbage.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from kg import load, query, sparql_guard, store
from kg.cli import make_parser
from tests import loopback
from tests.conftest import ROOT
from tests.loopback import Loopback, Request

TURTLE = b'<https://example.org/a> <https://example.org/p> "\xe6\xb5\x99\xe6\xb1\x9f"@zh .\n'
SECRET = "hunter2-s3cret"


def kg(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kg", *args], cwd=ROOT, capture_output=True, text=True,
                          encoding="utf-8", timeout=timeout)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    path = tmp_path / "small.ttl"
    path.write_bytes(TURTLE)
    return path


def one_line_error(done: subprocess.CompletedProcess[str], command: str = "load") -> str:
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1, done.stderr
    assert done.stderr.startswith(f"kg {command}: ")
    return done.stderr.strip()


# ---- failure 8: credentials never printed, never sent elsewhere ------------

def _refuse_basic(conn, request: Request, server: Loopback) -> None:
    if request.credentials is None:
        loopback.reply(conn, "401 Unauthorized", b"log in", WWW_Authenticate='Basic realm="store"')
    else:  # a careless server that echoes what it got
        loopback.reply(conn, "401 Unauthorized", f"wrong password {request.credentials}".encode(),
                       WWW_Authenticate='Basic realm="store"')


def test_credentials_in_the_url_are_used_and_never_printed(data: Path) -> None:
    with Loopback(_refuse_basic) as server:
        endpoint = f"http://alice:{SECRET}@127.0.0.1:{server.port}/store"
        error = one_line_error(kg("load", "--endpoint", endpoint, "--data", str(data), "--no-verify"))
    assert SECRET not in error and "wrong password alice:***" in error  # a user name is no secret
    assert "HTTP 401: authentication failed" in error and f"127.0.0.1:{server.port}/store" in error
    assert f"alice:{SECRET}" in [r.credentials for r in server.requests]  # sent to the host named, once asked


@pytest.mark.parametrize("endpoint", [f"http://alice:{SECRET}@127.0.0.1/store",  # no port: 80, nobody there
                                      f"http://alice:{SECRET}@127.0.0.1:notaport/store",
                                      f"ftp://alice:{SECRET}@127.0.0.1/store"])
def test_credentials_stay_out_of_every_error_path(data: Path, endpoint: str) -> None:
    error = one_line_error(kg("load", "--endpoint", endpoint, "--data", str(data), "--timeout", "20"))
    assert SECRET not in error


def test_the_password_option_is_redacted_from_server_text(data: Path) -> None:
    with Loopback(_refuse_basic) as server:
        done = kg("load", "--endpoint", f"{server.url}/store", "--user", "alice", "--password", SECRET,
                  "--data", str(data), "--no-verify")
    error = one_line_error(done)
    assert SECRET not in error and "wrong password alice:***" in error


def test_target_keeps_credentials_out_of_urls_and_repr() -> None:
    target = load.target(f"http://alice:{SECRET}@127.0.0.1:7878/store", None,
                         sparql=f"http://alice:{SECRET}@127.0.0.1:7878/query")
    assert (target.endpoint, target.sparql) == ("http://127.0.0.1:7878/store", "http://127.0.0.1:7878/query")
    assert (target.user, target.password) == ("alice", SECRET)
    assert SECRET not in repr(target)
    assert load.target(f"http://alice:{SECRET}@h/s", None, "bob", "pw").user == "bob"  # --user wins


def test_credentials_are_not_sent_to_another_host_on_redirect(data: Path) -> None:
    with Loopback(loopback.status("200 OK")) as elsewhere:
        def redirect(conn, request: Request, server: Loopback) -> None:
            if request.credentials is None:
                loopback.reply(conn, "401 Unauthorized", WWW_Authenticate='Basic realm="store"')
            else:
                loopback.reply(conn, "307 Temporary Redirect", Location=f"http://bob:pw1234@127.0.0.1:"
                                                                        f"{elsewhere.port}/store?graph=x")
        with Loopback(redirect) as server:
            done = kg("load", "--endpoint", f"{server.url}/store", "--user", "alice", "--password", SECRET,
                      "--data", str(data), "--no-verify")
    error = one_line_error(done)
    assert elsewhere.connections == 0  # neither the data nor the credentials went there
    assert f"HTTP 307: the server redirects to http://***@127.0.0.1:{elsewhere.port}/store" in error
    assert SECRET not in error and "pw1234" not in error


# ---- failure 13: a redirected count query ----------------------------------

def test_a_redirected_count_says_the_data_loaded_and_names_the_redirect(data: Path) -> None:
    with Loopback(loopback.status("401 Unauthorized", WWW_Authenticate='Basic realm="x"')) as elsewhere:
        def store_then_redirect(conn, request: Request, server: Loopback) -> None:
            if request.line.startswith(("PUT", "POST /store")):
                loopback.reply(conn, "204 No Content")
            else:
                loopback.reply(conn, "303 See Other", Location=f"{elsewhere.url}/query")
        with Loopback(store_then_redirect) as server:
            done = kg("load", "--endpoint", f"{server.url}/store", "--user", "alice", "--password", SECRET,
                      "--data", str(data))
    error = one_line_error(done)
    assert error.startswith("kg load: loaded 1 triples into <https://w3id.org/cn-meetings/graph/kg>, "
                            "but counting them failed: ")
    assert f"{server.url}/query: HTTP 303: the server redirects to {elsewhere.url}/query" in error
    assert "HTTP 401" not in error and elsewhere.connections == 0


# ---- failure 9: an overall deadline, capped answers ------------------------

def test_a_trickling_server_meets_the_deadline(data: Path) -> None:
    with Loopback(loopback.trickle) as server:
        started = time.monotonic()
        done = kg("load", "--endpoint", f"{server.url}/store", "--data", str(data), "--timeout", "3")
        took = time.monotonic() - started
    error = one_line_error(done)
    assert took < 30, took
    assert "no complete answer within the 3 s deadline (--timeout)" in error and "nothing was loaded" in error


@pytest.mark.parametrize(("answer", "expected"), [("500 Internal Server Error", "HTTP 500"),
                                                  ("200 OK", "the answer is larger than 1024 KB")])
def test_a_huge_answer_is_read_only_as_far_as_needed(data: Path, answer: str, expected: str) -> None:
    with Loopback(loopback.endless(answer)) as server:
        started = time.monotonic()
        done = kg("load", "--endpoint", f"{server.url}/store", "--data", str(data), "--no-verify")
        took = time.monotonic() - started
        sent = server.sent
    assert expected in one_line_error(done)
    assert took < 60 and sent < 64 * 1024 * 1024, (took, sent)  # not the 4 GB it announced


def test_garbage_from_the_server_is_one_line(data: Path) -> None:
    with Loopback(loopback.raw(b"\x00\x01 not http at all\r\n\r\n")) as server:
        error = one_line_error(kg("load", "--endpoint", f"{server.url}/store", "--data", str(data)))
    assert "not an HTTP answer" in error


def test_timeout_is_documented() -> None:
    commands = make_parser()._subparsers._group_actions[0].choices  # noqa: SLF001 - argparse keeps them there
    assert "--timeout" in commands["load"].format_help()
    assert {"--allow-service", "--timeout"} <= set(commands["query"].format_help().split())


# ---- failure 10: kg query and SERVICE --------------------------------------

@dataclass
class Engine:
    args: list[str]  # for kg query
    run: Callable[[str], query.Result]  # the same engine, in process


@pytest.fixture(params=["store", "data"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Engine:
    if request.param == "store":
        store.write_build(tmp_path / "store", TURTLE)
        return Engine(["--store", str(tmp_path / "store")], lambda q: store.query_store(tmp_path / "store", q))
    (tmp_path / "g.ttl").write_bytes(TURTLE)
    return Engine(["--data", str(tmp_path / "g.ttl")], lambda q: query.query_file(tmp_path / "g.ttl", q))


def guarded(engine: Engine, spec: str, **options: object) -> str:
    """The one-line error of running `spec` as kg query does, in process."""
    with pytest.raises(query.QueryError) as raised:
        sparql_guard.run(spec, engine.run, query.resolve, **options)
    return str(raised.value)


def service_query(url: str) -> str:
    return f"SELECT ?s WHERE {{ ?a ?p ?o . SERVICE <{url}/sparql> {{ ?s ?p2 ?o2 }} }}"


def test_service_is_refused_unless_allowed(engine: Engine) -> None:
    with Loopback(loopback.silent) as server:
        error = one_line_error(kg("query", service_query(server.url), *engine.args, timeout=60), "query")
        assert server.connections == 0
    assert "SERVICE refused" in error and "--allow-service" in error


def test_an_allowed_service_runs_under_a_deadline(engine: Engine) -> None:
    with Loopback(loopback.silent) as server:
        started = time.monotonic()
        done = kg("query", service_query(server.url), *engine.args, "--allow-service", "--timeout", "2", timeout=60)
        took = time.monotonic() - started
    assert "no answer within 2 s" in one_line_error(done, "query")
    assert took < 30 and server.connections == 1


RESULTS = b'{"head": {"vars": ["s"]}, "results": {"bindings": [{"s": {"type": "uri", "value": "http://x.org/a"}}]}}'


def test_an_allowed_service_answers(engine: Engine) -> None:
    ok = loopback.status("200 OK", RESULTS, Content_Type="application/sparql-results+json")
    with Loopback(ok) as server:
        done = kg("query", service_query(server.url), *engine.args, "--allow-service", "-f", "csv", timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["s", "http://x.org/a"]


FAILURES = {
    "refused": (None, "a SERVICE endpoint refused the connection"),
    "not json": (loopback.status("200 OK", b"not json!", Content_Type="application/sparql-results+json"),
                 "a SERVICE endpoint gave an answer that is not SPARQL results"),
    "not http": (loopback.raw(b"\x00\x01garbage\r\n\r\n"), "a SERVICE endpoint gave an answer that is not SPARQL results"),
    "http 500": (loopback.status("500 Oops", b"error"), "a SERVICE endpoint answered HTTP 500"),
}


@pytest.mark.parametrize("failure", FAILURES)
def test_a_failing_service_is_one_line_alike_on_both_engines(engine: Engine, failure: str) -> None:
    respond, expected = FAILURES[failure]
    if respond is None:
        url = f"http://127.0.0.1:{loopback.refused_port()}"
        assert guarded(engine, service_query(url), allow_service=True) == f"query failed: {expected}"
        done = kg("query", service_query(url), *engine.args, "--allow-service", timeout=60)
        assert one_line_error(done, "query") == f"kg query: query failed: {expected}"
        return
    with Loopback(respond) as server:
        assert guarded(engine, service_query(server.url), allow_service=True) == f"query failed: {expected}"


def test_a_json_ld_file_with_a_remote_context_is_not_fetched(tmp_path: Path) -> None:
    context = b'{"@context": {"name": "https://schema.org/name"}}'
    with Loopback(loopback.status("200 OK", context, Content_Type="application/ld+json")) as server:
        path = tmp_path / "remote.jsonld"
        path.write_text(json.dumps({"@context": [f"{server.url}/context"], "@id": "https://x.org/a", "name": "n"}))
        with pytest.raises(query.QueryError, match="its JSON-LD @context is remote"):
            query.query_file(path, "SELECT * WHERE { ?s ?p ?o }")
        assert server.connections == 0
    path.write_text(json.dumps({"@context": json.loads(context)["@context"], "@id": "https://x.org/a", "name": "n"}))
    assert len(query.query_file(path, "SELECT * WHERE { ?s ?p ?o }").rows) == 1  # a context in the file is fine


# ---- failure 13: an update is refused as an update --------------------------

UPDATES = ["INSERT DATA { <a:b> <a:c> <a:d> }", "PREFIX ex: <a:> DELETE WHERE { ?s ?p ?o }", "CLEAR ALL",
           "# a comment\nDROP GRAPH <a:g>", "LOAD <http://127.0.0.1:9/x>", "WITH <a:g> DELETE { ?s ?p ?o } WHERE {}"]


def test_updates_are_refused_as_updates(engine: Engine, tmp_path: Path) -> None:
    rq = tmp_path / "update.rq"
    for update in UPDATES:
        rq.write_text(update, encoding="utf-8")
        assert guarded(engine, update) == guarded(engine, str(rq)) == sparql_guard.UPDATES_REFUSED
    error = one_line_error(kg("query", UPDATES[0], *engine.args), "query")
    assert error == f"kg query: {sparql_guard.UPDATES_REFUSED}"


@pytest.mark.parametrize(("sparql", "service"), [
    ("SELECT * WHERE { SERVICE <http://x> { ?s ?p ?o } }", True),
    ("select * where { service silent <http://x> { ?s ?p ?o } }", True),
    ("SELECT * WHERE { \\u0053ERVICE <http://x> { ?s ?p ?o } }", True),  # SPARQL decodes \\u escapes first
    ("SELECT * WHERE { ?s ?p ?o }SERVICE<http://x>{}", True),
    ('SELECT * WHERE { ?s ?p "SERVICE <http://x>" }', False),
    ("SELECT * WHERE { ?s ?p <http://x/SERVICE> } # SERVICE <http://x>", False),
    ("SELECT ?service WHERE { ?service ex:SERVICE ?o }", False),
    ("SELECT * WHERE { ?s ?p '''\nSERVICE\n''' }", False),
])
def test_service_is_found_as_a_keyword_only(sparql: str, service: bool) -> None:
    assert sparql_guard.uses_service(sparql) == service


def test_queries_are_not_updates() -> None:
    for sparql in ("SELECT * WHERE { ?s <a:insert> ?o }", "PREFIX delete: <a:> ASK { ?s delete:x ?o }",
                   "BASE <a:> CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"):
        assert not sparql_guard.is_update(sparql)
