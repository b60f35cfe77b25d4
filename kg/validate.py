"""SHACL validation of a graph against the shapes shipped with the package.

The ontology files live in `kg/ontology/` (package data, so they are there
after `pip install .` too); the top-level `ontology/` is a symlink to it.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable

import pyshacl
from rdflib import Graph


def ontology_file(name: str) -> Traversable:
    """A file of kg/ontology/ (kg.ttl, shapes.ttl, context.jsonld)."""
    return resources.files("kg") / "ontology" / name


@cache
def shapes() -> Graph:
    return Graph().parse(data=ontology_file("shapes.ttl").read_text(encoding="utf-8"), format="turtle")


def validate(graph: Graph) -> tuple[bool, str]:
    """(conforms, report text).  sh:Warning results (e.g. an unknown meeting
    date) appear in the report but do not break conformance."""
    conforms, _, text = pyshacl.validate(
        graph,
        shacl_graph=shapes(),
        inference="none",  # nodes carry their classes; inference would cost time only
        allow_warnings=True,
        advanced=False,
        meta_shacl=False,
    )
    return bool(conforms), str(text)
