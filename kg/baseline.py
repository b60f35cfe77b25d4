"""The naive baseline `kg eval` scores beside ours: what a user would do with jieba alone.

Every `ns` place that is a province counts as "spoke", the first date
expression is the date, `nr` names right before 主持 are chairs (before 讲话:
speakers, before 出席/参加: officials present), and any item whose title
mentions 会 is a meeting report.
"""

from __future__ import annotations

import re
from functools import cache

import jieba
import jieba.posseg

from kg.extract.dates import DATE_RE, resolve
from kg.lexicon import Lexicon
from kg.model import Document

_ROLE_VERBS = {"主持": "chairs", "讲话": "speakers", "出席": "officials_present", "参加": "officials_present"}


@cache
def _tagger() -> jieba.posseg.POSTokenizer:
    jieba.setLogLevel(60)  # jieba logs its dictionary loading at INFO
    tokenizer = jieba.Tokenizer()  # private: never touch jieba's global dictionary
    return jieba.posseg.POSTokenizer(tokenizer)


def baseline_record(doc: Document, lexicon: Lexicon) -> dict | None:
    if "会" not in doc.title:
        return None
    names = {n: p.short_zh for p in lexicon.provinces for n in (p.name_zh, p.short_zh)}
    record: dict = {"chairs": [], "speakers": [], "officials_present": [], "provinces_spoke": []}
    previous_nr: str | None = None
    for word, flag in _tagger().cut(doc.text):
        if flag == "ns" and word in names and names[word] not in record["provinces_spoke"]:
            record["provinces_spoke"].append(names[word])
        if flag == "nr":
            previous_nr = word
        elif word in _ROLE_VERBS and previous_nr:
            if previous_nr not in record[_ROLE_VERBS[word]]:
                record[_ROLE_VERBS[word]].append(previous_nr)
            previous_nr = None
        elif re.fullmatch(r"[，。；]", word):
            previous_nr = None
    match = DATE_RE.search(doc.text)
    date = resolve(match, doc.published_date) if match and doc.published_date else None
    record["date"] = date.isoformat() if date else None
    return record
