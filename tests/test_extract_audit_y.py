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
    rejected("五年来市场主体年均增长一成",
             "记者从全国市场监管工作会议上了解到，过去五年全国市场主体年均净增超过千万户。", published="2021-01-19 19:00")


def test_a_job_fair_and_a_feature_column_are_no_meetings() -> None:
    rejected("某新区今天举办第三届人才智力交流大会",
             "今天，某新区举办第三届人才智力交流大会，上百家用人单位现场发布岗位需求。", published="2023-11-11 19:00")
    rejected("【聚焦盛会·镜头里】大会开幕：记者们的一天",
             "大会开幕当天，各国记者早早来到新闻中心，忙着发回报道。", published="2012-11-08 19:00")


def test_two_committees_of_one_congress_meeting_on_one_day_are_two_meetings() -> None:
    first = meeting_of("", "第十四届全国人大宪法和法律委员会7日晚召开全体会议，统一审议一部法律草案。",
                       published="2025-03-08 19:00")
    second = meeting_of("", "第十四届全国人民代表大会财政经济委员会7日召开全体会议，审查年度计划。",
                        published="2025-03-07 19:00")
    assert first.organizer == "全国人大宪法和法律委员会" and second.organizer == "全国人大财政经济委员会"
    assert meeting_iri(first) != meeting_iri(second)


def test_an_expo_that_opens_with_a_ministry_official_quoted_by_name() -> None:
    m = meeting_of("", "2015中国（重庆）国际机器人及智能制造装备博览会9月16日在永川拉开帷幕，展期三天。"
                   "工业和信息化部装备工业司副司长王卫明出席开幕式。",
                   "王卫明认为，机器人产业正迎来难得的机遇。", published="2015-09-17 10:00")
    assert m.name == "2015中国（重庆）国际机器人及智能制造装备博览会" and m.people(SPEAKER) == ["王卫明"]


def test_a_title_broken_off_in_traditional_script_and_a_figure_that_goes_on() -> None:
    m = meeting_of("", "7月17日，工業和信息化部副部長", "陳肇雄出席IMT-2020峰會致辭表示，",
                   "5G商用要穩步推進。", published="2019-07-18 10:00")
    assert m.people(SPEAKER) == ["陈肇雄"]


def test_one_who_addresses_a_symposium_and_says_something_spoke() -> None:
    m = meeting_of("", "两岸信息通信合作研讨会近日在渝召开。推进小组副召集人吴家农、工业和信息化部信息通信"
                   "发展司副司长刘郁林在会上致辞。", "吴家农致辞指出，双方在标准上可以互补。", published="2019-10-18 10:00")
    assert m.people(SPEAKER) == ["吴家农"] and m.people(OFFICIAL) == ["刘郁林"]


def test_a_city_government_named_bare_on_its_own_site_convenes() -> None:
    m = meeting_of("", "1月17日上午，市政府召开座谈会，听取各方对一份工业文件的意见。副市长谌伟出席会议。",
                   "谌伟在会上指出，各部门的意见要吸收进去。", published="2010-01-18 10:00")
    assert m.name == "座谈会" and str(m.date) == "2010-01-17" and m.people(SPEAKER) == ["谌伟"]


def test_a_rare_surname_after_a_title_before_what_only_a_person_does() -> None:
    m = meeting_of("", "4月2日，我县召开工业经济运行情况调度会。副县长攸超出席会议并讲话。", published="2014-04-03 10:00")
    assert m.people(SPEAKER) == ["攸超"]
    m = meeting_of("", "8月30日，全国人大常委会召开座谈会，委员长出席并讲话，传达总书记的重要讲话精神。",
                   published="2019-08-30 19:00")
    assert m.people(SPEAKER) == [] and m.people(OFFICIAL) == []


def test_who_convenes_is_not_the_chair_where_another_presides() -> None:
    m = meeting_of("", "1月22日下午，县委常委邓小兰在县会议中心召开岁末安全生产调度会，副县长刘衍志主持会议。",
                   "小兰同志强调，节前安全工作不能放松。", published="2025-01-23 10:00")
    assert m.people(CHAIR) == ["刘衍志"] and m.people(SPEAKER) == ["邓小兰"]
    m = meeting_of("", "3月5日，副县长王某某召开全县安全生产调度会。", published="2025-03-06 10:00")
    assert m.people(CHAIR) == ["王某某"]


