"""Provinces that spoke or were present, the count an article claims, regions.

A province counts as having spoken only in a sentence that says someone
spoke or reported (作了交流发言, 汇报, 发了言), and only where the name stands
for the provincial unit (浙江省, 湖北省委书记), not for a place inside it
(福建省南平市) or another body (天津大学).  Provinces merely named as places
are not participants.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.extract.home import home_province
from kg.extract.lexindex import Index, alternation
from kg.model import PROVINCE_PRESENT, PROVINCE_SPOKE, Document, Mention, Participation, Span
from kg.numerals import chinese_number

CLAIMED_RE = re.compile(
    r"(?:等)?(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,3})"
    r"(?:个(?:省(?:份|市|区市|（区、市）|\(区、市\)|、区、市)?|地区|省区市|省市区)|省(?:份|市|区市|（区、市）|\(区、市\)))"
    r"|(?:等)?(?P<units>\d{1,2}|[一二两三四五六七八九十]{1,3})家单位"
)
# 福建省南平市, 江西省井冈山市: the province only locates a city or county.
_PLACE_INSIDE = re.compile(r"^(?!等|[一二两三四五六七八九十\d]{1,3}个?省)"
                           r"[\u4e00-\u9fff]{1,5}?[市县州盟旗区](?![委长政])")


@dataclass(frozen=True, slots=True)
class _Cues:
    spoke: re.Pattern[str]
    all_spoke: re.Pattern[str]
    present: re.Pattern[str]
    all_present: re.Pattern[str]
    unit_after: re.Pattern[str]
    host: re.Pattern[str]
    member: re.Pattern[str]


@cache
def _cue_patterns(index: Index) -> _Cues:
    cues = index.cues["provinces"]
    return _Cues(re.compile(cues["spoke_re"]), re.compile(cues["all_spoke_re"]), re.compile(cues["present_re"]),
                 re.compile(cues["all_present_re"]), re.compile(cues["unit_after_re"]), re.compile(cues["host_re"]),
                 re.compile(cues["member_spoke_re"]))


@cache
def _topic(index: Index) -> re.Pattern[str]:
    return re.compile(alternation(index.cues["provinces"]["topic_before"]))


# 委员在全国政协机关和西藏、甘肃3个会场发言, 在…以及上海、浙江等地…发言: the provinces only locate
# where others spoke.
_VENUE_AFTER = re.compile(r"(?:[、和及与][\u4e00-\u9fff]{1,8}?)*?"
                          r"(?:等地|(?:[一二两三四五六七八九十\d]{1,3}个)?分?会场)")


# 司近期在北京、吉林长春组织开展…座谈: the provinces only locate where it was held
_HELD_IN_BEFORE = re.compile(r"在(?:[\u4e00-\u9fff]{2,8}?[、和及与])*$")
_HELD_IN_AFTER = re.compile(r"(?:[、和及与][\u4e00-\u9fff]{2,8}?)*[^，。；、]{0,12}?"
                            r"(?:召开|举行|举办|组织|开展|主持|开幕|闭幕|拉开|落下帷幕)")


def _is_venue(text: str, start: int, end: int) -> bool:
    return "在" in _clause_before(text, start) and bool(_VENUE_AFTER.match(text, end)) or _held_in(text, start, end)


def _held_in(text: str, start: int, end: int) -> bool:
    return bool(_HELD_IN_BEFORE.search(text, 0, start) and _HELD_IN_AFTER.match(text, end))


def _clause_before(text: str, at: int) -> str:
    return text[max(text.rfind(c, 0, at) for c in "，,；：") + 1: at]


def province_mentions(doc: Document, span: Span, index: Index, end: int, units_only: bool = True
                       ) -> list[tuple[str, Mention]]:
    unit_after = _cue_patterns(index).unit_after
    found = []
    for match in index.province_re.finditer(span.text, 0, end):
        rest = span.text[match.end():]
        if span.text.count("“", 0, match.start()) > span.text.count("”", 0, match.start()):
            continue  # inside a quoted theme (围绕“情系江苏，共筑梦想”主题…交流)
        if _PLACE_INSIDE.match(rest) and not rest.startswith(("省委", "市委", "区党委")):
            continue
        if _given_name(span.text, match.start(), index):
            continue  # 党委书记蒋海南等领导参加: a person's given name
        topic = _topic(index).search(_clause_before(span.text, match.start()))
        leader = match.group().endswith(("省", "市")) and rest.startswith("长")  # 吉林省长景俊海, 上海市长应勇
        if units_only and (not (leader or unit_after.match(rest)) or topic):
            continue
        start = span.start + match.start()
        mention = Mention(match.group(), Span(start, span.start + match.end(), match.group()), "", doc.id)
        found.append((index.province_of[match.group()], mention))
    return found


def _told_of(spoke: list[re.Match[str]], at: int) -> bool:
    """A province inside what someone gave an account of (介绍了中盐新疆盐业…的发展情况): the topic."""
    return any(m.group().startswith("介绍") and m.start() < at < m.end() for m in spoke)


def _given_name(text: str, start: int, index: Index) -> bool:
    """A province name written right after a surname that follows a title or a list's comma (…书记蒋海南)."""
    if start < 2 or text[start - 1] not in index.surnames:
        return False
    return text[start - 2] in "、，, " or bool(_TITLE_END.search(text, 0, start - 1))


