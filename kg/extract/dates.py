"""Meeting dates, resolved against the publication date (never the clock).

A date expression may name a range (11月17日至18日, 27-28日, 11月30日至12月1日)
or a year relative to publication (今年3月4日, 明年, 去年); a meeting's date is
its first day and a range also gives its last.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from kg.extract.lostdates import lost_day
from kg.extract.reference import DATELINE_DAY, DIGITS, day_of
from kg.model import Document, Mention, Span
from kg.numerals import chinese_number

_TO = r"(?:至|到|－|-|—|–|~|～)"
DATE_RE = re.compile(
    r"(?:(?P<y>\d{4}) ?年 ?|(?P<ry>今年|明年|去年|前年))?(?:(?P<m>\d{1,2}) ?月 ?)?(?P<d>\d{1,2}) ?"
    rf"(?:日(?:{_TO}(?:(?P<m2>\d{{1,2}})月)?(?P<d2>\d{{1,2}})日)?|{_TO}(?P<d3>\d{{1,2}})日"
    r"|(?<!第\d)(?<!第\d\d)号(?=上午|下午|晚|在|召开|举行|开幕|闭幕|主持)|(?<=月\d)号|(?<=月\d\d)号)(?![电讯])(?!消息|专讯)"
    r"|(?P<rel>今天|今日|昨天|昨日|前天)(?!中|下(?!午))"  # (not 今日中国, 今日下发; but 昨日下午)
    r"|[昨今前][（(](?P<pd>\d{1,2})[）)]日"  # Hong Kong's 昨（13）日: the day in brackets
    r"|(?P<week>上周|上星期|本周|这周)(?P<wd>[一二三四五六日天])"
    # 五月十六日电, 十四日晚 (older wire copy and Taiwanese papers): a day in Chinese numerals, next to its act
    r"|(?:(?P<cm>十[一二]?|[一二三四五六七八九])月)?(?<![第一二三四五六七八九十数几两每前后今昨明续近这多首末该当])"
    r"(?P<cd>[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日"
    r"(?=上午|下午|晚|早|凌晨|电|在|召开|召集|举行|开幕|闭幕|[，,])"
)
_WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
VAGUE_RE = re.compile(r"日前|近日|近期|近来|前不久|月初|月中|月底|上旬|中旬|下旬")
_REPORTED = re.compile(r"\s?(?:从|据)[^，。；]{0,16}?(?:获悉|了解到|得知)|电|讯|\s?消息")
_HELD_NEXT = re.compile(r"\s?(?:上午|下午|晚上|晚|早晨)?(?:在[^，。；]{1,12})?(?:组织|联合|专门|专题)?"
                        r"(?:举办|举行|召开|开幕|闭幕|主持)")
HOLDS = re.compile("召开|举行|举办|主持|开幕")  # a sentence that holds a meeting
# A clause that opens with the day and holds a meeting (…精神，4月1日，贵州省通信管理局在贵阳召开…;
# 6月3日，委员会召开第一次全体会议)
DATED_HOLDING = re.compile(r"(?:^|[，,])\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上)?[，,]?"
                           r"[^，。；]{0,30}?(?:召开|举行)")
# 在稍后召开的对接会上; 正在武汉召开的…会上 (today)
# (地震发生后，…第一时间…召开视频调度会议: the event's day)
SAME_DAY_RE = re.compile(r"当天|当日|同日|同一天|发生后[^。；]{0,30}?第一时间[^。；]{0,30}?(?:召开|举行)"
                         r"|(?:稍后|随后)(?:召开|举行)的|正在[^，。；]{0,12}?(?:召开|举行)的")
_RELATIVE_YEAR = {"今年": 0, "明年": 1, "去年": -1, "前年": -2}


@dataclass(frozen=True, slots=True)
class DateRange:
    start: dt.date
    end: dt.date | None  # the last day of a multi-day meeting


def resolve(match: re.Match[str], published: dt.date) -> dt.date | None:
    """A date expression -> its first day, on or before the publication date."""
    found = resolve_range(match, published)
    return found.start if found else None


def resolve_range(match: re.Match[str], published: dt.date) -> DateRange | None:
    """A date expression -> its first (and last) day; None for a future or impossible date."""
    rel = match.group("rel")
    if rel:
        back = {"今天": 0, "今日": 0, "昨天": 1, "昨日": 1, "前天": 2}[rel]
        return DateRange(published - dt.timedelta(days=back), None)
    if match.group("week"):  # 上周五: the Friday of the week before publication
        monday = published - dt.timedelta(days=published.weekday() + (7 if match.group("week")[0] == "上" else 0))
        found = monday + dt.timedelta(days=_WEEKDAY[match.group("wd")])
        return DateRange(found, None) if found <= published else None
    if match.group("pd"):
        start = _start(None, None, int(match.group("pd")), published)
        return DateRange(start, None) if start else None
    day = chinese_number(match.group("d") or match.group("cd")) or 0
    month = chinese_number(match.group("m") or match.group("cm") or "") or None
    year = int(match.group("y")) if match.group("y") else None
    if match.group("ry"):
        year = published.year + _RELATIVE_YEAR[match.group("ry")]
    try:
        start = _start(year, month, day, published)
    except ValueError:  # 2月30日, a typo: no date rather than a wrong one
        return None
    if start is None:
        return None
    return DateRange(start, _end(match, start))


def _start(year: int | None, month: int | None, day: int, published: dt.date) -> dt.date | None:
    if year and month:
        explicit = dt.date(year, month, day)
        return explicit if explicit <= published else None  # a future date: an announcement
    if year:
        return None  # 2022年18日: not a date
    if month:
        candidate = dt.date(published.year, month, day)
        # 12月30日 in an item published on 1 January is last year's.
        return candidate if candidate <= published else dt.date(published.year - 1, month, day)
    candidate = dt.date(published.year, published.month, day)
    if candidate <= published:
        return candidate
    previous = published.replace(day=1) - dt.timedelta(days=1)
    return dt.date(previous.year, previous.month, day)


def _end(match: re.Match[str], start: dt.date) -> dt.date | None:
    last = match.group("d2") or match.group("d3")
    if not last:
        return None
    month = int(match.group("m2")) if match.group("m2") else start.month
    year = start.year + (month < start.month)
    try:
        end = dt.date(year, month, int(last))
    except ValueError:
        return None
    return end if start < end <= start + dt.timedelta(days=31) else None



def first_date(doc: Document, span: Span, rule: str, reference: dt.date | None = None,
               known: str = "published") -> tuple[DateRange | None, Mention | None]:
    """The date a sentence gives the meeting: the expression next to the verb that holds the meeting
    (记者今天获悉，在21日举办的…) or else the first, unless a vague one (日前, 近日) comes before it.

    Against a reference that is not the publication date, an explicit full date stands even if later,
    and a day the reference cannot place (记者11日…, 今天 against a year alone) gives none."""
    text = span.text.translate(DIGITS)
    if found := lost_day(text, reference if known in ("published", "day") else None):
        day, start, end = found[0], span.start + found[1], span.start + found[2]
        return DateRange(day, None), Mention(day.isoformat(), Span(start, end, doc.text[start:end]), rule, doc.id)
    if reference is None:
        return None, None
    if known in ("year", "month") and (line := DATELINE_DAY.search(text)) and line["m"]:
        reference, known = _on_the_line(line, reference), "day"  # 本报烟台10月18日电 18日，…开幕 (a 2019 name)
    vague = VAGUE_RE.search(text)
    held_later = bool(vague and HOLDS.search(text, vague.end()))  # 10月19日，从…传来消息，近期，该局组织召开
    matches = [m for m in DATE_RE.finditer(text)
               if not (vague and vague.start() < m.start() and _one_clause(text, vague, m))
               and not (vague and (held_later and m.start() < vague.start() or _REPORTED.match(text, m.end())))
               and not text.endswith(_TOPIC, 0, m.start())]  # 召开视频会，就2月20日…地震…进行总结: the topic's day
    # (记者12月8日从…获悉，日前…召开: the vague day is the meeting's)
    matches.sort(key=lambda m: (not _HELD_NEXT.match(text, m.end()), bool(_REPORTED.match(text, m.end()))))
    for match in matches:
        if not _placed(match, known) and not (match.group("rel") and DATELINE_DAY.search(text)):
            continue  # (9月23日消息 在今天召开的…: the dateline places 今天 against a year or month)
        found = resolve_range(match, _dateline(text, reference) if match.group("rel")
                              else reference if known == "published" else _far_future(match, reference))
        if found is not None:
            start, end = span.start + match.start(), span.start + match.end()
            mention = Mention(found.start.isoformat(), Span(start, end, doc.text[start:end]), rule, doc.id)
            return found, mention
    return None, None


_TOPIC = ("就", "针对", "围绕")


def _on_the_line(line: re.Match[str], reference: dt.date) -> dt.date:
    """A dateline's day in the year a derived reference gives (unless the line names its own year)."""
    return day_of(line["y"] or reference.year, line["m"], line["d"]) or reference


