"""The day a page's relative dates resolve against (its publication, else what the page tells: a date in its
URL, a dateline at the top, a source line at the foot, the year its meeting works in)."""

from __future__ import annotations

import datetime as dt
import re

from kg.extract.epochs import earliest_day
from kg.extract.titles import in_book_title
from kg.model import Document

DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_FULL_DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})(?:[-/.年]|(?=\d{4}))(?P<m>\d{1,2})(?:[-/.月]|/?(?=\d{2}))(?P<d>\d{1,2})")
# /china/202208/50-1376805.html, /jlzx/201808_4699.html, /bzzx/062012/… (month first)
_YEAR_MONTH = re.compile(r"/(?:(?P<y>(?:19|20)\d{2})-?(?P<m>0[1-9]|1[0-2])"
                         r"|(?P<m2>0[1-9]|1[0-2])(?P<y2>(?:19|20)\d{2}))[/_]")
# (“2023 新疆…大会”; not a count: 2000平方米, 2010多家)
_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d{2})"
                   r"(?:年|/|(?=\s?[\u4e00-\u9fff“「]|[（(]第|[·・?]\w)(?!\s?[万亿千百余多个人家元吨台辆件项户名条座次场平米亩公斤]))")
# /html1/report/2107/…: a path's two-digit year and month, read only where the lead names that month
_SHORT_YEAR_MONTH = re.compile(r"/(?P<y>0[5-9]|[12]\d)(?P<m>0[1-9]|1[0-2])/")
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
# 本报北京11月28日讯, 《经济通通讯社23日专讯》 (a day alone: of publication's month or the one before)
DATELINE_DAY = re.compile(r"(?:(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月)?(?P<d>\d{1,2})日(?:电|讯|专讯|快讯|消息)")


def reference_date(doc: Document, lead: str = "") -> tuple[dt.date | None, str]:
    """The day relative dates resolve against, and how it is known: "published" (the page's date),
    "day", "month" or "year" (derived; the last day of that month or year), "" (not at all).

    A page saved without its date still tells it: by a date in its URL (/2017/06/08/,
    /201706/08/, /20170608; /202208/ means by the end of that month), a dateline at the top of
    the text (发布时间：2025-06-17, 2017年6月8日), or the year a lead names (2022世界先进制造业大会)."""
    if doc.published is not None:
        return _reposted(doc) or doc.published.date(), "published"
    for text in (doc.url or "", doc.text[:_DATELINE_REACH].translate(DIGITS)):
        for match in _FULL_DATE.finditer(text):
            if "年" in match.group() and "月" not in match.group():
                continue  # 2024年1-11月: a span of months, not a day
            if day := day_of(match["y"], match["m"], match["d"]):
                return day, "day"
    if (source := _SOURCE_DATED.search(doc.text, doc.body_start)) and (day := day_of(*source.group("y", "m", "d"))):
        return day, "day"  # 摘自 安徽省住房和城乡建设厅 2013.06.08: the original's date, at the foot of a repost
    english = _ENGLISH_DATE.search(doc.text, 0, _DATELINE_REACH)  # a foreign portal's chrome: Jul 4, 2025
    if english and (day := day_of(english["y"], _MONTHS.index(english["m"]) + 1, english["d"])):
        return day, "day"
    if found := _YEAR_MONTH.search(doc.url or ""):  # the end of that month
        year, month = int(found["y"] or found["y2"]), int(found["m"] or found["m2"])
        first_of_next = dt.date(year + (month == 12), month % 12 + 1, 1)
        month_end = first_of_next - dt.timedelta(days=1)
        return _on_dateline(doc, month_end) or (month_end, "month")
    if (short := _SHORT_YEAR_MONTH.search(doc.url or "")) and not _YEAR.search(doc.url or "") \
            and re.search(f"(?<!\\d){int(short['m'])}月", lead):  # /report/2107/1361-1.htm of a 7月13日 meeting
        year, month = 2000 + int(short["y"]), int(short["m"])
        return dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1), "month"
    for text, in_url in ((doc.url or "", True), (lead, False)):  # /art/2023/…, 2022世界先进制造业大会: that year's end
        body = doc.text[doc.body_start: doc.body_start + _WORK_REACH]
        worked = None if in_url else _work_year(body.translate(DIGITS), bool(_LATE_IN_YEAR.search(lead)))
        year = worked or next((int(y.group(1)) for y in _YEAR.finditer(text)
                               if (in_url and int(y.group(1)) <= _LAST_URL_YEAR)
                               or not in_url and not text.startswith(_SINCE, y.end()) and not _in_a_title(text, y)),
                              None)  # 2009年以来; 《…规划(2012-2020年)》
        if year:
            return _on_dateline(doc, dt.date(year, 12, 31), any_month=True) or (dt.date(year, 12, 31), "year")
    if issued := _ISSUE_YEAR.search(doc.text, doc.body_start):  # a journal's abstract: 出版日期2021
        return dt.date(int(issued["y"]), 12, 31), "year"
    told = _latest_year_told(doc.text[doc.body_start: doc.body_start + _WORK_REACH].translate(DIGITS),
                             bool(_LATE_IN_YEAR.search(lead)))
    earliest = earliest_day(doc.text[doc.body_start:])
    if earliest and (told is None or earliest.year > told):  # 6月4日…学习十三届全国人大三次会议精神: 2020
        return earliest.replace(year=earliest.year + 1) - dt.timedelta(days=1), "year"  # within a year after it
    if told:
        return dt.date(told, 12, 31), "year"  # 听取了各区关于2024年一季度…: the year the report works in
    return None, ""


