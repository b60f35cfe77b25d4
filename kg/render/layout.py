"""Positions computed once, in Python, so the browser never runs physics.

Small graphs get networkx's spring layout directly.  Big ones lay out only
the best-connected hubs (provinces, people, sectors...) by how often they
meet, then put each meeting at the centre of its hubs (meetings with the
same hubs on a sunflower spiral) and measures/articles on a ring around
their meeting: linear in the number of meetings, no scipy needed.
"""

from __future__ import annotations

import math
from collections import defaultdict
from itertools import combinations

import networkx as nx
import numpy as np
from networkx.algorithms import bipartite

from kg import entities as E
from kg.model import PROVINCE_SPOKE
from kg.render.kinds import KINDS

SEED = 7  # fixed: the same input always gives the same page
DIRECT_LIMIT = 400  # spring_layout's dense solver (numpy only) is used below 500 nodes
SPACING = 26.0  # pixels between neighbours on a spiral
MAX_PAIRS = 40  # a meeting with more hubs (all provinces present) adds no pull between them
_GOLDEN = math.pi * (3 - math.sqrt(5))
GAP = 34.0  # pixels kept free between node discs, room for a label
_SATELLITE = {k.id for k in KINDS if k.satellite}
_SIZE = {k.id: k.size for k in KINDS}

Pos = dict[str, tuple[float, float]]


def positions(g: nx.DiGraph) -> dict[str, tuple[int, int]]:
    """Pixel coordinates for every node of the page graph."""
    core = [n for n, kind in g.nodes(data="kind") if kind not in _SATELLITE]
    und = g.to_undirected(as_view=True)
    if len(core) <= DIRECT_LIMIT:
        pos = _separate(_spring(und.subgraph(core), _radius(len(core))), _sizes(g))
    else:
        pos = _anchored(g, und, core)
    _place_satellites(g, pos)
    return {n: (round(x), round(y)) for n, (x, y) in pos.items()}


def coreporting(g: nx.DiGraph) -> nx.Graph:
    """Provinces joined by the number of meetings they both reported at.

    Node attributes: `community` (0 = largest), `x`, `y`; edge: `weight`.
    """
    reports = nx.Graph()
    for meeting, province, roles in g.edges(data="roles"):
        if PROVINCE_SPOKE in roles and g.nodes[province]["kind"] == E.PROVINCE:
            reports.add_edge(meeting, province)
    provinces = [n for n, kind in g.nodes(data="kind") if kind == E.PROVINCE and n in reports]
    proj = bipartite.weighted_projected_graph(reports, provinces)
    for i, members in enumerate(_communities(proj, provinces)):
        for n in members:
            proj.nodes[n]["community"] = i
    sizes = {n: g.nodes[n].get("size", 10) for n in proj}
    for n, (x, y) in _separate(_spring(proj, _radius(len(proj)), weight="weight"), sizes).items():
        proj.nodes[n].update(x=round(x), y=round(y))
    return proj


def _communities(proj: nx.Graph, order: list[str]) -> list[set[str]]:
    if proj.number_of_edges() == 0:
        return [{n} for n in order]
    found = nx.community.greedy_modularity_communities(proj, weight="weight")
    rank = {n: i for i, n in enumerate(order)}
    return sorted(found, key=lambda c: (-len(c), min(rank[n] for n in c)))


def _radius(n: int) -> float:
    return max(220.0, 55.0 * math.sqrt(n))


def _spring(h: nx.Graph, radius: float, weight: str | None = None) -> Pos:
    if len(h) == 0:
        return {}
    if weight:  # normalise so heavy edges pull, but never collapse the layout
        top = max((w for _, _, w in h.edges(data=weight, default=1)), default=1) or 1
        scaled = nx.Graph()
        scaled.add_nodes_from(h)
        scaled.add_weighted_edges_from(((u, v, w / top) for u, v, w in h.edges(data=weight, default=1)), "w")
        h = scaled
    layout = nx.spring_layout(h, seed=SEED, iterations=200, method="force", scale=radius,
                              weight="w" if weight else None)
    return {n: (float(x), float(y)) for n, (x, y) in layout.items()}


