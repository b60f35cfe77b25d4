"""Sectors, sittings, lectures and dates as the seventh and eighth audits read them (sentences written
for the tests, reproducing what the audited items say)."""

from __future__ import annotations

from kg.model import SPEAKER
from tests.docs import meeting_of, rejected

_meeting = meeting_of


def test_a_day_written_with_hao_before_the_chair() -> None:
    m = _meeting("李克强主持召开国务院常务会议", "国务院总理李克强10月18号主持召开国务院常务会议，部署推进公共文化服务体系建设。",
                 published="2013-10-20 19:00")
    assert m.date is not None and m.date.isoformat() == "2013-10-18"


def test_a_lecture_a_sitting_holds_is_no_meeting() -> None:
    rejected("全国人大常委会举行专题讲座", "十二届全国人大常委会27日下午在人民大会堂举行第十五讲专题讲座。",
             published="2015-02-28 19:00")


def test_a_guests_proposals_and_a_short_title_are_not_measures() -> None:
    m = _meeting("立法大会举行全会", "哥斯达黎加立法大会4日举行全会，贾庆林出席全会并发表演讲。",
                 "贾庆林就发展双边关系提出四点建议：第一，保持高层交往；第二，推进经贸合作。", published="2012-12-05 19:00")
    assert m.measures == []
    m = _meeting("国务院常务会议", "国务院总理3月13日主持召开国务院常务会议，审议通过《全国农业普查条例（修订草案）》"
                 "（以下简称《条例》），部署开展第四次全国农业普查。", published="2026-03-13 19:00")
    assert [x.text for x in m.measures] == ["审议通过《全国农业普查条例（修订草案）》", "部署开展第四次全国农业普查"]


def test_a_body_that_moves_a_bill_is_not_a_meeting_cited() -> None:
    m = _meeting("委员长会议举行", "十四届全国人大常委会第二次委员长会议14日在北京举行。",
                 "会议审议了全国人大常委会委员长会议关于提请审议生态环境法典草案的议案。", published="2023-04-14 19:00")
    assert m.cited == []


def test_sectors_are_not_what_a_business_or_a_means_of_support_is() -> None:
    m = _meeting("国务院常务会议", "国务院总理7月21日主持召开国务院常务会议，部署发展人工智能产业。",
                 "会议要求，发展人工智能，坚持金融业务持牌经营，加大金融等支持小微企业发展力度。",
                 published="2021-07-21 19:00")
    assert [s.value for s in m.sectors] == ["人工智能"]


def test_many_meetings_told_at_once_are_no_one_meeting() -> None:
    rejected("香港各界：抓住历史新机遇", "连日来，香港各界人士举行多场座谈会，热议深圳经济特区建立40周年庆祝大会。",
             published="2020-10-21 19:00")


def test_a_meeting_held_recently_or_today_in_the_capital() -> None:
    for lead in ("全国中小企业工作座谈会近日在京召开。", "两岸信息通信合作发展研讨会此间在渝召开。",
                 "全国中小企业工作座谈会今天（5月5日）在京召开。"):
        assert _meeting("", lead, published="2022-05-05 19:00").name.endswith("座谈会" if "座谈" in lead else "研讨会")


def test_a_festival_held_today_is_no_meeting_without_a_public_host() -> None:
    rejected("舞龙大会举办", "2024“二月二”老龙头全国舞龙大会今天在秦皇岛举办，百余支舞龙队参加。",
             published="2024-03-11 19:00")


def test_measures_numbered_in_brackets_after_a_heading() -> None:
    m = _meeting("国务院常务会议", "国务院总理2月20日主持召开国务院常务会议，研究部署继续做好房地产市场调控工作。",
                 "会议确定了以下政策措施：", "（一）完善稳定房价工作责任制。", "（二）坚决抑制投机投资性购房。",
                 published="2013-02-20 19:00")
    assert [x.text for x in m.measures] == ["（一）完善稳定房价工作责任制。", "（二）坚决抑制投机投资性购房。"]


