"""Patterns of the former held-out halves of collections B, C and D (scored at the end of the session that
collected them, then developed on); sentences written for the tests, reproducing what the pages show."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from kg.extract.epochs import earliest_day
from kg.model import CHAIR, IN_PERSON, OFFICIAL, PROVINCE_SPOKE, SPEAKER, TELECONFERENCE
from kg.numerals import chinese_number
from tests.docs import meeting_of, rejected
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
    assert earliest_day("传达学习中国共产党第十八次全国代表大会精神") == dt.date(2012, 9, 1)
    assert earliest_day("学习党的十九届五中全会和十八届三中全会精神") == dt.date(2020, 10, 1)
    assert earliest_day("传达学习第二十届中央委员会第三次全体会议精神") == dt.date(2024, 7, 1)
    assert earliest_day("为贯彻落实党的二十大精神，3月15日，联盟成立大会召开") is None  # a purpose: maybe years later
    assert earliest_day("十八大以来，三中全会精神") is None  # no term named: no date known
    assert earliest_day("二十届九中全会") is None  # a plenum not yet held


@given(st.integers(min_value=1, max_value=99))
def test_chinese_numbers_read_back(n: int) -> None:
    digits = "一二三四五六七八九"
    tens, units = divmod(n, 10)
    written = (("" if tens == 1 else digits[tens - 1]) + "十" if tens else "") + (digits[units - 1] if units else "")
    assert chinese_number(written) == n


def test_an_untitled_pages_headline_is_told_held_by_teleconference_in_its_lead() -> None:
    m = meeting_of("", "某省通信管理局召开专项整治工作动员部署会",
                   "日前，某省通信管理局组织召开了专项整治工作动员部署电视电话会。局党组全体成员出席会议。",
                   "局长王立新在会上作动员部署讲话。", published="2019-09-27 09:03")
    assert m.format == TELECONFERENCE


def test_joining_online_or_in_the_hall_is_in_person() -> None:
    m = meeting_of("", "8月31日，2021世界5G大会在北京开幕。来自各国的专家以线上或线下的方式参会。",
                   "工业和信息化部部长张立新在开幕式上指出，要深化5G应用。", published="2021-09-01 10:00")
    assert m.format == IN_PERSON and m.people(SPEAKER) == ["张立新"]


def test_a_keynote_given_in_anothers_name_with_statements_makes_a_speaker() -> None:
    m = meeting_of("", "2011年6月17日，第八届两岸信息产业论坛在台北开幕。开幕式上，工业和信息化部副部长王国华"
                       "以协会名誉理事长的名义发表了主题演讲。",
                   "王国华充分肯定了论坛的成果。他强调要推进两岸中小企业合作。", published="2011-06-18 10:00")
    assert m.people(SPEAKER) == ["王国华"]


def test_a_forum_held_in_a_city_in_a_mixed_way_with_its_guests_listed_further_on() -> None:
    m = meeting_of("", "3月25-27日，中国电动汽车发展论坛（2022）在北京以线上线下结合的方式召开。本届论坛以“迎接新阶段”为主题。",
                   "疫情背景下，论坛吸引超过三千万人次观看直播。", "三百余位嘉宾参会。",
                   "出席论坛的有工业和信息化部副部长辛国斌、科学技术部副部长相里斌等。", published="2022-03-28 10:00")
    assert m.name == "中国电动汽车发展论坛（2022）" and str(m.date) == "2022-03-25"


def test_a_lost_character_in_an_english_name_ends_no_sentence_and_the_opening_forum_is_the_expos() -> None:
    m = meeting_of("", "8月16日至18日，第十届中国电子信息博览会(CITE?2022)在广东深圳举行。记者从博览会上获悉，产业规模扩大。",
                   "工业和信息化部电子信息司副司长李华在开幕论坛上表示，集成电路、新型显示等领域创新密集。",
                   published="2022-08-19 10:00")
    assert m.name == "第十届中国电子信息博览会" and m.people(SPEAKER) == ["李华"]


def test_an_official_of_the_province_economic_commission_speaks_for_the_pages_one_province() -> None:
    m = meeting_of("", "6月26日下午，市经信委召开了镇江市两化融合对接活动启动会暨镇江市企业信息化协会会员大会。"
                       "各辖市区经信委以及近百家企业参加了本次会议。",
                   "会上，省经信委企业信息化处处长王万军充分肯定了我市两化融合取得的成绩。江苏某集团有限公司也参加了会议。",
                   published="2017-06-27 10:00")
    assert m.name == "镇江市两化融合对接活动启动会暨镇江市企业信息化协会会员大会"
    assert m.people(SPEAKER) == ["王万军"] and m.provinces(PROVINCE_SPOKE) == ["jiangsu"]


def test_a_press_conference_on_standards_is_still_a_press_conference() -> None:
    found = rejected("", "人民网北京7月24日电 7月24日，工业和信息化部消费品工业司司长李红在“电动自行车相关标准政策”新闻发布会上透露，"
                         "我国电动自行车社会保有量约3.8亿辆。", published="2025-07-24 15:13")
    assert "新闻发布会" in found.reason


def test_a_whole_year_estimated_or_reported_dates_an_undated_page_in_the_next() -> None:
    m = _undated("", "中新网1月11日电 1月11日，全国工业和信息化工作会议在北京召开。部长张立新出席会议并讲话。\n"
                     "会议指出，预计2022年全年，规模以上工业增加值同比增长3.6%。")
    assert str(m.date) == "2023-01-11"
    m = _undated("", "4月24日，全国软件服务业工作座谈会在南宁召开，副部长王力在会上表示，融合发展呈现新格局。"
                     "2017年，全国软件和信息技术服务业实现收入5.5万亿元，同比增长13.9%。")
    assert str(m.date) == "2018-04-24"
    m = _undated("", "12月25日，全省工业和信息化工作会议召开。厅长张华讲话。\n预计2022年全年，全省工业增加值增长5%。")
    assert str(m.date) == "2022-12-25"  # late in the year: the year itself


def test_a_study_discussion_a_department_holds_is_a_meeting() -> None:
    m = meeting_of("", "经济和信息化厅领导带领青年理论学习小组开展“促进双城经济圈建设”专题学习讨论会",
                   "4月23日，厅青年理论学习小组开展专题学习。副厅长顾红林指出，要深刻认识双城经济圈建设的重大意义。",
                   published="2020-04-24 15:13")
    assert m.name == "“促进双城经济圈建设”专题学习讨论会" and m.people(SPEAKER) == ["顾红林"]


def test_a_provincial_department_whose_unnamed_leaders_spoke_speaks_for_its_province() -> None:
    m = meeting_of("", "2025年2月21日，电动自行车强制性国家标准宣贯会在我市召开。广东省工业和信息化厅和某研究院的有关领导"
                       "出席会议并讲话。各地级以上市工业和信息化局负责人参加会议。", published="2025-02-22 10:00")
    assert m.provinces(PROVINCE_SPOKE) == ["guangdong"]


def test_both_sides_that_presented_are_the_bodies_the_lead_names() -> None:
    m = meeting_of("", "2月4日，国家无线电监测中心与北京市经济和信息化局举行冬奥测试赛工作交流会。中心主任张立出席会议，"
                       "北京市经信局二级巡视员李涛出席会议，中心总工程师黄平主持会议。会上，双方介绍了测试赛准备工作情况。", published="2021-02-05 10:00")
    assert m.provinces(PROVINCE_SPOKE) == ["beijing"] and m.people(CHAIR) == ["黄平"]


def test_a_long_guest_list_of_names_before_titles_ends_in_a_crowd_that_attended() -> None:
    m = meeting_of("", "2018年4月24日，某行业协会二届二次会员大会在北京召开。名誉会长王勇院士，工业和信息化部原材料司"
                       "骆铁明巡视员，科技部高新司曹国英副司长，某技术联盟梁兴印秘书长等政府部门和兄弟社团组织的领导和嘉宾，"
                       "以及协会会员代表共计200余人出席会议。",
                   "王勇院士首先发表了热情洋溢的讲话。他指出，新材料是产业变革的基石。", published="2018-04-25 10:00")
    assert m.people(SPEAKER) == ["王勇"] and m.people(OFFICIAL) == ["骆铁明", "曹国英", "梁兴印"]


def test_a_citys_preparatory_meeting_for_a_world_expo_is_its_own_meeting() -> None:
    m = meeting_of("市委市政府召开世界工业互联网博览会筹备工作推进会",
                   "3月29日，世界工业互联网博览会筹备工作推进会在市行政中心召开，会议由市长丁明主持，市委书记汪强到会并讲话。",
                   "市工信局局长朱华首先汇报了博览会前期筹备工作情况。", published="2019-03-29 10:00")
    assert m.name == "世界工业互联网博览会筹备工作推进会" and m.people(CHAIR) == ["丁明"]
    assert "汪强" in m.people(SPEAKER)


def test_an_adverb_after_a_name_is_not_part_of_it() -> None:
    m = meeting_of("", "12月2日，全国发展和改革工作会议在京召开。", "杜鹰还表示，要着力推进国有企业改革。",
                   published="2007-12-03 10:00")
    assert m.people(SPEAKER) == ["杜鹰"]


def test_a_director_general_with_a_transliterated_name_chairs() -> None:
    m = meeting_of("", "第57届世界钢铁协会年会10月16日上午在上海开幕。工业和信息化部副部长王江平作了主旨演讲。"
                       "世界钢铁协会总干事埃德温·巴松主持开幕式。", published="2023-10-17 10:00")
    assert m.people(CHAIR) == ["埃德温·巴松"]


def test_a_short_generic_name_is_dated_by_the_sentence_that_tells_its_act() -> None:
    m = meeting_of("", "2014年8月22日，某公司董事长金立到工业和信息化部，向部长苗圩汇报了项目研制情况。"
                       "工信部副部长苏波出席汇报会。", "会上，苗圩指出，公司发展建设之路走得很扎实。", published="2014-08-25 10:00")
    assert m.name == "汇报会" and str(m.date) == "2014-08-22"


def test_a_journal_abstract_is_dated_in_the_year_of_its_issue() -> None:
    m = _undated("", "本刊讯 2月4日，国家无线电监测中心与北京市经济和信息化局举行测试赛工作交流会。中心总工程师黄平主持会议。\n"
                     "出版日期2021")
    assert str(m.date) == "2021-02-04"


def test_experts_and_guests_are_no_names_and_a_list_ending_in_them_reaches_its_verb() -> None:
    m = meeting_of("", "11月4日，2022世界计算大会在长沙开幕。工业和信息化部副部长王江平，湖南省省长毛伟明，"
                       "中国科学院院士、国防科技大学校长黎湘，以及来自中国工程院、中国科学院的院士专家出席开幕式。",
                   published="2022-11-05 10:00")
    assert m.people(OFFICIAL) == ["王江平", "毛伟明", "黎湘"]


def test_a_name_before_a_speech_in_a_welcome_or_a_preposition_stays_whole() -> None:
    m = meeting_of("", "9月8日，2017中国平板显示产业发展论坛在绵阳举行。工信部电子信息司巡视员胡燕出席论坛并致辞。",
                   "胡燕在致辞中说，创新发展成为显示行业的主旋律。", "校长周玉面向全校师生传达了大会精神。",
                   published="2017-09-10 10:00")
    assert "胡燕在" not in m.people(SPEAKER) + m.people(OFFICIAL) and "周玉面" not in m.people(OFFICIAL)


def test_a_congress_a_span_starts_from_dates_nothing() -> None:
    assert earliest_day("党的十八大以来，信息通信行业取得历史性成就") is None
    assert earliest_day("党的十八大以来，…传达学习党的二十大精神") == dt.date(2022, 9, 1)


def test_a_body_that_took_part_with_every_provincial_bureau_is_all_present() -> None:
    m = meeting_of("", "2021年8月3日，工业和信息化部召开特别会议。会议由工业和信息化部副部长刘立主持。",
                   "会议由工业和信息化部信息通信管理局以及各省级通信管理局的主要负责人共同参与。", published="2021-08-04 10:00")
    assert len(m.provinces("province-present")) >= 31


def test_an_outlets_tag_and_dateline_are_not_the_meetings_name() -> None:
    m = meeting_of("", "C114讯 6月5日消息（岳明）第31届中国国际信息通信展览会昨日在北京国家会议中心隆重拉开帷幕，"
                       "工业和信息化部副部长张立在期间举行的高层论坛主论坛发表重要致辞。", published="2023-06-05 10:00")
    assert m.name == "第31届中国国际信息通信展览会"


def test_a_slashed_dateline_is_chrome_and_a_meeting_held_at_once_after_an_event_is_dated_by_it() -> None:
    m = meeting_of("", "雅安发生6.1级地震，工信部组织四川全力开展应急通信保障工作", "2022/6/2 9：15：56 来源：某网站 作者：某人",
                   "某网站6月2日消息，2022年6月1日17时许，四川省雅安市芦山县发生6.1级地震。",
                   "地震发生后，工业和信息化部高度重视，第一时间启动应急通信保障预案，召开视频调度会议，部署应急通信保障工作。",
                   published="2022-06-02 09:15")
    assert m.name == "视频调度会议" and str(m.date) == "2022-06-01" and m.format == "video"


def test_an_important_welcome_is_presence_and_what_he_went_on_to_say_a_speech() -> None:
    m = meeting_of("", "第31届中国国际信息通信展览会昨日在北京隆重拉开帷幕，工业和信息化部副部长张立在期间举行的高层论坛发表重要致辞。",
                   published="2023-06-05 10:00")
    assert m.people(OFFICIAL) == ["张立"]
    m = meeting_of("", "第31届中国国际信息通信展览会昨日在北京隆重拉开帷幕，工业和信息化部副部长张立在期间举行的高层论坛发表重要致辞。",
                   "张立谈到，信息通信行业取得了历史性成就。", published="2023-06-05 10:00")
    assert m.people(SPEAKER) == ["张立"]


def test_a_deputy_secretary_general_of_a_municipal_government_speaks_for_it() -> None:
    m = meeting_of("", "9月14日下午，第二十二届中国工业博览会组委会会议在沪召开。工博会组委会常务副秘书长、市政府副秘书长陈鸣主持会议并讲话。",
                   "陈鸣指出，要办好上海这一国家级大型展会。", published="2020-09-15 10:00")
    assert m.provinces(PROVINCE_SPOKE) == ["shanghai"]


def test_an_epithet_and_an_escort_are_no_sectors() -> None:
    m = meeting_of("", "7月1日，庆祝大会在京隆重举行。由礼宾摩托车队护卫前往人民大会堂。会议强调，让快递这一朝阳产业更加红火。",
                   published="2026-07-01 21:00")
    assert [s.value for s in m.sectors] == ["快递"]


def test_in_the_capacity_of_is_no_name() -> None:
    m = meeting_of("", "3月1日，2022中国互联网发展座谈会在京召开。张立明以副部长身份出席座谈会并讲话。", published="2022-03-02 10:00")
    assert m.people(SPEAKER) == ["张立明"]


def test_the_field_of_the_body_whose_congress_it_is_is_its_sector() -> None:
    m = meeting_of("", "2012年4月8日，中国稀土行业协会成立大会在北京举行，工业和信息化部部长苗立出席大会并讲话。",
                   published="2012-04-09 10:00")
    assert [s.value for s in m.sectors][:1] == ["稀土"]
    m = meeting_of("", "4月8日，某市经信委召开全市工业经济运行分析会，中国稀土行业协会秘书长王立出席会议。",
                   published="2012-04-09 10:00")
    assert "稀土" not in [s.value for s in m.sectors]  # a body named elsewhere: no sector
