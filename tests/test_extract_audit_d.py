"""Patterns of the former held-out halves of collections E and F (scored at the end of the session that
collected them, then developed on); sentences written for the tests, reproducing what the pages show."""

from __future__ import annotations

from kg.extract.titles import is_chrome
from kg.model import OFFICIAL, PROVINCE_PRESENT, PROVINCE_SPOKE, SPEAKER, Meeting
from tests.docs import meeting_of, rejected


def _roles(meeting: Meeting, role: str) -> list[str]:
    return meeting.provinces(role) if role.startswith("province") else meeting.people(role)


def test_a_ministry_that_calls_a_meeting_holds_one() -> None:
    m = meeting_of("某部门征集救灾物资", "某部门今天发出公告，征集救灾物资。",
                   "据悉，有关企业已经组织生产。", "5月12日晚，工信部召集会议，成立生产恢复工作组。",
                   published="2008-05-14 10:00")
    assert str(m.date) == "2008-05-12"


def test_a_day_in_chinese_numerals_dates_the_meeting() -> None:
    m = meeting_of("工信部成立生产恢复组", "本报北京讯 某部门今天发出公告，征集救灾物资。",
                   "据悉，有关企业已经组织生产。", "十二日晚，工信部召开会议，成立生产恢复工作组。",
                   published="2008-05-14 10:00")
    assert str(m.date) == "2008-05-12"
    m = meeting_of("", "五月十三日上午，工信部召开原材料保障座谈会。", published="2008-05-14 10:00")
    assert str(m.date) == "2008-05-13"


def test_a_count_of_days_is_no_date() -> None:
    m = meeting_of("", "7月5日，工信部召开建材保障座谈会。会议持续三日，研究恢复生产。",
                   published="2010-07-07 10:00")
    assert str(m.date) == "2010-07-05"


def test_what_the_provinces_attending_said_together_makes_them_speak() -> None:
    m = meeting_of("", "7月5日，工业和信息化部在京召开建材保障协调会议，甘肃、宁夏、四川等省区工业主管部门参加会议。",
                   "参加会议的各省工业主管部门表示，将组织企业做好供应保障。", published="2010-07-07 10:00")
    assert sorted(_roles(m, PROVINCE_SPOKE)) == ["gansu", "ningxia", "sichuan"]
    assert _roles(m, PROVINCE_PRESENT) == []


def test_one_who_speaks_at_the_meeting_and_is_quoted_is_a_speaker() -> None:
    m = meeting_of("", "9月20日，工业和信息化部在合肥召开制造业发展座谈会。",
                   "国务委员王勇在会上发言，他强调，要推动制造业高质量发展。", published="2019-09-22 10:00")
    assert _roles(m, SPEAKER) == ["王勇"]


def test_a_welcome_or_congratulation_is_presence_not_a_speech() -> None:
    m = meeting_of("", "8月4日，省工业和信息化厅召开座谈会，副部长李东明出席会议并讲话。",
                   "厅长赵海平对李东明一行的到来表示欢迎。", published="2023-08-05 10:00")
    assert _roles(m, SPEAKER) == ["李东明"]
    m = meeting_of("", "8月4日，省工业和信息化厅召开座谈会，副部长李东明出席会议并讲话。",
                   "厅长赵海平向与会代表表示热烈欢迎。", published="2023-08-05 10:00")
    assert _roles(m, SPEAKER) == ["李东明"]
    assert _roles(m, OFFICIAL) == ["赵海平"]
    m = meeting_of("", "10月31日，某全国代表大会在京闭幕。",
                   "国务院副总理周红明代表国务院对大会圆满成功表示祝贺。", published="2013-10-31 20:00")
    assert _roles(m, SPEAKER) == []
    assert _roles(m, OFFICIAL) == ["周红明"]


def test_figures_heard_at_a_work_conference_that_then_says_what_it_stressed_report_it() -> None:
    m = meeting_of("", "本报北京1月11日电 记者从11日在京举行的全国工业和信息化工作会议获悉，去年全行业营业收入"
                       "同比增长5.2%。", "2022年，信息通信业快速发展。", "2022年，中小企业发展取得新进展。",
                   "2022年，产业链供应链韧性增强。", "2022年，制造业高端化加快。",
                   "会议强调，2023年要推动工业经济平稳增长。", published="2023-01-12 08:00")
    assert m.name == "全国工业和信息化工作会议"
    assert str(m.date) == "2023-01-11"