def test_a_day_with_its_month_written_hao_and_a_sitting_held_tomorrow() -> None:
    m = _meeting("李克强主持召开部分省区座谈会", "11月5号，国务院总理李克强在黑龙江主持召开部分省区座谈会。",
                 published="2013-11-06 19:00")
    assert m.date is not None and m.date.isoformat() == "2013-11-05"
    rejected("大会明天举行第三次全体会议", "大会明天上午9点举行第三次全体会议。", published="2026-03-09 19:00")


def test_a_passage_of_interviews_is_not_the_session() -> None:
    rejected("全国政协十四届三次会议第三场“委员通道”开启", "全国政协十四届三次会议10日下午闭幕。闭幕会前，9位全国政协委员接受了记者的集体采访。",
             published="2025-03-10 19:00")


def test_a_foreign_meeting_named_otherwise_in_the_title() -> None:
    """The eleventh audit: the title shortens the name (联委会) or the body inserts an abbreviation (（COP15）)."""
    rejected("伊核问题全面协议联委会会议举行", "25日，中国、俄罗斯、英国、法国、德国与伊朗代表在维也纳举行伊核问题"
             "全面协议联合委员会会议，讨论协议执行下一步方略。", published="2018-05-26 19:00")
    rejected("《生物多样性公约》第十五次缔约方大会第二阶段会议开幕", "《生物多样性公约》第十五次缔约方大会（COP15）"
             "第二阶段会议7日在加拿大蒙特利尔开幕。会议将持续至19日。", published="2022-12-08 19:00")


def test_an_oath_ceremony_and_a_photo_caption_report_no_meeting() -> None:
    rejected("全国人大常委会举行宪法宣誓仪式", "十二届全国人大常委会2日下午在人民大会堂举行宪法宣誓仪式。",
             "刚刚闭幕的十二届全国人大常委会第二十一次会议任命了4名国家工作人员。", published="2016-07-02 19:00")
    rejected("学习进行时丨推进党的自我革命", "12月1日出版的第23期《求是》杂志发表习近平总书记的重要文章。",
             "总书记这篇重要文章内涵十分丰富。", "2025年1月6日，习近平在中国共产党第二十届中央纪律检查委员会第四次全体会议上"
             "发表重要讲话。新华社记者 谢环驰 摄", published="2025-12-02 08:00")


def test_a_lecture_for_the_committees_members_is_no_sitting() -> None:
    rejected("十四届全国人大常委会举行履职学习专题讲座", "十四届全国人大常委会26日在北京人民大会堂举行常委会组成人员第一次"
             "履职学习专题讲座。赵乐际委员长主持讲座并讲话。", published="2023-04-27 19:00")


def test_a_foreign_legislature_a_company_call_and_a_signing_during_a_conference_are_no_meetings() -> None:
    rejected("贾庆林出席哥斯达黎加立法大会全会并发表演讲", "随后，贾庆林出席了哥斯达黎加立法大会全会并发表演讲。",
             published="2012-12-05 19:00")
    rejected("", "安利股份在半年报业绩交流会议上表示，TPU是行业发展新动能。", published="2024-09-08 19:00")
    rejected("", "在上海举办“华为全联接大会2024”期间，华为技术有限公司与佳发教育签署合作协议。双方将共同探索智慧考试。",
             published="2024-09-22 19:00")


def test_the_fields_of_a_cooperation_are_no_sectors_singled_out() -> None:
    m = _meeting("国务院召开座谈会", "5月19日，国务院在北京召开外资企业座谈会，李强主持会议。",
                 "与会各方表示，加强在贸易、投资、金融、新能源、农业等领域的交流与合作。",
                 "会议要求，大力发展新能源汽车、集成电路等产业。", published="2023-05-19 19:00")
    assert [s.value for s in m.sectors] == ["新能源汽车", "集成电路"]


def test_the_twelfth_audits_festival_and_treaty_conference_are_no_meetings() -> None:
    rejected("首届中国（海南）东坡文化旅游大会举行", "昨天（2月18日），首届中国（海南）东坡文化旅游大会在海口、儋州同时拉开帷幕。"
             "后续将开展高端论坛等系列活动。", published="2023-02-19 19:00")
    rejected("中国一半以上红树林得到有效保护", "记者从正在召开的《湿地公约》第十四届缔约方大会上了解到，我国红树林面积达到"
             "2.7万公顷。", published="2022-11-09 19:00")


