"""Traditional script and half-width punctuation read like simplified text, with offsets kept.

Extraction runs on a normalised copy of the document of exactly the same
length (simplified characters, full-width Chinese punctuation, ASCII digits),
so every span found in the copy points at the same characters of the
article's own text; `restore` then puts the original text back into the
evidence.  OpenCC (t2s, phrase-aware) does the conversion clause by clause;
where a phrase would change a clause's length, a character table from the same
dictionary is used for that clause.
Values (names, provinces, sectors, measures) stay simplified: one person is
one node whatever the script.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from kg.model import Document, Meeting, Mention, Span

# Variants OpenCC's t2s leaves alone but simplified text never uses.
_EXTRA = {"陜": "陕", "峯": "峰", "羣": "群", "綫": "线", "爲": "为", "僞": "伪", "衞": "卫", "啓": "启", "敎": "教",
          "眞": "真", "淸": "清", "靑": "青", "搆": "构", "攷": "考", "偺": "咱", "麪": "面", "鷄": "鸡"}
_EXTRA_TABLE = {ord(k): v for k, v in _EXTRA.items()}
# Web pages mix half-width punctuation into Chinese text (…会议在北京召开,会议指出…).
# Corner brackets (Taiwan, Hong Kong) are read as the quotes the patterns know: 「十五五」规划.
_PUNCTUATION = str.maketrans(",;:?!()０１２３４５６７８９「」『』", "，；：？！（）0123456789“”‘’")
_HALF_WIDTH = re.compile("[,;:?!()０-９「」『』]")
# A ? between letters or digits stands for a character the page lost (CITE?2022), and ends no sentence.
_LOST_CHARACTER = re.compile(r"(?<=[A-Za-z\d])\?(?=[A-Za-z\d])")
# So does one inside a name between characters, with no question asked before it in its clause
# (桑干河?第十一届…大会, “新经济?新思维”沙龙; not 为什么?因为…).
_LOST_BETWEEN = re.compile(r"(?<=[\u4e00-\u9fff])\?(?=[\u4e00-\u9fff])")
_ASKED = re.compile(r"[吗呢么谁哪几吧]|为何|如何|怎样|多少|是否|难道|何时|何处|何以")
_ASK_REACH = 12
_MIN_TRADITIONAL = 3  # characters: a simplified text may hold a stray 於 or 乾
_CLAUSES = re.compile(r"[^，。！？；、：\n]*[，。！？；、：\n]?")


@cache
def _converter():
    import opencc  # imported on first traditional text: simplified builds never pay for it

    return opencc.OpenCC("t2s")


@cache
def _table() -> tuple[dict[int, str], re.Pattern[str]]:
    """Traditional-only characters of the CJK block -> simplified, and a pattern finding them."""
    block = "".join(chr(c) for c in range(0x4E00, 0xA000))
    converted = _converter().convert(block)
    table = dict(_EXTRA)
    if len(converted) == len(block):
        table.update({a: b for a, b in zip(block, converted, strict=True) if a != b and len(b) == 1})
    pattern = re.compile("[" + "".join(sorted(table)) + "]")
    return {ord(k): v for k, v in table.items()}, pattern


# Common traditional-only characters: a cheap first look before the full table is built.
_HINT = re.compile("[們會議長與對國華區縣際與實發電視話業務經濟開記說這來產進時設學關將體從當們點應統還總員團"
                   "達變問題識數錄邊銷營濟轉這網絡資訊創產鋼鐵車輛廠機構導體級農醫療藥頭條聯區協調戰]")


def to_simplified(text: str) -> str:
    """`text` in simplified characters, of the same length (unchanged if it is simplified already)."""
    if not _HINT.search(text, 0, 4000):
        return text
    table, pattern = _table()
    if len(pattern.findall(text, 0, 4000)) < _MIN_TRADITIONAL:
        return text
    return "".join(_clause(part, table) for part in _CLAUSES.findall(text))


def _clause(text: str, table: dict[int, str]) -> str:
    """The script only: Taiwan's words (晶片) are the lexicon's business, since OpenCC's tw2sp rewrites
    phrases without context (底線上 -> 底在线)."""
    converted = _converter().convert(text)
    return converted.translate(_EXTRA_TABLE) if len(converted) == len(text) else text.translate(table)


def normalized(doc: Document) -> Document:
    """The document with simplified text and title and Chinese punctuation (the same object if
    nothing changes)."""
    text = to_simplified(doc.text)
    if _HALF_WIDTH.search(text):  # translate costs a dictionary lookup per character: only when needed
        text = _lost_between(_LOST_CHARACTER.sub("·", text)).translate(_PUNCTUATION)
    if text == doc.text:
        return doc
    return dataclasses.replace(doc, text=text, title=text[: len(doc.title)])


def _lost_between(text: str) -> str:
    """A ? between two characters, unless a question precedes it in its clause, stands for a lost ·."""
    if "?" not in text:
        return text

    def lost(match: re.Match[str]) -> str:
        clause = text[max(0, match.start() - _ASK_REACH): match.start()]
        clause = re.split(r"[，。！？；,;!?\n]", clause)[-1]
        return "?" if _ASKED.search(clause) else "·"

    return _LOST_BETWEEN.sub(lost, text)


def restore(meeting: Meeting, original: Document) -> Meeting:
    """Evidence back in the article's own script; values stay simplified."""
    text = original.text

    def mention(m: Mention | None) -> Mention | None:
        if m is None:
            return None
        span = Span(m.span.start, m.span.end, text[m.span.start:m.span.end])
        return dataclasses.replace(m, span=span)

    def item(x):
        return dataclasses.replace(x, mention=mention(x.mention))

    return dataclasses.replace(
        meeting, doc=original, sources=[original],
        name_mention=mention(meeting.name_mention), date_mention=mention(meeting.date_mention),
        participations=[item(p) for p in meeting.participations],
        regions=[mention(r) for r in meeting.regions], sectors=[mention(s) for s in meeting.sectors],
        measures=[item(x) for x in meeting.measures], cited=[item(c) for c in meeting.cited],
    )
