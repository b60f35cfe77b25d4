"""Patterns of earlier held-out MIIT pages read again as development pages (converter mirrors with bare
pinyin, Hong Kong datelines, corner quotes, untitled chairs, forums a ministry hosts); sentences written for
the tests, reproducing what the pages show."""

from __future__ import annotations

import dataclasses
import datetime as dt

from kg.extract import extract
from kg.extract.dates import reference_date
from kg.model import CHAIR, OFFICIAL, PROVINCE_PRESENT, PROVINCE_SPOKE, SPEAKER
from kg.plainline import norm_line, unruby
from tests.docs import make_doc, meeting_of, rejected


def test_toneless_pinyin_a_converter_mirror_adds_is_dropped_a_lone_abbreviation_is_not() -> None:
    assert unruby("12月20日,全國工(gong)(gong)業和信息化工(gong)作(zuo)會議在北京(jing)召開。") == \
        "12月20日,全國工業和信息化工作會議在北京召開。"
    assert unruby("苹果(app)和手机应用(pdf)") == "苹果(app)和手机应用(pdf)"
    m = meeting_of("", "12月20日,全國工(gong)(gong)業和信息化工(gong)作(zuo)會議在北京(jing)以(yi)視(shi)頻形式召(zhao)開(kai)。",
                   published="2021-12-21 10:00")
    assert m.name == "全国工业和信息化工作会议" and m.format == "video" and str(m.date) == "2021-12-20"


def test_typographic_spaces_in_dates_and_around_corner_quotes_go_names_lists_keep_theirs() -> None:
    assert norm_line("9 月 6 日,部长主持召开 「十五五」 规划座谈会") == "9月6日,部长主持召开「十五五」规划座谈会"
    assert norm_line("出席：张三 李四") == "出席：张三 李四"
    m = meeting_of("", "9 月 6 日,工业和信息化部党组书记、部长李乐成在辽宁省沈阳市主持召开 「十五五」 规划部分省区市座谈会,"
                   "听取意见建议。", published="2025-09-07 10:00")
    assert m.name == "“十五五”规划部分省区市座谈会" and str(m.date) == "2025-09-06"
    assert m.people(CHAIR) == ["李乐成"]


def test_a_party_groups_democratic_life_meeting_is_a_meeting() -> None:
    m = meeting_of("", "10月23日，工业和信息化部党组召开党的群众路线教育实践活动专题民主生活会。部党组书记、部长苗圩主持会议。",
                   published="2013-10-24 10:00")
    assert m.name == "党的群众路线教育实践活动专题民主生活会" and m.people(CHAIR) == ["苗圩"]
    rejected("中央办公室印发《关于某县委专题民主生活会情况的通报》",
             "近日，中央办公室印发通报，要求各地认真学习某县委专题民主生活会的做法。", published="2014-05-16 19:00")


def test_hong_kong_yesterday_with_the_day_in_brackets_and_a_chair_who_chairs_again() -> None:
    m = meeting_of("", "综合港媒报导，中国工信部部长李乐成昨（13）日主持召开制造业企业座谈会。", published="2026-01-14 08:00")
    assert str(m.date) == "2026-01-13" and m.people(CHAIR) == ["李乐成"]
    m = meeting_of("", "《经济通通讯社29日专讯》工信部部长金壮龙昨日再主持召开制造业企业座谈会，了解行业发展情况。",
                   published="2023-08-29 12:00")
    assert str(m.date) == "2023-08-28" and m.people(CHAIR) == ["金壮龙"]


def test_an_untitled_chair_given_by_the_meeting() -> None:
    m = meeting_of("", "2009年3月5日，工信部在北京召开钢铁产业调整振兴规划论证会。论证会由殷瑞钰主持，"
                   "工信部原材料司的相关负责人参加了会议。", published="2009-03-06 10:00")
    assert m.people(CHAIR) == ["殷瑞钰"]