def test_a_chair_whose_words_the_headline_or_the_sentence_gives_speaks() -> None:
    m = _meeting("习近平主持召开新时代推动西部大开发座谈会强调 进一步形成大保护大开放高质量发展新格局",
                 published="2024-04-23 19:00")
    assert m.people(SPEAKER) == ["习近平"]
    m = _meeting("全国宣传部长会议在京召开", "全国宣传部长会议3日在京召开。蔡奇出席会议并讲话。",
                 "中共中央政治局委员、中宣部部长李书磊主持会议并作工作布置，强调要深入学习实践习近平文化思想。",
                 published="2024-01-03 19:00")
    assert m.people(SPEAKER) == ["蔡奇", "李书磊"]


def test_the_thirteenth_audits_non_meetings_and_the_next_sittings_agenda() -> None:
    rejected("新华社受权全文播发《全国人民代表大会常务委员会工作报告》", "新华社今天受权全文播发张德江向十三届全国人大一次会议"
             "所作的《全国人民代表大会常务委员会工作报告》。十三届全国人大一次会议3月20日表决通过了关于报告的决议。",
             published="2018-03-24 19:00")
    rejected("西藏各地纪念百万农奴解放56周年", "今天是西藏百万农奴解放56周年纪念日，西藏各地举办升国旗、主题座谈会、"
             "专场文艺演出等多种活动。", published="2015-03-28 19:00")
    rejected("全国图书交易博览会在贵阳闭幕", "第24届全国图书交易博览会在贵阳闭幕，其间还举办了读者大会、十大读书人物评选"
             "等170项活动。", published="2014-08-05 19:00")
    rejected("2026年首场“千校万企供需对接会”在大连举行", "2026年首场“千校万企供需对接会”今天在大连举行。",
             published="2026-04-10 19:00")
    m = _meeting("委员长会议举行", "十四届全国人大常委会第二十次委员长会议15日在北京举行。赵乐际委员长主持会议。",
                 "会议听取了关于金融工作情况的报告。委员长会议建议，常委会第十一次会议议程是：审议关于推进托育服务工作"
                 "情况的报告。", published="2024-04-16 19:00")
    assert [s.value for s in m.sectors] == ["金融"]


def test_figures_learned_at_a_meeting_a_notice_and_a_results_release_are_no_reports() -> None:
    """The fourteenth audit."""
    rejected("全国城乡低保标准同比增长9.9%和16.6%", "记者从今天召开的全国民政工作会议上了解到，截至2017年11月底，"
             "全国城乡低保保障5346.2万人，城乡低保标准同比分别增长9.9%和16.6%。", published="2018-01-02 19:00")
    rejected("江泽民同志治丧委员会公告（第2号）", "江泽民同志追悼大会定于2022年12月6日上午10时在北京人民大会堂举行。",
             published="2022-12-01 19:00")
    rejected("我国空间科学先导专项成果发布", "我国空间科学先导专项成果发布会今天在北京举行，发布了一批科学成果。",
             published="2025-11-24 19:00")
    m = _meeting("加大运力供给 全力满足春运出行需求", "今天（1月19日），记者从国家发展改革委等部门联合召开的2024年全国春运"
                 "电视电话会上了解到，有关部门将加大今年春运运力供给，客座能力较2019年春运增长10%以上。",
                 published="2024-01-19 19:00")
    assert m.name == "2024年全国春运电视电话会"  # what the meeting deployed, not past figures


def test_a_meeting_at_the_end_of_a_tour_takes_its_day_and_sectors_from_its_own_part() -> None:
    m = _meeting("习近平在东北三省考察并主持召开深入推进东北振兴座谈会时强调 解放思想锐意进取",
                 "习近平近日在东北三省考察并主持召开深入推进东北振兴座谈会。",
                 "26日上午，习近平在齐齐哈尔考察，齐齐哈尔拥有较完备的装备制造产业体系。",
                 "26日下午，习近平乘火车抵达松原市，并转乘汽车前往查干湖。",
                 "28日下午，习近平在沈阳主持召开深入推进东北振兴座谈会。习近平强调，要发展冰雪经济。",
                 published="2018-09-28 19:00")
    assert str(m.date) == "2018-09-28"
    assert [s.value for s in m.sectors] == ["冰雪经济"]


