"""The typed records that flow through the pipeline.

source file ─read─▶ SourceItem ─clean─▶ Document ─extract─▶ Meeting | NotMeeting
            ─to_rdf─▶ rdflib.Graph ─▶ Turtle / JSON Lines / HTML / report

Every extracted value is a `Mention`: the value, the `Span` of `Document.text`
it came from, and the name of the rule that produced it.  Invariant:
``doc.text[span.start:span.end] == span.text``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from operator import attrgetter

BEIJING = dt.timezone(dt.timedelta(hours=8), "Asia/Shanghai")

# Roles of a participation (people and provinces).
CHAIR = "chair"
SPEAKER = "speaker"
OFFICIAL = "official"  # named official present (出席/参加)
PROVINCE_SPOKE = "province-spoke"  # a provincial unit that spoke or reported
PROVINCE_PRESENT = "province-present"  # attended (e.g. at a branch venue) without speaking
ROLES = (CHAIR, SPEAKER, OFFICIAL, PROVINCE_SPOKE, PROVINCE_PRESENT)

# Meeting formats.
VIDEO = "video"
TELECONFERENCE = "teleconference"
IN_PERSON = "in-person"


def _pickled_by_fields(cls: type) -> type:
    """Pickle a frozen record as its constructor's arguments: the dataclass default
    (one object.__setattr__ per field after a dataclasses.fields() call) was most of
    what a cached re-run spent loading results (kg.cache)."""
    values = attrgetter(*(f.name for f in fields(cls)))  # a tuple: every record has two fields or more
    cls.__reduce__ = lambda self: (cls, values(self))  # type: ignore[method-assign]
    return cls


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Mention:
    """An extracted value with its evidence in the document text."""

    value: str
    span: Span
    rule: str
    doc_id: str = ""  # the Document whose text the span points into


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class SourceItem:
    """One news item as read from a source file (before cleaning).

    A file may hold many items (a daily broadcast archive); `item` is then the
    item's title and `index` its position in the file.
    """

    path: str  # as given on the command line (never written to outputs)
    file: str  # file name only
    index: int | None
    item: str | None
    title: str
    published: dt.datetime | None  # timezone-aware, Beijing time
    body: str  # HTML or plain text
    body_format: str  # "html" | "text" | "markdown"
    reader: str  # name of the reader that produced it
    meta: tuple[tuple[str, str], ...] = ()  # outlet, url, author, categories...

    @property
    def doc_id(self) -> str:
        return self.file if self.index is None else f"{self.file}#{self.index}"


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Document:
    """A cleaned news item.  `text` is the title, a blank line, then the
    body paragraphs one per line; every span points into it."""

    id: str  # file name, or "file#index" for multi-item files
    file: str
    item: str | None
    title: str
    published: dt.datetime | None  # Beijing time
    text: str
    body_start: int  # offset of the first body paragraph in `text`
    paragraphs: tuple[Span, ...]  # body paragraphs
    outlet: str | None = None  # 新浪财经, 财联社, 央视网 ...
    source_cited: str | None = None  # 工信部网站, 工信微报 ...
    original_title: str | None = None  # 原标题
    editor: str | None = None  # 责任编辑
    url: str | None = None
    reader: str = ""
    sha256: str = ""  # of the source file's bytes

    @property
    def published_date(self) -> dt.date | None:
        return self.published.date() if self.published else None

    @property
    def body(self) -> str:
        return self.text[self.body_start :]


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Participation:
    role: str  # one of ROLES
    participant: str  # person name (Chinese) or province id (provinces.csv `id`)
    kind: str  # "person" | "province" | "city"
    mention: Mention
    title: str | None = None  # the person's title as given (党组成员、副部长)


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Measure:
    ordinal: int  # 1-based position in the meeting's list
    text: str
    mention: Mention


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class CitedMeeting:
    name: str
    date: dt.date | None
    mention: Mention


@dataclass(slots=True)
class Meeting:
    doc: Document
    name: str
    name_mention: Mention | None
    date: dt.date | None
    date_mention: Mention | None
    format: str | None
    organizer: str | None
    participations: list[Participation] = field(default_factory=list)
    provinces_claimed_count: int | None = None
    provinces_all_present: bool = False  # "各省、自治区、直辖市…参会"
    regions: list[Mention] = field(default_factory=list)  # value = region name_zh
    sectors: list[Mention] = field(default_factory=list)  # value = surface label
    measures: list[Measure] = field(default_factory=list)
    cited: list[CitedMeeting] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    sources: list[Document] = field(default_factory=list)  # merged reports
    end_date: dt.date | None = None  # the last day of a meeting held over several days

    def people(self, role: str) -> list[str]:
        return _unique(p.participant for p in self.participations if p.role == role and p.kind == "person")

    def provinces(self, role: str) -> list[str]:
        return _unique(p.participant for p in self.participations if p.role == role and p.kind == "province")


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class NotMeeting:
    """A document read fine that does not report a meeting (with the reason)."""

    doc: Document
    reason: str


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class FileAccount:
    """What became of one input file: every file gets exactly one."""

    file: str
    path: str
    status: str  # "extracted" | "no-meeting" | "skipped"
    reason: str  # one line
    documents: int = 0
    meetings: int = 0


def _unique(values) -> list[str]:
    return list(dict.fromkeys(values))
