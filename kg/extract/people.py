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

from kg.extract.lexindex import Index
from kg.extract.names import (
    LISTED_AFTER,
    Person,
    with_seen,
)
from kg.extract.persons import Matchers, cut_off_ends, find_people, listed_present, matchers, participation
from kg.extract.sittings import chaired_for_another, chairs_another, said_elsewhere
from kg.model import CHAIR, OFFICIAL, SPEAKER, Document, Participation, Span

_FILLER = re.compile(
    r"(?:同志)?(?:(?:(?:和|及|以及|与|、)[^，。；]{0,60}?|[，,][^。；]{0,120}?)"
    r"(?:负责同志|负责人|同志|代表|领导|干部|委员|人员|成员|对象|分子|单位|专家|嘉宾|学者|会长|秘书长)(?:(?:约|近|共)?[\d一二三四五六七八九十百]+(?:余|多)?[人名])?)?"
    r"(?:(?:[，,]?(?:以及|和|及)[^，。；等]{1,30})?"  # …相关人员，以及19家协会会长、秘书长等20余人参加
    r"等(?:相关|有关)?(?:[^，。；]{0,20}?(?:专家|同志|人员|代表|领导人|领导|负责人|嘉宾))?"
    r"(?:(?:共计|共|约|近)?[\d一二三四五六七八九十百]+(?:余|多)?[人名])?"  # …会员代表等500人出席会议
    # …等政府部门的领导和嘉宾，以及协会会员代表共计200余人出席会议
    r"(?:[，,]?(?:以及|和|及)[^，。；]{0,30}?(?:代表|人员|嘉宾|专家|领导)(?:共计|共|约|近)?(?:[\d一二三四五六七八九十百]+(?:余|多)?[人名])?)?)?(?:代表[^，。；]{1,24}[，,]?)?(?:作为[^，。；]{1,24}?(?:代表|领导|嘉宾))?(?:(?:对|就|围绕|向|率|带领)[^，。；]{1,40}?)?[，,]?\s*"
    r"(?:\d{1,2}月)?(?:\d{1,2}日)?"
    r"(?:今天|昨天|今日|日前|近日|近期|昨日|当天|当日|同日|[昨今前][（(]\d{1,2}[）)]日)?(?:上午|下午|晚上|晚)?(?:在[^。；！？]{0,40}?(?:上|中|时|期间)?|(?:随后|最后)(?:的)?讲话中)?(?:，|,)?"
    r"(?:以[^，。；]{1,16}?(?:身份|名义))?"  # 以副部长身份出席
    r"(?:受邀|应邀)?(?:也|还|又|再次|再度|再|分别|先后|立即|专程|亲自|一同|共同|均|都|主要|首先|重点|简要|详细|视频|以视频方式|通过视频方式|通过视频"
    r"|现场或视频|现场或线上|线上或线下|现场)?(?:最后)?(?:在)?(?:总结|小结)?(?:时)?\s*$"
)
_COORDINATED = re.compile(r"(?:[，,]\s*)?(?:并|随后|同时|还|并且|接着)"
                          r"(?:在[^，。；]{1,12}|(?:就|对|围绕)[^，。；]{1,20})?\s*$"  # …出席会议，并就…提出要求
                          r"|^[，,]\s*(?:就|对|围绕)[^，。；]{1,20}$"  # …出席会议，就…提出三点意见
                          r"|^[，,]\s*(?:通报|传达|介绍)[^，。；]{1,30}?、\s*$")  # 王昆主持会议，通报…、提出工作要求
_AFTER_IT = re.compile(r"\s*(?:会后|会议结束后|散会后)[，,]")
_REPORT = "report"
_TURN = "turn"  # present as one who reported or signed in turn: no report is then the only speech
_HEARD = "heard"  # present as the one who heard reports or views (听取): 他 may refer to him
_AFTER_HEARING = re.compile(r"^[^。；]{0,30}?后[，,]?\s*$")  # 田晓明在听取大家的发言后，指出: his speech
_CONVENED = "convened"  # the chair, unless another presides (邓小兰召开…调度会，副县长刘衍志主持会议)
_OWN_CLAUSE = re.compile(r"[^，,、；。]{4,}[，,]")
_WHILE_CHAIRING = ("时", "会议时", "大会时", "全会时", "座谈会时", "开幕会时", "闭幕会时")  # 赵乐际在主持大会时指出
# 田玉龙传达…重要精神并主持会议; 宋元明通报调查安排、提出工作要求
_CHAIRED_NAME = re.compile(r"^[^，。；]{1,40}?(?:会议|座谈会|全会|大会|会)(?:时|上|并)?$")  # the meeting chaired
_CHAINED = re.compile(r"^[^，。；]{0,80}?(?:并|并且)\s*$|^(?:通报|传达|介绍)[^，。；]{1,30}?[、，,]\s*$"
                      r"|^(?:通报|传达|介绍|阐述)(?:了)?[^。；]{1,80}?[，,]\s*(?:并|并且)?(?:就|对|围绕)[^，。；]{1,30}$")
