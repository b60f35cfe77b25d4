"""Reading stage: format sniffing, items per format, skip reasons, dates, discovery."""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.clean import to_document
from kg.model import BEIJING
from kg.read import ReadOutcome, discover, parse_datetime, read_file

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "read"
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"  # read-only team material; absent on some machines
CORPUS = SHARED / "corpus"


def bj(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=BEIJING)


# --- one row per fixture: which reader, how many items, or why skipped -------------------

@pytest.mark.parametrize(
    ("name", "fmt", "count", "skipped"),
    [
        ("cctv_daily.json", "cctv-json", 4, None),
        ("cctv_daily.md", "cctv-md", 3, None),
        ("news_single.json", "news-json", 1, None),
        ("digest_em.md", "digest-md", 2, None),
        ("digest.jsonl", "digest-jsonl", 2, None),
        ("jekyll_wind.md", "jekyll", 2, None),
        ("cctv_empty.json", "cctv-json", 0, "no items: empty videoList"),
        ("digest_empty.md", "digest-md", 0, "no items (item_count: 0)"),
        ("empty.jsonl", None, 0, "empty file"),
        ("invalid.json", None, 0, "invalid JSON: "),
        ("unknown.txt", None, 0, "unknown format: "),
    ],
)
def test_fixture_formats(name: str, fmt: str | None, count: int, skipped: str | None) -> None:
    out = read_file(FIXTURES / name)
    assert (out.format, len(out.items)) == (fmt, count)
    if skipped is None:
        assert out.skipped is None
    else:
        assert out.skipped is not None and out.skipped.startswith(skipped)
    assert len(out.sha256) == 64


@pytest.mark.parametrize(
    ("seed", "fmt", "published"),
    [
        ("000_968c041b20610dd7.txt", "hexo", bj(2022, 3, 18, 19, 10, 53)),
        ("001_966cadcae9575d06.txt", "hexo", bj(2022, 8, 18, 16, 47, 48)),
        ("002_346f46394203d521.txt", "hexo", bj(2022, 4, 29, 15, 51, 46)),
        ("003_c94b25b35698020a.txt", "jekyll", bj(2022, 5, 27, 17, 34, 38)),
        ("004_3284dc94f04d644a.txt", "hexo", bj(2021, 11, 5, 14, 4, 44)),
    ],
)
def test_seed_formats_and_times(seed: str, fmt: str, published: dt.datetime) -> None:
    out = read_file(SEEDS / seed)  # hexo seeds start with a blank line before '---'
    assert out.format == fmt and out.skipped is None
    (item,) = out.items
    assert item.published == published and item.published.utcoffset() == dt.timedelta(hours=8)
    assert (item.index, item.item, item.file, item.doc_id) == (None, None, seed, seed)
    assert item.body_format == "html"


def test_hexo_metadata() -> None:
    (item,) = read_file(SEEDS / "000_968c041b20610dd7.txt").items
    meta = dict(item.meta)
    assert item.title.startswith("工信部：统筹抓好疫情防控和经济运行")
    assert meta["outlet"] == "新浪财经" and "新浪财经" in meta["categories"]


def test_jekyll_cailianshe_outlet() -> None:
    (item,) = read_file(SEEDS / "003_c94b25b35698020a.txt").items
    assert dict(item.meta)["outlet"] == "财联社"


def test_jekyll_wind_digest_splits_into_briefs() -> None:
    items = read_file(FIXTURES / "jekyll_wind.md").items
    assert [i.index for i in items] == [0, 1] and [i.doc_id for i in items] == ["jekyll_wind.md#0", "jekyll_wind.md#1"]
    assert items[0].title == "国务院" and items[1].title == "日本央行“超预期”加息 15 个基点"
    assert all(i.body_format == "markdown" for i in items)
    for item in items:
        assert item.published == bj(2024, 8, 1, 6, 30)  # from the title's date and "08-01 06:30 Wind"
        assert dict(item.meta)["outlet"] == "Wind" and dict(item.meta)["digest"] == "陆家嘴财经早餐 2024年8月1日 星期四"


def test_cctv_json_items() -> None:
    items = read_file(FIXTURES / "cctv_daily.json").items
    assert [i.index for i in items] == [0, 1, 2, 3]
    assert items[0].title == items[0].item == "张德江与柬埔寨国会主席举行会谈"  # "[视频]" stripped
    assert items[0].doc_id == "cctv_daily.json#0"
    assert items[0].published == bj(2016, 7, 25, 19, 10, 14)
    meta = dict(items[0].meta)
    assert meta["outlet"] == "央视网" and meta["url"].startswith("https://tv.cctv.com/2016/07/25/")
    assert items[1].body == "" and items[2].body == ""  # error stub, missing video_detail
    assert dict(items[2].meta)["url"].endswith("VIDEWCehTmje0uLZGKEwx8Md200407.shtml")


