"""Whether a sentence is dated, and meetings held during a visit that an earlier sentence dates."""

from __future__ import annotations

import re

from kg.extract.dates import DATE_RE, VAGUE_RE
from kg.model import Span

_SAME_DAY = re.compile(r"当天|当日|同日|同一天|正在[^，。；]{0,12}?(?:召开|举行)的")  # 正在武汉召开的…会上: today
DURING_VISIT = re.compile(r"^(?:调研|考察|检查)?(?:期间|其间|此间)"
                          r"|^(?:他们|他|她|调研组|检查组|督导组|工作组)(?:实地考察|先后|还|分别)"
                          r"|^(?:并|还|随后)?(?:主持)?召开(?:了)?"  # …考察了6家企业；召开了…座谈会 (the visitor's own)
                          r"|^在[^，。；]{1,16}?(?:主持)?召开(?:了)?(?=[^，。；]{2,40}?座谈会)"  # 在…港召开了…座谈会
                          r"|^(?:之后|随后|其后)，?(?:联合)?(?:调研组|检查组|督导组|工作组|考察组)")


def during(span: Span, body: list[Span]) -> bool:
    """期间，调研组分别在苏州和镇江召开中小企业座谈会: a meeting held during the dated visit of the lead."""
    return span in body[2:] and bool(DURING_VISIT.match(span.text)) and visit_told(body)


def visit_told(body: list[Span]) -> bool:
    """The first sentences date a visit (not a notice's list of work done)."""
    return any(dated(s.text) and _VISITED.search(s.text) for s in body[:2])


VISIT_REACH = 14  # a visit's report is searched this far for a meeting its group convened


_VISITED = re.compile(r"调研|考察|检查|视察|督导|督查|走访|赴|来到|深入")


_DATELINE = re.compile(r"\s*\d{4}-\d{1,2}-\d{1,2}\b")  # 2026-01-08 10:39:16 工信部召开…


def dated(text: str) -> bool:
    """Whether the sentence gives a date, a vague one (近日) or the day of another (当天)."""
    if not any(c in text for c in "日天期久月旬号正"):  # every date, vague or relative word holds one of these
        return bool(_DATELINE.match(text))
    return bool(DATE_RE.search(text) or VAGUE_RE.search(text) or _SAME_DAY.search(text))
