"""Patterns of the former held-out halves of collections Y and Z (scored at the end of their session, then
developed on) and of the development halves of collections B, C and D; sentences written for the tests,
reproducing what the pages show (an undated page is built without a publication date)."""

from __future__ import annotations

from kg.clean import to_document
from kg.extract import extract
from kg.model import CHAIR, OFFICIAL, PROVINCE_SPOKE, SPEAKER, Meeting, SourceItem
from tests.docs import meeting_of, rejected


def _undated(title: str, body: str) -> Meeting:
    item = SourceItem(path="t.txt", file="t.txt", index=None, item=None, title=title, published=None, body=body,
                      body_format="text", reader="test")
    m = extract(to_document(item))
    assert isinstance(m, Meeting), getattr(m, "reason", m)
    return m


def test_a_letter_to_its_addressees_that_recalls_a_meeting_is_a_notice() -> None:
    found = rejected("", "开发区管委会，各县区人民政府：",
                     "3日上午，省政府召开一季度经济运行分析会，省长主持会议并讲话，要求加快企业技术改造。",
                     "请你们组织辖区内规模以上企业填报调查表，于4月20日前报送我局。", published="2016-04-08 10:00")
    assert "letter" in found.reason
    meeting_of("", "3日上午，省政府召开一季度经济运行分析会，省长主持会议并讲话。", "各县区人民政府负责同志参加会议。",
               published="2016-04-08 10:00")


def test_a_date_the_meeting_is_about_is_not_its_own() -> None:
    m = meeting_of("", "导语：某省通信管理局召开视频会，就3月5日凌晨某县发生的地震进行应急通信保障部署。",
                   "2024年3月6日，某省通信管理局召开视频会，就3月5日凌晨某县发生的地震进行部署。副局长张立新出席并讲话。",
                   published="2024-03-08 10:00")
    assert str(m.date) == "2024-03-06" and m.people(SPEAKER) == ["张立新"]


def test_an_activity_the_text_calls_a_meeting_is_one() -> None:
    m = meeting_of("", "2023年5月9日，某县工信局开展本月主题党日活动，会议由副局长李向东主持，全体党员参加。",
                   "李向东指出，要把学习成果转化为推动工作的实际成效。", published="2023-05-10 10:00")
    assert m.name == "主题党日活动" and m.people(CHAIR) == ["李向东"] and str(m.date) == "2023-05-09"
    rejected("某市举办系列活动庆祝建市七十周年", "连日来，某市举办文艺演出、图片展览等系列活动，市民踊跃参与。",
             published="2023-05-10 10:00")


def test_a_visitor_who_then_chairs_a_symposium_chairs_it() -> None:
    m = meeting_of("", "工业和信息化部副部长王立平带队赴浙江调研，其间主持召开工业互联网座谈会，浙江省经信厅参加座谈并发言。",
                   "王立平强调，要加快工业互联网规模化应用。", published="2021-06-03 10:00")
    assert m.people(CHAIR) == ["王立平"] and m.people(SPEAKER) == ["王立平"]


def test_an_image_file_name_does_not_end_the_lead_of_a_conference() -> None:
    m = meeting_of("", "2021世界智能终端大会在南昌召开", "发布日期:2021-10-12 浏览量:88", "3.jpg",
                   "10月10日上午，2021世界智能终端大会在南昌隆重开幕。省委书记宣布开幕，省长致辞。"
                   "工业和信息化部副部长王立平致辞。", "王立平在致辞中指出，要推动终端产业高质量发展。",
                   published="2021-10-12 10:00")
    assert m.name == "2021世界智能终端大会" and m.people(SPEAKER) == ["王立平"]


