"""An HTML body as block texts (kg.clean's HTML work): one line per block element, flagged when all of
its text sits in links; styles, scripts, media and QR/app promos left out.

Most bodies hold only <p>, <br> and inline emphasis; their blocks are read off the tags directly
instead of parsed and walked node by node in Python, which gives the same lines several times faster.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from selectolax.lexbor import LexborHTMLParser, LexborNode

from kg.plainline import norm_line

__all__ = ["html_paragraphs"]

# A run of wide spaces is the indent of a paragraph whose break was lost in scraping.
_INDENT = re.compile(r"[\u3000\u2003]{2,}")
_BLOCK_TAGS = frozenset((
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
    "table", "tr", "td", "th", "thead", "tbody", "section", "article", "blockquote", "center",
    "pre", "header", "footer", "figure", "figcaption", "hr", "main", "aside", "nav", "form",
))
_SKIP_TAGS = frozenset((
    "style", "script", "noscript", "iframe", "template", "svg", "video", "audio", "object",
    "embed", "img", "head", "title", "select", "button", "textarea", "-comment",
))
_PROMO_CLASSES = ("appendQr", "app-download", "qrcode")

# The simple bodies: tags of these elements only (p and br are block edges, the rest inline), no
# character reference, no NUL (the parser drops it; here it marks block edges), no lone surrogate
# (the UTF-8 encoder drops it).  </br> is left out: the parser ignores it before the body, else reads <br>.
_SIMPLE_TAGS = frozenset(
    tag
    for name in ("p", "br", "strong", "b", "span")
    for case in (name, name.upper())
    for tag in (f"<{case}>", f"<{case}/>", f"<{case} />", *(() if name == "br" else (f"</{case}>",)))
)
# A start tag with double-quoted attributes (<p style="text-indent: 2em;">), matched lower-cased;
# the whitespace is HTML's, not \s (a wide space would belong to the tag's name).
_ATTR_TAG = re.compile(r'<(?:p|br|strong|b|span)(?:[ \t\n\f]+[a-z][a-z-]*="[^"]*")+[ \t\n\f]*/?>')
_TAG = re.compile(r"<[^<>]*>")
_BLOCK_TAG = re.compile(r"<(?:/?[pP]|[bB][rR])(?:[ \t\n\f/][^<>]*)?>")  # of the simple tags, p's and br's
_UNSIMPLE = re.compile("[&\0\ud800-\udfff]")


def html_paragraphs(body: str) -> list[tuple[str, bool]]:
    """(line, link-only) for each block of text in `body`, lines normalised by norm_line."""
    simple = _simple_blocks(body)
    if simple is not None:
        return simple
    root = LexborHTMLParser(body).body
    if root is None:
        return []
    blocks = _Blocks()
    blocks.walk(root)
    return blocks.out


def _simple_blocks(body: str) -> list[tuple[str, bool]] | None:
    """The blocks of a simple body, cut at its p and br tags with regexes, or None when it is not simple.

    Parsing such a body changes no text but its line ends (CR LF and CR become LF) and keeps the text in
    source order (no tables, so nothing is foster-parented), so p and br tags are exactly its block edges.
    """
    if _UNSIMPLE.search(body):
        return None
    if "\r" in body:
        body = body.replace("\r\n", "\n").replace("\r", "\n")
    tags = _TAG.findall(body)
    if body.count("<") != len(tags) or not all(map(_is_simple, set(tags))):  # a stray "<" is no tag
        return None
    blocks = _TAG.sub("", _BLOCK_TAG.sub("\0", body)).split("\0")
    return [(line, False) for block in blocks if block and not block.isspace() for line in _lines(block)]


def _is_simple(tag: str) -> bool:
    return tag in _SIMPLE_TAGS or (tag.isascii() and _ATTR_TAG.fullmatch(tag.lower()) is not None)


def _lines(block: str) -> list[str]:
    """The lines of one block's text: split at wide-space indents, normalised, empty ones left out."""
    if not block:
        return []
    pieces = _INDENT.split(block) if "\u3000" in block or "\u2003" in block else (block,)
    return [line for line in map(norm_line, pieces) if line]


class _Blocks:
    """Collects the text of block elements; a paragraph is link-only when all its text sits in <a>."""

    __slots__ = ("out", "parts", "linked", "plain")

    def __init__(self) -> None:
        self.out: list[tuple[str, bool]] = []
        self.parts: list[str] = []
        self.linked = self.plain = False

    def walk(self, root: LexborNode) -> None:
        # An explicit stack, not recursion: scraped HTML can nest deeper than Python's recursion limit.
        stack: list[tuple[Iterator[LexborNode], bool, bool]] = [(root.iter(include_text=True), False, True)]
        while stack:
            children, in_link, block = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                if block:
                    self.flush()
                continue
            tag = child.tag
            if tag == "-text":
                self.add(child.text_content or "", in_link)
            elif tag not in _SKIP_TAGS and not (tag == "div" and _is_promo(child)):
                if tag in _BLOCK_TAGS:
                    self.flush()
                stack.append((child.iter(include_text=True), in_link or tag == "a", tag in _BLOCK_TAGS))

    def add(self, text: str, in_link: bool) -> None:
        self.parts.append(text)
        if not text.isspace():
            self.linked |= in_link
            self.plain |= not in_link

    def flush(self) -> None:
        if not self.parts:  # nothing since the last block edge (the flags are set only with a part)
            return
        link_only = self.linked and not self.plain
        self.out.extend((line, link_only) for line in _lines("".join(self.parts)))
        self.parts.clear()
        self.linked = self.plain = False


def _is_promo(node: LexborNode) -> bool:
    classes = node.attributes.get("class") or ""
    return any(name in classes for name in _PROMO_CLASSES)
