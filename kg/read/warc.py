"""Web archives (WARC and WARC.gz, read with FastWARC): each HTML response record is an item.

Records that are not HTML responses with status 200 are counted and skipped with their reason
(request, warcinfo and metadata records, images, redirects, errors), and so are pages without
article text.  The archive is streamed from disk, never read whole.  FastWARC stops quietly at
a cut-off end, so completeness is checked apart: every gzip member must end, and the last
record of an uncompressed file must hold all the bytes its Content-Length promises.
"""

from __future__ import annotations

import hashlib
import zlib
from collections import Counter
from pathlib import Path
from typing import Any

from kg.model import SourceItem
from kg.read._base import Items, Unreadable
from kg.read._decode import decode
from kg.read.page import page_item

NAME = "warc"
_GZIP = b"\x1f\x8b"
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHUNK = 1 << 20


def sniff(head: bytes) -> bool:
    """Does a file that starts with `head` (a few hundred bytes) hold a WARC, plain or gzipped?"""
    if head.startswith(_GZIP):
        try:
            head = zlib.decompressobj(31).decompress(head, 16)
        except zlib.error:
            return False
    return head.startswith(b"WARC/")


def read(path: Path) -> tuple[Items, str]:
    """(items with notes on skipped records, sha256 of the file); raises Unreadable when no record is read."""
    from fastwarc.warc import ArchiveIterator

    items: list[SourceItem] = []
    skipped: Counter[str] = Counter()
    records, last, damage = 0, -1, ""
    try:
        for record in ArchiveIterator(str(path), parse_http=True, auto_decode="all"):
            records += 1
            last = record.stream_pos
            item, reason = _item(path, len(items), record)
            if item is None:
                skipped[reason] += 1
            else:
                items.append(item)
    except OSError as exc:  # FastWARC's decompression and parse errors
        damage = f"damaged WARC after record {records}: {_one_line(exc)}"
    damage = damage or _incomplete(path, last, records)
    notes = ([damage] if damage else []) + ([_skip_note(skipped, records)] if skipped else [])
    if not items:
        raise Unreadable("; ".join(["no items: no HTML response record with article text", *notes]))
    return Items(items, notes), _sha256(path)


def _item(path: Path, index: int, record: Any) -> tuple[SourceItem | None, str]:
    kind = str(record.record_type)
    if kind != "response":
        return None, kind
    if not record.is_http:
        return None, "not HTTP"
    status = record.http_headers.status_code
    if status != 200:
        return None, f"HTTP {status}"
    content_type = (record.http_content_type or "").lower()
    if not content_type.startswith(_HTML_TYPES):
        return None, f"not HTML ({content_type or 'no type'})"
    try:
        html = decode(record.reader.read(), transport=record.http_charset).text
        return page_item(path, NAME, html, url=record.headers.get("WARC-Target-URI"), index=index), ""
    except Unreadable as exc:
        return None, str(exc).split(":")[0]


def _skip_note(skipped: Counter[str], records: int) -> str:
    parts = ", ".join(f"{n} {reason}" for reason, n in sorted(skipped.items(), key=lambda kv: (-kv[1], kv[0])))
    return f"skipped {sum(skipped.values())} of {records} records: {parts}"


def _incomplete(path: Path, last: int, records: int) -> str:
    """A reason when the file ends before its last record does, else ''."""
    with path.open("rb") as fh:
        if fh.read(2) == _GZIP:
            fh.seek(0)
            complete = _gzip_complete(fh)
        else:
            fh.seek(max(last, 0))
            complete = records > 0 and _record_complete(fh.read())
    return "" if complete else f"truncated WARC: the file ends inside record {records}"


def _gzip_complete(fh: Any) -> bool:
    """Every gzip member in the stream ends (a cut-off file leaves the last one open)."""
    inflater = zlib.decompressobj(31)
    while chunk := fh.read(_CHUNK):
        while chunk:
            try:
                inflater.decompress(chunk)
            except zlib.error:
                return False
            chunk = inflater.unused_data
            if inflater.eof and chunk:
                inflater = zlib.decompressobj(31)
    return inflater.eof


def _record_complete(record: bytes) -> bool:
    head, sep, block = record.partition(b"\r\n\r\n")
    if not sep:
        return False
    for line in head.split(b"\r\n"):
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return value.strip().isdigit() and len(block) >= int(value)
    return False


def _sha256(path: Path) -> str:
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def _one_line(exc: object) -> str:
    return " ".join(str(exc).split())[:120]
