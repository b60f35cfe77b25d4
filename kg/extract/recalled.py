"""Meetings a text mentions rather than reports: one of an earlier year told as background
(2015年，党中央召开群团工作会议，…作出全面部署 in an item on an instruction), a count of
meetings (陆续召开了275个各种层次的动员会) that names no one meeting, and the meeting on whose
sidelines an interview was given (…开幕会。会后举行“部长通道”采访活动)."""

from __future__ import annotations

import re

from kg.extract.text import TELLS_MEETING
from kg.model import Document, Span

_YEAR_ONLY = re.compile(r"(?<!\d)((?:19|20)\d{2})年(?!\d|底|末|初|[一二三四五六七八九十]+月)")
# 275个, 五场, 多场 (not 一场: one meeting)
_COUNTED = re.compile(r"^(?:\d+|[二两三四五六七八九十百千][一二两三四五六七八九十百千]*|多|数|几|若干)"
                      r"(?:多|余)?(?:个|场|次)|^一系列")


# An official letter's addressees on a line of their own (各区县人民政府:, 各省…工业和信息化主管部门,有关中央企业:)
_ADDRESSEES = re.compile(r"^[^。！？\n]{0,120}?(?:各|有关)[^。！？\n]{0,100}"
                         r"(?:政府|部门|单位|厅|局|委员会|委|办|管委会|公司|企业|协会|学校|园区)[：:][ \t]*$", re.M)


def addressed(doc: Document, span: Span) -> str | None:
    """Why a meeting told after a letter's addressees is not reported: the page is a notice or letter
    that recalls it as background (…管委会,各区县人民政府: 5日上午，省委召开…分析会…请你们…)."""
    if _ADDRESSEES.search(doc.text, doc.body_start, span.start):
        return "not a meeting report: an official letter or notice (addressed to 各…:) that refers to a meeting"
    return None


def recalled(doc: Document, before: str, name: str) -> str | None:
    """Why the meeting `name`, named after `before` in its sentence, is not the one reported."""
    if _COUNTED.match(name):
        return "not a meeting report: a count of meetings, not one meeting"
    published = doc.published_date
    years = [int(y) for y in _YEAR_ONLY.findall(before)]
    if published and years and years[-1] < published.year:
        return f"not a meeting report: a meeting of {years[-1]} recalled, with no day"
    return None


_PASSAGE = re.compile(r"(?:部长|代表|委员)通道")  # …会议第三场“委员通道”开启: the headline names the interview
_INTERVIEW = re.compile(rf"{_PASSAGE.pattern}|接受(?:了)?[^，。；]{{0,12}}?(?:采访|专访)"
                        r"|向(?:在场|现场)?(?:的)?(?:中外)?记者(?:们)?(?:表示|透露|介绍)|对记者(?:表示|说)")
_AT_THE_MEETING = re.compile(r"会上|会议上|讲话|发言|主持|致辞")


def interview(headline: str, first: list[Span]) -> str | None:
    """An interview given at a meeting, under a headline that tells of none (or with no headline, where
    nothing is said at the meeting itself: …会议5日开幕。…部长当日…向在场记者表示)."""
    told = any(_INTERVIEW.search(s.text) for s in first)
    if _PASSAGE.search(headline) or headline and not TELLS_MEETING.search(headline) and told \
            or not headline and told and not any(_AT_THE_MEETING.search(s.text) for s in first):
        return "not a meeting report: an interview on a meeting's sidelines (部长通道, 接受采访)"
    return None
