"""Untitled web pages as MIIT's departments and provincial bodies post them: kickers, sidebars of links,
municipal titles (sentences written for the tests, reproducing what the development pages show)."""

from __future__ import annotations

from kg.model import CHAIR, PROVINCE_SPOKE, SPEAKER
from tests.docs import meeting_of


def test_an_untitled_pages_headline_names_the_meeting_the_body_names_in_full() -> None:
    m = meeting_of("", "守正创新开新局", "我局召开行业会议部署网络安全工作", "发布时间:2022-03-18 15:07",
                   "3月17日，我局组织召开了2022年网络安全和应急通信电视电话会议。通报了2021年工作成效。",
                   published="2022-03-18 19:00")
    assert m.name == "2022年网络安全和应急通信电视电话会议"
    assert m.format == "teleconference"


def test_a_municipal_bodys_official_speaks_for_the_municipality_on_its_own_news() -> None:
    m = meeting_of("", "我局召开行业会议部署通信建设工作",
                   "3月17日，我局组织召开了2022年通信建设工作会议。",
                   "市通信管理局党组成员、副局长张某某作了重要讲话，推动天津信息通信业高质量发展。",
                   published="2022-03-18 19:00")
    assert m.provinces(PROVINCE_SPOKE) == ["tianjin"]


def test_a_city_bodys_official_is_no_province() -> None:
    m = meeting_of("", "我局召开行业会议部署通信建设工作",
                   "3月17日，我局组织召开了2022年通信建设工作会议。",
                   "市通信管理局副局长张某某作了重要讲话，推动苏州融入江苏信息通信业高质量发展。",
                   published="2022-03-18 19:00")
    assert m.provinces(PROVINCE_SPOKE) == []


def test_a_provincial_standing_committee_member_speaks_for_the_province() -> None:
    m = meeting_of("", "工信部高校联盟在哈工大成立",
                   "黑龙江日报6月24日讯 24日，工业和信息化部高校联盟成立大会在哈尔滨召开。",
                   "工信部副部长陈某某，省委常委、宣传部长张某某出席会议并讲话。",
                   published="2017-06-25 07:00")
    assert m.provinces(PROVINCE_SPOKE) == ["heilongjiang"]


def test_a_sidebar_of_links_before_the_article_is_not_its_lead() -> None:
    m = meeting_of("", "最近发布",
                   "芜湖市委常委、常务副市长张东一行来所调研", "我所荣获长安汽车“创新支持奖”",
                   "广汽集团、广州开发区签订三方战略合作框架协议", "武汉市制造业可靠性提升活动成功举办",
                   "中国电子科技委副主任一行来所调研交流", "我所协办的禁化武履约宣传工作座谈会在广州召开",
                   "• 来源:环境与绿色发展研究中心",
                   "3月26日至27日，由工业和信息化部安全生产司主办、我所协办的禁化武履约宣传工作座谈会在广州召开。",
                   "工业和信息化部安全生产司副司长张卫出席会议并讲话。", published="2019-04-01 08:00")
    assert m.name == "禁化武履约宣传工作座谈会" and str(m.date) == "2019-03-26"
    assert m.people(SPEAKER) == ["张卫"]


def test_a_chair_who_gives_an_account_of_the_situation_speaks() -> None:
    m = meeting_of("", "近日国家发展改革委组织召开落实《规划》部门工作会议，会议由工业和信息化部副部长娄某某和"
                   "发展改革委副主任张某某共同主持。", "张某某主要介绍了当前宏观经济形势。",
                   "娄某某在会上发表讲话指出，做好《规划》实施工作具有紧迫性。", published="2009-03-27 08:00")
    assert m.people(CHAIR) == ["娄某某", "张某某"]
    assert set(m.people(SPEAKER)) == {"娄某某", "张某某"}


def test_names_the_surname_list_does_not_know_are_read_after_a_title() -> None:
    m = meeting_of("", "8月8日，西藏自治区通信管理局召开庆祝自治区成立60周年宣讲会。党组书记、局长尼玛多吉主持会议并讲话，"
                   "全体干部职工参加。", published="2025-08-08 19:00")
    assert m.people(CHAIR) == ["尼玛多吉"]
    assert m.provinces(PROVINCE_SPOKE) == ["xizang"]  # the head of the provincial body that convened it
    m = meeting_of("", "11月18日，自治区召开促进民营经济发展工作会。会议由自治区党委副书记、自治区主席艾尔肯·吐尼亚孜主持，"
                   "自治区政协主席努尔兰·阿不都满金出席会议。", published="2025-11-19 19:00")
    assert m.people(CHAIR) == ["艾尔肯·吐尼亚孜"] and m.people("official") == ["努尔兰·阿不都满金"]


