"""Plain-text clippings: title from the first line, date from a dateline, never from file times."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from kg.model import BEIJING
from kg.read import read_file

BODY = ("3月18日，工业和信息化部召开一季度部分省市工业经济运行情况视频座谈会。\n"
        "会上，北京、天津、河北等10个省市工业和信息化主管部门负责同志作了交流发言。\n")


def clip(tmp_path: Path, text: str, codec: str = "utf-8") -> Path:
    path = tmp_path / "clip.txt"
    path.write_bytes(text.encode(codec))
    return path


@pytest.mark.parametrize(
    ("dateline", "published"),
    [
        ("2022年3月18日 19:10 来源：新浪财经", dt.datetime(2022, 3, 18, 19, 10, tzinfo=BEIJING)),
        ("2022-03-18 19:10:53", dt.datetime(2022, 3, 18, 19, 10, 53, tzinfo=BEIJING)),
        ("发布时间：2022/03/18", dt.datetime(2022, 3, 18, tzinfo=BEIJING)),
        ("2022年03月18日", dt.datetime(2022, 3, 18, tzinfo=BEIJING)),
    ],
)
def test_dateline_gives_the_date_and_leaves_the_body(tmp_path: Path, dateline: str, published: dt.datetime) -> None:
    out = read_file(clip(tmp_path, f"工信部召开视频座谈会\n{dateline}\n\n{BODY}"))
    (item,) = out.items
    assert (out.format, item.title, item.published) == ("text", "工信部召开视频座谈会", published)
    assert dateline not in item.body and item.body.startswith("3月18日，")
    assert item.body_format == "text" and out.notes == ()


def test_dateline_source_is_the_outlet(tmp_path: Path) -> None:
    (item,) = read_file(clip(tmp_path, f"工信部召开视频座谈会\n2022年3月18日 19:10 来源：新浪财经\n{BODY}")).items
    assert dict(item.meta)["outlet"] == "新浪财经"


def test_date_in_the_lead_when_there_is_no_dateline(tmp_path: Path) -> None:
    (item,) = read_file(clip(tmp_path, "工信部召开视频座谈会\n\n2022年3月18日，工业和信息化部召开视频座谈会，部署稳增长工作。\n")).items
    assert item.published == dt.datetime(2022, 3, 18, tzinfo=BEIJING)
    assert item.body.startswith("2022年3月18日，")  # a sentence is not a dateline


def test_no_date_is_a_warning_and_file_times_are_never_used(tmp_path: Path) -> None:
    path = clip(tmp_path, "工信部召开视频座谈会\n\n" + BODY)
    os.utime(path, (1_600_000_000, 1_600_000_000))
    out = read_file(path)
    assert out.items[0].published is None and out.skipped is None
    assert out.notes == ("warning: no publication date",)
    assert out.label == "text; warning: no publication date"
    os.utime(path, (1_700_000_000, 1_700_000_000))
    assert read_file(path) == out  # same bytes, same outcome


@pytest.mark.parametrize("codec", ["gbk", "utf-16", "utf-8-sig", "gb18030"])
def test_clippings_in_any_encoding(tmp_path: Path, codec: str) -> None:
    out = read_file(clip(tmp_path, "工信部召开视频座谈会\r\n2022-03-18\r\n" + BODY.replace("\n", "\r\n"), codec))
    assert out.format == "text" and out.items[0].title == "工信部召开视频座谈会"
    assert out.items[0].body.startswith("3月18日")


@pytest.mark.parametrize(
    "text",
    [
        "这是一段没有任何格式标记的文字。\n第二行。\n",  # a sentence is not a headline
        "工信部召开会议\n短。\n",  # too little text to be an article
        "---\ntitle: x\nno closing fence\n",
    ],
)
def test_what_is_not_a_clipping(tmp_path: Path, text: str) -> None:
    out = read_file(clip(tmp_path, text))
    assert out.format is None and out.skipped.startswith(("unknown format", "front matter not closed"))


def test_build_account_carries_the_warning(tmp_path: Path) -> None:
    from kg.lexicon import load
    from kg.pipeline import extract_file
    from kg.sources import discover

    [source] = discover([clip(tmp_path, "工信部召开视频座谈会\n\n" + BODY)])
    account = extract_file(source, load()).account
    assert account.reason.endswith("[text; warning: no publication date]")
