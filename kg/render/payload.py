"""The page's data: compact JSON-ready lists made from the graph model.

Nodes are numbered in graph order; edges are `[from, to, roles, weight,
evidence]` with evidence `[role, sentence, article, rule]` as indexes into
the role list, the string table `S` and the node list (-1 for none).
Strings repeat a lot (one sentence names ten provinces), hence the table.
"""

from __future__ import annotations

import networkx as nx

from kg.render.kinds import KIND_INDEX, KINDS, ROLE_INDEX, ROLE_LABELS, ROLES

AGGREGATE_ABOVE = 1500  # nodes; above it measures and articles are collapsed into their meeting
RECURRENCE_FIRST = 30  # meetings; from an archive of this size on, the page opens on the recurrence view


class _Strings:
    def __init__(self) -> None:
        self.table: list[str] = []
        self._index: dict[str, int] = {}

    def __call__(self, text: str) -> int:
        if not text:
            return -1
        if text not in self._index:
            self._index[text] = len(self.table)
            self.table.append(text)
        return self._index[text]


def build_payload(g: nx.DiGraph, pos: dict[str, tuple[int, int]], co: dict,
                  threshold: int = AGGREGATE_ABOVE) -> dict:
    """`co`: the co-reporting view, nodes and edges by index (kg.render.laidout)."""
    index = {n: i for i, n in enumerate(g.nodes)}
    strings = _Strings()
    return {
        "version": 1,
        "kinds": [k.as_json() for k in KINDS],
        "roles": [[r, ROLE_LABELS[r]] for r in ROLES],
        "nodes": [_node(n, d, pos[n], index) for n, d in g.nodes(data=True)],
        "edges": [_edge(u, v, d, index, strings) for u, v, d in g.edges(data=True)],
        "S": strings.table,
        "co": co,
        "aggregate": len(g) > threshold,
        "start": "rec" if sum(kind == "meeting" for _, kind in g.nodes(data="kind")) >= RECURRENCE_FIRST else "graph",
        "threshold": threshold,
    }


def _node(iri: str, attrs: dict, xy: tuple[int, int], index: dict[str, int]) -> dict:
    out = {"k": KIND_INDEX[attrs["kind"]], "l": attrs["label"], "x": xy[0], "y": xy[1], "i": iri}
    src = attrs.get("src")
    if src in index:
        out["src"] = index[src]
    out.update((key, value) for key, value in attrs["data"].items() if value not in ("", None, [], False))
    if "size" in attrs:
        out["z"] = attrs["size"]
    return out


def _edge(u: str, v: str, attrs: dict, index: dict[str, int], strings: _Strings) -> list:
    evidence = [[ROLE_INDEX[role], strings(sentence), index.get(article, -1), strings(rule)]
                for role, sentence, article, rule in attrs["evidence"]]
    return [index[u], index[v], [ROLE_INDEX[r] for r in attrs["roles"]], attrs["weight"], evidence]
