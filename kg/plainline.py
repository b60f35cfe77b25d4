"""One line of a page's text made plain: whitespace collapsed, typographic spaces and a scraper's marks
dropped, and the pinyin converter mirrors put after characters removed (kg.clean's line-level work)."""

from __future__ import annotations

import re

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ"
_RUBY = re.compile(f"(?<=[\u4e00-\u9fff])\\((?=[a-zü]{{0,6}}[{_TONED}])[a-zü{_TONED}]{{1,7}} ?\\)")
# Toneless glosses (工(gong)(gong)業), stripped only from a text that carries several: one
# lower-case word in brackets after a character may be an abbreviation.
_BARE_RUBY = re.compile(r"(?<=[\u4e00-\u9fff])(?:\((?:[bcdfghjklmnpqrstwxyz]|[zcs]h)?[aeiouv]{1,3}(?:ng|n|r)?\))+")
# Spacing a page puts inside a date or around corner quotes (9 月 6 日, 召开 「十五五」 规划…) is typography,
# not a word break; a space between two names (出席：张三 李四) or after a title's 《…》 clause stays.
# The pattern opens with the space, each lookbehind taking it in: a literal first character lets the
# regex engine skip to the spaces instead of trying every lookbehind at every position (25x faster).
_TYPOGRAPHIC_SPACE = re.compile(r" (?:(?<=\d )(?=[年月日号])|(?<=[年月] )(?=\d)"
                                r"|(?<=[\u4e00-\u9fff，。、] )(?=[「『])|(?<=[」』] )(?=[\u4e00-\u9fff，。、]))")


def unruby(text: str) -> str:
    """Drop the pinyin that converter mirrors put after characters: 工業(yè)和信息化部 -> 工業和信息化部."""
    if "(" not in text:
        return text
    text = _RUBY.sub("", text)
    bare = _BARE_RUBY.findall(text, 0, 400)
    return _BARE_RUBY.sub("", text) if len(bare) >= 3 else text


def norm_line(text: str) -> str:
    """Whitespace collapsed, a scraper's @@ marks (2008年@@7月@@24日) and typographic spaces dropped."""
    # str.split() splits at exactly the characters re's \s matches (Py_UNICODE_ISSPACE), and faster.
    text = " ".join((text.replace("@@", "") if "@@" in text else text).split())
    return _TYPOGRAPHIC_SPACE.sub("", text) if " " in text else text


def cut_trailing_lines(text: str, tail: re.Pattern[str]) -> tuple[str, list[str]]:
    """`text` without its last lines while they are blank or whole matches of `tail`, and the stripped
    non-blank lines cut, last first (taken off the end one by one: the body is never split whole)."""
    text, cut = text.rstrip(), []
    while text:
        start = text.rfind("\n") + 1
        last = text[start:].strip()
        if last and not tail.fullmatch(last):
            break
        if last:
            cut.append(last)
        text = text[: max(start - 1, 0)]
    return text, cut
