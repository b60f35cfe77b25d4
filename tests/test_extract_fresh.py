"""Patterns of a fresh collection of MIIT pages (collection T, 2009–2025: county and city bodies' meetings, provincial
Party-group study sessions, ministers at annual conferences and CPPCC group discussions); sentences written for the
tests, reproducing what the pages show."""

from __future__ import annotations

from kg.model import CHAIR, OFFICIAL, PROVINCE_PRESENT, PROVINCE_SPOKE, SPEAKER
from tests.docs import meeting_of, rejected


def test_local_bodies_that_each_present_their_ways_spoke() -> None:
    m = meeting_of("", "4月1日，工业和信息化部在上海召开座谈会。",
                   "天津、河北、浙江和山东等地方工业主管部门代表分别介绍了各地方实施《铸造行业准入条件》工作的方式，"
                   "交流了相关产业政策。", published="2015-04-02 10:00")
    assert m.provinces(PROVINCE_SPOKE) == ["tianjin", "hebei", "zhejiang", "shandong"]


def test_a_ministry_that_gathers_every_provinces_department_has_them_all_present() -> None:
    m = meeting_of("", "4月1日，工业和信息化部组织全国各省、自治区、直辖市和计划单列市工业信息化主管部门主管业务负责人"
                   "在上海召开了座谈会。", published="2015-04-02 10:00")
    assert m.provinces_all_present and len(m.provinces(PROVINCE_PRESENT)) == 32


def test_a_lost_month_in_the_sentence_that_holds_the_meeting() -> None:
    m = meeting_of("", "为深入贯彻学习规划，省工信厅党组理论学习中心组于61日召开了2017年第4次集体(扩大)学习会。",
                   "朱天舒厅长强调，要高度重视调研报告所提的问题。", published="2017-06-05 10:00")
    assert str(m.date) == "2017-06-01"
    assert m.people(SPEAKER) == ["朱天舒"]  # 强调 after a title is a verb, not a name


def test_an_annual_conference_a_minister_addresses_is_a_meeting_a_companys_is_not() -> None:
    m = meeting_of("", "工业和信息化部部长李毅中23日在“2010年全国企业家活动日暨中国企业家年会”上作主题报告。",
                   "李毅中说，要把钢材的需求降下来。", published="2010-05-28 10:00")
    assert m.name == "2010年全国企业家活动日暨中国企业家年会" and m.people(SPEAKER) == ["李毅中"]
    rejected("", "4月23日，某某集团2010年年会在北京召开。董事长张某某出席并讲话。", published="2010-05-28 10:00")


def test_county_officials_and_surnames_the_list_lacks() -> None:
    m = meeting_of("眉县经济运行调度会召开", "8月29日下午，眉县县委副书记、县长叶盛强主持召开眉县经济运行调度会。"
                   "县委常委、常务副县长刘俊霞，县委常委、副县长曲永宏参加会议。", "叶盛强要求，各镇街要紧盯目标不动摇。",
                   published="2019-08-30 10:00")
    assert m.people(CHAIR) == ["叶盛强"] and m.people(OFFICIAL) == ["刘俊霞", "曲永宏"]
    m = meeting_of("", "5月13日下午，2024年聊城制造业数字化转型推进会在市会议接待中心举行。"
                   "省工业和信息化厅党组成员、副厅长焉杰出席并致辞。市长张百顺出席并讲话，副市长王刚主持会议。",
                   published="2024-05-14 10:00")
    assert m.people(OFFICIAL) == ["焉杰"] and m.people(SPEAKER) == ["张百顺"] and m.people(CHAIR) == ["王刚"]


def test_a_sentence_that_opens_with_the_meeting_reports_it() -> None:
    m = meeting_of("李毅中：节能减排应尊重客观规律",
                   "昨天，全国政协小组讨论会上，全国政协委员李毅中认为，节能减排目标制定得不科学。",
                   published="2011-03-07 09:51")
    assert m.name == "全国政协小组讨论会" and str(m.date) == "2011-03-06"


def test_a_multilateral_banks_annual_meeting_is_foreign() -> None:
    rejected("李强出席亚洲基础设施投资银行第十届理事会年会开幕式并致辞",
             "亚洲基础设施投资银行第十届理事会年会26日在北京开幕，国务院总理李强出席开幕式并致辞。",
             published="2025-06-26 19:00")


