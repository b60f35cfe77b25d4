"""Reading stage: source files -> `SourceItem`s.

The reader is chosen by sniffing the content, never by the file name; a file
nobody recognises is skipped with a one-line reason, not guessed at.
`read_file` never raises: every file yields items or a reason.
"""

from __future__ import annotations

import codecs
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from kg.model import SourceItem
from kg.read import cctv_json, cctv_md, digest_jsonl, digest_md, feed, hexo, jekyll, news_json, page, plain, warc
from kg.read._base import Reader, Unreadable, parse_datetime
from kg.read._decode import decode
from kg.sources import DEFAULT_MAX_FILE_SIZE, NotRead, Source, discover, display_name, read_bytes

__all__ = ["READERS", "ReadOutcome", "Source", "discover", "parse_datetime", "read_file"]

_WARC_HEAD = 512
_WIDE_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)  # UTF-16 and UTF-32 text is full of NUL bytes

# Order matters where two sniffs could both match: plain text, which takes any headline and
# paragraphs, comes after every format with markers of its own.
READERS: tuple[Reader, ...] = (
    hexo.READER, jekyll.READER, cctv_md.READER, digest_md.READER,
    cctv_json.READER, news_json.READER, digest_jsonl.READER, feed.READER, page.READER,
    plain.READER,
)


@dataclass(frozen=True, slots=True)
class ReadOutcome:
    path: Path
    format: str | None  # name of the reader that matched, None if unknown
    items: tuple[SourceItem, ...]
    sha256: str  # of the file bytes
    skipped: str | None  # one-line reason when nothing could be read, else None
    notes: tuple[str, ...] = ()  # what a read file lacks or left out (no date, skipped records, encoding)

    @property
    def label(self) -> str:
        """The reader's name and the notes, for the file's account."""
        return "; ".join((str(self.format), *self.notes))


def read_file(source: Source | Path, max_size: int = DEFAULT_MAX_FILE_SIZE) -> ReadOutcome:
    """Read one file into items; bad content gives `skipped`, never an exception.

    Only a regular file of at most `max_size` bytes is opened (kg.sources); its
    items carry the source's name (relative to its input folder, escaped).
    """
    if not isinstance(source, Source):
        source = Source(Path(source), display_name(Path(source).name))
    path = source.path
    try:
        if source.problem:
            raise NotRead(source.problem)
        data = read_bytes(path, max_size)
    except NotRead as exc:
        return ReadOutcome(path, None, (), "", str(exc))
    if warc.sniff(data[:_WARC_HEAD]):  # an archive is streamed record by record
        return _read_warc(path)
    fmt, items, reason, notes = _read(path, data)
    named = tuple(item if item.file == source.name else replace(item, file=source.name) for item in items)
    return ReadOutcome(path, fmt, named, hashlib.sha256(data).hexdigest(), reason, notes)


def _read_warc(path: Path) -> ReadOutcome:
    try:
        items, sha256 = warc.read(path)
    except Unreadable as exc:
        return ReadOutcome(path, warc.NAME, (), "", str(exc))
    except Exception as exc:  # a reader bug must not stop the run; the reason names it
        return ReadOutcome(path, warc.NAME, (), "", _one_line(f"warc reader failed: {type(exc).__name__}: {exc}"))
    return ReadOutcome(path, warc.NAME, tuple(items), sha256, None, (*items.notes, *_undated(items)))


def _read(path: Path, data: bytes) -> tuple[str | None, list[SourceItem], str | None, tuple[str, ...]]:
    try:
        kind, value, encoding = _parse(data)
        reader = next((r for r in READERS if r.kind == kind and r.sniff(value)), None)
    except Unreadable as exc:
        return None, [], str(exc), ()
    if reader is None:
        return None, [], f"unknown format: {_describe(kind, value)}", ()
    try:
        items = reader.read(path, value)
    except Unreadable as exc:
        return reader.name, [], str(exc), ()
    except Exception as exc:  # a reader bug must not stop the run; the reason names it
        return reader.name, [], _one_line(f"{reader.name} reader failed: {type(exc).__name__}: {exc}"), ()
    notes = (*([encoding] if encoding else ()), *getattr(items, "notes", ()), *_undated(items))
    if not items:
        return reader.name, [], "; ".join(("no items", *notes)), ()
    return reader.name, items, None, notes


def _undated(items: Sequence[SourceItem]) -> list[str]:
    """A warning for items without a publication date (file times are never used instead)."""
    undated = sum(item.published is None for item in items)
    if not undated:
        return []
    return ["warning: no publication date" + (f" in {undated} of {len(items)} items" if len(items) > 1 else "")]


def _parse(data: bytes) -> tuple[str, object, str | None]:
    """("json", value) | ("lines", [values]) | ("text", left-stripped text), and the encoding when not UTF-8."""
    if b"\x00" in data[:4096] and not data.startswith(_WIDE_BOMS):
        raise Unreadable("unknown format: binary content")
    decoded = decode(data)
    encoding = None if decoded.encoding == "utf-8" else f"{decoded.encoding} ({decoded.how})"
    kind, value = _parse_text(decoded.text, data)
    return kind, value, encoding


def _parse_text(text: str, data: bytes) -> tuple[str, object]:
    text = text.lstrip()
    if not text:
        raise Unreadable("empty file" if not data else "empty file: whitespace only")
    if text[0] in "{[":
        return _parse_json(text)
    return "text", _unix_newlines(text)


def _parse_json(text: str) -> tuple[str, object]:
    try:
        return "json", json.loads(text)
    except json.JSONDecodeError as exc:
        if text[0] == "[":  # "[link](…)" Markdown, not a JSON array
            return "text", _unix_newlines(text)
        if exc.msg != "Extra data":
            raise Unreadable(f"invalid JSON: {exc.msg} (line {exc.lineno} column {exc.colno})") from None
    except RecursionError:
        raise Unreadable("invalid JSON: nested too deeply") from None
    return "lines", _parse_lines(text)


def _unix_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _parse_lines(text: str) -> list[object]:
    values = []
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                values.append(json.loads(line))
            except (json.JSONDecodeError, RecursionError):
                raise Unreadable(f"invalid JSON: not one value per line (line {number})") from None
    return values


def _describe(kind: str, value: object) -> str:
    if kind == "json":
        if isinstance(value, dict):
            return "JSON object with keys " + ", ".join(sorted(map(str, value))[:8])[:80]
        return f"JSON {type(value).__name__}"
    if kind == "lines":
        return "JSON Lines without news objects"
    first = str(value).split("\n", 1)[0]
    return f"starts with {first[:40]!r}"


def _one_line(text: str) -> str:
    return " ".join(text.split())[:200]
