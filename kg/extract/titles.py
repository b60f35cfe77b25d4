"""Cue words in a title that do not stop a meeting report, and names a title or a work only cites."""

from __future__ import annotations

import re

from kg.model import Span

# …新闻发布会及全国联络员会议召开: a meeting held beside the press event
_AND_A_MEETING = re.compile(r"(?:及|和|、)[^，。；\s]{2,30}?(?:会议|座谈会|工作会)")
_CITING = re.compile(r"(?:学习|贯彻|落实|领会)[^，。；\s]{0,4}$")
_HEADLINE = re.compile(r"[^。！？；]{6,40}")
_HEADLINE_WORDS = re.compile(r"[\u4e00-\u9fff“”：:]{8,}")
# 专家表示, 代表们认为, 在代表中激起热烈反响
_REACTION = re.compile(r"(?:专家|学者|驻外使节|受访者|人士|代表)(?:们)?(?:纷纷)?(?:表示|认为)|纷纷表示"
                       r"|(?:激起|引起|引发)(?:了)?[^，。；]{0,6}(?:热烈反响|强烈反响|广泛共鸣)")


def reactions(lead: list[Span]) -> bool:
    """Whether the lead's sentences hold reactions (专家表示, 驻外使节和专家学者认为): a commentary on a meeting."""
    return any(_REACTION.search(span.text) for span in lead)


def is_headline(line: str) -> bool:
    """Whether the first line of an untitled page is its headline: one short clause, not nav (观察 要闻 正文)."""
    return bool(_HEADLINE.fullmatch(line.strip()) and _HEADLINE_WORDS.search(line))


def cue_excused(title: str, titles: list[Span], cue: re.Match[str], held: re.Pattern[str],
                subject: re.Pattern[str]) -> bool:
    """Whether a not-a-report cue in the title (会见, ——, 发布会…) still leaves a meeting reported."""
    return (_named_within(title, cue, held)
            or cue.group() == "会谈" and _named_within(title, cue, subject)  # …频率协调会谈在珠海举行
            or bool(_AND_A_MEETING.match(title, cue.end()))
            or _held_beside(titles, cue, subject) or _subtitle_held(title, cue, held)
            or cue.group() == "——" and bool(subject.match(title, cue.end())  # ——第六届中国信息通信大会在沪举行
                                            or _MEETING_SUBTITLE.fullmatch(title, cue.end())))  # ——…退休老同志座谈会


_MEETING_SUBTITLE = re.compile(r"[^，。；！？!?：:——]{2,40}?(?:会议|座谈会|[大年]会|论坛|峰会|推进会|交流会|研讨会)\s*")


def _held_beside(titles: list[Span], cue: re.Match[str], subject: re.Pattern[str]) -> bool:
    """…表彰大会在京举行 刘云山会见与会代表并讲话: the leader met those at a meeting another clause reports held."""
    return cue.group() == "会见" and any(cue.group() not in t.text and subject.search(t.text) for t in titles)


def _subtitle_held(title: str, cue: re.Match[str], held: re.Pattern[str]) -> bool:
    """…——张云明出席2023年世界电信和信息社会日大会: a subtitle reporting a meeting held, at most a
    name before its verb (not one introducing commentary: ——写在…之际, ——访…)."""
    found = held.search(title, cue.end())
    return cue.group() == "——" and found is not None and found.start() - cue.end() <= 6


def _named_within(title: str, cue: re.Match[str], held: re.Pattern[str]) -> bool:
    """学习贯彻…贺信精神座谈会: the cue is part of the name of a meeting the title says was held."""
    return any(match.start("name") <= cue.start() and cue.end() <= match.end("name")
               for match in held.finditer(title))


def cited_in_title(title: str, name: str) -> bool:
    """深入贯彻落实加强基础研究座谈会精神: the title cites the meeting, its item reports something else."""
    at = title.find(name)
    return at >= 0 and (title.startswith("精神", at + len(name)) or bool(_CITING.search(title, 0, at)))


