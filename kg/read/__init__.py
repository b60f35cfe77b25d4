"""Reading stage: source files -> `SourceItem`s.

The reader is chosen by sniffing the content, never by the file name; a file
nobody recognises is skipped with a one-line reason, not guessed at.
`read_file` never raises: every file yields items or a reason.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from pathlib import Path

from kg.model import SourceItem
from kg.read import cctv_json, cctv_md, digest_jsonl, digest_md, hexo, jekyll, news_json
from kg.read._base import Reader, Unreadable, parse_datetime
from kg.sources import DEFAULT_MAX_FILE_SIZE, NotRead, Source, discover, display_name, read_bytes

__all__ = ["READERS", "ReadOutcome", "Source", "discover", "parse_datetime", "read_file"]

# Order matters only where two sniffs could both match (none do today).
READERS: tuple[Reader, ...] = (
    hexo.READER, jekyll.READER, cctv_md.READER, digest_md.READER,
    cctv_json.READER, news_json.READER, digest_jsonl.READER,
)


@dataclass(frozen=True, slots=True)
class ReadOutcome:
    path: Path
    format: str | None  # name of the reader that matched, None if unknown
    items: tuple[SourceItem, ...]
    sha256: str  # of the file bytes
    skipped: str | None  # one-line reason when nothing could be read, else None


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
    fmt, items, reason = _read(path, data)
    named = tuple(item if item.file == source.name else replace(item, file=source.name) for item in items)
    return ReadOutcome(path, fmt, named, hashlib.sha256(data).hexdigest(), reason)


def _read(path: Path, data: bytes) -> tuple[str | None, list[SourceItem], str | None]:
    try:
        kind, value = _parse(data)
        reader = next((r for r in READERS if r.kind == kind and r.sniff(value)), None)
    except Unreadable as exc:
        return None, [], str(exc)
    if reader is None:
        return None, [], f"unknown format: {_describe(kind, value)}"
    try:
        items = reader.read(path, value)
    except Unreadable as exc:
        return reader.name, [], str(exc)
    except Exception as exc:  # a reader bug must not stop the run; the reason names it
        return reader.name, [], _one_line(f"{reader.name} reader failed: {type(exc).__name__}: {exc}")
    return reader.name, items, None if items else "no items"


def _parse(data: bytes) -> tuple[str, object]:
    """("json", value) | ("lines", [values]) | ("text", left-stripped text)."""
    try:
        text = data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        bad = f"byte 0x{data[exc.start]:02x} at offset {exc.start}"
        raise Unreadable(f"undecodable bytes: not UTF-8 ({bad})") from None
    text = text.lstrip()
    if not text:
        raise Unreadable("empty file" if not data else "empty file: whitespace only")
    if "\x00" in text[:4096]:
        raise Unreadable("unknown format: binary content")
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
    return text.replace("\r\n", "\n").replace("\r", "\n")


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
