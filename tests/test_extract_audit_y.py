"""Patterns of a development audit of the bulk archive and of collection Y (MIIT pages, 2008–2025: forums an
MIIT institute hosts, county meetings, provincial bureaus' own meetings, internal ministry meetings); sentences
written for the tests, reproducing what the records and pages show."""

from __future__ import annotations

import dataclasses

from kg.entities import meeting_iri
from kg.extract import extract
from kg.model import CHAIR, OFFICIAL, PROVINCE_SPOKE, SPEAKER, Meeting
from tests.docs import make_doc, meeting_of, rejected

_DAY = "2014-06-25 19:00"


def _sectors(*paragraphs: str) -> list[str]:
    return [s.value for s in meeting_of("李克强主持召开国务院常务会议", *paragraphs, published=_DAY).sectors]


def test_a_thing_or_a_project_is_no_sector_its_field_is() -> None:
    assert "设备" not in _sectors("会议指出，要支持农民合作社建设有烘干设备的储粮设施。")
    assert "设备" in _sectors("会议指出，要推动大规模设备更新和消费品以旧换新。")
    assert "工程建设" not in _sectors("会议指出，要将自然修复与工程建设相结合，抓好重点工程建设。")
    assert "工程建设" in _sectors("会议确定，以工程建设领域为重点，保障农民工工资支付。")
    assert "进出口" not in _sectors("会议要求，保持进出口稳定增长，鼓励优势产业走出去。")


def test_a_concept_or_a_pilot_named_like_an_industry_is_none() -> None:
    assert "互联网" not in _sectors("会议指出，要推动全球能源互联网建设。")
    found = _sectors("会议决定，将试点范围扩大到建筑业和生活服务业，实现货物和服务行业全覆盖，新增试点行业的原有政策延续。")
    assert "服务行业" not in found and "试点行业" not in found and "建筑业" in found


def test_figures_a_reporter_heard_at_a_meeting_are_no_report_of_it() -> None:
    rejected("“十三五”期间我国年均净增市场主体1247.7万户",
             "记者从全国市场监管工作会议上获悉，“十三五”时期我国年均净增市场主体1247.7万户。", published="2021-01-19 19:00")


def test_a_job_fair_and_a_feature_column_are_no_meetings() -> None:
    rejected("雄安新区今天举办第五届人才智力交流大会",
             "今天，雄安新区举办第五届人才智力交流大会，150多家用人单位发布人才需求7200多项。", published="2023-11-11 19:00")
    rejected("【聚焦十八大·焦点中国】大会开幕：环球媒体的“新闻争夺战”",
             "十八大开幕，人民大会堂成了全球媒体抢发新闻的第一现场。", published="2012-11-08 19:00")


def test_two_committees_of_one_congress_meeting_on_one_day_are_two_meetings() -> None:
    first = meeting_of("", "第十四届全国人大宪法和法律委员会7日晚召开全体会议，对代表法修正草案进行统一审议。",
                       published="2025-03-08 19:00")
    second = meeting_of("", "第十四届全国人民代表大会财政经济委员会7日召开全体会议，审查计划和预算。",
                        published="2025-03-07 19:00")
    assert first.organizer == "全国人大宪法和法律委员会" and second.organizer == "全国人大财政经济委员会"
    assert meeting_iri(first) != meeting_iri(second)


def test_an_expo_that_opens_with_a_ministry_official_quoted_by_name() -> None:
    m = meeting_of("", "9月16日，2015中国（重庆）国际机器人及智能制造装备博览会在重庆市永川区拉开帷幕。"
                   "工业和信息化部装备工业司副司长王卫明在开幕式上致辞。",
                   "王卫明认为，我国机器人和智能制造装备必将迎来重大发展机遇。", published="2015-09-17 10:00")
    assert m.name == "2015中国（重庆）国际机器人及智能制造装备博览会" and m.people(SPEAKER) == ["王卫明"]


def test_a_title_broken_off_in_traditional_script_and_a_figure_that_goes_on() -> None:
    m = meeting_of("", "7月17日，工業和信息化部副部長", "陳肇雄出席IMT-2020峰會致辭表示，",
                   "5G作為新一代信息通信技術演進升級的重要方向。", published="2019-07-18 10:00")
    assert m.people(SPEAKER) == ["陈肇雄"]


def test_one_who_addresses_a_symposium_and_says_something_spoke() -> None:
    m = meeting_of("", "第十一届两岸信息通信合作发展研讨会此间在渝召开。推进小组副召集人吴家农、工业和信息化部信息通信"
                   "发展司副司长刘郁林在会上致辞。", "吴家农致辞指出，两岸在5G标准制定方面互补。", published="2019-10-18 10:00")
    assert m.people(SPEAKER) == ["吴家农"] and m.people(OFFICIAL) == ["刘郁林"]


