"""`kg export`: the build's graph as Turtle, N-Triples, JSON-LD, GraphML or Neo4j CSV."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg import export
from kg.errors import check_output_folder
from kg.store import read_triples


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "export", help="export the graph (turtle, ntriples, jsonld, graphml, neo4j)",
        description="Write the graph of a build in other formats, with the same IRIs as identifiers: "
                    "kg.ttl, kg.nt, kg.jsonld (context: ontology/context.jsonld), kg.graphml, and "
                    "neo4j/nodes.csv + neo4j/relationships.csv for neo4j-admin database import.",
    )
    parser.add_argument("-f", "--format", action="append", choices=(*export.FORMATS, "all"), required=True,
                        help="format to write (repeat for several, or 'all')")
    parser.add_argument("-o", "--output", type=Path, default=Path("output/exports"), metavar="DIR",
                        help="folder to write into (default: output/exports)")
    parser.add_argument("--data", type=Path, default=Path("output/kg.ttl"), metavar="FILE",
                        help="the graph to export, Turtle or N-Triples (default: output/kg.ttl)")
    parser.set_defaults(func=main)


def main(args: argparse.Namespace) -> int:
    formats = export.FORMATS if "all" in args.format else tuple(dict.fromkeys(args.format))
    check_output_folder(args.output)
    if not args.data.is_file():
        print(f"kg export: no such file: {args.data} (run `kg build` first, or give --data FILE)",
              file=sys.stderr)
        return 1
    try:
        triples = read_triples(args.data)  # parsed once for every format
    except (OSError, SyntaxError, ValueError) as exc:
        print(f"kg export: cannot read {args.data}: {exc}", file=sys.stderr)
        return 1
    for fmt in formats:
        for path in export.export(triples, fmt, args.output):
            print(f"wrote {path}")
    return 0