# An act at the meeting itself before 并发表讲话 (习近平向…颁授勋章并发表重要讲话); not a visit, not 将.
_CEREMONY = re.compile(r"^(?!将)[^，。；]{0,40}?(?:颁授|颁发|授予|宣读|宣布|会见|接见)[^，。；]{0,30}$")
_ATTENDEES = re.compile(r"代表|人员|同志|专家|嘉宾|者|企业|单位|各方|领导")
# (A bare 指示 is a directive given at the meeting: 苗圩还对联盟…做出指示，要求…)
_INSTRUCTED = re.compile(r"(?:作出|做出|发来|致)(?:了)?(?:重要指示|重要批示|批示|贺信|贺词)")
_INSTRUCTION = re.compile(r"[^，。；]{0,30}?" + _INSTRUCTED.pattern)  # right after a name: his instruction
# A sentence that tells what the meeting said: people named in it are its content, not its participants.
_HIS_MESSAGE = re.compile(r"(?:主席|总书记|总理|委员长)?(?:的)?(?:贺信|贺词|贺电|重要指示|重要批示)")
_ASIDE = re.compile(r"[（(][^（）()，。]{1,10}[）)]")
_QUOTED_TITLE = re.compile(r"主席|总书记")  # the head of state quoted by title, mid-speech
_MEETING_SAID = re.compile(r"^(?:[^，]{0,8}，)?(?:会议|会上|座谈会|大会|全会)(?:还|并|同时|一致)?"
                           r"(?:指出|强调|认为|要求|提出|表示|号召|明确|称|传达)")


# 会议推举…俞正声在…上作常委会工作报告: whom the meeting chose for a task, not a role at it
_VISIT_VERBS = ("调研", "考察", "视察")
_DECIDED_ON = re.compile(r"(?:会议|大会)(?:还)?(?:推举|推选|决定由|同意由|确定由|任命)")


