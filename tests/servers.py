"""Real SPARQL servers for tests, on loopback ports in a temporary folder.

`oxigraph_server` and `virtuoso_server` are context managers yielding a
`Server`; each is started from scratch and stopped (and its files removed
with the folder) at the end.  `missing(binary)` gives a skip reason.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

START_TIMEOUT = 120.0
ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@dataclass(frozen=True, slots=True)
class Server:
    name: str
    gsp: str  # Graph Store Protocol endpoint
    sparql: str  # SPARQL query endpoint
    user: str | None = None
    password: str | None = None
    log: Path | None = None
    sql_port: int | None = None  # Virtuoso's isql port
    folder: Path | None = None  # its working folder (Virtuoso: allowed for ld_dir)

    def select(self, query: str, graph: str | None = None, accept: str = "text/csv") -> bytes:
        """Run a query on the server's SPARQL endpoint (POST, form-encoded)."""
        form = {"query": query} | ({"default-graph-uri": graph} if graph else {})
        request = urllib.request.Request(self.sparql, data=urllib.parse.urlencode(form).encode(),
                                         headers={"Accept": accept}, method="POST")
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.read()

    def count(self, graph: str) -> int:
        raw = self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}",
                          accept="application/sparql-results+json")
        return int(json.loads(raw)["results"]["bindings"][0]["n"]["value"])


@functools.cache
def seed_build() -> Path:
    """`kg build seeds/` through the real CLI, once per test session; the
    folder holding kg.ttl and store/ (removed at exit)."""
    folder = Path(tempfile.mkdtemp(prefix="kg-seed-build-"))
    atexit.register(shutil.rmtree, folder, True)
    command = [sys.executable, "-m", "kg", "build", str(SEEDS), "-o", str(folder), "-q", "--no-html"]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        raise RuntimeError(f"kg build failed ({done.returncode}): {done.stderr[-2000:]}")
    return folder


def kg_cli(*args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """Run `python -m kg ARGS` from the repository root."""
    return subprocess.run([sys.executable, "-m", "kg", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout, encoding="utf-8")


def binary(name: str) -> str | None:
    """A server binary: on PATH, or next to this Python (a venv's bin/)."""
    found = shutil.which(name)
    if found:
        return found
    local = Path(sys.executable).parent / name
    return str(local) if local.is_file() else None


def missing(name: str, package: str) -> str:
    return f"{name} not found on PATH or in the venv's bin/ (install the {package})"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def oxigraph_server(folder: Path) -> Iterator[Server]:
    port = free_port()
    exe = binary("oxigraph")
    if not exe:
        raise FileNotFoundError("oxigraph")
    log = folder / "oxigraph.log"
    command = [exe, "serve", "--location", str(folder / "data"), "--bind", f"127.0.0.1:{port}"]
    base = f"http://127.0.0.1:{port}"
    with _process(command, folder, log) as process:
        _wait_http(f"{base}/query?query=ASK%7B%7D", process, log)
        yield Server("oxigraph", f"{base}/store", f"{base}/query", log=log)


@contextlib.contextmanager
def virtuoso_server(folder: Path) -> Iterator[Server]:
    exe = binary("virtuoso-t")
    if not exe:
        raise FileNotFoundError("virtuoso-t")
    sql_port, http_port = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(virtuoso_ini(folder, sql_port, http_port), encoding="utf-8")
    log = folder / "virtuoso.out"
    base = f"http://127.0.0.1:{http_port}"
    command = [exe, "+foreground", "+configfile", str(ini)]
    with _process(command, folder, log) as process:
        _wait_http(f"{base}/sparql?query=ASK%7B%7D", process, log)
        yield Server("virtuoso", f"{base}/sparql-graph-crud-auth", f"{base}/sparql", "dba", "dba", log,
                     sql_port, folder)


def virtuoso_ini(folder: Path, sql_port: int, http_port: int) -> str:
    """A minimal virtuoso.ini: database files in `folder`, loopback ports only,
    `folder` allowed for the bulk loader (ld_dir)."""
    db, vsp = folder / "db", folder / "vsp"
    db.mkdir(exist_ok=True)
    vsp.mkdir(exist_ok=True)
    return f"""[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
DirsAllowed = ., {folder}
CaseMode = 2
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
CheckpointInterval = 0
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {vsp}
ServerThreads = 4
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
"""


@contextlib.contextmanager
def _process(command: list[str], folder: Path, log: Path) -> Iterator[subprocess.Popen]:
    with log.open("wb") as out:
        process = subprocess.Popen(command, cwd=folder, stdout=out, stderr=subprocess.STDOUT,
                                   stdin=subprocess.DEVNULL, start_new_session=True)
    try:
        yield process
    finally:
        _stop(process)


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)  # its own session: only this server
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


def _wait_http(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}: {_tail(log)}")
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except urllib.error.HTTPError:
            return  # it answers, even if not to this request
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"server not answering {url} after {START_TIMEOUT:.0f} s: {_tail(log)}")


def _tail(log: Path) -> str:
    try:
        return " | ".join(log.read_text(encoding="utf-8", errors="replace").splitlines()[-5:])
    except OSError:
        return "(no log)"