def test_cctv_md_items() -> None:
    items = read_file(FIXTURES / "cctv_daily.md").items
    assert [i.index for i in items] == [0, 1, 2]  # position of the "### " section
    assert items[2].title == "国务院国资委：推动重大标志性成果在中部落地"
    assert all(i.published == bj(2024, 3, 28, 19, 0) for i in items)
    assert dict(items[0].meta)["url"].endswith("VIDEK3HL8JtxhjMwERT6KYPk240328.shtml")
    assert items[1].body == ""  # the scraper's "undefined"
    assert "查看原文" not in items[2].body and "更新时间戳" not in items[2].body and "---" not in items[2].body


def test_news_json_item() -> None:
    (item,) = read_file(FIXTURES / "news_single.json").items
    meta = dict(item.meta)
    assert item.body_format == "text" and item.index is None
    assert item.published == bj(2025, 11, 14, 20, 11)  # the page's own time refines the day
    assert meta["url"].startswith("https://www.gov.cn/") and meta["outlet"] == "中国政府网"


def test_digest_md_items() -> None:
    items = read_file(FIXTURES / "digest_em.md").items
    assert [i.title for i in items] == ["特朗普：美方将参与国际原子能机构对伊朗核查行动", "特朗普表示不急于让核查人员立即进驻伊朗"]
    assert [i.published for i in items] == [bj(2026, 6, 25, 0, 0, 6), bj(2026, 6, 25, 0, 0, 30)]
    meta = dict(items[1].meta)
    assert meta["id"] == "677692654" and meta["url"].startswith("https://news.10jqka.com.cn/")
    assert meta["outlet"] == "东方财富"
    assert items[0].body.startswith("【特朗普") and "- id:" not in items[0].body


def test_digest_jsonl_items() -> None:
    items = read_file(FIXTURES / "digest.jsonl").items
    assert items[0].published == dt.datetime.fromtimestamp(1720000000, BEIJING)
    assert items[1].published == bj(2024, 7, 3, 15, 0)
    assert dict(items[0].meta)["url"] == "https://www.cls.cn/detail/1"


# --- skip reasons for bad content, written on the fly ------------------------------------

@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t\n", "empty file: whitespace only"),
        ("中文".encode("gb18030"), "undecidable encoding: tried UTF-8"),  # two Hanzi fit GB and Big5 alike
        (b"\x00\x01\x02abc", "unknown format: binary content"),
        (b'{"a": 1, "b": [1, 2]}', "unknown format: JSON object with keys a, b"),
        (b"[1, 2, 3]", "unknown format: JSON list"),
        (b'{"a": 1}\n{"b": 2}\n', "unknown format: JSON Lines without news objects"),
        (b'{"title": "x"}\nnot json\n', "invalid JSON: not one value per line (line 2)"),
        (b"[[[[" * 5000, "invalid JSON: "),
        ("[返回首页](//x)".encode(), "unknown format: starts with"),
        (b"---\ntitle: [unclosed\n---\n<p>x</p>", "invalid front matter: "),
        (b"---\ntitle: x\nno closing fence\n", "front matter not closed"),
        (b"---\n- a\n- b\n---\nbody", "unknown format: "),
        ("# 《新闻联播》 (20240328)\n\n## 新闻摘要\n".encode(), "no items: no '### ' sections"),
        (b'{"total": 1, "videoList": [1, "x"]}', "no items: no objects in videoList"),
    ],
)
def test_skip_reasons(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "input.dat"
    path.write_bytes(data)
    out = read_file(path)
    assert out.items == () and out.skipped is not None and out.skipped.startswith(reason)
    assert "\n" not in out.skipped


def test_bom_and_crlf_are_tolerated(tmp_path: Path) -> None:
    text = (SEEDS / "003_c94b25b35698020a.txt").read_text(encoding="utf-8").replace("\n", "\r\n")
    path = tmp_path / "post.md"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode())
    assert read_file(path).format == "jekyll"


def test_sniffing_ignores_extension(tmp_path: Path) -> None:
    path = tmp_path / "looks_like.json"
    path.write_bytes((FIXTURES / "digest_em.md").read_bytes())
    assert read_file(path).format == "digest-md"


def test_missing_file_is_a_reason_not_an_exception(tmp_path: Path) -> None:
    out = read_file(tmp_path / "nope.txt")
    assert out.skipped and out.skipped.startswith("unreadable file") and out.sha256 == ""


# --- publication times ------------------------------------------------------------------

