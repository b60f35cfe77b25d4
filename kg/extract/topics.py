"""Measures demanded, and other meetings cited."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from kg.extract.dates import DATE_RE, resolve
from kg.extract.lexindex import Index, alternation
from kg.extract.places import chinese_number
from kg.model import CitedMeeting, Document, Measure, Mention, Span

_TERMINATOR = re.compile(r"[。；！？\n]")


@cache
def _measure_patterns(index: Index) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    cues = index.cues["measures"]
    return (re.compile(cues["enumerators_re"]), re.compile(cues["ordinals_re"]), re.compile(cues["decisions_re"]))


def _sequences(text: str, pattern: re.Pattern[str]) -> list[list[re.Match[str]]]:
    """Runs of markers 一…二…三… of one kind (一要, 二要; 一是, 二是), each starting at 一."""
    runs: list[list[re.Match[str]]] = []
    for match in pattern.finditer(text):
        number = chinese_number(match.group("num"))
        run = next((r for r in runs if r[-1].group("kind") == match.group("kind")
                    and chinese_number(r[-1].group("num")) == (number or 0) - 1), None)
        if run is not None:
            run.append(match)
        elif number == 1:
            runs.append([match])
    return [r for r in runs if len(r) >= 2]


def _measure(doc: Document, start: int, ordinal: int, rule: str, limit: int | None = None) -> Measure:
    """The measure from `start` to the end of its sentence, or to the next marker (四是…，五是…)."""
    stop = _TERMINATOR.search(doc.text, start, limit or len(doc.text))
    end = stop.end() if stop else (limit or len(doc.text))
    text = doc.text[start:end].rstrip("\n").rstrip("，, ")
    return Measure(ordinal, text, Mention(text, Span(start, start + len(text), text), rule, doc.id))


# What opens a list that the meeting did not decide: members' suggestions, a summary of past work.
_NOT_DECIDED = re.compile(r"(?:委员|代表|专家|学者|与会者|大家|与会人员)们?[^。；]{0,12}(?:建议|认为|表示|提出|呼吁)"
                          r"|(?:总结|回顾)(?:了)?[^。；]{0,12}(?:工作|成绩|成效)")
_DEPLOYS = re.compile(r"部署|安排|要求|强调|提出|明确")
_MIN_DECISION = 12


def _decided(text: str, at: int) -> bool:
    """A list the meeting demands or deploys, not members' suggestions or a summary of past work,
    unless a deploying verb comes after them (…进行了总结，并对2016年重点工作作了部署：一是…)."""
    start = _opening(text, at)
    found = list(_NOT_DECIDED.finditer(text, start, at))
    return not found or bool(_DEPLOYS.search(text, found[-1].end(), at))


def _opening(text: str, at: int) -> int:
    """Where the sentence that opens a list begins (the list's first marker may start a sentence:
    then the sentence before it)."""
    end = max(text.rfind(c, 0, at) for c in "。\n")
    if text[end + 1:at].strip() == "" and end > 0:
        end = max(text.rfind(c, 0, end) for c in "。\n")
    return end + 1


def extract_measures(doc: Document, index: Index, lead: Span | None = None) -> list[Measure]:
    """Enumerated demands (一要…, 二是…, 第一…); else paragraphs led by 要
    (要确保…); else the agenda of the lead sentence (研究…，审议通过《A》和《B》);
    else each decision of the meeting (会议确定/决定/通过)."""
    enumerated, ordinals, decisions = _measure_patterns(index)
    body, offset = doc.body, doc.body_start
    runs = [run for run in _sequences(body, enumerated) + _sequences(body, ordinals)
            if _decided(body, run[0].start())]
    starts = sorted(offset + m.start() for run in runs for m in run)
    if starts:
        limits = [*starts[1:], None]
        return [_measure(doc, s, n, "measures.enumerated", limit)
                for n, (s, limit) in enumerate(zip(starts, limits, strict=True), 1)]
    led = [p.start for p in doc.paragraphs if re.match(r"要(?!求)", p.text)]
    if len(led) >= 2:
        return [_measure(doc, s, n, "measures.paragraph") for n, s in enumerate(led, 1)]
    agenda = _agenda(doc, lead, index) if lead else []
    if agenda:
        return agenda
    found = [_measure(doc, offset + m.start(), 0, "measures.decision") for m in decisions.finditer(body)]
    found = [m for m in found if len(m.text) >= _MIN_DECISION]  # 会议决定任命。 says nothing decided
    return [dataclasses.replace(m, ordinal=n) for n, m in enumerate(found, 1)]


def _agenda(doc: Document, lead: Span, index: Index) -> list[Measure]:
    """Agenda items listed in the lead: one per clause opened by an agenda verb,
    one per document when a clause approves several (《A》和《B》)."""
    verbs = re.compile(index.cues["measures"]["agenda_re"])
    measures: list[Measure] = []
    for clause in re.finditer(r"[^，；。]+", lead.text):
        if not verbs.match(clause.group()):
            continue
        start = lead.start + clause.start()
        titles = list(re.finditer(r"《[^》]+》", clause.group()))
        for found in titles or [clause]:
            begin = start + (found.start() if titles else 0)
            text = doc.text[begin: start + (found.end() if titles else len(clause.group()))]
            measures.append(Measure(len(measures) + 1, text, Mention(text, Span(begin, begin + len(text), text),
                                                                     "measures.agenda", doc.id)))
    decides = any(not m.text.startswith("听取") for m in measures)  # a sitting that only hears reports
    return measures if len(measures) >= 2 and decides else []


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
        leading=re.compile(f"^(?:{alternation(cues['strip_leading'])})+"),
        verbs=re.compile(alternation(cues["verbs_before"])),
        generic=frozenset(cues["generic"]),
    )


_SPECIFIC = re.compile(r"^(?:党的|中共|中央|全国|国务院|中国共产党|[一二三四五六七八九十]+届)"
                       r"|第[一二三四五六七八九十百\d]+次|[一二三四五六七八九十]中全会|^纪念")
_NOT_CITED_AFTER = re.compile(r"(?:胜利召开|即将召开|召开|开幕|闭幕|举行|组成人员|成员)")
_ANCHORS = (r"(?:中共|党的|中国共产党|全国|国务院|中央|政协|人大|[一二三四五六七八九十]{1,3}届"
            r"|[一二三四五六七八九十]中全会$)")
# 用全会, 使大会: a word or two before a generic noun (from 用全会精神…) is no meeting's name.
_BARE = re.compile(f"^(?!{_ANCHORS})[\u4e00-\u9fff]{{1,2}}(?:全会|大会|会议)$")
_ANCHORED = re.compile(f"^(?!{_ANCHORS})[^届第\\d]{{1,3}}?(?={_ANCHORS})")
_COORDINATED_PLENUM = re.compile(r"((?:党的|中共)?[一二三四五六七八九十]{1,3}届)"
                                 r"(?:[一二三四五六七八九十]中(?:全会)?[、和]){1,6}$")
_SITTING = re.compile(r"^第[一二三四五六七八九十百零\d]+次(?:全体|常务|专题)?会议$")  # whose sitting?
_LONG_FORMS = tuple((re.compile(a), b) for a, b in (
    (r"(?:政协)?第?([一二三四五六七八九十]+)届全国委员会", r"全国政协\1届"), (r"常务委员会", "常委会"),
    (r"全国人民代表大会", "全国人大"), (r"中国共产党", "中共"), (r"中央纪律检查委员会", "中央纪委"),
    (r"第?([一二三四五六七八九十]+)届中央委员会第([一二三四五六七八九十]+)次全体会议", r"\1届\2中全会"),
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
_VAGUE = re.compile(r"有关|相关|各次")  # 中央有关会议: no one meeting (十九届历次全会 names its plenums)
# 推动大会精神入脑入心: this meeting
_ACTED_ON = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:推动|推进|贯彻|落实)(?:大会|全会|会议)$")
_CONGRESS = re.compile(r"(?:党的|中共)?(?:十[一二三四五六七八九]?|二十)(?:大|届)")


def extract_cited(doc: Document, index: Index, own_name: str) -> list[CitedMeeting]:
    """Meetings the report refers to: a name followed by 精神/部署/上的讲话…, or
    any specific name (中央经济工作会议, 第四次会议) that is not announced as upcoming."""
    c = _cited(index)
    found: dict[str, CitedMeeting] = {}
    published = doc.published_date
    text = _mask_and(doc.text, index)  # same length: offsets hold
    for match in _cited_matches(text, doc.body_start, c):
        raw = match.group("name")
        if cut := list(c.verbs.finditer(raw)):
            raw = raw[cut[-1].end():]
        name, date = _split_date(c.leading.sub("", raw), published)
        name = _ANCHORED.sub("", c.leading.sub("", name))  # 开好中共二十届四中全会: the name starts at 中共
        if not match.group("after") and (not _SPECIFIC.search(name) or _NOT_CITED_AFTER.match(text, match.end())):
            continue
        if _NOT_CITED_AFTER.match(text, match.end()):
            continue
        start = match.start("name") + match.group("name").rfind(name)
        name = name.replace(_AND, "和")
        written = len(name)  # the evidence is the name as written (三中全会), before its shared prefix is added
        if _PLENUM.match(name) and (shared := _COORDINATED_PLENUM.search(text, max(0, start - 40), start)):
            name = shared.group(1) + name  # 二十届二中、三中全会: 三中全会 is 二十届三中全会, and 二中 is cited too
            for ordinal in re.finditer(r"[一二三四五六七八九十]中", shared.group()):
                plenum = shared.group(1) + ordinal.group() + "全会"
                if plenum not in found and not _same_meeting(plenum, own_name):
                    found[plenum] = _cited_at(doc, plenum, None, shared.start() + ordinal.start(), 2)
        if match.group("after") == "以来" and _CONGRESS.match(name):
            continue  # 党的十八大以来 dates a period; it does not refer to the congress
        if not name or name in c.generic or name in found or _same_meeting(name, own_name) or _SITTING.match(name) \
                or _ACTED_ON.search(name) or _VAGUE.search(name) or _BARE.match(name):
            continue
        found[name] = _cited_at(doc, name, date, start, written)
    return _distinct(list(found.values()))


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


_AND = "\ue000"  # stands for a 和 that belongs to a name while names are cut


@cache
def _and_names(index: Index) -> re.Pattern[str]:
    return re.compile(alternation(index.cues["cited"]["and_in_names"]))


def _mask_and(text: str, index: Index) -> str:
    if "和" not in text:
        return text
    return _and_names(index).sub(lambda m: m.group().replace("和", _AND), text)


def _same_meeting(name: str, own: str) -> bool:
    """A report names its own meeting in full, in part or in its long form (政协第十三届全国委员会常务委员会
    第七次会议 is 全国政协十三届常委会第七次会议; 这次会议)."""
    if not own or name.startswith(("这次", "本次", "此次", "该次")) or "这次" in name:
        return True
    core, own_core = _short_form(name), _short_form(own)
    if core in own_core or own_core in core:
        return True
    numbers, own_numbers = _NUMERALS.findall(_long_to_short(name)), _NUMERALS.findall(_long_to_short(own))
    if _kind(core) != _kind(own_core):
        return False
    if not own_numbers:  # 全国政协主席会议 reported, 政协第十四届全国委员会第三十六次主席会议 named
        return core[:4] == own_core[:4]
    return numbers == own_numbers


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