_TITLE_END = re.compile(r"(?:书记|[长员任事席理])$")
_COUNTED = re.compile(r"(?P<n>[一二三四五六七八九十\d]{1,3})个?(?:省|地)")  # 11省市, 三省, 六省区


@cache
def _region_members(index: Index) -> dict[str, tuple[str, ...]]:
    return {region.name_zh: region.members for region in index.lexicon.regions if region.members}


def whole_regions(doc: Document, span: Span, index: Index, end: int) -> list[tuple[str, Mention]]:
    """长江经济带11省市…作了发言, 东北三省工信厅参加: a region named with the count of all its members
    stands for each of them (a count that differs, 中部四省, names only some)."""
    found = []
    for match in index.region_re.finditer(span.text, 0, end):
        after = _COUNTED.match(span.text, match.end())
        count = after or _COUNTED.search(match.group())  # 东北三省 is a name
        if not count or _topic(index).search(_clause_before(span.text, match.start())):
            continue
        stop = after.end() if after else match.end()
        for region in index.regions_of[match.group()]:
            members = _region_members(index).get(region, ())
            if members and chinese_number(count.group("n")) == len(members):
                start = span.start + match.start()
                mention = Mention(match.group(), Span(start, span.start + stop, span.text[match.start(): stop]), "",
                                  doc.id)
                found += [(province, mention) for province in members]
    return found


_OWN_UNIT = re.compile(r"我省|我区|我厅|我委|本省|(?P<city>我市)|(?:^|(?<=[，、；\s]))副?(?:省|自治区)"
                       r"(?=工信厅|工业和信息化厅|经信委|经信厅|经济和信息化|通信管理局|中小企业局|分会场"
                       r"|委书记|委副书记|长[\u4e00-\u9fff]{2,3}[，、；\s]?|政府主席)")  # 省委书记陈刚…发言
MUNICIPALITIES = frozenset({"beijing", "tianjin", "shanghai", "chongqing"})
_KIND_OF_WORD = {"省": "province", "区": "autonomous-region"}  # the last character of 我省, 自治区…


def _own_unit(doc: Document, span: Span, index: Index, end: int) -> list[tuple[str, Mention]]:
    """我厅在分会场参加会议, 我省作交流发言, 省工信厅…参加: the province of the provincial outlet that
    reports it, else the one province the text names (自治区通信管理局…介绍 in a report on 内蒙古)."""
    match = _OWN_UNIT.search(span.text, 0, end)
    province = home_province(doc, index) if match else None
    unit = match.group().removeprefix("副") if match else ""
    if not match or not province or _KIND_OF_WORD.get(unit[-1], index.lexicon.province(province).kind) \
            != index.lexicon.province(province).kind:
        return []  # 自治区 is never 黑龙江, nor 省 内蒙古
    if match.group("city") and province not in MUNICIPALITIES:
        return []  # 我市 on a provincial site is a city
    start = span.start + match.start()
    return [(province, Mention(province, Span(start, span.start + match.end(), match.group()), "", doc.id))]


