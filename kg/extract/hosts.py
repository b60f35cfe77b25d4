"""Who holds a meeting: a public body or official, or a foreign, multilateral or bilateral party."""

from __future__ import annotations

import re
from functools import cache

from kg.extract.content import SUBJECT_VERB
from kg.extract.convener import HOST_IN_NAME, HOSTED_BY, known_org, province_body
from kg.extract.lexindex import Index, alternation
from kg.extract.naming import Lead
from kg.model import Document, Span

# A body's official by title: 工业和信息化部副部长, …装备工业司副司长, …软件服务业司巡视员
_BODY_OFFICIAL = r"(?:部|委|局|署|厅)[^，。；、]{0,12}?(?:部长|主任|局长|司长|署长|厅长|巡视员|总工程师|总经济师)"
# A minister or a ministry's department head who spoke at it (工业和信息化部副部长陈肇雄出席并致辞)
OFFICIAL_SPOKE = re.compile(_BODY_OFFICIAL + r"[^，。；]{2,24}?(?:出席|参加)[^，。；]{0,6}?(?:致辞|讲话|发言)"
                             r"|(?:部|委|局|署|厅|司)[^，。；、]{0,8}?(?:有关|相关)?领导到会(?:并)?(?:讲话|致辞)"
                             # …”工业和信息化部软件服务业司巡视员李颖在会上讲到: one quoted from it
                             "|" + _BODY_OFFICIAL
                             + r"[\u4e00-\u9fff·]{2,5}在(?:[^，。；]{0,8}?(?:论坛|峰会|开幕式)|(?:大)?会(?:议)?)上"
                             r"(?:讲到|表示|指出|强调|说)"
                             # …。工业和信息化部规划司副司长何映昆指出，…: a ministry's official quoted on the event
                             "|" + _BODY_OFFICIAL + r"[\u4e00-\u9fff·]{2,3}(?:指出|强调|致辞|在(?:发言|讲话|致辞)中)")
# A ministry's official named (…装备工业司副司长王卫明在开…) whom the item then quotes by name (王卫明认为…)
MINISTRY_OFFICIAL = re.compile(_BODY_OFFICIAL + r"([\u4e00-\u9fff]{2,3})")
_QUOTED_BY_NAME = "(?:认为|指出|表示|强调|介绍|说)"
_COLUMN = re.compile(r"^[^:：，。\s]{2,8}[:：]")  # 全球报道: a column's label


def public_actor(doc: Document, span: Span, lead: Lead, index: Index) -> bool:
    """A government or Party body, a titled official or a known leader in the title or the lead."""
    texts = (doc.title, span.text)
    return bool(lead.subject and known_org(lead.subject, index)) or any(
        known_org(t, index) or titled(index).search(t) or _known_person(index).search(t) for t in texts)


def public_host(doc: Document, span: Span, lead: Lead, index: Index) -> bool:
    """A conference held by a public body: one named in the title or the lead (a province's too:
    上海市通信管理局组织召开…大会), or a government body or a known official in the next three sentences
    (…大会在京举行。工业和信息化部副部长…出席并致辞; …博览会在无锡开幕。当天，…峰会举行。…。
    工业和信息化部副部长…致辞)."""
    after = next_sentences(doc, span, 4)
    provincial = any(province_body(index).search(t) for t in (doc.title, span.text)) or \
        any(_BARE_PROVINCE_BODY.search(t) for t in (doc.title, span.text, after))
    return public_actor(doc, span, lead, index) or provincial or bool(known_org(after, index)) \
        or bool(_known_person(index).search(after))  # …大会在海南召开。辛国斌指出…: a known official spoke


def official_there(doc: Document, span: Span, lead: Lead, index: Index) -> bool:
    """A titled official or known leader in the title or the lead (部长李毅中…在出席…博览会时表示), a ministry's
    official said to speak further on in the item (…。”工业和信息化部…巡视员李颖在会上讲到, past a long quote), or
    a known leader named in the next sentences (…开幕。…部长苗圩…出席开幕式并分别致辞)."""
    rest = _within_item(doc, span.end, min(len(doc.text), span.end + _ITEM_REACH))
    after = next_sentences(doc, span, 3)
    return public_actor(doc, span, lead, index) or bool(OFFICIAL_SPOKE.search(rest)) \
        or bool(_known_person(index).search(after)) or _quoted_official(after, rest)


def _quoted_official(after: str, rest: str) -> bool:
    """A ministry's official named in the next sentences whom the item quotes by name further on."""
    for found in MINISTRY_OFFICIAL.finditer(after):
        name = found.group(1)  # (its last character may be the next word's: 李颖在)
        if re.search(f"(?:{name}|{name[:2]}){_QUOTED_BY_NAME}", rest):
            return True
    return False


# A province's body named without the province, on its own site or in its own paper: 省信息产业厅温国辉厅长…
_BARE_PROVINCE_BODY = re.compile(r"(?<![\u4e00-\u9fff])(?:省|自治区)[\u4e00-\u9fff]{1,10}?(?:厅|局|委员会)")


