"""Forums, expos and conferences, page chrome and relative days as the pages of a later collection and
re-read held-out halves show them.  Every sentence is written for the test (invented bodies, places and
figures; officials' names only where the lexicon's known people are the point)."""

from __future__ import annotations

import dataclasses

from kg.extract import extract
from kg.extract.content import content_sentences
from kg.model import OFFICIAL, PROVINCE_SPOKE, SPEAKER, Meeting
from tests.docs import make_doc, meeting_of, rejected


def test_a_portals_nav_bar_and_dateline_are_chrome_so_the_lead_is_read() -> None:
    doc = make_doc("", "本网首页 新闻 视频 图片网 更多» 专题 评论网", "打造软件名城的信心",
                   "2016-08-19 07：36 来源： 某某新闻网 编辑： 张三 责任编辑： 李四",
                   "作为某洽谈会的分会场活动之一，“2016年软件名城建设研讨会”于昨日下午举行。", published="2016-08-19 08:00")
    assert [s.text[:4] for s in content_sentences(doc)][:2] == ["打造软件", "作为某洽"]
    m = meeting_of("", "本网首页 新闻 视频 图片网 更多» 专题 评论网", "打造软件名城的信心",
                   "2016-08-19 07：36 来源： 某某新闻网 编辑： 张三 责任编辑： 李四",
                   "作为某洽谈会的分会场活动之一，“2016年软件名城建设研讨会”于昨日下午举行。", published="2016-08-19 08:00")
    assert m.name == "2016年软件名城建设研讨会" and str(m.date) == "2016-08-18"


def test_yesterday_afternoon_is_a_day_but_a_magazine_and_a_verb_are_not() -> None:
    m = meeting_of("", "全省软件工作座谈会昨日下午在某市召开。", published="2016-08-19 08:00")
    assert str(m.date) == "2016-08-18"


def test_an_expo_a_ministry_hosts_is_its_meeting_a_trade_show_is_not() -> None:
    m = meeting_of("部长出席软件博览会开幕式", "6月28日，工业和信息化部、某市人民政府共同主办的第二十三届中国国际软件博览会"
                   "（下称“软博会”）开幕式在某展览馆举行。工业和信息化部部长苗圩出席并致辞。", published="2019-06-29 08:00")
    assert m.name == "第二十三届中国国际软件博览会" and str(m.date) == "2019-06-28"
    rejected("车展开幕", "6月28日，第二十三届某国际汽车工业展览会在某市开幕，众多车企参展。", published="2019-06-29 08:00")
    rejected("成果展示会举行", "某出版成果展示会28日在京举行，某部长出席并致辞。", published="2019-06-29 08:00")


def test_a_world_conference_held_in_china_where_a_minister_speaks_is_a_meeting() -> None:
    m = meeting_of("", "7月2日，2019世界新能源汽车大会在海南博鳌召开。", "辛国斌指出，新能源汽车正迎来全新发展时代。",
                   published="2019-07-03 08:00")
    assert m.name == "2019世界新能源汽车大会"
    rejected("李某出席博鳌亚洲论坛年会", "博鳌亚洲论坛2019年年会3月28日在海南博鳌开幕。", published="2019-03-29 08:00")


def test_a_meeting_of_an_earlier_year_told_in_a_feature_is_history() -> None:
    rejected("学习札记丨领会系统观念", "【学习札记】前不久，某机关就网络生态治理进行集体学习。", "总书记发表重要讲话，强调网络生态治理的重要性。",
             "这些年，从政治生态到文化生态，总书记反复强调营造生态。", "2015年12月16日，第二届世界互联网大会在浙江省乌镇开幕。",
             "国家主席习近平出席开幕式并发表主旨演讲。", published="2025-12-06 08:00")


def _undated(doc, url: str = ""):  # noqa: ANN001, ANN202
    return dataclasses.replace(doc, published=None, url=url or None)


def test_a_year_told_by_the_work_a_meeting_plans_and_a_span_of_months_is_no_dateline() -> None:
    doc = _undated(make_doc("", "1月2日，某市工业经济运行调度会召开。副市长张某出席并讲话。",
                            "会议通报了2024年1-11月工业经济运行，提出2025年工业经济工作思路及具体举措。"))
    m = extract(doc)
    assert isinstance(m, Meeting) and str(m.date) == "2025-01-02"
    doc = _undated(make_doc("", "某市工信局召开2023年度年终总结大会", "2月8日下午，某市工信局召开2023年度年终总结大会，局长主持会议，"
                            "对2024年工作进行了部署。"))
    m = extract(doc)
    assert isinstance(m, Meeting) and str(m.date) == "2024-02-08"


def test_a_gloss_inside_a_name_is_read_through_and_left_out() -> None:
    m = meeting_of("", "部长6日在某市主持召开“十五五”规划（第15个五年规划，2026至2030年）部分省区市座谈会。",
                   published="2025-09-07 10:00")
    assert m.name == "“十五五”规划部分省区市座谈会" and str(m.date) == "2025-09-06"