def test_speeches_given_as_a_long_titled_report_a_proposal_or_points_made() -> None:
    m = meeting_of("", "6月1日，全国信息化和软件服务业工作座谈会在成都召开。",
                   "软件产业处副处长张毅夫作题为《以“软件定义、数据驱动”为引领，精心谋划，真抓实干，促进新时代软件产业和"
                   "大数据产业高质量发展》的专题报告。", published="2018-06-02 10:00")
    assert m.people(SPEAKER) == ["张毅夫"]
    m = meeting_of("", "1月30日，全省工业和信息化工作会议在长春召开。", "会上，常明厅长讲了三个方面问题。",
                   published="2015-02-02 10:00")
    assert m.people(SPEAKER) == ["常明"]


def test_a_ministers_directive_at_the_meeting_is_not_an_instruction_from_afar() -> None:
    m = meeting_of("", "2016年2月1日，“工业互联网产业联盟”成立大会在北京举行，工业和信息化部部长苗圩出席大会并作重要讲话。",
                   "苗圩还对联盟使命和任务要求做出指示，要求联盟发挥好牵引带动作用。", published="2016-02-02 10:00")
    assert m.people(SPEAKER) == ["苗圩"]


def test_a_forum_a_ministry_hosts_closes_and_a_vice_mayor_speaks_for_his_city_province() -> None:
    m = meeting_of("", "新华社宁波5月16日电 由工业和信息化部主办的信息化与城市发展论坛16日在宁波闭幕。",
                   "上海市常务副市长杨雄在论坛总结大会上表示，本次论坛充分探讨了信息技术。", published="2010-05-16 20:00")
    assert m.people(SPEAKER) == ["杨雄"] and m.provinces(PROVINCE_SPOKE) == ["shanghai"]
    assert "shanghai" not in m.provinces(PROVINCE_PRESENT)


def test_a_wholly_quoted_name_may_hold_commas() -> None:
    m = meeting_of("", "2008年4月28日至29日在北京举办主题为“构建和谐网络环境，助力绿色科技奥运”的"
                   "“迎奥运、促和谐，2008年阳光绿色网络研讨会”。会议由工业和信息化部、北京奥组委主办。",
                   published="2008-04-28 10:00")
    assert m.name == "迎奥运、促和谐，2008年阳光绿色网络研讨会" and str(m.date) == "2008-04-28"


def test_a_vague_headline_dated_by_the_clause_that_holds_the_meeting_further_down() -> None:
    m = meeting_of("", "贵州省通信管理局召开2024年行业防范治理电信网络诈骗工作推进部署会",
                   "2024年全民反诈在行动！", "近年来，我省反诈工作取得长足进步。", "法治频道推出系列报道。",
                   "2023年，贵州通信业劝阻挽损金额2.7亿元。", "这是记者日前从部署会上了解到的。",
                   "为贯彻落实重要指示精神，4月1日，贵州省通信管理局在贵阳召开2024年贵州省信息通信业防范治理电信网络诈骗"
                   "工作推进部署会。", published="2024-04-19 10:00")
    assert str(m.date) == "2024-04-01"
    assert m.people(OFFICIAL) == []


def test_a_meeting_held_after_an_item_first_tells_why_it_is_held() -> None:
    m = meeting_of("", "中国工业报记者从国防科技工业局获悉，国防科技工业发展战略委员会日前正式成立。",
                   "委员会将着眼国家安全和长远发展，加强战略性问题研究。", "委员会主任由局长担任，委员来自有关部门。",
                   "委员会组成人员中有来自军队和地方的10位院士。", "委员会将为改革发展提供政策建议。",
                   "委员会还将开展咨询研讨。", "6月3日，委员会召开第一次全体会议，许达哲主持会议并作报告。",
                   published="2020-06-19 23:00")
    assert str(m.date) == "2020-06-03" and m.people(CHAIR) == ["许达哲"]
    rejected("习近平关于《中共中央关于制定国民经济和社会发展第十五个五年规划的建议》的说明",
             "受中央政治局委托，我就建议稿起草情况向全会作说明。", "一、关于建议稿起草过程。", "党中央决定成立文件起草组。",
             "文件起草组由我担任组长。", "起草组广泛征求意见。", "起草组开展专题论证。",
             "2月11日，文件起草组召开第一次全体会议，建议稿起草工作正式启动。", published="2025-10-28 19:00")