def test_an_institute_of_the_ministry_hosts_a_forum_its_leader_welcomes() -> None:
    m = meeting_of("县域工业论坛举行",
                   "第二届“中国县域工业经济发展论坛(2019)”13日在北京举行，论坛由中国信息通信研究院主办。",
                   "中国信息通信研究院党委书记李勇在致辞中指出，论坛要办成交流的平台。",
                   "工业和信息化部规划司副司长何映昆指出，县域工业大有可为。",
                   published="2019-11-13 18:37")
    assert m.organizer == "中国信息通信研究院"
    assert m.people(SPEAKER) == ["何映昆"] and m.people(OFFICIAL) == ["李勇"]


def test_a_ministrys_internal_meeting_is_one_a_banks_is_not() -> None:
    m = meeting_of("", "6月17日消息，工业和信息化部部长李毅中在昨天召开的内部会议上要求，加快TD-SCDMA测试。",
                   published="2008-06-17 17:26")
    assert m.name == "内部会议" and str(m.date) == "2008-06-16" and m.organizer is None
    rejected("一家银行调整领导班子", "某银行8月23日召开内部会议，宣布一位新的党委委员。",
             published="2024-08-26 06:35")


def test_an_english_name_in_brackets_and_an_event_held_successfully() -> None:
    m = meeting_of("", "2024年4月18日，2024星火生态大会(TA Conference)在福州顺利召开。", published="2024-04-23 08:13")
    assert m.name == "2024星火生态大会" and str(m.date) == "2024-04-18"


def test_a_provincial_body_that_convenes_with_nobody_named_speaks_for_its_province() -> None:
    m = meeting_of("", "2020年5月9日，辽宁省通信管理局召开全省5G建设推进会。会议要求，一是加快基站建设。",
                   published="2020-05-11 10:00")
    assert m.provinces(PROVINCE_SPOKE) == ["liaoning"]
    m = meeting_of("", "8月19日，总台与江苏省人民政府举行深化战略合作框架协议签署仪式。", published="2022-08-19 19:00")
    assert m.provinces(PROVINCE_SPOKE) == []


def test_a_department_head_titled_bare_speaks_for_the_province_of_the_report() -> None:
    m = meeting_of("", "8月9日，全省工业经济推进会议召开。厅党组书记、厅长付振波出席会议并讲话，副厅长郝莉笑主持。",
                   "会议要求，稳住河北工业增长。", published="2022-08-11 10:00")
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
    m = meeting_of("", "2023年11月20日，市工信局召开企业培育培训会。会上，市工信局副局长刘海风就下一步工作做了安排部署。",
                   published="2023-11-23 10:00")
    assert m.people(SPEAKER) == ["刘海风"]


def test_an_undated_pages_year_from_the_work_its_meeting_sums_up_or_plans() -> None:
    undated = dataclasses.replace(make_doc("", "12月26日，全国工业和信息化工作会议在北京召开。会议指出，2016年宽带建设工作取得新的"
                                           "进展。", "会议要求，2017年要继续推进宽带建设。"), published=None)
    m = extract(undated)
    assert isinstance(m, Meeting) and str(m.date) == "2016-12-26"
    undated = dataclasses.replace(make_doc("", "1月21日，全市工业和信息化工作会议召开，总结2021年工作，"
                                           "部署今年的任务。"), published=None)
    m = extract(undated)
    assert isinstance(m, Meeting) and str(m.date) == "2022-01-21"


def test_a_bare_provincial_title_on_a_citys_site_speaks_for_the_citys_province() -> None:
    doc = make_doc("", "6月10日，庆阳市工信局负责人前往省工信厅汇报工作。省工信厅副厅长程学钦出席座谈会并讲话。",
                   "程学钦指出，庆阳的能源工业要转型升级。", published="2020-06-12 10:00")
    m = extract(dataclasses.replace(doc, outlet="gxj.example.gov.cn"))
    assert isinstance(m, Meeting) and m.people(SPEAKER) == ["程学钦"] and m.provinces(PROVINCE_SPOKE) == ["gansu"]


def test_every_provinces_association_is_not_every_province() -> None:
    m = meeting_of("", "8月16日，工业和信息化部主办的2010中国互联网大会在北京开幕。全国各省、各自治区互联网协会的领导和代表"
                   "出席了开幕式。",
                   published="2010-08-17 10:00")
    assert not m.provinces_all_present


def test_people_named_after_their_body_in_a_list_of_those_present() -> None:
    m = meeting_of("", "2007年12月28日，全省民爆行业年度工作会议召开。省国防科工委徐成然、刘一成、省公安厅陈荣政、"
                   "省安监局陈杰、宁国市副市长李宗怀出席会议，全省市县行业主管部门的代表参加。",
                   published="2008-01-02 10:00")
    assert m.people(OFFICIAL) == ["徐成然", "刘一成", "陈荣政", "陈杰", "李宗怀"]
    assert "市县行业" not in [s.value for s in m.sectors]


