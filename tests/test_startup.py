"""The CLI imports only what the command being run needs (timings: benchmarks/bench_startup.py)."""

from __future__ import annotations

import argparse
import subprocess
import sys

import pytest

from kg.cli import COMMANDS, make_parser
from tests.conftest import ROOT

HEAVY = ("rdflib", "pyshacl", "jieba", "pypinyin", "networkx", "selectolax", "yaml")


def imported_after(*argv: str) -> set[str]:
    """Top-level modules imported by `kg ARGV` (run in a fresh interpreter)."""
    code = ("import sys\nfrom kg.cli import main\ntry:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
            "print(' '.join(sorted({m.split('.')[0] for m in sys.modules})), file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code, *argv], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    return set(done.stderr.split())


@pytest.mark.parametrize("argv", [["--version"], ["--help"], ["query", "--list"],
                                  ["query", "resource-counts", "--store", "/nonexistent"]])
def test_light_commands_import_no_heavy_library(argv: list[str]) -> None:
    assert not imported_after(*argv) & set(HEAVY), argv


def test_summaries_match_each_commands_parser() -> None:
    sub = next(a for a in make_parser()._actions if isinstance(a, argparse._SubParsersAction))
    helps = {choice.dest: choice.help for choice in sub._choices_actions}
    assert helps == COMMANDS


@pytest.mark.parametrize("argv", [["-v", "query", "--list"], ["query", "--list", "-v"], ["query", "-q", "--list"]])
def test_verbosity_before_or_after_the_command(argv: list[str]) -> None:
    args = make_parser(["query"]).parse_args(argv)
    assert args.verbose == ("-v" in argv) and args.quiet == ("-q" in argv)