def _roles_in(text: str, people: list[Person], m: Matchers, main: str | None, own_name: str = ""
              ) -> list[tuple[Person, str]]:
    tokens: list[tuple[int, str, object]] = [(p.start, "person", p) for p in people]
    masked = text  # a verb never starts inside a name (蒋作君作工作报告)
    for p in people:
        masked = masked[: p.start] + "\0" * (p.end - p.start) + masked[p.end:]
    for match in m.verbs.finditer(masked):
        if match.group() in ("与会", "参会") and _ATTENDEES.match(text, match.end()):
            continue  # 对与会代表…表示感谢: the attendees, not a verb
        if match.lastgroup == "other" and text.startswith("员", match.end()):
            continue  # 新闻处调研员张红宇: a title, not a visit
        if match.group() == "发言" and text.endswith("的", 0, match.start()):
            continue  # 在听取大家的发言后: a noun, not a verb
        tokens.append((match.start(), match.lastgroup or "other", match))
    tokens.sort(key=lambda t: t[0])
    tokens = _chained_turns_dropped(text, tokens)
    pending: list[Person] = []
    own_clause = 0  # pending people before this index ended a clause of their own
    last_subject: list[Person] = []
    last_end = 0
    roles: list[tuple[Person, str]] = []
    leading: list[Person] = []  # who chaired, spoke or reported so far: 他 is the last of them
    listing = False
    previous = previous_verb = ""  # the kind of the last verb, and its words
    visited = False  # whether it was a visit (调研, 考察): a speech right after it is the visitor's there
    for start, kind, value in tokens:
        convened = kind == "convened"
        kind = "chair" if convened else kind
        if kind == "person":
            if pending and "的" in text[last_end: start]:
                pending, own_clause = [], 0  # 陪同…出访…的李毅中部长: the first is in a phrase about the second
            elif pending and m.cited_before.search(text[last_end:start]):
                continue  # 刘奇葆在会上传达了习近平的重要指示并讲话: the second is only cited
            elif pending and "，" in text[last_end:start] and m.cited_before.search(text[: pending[0].start]):
                pending, own_clause = [], 0  # 为贯彻落实王艳玲…指示，6月11日，陈红辉主持召开: the cited clause ended
            elif pending and _OWN_CLAUSE.match(text, last_end, start):
                own_clause = len(pending)  # 叶民传达…精神，…王江平主持会议: the first ended his own clause
            pending.append(value)  # type: ignore[arg-type]
            last_end = value.reach  # type: ignore[attr-defined]
            if aside := _ASIDE.match(text, last_end):
                last_end = aside.end()  # 王建宇（主持工作）主持: a verb in the aside is not his
            continue
        if start < last_end:
            continue  # a verb inside a title after a name
        gap = text[last_end:start]
        cited = bool(pending) and bool(m.cited_before.search(text[: pending[0].start]))
        subjects: list[Person] = []
        ceremony = value.group().startswith("并") and _CEREMONY.match(gap)  # type: ignore[attr-defined]
        # 习近平总书记(在延安)主持召开: only for chairing, as 习近平总书记强调… is mostly quoted
        chairing = kind == "chair" and gap.startswith("总书记") and _FILLER.match(gap, 3)
        if pending and not cited and (_FILLER.match(gap) or _CHAINED.match(gap) or ceremony or chairing):
            subjects = pending if kind == "present" else pending[own_clause:]  # 汪洋宣读…，栗战书…出席: all there
        elif (not pending or cited) and value.group() != "召开" and (  # type: ignore[attr-defined]
                _COORDINATED.search(gap) or value.group().startswith("并")  # type: ignore[attr-defined]
                or gap.rstrip("，, ") in _WHILE_CHAIRING  # 李强在主持会议时指出
                # 主持会议，指出; 就…情况做了介绍，指出 (as 介绍了…情况，指出)
                or (previous == "chair" or previous == "turn" and previous_verb.endswith("介绍")) and kind == "speaker"
                and gap.strip() in ("，", ",")
                or previous in ("chair", "present") and kind == "speaker" and _CHAIRED_NAME.match(gap)
                or previous_verb in ("致辞", "致词", "到会") and kind == "speaker" and not gap.strip("，, ")  # 致辞表示
                or previous_verb.startswith("听取") and kind == "speaker" and _AFTER_HEARING.match(gap)
                # (主持召开…座谈会强调, 出席…峰会致辞表示)
                or _visit_goes_on(gap, kind, previous, text, value.end())):  # type: ignore[attr-defined]
            subjects = last_subject
        elif kind == "he" and (leading or main):
            subjects = leading[-1:] or [Person(main or "", start, start + 1, None)]
        if pending and not cited:
            last_subject = pending  # 李克强到农业农村部考察，并主持召开座谈会
        chaired_elsewhere = kind == "chair" and (
            chairs_another(text, value.end(), own_name)  # type: ignore[attr-defined]
            or bool(pending) and chaired_for_another(text[:pending[0].start], own_name))
        # 苗圩一行赴天津…调研，了解…，并表示: said on the visit
        on_visit = kind == "speaker" and previous == "other" and visited and "会" not in gap \
            and ("，" in gap or gap.startswith(("时", "期间")))  # 在江苏考察时强调
        if said_elsewhere(gap, own_name) or chaired_elsewhere or on_visit:
            subjects = []  # 杨旭东在…年度大会上曾表示: said before, or at another meeting
            last_subject = []  # …在全国科技大会上发表重要讲话，对…作出重要部署: that meeting's too
        role = {"speaker": SPEAKER, "chair": CHAIR, "present": OFFICIAL, "turn": _TURN, "report": _REPORT}.get(kind)
        if kind == "present" and value.group().startswith("听取"):  # type: ignore[attr-defined]
            role = _HEARD  # 王江平听取了…意见。他表示: present, and 他 may be him
        if kind == "he":
            role = SPEAKER
        if convened and role:
            role = _CONVENED
        if role:
            roles.extend((p, role) for p in subjects)
            leading += subjects if role in (SPEAKER, CHAIR, _REPORT, _HEARD, _CONVENED) else []
        pending, own_clause = [], 0
        previous, previous_verb = kind, value.group()  # type: ignore[attr-defined]
        visited = value.group() in _VISIT_VERBS  # type: ignore[attr-defined]
        last_end = value.end()  # type: ignore[attr-defined]
        listing = listing or kind == "present" and bool(LISTED_AFTER.match(text, last_end))
    if listing:  # 出席会议的还有…副部长苗圩、杨学山等: the people after the verb
        roles.extend((p, OFFICIAL) for p in pending)
    return roles


