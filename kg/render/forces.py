"""The force-directed layout of kg.render.layout, fast and remembered.

`spring` gives networkx's spring_layout (dense Fruchterman-Reingold, fixed
seed) to the last bit, about three times faster; `separate` pushes apart
overlapping discs.  Both are pure functions of arrays, so a build can keep
their answers (kg.cache) under a hash of their inputs: a re-run whose hubs
did not change lays nothing out again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, MutableMapping
from contextlib import contextmanager
from contextvars import ContextVar

import networkx as nx
import numpy as np

SEED = 7  # fixed: the same input always gives the same page
ITERATIONS = 300
Pos = dict[str, tuple[float, float]]
Memo = MutableMapping[str, bytes]  # input hash -> positions (float64 bytes)
_MEMO: ContextVar[Memo | None] = ContextVar("layout_memo", default=None)


@contextmanager
def remembering(memo: Memo | None) -> Iterator[None]:
    """Layouts computed inside the block are looked up in, and kept in, `memo`."""
    token = _MEMO.set(memo)
    try:
        yield
    finally:
        _MEMO.reset(token)


def spring(h: nx.Graph, radius: float, weight: str | None = None) -> Pos:
    if len(h) == 0:
        return {}
    if weight:  # normalise so heavy edges pull, but never collapse the layout
        top = max((w for _, _, w in h.edges(data=weight, default=1)), default=1) or 1
        scaled = nx.Graph()
        scaled.add_nodes_from(h)
        scaled.add_weighted_edges_from(((u, v, w / top) for u, v, w in h.edges(data=weight, default=1)), "w")
        h = scaled
    if len(h) == 1:
        return {n: (0.0, 0.0) for n in h}
    adjacency = nx.to_numpy_array(h, weight="w" if weight else None)
    xy = _remembered("spring", [adjacency], lambda: _forces(adjacency, ITERATIONS))
    xy = nx.rescale_layout(xy, scale=radius) + np.zeros(2)
    return {n: (float(x), float(y)) for n, (x, y) in zip(h, xy, strict=True)}


def separate(pos: Pos, size: dict[str, float], gap: float, rounds: int = 60) -> Pos:
    """Push apart nodes whose discs (plus a gap for the label) overlap."""
    keys = list(pos)
    xy = np.array([pos[k] for k in keys], dtype=float)
    xy += np.random.default_rng(SEED).uniform(-0.5, 0.5, xy.shape)  # split coincident points
    radius = np.array([size[k] for k in keys], dtype=float)
    xy = _remembered(f"separate {gap} {rounds}", [xy, radius], lambda: _push_apart(xy, radius, gap, rounds))
    return {k: (float(x), float(y)) for k, (x, y) in zip(keys, xy, strict=True)}


def _remembered(name: str, inputs: list[np.ndarray], compute: Callable[[], np.ndarray]) -> np.ndarray:
    memo = _MEMO.get()
    if memo is None:
        return compute()
    digest = hashlib.sha256(name.encode())
    for array in inputs:
        digest.update(f"{array.shape}{array.dtype}".encode())
        digest.update(np.ascontiguousarray(array).tobytes())
    key = digest.hexdigest()
    known = memo.get(key)
    if known is not None:
        return np.frombuffer(known, dtype=np.float64).reshape(-1, 2).copy()
    xy = compute()
    memo[key] = xy.astype(np.float64).tobytes()
    return xy


def _push_apart(xy: np.ndarray, radius: np.ndarray, gap: float, rounds: int) -> np.ndarray:
    need = radius[:, None] + radius[None, :] + gap
    np.fill_diagonal(need, 0.0)
    n = len(xy)
    dx, dy, push = np.empty((n, n)), np.empty((n, n)), np.empty((n, n, 2))
    for _ in range(rounds):
        # xy[:, None, :] - xy[None, :, :], one coordinate at a time: numpy is slow on an axis of two
        np.subtract(xy[:, None, 0], xy[None, :, 0], out=dx)
        np.subtract(xy[:, None, 1], xy[None, :, 1], out=dy)
        dist = np.maximum(np.hypot(dx, dy), 1e-6)
        overlap = np.clip(need - dist, 0.0, None)
        if overlap.max() < 0.5:
            break
        half = overlap / 2
        np.multiply(dx / dist, half, out=push[..., 0])  # delta / dist * overlap / 2
        np.multiply(dy / dist, half, out=push[..., 1])
        xy += push.sum(axis=1) * 0.5  # summed as before: the same bits
    return xy


def _forces(adjacency: np.ndarray, iterations: int, threshold: float = 1e-4) -> np.ndarray:
    """networkx's dense Fruchterman-Reingold loop (spring_layout, method="force"), the
    same operations in the same order, so the same positions to the last bit, but
    about three times as fast: numpy is slow at broadcasting and reducing over an axis
    of two (np.linalg.norm), so coordinates are handled one at a time, in buffers
    allocated once.  Only the einsum is kept as it is: another summation would
    round differently."""
    n = len(adjacency)
    pos = np.asarray(np.random.RandomState(SEED).rand(n, 2), dtype=adjacency.dtype)
    k = np.sqrt(1.0 / n)
    t = max(max(pos.T[0]) - min(pos.T[0]), max(pos.T[1]) - min(pos.T[1])) * 0.1
    dt = t / (iterations + 1)
    delta = np.empty((n, n, 2))  # buffers reused: no allocation per round
    dx, dy, distance, force, pull = (np.empty((n, n)) for _ in range(5))
    for _ in range(iterations):
        # delta = pos[:, np.newaxis, :] - pos[np.newaxis, :, :], one coordinate at a time (faster)
        np.subtract(pos[:, np.newaxis, 0], pos[np.newaxis, :, 0], out=dx)
        np.subtract(pos[:, np.newaxis, 1], pos[np.newaxis, :, 1], out=dy)
        delta[..., 0], delta[..., 1] = dx, dy
        np.multiply(dx, dx, out=distance)
        np.multiply(dy, dy, out=force)
        np.add(distance, force, out=distance)
        np.sqrt(distance, out=distance)
        np.clip(distance, 0.01, None, out=distance)
        # force = k * k / distance**2 - adjacency * distance / k
        np.multiply(distance, distance, out=force)
        np.divide(k * k, force, out=force)
        np.multiply(adjacency, distance, out=pull)
        np.divide(pull, k, out=pull)
        np.subtract(force, pull, out=force)
        displacement = np.einsum("ijk,ij->ik", delta, force)
        length = np.sqrt(displacement[:, 0] * displacement[:, 0] + displacement[:, 1] * displacement[:, 1])
        length = np.clip(length, a_min=0.01, a_max=None)
        delta_pos = np.einsum("ij,i->ij", displacement, t / length)
        pos += delta_pos
        t -= dt
        if (np.linalg.norm(delta_pos) / n) < threshold:
            break
    return pos
