"""Find the meeting a document reports: its lead sentence, name, organiser, format.

A document reports a meeting when its title or one of its first body
sentences says a meeting was held (召开, 主持召开, 举行, 在京闭幕, …会议上强调)
or that a Party group met (工业和信息化部党组传达学习…).  Visits with foreign
guests, foreign or multilateral meetings and commentary are not reports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.extract.dates import DATE_RE, VAGUE_RE
from kg.extract.lexindex import Index, alternation
from kg.extract.text import body_sentences, title_clauses
from kg.model import IN_PERSON, TELECONFERENCE, VIDEO, Document, Mention, Span

LEAD_SENTENCES = 3  # body sentences searched for the report of the meeting
# A day or time between a name and its verb: …会议27-28日在北京召开, …会议于12月26日上午召开.
_WHEN = r"(?:于)?(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}(?:日)?(?:至|到|-|－|—)?)?\d{0,2}日?(?:上午|下午|晚上|晚)?"
# 的 ends a name, but for 党的…; a quoted theme may hold commas (“积极推进改革创新，激发…”调研协商座谈会).
_NAME_CHARS = r"(?:党的|“[^”]{1,40}”|[^，。；：:（）()\s的])"
_VERBS_IN_NAME = re.compile(r"出席|主持|召开|举行|参加")
# …会议举行第二次全体会议: a session can be the convener of its sittings.
_ORG_SUFFIX = (r"(?:委员会|常委会|领导小组|工作小组|党组|党委|联防联控机制|机制|政治局|国务院|主席团|代表团"
               r"|部|委|局|署|办|院|会议|全会|大会)")


@dataclass(frozen=True, slots=True)
class Lead:
    span: Span  # the sentence that reports the meeting
    name: str
    name_mention: Mention
    subject: str  # text before the verb in the lead clause (the convener)


@dataclass(frozen=True, slots=True)
class _Patterns:
    held: re.Pattern[str]
    at: re.Pattern[str]
    subject: re.Pattern[str]
    party: re.Pattern[str]
    not_report: re.Pattern[str]
    foreign: re.Pattern[str]
    foreign_title: re.Pattern[str]
    video: re.Pattern[str]
    tele: re.Pattern[str]
    org_prefix: re.Pattern[str]


@cache
def _patterns(index: Index) -> _Patterns:
    cues = index.cues["meeting"]
    nouns = alternation(cues["nouns"])
    name = f"(?P<name>{_NAME_CHARS}{{0,40}}?{nouns})(?![议堂室第党])"
    return _Patterns(
        held=re.compile(f"(?:主持(?:召开)?|召开|举行|举办|出席)(?:了)?{name}"),
        at=re.compile(f"在{name}(?:上|中|期间|时)(?:发表|作|强调|指出|讲话|表示|说)"),
        subject=re.compile(f"{name}(?:{_WHEN})?(?:在[京北][^，。；\\s]{{0,6}}|在[^，。；\\s]{{1,8}})?(?:隆重)?"
                           f"(?:举行|召开|开幕|闭幕)"),
        party=re.compile(f"(?P<org>{_NAME_CHARS}{{2,20}}?党组)(?:认真|深入|专题)?"
                         f"(?:{alternation(cues['party_group_actions'])})"),
        not_report=re.compile(alternation(cues["not_report"])),
        foreign=re.compile(alternation(cues["foreign"]) + "|" + cues["bilateral_re"]),
        foreign_title=re.compile(alternation(cues["foreign_title"])),
        video=re.compile(alternation(index.cues["format"]["video"])),
        tele=re.compile(alternation(index.cues["format"]["teleconference"])),
        org_prefix=re.compile(f"^(?:[一二三四五六七八九十]+届)?(?P<org>.+?{_ORG_SUFFIX})(?:第[一二三四五六七八九十百零\\d]+次)?"
                              f"(?:全体|常务|专题|领导小组|委员长)?(?:会议|全会)$"),
    )


def _match_name(text: str, p: _Patterns) -> tuple[re.Match[str], str] | None:
    for pattern, rule in ((p.held, "held"), (p.subject, "subject"), (p.at, "at")):
        match = pattern.search(text)
        if match:
            return match, rule
    match = p.party.search(text)
    return (match, "party") if match else None


def find_lead(doc: Document, index: Index) -> Lead | str:
    """The lead of the reported meeting, or the reason there is none."""
    p = _patterns(index)
    title = doc.title
    titles = title_clauses(doc)
    # International events are named up front (世界…大会在京举行); a later clause may
    # mention 国际 in a domestic agenda (…部署建设国际消费中心城市).
    if found := p.not_report.search(title) or (titles and p.foreign_title.search(titles[0].text)):
        return f"not a meeting report: {found.group()} in title"
    body = body_sentences(doc)[:LEAD_SENTENCES]
    if any(p.foreign.search(s.text) for s in [*titles, *body[:1]]):
        return "not a meeting report: foreign or multilateral meeting"
    reason = "not a meeting report: no meeting is reported in the title or lead"
    for span in [*titles, *body]:
        found = _match_name(span.text, p)
        if not found:
            continue
        match, rule = found
        if span.start >= doc.body_start and not (DATE_RE.search(span.text) or VAGUE_RE.search(span.text)):
            continue  # an undated meeting in the body: commentary, or a speech quoted later
        lead = _lead(doc, span, match, rule, index)
        if lead.name in ("会议", "专题会议", "大会"):
            reason = "not a meeting report: an unnamed meeting with no named convener"
            continue  # 蔡奇出席会议并讲话: the name may stand in another clause
        if any(word in lead.name for word in index.cues["meeting"]["not_government"]):
            return "not a meeting report: a company, fund or trade event, not a government or Party body"
        if span.start >= doc.body_start and title.startswith("【"):
            return "not a meeting report: a feature article (【…】 series) that refers to a meeting"
        return lead
    return reason


def _lead(doc: Document, span: Span, match: re.Match[str], rule: str, index: Index) -> Lead:
    if rule == "party":
        body = match.group("org").removesuffix("党组")
        name, start, end = _canonical(body, index) + "党组会议", match.start("org"), match.end()
    else:
        name, start, end = match.group("name"), match.start("name"), match.end("name")
        if verb := list(_VERBS_IN_NAME.finditer(name)):
            start += verb[-1].end()
            name = name[verb[-1].end():]
        trimmed = re.sub(r"^(?:了|一次|新一届|在)", "", name)
        start += len(name) - len(trimmed)
        name = trimmed
    subject = _subject(span.text[: match.start()])
    sitting = name.startswith("第") and re.search(r"(?:委员会|常委会|主席团|代表团|会议|全会|大会)$", subject)
    if subject and (name in index.cues["meeting"]["generic_names"] or sitting):
        name = subject + name
    begin, stop = span.start + start, span.start + end
    return Lead(span, name, Mention(name, Span(begin, stop, doc.text[begin:stop]), f"lead.{rule}", doc.id), subject)


def _subject(before: str) -> str:
    """The convening body right before the verb: 国务院联防联控机制(19日)召开…"""
    clause = re.split(r"[，。；：:]", before)[-1]
    clause = DATE_RE.sub("", clause)
    clause = re.sub(r"(?:上午|下午|晚上|晚|在京|在北京)$", "", clause)
    match = re.search(f"(?:^|[^\u4e00-\u9fff])?([\u4e00-\u9fff]{{2,30}}?{_ORG_SUFFIX})$", clause)
    return match.group(1) if match else ""


def organizer(lead: Lead, chair_titles: list[str], index: Index) -> str | None:
    """From the meeting's name, else its convener, else a chairing minister's ministry."""
    p = _patterns(index)
    named = p.org_prefix.match(lead.name)
    if named and not named.group("org").endswith(("部分", "有关")):
        org = _canonical(named.group("org"), index)
        if org not in index.organizer_of and org.endswith("党组"):
            org = org.removesuffix("党组")  # a ministry's Party group meets for the ministry
        if org in index.organizer_of:
            return index.organizer_of[org]
        return _known_org(org, index) or org
    for text in (lead.name, lead.subject):
        found = _known_org(text, index)
        if found:
            return found
    if lead.subject:
        return _canonical(lead.subject, index)
    for title in chair_titles:
        found = _known_org(title, index)
        if found and re.search(r"[部局署委行]$", found) and not found.startswith(("中央", "中共")):
            return found
    return None


def _known_org(text: str, index: Index) -> str | None:
    if not text or index.organizer_re is None:
        return None
    matches = [m.group() for m in index.organizer_re.finditer(text)]
    return index.organizer_of[max(matches, key=len)] if matches else None


def _canonical(org: str, index: Index) -> str:
    org = re.sub(r"^第?[一二三四五六七八九十]+届", "", org)  # 十四届全国人大常委会 -> 全国人大常委会
    return index.organizer_of.get(org, org)


def meeting_format(doc: Document, lead: Lead, index: Index) -> str | None:
    if not doc.body.strip():
        return None  # a title-only item: nothing to judge
    p = _patterns(index)
    for text in (lead.name, lead.span.text):
        if p.tele.search(text):
            return TELECONFERENCE
        if p.video.search(text):
            return VIDEO
    return IN_PERSON
