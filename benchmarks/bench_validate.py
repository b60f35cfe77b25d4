"""SHACL validation of a corpus's graph: pyshacl-turbo (the build's engine) against pySHACL, in one run.

    python benchmarks/bench_validate.py [--corpus ../shared/corpus/meetings] [--workers 1]

The graph is extracted once; then kg.validate.validate_parts checks it shard by
shard, as a build does (no cached verdicts), with each engine.  Reported: seconds
of each, their ratio, and whether the verdicts and report texts are the same
(pySHACL is a test dependency: pip install -e '.[test]').
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg import rdf, validate  # noqa: E402
from kg.lexicon import load  # noqa: E402
from kg.pipeline import run  # noqa: E402


class PySHACL:
    """pySHACL behind the interface of a compiled pyshacl-turbo program."""

    def validate(self, graph, *, focus_nodes=None, **options):
        import pyshacl
        from rdflib import Graph

        if not isinstance(graph, Graph):  # a shard's N-Triples, as kg.validate.validate_ntriples hands it over
            graph = Graph().parse(data=graph.source, format="nt")
        return pyshacl.validate(graph, shacl_graph=validate.shapes(), advanced=False, meta_shacl=False,
                                focus_nodes=focus_nodes, **options)


def timed(engine: object | None, shared: set, parts: dict, workers: int) -> tuple[float, tuple[bool, str]]:
    validate._program.cache_clear()
    if engine is not None:
        validate._program = lambda: engine  # type: ignore[assignment]
    started = time.perf_counter()
    verdict = validate.validate_parts(shared, parts, workers)
    return time.perf_counter() - started, verdict


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "meetings")
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    lexicon = load()
    started = time.perf_counter()
    extraction = run([args.corpus], lexicon)
    shared, parts = rdf.to_parts(extraction.meetings, lexicon)
    triples = len(shared) + sum(len(part) for part in parts.values())
    print(f"{args.corpus}: {extraction.documents} documents, {len(parts)} meetings, {triples} triples "
          f"[{time.perf_counter() - started:.1f} s]")
    turbo_s, turbo = timed(None, shared, parts, args.workers)
    compiled = validate._program
    reference_s, reference = timed(PySHACL(), shared, parts, args.workers)
    validate._program = compiled
    print(f"{'engine':16}{'seconds':>9}{'ratio':>8}")
    print(f"{'pySHACL':16}{reference_s:9.1f}{1:8.2f}")
    print(f"{'pyshacl-turbo':16}{turbo_s:9.1f}{turbo_s / reference_s:8.2f}")
    print(f"same verdict: {turbo[0] == reference[0]} ({turbo[0]}); same report text: {turbo[1] == reference[1]}")


if __name__ == "__main__":
    main()
