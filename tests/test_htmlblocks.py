"""kg.htmlblocks: a simple body cut at its tags gives exactly the lines of the parsed and walked one."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from kg import htmlblocks

TAGS = ["<p>", "</p>", "<br>", "<br/>", "<br />", "<strong>", "</strong>", "<b>", "</b>", "<span>", "</span>",
        "<P>", "</P>", "<BR>", "<p/>", "<b/>", '<p style="text-indent: 2em;">', '<P STYLE="x">',
        '<span style="color: red" class="a">', '<br style="font-size:1px"/>', '<strong\tclass="x"\n>']
OTHER = ["</br>", "<a>", "</a>", "<div>", "<i>", "<!-- c -->", "<table>", "<td>", "<>", "< p>", "<p\u3000x>",
         '<span style="a>b">', "&amp;", "&", "<", "\x00", "\ud800"]
TEXTS = ["会议", "赵乐际主持。", "abc", " ", "\n", "\r\n", "\r", "\t", "\x0c", "\u3000\u3000", "\u2003\u2003", "\u3000",
         "\xa0", "\x85", "\ufeff", "\x01", "\ufffe", ">", "/", '"', "2024 年 9 月 6 日", "「十五五」", "@@", "(yè)"]


def walked(body: str) -> list[tuple[str, bool]]:
    root = LexborHTMLParser(body).body
    blocks = htmlblocks._Blocks()
    if root is not None:
        blocks.walk(root)
    return blocks.out


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(TAGS + TEXTS) | st.sampled_from(OTHER), max_size=30))
def test_simple_bodies_read_as_parsed(pieces: list[str]) -> None:
    body = "".join(pieces)
    assert htmlblocks.html_paragraphs(body) == walked(body)


def test_simple_path_taken() -> None:
    body = '<p><strong>央视网消息</strong>（新闻联播）：会议\r\n召开。</p><p style="x">第二段</p><br/>三'
    assert htmlblocks._simple_blocks(body) == [("央视网消息（新闻联播）：会议 召开。", False), ("第二段", False),
                                               ("三", False)]
    assert htmlblocks._simple_blocks("<p>a &amp; b</p>") is None
    assert htmlblocks._simple_blocks("<div>a</div>") is None
