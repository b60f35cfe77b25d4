"""Meetings a text recalls rather than reports: one of an earlier year told as background
(2015年，党中央召开群团工作会议，…作出全面部署 in an item on an instruction), and a count of
meetings (陆续召开了275个各种层次的动员会) that names no one meeting."""

from __future__ import annotations

import re

from kg.model import Document

_YEAR_ONLY = re.compile(r"(?<!\d)((?:19|20)\d{2})年(?!\d|底|末|初|[一二三四五六七八九十]+月)")
# 275个, 五场 (not 一场: one meeting)
_COUNTED = re.compile(r"^(?:\d+|[二两三四五六七八九十百千][一二两三四五六七八九十百千]*)(?:多|余)?(?:个|场|次)")


def recalled(doc: Document, before: str, name: str) -> str | None:
    """Why the meeting `name`, named after `before` in its sentence, is not the one reported."""
    if _COUNTED.match(name):
        return "not a meeting report: a count of meetings, not one meeting"
    published = doc.published_date
    years = [int(y) for y in _YEAR_ONLY.findall(before)]
    if published and years and years[-1] < published.year:
        return f"not a meeting report: a meeting of {years[-1]} recalled, with no day"
    return None
