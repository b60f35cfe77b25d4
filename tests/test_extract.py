"""Table-driven extractor tests on real sentence patterns of meeting reports."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import CHAIR, OFFICIAL, PROVINCE_PRESENT, PROVINCE_SPOKE, SPEAKER, Meeting, NotMeeting
from tests.docs import make_doc


def _meeting(title: str, *paras: str, published: str = "2022-05-27 19:00") -> Meeting:
    result = extract(make_doc(title, *paras, published=published))
    assert isinstance(result, Meeting), getattr(result, "reason", result)
    return result


@pytest.mark.parametrize(("lead", "published", "date"), [
    ("8月17日下午，工业和信息化部召开部分省市工业经济形势分析视频会议。", "2022-08-18 16:47", "2022-08-17"),
    ("工业和信息化部27日召开提振工业经济电视电话会议。", "2022-05-27 17:34", "2022-05-27"),
    ("上证报中国证券网讯 据工信微报11月5日消息，5日，工业和信息化部召开全国工信系统电视电话会议。",
     "2021-11-05 14:04", "2021-11-05"),
    ("国务院总理温家宝今天主持召开国务院常务会议。", "2012-07-25 19:00", "2012-07-25"),
    ("国务院总理李强12月30日主持召开国务院常务会议。", "2024-01-02 19:00", "2023-12-30"),
    ("国务院总理李强30日主持召开国务院常务会议。", "2024-01-02 19:00", "2023-12-30"),
    ("2022年3月18日，工业和信息化部党组成员、副部长辛国斌主持召开视频座谈会。", "2022-03-18 19:10", "2022-03-18"),
    ("日前，工业和信息化部召开中小企业工作座谈会。", "2022-03-18 19:10", None),
    ("近日，国务院召开全国稳住经济大盘电视电话会议。", "2022-05-26 19:10", None),
])
def test_meeting_date(lead: str, published: str, date: str | None) -> None:
    m = _meeting("会议报道", lead, published=published)
    assert (m.date.isoformat() if m.date else None) == date


@pytest.mark.parametrize(("title", "lead", "name", "organizer", "fmt"), [
    ("李克强主持召开国务院常务会议", "国务院总理李克强18日主持召开国务院常务会议。", "国务院常务会议", "国务院", "in-person"),
    ("", "7月21日，工业和信息化部组织召开视频调度会。", "视频调度会", "工业和信息化部", "video"),
    ("陆工信部再召开制造业座谈会", "大陆工信部昨日（28日）召开制造业企业座谈会。", "制造业企业座谈会", "工业和信息化部",
     "in-person"),
    ("", "近日，多家车企负责人出席了由国家发改委、工信部和商务部在北京联合组织的“反内卷”专题会议。", "“反内卷”专题会议",
     "国家发展改革委、工业和信息化部、商务部", "in-person"),
    ("", "3月5日，国务院调查组在新余召开第一次全体会议。", "国务院调查组第一次全体会议", "国务院调查组", "in-person"),
    ("全国工业和信息化工作会议在北京召开", "部党组副书记、副部长、国防科工局局长陈求发主持大会。", "全国工业和信息化工作会议",
     None, "in-person"),
    ("", "8月5日，十四届全国人大常委会第五次会议举行联组会议。", "十四届全国人大常委会第五次会议联组会议", "全国人大常委会",
     "in-person"),
    ("", "4月18日，工业和信息化部召开玉树抗震救灾指挥领导小组第五次会议。", "玉树抗震救灾指挥领导小组第五次会议",
     "工业和信息化部", "in-person"),
    ("国务院联防联控机制召开电视电话会议", "国务院联防联控机制19日召开电视电话会议。",
     "国务院联防联控机制电视电话会议", "国务院联防联控机制", "teleconference"),
    ("十四届全国人大常委会第十七次会议在京闭幕 赵乐际主持会议", "十四届全国人大常委会第十七次会议12日下午在北京人民大会堂闭幕。",
     "十四届全国人大常委会第十七次会议", "全国人大常委会", "in-person"),
    ("工信部召开提振工业经济电视电话会议", "工业和信息化部27日召开提振工业经济电视电话会议。", "提振工业经济电视电话会议",
     "工业和信息化部", "teleconference"),
    ("中共中央政治局召开会议", "中共中央政治局28日召开会议，分析研究当前经济形势。", "中共中央政治局会议", "中共中央政治局",
     "in-person"),    ("工信部向新设出入口局颁发许可", "7月10日，工业和信息化部组织召开国际通信业务出入口局工作座谈会。",
     "国际通信业务出入口局工作座谈会", "工业和信息化部", "in-person"),
    ("", "2022年6月24日，工业和信息化部在京召开《关于推动轻工业高质量发展的指导意见》（以下简称《指导意见》）解读会。",
     "《关于推动轻工业高质量发展的指导意见》解读会", "工业和信息化部", "in-person"),
    ("", "10月14日，由工信部主办的“信息通信业高质量发展专家座谈会”在北京召开。", "信息通信业高质量发展专家座谈会",
     "工业和信息化部", "in-person"),
    ("", "11月28日，工业和信息化部举行“青春担当”青年理论学习小组成果交流会。", "“青春担当”青年理论学习小组成果交流会",
     "工业和信息化部", "in-person"),
    ("", "当天，工信部也在北京召开了“从根源上防范打击通讯信息诈骗工作”专题会议。",
     "“从根源上防范打击通讯信息诈骗工作”专题会议", "工业和信息化部", "in-person"),
    ("", "3月1日，工业和信息化部无线电管理局（国家无线电办公室）组织召开了全国无线电管理工作电视电话会议。",
     "全国无线电管理工作电视电话会议", "工业和信息化部无线电管理局", "teleconference"),
    ("信息技术发展司召开平台工作推进会", "8月6日，工业和信息化部信息技术发展司组织召开平台工作推进会。", "平台工作推进会",
     "工业和信息化部信息技术发展司", "in-person"),
    ("", "7月18日，工业和信息化部召开“七下八上”全国防汛应急通信保障工作部署会议。",
     "“七下八上”全国防汛应急通信保障工作部署会议", "工业和信息化部", "in-person"),
    ("", "8月31日，由工业和信息化部、山东省人民政府共同主办的2022世界先进制造业大会在济南举行。",
     "2022世界先进制造业大会", "工业和信息化部、山东省人民政府", "in-person"),
    ("", "3月30日，工业和信息化部教育与考试中心召开2023年第三次党总支理论学习中心组（扩大）学习。",
     "2023年第三次党总支理论学习中心组（扩大）学习", "工业和信息化部教育与考试中心", "in-person"),
    ("全国集成电路行业工作会在京召开", "工信部上周末在北京主持召开了全国集成电路行业工作会议。", "全国集成电路行业工作会议",
     "工业和信息化部", "in-person"),
    ("", "3月18日，工业和信息化部在京以“线上+线下”方式召开座谈会。", "工业和信息化部座谈会", "工业和信息化部", "in-person"),
    ("", "4月27日，工业和信息化部召开安全生产委员会专题会议暨部属单位安全生产工作视频会议。",
     "安全生产委员会专题会议暨部属单位安全生产工作视频会议", "工业和信息化部", "video"),
    ("", "部际联席会议召集人、工信部部长肖亚庆1月18日主持召开部际联席会议2022年度工作会议，总结工作。",
     "部际联席会议2022年度工作会议", "工业和信息化部", "in-person"),
    ("", "编者按：12月26日至27日，全国工业和信息化工作会议（以下简称“工作会议”）在北京召开。",
     "全国工业和信息化工作会议", None, "in-person"),
    ("", "【全国船舶工业结构调整转型升级工作会议】工信部近日在浙江召开。", "全国船舶工业结构调整转型升级工作会议",
     "工业和信息化部", "in-person"),
    ("产业转移指导目录编制工作会在成都召开", "日前，工业和信息化部产业政策司在四川成都召开了产业转移指导目录编制工作座谈会。",
     "产业转移指导目录编制工作座谈会", "工业和信息化部产业政策司", "in-person"),
    ("", "11月20日，工业和信息化部与浙江省人民政府在杭州举行部省合作会商会议。", "部省合作会商会议",
     "工业和信息化部、浙江省人民政府", "in-person"),
    ("", "3月18日，全国工业和信息化系统安全生产工作会议以视频形式召开。", "全国工业和信息化系统安全生产工作会议", None, "video"),
    ("", "3月18日，工业和信息化部党组书记、部长金壮龙主持召开部党组会议。", "部党组会议", "工业和信息化部", "in-person"),
    ("", "3月18日，工业和信息化部信息通信管理局组织基础电信企业召开防范治理电信网络诈骗工作会议。",
     "防范治理电信网络诈骗工作会议", "工业和信息化部信息通信管理局", "in-person"),
    ("", "工业和信息化部于3月18日召开2024年无线电管理工作电视电话会议。", "2024年无线电管理工作电视电话会议",
     "工业和信息化部", "teleconference"),
    ("", "工业和信息化部近期召开了部分省份工业经济运行调度会。", "部分省份工业经济运行调度会", "工业和信息化部", "in-person"),
    ("", "为做好工作，工业和信息化部日前召集部分企业召开座谈会。", "工业和信息化部座谈会", "工业和信息化部", "in-person"),
    ("", "3月18日，工信部和湖南省政府在长沙召开部省合作工作会议。", "部省合作工作会议", "工业和信息化部、湖南省政府",
     "in-person"),
    ("纪念大会在北京隆重举行", "6日上午，中共中央、全国人大常委会、国务院、全国政协、中央军委在人民大会堂隆重举行纪念大会。",
     "纪念大会", "中共中央、全国人大常委会、国务院、全国政协、中央军委", "in-person"),
])
def test_name_organizer_format(title: str, lead: str, name: str, organizer: str, fmt: str) -> None:
    m = _meeting(title, lead)
    assert (m.name, m.organizer, m.format) == (name, organizer, fmt)


def _roles(m: Meeting) -> dict[str, list[str]]:
    return {role: m.people(role) for role in (CHAIR, SPEAKER, OFFICIAL)}


@pytest.mark.parametrize(("title", "paras", "chairs", "speakers", "officials"), [
    ("李强在国务院推动大规模设备更新和消费品以旧换新工作视频会议上强调 扎实推动 丁薛祥主持会议",
     ["国务院28日召开推动大规模设备更新和消费品以旧换新工作视频会议。中共中央政治局常委、国务院总理李强出席会议并讲话。",
      "中共中央政治局常委、国务院副总理丁薛祥主持会议。中共中央政治局委员、国务院副总理何立峰，国务委员张国清、吴政隆出席会议。"],
     ["丁薛祥"], ["李强"], ["何立峰", "张国清", "吴政隆"]),
    ("工信部：全力稳定提振工业经济",
     ["5日，工业和信息化部召开全国工信系统电视电话会议。工业和信息化部党组书记、部长肖亚庆出席会议并讲话。部党组成员、副部长辛国斌主持会议。"],
     ["辛国斌"], ["肖亚庆"], []),
    ("李克强考察农业农村部并主持召开座谈会",
     ["23日，中共中央政治局常委、国务院总理李克强到农业农村部考察，并主持召开座谈会。",
      "李克强说，农业是国民经济的基础。胡春华、肖捷、何立峰参加。"],
     ["李克强"], ["李克强"], ["胡春华", "肖捷", "何立峰"]),
    ("李克强主持召开国务院常务会议", ["国务院总理李克强2日主持召开国务院常务会议。会议指出，要深化改革。"],
     ["李克强"], [], []),
    ("习近平在武汉召开部分省市负责人座谈会时强调 加强对改革重大问题调查研究",
     ["中共中央总书记、国家主席、中央军委主席习近平7月23日在湖北省武汉市主持召开部分省市负责人座谈会。他强调，必须深化改革。",
      "中共中央政治局常委、中央书记处书记王沪宁、栗战书参加座谈会。"],
     ["习近平"], ["习近平"], ["王沪宁", "栗战书"]),
    ("辛国斌主持召开视频座谈会",
     ["2022年3月18日，副部长辛国斌主持召开视频座谈会，学习贯彻习近平总书记在3月17日中共中央政治局常务委员会会议上的重要讲话精神。"],
     ["辛国斌"], [], []),
])
def test_people_roles(title: str, paras: list[str], chairs: list[str], speakers: list[str],
                      officials: list[str]) -> None:
    m = _meeting(title, *paras)
    assert _roles(m) == {CHAIR: chairs, SPEAKER: speakers, OFFICIAL: officials}


@pytest.mark.parametrize(("sentence", "spoke", "claimed"), [
    ("会上，北京、天津、河北、上海等4个省市工业和信息化主管部门负责同志作了交流发言。", ["beijing", "tianjin", "hebei", "shanghai"], 4),
    ("浙江、河南、广东、四川工业和信息化主管部门负责同志作了发言。", ["zhejiang", "henan", "guangdong", "sichuan"], None),
    ("湖北省委书记李鸿忠、上海市市长杨雄、武汉市委书记阮成发先后发言。", ["hubei", "shanghai"], None),
    ("会上，农业农村部作了汇报，河北、黑龙江、河南省政府主要负责人视频发了言。", ["hebei", "heilongjiang", "henan"], None),
    ("浙江省、福建省南平市、江西省井冈山市和科技特派员代表在会上作交流发言。", ["zhejiang"], None),
    ("北京大学、天津大学和江苏省负责同志在会上作了交流发言。", ["jiangsu"], None),
    ("国家发展改革委、工业和信息化部主要负责同志在会上发言。", [], None),
    ("会议审议了香港特别行政区政府关于选举行政长官人选的报告，听取了国务院港澳事务办公室主任的汇报。", [], None),
    ("要深入学习贯彻在听取海南自由贸易港建设工作汇报时的重要讲话精神。", [], None),
    ("部署中国（上海）自由贸易试验区试点措施，听取有关部门汇报。", [], None),
    ("国务院国资委、国家卫生健康委、上海市政府、湖北省政府负责同志在会上发言。", ["shanghai", "hubei"], None),
])
def test_provinces_spoke(sentence: str, spoke: list[str], claimed: int | None) -> None:
    m = _meeting("工业和信息化部召开座谈会", "3日，工业和信息化部召开座谈会。", sentence)
    assert m.provinces(PROVINCE_SPOKE) == spoke
    assert m.provinces_claimed_count == claimed


def test_all_provinces_present_at_branch_venues() -> None:
    m = _meeting("工业和信息化部召开全国工信系统电视电话会议", "5日，工业和信息化部召开全国工信系统电视电话会议。",
                 "各省、自治区、直辖市及新疆生产建设兵团、各计划单列市工业和信息化主管部门负责同志在各分会场参会。")
    assert m.provinces_all_present
    assert len(m.provinces(PROVINCE_PRESENT)) == 32 and "xpcc" in m.provinces(PROVINCE_PRESENT)
    assert {p.participant for p in m.participations if p.kind == "city"} == {"大连", "青岛", "宁波", "厦门", "深圳"}


@pytest.mark.parametrize("attendance", [
    "全国省级民爆行业主管部门、民爆行业质检机构的代表参加了会议。",
    "全国各省、地市行业管理部门，基础电信企业5000余人参加了各地分会场的电视电话会议。",
    "各省市工业和信息化主管部门负责同志参加会议。",
])
def test_every_province_present_in_other_words(attendance: str) -> None:
    m = _meeting("工信部召开电视电话会议", "5日，工业和信息化部召开全国民爆行业安全管理电视电话会议。", attendance)
    assert m.provinces_all_present and len(m.provinces(PROVINCE_PRESENT)) == 32


@pytest.mark.parametrize(("outlet", "sentence", "spoke", "present"), [
    ("江苏省工业和信息化厅", "我厅在南京设分会场，厅领导参加会议。", [], ["jiangsu"]),
    ("江苏省工业和信息化厅", "省工信厅党组书记在分会场参加会议。", [], ["jiangsu"]),
    ("江苏省工业和信息化厅", "我省在会上作了交流发言。", ["jiangsu"], []),
    ("北京市经济和信息化局", "我市在会上作了交流发言。", ["beijing"], []),
    ("江苏省工业和信息化厅", "我市在会上作了交流发言。", [], []),  # a city of the province
    ("人民网", "我省在会上作了交流发言。", [], []),  # no province to refer to
])
def test_a_provincial_site_reports_its_own_province(outlet: str, sentence: str, spoke: list[str],
                                                     present: list[str]) -> None:
    import datetime as dt

    from kg.clean import to_document
    from kg.model import BEIJING, SourceItem

    item = SourceItem(path="t.txt", file="t.txt", index=None, item=None, title="工信部召开全国电视电话会议",
                      published=dt.datetime(2022, 3, 18, 19, 0, tzinfo=BEIJING), reader="test", body_format="text",
                      body="3月18日，工业和信息化部召开全国工业和信息化系统电视电话会议。\n" + sentence,
                      meta=(("outlet", outlet),))
    m = extract(to_document(item))
    assert isinstance(m, Meeting)
    assert (m.provinces(PROVINCE_SPOKE), m.provinces(PROVINCE_PRESENT)) == (spoke, present)


def test_places_only_mentioned_are_not_participants() -> None:
    m = _meeting("李克强主持召开国务院常务会议", "国务院总理李克强2日主持召开国务院常务会议。",
                 "会议决定，在北京、天津、上海、重庆和浙江开展工程建设项目审批制度改革试点。")
    assert m.provinces(PROVINCE_SPOKE) == [] and m.provinces(PROVINCE_PRESENT) == []


@pytest.mark.parametrize(("text", "regions"), [
    ("聚焦长三角、珠三角等重点产业集聚区。", ["长三角", "珠三角"]),
    ("扩大中西部外商投资制造业鼓励类目录。", ["中部", "西部"]),
    ("推动东北振兴取得新突破，打造面向东北亚开放合作高地。", ["东北"]),
])
def test_regions(text: str, regions: list[str]) -> None:
    m = _meeting("李克强主持召开国务院常务会议", "国务院总理李克强2日主持召开国务院常务会议。", text)
    assert [r.value for r in m.regions] == regions


@pytest.mark.parametrize(("paras", "count"), [
    (["会议强调，一要统筹抓好疫情防控。二要落实好政策。三要推动落实惠企政策。四要加强监测调度。"], 4),
    (["要确保重点工业企业稳定生产。进一步实施好制度。", "要确保重点行业稳定运行。发挥平台作用。", "要确保重点区域产业畅通循环。"], 3),
    (["会议确定，压减企业开办时间。", "会议通过了《人力资源市场暂行条例（草案）》。"], 2),
])
def test_measures(paras: list[str], count: int) -> None:
    m = _meeting("工业和信息化部召开座谈会", "3日，工业和信息化部召开座谈会。", *paras)
    assert len(m.measures) == count
    assert all(m.doc.text[x.mention.span.start:x.mention.span.end] == x.text for x in m.measures)


def test_cited_meetings_with_dates() -> None:
    m = _meeting("工业和信息化部召开部分省市工业经济形势分析视频会议",
                 "8月17日下午，工业和信息化部召开部分省市工业经济形势分析视频会议。",
                 "各地区要将思想和行动统一到党中央决策部署，特别是7月28日中共中央政治局会议精神上来。",
                 published="2022-08-18 16:47")
    assert [(c.name, c.date.isoformat() if c.date else None) for c in m.cited] == [("中共中央政治局会议", "2022-07-28")]


def test_vague_references_are_not_cited_meetings() -> None:
    """中央有关会议 is no meeting; 二十届历次全会 names its plenums; 中共二十大 is cited like 党的二十大."""
    m = _meeting("工业和信息化部召开座谈会", "8月17日，工业和信息化部召开座谈会。",
                 "会议要求认真落实中央有关会议精神，贯彻党的二十大和二十届历次全会精神。",
                 "要全面贯彻中共十九大精神，推动学习贯彻总书记在庆祝中国人民政治协商会议成立75周年大会上的重要讲话精神。",
                 published="2025-08-18 16:47")
    assert [c.name for c in m.cited] == ["党的二十大", "二十届历次全会", "中共十九大",
                                         "庆祝中国人民政治协商会议成立75周年大会"]


@pytest.mark.parametrize(("title", "lead"), [
    ("习近平会见美国总统", "国家主席习近平14日在人民大会堂会见美国总统。"),
    ("习近平出席亚太经合组织第三十二次领导人非正式会议并发表重要讲话", "当地时间10月31日上午，会议在韩国庆州举行。"),
    ("人民日报评论员文章：全面推进美丽中国建设", "全国生态环境保护大会在京召开以来，各地积极行动。"),
    ("我国工业经济持续改善 新动能加速成长", "国家统计局今天发布数据，工业生产平稳增长。"),
])
def test_not_meeting_reports(title: str, lead: str) -> None:
    assert isinstance(extract(make_doc(title, lead)), NotMeeting)


@pytest.mark.parametrize(("title", "lead", "name"), [
    ("贾庆林出席全国政协文史工作座谈会", "", "全国政协文史工作座谈会"),
    ("刘云山主持召开中央党的群众路线教育实践活动领导小组会议", "", "中央党的群众路线教育实践活动领导小组会议"),
    ("汪洋出席全国政协农业和农村委员会“三农”工作对口协商座谈会", "", "全国政协农业和农村委员会“三农”工作对口协商座谈会"),
    ("中共中央召开党外人士座谈会 征求意见", "中共中央8月30日在中南海召开党外人士座谈会。", "党外人士座谈会"),
    ("汪洋出席“积极推进改革创新，激发经济发展新动能”调研协商座谈会", "", "“积极推进改革创新，激发经济发展新动能”调研协商座谈会"),
    ("学习贯彻党的二十届四中全会精神中央宣讲团动员会在京召开 蔡奇出席会议并讲话", "", "学习贯彻党的二十届四中全会精神中央宣讲团动员会"),
    ("中共全国政协党组认真学习贯彻党的十八届七中全会精神", "", "中共全国政协党组会议"),
    ("香港中联办举办香港各界青年座谈会", "", "香港各界青年座谈会"),
    ("西藏自治区成立60周年庆祝大会隆重举行 习近平出席大会", "", "西藏自治区成立60周年庆祝大会"),
])
def test_meeting_names_across_archives(title: str, lead: str, name: str) -> None:
    assert _meeting(title, lead).name == name


@pytest.mark.parametrize(("title", "lead"), [
    ("中日邦交正常化40周年座谈会举行", "座谈会28日在京举行。"),
    ("7月以来共有18只基金宣布召开持有人大会", "基金公司召开持有人大会。"),
    ("中国共产党第十九届中央委员会第三次全体会议公报", "全会听取和讨论了习近平受中央政治局委托作的工作报告。"),
    ("习近平将出席纪念马克思诞辰200周年大会并发表重要讲话", ""),
])
def test_more_non_reports(title: str, lead: str) -> None:
    assert isinstance(extract(make_doc(title, lead)), NotMeeting)


@pytest.mark.parametrize(("lead", "published", "start", "end"), [
    ("11月17日至18日，工业和信息化部在京召开全国工业和信息化工作会议。", "2023-11-19 09:00", "2023-11-17", "2023-11-18"),
    ("全国工业和信息化工作会议27-28日在北京召开。", "2023-12-29 09:00", "2023-12-27", "2023-12-28"),
    ("2023年12月30日至2024年1月1日，某会议在京举行。", "2024-01-02 09:00", "2023-12-30", None),
    ("11月30日至12月1日，工业和信息化部召开座谈会。", "2023-12-02 09:00", "2023-11-30", "2023-12-01"),
    ("12月30日至1月2日，工业和信息化部召开座谈会。", "2024-01-03 09:00", "2023-12-30", "2024-01-02"),
    ("今年3月4日，工业和信息化部召开座谈会。", "2024-06-01 09:00", "2024-03-04", None),
    ("去年12月4日，工业和信息化部召开座谈会。", "2024-06-01 09:00", "2023-12-04", None),
    ("3月初，工业和信息化部召开座谈会。", "2024-06-01 09:00", None, None),
    ("上周五，工业和信息化部召开座谈会。", "2022-03-21 09:00", "2022-03-18", None),
    ("民建十届二中全会16号在北京召开。", "2013-12-17 09:00", "2013-12-16", None),
    ("为落实公告2025年第4号，11月5日，省发展改革委召开座谈会。", "2025-11-25 09:00", "2025-11-05", None),
    ("本周二，工业和信息化部召开座谈会。", "2022-03-24 09:00", "2022-03-22", None),
    ("上周末，工业和信息化部召开座谈会。", "2022-03-22 09:00", None, None),
    ("近日，工业和信息化部召开座谈会。会议于3月18日在京召开。", "2022-03-20 09:00", "2022-03-18", None),
    ("近日，工业和信息化部召开座谈会。3月18日，部长出席了另一活动。", "2022-03-20 09:00", None, None),
])
def test_date_ranges_and_relative_years(lead: str, published: str, start: str | None, end: str | None) -> None:
    m = _meeting("会议报道", lead, published=published)
    assert (m.date and m.date.isoformat(), m.end_date and m.end_date.isoformat()) == (start, end)


@pytest.mark.parametrize(("url", "date"), [
    ("https://news.example.cn/china/202208/50-1376805.html", "2022-07-29"),  # year and month: by its end
    ("https://news.example.cn/china/202207/50-1376805.html", "2022-07-29"),
    ("https://www.example.gov.cn/art/2022/8/11/art_1.html", "2022-07-29"),
])
def test_undated_page_resolves_its_lead_by_its_url(url: str, date: str) -> None:
    from kg.clean import to_document
    from kg.model import SourceItem

    item = SourceItem(path="t.html", file="t.html", index=None, item=None, title="", published=None,
                      body="7月29日下午，工业和信息化部召开领导干部会议。", body_format="text", reader="test",
                      meta=(("url", url),))
    result = extract(to_document(item))
    assert isinstance(result, Meeting) and result.date and result.date.isoformat() == date


def test_a_meeting_dated_further_down_a_piece_about_an_instruction() -> None:
    m = _meeting("习近平对办公厅工作作出重要指示", "习近平近日对办公厅工作作出重要指示。", "指示指出，要提高政治站位。",
                 "各级办公厅要落实好。", "要加强自身建设。", "要守正创新。", "要强化担当。", "要提升能力。",
                 "全国党委和政府秘书长会议9月13日至14日在京召开。蔡奇出席全国党委和政府秘书长会议并讲话。",
                 published="2023-09-14 19:00")
    assert (m.name, m.date.isoformat(), m.end_date.isoformat()) == ("全国党委和政府秘书长会议", "2023-09-13", "2023-09-14")


@pytest.mark.parametrize(("late", "fmt"), [
    ("会议以电视电话会议形式举行，各省区市设分会场。", "teleconference"),
    ("常委会组成人员将以视频连线方式与河北政协开展联动协商。", "in-person"),  # a part of it, not the meeting
])
def test_how_a_meeting_was_held_told_further_down(late: str, fmt: str) -> None:
    m = _meeting("全会在京举行", "二十届中央纪委三次全会8日在北京举行。", "习近平出席会议并发表重要讲话。", "全会要求一。",
                 "全会要求二。", "全会要求三。", "全会要求四。", "全会要求五。", "全会要求六。", late,
                 published="2024-01-08 19:00")
    assert m.format == fmt


def test_next_year_is_never_rolled_back() -> None:
    """明年3月4日 is a future day: no date, rather than last year's 3月4日."""
    from kg.extract.dates import DATE_RE, resolve

    match = DATE_RE.search("明年3月4日召开")
    assert resolve(match, __import__("datetime").date(2024, 6, 1)) is None