def test_a_label_across_two_words_and_industry_associations_are_no_sectors() -> None:
    m = meeting_of("", "10月22日，自治区工信厅副厅长杨某某主持召开三季度全区重点工业行业经济运行座谈会。",
                   "会上，自治区稀土行业协会、氟硅产业促进会、现代煤化工产业链促进会介绍了运行情况。",
                   "杨某某强调，要畅通信息渠道，保障国家电网安全，推动资金融通，加快发展电子信息产业。",
                   published="2024-10-23 10:00")
    assert [s.value for s in m.sectors] == ["电子信息"]


def test_chrome_venues_companies_and_parks_give_no_sectors() -> None:
    m = meeting_of("", "7月22日，全市二季度工业经济运行形势分析会在羽星大酒店召开。",
                   "市天然气综合利用工业园区副书记陈某某、奥托立夫(江苏)汽车安全零部件有限公司总经理陈某参加会议。",
                   "会议指出，应对金融危机工作的重点在工业，要推动纺织行业转型升级。",
                   "网站支持IPv6 微信 移动门户介绍 智能机器人 无障碍浏览 进入关怀版", published="2012-07-23 10:00")
    assert [s.value for s in m.sectors] == ["纺织行业"]


def test_a_longer_name_than_a_known_one_is_that_name() -> None:
    m = meeting_of("永州市管理处召开台站核查工作部署会", "5月10日，永州市无线电管理处组织召开全市无线电台站核查工作部署会。"
                   "王晨辉主任出席会议并讲话，罗娟玲副主任主持会议。", "苏波还指出，要抓好落实。", published="2012-05-10 10:00")
    assert m.people(SPEAKER) == ["王晨辉", "苏波"] and m.people(CHAIR) == ["罗娟玲"]


def test_a_training_meeting_a_bureau_organises() -> None:
    m = meeting_of("", "1月13日，市工信局组织开展省级专精特新申报培训会。市中小办负责人参加培训。", published="2023-01-14 10:00")
    assert m.name == "省级专精特新申报培训会" and str(m.date) == "2023-01-13"
    rejected("", "11月8日，由文化和旅游部组织开展的2023年全国广场舞大会成果展示活动在贵州举办。",
             published="2023-11-08 19:00")  # (not a meeting named 的2023年全国广场舞大会)


def test_a_lecturer_a_training_meeting_invites_was_present() -> None:
    m = meeting_of("", "11月5日，市经信局组织召开省级专精特新小巨人企业申报工作培训会，"
                   "邀请省经信厅中小企业发展处副处长徐朝晖做专题辅导。", "王某某副站长对政策进行了解读。",
                   published="2021-11-10 10:00")
    assert m.people(OFFICIAL) == ["徐朝晖", "王某某"] and m.people(SPEAKER) == []


def test_lines_a_page_broke_in_mid_sentence_are_one_sentence() -> None:
    m = meeting_of("", "7月17日，工业和信息化部副部长", "陈肇雄出席", "IMT-2020峰会致辞表示，",
                   "5G作为新一代信息通信技术演进升级的重要方向。", published="2019-07-18 10:00")
    # (致辞表示 attributes what follows to him: a guest's address with content is his speech)
    assert m.name == "IMT-2020峰会" and str(m.date) == "2019-07-17" and m.people(SPEAKER) == ["陈肇雄"]
    m = meeting_of("", "6月9日，工业和信息化部在京召开中小企业发展工作座谈会，部长", "金壮龙出席会议并讲话。江苏、浙江、广东等",
                   "省份作交流发言。", published="2023-06-10 10:00")
    assert m.people(SPEAKER) == ["金壮龙"] and m.provinces(PROVINCE_SPOKE) == ["jiangsu", "zhejiang", "guangdong"]
    m = meeting_of("", "全国工业和信息化工作会议在京召开", "12月26日，全国工业和信息化工作会议在京召开。",
                   published="2023-12-27 10:00")  # a headline line ending in 召开 stays a line of its own
    assert str(m.date) == "2023-12-26"