def extract_provinces(doc: Document, spans: list[Span], index: Index, own_name: str = ""
                      ) -> tuple[list[Participation], int | None, Mention | None]:
    """Province participations, the claimed count, and the evidence that all were present.

    A province spoke where a sentence names it with a speaking verb (作了交流发言, 介绍了…情况,
    进行了经验交流), or where the participants as a whole spoke (与会代表介绍了本省…情况) after it
    was named as present; it was present where a sentence names it with 参加/出席/分会场, or as a
    host (由工业和信息化部、山东省人民政府共同主办)."""
    cues = _cue_patterns(index)
    parts: list[Participation] = []
    claimed: int | None = None
    all_present: Mention | None = None
    everyone_spoke: Mention | None = None
    for span in spans:
        hosted = cues.host.search(span.text)  # 由工业和信息化部、山东省人民政府共同主办的…: hosts, not speakers
        spoke = [m for m in cues.spoke.finditer(span.text) if not span.text.startswith("会", m.end())]
        if spoke:  # (…经验交流会, 汇报会: a meeting's name, not a verb)
            cue_end = spoke[-1].end()
            for province, m in province_mentions(doc, span, index, cue_end) + _own_unit(doc, span, index, cue_end) \
                    + whole_regions(doc, span, index, cue_end):
                at = m.span.start - span.start
                if _is_venue(span.text, at, m.span.end - span.start) or _told_of(spoke, at) \
                        or hosted and hosted.start("hosts") <= at < hosted.end("hosts"):
                    continue
                if _only_present(span.text, m.span.end - span.start, spoke, cues.present):
                    parts.append(Participation(PROVINCE_PRESENT, province, "province",
                                               Mention(province, m.span, "places.present", doc.id)))
                    continue
                parts.append(Participation(PROVINCE_SPOKE, province, "province",
                                           Mention(province, m.span, "places.spoke", doc.id)))
            count = CLAIMED_RE.search(span.text[:cue_end])
            if count and claimed is None:
                claimed = chinese_number(count.group("n") or count.group("units"))
            collective = cues.all_spoke.search(span.text, 0, spoke[-1].start())  # …做了介绍，与会代表…进行讨论
            if collective and everyone_spoke is None:
                everyone_spoke = _all(doc, span, collective, "places.all-spoke")
            if collective and (every := _every_province(cues, span.text, spoke[0].start())):
                all_present = all_present or _all(doc, span, every, "places.all-present")  # 各省…负责同志交流发言
        elif cues.present.search(span.text):
            if every := _every_province(cues, span.text, len(span.text)):
                all_present = all_present or _all(doc, span, every, "places.all-present")
                continue
            for province, m in province_mentions(doc, span, index, len(span.text)) \
                    + _own_unit(doc, span, index, len(span.text)) + whole_regions(doc, span, index, len(span.text)):
                if _held_in(span.text, m.span.start - span.start, m.span.end - span.start):
                    continue
                parts.append(Participation(PROVINCE_PRESENT, province, "province",
                                           Mention(province, m.span, "places.present", doc.id)))
        parts += _hosts(doc, span, index, hosted) + _members(doc, span, index, cues, own_name)
    if everyone_spoke is not None:
        parts = [_spoke(p, everyone_spoke) if p.role == PROVINCE_PRESENT and p.mention.rule == "places.present"
                 else p for p in parts]
    spoke_ids = {p.participant for p in parts if p.role == PROVINCE_SPOKE}
    parts = [p for p in parts if p.role == PROVINCE_SPOKE or p.participant not in spoke_ids]
    return dedupe(parts), claimed, all_present


_GOES_ON = re.compile(r"[^，；]*[，；]\s*(?:并|还|随后|同时|也)")


