"""Extraction: a pure function of a Document (and the frozen lexicon index)."""

from __future__ import annotations

import datetime as dt
import re

from kg.extract import lexindex, script
from kg.extract.cited import extract_cited
from kg.extract.content import LEAD_SENTENCES, content_sentences
from kg.extract.convener import meeting_format, organizer
from kg.extract.dates import (
    DATED_HOLDING,
    HOLDS,
    SAME_DAY_RE,
    VAGUE_RE,
    DateRange,
    first_date,
    previous_date,
)
from kg.extract.digest import briefs
from kg.extract.lead import find_lead
from kg.extract.leaders import host_welcomes, leaders_spoke, merge_spoke
from kg.extract.naming import Lead
from kg.extract.people import extract_people
from kg.extract.places import cities_present, extract_provinces, extract_regions
from kg.extract.reference import reference_date
from kg.extract.sectors import extract_sectors, own_body_field
from kg.extract.text import body_sentences, title_clauses
from kg.extract.topics import extract_measures
from kg.extract.transcript import transcript_dateline, transcript_speaker
from kg.extract.visits import DURING_VISIT
from kg.lexicon import Lexicon
from kg.model import CHAIR, PROVINCE_PRESENT, SPEAKER, Document, Meeting, Mention, NotMeeting, Participation, Span

_TELLS = re.compile("召开|主持|举行|闭幕|开幕|会议|座谈会|大会|出席")
_SIGNED = re.compile("签署|签订|签约|仪式")  # what tells of a signing ceremony
_TOUR = re.compile(r"(?:考察|调研|视察)[^，。；]{0,6}?并(?:主持召开|出席|主持)")
# …会议于3月18日在京召开; 于4月25日召开这次座谈会
_HELD_ON = re.compile(r"(?:会议|会)于?(?:\d{4}年)?\d{1,2}月\d{1,2}日[^，。；]{0,12}?(?:召开|举行|开幕)"
                      r"|于(?:\d{4}年)?\d{1,2}月\d{1,2}日[^，。；]{0,12}?(?:召开|举行)[^，。；]{0,12}?会")
# 2017年11月10日，…进行了三方会商: a sentence that opens with the day
_DATED_OPENING = re.compile(r"\s*(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上)?[，,]")


def extract_all(doc: Document, lexicon: Lexicon | None = None) -> list[Meeting | NotMeeting]:
    """What a document reports: one result, or one per brief of a digest (国内联播快讯)."""
    parts = briefs(doc)
    return [extract(part, lexicon) for part in parts] if parts else [extract(doc, lexicon)]


def extract(doc: Document, lexicon: Lexicon | None = None) -> Meeting | NotMeeting:
    """The meeting `doc` reports, or why it reports none (read in simplified script, see `script`)."""
    index = lexindex.build(lexicon)
    plain = script.normalized(doc)
    result = _extract(plain, index)
    if plain is doc:
        return result
    if isinstance(result, NotMeeting):
        return NotMeeting(doc, result.reason)
    return script.restore(result, doc)


def _extract(doc: Document, index: lexindex.Index) -> Meeting | NotMeeting:
    lead = find_lead(doc, index)
    if isinstance(lead, str):
        return NotMeeting(doc, lead)
    title = title_clauses(doc)
    body = body_sentences(doc)
    spans = [*title, *body]
    people = extract_people(doc, spans, index, lead.name)
    chair_titles = [p.title for p in people if p.role == CHAIR and p.title]
    convener = organizer(lead, chair_titles, index, doc.text)
    people = host_welcomes(doc, people, convener)
    if lead.name_mention.rule == "lead.transcript":
        people = _with_speech_giver(doc, lead, people, index)
    provinces, claimed, all_present = extract_provinces(doc, body, index, lead.name)
    provinces = merge_spoke(provinces, leaders_spoke(doc, people, index, lead.name, lead.subject))
    if all_present:
        provinces += _all_present(all_present, provinces, index)
    participations = people + provinces + cities_present(doc, body, index)
    dates, date_mention = _date(doc, lead, body)
    meeting = Meeting(
        doc=doc, name=lead.name, name_mention=lead.name_mention, date_mention=date_mention,
        date=dates.start if dates else None, end_date=dates.end if dates else None,
        format=meeting_format(doc, lead, body, index),
        organizer=convener,
        participations=participations, provinces_claimed_count=claimed,
        provinces_all_present=all_present is not None,
        regions=extract_regions(doc, spans, index),
        sectors=_with_own_field(extract_sectors(doc, [*title, *_meeting_part(doc, lead, body)], index),
                                own_body_field(doc, lead.name_mention, index)),
        measures=extract_measures(doc, index, _body_lead(lead, body)),
        cited=extract_cited(doc, index, lead.name), sources=[doc],
    )
    meeting.warnings.extend(_warnings(meeting))
    return meeting


def _with_own_field(sectors: list[Mention], own: list[Mention]) -> list[Mention]:
    """The sectors found, and first the field of the body whose meeting it is (中国稀土行业协会成立大会: 稀土)."""
    return [m for m in own if m.value not in {s.value for s in sectors}] + sectors


def _with_speech_giver(doc: Document, lead: Lead, people: list[Participation], index: lexindex.Index
                       ) -> list[Participation]:
    """The item is a speech's text: who gave it spoke (the salutation's guests are not found as speakers)."""
    giver = transcript_speaker(doc, lead, index)
    if giver is None:
        return people
    name, title, span = giver
    kept = [p for p in people if p.participant != name]
    return [Participation(SPEAKER, name, "person", Mention(name, span, "people.transcript", doc.id), title or None),
            *kept]


