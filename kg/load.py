"""Push the graph into a SPARQL 1.1 store through the Graph Store HTTP Protocol.

The first chunk is PUT (replacing the target graph), the rest are POSTed
(added).  A failure names the chunk and how many triples the graph holds by
then, so nothing half-loaded goes unreported.  Standard library only: Basic
and Digest authentication (Virtuoso's /sparql-graph-crud-auth wants Digest).
"""

from __future__ import annotations

import json
import re
import socket
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg import store, vocab

CHUNK_TRIPLES = 50_000
TIMEOUT = 300.0  # seconds per request: big chunks take a while on Virtuoso
TURTLE = "text/turtle; charset=utf-8"


class LoadError(Exception):
    """A load that failed; the message is one line, for the user."""


@dataclass(frozen=True, slots=True)
class Target:
    endpoint: str  # Graph Store endpoint, e.g. http://host:7878/store
    graph: str | None  # None: the default graph
    user: str | None = None
    password: str | None = None
    sparql: str | None = None  # query endpoint, for the check after loading

    def url(self) -> str:
        query = {"graph": self.graph} if self.graph else {"default": ""}
        separator = "&" if "?" in self.endpoint else "?"
        return self.endpoint + separator + urllib.parse.urlencode(query).rstrip("=")


@dataclass(frozen=True, slots=True)
class LoadReport:
    triples: int
    chunks: int
    verified: int | None  # triples the endpoint counts in the graph, if checked


def read_triples(path: Path) -> list[ox.Triple]:
    try:
        return list(store.read_triples(Path(path)))
    except (OSError, SyntaxError, ValueError) as exc:
        raise LoadError(f"cannot read {path}: {exc}") from exc


def chunks(triples: Sequence[ox.Triple], size: int = CHUNK_TRIPLES) -> Iterator[list[ox.Triple]]:
    """Chunks of `size` triples; triples touching a blank node all go in the
    first chunk, since a blank node label means nothing across requests."""
    blank = [t for t in triples if _has_blank(t)]
    named = [t for t in triples if not _has_blank(t)]
    first = blank + named[: max(0, size - len(blank))]
    yield first
    for start in range(len(first) - len(blank), len(named), size):
        yield named[start : start + size]


def _has_blank(triple: ox.Triple) -> bool:
    return isinstance(triple.subject, ox.BlankNode) or isinstance(triple.object, ox.BlankNode)


def load(triples: Sequence[ox.Triple], target: Target, chunk_size: int = CHUNK_TRIPLES) -> LoadReport:
    opener = _opener(target)
    sent = count = 0
    for count, chunk in enumerate(chunks(triples, chunk_size), start=1):
        body = ox.serialize(chunk, format=ox.RdfFormat.TURTLE, prefixes=vocab.PREFIXES) or b""
        try:
            _send(opener, "PUT" if count == 1 else "POST", target.url(), body)
        except LoadError as exc:
            raise LoadError(_partial(exc, target, count, sent, len(triples))) from exc
        sent += len(chunk)
    verified = count_triples(opener, target) if target.sparql else None
    if verified is not None and verified < sent:
        raise LoadError(f"{target.sparql} counts {verified} triples in {_graph_name(target)} "
                        f"but {sent} were sent: the store dropped some")
    return LoadReport(sent, count, verified)


def _partial(exc: LoadError, target: Target, chunk: int, sent: int, total: int) -> str:
    if chunk == 1:
        return f"{exc}; nothing was loaded into {_graph_name(target)}"
    return (f"{exc}; chunk {chunk} failed: {_graph_name(target)} now holds only {sent} of {total} "
            "triples (incomplete: load again to replace it)")


def _graph_name(target: Target) -> str:
    return f"<{target.graph}>" if target.graph else "the default graph"


