"""People's names and titles in a sentence, and the verbs that give them roles (kg.extract.people).

A name is found in the known-people gazetteer, after a title (…副部长辛国斌, 局长尼玛多吉 where the
tagger reads a name), before a title (王东明副委员长), opening a clause before a verb, or as an item
of a list after 出席会议的还有.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.extract.lexindex import Index, alternation, trie_pattern
from kg.extract.names import GROUP_AFTER, NAME_CHARS, Person, is_name, list_neighbours, listed_names, overlaps
from kg.extract.text import tokens
from kg.model import OFFICIAL, Document, Mention, Participation, Span


@dataclass(frozen=True, slots=True)
class Matchers:
    known: re.Pattern[str] | None
    titled: re.Pattern[str]
    titled_long: re.Pattern[str]  # 局长尼玛多吉, 主席艾尔肯·吐尼亚孜: names the surname list does not know
    titled_after: re.Pattern[str]
    initial: re.Pattern[str]
    verbs: re.Pattern[str]
    cited_before: re.Pattern[str]
    title_tail: re.Pattern[str]
    title_after: re.Pattern[str]  # a title right after a name (周济院士)
    ends_name: re.Pattern[str]  # what follows a name: a title, a verb, a delimiter


@cache
def matchers(index: Index) -> Matchers:
    cues = index.cues["people"]
    # 为, 和, 及 end a name (任命X为…, X和Y) unless a verb follows: 刘可为出席 is 刘可为, 洪礼和出席 is 洪礼和;
    # 与 before a group (X与机关各处室…).
    after = (alternation(w for w in cues["after_name"] if w not in ("为", "和", "及"))
             + f"|[为和及](?![出主参讲致强指表介作、，。；])|{GROUP_AFTER}")
    ends = f"\\d|{after}|[，。、；：（(“\\s]|$"  # what may follow a name: a verb, a delimiter, a number
    known = re.compile(trie_pattern(index.known_people)) if index.known_people else None
    titles = alternation(cues["titles"])
    titles_after = alternation(cues["titles_after"])
    verbs = (
        f"(?P<report>{cues['report_re']})|(?P<speaker>{cues['speaker_re']})|(?P<chair>{alternation(cues['chair'])})"
        f"|(?P<convened>{cues['convened_re']})"
        f"|(?P<present>{alternation(cues['present'])})|(?P<turn>{cues['turn_re']})"
        f"|(?P<other>{alternation(cues['other_verbs'])})"
        f"|(?P<he>他)(?={cues['speaker_re']})"
    )
    return Matchers(
        known=known,
        # (a title's aside before the name: 局长（主任）许启政)
        titled=re.compile(f"{titles}(?:[（(][^（）()，。]{{1,6}}[）)])?(?P<name>{NAME_CHARS}{{2,3}}?)(?={ends})"),
        titled_long=re.compile(f"{titles}(?P<name>{NAME_CHARS}{{2,6}}·{NAME_CHARS}{{2,6}}?|{NAME_CHARS}{{4}})(?={ends})"),
        titled_after=re.compile(f"(?:^|(?<=[，。；：、\\s部司局厅委办院处的组所长团会联协府站室由盟社心])|(?<=会议上)|(?<=[一二三四五六七八九十]是))(?P<name>{NAME_CHARS}{{2,3}}?)"
                                f"(?P<title>{titles_after})"),
        # …, or the chair an untitled name gives (会议由殷瑞钰主持), or names after a body's 领导 (委领导…参加)
        initial=re.compile(f"(?:^|(?<=[，。；：\\s])|(?<=[会议]由)(?=[^，。；]{{2,3}}主持)|(?<=[委局厅省市部县区]领导))"
                           f"(?P<name>{NAME_CHARS}{{2,3}}?)"
                           f"(?=(?:还|也|又|亦|再次|同时|以[^，。；]{{1,16}}?(?:身份|名义))?(?:主持|出席|列席|强调|指出|说|参加|表示|讲话|作|做|发表|致辞|宣布|介绍|通报)"
                           f"|在[^，。；]{{1,40}}?(?:上|时|中)(?:发表|作|强调|指出|讲话|表示|说|介绍|提出)"
                           f"|(?:随后|最后)的讲话中"
                           # (not firms: 尚德、晶龙…等21家…企业…参加)
                           f"|(?:[、 ]{NAME_CHARS}{{2,3}}?)+(?:和|及|与)?"
                           f"(?:(?![\\d一二三四五六七八九十]+家)[^，。；]){{0,30}}?"
                           f"(?:[，,][^，。；]{{0,24}}?)?"
                           f"(?:出席|参加|列席|收听收看|收看))"),
        verbs=re.compile(verbs),
        # (not 学习由…主持, who chaired the study)
        cited_before=re.compile(f"(?:{alternation(cues['cited_before'])})(?!由)" + r"[^，。；]{0,12}$"),
        title_tail=re.compile(f"[^，。；：:（(]*{titles}$"),
        title_after=re.compile(titles_after),
        ends_name=re.compile(f"{titles_after}|{titles}|{ends}"),
    )


def find_people(text: str, index: Index, m: Matchers) -> list[Person]:
    found: dict[int, Person] = {}
    if m.known:
        for match in m.known.finditer(text):
            end = match.end()
            if not m.ends_name.match(text, end) and m.ends_name.match(text, end + 1) \
                    and is_name(text[match.start():end + 1], index):
                continue  # 王晨辉主任: a longer name than the known 王晨
            found[match.start()] = Person(match.group(), match.start(), end, None)
    for match in (*m.titled.finditer(text), *m.initial.finditer(text)):
        start = match.start("name")
        name = match.group("name")
        if start not in found and not overlaps(found, start, match.end("name")) and (
                is_name(name, index) or is_name(name, index, False) and match.re is m.titled
                and (_tagged_name(text, start, match.end("name"))  # 副厅长焉杰: a surname the list lacks
                     or _ACTS_NEXT.match(text, match.end("name"))  # 副县长攸超出席会议并讲话
                     and _one_content_word(text, start, match.end("name")))):
            found[start] = Person(name, start, match.end("name"), None)
    for match in m.titled_long.finditer(text):  # a long name after a title, if the tagger reads a name there
        start, end = match.start("name"), match.end("name")
        if start not in found and not overlaps(found, start, end) and (
                "·" in match.group("name") or _tagged_name(text, start, end) or _tibetan(match.group("name"))
                or match.group("name")[:2] in _COMPOUND_SURNAMES):  # 副厅长欧阳晓风
            found[start] = Person(match.group("name"), start, end, None)
    after: dict[int, str] = {}  # name start -> the title right after it
    for match in m.titled_after.finditer(text):
        start, name = match.start("name"), match.group("name")
        if start in found or (is_name(name, index) and not overlaps(found, start, match.end("name"))):
            person = found.get(start) or Person(name, start, match.end("name"), None)
            if person.end == match.end("name"):
                found[start] = Person(name, start, person.end, None, match.end())
                after[start] = match.group("title")
    for start, person in list(found.items()):  # 院长周济院士: titled before and after
        if start not in after and (tail := m.title_after.match(text, person.end)):
            found[start] = Person(person.name, start, person.end, None, tail.end())
            after[start] = tail.group()
    for person in listed_names(text, index):
        if person.start not in found and not overlaps(found, person.start, person.end):
            found[person.start] = person
    for match in _BODY_THEN_NAME.finditer(text):  # 省国防科工委徐成然、刘一成…出席: a body's people, untitled
        start, end = match.start("name"), match.end("name")
        if start not in found and not overlaps(found, start, end) and is_name(match.group("name"), index):
            found[start] = Person(match.group("name"), start, end, None)
    reaches = {p.reach for p in found.values() if p.reach and p.reach > p.end}
    for start, person in list(found.items()):  # 周济院士总结指出: 院士 is 周济's title, 总结 no name after it
        if start in reaches and start not in after and not is_name(person.name, index):
            del found[start]
    people = sorted((p for p in found.values() if not text.startswith("同志为核心", p.end)
                     and text.rfind("《", 0, p.start) <= text.rfind("》", 0, p.start)),  # 《习近平著作选读》
                    key=lambda p: p.start)
    people = list_neighbours(text, people, index)  # (以习近平同志为核心的党中央 names a leadership, not a participant)
    return [_with_title(text, p, people, m, after.get(p.start)) for p in people]


# Parts of Tibetan names, which join two of them (贡布多吉, 扎西次仁): the tagger knows few.
_TIBETAN_PARTS = frozenset((
    "多吉", "扎西", "次仁", "卓玛", "旺堆", "平措", "达瓦", "尼玛", "顿珠", "格桑", "央金", "罗布", "白玛", "巴桑",
    "索朗", "普布", "拉巴", "边巴", "多杰", "才让", "嘉措", "加措", "旺姆", "曲珍", "德吉", "措姆", "仁增", "洛桑",
    "丹增", "朗杰", "贡布", "次旦", "强巴", "群培", "益西", "坚参", "拉姆", "桑珠", "旺久", "达娃", "格列", "土登"))


_ATTENDED = "(?:出席|参加|在分会场|收看|收听)"
# A body, then a name, in a list of those who attended (省公安厅陈荣政、省安监局陈杰出席会议)
_BODY_THEN_NAME = re.compile(f"(?:^|(?<=[、，,：:]))(?:省|市|自治区|县)[\u4e00-\u9fff]{{1,10}}?(?:委|厅|局|办)"
                             f"(?P<name>{NAME_CHARS}{{2,3}}?)(?=、[^，。；]{{0,80}}?{_ATTENDED}|{_ATTENDED})")
# What only a person does right after a title and a name: a rare surname will do there.
_ACTS_NEXT = re.compile(r"(?:出席|主持|指出|强调|致辞|在会上)")


_FUNCTION_CHARS = frozenset("的了并和与及在对等将已被把会要也都又")


def _one_content_word(text: str, start: int, end: int) -> bool:
    """text[start:end] is one word the tagger cuts, not a function word or adverb (的重要, 分别, 出席并)."""
    inside = [t for t in tokens(text) if start <= t.start < end]
    return len(inside) == 1 and inside[0].start == start and inside[0].end == end \
        and inside[0].tag[0] not in "dcupmqra" and not _FUNCTION_CHARS.intersection(text[start:end])


_COMPOUND_SURNAMES = frozenset(("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文",
                                "司徒", "夏侯", "令狐", "端木", "西门", "南宫", "独孤", "万俟", "闻人", "澹台", "呼延"))


def _tibetan(name: str) -> bool:
    return len(name) == 4 and name[:2] in _TIBETAN_PARTS and name[2:] in _TIBETAN_PARTS


def _tagged_name(text: str, start: int, end: int) -> bool:
    """Whether rjieba cuts text[start:end] into personal names only (尼玛/nrt 多吉/nrt)."""
    inside = [t for t in tokens(text) if start <= t.start < end]
    return bool(inside) and inside[-1].end == end and all(t.tag.startswith("nr") for t in inside) \
        and any(t.start == start for t in inside)


def _with_title(text: str, person: Person, people: list[Person], m: Matchers, after: str | None) -> Person:
    previous_end = max((p.reach or p.end for p in people if p.end <= person.start), default=0)
    before = text[previous_end: person.start].lstrip("、，, ")
    if previous_end and before.startswith(("和", "及", "与")):
        before = before[1:]  # 主任张谋总和泉州市…会长寇光亮: the conjunction after the name before
    tail = m.title_tail.search(before)
    title = _INVITED.sub("", tail.group()) if tail else after  # 邀请工信部…处长: the title past the verb
    return Person(person.name, person.start, person.end, title, max(person.reach, person.end))


# 邀请工信部…处长, 会议邀请…副局长, …，以及研究院首席专家…, (记者…）…: the title past the verb, conjunction or byline
_INVITED = re.compile(r"^[^，。；]*?(?:记者|通讯员)[^）)]{0,20}[）)]|^以及|^据|^(?:会议|大会|座谈会|论坛|活动)由"
                      r"|^(?:本次|此次)?(?:会议|大会|论坛|活动)?(?:特别|专门)?(?:邀请|特邀|请)(?:了)?")


def cut_off_ends(doc: Document) -> frozenset[int]:
    """Where an excerpt cut the text off mid-sentence: the page's end, if it ends without a stop, and the end
    of any long paragraph of prose that does (a stored page's paragraph cut short: …工信部装备司司长李东)."""
    text = doc.text.rstrip()
    ends = {p.end for p in doc.paragraphs if len(p.text) >= _CUT_PARAGRAPH and "，" in p.text
            and not p.text.rstrip().endswith(_STOPS + _OPENS)}
    return frozenset(ends | ({len(text)} if not text.endswith(_STOPS) else set()))


_STOPS = ("。", "！", "？", "”", "）", ")", "…")
_OPENS = ("：", ":", "；")  # a paragraph that introduces a list is not cut off
_CUT_PARAGRAPH = 80  # characters: shorter lines without a stop are headlines, captions and nav


def participation(doc: Document, span: Span, person: Person, role: str, rule: str) -> Participation:
    """`person`, found in the sentence `span`, in `role`, with the evidence of their name."""
    start = span.start + person.start
    mention = Mention(person.name, Span(start, span.start + person.end, span.text[person.start:person.end]),
                      rule, doc.id)
    return Participation(role, person.name, "person", mention, person.title)


def listed_present(doc: Document, span: Span, people: list[Person]) -> list[Participation]:
    """Those of a cut-off list named with a title (three at least: a list, not a passing mention); not a name
    the cut runs into (…司长李东, which may be 李东明)."""
    titled = [p for p in people if p.title]
    whole = [p for p in titled if span.text[p.end:].strip()]
    return [participation(doc, span, p, OFFICIAL, "people.listed") for p in whole] if len(titled) >= 3 else []