def test_a_city_government_named_bare_on_its_own_site_convenes() -> None:
    m = meeting_of("", "1月17日上午，市政府召开座谈会，就加快推进工业化的实施意见征求意见。副市长谌伟出席会议。",
                   "谌伟在会上指出，要认真吸纳各部门的意见。", published="2010-01-18 10:00")
    assert m.name == "座谈会" and str(m.date) == "2010-01-17" and m.people(SPEAKER) == ["谌伟"]


def test_a_rare_surname_after_a_title_before_what_only_a_person_does() -> None:
    m = meeting_of("", "4月2日，我县召开工业经济运行情况调度会。副县长攸超出席会议并讲话。", published="2014-04-03 10:00")
    assert m.people(SPEAKER) == ["攸超"]
    m = meeting_of("", "8月30日，全国人大常委会召开座谈会，委员长出席并讲话，传达总书记的重要讲话精神。",
                   published="2019-08-30 19:00")
    assert m.people(SPEAKER) == [] and m.people(OFFICIAL) == []


def test_who_convenes_is_not_the_chair_where_another_presides() -> None:
    m = meeting_of("", "1月22日下午，县委常委、组织部部长邓小兰在县行政中心召开安全生产工作调度会，县政府副县长刘衍志主持会议。",
                   "小兰同志强调，大家要紧绷安全生产“责任弦”。", published="2025-01-23 10:00")
    assert m.people(CHAIR) == ["刘衍志"] and m.people(SPEAKER) == ["邓小兰"]
    m = meeting_of("", "3月5日，副县长王某某召开全县安全生产调度会。", published="2025-03-06 10:00")
    assert m.people(CHAIR) == ["王某某"]


def test_an_institute_of_the_ministry_hosts_a_forum_its_leader_welcomes() -> None:
    m = meeting_of("中国县域工业经济发展论坛(2019)在京召开",
                   "13日，由中国信息通信研究院主办的第二届“中国县域工业经济发展论坛(2019)”在京召开。",
                   "中国信息通信研究院党委书记李勇在致辞中指出，希望为县域工业高质量发展提供标杆。",
                   "工业和信息化部规划司副司长何映昆指出，县域经济为我国经济健康持续发展作出了很大贡献。",
                   published="2019-11-13 18:37")
    assert m.organizer == "中国信息通信研究院"
    assert m.people(SPEAKER) == ["何映昆"] and m.people(OFFICIAL) == ["李勇"]


def test_a_ministrys_internal_meeting_is_one_a_banks_is_not() -> None:
    m = meeting_of("", "6月17日消息，在昨天召开的内部会议上，工业和信息化部党组书记、部长李毅中明确指示，要推进TD-SCDMA商用测试。",
                   published="2008-06-17 17:26")
    assert m.name == "内部会议" and str(m.date) == "2008-06-16" and m.organizer is None
    rejected("国有大行高管的跨行履新再添一例", "交通银行8月23日召开内部会议，宣布顾斌出任该行党委委员。",
             published="2024-08-26 06:35")


def test_an_english_name_in_brackets_and_an_event_held_successfully() -> None:
    m = meeting_of("", "2024年4月18日，2024星火生态大会(TA Conference)在厦门成功召开。", published="2024-04-23 08:13")
    assert m.name == "2024星火生态大会" and str(m.date) == "2024-04-18"


def test_a_provincial_body_that_convenes_with_nobody_named_speaks_for_its_province() -> None:
    m = meeting_of("", "2020年5月9日，辽宁省通信管理局组织召开通信行业5G网络建设推进会。会议要求，一是加快5G网络建设。",
                   published="2020-05-11 10:00")
    assert m.provinces(PROVINCE_SPOKE) == ["liaoning"]
    m = meeting_of("", "8月19日，总台与江苏省人民政府举行深化战略合作框架协议签署仪式。", published="2022-08-19 19:00")
    assert m.provinces(PROVINCE_SPOKE) == []


def test_a_department_head_titled_bare_speaks_for_the_province_of_the_report() -> None:
    m = meeting_of("", "8月9日，全省工业经济工作推进会议在石家庄召开。厅党组书记、厅长付振波出席会议并讲话，副厅长郝莉笑主持。",
                   "会议要求，全力以赴稳住河北工业经济大盘。", published="2022-08-11 10:00")
    assert m.people(SPEAKER) == ["付振波"] and m.provinces(PROVINCE_SPOKE) == ["hebei"]


