"""Merged meetings -> rdflib Graph in the vocabulary of ontology/kg.ttl;
`serialize_turtle` (from kg.vocab) writes it as deterministic Turtle.

The graph holds exactly the resources of `kg.entities.collect`, typed with
`KIND_CLASSES`, so per-kind counts over kg.ttl match the HTML page.  Every
participation, measure and cited meeting carries its evidence: article,
sentence, span offsets in the cleaned text, and the rule that fired.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from kg import entities, ids, model
from kg.bounds import sentence_bounds
from kg.lexicon import City, Lexicon, Official, Province, Region
from kg.model import BEIJING, Document, Meeting, Mention, Participation
from kg.vocab import DCTERMS, FOAF, KG, ORG, PROV, RDF, RDFS, SCHEMA, SKOS, WD, XSD, bind_prefixes, serialize_turtle

__all__ = ["DATE_UNKNOWN", "KIND_CLASSES", "evidence_sentence", "graph_of", "serialize_turtle", "to_graph",
           "to_triples"]

Triple = tuple[Node, Node, Node]
Sink = Graph | set  # what the builders below add triples to

DATE_UNKNOWN = "date unknown"  # the kg:warning the shapes accept in place of a date
ORGANIZER_UNKNOWN = "organizer unknown"  # likewise for a meeting whose convener the text does not name
ZH = "zh"

ROLES = {model.CHAIR: KG.Chair, model.SPEAKER: KG.Speaker, model.OFFICIAL: KG.OfficialPresent,
         model.PROVINCE_SPOKE: KG.ReportingProvince, model.PROVINCE_PRESENT: KG.ProvincePresent}
SHORTCUTS = {model.CHAIR: KG.chair, model.SPEAKER: KG.speaker, model.OFFICIAL: KG.officialPresent,
             model.PROVINCE_SPOKE: KG.provinceSpoke, model.PROVINCE_PRESENT: KG.provincePresent}
FORMATS = {model.VIDEO: KG.VideoConference, model.TELECONFERENCE: KG.Teleconference,
           model.IN_PERSON: KG.InPerson}
# The class that counts a resource of each kind of entities.Entities.counts().
KIND_CLASSES = {entities.MEETING: KG.Meeting, entities.ARTICLE: SCHEMA.NewsArticle,
                entities.PROVINCE: KG.Province, entities.CITY: KG.City, entities.REGION: KG.Region,
                entities.PERSON: FOAF.Person, entities.ORGANIZATION: ORG.Organization,
                entities.SECTOR: KG.Sector, entities.MEASURE: KG.Measure}
SECTOR_SCHEME = URIRef(ids.ID + "scheme/sectors")
_TRIM = " \t\u3000"
# pinyin slugs cost ~0.2 ms each; names repeat across meetings
_person_iri = cache(ids.person_iri)
_organization_iri = cache(ids.organization_iri)
_region_iri = cache(ids.region_iri)


def to_graph(meetings: Sequence[Meeting], lexicon: Lexicon, found: entities.Entities | None = None) -> Graph:
    """The graph of merged meetings (see kg.merge.merge_meetings); `found` is
    their `entities.collect`, when the caller already has it."""
    return graph_of(to_triples(meetings, lexicon, found))


def graph_of(triples: Iterable[Triple]) -> Graph:
    g = bind_prefixes(Graph())
    g.addN((s, p, o, g) for s, p, o in triples)
    return g


def to_triples(meetings: Sequence[Meeting], lexicon: Lexicon, found: entities.Entities | None = None
               ) -> set[Triple]:
    """The same triples as a plain set: what a build writes (serialize_turtle
    takes it), without the cost of an rdflib store (~0.15 ms per triple)."""
    shared, parts = to_parts(meetings, lexicon, found)
    return shared.union(*parts.values())


def to_parts(meetings: Sequence[Meeting], lexicon: Lexicon, found: entities.Entities | None = None
             ) -> tuple[set[Triple], dict[str, set[Triple]]]:
    """(shared triples, triples of each meeting by its IRI): a meeting's part
    holds it, its participations, measures, cited meetings and source articles
    (kg.validate checks parts one by one); the shared part the rest."""
    found = found or entities.collect(meetings, lexicon)
    if len(found.meetings) != len(meetings):
        raise ValueError("several meetings share an IRI: merge them first (kg.merge.merge_meetings)")
    cities = {c.short_zh: c for c in lexicon.cities}
    parts = {iri: meeting_part(iri, meeting, lexicon, found, cities) for iri, meeting in found.meetings.items()}
    return shared_part(found, lexicon), parts


def meeting_part(iri: str, meeting: Meeting, lexicon: Lexicon, found: entities.Entities,
                 cities: dict[str, City] | None = None) -> set[Triple]:
    """One meeting's part (see to_parts); `cities` by short name, if the caller has them."""
    part: set[Triple] = set()
    _meeting(part, URIRef(iri), meeting, lexicon, cities or {c.short_zh: c for c in lexicon.cities})
    for article in dict.fromkeys(entities.article_iri(d) for d in meeting.sources or [meeting.doc]):
        _article(part, URIRef(article), found.articles[article])
    return part


