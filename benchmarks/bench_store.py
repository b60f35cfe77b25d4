"""Embedded store (pyoxigraph) vs rdflib in memory on a synthetic graph.

    python benchmarks/bench_store.py                 # ~1 M triples, a few minutes
    python benchmarks/bench_store.py --triples 100000

The graph uses the project vocabulary (meetings, articles, provinces that
spoke or were present, chairs) so the saved queries run on it unchanged.
Measured: Turtle writing and parsing, building the store (kg.store.write_build:
split by article + bulk load), and saved queries on both engines.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pyoxigraph as ox
import rdflib

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg import query, store  # noqa: E402

T = TypeVar("T")
KG = "https://w3id.org/cn-meetings/ontology#"
ID = "https://w3id.org/cn-meetings/id/"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
SCHEMA = "https://schema.org/"
PROVINCES = ["北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽",
             "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州",
             "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆"]
QUERIES = ("group-by", "province-recurrence", "meetings-by-month", "meetings-by-chair")
# The plain meetings-per-province GROUP BY (the saved province-recurrence also
# counts presence, through a UNION and an OPTIONAL).
GROUP_BY = f"""PREFIX kg: <{KG}>
SELECT ?province (COUNT(DISTINCT ?meeting) AS ?meetings)
WHERE {{ ?meeting kg:provinceSpoke ?province }} GROUP BY ?province ORDER BY DESC(?meetings) ?province"""


def synthesise(triples: int, seed: int = 7) -> bytes:
    """N-Triples of about `triples` triples (~20 per meeting)."""
    rng = random.Random(seed)
    lines = [f'<{ID}province/p{i}> <{KG}shortName> "{name}"@zh .' for i, name in enumerate(PROVINCES)]
    lines += [f'<{ID}person/c{i}> <http://www.w3.org/2000/01/rdf-schema#label> "主持人{i}"@zh .' for i in range(40)]
    meeting = 0
    while len(lines) < triples:
        lines += _meeting(meeting, rng)
        meeting += 1
    return ("\n".join(lines) + "\n").encode("utf-8")


def _meeting(n: int, rng: random.Random) -> list[str]:
    m, article = f"<{ID}meeting/m{n}>", f"<{ID}article/a{n:08x}>"
    date = f"{2018 + n % 6}-{1 + n % 12:02d}-{1 + n % 28:02d}"
    spoke = rng.sample(range(len(PROVINCES)), 8)
    present = rng.sample([p for p in range(len(PROVINCES)) if p not in spoke], 4)
    return [
        f"{article} {RDF_TYPE} <{SCHEMA}NewsArticle> .",
        f'{article} <http://purl.org/dc/terms/title> "第{n}号报道"@zh .',
        f"{m} {RDF_TYPE} <{KG}Meeting> .",
        f'{m} <{SCHEMA}name> "会议{n}"@zh .',
        f'{m} <{SCHEMA}startDate> "{date}"^^<http://www.w3.org/2001/XMLSchema#date> .',
        f"{m} <http://www.w3.org/ns/prov#wasDerivedFrom> {article} .",
        f"{m} <{KG}chair> <{ID}person/c{rng.randrange(40)}> .",
        *(f"{m} <{KG}provinceSpoke> <{ID}province/p{p}> ." for p in spoke),
        *(f"{m} <{KG}provincePresent> <{ID}province/p{p}> ." for p in present),
    ]


def timed(label: str, results: dict[str, float], action: Callable[[], T]) -> T:
    started = time.perf_counter()
    value = action()
    results[label] = time.perf_counter() - started
    print(f"{label:<48} {results[label]:8.2f} s", flush=True)
    return value


def run(triples: int, rdflib_turtle: bool) -> dict[str, float]:
    r: dict[str, float] = {}
    nt = synthesise(triples)
    parsed = timed("pyoxigraph: parse N-Triples", r, lambda: list(ox.parse(nt, ox.RdfFormat.N_TRIPLES)))
    print(f"{len(parsed):,} triples", flush=True)
    ttl = timed("pyoxigraph: write Turtle", r, lambda: ox.serialize(
        [ox.Triple(q.subject, q.predicate, q.object) for q in parsed], format=ox.RdfFormat.TURTLE,
        prefixes={"kg": KG, "id": ID, "schema": SCHEMA}))
    graph = timed("rdflib: parse Turtle", r, lambda: rdflib.Graph().parse(data=ttl, format="turtle"))
    timed("pyoxigraph: parse Turtle", r, lambda: list(ox.parse(ttl, ox.RdfFormat.TURTLE)))
    if rdflib_turtle:
        timed("rdflib: write Turtle", r, lambda: graph.serialize(format="turtle"))
    with tempfile.TemporaryDirectory() as folder:
        built = timed("store: write_build (split by article + bulk load)", r,
                      lambda: store.write_build(Path(folder) / "store", ttl))
        print(f"{built.graphs:,} named graphs", flush=True)
        for name in QUERIES:
            sparql = GROUP_BY if name == "group-by" else query.resolve(name)
            rows = timed(f"store: {name}", r, lambda s=sparql: store.query_store(Path(folder) / "store", s))
            ref = timed(f"rdflib: {name}", r, lambda s=sparql: query.query_rdflib(graph, s))
            assert query.to_csv(rows) == query.to_csv(ref) or len(rows.rows) == len(ref.rows), name
    return r


def summary(r: dict[str, float]) -> None:
    print("\nrdflib / pyoxigraph:")
    pairs = [("parse Turtle", "rdflib: parse Turtle", "pyoxigraph: parse Turtle"),
             ("write Turtle", "rdflib: write Turtle", "pyoxigraph: write Turtle"),
             *((name, f"rdflib: {name}", f"store: {name}") for name in QUERIES)]
    for label, slow, fast in pairs:
        if slow in r and fast in r:
            print(f"  {label:<24} {r[slow]:8.2f} s / {r[fast]:6.2f} s = {r[slow] / max(r[fast], 1e-6):6.1f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000, help="graph size (default 1,000,000)")
    parser.add_argument("--no-rdflib-turtle", action="store_true",
                        help="skip rdflib's Turtle writer (the slowest step: ~90 s per million)")
    args = parser.parse_args()
    summary(run(args.triples, not args.no_rdflib_turtle))


if __name__ == "__main__":
    main()