def test_traditional_script_reads_like_simplified() -> None:
    """Values come out simplified; evidence keeps the article's own characters."""
    doc = make_doc("工業和信息化部召開部分省市工業經濟運行視頻座談會",
                   "3月18日，工業和信息化部黨組成員、副部長辛國斌主持召開視頻座談會。",
                   "會上，北京、河北、陝西等3個省市工業和信息化主管部門負責同志作了交流發言。",
                   "會議要求，要全力保障汽車、集成電路等重點產業鏈供應鏈穩定。",
                   published="2022-03-18 19:00")
    m = extract(doc)
    assert isinstance(m, Meeting), m
    assert m.people(CHAIR) == ["辛国斌"]
    assert m.provinces(PROVINCE_SPOKE) == ["beijing", "hebei", "shaanxi"]
    assert m.format == "video" and m.organizer == "工业和信息化部"
    assert m.date.isoformat() == "2022-03-18"
    assert {s.value for s in m.sectors} >= {"汽车", "集成电路"}
    chair = next(p for p in m.participations if p.role == CHAIR)
    assert chair.mention.span.text == "辛國斌" == doc.text[chair.mention.span.start:chair.mention.span.end]
    assert m.doc is doc


def test_each_brief_of_a_digest_is_judged_on_its_own() -> None:
    """国内联播快讯: the meeting of the second brief is found, and the first brief's sectors stay out of it."""
    from kg.extract import extract_all

    doc = make_doc("国内联播快讯", "央视网消息（新闻联播）：",
                   "我国新能源汽车产销两旺",
                   "今天（6月1日），中国汽车工业协会发布数据，新能源汽车产销同比增长，锂电池需求旺盛。",
                   "工业和信息化部召开民爆行业安全生产视频会议",
                   "今天（6月1日），工业和信息化部召开民爆行业安全生产视频会议，部署下半年安全生产工作。",
                   published="2022-06-01 19:30")
    results = extract_all(doc)
    assert [r.doc.id for r in results] == ["t.txt#1", "t.txt#2"]
    assert isinstance(results[0], NotMeeting) and isinstance(results[1], Meeting)
    meeting = results[1]
    assert meeting.name == "民爆行业安全生产视频会议" and meeting.format == "video"
    assert [s.value for s in meeting.sectors] == ["民爆行业"]
    assert meeting.doc.text.startswith("工业和信息化部召开民爆行业安全生产视频会议\n\n今天")