def shared_part(found: entities.Entities, lexicon: Lexicon) -> set[Triple]:
    """The shared part: vocabulary terms, places, people, organisations, sectors."""
    g: set[Triple] = set()
    _vocabulary_terms(g)
    cities = {c.short_zh: c for c in lexicon.cities}
    for iri, province_id in found.provinces.items():
        _province(g, URIRef(iri), lexicon.province(province_id))
    for iri, short in found.cities.items():
        _city(g, URIRef(iri), cities[short], found.provinces)
    regions = {r.name_zh: r for r in lexicon.regions}
    for iri, name in found.regions.items():
        _region(g, URIRef(iri), regions[name])
    for iri, name in found.people.items():
        _person(g, URIRef(iri), name, lexicon)
    for iri, name in found.organizations.items():
        _organization(g, URIRef(iri), name, lexicon)
    _sectors(g, found.sectors.values(), lexicon)
    return g


def evidence_sentence(text: str, start: int, end: int) -> str:
    """The sentence(s) of `text` around [start, end)."""
    left, right = sentence_bounds(text, start, end)
    return text[left:right].strip(_TRIM)


def _zh(text: str) -> Literal:
    return Literal(text, lang=ZH)


def _add_all(g: Sink, node: Node, pairs: Sequence[tuple[Node, Node | None]]) -> None:
    """Add (node, p, o) for every pair whose object is present."""
    for p, o in pairs:
        if o is not None:
            g.add((node, p, o))


@cache
def _ontology() -> Graph:
    text = (resources.files("kg") / "ontology" / "kg.ttl").read_text(encoding="utf-8")
    return Graph().parse(data=text, format="turtle")


def _vocabulary_terms(g: Sink) -> None:
    """Copy the role and format individuals from the ontology, so their labels
    travel with the data."""
    onto = _ontology()
    for term in (*ROLES.values(), *FORMATS.values(), KG.ParticipationRoles, KG.MeetingFormats):
        for p, o in onto.predicate_objects(term):
            g.add((term, p, o))