def test_a_provinces_bare_body_on_its_own_site_speaks_for_it() -> None:
    doc = make_doc("", "省无委办在某市组织召开了全省无线电管理设施建设座谈会。省经信委副主任、党组副书记王某某出席会议并讲话。",
                   published="2014-04-24 10:00")
    m = extract(dataclasses.replace(doc, url="http://gxt.hunan.gov.cn/gxt/2014/t20140424_1.html"))
    assert isinstance(m, Meeting)
    assert [p.participant for p in m.participations if p.role == PROVINCE_SPOKE] == ["hunan"]
    m = extract(dataclasses.replace(doc, url="http://news.example.com/2014/t20140424_1.html"))
    assert [p.participant for p in m.participations if p.role == PROVINCE_SPOKE] == []


def test_who_relays_reads_out_or_sums_up_in_turn_is_present_and_a_relay_then_a_speech_is_a_speech() -> None:
    m = meeting_of("某局召开工业经济运行分析会", "7月10日，某市工信局召开工业经济运行分析会。市工信局总工程师何某某传达了省政府常务会议精神。"
                   "局通信处处长白某某对上半年工作作了总结。总农艺师曾某某出席。", published="2020-07-11 10:00")
    assert {p.participant for p in m.participations if p.role == OFFICIAL} == {"何某某", "白某某", "曾某某"}
    m = meeting_of("某座谈会在京召开", "某座谈会28日在京召开。中共中央政治局委员、中宣部部长刘奇葆在会上传达了习近平的重要指示并讲话。",
                   published="2017-08-29 10:00")
    assert [p.participant for p in m.participations if p.role == SPEAKER] == ["刘奇葆"]


def test_a_run_of_titled_guests_who_attend_as_representatives_is_present() -> None:
    m = meeting_of("某协会政府座谈会召开", "某协会于2026年1月23日在北京召开政府座谈会，会议由协会副秘书长陈某某主持。"
                   "甲集团党委常委、总会计师方某某、乙集团战略规划部副总经理宋某某等5家企业领导作为协会轮值会长单位代表参加了会议。",
                   published="2026-01-24 10:00")
    assert {p.participant for p in m.participations if p.role == OFFICIAL} == {"方某某", "宋某某"}


def test_an_undated_page_takes_the_latest_year_its_body_works_in_not_a_target_or_a_start() -> None:
    doc = _undated(make_doc("", "2月20日，市工信局总经济师陈某某主持召开一季度各区工业经济视频调度会。",
                            "会议听取了各区关于2024年一季度工业经济运行情况的汇报，要求到2035年建成制造强市，巩固2012年以来的成果。"))
    m = extract(doc)
    assert isinstance(m, Meeting) and str(m.date) == "2024-02-20"


def test_a_speakers_dated_lede_dates_the_meeting_he_spoke_at_next() -> None:
    m = meeting_of("", "工业和信息化部部长苗圩22日说，明年将加快建设宽带网络基础设施。",
                   "苗圩在全国工业和信息化工作会议上说，当前信息通信业呈现新的趋势。", published="2014-12-23 10:00")
    assert m.name == "全国工业和信息化工作会议" and str(m.date) == "2014-12-22"


def test_lithium_stainless_steel_fluorochemicals_and_lake_salt_are_sectors() -> None:
    m = meeting_of("某部召开锂行业座谈会", "3月16日，某部组织召开锂行业运行座谈会，研究锂盐价格上涨问题，"
                   "要求推动高端不锈钢和氟化工产业发展，做好湖盐保供。", published="2022-03-18 10:00")
    assert [s.value for s in m.sectors] == ["锂行业", "锂盐", "高端不锈钢", "氟化工产业", "湖盐"]


def test_a_surname_and_a_title_stands_for_the_one_person_named_in_full_or_for_nobody() -> None:
    m = meeting_of("某试验区工作推进会议召开", "某市两化融合工作推进会议近日召开。工业和信息化部副部长杨学山出席会议并做重要讲话。",
                   "杨部长指出，推进两化深度融合意义重大。", published="2011-05-10 10:00")
    assert [p.participant for p in m.participations if p.role == SPEAKER] == ["杨学山"]
    m = meeting_of("某工作推进会议召开", "某市工作推进会议5月9日召开。", "曾书记指出，推进两化深度融合意义重大。",
                   published="2011-05-10 10:00")
    assert [p.participant for p in m.participations if p.role == SPEAKER] == []


def test_guests_who_attend_on_site_or_by_video_are_present() -> None:
    m = meeting_of("", "9月7日，2022某某伙伴关系论坛在厦门举办。福建省委书记尹某某、工业和信息化部副部长辛国斌等国家代表，"
                   "某组织秘书长赵某某等国际组织负责人现场或视频出席。", published="2022-09-08 10:00")
    assert {"尹某某", "辛国斌", "赵某某"} <= {p.participant for p in m.participations if p.role == OFFICIAL}