def test_a_study_session_a_party_groups_centre_organises_and_a_point_made_at_a_symposium() -> None:
    m = meeting_of("", "12月20日至22日，国家烟草专卖局党组理论学习中心组在北京组织2010年第四季度集中学习。"
                   "局长姜成康主持集中学习并讲话。", published="2010-12-23 10:00")
    assert m.name == "国家烟草专卖局党组理论学习中心组集中学习" and str(m.end_date) == "2010-12-22"
    m = meeting_of("", "7月3日，工业和信息化部党组书记、部长李乐成在第十五次制造业企业座谈会上提到，要综合治理低价无序竞争。",
                   published="2025-07-04 10:00")
    assert m.name == "第十五次制造业企业座谈会" and m.people(SPEAKER) == ["李乐成"]


def test_an_english_date_in_a_foreign_portals_chrome_dates_a_page_saved_without_one() -> None:
    doc = dataclasses.replace(make_doc("", "巴西中文报 | 联系我们", "Jul 4, 2025 | IDOPRESS",
                                       "7月3日，工业和信息化部部长李乐成在第十五次制造业企业座谈会上提到，要综合治理低价无序竞争。"),
                              published=None)
    assert reference_date(doc) == (dt.date(2025, 7, 4), "day")
    assert str(extract(doc).date) == "2025-07-03"


def test_a_tibetan_name_the_tagger_does_not_know() -> None:
    m = meeting_of("", "6月19日，西藏自治区通信管理局组织召开西藏信息通信业规划编制启动会。",
                   "局党组成员、副局长贡布多吉出席会议并讲话。", published="2025-06-20 10:00")
    assert m.people(SPEAKER) == ["贡布多吉"] and m.provinces(PROVINCE_SPOKE) == ["xizang"]


def test_an_untitled_pages_headline_that_studies_a_meeting_is_about_the_study() -> None:
    rejected("", "全国工信系统掀起学习贯彻全国新型工业化推进大会精神热潮\n发挥基础创新策源地作用\n本报记者 吴丽琳",
             "2023年9月22日至23日，全国新型工业化推进大会召开，习近平总书记作出重要指示。",
             "当前，全国工信系统掀起学习贯彻大会精神热潮。", published="2023-10-10 10:00")


def test_a_convener_named_symposium_gives_way_to_its_full_name_told_next() -> None:
    m = meeting_of("", "中国电子信息产业发展研究院在广东省召开座谈会，探讨稳出口措施。",
                   "中国电子信息产业发展研究院5月23日在广东省组织召开2025年二季度电子信息制造业发展形势与稳出口情况分析座谈会。",
                   published="2025-05-26 10:00")
    assert m.name == "2025年二季度电子信息制造业发展形势与稳出口情况分析座谈会" and str(m.date) == "2025-05-23"


def test_a_province_whose_leader_only_greets_is_present_while_a_city_reports() -> None:
    m = meeting_of("", "5月26日，兰州国家级两化融合试验区启动仪式暨两化融合高峰论坛在兰州举行。",
                   "工业和信息化部副部长杨学山向兰州市政府授牌并做重要讲话，甘肃省委常委、宣传部部长励小捷在会上致辞，"
                   "兰州市政府副市长牛向东汇报了兰州市两化融合工作的总体情况。", published="2011-05-27 10:00")
    assert m.provinces(PROVINCE_PRESENT) == ["gansu"] and m.provinces(PROVINCE_SPOKE) == []


def test_an_exchange_meetings_own_name_is_no_speech_and_local_delegates_who_spoke() -> None:
    m = meeting_of("", "2018年11月22日，工业和信息化部电子信息司会同浙江省经济和信息化厅在浙江杭州召开2018年电子信息行业"
                   "智能制造现场经验交流会。", published="2018-11-23 10:00")
    assert m.provinces(PROVINCE_SPOKE) == []
    m = meeting_of("", "9月15日，工业和信息化部在京召开推动工业互联网创新发展座谈会。",
                   "江苏省工业和信息化厅厅长谢志成，重庆市经济和信息化委员会主任陈金山等参加座谈。",
                   "与会地方和企业代表结合自身工作实际，介绍了工业互联网发展实践。", published="2020-09-16 10:00")
    assert m.provinces(PROVINCE_SPOKE) == ["jiangsu", "chongqing"]


