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
from kg.extract.titles import in_book_title
from kg.model import Document, Mention, Span

_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_TO = r"(?:至|到|－|-|—|–|~|～)"
DATE_RE = re.compile(
    r"(?:(?P<y>\d{4}) ?年 ?|(?P<ry>今年|明年|去年|前年))?(?:(?P<m>\d{1,2}) ?月 ?)?(?P<d>\d{1,2}) ?"
    rf"(?:日(?:{_TO}(?:(?P<m2>\d{{1,2}})月)?(?P<d2>\d{{1,2}})日)?|{_TO}(?P<d3>\d{{1,2}})日"
    r"|(?<!第\d)(?<!第\d\d)号(?=上午|下午|晚|在|召开|举行|开幕|闭幕|主持)|(?<=月\d)号|(?<=月\d\d)号)(?![电讯])(?!消息|专讯)"
    r"|(?P<rel>今天|今日|昨天|昨日|前天)(?!中|下(?!午))"  # (not 今日中国, 今日下发; but 昨日下午)
    r"|[昨今前][（(](?P<pd>\d{1,2})[）)]日"  # Hong Kong's 昨（13）日: the day in brackets
    r"|(?P<week>上周|上星期|本周|这周)(?P<wd>[一二三四五六日天])"
)
_WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
VAGUE_RE = re.compile(r"日前|近日|近期|近来|前不久|月初|月中|月底|上旬|中旬|下旬")
_FULL_DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})(?:[-/.年]|(?=\d{4}))(?P<m>\d{1,2})(?:[-/.月]|/?(?=\d{2}))(?P<d>\d{1,2})")
# /china/202208/50-1376805.html, /jlzx/201808_4699.html, /bzzx/062012/… (month first)
_YEAR_MONTH = re.compile(r"/(?:(?P<y>(?:19|20)\d{2})-?(?P<m>0[1-9]|1[0-2])"
                         r"|(?P<m2>0[1-9]|1[0-2])(?P<y2>(?:19|20)\d{2}))[/_]")
# (“2023 新疆…大会”; not a count: 2000平方米, 2010多家)
_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d{2})"
                   r"(?:年|/|(?=\s?[\u4e00-\u9fff])(?!\s?[万亿千百余多个人家元吨台辆件项户名条座次场平米亩公斤]))")
_REPORTED = re.compile(r"\s?(?:从|据)[^，。；]{0,16}?(?:获悉|了解到|得知)|电|讯")
_LAST_URL_YEAR = 2039  # /info/2048/270786.htm: a number past it in a path is an id, not a year
_DATELINE_REACH = 400  # characters at the top of a page where its date stands
_SINCE = ("以来", "来", "以前", "前", "以后", "后")
_WORK_REACH = 600  # characters of the body where a meeting's plans and reviews are told
_LATE_IN_YEAR = re.compile(r"(?<!\d)1[12]月")
_SOURCE_LINE = re.compile(r"(?P<y>(?:19|20)\d{2})[-/.年](?P<m>\d{1,2})[-/.月](?P<d>\d{1,2})日?\s*\d{1,2}[:：]\d{2}"
                          r"(?:[:：]\d{2})?\s*(?:来源|來源|稿源)")
_WORK_YEARS = re.compile(r"(?<!\d)(?:(?P<plan>(?:19|20)\d{2})年(?:度)?(?:的)?(?:[^，。；\d]{0,8}?"
                         r"(?:重点工作|工作任务|目标任务|工作安排|工作计划|工作要点|重点任务|工作思路)"
                         r"|任务|工作(?:进行|作|做)?了?部署)"  # 部署2013年任务, 对2024年工作进行了部署
                         r"|(?P<will>(?:19|20)\d{2})年[，,]?要"  # 2017年要深入实施…
                         r"|(?P<half>(?:19|20)\d{2})年(?:上半年|一季度|前三季度|第[一二三]季度)"  # 2024年上半年…总结
                         r"|(?<![到至])(?P<done>(?:19|20)\d{2})年(?:度)?(?:的)?[^，。；\d]{0,8}?"
                         r"(?:工作(?:情况|总结|成效|进展|取得)|年终总结)"  # 2016年提速降费工作取得…进展
                         r"|(?:总结|回顾)(?P<summed>(?:19|20)\d{2})年)")  # 总结2021年全市…工作
_HELD_NEXT = re.compile(r"\s?(?:上午|下午|晚上|晚|早晨)?(?:在[^，。；]{1,12})?(?:组织|联合|专门|专题)?"
                        r"(?:举办|举行|召开|开幕|闭幕|主持)")
HOLDS = re.compile("召开|举行|举办|主持|开幕")  # a sentence that holds a meeting
# A clause that opens with the day and holds a meeting (…精神，4月1日，贵州省通信管理局在贵阳召开…;
# 6月3日，委员会召开第一次全体会议)
DATED_HOLDING = re.compile(r"(?:^|[，,])\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上)?[，,]?"
                           r"[^，。；]{0,30}?(?:召开|举行)")
