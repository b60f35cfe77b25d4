"""Find the meeting a document reports: its lead sentence, name, organiser, format (who holds it: hosts).

A document reports a meeting when its title or one of its first body
sentences says a meeting was held (召开, 主持召开, 举行, 在京闭幕, …会议上强调)
or that a Party group met (工业和信息化部党组传达学习…).  Visits with foreign
guests, foreign or multilateral meetings and commentary are not reports.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import cache

from kg.extract.content import LEAD_SENTENCES, content_sentences
from kg.extract.convener import known_org
from kg.extract.dates import DATED_HOLDING
from kg.extract.hosts import (
    OFFICIAL_SPOKE,
    foreign,
    hosted_by_public_body,
    next_sentences,
    official_there,
    public_actor,
    public_host,
    publicly_held,
    titled,
    unnamed,
)
from kg.extract.leadforms import Patterns, candidates, patterns
from kg.extract.lexindex import Index
from kg.extract.naming import Lead, lead_of, shortened
from kg.extract.recalled import addressed, interview, recalled
from kg.extract.text import TELLS_MEETING, title_clauses
from kg.extract.titles import cited_in_title, cue_excused, in_book_title, is_headline, reactions
from kg.extract.transcript import transcript_lead
from kg.extract.visits import DURING_VISIT, VISIT_REACH, dated, during, visit_told
from kg.model import Document, Span

_TOLD_OF = re.compile(r"(?:介绍|汇报|通报|谈到|提到)(?:了)?[^，。；]{0,12}$")  # 向…介绍了揭阳举办…交流会
_QUOTED = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:指出|强调|表示|认为|说)[，:：]")
_ASSOCIATION = re.compile(r"(?:协会|学会|联合会|商会|促进会)$")
_CAPTION_CREDIT = re.compile(r"\s*(?:[（(])?(?:新华社|人民日报|中新社|本报|央视网)?(?:记者|通讯员|摄影)?"
                             r"\s*(?:[\u4e00-\u9fff]{2,4}\s*){1,3}摄")
# Past figures (截至…, 同比增长9.9%, 累计…) with no plan (将…) and nothing said or decided at the meeting
_STATISTICS = re.compile(r"截至|同比|环比|累计|年均|(?:去年|上年|全年)[^，。；]{0,12}?\d"
                         r"|前(?:\d{1,2}|[一二三四五六七八九十]{1,2})个?月|上半年|前三季度")  # 今年前10月…减免税收
# A ministry's leader who spoke at it: a company's conference is then reported as the ministry's business.
_MINISTER_SPOKE = re.compile(r"部(?:党组[^，。；、]{0,6}、)?(?:副)?部长[^，。；]{2,40}?(?:出席|参加)"
                             r"[^，。；]{0,40}?(?:讲话|致辞)")
_NOTICE_LATER = re.compile(r"(?:时间|地点)[^，。；]{0,6}?另行通知")
_SERIES_TAG = re.compile(r"^【[^】]*】(.*)$")  # 【聚焦十八大·焦点中国】大会开幕: a feature's column
_SAID = re.compile(r"(?:会议|会上)(?:指出|强调|要求|提出|部署|明确)|表示|指出|强调|透露|介绍|说|讲话")
# what the meeting said or did, told further down (会议强调…; 会上，联盟成立了…)
_MEETING_SAID = re.compile(r"(?:^|(?<=[。\n]))\s*(?:会议(?:指出|强调|要求|提出|部署|明确)|会上[，,])")
# the press office holding it (国新办召开…通报会; not 由国务院新闻办公室主办的…国际研讨会)
_PRESS_OFFICE = re.compile(r"(?:国新办|国务院新闻办(?:公室)?)(?:今天|\d{1,2}日)?(?:上午|下午)?(?:召开|举行)")
_PROPOSED = re.compile(r"建议|决定|拟于|定于")
# (not a title's, over its line; 研究决定，于…召开)
_DECIDED_TO_HOLD = re.compile(f"(?:{_PROPOSED.pattern})" + r"[，,]?[^，。；\n]{0,30}$")
# A trade event a public body hosts is its meeting (由工业和信息化部…主办的…软件博览会开幕式; 工博会组委会…会议).
_HOSTED_EVENTS = ("年会", "博览会", "交易会")
# An event the meeting is about, not the meeting (…博览会筹备工作推进会, …交易会组委会会议)
_EVENT_IS_TOPIC = re.compile(r"会[^，。；]{0,12}?(?:筹备|组委会|工作|推进|协调|调度|动员)[^，。；]{0,10}?会议?$")
_FAIR = re.compile(r"^(?!.*(?:会议|论坛|大会)[和暨]).*(?:博览会|交易会|展览会)$")  # (not …学术会议和展览会)
# Conference brands: 第三届北京人工智能产业创新发展大会, 2021中国种子大会, 首届中国电视剧大会, 中国牛交易大会.
_CONFERENCE = re.compile(r"^(?:首届|第[一二三四五六七八九十\d]+届|\d{4}年?)?(?:中国|世界|全球|国际|亚洲|北京|上海)"
                         r"(?:[（(][\u4e00-\u9fff]{1,8}[）)])?"  # 首届中国（海南）东坡文化旅游大会
                         r"(?!.*(?:代表大会|全体会议|次会议))[\u4e00-\u9fff\d]{1,16}(?:大会|论坛|峰会|博览会)$"
                         r"|(?:交易|产业|创新发展|合作)(?:大会|论坛)$")
# …大会今天开幕 is as often a festival, a fair or a show (舞龙大会, 旅游大会) as a meeting: a public body must hold it.
_TODAYS_EVENT = re.compile(r"(?:大会|论坛|峰会)$")
_TODAY = re.compile(r"今天|今日|昨天|昨日|当天|当日")
# …副部长陈肇雄主持召开会议，部署在全国实行“携号转网”工作: a meeting named by what it is for
_CHAIRED_FOR = re.compile(r"[，,](?:专题)?(?:研究|部署|推进|听取|审议|调度|分析)")
# 出席…会议期间，…赴…调研; 举办“…大会2024”期间，…签署合作协议: the meeting is only the occasion
_VISIT_DURING = re.compile(r"(?:\d{4})?”?期间[，,][^。；]{0,60}?(?:调研|考察|视察|走访|签署|签订)")
_PRESS_EVENT = re.compile(r"(?:了)?(?:[^，。；]{0,8})?(?:记者会|新闻发布会|发布会|吹风会|见面会)")
_TOMORROW = re.compile(r"(?:明天|明日|后天)(?:上午|下午|晚上)?[^，。；]{0,10}?(?:举行|召开|开幕)")  # 明天上午9点举行…
_WILL_BE_HELD = re.compile(r"”?将(?:于|在)[^。；]{0,30}?(?:举行|召开|开幕)")
_WILL_SPEAK = re.compile(r"将(?:于[^，。；]{0,12}?)?$")  # 习近平将在…开幕式上通过视频发表主旨演讲
_WILL_HOLD = re.compile(r"将(?:在|于)[^。；]{0,30}$")  # 国际足联将在今年12月到明年2月期间，召开一场…
_CONGRATULATED = re.compile(r"贺电|贺函|贺信|致信|致电")  # 纷纷发来贺电，祝贺…大会召开
# (not 在市民之家…召开: a venue)
_COMMUNITY = re.compile(r"社团|各界|民众|群众|市民(?!之家|中心|服务中心|大厅)|侨胞|侨团|乡亲")
_PRESS = re.compile(r"新闻办|国新办|新闻发言人|记者|答问")
_FORUM = re.compile(r"论坛|峰会")
_STUDY_MET = re.compile(r"此次会议|本次会议|会议由|主持(?:会议|活动并讲话)|参加(?:了)?会议|会议(?:指出|强调|要求|传达)")
_COURSE_CEREMONY = re.compile(r"(?:开班|结业|毕业)(?:仪式|式|典礼)$")
_ACTIVITY_MET = re.compile(_STUDY_MET.pattern + r"|[\u4e00-\u9fff]{2,4}主持(?:[。；]|$)")  # (…大讲堂…。厅长詹敏主持。)
_FUTURE = ("将于", "将举行", "将召开", "将举办", "将出席", "将赴")


def find_lead(doc: Document, index: Index) -> Lead | str:
    """The lead of the reported meeting, or the reason there is none."""
    p = patterns(index)
    title = doc.title
    titles = title_clauses(doc)
    for found in p.not_report.finditer(title):
        if not cue_excused(title, titles, found, p.held, p.subject):
            return f"not a meeting report: {found.group()} in title"
    body = content_sentences(doc)
    headlined = not title.strip() and bool(body) and is_headline(body[0].text)  # an untitled page's headline
    if headlined:
        for found in p.not_report.finditer(body[0].text):
            if not cue_excused(body[0].text, [body[0]], found, p.held, p.subject):
                return f"not a meeting report: {found.group()} in headline"
    window = 3 if headlined else 2  # the lead's sentences: past the headline of an untitled page
    found = _first_lead(doc, [*titles, *body], titles, body, p, index, window, body)
    if found == _NO_LEAD and (not title.strip() or _TITLE_MEETS.search(_BOOK_TITLE.sub("", title))) \
            and (later := _dated_holdings(doc, len(body))):  # (not 习近平关于《…》的说明, which tells of its drafting)
        deeper = _first_lead(doc, later, titles, body, p, index, window, body)
        found = deeper if isinstance(deeper, Lead) else found
    if found == _NO_LEAD and len(body) == LEAD_SENTENCES and visit_told(body):  # 调研组…赴上海调研。…在…召开了…座谈会
        deeper = content_sentences(doc, VISIT_REACH)
        if met := [s for s in deeper[len(body):] if DURING_VISIT.match(s.text)]:
            convened = _first_lead(doc, met, titles, deeper, p, index, window, body)
            if isinstance(convened, Lead) and convened.name not in index.cues["meeting"]["generic_names"] \
                    and not convened.name.startswith("部分"):  # (部分企业家座谈会: named by who came, no name)
                found = convened
    if found == _NO_LEAD and (speech := transcript_lead(doc)):
        return speech  # 苗圩在…大会开幕式上的致辞 (2018年8月15日，北京) 尊敬的…: the speech's text is the item
    # an untitled page's headline (past a kicker line): 我局召开行业会议…, named in full in the body
    in_headline = not title.strip() and isinstance(found, Lead) and found.span in body[:2] \
        and (is_headline(found.span.text) or len(found.span.text) <= 60 and "。" not in found.span.text)
    if isinstance(found, Lead) and (found.span.start < doc.body_start or in_headline):
        rest = body[body.index(found.span) + 1:] if in_headline else body
        fuller = _first_lead(doc, rest, titles, rest, p, index, window, body)
        if isinstance(fuller, Lead) and len(fuller.name) > len(found.name) and (
                fuller.name.endswith(found.name)  # 双周协商座谈会 -> 十四届全国政协第十五次双周协商座谈会
                or len(found.name) <= 4 and (found.name in fuller.name or fuller.name.endswith(found.name[-2:]))
                or shortened(found.name, fuller.name)):
            return fuller if fuller.subject or not found.subject else replace(fuller, subject=found.subject)
        if isinstance(fuller, Lead) and fuller.name == found.name and fuller.subject and not found.subject:
            return replace(found, subject=fuller.subject)  # 由国家新闻出版署主办的…大会: the body names its host
        bare = found.name_mention.span.text  # …委员会召开专题会议 -> …专题会议暨部属单位…视频会议 in the body
        if isinstance(fuller, Lead) and found.name.endswith(bare) and fuller.name.startswith(bare + "暨"):
            return replace(fuller, name=found.name[: len(found.name) - len(bare)] + fuller.name,
                           subject=fuller.subject or found.subject)
    elif isinstance(found, Lead) and (bare := found.name_mention.span.text) in index.cues["meeting"]["generic_names"] \
            and found.span in body:  # (the name may be its convener's: 研究院座谈会)
        at = body.index(found.span) + 1
        later = body[at: at + 4]  # 近日召开座谈会。…于19日召开X座谈会
        fuller = _first_lead(doc, later, titles, later, p, index, 2, body) if later else None
        if isinstance(fuller, Lead) and fuller.name.endswith(bare) and len(fuller.name) > len(bare):
            return fuller
    return found


_NO_LEAD = "not a meeting report: no meeting is reported in the title or lead"
_TITLE_MEETS = re.compile(r"召开|举行|主持|会议|座谈会|全会|大会|[习作进活]会")
_BOOK_TITLE = re.compile(r"《[^》]*》")
_ISSUES_A_DOCUMENT = re.compile(r"(?:发布|印发|出台|公布|下发)(?:了)?《")
_HISTORIC_DAY = re.compile(r"(\d{4})年\d{1,2}月\d{1,2}日")


def _background(span: Span, body: list[Span], published: dt.date | None) -> bool:
    """A meeting dated with its year past the lead of an item about a document it issues, or dated in
    an earlier year than the item (2015年12月16日，第二届…大会开幕 in a feature of 2025): history."""
    day = _HISTORIC_DAY.search(span.text)
    return bool(day) and (bool(body) and bool(_ISSUES_A_DOCUMENT.search(body[0].text))
                          or published is not None and int(day.group(1)) < published.year)
_DEEPER = 8  # sentences past the lead searched for such a holding


def _dated_holdings(doc: Document, lead_count: int) -> list[Span]:
    """Sentences past the lead (an item that first tells why, then when a meeting was held) opening with their day."""
    if lead_count < LEAD_SENTENCES:
        return []
    later = content_sentences(doc, LEAD_SENTENCES + _DEEPER)[lead_count:]
    return [s for s in later if DATED_HOLDING.match(s.text)]  # opening with the day it holds one


def _first_lead(doc: Document, spans: list[Span], titles: list[Span], body: list[Span], p: Patterns,
                index: Index, window: int, content: list[Span]) -> Lead | str:
    """The first meeting the sentences `spans` report (undated only within the first `window` of
    `body`), or why there is none; `content` is the page's first sentences past its chrome."""
    reason = _NO_LEAD
    for span in spans:
        in_body = span.start >= doc.body_start
        if in_body and span not in body[:window] and (not dated(span.text) and not during(span, body)
                                                       or _background(span, body, doc.published_date)):
            continue  # an undated meeting past the lead: commentary, or a speech quoted later; background to a
            # document the item is about (…发布《…通知》。…2015年10月9日，…主持召开…会议)
        if in_body and _CAPTION_CREDIT.match(doc.text, span.end):
            continue  # a photo's caption (…发表重要讲话。新华社记者 谢环驰 摄): the item is about something else
        for match, rule in candidates(span.text, p):
            later = _DECIDED_TO_HOLD.search(doc.text, 0, span.start + match.start()) \
                or span.text.endswith("关于", 0, match.start()) \
                or "name" in match.re.groupindex and _PROPOSED.match(match.group("name"))  # 关于召开…的决定
            if later or in_book_title(span.text, match.end()) or _PRESS_EVENT.match(span.text, match.end()) \
                    or _followed_by_another(span.text, match.end()) \
                    or _VISIT_DURING.match(span.text, match.end("name") if "name" in match.re.groupindex else 0):
                continue  # held later (会议建议…召开…); 《在…会议上的讲话》; …会议举行记者会; 出席…会议期间，…赴…调研;
                # 工业和信息化部召开…会议后，浙江管局…组织召开会议: the meeting held after it is the news
            if rule == "activity" and _COURSE_CEREMONY.search(match.group("name")):
                continue  # a training course's opening (…班开班仪式): the gold files hold it no meeting
            met = _STUDY_MET if rule == "studied" else _ACTIVITY_MET
            if rule in ("studied", "activity") and not met.search(span.text, match.end()) \
                    and not met.search(next_sentences(doc, span, 2)):
                continue  # 认真学习…精神 (开展…活动) with no meeting told: a body's work, not a session
            lead = lead_of(doc, span, match, rule, index)
            if lead.name.endswith(("大会", "年会")) and match.groupdict().get("verb") == "举办" \
                    and not public_host(doc, span, lead, index):
                continue  # …大会在镇江举办 by a public body (not a festival or fair): its other forms may tell
            if rule == "held" and match.group().startswith("参加") \
                    and lead.name in index.cues["meeting"]["generic_names"]:
                continue  # …负责同志参加座谈交流会: who attended a generic talk (on a visit), not a meeting named
            if rule == "talk" and not lead.subject:
                continue  # 企业被约谈, 约谈了… with no regulator named: no meeting held by a public body
            headline = doc.text[max(doc.body_start, span.start - 300): span.start] if not doc.title.strip() else ""
            if in_body and (cited_in_title(doc.title, lead.name) or cited_in_title(headline, lead.name)):
                continue  # 深入贯彻落实加强基础研究座谈会精神: the title (or headline) cites it; the item is another
            chaired = "主持" in span.text[max(0, match.start() - 2): match.start() + 2]
            before = span.text[: match.start()]
            if in_body and (_QUOTED.search(before) or _TOLD_OF.search(before)):
                continue  # 孙春兰指出，习近平总书记主持中央政治局常委会会议…: a meeting told of in a speech
            bare = lead.name in index.cues["meeting"]["no_names"] and not _CHAIRED_FOR.match(span.text, match.end())
            if bare or unnamed(lead, before, doc.title, chaired, index):
                reason = "not a meeting report: an unnamed meeting with no named convener"
                continue  # 蔡奇出席会议并讲话: the name may stand in another clause
            return _checked(doc, titles, span, match, lead, p, index, content)
    return reason