def test_a_keynote_given_with_nothing_said_is_presence_with_words_a_speech() -> None:
    m = meeting_of("", "12月24日，首届“千兆城市”高峰论坛在青岛举行。工业和信息化部副部长张某某出席并致辞指出，要加快千兆光网建设。"
                   "中国工程院院士邬贺铨、中国通信标准化协会秘书长闻库发表主题演讲。", published="2021-12-25 10:00")
    assert m.people(OFFICIAL) == ["邬贺铨", "闻库"]
    m = meeting_of("", "3月9日，2015中国信息化推进大会在京召开。工业和信息化部部长苗圩出席并发表主题演讲。苗圩指出，要加快推进信息化。",
                   published="2015-03-10 10:00")
    assert m.people(SPEAKER) == ["苗圩"]


def test_a_bodys_department_and_a_promising_firm_are_no_sectors() -> None:
    m = meeting_of("", "7月8日，中国轻工业联合会召开2015年上半年轻工行业经济运行分析会。国家发改委产业协调司戴飞副处长出席会议。"
                   "会议要求，全市“专精特新”种子企业要做好培育工作。", published="2015-07-09 10:00")
    found = [s.value for s in m.sectors]
    assert found == ["轻工行业"]


def test_a_deputy_who_lays_out_the_work_spoke() -> None:
    m = meeting_of("", "2023年11月20日，市工信局召开业务知识培训会。会上，市工信局副局长刘海风就如何抓好企业培育工作做了安排部署。",
                   published="2023-11-23 10:00")
    assert m.people(SPEAKER) == ["刘海风"]


def test_an_undated_pages_year_from_the_work_its_meeting_sums_up_or_plans() -> None:
    undated = dataclasses.replace(make_doc("", "12月26日，全国工业和信息化工作会议在北京召开。会议指出，2016年提速降费工作取得新的"
                                           "重要进展。", "会议要求，2017年要深入实施网络提速降费。"), published=None)
    m = extract(undated)
    assert isinstance(m, Meeting) and str(m.date) == "2016-12-26"
    undated = dataclasses.replace(make_doc("", "1月21日，全市工业和信息化工作会议召开，总结2021年全市工业和信息化工作，"
                                           "研究部署今年目标任务。"), published=None)
    m = extract(undated)
    assert isinstance(m, Meeting) and str(m.date) == "2022-01-21"


def test_a_bare_provincial_title_on_a_citys_site_speaks_for_the_citys_province() -> None:
    doc = make_doc("", "6月10日，庆阳市工信局负责同志赴省工信厅汇报工作并召开座谈会。省工信厅副厅长程学钦出席座谈会并讲话。",
                   "程学钦指出，庆阳石油煤炭资源丰富。", published="2020-06-12 10:00")
    m = extract(dataclasses.replace(doc, outlet="gxj.example.gov.cn"))
    assert isinstance(m, Meeting) and m.people(SPEAKER) == ["程学钦"] and m.provinces(PROVINCE_SPOKE) == ["gansu"]


def test_every_provinces_association_is_not_every_province() -> None:
    m = meeting_of("", "8月16日，工业和信息化部主办的2010中国互联网大会在北京开幕。全国各省、各自治区互联网协会的领导和代表"
                   "出席了开幕式。",
                   published="2010-08-17 10:00")
    assert not m.provinces_all_present


def test_people_named_after_their_body_in_a_list_of_those_present() -> None:
    m = meeting_of("", "2007年12月28日，全省民用爆炸物品行业工作会议在宁国召开。省国防科工委徐成然、刘一成、省公安厅陈荣政、"
                   "省安监局陈杰、宁国市委常委、副市长李宗怀出席会议，来自全省市县行业主管部门的代表参加会议。",
                   published="2008-01-02 10:00")
    assert m.people(OFFICIAL) == ["徐成然", "刘一成", "陈荣政", "陈杰", "李宗怀"]
    assert "市县行业" not in [s.value for s in m.sectors]


def test_those_who_watch_at_a_branch_venue_are_present() -> None:
    m = meeting_of("", "4月21日，全省工业和信息化系统安全生产工作视频会议召开。市工业和信息化局贾兴东、胡晓清等局领导在分会场收看。",
                   published="2020-04-23 10:00")
    assert m.people(OFFICIAL) == ["贾兴东", "胡晓清"]


