"""`kg query`: run SPARQL against the embedded store or a Turtle file."""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

from kg import query, sparql_guard
from kg.errors import EXIT_CODES, UserError
from kg.store import DEFAULT_STORE, query_store


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "query", help="run a SPARQL query (text, .rq file or saved query name)",
        description="Run a SPARQL query against the embedded store (output/store, written by kg build) "
                    "or, with --data, against a Turtle file loaded into rdflib.  QUERY is SPARQL text, "
                    "a .rq file, or the name of a saved query (kg query --list).  SELECT and ASK print a "
                    "table or a SPARQL results format; CONSTRUCT and DESCRIBE print Turtle.",
        epilog=EXIT_CODES,
    )
    parser.add_argument("query", nargs="?", metavar="QUERY", help="SPARQL text, FILE.rq or saved query name")
    parser.add_argument("--list", action="store_true", help="list the saved queries, what each answers and "
                                                             "its parameters")
    parser.add_argument("--show", action="store_true",
                        help="print the query text as it would run (parameters bound) instead of running it")
    parser.add_argument("-b", "--bind", action="append", default=[], metavar="NAME=VALUE",
                        help="a value for a parameter the query declares (# @param); repeatable, "
                             "e.g. --bind person=辛国斌")
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
        raise UserError("give a QUERY (SPARQL text, FILE.rq or a saved query name), or --list")
    try:
        engine = (lambda q: query.query_file(args.data, q)) if args.data else (lambda q: query_store(args.store, q))
        bindings = parse_bindings(args.bind)
        prepared = lambda spec: query.prepare(spec, bindings)  # noqa: E731  (found, bound, syntax checked)
        if args.show:
            sparql = prepared(args.query)
            sys.stdout.write(sparql if sparql.endswith("\n") else sparql + "\n")
            return 0
        result = sparql_guard.run(args.query, engine, prepared, allow_service=args.allow_service,
                                  timeout=max(0.001, args.timeout))
    except query.QueryError as exc:
        raise UserError(str(exc)) from exc
    sys.stdout.write(query.write(result, args.format))
    return 0


def parse_bindings(pairs: list[str]) -> dict[str, str]:
    values: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise UserError(f"--bind {pair!r}: give NAME=VALUE, e.g. --bind person=辛国斌")
        values[name.strip()] = value
    return values


def list_saved() -> str:
    lines = []
    for name, saved in query.saved_queries().items():
        usage = " ".join(f"[--bind {p.name}={p.value_hint()}]" for p in saved.params)
        lines.append(f"{name} {usage}".rstrip())
        lines += textwrap.wrap(saved.about, width=100, initial_indent="    ", subsequent_indent="    ")
        lines += [f"    {p.name}: {p.about} (default {p.default})" for p in saved.params]
    return "\n".join(lines) + "\n"
