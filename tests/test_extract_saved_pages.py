"""Pages saved without their publication date (the URL and a dateline tell it), conferences whose public host
or speaking official comes a few sentences on, and names with Latin words.  Every sentence is written for the
test (invented bodies and places; officials' names only where the lexicon's known people are the point)."""

from __future__ import annotations

import dataclasses

from kg.extract import extract
from kg.model import OFFICIAL, PROVINCE_SPOKE, SPEAKER, Meeting, NotMeeting
from tests.docs import make_doc


def _saved(url: str, *paragraphs: str) -> Meeting | NotMeeting:
    """A page saved with its URL and without its publication date."""
    return extract(dataclasses.replace(make_doc("", *paragraphs), published=None, url=url))


def test_a_url_that_gives_month_and_year_in_either_order_dates_the_meeting() -> None:
    body = "7月30日，全省推进工业产业扶贫工作会在我市召开，总结和部署新阶段工作。"
    m = _saved("http://news.example.cn/htm/jlzx/201808_4699.html", body)
    assert isinstance(m, Meeting) and str(m.date) == "2018-07-30"
    m = _saved("http://news.example.cn/bzzx/062012/bzzx39359.html",
               "为促进工业设计发展，6月8日，某司在北京召开企业工业设计中心认定工作座谈会。")
    assert isinstance(m, Meeting) and str(m.date) == "2012-06-08"
    m = _saved("http://news.example.cn/htm/jlzx/4699.html", body)
    assert isinstance(m, Meeting) and m.date is None  # no year anywhere: no date


def test_a_dateline_in_the_month_the_url_gives_places_today() -> None:
    m = _saved("https://news.example.com/24kx/202410/2300541.html", "10月18日快讯：某司负责人谈试点",
               "工业和信息化部装备工业一司副司长某某今日在2024世界智能网联汽车大会上表示，试点将很快进入测试评估环节。")
    assert isinstance(m, Meeting) and str(m.date) == "2024-10-18"


def test_the_day_a_url_gives_is_the_day_of_a_meeting_opened_that_day() -> None:
    m = _saved("https://news.example.cn//20181019/1026615336.html",
               "据工业和信息化部消息，由工信部和某省人民政府共同主办的2018世界某产业大会当天在某市隆重开幕。")
    assert isinstance(m, Meeting) and str(m.date) == "2018-10-19"


def test_a_summit_named_with_latin_words_and_an_ampersand() -> None:
    m = _saved("http://www.example.com/news/200905/26.html", "某网5月26日消息 在今天举办的2009 TD-SCDMA & TD-LTE国际峰会上，"
               "工业和信息化部副部长娄勤俭指出：中国的TD用户已经达到了85万。")
    assert isinstance(m, Meeting) and m.name == "2009 TD-SCDMA & TD-LTE国际峰会" and str(m.date) == "2009-05-26"
    assert [p.participant for p in m.participations if p.role == SPEAKER] == ["娄勤俭"]


def test_a_ministers_speech_three_sentences_on_makes_a_fair_public() -> None:
    m = extract(make_doc("", "10月23日，2021世界某某博览会在某市开幕。当天，2021世界某某峰会举行。省委副书记、代省长某某某出席峰会。"
                         "工业和信息化部副部长王志军、副省长李春明致辞。", published="2021-10-24 08:00"))
    assert isinstance(m, Meeting) and str(m.date) == "2021-10-23"


def test_member_states_are_no_title_and_a_digests_next_item_is_not_this_ones() -> None:
    doc = make_doc("2024中国（某省）-RCEP成员国跨境电商交流会暨中国（某市）跨境电商交易会开幕",
                   "2024中国（某省）-RCEP成员国跨境电商交流会暨中国（某市）跨境电商交易会开幕。本届跨交会吸引了40多家企业参加。",
                   "", "3、国家邮政局：7月份，邮政行业寄递业务量同比增长20.1%。", published="2024-08-17 08:00")
    assert isinstance(extract(doc), NotMeeting)


def test_a_host_leaders_welcome_quoted_at_length_is_presence_and_their_province_spoke() -> None:
    m = extract(make_doc("", "11月17日上午，2022世界某某大会在合肥开幕。省委书记某某某出席。省长王清宪，工业和信息化部副部长王江平致辞。",
                         "王清宪在致辞中指出，集成电路产业越来越成为塑造发展新动能的重要力量。",
                         "王江平在致辞中指出，要加强产业链供应链合作。", published="2022-11-18 08:00"))
    assert isinstance(m, Meeting)
    assert [p.participant for p in m.participations if p.role == SPEAKER] == ["王江平"]
    assert "王清宪" in [p.participant for p in m.participations if p.role == OFFICIAL]
    m = extract(dataclasses.replace(make_doc("", "10月23日，2021世界某某峰会在无锡举行。工业和信息化部副部长王志军、副省长李春明致辞。",
                                             "王志军在讲话中说，产业规模已突破2.4万亿元。", published="2021-10-24 08:00"),
                                    url="http://www.jiangsu.gov.cn/art/2021/10/24/art_1.html"))
    assert isinstance(m, Meeting) and [p.participant for p in m.participations if p.role == PROVINCE_SPOKE] == ["jiangsu"]


def test_a_conference_two_bodies_hosted_dated_by_the_year_in_its_quoted_name() -> None:
    m = _saved("http://www.example.com/article/fzfa20233315.html", "为推动某区纺织服装产业高质量发展，8月17日，某某工业联合会和"
               "某某自治区工业和信息化厅共同主办了“2023 某某纺织服装产业高质量发展大会”。")
    assert isinstance(m, Meeting) and m.name == "2023某某纺织服装产业高质量发展大会" and str(m.date) == "2023-08-17"


def test_a_bureaus_study_session_is_a_meeting_where_the_item_tells_it_met() -> None:
    m = extract(make_doc("", "11月17日上午，市工信局组织学习宣传党的十九届六中全会精神。局机关全体人员及基层单位负责人参加了此次会议。",
                         "会议由副局长金某某主持。", published="2021-11-19 10:00"))
    assert isinstance(m, Meeting) and m.name == "学习宣传党的十九届六中全会精神会议" and str(m.date) == "2021-11-17"
    assert isinstance(extract(make_doc("", "11月17日，市工信局认真学习宣传党的十九届六中全会精神，推动各项工作落实。",
                                       "全局上下干劲十足。", published="2021-11-19 10:00")), NotMeeting)
