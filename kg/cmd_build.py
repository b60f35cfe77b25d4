"""`kg build`: read articles, extract meetings, write the graph and its views, as one transaction."""

from __future__ import annotations

import argparse
import os
import signal
import sys
import time
from pathlib import Path

from kg.errors import EXIT_CODES, INTERRUPTED, INVALID, TERMINATED, USAGE, UserError, check_output_folder
from kg.model import FileAccount
from kg.sources import DEFAULT_MAX_FILE_SIZE, display_name, parse_size


class Terminated(BaseException):
    """SIGTERM, raised in the main thread so the build unwinds like on Ctrl-C."""


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "build", help="build the knowledge graph from articles",
        description="Read article files and folders (or fetch URLs), extract the meetings they report, and "
                    "write kg.ttl (Turtle), meetings.jsonl, report.md, files.tsv, graph.html, an embedded "
                    "SPARQL store and build.json into the output folder, as one transaction.",
    )
    parser.add_argument("inputs", nargs="*", metavar="INPUT",
                        help="files, folders or http(s) URLs to read (default: seeds/)")
    parser.add_argument("--urls", type=Path, metavar="FILE", help="also fetch the URLs listed in FILE, one a line")
    parser.add_argument("--fetch-cache", type=Path, default=Path(".kg-cache"), metavar="DIR",
                        help="where fetched pages are kept; a cached URL is never fetched again (default: .kg-cache/)")
    parser.add_argument("-o", "--output", default="output", type=Path, help="output folder (default: output/)")
    parser.add_argument("--no-html", action="store_true", help="skip graph.html (a previous one is removed)")
    parser.add_argument("--no-store", action="store_true",
                        help="skip the embedded SPARQL store (a previous one is removed)")
    parser.add_argument("--no-validate", action="store_true", help="skip SHACL validation")
    parser.add_argument("--no-cache", action="store_true",
                        help="extract every file again, and leave the extraction cache (OUTPUT/.kg-cache) alone")
    parser.add_argument("-j", "--workers", type=int, default=None, metavar="N",
                        help="extract in N processes (default: the number of cores)")
    parser.add_argument("--scheduler", metavar="tcp://HOST:PORT",
                        help="extract on a Dask distributed cluster (pip install 'kg-meetings[dask]')")
    parser.add_argument("--max-file-size", type=_size, default=DEFAULT_MAX_FILE_SIZE, metavar="SIZE",
                        help="skip (and list) files larger than this, e.g. 64M, 1G, 500k (default: 64M)")
    parser.add_argument("--strict", action="store_true",
                        help="exit 2 when the graph does not conform to ontology/shapes.ttl (outputs are written)")
    parser.epilog = EXIT_CODES
    parser.set_defaults(func=main)


def main(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    check_output_folder(args.output)  # before the long part
    signal.signal(signal.SIGTERM, _terminate)
    sys.unraisablehook = _stop_swallowed
    try:
        return _build(args, started)
    except KeyboardInterrupt:
        return _stopped("interrupted", args.output, INTERRUPTED)
    except Terminated:
        return _stopped("terminated", args.output, TERMINATED)


def _build(args: argparse.Namespace, started: float) -> int:
    from kg.builder import BuildOptions, NothingToBuild, build
    from kg.outputs import InvalidOutput, Options
    from kg.parallel import WorkerMismatch, default_workers
    from kg.progress import Progress
    from kg.transaction import OutputBusy

    inputs, failed = _fetch_urls(args)
    workers = args.workers if args.workers is not None else default_workers()
    outputs = Options(html=not args.no_html, store=not args.no_store, validate=not args.no_validate,
                      strict=args.strict)
    options = BuildOptions(outputs, workers=max(1, workers), scheduler=args.scheduler, cache=not args.no_cache,
                           max_file_size=args.max_file_size, extra_accounts=tuple(failed))
    try:
        summary = build(inputs, args.output, options,
                        progress=lambda n: Progress.for_terminal(n, args.quiet, args.verbose),
                        on_account=None if args.quiet or args.verbose else _print_skipped)
    except NothingToBuild as exc:
        print(f"kg build: warning: {exc}", file=sys.stderr)
        return USAGE
    except FileNotFoundError as exc:  # an input named that does not exist
        raise UserError(str(exc)) from exc
    except (OutputBusy, WorkerMismatch) as exc:
        raise UserError(str(exc)) from exc
    except InvalidOutput as exc:
        raise UserError(str(exc), INVALID) from exc
    except OSError as exc:
        where = f" {exc.filename}" if exc.filename else ""
        raise UserError(f"cannot write{where}: {exc.strerror or exc}; {args.output} keeps the previous build") from exc
    result = summary.extraction
    cached = f", {summary.cache_hits} from the cache" if summary.cache_hits else ""
    print(f"{result.files} file(s), {result.documents} document(s), {result.reports} meeting "
          f"report(s) -> {len(result.meetings)} meeting(s); {result.status['skipped']} file(s) skipped{cached} "
          f"[{time.perf_counter() - started:.1f} s]")
    print("wrote " + ", ".join(display_name(str(p)) for p in summary.written.values()))
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
    fetched = fetch.fetch_all(urls, fetch.FetchOptions(cache=args.fetch_cache))
    if not args.quiet:
        print(f"{len(urls)} URL(s): {len(fetched.paths)} page(s) in {args.fetch_cache}, {fetched.requests} request(s)")
    return [*files, *fetched.paths], [FileAccount(url, url, "skipped", why) for url, why in fetched.failures]


def _print_skipped(account: FileAccount) -> None:
    if account.status == "skipped":
        print(f"{account.status:<10} {account.file}: {account.reason}", flush=True)


def _size(text: str) -> int:
    try:
        return parse_size(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _terminate(signum: int, frame: object) -> None:
    raise Terminated


_SIGNAL_OF = {Terminated: signal.SIGTERM, KeyboardInterrupt: signal.SIGINT}


def _stop_swallowed(unraisable: object) -> None:
    """A signal that arrives while Python runs a callback (an import lock's weakref callback, a
    finaliser) raises there, and Python only prints it ('Exception ignored in…'): deliver the signal
    again, so that it stops the build where it can (one line, no traceback)."""
    stop = _SIGNAL_OF.get(type(getattr(unraisable, "exc_value", None)))  # type: ignore[call-overload]
    if stop is None:
        sys.__unraisablehook__(unraisable)  # type: ignore[arg-type]
        return
    import threading  # sent from a thread a moment later: sent from here, it would raise in here again

    threading.Timer(0.01, os.kill, (os.getpid(), stop)).start()


def _stopped(how: str, output: Path, code: int) -> int:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not break the one line
    print(f"kg build: {how}; {output} keeps the previous build", file=sys.stderr)
    return code
