"""People and their roles: who chaired, who gave the speech, who was present.

A person is found by the known-people gazetteer, after a title (…副部长辛国斌),
or as an item of a 、-list next to one.  Roles come from the verb that follows
the run of people (A、B、C出席), skipping date and place fillers
(习近平7月23日在湖北省武汉市主持召开…); a coordinated verb (…考察，并主持召开)
keeps the previous subject, and 他 refers to the meeting's main figure.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import cache

from kg.extract.lexindex import Index, alternation, trie_pattern
from kg.model import CHAIR, OFFICIAL, SPEAKER, Document, Mention, Participation, Span

NAME_CHARS = r"[\u4e00-\u9fff]"
_FILLER = re.compile(
    r"(?:同志)?(?:(?:(?:和|及|以及|、)[^，。；]{0,60}?|[，,][^。；]{0,120}?)"
    r"(?:负责同志|负责人|同志|代表|领导|干部|委员|人员|成员|对象|分子)(?:(?:约|近|共)?[\d一二三四五六七八九十百]+(?:余|多)?[人名])?)?"
    r"(?:等(?:相关|有关)?(?:[^，。；]{0,8}?(?:专家|同志|人员|代表|领导人|领导|负责人))?)?(?:代表[^，。；]{1,24})?(?:(?:对|就|围绕)[^，。；]{1,40}?)?[，,]?\s*"
    r"(?:\d{1,2}月)?(?:\d{1,2}日)?"
    r"(?:今天|昨天|今日)?(?:上午|下午|晚上|晚)?(?:在[^。；！？]{0,40}?(?:上|中|时|期间)?)?(?:，|,)?"
    r"(?:也|还|又|再次|分别|立即|专程|亲自|一同|共同)?(?:最后)?(?:在)?(?:总结|小结)?(?:时)?\s*$"
)
_NOT_NAME_END = ("会", "议", "组", "室", "省", "市", "部", "委", "局", "厅", "司", "处", "区", "县", "办", "院", "府",
                 "的", "校", "们")
_NEIGHBOUR = re.compile(f"({NAME_CHARS}{{2,3}}?)(?=、| |，|和|及|出席|参加|列席|等|分别|先后|共同|主持)")
_COORDINATED = re.compile(r"(?:[，,]\s*)?(?:并|随后|同时|还|并且|接着)"
                          r"(?:在[^，。；]{1,12}|(?:就|对|围绕)[^，。；]{1,20})?\s*$"  # …出席会议，并就…提出要求
                          r"|^[，,]\s*(?:就|对|围绕)[^，。；]{1,20}$"  # …出席会议，就…提出三点意见
                          r"|^[，,]\s*(?:通报|传达|介绍)[^，。；]{1,30}?、\s*$")  # 王昆主持会议，通报…、提出工作要求
_REPORT = "report"
_ELSEWHERE = re.compile(r"曾|此前|早在|批示|指示|贺信|致信|贺词|在(?P<other>[^，。；]{2,40}?(?:会|论坛))上")
_OWN = ("会议", "座谈会", "大会", "全会", "会", "本次会议", "此次会议", "这次会议")
# 田玉龙传达…重要精神并主持会议; 宋元明通报调查安排、提出工作要求
_WHILE_CHAIRING = ("时", "会议时", "大会时", "全会时", "座谈会时", "开幕会时", "闭幕会时")  # 赵乐际在主持大会时指出
_CHAINED = re.compile(r"^[^，。；]{0,80}?(?:并|并且)\s*$|^(?:通报|传达|介绍)[^，。；]{1,30}?[、，,]\s*$")
# An act at the meeting itself before 并发表讲话 (习近平向…颁授勋章并发表重要讲话); not a visit, not 将.
_CEREMONY = re.compile(r"^(?!将)[^，。；]{0,40}?(?:颁授|颁发|授予|宣读|宣布|会见|接见)[^，。；]{0,30}$")
_ATTENDEES = re.compile(r"代表|人员|同志|专家|嘉宾|者|企业|单位|各方|领导")
# 出席会议的还有…, 出席闭幕会的领导同志还有：…, 出席座谈会的党外人士还有…: the people after the verb.
_LISTED_AFTER = re.compile(r"[^，。；]{0,10}?的[^，。；：:]{0,8}?(?:还|也)?(?:有|包括)[：:]?")
_INSTRUCTED = re.compile(r"(?:作出|做出|发来|致)(?:了)?(?:重要)?(?:指示|批示|贺信|贺词)")
_INSTRUCTION = re.compile(r"[^，。；]{0,30}?" + _INSTRUCTED.pattern)  # right after a name: his instruction
# A sentence that tells what the meeting said: people named in it are its content, not its participants.
_MEETING_SAID = re.compile(r"^(?:[^，]{0,8}，)?(?:会议|会上|座谈会|大会|全会)(?:还|并|同时|一致)?"
                           r"(?:指出|强调|认为|要求|提出|表示|号召|明确|称|传达)")


@dataclass(frozen=True, slots=True)
class _Person:
    name: str
    start: int  # offsets in the sentence
    end: int
    title: str | None
    reach: int = 0  # end of a title after the name (王伟司长), where the verb may follow


@dataclass(frozen=True, slots=True)
class _Matchers:
    known: re.Pattern[str] | None
    titled: re.Pattern[str]
    titled_after: re.Pattern[str]
    initial: re.Pattern[str]
    verbs: re.Pattern[str]
    cited_before: re.Pattern[str]
    title_tail: re.Pattern[str]


@cache
def _matchers(index: Index) -> _Matchers:
    cues = index.cues["people"]
    # 为 ends a name (任命X为…) unless a verb follows: 刘可为出席 is 刘可为.
    after = alternation(w for w in cues["after_name"] if w != "为") + "|为(?![出主参讲致强指表介作])"
    known = re.compile(trie_pattern(index.known_people)) if index.known_people else None
    titles = alternation(cues["titles"])
    verbs = (
        f"(?P<report>{cues['report_re']})|(?P<speaker>{cues['speaker_re']})|(?P<chair>{alternation(cues['chair'])})"
        f"|(?P<present>{alternation(cues['present'])})|(?P<other>{alternation(cues['other_verbs'])})"
        f"|(?P<he>他)(?={cues['speaker_re']})"
    )
    return _Matchers(
        known=known,
        titled=re.compile(f"{titles}(?P<name>{NAME_CHARS}{{2,3}}?)(?=\\d|{after}|[，。、；：（(“\\s]|$)"),
        titled_after=re.compile(f"(?:^|(?<=[，。；：、\\s部司局厅委办院处的]))(?P<name>{NAME_CHARS}{{2,3}}?)"
                                f"(?P<title>{alternation(cues['titles_after'])})"),
        initial=re.compile(f"(?:^|(?<=[，。；：\\s]))(?P<name>{NAME_CHARS}{{2,3}}?)"
                           f"(?=主持|出席|强调|指出|说|参加|表示|讲话|作|做|发表|致辞|宣布|介绍|通报|在[^，。；]{{1,40}}?(?:上|时|中)(?:发表|作|强调|指出|讲话|表示)"
                           f"|(?:[、 ]{NAME_CHARS}{{2,3}}?)+(?:和|及)?[^，。；]{{0,20}}?(?:[，,][^，。；]{{0,24}}?)?"
                           f"(?:出席|参加|列席))"),
        verbs=re.compile(verbs),
        cited_before=re.compile(alternation(cues["cited_before"]) + r"[^，。；]{0,12}$"),
        title_tail=re.compile(f"[^，。；：:（(]*{titles}$"),
    )


def _is_name(name: str, index: Index) -> bool:
    if name in index.known_people:
        return True
    if name in _not_names(index) or name.endswith(_NOT_NAME_END) or name in index.province_of:  # 江西、福建等
        return False
    if name[0] in "和及与有":  # …领导同志和老同志, 出席的有周华副部长: not a surname here, though 和 and 有 are
        return False
    return bool(index.surnames) and (name[0] in index.surnames or name[:2] in index.surnames)


@cache
def _not_names(index: Index) -> frozenset[str]:
    return frozenset(index.cues["people"]["not_names"])


def _find_people(text: str, index: Index, m: _Matchers) -> list[_Person]:
    found: dict[int, _Person] = {}
    if m.known:
        for match in m.known.finditer(text):
            found[match.start()] = _Person(match.group(), match.start(), match.end(), None)
    for match in (*m.titled.finditer(text), *m.initial.finditer(text)):
        start = match.start("name")
        name = match.group("name")
        if start not in found and _is_name(name, index) and not _overlaps(found, start, match.end("name")):
            found[start] = _Person(name, start, match.end("name"), None)
    after: dict[int, str] = {}  # name start -> the title right after it
    for match in m.titled_after.finditer(text):
        start, name = match.start("name"), match.group("name")
        if start in found or (_is_name(name, index) and not _overlaps(found, start, match.end("name"))):
            person = found.get(start) or _Person(name, start, match.end("name"), None)
            if person.end == match.end("name"):
                found[start] = _Person(name, start, person.end, None, match.end())
                after[start] = match.group("title")
    for person in _listed_names(text, index):
        if person.start not in found and not _overlaps(found, person.start, person.end):
            found[person.start] = person
    people = sorted((p for p in found.values() if not text.startswith("同志为核心", p.end)
                     and text.rfind("《", 0, p.start) <= text.rfind("》", 0, p.start)),  # 《习近平著作选读》
                    key=lambda p: p.start)
    people = _list_neighbours(text, people, index)  # (以习近平同志为核心的党中央 names a leadership, not a participant)
    return [_with_title(text, p, people, m, after.get(p.start)) for p in people]


_LIST_OPENING = re.compile(r"(?:出席|参加|列席)[^，。；]{0,10}?的[^，。；：:]{0,8}?(?:还|也)?(?:有|包括)[：:]?")
_LIST_ITEM = re.compile(f"({NAME_CHARS}{{2,3}}(?:·{NAME_CHARS}{{2,4}})?)(?=、|和|及|等|，|。|；|$)")


def _listed_names(text: str, index: Index) -> list[_Person]:
    """出席会议的还有王毅、尹力、雪克来提·扎克尔和郑建邦等: each item of the list after the verb is a name."""
    found: list[_Person] = []
    for opening in _LIST_OPENING.finditer(text):
        at = opening.end()
        while (item := _LIST_ITEM.match(text, at)) and ("·" in item.group(1) or _is_name(item.group(1), index)):
            found.append(_Person(item.group(1), item.start(1), item.end(1), None))
            at = item.end(1)
            if text.startswith(("、", "和", "及"), at):
                at += 1
            else:
                break
    return found


def _with_seen(text: str, people: list[_Person], seen: set[str]) -> list[_Person]:
    found = {p.start: p for p in people}
    for name in seen:
        at = text.find(name)
        while at >= 0:
            if at not in found and not _overlaps(found, at, at + len(name)):
                found[at] = _Person(name, at, at + len(name), None, at + len(name))
            at = text.find(name, at + len(name))
    return sorted(found.values(), key=lambda p: p.start) if len(found) > len(people) else people


def _overlaps(found: dict[int, _Person], start: int, end: int) -> bool:
    return any(p.start < end and start < p.end for p in found.values())


def _list_neighbours(text: str, people: list[_Person], index: Index) -> list[_Person]:
    """Unknown names in a 、-list after a found person: 王沪宁、栗战书参加."""
    taken = {p.start for p in people}
    extra: list[_Person] = []
    for person in people:
        at = person.end
        while text[at:at + 1] in ("、", " "):  # 王沪宁、栗战书; a headline's 韩夏 赵永红 陈佰山
            match = _NEIGHBOUR.match(text, at + 1)
            if not match or match.start() in taken or not _is_name(match.group(1), index):
                break
            taken.add(match.start())
            extra.append(_Person(match.group(1), match.start(), match.end(1), None))
            at = match.end(1)
    return sorted(people + extra, key=lambda p: p.start)


def _with_title(text: str, person: _Person, people: list[_Person], m: _Matchers, after: str | None) -> _Person:
    previous_end = max((p.reach or p.end for p in people if p.end <= person.start), default=0)
    before = text[previous_end: person.start].lstrip("、，, ")
    tail = m.title_tail.search(before)
    title = tail.group() if tail else after
    return _Person(person.name, person.start, person.end, title, max(person.reach, person.end))


def _roles_in(text: str, people: list[_Person], m: _Matchers, main: str | None, own_name: str = ""
              ) -> list[tuple[_Person, str]]:
    tokens: list[tuple[int, str, object]] = [(p.start, "person", p) for p in people]
    masked = text  # a verb never starts inside a name (蒋作君作工作报告)
    for p in people:
        masked = masked[: p.start] + "\0" * (p.end - p.start) + masked[p.end:]
    for match in m.verbs.finditer(masked):
        if match.group() in ("与会", "参会") and _ATTENDEES.match(text, match.end()):
            continue  # 对与会代表…表示感谢: the attendees, not a verb
        tokens.append((match.start(), match.lastgroup or "other", match))
    tokens.sort(key=lambda t: t[0])
    pending: list[_Person] = []
    last_subject: list[_Person] = []
    last_end = 0
    roles: list[tuple[_Person, str]] = []
    leading: list[_Person] = []  # who chaired, spoke or reported so far: 他 is the last of them
    listing = False
    previous = ""  # the kind of the last verb
    for start, kind, value in tokens:
        if kind == "person":
            if pending and "的" in text[last_end: start]:
                pending = []  # 陪同胡锦涛主席出访…的李毅中部长: the first is inside a phrase about the second
            pending.append(value)  # type: ignore[arg-type]
            last_end = value.reach  # type: ignore[attr-defined]
            continue
        if start < last_end:
            continue  # a verb inside a title after a name
        gap = text[last_end:start]
        cited = bool(pending) and bool(m.cited_before.search(text[: pending[0].start]))
        subjects: list[_Person] = []
        ceremony = value.group().startswith("并") and _CEREMONY.match(gap)  # type: ignore[attr-defined]
        # 习近平总书记(在延安)主持召开: only for chairing, as 习近平总书记强调… is mostly quoted
        chairing = kind == "chair" and gap.startswith("总书记") and _FILLER.match(gap, 3)
        if pending and not cited and (_FILLER.match(gap) or _CHAINED.match(gap) or ceremony or chairing):
            subjects = pending
        elif not pending and (_COORDINATED.search(gap) or value.group().startswith("并")  # type: ignore[attr-defined]
                              or gap.rstrip("，, ") in _WHILE_CHAIRING  # 李强在主持会议时指出
                              or _visit_goes_on(gap, kind, previous, text, value.end())):  # type: ignore[attr-defined]
            subjects = last_subject
        elif kind == "he" and (leading or main):
            subjects = leading[-1:] or [_Person(main or "", start, start + 1, None)]
        if pending and not cited:
            last_subject = pending  # 李克强到农业农村部考察，并主持召开座谈会
        if _elsewhere(gap, own_name) or kind == "chair" and _chairs_another(text, value.end(), own_name):  # type: ignore[attr-defined]
            subjects = []  # 杨旭东在…年度大会上曾表示: said before, or at another meeting
            last_subject = []  # …在全国科技大会上发表重要讲话，对…作出重要部署: that meeting's too
        role = {"speaker": SPEAKER, "chair": CHAIR, "present": OFFICIAL, "report": _REPORT}.get(kind)
        if kind == "he":
            role = SPEAKER
        if role:
            roles.extend((p, role) for p in subjects)
            leading += subjects if role in (SPEAKER, CHAIR, _REPORT) else []
        pending = []
        previous = kind
        last_end = value.end()  # type: ignore[attr-defined]
        listing = listing or kind == "present" and bool(_LISTED_AFTER.match(text, last_end))
    if listing:  # 出席会议的还有…副部长苗圩、杨学山等: the people after the verb
        roles.extend((p, OFFICIAL) for p in pending)
    return roles


def _visit_goes_on(gap: str, kind: str, previous: str, text: str, end: int) -> bool:
    """…带队赴山东调研，出席…座谈会: after a visit verb and a bare comma, the visitor attends or chairs
    (not 出席会议的有…, which lists others)."""
    return gap.strip() in ("，", ",") and previous == "other" and kind in ("present", "chair") \
        and not _LISTED_AFTER.match(text, end)


def _elsewhere(gap: str, own_name: str) -> bool:
    found = _ELSEWHERE.search(gap)
    if not found or not found.group("other"):
        return bool(found)
    return _another(found.group("other"), own_name)


def _another(other: str, own_name: str, loosely: bool = False) -> bool:
    """Whether `other` names another meeting than `own_name`; `loosely`, one core holding the other is
    the same meeting too (光伏行业制造业企业座谈会 and 第十五次制造业企业座谈会)."""
    if other in _OWN or own_name.endswith(other) or other in own_name or own_name in other:
        return False
    mine, theirs = _core(own_name), _core(other)  # 领导小组全体会议 and 领导小组会议 are one
    same = bool(mine and theirs) and (mine == theirs or loosely and (mine in theirs or theirs in mine))
    return not same


_ORDINALS = re.compile(r"第[一二三四五六七八九十百\d]+次|\d{4}年(?:度)?|[（(]扩大[）)]")
_SITTING_WORDS = re.compile(r"(?:全体|扩大|专题|年度)?(?:会议|座谈会|大会|全会|会)$")


def _core(name: str) -> str:
    return _SITTING_WORDS.sub("", _ORDINALS.sub("", name))


# 主持上午的会议, 主持第一次全体会议: a sitting of the meeting itself
_SITTING_OF_OWN = re.compile(r"^(?:上午|下午|晚上|当天|今天|和|、)*的?(?:第[一二三四五六七八九十\d]+次)?"
                             r"(?:全体|开幕|闭幕|小组|分组|联组|大会)?(?:会议|全会|大会)$")
_CHAIRED = re.compile(r"(?:召开)?(?:了)?(?P<name>[^，。；并“”]{2,30}?(?:会议|座谈会|大会|全会))")


def _chairs_another(text: str, end: int, own_name: str) -> bool:
    """1月25日，习近平总书记主持中央政治局常委会会议并作重要讲话: he chaired another meeting."""
    chaired = _CHAIRED.match(text, end)
    return bool(chaired and own_name and not _SITTING_OF_OWN.match(chaired.group("name"))
                and _another(chaired.group("name"), own_name, loosely=True))


def extract_people(doc: Document, spans: list[Span], index: Index, own_name: str = "") -> list[Participation]:
    """Participations of people in the sentences `spans` (title clauses first) of the meeting `own_name`."""
    m = _matchers(index)
    found: list[Participation] = []
    leaders: list[str] = []  # who chaired, spoke or reported so far, the last one last
    seen: set[str] = set()  # names found so far: 郑立新 is found again without his title (最后，郑立新对…提出)
    instructed: set[str] = set()  # 习近平作出重要指示: his 强调 is the instruction, not a speech here
    antecedent: str | None = None  # the first person named in the last sentence naming one: 他 is him
    for span in _joined_at_semicolons(doc, spans):
        if _MEETING_SAID.match(span.text) or not m.verbs.search(span.text) and not _INSTRUCTED.search(span.text):
            antecedent = _first_named(span.text, m, seen) or antecedent
            continue  # what the meeting said, or no verb that gives anyone a role
        people = _with_seen(span.text, _find_people(span.text, index, m), seen)
        seen.update(p.name for p in people if p.title or p.name in index.known_people)
        instructed.update(p.name for p in people if _INSTRUCTION.match(span.text, p.reach or p.end))
        he = antecedent if antecedent in leaders else None  # …作了说明。他说: not the chair's words
        for person, role in _roles_in(span.text, people, m, he, own_name):
            start = span.start + person.start
            mention = Mention(person.name, Span(start, start + len(person.name), person.name),
                              f"people.{role}", doc.id)
            found.append(Participation(role, person.name, "person", mention, person.title))
            if role in (SPEAKER, _REPORT, CHAIR):
                leaders.append(person.name)
        antecedent = people[0].name if people else antecedent
    return _resolve([p for p in found if p.role != SPEAKER or p.participant not in instructed])


def _joined_at_semicolons(doc: Document, spans: list[Span]) -> list[Span]:
    """…董事长陈佰山，…总经理闫宏光；…总工程师王伟出席座谈会: a list cut at ；goes on to its verb."""
    joined: list[Span] = []
    for span in spans:
        last = joined[-1] if joined else None
        if last and last.text.endswith("；") and last.end == span.start:
            joined[-1] = Span(last.start, span.end, doc.text[last.start: span.end])
        else:
            joined.append(span)
    return joined


def _first_named(text: str, m: _Matchers, seen: set[str]) -> str | None:
    """The first person a sentence without a role verb names (全国政协副主席巴特尔就…作了说明), found cheaply."""
    found = [(match.start("name"), match.group("name")) for match in (m.titled.search(text),) if match]
    found += [(text.find(name), name) for name in seen if name in text]
    return min(found)[1] if found else None


def _resolve(found: list[Participation]) -> list[Participation]:
    """One participation per (person, role); chairs and speakers are not also 'present'; a work
    report is the speech only where it is the only one and nobody else speaks."""
    reporters = {p.participant for p in found if p.role == _REPORT}
    sole = len(reporters) == 1 and not any(p.role == SPEAKER for p in found)  # reports in turn are not speeches
    if len(reporters) > 1:  # …报告了…。他说: the report's content, in turn with others
        found = [p for p in found if p.role != SPEAKER or p.participant not in reporters]
    found = [p if p.role != _REPORT else dataclasses.replace(p, role=SPEAKER)
             for p in found if p.role != _REPORT or sole]
    leading = {p.participant for p in found if p.role in (CHAIR, SPEAKER)}
    seen: set[tuple[str, str]] = set()
    titles: dict[str, str] = {p.participant: p.title for p in found if p.title}
    result = []
    for part in found:
        key = (part.participant, part.role)
        if key in seen or (part.role == OFFICIAL and part.participant in leading):
            continue
        seen.add(key)
        title = part.title or titles.get(part.participant)
        result.append(Participation(part.role, part.participant, part.kind, part.mention, title))
    return result
