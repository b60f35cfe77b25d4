"""The first sentences of an item past its page chrome: where the report of a meeting is looked for."""

from __future__ import annotations

import re

from kg.extract.text import first_body_sentences
from kg.extract.titles import is_chrome, text_past_dateline
from kg.model import Document, Span

LEAD_SENTENCES = 6  # body sentences (past page chrome) searched for the report of the meeting
SUBJECT_VERB = re.compile(r"举行|召开|开幕|闭幕|登场|揭幕|传达学习|表决通过|举办|拉开(?:序幕|帷幕)|落下帷幕|落幕")
_MIN_SENTENCE = 8  # shorter lines are bylines, dates and navigation
_LINE = re.compile(r"[^。！？!?，,；;\n]+\n")  # a whole line with no stop or comma: a link's text, a nav bar
_LINK_LIST = 4  # so many such lines in a row are a list of links (最近发布: …), not a headline and kicker
_ATTRIBUTION = re.compile(r"——\s?[^，。；\n]{2,60}$")  # (a motto's source: ——习近平总书记在…上的讲话)


def content_sentences(doc: Document, limit: int = LEAD_SENTENCES) -> list[Span]:
    """The first body sentences that are not page chrome (bylines, dates, site names, nav)."""
    found: list[Span] = []
    lines: list[Span] = []  # consecutive lines with no full stop: a headline, or a list of links
    for span in first_body_sentences(doc):
        text = span.text.strip().lstrip("•·")
        chrome = is_chrome(text.strip()) and not SUBJECT_VERB.search(text)  # 发布时间:2017-10-16为确保…召开了…会议
        if chrome and (past := text_past_dateline(span.text)) is not None:
            span, text, chrome = Span(span.start + past, span.end, span.text[past:]), span.text[past:], False
        if len(text) < _MIN_SENTENCE or chrome or doc.title and text in doc.title:
            continue
        if _ATTRIBUTION.match(text):  # a site's motto: a leader's words, then —— who said them where
            if found and not doc.text[found[-1].end: span.start].strip():
                found.pop()
            continue
        if _LINE.fullmatch(doc.text, span.start, span.end + 1):
            lines.append(span)
            continue
        if len(lines) < _LINK_LIST:  # a sidebar's list of other items' headlines is no lead
            found.extend(lines[: limit - len(found)])
        lines = []
        if len(found) < limit:
            found.append(span)
        if len(found) >= limit:
            return found
    return found + lines[: limit - len(found)] if len(lines) < _LINK_LIST else found