def test_a_visit_whose_next_clause_holds_the_visitors_symposium() -> None:
    m = meeting_of("", "工业和信息化部部长苗圩5月21至23日赴浙江省进行信息消费专题调研。",
                   "他实地考察了浙江电信等6家企业；召开了华东四省市信息消费专题座谈会，听取了浙江省经信委相关情况介绍。",
                   published="2013-05-24 10:00")
    assert m.name == "华东四省市信息消费专题座谈会"


def test_a_name_that_runs_into_an_exhibition_association_is_no_meeting() -> None:
    rejected("", "10月31日至11月1日，苏波赴澳门出席了由澳门会议展览业协会、南光（集团）有限公司共同举办的"
             "第三届中国（澳门）汽车博览会以及有关活动。", published="2013-11-04 10:00")


def test_a_news_source_telling_what_a_work_conference_said() -> None:
    m = meeting_of("", "智通财经APP获悉，全国工业和信息化工作会议指出，明年将出台鼓励新型电信业务发展的指导意见。",
                   published="2018-12-27 10:00")
    assert m.name == "全国工业和信息化工作会议"


def test_a_joint_conference_called_so_below_an_exchange_event_and_an_office_meeting() -> None:
    m = meeting_of("", "4月18日，国务院减轻企业负担部际联席会议（下称“联席会议”）在京召开。联席会议召集人、工业和信息化部部长"
                   "苗圩主持会议并讲话。", published="2019-04-19 10:00")
    assert m.name == "国务院减轻企业负担部际联席会议" and m.people(CHAIR) == ["苗圩"]
    m = meeting_of("", "5月25日，由工业和信息化部科技司主办的2017年第一期质量标杆经验学习交流活动在杭州市举行。",
                   published="2017-05-26 10:00")
    assert m.name == "2017年第一期质量标杆经验学习交流活动"
    m = meeting_of("", "2021年8月20日，工业和信息化部副部长徐晓兰主持召开领导小组办公室会，研究审议行动计划。",
                   published="2021-08-21 10:00")
    assert m.name == "领导小组办公室会" and m.people(CHAIR) == ["徐晓兰"]


def test_a_conference_being_held_today_past_the_first_sentences() -> None:
    m = meeting_of("", "据中国之声报道，截至10月底，全国已销售家电下乡产品2780多万台。", "明年，家电下乡将优化产品质量。",
                   "正在武汉召开的全国工业和信息化领域家电下乡工作经验交流会上，工信部副部长娄勤俭表示，家电下乡效果显著。",
                   published="2009-11-20 10:00")
    assert m.name == "全国工业和信息化领域家电下乡工作经验交流会" and str(m.date) == "2009-11-20"


def test_an_associations_meeting_a_ministry_leader_addressed() -> None:
    m = meeting_of("", "2011年10月11日，由中国钢铁工业协会主办的钢铁行业重大冶金装备自主创新成果交流大会在北京召开。",
                   "会上展示了近年来我国钢铁工业装备自主创新成果。", "工业和信息化部原材料司有关领导到会讲话。",
                   published="2011-10-12 10:00")
    assert m.name == "钢铁行业重大冶金装备自主创新成果交流大会"


def test_a_summit_in_china_where_a_vice_minister_spoke() -> None:
    m = meeting_of("", "4月22日，在首届数字中国建设峰会上，工信部副部长陈肇雄表示，数字中国建设取得历史性成就。",
                   published="2018-04-23 10:00")
    assert m.name == "首届数字中国建设峰会" and m.people(SPEAKER) == ["陈肇雄"]


def test_a_province_that_demonstrates_its_platform_spoke() -> None:
    m = meeting_of("", "3月5日，自治区公安厅召开防范治理电信网络诈骗工作交流会。宁夏回族自治区通信管理局有关负责人参会。",
                   "宁夏回族自治区通信管理局演示了电信网络诈骗技术防范平台建设运行情况。", published="2021-03-06 10:00")
    assert m.provinces(PROVINCE_SPOKE) == ["ningxia"]


