"""The page's graph model: a networkx DiGraph made from `Entities` alone.

Nodes are keyed by IRI and carry `kind`, `label` and `data` (fields for the
details panel); every Entities resource becomes exactly one node.  Edges
carry the roles they stand for, a weight (how many mentions they merge) and
the evidence: (role, sentence, article IRI, rule) per mention.
"""

from __future__ import annotations

import re
from functools import lru_cache

import networkx as nx

from kg import entities as E
from kg import ids
from kg.entities import Entities, article_iri
from kg.lexicon import Lexicon
from kg.model import PROVINCE_SPOKE, Document, Meeting, Mention
from kg.render import kinds as K
from kg.render.evidence import documents, mention_sentence, source_doc

_SAFE_URL = re.compile(r"^https?://", re.IGNORECASE)
PROVINCE_MIN, PROVINCE_MAX = 8, 32  # pixel radius of provinces that reported at no / the most meetings


class _Names:
    """Lexicon look-ups: English names and details by Chinese name or id."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.provinces = {p.id: p for p in lexicon.provinces}
        self.cities = {c.short_zh: c for c in lexicon.cities}
        self.regions = {r.name_zh: r for r in lexicon.regions}
        self.sectors = {s.id: s for s in lexicon.sectors}
        self.lexicon = lexicon
        self.people = {p.name_zh: p.name_en for p in lexicon.officials}
        self.people.update({p.name_zh: p.name_en for p in lexicon.people})
        self.orgs = {a: o.name_en for o in lexicon.organizers for a in (o.name_zh, *o.aliases)}
        # IRIs of names go through pinyin, which is slow: once per name per build.
        self.person_iri = lru_cache(maxsize=None)(ids.person_iri)
        self.organization_iri = lru_cache(maxsize=None)(ids.organization_iri)
        self.region_iri = lru_cache(maxsize=None)(ids.region_iri)


def build_graph(found: Entities, lexicon: Lexicon) -> nx.DiGraph:
    g = nx.DiGraph()
    names = _Names(lexicon)
    _add_places(g, found, names)
    _add_agents(g, found, names)
    for iri, doc in found.articles.items():
        g.add_node(iri, kind=E.ARTICLE, label=_article_label(doc), data=_article_data(doc))
    for iri, meeting in found.meetings.items():
        _add_meeting(g, iri, meeting, found, names)
    _add_structure(g, found, names)
    _size_provinces(g, found)
    return g


def _size_provinces(g: nx.DiGraph, found: Entities) -> None:
    """Node radius grows with the number of meetings a province reported at."""
    for iri in found.provinces:
        g.nodes[iri]["data"]["nr"] = sum(PROVINCE_SPOKE in g.edges[m, iri]["roles"] for m in g.predecessors(iri))
    top = max((g.nodes[iri]["data"]["nr"] for iri in found.provinces), default=0) or 1
    for iri in found.provinces:
        g.nodes[iri]["size"] = round(PROVINCE_MIN + (PROVINCE_MAX - PROVINCE_MIN) * g.nodes[iri]["data"]["nr"] / top)


def _add_places(g: nx.DiGraph, found: Entities, names: _Names) -> None:
    for iri, pid in found.provinces.items():
        p = names.provinces[pid]
        g.add_node(iri, kind=E.PROVINCE, label=p.short_zh,
                   data={"zh": p.name_zh, "en": p.name_en, "iso": p.iso_3166_2})
    for iri, short in found.cities.items():
        c = names.cities[short]
        g.add_node(iri, kind=E.CITY, label=short, data={"zh": c.name_zh, "en": c.name_en})
    for iri, name in found.regions.items():
        r = names.regions.get(name)
        g.add_node(iri, kind=E.REGION, label=name, data={"en": r.name_en if r else ""})


def _add_agents(g: nx.DiGraph, found: Entities, names: _Names) -> None:
    for iri, name in found.people.items():
        g.add_node(iri, kind=E.PERSON, label=name, data={"en": names.people.get(name, ""), "tt": []})
    for iri, name in found.organizations.items():
        g.add_node(iri, kind=E.ORGANIZATION, label=name, data={"en": names.orgs.get(name, "")})
    for iri, sid in found.sectors.items():
        s = names.sectors.get(sid)
        g.add_node(iri, kind=E.SECTOR, label=s.pref_zh if s else sid, data={"en": s.pref_en if s else ""})


def _add_meeting(g: nx.DiGraph, iri: str, m: Meeting, found: Entities, names: _Names) -> None:
    docs = documents(m)
    g.add_node(iri, kind=E.MEETING, label=_meeting_label(m), data=_meeting_data(m))

    def link(target: str, role: str, mention: Mention | None) -> None:
        doc = source_doc(m, mention, docs)
        _link(g, iri, target, role, (role, mention_sentence(m, mention, docs), article_iri(doc),
                                     mention.rule if mention else ""))

    for doc in docs.values():
        _link(g, iri, article_iri(doc), K.SOURCE, (K.SOURCE, "", article_iri(doc), ""))
    if m.organizer:
        link(names.organization_iri(m.organizer), K.ORGANIZER, m.name_mention)
    for part in m.participations:
        link(_participant_iri(part.kind, part.participant, names), part.role, part.mention)
        if part.kind == "person" and part.title:
            _add_title(g.nodes[names.person_iri(part.participant)]["data"], part.title)
    for mention in m.regions:
        link(names.region_iri(mention.value), K.REGION, mention)
    for mention in m.sectors:
        if concept := E.sector_concept(mention.value, names.lexicon):
            link(ids.sector_iri(concept), K.SECTOR, mention)
    for measure in m.measures:
        doc = source_doc(m, measure.mention, docs)
        target = ids.measure_iri(article_iri(doc), measure.ordinal)
        g.add_node(target, kind=E.MEASURE, label=f"措施 {measure.ordinal}",
                   data={"t": measure.text, "o": measure.ordinal})
        link(target, K.MEASURE, measure.mention)


def _add_structure(g: nx.DiGraph, found: Entities, names: _Names) -> None:
    """Region membership and sector hierarchy, between nodes already present."""
    for iri, name in found.regions.items():
        region = names.regions.get(name)
        for member in region.members if region else ():
            target = ids.province_iri(member)
            if target in g:
                _link(g, iri, target, K.MEMBER, (K.MEMBER, "", "", "lexicon"))
    for iri, sid in found.sectors.items():
        sector = names.sectors.get(sid)
        target = ids.sector_iri(sector.broader) if sector and sector.broader else ""
        if target in g:
            _link(g, iri, target, K.BROADER, (K.BROADER, "", "", "lexicon"))


def _participant_iri(kind: str, participant: str, names: _Names) -> str:
    if kind == "person":
        return names.person_iri(participant)
    if kind == "province":
        return ids.province_iri(participant)
    return ids.city_iri(names.cities[participant].name_en)


def _link(g: nx.DiGraph, head: str, tail: str, role: str, evidence: tuple[str, str, str, str]) -> None:
    """Add or merge the edge head -> tail; the first evidence is the tail's provenance."""
    if tail not in g:
        return  # not a resource of this build (Entities decides)
    g.nodes[tail].setdefault("src", evidence[2] or None)
    if g.has_edge(head, tail):
        edge = g.edges[head, tail]
        edge["weight"] += 1
        if role not in edge["roles"]:
            edge["roles"].append(role)
        edge["evidence"].append(evidence)
    else:
        g.add_edge(head, tail, roles=[role], weight=1, evidence=[evidence])


def _add_title(data: dict, title: str) -> None:
    if title not in data["tt"]:
        data["tt"].append(title)


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _meeting_label(m: Meeting) -> str:
    return f"{m.date.isoformat() if m.date else '(undated)'}\n{_short(m.name, 14)}"


def _meeting_data(m: Meeting) -> dict:
    return {"n": m.name, "d": m.date.isoformat() if m.date else "", "f": m.format or "",
            "o": m.organizer or "", "pc": m.provinces_claimed_count, "ap": m.provinces_all_present,
            "c": [[c.name, c.date.isoformat() if c.date else ""] for c in m.cited], "w": list(m.warnings)}


def _article_label(doc: Document) -> str:
    day = doc.published_date.isoformat() if doc.published_date else ""
    return f"{doc.outlet or _short(doc.title, 10)}\n{day}".strip()


def _article_data(doc: Document) -> dict:
    return {"t": doc.title, "o": doc.outlet or "", "p": doc.published.isoformat() if doc.published else "",
            "u": doc.url if doc.url and _SAFE_URL.match(doc.url) else "", "f": doc.file,
            "sc": doc.source_cited or "", "ot": doc.original_title or ""}
