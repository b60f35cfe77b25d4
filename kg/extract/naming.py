"""The name and convener of the meeting a lead sentence reports, as the text gives them.

The name runs from after the holding verb to its meeting noun, kept whole where
the text joins meetings (…会议暨…视频会议) or names a sitting (…部际联席会议2022年度工作会议),
with its quotes balanced; the convener is the body right before the verb, past
dates, places and adverbs (工信部也在北京召开, 由工信部主办的, 中共中央、国务院举行).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.convener import HOST, HOST_IN_NAME, ORG_SUFFIX, canonical
from kg.extract.dates import DATE_RE
from kg.extract.leadforms import TICKER
from kg.extract.lexindex import Index
from kg.model import Document, Mention, Span

_VERBS_IN_NAME = re.compile(r"出席|主持|召开|举行|参加|指导(?:了)?(?=[^，。；]{2,30}?生活会)")  # 指导了…民主生活会


@dataclass(frozen=True, slots=True)
class Lead:
    span: Span  # the sentence that reports the meeting
    name: str
    name_mention: Mention
    subject: str  # text before the verb in the lead clause (the convener)


def lead_of(doc: Document, span: Span, match: re.Match[str], rule: str, index: Index) -> Lead:
    """The Lead of a candidate `match` (found by `rule`) in the sentence `span`."""
    verb: list[re.Match[str]] = []
    hosts = ""
    if rule == "party":
        body = match.group("org").removesuffix("党组")
        name, start, end = canonical(body, index) + "党组会议", match.start("org"), match.end()
    elif rule == "study":  # …党组理论学习中心组举行2026年第三次集体学习
        kind = re.sub(r"^.*?(?=集体学习|集中学习|扩大学习|专题学习|学习会|[（(]扩大[）)]学习)", "", match.group("kind"))
        name, start, end = match.group("name") + kind, match.start("name"), match.end()
        name = re.sub("(?<=党组|党委)(?:开展|举行)", "", name)  # 党组开展理论学习中心组学习
        if verb := list(_VERBS_IN_NAME.finditer(name)):  # 教育与考试中心召开2023年第三次党总支理论学习中心组…
            start += verb[-1].end()
            name = name[verb[-1].end():]
    elif rule == "studied":  # 市工信局组织学习宣传…精神: named by what it studied
        name, start, end = match.group("name") + "会议", match.start("name"), match.end("name")
        hosts = match.group("org")
    else:
        name, start, end = match.group("name"), match.start("name"), match.end("name")
        if verb := list(_VERBS_IN_NAME.finditer(name)):
            start += verb[-1].end()
            name = name[verb[-1].end():]
        if joined := _JOINED.match(span.text, end) or _SUB_MEETING.match(span.text, end):  # one meeting:
            name, end = name + joined.group(), joined.end()  # …会议暨…视频会议, 部际联席会议2022年度工作会议
        trimmed = _LEADING_DAY.sub("", _WIRE_TAG.sub("", name))
        trimmed = _THEMED.sub("", trimmed)  # 以“…”为主题的…论坛, 为期两天的…论坛
        if hosted := HOST_IN_NAME.match(trimmed):  # 出席了由国家发改委、工信部…联合组织的“反内卷”专题会议
            hosts, trimmed = hosted.group("by"), trimmed[hosted.end():]
        start += len(name) - len(trimmed)
        name, start = _balance_quotes(span.text, trimmed, start)
        if name.endswith("”") and not span.text[:end].endswith("”"):
            end += 1  # the closing quote _balance_quotes added is evidence too
        if "》" in name and "《" not in name:  # 纪念…《在…座谈会上的讲话》发表80周年座谈会
            opening = span.text.rfind("《", 0, start)
            if opening >= 0:
                lead_in = re.search(r"[^，。；：:（）()\s“”]{0,20}$", span.text[:opening])
                start = lead_in.start() if lead_in else opening
                name = span.text[start:end]
    # 《指导意见》（以下简称…）解读会; 规划（第15个五年规划，2026至2030年）…座谈会; 中国电信(00728)…工作会议
    name = _TICKER.sub("", _ASIDE.sub("", name))
    if press := _PRESS_AND.match(name):  # …新闻发布会及全国联络员会议: the meeting, not the press event
        start += press.end()
        name = name[press.end():]
    if span.start < doc.body_start and len(name) > 4:  # the body names it in full
        name = _fuller_in_body(doc, name)
    if rule == "bracket":  # 【全国船舶工业…工作会议】工信部近日在浙江召开
        subject = _subject(match.group("by"))
    elif rule == "talk":  # 工业和信息化部信息通信管理局针对…问题，集中约谈了…
        subject = _regulator(span.text[: match.start()], index)
    elif hosts:
        subject = hosts
    else:
        subject = _subject(span.text[: match.start()] if rule != "study" or not verb else
                           span.text[: match.start("name") + verb[-1].start()])
    if span.start < doc.body_start and (not subject or _MINISTRY.search(subject)):
        told = _body_subject(doc, name)  # a title without its convener: the body's lead names it
        if not subject or _BARE_DEPARTMENT.fullmatch(told):  # 工信部召开… / 节能与综合利用司在北京召开…
            subject += told
    elif not subject and name.endswith("仪式"):  # 工信部、陕西省人民政府于…签署了…协议。…出席签字仪式
        subject = _signatories(doc, span)
    elif not subject and rule == "held" and index.organizer_re:  # 工信部立即启动应急预案…。…两次组织召开视频调度会
        before = doc.text[doc.body_start: span.start].rstrip("。；\n ")
        previous = index.organizer_re.match(before, max(before.rfind("。"), before.rfind("\n")) + 1)
        subject = previous.group() if previous and span.text[:match.start()].count("，") == 0 else ""
    sitting = (name.startswith(("（扩大）", "(扩大)")) or name.startswith("第") and not _EDITION.match(name)) \
        and _SITS.search(subject)  # whose sitting: the convener's (not 第九届…设计周, an event's edition)
    if subject and (name in index.cues["meeting"]["generic_names"] or sitting):
        name = subject + name
    begin, stop = span.start + start, span.start + end
    name = _SPACED.sub("", name).strip()  # 部署 App 侵害…会议: the page's spacing is not the name
    return Lead(span, name, Mention(name, Span(begin, stop, doc.text[begin:stop]), f"lead.{rule}", doc.id), subject)


_ASIDE = re.compile(r"\s?[（(]\s?(?:(?:以下简称|以下称|下称|简称)[^）)]*"
                    r"|[^（）()，。；]{1,12}[，,][^（）()，。；]{1,12})[）)]")
_THEMED = re.compile(r"^(?:——|了|一次|新一届|在|以“[^”]{1,40}”为主题的|主题为“[^”]{1,40}”的"
                     r"|《[^》]{2,20}(?:讯|电|消息)》"  # 《经济通通讯社23日专讯》: a wire's dateline
                     r"|为期[一二两三四五六七八九十\d]+天的)")
_TICKER = re.compile(TICKER)
_SPACED = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[A-Za-z\d])|(?<=[A-Za-z\d]) (?=[\u4e00-\u9fff])")
_PRESS_AND = re.compile(r"^[^，。；]*?新闻发布会(?:及|和|、)(?=[^，。；]{2,30}?会)")  # not 暨: one event


def _fuller_in_body(doc: Document, name: str) -> str:
    """…工作会 -> …工作会议, …编制工作会 -> …编制工作座谈会, 制造业座谈会 -> 制造业企业座谈会."""
    if name.endswith("会"):
        at = doc.text.find(name[:-1], doc.body_start)
        fuller = _FULLER.match(doc.text, at + len(name) - 1) if at >= 0 else None
        if fuller:
            return name[:-1] + fuller.group()
    lead = doc.text[doc.body_start: doc.body_start + 400]
    if name in lead:
        return name
    for cut in range(2, len(name) - 2):  # a word left out of the middle of the title's name
        if found := _with_word_inserted(lead, name[:cut], name[cut:]):
            return found
    return name


def _with_word_inserted(text: str, head: str, tail: str) -> str | None:
    """head + 1-4 characters (no verb) + tail in `text`, found by plain search: no pattern per cut."""
    at = text.find(head)
    while at >= 0:
        middle = at + len(head)
        end = text.find(tail, middle + 1, middle + 4 + len(tail))
        if end >= 0 and _INSERTED.fullmatch(text, middle, end):
            return text[at: end + len(tail)]
        at = text.find(head, at + 1)
    return None


_DEPARTMENT_AFTER = re.compile(r"[\u4e00-\u9fff]{0,14}?(?:司|局|厅|办公室|中心)"
                               r"(?=[^\u4e00-\u9fff]|针对|就|对|于|在|近日|日前|依法|集中|联合|分别|约谈)")


def _regulator(before: str, index: Index) -> str:
    """The last known body named before a talk (约谈), with its department written after it."""
    found = list(index.organizer_re.finditer(before)) if index.organizer_re else []
    if not found:
        return ""
    last = found[-1]
    department = _DEPARTMENT_AFTER.match(before, last.end())
    return last.group() + (department.group() if department else "")


_SIGNING = re.compile(r"(?:共同)?(?:签署|签订)(?:了)?")


def _signatories(doc: Document, span: Span) -> str:
    """The bodies that signed, in the sentence before a signing ceremony or in its own."""
    end = len(doc.text[: span.start].rstrip("。；\n "))
    start = max(doc.text.rfind("。", doc.body_start, end) + 1, doc.text.rfind("\n", doc.body_start, end) + 1,
                doc.body_start)
    for sentence in (doc.text[start: end], span.text):
        if found := _SIGNING.search(sentence):
            return _subject(sentence[: found.start()])
    return ""


def _body_subject(doc: Document, name: str) -> str:
    at = doc.text.find(name, doc.body_start)
    sentence = max(doc.text.rfind("。", 0, at), doc.text.rfind("\n", 0, at), doc.body_start - 1) + 1
    before = doc.text[sentence: at] if at > 0 else ""
    held = re.search(r"(?:主持)?(?:召开|举行|举办)(?:了)?“?$", before)
    return _subject(before[: held.start()]) if held else ""


# A day glued to the name it dates: 12月1日联盟筹备工作组成立大会在北京召开 (a year alone is the name's: 2023年…大会).
# C114讯6月5日消息（岳明）…: an outlet's tag and dateline before the name
_WIRE_TAG = re.compile(r"^[^，。；]{0,16}?(?:讯|消息|日电)(?=\s?[\d（(])\s?"
                       r"(?:\d{1,2}月\d{1,2}日(?:消息|电|讯))?(?:[（(][^（）()]{1,10}[）)])?")
_LEADING_DAY = re.compile(r"^(?:(?:\d{4}年)?\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上|晚)?")
_MINISTRY = re.compile(r"(?:部|工信部|发改委|发展改革委)$")
_BARE_DEPARTMENT = re.compile(r"(?!.*(?:部|委|省|市|政府))[\u4e00-\u9fff]{2,14}(?:司|局)")  # 节能与综合利用司
_EDITION = re.compile(r"第[一二三四五六七八九十百\d]+届(?![^，。；]*?次)")
_SITS = re.compile(r"(?:委员会|常委会|主席团|代表团|会议|全会|大会|组|政府|党组)$")
_JOINED = re.compile(r"暨[^，。；：:（）()\s“”]{1,40}?(?:会议|大会|座谈会|会)(?![议堂室员]|会员)")
_SUB_MEETING = re.compile(r"[\u4e00-\u9fff\d]{0,12}?(?:年度|第[一二三四五六七八九十\d]+次|专题|全体|扩大|联络员)"
                          r"[^，。；：\s（）()]{0,12}?(?:会议|会)(?=[，。；：\s]|$|上|期间)")
_FULLER = re.compile("[\u4e00-\u9fff]{0,3}?会议?")
_INSERTED = re.compile("(?!.*(?:出席|主持|召开|举行|参加))[\u4e00-\u9fff]{1,4}")  # a word, not a verb
_ITEM = f"[\u4e00-\u9fff]{{2,30}}?(?:{ORG_SUFFIX}|中央|政协|政府|党校)(?:[（(][^（）()]{{1,12}}[）)])?"
_JOINT_CONVENERS = re.compile(f"(?:^|[^\u4e00-\u9fff、])((?:{_ITEM}(?:、|与|和|及|以及))+{_ITEM})$")
_CONVENER = re.compile(f"(?:^|[^\u4e00-\u9fff])?([\u4e00-\u9fff]{{2,30}}?{ORG_SUFFIX}|[\u4e00-\u9fff]监会)$")  # 证监会
_HOSTED_BY = re.compile(HOST + "“?$")


def _balance_quotes(text: str, name: str, start: int) -> tuple[str, int]:
    """A quoted theme keeps both quotes (“青春…担当”青年…推进会, 第二届“蒙商大会”); a name wholly in quotes has none."""
    if name.count("”") > name.count("“") and start > 0 and text[start - 1] == "“":
        return "“" + name, start - 1
    if name.startswith("“") and "”" not in name:
        return name[1:], start + 1
    if name.count("“") > name.count("”") and text.startswith("”", start + len(name)):
        return name + "”", start  # 第二届“蒙商大会”
    return name, start


_SAID = re.compile(r"(?P<who>[^，。；]{2,30}?)(?:发布消息称|发布消息|消息称|通报称|表示|透露)$")
# What stands between a convener and its verb, stripped from the clause's end until none is left.
_BETWEEN = (re.compile(r"(?:上午|下午|晚上|晚|在京|在北京)$"),
            re.compile(r"以[^，。；]{1,12}?(?:形式|方式)$"),  # 工信部以视频形式(召开)
            re.compile(r"(?:在|于)[^，。；在于]{0,16}$"),  # 电管局在福建福州(召开), 工信部于(3月18日召开)
            # 管理局组织基础电信企业(召开)
            re.compile(r"(?:组织(?!部)|召集|约请|邀请)[^，。；]{1,16}?"
                       r"(?:企业|单位|部门|机构|公司|协会|代表|专家|人员|负责人|负责同志|董事长|总经理)$"),
            re.compile(r"(?:也|还|又|再|再次|亦|则|同时|随后|当天|当日|上周末|上周|本周|近日|近期|日前|今天|今日"
                       r"|昨天|昨日|分别|先后)$"),  # 工信部也(在北京召开), 无线电管理局分别(在北京召开)
            re.compile(r"(?:组织|組織|联合|聯合|共同|专门|專門)+$"),  # 工信部组织(召开), 两局以视频方式联合组织(召开)
            re.compile(r"(?:正式)?成立并$"),  # …专家咨询委员会日前成立并(召开第一次会议)
            re.compile(r"(?<=[局司厅院会])[（(][^（）()]{1,20}[）)]$"))  # …管理局（国家无线电办公室）, …委员会（简称…）


def _bare_subject(clause: str) -> str:
    clause = re.sub(r"^(?:之后|随后|其后|此后|然后)", "", DATE_RE.sub("", clause))  # 之后联合检查组(在…召开)
    stripped = None
    while stripped != clause:
        stripped = clause
        for between in _BETWEEN:
            clause = between.sub("", clause)
    return clause


def _subject(before: str) -> str:
    """The convening body right before the verb: 国务院联防联控机制(19日)召开…"""
    clauses = re.split(r"[，。；：:]", before)
    clause = _bare_subject(clauses[-1])
    if not clause.strip("已") and len(clauses) > 1 and (said := _SAID.search(clauses[-2])):
        clause = _bare_subject(said.group("who"))  # 工业和信息化部发布消息称，已于7月18日组织召开
    if hosted := _HOSTED_BY.search(clause):  # 由工信部主办的(“…座谈会”在北京召开)
        return hosted.group("by")
    if joint := _JOINT_CONVENERS.search(clause):  # 中共中央、国务院(举行), 工业和信息化部与浙江省人民政府(举行)
        return joint.group(1)
    match = _CONVENER.search(clause)
    return match.group(1) if match else ""


def shortened(short: str, full: str) -> bool:
    """节能与新能源汽车产业发展会议 for 节能与新能源汽车产业发展部际联席会议联络员会议: a title keeps the
    name's head and its last word."""
    noun = re.search("(?:会议|座谈会|大会)$", short)
    return bool(noun) and noun.start() >= 4 and full.startswith(short[:noun.start()]) and full.endswith(noun.group()) \
        and short not in full  # not …第十四次会议 for its 第一次全体会议
