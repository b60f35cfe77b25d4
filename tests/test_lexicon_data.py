"""Checks on the reviewed reference data in kg/data (sectors, people, organisers, surnames)."""

from __future__ import annotations

import json
import re
from collections import Counter
from importlib import resources
from pathlib import Path

import pytest

import kg.lexicon

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "tests" / "gold_seeds.json"
DEV = ROOT.parent / "shared" / "gold" / "dev.json"

KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
GB4754 = re.compile(r"^[A-T](\d{2}(\d{1,2})?)?$")
QID = re.compile(r"^Q[1-9]\d*$")
CJK = r"[\u3400-\u4dbf\u4e00-\u9fff]"
NAME_PART = re.compile(rf"^{CJK}{{2,6}}$")
SURNAME = re.compile(rf"^{CJK}{{1,2}}$")


@pytest.fixture(scope="module")
def lexicon() -> kg.lexicon.Lexicon:
    kg.lexicon.load.cache_clear()
    return kg.lexicon.load()


@pytest.fixture(scope="module")
def label_index(lexicon: kg.lexicon.Lexicon) -> dict[str, str]:
    return {label: s.id for s in lexicon.sectors for label in (s.pref_zh, *s.alt_zh)}


def _gold_sector_labels(meetings: list[dict]) -> set[str]:
    return {label for meeting in meetings for label in meeting.get("sectors", [])}


# --- sectors ---------------------------------------------------------------------------------

def test_sectors_are_loaded(lexicon: kg.lexicon.Lexicon) -> None:
    assert len(lexicon.sectors) >= 300


def test_sector_ids_unique_and_kebab_case(lexicon: kg.lexicon.Lexicon) -> None:
    ids = [s.id for s in lexicon.sectors]
    assert [i for i, n in Counter(ids).items() if n > 1] == []
    assert [i for i in ids if not (i.isascii() and KEBAB.match(i))] == []


def test_every_sector_has_labels(lexicon: kg.lexicon.Lexicon) -> None:
    assert [s.id for s in lexicon.sectors if not s.pref_zh or not s.pref_en] == []
    assert [s.id for s in lexicon.sectors if any(not a for a in s.alt_zh)] == []


def test_broader_points_to_an_existing_id_without_cycles(lexicon: kg.lexicon.Lexicon) -> None:
    parent = {s.id: s.broader for s in lexicon.sectors}
    assert [i for i, b in parent.items() if b and b not in parent] == []
    for start in parent:
        seen, node = set(), start
        while node:
            assert node not in seen, f"broader cycle through {start}"
            seen.add(node)
            node = parent[node]


def test_no_label_belongs_to_two_concepts(lexicon: kg.lexicon.Lexicon) -> None:
    owners: dict[str, set[str]] = {}
    for s in lexicon.sectors:
        labels = (s.pref_zh, *s.alt_zh)
        assert len(set(labels)) == len(labels), f"repeated label within {s.id}"
        for label in labels:
            owners.setdefault(label, set()).add(s.id)
    assert {label: ids for label, ids in owners.items() if len(ids) > 1} == {}


def test_chips_and_integrated_circuits_are_one_concept(label_index: dict[str, str]) -> None:
    assert label_index["芯片"] == label_index["集成电路"]


def test_new_energy_vehicles_are_narrower_than_automobiles(lexicon: kg.lexicon.Lexicon,
                                                           label_index: dict[str, str]) -> None:
    parent = {s.id: s.broader for s in lexicon.sectors}
    cars, node = label_index["汽车"], label_index["新能源汽车"]
    assert node != cars
    chain = []
    while node:
        chain.append(node)
        node = parent[node]
    assert cars in chain


def test_gb4754_notations(lexicon: kg.lexicon.Lexicon) -> None:
    assert [(s.id, s.gb4754) for s in lexicon.sectors if s.gb4754 and not GB4754.match(s.gb4754)] == []
    assert [s.id for s in lexicon.sectors if bool(s.gb4754) != bool(s.gb4754_name)] == []


