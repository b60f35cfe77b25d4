"""Synthetic meetings for benchmarks, made from the five seed patterns.

Meeting i copies seed pattern i % 5 (its document text, people, regions,
sectors and measures, with every span still pointing into the text), moves
it to day i after 2000-01-01 (so each gets its own meeting IRI) and draws
its reporting provinces at random (fixed seed) from the 31 mainland ones.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import random

from kg.lexicon import Lexicon
from kg.model import PROVINCE_SPOKE, Meeting, Mention
from kg.render.sample import sample_lexicon, seed_meetings

START = dt.date(2000, 1, 1)


def synthetic_meetings(count: int, lexicon: Lexicon | None = None, seed: int = 7) -> list[Meeting]:
    lexicon = lexicon or sample_lexicon()
    patterns = seed_meetings(lexicon)
    provinces = [p.id for p in lexicon.mainland()]
    rng = random.Random(seed)
    return [_copy(patterns[i % len(patterns)], i, provinces, rng) for i in range(count)]


def _copy(base: Meeting, i: int, provinces: list[str], rng: random.Random) -> Meeting:
    day = START + dt.timedelta(days=i)
    doc_id = f"synthetic-{i:06d}.txt"
    published = dt.datetime.combine(day, dt.time(12), tzinfo=base.doc.published.tzinfo if base.doc.published else None)
    doc = dataclasses.replace(base.doc, id=doc_id, file=doc_id, published=published,
                              sha256=hashlib.sha256(doc_id.encode()).hexdigest())

    def move(m: Mention) -> Mention:
        return dataclasses.replace(m, doc_id=doc_id)

    spoke = [p for p in base.participations if p.role == PROVINCE_SPOKE]
    drawn = rng.sample(provinces, k=min(len(spoke), len(provinces)))
    parts = [dataclasses.replace(p, mention=move(p.mention)) for p in base.participations if p.role != PROVINCE_SPOKE]
    parts += [dataclasses.replace(p, participant=pid, mention=move(p.mention)) for p, pid in zip(spoke, drawn, strict=True)]
    return dataclasses.replace(
        base, doc=doc, sources=[doc], date=day, participations=parts,
        name_mention=move(base.name_mention) if base.name_mention else None,
        regions=[move(m) for m in base.regions], sectors=[move(m) for m in base.sectors],
        measures=[dataclasses.replace(m, mention=move(m.mention)) for m in base.measures],
        cited=[dataclasses.replace(c, mention=move(c.mention)) for c in base.cited])


