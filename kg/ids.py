"""Stable, readable, deterministic identifiers.

All resources live under one base namespace, `BASE`.  An IRI depends only on
what identifies the thing (a meeting: organiser, date, kind), never on the
order of the input or on the article that reported it, so two reports of the
same meeting get the same meeting IRI and the same input always gives the
same IRIs.  Chinese names become pinyin slugs (pypinyin) so IRIs stay ASCII.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path

from kg.numerals import chinese_number

BASE = "https://w3id.org/cn-meetings/"
ID = BASE + "id/"
ONTOLOGY = BASE + "ontology#"

# Prefix -> namespace, in the order a Turtle file declares them (kg.vocab binds the same in rdflib;
# plain strings here so that `kg query` shortens IRIs without importing rdflib).
PREFIXES: dict[str, str] = {
    "dcterms": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "kg": ONTOLOGY,
    "org": "http://www.w3.org/ns/org#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "prov": "http://www.w3.org/ns/prov#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "schema": "https://schema.org/",
    "sh": "http://www.w3.org/ns/shacl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "wd": "http://www.wikidata.org/entity/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}

# The generic kind of a meeting, from the head of its name (longest first).
MEETING_KINDS: tuple[tuple[str, str], ...] = (
    ("电视电话会议", "teleconference"),
    ("视频座谈会", "video-symposium"),
    ("视频会议", "video-conference"),
    ("常务会议", "executive-meeting"),
    ("全体会议", "plenary-meeting"),
    ("党组会议", "party-group-meeting"),
    ("委员长会议", "chairpersons-meeting"),
    ("领导小组会议", "leading-group-meeting"),
    ("座谈会", "symposium"),
    ("民主生活会", "democratic-life-meeting"),
    ("组织生活会", "organisational-life-meeting"),
    ("工作会议", "work-conference"),
    ("推进会", "promotion-meeting"),
    ("全会", "plenary-session"),
    ("大会", "congress"),
    ("会议", "meeting"),
)

_NON_SLUG = re.compile(r"[^a-z0-9]+")


_SLUGS_HELD = 65536  # slugs this process remembers (names repeat across meetings and builds)
_known: dict[str, str] = {}  # slugs of earlier builds, handed in by a build's cache (remember)
_used: dict[str, str] = {}  # slugs given since then


def slug(text: str) -> str:
    """ASCII slug of a (Chinese or Latin) name: 辛国斌 -> xin-guobin-like 'xin-guo-bin'."""
    made = _used.get(text)
    if made is None:
        made = _known.get(text) or _pinyin_slug(text)
        if len(_used) < _SLUGS_HELD:
            _used[text] = made
    return made


def _pinyin_slug(text: str) -> str:
    from pypinyin import lazy_pinyin  # 0.5 s to import: a build whose names are all known skips it

    latin = "-".join(lazy_pinyin(text.strip().lower(), errors="default"))
    return _NON_SLUG.sub("-", latin).strip("-") or short_hash(text)


def remember(known: dict[str, str]) -> None:
    """Start a build with the slugs of earlier builds (kg.cache keeps them under slugs_key)."""
    global _known
    _known = known
    _used.clear()


def used_slugs() -> dict[str, str]:
    """The slugs given since `remember`: what the next build will want again."""
    return dict(_used)


def add_used(slugs: dict[str, str]) -> None:
    """Slugs given in a forked process of this build (kg.outputs renders the page in one)."""
    for text, made in slugs.items():
        if len(_used) < _SLUGS_HELD:
            _used.setdefault(text, made)


def slugs_key() -> str:
    """What a slug depends on: this module and pypinyin's version (in its __init__),
    hashed without importing pypinyin."""
    from importlib.util import find_spec

    digest = hashlib.sha256(Path(__file__).read_bytes())
    spec = find_spec("pypinyin")
    if spec and spec.origin:
        digest.update(Path(spec.origin).read_bytes())
    return digest.hexdigest()


def short_hash(text: str, n: int = 10) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:n]


@lru_cache(maxsize=4096)
def meeting_kind(name: str) -> str:
    for head, kind in MEETING_KINDS:
        if head in name:
            return kind
    return "meeting"


def meeting_iri(organizer: str | None, date: str | None, name: str, doc_id: str) -> str:
    """Organiser + date + kind (+ the sitting's number: 主席团第五次会议 and 主席团常务主席第五次会议,
    held the same day, are two meetings; + a hash of the name when no organiser is known); undated
    meetings cannot be merged safely, so they are keyed by the reporting document instead."""
    org = slug(organizer) if organizer else "unknown-organizer"
    if date:
        named = "" if organizer else f"-{short_hash(name, 6)}"  # no convener known: only the name tells meetings apart
        return f"{ID}meeting/{org}/{date}/{meeting_kind(name)}{sitting(name)}{named}"
    return f"{ID}meeting/{org}/undated/{short_hash(doc_id + '|' + name)}"


_SITTING = re.compile(r"(常务主席)?第([一二两三四五六七八九十百零]+|\d+)次(?=[^第]{0,8}会议?$)")


def sitting(name: str) -> str:
    """'-5' for …第五次会议, '-standing-3' for …常务主席第三次会议; '' for a name with no number."""
    found = _SITTING.search(name)
    if not found:
        return ""
    return ("-standing" if found.group(1) else "") + f"-{chinese_number(found.group(2))}"


def person_iri(name: str) -> str:
    return f"{ID}person/{slug(name)}"


def province_iri(province_id: str) -> str:
    return f"{ID}province/{province_id}"


def city_iri(name_en: str) -> str:
    return f"{ID}city/{slug(name_en)}"


def region_iri(name_zh: str) -> str:
    """Named by its English name (长三角 -> yangtze-river-delta): pinyin of a
    region name is often wrong (长 read as zhang)."""
    return f"{ID}region/{slug(_region_names().get(name_zh, name_zh))}"


@lru_cache(maxsize=1)
def _region_names() -> dict[str, str]:
    from kg.lexicon import load  # the reviewed names; loaded once

    return {r.name_zh: re.sub(r"\s*\(.*\)", "", r.name_en) for r in load().regions}


def organization_iri(name: str) -> str:
    return f"{ID}organization/{slug(name)}"


def sector_iri(concept_id: str) -> str:
    return f"{ID}sector/{concept_id}"


def unmapped_sector_iri(label: str) -> str:
    """A sector term with no concept in the scheme (kg/data/sectors.csv)."""
    return f"{ID}sector/unmapped/{slug(label)}"


_INDEX = re.compile(r"\d+(?:\.\d+)?")


def article_iri(doc_id: str, sha256: str) -> str:
    """A source article: content hash of its file, plus the item index."""
    base = sha256[:16] if sha256 else short_hash(doc_id, 16)
    _, _, index = doc_id.rpartition("#")  # "file#3", a digest's brief "file#3.2"; a '#' in a file name is no index
    return f"{ID}article/{base}" + (f"-{index}" if _INDEX.fullmatch(index) else "")


def participation_iri(meeting: str, role: str, participant_slug: str) -> str:
    return f"{meeting}/{role}/{participant_slug}"


def measure_iri(article: str, ordinal: int) -> str:
    return f"{article}/measure/{ordinal}"