def test_a_leaders_whole_title_names_the_province() -> None:
    m = meeting_of("", "11月5日，由工业和信息化部主办的2020国际工业互联网创新发展论坛在上海举行。上海市委常委、上海市人民政府"
                   "副市长吴清，工业和信息化部副部长刘烈宏出席并致辞。", "吴清在致辞中指出，工业互联网蓬勃发展。",
                   "刘烈宏指出，要加快工业互联网创新发展。", published="2020-11-06 08:00")
    assert m.provinces(PROVINCE_SPOKE) == ["shanghai"]
    m = meeting_of("", "11月5日，工业和信息化部在上海召开工业互联网工作座谈会。上海市副市长吴清、工业和信息化部副部长刘烈宏"
                   "出席会议。", "刘烈宏指出，要加快工业互联网创新发展。", published="2020-11-06 08:00")
    assert m.provinces(PROVINCE_SPOKE) == []  # 上海 is not in the vice-minister's title


def test_a_longer_form_the_scheme_tells_apart_is_another_sector() -> None:
    m = meeting_of("工业和信息化部召开座谈会", "1月5日，工业和信息化部召开座谈会。",
                   "会议要求推动信息通信产业体系现代化，推动信息通信业高质量发展，做强人工智能和人工智能产业。",
                   published="2025-01-06 19:00")
    assert [s.value for s in m.sectors] == ["信息通信", "信息通信业", "人工智能"]


def test_an_associations_conference_where_a_minister_spoke_is_reported() -> None:
    m = meeting_of("", "2020年5月17日，由中国通信学会主办的2020年世界电信和信息社会日大会在网上举行。工业和信息化部副部长、"
                   "中国通信学会理事长陈某某出席并致辞。", "陈某某指出，信息通信技术开辟了生产生活的新空间。",
                   published="2020-05-19 08:00")
    assert m.name == "2020年世界电信和信息社会日大会" and m.format == "video"
    assert m.people(SPEAKER) == ["陈某某"]


def test_a_day_whose_month_the_page_lost_opens_the_sentence() -> None:
    m = meeting_of("", "我局召开行业会议部署工作", "317日，我局组织召开了2021年通信建设电视电话会议。",
                   published="2021-03-18 15:07")
    assert str(m.date) == "2021-03-17"
    m = meeting_of("", "1221，工业和信息化部装备工业司在京召开船舶行业管理座谈会。", published="2008-12-30 08:00")
    assert str(m.date) == "2008-12-21"
    m = meeting_of("", "25日，工业和信息化部在京召开船舶行业管理座谈会。", published="2008-12-30 08:00")
    assert str(m.date) == "2008-12-25"  # a day, not a lost month


def test_a_vague_first_report_yields_to_the_dated_original() -> None:
    m = meeting_of("", "工信部、发改委赴中钢协三方会商", "工信部网站11月17日消息，日前，工信部原材料工业司、发改委产业协调司"
                   "有关人员赴中国钢铁工业协会进行了三方会商。", "原文如下：",
                   "2017年11月10日，工业和信息化部原材料工业司、国家发展改革委产业协调司有关人员赴中国钢铁工业协会进行了三方会商。",
                   published="2017-11-20 08:00")
    assert str(m.date) == "2017-11-10"


def test_vice_ends_a_title_never_a_name() -> None:
    m = meeting_of("", "3月15日，工业和信息化部副部长陈某某主持召开会议，部署在全国实行“携号转网”工作。中国电信总经理柯某某、"
                   "中国联通副总经理买某某出席会议。", published="2019-03-16 08:00")
    assert "通副" not in m.people("official") and "买某某" in m.people("official")


def test_a_guest_who_joins_a_hall_by_video_leaves_it_in_person() -> None:
    m = meeting_of("", "9月8日，2022全国专精特新中小企业发展大会在江苏南京召开，工业和信息化部部长金某某通过视频方式出席开幕式"
                   "并致辞。", published="2022-09-09 08:00")
    assert m.format == "in-person"
    m = meeting_of("王岐山出席2021年创新经济论坛开幕式", "国家副主席王岐山17日以视频方式出席2021年创新经济论坛开幕式并发表主旨演讲。",
                   published="2021-11-17 19:00")
    assert m.format == "video"  # no hall named: the one taking part took part by video


