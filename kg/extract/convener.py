"""Who convened a meeting and how it was held: its organiser and its format.

The organiser comes from the meeting's name (工业和信息化部党组会议), else its convener
(a ministry's department in full: 工业和信息化部原材料工业司), else a chairing
minister's ministry; the format from the name, the lead sentence and the sentences
that say how the meeting was held (以视频会议形式, 会议采用远程视频形式召开).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from kg.extract.lexindex import Index, alternation
from kg.model import IN_PERSON, TELECONFERENCE, VIDEO, Document, Span

if TYPE_CHECKING:
    from kg.extract.naming import Lead

# …会议举行第二次全体会议: a session can be the convener of its sittings.
ORG_SUFFIX = (r"(?:委员会|常委会|领导小组|工作小组|党组|党委|联防联控机制|机制|政治局|国务院|主席团|代表团"
              r"|部|委|局|署|办|院|司|厅|中心|中央|政府|政协|人大|银行|监会|会议|全会|大会|(?<![分联])组)")
_DEPARTMENT = re.compile(r"(?:司|局|厅|办公室|委员会|中心|研究院)$")
_ORDINAL = re.compile(r"^第?[一二三四五六七八九十\d]+届")
_A_BODY = re.compile(r"(?:部|委|院|局|署|办|厅|(?<!公)司|政府|党校|中央|政协)(?:[（(][^（）()]+[）)])?$")
# 线上+线下, 线上远程视频连线和线下推进会相结合, 现场和视频相结合: in a hall too
_BOTH = re.compile(r"线上[+＋、和与及或“”\s]{0,3}线下|线下[+＋、和与及或“”\s]{0,3}线上"
                   r"|(?:线上|视频|远程)[^，。；]{0,12}?(?:线下|现场)[^，。；]{0,8}?相?结合"
                   r"|(?:线下|现场)[^，。；]{0,12}?(?:线上|视频|远程)[^，。；]{0,8}?相?结合")
_LEAD = 6  # sentences of the body that tell how the meeting was held
_ITSELF = re.compile(r"(?:会议|全会|大会|本次会议|此次会议|这次会议|座谈会)(?:以|采用|采取|通过)")
_HELD_IN_BODY = re.compile(r"召开|举行")
_HOW_HELD = re.compile(r"(?:以|采用|采取|通过)[^，。；]{0,12}(?:形式|方式)")
_ORG_PREFIX = re.compile(f"^(?:[一二三四五六七八九十]+届)?(?P<org>.+?{ORG_SUFFIX})"
                         f"(?:第[一二三四五六七八九十百零\\d]+次)?(?:全体|常务|专题|领导小组|委员长)?(?:会议|全会)$")


@cache
def _formats(index: Index) -> tuple[re.Pattern[str], re.Pattern[str]]:
    cues = index.cues["format"]
    return re.compile(alternation(cues["teleconference"])), re.compile(alternation(cues["video"]))


def organizer(lead: Lead, chair_titles: list[str], index: Index, text: str = "") -> str | None:
    """From the meeting's name, else its convener, else a chairing minister's ministry; a department
    named bare (信息技术发展司召开…) in full where `text` names its ministry with it."""
    found = _organizer(lead, chair_titles, index) or _host(lead.span.text, index) \
        or _host(text[lead.span.end: lead.span.end + _HOST_REACH], index)
    if found and text and _DEPARTMENT.search(found) and not known_org(found, index) and index.organizer_re:
        for ministry in index.organizer_re.finditer(text):
            if text.startswith(found, ministry.end()):
                return index.organizer_of[ministry.group()] + found
    return found


# 由工信部主办的…, 由国家发改委、工信部和商务部在北京联合组织的… (a Chinese host is no foreign party: hosts.py)
_HOSTED = r"由(?P<by>[^，。；由的]{2,40}?)(?:在[^，。；的]{1,10})?(?:共同|联合)?(?:VERBS)"
HOST = _HOSTED.replace("VERBS", "主办|举办|召开|组织召开|组织(?!部)|承办|牵头") \
    + r"(?:、以“[^”]{1,40}”为主题)?的"  # 由国家新闻出版署主办、以“…”为主题的 (not 由中央组织部…)
HOST_IN_NAME = re.compile(HOST)
# …论坛由中央宣传部、广东省委主办。: who hosts it, told after the name too (the organizer: not who only 组织 or 承办)
HOSTED_BY = re.compile(_HOSTED.replace("VERBS", "主办|举办"))
_HOST_REACH = 300  # characters after a headline lead where its body's first sentence names the host


def _host(text: str, index: Index) -> str | None:
    """The known body (or bodies) said to host the event in `text`."""
    found = HOSTED_BY.search(text)  # 由中国信息通信研究院主办的…论坛
    if not found:
        return None
    host = found.group("by")
    if joint := _joint(host, index):
        return joint
    if province_body(index).fullmatch(host):
        return host  # 由内蒙古自治区工业和信息化厅主办: a province's own body
    return canonical(host, index) if known_org(host, index) == canonical(host, index) else None


@cache
def province_body(index: Index) -> re.Pattern[str]:
    """A province's own body: 辽宁省通信管理局, 上海市经济和信息化委员会, 湖北省人民政府."""
    return re.compile(f"(?P<province>{index.province_re.pattern})" + r"(?:省|市|自治区)?[^，。；、]{0,10}?"
                      r"(?:厅|局|委员会|人民政府|政府|办公室)")


_NOT_A_BODY = ("部分", "有关", "部署", "内部")  # 部分省份座谈会, 内部会议: no convener in the name


