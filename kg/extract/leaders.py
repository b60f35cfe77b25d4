"""Provinces that speak through their officials: a leader's title, or the body that convened the meeting."""

from __future__ import annotations

import re

from kg.extract.convener import province_body
from kg.extract.lexindex import Index
from kg.extract.places import MUNICIPALITIES, dedupe, home_province, province_mentions
from kg.model import CHAIR, OFFICIAL, PROVINCE_SPOKE, SPEAKER, Document, Mention, Participation, Span

# What may follow the province in its leader's title (省委常委、副省长; not 省委…邀请国务院…副主任, nor a
# firm's: 中盐新疆盐业公司党委书记).
_LEADER_TAIL = re.compile(r"(?:(?<=[省市区])|(?=[^，。；、]{0,10}?(?:委员会|厅|局|政府|党委)))"
                          r"(?:(?!邀请|国务院|中央|全国|国家|大学|学院|公司|集团)[^，。；]){0,16}$")
# The title of an official of the body that convened the meeting (局长, 厅党组书记, 市通信管理局副局长,
# 党组书记、局长), matched at the title's start.
_OWN_BODY_TITLE = re.compile(r"(?:党组(?:书记|副书记|成员)[、，]?)?(?:局|厅|委|省|市|自治区|区"
                             r"|(?:常务)?副?(?:主任|局长|厅长)$)")  # …委员会召开…会议，副主任李涛…讲话
# A present official's own clause that says they reported (…副省长王晓出席会议并介绍了…情况).
_OWN_SPEECH = re.compile(r"[^，。；、]{0,16}?(?:发言|汇报|介绍)")
# A local leader's title (省长, 北京市委副书记、市长, 副省长, 自治区主席): at a meeting in their land they host.
_HOST_TITLE = re.compile(r"(?:省|市|自治区|州|县|区)委(?:常委|副?书记)|(?:常务)?副?(?:省|市|州|县|区)长"
                         r"|自治区(?:人民政府)?(?:常务)?副?主席")
_NATIONAL = re.compile(r"部|国家|全国|中央|国务院|协会|集团|公司")
# The welcome a host gives (省长王清宪，工业和信息化部副部长王江平致辞; 王清宪在致辞中指出): names and
# titles up to 致辞.
_WELCOME = re.compile(r"在致辞中|(?:(?!主持|讲话|参加|发言|介绍|宣布|作|做)[^。；：]){0,40}?"
                      r"(?:致辞|致欢迎辞|致欢迎词)")
_WORDS_BEFORE = re.compile(r"[^，。；、：\s]{2,20}$")
# A provincial leader's title that leaves the province unnamed (省委书记、省人大常委会主任陈刚, 省长吴晓军):
# the province of the outlet, or the one the text names.
_BARE_LEADER = re.compile(r"(?:^|(?<=[，、；。：:\s]))"
                          r"(?:省委(?:副)?书记|省委常委|(?:常务)?副?省长|自治区(?:党委)?(?:副)?(?:书记|主席|常委)"
                          # 厅党组书记、厅长付振波: a 厅 is a province's department
                          r"|厅党组(?:副)?书记|(?:常务)?副?厅长"
                          # 省工业和信息化厅副厅长: the province's own department, on its own site
                          r"|(?:省|自治区)(?:[\u4e00-\u9fff]{2,10}?(?:厅|局|委员会|办)"
                          r"|[\u4e00-\u9fff]{0,8}?(?:经信委|工信委|经委|发改委)))")  # (省经信委…处长)
# The same for a municipality, whose titles say 市 (市通信管理局副局长, 市委书记) like any city's: only where
# the outlet's or the text's one province is a municipality.
_BARE_MUNICIPAL = re.compile(r"(?:^|(?<=[，、；。：:\s]))(?:市委(?:副)?书记|(?:常务)?副?市长"
                             r"|市[\u4e00-\u9fff]{2,10}?(?:厅|局|委员会|经信委)|市政府(?:常务)?副?秘书长)")


_SHOW = re.compile(r"(?:博览会|交易会|展览会|展销会|活动)$")  # a body hosting a show does not speak through it


def leaders_spoke(doc: Document, people: list[Participation], index: Index, own_name: str = "",
                  convener: str = "") -> list[Participation]:
    """A province speaks through its leader's title: 广东省省长王伟中…讲话, 湖北省委书记…在会上讲话, or a
    provincial leader present who 出席会议并介绍… (not at the province's own meeting); and through the
    speech of an official of the provincial body that convened the meeting (辽宁省通信管理局召开…。
    局长付旋出席会议并讲话), or through that body where nobody is named to chair or speak."""
    found = []
    host = province_body(index).search(convener)
    own = index.province_of[host.group("province")] if host else _bare_convener_home(doc, convener, index)
    names = {p.participant for p in people if p.kind == "person"}
    for person in people:
        if person.kind != "person" or person.role not in (SPEAKER, OFFICIAL, CHAIR):
            continue
        start, end = _title_written(doc.text, person)
        if start < 0:
            continue
        start = _whole_title(doc.text, start, names)
        welcomed = person.role == OFFICIAL and _host_welcomed(doc.text, person, None)
        if person.role == OFFICIAL and not (_OWN_SPEECH.match(doc.text, person.mention.span.end) or welcomed):
            continue
        named = province_mentions(doc, Span(start, end, doc.text[start:end]), index, end - start)
        if not named and (person.role == SPEAKER or welcomed) \
                and (home := _bare_title_home(doc, start, end, index)):
            found.append(Participation(PROVINCE_SPOKE, home, "province", Mention(
                home, Span(start, end, doc.text[start:end]), "places.leader-spoke", doc.id)))
        if not named and own and person.role in (SPEAKER, CHAIR) and _OWN_BODY_TITLE.match(doc.text, start, end):
            found.append(Participation(PROVINCE_SPOKE, own, "province", Mention(
                own, Span(start, end, doc.text[start:end]), "places.convener-spoke", doc.id)))
        if person.role == CHAIR:
            continue  # (the convening body's head chairs for it; chairing is no speech of another province)
        for province, m in named:
            if not _LEADER_TAIL.match(doc.text, m.span.end, end):
                continue
            found.append(Participation(PROVINCE_SPOKE, province, "province",
                                       Mention(province, m.span, "places.leader-spoke", doc.id)))
    alone = not host or host.group() == convener  # (not 总台与江苏省人民政府: a joint signing)
    if own and alone and not found and not _SHOW.search(own_name) and (at := doc.text.find(convener)) >= 0 \
            and not any(p.role in (SPEAKER, CHAIR) for p in people if p.kind == "person"):
        # 辽宁省通信管理局组织召开…推进会。会议要求…: the body that convened it speaks for its province
        found.append(Participation(PROVINCE_SPOKE, own, "province", Mention(
            own, Span(at, at + len(convener), convener), "places.convener-spoke", doc.id)))
    return found