def test_a_forum_a_reporter_heard_at_on_site_and_a_fair_that_formally_opens() -> None:
    m = meeting_of("", "本报记者在6月3日举办的2022中国电池论坛现场了解到，工信部副部长王立平表示，要稳定产业链供应链。",
                   published="2022-06-05 10:00")
    assert m.name == "2022中国电池论坛" and m.people(SPEAKER) == ["王立平"]
    m = meeting_of("", "扫描二维码下载APP", "某某新闻",
                   "以“智能制造”为主题的第二十三届中国国际工业博览会今天上午在国家会展中心（上海）正式开幕。"
                   "工业和信息化部副部长王立平致辞。", "王立平指出，要赋能世界产业创新发展，推动高端产业集聚。",
                   published="2021-09-14 19:00")
    assert m.name == "第二十三届中国国际工业博览会"
    assert not {"世界产业", "高端产业"} & {s.value for s in m.sectors}


def test_a_province_hosts_a_world_expo_that_closes() -> None:
    m = meeting_of("", "10月20日，由某省人民政府主办，某省工业和信息化厅承办的2022世界智能传感博览会正式落下帷幕。",
                   "今年5月，习近平总书记在某省考察时强调要推动数字经济与先进制造业深度融合。",
                   published="2022-10-21 10:00")
    assert m.name == "2022世界智能传感博览会" and m.people(SPEAKER) == []
    assert m.provinces(PROVINCE_SPOKE) == []  # a body hosting a show does not speak through it


def test_a_date_that_lost_its_characters_to_spaces() -> None:
    m = meeting_of("", "2020 8 28 ，在某市工业和信息化局会议室召开了全市工业和信息化座谈会。局长王立平指出，要抓好项目建设。",
                   published="2020-09-01 10:00")
    assert str(m.date) == "2020-08-28"


def test_a_meeting_held_online_and_in_a_hall_at_once_is_in_person() -> None:
    m = meeting_of("", "5月25日，自治区工业和信息化厅以线上视频连线和线下会场相结合的方式召开全区工业数字化转型推进会，"
                   "设主会场和6个分会场。", published="2021-06-04 10:00")
    assert m.format == "in-person"


def test_a_sports_meet_is_no_meeting() -> None:
    found = rejected("全国青少年冬季体育大会在吉林开幕",
                     "1月20日，全国青少年冬季体育大会在吉林开幕，教育部、国家体育总局有关负责同志出席。",
                     published="2021-01-20 19:00")
    assert "体育大会" in found.reason


def test_advanced_computing_is_a_sector() -> None:
    m = meeting_of("", "9月10日，2021世界计算大会在长沙开幕。工业和信息化部副部长王立平出席并致辞。",
                   "王立平指出，要加快先进计算产业发展，推动超级计算、智能计算协同发展。", published="2021-09-11 10:00")
    assert {"先进计算产业", "超级计算", "智能计算"} <= {s.value for s in m.sectors}


def test_a_vice_mayor_called_by_surname_and_title_and_a_lost_date_mid_sentence() -> None:
    m = meeting_of("", "为确保年度目标如期完成，612，某市召开了2015年全市节能工作调度会议。副市长李向东参加会议。",
                   "李市长随后的讲话中指出，要加快节能技改步伐。", published="2015-06-13 10:00")
    assert m.people(SPEAKER) == ["李向东"] and str(m.date) == "2015-06-12"


def test_a_half_year_review_is_of_the_same_year() -> None:
    m = _undated("某厅召开2024年上半年工作总结会议", "7月12日，某厅召开上半年工作总结会议，通报2024年上半年工作总结情况。")
    assert str(m.date) == "2024-07-12"  # (not 2025, as a year's review would be)


def test_a_wire_dateline_with_a_day_alone_dates_its_today() -> None:
    m = meeting_of("", "《某某通讯社23日专讯》第25届中国国际工业博览会今日在上海开幕。工业和信息化部部长王立平在会上致辞。",
                   "王立平表示，要培育新兴产业。", published="2025-10-02 10:00")
    assert m.name == "第25届中国国际工业博览会" and str(m.date) == "2025-09-23"