def test_a_headlines_meeting_joined_in_the_body_keeps_its_convener_and_format() -> None:
    m = meeting_of("", "工业和信息化部安全生产委员会召开专题会议 进一步压紧压实安全生产责任链条",
                   "2023年4月25日，工业和信息化部安全生产委员会召开专题会议暨部属单位安全生产工作视频会议，会议强调，"
                   "要进一步压紧压实安全生产责任链条。", published="2023-04-26 08:00")
    assert m.name == "工业和信息化部安全生产委员会专题会议暨部属单位安全生产工作视频会议" and m.format == "video"


def test_a_ministers_words_to_reporters_at_an_opening_are_an_interview() -> None:
    from tests.docs import rejected

    rejected("", "3/7/2011，据中新社消息，十一届全国人大四次会议5日开幕。全国人大代表、工业和信息化部部长苗某当日表示，"
             "“三网融合”已在12个城市进行试点。", "这位部长在北京人民大会堂内向在场记者表示，目前试点推行情况不错。",
             published="2011-03-07 08:00")


def test_a_photos_credit_line_is_chrome_and_the_lead_below_it_is_found() -> None:
    m = meeting_of("", "第十一届两岸信息通信合作发展研讨会此间在渝召开。", "（中国台湾网 普某 摄）",
                   "第十一届两岸信息通信合作发展研讨会此间在渝召开。研讨会主题为“5G新引擎”。",
                   "工业和信息化部原副部长刘某某出席会议并致辞。", published="2019-09-10 08:00")
    assert m.name == "第十一届两岸信息通信合作发展研讨会"


def test_a_chairs_report_in_the_same_breath_is_no_speech() -> None:
    m = meeting_of("", "4月20日上午，广东省工业和信息化厅在广州召开全省安全生产工作视频会议，厅长涂某某出席会议并讲话，"
                   "副厅长郑某某主持会议并通报了全省安全生产工作情况。", published="2020-04-21 08:00")
    assert m.people(SPEAKER) == ["涂某某"] and m.people(CHAIR) == ["郑某某"]


def test_lines_that_hold_commas_are_no_list_of_links() -> None:
    m = meeting_of("", "通信世界网消息 9月23日，最高人民法院、公安部等六部门联合发布通告",
                   "当天，工信部也在北京召开了防范打击通讯信息诈骗工作专题会议，总工程师张某对行业防范打击工作提出了要求：",
                   "一是进一步统一思想认识；", "二是进一步聚焦问题；", "三是进一步落实责任；", published="2016-09-24 08:00")
    assert m.name.endswith("专题会议")


def test_a_provinces_own_event_in_an_international_hall_is_domestic() -> None:
    m = meeting_of("", "广东举办2021世界电信和信息社会日暨南方通信论坛",
                   "5月17日上午，广东信息通信行业2021世界电信和信息社会日纪念大会暨南方通信论坛在广州越秀国际会议中心举办，"
                   "广东省通信管理局党组书记、局长苏某某出席并致辞。", published="2021-05-17 21:22")
    assert m.name.startswith("广东信息通信行业2021世界电信和信息社会日纪念大会")


def test_bureau_heads_who_each_give_a_summary_are_present() -> None:
    m = meeting_of("", "5月10日，四川省通信管理局、重庆市通信管理局以视频方式召开两地信息通信业2022年第一次联席会议。",
                   "会上，四川省通信管理局邢某某局长、重庆市通信管理局胥某局长分别作工作总结。", published="2022-05-11 08:00")
    assert m.people("official") == ["邢某某", "胥某"] and m.people(SPEAKER) == []


def test_a_guest_who_addresses_a_conference_by_video_is_present() -> None:
    m = meeting_of("", "由工业和信息化部、安徽省人民政府共同主办的2021世界显示产业大会在合肥市举行。安徽省委书记李某某出席并宣布"
                   "大会开幕，上海合作组织秘书长弗拉基米尔·诺罗夫视频致辞。", published="2021-11-20 08:00")
    assert "弗拉基米尔·诺罗夫" in m.people("official")


def test_a_vague_lead_yields_to_the_day_the_body_gives_for_holding_it() -> None:
    m = meeting_of("习近平在农村改革座谈会上强调", "央视网消息：习近平近日在安徽凤阳县小岗村主持召开农村改革座谈会并发表重要讲话。",
                   "习近平在安徽调研期间，于4月25日召开这次座谈会，同当地领导座谈。", published="2016-04-28 19:00")
    assert str(m.date) == "2016-04-25"