def _chained_turns_dropped(text: str, tokens: list[tuple[int, str, object]]) -> list[tuple[int, str, object]]:
    """宋元明通报调查安排、提出工作要求: a report chained to a speech is part of the speech."""
    kept = []
    for n, (start, kind, value) in enumerate(tokens):
        if kind == "turn" and n and tokens[n - 1][1] in ("person", "chair", "convened", "speaker"):
            after = next((t for t in tokens[n + 1:] if t[1] != "person"), None)
            if after and after[1] in ("speaker", "chair", "convened") and _CHAINED.match(text[start:after[0]]):
                continue
        kept.append((start, kind, value))
    return kept


_VISIT_GAP = re.compile(r"^\s*[，,]\s*(?:(?:其间|期间|调研期间|考察期间)[，,]?)?\s*$")  # 赴…调研，其间主持召开…


def _visit_goes_on(gap: str, kind: str, previous: str, text: str, end: int) -> bool:
    """…带队赴山东调研，出席…座谈会: after a visit verb and a bare comma, the visitor attends or chairs
    (not 出席会议的有…, which lists others)."""
    return bool(_VISIT_GAP.match(gap)) and previous == "other" and kind in ("present", "chair") \
        and not LISTED_AFTER.match(text, end)


def _cut_off(span: Span, cuts: frozenset[int]) -> bool:
    """Whether the sentence `span` is where an excerpt cut its text off (it runs to a cut)."""
    return any(abs(span.end - cut) <= 1 for cut in cuts)


def extract_people(doc: Document, spans: list[Span], index: Index, own_name: str = "") -> list[Participation]:
    """Participations of people in the sentences `spans` (title clauses first) of the meeting `own_name`."""
    m = matchers(index)
    found: list[Participation] = []
    leaders: list[str] = []  # who chaired, spoke or reported so far, the last one last
    seen: set[str] = set()  # names found so far: 郑立新 is found again without his title (最后，郑立新对…提出)
    instructed: set[str] = set()  # 习近平作出重要指示: his 强调 is the instruction, not a speech here
    antecedent: str | None = None  # the first person named in the last sentence naming one: 他 is him
    voice: tuple[int, str] | None = None  # (paragraph start, name) of the last speech: whom 习近平主席指出 quotes
    cuts = cut_off_ends(doc)
    for span in _joined_at_semicolons(doc, spans):
        if cuts and _cut_off(span, cuts) and not m.verbs.search(span.text):
            found += listed_present(doc, span, find_people(span.text, index, m))
            continue  # a list of guests the page's excerpt cuts off before its verb (…出席): the usual presence
        if _AFTER_IT.match(span.text):
            continue  # 会后，副县长许业对…进行了安排部署: his own follow-up, not a speech at the meeting
        if _MEETING_SAID.match(span.text) or _DECIDED_ON.match(span.text) \
                or not m.verbs.search(span.text) and not _INSTRUCTED.search(span.text):
            antecedent = _first_named(span.text, m, seen) or antecedent
            continue  # what the meeting said, or no verb that gives anyone a role
        people = with_seen(span.text, find_people(span.text, index, m), seen)
        seen.update(p.name for p in people if p.title or p.name in index.known_people)
        instructed.update(p.name for p in people if _INSTRUCTION.match(span.text, p.reach or p.end))
        he = antecedent if antecedent in leaders else None  # …作了说明。他说: not the chair's words
        paragraph = doc.text.rfind("\n", 0, span.start)
        for person, role in _roles_in(span.text, people, m, he, own_name):
            if _QUOTED_TITLE.match(span.text, person.end) and voice and voice[0] == paragraph \
                    and voice[1] != person.name:
                continue  # 丁薛祥表示，…。习近平主席指出，…: his words (or deeds) quoted in another's speech
            if _HIS_MESSAGE.match(span.text, person.end):
                continue  # 宣读习近平主席贺信: his message is read, he is not there
            if role == SPEAKER:
                voice = (paragraph, person.name)
            found.append(participation(doc, span, person, role, f"people.{role}"))
            if role in (SPEAKER, _REPORT, CHAIR, _HEARD, _CONVENED):
                leaders.append(person.name)
        antecedent = people[0].name if people else antecedent
    found = [p for p in found if p.role != SPEAKER or p.participant not in instructed]
    if len({p.participant for p in found if p.role == _REPORT}) == 1:  # (reports given in turn stay reports)
        found = [_quoted_report(doc, p) for p in found]
    return _resolve(_called_by_title(found))