def test_a_masthead_of_site_names_is_chrome_before_an_undated_lead() -> None:
    assert is_chrome("某某通信网 | 通信人家园")
    assert not is_chrome("两会｜部长谈推进新型工业化")
    m = meeting_of("", "某某通信网 | 通信人家园", "李东明：物联网存在巨大创新空间",
                   "工业和信息化部副部长李东明在2010中国国际物联网博览会上致辞时表示，物联网发展空间巨大。",
                   "李东明指出，物联网是新一代信息技术的综合应用。", published="2010-11-15 08:39")
    assert m.name == "2010中国国际物联网博览会"
    assert _roles(m, SPEAKER) == ["李东明"]


def test_a_symposium_named_without_its_last_character_is_held() -> None:
    m = meeting_of("", "6月25日，节能与综合利用司在京召开废旧电池综合利用全产业链座谈，有关企业代表参加。",
                   published="2024-06-26 14:00")
    assert m.name == "废旧电池综合利用全产业链座谈"
    assert str(m.date) == "2024-06-25"


def test_the_places_a_meeting_was_held_in_are_no_participants() -> None:
    m = meeting_of("", "6月25日，节能与综合利用司在北京、吉林长春组织开展氢能产业调研座谈，有关企业参加。",
                   "与会代表围绕产业发展进行了深入交流。", published="2024-06-26 14:00")
    assert _roles(m, PROVINCE_SPOKE) == [] and _roles(m, PROVINCE_PRESENT) == []


def test_a_taiwanese_lead_with_its_name_in_book_marks_and_today_in_brackets() -> None:
    m = meeting_of("", "工信部和江西省政府共同主办的《2018世界VR产业大会》于今(19)日登场，工信部部长苗圩出席开幕式并致辞表示，"
                       "虚拟现实的影响力不断扩大。", published="2018-10-19 16:40")
    assert m.name == "2018世界VR产业大会"
    assert str(m.date) == "2018-10-19"
    assert _roles(m, SPEAKER) == ["苗圩"]
    m = meeting_of("", "近日，《论某某》中文繁体版出版研讨会在香港举办。某部副部长李东明出席并讲话。",
                   published="2021-01-20 19:00")
    assert m.name.startswith("《论某某》")


def test_an_annual_conference_held_with_a_vice_minister_speaking() -> None:
    m = meeting_of("", "近日，第十六届中国电子信息年会在珠海举办。工业和信息化部副部长李东明出席大会开幕式并致辞。",
                   "李东明在致辞中表示，要推动电子信息产业高质量发展。", published="2023-12-20 10:00")
    assert m.name == "第十六届中国电子信息年会"
    assert _roles(m, SPEAKER) == ["李东明"]


def test_a_reposting_sites_dateline_does_not_date_the_meeting() -> None:
    m = meeting_of("", "某某网 3月9日 消息：据工信部网站显示，3 月 8 日下午，工业和信息化部信息通信管理局在京召开了"
                       "全国电信服务质量电视电话会议。", published="2021-03-09 10:00")
    assert str(m.date) == "2021-03-08"


def test_one_quoted_from_what_he_said_in_his_turn_is_a_speaker_but_not_several() -> None:
    m = meeting_of("", "9月19日，2025某某锂电产业大会召开。工业和信息化部电子信息司二级巡视员李东明在发言中表示，"
                       "将加快固态电池研发。", published="2025-09-20 10:00")
    assert _roles(m, SPEAKER) == ["李东明"]
    m = meeting_of("", "6月6日，工业和信息化部在厦门召开两岸产业合作座谈会。副部长李东明出席并讲话。",
                   "台湾某协会理事长王大同等在发言中表示，要进一步密切交流。", published="2018-06-06 19:00")
    assert _roles(m, SPEAKER) == ["李东明"]


def test_a_design_or_telecom_week_opened_with_public_hosts_is_a_meeting() -> None:
    m = meeting_of("", "10月24日，由工业和信息化部指导、某省经济和信息化委员会主办的第九届某某工业设计周在南京开幕。",
                   "工信部产业政策司副司长李东明出席开幕式并致辞。", published="2014-10-25 10:00")
    assert m.name == "第九届某某工业设计周"
    m = meeting_of("", "新华社南宁10月22日电 22日下午，第三届某某电信周在广西南宁开幕。",
                   "工业和信息化部副部长李东明表示，双方在信息通信领域有很好的合作前景。", published="2008-10-22 20:00")
    assert m.name == "第三届某某电信周"
    assert _roles(m, SPEAKER) == ["李东明"]


