"""Patterns of the former held-out halves of collections B, C and D (scored at the end of the session that
collected them, then developed on); sentences written for the tests, reproducing what the pages show."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from kg.extract.epochs import _number, earliest_day
from tests.test_extract_audit_b import _undated


def test_a_page_without_a_year_is_dated_after_the_national_meeting_it_studies() -> None:
    m = _undated("", "6月4日，区工信局召开专题会议，传达学习十三届全国人大三次会议和全国政协十三届三次会议精神。\n"
                     "会议强调，要抓好经济运行分析调度。")
    assert str(m.date) == "2020-06-04"


def test_a_day_before_the_cited_congress_in_its_year_falls_in_the_next() -> None:
    m = _undated("", "1月12日，市工业和信息化局召开党组会议，传达学习党的二十大精神。\n会议要求，全体干部要抓好落实。")
    assert str(m.date) == "2023-01-12"
    m = _undated("", "11月4日，市工业和信息化局召开党组会议，传达学习党的二十大精神。\n会议要求，全体干部要抓好落实。")
    assert str(m.date) == "2022-11-04"


def test_a_campaign_or_anniversary_dates_an_undated_page() -> None:
    m = _undated("", "3月23日，区工信局召开党史学习教育动员大会。\n会议强调，要把党史学习教育作为重大政治任务。")
    assert str(m.date) == "2021-03-23"
    m = _undated("", "6月30日，县经信局召开纪念建党95周年座谈会。\n局长王立新主持会议并讲话。")
    assert str(m.date) == "2016-06-30"
    m = _undated("", "3月2日晚，某县召开规上工业企业复工复产推进会。\n副县长李明要求各部门抓好疫情防控。")
    assert str(m.date) == "2020-03-02"


def test_a_year_the_text_prints_outweighs_an_earlier_cited_meeting() -> None:
    m = _undated("", "5月8日，县工信局召开会议，传达学习党的十九大精神，部署2023年重点工作任务。\n局长张华主持会议。")
    assert str(m.date) == "2023-05-08"


def test_epochs_of_sessions_congresses_and_plenums() -> None:
    assert earliest_day("学习贯彻第十四届全国人民代表大会第二次会议精神") == dt.date(2024, 3, 1)
    assert earliest_day("中国共产党第十八次全国代表大会") == dt.date(2012, 9, 1)
    assert earliest_day("党的十九届五中全会和十八届三中全会") == dt.date(2020, 10, 1)
    assert earliest_day("第二十届中央委员会第三次全体会议") == dt.date(2024, 7, 1)
    assert earliest_day("十八大以来，三中全会精神") is None  # no term named: no date known
    assert earliest_day("二十届九中全会") is None  # a plenum not yet held


@given(st.integers(min_value=1, max_value=99))
def test_chinese_numbers_read_back(n: int) -> None:
    digits = "一二三四五六七八九"
    tens, units = divmod(n, 10)
    written = (("" if tens == 1 else digits[tens - 1]) + "十" if tens else "") + (digits[units - 1] if units else "")
    assert _number(written) == n
