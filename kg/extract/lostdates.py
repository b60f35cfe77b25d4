"""Days a page printed with its 年 or 月 lost (317日 for 3月17日, 2017922日 for 2017年9月22日): read only where
one month and day fit."""

from __future__ import annotations

import datetime as dt
import re

from kg.extract.reference import day_of

# A day whose 月 (and 日) the page lost (317日，… for 3月17日; 1221，… for 12月21日), opening the sentence.
_LOST_MONTH = re.compile(r"\s*(?P<digits>(?!19|20)\d{3,4}|(?:3[2-9]|[4-9]\d)(?=日))日?(?=[，,])")  # not 25日
# …中心组于61日召开了… (6月1日): a lost month where the sentence says when it held the meeting
_LOST_HELD = re.compile(r"于(?P<digits>(?!19|20)\d{3,4}|(?:3[2-9]|[4-9]\d))日?(?=召开|举行|在)")
# …目标任务如期完成,529,高密市召开了… (5月29日): a lost month in a clause of its own before the holding
_LOST_CLAUSE = re.compile(r"[，,](?P<digits>(?!19|20)\d{3,4})[，,](?=[^。；]{0,30}?(?:召开|举行))")
_LOST_WITHIN = dt.timedelta(days=92)
# 2017922日，工业和信息化部…召开 (2017年9月22日 with 年 and 月 lost): the year, then the month and day run together
_LOST_YEAR_MONTH = re.compile(r"\s*(?P<year>(?:19|20)\d{2})(?P<digits>\d{3,4})日(?=[，,])")
# 2020 8 28 ，在…召开 (2020年8月28日 with 年, 月 and 日 lost to spaces)
_SPACED = re.compile(r"\s*(?P<year>(?:19|20)\d{2}) (?P<month>\d{1,2}) (?P<day>\d{1,2})\s?(?=[，,])")


def _one_reading(year: int, digits: str) -> dt.date | None:
    """The one month and day the digits can be (922: 9-22; 1012 is 1-012 or 10-12, so none)."""
    found = {day for cut in (1, 2) if (day := day_of(year, digits[:cut], digits[cut:]))}
    return found.pop() if len(found) == 1 else None


def _lost_month(digits: str, published: dt.date) -> dt.date | None:
    """The one month and day the digits can be, on or up to three months before publication."""
    found = {day for cut in (1, 2) if len(digits[cut:]) <= 2
             for year in (published.year, published.year - 1)  # 1221 read in January: last December
             if (day := day_of(year, digits[:cut], digits[cut:]))
             and dt.timedelta(0) <= published - day <= _LOST_WITHIN}
    return found.pop() if len(found) == 1 else None


def lost_day(text: str, published: dt.date | None) -> tuple[dt.date, int, int] | None:
    """The day a sentence opening with lost digits gives, and where they stand; a day without its year is
    read only against the publication date."""
    if (run := _LOST_YEAR_MONTH.match(text)) and (day := _one_reading(int(run["year"]), run["digits"])):
        return day, run.start("year"), run.end()
    if (spaced := _SPACED.match(text)) and (day := day_of(*spaced.group("year", "month", "day"))):
        return day, spaced.start("year"), spaced.end()
    lost = _LOST_MONTH.match(text) or _LOST_HELD.search(text) or _LOST_CLAUSE.search(text)
    if published and lost and (day := _lost_month(lost["digits"], published)):
        return day, lost.start("digits"), lost.end()
    return None
