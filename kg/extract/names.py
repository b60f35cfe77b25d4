"""Person names in a sentence: whether a word is a name, and the names listed around a found one.

A name is a known person, or two or three characters that start with a surname and end like no
body or place (江西、福建 are provinces, 代表们 is not a name).  Lists carry names: the unknown names
in a 、-list after a found person (王沪宁、栗战书), every item after 出席…的还有 (…罗富和、齐续春),
and a name found before is found again without its title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.extract.lexindex import Index

NAME_CHARS = r"[\u4e00-\u9fff]"
_NOT_NAME_END = ("会", "议", "组", "室", "省", "市", "部", "委", "局", "厅", "司", "处", "区", "县", "办", "院", "府",
                 "的", "校", "们", "副")
_NOT_NAME_START = ("贺信", "贺电", "贺词", "广大", "全体", "各位", "干部", "班子", "小组",
                   "向老", "向群", "向各", "向全", "向广", "向与", "向所", "应邀", "应急")
# 主席贺信并致辞, 广大老同志, 领导干部, 领导班子; 向老同志通报, 向群众通报, 负责同志应邀到会: a preposition
# or a verb, not the surnames 向 and 应
_ITEM_BEFORE = re.compile(f"(?:^|[、，,：:]|以及|和|及)(?P<name>{NAME_CHARS}{{2,3}})$")
GROUP_AFTER = "与(?=机关|各|全体|有关|相关|部分)"  # 彭平与机关各处室…参加: a list's last name, then a group
_NEIGHBOUR = re.compile(f"({NAME_CHARS}{{2,3}}?)(?=、| |，|和|及|{GROUP_AFTER}|出席|参加|列席|等|分别|先后|共同|主持"
                        f"|在[^，。；]{{1,20}}?(?:出席|参加|列席|收听|收看))")  # …、宋培哲在我县分会场收听收看


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    start: int  # offsets in the sentence
    end: int
    title: str | None
    reach: int = 0  # end of a title after the name (王伟司长), where the verb may follow


def is_name(name: str, index: Index, surname_known: bool = True) -> bool:
    """Whether `name` may be a person's name (with `surname_known` False, a rare surname will do: 辜胜阻
    as an item of a list of names)."""
    if name in index.known_people:
        return True
    if name in _not_names(index) or name.endswith(_NOT_NAME_END) or name in index.province_of:  # 江西、福建等
        return False
    if name[0] in "和及与有" or name.startswith(_NOT_NAME_START):  # …领导同志和老同志, 出席的有周华副部长:
        return False  # not a surname here, though 和 and 有 are; 主席贺信并致辞: a message, not 贺信并
    return not surname_known or bool(index.surnames) and (name[0] in index.surnames or name[:2] in index.surnames)


@cache
def _not_names(index: Index) -> frozenset[str]:
    return frozenset(index.cues["people"]["not_names"])


# 出席会议的还有…, 出席闭幕会的领导同志还有：…, 出席座谈会的党外人士还有…: the people after the verb.
LISTED_AFTER = re.compile(r"[^，。；]{0,10}?的[^，。；：:]{0,8}?(?:还|也)?(?:有|包括)[：:]?")
_LIST_OPENING = re.compile(r"(?:出席|参加|列席)" + LISTED_AFTER.pattern)
# (…张斌等: 等 ends a list, never a name)
_LIST_ITEM = re.compile(f"({NAME_CHARS}{{2}}(?:(?!等){NAME_CHARS})?(?:·{NAME_CHARS}{{2,4}})?)"
                        "(?=、|和|及|等|，|。|；|$)")


def listed_names(text: str, index: Index) -> list[Person]:
    """出席会议的还有王毅、尹力、雪克来提·扎克尔和郑建邦等: each item of the list after the verb is a name."""
    found: list[Person] = []
    for opening in _LIST_OPENING.finditer(text):
        at, first = opening.end(), len(found)  # past the list's first name, a rare surname will do
        while (item := _LIST_ITEM.match(text, at)) and ("·" in item.group(1)
                                                         or is_name(item.group(1), index, len(found) == first)):
            found.append(Person(item.group(1), item.start(1), item.end(1), None))
            at = item.end(1)
            if text.startswith(("、", "和", "及"), at):
                at += 1
            else:
                break
    return found


def with_seen(text: str, people: list[Person], seen: set[str]) -> list[Person]:
    found = {p.start: p for p in people}
    for name in seen:
        at = text.find(name)
        while at >= 0:
            if at not in found and not overlaps(found, at, at + len(name)):
                found[at] = Person(name, at, at + len(name), None, at + len(name))
            at = text.find(name, at + len(name))
        if len(name) == 3:  # 小兰同志强调: a three-character name called by its given name (邓小兰)
            at = text.find(name[1:] + "同志")
            while at >= 0:
                if at not in found and not overlaps(found, at, at + 2) and not text.startswith(name, at - 1):
                    found[at] = Person(name, at, at + 2, None, at + 2)
                at = text.find(name[1:] + "同志", at + 2)
    return sorted(found.values(), key=lambda p: p.start) if len(found) > len(people) else people


def overlaps(found: dict[int, Person], start: int, end: int) -> bool:
    return any(p.start < end and start < p.end for p in found.values())


def list_neighbours(text: str, people: list[Person], index: Index) -> list[Person]:
    """Unknown names in a 、-list around a found person: 王沪宁、栗战书参加, 以及赵克石、马晓天同志."""
    taken = {p.start for p in people}
    extra: list[Person] = []
    for person in people:
        at = person.start
        while at > 0 and text[at - 1] == "、":  # …以及赵克石、吴胜利、马晓天同志: the items before the found one
            match = _ITEM_BEFORE.search(text, max(0, at - 6), at - 1)
            if not match or match.start("name") in taken or not is_name(match.group("name"), index):
                break
            taken.add(match.start("name"))
            extra.append(Person(match.group("name"), match.start("name"), match.end("name"), None))
            at = match.start("name")
        at = person.end
        while text[at:at + 1] in ("、", " "):  # 王沪宁、栗战书; a headline's 韩夏 赵永红 陈佰山
            match = _NEIGHBOUR.match(text, at + 1)
            if not match or match.start() in taken or not is_name(match.group(1), index):
                break
            taken.add(match.start())
            extra.append(Person(match.group(1), match.start(), match.end(1), None))
            at = match.end(1)
    return sorted(people + extra, key=lambda p: p.start)
