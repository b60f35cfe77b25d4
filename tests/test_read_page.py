"""Saved web pages: main text without chrome, headline, date, outlet, URL; bad input is a reason."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from kg.clean import to_document
from kg.model import BEIJING
from kg.read import read_file
from tests.article_forms import SEEDS, article_url, page_gbk, seed_item, warc
from tests.test_read_encoding import SIMPLIFIED, TRADITIONAL

ROOT = Path(__file__).resolve().parent.parent
ITEM = seed_item(SEEDS / "000_968c041b20610dd7.txt")

GOV = """<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="SiteName" content="中华人民共和国工业和信息化部"><meta name="ArticleTitle" content="工信部召开视频座谈会">
<meta name="PubDate" content="2022-03-18 19:10"><meta name="ContentSource" content="运行监测协调局">
<title>工信部召开视频座谈会_部领导活动_中华人民共和国工业和信息化部</title></head><body>
<div class="header"><a href="/">首页</a> <a href="/xwdt/">新闻动态</a> <a href="/zwgk/">政务公开</a></div>
<div class="ctitle"><h1>工信部召开视频座谈会</h1></div>
<div class="cinfo">发布时间：2022-03-18 19:10 来源：运行监测协调局 <span>【字体：大 中 小】</span> <a>打印本页</a></div>
<div id="con_con" class="ccontent"><p>3月18日，工业和信息化部召开一季度部分省市工业经济运行情况视频座谈会，深入了解工业经济运行情况，分析研判形势。</p>
<p>会上，北京、天津、河北等10个省市工业和信息化主管部门负责同志作了交流发言，部相关司局负责同志参加会议。</p></div>
<div class="footer">主办单位：中华人民共和国工业和信息化部 网站标识码bm07000001 京ICP备04000001号</div></body></html>"""


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_saved_gbk_page(tmp_path: Path) -> None:
    out = read_file(write(tmp_path, "page.shtml", page_gbk(ITEM)))
    (item,) = out.items
    assert (out.label, item.title, item.body_format) == ("page; gb18030 (declared)", ITEM.title, "text")
    assert item.published == dt.datetime(2022, 3, 18, tzinfo=BEIJING)
    assert dict(item.meta) == {"outlet": "新浪财经", "url": article_url(ITEM)}
    text = to_document(item).text
    for chrome in ("新浪首页", "分享到", "相关新闻", "热门推荐", "网友甲", "Copyright", "版权所有", "海量资讯", "责任编辑"):
        assert chrome not in text, chrome


def test_gov_page_meta_and_no_og_tags(tmp_path: Path) -> None:
    (item,) = read_file(write(tmp_path, "art.html", GOV.encode())).items
    assert item.title == "工信部召开视频座谈会"
    assert dict(item.meta)["outlet"] == "中华人民共和国工业和信息化部"
    assert item.published.date() == dt.date(2022, 3, 18)
    assert "网站标识码" not in item.body and "打印本页" not in item.body and item.body.startswith("3月18日")


def test_saved_from_comment_gives_the_url(tmp_path: Path) -> None:
    html = "<!-- saved from url=(0040)https://www.miit.gov.cn/xwdt/art_1.html -->\n" + GOV
    (item,) = read_file(write(tmp_path, "saved", html.encode())).items
    assert dict(item.meta)["url"] == "https://www.miit.gov.cn/xwdt/art_1.html"


def test_page_without_article_text_is_skipped(tmp_path: Path) -> None:
    html = "<html><head><title>首页</title></head><body><ul><li><a href='/1'>新闻一</a></li><li><a href='/2'>新闻二</a></li></ul></body></html>"
    out = read_file(write(tmp_path, "index.html", html.encode()))
    assert out.format == "page" and out.items == () and out.skipped.startswith("no article text")


def test_bad_inputs_are_one_line_each_and_the_rest_is_built(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder, "good.html", page_gbk(ITEM))
    write(folder, "index.html", b"<html><body><a href='/'>home</a></body></html>")
    write(folder, "empty.xml", b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>')
    write(folder, "cut.warc", warc(ITEM)[:700])
    write(folder, "mixed.txt", SIMPLIFIED.encode("gbk") + TRADITIONAL.encode("big5"))  # two encodings in one file
    command = [sys.executable, "-m", "kg", "build", str(folder), "-o", str(tmp_path / "out"), "--no-html", "--no-store"]
    run = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0 and "Traceback" not in run.stderr, run.stderr
    rows = [r.split("\t") for r in (tmp_path / "out" / "files.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    reasons = {r[0]: (r[1], r[-1]) for r in rows}
    assert reasons["good.html"][0] == "extracted"
    assert reasons["index.html"] == ("skipped", reasons["index.html"][1]) and reasons["index.html"][1].startswith("no article text")
    assert reasons["empty.xml"][1].startswith("no items: the feed has no entries")
    assert "truncated WARC" in reasons["cut.warc"][1]
    assert reasons["mixed.txt"][1].startswith("undecidable encoding: tried UTF-8")
    for name in reasons:  # the terminal names each skipped file once (every file with -v)
        shown = sum(line.split()[1].rstrip(":") == name for line in run.stdout.splitlines() if len(line.split()) > 1)
        assert shown == (reasons[name][0] == "skipped")