# 在稍后召开的对接会上; 正在武汉召开的…会上 (today)
SAME_DAY_RE = re.compile(r"当天|当日|同日|同一天|(?:稍后|随后)(?:召开|举行)的|正在[^，。；]{0,12}?(?:召开|举行)的")
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
    day = int(match.group("d"))
    month = int(match.group("m")) if match.group("m") else None
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


def reference_date(doc: Document, lead: str = "") -> tuple[dt.date | None, str]:
    """The day relative dates resolve against, and how it is known: "published" (the page's date),
    "day", "month" or "year" (derived; the last day of that month or year), "" (not at all).

    A page saved without its date still tells it: by a date in its URL (/2017/06/08/,
    /201706/08/, /20170608; /202208/ means by the end of that month), a dateline at the top of
    the text (发布时间：2025-06-17, 2017年6月8日), or the year a lead names (2022世界先进制造业大会)."""
    if doc.published is not None:
        return _reposted(doc) or doc.published.date(), "published"
    for text in (doc.url or "", doc.text[:_DATELINE_REACH].translate(_DIGITS)):
        for match in _FULL_DATE.finditer(text):
            if "年" in match.group() and "月" not in match.group():
                continue  # 2024年1-11月: a span of months, not a day
            try:
                return dt.date(int(match["y"]), int(match["m"]), int(match["d"])), "day"
            except ValueError:
                continue
    if english := _ENGLISH_DATE.search(doc.text, 0, _DATELINE_REACH):  # a foreign portal's chrome: Jul 4, 2025
        try:
            return dt.date(int(english["y"]), _MONTHS.index(english["m"]) + 1, int(english["d"])), "day"
        except ValueError:
            pass
    if found := _YEAR_MONTH.search(doc.url or ""):  # the end of that month
        year, month = int(found["y"] or found["y2"]), int(found["m"] or found["m2"])
        first_of_next = dt.date(year + (month == 12), month % 12 + 1, 1)
        month_end = first_of_next - dt.timedelta(days=1)
        return _on_dateline(doc, month_end) or (month_end, "month")
    for text, in_url in ((doc.url or "", True), (lead, False)):  # /art/2023/…, 2022世界先进制造业大会: that year's end
        body = doc.text[doc.body_start: doc.body_start + _WORK_REACH]
        worked = None if in_url else _work_year(body.translate(_DIGITS), bool(_LATE_IN_YEAR.search(lead)))
        year = worked or next((int(y.group(1)) for y in _YEAR.finditer(text)
                               if (in_url and int(y.group(1)) <= _LAST_URL_YEAR)
                               or not in_url and not text.startswith(_SINCE, y.end()) and not _in_a_title(text, y)),
                              None)  # 2009年以来; 《…规划(2012-2020年)》
        if year:
            return dt.date(year, 12, 31), "year"
    if year := _latest_year_told(doc.text[doc.body_start: doc.body_start + _WORK_REACH].translate(_DIGITS)):
        return dt.date(year, 12, 31), "year"  # 听取了各区关于2024年一季度…: the year the report works in
    return None, ""


def _on_dateline(doc: Document, month_end: dt.date) -> tuple[dt.date, str] | None:
    """The day a dateline at the top tells in the month a URL gives (/202410/ … 10月18日快讯): known to the day."""
    line = _DATELINE_DAY.search(doc.text[doc.body_start: doc.body_start + _DATELINE_REACH].translate(_DIGITS))
    if line is None or line["y"] or not line["m"] or int(line["m"]) != month_end.month:
        return None
    try:
        return dt.date(month_end.year, month_end.month, int(line["d"])), "day"
    except ValueError:
        return None


def _latest_year_told(text: str) -> int | None:
    """The latest year the body speaks of, leaving out targets (到2035年), spans (2021-2025年) and what
    is only a start (2012年以来) or a title (《…(2021—2025年)》)."""
    years = [int(y.group(1)) for y in _YEAR.finditer(text)
             if not text.startswith(_SINCE, y.end()) and not _in_a_title(text, y)
             and not text.endswith(("到", "至"), 0, y.start())]
    return max(years) if years else None


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_ENGLISH_DATE = re.compile(r"\b(?P<m>" + "|".join(_MONTHS) + r")[a-z]*\.? (?P<d>\d{1,2})[,，] ?(?P<y>(?:19|20)\d{2})\b")


def _in_a_title(text: str, year: re.Match[str]) -> bool:
    """A year in the title of a document or plan, or that ends a span of years, dates no meeting."""
    at = year.start()
    return in_book_title(text, at) or at > 0 and text[at - 1] in "-—–~至"


def _reposted(doc: Document) -> dt.date | None:
    """A repost keeps the original's dateline (…2022-07-07 18:52 产业转移目录… 2011-11-14 15:06:40 来源：新华社):
    an earlier date and time followed by its source, at the top of the text, dates what it reports."""
    published = doc.published.date()  # type: ignore[union-attr]
    top = doc.text[doc.body_start: doc.body_start + _DATELINE_REACH].translate(_DIGITS)
    for match in _SOURCE_LINE.finditer(top):
        try:
            found = dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
        except ValueError:
            continue
        if found < published - dt.timedelta(days=2):
            return found
    return None