def _meeting(g: Sink, node: URIRef, m: Meeting, lexicon: Lexicon, cities: dict[str, City]) -> None:
    docs = {d.id: d for d in m.sources or [m.doc]}
    date = Literal(m.date.isoformat(), datatype=XSD.date) if m.date else None
    warnings = list(m.warnings) + ([DATE_UNKNOWN] if m.date is None else [])
    warnings += [ORGANIZER_UNKNOWN] if m.organizer is None else []
    count = m.provinces_claimed_count
    _add_all(g, node, [
        (RDF.type, KG.Meeting), (RDF.type, SCHEMA.Event), (SCHEMA.name, _zh(m.name)),
        (RDFS.label, _zh(m.name)),
        (KG.kind, Literal(ids.meeting_kind(m.name))), (SCHEMA.startDate, date),
        (SCHEMA.endDate, Literal(m.end_date.isoformat(), datatype=XSD.date) if m.end_date else None),
        (KG["format"], FORMATS.get(m.format or "")),  # not KG.format: that is str.format
        (SCHEMA.organizer, URIRef(_organization_iri(m.organizer)) if m.organizer else None),
        (KG.claimedProvinceCount, Literal(count) if count is not None else None),
        (KG.allProvincesPresent, Literal(True) if m.provinces_all_present else None),
        *((KG.warning, Literal(w)) for w in warnings),
        *((PROV.wasDerivedFrom, URIRef(entities.article_iri(d))) for d in docs.values()),
        *((KG.region, URIRef(_region_iri(r.value))) for r in m.regions),
    ])
    for mention in m.sectors:
        g.add((node, KG.sectorTerm, _zh(mention.value)))
        concept = entities.sector_concept(mention.value, lexicon)
        sector = ids.sector_iri(concept) if concept else ids.unmapped_sector_iri(mention.value)
        g.add((node, KG.sector, URIRef(sector)))
    for part in m.participations:
        _participation(g, node, part, _participant_iri(part, cities), docs, m.doc)
    for measure in m.measures:
        doc = _source(measure.mention, docs, m.doc)
        item = URIRef(ids.measure_iri(entities.article_iri(doc), measure.ordinal))
        g.add((node, KG.measure, item))
        _add_all(g, item, [(RDF.type, KG.Measure), (KG.ordinal, Literal(measure.ordinal)),
                           (KG.text, _zh(measure.text))])
        _evidence(g, item, measure.mention, doc)
    for cited in m.cited:
        key = f"{cited.name}|{cited.date.isoformat() if cited.date else ''}"
        item = URIRef(f"{node}/cited/{ids.short_hash(key)}")
        g.add((node, KG.citedMeeting, item))
        date = Literal(cited.date.isoformat(), datatype=XSD.date) if cited.date else None
        _add_all(g, item, [(RDF.type, KG.CitedMeeting), (RDF.type, SCHEMA.Event),
                           (SCHEMA.name, _zh(cited.name)), (RDFS.label, _zh(cited.name)),
                           (SCHEMA.startDate, date)])
        _evidence(g, item, cited.mention, _source(cited.mention, docs, m.doc))


def _participant_iri(part: Participation, cities: dict[str, City]) -> str:
    if part.kind == "person":
        return _person_iri(part.participant)
    if part.kind == "city":
        return ids.city_iri(cities[part.participant].name_en)
    return ids.province_iri(part.participant)


def _participation(g: Sink, meeting: URIRef, part: Participation, participant: str,
                   docs: dict[str, Document], primary: Document) -> None:
    node = URIRef(ids.participation_iri(str(meeting), part.role, participant.rsplit("/", 1)[1]))
    who = URIRef(participant)
    _add_all(g, node, [
        (RDF.type, KG.Participation), (KG.meeting, meeting), (KG.participant, who),
        (KG.role, ROLES[part.role]),
        (KG.personTitle, _zh(part.title) if part.title else None),
    ])
    g.add((meeting, SHORTCUTS[part.role], who))
    _evidence(g, node, part.mention, _source(part.mention, docs, primary))


def _source(mention: Mention, docs: dict[str, Document], primary: Document) -> Document:
    """The document a mention's span points into (the primary one if unset)."""
    if not mention.doc_id:
        return primary
    if mention.doc_id not in docs:
        raise ValueError(f"mention {mention.value!r} points into {mention.doc_id!r}, not a meeting source")
    return docs[mention.doc_id]


def _evidence(g: Sink, node: URIRef, mention: Mention, doc: Document) -> None:
    span = mention.span
    _add_all(g, node, [
        (PROV.wasDerivedFrom, URIRef(entities.article_iri(doc))),
        (KG.evidenceText, _zh(evidence_sentence(doc.text, span.start, span.end))),
        (KG.surfaceText, _zh(span.text)), (KG.evidenceStart, Literal(span.start)),
        (KG.evidenceEnd, Literal(span.end)), (KG.extractor, Literal(mention.rule)),
    ])


