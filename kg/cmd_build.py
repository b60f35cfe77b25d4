"""`kg build`: read articles, extract meetings, write the graph and its views."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "build", help="build the knowledge graph from articles",
        description="Read article files and folders, extract the meetings they report, and write "
                    "kg.ttl (Turtle), meetings.jsonl, report.md, files.tsv, graph.html and an "
                    "embedded SPARQL store into the output folder.",
    )
    parser.add_argument("inputs", nargs="*", default=["seeds"], metavar="INPUT",
                        help="files or folders to read (default: seeds/)")
    parser.add_argument("-o", "--output", default="output", type=Path, help="output folder (default: output/)")
    parser.add_argument("--no-html", action="store_true", help="skip graph.html")
    parser.add_argument("--no-store", action="store_true", help="skip the embedded SPARQL store")
    parser.add_argument("--no-validate", action="store_true", help="skip SHACL validation")
    parser.set_defaults(func=main)


def main(args: argparse.Namespace) -> int:
    from kg.lexicon import load
    from kg.outputs import Options, write_outputs
    from kg.pipeline import run

    started = time.perf_counter()
    lexicon = load()
    try:
        result = run(args.inputs, lexicon)
    except FileNotFoundError as exc:
        print(f"kg build: {exc}", file=sys.stderr)
        return 2
    if not args.quiet:
        for account in result.accounts:
            print(f"{account.status:<10} {account.file}: {account.reason}")
    options = Options(html=not args.no_html, store=not args.no_store, validate=not args.no_validate)
    written = write_outputs(result, args.output, lexicon, options)
    skipped = sum(a.status == "skipped" for a in result.accounts)
    print(f"{len(result.accounts)} file(s), {result.documents} document(s), {result.reports} meeting "
          f"report(s) -> {len(result.meetings)} meeting(s); {skipped} file(s) skipped "
          f"[{time.perf_counter() - started:.1f} s]")
    print("wrote " + ", ".join(str(p) for p in written.values()))
    return 0