def test_those_who_watch_at_a_branch_venue_are_present() -> None:
    m = meeting_of("", "4月21日，全省工信系统安全生产视频会议召开。市工业和信息化局贾兴东、胡晓清等局领导在分会场收看。",
                   published="2020-04-23 10:00")
    assert m.people(OFFICIAL) == ["贾兴东", "胡晓清"]


def test_a_keynote_address_is_a_speech_and_so_are_words_after_hearing_others() -> None:
    m = meeting_of("", "8月24日，省工业和信息化委员会召开全省技术改造工作会议，副主任李涛出席会议并作主题讲话。",
                   published="2017-08-28 10:00")
    assert m.people(SPEAKER) == ["李涛"]
    m = meeting_of("", "3月30日上午，黄冈市经信局召开特色产业座谈会，市经信局副局长田晓明主持会议。",
                   "田晓明在听取各县市的发言后，指出要把特色产业做大做强。", published="2022-04-02 10:00")
    assert m.people(CHAIR) == ["田晓明"] and m.people(SPEAKER) == ["田晓明"]


def test_who_chairs_after_a_clause_that_cites_others_instructions() -> None:
    m = meeting_of("", "为落实省委常委王艳玲、常务副市长胡亚波对基站建设的指示，6月11日下午，"
                   "市政府陈红辉副秘书长主持召开全市基站建设专题会。", published="2019-06-12 10:00")
    assert m.people(CHAIR) == ["陈红辉"] and m.people(OFFICIAL) == []


def test_who_briefs_the_experts_or_explains_the_documents_is_present() -> None:
    m = meeting_of("", "11月12日，济南市工信局召开专家座谈会。副处长李瑛向与会专家介绍了"
                   "全市工业互联网的发展情况。", published="2019-11-14 10:00")
    assert m.people(OFFICIAL) == ["李瑛"]
    m = meeting_of("", "8月1日，市工信局召开设备更新工作推进会。会议由市工信局局长徐忠满主持，副局长张阔宣贯了"
                   "有关文件。", published="2024-08-12 10:00")
    assert m.people(CHAIR) == ["徐忠满"] and m.people(OFFICIAL) == ["张阔"]


def test_a_companys_conference_where_a_vice_minister_spoke() -> None:
    m = meeting_of("", "工业和信息化部副部长尚冰12月30日出席中国移动通信集团公司2014年度工作会并讲话，对企业提出要求。", published="2013-12-31 10:00")
    assert m.name == "中国移动通信集团公司2014年度工作会" and m.people(SPEAKER) == ["尚冰"]


def test_the_convening_bodys_deputy_titled_bare_speaks_for_its_province() -> None:
    m = meeting_of("全省技术改造工作会议召开", "8月24日，省工业和信息化委员会在郑州召开全省技术改造工作会议，"
                   "副主任李涛出席会议并作主题讲话。洛阳、许昌等市作了发言。", published="2017-08-28 10:00")
    assert m.people(SPEAKER) == ["李涛"] and m.provinces(PROVINCE_SPOKE) == ["henan"]


def test_a_notice_of_a_meeting_to_come_is_no_report() -> None:
    rejected("", "各有关单位：经协会研究决定，于2016年12月在北京召开全国水泥行业动员会。",
             published="2016-11-01 10:00")
    rejected("", "经研究，定于下月在北京召开全国水泥行业动员会（具体时间地点另行通知）。", published="2016-11-01 10:00")


def test_those_who_attend_a_named_symposium_report_it_a_talk_on_a_visit_does_not() -> None:
    m = meeting_of("", "日前，自治区工信厅有关处室负责人和多家企业代表，在市工信局参加工业扶贫产业"
                   "调研座谈会，一起想办法。", published="2020-05-20 10:00")
    assert m.name == "工业扶贫产业调研座谈会"
    rejected("", "3月14日，省无线电管理办公室副主任赵在源一行到省广播电视局走访。局里有关处室负责同志参加座谈交流会。",
             published="2023-03-20 10:00")
    rejected("凝心聚力“十四五” 开启发展新征程", "参加党的十九届五中全会的同志们表示，全会的建议意义重大。",
             published="2020-10-30 19:00")