_ISSUE_YEAR = re.compile(r"(?:出版日期|出版时间|刊期)\s*[:：]?\s*(?P<y>(?:19|20)\d{2})(?![\d/.年-])")
_SOURCE_DATED = re.compile(r"(?:摘自|转自|来源[：:]|稿源[：:])[^\n。]{0,40}?"
                           r"(?P<y>(?:19|20)\d{2})[-/.年](?P<m>\d{1,2})[-/.月](?P<d>\d{1,2})")


def day_of(year: int | str, month: int | str, day: int | str) -> dt.date | None:
    """The date of three numbers as a text writes them, if there is one (not 2月30日)."""
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def _on_dateline(doc: Document, month_end: dt.date, any_month: bool = False) -> tuple[dt.date, str] | None:
    """The day a dateline at the top tells in the month a URL gives (/202410/ … 10月18日快讯), or in any month
    of the year the page tells (中新网4月29日电 … XRMID2023…峰会): known to the day."""
    line = DATELINE_DAY.search(doc.text[doc.body_start: doc.body_start + _DATELINE_REACH].translate(DIGITS))
    if line is None or line["y"] or not line["m"] or not any_month and int(line["m"]) != month_end.month:
        return None
    day = day_of(month_end.year, line["m"], line["d"])
    return (day, "day") if day else None


def _latest_year_told(text: str, late: bool = False) -> int | None:
    """The latest year the body speaks of, leaving out targets (到2035年), spans (2021-2025年) and what
    is only a start (2012年以来) or a title (《…(2021—2025年)》); a year whose end or whole is past
    (2023年底…, 预计2022年全年…, 2017年，…同比增长) tells the next, unless the lead is late in a year."""
    years = [int(y.group(1)) + bool(_YEAR_END.match(text, y.end(1))
                                    or not late and _WHOLE_YEAR.match(text, y.end(1)))
             for y in _YEAR.finditer(text)
             if not text.startswith(_SINCE, y.end()) and not _in_a_title(text, y)
             and not text.endswith(("到", "至"), 0, y.start()) and not _TARGET.match(text, y.end(1))]
    return max(years) if years else None


# 2020年、2025年节水指标: years a target is set for; (截至)2023年底…: figures of a year past (not 2023年底前)
_TARGET = re.compile(r"(?:年?[、和及](?:19|20)\d{2})*年?[^，。；\d]{0,6}?(?:指标|目标)")
_YEAR_END = re.compile(r"\s?年(?:底|末)(?!前)")
_WHOLE_YEAR = re.compile(r"\s?年(?:全年[，,]?[^。；]{0,30}?(?:增长|增加|实现|完成)"
                         r"|[，,][^。；]{0,40}?(?:实现|完成)[^。；]{0,30}?同比增长)")


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
    top = doc.text[doc.body_start: doc.body_start + _DATELINE_REACH].translate(DIGITS)
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