def _work_year(text: str, late: bool = False) -> int | None:
    """The year a meeting works in, told by the plans it sets (2016年重点工作任务) or the work it
    reviews (通报2015年工作情况: the year after); at the end of a year (`late`: a lead in November or
    December) it reviews that year and plans the next (12月25日…总结2025年工作: 2025)."""
    shift = -1 if late else 0
    years = [int(m["plan"] or m["will"]) + shift if m["plan"] or m["will"] else int(m["half"]) if m["half"]
             else int(m["done"] or m["summed"]) + 1 + shift for m in _WORK_YEARS.finditer(text)]
    return max(years) if years else None


def first_date(doc: Document, span: Span, rule: str, reference: dt.date | None = None,
               known: str = "published") -> tuple[DateRange | None, Mention | None]:
    """The date a sentence gives the meeting: the expression next to the verb that holds the meeting
    (记者今天获悉，在21日举办的…) or else the first, unless a vague one (日前, 近日) comes before it.

    Against a reference that is not the publication date, an explicit full date stands even if later,
    and a day the reference cannot place (记者11日…, 今天 against a year alone) gives none."""
    text = span.text.translate(_DIGITS)
    if found := lost_day(text, reference if known in ("published", "day") else None):
        day, start, end = found[0], span.start + found[1], span.start + found[2]
        return DateRange(day, None), Mention(day.isoformat(), Span(start, end, doc.text[start:end]), rule, doc.id)
    if reference is None:
        return None, None
    vague = VAGUE_RE.search(text)
    held_later = bool(vague and HOLDS.search(text, vague.end()))  # 10月19日，从…传来消息，近期，该局组织召开
    matches = [m for m in DATE_RE.finditer(text)
               if not (vague and vague.start() < m.start() and _one_clause(text, vague, m))
               and not (vague and (held_later and m.start() < vague.start() or _REPORTED.match(text, m.end())))
               and not text.endswith(_TOPIC, 0, m.start())]  # 召开视频会，就2月20日…地震…进行总结: the topic's day
    # (记者12月8日从…获悉，日前…召开: the vague day is the meeting's)
    matches.sort(key=lambda m: (not _HELD_NEXT.match(text, m.end()), bool(_REPORTED.match(text, m.end()))))
    for match in matches:
        if not _placed(match, known) and not (match.group("rel") and _DATELINE_DAY.search(text)):
            continue  # (9月23日消息 在今天召开的…: the dateline places 今天 against a year or month)
        found = resolve_range(match, _dateline(text, reference) if match.group("rel")
                              else reference if known == "published" else _far_future(match, reference))
        if found is not None:
            start, end = span.start + match.start(), span.start + match.end()
            mention = Mention(found.start.isoformat(), Span(start, end, doc.text[start:end]), rule, doc.id)
            return found, mention
    return None, None


_TOPIC = ("就", "针对", "围绕")


def _one_clause(text: str, vague: re.Match[str], date: re.Match[str]) -> bool:
    """Whether a vague word governs the date after it: in its clause, or the clause it opens (近日，…3日召开);
    not 大陆官方近来积极介入…，工信部等6部门19日联合召开 (another clause's 近来)."""
    between = text[vague.end(): date.start()]
    return not re.search("[，,；]", between) or bool(re.match(r"\s*[，,]", between))


# 本报北京11月28日讯, 《经济通通讯社23日专讯》 (a day alone: of publication's month or the one before)
_DATELINE_DAY = re.compile(r"(?:(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月)?(?P<d>\d{1,2})日(?:电|讯|专讯|快讯|消息)")


def _dateline(text: str, published: dt.date) -> dt.date:
    """What 今天 counts from: the sentence's dateline (本报北京11月28日讯…在今天召开的), else publication."""
    line = _DATELINE_DAY.search(text)
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
    return bool(match.group("m")) if known == "year" else not (match.group("rel") or match.group("week"))


def _far_future(match: re.Match[str], reference: dt.date) -> dt.date:
    """A derived reference bounds nothing for a full date, and gives the year to the others."""
    return dt.date(9999, 12, 31) if match.group("y") else reference


def previous_date(doc: Document, before: int, reference: dt.date) -> tuple[DateRange | None, Mention | None]:
    """当天, 当日: the last date the text gave before `before`."""
    text = doc.text[doc.body_start:before].translate(_DIGITS)
    for match in reversed(list(DATE_RE.finditer(text))):
        found = resolve_range(match, reference)
        if found is not None:
            start, end = doc.body_start + match.start(), doc.body_start + match.end()
            return found, Mention(found.start.isoformat(), Span(start, end, doc.text[start:end]), "dates.same-day",
                                  doc.id)
    return None, None