def test_the_one_report_whose_content_is_told_is_a_speech_beside_another_but_reports_in_turn_are_not() -> None:
    m = meeting_of("", "4月28日上午，全市工业和信息化工作会议召开，副市长孙某出席会议并讲话。",
                   "市工业和信息化局党组书记、局长汲某某作了题为《担当作为 狠抓落实》的报告。报告指出，去年全市工业增加值增长较快。",
                   published="2019-04-29 10:00")
    assert {p.participant for p in m.participations if p.role == SPEAKER} == {"孙某", "汲某某"}
    m = meeting_of("", "某常委会第三次全体会议28日举行。受委托，甲部长史某某作了关于某工作情况的报告。报告指出，工作取得进展。",
                   "乙院长周某某作了关于某审判工作情况的报告。报告指出，审判质效提升。", published="2022-10-29 10:00")
    assert {p.participant for p in m.participations if p.role == SPEAKER} == set()


def test_a_title_the_body_tells_is_still_to_come_is_an_announcement() -> None:
    rejected("庆祝某某成立105周年大会7月1日上午在京隆重举行", "庆祝某某成立105周年大会将于7月1日上午10时在人民大会堂隆重举行。",
             published="2026-06-30 19:00")


def test_figures_heard_at_a_meeting_are_statistics_and_a_course_on_a_meetings_speech_is_no_meeting() -> None:
    rejected("前十月三地减免税收超5000亿元", "记者日前从某地税收工作联席会上了解到，今年前10月三地税务部门共减免税收5436亿元。",
             published="2015-12-13 19:00")
    rejected("某部举办深入学习贯彻某某座谈会重要讲话培训研讨班", "某部今天在京举办深入学习贯彻某某座谈会重要讲话培训研讨班。",
             published="2016-03-24 19:00")


def test_a_mining_right_inspected_financial_units_and_industry_guidance_are_no_sectors() -> None:
    m = meeting_of("国务院常务会议", "国务院总理7月29日主持召开国务院常务会议，部署规范矿业权出让，优化细化产业引导政策，"
                   "对中管金融单位开展考核。", published="2015-07-31 19:00")
    assert [s.value for s in m.sectors] == []


def test_an_idiom_and_the_upstream_and_downstream_are_no_sectors() -> None:
    m = meeting_of("某委全会召开", "某委全会1月8日召开。会议要求，坚决查处拜码头、搞圈子的行为，带动上下游产业发展。",
                   published="2024-01-09 19:00")
    assert [s.value for s in m.sectors] == []


def test_a_dateline_inside_a_flattened_line_gives_way_to_the_lead_after_it() -> None:
    m = meeting_of("", "某部长：做大做强软件业 更新时间:2010-6-3 0:01:50 工业和信息化部部长李毅中2日在出席第十四届某国际软件博览会"
                   "时表示，软件产业已经广泛渗透到国民经济的各个行业。", published="2010-06-03 08:00")
    assert m.name == "第十四届某国际软件博览会" and str(m.date) == "2010-06-02"
    assert [p.participant for p in m.participations if p.role == SPEAKER] == ["李毅中"]


def test_an_expo_a_minister_speaks_at_is_a_meeting_a_trade_show_is_not() -> None:
    m = meeting_of("", "6月22日，第七届某中小企业技术交流暨展览会 （以下简称 “第七届某中小企业技展会”）在某省某市世纪城会展中心隆重开幕。",
                   "某省委书记王某、工业和信息化部部长苗圩和某国地方代表理事会主席某某出席开幕式并分别致辞。",
                   published="2012-06-27 08:00")
    assert m.name == "第七届某中小企业技术交流暨展览会" and str(m.date) == "2012-06-22"
    rejected("", "6月22日，第七届某国际汽车工业展览会在某市会展中心隆重开幕，众多车企参展。", "展会为期五天。",
             published="2012-06-27 08:00")


def test_a_leader_who_will_speak_at_an_opening_is_an_announcement() -> None:
    rejected("习近平将在第四届某国际博览会开幕式上通过视频发表主旨演讲", "第四届某国际博览会暨某国际经济论坛开幕式将于"
             "11月4日在上海举行。习近平将通过视频发表主旨演讲。", published="2021-11-03 20:00")


def test_an_industry_annual_meeting_where_a_ministry_official_spoke_past_a_long_quote() -> None:
    m = meeting_of("", "某网10月23日讯 今（23）日上午，第五届某某软件外包和信息技术服务产业年会在某区举行。",
                   "记者从会上获悉，去年我国软件业务收入3.06万亿元。据了解，本次大会以“服务创造价值”为主题。",
                   "“随着信息技术应用不断深化，软件服务正成为重要支撑。”工业和信息化部软件服务业司巡视员李颖在会上讲到，"
                   "下一步工作重点涉及优化产业结构。", published="2014-10-24 08:00")
    assert m.name == "第五届某某软件外包和信息技术服务产业年会"
    assert [p.participant for p in m.participations if p.role == SPEAKER] == ["李颖"]
    rejected("", "今日上午，第五届某某软件产业年会在某区举行，众多企业参会。", "“软件服务正成为重要支撑。”某公司总经理在会上讲到。",
             published="2014-10-24 08:00")
