"""Cleaning stage: `SourceItem` -> `Document`.

The body (HTML, Markdown or plain text) becomes clean paragraphs; boilerplate
(styles, QR/app promos, link lists, editor and source lines, repeats) is dropped
and what it said is kept as metadata.  `Document.text` is the title, a blank
line, then one paragraph per line; every `Span` points into it.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from kg.htmlblocks import html_paragraphs
from kg.model import Document, SourceItem, Span
from kg.plainline import cut_trailing_lines, norm_line, unruby

__all__ = ["to_document"]

# A run of wide spaces (the indent of a paragraph whose break was lost in scraping) or a line break.
_TEXT_BREAK = re.compile(r"\n|[\u3000\u2003]{2,}")
# Quantifiers are bounded where a regex scans every position: unbounded ones go quadratic on junk.
_AUTOLINK = re.compile(r"<(https?://[^<>\s]{1,2000})>")
_BARE_URL = re.compile(r"<?(https?://\S+?)>?")
_LINK_LIST = re.compile(r"(?:!?\[[^\]]*\]\([^)]*\)[\s｜|·/]*)+")
_TAIL_LINE = re.compile(r"<https?://[^>\s]+>|https?://\S+|(?:!?\[[^\]]*\]\([^)]*\)[\s｜|·/]*)+")

_ORIGINAL_TITLE = re.compile(r"原标题\s*[：:]\s*(.{1,100})")  # longer: body text ran into it
_EDITOR = re.compile(r"[（(【\[]?\s*(?:责任编辑|编辑)\s*[：:]\s*([^）)】\]]{1,20}?)\s*[）)】\]]?")
_SOURCE_LINE = re.compile(r"[（(]?\s*(?:文章|稿件)?来源\s*[：:]\s*([^）)]+?)\s*[）)]?")
_PROMO = re.compile(r"海量资讯、精准解读|尽在新浪财经APP|下载新浪财经APP|收藏到\s*AliceBox")
_BOILERPLATE = re.compile(r"(?:免责声明|版权声明|风险提示)\s*[：:]")
_RELATED = frozenset({"详细报道", "相关报道", "相关阅读", "相关新闻", "延伸阅读", "推荐阅读"})
# Page chrome that scrapers keep: font-size switches, print links, nav bars, programme times.
_CHROME = re.compile(
    r"字号[：:].*|[大中小]|超大|打印|关闭|关闭窗口|相关稿件|分享到[：:]?|首页|简|繁|EN|登录|退出|个人中心|邮箱|无障碍"
    r"|首播[：:]|重播[：:]|视频截图|CCTV-\S{1,4}|EnR?A\+A-"
    r"|\d{4}-\d{1,2}-\d{1,2}(?: \d{1,2}:\d{2}(?::\d{2})?)?|(?:\d{4}年)?\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2}"
)
# Page script that a scraper kept: any ASCII line with code punctuation, or a line shaped like code.
_CODE = re.compile(r"[{};]|\bfunction\b|\bvar\b|//")
_CODE_LINE = re.compile(r"//.*|.*[{}];?|(?:if|else|for|while|function|var|let|const|return)\b\s*[({].*")
_CORRECTION = re.compile(r"^【我要纠错】\s*")
_SOURCE_ALONE = re.compile(r"(?:文章|稿件)?来源\s*[：:]")  # the name follows on the next line
_SOURCE_MAX = 20
_BOILERPLATE_HEADS = ("免责声明", "版权声明", "风险提示")
_MIN_CONTAINED = 20  # shorter paragraphs may legitimately recur inside longer ones

# Cited original source, in order of preference: the relayed source beats the relaying wire.
# Each with a word every match holds: a paragraph without it is not searched.
_LEAD_CITED = (
    (re.compile(r"据(?:来自)?([^\s\d，,。：:（()）“”的]{2,12}?)(?:发布)?的?(?:\d{1,2}月\d{1,2}日)?消息"), "消息"),
    (re.compile(r"据([^\s\d，,。：:（()）“”的]{1,10}?(?:社|网|报|台))(?:\d{1,2}月\d{1,2}日)?报道"), "报道"),
    (re.compile(r"^([\u4e00-\u9fff]{1,6}社)[\u4e00-\u9fff]{0,8}\d{1,2}月\d{1,2}日电"), "电"),
    (re.compile(r"^(?:来自)?([^\s\d，,。：:（(“的]{2,12}?)的?(?:\d{1,2}月\d{1,2}日)?消息[\s，,：:（(]"), "消息"),
    (re.compile(r"^([^\s，,。：:（(“]{2,12}?)讯[\s，,：:]"), "讯"),
)
_TAIL_CITED = re.compile(
    r"[（(](?:来源|来自|稿件来源)\s*[：:]\s*([^）)]{2,20}?)\s*[）)]"
    r"|[（(]([\u4e00-\u9fff]{1,8}(?:社|网|报|台))[）)]$"  # "…进驻伊朗。（新华社）"
)
_NOT_CITED = frozenset({"本台", "本网", "本报", "记者", "总台"})
# Former or alternative names an outlet uses for itself.
_SELF_NAMES = {"央视网": frozenset({"中国网络电视台", "CNTV", "央视新闻", "中央电视台"})}
_LEAD_WINDOW = 40  # characters of the first paragraphs searched for a lead-in source

@dataclass(slots=True)
class _Meta:
    outlet: str | None = None
    url: str | None = None
    editor: str | None = None
    original_title: str | None = None
    source_line: str | None = None
    urls: list[str] = field(default_factory=list)


def to_document(item: SourceItem, sha256: str = "") -> Document:
    """Clean one item into a `Document` (never raises on odd content)."""
    given = dict(item.meta)
    meta = _Meta(outlet=given.get("outlet") or None, url=given.get("url") or None)
    title = unruby(norm_line(item.title))
    raw = [(unruby(text), in_link) for text, in_link in _raw_paragraphs(item.body, item.body_format, meta)]
    paragraphs = _rejoined(_keep(raw, title, meta))
    text, body_start, spans = _assemble(title, paragraphs)
    outlet = meta.outlet or meta.source_line
    return Document(
        id=item.doc_id, file=item.file, item=item.item, title=title, published=item.published,
        text=text, body_start=body_start, paragraphs=spans, outlet=outlet,
        source_cited=_cited(paragraphs, outlet) or _other_source(meta),
        original_title=meta.original_title, editor=meta.editor,
        url=meta.url or (meta.urls[0] if meta.urls else None), reader=item.reader, sha256=sha256,
    )


# A line a page broke mid-sentence: after a comma, or a title before its name (…副部长\n陈肇雄出席\n…峰会致辞表示，).
_BROKEN_OFF = re.compile(r"(?:[，、,]|(?<=[\u4e00-\u9fff])[等和]"
                         r"|(?<![，。；])(?:[部司局厅廳处處省市][长長]|主任|[书書][记記]|出席))$")  # (either script)
_GOES_ON = re.compile(r"(?!\d+[、.．)）])[\u4e00-\u9fff“《A-Za-z\d](?!\d{0,2}月\d{1,2}日)")
_BROKEN_TAIL = 8  # a _BROKEN_OFF match and its lookbehind span the last 4 characters: search only those


def _rejoined(paragraphs: list[str]) -> list[str]:
    """Lines a page broke in mid-sentence joined again (not a headline ending in 召开 before its lead)."""
    joined: list[str] = []
    for para in paragraphs:
        if (joined and _BROKEN_OFF.search(joined[-1][-_BROKEN_TAIL:]) and _GOES_ON.match(para)
                and len(joined[-1]) + len(para) < 2000):
            joined[-1] += para
        else:
            joined.append(para)
    return joined


def _assemble(title: str, paragraphs: list[str]) -> tuple[str, int, tuple[Span, ...]]:
    body_start = len(title) + 2
    spans, offset = [], body_start
    for para in paragraphs:
        spans.append(Span(offset, offset + len(para), para))
        offset += len(para) + 1
    return f"{title}\n\n" + "\n".join(paragraphs), body_start, tuple(spans)


# --- body -> raw paragraphs (text normalised, each flagged link-only or not) ---------------

def _raw_paragraphs(body: str, body_format: str, meta: _Meta) -> list[tuple[str, bool]]:
    if not body or body.isspace():  # (no copy, as strip() would make)
        return []
    if body_format == "html":
        return html_paragraphs(_cut_tail(body, meta))
    if body_format == "markdown":
        return [(p, False) for p in (_markdown_line(line, meta) for line in body.split("\n")) if p]
    return [(p, False) for p in map(norm_line, _TEXT_BREAK.split(body)) if p]


def _cut_tail(body: str, meta: _Meta) -> str:
    """Drop a trailing run of bare URLs and Markdown link lists (Jekyll share/back links)."""
    text, cut = cut_trailing_lines(body, _TAIL_LINE)
    meta.urls[:0] = [bare[1] for line in reversed(cut) if (bare := _BARE_URL.fullmatch(line))]
    return _AUTOLINK.sub(r"\1", text)  # "<http://…>" would parse as a tag


_MD_IMAGE = re.compile(r"!\[[^\]\[]{0,300}\]\([^()\s]{0,20000}\)")  # inline base64 images run to 13 kB
_MD_LINK = re.compile(r"\[([^\]\[]{0,300})\]\([^()\s]{0,2000}\)")
_MD_LEAD = re.compile(r"^(?:#{1,6}(?:\s+|$)|>\s?|[-*+]\s+)+")
_MD_RULE = re.compile(r"(?:[-*_]\s*){3,}")
_MD_MARKS = re.compile(r"\*\*|__|`|</?[A-Za-z][^>\n]{0,300}>")


def _markdown_line(line: str, meta: _Meta) -> str:
    """One Markdown line as plain text ('' for rules, link lists and bare URLs)."""
    line = line.strip()
    if bare := _BARE_URL.fullmatch(line):
        meta.urls.append(bare[1])
        return ""
    if not line or _MD_RULE.fullmatch(line) or _LINK_LIST.fullmatch(line):
        return ""
    if line.startswith("![") and line.endswith(")"):  # an image line, however long its data URL
        return ""
    line = _MD_LINK.sub(r"\1", _MD_IMAGE.sub("", _AUTOLINK.sub("", line)))
    line = _MD_MARKS.sub("", _MD_LEAD.sub("", line))
    return norm_line(html.unescape(line) if "&" in line else line)


# --- paragraph rules: metadata lines out, boilerplate out, repeats out ---------------------

def _keep(raw: list[tuple[str, bool]], title: str, meta: _Meta) -> list[str]:
    kept: list[str] = []
    seen = {title}
    blob = ""  # the kept paragraphs, for one containment search each
    source_next = False
    for text, link_only in raw:
        if text.startswith("【我要纠错】"):
            text = _CORRECTION.sub("", text)
        if source_next and len(text) <= _SOURCE_MAX:
            meta.source_line = meta.source_line or text
            source_next = False
            continue
        source_next = "来源" in text and _SOURCE_ALONE.fullmatch(text) is not None
        if source_next or link_only or _is_meta_line(text, meta) or _is_boilerplate(text):
            continue
        if text in seen or (len(text) >= _MIN_CONTAINED and text in blob):
            continue  # a repeat, or a summary's sentence repeated later: first occurrence wins
        seen.add(text)
        kept.append(text)
        blob += "\n" + text
    return kept


def _is_meta_line(text: str, meta: _Meta) -> bool:
    """Lines that only carry metadata: record it and drop the line."""
    # Each `in` test names a word the pattern cannot match without: most lines skip the regexes.
    if "原标题" in text and (match := _ORIGINAL_TITLE.fullmatch(text)):
        meta.original_title = meta.original_title or match[1].strip()
    elif "编辑" in text and (match := _EDITOR.fullmatch(text)):
        meta.editor = meta.editor or match[1].strip()
    elif "来源" in text and (match := _SOURCE_LINE.fullmatch(text)) and len(match[1]) <= _SOURCE_MAX:
        meta.source_line = meta.source_line or match[1].strip()
    elif "http" in text and (bare := _BARE_URL.fullmatch(text)):
        meta.urls.append(bare[1])
    else:
        return False
    return True


def _is_boilerplate(text: str) -> bool:
    # Cheap tests first; each regex is tried only where a character or word it needs is there.
    return (
        text in _RELATED
        or not (text[:1].isalnum() or any(ch.isalnum() for ch in text))
        or _CHROME.fullmatch(text) is not None
        or (text.isascii() and _CODE.search(text) is not None)
        or (("{" in text or "}" in text or "(" in text or text.startswith("//"))
            and _CODE_LINE.fullmatch(text) is not None)
        or (text.startswith(("[", "![")) and _LINK_LIST.fullmatch(text) is not None)
        or (("APP" in text or "精准解读" in text or "AliceBox" in text)  # one is in every _PROMO match
            and _PROMO.search(text) is not None)
        or (text.startswith(_BOILERPLATE_HEADS) and _BOILERPLATE.match(text) is not None)
    )


def _cited(paragraphs: list[str], outlet: str | None) -> str | None:
    """The original source the report cites (工信部网站消息 -> 工信部网站), not the outlet itself."""
    own = _SELF_NAMES.get(outlet or "", frozenset()) | {outlet}
    leads = [para[:_LEAD_WINDOW] for para in paragraphs[:2]]
    for pattern, word in _LEAD_CITED:
        for lead in leads:
            if word not in lead:
                continue
            for match in pattern.finditer(lead):
                if match[1] not in own and match[1] not in _NOT_CITED:
                    return match[1]
    for para in paragraphs:
        if "（" not in para and "(" not in para:  # every _TAIL_CITED match opens a bracket
            continue
        for match in _TAIL_CITED.finditer(para):
            name = (match[1] or match[2]).strip()
            if name not in own:
                return name
    return None


def _other_source(meta: _Meta) -> str | None:
    # A "（文章来源：X）" line naming someone other than the outlet is a cited source.
    line = meta.source_line
    return line if line and meta.outlet and line != meta.outlet else None