def _meeting_part(doc: Document, lead: Lead, body: list[Span]) -> list[Span]:
    """The body from where it tells the meeting held at the end of a tour (习近平在东北三省考察并主持召开…座谈会:
    …25日下午，习近平来到…考察。…28日下午，习近平在沈阳主持召开…座谈会。…): what he saw on the way is
    not what the meeting singled out."""
    if not _TOUR.search(doc.title or lead.span.text):
        return body
    told = next((n for n, s in enumerate(body) if n >= 2 and lead.name in s.text and HOLDS.search(s.text)), None)
    return body[told:] if told is not None else body


def _date(doc: Document, lead: Lead, body: list[Span]) -> tuple[DateRange | None, Mention | None]:
    """The date of the lead sentence, else of the first body sentences that tell of the meeting."""
    reference, known = reference_date(doc, lead.span.text)
    if reference is None:
        return None, None
    if lead.name_mention.rule == "lead.transcript" and (line := transcript_dateline(doc)):
        return first_date(doc, line, "dates.transcript", reference, known)
    tells = _SIGNED if lead.name.endswith("仪式") else _TELLS
    content = content_sentences(doc)
    during = DURING_VISIT.match(lead.span.text) and lead.span in content[1:]
    if during and not first_date(doc, lead.span, "", reference, known)[0]:
        visit = content[content.index(lead.span) - 1]  # 3月1日，…赴江苏调研。其间，…主持召开…座谈会
        found, mention = first_date(doc, visit, "dates.visit", reference, known)
        return (found, mention) if found and found.end is None else (None, None)  # a visit of days: which one?
    stem = lead.name[:-1] if len(lead.name) <= 4 and lead.name.endswith("会") else lead.name  # 汇报会: …汇报了…
    candidates = [lead.span] + [s for s in content if s != lead.span and (tells.search(s.text) or stem in s.text
                                                                 or _said_on_the_day(s, lead, content))]
    vague = vague_named = False  # 日前…进行了三方会商: the name told with a vague day
    for n, span in enumerate(candidates):
        if vague and not _HELD_ON.search(span.text) and not (
                DATED_HOLDING.search(span.text) and lead.name[-6:] in span.text):
            continue  # 近日…召开: only a sentence that dates the holding itself tells the day
            # (会议于3月18日在京召开; 4月1日，…召开…部署会)
        found, mention = first_date(doc, span, "dates.lead" if n == 0 else "dates.body", reference, known)
        if found is not None:
            return found, mention
        if SAME_DAY_RE.search(span.text):
            found, mention = previous_date(doc, span.start, reference)
            if found is not None or known in ("published", "day"):  # (a day its URL tells: its 当天 too)
                return found or DateRange(reference, None), mention or _same_day(doc, span, reference)
        vague = vague or bool(VAGUE_RE.search(span.text) and HOLDS.search(span.text))  # not 近期…专题会精神
        vague_named = vague_named or bool(VAGUE_RE.search(span.text) and lead.name in span.text)
    # a title's meeting (or an untitled page's headline's), told in full past page chrome
    titled = lead.span.start < doc.body_start or not doc.title.strip() and bool(body) and lead.span == body[0]
    for span in body:  # 全国…秘书长会议9月13日至14日在京召开, told further down a piece on an instruction
        named = lead.name in span.text or titled and lead.name[-6:] in span.text and DATED_HOLDING.search(span.text)
        if named and (_HELD_ON.search(span.text) or titled and not vague
                                       or vague_named and _DATED_OPENING.match(span.text)):  # the original, dated
            found, mention = first_date(doc, span, "dates.body", reference, known)
            if found is not None or not titled:
                return found, mention
    return None, None


def _said_on_the_day(span: Span, lead: Lead, content: list[Span]) -> bool:
    """The lede of a speech told at a meeting named next (苗圩22日说，…。苗圩在…会议上说): its day is the meeting's."""
    return lead.name_mention.rule == "lead.at" and lead.span in content and span in content \
        and content.index(span) == content.index(lead.span) - 1 and bool(_SAID_ON.search(span.text))


_SAID_ON = re.compile(r"^[^，。；]{2,30}?\d{1,2}日(?:上午|下午)?(?:说|表示|指出|强调)")


def _same_day(doc: Document, span: Span, day: dt.date) -> Mention:
    """当日 with no earlier date: the day of publication (`day`)."""
    match = SAME_DAY_RE.search(span.text)
    start = span.start + match.start()  # type: ignore[union-attr]
    return Mention(day.isoformat(), Span(start, start + len(match.group()), match.group()), "dates.same-day", doc.id)


def _body_lead(lead: Lead, body: list[Span]) -> Span | None:
    """The body sentence that tells of the meeting (the lead itself when it is in the body)."""
    if body and lead.span.start >= body[0].start:
        return lead.span
    return next((s for s in body[:LEAD_SENTENCES] if _TELLS.search(s.text)), None)


def _all_present(evidence: Mention, provinces: list[Participation], index: lexindex.Index) -> list[Participation]:
    spoke = {p.participant for p in provinces}
    units = [p.id for p in index.lexicon.mainland()] + ["xpcc"]
    return [Participation(PROVINCE_PRESENT, unit, "province", evidence) for unit in units if unit not in spoke]


def _warnings(meeting: Meeting) -> list[str]:
    warnings = []
    if meeting.date is None:
        warnings.append("date unknown: no date expression resolves the meeting's day")
    spoke = meeting.provinces("province-spoke")
    claimed = meeting.provinces_claimed_count
    if claimed is not None and claimed != len(spoke):
        warnings.append(f"province count mismatch: the text claims {claimed}, {len(spoke)} were named")
    return warnings