def test_words_at_the_closing_sitting_are_the_congresss_own() -> None:
    m = _meeting("中国农工民主党第十五次全国代表大会在京闭幕", "中国农工民主党第十五次全国代表大会10日在京闭幕。",
                 "陈竺在闭幕会上指出，全体农工党党员要把学习贯彻中共十八大精神与增进共识相结合。",
                 "农工党十五大主席团主席桑国卫致闭幕词，主席团常务副主席陈宗兴主持闭幕会。", published="2012-12-10 19:00")
    assert m.people(SPEAKER) == ["陈竺"] and m.people("official") == ["桑国卫"] and m.people("chair") == ["陈宗兴"]
    m = _meeting("刘云山主持召开领导小组会议", "刘云山30日主持召开中央党的群众路线教育实践活动领导小组会议。",
                 "刘云山在讲话中说，习近平总书记全程参加河北省委常委班子专题民主生活会并发表重要讲话。",
                 published="2013-10-01 19:00")
    assert "全程" not in m.people(SPEAKER)


def test_a_sector_inside_an_administrations_name_is_none() -> None:
    m = _meeting("座谈会在京举行", "国家新闻出版广电总局3日在京召开实体书店发展座谈会，推动出版业发展。",
                 "会议听取了金融监管总局副局长受国务院委托作的报告。", published="2016-06-03 19:00")
    assert [s.value for s in m.sectors] == ["出版业"]


def test_a_list_of_names_goes_on_past_a_rare_surname() -> None:
    m = _meeting("中共中央召开党外人士座谈会", "中共中央9月20日在中南海召开党外人士座谈会，习近平主持座谈会并发表重要讲话。",
                 "出席座谈会的党外人士还有郑建邦、辜胜阻、刘新成、何维、邵鸿和蒋作君等。", published="2022-10-13 19:00")
    assert m.people("official") == ["郑建邦", "辜胜阻", "刘新成", "何维", "邵鸿", "蒋作君"]


def test_a_press_office_holding_a_briefing_is_a_press_conference() -> None:
    """The fifteenth audit."""
    rejected("央企一季度经济运行开局良好", "今天上午，国新办召开2018年一季度中央企业经济运行情况通报会。数据显示，"
             "一季度央企经济运行开局良好。", published="2018-04-16 19:00")
    m = _meeting("凝聚各方智慧 共建“一带一路”", "由国务院新闻办公室主办的“一带一路”国际研讨会今天在西安举行。",
                 "研讨会上，来自35个国家的三百多名嘉宾围绕共建“一带一路”深入交流。", published="2016-09-26 19:00")
    assert m.name == "“一带一路”国际研讨会"


def test_cited_names_keep_their_inner_and_and_de_and_a_book_title() -> None:
    m = _meeting("某党组召开会议", "某委员会党组7月10日召开会议，学习贯彻在中央和国家机关党的建设工作会议上的重要讲话。",
                 "会议要求，对照全国国有企业党的建设工作会议要求抓落实；作为《某某公约》第十五次缔约方大会主席国，履行职责。",
                 published="2019-07-11 19:00")
    assert [c.name for c in m.cited] == ["中央和国家机关党的建设工作会议", "全国国有企业党的建设工作会议",
                                         "《某某公约》第十五次缔约方大会"]


def test_the_tail_of_a_study_meetings_name_is_not_cited() -> None:
    m = _meeting("某书记出席常委会第一次会议和某机关传达学习党的二十大精神会议",
                 "某书记26日出席某委常委会第一次会议和某机关传达学习党的二十大精神会议并讲话。", published="2022-10-27 19:00")
    assert "党的二十大精神会议" not in [c.name for c in m.cited]


def test_what_members_speeches_focused_on_is_no_measure() -> None:
    m = _meeting("某局召开民主生活会", "某局领导班子12月26日召开民主生活会。",
                 "班子成员的发言，聚焦5个重点。一是政治站位更加坚定；二是为民情怀更加坚定；三是落实部署更加坚定。",
                 published="2024-12-28 19:00")
    assert m.measures == []
