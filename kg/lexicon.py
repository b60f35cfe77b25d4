"""Reviewed reference data (kg/data/*.csv), loaded once into a frozen Lexicon.

The files are data reviewed like code: provinces (ISO 3166-2, GB/T 2260,
Wikidata), regions and their whole member provinces, the five cities with
separate planning status, MIIT officials, known people, organisers, sectors.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class Province:
    id: str
    name_zh: str
    short_zh: str
    abbr_zh: str
    name_en: str
    kind: str
    iso_3166_2: str
    gb_code: str
    wikidata: str


@dataclass(frozen=True, slots=True)
class City:
    name_zh: str
    short_zh: str
    name_en: str
    province_id: str
    gb_code: str
    wikidata: str


@dataclass(frozen=True, slots=True)
class Region:
    name_zh: str
    name_en: str
    members: tuple[str, ...]  # province ids, only where membership is whole
    wikidata: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Official:
    name_zh: str
    name_en: str
    role_zh: str
    role_en: str
    start: str  # YYYY-MM or ""
    end: str


@dataclass(frozen=True, slots=True)
class Sector:
    id: str
    pref_zh: str
    alt_zh: tuple[str, ...]
    pref_en: str
    broader: str  # sector id or ""
    gb4754: str  # GB/T 4754-2017 class notation or ""
    gb4754_name: str


@dataclass(frozen=True, slots=True)
class Person:
    name_zh: str
    name_en: str
    titles_zh: str
    wikidata: str


@dataclass(frozen=True, slots=True)
class Organizer:
    name_zh: str
    name_en: str
    aliases: tuple[str, ...]
    wikidata: str


@dataclass(frozen=True, slots=True)
class Prefecture:
    """A prefecture-level division (地级行政区: 庆阳市, 延边朝鲜族自治州) and its province."""

    name_zh: str
    short_zh: str  # "" where the short form is another place's name (吉林市, 海南藏族自治州)
    province_id: str
    gb_code: str


# Hashed by identity (eq=False): it is loaded once, and functions cached on it
# (kg.extract.lexindex.build, ...) would otherwise hash every row on every call.
@dataclass(frozen=True, slots=True, eq=False)
class Lexicon:
    provinces: tuple[Province, ...]
    cities: tuple[City, ...]
    regions: tuple[Region, ...]
    officials: tuple[Official, ...]
    sectors: tuple[Sector, ...]
    people: tuple[Person, ...]
    organizers: tuple[Organizer, ...]
    prefectures: tuple[Prefecture, ...] = ()

    def province(self, province_id: str) -> Province:
        return _by_id(self)[province_id]

    def mainland(self) -> tuple[Province, ...]:
        """The 31 mainland provincial units (no Taiwan, SARs or the Corps)."""
        return tuple(p for p in self.provinces if p.kind in {"province", "municipality", "autonomous-region"}
                     and p.id != "taiwan")


@cache
def _by_id(lexicon: Lexicon) -> dict[str, Province]:
    return {p.id: p for p in lexicon.provinces}


def _rows(name: str) -> list[dict[str, str]]:
    path = resources.files("kg") / "data" / name
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split(";") if v.strip())


@cache
def load() -> Lexicon:
    return Lexicon(
        provinces=tuple(
            Province(r["id"], r["name_zh"], r["short_zh"], r["abbr_zh"], r["name_en"], r["kind"],
                     r["iso_3166_2"], r["gb_code"], r["wikidata"])
            for r in _rows("provinces.csv")
        ),
        cities=tuple(
            City(r["name_zh"], r["short_zh"], r["name_en"], r["province_id"], r["gb_code"], r["wikidata"])
            for r in _rows("cities-separately-planned.csv")
        ),
        prefectures=tuple(
            Prefecture(r["name_zh"], r["short_zh"], r["province_id"], r["gb_code"]) for r in _rows("prefectures.csv")
        ),
        regions=tuple(
            Region(r["name_zh"], r["name_en"], tuple(r["member_province_ids"].split(";")) if
                   r["member_province_ids"] else (), r["wikidata"], _split(r.get("aliases")))
            for r in _rows("regions.csv")
        ),
        officials=tuple(
            Official(r["name_zh"], r["name_en"], r["role_zh"], r["role_en"], r["from"], r["to"])
            for r in _rows("officials.csv")
        ),
        sectors=tuple(
            Sector(r["id"], r["pref_zh"], _split(r["alt_zh"]), r["pref_en"], r["broader"], r["gb4754"],
                   r["gb4754_name"])
            for r in _rows("sectors.csv")
        ),
        people=tuple(Person(r["name_zh"], r["name_en"], r["titles_zh"], r["wikidata"]) for r in _rows("people.csv")),
        organizers=tuple(
            Organizer(r["name_zh"], r["name_en"], _split(r["aliases"]), r["wikidata"])
            for r in _rows("organizers.csv")
        ),
    )
