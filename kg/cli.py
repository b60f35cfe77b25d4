"""Command-line interface: a thin layer over the library.

Each subcommand lives in its own module `kg/cmd_<name>.py`, which defines
`register(subparsers)`; the module adds its parser and sets `func`.

The CLI must start instantly, so only the module of the command being run is
imported (it imports its libraries, which cost up to seconds: rdflib, pyshacl,
jieba, pypinyin); the other commands appear in `kg --help` from the one-line
summaries in `COMMANDS`.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Iterable, Sequence

from kg import __version__
from kg.errors import EXIT_CODES, guarded

# name -> summary for `kg --help` (the module's own parser says the same: tests/test_cli.py checks it)
COMMANDS: dict[str, str] = {
    "build": "build the knowledge graph from articles",
    "eval": "score extraction against a gold file",
    "validate": "check a Turtle (or other RDF) file against ontology/shapes.ttl",
    "query": "run a SPARQL query (text, .rq file or saved query name)",
    "export": "export the graph (turtle, ntriples, jsonld, graphml, neo4j)",
    "load": "load the graph into a SPARQL store over HTTP",
}


def _verbosity(parser: argparse.ArgumentParser, default: object) -> None:
    """-v / -q, accepted before and after the subcommand."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument("-v", "--verbose", action="store_true", default=default,
                       help="log every file and step to stderr")
    group.add_argument("-q", "--quiet", action="store_true", default=default,
                       help="print only the summary and errors (no progress)")


def make_parser(imported: Iterable[str] = COMMANDS) -> argparse.ArgumentParser:
    """The parser, with the full parsers of the `imported` commands (their
    modules are imported); the others are only named."""
    parser = argparse.ArgumentParser(
        prog="kg",
        description="Build a knowledge graph of Chinese government meetings from news articles.",
        epilog=EXIT_CODES,
    )
    parser.add_argument("--version", action="version", version=f"kg {__version__}")
    _verbosity(parser, False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, summary in COMMANDS.items():
        if name in imported:
            importlib.import_module(f"kg.cmd_{name}").register(sub)
            _verbosity(sub.choices[name], argparse.SUPPRESS)  # after it: keeps the value given before it
        else:
            sub.add_parser(name, help=summary, add_help=False)  # only named in `kg --help`
    return parser


@guarded  # one line and an exit status for every failure, never a traceback
def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    command = next((arg for arg in argv if arg in COMMANDS), None)  # the first word that names one
    args = make_parser([command] if command else []).parse_args(argv)
    level = logging.INFO if args.verbose else logging.WARNING
    logging.basicConfig(level=level, format="%(message)s")
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            # Chinese output on any locale; a name that is not UTF-8 prints escaped, never crashes
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")
    return int(args.func(args) or 0)
