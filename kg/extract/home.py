"""Which province a report comes from where its text leaves it unnamed (省工信厅副厅长…, 我省, 省无委办召开…):
its outlet, the one province it names, its site's host, or the prefectures it names."""

from __future__ import annotations

import re
from functools import cache
from urllib.parse import urlsplit

from kg.extract.lexindex import Index, trie_pattern
from kg.model import Document


def home_province(doc: Document, index: Index) -> str | None:
    """The province of the outlet, else the one province the text names, else (none named) the province
    whose name or code the site's host holds."""
    if site := index.province_re.search(doc.outlet or ""):
        return index.province_of[site.group()]
    named = {index.province_of[m.group()] for m in index.province_re.finditer(doc.text)}
    if len(named) == 1:
        return named.pop()
    if named:  # 四川 and 香港 named on a page about 绵阳: the one whose cities it names
        local = named & _provinces_of_cities(doc.text, index)
        return local.pop() if len(local) == 1 else None
    if doc.url and (host := urlsplit(doc.url).hostname):  # gxt.hunan.gov.cn: its own site
        labels = set(host.split(".")) - {"shanxi"}  # (陕西 is shanxi on many sites too)
        if found := next((p.id for p in index.lexicon.provinces if p.id in labels), None):
            return found
        if host.endswith(".gov.cn") and host.count(".") >= 3:  # gdii.gd.gov.cn: a province's code (CN-GD)
            code = "CN-" + host.split(".")[-3].upper()
            if found := next((p.id for p in index.lexicon.provinces if p.iso_3166_2 == code), None):
                return found
    homes = _provinces_of_cities(doc.text, index)  # 庆阳石油煤炭资源丰富 on a city's site: 甘肃
    return homes.pop() if len(homes) == 1 else None


def _provinces_of_cities(text: str, index: Index) -> set[str]:
    pattern, province_of = _prefectures(index)
    return {province_of[m.group()] for m in pattern.finditer(text)}


@cache
def _prefectures(index: Index) -> tuple[re.Pattern[str], dict[str, str]]:
    """Names of prefecture-level divisions -> their province (compiled only when a report needs it)."""
    not_names = frozenset(index.cues["provinces"]["prefecture_not_names"])
    province_of = {name: p.province_id for p in index.lexicon.prefectures
                   for name in (p.name_zh, p.short_zh) if name and name not in not_names}
    return re.compile(trie_pattern(province_of) if province_of else "(?!)"), province_of