# 局长汲佩德作了题为《…》的报告。报告指出，…: the one report, whose content the item goes on to tell, is a
# speech beside another's (副市长…出席会议并讲话)
_REPORT_SAID = re.compile(r"[^。]{0,120}?。\s*(?:[^。，]{0,10}的)?报告(?:指出|强调|提出|要求|认为|明确)")


def _quoted_report(doc: Document, part: Participation) -> Participation:
    if part.role == _REPORT and _REPORT_SAID.match(doc.text, part.mention.span.end):
        return dataclasses.replace(part, role=SPEAKER)
    return part


# A surname and a title (杨部长, 曾书记) is how a report calls someone it has named in full.
_SURNAME_TITLE = re.compile(r"^[\u4e00-\u9fff](?P<title>副?(?:部长|书记|局长|主任|厅长|省长|市长|司长|院长|主席|总理"
                            r"|县长|区长|处长|会长|理事长|董事长|总经理|秘书长|总工程师|总经济师|委员))$")


def _called_by_title(found: list[Participation]) -> list[Participation]:
    """杨部长指出 is 杨学山 (工业和信息化部副部长杨学山…) where one person of that surname bears that title;
    with nobody to stand for, 杨部长 is no name."""
    full = [p for p in found if not _SURNAME_TITLE.match(p.participant)]
    resolved = []
    for part in found:
        if not (called := _SURNAME_TITLE.match(part.participant)):
            resolved.append(part)
            continue
        named = {p.participant for p in full if p.participant[0] == part.participant[0]
                 and (p.title or "").endswith(called.group("title").removeprefix("副"))}
        if len(named) == 1:
            resolved.append(dataclasses.replace(part, participant=named.pop()))
    return resolved


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


def _first_named(text: str, m: Matchers, seen: set[str]) -> str | None:
    """The first person a sentence without a role verb names (全国政协副主席巴特尔就…作了说明), found cheaply."""
    found = [(match.start("name"), match.group("name")) for match in (m.titled.search(text),) if match]
    found += [(text.find(name), name) for name in seen if name in text]
    return min(found)[1] if found else None


def _resolve(found: list[Participation]) -> list[Participation]:
    """One participation per (person, role); chairs and speakers are not also 'present'; a work
    report is the speech only where it is the only one and nobody else speaks."""
    presided = any(p.role == CHAIR for p in found)
    found = [p if p.role not in (_HEARD, _CONVENED) else
             dataclasses.replace(p, role=CHAIR if p.role == _CONVENED and not presided else OFFICIAL) for p in found]
    reporters = {p.participant for p in found if p.role == _REPORT}
    sole = len(reporters) == 1 and not any(p.role in (SPEAKER, _TURN) for p in found)  # reports in turn: no speech
    # 会议由张晓强主持。张晓强介绍了当前形势: a chair's own account is his speech (not 主持会议并通报了…情况,
    # the chair's report in the same breath)
    chaired_at = {(p.participant, p.mention.span.start) for p in found if p.role == CHAIR}
    chairs = {name for name, _ in chaired_at}
    found = [p if p.role != _TURN else dataclasses.replace(p, role=SPEAKER if p.participant in chairs and (
        p.participant, p.mention.span.start) not in chaired_at else OFFICIAL) for p in found]
    if len(reporters) > 1:  # …报告了…。他说: the report's content, in turn with others
        found = [p for p in found if p.role != SPEAKER or p.participant not in reporters]
    found = [p if p.role != _REPORT else dataclasses.replace(p, role=SPEAKER if sole else OFFICIAL)
             for p in found]  # reports given in turn: present
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