_WEB_URL = re.compile(r"^https?://[^\s<>\"{}|\\^`]+$")


def _article(g: Sink, node: URIRef, doc: Document) -> None:
    issued = doc.published.astimezone(BEIJING).isoformat() if doc.published else None
    _add_all(g, node, [
        (RDF.type, SCHEMA.NewsArticle), (DCTERMS.title, _zh(doc.title)), (RDFS.label, _zh(doc.title)),
        (DCTERMS.identifier, Literal(doc.id)), (KG.fileName, Literal(doc.file)),
        (DCTERMS.issued, Literal(issued, datatype=XSD.dateTime) if issued else None),
        (KG.itemTitle, _zh(doc.item) if doc.item else None),
        (KG.outlet, _zh(doc.outlet) if doc.outlet else None),
        (KG.sourceCited, _zh(doc.source_cited) if doc.source_cited else None),
        (KG.originalTitle, _zh(doc.original_title) if doc.original_title else None),
        (KG.editor, _zh(doc.editor) if doc.editor else None),
        (SCHEMA.url, Literal(doc.url, datatype=XSD.anyURI) if doc.url and _WEB_URL.match(doc.url) else None),
        (KG.sha256, Literal(doc.sha256) if doc.sha256 else None),
    ])


def _place(g: Sink, node: URIRef, zh: str, en: str, wikidata: str, gb_code: str) -> None:
    _add_all(g, node, [
        (RDFS.label, _zh(zh)), (RDFS.label, Literal(en, lang="en") if en else None),
        (KG.gbCode, Literal(gb_code) if gb_code else None),
        (SKOS.exactMatch, WD[wikidata] if wikidata else None),
    ])


def _province(g: Sink, node: URIRef, p: Province) -> None:
    _place(g, node, p.name_zh, p.name_en, p.wikidata, p.gb_code)
    _add_all(g, node, [
        (RDF.type, KG.Province), (RDF.type, SCHEMA.AdministrativeArea), (KG.divisionKind, Literal(p.kind)),
        (KG.shortName, _zh(p.short_zh)), (SKOS.altLabel, _zh(p.short_zh)),
        (KG.abbreviation, _zh(p.abbr_zh) if p.abbr_zh else None),
        (SKOS.altLabel, _zh(p.abbr_zh) if p.abbr_zh else None),
        (KG.iso3166_2, Literal(p.iso_3166_2) if p.iso_3166_2 else None),
    ])


def _city(g: Sink, node: URIRef, c: City, provinces: dict[str, str]) -> None:
    _place(g, node, c.name_zh, c.name_en, c.wikidata, c.gb_code)
    parent = ids.province_iri(c.province_id)
    _add_all(g, node, [
        (RDF.type, KG.City), (RDF.type, SCHEMA.City), (RDF.type, SCHEMA.AdministrativeArea),
        (KG.shortName, _zh(c.short_zh)), (SKOS.altLabel, _zh(c.short_zh)),
        # only a province the graph holds: no dangling, untyped nodes
        (SCHEMA.containedInPlace, URIRef(parent) if parent in provinces else None),
    ])


def _region(g: Sink, node: URIRef, r: Region) -> None:
    _place(g, node, r.name_zh, r.name_en, r.wikidata, "")
    _add_all(g, node, [(RDF.type, KG.Region), (RDF.type, SCHEMA.Place),
                       *((SCHEMA.containsPlace, URIRef(ids.province_iri(m))) for m in r.members)])


def _person(g: Sink, node: URIRef, name: str, lexicon: Lexicon) -> None:
    known = [p for p in lexicon.people if p.name_zh == name]
    posts = [o for o in lexicon.officials if o.name_zh == name]
    english = next((x.name_en for x in (*posts, *known) if x.name_en), None)
    _add_all(g, node, [
        (RDF.type, FOAF.Person), (RDF.type, SCHEMA.Person), (RDFS.label, _zh(name)),
        (RDFS.label, Literal(english, lang="en") if english else None),
        *((SKOS.exactMatch, WD[p.wikidata]) for p in known if p.wikidata),
    ])
    for official in posts:
        _memberships(g, node, official)