def test_a_keynote_address_is_a_speech_and_so_are_words_after_hearing_others() -> None:
    m = meeting_of("", "8月24日，省工业和信息化委员会在郑州市召开了全省企业技术改造推进工作会议，副主任李涛出席会议并作主题讲话。",
                   published="2017-08-28 10:00")
    assert m.people(SPEAKER) == ["李涛"]
    m = meeting_of("", "3月30日上午，黄冈市经信局召开产业集群座谈会。黄冈市经信局副局长田晓明主持会议。",
                   "黄冈市经信局副局长田晓明在听取大家的发言后，指出各级经信部门要切实采取有效措施。", published="2022-04-02 10:00")
    assert m.people(CHAIR) == ["田晓明"] and m.people(SPEAKER) == ["田晓明"]


def test_who_chairs_after_a_clause_that_cites_others_instructions() -> None:
    m = meeting_of("", "为贯彻落实省委常委王艳玲、市政府常务副市长胡亚波近期关于5G疑难站推进工作有关指示，6月11日下午，"
                   "市政府陈红辉副秘书长主持召开全市5G网络建设疑难站专题会。", published="2019-06-12 10:00")
    assert m.people(CHAIR) == ["陈红辉"] and m.people(OFFICIAL) == []


def test_who_briefs_the_experts_or_explains_the_documents_is_present() -> None:
    m = meeting_of("", "11月12日，济南市工信局召开行动计划专家征求意见座谈会。信息化与数字经济处副处长李瑛向各位专家介绍了"
                   "当前济南市工业互联网产业发展情况。", published="2019-11-14 10:00")
    assert m.people(OFFICIAL) == ["李瑛"]
    m = meeting_of("", "8月1日，市工信局召开设备更新工作推进会。会议由市工信局局长徐忠满主持，市工信局副局长张阔宣贯了"
                   "相关文件并作出解读。", published="2024-08-12 10:00")
    assert m.people(CHAIR) == ["徐忠满"] and m.people(OFFICIAL) == ["张阔"]


def test_a_companys_conference_where_a_vice_minister_spoke() -> None:
    m = meeting_of("", "工业和信息化部副部长尚冰12月30日出席中国移动通信集团公司2014年度工作会并讲话。", published="2013-12-31 10:00")
    assert m.name == "中国移动通信集团公司2014年度工作会" and m.people(SPEAKER) == ["尚冰"]


def test_the_convening_bodys_deputy_titled_bare_speaks_for_its_province() -> None:
    m = meeting_of("全省企业技术改造推进工作会议在郑州召开", "8月24日，省工业和信息化委员会在郑州市召开了全省企业技术改造推进工作会议，"
                   "副主任李涛出席会议并作主题讲话。洛阳、许昌等5个省辖市作了典型发言。", published="2017-08-28 10:00")
    assert m.people(SPEAKER) == ["李涛"] and m.provinces(PROVINCE_SPOKE) == ["henan"]


def test_a_notice_of_a_meeting_to_come_is_no_report() -> None:
    rejected("", "各有关单位：经中国建筑材料联合会研究决定，于2016年11月底或12月初在北京召开全国水泥行业动员会。",
             published="2016-11-01 10:00")
    rejected("", "经研究，定于下月在北京召开全国水泥行业动员会（具体时间地点另行通知）。", published="2016-11-01 10:00")


def test_those_who_attend_a_named_symposium_report_it_a_talk_on_a_visit_does_not() -> None:
    m = meeting_of("", "日前，自治区工信厅中小企业发展处相关负责人以及我市工信系统和多家制药企业代表，在市工信局参加工业扶贫产业"
                   "调研座谈会，共同商讨对策。", published="2020-05-20 10:00")
    assert m.name == "工业扶贫产业调研座谈会"
    rejected("", "3月14日，省无线电管理办公室副主任赵在源一行到省广播电视局调研。局安传处等相关单位负责同志参加座谈交流会。",
             published="2023-03-20 10:00")
    rejected("凝心聚力“十四五” 开启发展新征程", "参加党的十九届五中全会的同志们表示，《建议》是指导今后五年发展的纲领性文件。",
             published="2020-10-30 19:00")


def test_an_associations_council_a_ministry_leader_addresses_and_a_summit_in_a_longer_name() -> None:
    m = meeting_of("", "1月20日，中国通信企业协会七届七次理事会和七届八次常务理事会在北京召开。工业和信息化部原总工程师张峰"
                   "出席会议并致辞，中国通信企业协会会长郭浩主持会议。", published="2026-01-21 10:00")
    assert m.name == "中国通信企业协会七届七次理事会和七届八次常务理事会" and m.people(CHAIR) == ["郭浩"]
    m = meeting_of("", "工业和信息化部电子信息司二级巡视员周海燕4月10日在第十三届储能国际峰会暨展览会上表示，将强化行业规范管理。",
                   published="2025-04-11 10:00")
    assert m.name == "第十三届储能国际峰会暨展览会" and m.people(SPEAKER) == ["周海燕"]