def test_decisions_made_at_a_meeting_a_reporter_heard_of() -> None:
    m = meeting_of("", "4月14日，记者从市工信局了解到，在日前举行的全市5G建设推进会上，确定年内实现中心城区5G网络连续覆盖。",
                   published="2020-04-15 10:00")
    assert m.name == "全市5G建设推进会"


def test_the_northwest_five_provinces_who_spoke() -> None:
    m = meeting_of("", "5月19日，工业和信息化部在西宁召开能源电子产业政策宣贯会。西北五省（区）工信部门负责同志参会并交流发言。",
                   published="2023-05-20 10:00")
    assert sorted(m.provinces(PROVINCE_SPOKE)) == ["gansu", "ningxia", "qinghai", "shaanxi", "xinjiang"]


def test_a_lecture_a_department_holds_and_its_head_chairs() -> None:
    m = meeting_of("", "4月26日，省经信厅举办第一期“经信讲堂”，某大学教授王立平应邀授课。省经信厅厅长李向东主持。",
                   published="2024-04-27 10:00")
    assert m.name == "第一期“经信讲堂”" and m.people(CHAIR) == ["李向东"]


def test_one_who_sits_in_and_speaks_and_a_report_with_a_quoted_title() -> None:
    m = meeting_of("", "1月30日，某区工信局召开年度党建述职大会，局党组成员孙立平主持会议，党组书记、局长王向东列席并讲话。",
                   published="2023-01-31 10:00")
    assert m.people(CHAIR) == ["孙立平"] and m.people(SPEAKER) == ["王向东"]
    m = meeting_of("", "9月8日，2022全国中小企业发展大会在天津开幕。工业和信息化部部长王立平出席并讲话。"
                   "工业和信息化部副部长李向东作“专精特新”中小企业培育工作报告。", "王立平指出，要加大培育力度。",
                   published="2022-09-09 10:00")
    assert m.people(SPEAKER) == ["王立平"] and m.people(OFFICIAL) == ["李向东"]


def test_chemicals_named_short_and_consumption_figures_are_no_sector() -> None:
    m = meeting_of("", "5月29日，某市召开全市节能工作调度会议。副市长李向东出席并讲话。",
                   "李向东指出，我市以纺织、化工、建材为主体的工业结构对能源依赖性强，全社会电力消费和工业电力消费均高于全省平均。",
                   "会议邀请电子信息行业共商能源电子产业发展。", published="2014-05-30 10:00")
    found = {s.value for s in m.sectors}
    assert {"纺织", "化工", "建材"} <= found and "电力" not in found
    assert not any(v.startswith("共商") for v in found)


def test_an_undated_repost_is_dated_by_its_source_line() -> None:
    m = _undated("某市启动通信基站规划编制工作", "6月6日下午，某市规划局局长王立平主持召开通信基站规划编制工作会议。\n"
                 + "会议要求，各有关单位要加强协作，共同做好通信基站布局规划。" * 20  # (past the top's dateline)
                 + "\n摘自 某省住房和城乡建设厅 2013.06.08")
    assert str(m.date) == "2013-06-06"


def test_an_association_conference_where_a_ministry_chief_engineer_spoke() -> None:
    m = meeting_of("", "7月9日，由中国某某协会主办的2024中国某某大会在北京开幕。大会以“共创未来”为主题，"
                   "工业和信息化部总工程师王立平、北京市人民政府副秘书长李向东出席开幕式并致辞。", "王立平指出，全行业要把握发展方位。",
                   published="2024-07-10 10:00")
    assert m.name == "2024中国某某大会" and m.people(SPEAKER) == ["王立平"]


def test_a_space_before_a_name_is_no_part_of_it() -> None:
    m = meeting_of("", "12月28日，省国防科工办召开 2010年全省民爆行业工作暨计划会议。", published="2009-12-29 10:00")
    assert m.name == "2010年全省民爆行业工作暨计划会议"