@pytest.mark.parametrize(("paras", "chairs", "speakers", "officials"), [
    (["7月4日，民爆行业安全生产视频会议在京召开。会议由部安全生产司副司长罗志远主持，司长金晓明作总结讲话。"],
     ["罗志远"], ["金晓明"], []),
    (["3月5日，工信部召开座谈会，王立伟司长主持。广东省副省长陈春林到会并致辞。"], ["王立伟"], [], ["陈春林"]),
    (["5月8日，工业和信息化部党组成员、总工程师兼办公室主任赵明远，5月8日主持召开专题会议并讲话。"],
     ["赵明远"], ["赵明远"], []),
    (["9月2日，电子信息司召开座谈会。司长李建国作了题为“加快发展”的讲话。副司长周华参加会议并讲话。"],
     [], ["李建国", "周华"], []),
    (["6月3日，工信部召开行业座谈会。会议指出，习近平总书记主持召开中央政治局会议并发表重要讲话。"], [], [], []),
    (["1月18日，工信部召开全国工作会议。部长孙明作工作报告。"], [], ["孙明"], []),
    (["1月18日，工信部召开座谈会。周华、钱东，有关司局负责人出席座谈会。"], [], [], ["周华", "钱东"]),
    (["1月18日，工信部召开座谈会。孙明、周华等部领导人出席会议。"], [], [], ["孙明", "周华"]),
    (["1月18日，工信部召开座谈会。出席座谈会的企业家还有罗富和、齐续春和郝明金等。"], [], [], ["罗富和", "齐续春", "郝明金"]),
    (["1月18日，工信部召开座谈会。孙明、周华和部领导小组成员参加会议。"], [], [], ["孙明", "周华"]),
    (["1月18日，工信部召开座谈会。参加会议的还有各司局领导同志和老同志。"], [], [], []),
    (["1月18日，工信部召开座谈会。陪同总理出访刚返京的孙明部长立即参加会议，听取汇报并提出要求。"], [], ["孙明"], []),
    (["1月18日，工信部召开座谈会。陪同周华主席出访的孙明部长参加会议，听取汇报并提出要求。"], [], ["孙明"], []),
    (["1月18日，工信部召开座谈会。集团董事长陈佰山，集团总经理闫宏光；集团总工程师王伟出席座谈会。"], [], [],
     ["陈佰山", "闫宏光", "王伟"]),
    (["韩夏 赵永红 陈佰山出席座谈会", "1月18日，工信部召开座谈会。"], [], [], ["韩夏", "赵永红", "陈佰山"]),
    (["2月6日，工业和信息化部总工程师田玉龙带队赴山东调研，出席船舶工业发展座谈会。"], [], [], ["田玉龙"]),
    (["3月5日，国务院调查组召开第一次全体会议。调查组组长、副部长宋元明通报调查安排、提出工作要求。"], [], ["宋元明"], []),
    (["6月14日，全国人大常委会在京召开纪念大会。赵乐际在主持大会时指出，要坚持人民代表大会制度。"],
     ["赵乐际"], ["赵乐际"], []),
    (["6月14日，中宣部召开《孙明文选》出版座谈会。周华强调认真学习《孙明文选》。代表们表示，要锚定目标。"],
     [], ["周华"], []),
    (["7月30日，工信部召开座谈会。会前，习近平总书记主持召开中央政治局常委会会议并发表重要讲话。"], [], [], []),
    (["7月30日，习近平总书记在北京主持召开中共中央政治局会议，分析研究经济形势。"], ["习近平"], [], []),
    (["7月30日，工信部召开领导小组全体会议。部长孙明主持召开领导小组会议。", "石泰峰、胡春华分别主持上午和下午的全体会议。"],
     ["孙明", "石泰峰", "胡春华"], [], []),
    (["3月5日，国务院调查组召开第一次全体会议。副组长王昆主持会议，通报调查评估工作安排、提出工作要求。"],
     ["王昆"], ["王昆"], []),
    (["2月6日，工信部召开座谈会。部长孙明赴山东调研，出席会议的有副部长周华。"], [], [], ["周华"]),
    (["1月18日，工信部召开全国工作会议。部长孙明作重要讲话，司长钱东作工作报告。"], [], ["孙明"], []),
    (["6月8日，工信部召开节能工作会议。会议由机关服务局副局长吴立新主持。局长钱忠元在会上作部系统节能工作报告。",
      "他指出，要抓好节能。"], ["吴立新"], ["钱忠元"], []),
    (["12月13日，致公党中央全会在京召开。致公党中央主席孔作林作工作报告。"], [], ["孔作林"], []),
    (["6月26日，全国人大常委会会议在京举行。财政部部长刘昆作了关于2022年中央决算的报告。审计署审计长侯凯作了关于"
      "2022年度中央预算执行的审计工作报告。"], [], [], []),
    (["10月31日，全国政协常委会会议在京开幕。副主席张庆明主持开幕会。他强调，要团结奋斗。"], ["张庆明"], ["张庆明"], []),
    (["7月1日，庆祝大会在京隆重举行。李强主持大会。习近平向“七一勋章”获得者颁授勋章并发表重要讲话。他强调，要不忘初心。"],
     ["李强"], ["习近平"], []),
    (["9月14日，全国党委和政府秘书长会议在京召开。蔡奇出席全国党委和政府秘书长会议并讲话。"], [], ["蔡奇"], []),
    (["1月8日，工信部召开全国集成电路行业工作会议。工信部副部长杨学山在会上发表重要讲话。",
      "电子信息司副司长丁文武对《规划》（征求意见稿）做了编制说明。",  # an explanation is not a speech
      "工业和信息化部办公厅副主任陶少华，电子信息司副司长赵波、刁石京分别主持会议。"],
     ["陶少华", "赵波", "刁石京"], ["杨学山"], []),
    (["3月30日，教育与考试中心召开2023年第三次党总支理论学习中心组（扩大）学习。",
      "中心党总支书记、主任郝志强主持会议，党总支副书记、副主任刘明亮、党总支委员、各党支部委员、入党积极分子参加学习。"],
     ["郝志强"], [], ["刘明亮"]),
    (["3月18日，工业和信息化部召开座谈会。副部长熊继军出席会议，并就下一步工作提出要求。"], [], ["熊继军"], []),
    (["全国教育大会9日至10日在北京召开。", "李强在主持会议时指出，要抓好落实。"], ["李强"], ["李强"], []),
    (["全国党委和政府秘书长会议13日在京召开。习近平近日对办公厅工作作出重要指示。", "习近平强调，要提高政治站位。",
      "蔡奇出席会议并讲话。"], [], ["蔡奇"], []),  # the instruction's words are not a speech at the meeting
    (["全国人大常委会第二十九次会议在京举行。张宝文副委员长主持会议。", "何立峰报告了国民经济计划执行情况。他说，经济稳中向好。",
      "会议听取了最高人民法院院长周强作的关于知识产权法院工作情况的报告。周强表示，将推动工作。"], ["张宝文"], [], []),
    (["政协第十四届全国委员会第一次会议举行。胡春华主持会议。", "全国政协副主席巴特尔就政协章程修改的工作情况作了说明。他说，修改是必要的。"],
     ["胡春华"], [], []),
    (["在3月12日召开的2010年通信服务座谈会上，电信管理局局长韩夏在会上做了题为《规范服务，营造放心环境》的主题报告。"],
     [], ["韩夏"], []),
    (["日前，产业政策司在成都召开座谈会。产业政策司司长郑立新就编制目录的意义进行了深入说明，对下一步工作提出了具体要求。",
      "最后，郑立新对编制工作提出了四点要求。"], [], ["郑立新"], []),
    (["6月11日，原材料工业司在京召开建材行业座谈会。原材料工业司司长常国武、副司长邢涛等出席会议。",
      "江西、福建等地党委负责同志出席座谈会。"], [], [], ["常国武", "邢涛"]),
    (["3月18日，工业和信息化部召开座谈会。出席会议的还有工业和信息化部副部长苗圩、杨学山等。"], [], [], ["苗圩", "杨学山"]),
    (["3月18日，工业和信息化部召开座谈会。副部长辛国斌出席会议，就做好下一步工作提出三点意见。"], [], ["辛国斌"], []),
    (["3月18日，工业和信息化部召开座谈会。副部长张云明作了题为《坚定信心》的讲话，希望各地抓好落实。"], [], ["张云明"], []),
    (["3月18日，工业和信息化部召开座谈会。副部长单忠德对下一步工作作出部署。"], [], ["单忠德"], []),
    (["3月18日，工业和信息化部召开座谈会。工业和信息化部副部长辛国斌参会，中国工程院院士邬贺铨应邀到会。",
      "国家发展改革委副主任林念修，科技部副部长黄卫等部门负责同志参加了会议。",
      "河南省发展改革委副主任万战伟对与会代表积极建言献策表示感谢。"],
     [], ["万战伟"], ["辛国斌", "邬贺铨", "林念修", "黄卫"]),
    (["12月26日，全国工业和信息化工作会议在北京召开。部总经济师王新哲出席会议。",
      "还邀请了工业和信息化部老领导李毅中、王旭东、朱高峰参加大会。"], [], [], ["王新哲", "李毅中", "王旭东", "朱高峰"]),
])
def test_roles_beyond_listed_phrasings(paras: list[str], chairs: list[str], speakers: list[str],
                                       officials: list[str]) -> None:
    """Names before titles, 会议由…主持, 到会并致辞, 作了题为…的讲话, a work report as the only speech,
    and what 会议指出 says names no participant; unknown names are found from their context."""
    m = _meeting("会议报道", *paras)
    assert _roles(m) == {CHAIR: chairs, SPEAKER: speakers, OFFICIAL: officials}


