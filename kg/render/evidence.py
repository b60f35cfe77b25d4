"""Evidence for the page: the sentence a mention sits in, and where it came from."""

from __future__ import annotations

from kg.bounds import sentence_bounds
from kg.model import Document, Meeting, Mention

MAX_SENTENCE = 240  # characters; longer sentences are cut around the span


def documents(meeting: Meeting) -> dict[str, Document]:
    """Every document of a (merged) meeting by id; the main one first."""
    docs = {meeting.doc.id: meeting.doc}
    for doc in meeting.sources:
        docs.setdefault(doc.id, doc)
    return docs


def source_doc(meeting: Meeting, mention: Mention | None, docs: dict[str, Document] | None = None) -> Document:
    """The document a mention points into (the meeting's main one if unnamed)."""
    docs = docs if docs is not None else documents(meeting)
    if mention and mention.doc_id in docs:
        return docs[mention.doc_id]
    return meeting.doc


def sentence(text: str, start: int, end: int) -> str:
    """The sentence around text[start:end] (as in kg.ttl), trimmed to MAX_SENTENCE characters."""
    if not 0 <= start <= end <= len(text):
        return ""
    left, right = sentence_bounds(text, start, end)
    found = text[left:right].strip()
    if len(found) <= MAX_SENTENCE:
        return found
    half = (MAX_SENTENCE - (end - start)) // 2
    lo, hi = max(left, start - max(half, 0)), min(right, end + max(half, 0))
    return ("…" if lo > left else "") + text[lo:hi].strip() + ("…" if hi < right else "")


def mention_sentence(meeting: Meeting, mention: Mention | None, docs: dict[str, Document] | None = None) -> str:
    if mention is None:
        return ""
    doc = source_doc(meeting, mention, docs)
    return sentence(doc.text, mention.span.start, mention.span.end)