def test_the_lecturer_of_a_lecture_is_its_speaker() -> None:
    m = meeting_of("", "4月26日，省经信厅举办第一期“经信讲堂”。省经信厅厅长李向东主持。",
                   "在讲堂上，中国工程院院士王立平作了题为“推进新型工业化”的专题授课，阐述了新型工业化的内涵。",
                   published="2024-04-27 10:00")
    assert m.people(SPEAKER) == ["王立平"] and m.people(CHAIR) == ["李向东"]



def test_an_undated_page_dated_by_its_dateline_and_the_year_in_its_name() -> None:
    m = _undated("2019世界工业设计大会烟台开幕", "本报烟台10月18日电 18日，为期三天的2019世界工业设计大会在山东省烟台市开幕。"
                 "本次大会由工业和信息化部、山东省人民政府共同主办。")
    assert str(m.date) == "2019-10-18"


def test_year_end_figures_are_of_the_year_before_and_target_years_are_none() -> None:
    m = _undated("", "7月5日，工业和信息化部电子信息司在广州召开锂电池行业规范条件宣贯会。截止2023年底，共有120家企业符合规范条件。")
    assert str(m.date) == "2024-07-05"
    m = _undated("", "6月30日，某协会在青岛召开工业节水技术交流研讨会。《中国制造2025》提出了2020年、2025年节水指标。")
    assert m.date is None


def test_a_ministry_meeting_a_province_followed_up_is_not_the_one_reported() -> None:
    rejected("某省通信管理局强化举措 深入推进反诈工作",
             "近日，某省通信管理局多措并举深入推进防范治理电信网络诈骗工作。",
             "一是强化源头治理。", "二是强化部署。5月12日工业和信息化部召开信息通信行业反诈工作电视电话会议后，"
             "某省通信管理局第一时间组织召开会议进行再部署。", published="2021-05-18 10:00")
    m = meeting_of("", "6月7日至8日，某某在巴彦淖尔市考察并主持召开荒漠化综合防治座谈会后，来到呼和浩特市调研。",
                   published="2023-06-08 19:00")
    assert m.name == "荒漠化综合防治座谈会"


def test_provinces_that_exchange_their_plans_spoke() -> None:
    m = meeting_of("", "7月5日，工业和信息化部电子信息司在广州召开锂电池行业规范条件宣贯会。",
                   "广东省、四川省、贵州省工业和信息化主管部门围绕规范条件的实施交流工作思路。", published="2024-07-06 10:00")
    assert sorted(m.provinces(PROVINCE_SPOKE)) == ["guangdong", "guizhou", "sichuan"]


def test_a_federation_meeting_whose_purpose_names_associations_and_a_meeting_a_year_ago() -> None:
    m = meeting_of("", "为推动机械行业社团建设和发展，中国某某工业联合会于2011年3月28日在北京召开三届三次会员大会。",
                   published="2011-03-30 10:00")
    assert m.name == "三届三次会员大会"
    rejected("", "央视网消息：在文艺工作座谈会召开一年多来，广大文艺工作者精研技艺，创作出大批精品力作。",
             published="2016-02-15 19:00")


def test_a_congress_to_come_is_cited_with_its_party() -> None:
    m = meeting_of("", "10月24日，某某会议在京举行。会议指出，中国共产党将召开第十九次全国代表大会，民建将召开第十一次全国代表大会。",
                   published="2016-10-25 19:00")
    assert {"中国共产党第十九次全国代表大会", "民建第十一次全国代表大会"} <= {c.name for c in m.cited}


def test_an_industry_inside_a_convention_s_name_is_no_sector() -> None:
    m = meeting_of("", "十二届全国人大常委会第某次会议在京闭幕。会议表决通过了关于批准制止与国际民用航空有关的非法行为的公约的决定。",
                   published="2015-06-24 19:00")
    assert "民用航空" not in {s.value for s in m.sectors}