def public_body(text: str, index: Index) -> bool:
    """A ministry or another known national body, or a province's own body, named in `text` (a host)."""
    return bool(known_org(text, index) or province_body(index).search(text))


def next_sentences(doc: Document, span: Span, count: int = 2) -> str:
    """The `count` sentences after `span`, within its item (not past the next numbered item of a digest)."""
    end = span.end
    for _ in range(count):
        stop = doc.text.find("。", end + 1)
        end = stop if stop >= 0 else min(len(doc.text), end + 120)
    return _within_item(doc, span.end, end)


def _within_item(doc: Document, start: int, end: int) -> str:
    """doc.text[start:end], cut before the next numbered item of a digest."""
    item = _NEXT_ITEM.search(doc.text, start, end)
    return doc.text[start: item.start() if item else end]


_ITEM_REACH = 1500  # characters after a lead where an item may still tell who spoke at its meeting
# …开幕。\n\n3、国家邮政局：… (not an image's file name: 1.jpg)
_NEXT_ITEM = re.compile(r"\n\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．](?![A-Za-z\d])")


@cache
def _known_person(index: Index) -> re.Pattern[str]:
    return re.compile(alternation(index.known_people) or "(?!)")


@cache
def titled(index: Index) -> re.Pattern[str]:
    return re.compile(f"(?:{alternation(index.cues['people']['titles'])})(?!国)")  # (成员, not RCEP成员国)


def foreign(doc: Document, titles: list[Span], span: Span, match: re.Match[str], lead: Lead,
            cues: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]], index: Index) -> str | None:
    """Foreign, multilateral or bilateral events are not reports of a Chinese body's meeting,
    unless a Chinese convener is named (工业和信息化部召开…国际合作座谈会)."""
    bilateral, foreign_title, foreign_cue = cues
    named = span.text[: match.end()].replace("高峰会议", "会议")  # 中国机器人产业发展高峰会议: no summit abroad
    named = _VENUE.sub("", named)  # 在广州越秀国际会议中心举办: a hall's name, no international meeting
    venue = named[named.find(lead.name) + len(lead.name):]  # (2022金砖国家…论坛在厦门举办, a ministry there: China's)
    if lead.name_mention.rule == "lead.event" or "峰会" in lead.name:  # 中国智能制造峰会: a held event's own
        # noun is no foreign cue (在首届数字中国建设峰会上，…表示)
        named = named.replace("峰会", "")
    if bilateral.search(named) or bilateral.search(doc.title):  # 中美两国商务部…工作会议
        return "not a meeting report: a bilateral or multilateral meeting"
    if known_org(lead.subject, index) or (hosted := HOST_IN_NAME.search(named) or HOSTED_BY.search(named)) \
            and public_body(hosted.group(), index) \
            or (first := _FIRST_HOST.search(named)) and public_body(first.group(1), index):
        return None  # (由江苏省人民政府主办的…博览会: a province hosts it; 由工信部、…、联合国工业发展组织…主办)
    after = next_sentences(doc, span, 3)
    if _abroad(foreign_cue.pattern).search(_told_in_body(doc, span, lead)):
        return "not a meeting report: foreign or multilateral meeting"
    hosted_here = in_china(venue, index) and not _abroad(foreign_cue.pattern).search(named) \
        and bool(known_org(after, index) or _known_person(index).search(after))
    if any(foreign_cue.search(text) for text in (doc.title, named)) and not hosted_here:
        return "not a meeting report: foreign or multilateral meeting"
    if known_org(span.text, index) or known_org(after, index) or _known_person(index).search(after) \
            or _LOCAL_LEADER_ACTS.search(span.text + after):  # (…推进会…召开，会议由市长丁纯主持: a city's own)
        return None  # 2023世界制造业大会在合肥开幕。工业和信息化部部长…出席并致辞 (辛国斌指出…): held in China
    headline = _COLUMN.sub("", titles[0].text) if titles else ""  # 全球报道:…: a column's label, not the topic
    if (found := foreign_title.search(headline)) and not known_org(headline, index):
        return f"not a meeting report: {found.group()} in title"
    if index.province_re.match(lead.name):
        return None  # 广东信息通信行业2021世界电信和信息社会日纪念大会: a province's own event
    clause = named[max(named.rfind(c) for c in "，；：") + 1:]  # 国际奥委会27日举行了执行委员会会议
    if foreign_title.search(lead.name) or foreign_title.search(clause) and not known_org(clause, index):
        return "not a meeting report: foreign or multilateral meeting"
    return None


_VENUE = re.compile(r"国际(?:会议|会展|博览|展览)中心")
_FIRST_HOST = re.compile(r"由([^，。；、由的]{2,20})[、和][^。；]{2,120}?(?:共同|联合)?主办")  # the first of many hosts
# A Chinese city's or province's leader who chairs or addresses the meeting (市长丁纯主持, 市委书记汪泉到会并讲话)
_LOCAL_LEADER_ACTS = re.compile(r"(?:(?:省|市|区|县)委(?:副)?书记|(?:常务)?副?(?:省|市|区|县)长)[\u4e00-\u9fff]{2,3}"
                                r"(?:主持|到会并讲话|出席(?:会议)?并讲话)")


