"""Encodings: every reader gets text whatever encoding a Chinese file comes in, or a reason."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from kg.read import read_file
from kg.read._base import Unreadable
from kg.read._decode import decode

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "003_c94b25b35698020a.txt"  # a Jekyll post
SIMPLIFIED = "2022年3月18日，工业和信息化部党组成员、副部长辛国斌主持召开一季度部分省市工业经济运行情况视频座谈会。"
TRADITIONAL = "2022年3月18日，工業和信息化部黨組成員、副部長辛國斌主持召開一季度部分省市工業經濟運行情況視頻座談會。"

# News words, for property tests on text shaped like news (random Hanzi are not: any guess fits them).
WORDS = ("工业", "和", "信息化部", "召开", "会议", "强调", "要", "坚持", "稳中求进", "经济", "运行", "省市",
         "负责同志", "发言", "，", "。", "2022年", "3月", "推动", "制造业", "高质量", "发展", "企业", "政策")


@pytest.mark.parametrize(
    ("data", "encoding", "how"),
    [
        (SIMPLIFIED.encode(), "utf-8", "utf-8"),
        (codecs.BOM_UTF8 + SIMPLIFIED.encode(), "utf-8", "bom"),
        (SIMPLIFIED.encode("utf-16"), "utf-16-le", "bom"),
        (codecs.BOM_UTF16_BE + SIMPLIFIED.encode("utf-16-be"), "utf-16-be", "bom"),
        (SIMPLIFIED.encode("gbk"), "gb18030", "detected"),
        (SIMPLIFIED.encode("gb2312"), "gb18030", "detected"),
        (SIMPLIFIED.encode("gb18030"), "gb18030", "detected"),
        (TRADITIONAL.encode("big5"), "big5hkscs", "detected"),
        (b'<meta charset="gb2312">' + SIMPLIFIED.encode("gbk"), "gb18030", "declared"),
        (b'<meta http-equiv="Content-Type" content="text/html; charset=GBK">' + SIMPLIFIED.encode("gbk"),
         "gb18030", "declared"),
        (b'<?xml version="1.0" encoding="gb2312"?><rss>' + SIMPLIFIED.encode("gbk"), "gb18030", "declared"),
        (b'<meta charset="big5">' + TRADITIONAL.encode("cp950"), "cp950", "declared"),
        # A declaration that the bytes contradict loses to them.
        (b'<meta charset="gb2312">' + SIMPLIFIED.encode(), "utf-8", "utf-8"),
        (b'<meta charset="utf-8">' + SIMPLIFIED.encode("gbk"), "gb18030", "detected"),
    ],
)
def test_decode(data: bytes, encoding: str, how: str) -> None:
    decoded = decode(data)
    assert (decoded.encoding, decoded.how) == (encoding, how)
    assert SIMPLIFIED in decoded.text or TRADITIONAL in decoded.text


def test_transport_charset_comes_before_the_declared_one() -> None:
    data = b'<meta charset="big5">' + SIMPLIFIED.encode("gbk")
    assert decode(data, transport="gbk").how == "transport"


def test_a_stray_byte_in_a_declared_page_is_tolerated() -> None:
    data = b'<meta charset="gbk">' + (SIMPLIFIED * 20).encode("gbk") + b"\xff" + SIMPLIFIED.encode("gbk")
    decoded = decode(data)
    assert decoded.how == "declared" and decoded.text.count("\ufffd") == 1


@pytest.mark.parametrize(
    "data",
    [
        "中文".encode("gb18030"),  # two Hanzi read as well in Big5
        SIMPLIFIED.encode("gbk") + TRADITIONAL.encode("big5"),  # two encodings in one file
        bytes(range(0x80, 0x100)) * 4,
    ],
)
def test_undecidable_bytes_get_a_reason_naming_what_was_tried(data: bytes) -> None:
    with pytest.raises(Unreadable, match=r"^undecidable encoding: tried UTF-8 \(byte 0x.. at offset \d+\).*detection"):
        decode(data)


@pytest.mark.parametrize("codec", ["gbk", "gb2312", "gb18030", "utf-16", "utf-8-sig"])
def test_front_matter_files_in_any_encoding(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "post.md"
    path.write_bytes(SEED.read_text(encoding="utf-8").encode(codec))
    out = read_file(path)
    reference = read_file(SEED)
    assert out.format == "jekyll" and out.items[0].body == reference.items[0].body
    assert out.items[0].title == reference.items[0].title


def test_the_account_names_a_non_utf8_encoding(tmp_path: Path) -> None:
    path = tmp_path / "post.md"
    path.write_bytes(SEED.read_text(encoding="utf-8").encode("gbk"))
    assert "gb18030 (detected)" in read_file(path).label


def test_a_chinese_file_is_never_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "clip.txt"
    path.write_bytes(("工信部召开视频会议\n" + SIMPLIFIED * 3).encode("gb2312"))
    out = read_file(path)
    assert out.skipped is None and out.format == "text"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=8, max_size=80).map("".join),
       st.sampled_from(["gb18030", "utf-16", "utf-8"]))
@example("工业，工业，工业，工业，", "gb18030")  # detection liked Big5 better (馱珛ㄛ…) until frequent characters decided
@example("工业工业和。和。和。", "gb18030")  # too few characters to tell GB from Big5: refused
def test_decode_round_trips_chinese_text(text: str, codec: str) -> None:
    data = text.encode(codec)
    if codec != "utf-8":  # GBK bytes that are also valid UTF-8 ("一" * 30) read as UTF-8, by design
        assume(not _is_utf8(data))
    try:
        decoded = decode(data).text
    except Unreadable:
        # A few characters may read as GB and as Big5 equally well (工业工业和。和。和。): refused, by design
        assert codec == "gb18030" and sum("\u4e00" <= c <= "\u9fff" for c in text) < 12
        return
    assert decoded == text


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_decode_never_raises_anything_but_unreadable(data: bytes) -> None:
    try:
        decode(data)
    except Unreadable as exc:
        assert "\n" not in str(exc)
