"""Other meetings a report refers to (cited): 中央经济工作会议精神, 党的二十届三中全会, 7月28日中共中央政治局会议."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from kg.extract.dates import DATE_RE, resolve
from kg.extract.lexindex import Index, alternation
from kg.extract.titles import in_book_title
from kg.model import CitedMeeting, Document, Mention, Span


@dataclass(frozen=True, slots=True)
class _Cited:
    name: re.Pattern[str]  # a whole cited name, anchored at its first character
    noun: re.Pattern[str]  # where a meeting name may end
    stop: re.Pattern[str]  # characters that cannot be inside a name
    leading: re.Pattern[str]
    verbs: re.Pattern[str]
    generic: frozenset[str]


@cache
def _cited(index: Index) -> _Cited:
    cues = index.cues["cited"]
    nouns = alternation([n for n in index.cues["meeting"]["nouns"] if n not in ("两会", "常委会")])
    stop = re.escape(cues["stop_chars"])
    date = DATE_RE.pattern.split("|(?P<rel>")[0]
    congress = "(?:党的|中共)[一二三四五六七八九十]{2,3}大"
    named = f"(?P<name>(?:{date})?(?:党的)?[^{stop}]{{0,30}}?{nouns}(?!成立)|{congress}|全国两会)"
    return _Cited(
        name=re.compile(f"{named}(?![会议堂室第事])(?P<after>{alternation(cues['after'])})?"),
        noun=re.compile(f"{nouns}|{congress}|全国两会"),
        stop=re.compile(f"[{stop}]"),
        leading=re.compile(f"^(?:{alternation(cues['strip_leading'])})+(?!推进|推动|实施|深化)"),  # 深入推进…座谈会
        verbs=re.compile(alternation(cues["verbs_before"])),
        generic=frozenset(cues["generic"]),
    )


_SPECIFIC = re.compile(r"^(?:党的|中共|中央|全国|国务院|中国共产党|[一二三四五六七八九十]+届)"
                       r"|第[一二三四五六七八九十百\d]+次|[一二三四五六七八九十]中全会|^纪念")
_NOT_CITED_AFTER = re.compile(r"(?:胜利召开|即将召开|召开|开幕|闭幕|举行|组成人员|成员)")
_ANCHORS = (r"(?:中共|党的|中国共产党|全国|国务院|中央|政协|人大|[一二三四五六七八九十]{1,3}届"
            r"|[一二三四五六七八九十]中全会$)")
# 用全会, 使大会: a word or two before a generic noun (from 用全会精神…) is no meeting's name.
_BARE = re.compile(f"^(?!{_ANCHORS})要?[\u4e00-\u9fff]{{1,2}}(?:全会|大会|会议)$")  # 要加强全会精神…
# (庆祝中国共产党成立…大会 keeps 庆祝, and a democratic party its own plenum: 台盟十一届一中全会.)
_PARTIES = "台盟|民革|民盟|民建|民进|农工党|致公党|九三学社"
_ANCHORED = re.compile(f"^(?!{_ANCHORS}|庆祝|纪念|{_PARTIES})[^届第\\d]{{1,3}}?(?={_ANCHORS})")
_COORDINATED_PLENUM = re.compile(r"((?:党的|中共)?[一二三四五六七八九十]{1,3}届)"
                                 r"(?:[一二三四五六七八九十]中(?:全会)?[、和]){1,6}$")
# whose sitting? (第五次常委会会议, 主席团第一次会议, 选举会议第二次全体会议: the body is not named)
_AUTHOR = re.compile(r"(?:主席会议|委员长会议)$")
_AUTHORED = re.compile(r"关于|提出")
_SITTING = re.compile(r"^(?:主席团|选举会议|大会|常委会)?第[一二三四五六七八九十百零\d]+次"
                      r"(?:全体|常务|专题|常委会|主席团|主席)?(?:会议|全体会议)$")
_LONG_FORMS = tuple((re.compile(a), b) for a, b in (
    (r"(?:政协)?第?([一二三四五六七八九十]+)届全国委员会", r"全国政协\1届"), (r"常务委员会", "常委会"),
    (r"全国人民代表大会", "全国人大"), (r"中国共产党", "中共"), (r"中央纪律检查委员会", "中央纪委"),
    (r"第?([一二三四五六七八九十]+)届中央委员会第([一二三四五六七八九十]+)次全体会议", r"\1届\2中全会"),
    (r"第?([一二三四五六七八九十]+)届中央纪委第([一二三四五六七八九十]+)次全体会议", r"\1届中央纪委\2次全会"),
))
_NUMERALS = re.compile(r"[一二三四五六七八九十百零]+|\d+")
_KINDS = re.compile(r"中全会|全会|主席会议|委员长会议|常委会|全体会议|代表大会|会议$")
_ORDINAL_PREFIX = re.compile(r"^(?:\d{4}年)?(?:第?[一二三四五六七八九十]+届)?")
_REACH = 48  # characters a cited name (with its date) may stand before its noun


def _cited_matches(text: str, start: int, c: _Cited):
    """Each cited-name match, found from the nouns that end names (far cheaper
    than trying the name pattern at every character)."""
    done = start
    for noun in c.noun.finditer(text, start):
        if noun.start() < done:
            continue
        window = max(done, noun.start() - _REACH)
        stops = [m.end() for m in c.stop.finditer(text, window, noun.start())]
        begin = max([window, *stops])
        party = [begin - 2] if begin - 2 >= done and text.startswith("党的", begin - 2) else []
        if text.startswith("成立", noun.end()):
            continue  # 庆祝中国人民政治协商会议成立75周年大会: the name goes on
        whole = [noun.start()] if text.startswith(("党的", "中共", "全国两会"), noun.start()) else []
        for at in (*party, begin, *whole):
            match = c.name.match(text, at)
            if match and match.end("name") >= noun.end():
                done = match.end()  # past what follows the name too (…大会以来)
                yield match
                break


_PLENUM = re.compile(r"[一二三四五六七八九十]中全会$")
_STUDIED = re.compile(r"^(?:党的|中共)[^，。；]{2,16}精神[^，。；]{0,6}(?:会议|座谈会|大会)$")
_CJK = re.compile("[\u4e00-\u9fff]")
_VAGUE = re.compile(r"有关|相关|各次|历次")  # 中央有关会议, 二十届历次全会: no one meeting
# 推动大会精神入脑入心: this meeting
_ACTED_ON = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:推动|推进|贯彻|落实)(?:大会|全会|会议)$")
_CONGRESS = re.compile(r"(?:党的|中共)?(?:十[一二三四五六七八九]?|二十)(?:大|届)")


def extract_cited(doc: Document, index: Index, own_name: str) -> list[CitedMeeting]:
    """Meetings the report refers to: a name followed by 精神/部署/上的讲话…, or
    any specific name (中央经济工作会议, 第四次会议) that is not announced as upcoming."""
    c = _cited(index)
    found: dict[str, CitedMeeting] = {}
    published = doc.published_date
    text = _mask_joined(doc.text, index)  # same length: offsets hold
    for match in _cited_matches(text, doc.body_start, c):
        raw = match.group("name")
        if cut := list(c.verbs.finditer(raw)):
            raw = raw[cut[-1].end():]
        name, date = _split_date(c.leading.sub("", raw), published)
        name = _ANCHORED.sub("", c.leading.sub("", name))  # 开好中共二十届四中全会: the name starts at 中共
        if not match.group("after") and (not _SPECIFIC.search(name) or _NOT_CITED_AFTER.match(text, match.end())):
            continue
        if _NOT_CITED_AFTER.match(text, match.end()) or _AUTHOR.search(raw) and _AUTHORED.match(text, match.end()):
            continue  # …委员长会议关于提请审议…的议案: the body that moves it, not a meeting held
        start = match.start("name") + match.group("name").rfind(name)
        name = _unmask(name)
        if start and in_book_title(text, start) and text[start - 1] in _BODY_ENDS:
            continue  # 《中国人民政治协商会议全国委员会大会发言工作规则》: a cut of a title after its body's name
        if start and text[start - 1] == "》" and (opened := text.rfind("《", max(0, start - 30), start)) >= 0:
            name, start = text[opened:start] + name, opened  # 《生物多样性公约》第十五次缔约方大会
        written = len(name)  # the evidence is the name as written (三中全会), before its shared prefix is added
        if _NUMBERED_CONGRESS.match(name) and (held_by := _CONGRESS_HOLDER.search(text, max(0, start - 24), start)):
            name = held_by.group(1) + name  # 中国共产党将召开第十九次全国代表大会: the congress of its party
        if _SITTING.match(name):
            name = _of_own_body(name, own_name)  # 主席团第四次会议 in a report of …一次会议主席团常务主席…
        if _PLENUM.match(name) and (shared := _COORDINATED_PLENUM.search(text, max(0, start - 40), start)):
            name = shared.group(1) + name  # 二十届二中、三中全会: 三中全会 is 二十届三中全会, and 二中 is cited too
            for ordinal in re.finditer(r"[一二三四五六七八九十]中", shared.group()):
                plenum = shared.group(1) + ordinal.group() + "全会"
                if plenum not in found and not _same_meeting(plenum, own_name):
                    found[plenum] = _cited_at(doc, plenum, None, shared.start() + ordinal.start(), 2)
        if match.group("after") == "以来" and _CONGRESS.match(name):
            continue  # 党的十八大以来 dates a period; it does not refer to the congress
        if _STUDIED.match(name) and start and _CJK.match(text, start - 1):
            continue  # …传达学习党的二十大精神会议: the tail of a study meeting's name, not a meeting
        if not name or name in c.generic or name in found or _same_meeting(name, own_name) or _SITTING.match(name) \
                or _ACTED_ON.search(name) or _VAGUE.search(name) or _BARE.match(name):
            continue
        found[name] = _cited_at(doc, name, date, start, written)
    return _distinct(list(found.values()))


def _of_own_body(sitting: str, own_name: str) -> str:
    """A sitting named without its body (主席团第四次会议), named in full from the reported meeting's
    name when that holds the body (十四届全国人大一次会议主席团常务主席第三次会议); else unchanged."""
    body = re.match(r"主席团|选举会议|常委会", sitting)
    at = own_name.find(body.group()) if body else -1
    return own_name[:at] + sitting if at > 0 else sitting


def _cited_at(doc: Document, name: str, date: dt.date | None, start: int, length: int) -> CitedMeeting:
    """The cited meeting `name`, its evidence the `length` characters written at `start`."""
    span = Span(start, start + length, doc.text[start:start + length])
    return CitedMeeting(name, date, Mention(name, span, "topics.cited", doc.id))


def _distinct(cited: list[CitedMeeting]) -> list[CitedMeeting]:
    """One entry per meeting: 三中全会 and 十八届三中全会 beside 党的十八届三中全会, or a long and a
    short form of one name, keep the fullest."""
    kept: list[CitedMeeting] = []
    for item in sorted(cited, key=lambda c: -len(c.name)):
        if not any(other.name.endswith(item.name) or _same_meeting(item.name, other.name) for other in kept):
            kept.append(item)
    return sorted(kept, key=lambda c: c.mention.span.start)


# Stand-ins for a 和 or 的 that belongs to a name while names are cut (中央和国家机关党的建设工作会议)
_MASKS = str.maketrans({"和": "\ue000", "的": "\ue001"})
_UNMASKS = str.maketrans({"\ue000": "和", "\ue001": "的"})


@cache
def _joined_names(index: Index) -> re.Pattern[str]:
    return re.compile(alternation(index.cues["cited"]["joined_in_names"]))


def _mask_joined(text: str, index: Index) -> str:
    """`text` with the 和 and 的 inside known names masked (same length: offsets hold)."""
    if "和" not in text and "党的" not in text:
        return text
    return _joined_names(index).sub(lambda m: m.group().translate(_MASKS), text)


def _unmask(name: str) -> str:
    return name.translate(_UNMASKS)


_BODY_ENDS = "议会委部局院协团组府"  # (not 《关于召开…会议的决定》, 《…学习贯彻党的十八大精神的决议》)
_SITTING_NUMBER = re.compile(r"第[一二三四五六七八九十百零\d]+次")


def _same_meeting(name: str, own: str) -> bool:
    """A report names its own meeting in full, in part or in its long form (政协第十三届全国委员会常务委员会
    第七次会议 is 全国政协十三届常委会第七次会议; 这次会议)."""
    if not own or name.startswith(("这次", "本次", "此次", "该次")) or "这次" in name:
        return True
    if _SITTING_NUMBER.sub("", own) == name:  # 十三届全国人大常委会委员长会议: the series its sitting belongs to
        return True
    name, own = _ARABIC.sub(_in_chinese, name), _ARABIC.sub(_in_chinese, own)  # 第18次 is 第十八次
    core, own_core = _short_form(name), _short_form(own)
    if core in own_core or own_core in core:
        return True
    if (congress := _PARTY_CONGRESS.match(core)) and (own_congress := _PARTY_CONGRESS_OF.match(own_core)):
        # 党的二十大 is 中国共产党第二十次全国代表大会, and holds its 预备会议 and 主席团第一次会议
        return congress.group(1) == own_congress.group(1)
    numbers, own_numbers = _NUMERALS.findall(_long_to_short(name)), _NUMERALS.findall(_long_to_short(own))
    if _kind(core) != _kind(own_core) or ("常务主席" in core) != ("常务主席" in own_core):
        return False  # (主席团第四次会议 is not 主席团常务主席第四次会议)
    if not own_numbers:  # 全国政协主席会议 reported, 政协第十四届全国委员会第三十六次主席会议 named
        return core[:4] == own_core[:4]
    return numbers == own_numbers


_NUMBERED_CONGRESS = re.compile(r"^第[一二三四五六七八九十百\d]+次全国代表大会$")
_CONGRESS_HOLDER = re.compile(f"(中国共产党|中共|{_PARTIES})(?:将|即将|将于[^，。；]{{1,10}})?(?:召开|举行)$")
_PARTY_CONGRESS = re.compile(r"^(?:党的|中共)第?([一二三四五六七八九十]+)(?:次全国代表大会|大)$")
_PARTY_CONGRESS_OF = re.compile(_PARTY_CONGRESS.pattern.rstrip("$"))
_ARABIC = re.compile(r"(?<![\d.])\d{1,3}(?=次|届)")
_DIGITS_ZH = "零一二三四五六七八九"


def _in_chinese(match: re.Match[str]) -> str:
    """18 -> 十八, 10 -> 十, 120 -> 一百二十 (ordinals of sittings and sessions)."""
    n = int(match.group())
    hundreds, tens, ones = n // 100, n // 10 % 10, n % 10
    text = _DIGITS_ZH[hundreds] + "百" if hundreds else ""
    if tens:
        text += ("" if tens == 1 and not hundreds else _DIGITS_ZH[tens]) + "十"
    elif hundreds and ones:
        text += "零"
    return text + (_DIGITS_ZH[ones] if ones else "") or "零"


def _short_form(name: str) -> str:
    return _ORDINAL_PREFIX.sub("", _long_to_short(name)).replace("第", "")


def _long_to_short(name: str) -> str:
    for long, short in _LONG_FORMS:
        name = long.sub(short, name)
    return name


def _kind(name: str) -> str:
    found = _KINDS.search(name)
    return found.group() if found else name[-2:]


def _split_date(text: str, published: dt.date | None) -> tuple[str, dt.date | None]:
    match = DATE_RE.match(text)
    if not match or match.group("rel"):
        return text, None
    return text[match.end():], resolve(match, published) if published else None
