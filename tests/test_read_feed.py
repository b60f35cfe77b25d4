"""Feeds: RSS 2.0, RSS 1.0 and Atom, an item per entry; a feed without entries is skipped."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kg.model import BEIJING
from kg.read import read_file
from tests.article_forms import SEEDS, feed, seed_item

PARA = "<p>3月18日，工业和信息化部召开一季度部分省市工业经济运行情况视频座谈会，分析研判形势，部署稳增长工作。会上，北京、天津等10个省市工业和信息化主管部门负责同志作了交流发言。</p>"
SHARE = '<div class="share">分享到：<a href="#">微博</a> <a href="#">微信</a></div><p>责任编辑：张三</p>'

RSS1 = f"""<?xml version="1.0" encoding="gb2312"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel rdf:about="https://www.example.gov.cn/rss"><title>某省工业和信息化厅</title><link>https://www.example.gov.cn/</link>
<description>工作动态</description><items><rdf:Seq><rdf:li rdf:resource="https://www.example.gov.cn/a/1.html"/></rdf:Seq></items></channel>
<item rdf:about="https://www.example.gov.cn/a/1.html"><title>工信部召开视频座谈会</title><link>https://www.example.gov.cn/a/1.html</link>
<dc:date>2022-03-18T19:10:00+08:00</dc:date><content:encoded><![CDATA[{PARA}{SHARE}]]></content:encoded></item>
</rdf:RDF>
"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>工信动态</title><id>urn:example:feed</id><updated>2022-03-19T00:00:00Z</updated>
<entry><title>工信部召开视频座谈会</title><id>urn:example:1</id><link href="https://news.example.cn/1.html"/>
<published>2022-03-18T11:10:00Z</published><updated>2022-03-19T00:00:00Z</updated>
<content type="html"><![CDATA[{PARA}{SHARE}]]></content></entry>
<entry><title>只有标题的条目</title><id>urn:example:2</id><updated>2022-03-19T00:00:00Z</updated></entry>
</feed>
"""


def write(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "feed.xml"
    path.write_bytes(data)
    return path


def test_rss2_entries_are_items(tmp_path: Path) -> None:
    item = seed_item(SEEDS / "000_968c041b20610dd7.txt")
    out = read_file(write(tmp_path, feed(item)))
    assert out.format == "feed" and len(out.items) == 2
    first, second = out.items
    assert (first.title, first.published, first.index, first.item) == (item.title, item.published, 0, item.title)
    assert dict(first.meta)["outlet"] == "新浪财经-国内经济" and dict(first.meta)["url"].startswith("https://finance")
    assert "海量资讯" not in first.body  # entry HTML cleaned like a page
    assert "逆回购" in second.body  # a one-sentence summary is an item too


def test_rss1_in_gb2312(tmp_path: Path) -> None:
    out = read_file(write(tmp_path, RSS1.encode("gb2312")))
    (item,) = out.items
    assert out.label == "feed; gb18030 (declared)"
    assert item.published == dt.datetime(2022, 3, 18, 19, 10, tzinfo=BEIJING)
    assert "工业经济运行情况" in item.body and "分享到" not in item.body


def test_atom_entry_without_text_is_noted(tmp_path: Path) -> None:
    out = read_file(write(tmp_path, ATOM.encode()))
    (item,) = out.items
    assert item.published == dt.datetime(2022, 3, 18, 19, 10, tzinfo=BEIJING)
    assert dict(item.meta)["url"] == "https://news.example.cn/1.html"
    assert out.notes == ("1 entry without text skipped",)


@pytest.mark.parametrize(
    "data",
    [
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>',
        b'<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>',
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>cut',
    ],
)
def test_feed_without_entries_is_skipped_with_a_reason(tmp_path: Path, data: bytes) -> None:
    out = read_file(write(tmp_path, data))
    assert out.format == "feed" and out.items == ()
    assert out.skipped.startswith("no items") and "\n" not in out.skipped