def test_a_consensus_reached_at_a_conference_reports_it() -> None:
    m = meeting_of("", "“要稳定原材料价格。”这是5月10日在江苏常州召开的2023某某储能大会上，"
                       "与会代表在讨论产业前景时形成的共识。", "全国政协常委李东明解释说，储能是新型电力系统的关键。",
                   published="2023-05-15 10:00")
    assert m.name == "2023某某储能大会"
    assert str(m.date) == "2023-05-10"


def test_listed_firms_stock_codes_are_no_part_of_the_meetings_name() -> None:
    m = meeting_of("", "<某某通讯> 工信部副部长李东明近期分别出席中国电信(00728)、中国移动(00941)今年工作会议并发表讲话，"
                       "要求企业加快网络建设。", published="2025-02-10 10:00")
    assert m.name == "中国电信、中国移动今年工作会议"
    assert _roles(m, SPEAKER) == ["李东明"]


def test_a_province_whose_leader_addresses_the_meeting_speaks() -> None:
    m = meeting_of("", "10月18日，第七届某某技术博览会在成都开幕。全国人大常委会副委员长张志强出席开幕式，宣布博览会开幕，"
                       "并参观展览。四川省委书记王志刚、工业和信息化部部长李东明和某国代表某某出席开幕式并分别致辞。",
                   published="2012-10-19 08:00")
    assert _roles(m, PROVINCE_SPOKE) == ["sichuan"] and _roles(m, PROVINCE_PRESENT) == []


def test_hosts_and_venues_in_a_sentence_with_an_address_do_not_speak() -> None:
    m = meeting_of("", "由工业和信息化部、山东省人民政府共同主办的2022年世界某某设计大会在山东烟台开幕，"
                       "工业和信息化部副部长李东明出席并致辞。", published="2022-11-12 08:00")
    assert _roles(m, PROVINCE_SPOKE) == [] and _roles(m, PROVINCE_PRESENT) == ["shandong"]
    m = meeting_of("", "工信部和江西省政府共同主办的2018世界某某产业大会于今(19)日登场，工信部部长李东明出席开幕式并致辞。",
                   published="2018-10-19 16:40")
    assert _roles(m, PROVINCE_SPOKE) == [] and _roles(m, PROVINCE_PRESENT) == ["jiangxi"]
    m = meeting_of("", "第31届某某信息通信展览会昨日在北京国家会议中心隆重拉开帷幕，工业和信息化部副部长李东明出席并致辞。",
                   "李东明指出，要加快信息通信业发展。", published="2023-06-05 10:00")
    assert _roles(m, PROVINCE_SPOKE) == [] and _roles(m, PROVINCE_PRESENT) == []


def test_the_home_province_is_the_one_whose_cities_a_page_names() -> None:
    m = meeting_of("", "9月8日，2017中国某某电子产业论坛在绵阳举行。工信部电子信息司巡视员李东明、省经信委副主任王志强、"
                       "副市长赵明出席论坛并致辞。", "王志强表示，四川是全国重要的电子信息产业基地，与香港企业合作密切。",
                   published="2017-09-10 08:00")
    assert _roles(m, PROVINCE_SPOKE) == ["sichuan"]


def test_a_list_of_guests_the_excerpt_cuts_off_before_its_verb_were_present() -> None:
    m = meeting_of("", "3月25日，中国某某汽车论坛（2022）在北京开幕。",
                   "某某会理事长陈志清，中国科学院院士、某某会副理事长欧阳志高，中国工程院院士张立新，"
                   "中国发展研究基金会副理事长刘世明，国", published="2022-03-26 10:00")
    assert sorted(_roles(m, OFFICIAL)) == sorted(["陈志清", "欧阳志高", "张立新", "刘世明"])


def test_a_congratulatory_telegram_on_a_congress_is_no_report_of_it() -> None:
    found = rejected("中共中央电贺某某党第十九次代表大会召开 某某党中央委员会复电表示感谢", published="2013-11-10 19:00")
    assert "电贺" in found.reason