def test_a_sentence_opening_with_a_cadre_meeting_where_a_decision_was_announced() -> None:
    m = meeting_of("", "2025年2月28日下午，工业和信息化部领导干部会议上，中央组织部有关负责同志宣布中央决定。",
                   published="2025-03-01 10:00")
    assert m.name == "工业和信息化部领导干部会议" and str(m.date) == "2025-02-28"


def test_who_gathers_firms_to_a_symposium_chairs_it_and_a_speech_on_a_visit_is_not_at_it() -> None:
    m = meeting_of("", "1月23日上午，工信部副部长王江平召集京东、阿里等电子商务平台，就疫情防控物资供需方面召开座谈会。",
                   "今日下午，工信部部长苗圩一行赴天津某公司调研，了解口罩生产原料保障情况，并表示，要主动服务。",
                   published="2020-01-23 20:00")
    assert m.people(CHAIR) == ["王江平"] and "苗圩" not in m.people(SPEAKER)
    m = meeting_of("", "12月9日，中共中央政治局常委刘云山在北京主持召开座谈会。",
                   "中共中央政治局委员、北京市委书记郭金龙参加调研座谈并讲话。", published="2012-12-10 19:00")
    assert "郭金龙" in m.people(SPEAKER)


def test_a_transcripts_speaker_a_deployment_a_detectives_title_and_a_verb_that_is_no_name() -> None:
    m = meeting_of("", "2016年2月1日，工业互联网产业联盟成立大会在北京举行。", "下面是工业和信息化部部长苗圩的讲话：",
                   "苗圩：尊敬的各位来宾，女士们、先生们，大家下午好。", published="2016-02-01 18:00")
    assert m.people(SPEAKER) == ["苗圩"]
    m = meeting_of("", "6月13日，全国食品工业工作会议在京召开。", "工信部部长苗圩、总工程师朱宏任等就食品工业监管问题做进一步工作部署。",
                   published="2012-06-14 10:00")
    assert m.people(SPEAKER) == ["苗圩", "朱宏任"]
    m = meeting_of("", "3月1日，陕西省打击治理电信网络新型违法犯罪联席会议召开。",
                   "省联席办主任、厅党委委员、正厅级侦察员张安新出席会议并讲话。", published="2021-03-02 10:00")
    assert m.people(SPEAKER) == ["张安新"]
    m = meeting_of("", "8月5日，工业和信息化部网络安全管理局召开重点互联网企业数据安全座谈会。",
                   "网络安全管理局传达了重要指示精神，强调了做好重点互联网企业数据安全工作的重要性。", published="2021-08-06 10:00")
    assert m.people(SPEAKER) == []


def test_guests_listed_before_they_attend_and_mobile_generations_and_foundry_are_sectors() -> None:
    m = meeting_of("", "11月7日，第五届中国产业转移系列对接活动开幕式在郑州举行，河南省委常委、常务副省长黄强主持开幕式，"
                   "中国工程院主席团名誉主席周济，中国工程院副院长何华武，副省长刘伟、霍金花等领导和嘉宾出席开幕式。",
                   published="2019-11-08 10:00")
    assert m.people(CHAIR) == ["黄强"] and m.people(OFFICIAL) == ["周济", "何华武", "刘伟", "霍金花"]
    m = meeting_of("", "1月5日，西藏通信管理局召开全区通信行业工作会议。", "会议要求，重点抓好4G业务早日开放、提速降费。",
                   "机床、模具、铸造等行业协会有关负责同志参加会议并作交流发言。", published="2016-01-06 10:00")
    assert {"4G", "铸造"} <= {s.value for s in m.sectors}


def test_work_and_coordination_talks_between_chinese_bodies_are_meetings() -> None:
    m = meeting_of("内地与澳门无线电业务频率协调会谈在珠海举行",
                   "日前，“2017年内地与澳门无线电业务频率协调会谈”在广东省珠海市举行。", published="2017-07-13 09:00")
    assert m.name == "2017年内地与澳门无线电业务频率协调会谈"
    m = meeting_of("", "12月1日至2日，省委副书记、代省长韩俊率队分别与国家相关部委和企业在北京举行工作会谈。",
                   published="2020-12-03 10:00")
    assert m.name == "工作会谈"
    rejected("习近平同俄罗斯总统普京举行会谈", "国家主席习近平在人民大会堂同俄罗斯总统普京举行会谈。",
             published="2024-05-16 19:00")


