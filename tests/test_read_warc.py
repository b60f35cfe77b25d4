"""Web archives: HTML 200 responses are items; everything else is counted with its reason."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from kg.read import read_file
from tests.article_forms import SEEDS, article_url, seed_item, warc

ITEM = seed_item(SEEDS / "000_968c041b20610dd7.txt")


def records(data: bytes) -> list[bytes]:
    parts = data.split(b"\r\n\r\nWARC/1.1\r\n")
    return [parts[0] + b"\r\n\r\n"] + [b"WARC/1.1\r\n" + p + b"\r\n\r\n" for p in parts[1:-1]] + [b"WARC/1.1\r\n" + parts[-1]]


@pytest.fixture
def archive() -> bytes:
    return warc(ITEM)


@pytest.mark.parametrize("compress", [False, True])
def test_html_response_is_an_item_the_rest_counted(tmp_path: Path, archive: bytes, compress: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    path.write_bytes(b"".join(gzip.compress(r) for r in records(archive)) if compress else archive)
    out = read_file(path)
    (item,) = out.items
    assert out.format == "warc" and item.index == 0 and item.title == ITEM.title
    assert dict(item.meta)["url"] == article_url(ITEM)
    assert out.notes == ("skipped 3 of 4 records: 1 HTTP 404, 1 not HTML (image/png), 1 warcinfo",)
    assert len(out.sha256) == 64


@pytest.mark.parametrize("compress", [False, True])
@pytest.mark.parametrize("cut", [40, 2000])
def test_truncated_warc_keeps_what_it_holds_and_says_so(tmp_path: Path, archive: bytes, compress: bool, cut: int) -> None:
    data = b"".join(gzip.compress(r) for r in records(archive)) if compress else archive
    path = tmp_path / "cut.warc"
    path.write_bytes(data[:-cut])
    out = read_file(path)
    assert len(out.items) == 1 and any(n.startswith("truncated WARC") for n in out.notes)


def test_archive_without_pages_is_skipped_with_reasons(tmp_path: Path, archive: bytes) -> None:
    path = tmp_path / "images.warc"
    path.write_bytes(b"".join(r for r in records(archive) if b"text/html; charset=GBK" not in r))
    out = read_file(path)
    assert out.items == () and out.skipped.startswith("no items: no HTML response record with article text; ")
    assert "1 HTTP 404" in out.skipped


def test_damaged_gzip_is_a_reason_not_a_crash(tmp_path: Path, archive: bytes) -> None:
    data = b"".join(gzip.compress(r) for r in records(archive))
    path = tmp_path / "bad.warc.gz"
    path.write_bytes(data[:60] + b"\x00" * 40 + data[100:])
    out = read_file(path)
    assert out.items == () and "damaged WARC" in out.skipped
