"""Property tests: extractors never raise, spans point at their text, dates never
come after publication, the same document always gives the same meeting."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.extract import extract
from kg.extract.dates import DATE_RE, resolve
from kg.model import Meeting, Mention
from tests.docs import make_doc

# Text built from the vocabulary of meeting reports, so that rules actually fire.
PIECES = ["工业和信息化部", "国务院", "召开", "主持召开", "会议", "座谈会", "电视电话会议", "视频会议", "，", "。",
          "副部长", "辛国斌", "李强", "出席会议并讲话", "主持会议", "出席", "、", "浙江", "河南省", "广东",
          "作了交流发言", "等10个省市", "各省、自治区、直辖市", "分会场参会", "长三角", "中西部", "一要", "二要",
          "一是", "二是", "要确保", "汽车", "芯片", "27日", "3月17日", "2022年5月27日", "今天", "日前", "在",
          "上强调", "他强调", "中共中央政治局会议", "精神", "“", "”", "（", "）", "\n", " ", "党组", "传达学习"]
report_text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=60).map("".join)
published = st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2030, 12, 31))


def _mentions(m: Meeting) -> list[Mention]:
    found = [p.mention for p in m.participations] + m.regions + m.sectors
    found += [x.mention for x in m.measures] + [c.mention for c in m.cited]
    return found + [x for x in (m.date_mention, m.name_mention) if x]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=report_text, body=report_text, when=published)
def test_extract_never_raises_and_spans_hold(title: str, body: str, when: dt.datetime) -> None:
    doc = make_doc(title.replace("\n", " "), *body.split("\n"), published=when.strftime("%Y-%m-%d %H:%M"))
    result = extract(doc)
    assert extract(doc) == result  # pure: same input, same output
    if isinstance(result, Meeting):
        for mention in _mentions(result):
            assert doc.text[mention.span.start:mention.span.end] == mention.span.text
        if result.date:
            assert result.date <= doc.published_date
        for cited in result.cited:
            assert cited.date is None or cited.date <= doc.published_date


@given(day=st.integers(1, 31), month=st.integers(1, 12), when=published)
def test_resolved_dates_never_follow_publication(day: int, month: int, when: dt.datetime) -> None:
    for text in (f"{day}日", f"{month}月{day}日"):
        match = DATE_RE.search(text)
        resolved = resolve(match, when.date())
        assert resolved is None or resolved <= when.date()
        if resolved:
            assert resolved.day == day and (len(text) < 4 or resolved.month == month)


@given(st.dates(min_value=dt.date(2001, 1, 1), max_value=dt.date(2030, 12, 31)), st.integers(0, 92))
def test_a_lost_month_is_read_back_only_when_one_day_fits(published: dt.date, back: int) -> None:
    from kg.extract.lostdates import _lost_month

    day = published - dt.timedelta(days=back)
    found = _lost_month(f"{day.month}{day.day:02d}" if day.day >= 10 else f"{day.month}{day.day}", published)
    assert found in (day, None)  # never another day: ambiguous digits (111) give none


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)))
def test_a_run_of_year_month_and_day_is_read_only_when_one_reading_fits(day: dt.date) -> None:
    from kg.extract.lostdates import _one_reading

    digits = f"{day.month}{day.day:02d}" if day.day >= 10 else f"{day.month}{day.day}"
    found = _one_reading(day.year, digits)
    assert found in (day, None)  # never another day; none where two days fit (1012: 1-12 or 10-12)
    if day.month < 10 and day.day >= 10 and (int(digits[:2]) > 12 or digits[2:] == "0"):
        assert found == day  # 922: only 9-22 fits (92-2 is no month); 111 could be 1-11 or 11-1


@given(name=st.text(alphabet="ab会议", min_size=1, max_size=4), text=st.text(alphabet="ab会议", max_size=16))
def test_a_names_ends_are_those_of_its_pattern(name: str, text: str) -> None:
    """The ends _told_to_come checks are those re.finditer gives for the name or its last two characters."""
    import re

    from kg.extract.lead import _ends_of

    pattern = re.escape(name) + "|" + re.escape(name[-2:])
    assert _ends_of(name, text) == [found.end() for found in re.finditer(pattern, text)]