@pytest.mark.parametrize(("paras", "spoke", "present"), [
    (["7月20日，工信系统电视电话会议召开。江苏、辽宁省经信委、天津市中小局、陕西省通信管理局等4家单位进行了交流发言。"],
     ["jiangsu", "liaoning", "tianjin", "shaanxi"], []),
    (["4月7日，工信部召开座谈会。山西、河北和广东三省分别就产业转移工作进行了经验交流。"], ["shanxi", "hebei", "guangdong"], []),
    (["3月25日，运行局召开分析会。来自安徽、江西两省工信部门负责同志参加了会议。", "与会代表介绍了本省一季度运行情况。"],
     ["anhui", "jiangxi"], []),
    (["6月11日，原材料工业司召开座谈会。辽宁、山东等地方工业和信息化主管部门负责人参加了座谈会。",
      "地方工业主管部门、行业协会负责人交流了试行错峰生产的基本情况。"], ["liaoning", "shandong"], []),
    (["3月18日，工信部召开座谈会。广东、江苏等省工信厅在会上作了经验介绍。"], ["guangdong", "jiangsu"], []),
    (["3月18日，工信部召开座谈会。四川省经信厅、重庆市经信委围绕数字化转型作交流，福建省作了书面交流。"],
     ["sichuan", "chongqing", "fujian"], []),
    (["3月18日，工信部召开座谈会。会上，上海、江苏、浙江、安徽四省市工信部门负责同志分别发言。"],
     ["shanghai", "jiangsu", "zhejiang", "anhui"], []),
    (["5月20日，第三届发展大会在南京举行。嘉宾围绕“情系江苏，共筑梦想”主题进行深入交流。"], [], []),
    (["3月18日，工信部召开座谈会。安徽省副省长章曦、江西省副省长罗小云分别致辞。"], [], ["anhui", "jiangxi"]),
    (["6月11日，原材料工业司召开座谈会。辽宁、山东等地方工业和信息化主管部门负责人参加了座谈会。",
      "行业协会负责人交流了试行错峰生产的基本情况。"], [], ["liaoning", "shandong"]),
    (["8月31日，由工业和信息化部、山东省人民政府共同主办的2022先进制造业大会在济南举行。"], [], ["shandong"]),
    (["6月1日，工信部召开座谈会。浙江省经济和信息化厅、山东省工业和信息化厅汇报了经验做法。"], ["zhejiang", "shandong"], []),
    (["6月1日，工信部召开座谈会。辽宁、湖南、新疆等省区工信厅负责同志作了发言。"], ["liaoning", "hunan", "xinjiang"], []),
    (["6月1日，工信部召开座谈会。会上听取了上海、江苏、安徽负责人介绍运行状况。"], ["shanghai", "jiangsu", "anhui"], []),
    (["6月1日，工信部召开座谈会。湖北省委统战部、四川省工商联负责同志在会上发言。"], ["hubei", "sichuan"], []),
    (["6月1日，工信部召开电视电话会议。江苏、浙江分会场作了交流发言。"], ["jiangsu", "zhejiang"], []),
    (["6月1日，工信部召开视频会议。10位专家在主会场和西藏、甘肃3个会场发言。"], [], []),
    (["6月1日，工信部召开视频会议。专家在主会场和福建分会场以及上海、浙江等地通过视频连线发言。"], [], []),
])
def test_provinces_through_their_bodies_and_verbs(paras: list[str], spoke: list[str], present: list[str]) -> None:
    m = _meeting("会议报道", *paras)
    assert (m.provinces(PROVINCE_SPOKE), m.provinces(PROVINCE_PRESENT)) == (spoke, present)


@pytest.mark.parametrize(("title", "paras"), [
    ("", ["李毅中作总结讲话", "李毅中在全国工业和信息化工作会议上透露，明年的目标有三。"]),
    ("", ["2 years ago", "2021年09月11日", "9 月 9 日下午工信部有关业务部门召开了“屏蔽网址链接问题行政指导会”。"]),
    ("", ["3月10日，工业和信息化部党组理论学习中心组举行扩大学习，传达学习全国两会精神。"]),
    ("", ["2012年6月14日至15日，工业和信息化部电管局在福建福州召开国际通信发展及管理座谈会。"]),
    ("全国妇联召开学习贯彻习近平总书记贺信精神座谈会", ["6月1日，全国妇联召开座谈会。"]),
    ("", ["7月26日，上海市通信管理局组织召开上海世博会通信保障总结大会。"]),
    ("", ["3月25日-28日，中小企业司司长王黎明一行在江苏苏州、镇江等市调研。", "省中小企业局副局长陆元刚陪同调研。",
          "期间，调研组分别在苏州和镇江召开中小企业座谈会，听取有关情况。"]),
    ("", ["7月26日至27日，副部长刘烈宏到河南检查指导应急通信保障工作。", "副省长费东斌陪同参加。",
          "他们先后看望慰问了抢险救灾人员，召开现场工作会，并前往巩义市检查。"]),
    ("", ["5月17日，2020年中国信息通信大会在京举行。工业和信息化部副部长陈明出席并致辞。"]),
])
def test_reports_found_past_chrome_and_odd_leads(title: str, paras: list[str]) -> None:
    _meeting(title, *paras, published="2022-03-18 19:00")


@pytest.mark.parametrize(("title", "paras", "reason"), [
    ("上半年外贸增长", ["国务院新闻办公室今天举行新闻发布会，介绍上半年外贸情况。"], "发布会"),
    ("多国人士高度评价", ["多国人士高度评价习近平主席在全国表彰大会上发表的重要讲话。"], "高度评价"),
    ("国际观察", ["多国人士高度评价习近平主席在全国表彰大会上发表的重要讲话。"], "观察"),
    ("副部长赴福建调研", ["6月29日，副部长徐晓兰赴福建调研，分别在福州、泉州召开了座谈会。"], "unnamed"),
    ("教育改革成效", ["党的十八届三中全会召开以来，教育改革取得成效。"], "no meeting"),
    ("有关会议", ["明年3月4日，工业和信息化部将于北京召开全国工作会议。"], "announcement"),
    ("", ["7月17日，某出版社在香港书展举行新书发布会暨出版座谈会。"], "新书发布会"),
    ("工业和信息化部关于召开2024年全国工业和信息化工作会议的通知", ["各省工业和信息化主管部门：定于12月26日召开全国工作会议。"],
     "关于召开"),
])
def test_what_is_not_a_report_stays_out(title: str, paras: list[str], reason: str) -> None:
    result = extract(make_doc(title, *paras, published="2022-03-18 19:00"))
    assert isinstance(result, NotMeeting) and reason in result.reason


@pytest.mark.parametrize(("text", "sectors"), [
    ("加快推进高档数控机床、集成电路制造装备和民爆行业发展。", ["高档数控机床", "集成电路", "民爆行业"]),
    ("原材料工业司、交通运输部和中国电信负责同志参加。", []),
    ("抓好化肥、钾肥、硫磺等产品保供。", ["化肥", "钾肥", "硫磺"]),
    ("贯彻《中华人民共和国粮食安全保障法》，推动信息通信行业和脑机接口产业发展。", ["信息通信行业", "脑机接口"]),
    ("推动传统产业和中小企业转型。", []),
    ("要充分发挥行业协会作用，这事关行业长远发展。", []),
    ("中石油、中石化、国家电网等企业负责人参加，要提升国有企业产业引导能力。", []),
    ("推进医药卫生领域改革，开展城市空中交通管理试点，保障石油、电网安全运行。", ["石油", "电网"]),
    ("上海市通信管理局要求尽快恢复灾区供水、通信、电力。", ["供水", "通信", "电力"]),
    ("推动IPv6规模部署，发展4K/8K和VR/AR。", ["IPv6", "4K/8K", "VR/AR"]),
    ("文化广电和旅游局、农业和农村委员会、中国国际信托投资公司和大连船舶重工集团负责同志参加。", []),
])
def test_sectors_as_written(text: str, sectors: list[str]) -> None:
    m = _meeting("工信部召开座谈会", "3月18日，工信部召开座谈会。", text)
    assert [s.value for s in m.sectors] == sectors


