"""`kg build`: read articles, extract meetings, write the graph and its views."""

from __future__ import annotations

import argparse
import signal
import sys
import time
from pathlib import Path

# Exit statuses (README): 0 done, 1 an I/O error or the folder is in use, 2 a missing input,
# 130 interrupted (Ctrl-C), 143 terminated (SIGTERM); the previous build stays whole in every case.
EXIT_IO, EXIT_USAGE, EXIT_SIGINT, EXIT_SIGTERM = 1, 2, 130, 143


class Terminated(BaseException):
    """SIGTERM, raised in the main thread so the build unwinds like on Ctrl-C."""


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "build", help="build the knowledge graph from articles",
        description="Read article files and folders, extract the meetings they report, and write "
                    "kg.ttl (Turtle), meetings.jsonl, report.md, files.tsv, graph.html, an "
                    "embedded SPARQL store and build.json into the output folder, as one transaction.",
    )
    parser.add_argument("inputs", nargs="*", default=["seeds"], metavar="INPUT",
                        help="files or folders to read (default: seeds/)")
    parser.add_argument("-o", "--output", default="output", type=Path, help="output folder (default: output/)")
    parser.add_argument("--no-html", action="store_true", help="skip graph.html (a previous one is removed)")
    parser.add_argument("--no-store", action="store_true",
                        help="skip the embedded SPARQL store (a previous one is removed)")
    parser.add_argument("--no-validate", action="store_true", help="skip SHACL validation")
    parser.add_argument("--no-cache", action="store_true",
                        help="extract every file again, and leave the cache (OUTPUT/.kg-cache) alone")
    parser.add_argument("-j", "--workers", type=int, default=None, metavar="N",
                        help="extract in N processes (default: the number of cores)")
    parser.add_argument("--scheduler", metavar="tcp://HOST:PORT",
                        help="extract on a Dask distributed cluster (pip install 'kg-meetings[dask]')")
    parser.set_defaults(func=main)


def main(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    signal.signal(signal.SIGTERM, _terminate)
    try:
        return _build(args, started)
    except KeyboardInterrupt:
        return _stopped("interrupted", args.output, EXIT_SIGINT)
    except Terminated:
        return _stopped("terminated", args.output, EXIT_SIGTERM)


def _build(args: argparse.Namespace, started: float) -> int:
    from kg.build import BuildOptions, build
    from kg.outputs import Options
    from kg.parallel import WorkerMismatch, default_workers
    from kg.progress import Progress
    from kg.transaction import OutputBusy

    workers = args.workers if args.workers is not None else default_workers()
    options = BuildOptions(Options(html=not args.no_html, store=not args.no_store, validate=not args.no_validate),
                           workers=max(1, workers), scheduler=args.scheduler, cache=not args.no_cache)
    try:
        summary = build(args.inputs, args.output, options,
                        progress=lambda n: Progress.for_terminal(n, args.quiet, args.verbose),
                        on_account=None if args.quiet else _print_skipped)
    except FileNotFoundError as exc:
        print(f"kg build: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (OutputBusy, WorkerMismatch) as exc:
        print(f"kg build: {exc}", file=sys.stderr)
        return EXIT_IO
    except OSError as exc:
        where = f" {exc.filename}" if exc.filename else ""
        print(f"kg build: cannot write{where}: {exc.strerror or exc}; {args.output} keeps the previous build",
              file=sys.stderr)
        return EXIT_IO
    result = summary.extraction
    cached = f", {summary.cache_hits} from the cache" if summary.cache_hits else ""
    print(f"{result.files} file(s), {result.documents} document(s), {result.reports} meeting "
          f"report(s) -> {len(result.meetings)} meeting(s); {result.status['skipped']} file(s) skipped{cached} "
          f"[{time.perf_counter() - started:.1f} s]")
    print("wrote " + ", ".join(str(p) for p in summary.written.values()))
    return 0


def _print_skipped(account) -> None:  # noqa: ANN001  (a FileAccount)
    if account.status == "skipped":
        print(f"{account.status:<10} {account.file}: {account.reason}", flush=True)


def _terminate(signum: int, frame: object) -> None:
    raise Terminated


def _stopped(how: str, output: Path, code: int) -> int:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not break the one line
    print(f"kg build: {how}; {output} keeps the previous build", file=sys.stderr)
    return code
