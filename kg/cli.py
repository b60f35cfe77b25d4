"""Command-line interface: a thin layer over the library.

Each subcommand lives in its own module `kg/cmd_<name>.py`, which defines
`register(subparsers)`; the module adds its parser and sets `func`.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from kg import __version__

COMMANDS = ("build", "eval", "validate", "query", "export", "load")


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kg",
        description="Build a knowledge graph of Chinese government meetings from news articles.",
    )
    parser.add_argument("--version", action="version", version=f"kg {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMANDS:
        importlib.import_module(f"kg.cmd_{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(message)s")
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            # Chinese output on any locale; a name that is not UTF-8 prints escaped, never crashes
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")
    return int(args.func(args) or 0)