def _one_clause(text: str, vague: re.Match[str], date: re.Match[str]) -> bool:
    """Whether a vague word governs the date after it: in its clause, or the clause it opens (近日，…3日召开);
    not 大陆官方近来积极介入…，工信部等6部门19日联合召开 (another clause's 近来)."""
    between = text[vague.end(): date.start()]
    return not re.search("[，,；]", between) or bool(re.match(r"\s*[，,]", between))




def _dateline(text: str, published: dt.date) -> dt.date:
    """What 今天 counts from: the sentence's dateline (本报北京11月28日讯…在今天召开的), else publication."""
    line = DATELINE_DAY.search(text)
    try:
        day = line and _start(int(line["y"]) if line["y"] else None, int(line["m"]) if line["m"] else None,
                              int(line["d"]), published)
    except ValueError:
        day = None
    return day or published


def _placed(match: re.Match[str], known: str) -> bool:
    """Whether a reference known to the day, month or year places the expression."""
    if known in ("published", "day") or match.group("y"):
        return True
    if known == "year":
        return bool(match.group("m") or match.group("cm"))
    return not (match.group("rel") or match.group("week"))


def _far_future(match: re.Match[str], reference: dt.date) -> dt.date:
    """A derived reference bounds nothing for a full date, and gives the year to the others."""
    return dt.date(9999, 12, 31) if match.group("y") else reference


def previous_date(doc: Document, before: int, reference: dt.date) -> tuple[DateRange | None, Mention | None]:
    """当天, 当日: the last date the text gave before `before`."""
    text = doc.text[doc.body_start:before].translate(DIGITS)
    for match in reversed(list(DATE_RE.finditer(text))):
        found = resolve_range(match, reference)
        if found is not None:
            start, end = doc.body_start + match.start(), doc.body_start + match.end()
            return found, Mention(found.start.isoformat(), Span(start, end, doc.text[start:end]), "dates.same-day",
                                  doc.id)
    return None, None