@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Fri, 18 Mar 2022 20:10:53 GMT", bj(2022, 3, 19, 4, 10, 53)),  # crosses midnight
        ("Fri, 18 Mar 2022 11:10:53 GMT", bj(2022, 3, 18, 19, 10, 53)),
        ("Fri, 18 Mar 2022 11:10:53 -0000", bj(2022, 3, 18, 19, 10, 53)),
        ("2022-05-27 17:34:38 +0800", bj(2022, 5, 27, 17, 34, 38)),
        ("2022-05-27 17:34:38 +0000", bj(2022, 5, 28, 1, 34, 38)),
        ("2013-07-24 19:10:23", bj(2013, 7, 24, 19, 10, 23)),  # naive = Beijing
        ("2025-10-31", bj(2025, 10, 31)),
        ("2025-11-29T13:10:53.799Z", bj(2025, 11, 29, 21, 10, 53)),
        ("2024-07-03T15:00:00+08:00", bj(2024, 7, 3, 15)),
        (dt.date(2022, 5, 27), bj(2022, 5, 27)),
        (dt.datetime(2022, 5, 27, 9, 0, tzinfo=dt.UTC), bj(2022, 5, 27, 17)),
        (0, bj(1970, 1, 1, 8)),
        ("not a date", None),
        ("Xyz, 99 Foo 2022", None),
        ("2022-13-45", None),
        (None, None),
        (True, None),
        ([2022], None),
    ],
)
def test_parse_datetime(value: object, expected: dt.datetime | None) -> None:
    assert parse_datetime(value) == expected


@given(st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2100, 1, 1)))
def test_gmt_to_beijing_property(moment: dt.datetime) -> None:
    moment = moment.replace(microsecond=0, tzinfo=dt.UTC)
    parsed = parse_datetime(email.utils.format_datetime(moment, usegmt=True))
    assert parsed == moment and parsed.tzinfo == BEIJING
    assert parsed.date() == (moment + dt.timedelta(hours=8)).date()  # the Beijing day, not the GMT day
    assert (parsed.date() != moment.date()) == (moment.hour >= 16)


@given(st.one_of(st.text(max_size=40), st.integers(), st.floats(), st.none()))
def test_parse_datetime_never_raises(value: object) -> None:
    result = parse_datetime(value)
    assert result is None or result.tzinfo == BEIJING


# --- arbitrary input never raises -------------------------------------------------------

_MARKERS = ("", "---\n", "\n---\ntitle: t\n---\n", "# 《新闻联播》 (20240328)\n### ", "{", "[",
            "# 财联社快讯归档 2026-07-17\n## 10:00:00｜", '{"videoList": [', '{"title": "t", "content": ')


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_MARKERS), st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_read_file_never_raises(marker: str, tail: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "x"
        path.write_bytes(marker.encode() + tail)
        out = read_file(path)
    assert isinstance(out, ReadOutcome)
    assert bool(out.items) != bool(out.skipped)  # items, or a reason: never both, never neither
    for item in out.items:
        to_document(item)


# --- discovery ----------------------------------------------------------------------------

def test_discover(tmp_path: Path) -> None:
    for rel in ("b/2.md", "b/10.md", "a.json", ".hidden/x.md", "b/.x.md", "c/.git/config"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x")
    found = discover([tmp_path])
    assert [(s.name, s.problem is None) for s in found] == [
        (".hidden/", False), ("a.json", True), ("b/.x.md", False), ("b/10.md", True), ("b/2.md", True),
        ("c/.git/", False)]  # hidden entries are listed, not read (nor walked)
    assert all(s.path == tmp_path / s.name.rstrip("/") for s in found)
    twice = discover([tmp_path / "a.json", tmp_path])
    assert sorted(twice, key=lambda s: s.name) == found  # a file named twice is listed once
    with pytest.raises(FileNotFoundError):
        discover([tmp_path / "missing"])


def test_discover_keeps_paths_as_given() -> None:
    found = discover([SEEDS])
    assert [s.name for s in found] == sorted(p.name for p in SEEDS.glob("*.txt"))
    assert all(s.path.parent == SEEDS and s.problem is None for s in found)


# --- the whole corpus (slow; skipped when ../shared is absent) -----------------------------

@pytest.mark.slow
@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not available")
def test_every_corpus_file_is_accounted_for() -> None:
    files = discover([CORPUS])
    assert files
    for source in files:
        out = read_file(source)
        assert bool(out.items) != bool(out.skipped), source
        for item in out.items:
            doc = to_document(item, out.sha256)
            assert all(doc.text[s.start : s.end] == s.text for s in doc.paragraphs)
    meetings = [read_file(p) for p in discover([CORPUS / "meetings"])]
    assert all(out.items for out in meetings)  # every meeting file reads


@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "gold" / "dev.json").is_file(), reason="../shared/gold/dev.json is not available")
def test_gold_keys_resolve_to_items() -> None:
    gold = json.loads((SHARED / "gold" / "dev.json").read_text(encoding="utf-8"))
    for entry in gold:
        file, index = entry["key"].split("#")
        items = read_file(CORPUS / "meetings" / file).items
        item = next(i for i in items if i.index == int(index))
        assert item.title == entry["title"]
        assert item.published and item.published.date().isoformat() == entry["published"]