def test_background_to_a_document_is_no_meeting_report_a_meeting_held_today_is() -> None:
    rejected("", "近日，工业和信息化部网络安全管理局发布《关于进一步做好防范打击通讯信息诈骗相关工作的通知》，提出了22项任务。",
             "日前，网络安全管理局相关负责人对通知进行了说明。", "党中央、国务院高度重视防范打击通讯信息诈骗工作。",
             "2015年6月，国务院建立了部际联席会议制度。",
             "2015年10月9日，国务委员郭声琨主持召开部际联席会议第一次会议，决定开展专项行动。", published="2015-11-01 10:00")
    m = meeting_of("", "十八大以来，中办印发了《关于培育和践行社会主义核心价值观的意见》，各地迅速形成宣传热潮。",
                   "中央主要媒体都重点刊载社会主义核心价值观内容。",
                   "中宣部今天召开2014年组织推动培育和践行社会主义核心价值观电视电话会议，会议要求各地认真制定方案。",
                   published="2014-03-27 19:00")
    assert m.name == "2014年组织推动培育和践行社会主义核心价值观电视电话会议"


def test_an_abstract_noun_after_a_label_is_no_sector_a_run_of_goods_is() -> None:
    m = meeting_of("", "12月20日，中央农村工作会议在京召开。", "会议要求，完善联农带农机制，加强粮油菜肉蛋奶等生产供应。",
                   published="2023-12-20 19:00")
    labels = {s.value for s in m.sectors}
    assert "农机" not in labels and "粮油" in labels


def test_a_chairpersons_meeting_that_proposes_the_next_session_is_the_meeting_reported() -> None:
    m = meeting_of("全国政协主席会议建议明年3月4日召开全国政协十四届三次会议",
                   "央视网消息（新闻联播）：日前召开的政协第十四届全国委员会第二十九次主席会议，审议通过了关于召开政协第十四届"
                   "全国委员会第三次会议的决定（草案），建议全国政协十四届三次会议于2025年3月4日在北京召开。",
                   "会议还决定，2025年3月1日至2日召开全国政协十四届常委会第十次会议。", published="2024-12-25 19:00")
    assert m.name == "政协第十四届全国委员会第二十九次主席会议"
    rejected("十二届全国人大三次会议代表建议统一交办",
             "央视网消息（新闻联播）：在今年的十二届全国人大三次会议上，全国人大代表共提出了8239件建议、批评和意见。",
             "这些建议8日下午由全国人大常委会办公厅统一向有关单位交办。", published="2015-04-08 19:00")


def test_a_clause_that_opens_with_the_day_a_forum_was_held_and_what_was_said_there() -> None:
    m = meeting_of("", "在此背景下，6月6日举行的2025中国汽车重庆论坛上，工业和信息化部副部长辛国斌提到，要综合整治内卷式竞争。",
                   published="2025-06-07 10:00")
    assert m.name == "2025中国汽车重庆论坛" and str(m.date) == "2025-06-06"


def test_a_vague_word_of_another_clause_leaves_the_meetings_day_and_scrapers_marks_go() -> None:
    m = meeting_of("", "大陆官方近来积极介入多项产业的内卷式竞争，大陆工信部等6部门19日联合召开光伏产业座谈会。",
                   published="2025-08-21 10:00")
    assert str(m.date) == "2025-08-19"
    m = meeting_of("", "2008年@@7月@@24日@@，工业和信息化部部长李毅中在北京奥运会通信保障与服务誓师大会上指出，要动员全行业。",
                   published="2008-07-25 10:00")
    assert str(m.date) == "2008-07-24"


def test_a_congress_held_by_a_public_body_is_a_meeting_a_festival_is_not() -> None:
    m = meeting_of("", "证券时报网讯，7月14日，船舶与海洋工程装备产业链融合发展大会在江苏省镇江市举办。",
                   "工业和信息化部党组成员、副部长辛国斌出席大会并致辞。", published="2023-07-15 10:00")
    assert m.name == "船舶与海洋工程装备产业链融合发展大会"
    rejected("", "7月14日，第五届某某美食文化大会在镇江市举办。", "数十家餐饮企业参展，吸引市民品尝。",
             published="2023-07-15 10:00")


