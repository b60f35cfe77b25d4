"""A speech's full text published as the item (苗圩在2018世界机器人大会开幕式上的致辞 / ——在…上的讲话,
the speaker's title and name, （2018年8月15日，北京）, 尊敬的…): it reports the meeting it was given at,
and who gave it."""

from __future__ import annotations

import re
from functools import cache

from kg.extract.lexindex import Index, alternation
from kg.extract.naming import Lead
from kg.model import Document, Mention, Span

_REACH = 600  # characters at the top of the item where its heading lines stand
# The heading: …在X（开幕式）上的讲话, on a line of its own (not 《在…上的讲话》 cited in a sentence).
_HEADING = re.compile(r"^\s*(?:——|—|-)?\s*(?P<who>[\u4e00-\u9fff·]{2,8}?)?在(?P<name>[^，。；：:\s《》“”]{4,40}?"
                      r"(?:开幕式|闭幕式|开幕会|闭幕会)?)上的(?:讲话|致辞|主旨演讲|演讲|主旨报告|总结讲话|工作报告)\s*$",
                      re.MULTILINE)
# Its dateline (（2018年8月15日，北京）) or the salutation that opens a speech (尊敬的…, 同志们：).
_DATELINE = re.compile(r"^\s*[（(]\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[^）)\n]{0,20}[）)]", re.MULTILINE)
_SALUTATION = re.compile(r"^\s*(?:尊敬的|各位|同志们|女士们)", re.MULTILINE)


@cache
def _byline(index: Index) -> re.Pattern[str]:
    """The speaker's line: 工业和信息化部部长 苗圩 (words ending in one of the lexicon's titles, then the name)."""
    return re.compile(f"^\\s*(?P<title>[\u4e00-\u9fff、]{{0,30}}?(?:{alternation(index.cues['people']['titles'])}))"
                      f"\\s*(?P<name>[\u4e00-\u9fff·]{{2,6}})\\s*$", re.MULTILINE)


def _top(doc: Document) -> int:
    return min(len(doc.text), doc.body_start + _REACH)


def transcript_lead(doc: Document) -> Lead | None:
    """The meeting a speech's text given as the item was given at, if the item is one."""
    top_end = _top(doc)
    heading = _HEADING.search(doc.text, 0, top_end)  # (the title stands at the text's start)
    if heading is None or not (_DATELINE.search(doc.text, doc.body_start, top_end)
                               or _SALUTATION.search(doc.text, doc.body_start, top_end)):
        return None
    start, end = heading.start("name"), heading.end("name")
    line = Span(heading.start(), heading.end(), heading.group())
    name = heading.group("name")
    return Lead(line, name, Mention(name, Span(start, end, name), "lead.transcript", doc.id), "")


def transcript_dateline(doc: Document) -> Span | None:
    """（2018年8月15日，北京）: the line that dates the speech."""
    found = _DATELINE.search(doc.text, doc.body_start, _top(doc))
    return Span(found.start(), found.end(), found.group()) if found else None


def transcript_speaker(doc: Document, lead: Lead, index: Index) -> tuple[str, str, Span] | None:
    """Who gave the speech: the byline's (title, name, evidence), or the name the heading opens with."""
    if byline := _byline(index).search(doc.text, doc.body_start, _top(doc)):
        name = byline.group("name")
        return name, byline.group("title"), Span(byline.start("name"), byline.end("name"), name)
    heading = _HEADING.match(lead.span.text)
    who = heading.group("who") if heading else None
    if who:
        return who, "", Span(lead.span.start + heading.start("who"), lead.span.start + heading.end("who"), who)
    return None
