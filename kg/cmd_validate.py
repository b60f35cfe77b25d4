"""`kg validate FILE`: check an RDF file against the project's SHACL shapes."""

from __future__ import annotations

import argparse

from kg.errors import INVALID, UserError, describe


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "validate",
        help="check a Turtle (or other RDF) file against ontology/shapes.ttl",
        description="Validate FILE with pySHACL against the project's shapes. Exit status: 0 conforms, "
                    "2 does not conform (the report is printed), 1 the file cannot be read or parsed.",
    )
    parser.add_argument("file", metavar="FILE", help="RDF file; Turtle unless the extension says otherwise")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from rdflib import Graph  # here, not at the top: `kg --help` must start fast
    from rdflib.util import guess_format

    from kg.validate import validate

    graph = Graph()
    try:
        graph.parse(args.file, format=guess_format(args.file) or "turtle")
    except (OSError, SyntaxError, ValueError) as error:  # rdflib raises BadSyntax (a SyntaxError)
        raise UserError(f"cannot read {args.file}: {describe(error)}") from error
    conforms, report = validate(graph)
    print(report.rstrip())
    return 0 if conforms else INVALID
