"""The graph as a typed property graph: the model behind GraphML, Neo4j CSV and Cypher.

Every IRI is a node with one type (its `rdf:type` in the project ontology
first, else the alphabetically first local name; Wikidata entities are
`WikidataEntity`, anything else untyped `Resource`).  Literals become typed
properties (xsd:integer -> int, xsd:date -> date, xsd:boolean -> bool,
xsd:decimal/double -> float, the rest str; `name_zh` for a language-tagged
`name`); a property with several values on one node is a list.  IRI-to-IRI
triples become relationships named by the predicate's local name.

`Table` gives, per type (node table) or per predicate (relationship table),
the column types that hold for every row: a column whose values mix types is
text, a column with several values on some node a list.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg import ids, vocab

_TYPE = str(vocab.RDF.type)
_XSD = str(vocab.XSD)
_LABELS = (str(vocab.RDFS.label), str(vocab.SKOS.prefLabel), str(vocab.SCHEMA.name), str(vocab.KG.shortName))
_ONTOLOGY = str(vocab.KG)
WIKIDATA = "http://www.wikidata.org/entity/"
_RESERVED = ("id", "label", "iri")  # the node key, its display label and the predicate of a relationship
_NAMESPACES = sorted([("id", ids.ID), *vocab.PREFIXES.items()], key=lambda item: -len(item[1]))

Value = str | int | float | bool | dt.date
# Column types, named as LadybugDB/Kùzu spells them; exporters map them to their own.
STRING, INT64, DOUBLE, BOOLEAN, DATE = "STRING", "INT64", "DOUBLE", "BOOLEAN", "DATE"


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    type: str  # STRING | INT64 | DOUBLE | BOOLEAN | DATE
    is_list: bool = False


@dataclass(slots=True)
class PropertyGraph:
    nodes: dict[str, dict[str, list[Value]]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(list)))
    types: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # node -> rdf:type IRIs
    labels: dict[str, list[tuple[int, int, str]]] = field(default_factory=lambda: defaultdict(list))
    edges: list[tuple[str, str, str]] = field(default_factory=list)  # (subject, predicate IRI, object)

    def node_type(self, node: str) -> str:
        """One type per node."""
        found = self.types.get(node)
        if found:
            own = sorted(local_name(t) for t in found if t.startswith(_ONTOLOGY))
            return own[0] if own else sorted(local_name(t) for t in found)[0]
        return "WikidataEntity" if node.startswith(WIKIDATA) else "Resource"

    def all_types(self, node: str) -> list[str]:
        """Every type's local name, once, the node's own type first."""
        first = self.node_type(node)
        return [first, *sorted({local_name(t) for t in self.types.get(node, ())} - {first})]

    def display_label(self, node: str) -> str:
        """A Chinese label where there is one (rdfs:label, skos:prefLabel, ...)."""
        found = self.labels.get(node)
        return min(found)[2] if found else local_name(node)

    def by_type(self) -> dict[str, list[str]]:
        """Type -> its nodes, both sorted."""
        out: dict[str, list[str]] = defaultdict(list)
        for node in sorted(self.nodes):
            out[self.node_type(node)].append(node)
        return dict(sorted(out.items()))

    def columns(self, nodes: Iterable[str]) -> list[Column]:
        """The typed property columns of these nodes (label and iri excluded), by name."""
        return infer_columns(self.nodes[n] for n in nodes)

    def relationship_names(self) -> dict[str, str]:
        """Predicate IRI -> relationship type: its local name, or prefix_local when
        the local name is shared or equals a node type (names compare without case)."""
        predicates = sorted({p for _, p, _ in self.edges})
        taken = {t.lower() for t in self.by_type()}
        count: dict[str, int] = defaultdict(int)
        for p in predicates:
            count[local_name(p).lower()] += 1
        return {p: (local_name(p) if count[local_name(p).lower()] == 1 and local_name(p).lower() not in taken
                    else prefixed(p).replace(":", "_")) for p in predicates}


def property_graph(triples: Iterable[ox.Triple]) -> PropertyGraph:
    pg = PropertyGraph()
    for t in sorted(triples, key=str):
        subject, predicate = node_id(t.subject), t.predicate.value
        pg.nodes[subject]  # every subject is a node, even with no literal
        if isinstance(t.object, ox.Literal):
            _add_literal(pg, subject, predicate, t.object)
        elif predicate == _TYPE:
            pg.types[subject].add(t.object.value)
        else:
            pg.nodes[node_id(t.object)]
            pg.edges.append((subject, predicate, node_id(t.object)))
    return pg


def _add_literal(pg: PropertyGraph, subject: str, predicate: str, literal: ox.Literal) -> None:
    key = local_name(predicate) + (f"_{literal.language}" if literal.language else "")
    if key in _RESERVED:
        key += "_value"
    pg.nodes[subject][key].append(typed_value(literal))
    if predicate in _LABELS:  # ranked: label property first, then Chinese, untagged, other
        lang_rank = {"zh": 0, None: 1}.get(literal.language, 2)
        pg.labels[subject].append((_LABELS.index(predicate), lang_rank, literal.value))


def typed_value(literal: ox.Literal) -> Value:
    datatype = literal.datatype.value
    try:
        if datatype == _XSD + "integer":
            return int(literal.value)
        if datatype in (_XSD + "decimal", _XSD + "double", _XSD + "float"):
            return float(literal.value)
        if datatype == _XSD + "boolean":
            return literal.value in ("true", "1")
        if datatype == _XSD + "date":
            return dt.date.fromisoformat(literal.value)
    except ValueError:
        pass  # an ill-typed literal stays text
    return literal.value


def value_type(value: Value) -> str:
    if isinstance(value, bool):  # before int: bool is an int
        return BOOLEAN
    if isinstance(value, int):
        return INT64
    if isinstance(value, float):
        return DOUBLE
    if isinstance(value, dt.date):
        return DATE
    return STRING


def infer_columns(rows: Iterable[dict[str, list[Value]]]) -> list[Column]:
    types: dict[str, set[str]] = defaultdict(set)
    lists: set[str] = set()
    for props in rows:
        for key, values in props.items():
            types[key].update(value_type(v) for v in values)
            if len(values) > 1:
                lists.add(key)
    return [Column(key, found.pop() if len(found) == 1 else STRING, key in lists)
            for key, found in sorted(types.items()) if key not in _RESERVED]


def cell(values: list[Value], column: Column) -> Value | list[Value] | None:
    """A node's value for a column: None, one value, or a list; text when the column is text."""
    if not values:
        return None
    if column.type == STRING:
        values = [v if isinstance(v, str) else _text(v) for v in values]
    return list(values) if column.is_list else values[0]


def _text(value: Value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def node_id(term: ox.NamedNode | ox.BlankNode | object) -> str:
    return term.value if isinstance(term, ox.NamedNode) else str(term)


def local_name(iri: str) -> str:
    for separator in ("#", "/"):
        if separator in iri:
            iri = iri.rsplit(separator, 1)[1] or iri
    return iri


def prefixed(iri: str) -> str:
    for prefix, namespace in _NAMESPACES:
        if iri.startswith(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri
