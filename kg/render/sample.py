"""The five seed meetings built by hand, as the extractors should produce them.

Tests, the render benchmark and the README screenshot use these records
where the real pipeline is not wanted (or not yet there).  The texts are
excerpts of the seed articles; every span points into its document.

`synthetic_meetings(n)` scales them up for benchmarks: meeting i copies seed
pattern i % 5 (text, people, regions, sectors, measures: spans still valid),
moves it to day i after 2000-01-01 (its own meeting IRI) and draws its
reporting provinces at random (fixed seed) from the 31 mainland ones.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import random

from kg import lexicon as lexicon_mod
from kg.lexicon import Lexicon, Sector
from kg.model import (
    BEIJING,
    CHAIR,
    IN_PERSON,
    OFFICIAL,
    PROVINCE_PRESENT,
    PROVINCE_SPOKE,
    SPEAKER,
    TELECONFERENCE,
    VIDEO,
    CitedMeeting,
    Document,
    Measure,
    Meeting,
    Mention,
    Participation,
    Span,
)

MIIT = "工业和信息化部"

# Sectors used by the sample when the lexicon has none yet: (id, zh, en, broader).
_SECTORS = (
    ("manufacturing", "制造业", "Manufacturing", ""),
    ("automobiles", "汽车", "Automobiles", "manufacturing"),
    ("nev", "新能源汽车", "New-energy vehicles", "automobiles"),
    ("home-appliances", "家电", "Home appliances", "manufacturing"),
    ("integrated-circuits", "集成电路", "Integrated circuits", "manufacturing"),
    ("chips", "芯片", "Chips", "integrated-circuits"),
    ("medical-supplies", "医疗物资", "Medical supplies", ""),
    ("food", "食品", "Food", "manufacturing"),
)


def sample_lexicon() -> Lexicon:
    """The project lexicon, with a few sectors added while sectors.csv is missing."""
    lex = lexicon_mod.load()
    if lex.sectors:
        return lex
    sectors = tuple(Sector(i, zh, (), en, broader, "", "") for i, zh, en, broader in _SECTORS)
    return dataclasses.replace(lex, sectors=sectors)


def make_doc(file: str, title: str, published: dt.datetime, paragraphs: list[str], outlet: str,
             url: str | None = None) -> Document:
    text = title + "\n\n" + "\n".join(paragraphs)
    spans, pos = [], len(title) + 2
    for para in paragraphs:
        spans.append(Span(pos, pos + len(para), para))
        pos += len(para) + 1
    return Document(id=file, file=file, item=None, title=title, published=published, text=text,
                    body_start=len(title) + 2, paragraphs=tuple(spans), outlet=outlet, url=url,
                    reader="sample", sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())


def mention(doc: Document, value: str, surface: str | None = None, rule: str = "sample",
            after: str = "") -> Mention:
    """The first occurrence of `surface` (default: value) after the text `after`."""
    surface = surface or value
    start = doc.text.index(surface, doc.text.index(after) if after else 0)
    return Mention(value, Span(start, start + len(surface), surface), rule, doc.id)


def _provinces(doc: Document, lex: Lexicon, shorts: str, role: str, after: str) -> list[Participation]:
    by_short = {p.short_zh: p.id for p in lex.provinces}
    return [Participation(role, by_short[s], "province", mention(doc, by_short[s], s, "province-list", after))
            for s in shorts.split()]


def _person(doc: Document, name: str, role: str, title: str | None = None, after: str = "") -> Participation:
    return Participation(role, name, "person", mention(doc, name, rule=f"person-{role}", after=after), title)


def _measures(doc: Document, texts: list[str]) -> list[Measure]:
    return [Measure(i, t, mention(doc, t, rule="measure-list")) for i, t in enumerate(texts, 1)]


def _sectors(doc: Document, labels: str) -> list[Mention]:
    return [mention(doc, s, rule="sector-lexicon") for s in labels.split()]


def _at(day: str, hms: str = "12:00:00") -> dt.datetime:
    return dt.datetime.fromisoformat(f"{day}T{hms}").replace(tzinfo=BEIJING)


def _meeting(doc: Document, name: str, day: str, fmt: str, **fields) -> Meeting:
    name_m = mention(doc, name) if name in doc.text else None
    return Meeting(doc=doc, name=name, name_mention=name_m, date=dt.date.fromisoformat(day),
                   date_mention=None, format=fmt, organizer=MIIT, sources=[doc], **fields)


def seed_0318(lex: Lexicon) -> Meeting:
    spoke = "会上，北京、天津、河北、上海、江苏、浙江、安徽、山东、河南、陕西等10个省市工业和信息化主管部门负责同志作了交流发言，工业和信息化部相关司局负责同志参加会议。"
    doc = make_doc("000_968c041b20610dd7.txt", "工信部：统筹抓好疫情防控和经济运行，在严格落实疫情防控措施的基础上着力稳定企业生产",
                   _at("2022-03-18", "19:10:53"), [
        "原标题：辛国斌主持召开一季度部分省市 工业经济运行情况视频座谈会",
        "2022年3月18日，工业和信息化部党组成员、副部长辛国斌主持召开一季度部分省市工业经济运行情况视频座谈会，学习贯彻习近平总书记在3月17日中共中央政治局常务委员会会议上的重要讲话精神，深入了解一季度工业经济运行情况，分析研判形势。",
        "一要统筹抓好疫情防控和经济运行，全力保障重点医疗物资、重要生活物资、农资化肥和基础工业产品等的生产供应。"
        "二要落实好促进工业经济平稳增长系列政策。三要推动落实政府工作报告部署的各项惠企政策。四要加强监测调度和形势研判。",
        spoke], "新浪财经")
    return _meeting(
        doc, "一季度部分省市工业经济运行情况视频座谈会", "2022-03-18", VIDEO,
        participations=[_person(doc, "辛国斌", CHAIR, "党组成员、副部长", "2022年"),
                        *_provinces(doc, lex, "北京 天津 河北 上海 江苏 浙江 安徽 山东 河南 陕西", PROVINCE_SPOKE, "会上")],
        provinces_claimed_count=10, sectors=_sectors(doc, "医疗物资"),
        measures=_measures(doc, ["统筹抓好疫情防控和经济运行", "落实好促进工业经济平稳增长系列政策",
                                 "推动落实政府工作报告部署的各项惠企政策", "加强监测调度和形势研判"]),
        cited=[CitedMeeting("中共中央政治局常务委员会会议", dt.date(2022, 3, 17), mention(doc, "中共中央政治局常务委员会会议"))])


def seed_0817(lex: Lexicon) -> Meeting:
    doc = make_doc("001_966cadcae9575d06.txt", "工业和信息化部召开部分省市工业经济形势分析视频会议",
                   _at("2022-08-18", "16:47:48"), [
        "工信部网站消息，8月17日下午，工业和信息化部党组成员、副部长辛国斌主持召开部分省市工业经济形势分析视频会议，研判三季度工业经济运行形势。",
        "一是围绕政策落实和扩大需求，在工业稳增长上下更大功夫。引导扩大汽车、家电、绿色建材等大宗商品消费需求。"
        "二是围绕纾困帮扶和环境优化，在保市场主体上下更大功夫。三是围绕统筹疫情防控和工业经济发展，在保障产业链供应链稳定上下更大功夫。"
        "四是围绕监测调度和风险预警，在守住工业经济安全底线上下更大功夫。",
        "会上，河北、辽宁、上海、江苏、浙江、安徽、福建、山东、河南、广东等10个省份工业和信息化部门负责同志作交流发言。"],
        "新浪财经", "https://finance.sina.com.cn/china/2022-08-18/doc-example.shtml")
    return _meeting(
        doc, "部分省市工业经济形势分析视频会议", "2022-08-17", VIDEO,
        participations=[_person(doc, "辛国斌", CHAIR, "党组成员、副部长"),
                        *_provinces(doc, lex, "河北 辽宁 上海 江苏 浙江 安徽 福建 山东 河南 广东", PROVINCE_SPOKE, "会上")],
        provinces_claimed_count=10, sectors=_sectors(doc, "汽车 家电"),
        measures=_measures(doc, ["围绕政策落实和扩大需求，在工业稳增长上下更大功夫", "围绕纾困帮扶和环境优化，在保市场主体上下更大功夫",
                                 "围绕统筹疫情防控和工业经济发展，在保障产业链供应链稳定上下更大功夫",
                                 "围绕监测调度和风险预警，在守住工业经济安全底线上下更大功夫"]))


def seed_0429(lex: Lexicon) -> Meeting:
    doc = make_doc("002_346f46394203d521.txt", "工信部党组学习贯彻习近平总书记重要讲话精神和中央政治局会议精神 研究确保工业经济稳定增长的具体措施",
                   _at("2022-04-29", "15:51:46"), [
        "4月29日，工业和信息化部党组传达学习习近平总书记重要讲话精神和中央政治局会议精神，研究确保工业经济稳定增长的具体措施。",
        "要确保重点工业企业稳定生产。进一步实施好重点企业“白名单”制度。",
        "要确保重点行业稳定运行。聚焦重要民生商品供应，保障食品、农资等行业稳定。聚焦汽车、芯片等重点产业，集中力量、加强协同，确保重点产业链运转顺畅。",
        "要确保重点区域产业畅通循环。聚焦长三角、珠三角等重点产业集聚区，加强跨区域协同，促进区域协同复工复产。"], "新浪财经")
    return _meeting(
        doc, "工业和信息化部党组会议", "2022-04-29", IN_PERSON,
        regions=[mention(doc, "长三角", rule="region-lexicon"), mention(doc, "珠三角", rule="region-lexicon")],
        sectors=_sectors(doc, "食品 汽车 芯片"),
        measures=_measures(doc, ["要确保重点工业企业稳定生产", "要确保重点行业稳定运行", "要确保重点区域产业畅通循环"]))


def seed_0527(lex: Lexicon) -> Meeting:
    doc = make_doc("003_c94b25b35698020a.txt", "工信部召开提振工业经济电视电话会议 强调以超常规力度和手段抓好一揽子政策措施落地见效",
                   _at("2022-05-27", "17:34:38"), [
        "5月27日，工业和信息化部召开提振工业经济电视电话会议，部党组书记、部长肖亚庆出席会议并讲话。部领导徐晓兰、韩夏、许科敏出席会议。",
        "针对汽车、集成电路、装备制造、生物医药等重点行业，发挥产业链供应链畅通协调平台作用。加强长三角、珠三角、京津冀等重点区域跨省市协调。",
        "组织新一轮新能源汽车下乡活动，促进汽车、家电等大宗商品消费。",
        "浙江、河南、广东、四川工业和信息化主管部门负责同志作了发言。(来源：工信部)"], "财联社")
    after = "部领导"
    return _meeting(
        doc, "提振工业经济电视电话会议", "2022-05-27", TELECONFERENCE,
        participations=[_person(doc, "肖亚庆", SPEAKER, "部党组书记、部长"), _person(doc, "徐晓兰", OFFICIAL, after=after),
                        _person(doc, "韩夏", OFFICIAL, after=after), _person(doc, "许科敏", OFFICIAL, after=after),
                        *_provinces(doc, lex, "浙江 河南 广东 四川", PROVINCE_SPOKE, "大宗商品消费")],
        regions=[mention(doc, r, rule="region-lexicon") for r in ("长三角", "珠三角", "京津冀")],
        sectors=_sectors(doc, "汽车 集成电路 新能源汽车 家电"),
        measures=_measures(doc, ["组织新一轮新能源汽车下乡活动"]))


def seed_1105(lex: Lexicon) -> Meeting:
    present = "各省、自治区、直辖市及新疆生产建设兵团、各计划单列市工业和信息化主管部门负责同志在各分会场参会。"
    doc = make_doc("004_3284dc94f04d644a.txt", "工信部：全力稳定提振工业经济 着力保障产业链供应链安全稳定",
                   _at("2021-11-05", "14:04:44"), [
        "上证报中国证券网讯 据工信微报11月5日消息，5日，工业和信息化部召开全国工信系统电视电话会议。"
        "工业和信息化部党组书记、部长肖亚庆出席会议并讲话。部党组成员、副部长辛国斌主持会议。",
        "要着力保障产业链供应链安全稳定，深入实施制造业强链补链行动。着力扩大工业领域有效需求。着力加强对中小企业的支持。",
        present], "新浪财经")
    cue = mention(doc, "all", "各省、自治区、直辖市", "province-all-present")
    return _meeting(
        doc, "全国工信系统电视电话会议", "2021-11-05", TELECONFERENCE,
        participations=[_person(doc, "肖亚庆", SPEAKER, "党组书记、部长"), _person(doc, "辛国斌", CHAIR, "党组成员、副部长"),
                        *(Participation(PROVINCE_PRESENT, p.id, "province", cue) for p in lex.mainland())],
        provinces_all_present=True, sectors=_sectors(doc, "制造业"),
        measures=_measures(doc, ["着力保障产业链供应链安全稳定", "着力扩大工业领域有效需求", "着力加强对中小企业的支持"]))


def seed_meetings(lex: Lexicon | None = None) -> list[Meeting]:
    lex = lex or sample_lexicon()
    return [build(lex) for build in (seed_1105, seed_0318, seed_0429, seed_0527, seed_0817)]


def xss_meeting(lex: Lexicon | None = None) -> Meeting:
    """A meeting whose name and article text try to inject markup."""
    lex = lex or sample_lexicon()
    name = "<img src=x onerror=alert(1)>"
    doc = make_doc("xss.html", "<script>alert(2)</script>标题", _at("2022-06-01"), [
        f"6月1日，{name}召开。</script><script>alert(3)</script>",
        "浙江工业和信息化主管部门负责同志作了发言。"], "<b>outlet</b>", "javascript:alert(4)")
    return Meeting(doc=doc, name=name, name_mention=mention(doc, name), date=dt.date(2022, 6, 1),
                   date_mention=None, format=VIDEO, organizer=MIIT,
                   participations=_provinces(doc, lex, "浙江", PROVINCE_SPOKE, "</script>"), sources=[doc])


START = dt.date(2000, 1, 1)


def synthetic_meetings(count: int, lexicon: Lexicon | None = None, seed: int = 7) -> list[Meeting]:
    lexicon = lexicon or sample_lexicon()
    patterns = seed_meetings(lexicon)
    provinces = [p.id for p in lexicon.mainland()]
    rng = random.Random(seed)
    return [_copy(patterns[i % len(patterns)], i, provinces, rng) for i in range(count)]


def _copy(base: Meeting, i: int, provinces: list[str], rng: random.Random) -> Meeting:
    day = START + dt.timedelta(days=i)
    doc_id = f"synthetic-{i:06d}.txt"
    published = dt.datetime.combine(day, dt.time(12), tzinfo=base.doc.published.tzinfo if base.doc.published else None)
    doc = dataclasses.replace(base.doc, id=doc_id, file=doc_id, published=published,
                              sha256=hashlib.sha256(doc_id.encode()).hexdigest())

    def move(m: Mention) -> Mention:
        return dataclasses.replace(m, doc_id=doc_id)

    spoke = [p for p in base.participations if p.role == PROVINCE_SPOKE]
    drawn = rng.sample(provinces, k=min(len(spoke), len(provinces)))
    parts = [dataclasses.replace(p, mention=move(p.mention)) for p in base.participations if p.role != PROVINCE_SPOKE]
    parts += [dataclasses.replace(p, participant=pid, mention=move(p.mention)) for p, pid in zip(spoke, drawn, strict=True)]
    return dataclasses.replace(
        base, doc=doc, sources=[doc], date=day, participations=parts,
        name_mention=move(base.name_mention) if base.name_mention else None,
        regions=[move(m) for m in base.regions], sectors=[move(m) for m in base.sectors],
        measures=[dataclasses.replace(m, mention=move(m.mention)) for m in base.measures],
        cited=[dataclasses.replace(c, mention=move(c.mention)) for c in base.cited])