def _organizer(lead: Lead, chair_titles: list[str], index: Index) -> str | None:
    named = _ORG_PREFIX.match(lead.name)
    if named and not named.group("org").endswith(_NOT_A_BODY) and not named.group("org").startswith("“"):
        org = canonical(named.group("org"), index)
        if org not in index.organizer_of and org.endswith("党组"):
            org = org.removesuffix("党组")  # a ministry's Party group meets for the ministry
        if org in index.organizer_of:
            return index.organizer_of[org]
        convener = index.organizer_of.get(lead.subject or "")
        if convener and not known_org(org, index):
            return convener  # 工业和信息化部召开青海玉树抗震救灾指挥领导小组会议: the ministry's own group
        if department := _department(_ORDINAL.sub("", org), index):
            return department  # 第十四届全国人大宪法和法律委员会: the committee met, not the whole congress
        if len(org) > 1:  # 部党组会议: which ministry, its chair's title tells; 国务院调查组 is itself
            group = org.endswith("组") and not org.endswith(("党组", "分组", "联组"))
            return org if group else known_org(org, index) or org
    if department := _department(lead.subject, index):
        return department
    if joint := _joint(lead.subject, index):
        return joint
    for text in (lead.name, lead.subject):
        found = known_org(text, index)
        if found:
            return found
    if lead.subject:
        return canonical(lead.subject, index)
    for title in chair_titles:
        found = _first_post_org(title, index)
        if found and re.search(r"[部局署委行]$", found) and not found.startswith(("中央", "中共")):
            return found
    return None


_UNNAMED_MINISTRY = re.compile(r"(?:会议)?由?部(?:党组|长|领导|机关)")  # 部党组副书记: the ministry goes unnamed


def _first_post_org(title: str, index: Index) -> str | None:
    """The body of the first post in a title that names one; none where an unnamed ministry comes first
    (部党组副书记、副部长、国防科工局局长: not his other post)."""
    for post in re.split("[、，,]", title):  # (部党组成员、副部长，国家国防科技工业局局长)
        if found := known_org(post, index):
            return found
        if _UNNAMED_MINISTRY.match(post):
            return None
    return None


def _department(subject: str, index: Index) -> str | None:
    """工信部原材料工业司 (召开…): a ministry's department convened it; named in full."""
    if not subject or index.organizer_re is None:
        return None
    found = index.organizer_re.match(subject)
    rest = subject[found.end():] if found else ""
    if found and 2 <= len(rest) <= 16 and _DEPARTMENT.search(rest):
        return index.organizer_of[found.group()] + rest
    return None


def _joint(subject: str, index: Index) -> str | None:
    """由工业和信息化部、山东省人民政府共同主办: every body in the list, each by its canonical name."""
    parts = re.split(r"、|与|以及|及|(?<=[部委局院府办厅署])(?:和|联合|会同)", subject)
    if len(parts) < 2 or not all(known_org(p, index) == canonical(p, index) or _A_BODY.search(p) for p in parts):
        return None
    return "、".join(canonical(p, index) for p in parts)


def known_org(text: str, index: Index) -> str | None:
    """The canonical name of the longest known organiser named in `text`."""
    if not text or index.organizer_re is None:
        return None
    matches = [m.group() for m in index.organizer_re.finditer(text)]
    return index.organizer_of[max(matches, key=len)] if matches else None


def canonical(org: str, index: Index) -> str:
    """An organiser's canonical name (十四届全国人大常委会 -> 全国人大常委会)."""
    org = re.sub(r"^第?[一二三四五六七八九十]+届", "", org)  # 十四届全国人大常委会 -> 全国人大常委会
    return index.organizer_of.get(org, org)


# …田玉龙以视频方式为大会致辞, 金壮龙通过视频方式出席开幕式: how one guest took part, not how it was held
_ONE_JOINED = re.compile(r"(?:方式|形式)?(?:为[^，。；]{1,8}?)?(?:出席|致辞|讲话|发言|参加|作|做|发表)")
_HELD_AT = re.compile(r"在[^，。；]{1,15}?(?:召开|举行|举办|开幕)|现场")
_VIDEO_NAME = re.compile(r"视(?:频|像|讯)[\u4e00-\u9fff]{0,8}会(?:议)?$")  # 視像會議 (Hong Kong), 視訊會議 (Taiwan)


def meeting_format(doc: Document, lead: Lead, body: list[Span], index: Index) -> str | None:
    """teleconference, video or in-person; None for a title-only item."""
    if not doc.body.strip():
        return None  # a title-only item: nothing to judge
    tele, video = _formats(index)
    # 会议采用远程视频形式召开: in the lead's sentences, or said of the meeting itself further down
    told = [s.text for n, s in enumerate(body) if _HOW_HELD.search(s.text) and (n < _LEAD or _ITSELF.match(s.text))]
    if lead.span.start < doc.body_start or not doc.title.strip() and body and lead.span == body[0]:
        # named in the title or an untitled page's headline: the body's lead says how it was held
        told += [s.text for s in body[:4] if _HELD_IN_BODY.search(s.text) and s != lead.span
                 and s.text.strip() != lead.span.text.strip()][:2]
    if _VIDEO_NAME.search(lead.name) and not _BOTH.search(lead.span.text):
        return VIDEO  # 视频调度会, 视频推进会
    held_at = _HELD_AT.search(lead.span.text)  # in a hall, where a guest may join by video
    for text in (lead.name, lead.span.text, *told):
        if _BOTH.search(text):
            return IN_PERSON  # a hall with remote guests
        if tele.search(text):
            return TELECONFERENCE
        if any(not (held_at and _ONE_JOINED.match(text, m.end())) for m in video.finditer(text)):
            return VIDEO
    return IN_PERSON
