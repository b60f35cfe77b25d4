"""RDF namespaces used by the graph, the ontology and the queries.

schema.org is always `https://schema.org/`: mixing it with `http://` silently
breaks queries, so every module takes it from here.
"""

from __future__ import annotations

from functools import cache

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SH, SKOS, XSD

from kg import ids


class CachedNamespace(Namespace):
    """A Namespace that builds each term once: rdflib builds and re-validates
    a new URIRef on every attribute access, a tenth of graph-building time."""

    def term(self, name: str) -> URIRef:
        return _term(str(self), name if isinstance(name, str) else "")


@cache
def _term(namespace: str, name: str) -> URIRef:
    return URIRef(namespace + name)


KG = CachedNamespace(ids.ONTOLOGY)  # https://w3id.org/cn-meetings/ontology#
ID = CachedNamespace(ids.ID)  # instance data
SCHEMA = CachedNamespace("https://schema.org/")
WD = CachedNamespace("http://www.wikidata.org/entity/")

# Prefix -> namespace, in the order a Turtle file declares them.
PREFIXES: dict[str, str] = {
    "dcterms": str(DCTERMS),
    "foaf": str(FOAF),
    "kg": str(KG),
    "org": str(ORG),
    "owl": str(OWL),
    "prov": str(PROV),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "schema": str(SCHEMA),
    "sh": str(SH),
    "skos": str(SKOS),
    "wd": str(WD),
    "xsd": str(XSD),
}

__all__ = ["DCTERMS", "FOAF", "ID", "KG", "ORG", "OWL", "PREFIXES", "PROV", "RDF", "RDFS", "SCHEMA", "SH",
           "SKOS", "WD", "XSD", "bind_prefixes", "sparql_prefixes"]


def bind_prefixes(graph: Graph) -> Graph:
    """Bind the project prefixes, replacing rdflib's defaults (its `schema:`
    is the http:// one)."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph


def sparql_prefixes() -> str:
    """PREFIX lines for ad-hoc queries."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