def in_book_title(text: str, at: int) -> bool:
    """《在…会议上的讲话》: a name inside a title of a work, not a meeting held."""
    return text.rfind("《", 0, at) > text.rfind("》", 0, at)


# Page chrome: what opens a line (matched at its start), words found anywhere, and nav bars of |.
_CHROME_START = re.compile(r"(?:来源|发布时间|发表时间|时间|作者|编辑|责任编辑|浏览|点击|访问次数|字号|分享|首页)"
                           r"\s*[：:]"
                           r"|当前位置|您的位置|您现在的位置|\d+ (?:years?|months?|days?) ago$"
                           r"|[|｜]|资料图[：:]"  # a table row (stock tickers), a picture's caption
                           r"|[（(][^（）()]{1,24}摄[）)]$"  # a photo's credit: （中国台湾网 普燕 摄）
                           # 2019-04-15 中新网
                           r"|(?=[^，。]{0,40}$).*(?:\d{4}[-/]\d{1,2}[-/]\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4})"
                           r"|(?:[\u4e00-\u9fff]{1,5}[：:»]?\s+){5}")  # nav lines (全搜索首页 新闻 视频 更多» 专题)
_CHROME_ANYWHERE = re.compile(r"首页\s*[>|｜»]|欢迎访问|打印文章|打印本页|发送给好友|关闭窗口|分享到"
                              r"|^[^，。；>]{2,10}(?:\s[>»]\s[^，。；>]{1,10}){1,4}\s[>»]$"  # breadcrumb: 国内 > 要闻 >
                              r"|无障碍浏览|举报受理|广告合作|版权所有|如有侵权|ICP备"  # a site's footer
                              r"|扫一扫|在手机(?:上)?打开|扫描二维码|下载(?:客户端|APP)|用手机看"
                              # a dateline: 2016-08-19 07:36, 2022/6/2 9：15
                              r"|责任编辑[：:]|\d{4}[-/]\d{1,2}[-/]\d{1,2}\s+\d{1,2}[:：]\d{2}"
                              # a content farm's teaser: 导读 今天【…】登上了全网热搜…下面大家可以一起来看看
                              r"|^导读\s|登上了?全网热搜|下面(?:大家|小编)[^。！!]{0,12}(?:看看|了解)")
_NAV_BAR = re.compile(r"(?:[^|｜]{1,8}[|｜]){3}")
# a line of site names between bars (C114通信网 | 通信人家园): the masthead
_MASTHEAD = re.compile(r"(?=[^|｜]*(?:网|家园|频道|在线)\s*(?:[|｜]|$))"
                       r"[^|｜，。,：:]{2,12}(?:\s*[|｜]\s*[^|｜，。,：:]{2,12}){1,2}")


# A dateline inside a flattened line, then the item's text: …软件业 更新时间:2010-6-3 0:01:50 工业和信息化部部长…表示，
_DATELINE_THEN = re.compile(r"\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s*"
                            r"(?:(?:来源|作者|编辑|责任编辑|浏览|点击)[：:]\s*[^\s，,。]{0,20}\s+)*"
                            r"(?=[^，。\s]{2,}[，,][^。]{10})")


def text_past_dateline(text: str) -> int | None:
    """Where the item's own text resumes past a dateline inside the line (None: the line is chrome through)."""
    found = _DATELINE_THEN.search(text)
    return found.end() if found else None


def is_chrome(text: str) -> bool:
    """A line of page chrome: bylines, dates, site names, nav.  (Three searches instead of one pattern
    with unanchored branches: this runs on the first sentences of every item.)"""
    return bool(_CHROME_START.match(text) or _CHROME_ANYWHERE.search(text)
                or ("|" in text or "｜" in text) and bool(_NAV_BAR.search(text) or _MASTHEAD.fullmatch(text)))