def _anchored(g: nx.DiGraph, und: nx.Graph, core: list[str]) -> Pos:
    kinds = g.nodes(data="kind")
    meetings = [n for n in core if kinds[n] == E.MEETING]
    hubs = sorted((n for n in core if kinds[n] != E.MEETING), key=lambda n: -und.degree(n))
    anchors = set(hubs[:DIRECT_LIMIT])
    pull = nx.Graph()
    pull.add_nodes_from(n for n in hubs if n in anchors)
    for m in meetings:
        near = [n for n in und[m] if n in anchors]
        for a, b in combinations(near if len(near) <= MAX_PAIRS else (), 2):
            pull.add_edge(a, b, weight=pull.edges[a, b]["weight"] + 1 if pull.has_edge(a, b) else 1)
    for a, b in g.subgraph(anchors).edges:
        pull.add_edge(a, b, weight=pull.edges[a, b]["weight"] if pull.has_edge(a, b) else 1)
    pos = _separate(_spring(pull, _radius(len(core)), weight="weight"), _sizes(g))
    pos.update(_around_centres(meetings, lambda m: _centre(und, m, pos, kinds)))
    rest = [n for n in hubs if n not in anchors]
    pos.update(_around_centres(rest, lambda n: _centre(und, n, pos, kinds)))
    return pos


def _sizes(g: nx.Graph) -> dict[str, float]:
    return {n: d.get("size", _SIZE.get(d.get("kind", ""), 10)) for n, d in g.nodes(data=True)}


def _separate(pos: Pos, size: dict[str, float], gap: float = GAP, rounds: int = 60) -> Pos:
    """Push apart nodes whose discs (plus a gap for the label) overlap."""
    if len(pos) < 2:
        return pos
    keys = list(pos)
    xy = np.array([pos[k] for k in keys], dtype=float)
    xy += np.random.default_rng(SEED).uniform(-0.5, 0.5, xy.shape)  # split coincident points
    radius = np.array([size[k] for k in keys], dtype=float)
    need = radius[:, None] + radius[None, :] + gap
    np.fill_diagonal(need, 0.0)
    for _ in range(rounds):
        delta = xy[:, None, :] - xy[None, :, :]
        dist = np.maximum(np.hypot(delta[..., 0], delta[..., 1]), 1e-6)
        overlap = np.clip(need - dist, 0.0, None)
        if overlap.max() < 0.5:
            break
        xy += (delta / dist[..., None] * (overlap / 2)[..., None]).sum(axis=1) * 0.5
    return {k: (float(x), float(y)) for k, (x, y) in zip(keys, xy, strict=True)}


def _centre(und: nx.Graph, node: str, pos: Pos, kinds) -> tuple[float, float]:
    """Mean position of the node's placed neighbours; organisers only as a last resort."""
    placed = [n for n in und[node] if n in pos]
    near = [n for n in placed if kinds[n] != E.ORGANIZATION] or placed
    if not near:
        return (0.0, 0.0)
    return (sum(pos[n][0] for n in near) / len(near), sum(pos[n][1] for n in near) / len(near))


def _around_centres(nodes: list[str], centre) -> Pos:
    """Nodes sharing a centre go on a sunflower spiral around it."""
    groups: dict[tuple[int, int], list[str]] = defaultdict(list)
    for n in nodes:
        x, y = centre(n)
        groups[(round(x), round(y))].append(n)
    out: Pos = {}
    for (cx, cy), members in groups.items():
        for j, n in enumerate(members, 1):
            r = SPACING * math.sqrt(j)
            out[n] = (cx + r * math.cos(j * _GOLDEN), cy + r * math.sin(j * _GOLDEN))
    return out


def _place_satellites(g: nx.DiGraph, pos: Pos) -> None:
    """Measures and articles on a ring around their (first) meeting."""
    rings: dict[str, list[str]] = defaultdict(list)
    for n, kind in g.nodes(data="kind"):
        if kind in _SATELLITE:
            owner = next((m for m in g.predecessors(n) if m in pos), None)
            rings[owner or ""].append(n)
    for owner, members in rings.items():
        cx, cy = pos.get(owner, (0.0, 0.0))
        r = 45.0 + 4.0 * len(members)
        base = math.atan2(cy, cx)
        for j, n in enumerate(members):
            a = base + 2 * math.pi * j / len(members)
            pos[n] = (cx + r * math.cos(a), cy + r * math.sin(a))
