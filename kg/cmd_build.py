"""`kg build`: read articles, extract meetings, write the graph and its views."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from kg.errors import EXIT_CODES, INVALID, USAGE, UserError, check_output_folder
from kg.model import FileAccount
from kg.sources import DEFAULT_MAX_FILE_SIZE, display_name, parse_size


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "build", help="build the knowledge graph from articles",
        description="Read article files and folders, extract the meetings they report, and write "
                    "kg.ttl (Turtle), meetings.jsonl, report.md, files.tsv, graph.html and an "
                    "embedded SPARQL store into the output folder.",
    )
    parser.add_argument("inputs", nargs="*", metavar="INPUT",
                        help="files, folders or http(s) URLs to read (default: seeds/)")
    parser.add_argument("--urls", type=Path, metavar="FILE", help="also fetch the URLs listed in FILE, one a line")
    parser.add_argument("--cache", type=Path, default=Path(".kg-cache"),
                        help="where fetched pages are kept; a cached URL is never fetched again (default: .kg-cache/)")
    parser.add_argument("-o", "--output", default="output", type=Path, help="output folder (default: output/)")
    parser.add_argument("--no-html", action="store_true", help="skip graph.html")
    parser.add_argument("--no-store", action="store_true", help="skip the embedded SPARQL store")
    parser.add_argument("--no-validate", action="store_true", help="skip SHACL validation")
    parser.add_argument("--max-file-size", type=_size, default=DEFAULT_MAX_FILE_SIZE, metavar="SIZE",
                        help="skip (and list) files larger than this, e.g. 64M, 1G, 500k (default: 64M)")
    parser.add_argument("--strict", action="store_true",
                        help="exit 2 when the graph does not conform to ontology/shapes.ttl (outputs are written)")
    parser.epilog = EXIT_CODES
    parser.set_defaults(func=main)


def main(args: argparse.Namespace) -> int:
    from kg.lexicon import load
    from kg.outputs import InvalidOutput, Options, write_outputs
    from kg.pipeline import run

    started = time.perf_counter()
    check_output_folder(args.output)  # before the long part
    lexicon = load()
    inputs, failed = _fetch_urls(args)
    result = run(inputs, lexicon, args.max_file_size)
    result.accounts[:0] = failed
    if not result.accounts:
        print(f"kg build: warning: no input files in {' '.join(map(str, args.inputs))}: nothing built",
              file=sys.stderr)
        return USAGE
    if not args.quiet:
        for account in result.accounts:
            print(f"{account.status:<10} {account.file}: {account.reason}")
    options = Options(html=not args.no_html, store=not args.no_store, validate=not args.no_validate,
                      strict=args.strict)
    try:
        written = write_outputs(result, args.output, lexicon, options)
    except InvalidOutput as exc:
        raise UserError(str(exc), INVALID) from exc
    skipped = sum(a.status == "skipped" for a in result.accounts)
    print(f"{len(result.accounts)} file(s), {result.documents} document(s), {result.reports} meeting "
          f"report(s) -> {len(result.meetings)} meeting(s); {skipped} file(s) skipped "
          f"[{time.perf_counter() - started:.1f} s]")
    print("wrote " + ", ".join(display_name(str(p)) for p in written.values()))
    return 0


def _fetch_urls(args: argparse.Namespace) -> tuple[list[str | Path], list[FileAccount]]:
    """Inputs with URLs replaced by their cached pages, and an account for each failed fetch."""
    from kg import fetch

    urls = [given for given in args.inputs if fetch.is_url(given)]
    if args.urls:
        urls += fetch.url_list(args.urls)  # a missing list file is FileNotFoundError, as for inputs
    files: list[str | Path] = [given for given in args.inputs if not fetch.is_url(given)]
    if not urls:
        return files or ["seeds"], []
    fetched = fetch.fetch_all(urls, fetch.FetchOptions(cache=args.cache))
    if not args.quiet:
        print(f"{len(urls)} URL(s): {len(fetched.paths)} page(s) in {args.cache}, {fetched.requests} request(s)")
    return [*files, *fetched.paths], [FileAccount(url, url, "skipped", why) for url, why in fetched.failures]


def _size(text: str) -> int:
    try:
        return parse_size(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