@pytest.mark.parametrize(("label", "notation"), [
    ("汽车", "C36"), ("医药", "C27"), ("集成电路", "C3973"), ("钢铁", "C31"), ("煤炭", "B06"),
    ("电力", "D44"), ("房地产", "K70"), ("制造业", "C"),
])
def test_known_gb4754_classes(lexicon: kg.lexicon.Lexicon, label_index: dict[str, str],
                              label: str, notation: str) -> None:
    by_id = {s.id: s for s in lexicon.sectors}
    assert by_id[label_index[label]].gb4754 == notation


@pytest.mark.parametrize("word", ["产业", "行业", "企业", "经济", "市场", "工业", "重点行业", "新兴产业",
                                  "战略性新兴产业", "传统产业", "未来产业", "新质生产力", "国有企业"])
def test_generic_words_are_not_labels(label_index: dict[str, str], word: str) -> None:
    assert word not in label_index


def test_every_seed_gold_sector_is_a_label(label_index: dict[str, str]) -> None:
    articles = json.loads(SEEDS.read_text(encoding="utf-8"))["articles"]
    gold = set().union(*(_gold_sector_labels(a["meetings"]) for a in articles.values()))
    assert gold
    assert sorted(gold - label_index.keys()) == []


@pytest.mark.skipif(not DEV.is_file(), reason="../shared/gold/dev.json is not available")
def test_every_dev_gold_sector_is_a_label(label_index: dict[str, str]) -> None:
    items = json.loads(DEV.read_text(encoding="utf-8"))
    gold = set().union(*(_gold_sector_labels(item["meetings"]) for item in items))
    assert gold
    assert sorted(gold - label_index.keys()) == []


# --- people ----------------------------------------------------------------------------------

def test_people_names_are_cjk_and_unique(lexicon: kg.lexicon.Lexicon) -> None:
    names = [p.name_zh for p in lexicon.people]
    assert len(names) >= 250
    assert [n for n, c in Counter(names).items() if c > 1] == []
    assert [n for n in names if not all(NAME_PART.match(part) for part in n.split("·"))] == []
    assert [n for n in names if "·" not in n and not 2 <= len(n) <= 6] == []


def test_people_fields(lexicon: kg.lexicon.Lexicon) -> None:
    assert [p.name_zh for p in lexicon.people if not p.name_en or not p.titles_zh] == []
    assert [p.name_zh for p in lexicon.people if p.wikidata and not QID.match(p.wikidata)] == []


@pytest.mark.parametrize("name", ["习近平", "李强", "李克强", "丁薛祥", "何立峰", "肖捷", "王勇", "赵克志",
                                  "巴特尔", "吴政隆", "谌贻琴", "张国清", "刘国中", "王小洪", "秦刚",
                                  "艾力更·依明巴海", "辛国斌", "金壮龙", "李乐成", "徐晓兰", "韩夏", "许科敏"])
def test_expected_people_present(lexicon: kg.lexicon.Lexicon, name: str) -> None:
    assert name in {p.name_zh for p in lexicon.people}


def test_gold_people_are_known_people(lexicon: kg.lexicon.Lexicon) -> None:
    meetings = [m for a in json.loads(SEEDS.read_text(encoding="utf-8"))["articles"].values() for m in a["meetings"]]
    if DEV.is_file():
        meetings += [m for item in json.loads(DEV.read_text(encoding="utf-8")) for m in item["meetings"]]
    gold = {n for m in meetings for role in ("chairs", "speakers", "officials_present") for n in m.get(role, [])}
    assert gold
    assert sorted(gold - {p.name_zh for p in lexicon.people}) == []


def test_miit_officials_are_known_people(lexicon: kg.lexicon.Lexicon) -> None:
    people = {p.name_zh for p in lexicon.people}
    assert [o.name_zh for o in lexicon.officials if o.name_zh not in people] == []


# --- organisers ------------------------------------------------------------------------------

