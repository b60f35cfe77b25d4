"""Cleaning stage: paragraphs, boilerplate removal, metadata, spans."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.clean import to_document
from kg.model import Document, SourceItem
from kg.read import read_file

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def seed(name: str) -> Document:
    out = read_file(next(SEEDS.glob(f"{name}_*.txt")))
    (item,) = out.items
    return to_document(item, out.sha256)


def item(body: str, fmt: str = "html", title: str = "标题", **meta: str) -> SourceItem:
    return SourceItem(path="x", file="x", index=None, item=None, title=title, published=None,
                      body=body, body_format=fmt, reader="test", meta=tuple(meta.items()))


def paras(doc: Document) -> list[str]:
    return [s.text for s in doc.paragraphs]


def assert_well_formed(doc: Document) -> None:
    assert doc.text == doc.title + "\n\n" + "\n".join(paras(doc))
    assert doc.body_start == len(doc.title) + 2
    for span in doc.paragraphs:
        assert doc.text[span.start : span.end] == span.text
        assert span.text and span.text == span.text.strip() and "\n" not in span.text


# --- the seeds ---------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["000", "001", "002", "003", "004"])
def test_seed_is_clean(name: str) -> None:
    doc = seed(name)
    assert_well_formed(doc)
    for junk in ("appendQr", "{", "border", "海量资讯", "新浪财经APP", "责任编辑", "原标题", "文章来源",
                 "<", "http", "返回", "详细报道", "\u3000"):
        assert junk not in doc.text, junk
    assert doc.sha256 and doc.reader in ("hexo", "jekyll")


def test_seed_000_metadata() -> None:
    doc = seed("000")
    assert doc.outlet == "新浪财经" and doc.editor == "李墨轩"
    assert doc.original_title == "辛国斌主持召开一季度部分省市 工业经济运行情况视频座谈会"
    assert paras(doc)[0].startswith("2022年3月18日，工业和信息化部党组成员")
    assert paras(doc)[-1].startswith("会上，北京、天津、河北")
    assert str(doc.published) == "2022-03-18 19:10:53+08:00"


def test_seed_001_cited_source_kept_in_text() -> None:
    doc = seed("001")
    assert doc.source_cited == "工信部网站" and doc.editor == "王蒙"
    assert paras(doc)[0].startswith("工信部网站消息，8月17日下午")
    assert "当前 工业经济形势" in doc.text  # a single space inside a paragraph stays


def test_seed_003_summary_appears_once() -> None:
    doc = seed("003")
    assert doc.text.count("会议指出，工业是国民经济的主体和增长引擎") == 1
    assert doc.text.count("5月27日，工业和信息化部召开提振工业经济电视电话会议") == 1  # the longer report stays
    assert "组织新一轮新能源汽车下乡活动</a>" not in doc.text
    assert "工信部：全力以赴提振工业经济 组织新一轮新能源汽车下乡活动" not in doc.text  # link-only line
    assert doc.outlet == "财联社" and doc.source_cited == "工信部"
    assert doc.url == "http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202205272394760297"
    assert paras(doc)[-1] == "浙江、河南、广东、四川工业和信息化主管部门负责同志作了发言。(来源：工信部)"


def test_seed_004_sources() -> None:
    doc = seed("004")
    assert doc.source_cited == "工信微报"  # the relayed original, not the relaying 上证报
    assert paras(doc)[0].startswith("上证报中国证券网讯 据工信微报11月5日消息")
    assert doc.original_title == "工信部：全力稳定提振工业经济 着力保障产业链供应链安全稳定"


# --- HTML bodies ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("<p>　　甲。</p><p>乙。</p>", ["甲。", "乙。"]),
        ("<p>甲<br>乙</p>", ["甲", "乙"]),
        ("<p>　　甲。　　乙。</p>", ["甲。", "乙。"]),  # an indent inside a block: a lost break
        ("<p>甲 \n\t  乙</p>", ["甲 乙"]),
        ("<p><strong>央视网消息</strong>（新闻联播）：甲。</p>", ["央视网消息（新闻联播）：甲。"]),
        ("<style>.a{color:red}</style><script>var x=1;</script><!-- c --><p>甲</p>", ["甲"]),
        ("<p>甲</p><p>甲</p>", ["甲"]),
        ("<p>一二三四五六七八九十一二三四五六七八九十。</p><p>前言：一二三四五六七八九十一二三四五六七八九十。更多</p>",
         ["一二三四五六七八九十一二三四五六七八九十。", "前言：一二三四五六七八九十一二三四五六七八九十。更多"]),
        ("<p>前言：一二三四五六七八九十一二三四五六七八九十。</p><p>一二三四五六七八九十一二三四五六七八九十。</p>",
         ["前言：一二三四五六七八九十一二三四五六七八九十。"]),
        ("<h3>详细报道</h3><p><a href='x'>另一篇</a></p><p>正文。</p>", ["正文。"]),
        ('<div class="clearfix appendQr_wrap"><div>扫码</div></div><p>正文。</p>', ["正文。"]),
        ("<p>海量资讯、精准解读，尽在新浪财经APP</p><p>正文。</p>", ["正文。"]),
        ("<p>《十三届全国人大二次会议<政府工作报告>辅导读本》</p>", ["《十三届全国人大二次会议<政府工作报告>辅导读本》"]),
        ("<p>A&amp;B&nbsp;&nbsp;C</p>", ["A&B C"]),
        ("<p>标题</p><p>正文。</p>", ["正文。"]),  # the title repeated as a first line
        ("<p>正文。</p>\n\n<http://a.cn/s?x=1>\n\n[返回新闻](//a.cn/n)｜[返回首页](//a.cn/)", ["正文。"]),
        ("<p>正文。</p><p>字号：默认</p><p>|</p><p>打印</p>", ["正文。"]),
        ("", []),
    ],
)
def test_html_paragraphs(body: str, expected: list[str]) -> None:
    doc = to_document(item(body))
    assert paras(doc) == expected
    assert_well_formed(doc)


@pytest.mark.parametrize(
    ("body", "field", "value"),
    [
        ("<p>正文。</p><p>原标题：另一个标题 </p>", "original_title", "另一个标题"),
        ("<p>正文。</p><p class='article-editor'>责任编辑：李墨轩 </p>", "editor", "李墨轩"),
        ("<p>正文。</p><p>【我要纠错】责任编辑：朱英</p>", "editor", "朱英"),
        ("<p>正文。</p>\n<https://share.example/a>\n", "url", "https://share.example/a"),
        ("<p>工信部网站消息，8月17日下午，会议召开。</p>", "source_cited", "工信部网站"),
        ("<p>新华社北京11月14日电 国务院总理主持会议。</p>", "source_cited", "新华社"),
        ("<p>据来自水利部的消息，今年汛期提前。</p>", "source_cited", "水利部"),
        ("<p>央视网消息（新闻联播）：会议召开。</p>", "source_cited", None),  # the outlet itself
        ("<p>中国网络电视台消息（新闻联播）：会议召开。</p>", "source_cited", None),  # its former name
        ("<p>会议召开。（新华社）</p>", "source_cited", "新华社"),
    ],
)
def test_metadata_lines(body: str, field: str, value: str | None) -> None:
    doc = to_document(item(body, outlet="央视网"))
    assert getattr(doc, field) == value
    if field in ("original_title", "editor"):
        assert paras(doc) == ["正文。"]  # the line itself is dropped


def test_deep_nesting_does_not_recurse() -> None:
    doc = to_document(item("<span>" * 5000 + "甲<p>乙</p>"))
    assert paras(doc) == ["甲", "乙"]


def test_source_line_fills_missing_outlet_and_else_is_cited() -> None:
    assert to_document(item("<p>正文。</p><p>（文章来源：财联社）</p>")).outlet == "财联社"
    doc = to_document(item("<p>正文。</p><p>（文章来源：上证报）</p>", outlet="新浪财经"))
    assert (doc.outlet, doc.source_cited) == ("新浪财经", "上证报")


def test_meta_url_wins_over_found_url() -> None:
    doc = to_document(item("<p>正文。</p>\nhttps://found.example/x", url="https://given.example/y"))
    assert doc.url == "https://given.example/y"


# --- Markdown and plain text ---------------------------------------------------------------

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("# 大标题\n\n## 热点聚焦\n1. **国务院**印发计划。", ["大标题", "热点聚焦", "1. 国务院印发计划。"]),
        ("详见[中国政府网](https://www.gov.cn/)。", ["详见中国政府网。"]),
        ("![img](data:image/png;base64,AAAA)\n正文。", ["正文。"]),
        ("正文。\n\n---\n\n[返回财联社新闻](//a/c.html)｜[返回首页](//a/)", ["正文。"]),
        ("- 条目一\n* 条目二\n> 引文", ["条目一", "条目二", "引文"]),
        ("正文。\n**风险提示：**市场有风险。", ["正文。"]),
        ("###\n正文。", ["正文。"]),
    ],
)
def test_markdown_paragraphs(body: str, expected: list[str]) -> None:
    doc = to_document(item(body, "markdown"))
    assert paras(doc) == expected
    assert_well_formed(doc)


def test_markdown_bare_url_is_recorded() -> None:
    doc = to_document(item("正文。\nhttps://a.example/b", "markdown"))
    assert (paras(doc), doc.url) == (["正文。"], "https://a.example/b")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("甲。\n乙。", ["甲。", "乙。"]),
        ("甲。\u3000\u3000乙。", ["甲。", "乙。"]),  # scraped text: the indent marks a lost break
        ("原标题：新的标题\u2003\u2003正文。", ["正文。"]),
        ("原标题：" + "长" * 120, ["原标题：" + "长" * 120]),  # too long to be only a title line
        ("2025-11-14 20:11\n来源：\n新华社\n字号：默认\n正文。", ["正文。"]),
        ("function f() {\n  if (x) {\n}else{\n// 市场主体\nif (s == '市场主体') {\n正文。", ["正文。"]),
    ],
)
def test_text_paragraphs(body: str, expected: list[str]) -> None:
    assert paras(to_document(item(body, "text"))) == expected


def test_text_source_on_next_line() -> None:
    doc = to_document(item("来源：\n新华社\n正文。", "text", outlet="中国政府网"))
    assert doc.source_cited == "新华社"


def test_document_identity() -> None:
    src = SourceItem(path="d/f.json", file="f.json", index=3, item="题", title="题", published=None,
                     body="<p>正文。</p>", body_format="html", reader="cctv-json")
    doc = to_document(src, "abc")
    assert (doc.id, doc.file, doc.item, doc.reader, doc.sha256) == ("f.json#3", "f.json", "题", "cctv-json", "abc")
    assert doc.body == "正文。"


# --- properties ------------------------------------------------------------------------------

_TOKENS = [*"<>/p=\"' \n\u3000甲乙会议。，：（）[]()!#*-&;", "<p>", "</p>", "<br>", "<a href='x'>", "</a>",
           "<style>", "<!--", "-->", "原标题：", "责任编辑：", "http://a.b", "消息，", "来源：", "**", "](", "---"]
_HTMLISH = st.lists(st.sampled_from(_TOKENS), max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["html", "markdown", "text", "other"]), st.text(max_size=200) | _HTMLISH,
       st.text(max_size=30))
def test_to_document_never_raises_and_spans_hold(fmt: str, body: str, title: str) -> None:
    doc = to_document(item(body, fmt, title=title))
    assert doc.title == " ".join(title.split())
    assert_well_formed(doc)
    assert len(set(paras(doc))) == len(doc.paragraphs)  # no paragraph twice


@pytest.mark.parametrize(("text", "plain"), [
    ("工業(yè)和信息化部", "工業和信息化部"),
    ("全國集成電路行業工作會(huì )在京召開", "全國集成電路行業工作會在京召開"),  # a space before the bracket
    ("自主創(chuàng )新", "自主創新"),
    ("会议(扩大)召开", "会议(扩大)召开"),  # not pinyin: kept
])
def test_pinyin_glosses_of_converter_mirrors_are_dropped(text: str, plain: str) -> None:
    doc = to_document(item(f"据报道，{text}。", fmt="text", title=text))
    assert doc.title == plain and paras(doc) == [f"据报道，{plain}。"]
