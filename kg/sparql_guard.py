"""What `kg query` lets a query do: read the local graph, and reach the network only when asked.

- A SPARQL update is refused as such ("updates are not allowed"), whatever the engine.
- SERVICE (a federated query) makes the engine fetch from another server: it is
  refused unless the user allows it (`--allow-service`), and then the query runs
  under a deadline and a failing SERVICE gives one line, the same for every engine.

The checks read the query's tokens outside strings, IRIs and comments, after
the \\u escapes SPARQL allows anywhere, so `\\u0053ERVICE` is SERVICE too.
False alarms (a local name like `ex:a.service`) are refused, never the other way.
"""

from __future__ import annotations

import re
import socket
import threading
import urllib.error
from collections.abc import Callable

from kg.query import QueryError, Result

SERVICE_TIMEOUT = 60.0  # seconds for a whole query that may call SERVICE (--timeout)
UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}
UPDATES_REFUSED = "updates are not allowed: kg query only reads the graph (rebuild it with kg build)"

_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_OPAQUE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''  # long strings
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''  # strings
    r'|<[^<>"{}|^`\\\x00-\x20]*>'  # IRIs
    r"|#[^\n]*",  # comments
    re.S,
)
_SERVICE = re.compile(r"(?<![\w:?$])SERVICE(?![\w:])", re.I)
_PROLOGUE = re.compile(r"(?i)\s*(?:PREFIX\s+[^\s:]*:|BASE)\s*")
_FIRST_WORD = re.compile(r"\s*([A-Za-z]+)")


def tokens(sparql: str) -> str:
    """The query with escapes decoded and strings, IRIs and comments blanked out."""
    decoded = _CODEPOINT.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), sparql)
    return _OPAQUE.sub(" ", decoded)


def is_update(sparql: str) -> bool:
    text = tokens(sparql)
    while match := _PROLOGUE.match(text):
        text = text[match.end():]
    first = _FIRST_WORD.match(text)
    return bool(first) and first.group(1).upper() in UPDATE_WORDS


def uses_service(sparql: str) -> bool:
    return _SERVICE.search(tokens(sparql)) is not None


def check(sparql: str, allow_service: bool = False) -> None:
    """QueryError when `sparql` is an update, or calls SERVICE without `allow_service`."""
    if is_update(sparql):
        raise QueryError(UPDATES_REFUSED)
    if uses_service(sparql) and not allow_service:
        raise QueryError("SERVICE refused: the query would fetch data from another server; "
                         "give --allow-service to let it (with a deadline, --timeout)")


def remote_context(data: object) -> str | None:
    """The first remote `@context` or `@import` of a parsed JSON-LD document, else None:
    rdflib would fetch it while reading the file."""
    pending = [data]
    while pending:
        value = pending.pop()
        if isinstance(value, dict):
            for key, inner in value.items():
                refs = inner if isinstance(inner, list) else [inner]
                found = next((r for r in refs if isinstance(r, str)), None) if key in ("@context", "@import") else None
                if found is not None:
                    return found
                pending.append(inner)
        elif isinstance(value, list):
            pending.extend(value)
    return None


def run(spec: str, engine: Callable[[str], Result], resolve: Callable[[str], str], *,
        allow_service: bool = False, timeout: float = SERVICE_TIMEOUT) -> Result:
    """Resolve `spec` to SPARQL, check it, and run it on `engine`; a query that
    may call SERVICE runs under `timeout` seconds."""
    try:
        sparql = resolve(spec)
    except QueryError:
        if is_update(spec):  # SPARQL update text, not an unknown name
            raise QueryError(UPDATES_REFUSED) from None
        raise
    check(sparql, allow_service)
    if not uses_service(sparql):
        return engine(sparql)
    return _with_deadline(lambda: engine(sparql), timeout)


def _with_deadline(work: Callable[[], Result], seconds: float) -> Result:
    """`work()` in a daemon thread (both engines release the GIL while they
    wait on the network); a thread still waiting at the deadline is left
    behind and ends with the process."""
    outcome: dict[str, object] = {}

    def target() -> None:
        try:
            outcome["result"] = work()
        except BaseException as exc:  # only its text leaves: pyoxigraph's objects must die in this thread
            outcome["error"] = service_failure(exc)

    worker = threading.Thread(target=target, name="kg-query-service", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise QueryError(f"no answer within {seconds:g} s: a SERVICE endpoint did not answer in time (--timeout)")
    if "error" in outcome:
        raise QueryError(f"query failed: {outcome['error']}")
    return outcome["result"]  # type: ignore[return-value]


def service_failure(exc: BaseException) -> str:
    """One engine-neutral line for a query with SERVICE that failed."""
    chain = _causes(exc)
    if any(isinstance(e, SyntaxError) for e in chain) or type(exc).__name__ == "ParseException":
        return " ".join(str(exc).split())[:200]
    if any(isinstance(e, ConnectionRefusedError) for e in chain):
        return "a SERVICE endpoint refused the connection"
    if any(isinstance(e, socket.gaierror) for e in chain):
        return "a SERVICE endpoint's host is unknown"
    if any(isinstance(e, TimeoutError) for e in chain):
        return "a SERVICE endpoint did not answer in time"
    status = next((e.code for e in chain if isinstance(e, urllib.error.HTTPError)), None)
    found = status or (re.search(r"\bError (\d{3})\b", " ".join(map(str, chain))) or [None, None])[1]
    if found:
        return f"a SERVICE endpoint answered HTTP {found}"
    return "a SERVICE endpoint gave an answer that is not SPARQL results"


def _causes(exc: BaseException) -> list[BaseException]:
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain:
        chain.append(current)
        reason = getattr(current, "reason", None)
        current = current.__cause__ or (reason if isinstance(reason, BaseException) else None)
    return chain
