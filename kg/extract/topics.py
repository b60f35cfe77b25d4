"""Measures a meeting demanded or decided (一要…, 一是…, 第一…; 要…; its agenda; 会议决定…)."""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from kg.extract.lexindex import Index
from kg.model import Document, Measure, Mention, Span
from kg.numerals import chinese_number

_TERMINATOR = re.compile(r"[。；！？\n]")


@cache
def _measure_patterns(index: Index) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    cues = index.cues["measures"]
    return (re.compile(cues["enumerators_re"]), re.compile(cues["ordinals_re"]), re.compile(cues["bracketed_re"]),
            re.compile(cues["decisions_re"]))


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
                          r"|(?:总结|回顾)(?:了)?[^。；]{0,12}(?:工作|成绩|成效)"
                          r"|做了(?:以下|如下)[^。；]{0,6}工作|经历了[^。；]{0,30}大事"  # 一年来主要做了以下工作：一是…
                          r"|(?:一年|[一二两三四五六七八九十\d]+年)来[^。；]{0,20}(?:取得|实现|完成)"
                          r"|(?:积累|总结出|取得)了[^。；，、]{0,12}经验"  # 积累了许多宝贵经验：一是…
                          r"|一系列(?:重要论述|新理念新思想新战略)"  # the theses a meeting studies
                          # 我愿分享3点看法：第一…: a keynote's views, not a deployment
                          r"|(?:分享|谈|提出|讲)(?:了)?[一二两三四五六七八九十\d几]+(?:点|个)(?:看法|观点|体会|感受|思考)"
                          r"|提出(?:了)?[一二三四五六七八九十几两\d]+(?:点|条)(?:建议|主张|倡议)"  # a guest's proposals
                          r"|工作(?:进行|作了|做了)了?(?:全面|系统)?回顾"  # 在报告中，…对2024年工作进行回顾：一是…
                          r"|工作取得了?(?:新的|新|明显|积极|显著|重要)?(?:进展|成效|成绩)"  # 各项工作取得新的进展
                          r"|发言[，,]?[^。；]{0,8}(?:聚焦|集中在|围绕)")  # 同志的发言，聚焦5个重点：members' speeches
_DEPLOYS = re.compile(r"部署|安排|要求|强调|提出|明确")
_MIN_DECISION = 12  # 会议决定任命。 says nothing decided
_FILLER = re.compile(r"其他(?:任免案|事项|议题|人事)")  # 会议还表决通过了其他任免案。


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
        end = len(text[:end].rstrip("。\n "))  # (…积累了宝贵的经验。\n第一，…: past the 。 that ends it)
        end = max(text.rfind(c, 0, end) for c in "。\n")
    return end + 1


def extract_measures(doc: Document, index: Index, lead: Span | None = None) -> list[Measure]:
    """Enumerated demands (一要…, 二是…, 第一…); else paragraphs led by 要
    (要确保…); else the agenda of the lead sentence (研究…，审议通过《A》和《B》);
    else each decision of the meeting (会议确定/决定/通过)."""
    enumerated, ordinals, bracketed, decisions = _measure_patterns(index)
    body, offset = doc.body, doc.body_start
    runs = [run for run in _sequences(body, enumerated) + _sequences(body, ordinals) + _sequences(body, bracketed)
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
    if len(agenda) >= 2:  # (the body's 会议决定… then tell the same decisions again, in other words)
        return agenda
    found = [_measure(doc, offset + m.start(), 0, "measures.decision") for m in decisions.finditer(body)]
    found = [m for m in found if len(m.text) >= _MIN_DECISION and not _FILLER.search(m.text)]
    return [dataclasses.replace(m, ordinal=n) for n, m in enumerate(found, 1)] or \
        [m for m in agenda if m.text.startswith(_DECIDES)]  # one item alone: only what was surely decided


_DECIDES = ("审议通过", "原则通过", "表决通过", "讨论通过", "决定", "确定", "部署")


def _agenda(doc: Document, lead: Span, index: Index) -> list[Measure]:
    """What the lead says the meeting decided: one item per clause opened by a deciding verb
    (部署, 确定, 审议通过…), one per document when a clause approves several (审议通过了《A》、《B》:
    审议通过《A》 and 审议通过《B》, the evidence each title).  What it heard or only discussed
    (听取…汇报, 讨论《…草案》) is not decided."""
    verbs = re.compile(index.cues["measures"]["agenda_re"])
    measures: list[Measure] = []
    for clause in re.finditer(r"[^，；。]+", lead.text):
        verb = verbs.match(clause.group())
        if verb and verb.group() in _NOT_DECIDING:  # 听取…汇报并审议通过《…》: what follows 并 is decided
            verb = verbs.match(clause.group(), then.end()) if (then := _AND_THEN.search(clause.group())) else None
        if not verb:
            continue
        start = lead.start + clause.start() + verb.start()
        item = clause.group()[verb.start():]
        titles = [t for t in re.finditer(r"《[^》]+》", item) if not item.endswith("以下简称", 0, t.start())]
        for found in titles or [item]:
            begin = start + (found.start() if titles else 0)
            written = doc.text[begin: start + (found.end() if titles else len(item))]
            text = verb.group() + written if titles else written
            measures.append(Measure(len(measures) + 1, text, Mention(text, Span(begin, begin + len(written), written),
                                                                     "measures.agenda", doc.id)))
    return measures


# (审议《…条例》 alone deliberates; 研究…举措 stays: the agenda item its paragraph decides)
_NOT_DECIDING = frozenset({"听取", "讨论", "审议"})
_AND_THEN = re.compile(r"并(?=审议通过|原则通过|表决通过|部署|决定|确定)")
