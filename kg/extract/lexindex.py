"""Compiled matchers built once from the lexicon and the cue file.

Gazetteers become trie-shaped regular expressions: Python's `re` then walks
one character at a time instead of trying every alternative at every position,
and the longest label wins at each position.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from kg.lexicon import Lexicon
from kg.lexicon import load as load_lexicon

CORPS_NAMES = ("新疆生产建设兵团", "新疆兵团", "兵团")


def trie_pattern(words: Iterable[str]) -> str:
    """A regex matching any of `words`, longest alternative first at each branch."""
    trie: dict = {}
    for word in words:
        if not word:
            continue
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = True
    return _render(trie)


def _render(node: dict) -> str:
    end = node.get("") is True
    branches = [re.escape(char) + _render(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if end:
        return f"(?:{body})?"
    return body


def alternation(words: Iterable[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))) + ")"


@dataclass(frozen=True, slots=True, eq=False)  # hashed by identity: built once
class Index:
    """Everything the extractors match against, compiled once."""

    lexicon: Lexicon
    cues: dict
    province_re: re.Pattern[str]
    province_of: dict[str, str]  # surface name -> province id
    city_re: re.Pattern[str]
    city_of: dict[str, str]  # surface name -> city short_zh
    region_re: re.Pattern[str]
    regions_of: dict[str, tuple[str, ...]]  # alias -> region names (中西部 -> 中部, 西部)
    sector_re: re.Pattern[str] | None
    sector_of: dict[str, str]  # scheme label -> concept id
    known_people: frozenset[str]
    surnames: frozenset[str]
    organizer_re: re.Pattern[str] | None
    organizer_of: dict[str, str]  # alias -> canonical name

    def cue_re(self, section: str, key: str) -> str:
        return alternation(self.cues[section][key])


def _cues() -> dict:
    return tomllib.loads((resources.files("kg") / "data" / "cues.toml").read_text(encoding="utf-8"))


def _surnames() -> frozenset[str]:
    path = resources.files("kg") / "data" / "surnames.txt"
    if not path.is_file():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(s.strip() for s in lines if s.strip() and not s.startswith("#"))


def _compile(words: Iterable[str], suffix: str = "") -> re.Pattern[str] | None:
    words = [w for w in words if w]
    return re.compile(f"(?:{trie_pattern(words)}){suffix}") if words else None


@cache
def build(lexicon: Lexicon | None = None) -> Index:
    lexicon = lexicon or load_lexicon()
    cues = _cues()
    province_of: dict[str, str] = {}
    for p in lexicon.provinces:
        names = CORPS_NAMES if p.id == "xpcc" else (p.name_zh, p.short_zh)
        for name in names:
            province_of[name] = p.id
    city_of = {n: c.short_zh for c in lexicon.cities for n in (c.name_zh, c.short_zh)}
    regions_of: dict[str, tuple[str, ...]] = {}
    for region in lexicon.regions:
        for alias in (region.name_zh, *region.aliases):
            regions_of[alias] = (*regions_of.get(alias, ()), region.name_zh)
    sector_labels = [label for s in lexicon.sectors for label in (s.pref_zh, *s.alt_zh)]
    organizer_of = {a: o.name_zh for o in lexicon.organizers for a in (o.name_zh, *o.aliases)}
    not_after = alternation(cues["provinces"]["not_after"])
    return Index(
        lexicon=lexicon,
        cues=cues,
        province_re=re.compile(f"(?:{trie_pattern(province_of)})(?!{not_after})"),
        province_of=province_of,
        city_re=re.compile(trie_pattern(city_of)),
        city_of=city_of,
        region_re=re.compile(trie_pattern(regions_of)),
        regions_of=regions_of,
        sector_re=_compile(sector_labels),  # longest label at each place; kg.extract.sectors refuses body names
        sector_of={label: s.id for s in lexicon.sectors for label in (s.pref_zh, *s.alt_zh)},
        known_people=frozenset(p.name_zh for p in lexicon.people) | frozenset(o.name_zh for o in lexicon.officials),
        surnames=_surnames(),
        organizer_re=_compile(organizer_of, "(?![分门])"),  # 主题教育部分, 交通运输部门: words, not bodies
        organizer_of=organizer_of,
    )
