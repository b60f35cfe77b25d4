"""`kg load`: push the graph into a SPARQL 1.1 store (Graph Store Protocol)."""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace
from pathlib import Path

from kg import ids, load, remote

DEFAULT_GRAPH = ids.BASE + "graph/kg"
PASSWORD_ENV = "KG_LOAD_PASSWORD"


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "load", help="load the graph into a SPARQL store over HTTP",
        description="Replace a named graph of a SPARQL 1.1 store with the graph (Graph Store HTTP "
                    "Protocol: PUT, then POST for further chunks), then count what the store holds.  "
                    "Endpoints: Oxigraph http://HOST:7878/store, Virtuoso "
                    "http://HOST:8890/sparql-graph-crud-auth (digest auth), Fuseki http://HOST:3030/DS/data.",
    )
    parser.add_argument("--endpoint", required=True, metavar="URL", help="the Graph Store Protocol endpoint")
    parser.add_argument("--graph", default=DEFAULT_GRAPH, metavar="IRI",
                        help=f"target named graph, or 'default' (default: {DEFAULT_GRAPH})")
    parser.add_argument("--data", type=Path, default=Path("output/kg.ttl"), metavar="FILE",
                        help="Turtle or N-Triples to load (default: output/kg.ttl)")
    parser.add_argument("--user", help="user name (Basic or Digest authentication)")
    parser.add_argument("--password", help=f"password (or set {PASSWORD_ENV})")
    parser.add_argument("--sparql", metavar="URL",
                        help="SPARQL query endpoint for the check after loading (guessed for Oxigraph, "
                             "Virtuoso and Fuseki)")
    parser.add_argument("--no-verify", action="store_true", help="skip counting the loaded triples")
    parser.add_argument("--timeout", type=float, default=load.TIMEOUT, metavar="SECONDS",
                        help=f"give up after this many seconds in all, counting included (default: {load.TIMEOUT:g})")
    parser.add_argument("--chunk", type=int, default=load.CHUNK_TRIPLES, metavar="N",
                        help=f"triples per request (default: {load.CHUNK_TRIPLES})")
    parser.set_defaults(func=main)


def main(args: argparse.Namespace) -> int:
    password = args.password or os.environ.get(PASSWORD_ENV)
    try:  # credentials in the URLs are taken out of them before anything is sent or printed
        target = load.target(args.endpoint, None if args.graph == "default" else args.graph, args.user, password,
                             None if args.no_verify else args.sparql)
        if not args.no_verify and not target.sparql:
            target = replace(target, sparql=load.guess_sparql_endpoint(target.endpoint))
        triples = load.read_triples(args.data)
        report = load.load(triples, target, max(1, args.chunk), max(0.001, args.timeout))
    except load.LoadError as exc:
        print(f"kg load: {remote.redact(str(exc), (password,))}", file=sys.stderr)
        return 1
    graph = f"<{target.graph}>" if target.graph else "the default graph"
    print(f"loaded {report.triples} triples into {graph} at {target.endpoint} in {report.chunks} request(s)")
    if report.verified is not None:
        print(f"{target.sparql} counts {report.verified} triples in {graph}")
    elif not args.no_verify:
        print("not verified: give --sparql URL to count the loaded triples")
    return 0