def _only_present(text: str, at: int, spoke: list[re.Match[str]], present: re.Pattern[str]) -> bool:
    """The verb that governs a province named at `at` is one of presence whose clause ends before the next
    speaking verb (甘肃省委常委…在会上致辞，兰州市副市长…汇报了…: 甘肃 was present, the city reported)."""
    said = next((m for m in spoke if m.start() >= at), None)
    there = present.search(text, at, said.start()) if said else None
    if there is None or said is None:
        return False
    between = text[there.end(): said.start()]
    return bool(re.search("[，；]", between)) and not _GOES_ON.match(between)


# 全国各省、各自治区互联网协会的代表: the provinces' associations, not their governments
_NOT_GOVERNMENT = re.compile(r"(?:(?!厅|局|委|政府|部门|主管)[^，。；]){0,14}?(?:协会|学会|商会|联合会|联盟|企业|公司)")


def _every_province(cues: _Cues, text: str, end: int) -> re.Match[str] | None:
    """Where `text` (up to `end`) says every province's government took part."""
    return next((m for m in cues.all_present.finditer(text, 0, end)
                 if not _NOT_GOVERNMENT.match(text, m.end())), None)


def _all(doc: Document, span: Span, match: re.Match[str], rule: str) -> Mention:
    start = span.start + match.start()
    return Mention("all", Span(start, span.start + match.end(), match.group()), rule, doc.id)


def _spoke(part: Participation, evidence: Mention) -> Participation:
    """A province present when the participants as a whole spoke: its own mention, the collective rule."""
    return Participation(PROVINCE_SPOKE, part.participant, "province",
                         Mention(part.participant, part.mention.span, "places.all-spoke", part.mention.doc_id))


def _members(doc: Document, span: Span, index: Index, cues: _Cues, own_name: str) -> list[Participation]:
    """天津市政协常委褚斌建议…: a plenary's member speaking for the province that sent them (not at
    the province's own congress: 江苏省人大代表 at 江苏省十四届人大一次会议)."""
    found = []
    for match in index.province_re.finditer(span.text):
        if index.lexicon.province(index.province_of[match.group()]).short_zh in own_name:
            continue
        if cues.member.match(span.text, match.end()) and not _topic(index).search(_clause_before(span.text,
                                                                                                    match.start())):
            start = span.start + match.start()
            province = index.province_of[match.group()]
            found.append(Participation(PROVINCE_SPOKE, province, "province",
                                       Mention(province, Span(start, span.start + match.end(), match.group()),
                                               "places.member-spoke", doc.id)))
    return found


def _hosts(doc: Document, span: Span, index: Index, host: re.Match[str] | None) -> list[Participation]:
    if not host:
        return []
    inner = Span(span.start + host.start("hosts"), span.start + host.end("hosts"), host.group("hosts"))
    return [Participation(PROVINCE_PRESENT, province, "province", Mention(province, m.span, "places.host", doc.id))
            for province, m in province_mentions(doc, inner, index, len(inner.text))]


def dedupe(parts: list[Participation]) -> list[Participation]:
    seen: set[tuple[str, str]] = set()
    result = []
    for part in parts:
        if (part.role, part.participant) not in seen:
            seen.add((part.role, part.participant))
            result.append(part)
    return result


def extract_regions(doc: Document, spans: list[Span], index: Index) -> list[Mention]:
    found: dict[str, Mention] = {}
    for span in spans:
        for match in index.region_re.finditer(span.text):
            start = span.start + match.start()
            for name in index.regions_of[match.group()]:
                if name not in found:
                    found[name] = Mention(name, Span(start, span.start + match.end(), match.group()),
                                          "places.region", doc.id)
    return list(found.values())


def cities_present(doc: Document, spans: list[Span], index: Index) -> list[Participation]:
    """各计划单列市…参会: the five cities with separate planning status were present."""
    present_re = _cue_patterns(index).present
    for span in spans:
        at = span.text.find("计划单列市")
        if at >= 0 and present_re.search(span.text):
            start = span.start + at
            mention = Mention("计划单列市", Span(start, start + 5, "计划单列市"), "places.cities-present", doc.id)
            return [Participation(PROVINCE_PRESENT, c.short_zh, "city", mention) for c in index.lexicon.cities]
    return []
