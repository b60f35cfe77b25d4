"""Write a build's outputs, each atomically, into one folder."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from kg import rdf, records, report
from kg.atomic import write_atomic
from kg.entities import collect
from kg.lexicon import Lexicon
from kg.pipeline import Extraction

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Options:
    html: bool = True
    store: bool = True
    validate: bool = True
    strict: bool = False  # a graph that does not conform to the shapes is an error (after writing)


def write_outputs(result: Extraction, out_dir: Path, lexicon: Lexicon, options: Options = Options()
                  ) -> dict[str, Path]:
    out_dir = Path(out_dir)
    found = collect(result.meetings, lexicon)  # one view for the graph and the page
    graph = rdf.to_graph(result.meetings, lexicon, found)
    turtle = rdf.serialize_turtle(graph)
    validation = None
    conforms = True
    if options.validate or options.strict:
        from kg.validate import validate

        conforms, text = validate(graph)
        validation = "The graph conforms to ontology/shapes.ttl." if conforms else "```\n" + text.strip() + "\n```"
    jsonl = records.dumps(records.meeting_record(m, lexicon) for m in result.meetings)
    written = {
        "kg.ttl": write_atomic(out_dir / "kg.ttl", turtle),
        "meetings.jsonl": write_atomic(out_dir / "meetings.jsonl", jsonl),
        "report.md": write_atomic(out_dir / "report.md", report.render(result, lexicon, validation)),
        "files.tsv": write_atomic(out_dir / "files.tsv", report.files_tsv(result.accounts)),
    }
    if options.html:
        from kg.render import render_entities

        written["graph.html"] = write_atomic(out_dir / "graph.html", render_entities(found, lexicon))
    if options.store:
        from kg.store import write_build

        store = write_build(out_dir / "store", out_dir / "kg.ttl")  # one named graph per article, swapped in
        log.info("store: %d triples", store.triples)
        written["store"] = out_dir / "store"
    if options.strict and not conforms:
        raise InvalidOutput(f"the graph does not conform to ontology/shapes.ttl: see {out_dir / 'report.md'}")
    return written


class InvalidOutput(Exception):
    """The build was written, but its graph does not conform to the shapes (--strict)."""