def test_a_summons_of_listed_operators_and_representatives_who_discuss_a_topic() -> None:
    m = meeting_of("", "针对骚扰电话等问题，工信部16日表示，已约谈中国移动、中国联通、中国电信有关负责人。",
                   published="2015-03-17 14:16")
    assert m.name == "约谈"
    m = meeting_of("", "11月25日，工业和信息化部无线电管理“十二五”规划编制工作正式启动，全国31个省区市的无线电管理代表就"
                   "规划框架进行座谈。", published="2009-11-30 10:00")
    assert str(m.date) == "2009-11-25"
    rejected("", "春节来临之际，习近平来到河北省张北县德胜村看望困难群众。在村民家中，总书记同村里的乡亲们进行了座谈。",
             published="2017-01-25 19:00")


def test_a_keynote_report_is_a_speech_beside_another_officials() -> None:
    m = meeting_of("", "4月8日，2020中国纺织服装行业发展大会在京召开。",
                   "中国纺织工业联合会党委书记高勇主持会议，会长孙瑞哲做主旨报告，工业和信息化部消费品工业司司长高延敏参加会议并讲话。",
                   published="2020-04-09 10:00")
    assert m.people(CHAIR) == ["高勇"] and m.people(SPEAKER) == ["孙瑞哲", "高延敏"]
    m = meeting_of("", "4月3日，全省工业和信息化工作会议在广州召开。", "广东省工业和信息化厅厅长涂高坤作主报告。",
                   published="2020-04-07 10:00")
    assert m.people(SPEAKER) == ["涂高坤"]


def test_guests_named_before_their_titles_in_a_list_and_a_provinces_talk_with_a_visiting_minister() -> None:
    m = meeting_of("", "10月30日，粤东片区无线电管理工作座谈会在梅州召开。",
                   "省信息产业厅陆建生助理巡视员、梅州市人民政府陈锐锋副秘书长、省无线电管理办公室陈崇谦副处长、省无线电监测站"
                   "许志光副站长、粤东五市无线电管理部门的主管领导及业务人员共30多人参加了会议。", published="2008-11-03 10:00")
    assert m.people(OFFICIAL) == ["陆建生", "陈锐锋", "陈崇谦", "许志光"]
    rejected("于伟国唐登杰与工业和信息化部部长苗圩一行座谈",
             "10日，省委书记于伟国、省长唐登杰在福州与来闽调研的工业和信息化部部长苗圩一行，就深入推进部省合作进行座谈。",
             published="2018-12-11 08:52")


def test_a_provinces_own_bureau_that_briefs_and_deploys_at_its_meeting_spoke() -> None:
    m = meeting_of("", "日前，海南省通信管理局会同省财政厅等单位召开了电信普遍服务试点工作会议。",
                   "会上，海南管局传达了有关文件和精神，全面安排，做了周密部署。", published="2019-06-05 10:00")
    assert m.provinces(PROVINCE_SPOKE) == ["hainan"]
    m = meeting_of("丁薛祥出席2026中关村论坛年会开幕式并致辞", "3月25日，2026中关村论坛年会在北京开幕。", "丁薛祥出席开幕式并致辞。",
                   "丁薛祥表示，要将北京国际科技创新中心扩围至京津冀，并对三大国际科技创新中心建设作出重大部署。",
                   published="2026-03-25 19:00")
    assert m.provinces(PROVINCE_SPOKE) == []


