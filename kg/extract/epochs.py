"""The earliest day a page can tell of: national meetings, anniversaries and campaigns it names, whose
dates are public record (十三届全国人大三次会议: 2020; 党的二十大: October 2022; 建党100周年: 2021;
党史学习教育: 2021).  A page that prints no year is dated no earlier than the latest of them, as a
reader dates a district bureau's 6月4日 study of the 两会 it names."""

from __future__ import annotations

import datetime as dt
import re

from kg.numerals import chinese_number

# 党的十八大以来, 十九届五中全会以后: a start, not a time near the page's
_SINCE = re.compile(r"(?:党的|中共)?[一二三四五六七八九十]{1,3}(?:大|届[一二三四五六七]中全会)(?:召开)?"
                    r"(?:以来|以后|之后)")


_N = "[一二三四五六七八九十]{1,3}"
# 十三届全国人大三次会议, 第十三届全国人民代表大会第三次会议, 全国政协十三届三次会议: the fifth NPC and
# CPPCC sat from 1978, each term five years, one plenary session a year in March
_SESSION = re.compile(rf"(?:第?(?P<n>{_N})届(?:全国人大|全国人民代表大会|全国政协|政协全国委员会)"
                      rf"|(?:全国人大|全国政协)第?(?P<n2>{_N})届)第?(?P<m>[一二三四五])次(?:会议|全体会议)")
# 党的十九大, 中共二十大, 中国共产党第十八次全国代表大会: the twelfth sat in 1982, one every five years
_CONGRESS = re.compile(r"(?:党的|中共|中国共产党第)(?P<n>十[二三四五六七八九]|二十[一二]?)(?:大|次全国代表大会)")
# 十八届三中全会, 第十九届中央委员会第四次全体会议: the plenums of the terms a page may cite
_PLENUM = re.compile(rf"第?(?P<n>{_N})届(?:中央委员会第)?(?P<m>[一二三四五六七])(?:中全会|次全体会议)")
_PLENUMS = {  # (term, plenum): (year, month) it opened
    16: ((2002, 11), (2003, 2), (2003, 10), (2004, 9), (2005, 10), (2006, 10), (2007, 10)),
    17: ((2007, 10), (2008, 2), (2008, 10), (2009, 9), (2010, 10), (2011, 10), (2012, 11)),
    18: ((2012, 11), (2013, 2), (2013, 11), (2014, 10), (2015, 10), (2016, 10), (2017, 10)),
    19: ((2017, 10), (2018, 1), (2018, 2), (2019, 10), (2020, 10), (2021, 11), (2022, 10)),
    20: ((2022, 10), (2023, 2), (2024, 7), (2025, 10)),
}
# 纪念建党89周年, 庆祝中国共产党成立100周年, 新中国成立75周年, 改革开放40周年: the year counted to
_ANNIVERSARY = re.compile(rf"(?P<what>建党|中国共产党成立|新中国成立|中华人民共和国成立|改革开放)"
                          rf"(?P<n>{_N}|\d{{2,3}})周年")
_FOUNDED = {"建党": 1921, "中国共产党成立": 1921, "新中国成立": 1949, "中华人民共和国成立": 1949, "改革开放": 1978}
# the Party's study campaigns and the epidemic, each from when it began
_CAMPAIGNS = (
    ("党的群众路线教育实践活动", (2013, 6)), ("三严三实", (2015, 4)), ("两学一做", (2016, 2)),
    ("不忘初心、牢记使命", (2019, 5)), ("新冠肺炎", (2020, 1)), ("新型冠状病毒", (2020, 1)),
    ("复工复产", (2020, 2)), ("党史学习教育", (2021, 2)),
    ("习近平新时代中国特色社会主义思想主题教育", (2023, 4)), ("党纪学习教育", (2024, 4)),
    ("中央八项规定精神学习教育", (2025, 3)),
)


def earliest_day(text: str) -> dt.date | None:
    """The latest first day among the national meetings, anniversaries and campaigns the text names (not one
    a span starts from: 党的十八大以来 may be years before)."""
    text = _SINCE.sub("", text)
    found = [dt.date(*began, 1) for name, began in _CAMPAIGNS if name in text]
    for match in filter(_studied(text), _SESSION.finditer(text)):
        term, session = _count(match["n"] or match["n2"]), _count(match["m"])
        if 5 <= term <= 20:
            found.append(dt.date(1978 + 5 * (term - 5) + session - 1, 3, 1))
    for match in filter(_studied(text), _CONGRESS.finditer(text)):
        found.append(dt.date(1982 + 5 * (_count(match["n"]) - 12), 9, 1))
    for match in filter(_studied(text), _PLENUM.finditer(text)):
        opened = _PLENUMS.get(_count(match["n"]), ())
        plenum = _count(match["m"])
        if plenum <= len(opened):
            found.append(dt.date(*opened[plenum - 1], 1))
    for match in _ANNIVERSARY.finditer(text):
        found.append(dt.date(_FOUNDED[match["what"]] + _count(match["n"]), 1, 1))
    return max(found) if found else None


# 传达学习十三届全国人大三次会议精神, 学习贯彻党的二十大精神: a meeting studied soon after it (not 为贯彻落实党的
# 二十大精神, a purpose that may be years later)
_STUDIED = re.compile(r"(?:传达|学习)[^，。；]{0,16}$")


def _studied(text: str):
    return lambda match: bool(_STUDIED.search(text, max(0, match.start() - 18), match.start()))


def _count(chinese: str) -> int:
    return chinese_number(chinese) or 0  # (the patterns match numerals only)
