"""Push the graph into a SPARQL 1.1 store through the Graph Store HTTP Protocol.

The first chunk is PUT (replacing the target graph), the rest are POSTed
(added).  A failure names the chunk and how many triples the graph holds by
then, so nothing half-loaded goes unreported.  The whole load runs under one
deadline, answers are read with a size cap, redirects are not followed and
credentials never appear in a message (kg.remote).  Standard library only:
Basic and Digest authentication (Virtuoso's /sparql-graph-crud-auth wants Digest).
"""

from __future__ import annotations

import json
import urllib.parse
import urllib.request
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg import remote, store, vocab
from kg.sources import display_name, not_regular

CHUNK_TRIPLES = 50_000
TIMEOUT = 600.0  # seconds for the whole load, counting included (--timeout)
TURTLE = "text/turtle; charset=utf-8"


class LoadError(Exception):
    """A load that failed; the message is one line, for the user."""


@dataclass(frozen=True, slots=True)
class Target:
    endpoint: str  # Graph Store endpoint, e.g. http://host:7878/store (user-info taken out: `target`)
    graph: str | None  # None: the default graph
    user: str | None = None
    password: str | None = None
    sparql: str | None = None  # query endpoint, for the check after loading

    def __repr__(self) -> str:  # never shows the password
        return f"Target({self.endpoint!r}, graph={self.graph!r}, user={self.user!r}, sparql={self.sparql!r})"

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
    problem = not_regular(Path(path))  # a FIFO or /dev/zero would block or never end
    if problem:
        raise LoadError(f"cannot read {display_name(str(path))}: {problem}")
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


def target(endpoint: str, graph: str | None, user: str | None = None, password: str | None = None,
           sparql: str | None = None) -> Target:
    """A Target from what the user gave: user-info in a URL (http://user:pw@host/) is taken out
    of it and used when --user is not given; LoadError when a URL is not http(s)."""
    try:
        endpoint, url_user, url_password = remote.split_userinfo(endpoint)
        if sparql:
            sparql, sparql_user, sparql_password = remote.split_userinfo(sparql)
            url_user, url_password = url_user or sparql_user, url_password or sparql_password
    except remote.RequestError as exc:
        raise LoadError(str(exc)) from None
    if user is None and url_user:
        user, password = url_user, password if password is not None else url_password
    return Target(endpoint, graph, user, password, sparql)


def load(triples: Sequence[ox.Triple], target: Target, chunk_size: int = CHUNK_TRIPLES,
         timeout: float = TIMEOUT) -> LoadReport:
    """Load within `timeout` seconds in all; LoadError (one line, no credentials) on failure."""
    with remote.Deadline(timeout) as deadline:
        opener = remote.opener(deadline, target.user, target.password, filter(None, (target.endpoint, target.sparql)))
        sent = count = 0
        for count, chunk in enumerate(chunks(triples, chunk_size), start=1):
            body = ox.serialize(chunk, format=ox.RdfFormat.TURTLE, prefixes=vocab.PREFIXES) or b""
            try:
                remote.send(opener, deadline, "PUT" if count == 1 else "POST", target.url(), body, TURTLE)
            except remote.RequestError as exc:
                raise LoadError(_safe(_partial(exc, target, count, sent, len(triples)), target)) from None
            sent += len(chunk)
        try:
            verified = count_triples(opener, target, deadline) if target.sparql else None
        except LoadError as exc:
            raise LoadError(_safe(f"loaded {sent} triples into {_graph_name(target)}, but counting them "
                                  f"failed: {exc}", target)) from None
    if verified is not None and verified < sent:
        raise LoadError(f"{target.sparql} counts {verified} triples in {_graph_name(target)} "
                        f"but {sent} were sent: the store dropped some")
    return LoadReport(sent, count, verified)


def _safe(message: str, target: Target) -> str:
    return remote.redact(message, (target.password,))


def _partial(exc: Exception, target: Target, chunk: int, sent: int, total: int) -> str:
    if chunk == 1:
        return f"{exc}; nothing was loaded into {_graph_name(target)}"
    return (f"{exc}; chunk {chunk} failed: {_graph_name(target)} now holds only {sent} of {total} "
            "triples (incomplete: load again to replace it)")


def _graph_name(target: Target) -> str:
    return f"<{target.graph}>" if target.graph else "the default graph"


def count_triples(opener: urllib.request.OpenerDirector, target: Target, deadline: remote.Deadline) -> int:
    pattern = f"GRAPH <{target.graph}> {{ ?s ?p ?o }}" if target.graph else "?s ?p ?o"
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}"
    body = urllib.parse.urlencode({"query": query}).encode()
    try:
        raw = remote.send(opener, deadline, "POST", target.sparql or "", body, "application/x-www-form-urlencoded",
                          accept="application/sparql-results+json")
        return int(json.loads(raw)["results"]["bindings"][0]["n"]["value"])
    except remote.RequestError as exc:
        raise LoadError(str(exc)) from None
    except (ValueError, KeyError, IndexError, TypeError, RecursionError) as exc:
        raise LoadError(f"{target.sparql} gave an unreadable count: {raw[:200]!r}") from exc


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