def test_an_associations_council_a_ministry_leader_addresses_and_a_summit_in_a_longer_name() -> None:
    m = meeting_of("", "1月20日，中国通信企业协会七届七次理事会和七届八次常务理事会在京举行，会长郭浩主持会议，"
                   "工业和信息化部原总工程师张峰出席并致辞。", published="2026-01-21 10:00")
    assert m.name == "中国通信企业协会七届七次理事会和七届八次常务理事会" and m.people(CHAIR) == ["郭浩"]
    m = meeting_of("", "在4月10日的第十三届储能国际峰会暨展览会上，工业和信息化部电子信息司二级巡视员周海燕表示，要规范行业管理。",
                   published="2025-04-11 10:00")
    assert m.name == "第十三届储能国际峰会暨展览会" and m.people(SPEAKER) == ["周海燕"]


def test_a_compound_surname_a_speech_after_arriving_and_a_provincial_office() -> None:
    m = meeting_of("2025年湖南省散装水泥和墙体材料改革工作会议召开", "2月27日下午，会议召开。省工信厅副厅长欧阳晓风出席会议并讲话。",
                   published="2025-02-28 10:00")
    assert m.people(SPEAKER) == ["欧阳晓风"] and m.provinces(PROVINCE_SPOKE) == ["hunan"]
    m = meeting_of("", "6月15日，全省新能源产业座谈会召开。省工信委副巡视员马勇到会作了讲话。",
                   published="2016-06-20 10:00")
    assert m.people(SPEAKER) == ["马勇"]
    m = meeting_of("", "3月22日，陕西省国防科工办召开全省军工能力建设工作会议。省国防科工办副主任程志奇"
                   "出席会议并讲话。", published="2019-03-25 10:00")
    assert m.people(SPEAKER) == ["程志奇"] and m.provinces(PROVINCE_SPOKE) == ["shaanxi"]


def test_a_date_whose_year_month_and_day_ran_together() -> None:
    m = meeting_of("", "2017922日，工业和信息化部在石河子召开农机现场推进会。", published="2017-09-30 10:00")
    assert str(m.date) == "2017-09-22"


def test_who_leads_a_delegation_in_and_who_sends_a_video_address_are_present() -> None:
    m = meeting_of("", "3月5日，全省产业金融对接会召开。省工信厅副厅长宫毓刚率几家银行的负责同志出席会议。", published="2021-03-06 10:00")
    assert m.people(OFFICIAL) == ["宫毓刚"]
    m = meeting_of("", "7月30日，2023中国产业转移发展对接活动开幕。工业和信息化部部长金壮龙作视频致辞，"
                   "广西壮族自治区党委书记刘宁出席并致辞。", published="2023-07-31 10:00")
    assert m.people(OFFICIAL) == ["金壮龙", "刘宁"]


def test_a_sites_scan_me_footer_and_a_traditional_particle_are_no_sectors() -> None:
    m = meeting_of("", "6月15日，全省材料工业工作座谈会召开。会议要求，抓好材料工业的安全生产。",
                   "扫一扫在手机打开当前页", published="2021-06-15 10:00")
    assert "手机" not in [s.value for s in m.sectors]
    m = meeting_of("", "近日，省工业和信息化厅召开化工园区工作推进会。园区承载著化工产业的发展。",
                   published="2023-05-10 10:00")
    assert "著化工产业" not in [s.value for s in m.sectors]


def test_means_a_target_figure_and_a_harvest_task_are_no_sectors() -> None:
    found = _sectors("会议指出，要用好平台、人才、金融等创新资源，确保粮食产量1.3万亿斤以上，抓好夏收工作。")
    assert "金融" not in found and "粮食" not in found and "夏收" not in found


def test_a_long_headline_in_a_digest_starts_a_brief_of_its_own() -> None:
    from kg.extract import extract_all

    doc = make_doc("国内联播快讯", "一份推动新兴产业发展的实施意见发布",
                   "多个部门日前联合印发意见，提出要突破人形机器人、智能船舶等装备。",
                   "中国电影家协会第十一次全国代表大会 中国美术家协会第十次全国代表大会今天闭幕并选出新一届领导机构",
                   "两个协会的全国代表大会今天在北京闭幕，大会选举产生了新一届理事会。",
                   published="2024-01-30 19:00")
    results = extract_all(doc)
    assert not isinstance(results[0], Meeting)
    assert isinstance(results[1], Meeting) and [s.value for s in results[1].sectors] == []


def test_a_cited_name_starts_after_the_verb_that_carries_it_on() -> None:
    m = meeting_of("", "1月15日，省委召开座谈会纪念长征胜利。会议指出，新征程上传承弘扬遵义会议精神，要坚定信念。",
                   published="2025-01-16 10:00")
    assert [c.name for c in m.cited if "新征程" in c.name] == []
