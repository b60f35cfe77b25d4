"""A build's store from the Turtle statements of each named graph (kg.pieces):
bulk-loaded fresh, or, when few graphs changed, as an update of the previous
build's store.

The previous store is copied with RocksDB's checkpoint (hard links: a few
milliseconds), then the graphs that changed are replaced and those that are
gone dropped.  `store/GRAPHS` records the digest of each graph's statements
and the number of triples, so the next build knows what changed; a previous
store that does not match its record is not used.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from pathlib import Path

import pyoxigraph as ox

from kg.store import StoreReport, fresh_store

GRAPHS = "GRAPHS"  # inside store/, beside BUILD: RocksDB ignores files it does not name
UPDATE_AT_MOST = 0.1  # share of the graphs changed or gone; above it a fresh bulk load is as fast


def write_graphs(store_dir: Path, prefixes: str, blocks: Mapping[str, Sequence[str]],
                 previous: Path | None = None) -> StoreReport:
    """A store holding exactly `blocks` (named graph IRI -> Turtle statements),
    made from `previous` (the last build's store/) when it can be."""
    texts = {iri: "".join(blocks[iri]) for iri in sorted(blocks)}
    digests = {iri: hashlib.sha256(text.encode("utf-8")).hexdigest() for iri, text in texts.items()}
    opened = _open(previous) if previous else None
    old = _record(previous, opened) if previous and opened else None
    changed = [iri for iri in texts if old is None or old.get(iri) != digests[iri]]
    gone = [iri for iri in old or () if iri not in texts]
    if old is not None and len(changed) + len(gone) <= UPDATE_AT_MOST * len(texts):
        def update(store: ox.Store) -> None:
            for iri in [*changed, *gone]:
                if store.contains_named_graph(ox.NamedNode(iri)):
                    store.remove_graph(ox.NamedNode(iri))
            if changed:
                store.load(_trig(prefixes, texts, changed), ox.RdfFormat.TRIG)

        report = fresh_store(store_dir, update, len(texts), copy_of=opened)
    else:
        report = fresh_store(store_dir, lambda store: store.bulk_load(_trig(prefixes, texts, list(texts)),
                                                                      ox.RdfFormat.TRIG), len(texts))
    record = {"triples": report.triples, "graphs": digests}
    (Path(store_dir) / GRAPHS).write_text(json.dumps(record, sort_keys=True), encoding="utf-8")
    return report


def _trig(prefixes: str, texts: Mapping[str, str], graphs: list[str]) -> bytes:
    """One TriG document: Oxigraph parses and loads it with no Python per triple."""
    return (prefixes + "".join(f"\n<{iri}> {{{texts[iri]}}}\n" for iri in graphs)).encode("utf-8")


def _open(previous: Path) -> ox.Store | None:
    """The previous store, read-only (opened once: to count and to copy)."""
    try:
        return ox.Store.read_only(str(previous))
    except (OSError, ValueError, RuntimeError):  # none, or not a store: load afresh
        return None


def _record(previous: Path, store: ox.Store) -> dict[str, str] | None:
    """The previous store's graph digests, if it holds what its record says."""
    try:
        record = json.loads((previous / GRAPHS).read_text(encoding="utf-8"))
        if len(store) != record["triples"]:
            return None
        return dict(record["graphs"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
