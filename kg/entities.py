"""The set of graph resources a build contains, with their IRIs.

Both the RDF graph (kg.rdf) and the HTML page (kg.render) are made from this
one view of the extracted meetings, so that a page shows exactly the
resources that `kg.ttl` holds, kind by kind.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

from kg import ids
from kg.lexicon import Lexicon
from kg.model import Document, Meeting

MEETING, PROVINCE, CITY, REGION, PERSON, SECTOR, MEASURE, ARTICLE, ORGANIZATION = (
    "meeting", "province", "city", "region", "person", "sector", "measure", "article", "organization",
)
MINISTRY = "工业和信息化部"  # the organisation of every post in lexicon.officials
UNMAPPED = "unmapped:"  # Entities.sectors value of a sector term not in the scheme: UNMAPPED + the term


@dataclass(slots=True)
class Entities:
    meetings: dict[str, Meeting] = field(default_factory=dict)  # IRI -> merged meeting
    articles: dict[str, Document] = field(default_factory=dict)
    provinces: dict[str, str] = field(default_factory=dict)  # IRI -> province id
    cities: dict[str, str] = field(default_factory=dict)  # IRI -> city short_zh
    regions: dict[str, str] = field(default_factory=dict)  # IRI -> region name_zh
    people: dict[str, str] = field(default_factory=dict)  # IRI -> name
    organizations: dict[str, str] = field(default_factory=dict)  # IRI -> name
    sectors: dict[str, str] = field(default_factory=dict)  # IRI -> sector id, or UNMAPPED + term

    def counts(self) -> dict[str, int]:
        measures = sum(len(m.measures) for m in self.meetings.values())
        return {MEETING: len(self.meetings), ARTICLE: len(self.articles), PROVINCE: len(self.provinces),
                CITY: len(self.cities), REGION: len(self.regions), PERSON: len(self.people),
                ORGANIZATION: len(self.organizations), SECTOR: len(self.sectors), MEASURE: measures}


def meeting_iri(meeting: Meeting) -> str:
    return ids.meeting_iri(meeting.organizer, meeting.date.isoformat() if meeting.date else None,
                           meeting.name, meeting.doc.id)


def article_iri(doc: Document) -> str:
    return ids.article_iri(doc.id, doc.sha256)


def sector_concept(label: str, lexicon: Lexicon) -> str | None:
    """The scheme's concept a sector label names: its own, else that of the scheme label it holds
    (高档数控机床 -> machine-tools; the one that ends it first, then the longest); None if it holds none."""
    return _sector_concept(label, lexicon)


_INDUSTRY_SUFFIX = re.compile(r"(?:行业|产业)$")


@lru_cache(maxsize=65536)
def _sector_concept(label: str, lexicon: Lexicon) -> str | None:
    index = sector_index(lexicon)
    if label in index:
        return index[label]
    label = _INDUSTRY_SUFFIX.sub("", label) or label  # 水泥玻璃行业 names what 水泥玻璃 names
    if label in index:
        return index[label]
    held = [known for known in _labels_by_length(lexicon) if known in label]
    if not held:
        return None
    ending = [known for known in held if label.endswith(known)]
    return index[(ending or held)[0]]


@cache
def _labels_by_length(lexicon: Lexicon) -> tuple[str, ...]:
    return tuple(sorted(sector_index(lexicon), key=lambda known: (-len(known), known)))


@cache
def sector_index(lexicon: Lexicon) -> dict[str, str]:
    """Every Chinese label (pref and alt) -> sector concept id."""
    index: dict[str, str] = {}
    for sector in lexicon.sectors:
        for label in (sector.pref_zh, *sector.alt_zh):
            index.setdefault(label, sector.id)
    return index


def collect(meetings: Sequence[Meeting], lexicon: Lexicon) -> Entities:
    """Meetings must already be merged (one Meeting per meeting IRI)."""
    found = Entities()
    cities = {c.short_zh: c for c in lexicon.cities}
    regions = {r.name_zh: r for r in lexicon.regions}
    for meeting in sorted(meetings, key=meeting_iri):
        found.meetings[meeting_iri(meeting)] = meeting
        for doc in meeting.sources or [meeting.doc]:
            found.articles[article_iri(doc)] = doc
        if meeting.organizer:
            found.organizations[ids.organization_iri(meeting.organizer)] = meeting.organizer
        for part in meeting.participations:
            if part.kind == "person":
                found.people[ids.person_iri(part.participant)] = part.participant
            elif part.kind == "province":
                found.provinces[ids.province_iri(part.participant)] = part.participant
            elif part.kind == "city":
                found.cities[ids.city_iri(cities[part.participant].name_en)] = part.participant
        for mention in meeting.regions:
            found.regions[ids.region_iri(mention.value)] = mention.value
            for member in regions[mention.value].members:
                found.provinces[ids.province_iri(member)] = member
        for mention in meeting.sectors:
            concept = sector_concept(mention.value, lexicon)
            if concept:
                found.sectors[ids.sector_iri(concept)] = concept
            else:
                found.sectors[ids.unmapped_sector_iri(mention.value)] = UNMAPPED + mention.value
    _add_broader_sectors(found, lexicon)
    _add_ministry(found, lexicon)
    return found


def _add_broader_sectors(found: Entities, lexicon: Lexicon) -> None:
    """A used sector brings its broader chain (the graph links them by skos:broader)."""
    broader = {s.id: s.broader for s in lexicon.sectors}
    for concept in list(found.sectors.values()):
        parent, seen = broader.get(concept, ""), {concept}
        while parent and parent in broader and parent not in seen:  # `seen` guards against cycles
            seen.add(parent)
            found.sectors[ids.sector_iri(parent)] = parent
            parent = broader[parent]


def _add_ministry(found: Entities, lexicon: Lexicon) -> None:
    """MIIT officials' posts are dated memberships of the ministry, so it is a resource too."""
    officials = {o.name_zh for o in lexicon.officials}
    if officials.intersection(found.people.values()):
        found.organizations[ids.organization_iri(MINISTRY)] = MINISTRY
