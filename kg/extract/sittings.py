"""Whether the meeting a verb names is the one reported, a sitting of it, or another.

习近平总书记主持中央政治局常委会会议并作重要讲话 in a report of 中央农村工作会议 gives him no role in
it; 主持上午的全体会议 and …领导小组会议 (for …领导小组全体会议) are this meeting; 杨旭东曾表示 and
…在全国科技大会上发表重要讲话 were said elsewhere.
"""

from __future__ import annotations

import re

# 苗圩在现场表示, 调研时指出: said on a visit
_ELSEWHERE = re.compile(r"曾|此前|早在|批示|指示|贺信|致信|贺词|在(?P<other>[^，。；]{2,40}?(?:会|论坛))上"
                        r"|^在(?:现场|调研|考察|视察|检查|走访)|^(?:调研|考察|视察)(?:时|中|期间)")
# The meeting itself, and its own sittings (陈竺在闭幕会上指出)
_OWN = ("会议", "座谈会", "大会", "全会", "会", "本次会议", "此次会议", "这次会议",
        "开幕会", "闭幕会", "开幕式", "闭幕式", "全体会议", "闭幕大会", "开幕大会")


def said_elsewhere(gap: str, own_name: str) -> bool:
    found = _ELSEWHERE.search(gap)
    if found and found.group() in ("批示", "指示") and "传达" in gap[:found.start()]:
        found = _ELSEWHERE.search(gap, found.end())  # 在会上传达了…的重要指示并讲话: relayed at this one
    if not found or not found.group("other"):
        return bool(found)
    return another(found.group("other"), own_name)


def another(other: str, own_name: str, loosely: bool = False) -> bool:
    """Whether `other` names another meeting than `own_name`; `loosely`, one core holding the other is
    the same meeting too (光伏行业制造业企业座谈会 and 第十五次制造业企业座谈会)."""
    if other in _OWN or own_name.endswith(other) or other in own_name or own_name in other:
        return False
    if (part := _SITTING_PART.search(other)) and (
            (base := other[:part.start()].removeprefix("本次").removeprefix("此次")) in _OWN_KINDS or base in own_name):
        return False  # 在论坛总结大会上表示: a sitting of the forum reported
    mine, theirs = _core(own_name), _core(other)  # 领导小组全体会议 and 领导小组会议 are one
    same = bool(mine and theirs) and (mine == theirs or loosely and (mine in theirs or theirs in mine))
    return not same


_SITTING_PART = re.compile(r"(?:总结大会|总结会|开幕式|闭幕式|开幕会|闭幕会|全体会议|主论坛|开幕论坛)$")
_OWN_KINDS = ("", "论坛", "会议", "大会", "峰会", "年会")
_ORDINALS = re.compile(r"第[一二三四五六七八九十百\d]+次|\d{4}年(?:度)?|[（(]扩大[）)]")
_SITTING_WORDS = re.compile(r"(?:全体|扩大|专题|年度)?(?:会议|座谈会|大会|全会|会)$")


def _core(name: str) -> str:
    return _SITTING_WORDS.sub("", _ORDINALS.sub("", name))


# 主持上午的会议, 主持第一次全体会议: a sitting of the meeting itself
_SITTING_OF_OWN = re.compile(r"^(?:上午|下午|晚上|当天|今天|和|、)*的?(?:第[一二三四五六七八九十\d]+次)?"
                             r"(?:全体|开幕|闭幕|小组|分组|联组|大会)?(?:会议|全会|大会|峰会|论坛|年会)$|^(?:开幕|闭幕|全体|预备)会$")
_CHAIRED = re.compile(r"(?:召开)?(?:了)?(?P<name>[^，。；并“”]{2,30}?(?:会议|座谈会|大会|全会|集体学习))")


def chairs_another(text: str, end: int, own_name: str) -> bool:
    """1月25日，习近平总书记主持中央政治局常委会会议并作重要讲话: he chaired another meeting."""
    chaired = _CHAIRED.match(text, end)
    return bool(chaired and own_name and not _SITTING_OF_OWN.match(chaired.group("name"))
                and another(chaired.group("name"), own_name, loosely=True))


_CHAIRED_BY = re.compile(r"(?P<name>[^，。；、]{2,30}?会(?:议)?)由[^，。；]{0,40}$")


def chaired_for_another(before: str, own_name: str) -> bool:
    """新闻发布会由…张知干主持 (the text before the chair's name): he chaired another meeting."""
    named = _CHAIRED_BY.search(before)
    return bool(named and own_name and not _SITTING_OF_OWN.match(named.group("name"))
                and another(named.group("name"), own_name, loosely=True))
