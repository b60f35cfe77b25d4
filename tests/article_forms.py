"""One article in every form a user keeps it: saved page, clipping, feed entry, WARC record.

Used by tests/test_read_one_article.py and benchmarks/bench_read.py.  The page chrome is
tests/fixtures/pages/chrome_*.html (written for these tests, imitating a portal's article
page); the article itself is a seed's title, date and body.
"""

from __future__ import annotations

import datetime as dt
import email.utils
from pathlib import Path

from kg.clean import to_document
from kg.fetch import warc_response
from kg.model import SourceItem
from kg.read import read_file

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
PAGES = ROOT / "tests" / "fixtures" / "pages"
FORMS = ("page-gbk", "text", "feed", "warc")


def seed_item(seed: Path) -> SourceItem:
    (item,) = read_file(seed).items
    return item


def page_html(item: SourceItem, chrome: str = "chrome_sina.html", url: str | None = None) -> str:
    published = item.published or dt.datetime(2022, 1, 1)
    fill = {
        "{title}": item.title,
        "{iso}": published.isoformat(),
        "{cn_datetime}": published.strftime("%Y年%m月%d日 %H:%M"),
        "{url}": url or article_url(item),
        "{body}": item.body,
    }
    html = (PAGES / chrome).read_text(encoding="utf-8")
    for key, value in fill.items():
        html = html.replace(key, value)
    return html


def article_url(item: SourceItem) -> str:
    published = item.published or dt.datetime(2022, 1, 1)
    return f"https://finance.sina.com.cn/china/{published:%Y-%m-%d}/doc-{item.file.split('_')[-1][:12]}.shtml"


def page_gbk(item: SourceItem) -> bytes:
    return page_html(item).encode("gbk", errors="xmlcharrefreplace")  # as a GBK site writes &nbsp;


def clipping(item: SourceItem) -> bytes:
    """What a reader pastes into a .txt: headline, dateline, the paragraphs as shown."""
    doc = to_document(item)
    dateline = f"{item.published:%Y-%m-%d %H:%M:%S}  来源：{doc.outlet or '新浪财经'}"
    return "\n".join([item.title, dateline, "", *(p.text for p in doc.paragraphs)]).encode("utf-8") + b"\n"


def feed(item: SourceItem) -> bytes:
    """An RSS 2.0 channel holding the article and a second, unrelated entry."""
    stamp = email.utils.format_datetime(item.published)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>新浪财经-国内经济</title>
<link>https://finance.sina.com.cn/china/</link>
<description>国内经济要闻</description>
<item>
<title>{item.title}</title>
<link>{article_url(item)}</link>
<guid>{article_url(item)}</guid>
<pubDate>{stamp}</pubDate>
<description><![CDATA[{item.title}]]></description>
<content:encoded><![CDATA[{item.body}]]></content:encoded>
</item>
<item>
<title>央行开展逆回购操作</title>
<link>https://finance.sina.com.cn/china/other.shtml</link>
<pubDate>{stamp}</pubDate>
<description><![CDATA[<p>人民银行今日开展逆回购操作，维护银行体系流动性合理充裕，中标利率保持不变。</p>]]></description>
</item>
</channel>
</rss>
""".encode()


def warc(item: SourceItem) -> bytes:
    """A slice of a crawl: warcinfo, the page (GBK, charset in the HTTP header), an image, a 404."""
    date = "2022-06-01T00:00:00Z"
    info = b"software: kg-tests\r\n"
    head = (f"WARC/1.1\r\nWARC-Type: warcinfo\r\nWARC-Date: {date}\r\n"
            f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000000>\r\n"
            f"Content-Type: application/warc-fields\r\nContent-Length: {len(info)}\r\n\r\n").encode()
    return b"".join([
        head + info + b"\r\n\r\n",
        warc_response(article_url(item), 200, "text/html; charset=GBK", page_gbk(item), date),
        warc_response("https://n.sinaimg.cn/logo.png", 200, "image/png", b"\x89PNG\r\n\x1a\n", date),
        warc_response("https://finance.sina.com.cn/gone.shtml", 404, "text/html", b"<html>404</html>", date),
    ])


def write_forms(item: SourceItem, folder: Path) -> dict[str, Path]:
    """Each form of the article as a file in `folder` (names without extensions: content decides)."""
    folder.mkdir(parents=True, exist_ok=True)
    makers = {"page-gbk": page_gbk, "text": clipping, "feed": feed, "warc": warc}
    paths = {}
    for form, make in makers.items():
        paths[form] = folder / f"{Path(item.file).stem}-{form}"
        paths[form].write_bytes(make(item))
    return paths