def in_china(text: str, index: Index) -> bool:
    """Held in a Chinese place: 在厦门, 在京, 在福建省…, 在某某市."""
    place = _PLACE.search(text)
    return bool(place) and bool(index.province_re.match(place.group(1)) or index.city_re.match(place.group(1))
                                or _CHINESE_TOWN.match(place.group(1))
                                or place.group(1).startswith(tuple(index.cues["provinces"]["capitals"])))


_PLACE = re.compile(r"在([\u4e00-\u9fff]{1,12})")
_CHINESE_TOWN = re.compile(r"[京沪津渝穗蓉]|[\u4e00-\u9fff]{2,4}[市县区](?:[\u4e00-\u9fff]|$)")


@cache
def _abroad(foreign: str) -> re.Pattern[str]:
    """Held in a foreign place (在日内瓦, 在纽约联合国总部) or at a foreign invitation: foreign guests in
    China are no such cue."""
    return re.compile(f"在(?:{foreign})|当地时间|应[^，。；]{{0,20}}?(?:{foreign})[^，。；]{{0,30}}?邀请")


def _told_in_body(doc: Document, span: Span, lead: Lead) -> str:
    """A title's meeting as the body tells it, to the end of its clause (…22日在纽约联合国总部出席《巴黎协定》…,
    第69届世界卫生大会23号在日内瓦开幕，…)."""
    if span.start >= doc.body_start:
        return ""
    at = doc.text.find(lead.name, doc.body_start, doc.body_start + 400)
    if at < 0:  # named otherwise (联委会 -> 联合委员会, …大会（COP15）…): the body's first sentence if it holds it
        first = doc.text[doc.body_start: doc.text.find("。", doc.body_start) + 1 or doc.body_start + 200]
        return first if SUBJECT_VERB.search(first) else ""
    start = max(doc.text.rfind("。", doc.body_start, at) + 1, doc.body_start)
    end = min((i for i in (doc.text.find(c, at) for c in "，。；\n") if i >= 0), default=len(doc.text))
    return doc.text[start: end]


_VISIT = re.compile(r"调研|考察|视察|走访")


def unnamed(lead: Lead, before: str, title: str, chaired: bool, index: Index) -> bool:
    """座谈会 with nobody named to convene it (一些社团还召开了座谈会), or held on a visit without being
    chaired (…赴福建调研，分别在福州、泉州召开了座谈会); a titled person or a known body before the
    verb names the convener (副部长辛国斌主持召开视频座谈会)."""
    name = lead.name.removeprefix(lead.subject)
    if lead.subject and not _VISITING_GROUP.search(lead.subject) \
            or name.rpartition("、")[2] not in index.cues["meeting"]["generic_names"]:
        return False  # (a visiting group's 座谈会 is the visit's: 调研组先后在…召开座谈会)
    if (_VISIT.search(before) or _VISIT.search(title)) and not chaired:
        return True
    return not (known_org(before, index) or titled(index).search(before) or _LOCAL_BODY.search(before))


# A visit's group (not an inspection group's: 联合检查组…召开座谈会 holds one)
_VISITING_GROUP = re.compile(r"(?:调研|考察)组(?:一行)?$")
# A local body named without its place, on its own site (1月17日上午，市政府召开座谈会; 县工信局召开…; 市工信局组织
# 部分…企业召开座谈会)
_LOCAL_BODY = re.compile(r"(?:^|[，,\s])(?:省|市|县|区)"
                         r"(?:人民政府|政府|委|[\u4e00-\u9fff]{1,8}?(?:局|委员会|委|厅|办))"
                         r"(?:(?:组织|邀请|召集)[^，。；]{1,30})?$")


# 工业和信息化部、北京市人民政府共同主办的…; 由国家工信部和上海市经信委指导
_HOSTED_OR_GUIDED = re.compile(r"([^，。；]{2,40}?)(?:共同|联合)?(?:主办|指导)")
_THIS_HOSTED = re.compile(r"(?:本届|本次|此次)[\u4e00-\u9fff]{0,6}由([^，。；]{2,40}?)(?:共同|联合)?(?:主办|指导)")


def publicly_held(doc: Document, span: Span, lead: Lead, index: Index) -> bool:
    """A conference or fair a public body holds, hosts, or has its officials speak at."""
    return public_host(doc, span, lead, index) or hosted_by_public_body(doc, span, index) \
        or official_there(doc, span, lead, index)


def hosted_by_public_body(doc: Document, span: Span, index: Index) -> bool:
    """工业和信息化部、北京市人民政府共同主办的…: a public body (a known one, or a province's) named as host in the
    lead or the next four sentences, or the item's host said of it further on (past the expo's figures:
    本届博览会由…共同主办)."""
    return any(public_body(m.group(1), index) for text in (span.text, next_sentences(doc, span, 4))
               for m in _HOSTED_OR_GUIDED.finditer(text)) \
        or any(public_body(m.group(1), index) for m in _THIS_HOSTED.finditer(next_sentences(doc, span, 12)))