def count_triples(opener: urllib.request.OpenerDirector, target: Target) -> int:
    pattern = f"GRAPH <{target.graph}> {{ ?s ?p ?o }}" if target.graph else "?s ?p ?o"
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}"
    body = urllib.parse.urlencode({"query": query}).encode()
    raw = _send(opener, "POST", target.sparql or "", body, "application/x-www-form-urlencoded",
                accept="application/sparql-results+json")
    try:
        return int(json.loads(raw)["results"]["bindings"][0]["n"]["value"])
    except (ValueError, KeyError, IndexError) as exc:
        raise LoadError(f"{target.sparql} gave an unreadable count: {raw[:200]!r}") from exc


# ---- HTTP ------------------------------------------------------------------

def _opener(target: Target) -> urllib.request.OpenerDirector:
    if not target.user:
        return urllib.request.build_opener()
    passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    for url in filter(None, (target.endpoint, target.sparql)):
        passwords.add_password(None, url, target.user, target.password or "")
    return urllib.request.build_opener(urllib.request.HTTPDigestAuthHandler(passwords),
                                       urllib.request.HTTPBasicAuthHandler(passwords))


def _send(opener: urllib.request.OpenerDirector, method: str, url: str, body: bytes,
          content_type: str = TURTLE, accept: str = "*/*") -> bytes:
    request = urllib.request.Request(url, data=body, method=method,
                                     headers={"Content-Type": content_type, "Accept": accept})
    try:
        with opener.open(request, timeout=TIMEOUT) as response:
            return response.read()
    except urllib.error.HTTPError as exc:
        raise LoadError(_http_message(exc, _plain(url))) from exc
    except urllib.error.URLError as exc:
        raise LoadError(_connection_message(exc.reason, _plain(url))) from exc
    except (TimeoutError, ConnectionError) as exc:
        raise LoadError(_connection_message(exc, _plain(url))) from exc


def _plain(url: str) -> str:
    return url.split("?", 1)[0]


def _http_message(exc: urllib.error.HTTPError, url: str) -> str:
    detail = _server_text(exc) or "no message from the server"
    if exc.code == 401:
        return f"{url}: HTTP 401: authentication failed: check --user and --password ({detail})"
    if exc.code == 403:
        return f"{url}: HTTP 403: permission denied for this user: {detail}"
    return f"{url}: HTTP {exc.code} {exc.reason}: {detail}"


def _server_text(exc: urllib.error.HTTPError) -> str:
    try:
        raw = exc.read().decode("utf-8", "replace")
    except Exception:  # urllib's own "digest auth failed" error has no body
        return ""
    # Virtuoso wraps its message in HTML (<xmp>...</xmp>); keep the text only.
    found = re.search(r"<xmp>(.*?)</xmp>", raw, re.DOTALL)
    text = found.group(1) if found else re.sub(r"<[^>]+>", " ", raw)
    return " ".join(text.split())[:500]


def _connection_message(reason: object, url: str) -> str:
    if isinstance(reason, ConnectionRefusedError):
        return f"cannot connect to {url}: connection refused (is the server running on that port?)"
    if isinstance(reason, socket.gaierror):
        return f"cannot connect to {url}: unknown host"
    if isinstance(reason, TimeoutError):
        return f"{url}: no answer within {TIMEOUT:.0f} s"
    return f"cannot connect to {url}: {reason}"


def guess_sparql_endpoint(endpoint: str) -> str | None:
    """The query endpoint next to a known Graph Store endpoint (Oxigraph,
    Virtuoso, Fuseki); None when the server layout is unknown."""
    parts = urllib.parse.urlsplit(endpoint)
    path = parts.path.rstrip("/")
    for suffix, query in (("/store", "/query"), ("/sparql-graph-crud-auth", "/sparql-auth"),
                          ("/sparql-graph-crud", "/sparql"), ("/data", "/sparql")):
        if path.endswith(suffix):
            return urllib.parse.urlunsplit(parts._replace(path=path[: -len(suffix)] + query, query=""))
    return None