def _checked(doc: Document, titles: list[Span], span: Span, match: re.Match[str], lead: Lead, p: Patterns,
             index: Index, content: list[Span]) -> Lead | str:
    """The lead, unless what it names is not a government meeting held (announced, foreign, a press event,
    a law passed by it, a speech at it quoted by a commentary…)."""
    in_body = span.start >= doc.body_start
    named = "name" in match.groupdict()
    passed = named and "经" in lead.name and re.match("(?:审议|表决|讨论)?通过", span.text[match.end("name"):])
    if span.text[:match.start("name") if named else match.start()].endswith("经") or passed:
        return "not a meeting report: a decision passed by the meeting (经…会议审议通过) is the subject"
    if reason := recalled(doc, span.text[:match.start()], lead.name) or addressed(doc, span):
        return reason
    if _NOTICE_LATER.search(span.text, match.end()):
        return "not a meeting report: a notice of a meeting to come (具体时间地点另行通知)"
    if (_CONFERENCE.search(lead.name) or lead.name_mention.rule == "lead.event" or _TODAYS_EVENT.search(lead.name)
            and "verb" in match.groupdict() and _TODAY.search(span.text, match.end("name"), match.start("verb"))) \
            and not publicly_held(doc, span, lead, index):
        return "not a meeting report: a conference with no public body named (an industry or trade event)"
    if lead.name_mention.rule == "lead.heard" and _STATISTICS.search(span.text, match.end()) \
            and "将" not in span.text[match.end():] and not any(_SAID.search(s.text) for s in content[:4]) \
            and not _MEETING_SAID.search(doc.text, span.end):  # (…会议强调, further down: what it decided)
        return "not a meeting report: figures a reporter learned at a meeting (记者从…会议上了解到，截至…)"
    quoted = lead.name_mention.rule == "lead.at" and in_body and not dated(span.text)
    if quoted and doc.title and not TELLS_MEETING.search(doc.title):
        return "not a meeting report: a speech at a meeting quoted by an undated article about something else"
    if (org := _ASSOCIATION.search(lead.subject or lead.name)) and not known_org(span.text, index) \
            and not OFFICIAL_SPOKE.search(next_sentences(doc, span, 3)):  # …出席并致辞: a minister spoke there
        return f"not a meeting report: convened by an association ({org.group()}), not a government body"
    clause = max(span.text.rfind("，", 0, match.start()), 0)  # (not 为推动…社团建设，…联合会召开: a purpose)
    if (crowd := _COMMUNITY.search(span.text, clause, match.start())) and not public_actor(doc, span, lead, index):
        return f"not a meeting report: held by {crowd.group()}, not a public body"
    if _FORUM.search(lead.name) and any(p.foreign_title.search(t.text) for t in titles):
        return "not a meeting report: an international forum"
    named_at = match.start("name") if named else match.start()  # past the verb: 期间将举办…研讨会
    if in_body and (ahead := p.not_report.search(span.text, 0, named_at)) and ahead.group() in _FUTURE:
        return f"not a meeting report: an announcement ({ahead.group()})"
    if not in_body and content and (at := content[0].text.find(lead.name)) > 0 and \
            (ahead := p.not_report.search(content[0].text, 0, at)) and ahead.group() in _FUTURE:
        return f"not a meeting report: an announcement ({ahead.group()})"  # 抵达澳门，出席将于20日举行的…大会
    if not in_body and _told_to_come(lead.name, content[:2]):
        return "not a meeting report: an announcement (…大会将于…举行)"  # a title's 举行 the body tells is to come
    if _WILL_SPEAK.search(span.text, 0, match.start()):
        return "not a meeting report: an announcement (将在…上发表…)"
    if in_body and _WILL_HOLD.search(span.text, 0, match.start()) \
            or _TOMORROW.search(span.text, max(0, match.start() - 16), match.end()):
        return "not a meeting report: an announcement (将在…召开, 明天…举行)"
    if in_body and (sent := _CONGRATULATED.search(span.text, 0, match.start())):
        return f"not a meeting report: messages on a meeting ({sent.group()})"
    if rejected := foreign(doc, titles, span, match, lead, (p.bilateral, p.foreign_title, p.foreign), index):
        return rejected
    if lead.name.endswith("仪式") and not ("政府" in lead.subject or public_actor(doc, span, lead, index)):
        return "not a meeting report: a signing with no public body named (a business signing)"
    if found := next(filter(None, map(_not_meeting_name(index).search, lead.name.split("暨"))), None):
        return f"not a meeting report: a {found.group()}, not a meeting"
    if lead.name.endswith("发布会") and _PRESS.search(doc.title + span.text) \
            or _PRESS_OFFICE.search(span.text, max(0, match.start() - 16), match.start() + 4):
        return "not a meeting report: a press conference (发布会 of a press office)"  # 国新办召开…通报会 too
    business = next((word for word in index.cues["meeting"]["not_government"] if word in lead.name
                     and not (word.endswith("会") and _EVENT_IS_TOPIC.search(lead.name, lead.name.find(word)))), None)
    if business and not (business in _HOSTED_EVENTS and publicly_held(doc, span, lead, index)  # 中国企业家年会
                         or business == "内部会议" and known_org(span.text, index)  # …部长李毅中指示
                         and titled(index).search(span.text)
                         or _MINISTER_SPOKE.search(span.text)):  # 副部长尚冰出席中国移动…工作会并讲话
        return "not a meeting report: a company, fund or trade event, not a government or Party body"
    if _FAIR.search(lead.name) and not (hosted_by_public_body(doc, span, index)
                                        or official_there(doc, span, lead, index)):
        return "not a meeting report: an expo or fair no public body hosts (主办) and no official speaks at"
    if doc.title and not TELLS_MEETING.search(doc.title) and reactions(content[:3]):
        return "not a meeting report: reactions to a meeting (专家表示…) under a title that reports none"
    headline = doc.title or next((s.text for s in content[:2] if is_headline(s.text)), "")
    if reason := interview(headline, content[:4]):
        return reason
    if (tagged := _SERIES_TAG.match(lead.name)) and tagged.group(1) in index.cues["meeting"]["no_names"]:
        return "not a meeting report: a series tag (【…】) before a bare noun names no meeting"
    if in_body and doc.title.startswith("【"):
        return "not a meeting report: a feature article (【…】 series) that refers to a meeting"
    return lead


def _told_to_come(name: str, lead: list[Span]) -> bool:
    """The body's lead says the title's meeting, named in full or by its noun (…峰会将于今年4月27日至28日在
    福州召开), is still to be held."""
    return any(_WILL_BE_HELD.match(span.text, end) for span in lead for end in _ends_of(name, span.text))


def _ends_of(name: str, text: str) -> list[int]:
    """Where `name` or its last two characters end in `text`, leftmost first and without overlap (what
    re.finditer of the two escaped would give, without compiling a pattern per name)."""
    short, ends, at = name[-2:], [], 0
    while name:
        whole, tail = text.find(name, at), text.find(short, at)
        if tail < 0:
            return ends
        at = whole + len(name) if 0 <= whole <= tail else tail + len(short)
        ends.append(at)
    return ends


def _followed_by_another(text: str, end: int) -> bool:
    """…召开…会议后，浙江管局第一时间组织召开会议: the meeting is what came before the one the item reports."""
    return text.startswith(("后，", "后,", "之后"), end) and bool(_HELD.search(text, end))


_HELD = re.compile(r"召开|举行|举办")


@cache
def _not_meeting_name(index: Index) -> re.Pattern[str]:
    return re.compile(index.cues["meeting"]["not_meeting_names_re"])