def host_welcomes(doc: Document, people: list[Participation], host: str | None = None) -> list[Participation]:
    """A host's 致辞 puts them among those present (gold README): a local leader (省长, 市委书记), or a
    leader of the body `host` that convened it (中国信息通信研究院党委书记), whose speech is a welcome,
    beside another's speech, even where the item quotes it (王清宪在致辞中指出)."""
    hosts = {p.participant for p in people if p.role == SPEAKER and _host_welcomed(doc.text, p, host)}
    if not hosts or not any(p.role == SPEAKER and p.participant not in hosts for p in people):
        return people
    return dedupe([Participation(OFFICIAL, p.participant, p.kind, p.mention, p.title)
                   if p.role == SPEAKER and p.participant in hosts else p for p in people])


def _host_welcomed(text: str, person: Participation, host: str | None) -> bool:
    title = person.title or ""
    own_body = bool(host) and title.startswith(host)  # type: ignore[arg-type]
    if person.kind != "person" or not own_body and (not _HOST_TITLE.search(title) or _NATIONAL.search(title)):
        return False
    at = text.find(person.participant)
    while at >= 0:
        if _WELCOME.match(text, at + len(person.participant)):
            return True
        at = text.find(person.participant, at + 1)
    return False


# A province's body that convenes without naming its province (省无委办, 省工信厅, 自治区通信管理局; 市经信委
# only for a municipality).
_BARE_CONVENER = re.compile(r"^(省|自治区|市)[\u4e00-\u9fff]{1,12}?(?:厅|局|委员会|委|办|办公室)$")


def _bare_convener_home(doc: Document, convener: str, index: Index) -> str | None:
    """The province of a convener named without it, on the province's own site or in its own news."""
    bare = _BARE_CONVENER.match(convener)
    home = home_province(doc, index) if bare else None
    return None if bare and bare.group(1) == "市" and home not in MUNICIPALITIES else home


def _bare_title_home(doc: Document, start: int, end: int, index: Index) -> str | None:
    """The province a title with no province in it stands for (省长, 市通信管理局副局长 in 重庆's news)."""
    if _BARE_LEADER.match(doc.text, start, end):
        return home_province(doc, index)
    if _BARE_MUNICIPAL.search(doc.text, start, end) and (home := home_province(doc, index)) in MUNICIPALITIES:
        return home  # (…组委会常务副秘书长、市政府副秘书长: the post after the first too)
    return None


def merge_spoke(parts: list[Participation], spoke: list[Participation]) -> list[Participation]:
    """Add provinces that spoke; a province that spoke is no longer listed as present."""
    ids = {p.participant for p in spoke}
    return dedupe([p for p in parts if p.role == PROVINCE_SPOKE or p.participant not in ids] + spoke)


def _whole_title(text: str, start: int, names: set[str]) -> int:
    """Where the title that ends in `text[start:]`'s words begins: back to its clause's start, but not over
    another person's name (上海市委常委、上海市人民政府副市长吴清; not 副部长刘烈宏、副市长吴清)."""
    low = max(0, start - 30)
    begin = max(max(text.rfind(c, low, start) for c in "，。；：:\n") + 1, low)
    for name in names:
        at = text.rfind(name, begin, start)
        if at >= 0:
            begin = max(begin, at + len(name))
    while begin < start and text[begin] in "、，, ":  # 副部长王志军、副省长胡广杰: from 副省长
        begin += 1
    return begin


def _title_written(text: str, person: Participation) -> tuple[int, int]:
    """Where the person's title is written before the name: the title the extractor kept, or the words
    before the first mention that has one (广东省省长王伟中签署协议。王伟中代表省委…表示感谢)."""
    if person.title:
        start = text.find(person.title + person.participant)
        if start >= 0:
            return start, start + len(person.title)
        at = text.find(person.participant + person.title)  # 自治区党委宋爱荣常委: the title after the name
        return (at, at + len(person.participant) + len(person.title)) if at >= 0 else (-1, -1)
    at = text.find(person.participant)
    while at >= 0:  # no pattern compiled per name: the words right before each mention
        if before := _WORDS_BEFORE.search(text, max(0, at - 20), at):
            return before.start(), at
        at = text.find(person.participant, at + 1)
    return -1, -1
