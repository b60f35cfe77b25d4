"""The page's layout, remembered whole under the shape of its graph.

`positions` and `coreporting` (kg.render.layout) read only the shape of the
page graph: each node's name, kind and size, and its edges (both ways, in
insertion order) with their roles.  A measure's or an article's name is never
read (they go on a ring around their meeting), so it is left out: an article
whose file changed gets a new IRI but keeps its place.  A build that finds the
same shape as the last one takes the layout from the cache (kg.cache) and
imports neither numpy nor the force layout.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import MutableMapping
from functools import cache
from importlib import metadata, resources

import networkx as nx

from kg.render.kinds import KINDS

Layout = tuple[dict[str, tuple[int, int]], dict]  # positions by node; the co-reporting view, as the page has it
_CODE = ("laidout.py", "layout.py", "forces.py", "kinds.py")  # what a layout depends on, in kg/render
_SATELLITE = {k.id for k in KINDS if k.satellite}
Memo = MutableMapping[str, bytes]  # key -> bytes (kg.cache), shared with kg.render.forces


def page_layout(g: nx.DiGraph, memo: Memo | None = None) -> Layout:
    """Positions and the co-reporting view of `g`, from `memo` or laid out (and kept there)."""
    if memo is None:
        return _lay_out(g, None)
    key = shape_key(g)
    known = memo.get(key)
    if known is not None:
        xy, co = json.loads(known)
        return {n: (x, y) for n, (x, y) in zip(g, xy, strict=True)}, co
    pos, co = _lay_out(g, memo)
    memo[key] = json.dumps([[pos[n] for n in g], co], separators=(",", ":")).encode("utf-8")
    return pos, co


def _lay_out(g: nx.DiGraph, memo: Memo | None) -> Layout:
    from kg.render.forces import remembering  # numpy: only when something is laid out
    from kg.render.layout import coreporting, positions

    with remembering(memo):
        pos, co = positions(g), coreporting(g)
    index = {n: i for i, n in enumerate(g)}
    nodes = [[index[n], d["x"], d["y"], d["community"]] for n, d in co.nodes(data=True)]
    edges = [[index[u], index[v], w] for u, v, w in co.edges(data="weight")]
    return pos, {"nodes": nodes, "edges": edges, "communities": 1 + max((n[3] for n in nodes), default=-1)}


def shape_key(g: nx.DiGraph) -> str:
    """A hash of everything the layout reads from `g`, and of the code that lays it out."""
    index = {n: i for i, n in enumerate(g)}
    nodes = [["" if d["kind"] in _SATELLITE else n, d["kind"], d.get("size")] for n, d in g.nodes(data=True)]
    succ = [[[index[m], attrs["roles"]] for m, attrs in g.succ[n].items()] for n in g]
    pred = [[index[m] for m in g.pred[n]] for n in g]
    digest = hashlib.sha256(_code().encode())
    digest.update(json.dumps([nodes, succ, pred], ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
    return digest.hexdigest()


@cache
def _code() -> str:
    digest = hashlib.sha256(f"networkx {nx.__version__} numpy {metadata.version('numpy')}".encode())
    for name in _CODE:
        digest.update(hashlib.sha256((resources.files("kg") / "render" / name).read_bytes()).digest())
    return digest.hexdigest()