def _memberships(g: Sink, person: URIRef, official: Official) -> None:
    """One dated org:Membership of the ministry per post (部长、党组书记 -> two)."""
    zh_posts = [p for p in official.role_zh.split("、") if p]
    en_posts = [p.strip() for p in official.role_en.split(";")]
    ministry = URIRef(_organization_iri(entities.MINISTRY))
    for i, post_zh in enumerate(zh_posts):
        post = URIRef(f"{ids.ID}post/{ids.slug(post_zh)}")
        post_en = en_posts[i] if len(en_posts) == len(zh_posts) else None
        _add_all(g, post, [(RDF.type, KG.Post), (RDF.type, ORG.Role), (RDFS.label, _zh(post_zh)),
                           (RDFS.label, Literal(post_en, lang="en") if post_en else None)])
        member = URIRef(f"{ids.ID}membership/{person.rsplit('/', 1)[1]}/{ids.slug(post_zh)}"
                        + (f"/{official.start}" if official.start else ""))
        _add_all(g, member, [
            (RDF.type, ORG.Membership), (ORG.member, person), (ORG.organization, ministry), (ORG.role, post),
            (SCHEMA.startDate, Literal(official.start, datatype=XSD.gYearMonth) if official.start else None),
            (SCHEMA.endDate, Literal(official.end, datatype=XSD.gYearMonth) if official.end else None),
        ])


def _organization(g: Sink, node: URIRef, name: str, lexicon: Lexicon) -> None:
    known = next((o for o in lexicon.organizers if name in (o.name_zh, *o.aliases)), None)
    _add_all(g, node, [(RDF.type, ORG.Organization), (RDFS.label, _zh(name))])
    if known:
        _add_all(g, node, [
            (RDFS.label, Literal(known.name_en, lang="en") if known.name_en else None),
            (SKOS.exactMatch, WD[known.wikidata] if known.wikidata else None),
            *((SKOS.altLabel, _zh(a)) for a in known.aliases if a != name),
        ])


def _sectors(g: Sink, used: Iterable[str], lexicon: Lexicon) -> None:
    by_id = {s.id: s for s in lexicon.sectors}
    concepts = [by_id[i] for i in used if not i.startswith(entities.UNMAPPED)]
    for term in (i[len(entities.UNMAPPED):] for i in used if i.startswith(entities.UNMAPPED)):
        # a term the scheme lacks: a concept of its own, outside the scheme, marked
        _add_all(g, URIRef(ids.unmapped_sector_iri(term)), [
            (RDF.type, KG.Sector), (RDF.type, SKOS.Concept), (SKOS.prefLabel, _zh(term)),
            (RDFS.label, _zh(term)), (KG.unmapped, Literal(True))])
    if concepts:
        _add_all(g, SECTOR_SCHEME, [(RDF.type, SKOS.ConceptScheme), (RDFS.label, _zh("行业")),
                                    (RDFS.label, Literal("sectors", lang="en"))])
    for s in concepts:
        node = URIRef(ids.sector_iri(s.id))
        en = Literal(s.pref_en, lang="en") if s.pref_en else None
        _add_all(g, node, [
            (RDF.type, KG.Sector), (RDF.type, SKOS.Concept), (SKOS.inScheme, SECTOR_SCHEME),
            (SKOS.prefLabel, _zh(s.pref_zh)), (SKOS.prefLabel, en),
            (RDFS.label, _zh(s.pref_zh)), (RDFS.label, en),
            *((SKOS.altLabel, _zh(a)) for a in s.alt_zh if a != s.pref_zh),
            (SKOS.broader, URIRef(ids.sector_iri(s.broader)) if s.broader else None),
            (SKOS.topConceptOf, None if s.broader else SECTOR_SCHEME),
            (SKOS.notation, Literal(s.gb4754, datatype=KG.GB4754Code) if s.gb4754 else None),
            (KG.gb4754Name, _zh(s.gb4754_name) if s.gb4754 and s.gb4754_name else None),
        ])

