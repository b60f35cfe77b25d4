"""Positions computed once, in Python, so the browser never runs physics.

Small graphs: networkx's spring layout of the meetings and what they link
to, then labels pushed apart.  Big ones: the spring layout of the
best-connected hubs only (provinces, people, sectors...) pulled together by
how often they meet; each meeting then goes to the centre of its hubs
(meetings with the same hubs on a sunflower spiral).  Everything else
(broader sectors, organisers) goes just beyond what it links to, and
measures/articles on a ring around their meeting.  Linear in the number of
meetings; numpy's dense solver only (no scipy).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from itertools import combinations

import networkx as nx

from kg import entities as E
from kg.model import PROVINCE_SPOKE
from kg.render.forces import Pos, separate
from kg.render.forces import spring as _spring
from kg.render.kinds import KINDS

DIRECT_LIMIT = 400  # spring_layout's dense solver (numpy only) is used below 500 nodes
SPACING = 26.0  # pixels between neighbours on a spiral
MAX_PAIRS = 40  # a meeting with more hubs (all provinces present) adds no pull between them
SEPARATE_LIMIT = 1500  # pairwise label separation is O(n²) in memory: small graphs only
_GOLDEN = math.pi * (3 - math.sqrt(5))
GAP = 34.0  # pixels kept free between node discs, room for a label
_SATELLITE = {k.id for k in KINDS if k.satellite}
_SIZE = {k.id: k.size for k in KINDS}
_ROOM = {E.MEETING: 44}  # meetings carry a wide two-line label: keep them further apart



def positions(g: nx.DiGraph) -> dict[str, tuple[int, int]]:
    """Pixel coordinates for every node of the page graph.

    Only meetings and what they link to directly take part in the force
    layout; the rest (broader sectors, organisers, measures...) is put next
    to what it links to, so long chains do not squeeze the picture.
    """
    und = g.to_undirected(as_view=True)
    kinds = g.nodes(data="kind")
    core = [n for n, kind in kinds if kind == E.MEETING or (
        kind not in _SATELLITE and kind != E.ORGANIZATION and any(kinds[m] == E.MEETING for m in und[n]))]
    if len(core) <= DIRECT_LIMIT:
        pos = _spring(und.subgraph(core), _radius(len(core)))
        _place_outward(g, und, pos)
        pos = _separate(pos, _sizes(g))
    else:
        pos = _anchored(g, und, core)
        _place_outward(g, und, pos)
    _place_satellites(g, pos)
    pos = pull_in_outliers(pos)
    return {n: (round(x), round(y)) for n, (x, y) in pos.items()}


def pull_in_outliers(pos: Pos, share: float = 0.9, slack: float = 1.25) -> Pos:
    """Nodes far beyond the bulk (the five separately planned cities, a meeting
    off on its own) are drawn in to just outside it, direction kept, so they do
    not shrink everything else when the view fits them all."""
    if len(pos) < 10:
        return pos
    xs, ys = sorted(x for x, _ in pos.values()), sorted(y for _, y in pos.values())
    cx, cy = xs[len(xs) // 2], ys[len(ys) // 2]
    radii = sorted(math.hypot(x - cx, y - cy) for x, y in pos.values())
    edge = max(radii[int(share * (len(radii) - 1))] * slack, 4 * SPACING)
    out: Pos = {}
    for n, (x, y) in pos.items():
        r = math.hypot(x - cx, y - cy)
        if r <= edge:
            out[n] = (x, y)
        else:  # the further out, the less further: a logarithmic margin
            scale = (edge + 2 * SPACING * math.log1p((r - edge) / (8 * SPACING))) / r
            out[n] = (cx + (x - cx) * scale, cy + (y - cy) * scale)
    return out


def _place_outward(g: nx.DiGraph, und: nx.Graph, pos: Pos) -> None:
    """Nodes outside the core, ring by ring: beyond their placed neighbours, away from the centre."""
    rest = [n for n, kind in g.nodes(data="kind") if n not in pos and kind not in _SATELLITE]
    organizers = [n for n in rest if g.nodes[n]["kind"] == E.ORGANIZATION]
    top = min((y for _, y in pos.values()), default=0.0) - 4 * SPACING
    for i, n in enumerate(organizers):  # linked to every meeting: a row above the picture
        pos[n] = ((i - (len(organizers) - 1) / 2) * 8 * SPACING, top)
    rest = [n for n in rest if n not in pos]
    while rest:
        ring = [n for n in rest if any(m in pos for m in und[n])] or rest  # or: unconnected, together
        cx, cy = _mean(list(pos.values())) if pos else (0.0, 0.0)
        pos.update(_around_centres(ring, lambda n, cx=cx, cy=cy: _beyond(und, n, pos, (cx, cy))))
        rest = [n for n in rest if n not in pos]


def _beyond(und: nx.Graph, n: str, pos: Pos, centre: tuple[float, float]) -> tuple[float, float]:
    placed = [pos[m] for m in und[n] if m in pos]
    if not placed:
        return (centre[0], centre[1] + _radius(len(pos)) + 4 * SPACING)
    x, y = _mean(placed)
    dx, dy = x - centre[0], y - centre[1]
    norm = math.hypot(dx, dy) or 1.0
    return (x + 3 * SPACING * dx / norm, y + 3 * SPACING * dy / norm)


def _mean(points: list[tuple[float, float]]) -> tuple[float, float]:
    return (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))


def coreporting(g: nx.DiGraph) -> nx.Graph:
    """Provinces joined by the number of meetings they both reported at.

    Node attributes: `community` (0 = largest), `x`, `y`; edge: `weight`.
    """
    spoke: dict[str, list[str]] = defaultdict(list)  # meeting -> provinces, in graph order
    for meeting, province, roles in g.edges(data="roles"):
        if PROVINCE_SPOKE in roles and g.nodes[province]["kind"] == E.PROVINCE:
            spoke[meeting].append(province)
    rank = {n: i for i, n in enumerate(g)}
    pairs: Counter[tuple[str, str]] = Counter()
    for members in spoke.values():
        pairs.update(combinations(sorted(members, key=rank.__getitem__), 2))
    # Built in graph order, never from a set: the page's bytes must not depend on hash seeds.
    reporting = {p for members in spoke.values() for p in members}
    proj = nx.Graph()
    proj.add_nodes_from(n for n in g if n in reporting)
    proj.add_weighted_edges_from((a, b, w) for (a, b), w in sorted(pairs.items(), key=lambda i: (rank[i[0][0]],
                                                                                               rank[i[0][1]])))
    provinces = list(proj)
    if not provinces:
        return proj
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


def _anchored(g: nx.DiGraph, und: nx.Graph, core: list[str]) -> Pos:
    kinds = g.nodes(data="kind")
    meetings = [n for n in core if kinds[n] == E.MEETING]
    hubs = sorted((n for n in core if kinds[n] != E.MEETING), key=lambda n: -und.degree(n))
    anchors = set(hubs[:DIRECT_LIMIT])
    pairs: Counter[tuple[str, str]] = Counter()
    for m in meetings:
        near = sorted(n for n in und[m] if n in anchors)
        if len(near) <= MAX_PAIRS:
            pairs.update(combinations(near, 2))
    pairs.update(tuple(sorted(e)) for e in g.subgraph(anchors).edges)
    pull = nx.Graph()
    pull.add_nodes_from(n for n in hubs if n in anchors)
    pull.add_weighted_edges_from((a, b, w) for (a, b), w in pairs.items())
    pos = _separate(_spring(pull, _radius(len(core)), weight="weight"), _sizes(g))
    pos.update(_around_centres(meetings, lambda m: _centre(und, m, pos)))
    rest = [n for n in hubs if n not in anchors]
    pos.update(_around_centres(rest, lambda n: _centre(und, n, pos)))
    return pos


def _sizes(g: nx.Graph) -> dict[str, float]:
    """Radius each node needs on the canvas, its label included."""
    return {n: d.get("size", _ROOM.get(d["kind"], _SIZE[d["kind"]])) for n, d in g.nodes(data=True)}


def _separate(pos: Pos, size: dict[str, float], gap: float = GAP, rounds: int = 60) -> Pos:
    """Push apart nodes whose discs (plus a gap for the label) overlap."""
    return separate(pos, size, gap, rounds) if 2 <= len(pos) <= SEPARATE_LIMIT else pos


def _centre(und: nx.Graph, node: str, pos: Pos) -> tuple[float, float]:
    """Mean position of the node's placed neighbours."""
    placed = [pos[n] for n in und[node] if n in pos]
    return _mean(placed) if placed else (0.0, 0.0)


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
