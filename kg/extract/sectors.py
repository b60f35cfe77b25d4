"""Sectors a meeting singles out: industries and product groups, as the text writes them.

A sector is
- a label of the SKOS scheme (kg/data/sectors.csv), widened to the modifiers that belong to it
  (高档数控机床 holds 数控机床: its concept is machine-tools);
- an industry the scheme lacks, named as such (信息通信行业, 脑机接口产业); or
- an item of an enumeration that ends in 等…行业/产业/产品/物资 (化肥、钾肥、硫磺等产品).
Names of bodies (原材料工业司, 交通运输部, 中国电信), titles of laws and documents (《…保障法》) and
generic labels (传统产业, 中小企业) are not sectors; nor are a kind of body in a list of those who attended
(金融机构), a kind of policy (土地、财税、金融等政策) or what a leader toured before the meeting (察看原油加工装置).
A label widens over the equipment made for it (纺织机械).  Words are told apart by rjieba's tags.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from kg.extract.lexindex import Index, alternation
from kg.extract.text import TELLS_MEETING, Token, tokens
from kg.extract.titles import in_book_title, is_chrome
from kg.model import Document, Mention, Span

# Part-of-speech tags of words a sector's name may hold (nouns, distinguishing words, abbreviations,
# Latin names such as 5G); verbs, places, people and function words end it.
_NOUNISH = frozenset({"n", "nz", "b", "j", "eng", "an", "ng"})
_MAX_ITEM = 8  # characters of one enumerated item
_MIN_NAME = 2
_NOT_AN_INDUSTRY = ("链", "园", "化", "集群", "基地", "基金", "政策", "工人", "结构", "体系", "布局", "转移", "规划",
                    "模式", "形态", "生态", "引导")  # 制造业产业模式, 细化产业引导政策: 产业 begins another word
# A law's title (粮食安全保障法草案, 食品安全法有关规定, 金融法院): 法 that is not 违法, 依法, 办法, 法律…
_LAW_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?(?<![违依合执非算立守司办方做用手无良])法(?![律规治宝人制])"
                        r"|[^，。；《》]{0,16}?的(?:公约|条约|协定|议定书)")  # …制止与国际民用航空有关的非法行为的公约
_BODIES_AFTER = re.compile(r"[^，。；、]{0,6}(?:、[^，。；、]{1,10}){0,8}等(?:有关|相关)?(?:部门|单位|机构|团体|组织)")
# 委员长会议建议，常委会第三十七次会议议程是：…审议…关于…的报告 (and 建议的议程还有：…)
_NEXT_AGENDA = re.compile(r"建议[，,]?[^。]{0,30}?(?:次会议|会议)(?:的)?(?:主要)?议程|建议的议程"
                          r"|建议[，,]?[^。]{0,30}?次会议审议")
_A_DRAFT = r"(?<![违依合执非算立守司办方做用手无良])法(?:修正案|修正|修订|的决定)?草案"
# A draft law a sentence is about (提交…审议的关于修改农业技术推广法的决定草案，在…中增加…; 草案规定…; …草案的说明;
# 国务院提出了关于提请审议…法修订草案的议案; 尹中卿就旅游法立法必要性…作了说明): what the draft regulates is not
# what the sitting singles out.
_LAW_BUSINESS = re.compile(r"^(?:提交[^，。；]{0,20}?审议的)?[^，。；审通]{0,30}?" + _A_DRAFT + "[，,]"
                           r"|" + _A_DRAFT + r"(?:[^，。；]{0,4}?(?:规定|明确|增加|提出)|的说明)"
                           r"|提请审议[^，。；]{0,30}?" + _A_DRAFT +
                           r"|就[^。，]{0,20}?法(?:立法|草案|修正案)[^。]{0,80}?作了?说明")
# A lecture after the sitting (闭幕会后，…应邀作题为“人工智能…”的学习讲座) is not the meeting's.
_LECTURE = re.compile(r"作[^。]{0,40}?讲座|讲座[^。]{0,20}?(?:主讲|作)")
_TOURED = re.compile(r"考察|察看|来到|走进|实地查看|参观|看望|走访")
# 土地、财税、金融等政策; 电价、财税、金融等煤电企业纾困支持政策; 加大金融等支持…力度
_MEANS_AFTER = re.compile(r"等(?:方面的?)?(?:政策|支持政策|手段|工具|要素保障)(?=[，。；、和及]|$)"
                          # 深化经贸、能源、金融等领域合作: the fields of a cooperation, not industries singled out
                          r"|(?:[、和及][^，。；、]{1,8}){0,8}等(?:重点|各)?领域(?:的)?(?:务实|互利)?(?:交流(?:与|和))?合作"
                          r"|等(?!领域|产业|行业)[^，。；、]{1,10}?(?:支持政策|纾困政策|政策措施)|等(?:方面的?)?支持[^，。；]{0,20}?力度"
                          r"|等(?:创新)?(?:资源|要素)")  # 平台、人才、金融等创新资源配置: means, not an industry
_STATISTIC_AFTER = re.compile(r"(?:总)?(?:产量|产值|增加值|销量)(?:要|将|达到|稳定在|保持在)?[^，。；\d]{0,4}\d"
                              r"|消费(?:量|总量)?(?:和|均|同比|增长|下降)")  # 全社会电力消费和工业电力消费均高出…
# A list of those who attended (…部分金融机构、企业…负责同志参加会议): a kind of body is not a sector there,
# while its industries are (稀土生产企业, 通用机械、模具等十五个机械行业协会).
_A_KIND_OF_BODY = re.compile(r"(?:机构|企业|单位|部门|系统)")
_ATTENDANCE = re.compile(r"(?:(?:负责同志|负责人|代表|有关人员)(?:等)?|，共)(?:[\d约余多]+多?人)?"
                         r"(?:参加|出席|列席)(?:了)?(?:会议|座谈会|大会|全体会议|开幕会|活动)?[。；]?$")
_IN_A_BODY_NAME = re.compile(r"(?:和|与|及)[\u4e00-\u9fff]{1,4}?(?:委员会|管理局|总局|局|厅)"
                             r"|[\u4e00-\u9fff]{1,3}?(?:总局|管理局)"  # 新闻出版广电总局, 金融监管总局
                             r"|[\u4e00-\u9fff]{1,8}?(?:有限公司|公司|集团|工业园区|产业园区)")
_MADE = ("装备", "设备", "机械", "材料")
_MADE_FOR = re.compile(rf"(?:{'|'.join(_MADE)})(?!制造企业|企业|厂)")  # the equipment is singled out
_PEOPLE_WORDS = frozenset({"人士", "人员", "干部", "群众", "代表", "委员", "企业家", "职工"})
_QUALIFIERS = ("重点", "相关", "有关", "主要", "区域")
_BODY_ENDS = ("委", "部", "局", "厅", "署", "办", "司")


@dataclass(frozen=True, slots=True)
class _Cues:
    industry: re.Pattern[str]
    enumeration: re.Pattern[str]
    not_after: re.Pattern[str]
    generic: frozenset[str]
    not_before: frozenset[str]
    widen: frozenset[str]
    places: frozenset[str]  # regions are not sectors (长三角、珠三角等重点区域)
    qualifier_end: re.Pattern[str]  # a word that ends in a qualifier (确保重点, as the tagger cuts it)
    widen_before: re.Pattern[str]  # a modifier right before a label
    not_within: re.Pattern[str]  # words that hold a label without being the sector
    not_within_reach: int
    field_only: frozenset[str]  # labels that are a sector only before one of field_after
    field_after: re.Pattern[str]


@cache
def _cues(index: Index) -> _Cues:
    cues = index.cues["sectors"]
    return _Cues(re.compile(cues["industry_re"]), re.compile(cues["enumeration_re"]),
                 re.compile(alternation(cues["not_after"])), frozenset(cues["generic"]),
                 frozenset(cues["industry_not_before"]), frozenset(cues["widen"]), frozenset(index.regions_of),
                 re.compile(alternation(w for w in cues["industry_not_before"] if len(w) > 1) + "$"),
                 re.compile(alternation(cues["widen"]) + "$"), _overlapping(cues["not_within"]),
                 max(map(len, cues["not_within"])), frozenset(cues["field_only"]),
                 re.compile(alternation(cues["field_after"])))


def _overlapping(words: list[str]) -> re.Pattern[str]:
    """Each of `words` wherever it starts, overlapping ones too (a lookahead that captures)."""
    return re.compile(f"(?=({alternation(words)}))")


def extract_sectors(doc: Document, spans: list[Span], index: Index) -> list[Mention]:
    """Sector labels as written, first mention of each, in text order."""
    cues = _cues(index)
    found: dict[str, Mention] = {}
    drafted = False  # in a sentence about draft laws or the next agenda, whose clauses (…；明确…) are spans too
    for span in spans:
        text = span.text
        drafted = drafted or bool(_LAW_BUSINESS.search(text) or _NEXT_AGENDA.search(text))
        skipped = drafted or _LECTURE.search(text) \
            or _TOURED.search(text) and not TELLS_MEETING.search(text)
        drafted = drafted and text.rstrip().endswith(("；", ";"))  # its next clause
        if skipped:
            continue  # a draft law's content, the next sitting's agenda, a lecture, what a tour saw before the
            # meeting (察看原油加工装置): not what this meeting singles out
        attendance = bool(_ATTENDANCE.search(text.rstrip()))
        if index.sector_re is None or not (index.sector_re.search(text) or cues.industry.search(text)
                                           or cues.enumeration.search(text)) or is_chrome(text):
            continue  # (网站支持IPv6 微信 智能机器人 无障碍浏览: a site's chrome)
        candidates = list(_labelled(text, index, cues))
        if cues.industry.search(text) or cues.enumeration.search(text):  # tagging costs: only where needed
            words = tokens(text)
            candidates += [*_industries(text, words, cues), *_enumerated(text, words, cues)]
        taken: list[tuple[int, int]] = []  # kept, or refused as the name of a body: nothing inside counts
        for start, end, rule in sorted(candidates, key=lambda c: (c[0], -c[1])):
            if any(a < end and start < b for a, b in taken):
                continue  # the first, longest name wins: 钢铁行业 over 钢铁, 工业软件 over 软件产业
            acceptable = _acceptable(text, start, end, cues) and not (attendance and _A_KIND_OF_BODY.match(text, end)) \
                and (end - start > 2 or not _straddled(text, start, end))
            if acceptable or end - start >= _MIN_NAME:
                taken.append((start, end))
            label = text[start:end]
            if acceptable and label not in found:
                found[label] = Mention(label, Span(span.start + start, span.start + end, label), rule, doc.id)
    kept = [m for m in found.values() if not _a_longer_form(m.value, found, index.sector_of)]
    return sorted(kept, key=lambda m: m.span.start)


def _straddled(text: str, start: int, end: int) -> bool:
    """A word begins before a two-character label and ends inside it (畅通|信息渠道 holds no 通信), or an
    abstract noun begins inside it and ends after it (联农带农|机制 holds no 农机)."""
    before = start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff"
    after = text[end - 1:end + 1] in _ABSTRACT_AFTER  # (only such a word can straddle the end: no tagging else)
    if not (before or after):
        return False  # (between punctuation no word reaches in: no tagging needed)
    return any(before and t.start < start < t.end < end or after and t.start == end - 1 and t.end == end + 1
               for t in tokens(text))


# Abstract nouns that take a label's last character (带农|机制, 管理|体制): a word straddling the label's end
# in a run of goods (粮|油菜|肉) is the tagger's guess, not a reason to drop the label.
_ABSTRACT_AFTER = frozenset({"机制", "体制", "制度", "机构", "机关", "体系", "机理", "制约"})


def _a_longer_form(label: str, found: dict[str, Mention], concept_of: dict[str, str]) -> bool:
    """人工智能产业 beside 人工智能, 托育服务 beside 托育: one sector, named as written first; not
    信息通信业 (telecoms) beside 信息通信 (ICT), which the scheme tells apart."""
    return any(label != other and label.startswith(other) and label[len(other):] in _SAME_SECTOR
               and concept_of.get(label, concept_of.get(other)) == concept_of.get(other) for other in found)


_SAME_SECTOR = frozenset({"产业", "行业", "服务", "服务业", "业"})


def _acceptable(text: str, start: int, end: int, cues: _Cues) -> bool:
    label = text[start:end]
    if len(label) < _MIN_NAME or label in cues.generic or label.isdigit() or label in cues.places:
        return False
    if label in cues.field_only and not cues.field_after.match(text, end):
        return False  # 烘干设备, 三峡工程建设: a thing or a project, not the field (设备更新 is)
    if _STATISTIC_AFTER.match(text, end):
        return False  # 粮食产量1.4万亿斤左右: a target figure, not the industry singled out
    if _MEANS_AFTER.match(text, end):
        return False  # 土地、财税、金融等政策: a kind of policy, not the industry
    if _BODIES_AFTER.match(text, end):
        return False  # 文化、教育、新闻出版广电、文联等部门和团体: the bodies of a field
    if _LAW_AFTER.match(text, end):
        return False  # 粮食安全保障法: a law's title without its 《》
    reach = cues.not_within_reach  # (one search of a window, not a find for each of the words)
    for found in cues.not_within.finditer(text, max(0, start - reach), end + reach):
        if found.start() <= start and end <= found.end(1):
            return False  # 古建筑
    after = end + text.startswith(("”", "’"), end)  # “菜篮子”市长负责制: past the closing quote
    if cues.not_after.match(text, after) or text.startswith("中国", max(0, start - 2)) and start >= 2 \
            and not label.endswith(("产业", "行业")):
        return False  # 原材料工业司, 交通运输部, 中国电信 (not 中国生物医药产业: the country's industry)
    if _IN_A_BODY_NAME.match(text, end):
        return False  # 文化广电和旅游局, 农业和农村委员会, 中国国际信托投资公司
    if _HELD_AFTER.match(text, end) and _VENUE_BEFORE.search(text, max(0, start - _VENUE_REACH), start):
        return False  # 在上海临港维也纳国际酒店隆重召开: the venue's tail, not the hotel industry
    return not in_book_title(text, start)  # not inside a title of a law or document


_HELD_AFTER = re.compile(r"(?:隆重|盛大|成功|顺利)?(?:召开|举行|举办|开幕)")
_VENUE_BEFORE = re.compile(r"在[^，。；、\s]{2,18}$")
_VENUE_REACH = 20


def _labelled(text: str, index: Index, cues: _Cues):
    """Scheme labels, widened over a modifier that belongs to them (高档数控机床)."""
    for match in index.sector_re.finditer(text):  # type: ignore[union-attr]
        start = match.start()
        if match.group() in cues.generic:
            yield start, match.end(), "topics.sector"  # refused, and nothing widens it
            continue
        widened = cues.widen_before.search(text, max(0, start - 3), start)
        made = None if match.group().endswith(_MADE) else _MADE_FOR.match(text, match.end())  # 纺织机械, 风电装备
        yield widened.start() if widened else start, made.end() if made else match.end(), "topics.sector"


def _industries(text: str, words: Sequence[Token], cues: _Cues):
    """民爆行业, 信息通信行业: the run of noun-like words before 行业/产业, past the words that
    only qualify it (全国, 部分, 发展…)."""
    for n, token in enumerate(words):
        suffix = cues.industry.search(token.word)
        if not suffix or suffix.end() != len(token.word):
            continue
        phrase = [token]
        for previous in reversed(words[:n] if len(token.word) == len(suffix.group()) else []):  # 医药产业: whole
            joined = previous.end == phrase[0].start and token.end - previous.start <= _MAX_ITEM
            if previous.tag not in _NOUNISH or not joined:
                break
            phrase.insert(0, previous)
        if text.startswith(_NOT_AN_INDUSTRY, token.end):
            continue  # 产业链, 产业园, 产业化
        if any(t.word in _PEOPLE_WORDS for t in phrase):
            continue  # 非公有制经济人士行业涉及面广: the people of many trades, not an industry
        if len(phrase) > 1 and phrase[-2].word.endswith(_BODY_ENDS):
            continue  # 国家发改委产业协调司: a body's department, not an industry
        while phrase and (phrase[0].word in cues.not_before or phrase[0].word.endswith(_QUALIFIERS)):
            phrase.pop(0)
        head = phrase[-2].word if len(phrase) > 1 and len(token.word) == len(suffix.group()) else ""
        if cues.qualifier_end.search(head):
            continue  # 重点行业, and 确保重点|行业 as the tagger cuts it
        if phrase and token.end - phrase[0].start >= len(suffix.group()) + _MIN_NAME and head not in cues.not_before:
            yield phrase[0].start, token.end, "topics.industry"


def _enumerated(text: str, words: Sequence[Token], cues: _Cues):
    """Each item of 化肥、钾肥、硫磺等产品 (the first item without the verb that opens the list)."""
    for match in cues.enumeration.finditer(text):
        clause_start = max(text.rfind(c, 0, match.start()) for c in "，。；：:“”（）()") + 1
        items = re.split(r"、|和|及|以及|与", text[clause_start:match.start()])
        at = clause_start
        for n, item in enumerate(items):
            start, end = at, at + len(item)
            at = end + _separator_length(text, end)
            if n == 0:
                start = _after_verbs(words, start, end, cues)
            inner = [t for t in words if start <= t.start < end]
            if 0 < end - start <= _MAX_ITEM and "的" not in text[start:end] and all(t.tag != "v" for t in inner):
                yield start, end, "topics.enumerated"


def _separator_length(text: str, at: int) -> int:
    return 2 if text.startswith("以及", at) else 1


def _after_verbs(words: Sequence[Token], start: int, end: int, cues: _Cues) -> int:
    """Where the first item begins: past the verbs, prepositions and adverbs that open the clause."""
    for token in words:
        if token.end <= start:
            continue
        if token.start >= end or token.tag in _NOUNISH and token.word not in cues.not_before:
            return max(start, token.start)
    return end


# The body a meeting's name says met (中国稀土行业协会成立大会, 中国增材制造产业联盟…会员大会): its field is the
# sector the meeting is about, though a label before 协会 or 联盟 elsewhere only names a body.
_OWN_BODY = re.compile(r"(?:行业|产业|工业)?(?:协会|联盟|联合会|学会|商会)"
                       r"[^，。；]{0,12}?(?:成立大会|会员大会|会员代表大会|理事会|年会|大会)$")


def own_body_field(doc: Document, name: Mention, index: Index) -> list[Mention]:
    """The scheme's labels that end in the name of the body the meeting is of."""
    text = name.span.text  # (offsets into the page: the name as written)
    if index.sector_re is None or not _OWN_BODY.search(text):
        return []
    found = []
    for match in index.sector_re.finditer(text):
        if _OWN_BODY.match(text, match.end()) and match.group() not in _cues(index).generic:
            start = name.span.start + match.start()
            found.append(Mention(match.group(), Span(start, start + len(match.group()), match.group()),
                                 "topics.own-body", doc.id))
    return found