def test_international_events_in_china_a_ministry_hosts_or_organises() -> None:
    m = meeting_of("", "由北京市人民政府、工业和信息化部、中国科协共同主办的2017世界机器人大会开幕式8月23日在北京举行。",
                   published="2017-08-24 10:00")
    assert m.name == "2017世界机器人大会" and str(m.date) == "2017-08-23"
    m = meeting_of("共建5G新生态，创新驱动新未来 ——第六届中国信息通信大会在沪举行",
                   "11月30日上午，第六届中国信息通信大会开幕式在上海召开。", "工业和信息化部副部长张云明出席开幕式并致辞。",
                   published="2023-12-01 19:10")
    assert m.name == "第六届中国信息通信大会"
    m = meeting_of("", "5月25日上午，第二十届中国国际工业博览会组委会第一次秘书长工作会议在沪召开。",
                   "上海市政府副秘书长马春雷主持会议并讲话。", "市经济信息化委副主任戎之勤出席会议。",
                   "工业和信息化部、国家发展改革委等代表出席会议。", published="2018-05-26 10:00")
    assert m.name == "第二十届中国国际工业博览会组委会第一次秘书长工作会议"
    rejected("人民日报社论：奋进伟大征程——热烈祝贺十三届全国人大四次会议开幕",
             "十三届全国人大四次会议今天在北京开幕。", published="2021-03-05 06:00")


def test_a_summons_of_firms_named_before_the_verb_and_a_meeting_held_in_a_street() -> None:
    m = meeting_of("", "近日，工业和信息化部装备工业司针对核查发现问题的山东凯马汽车制造有限公司、山东唐骏欧玲汽车制造有限公司进行约谈。",
                   published="2018-01-26 10:00")
    assert m.name == "约谈" and m.organizer.startswith("工业和信息化部")
    m = meeting_of("", "8月18日上午，全省“信息化扶贫示范镇”现场会议在济南市南部山区西营街道召开。", published="2020-09-18 15:02")
    assert m.name == "全省“信息化扶贫示范镇”现场会议"


def test_chairs_of_study_sessions_and_a_leaders_study_session_cited_in_one() -> None:
    m = meeting_of("", "8月9日，市工信局召开党委理论学习中心组专题学习会。", "局（委）党委书记、局长（主任）许启政主持会议并讲话。",
                   published="2021-08-10 10:00")
    assert m.people(CHAIR) == ["许启政"]
    m = meeting_of("", "8月9日，市工信局召开党委理论学习中心组专题学习会。",
                   "会议组织学习了习近平主持十九届中央政治局第三十二次集体学习。", published="2021-08-10 10:00")
    assert m.people(CHAIR) == []
    m = meeting_of("", "3月5日，市工信局党总支理论学习中心组开展集体学习。", "学习由党总支副书记胡慧主持，中心组全体成员参加了学习。",
                   published="2024-03-06 10:00")
    assert m.people(CHAIR) == ["胡慧"]
    m = meeting_of("", "2月13日下午，全市工业互联网创新发展领导小组办公室2023年第一次工作会议在局五楼会议室召开，"
                   "会议由余新文副局长主持，王斌局长参加了本次会议。", published="2023-02-14 10:00")
    assert m.people(CHAIR) == ["余新文"] and m.people(OFFICIAL) == ["王斌"]


def test_a_guests_numbered_proposals_at_an_international_conference_are_not_its_measures() -> None:
    m = meeting_of("", "2025年世界工程组织联合会全体大会13日在上海开幕。国务院副总理丁薛祥出席开幕式并致辞。",
                   "丁薛祥强调，我们要携手推动工程科技进步和创新。他提出4点建议：一是加强开放合作，共建全球伙伴关系。"
                   "二是加强前沿攻关，共谋应对全球性挑战。", published="2025-10-13 19:00")
    assert m.measures == []


def test_a_name_before_its_title_after_the_meeting_and_an_exhortation_are_speeches() -> None:
    m = meeting_of("", "1月17日，全省民爆行业安全生产视频会议召开。", "会议上陈虎副厅长对各市民爆行业安全生产有关工作提出要求。",
                   published="2023-01-18 10:00")
    assert m.people(SPEAKER) == ["陈虎"]
    m = meeting_of("", "2月8日下午，湛江市工信局召开2023年度年终总结大会，局党组书记、局长孙正浩同志主持会议。",
                   "孙正浩同志勉励大家在新的一年里要再接再厉、真抓实干。", published="2024-02-09 10:00")
    assert m.people(CHAIR) == ["孙正浩"] and m.people(SPEAKER) == ["孙正浩"]