def test_organizer_names_and_aliases_unique(lexicon: kg.lexicon.Lexicon) -> None:
    labels = [label for o in lexicon.organizers for label in (o.name_zh, *o.aliases)]
    assert [label for label, n in Counter(labels).items() if n > 1] == []
    assert [o.name_zh for o in lexicon.organizers if not o.name_en] == []
    assert [o.name_zh for o in lexicon.organizers if o.wikidata and not QID.match(o.wikidata)] == []


@pytest.mark.parametrize(("alias", "name"), [
    ("工信部", "工业和信息化部"), ("国家发改委", "国家发展改革委"), ("国家发展和改革委员会", "国家发展改革委"),
    ("中央政治局常委会", "中共中央政治局常务委员会"), ("中央财经委", "中央财经委员会"), ("中央深改委", "中央全面深化改革委员会"),
    ("全国人民代表大会常务委员会", "全国人大常委会"),
])
def test_organizer_aliases(lexicon: kg.lexicon.Lexicon, alias: str, name: str) -> None:
    assert {a: o.name_zh for o in lexicon.organizers for a in o.aliases}[alias] == name


@pytest.mark.parametrize("name", ["国务院", "国务院党组", "国务院联防联控机制", "国务院振兴东北地区等老工业基地领导小组",
                                  "中共中央", "中共中央政治局", "中央全面依法治国委员会", "全国政协常务委员会",
                                  "国家数据局", "国家能源局", "金融监管总局"])
def test_expected_organizers_present(lexicon: kg.lexicon.Lexicon, name: str) -> None:
    assert name in {label for o in lexicon.organizers for label in (o.name_zh, *o.aliases)}


def _gold_organizers() -> set[str]:
    names = {m["organizer"] for a in json.loads(SEEDS.read_text(encoding="utf-8"))["articles"].values()
             for m in a["meetings"]}
    if DEV.is_file():
        names |= {m["organizer"] for item in json.loads(DEV.read_text(encoding="utf-8")) for m in item["meetings"]}
    return {n for n in names if n}


def test_gold_organizers_are_canonical_names(lexicon: kg.lexicon.Lexicon) -> None:
    """The extractor reports name_zh, so the gold's organiser names must be canonical names, not aliases."""
    assert sorted(_gold_organizers() - {o.name_zh for o in lexicon.organizers}) == []


def test_party_groups_are_not_aliases_of_their_ministry(lexicon: kg.lexicon.Lexicon) -> None:
    assert [a for o in lexicon.organizers for a in o.aliases if a.endswith("党组")] == []


# --- surnames --------------------------------------------------------------------------------

def test_surnames_file() -> None:
    lines = (resources.files("kg") / "data" / "surnames.txt").read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 400
    assert [line for line in lines if not SURNAME.match(line)] == []
    assert [s for s, n in Counter(lines).items() if n > 1] == []
    for surname in ("王", "李", "欧阳", "司马", "上官", "诸葛", "东方", "令狐", "皇甫", "尉迟", "公孙", "慕容",
                    "长孙", "宇文", "司徒", "夏侯", "轩辕", "肖", "栗", "谌"):
        assert surname in lines


def test_prefectures_belong_to_the_province_their_code_begins_with(lexicon: kg.lexicon.Lexicon) -> None:
    provinces = {p.gb_code[:2]: p.id for p in lexicon.provinces if p.gb_code}
    assert len(lexicon.prefectures) > 300
    for prefecture in lexicon.prefectures:
        assert re.fullmatch(r"\d{6}", prefecture.gb_code) and prefecture.gb_code.endswith("00")
        assert provinces[prefecture.gb_code[:2]] == prefecture.province_id
        assert prefecture.short_zh == "" or prefecture.name_zh.startswith(prefecture.short_zh)
    names = [n for p in lexicon.prefectures for n in (p.name_zh, p.short_zh) if n]
    assert len(names) == len(set(names))
    assert {p.name_zh: p.province_id for p in lexicon.prefectures}["庆阳市"] == "gansu"
