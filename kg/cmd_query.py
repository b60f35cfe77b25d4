"""`kg query`: run SPARQL against the embedded store or a Turtle file."""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

from kg import query, sparql_guard
from kg.store import DEFAULT_STORE, query_store


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "query", help="run a SPARQL query (text, .rq file or saved query name)",
        description="Run a SPARQL query against the embedded store (output/store, written by kg build) "
                    "or, with --data, against a Turtle file loaded into rdflib.  QUERY is SPARQL text, "
                    "a .rq file, or the name of a saved query (kg query --list).",
    )
    parser.add_argument("query", nargs="?", metavar="QUERY", help="SPARQL text, FILE.rq or saved query name")
    parser.add_argument("--list", action="store_true", help="list the saved queries and what each answers")
    parser.add_argument("-f", "--format", choices=query.FORMATS, default="table",
                        help="table (default), or a SPARQL 1.1 results format: csv, tsv, json")
    parser.add_argument("--data", type=Path, metavar="FILE", help="query this Turtle file (rdflib) instead")
    parser.add_argument("--store", type=Path, default=DEFAULT_STORE, metavar="DIR",
                        help=f"the embedded store (default: {DEFAULT_STORE})")
    parser.add_argument("--allow-service", action="store_true",
                        help="let SERVICE clauses fetch data from other servers (refused by default)")
    parser.add_argument("--timeout", type=float, default=sparql_guard.SERVICE_TIMEOUT, metavar="SECONDS",
                        help="with --allow-service: give up after this many seconds "
                             f"(default: {sparql_guard.SERVICE_TIMEOUT:g})")
    parser.set_defaults(func=main)


def main(args: argparse.Namespace) -> int:
    if args.list:
        print(list_saved(), end="")
        return 0
    if not args.query:
        print("kg query: give a QUERY (SPARQL text, FILE.rq or a saved query name), or --list",
              file=sys.stderr)
        return 2
    try:
        engine = (lambda q: query.query_file(args.data, q)) if args.data else (lambda q: query_store(args.store, q))
        result = sparql_guard.run(args.query, engine, query.resolve, allow_service=args.allow_service,
                                  timeout=max(0.001, args.timeout))
    except query.QueryError as exc:
        print(f"kg query: {exc}", file=sys.stderr)
        return 1
    sys.stdout.write(query.write(result, args.format))
    return 0


def list_saved() -> str:
    lines = []
    for name, saved in query.saved_queries().items():
        lines.append(name)
        lines += textwrap.wrap(saved.about, width=100, initial_indent="    ", subsequent_indent="    ")
    return "\n".join(lines) + "\n"