def test_a_compound_surname_a_speech_after_arriving_and_a_provincial_office() -> None:
    m = meeting_of("2025年湖南省散装水泥和墙体材料改革工作会议召开", "2月27日下午，会议在长沙召开。省工信厅副厅长欧阳晓风出席会议并讲话。",
                   published="2025-02-28 10:00")
    assert m.people(SPEAKER) == ["欧阳晓风"] and m.provinces(PROVINCE_SPOKE) == ["hunan"]
    m = meeting_of("", "6月15日，全省光伏、锂电产业工作座谈会在上饶召开。省工信委副巡视员马勇到会作了讲话。",
                   published="2016-06-20 10:00")
    assert m.people(SPEAKER) == ["马勇"]
    m = meeting_of("", "3月22日，陕西省国防科工办在西安召开全省国防科技工业系统军工能力建设工作会议。省国防科工办副主任程志奇"
                   "出席会议并讲话。", published="2019-03-25 10:00")
    assert m.people(SPEAKER) == ["程志奇"] and m.provinces(PROVINCE_SPOKE) == ["shaanxi"]


def test_a_date_whose_year_month_and_day_ran_together() -> None:
    m = meeting_of("", "2017922日，工业和信息化部在新疆石河子市组织召开农机装备现场推进会。", published="2017-09-30 10:00")
    assert str(m.date) == "2017-09-22"


def test_who_leads_a_delegation_in_and_who_sends_a_video_address_are_present() -> None:
    m = meeting_of("", "3月5日，全省产业金融对接会召开。省工信厅副厅长宫毓刚率3家省级银行负责同志出席会议。", published="2021-03-06 10:00")
    assert m.people(OFFICIAL) == ["宫毓刚"]
    m = meeting_of("", "7月30日，2023中国产业转移发展对接活动在南宁开幕。工业和信息化部部长金壮龙作视频致辞，"
                   "广西壮族自治区党委书记刘宁出席开幕式并致辞。", published="2023-07-31 10:00")
    assert m.people(OFFICIAL) == ["金壮龙", "刘宁"]


def test_a_sites_scan_me_footer_and_a_traditional_particle_are_no_sectors() -> None:
    m = meeting_of("", "6月15日，全省材料工业工作座谈会召开。会议要求，确保材料工业领域安全生产形势持续向好。",
                   "扫一扫在手机打开当前页", published="2021-06-15 10:00")
    assert "手机" not in [s.value for s in m.sectors]
    m = meeting_of("", "近日，陕西省工业和信息化厅召开全省化工园区认定工作现场推进会。化工园区承载著化工产业发展的重任。",
                   published="2023-05-10 10:00")
    assert "著化工产业" not in [s.value for s in m.sectors]


def test_means_a_target_figure_and_a_harvest_task_are_no_sectors() -> None:
    found = _sectors("会议指出，要优化平台、人才、金融等创新资源配置，确保粮食产量1.4万亿斤左右，切实做好夏收工作。")
    assert "金融" not in found and "粮食" not in found and "夏收" not in found


def test_a_long_headline_in_a_digest_starts_a_brief_of_its_own() -> None:
    from kg.extract import extract_all

    doc = make_doc("国内联播快讯", "《关于推动未来产业创新发展的实施意见》发布",
                   "工业和信息化部等七部门日前联合印发意见，突破人形机器人、绿色智能船舶等高端装备产品。",
                   "中国电影家协会第十一次全国代表大会 中国美术家协会第十次全国代表大会选举产生新一届理事会和领导机构",
                   "中国电影家协会第十一次全国代表大会今天在北京闭幕，大会选举产生了新一届理事会。",
                   published="2024-01-30 19:00")
    results = extract_all(doc)
    assert not isinstance(results[0], Meeting)
    assert isinstance(results[1], Meeting) and [s.value for s in results[1].sectors] == []


def test_a_cited_name_starts_after_the_verb_that_carries_it_on() -> None:
    m = meeting_of("", "1月15日，省委召开座谈会纪念长征胜利。会议指出，新征程上传承弘扬遵义会议精神，要坚定理想信念。",
                   published="2025-01-16 10:00")
    assert [c.name for c in m.cited if "新征程" in c.name] == []