def test_members_at_a_plenary_speak_for_their_provinces() -> None:
    m = _meeting("全国政协常委会举行全体会议 围绕规划落实进行大会发言",
                 "政协全国委员会常务委员会会议22日下午举行全体会议，12位常委作大会发言。",
                 "3位地方政协常委通过视频连线发言。天津市政协常委王建国建议，加快航运枢纽建设。"
                 "湖南省政协常委李明建议，开展职业教育改革试点。")
    assert m.provinces(PROVINCE_SPOKE) == ["tianjin", "hunan"]


@pytest.mark.parametrize(("title", "paras", "reason"), [
    ("中国—中亚应急管理合作机制成立", ["今天（5月30日），中国—中亚应急管理部长级会议在乌鲁木齐举行。"], "bilateral"),
    ("中美两国商务部举行工作会议", ["5月8日，中美两国商务部在天津举行工作会议。"], "bilateral"),
    ("首届中国电视剧大会在厦门举行", ["今天（6月5日），首届中国电视剧大会在厦门举行，设置了多个论坛。"], "no public body"),
    ("某会议建议 第五次全国代表大会10月16日在北京召开", ["8月30日，某协会常务理事会召开会议，研究大会筹备工作。"],
     "unnamed"),
])
def test_more_that_is_not_a_report(title: str, paras: list[str], reason: str) -> None:
    result = extract(make_doc(title, *paras, published="2024-05-30 19:00"))
    assert isinstance(result, NotMeeting) and reason in result.reason


def test_suggestions_and_summaries_are_not_measures_but_deployments_are() -> None:
    m = _meeting("全国政协召开双周协商座谈会", "3月12日，全国政协召开双周协商座谈会。",
                 "委员们建议，一是加强规划，二是完善制度。", published="2024-03-13 19:00")
    assert m.measures == []
    m = _meeting("无线电管理工作会议召开", "3月1日，无线电管理局召开工作会议。",
                 "局长对2015年工作进行了总结，并对2016年重点工作作了部署：一是开展评估；二是加强监管。",
                 published="2016-03-02 19:00")
    assert [x.ordinal for x in m.measures] == [1, 2]


def test_a_cited_meeting_is_named_once_and_never_the_meeting_itself() -> None:
    m = _meeting("全国政协十二届常委会第七次会议开幕",
                 "政协十二届全国委员会常务委员会第七次会议25日下午在京开幕。",
                 "会议传达学习党的十八届三中全会精神，贯彻十八届三中全会和三中全会的部署。",
                 published="2014-06-26 19:00")
    assert [c.name for c in m.cited] == ["党的十八届三中全会"]


def test_a_congress_that_only_dates_a_period_is_not_cited() -> None:
    m = _meeting("工信部召开座谈会", "5月22日，工业和信息化部召开试验区工作会议。",
                 "金壮龙指出，党的十八大以来，试验区建设取得长足进步。",
                 "各试验区负责人汇报了试验区培训工作会以来采取的措施。", published="2014-05-26 19:00")
    assert [c.name for c in m.cited] == ["试验区培训工作会"]


def test_cited_plenums_in_a_long_list_and_names_after_verbs() -> None:
    m = _meeting("中共中央政治局召开会议", "中共中央政治局7月31日召开会议。",
                 "会议认为，要贯彻党的十七届三中、四中、五中、六中全会精神。",
                 "民建还举办了中共十八届三中全会精神报告会。",
                 "会议要求推动大会精神入脑入心。", published="2012-07-31 19:00")
    assert [c.name for c in m.cited] == ["党的十七届六中全会", "中共十八届三中全会"]


def test_instruction_authors_are_not_speakers_and_coordinated_plenums_are_named() -> None:
    m = _meeting("李强对全国安全生产电视电话会议作出重要批示",
                 "全国安全生产电视电话会议11日召开。李强作出重要批示强调，要狠抓责任落实。"
                 "国务委员王勇出席会议并讲话。",
                 "会议要求深入贯彻党的二十届二中、三中全会精神。", published="2024-01-11 19:00")
    assert m.people(SPEAKER) == ["王勇"]
    assert [c.name for c in m.cited][-1] == "党的二十届三中全会"


def test_the_chair_of_a_meeting_the_title_names_otherwise() -> None:
    m = _meeting("工业和信息化部召开光伏行业制造业企业座谈会",
                 "7月3日，工业和信息化部部长孙明主持召开第十五次制造业企业座谈会，听取企业意见。")
    assert (m.name, _roles(m)[CHAIR]) == ("光伏行业制造业企业座谈会", ["孙明"])


def test_a_convener_named_in_the_sentence_before() -> None:
    m = _meeting("", "7月21日，河南遭遇强降雨。", "工业和信息化部立即启动应急预案，组织企业开展保障工作。",
                 "7月21日8时两次组织召开视频调度会，了解受灾情况。")
    assert (m.name, m.organizer, m.format) == ("视频调度会", "工业和信息化部", "video")
