"""The forms in which a sentence names a meeting held (…召开X会议, X会议在京举行, 在X会议上强调,
记者从X论坛上获悉, X党组传达学习…, 约谈…), one pattern per form, built from the lexicon's nouns."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from kg.extract.content import SUBJECT_VERB
from kg.extract.lexindex import Index, alternation, trie_pattern

_HELD_AS_HOSTED = re.compile(r"(?:研讨|座谈)会$|会议$|[大年]会$")  # (a 大会 举办 needs a public host: lead.py)
# Events that are meetings when a public body holds them or its officials speak at them.
# (and expos and fairs: a public host makes them a meeting, lead.py; not 启动仪式, a ceremony)
_EVENT = (r"(?:高峰论坛|论坛|峰会|圆桌会议?|(?:对接|交流)活动(?:[（(][^）)]{1,8}[）)])?|博览会|交易会|展览会|会展|展会"
          r"|(?:设计|电信)周)")  # 第九届中国工业设计周, 中国-东盟电信周
# A regulator's talk with the firms it oversees (约谈) is a meeting: 信息通信管理局…集中约谈了20家企业.
_TALK = re.compile(r"(?<![将拟要被受履签契合预制])(?<!为何)(?<!为什么)(?:集中|联合|分别|公开|再次)?(?P<name>约谈会?)"
                   r"(?!判|等|行动|工作|制度|机制)(?:了)?"  # (not 为何约谈…: an explainer; 一系列约谈行动)
                   r"(?=[^。；，]{2,60}?(?:企业|公司|运营商|平台|负责人|单位|机构|政府|集团|部门))")  # not 履约谈判
# …装备工业司针对…的山东凯马汽车制造有限公司、…进行约谈: the firms named before the verb
_TALK_TO = re.compile(r"(?:针对|对)[^。；]{2,90}?(?:企业|公司|集团|运营商|平台)[^，。；]{0,12}?"
                      r"进行(?:了)?(?P<name>约谈)")
# what _EVENT needs
_EVENT_WORD = re.compile(r"论坛|峰会|圆桌|博览会|交易会|展览会|会展|展会|对接活动|交流活动|设计周|电信周")
# An activity, ceremony or course the text calls a meeting next (开展主题党日活动，会议由…主持: lead.py checks)
_ACTIVITY = re.compile(r"活动|仪式|培训班|沙龙|讲堂|讲座")
_ACTIVITY_HELD = re.compile(f"(?:{_ACTIVITY.pattern})”?[^，。；]{{0,30}}?(?:举行|举办)")  # (a cheap look first)
_HEARD_WORD = re.compile("获悉|了解到|得知")
_SPEECH = "发表|发布|作|做|强调|指出|讲话|表示|说|透露|介绍|提出|提到|要求|宣布|称|致辞|部署|通报|回顾|总结|确定|明确"
# A day or time between a name and its verb: …会议27-28日在北京召开, …会议于12月26日上午召开, …座谈会近日在京召开,
# …大会今天（9月17日）在京开幕.
_WHEN = (r"(?:于)?(?:(?:近日|日前|近期|此间|今天|今日|昨天|昨日|当天|当日)(?:[（(][^）)]{1,12}[）)])?"
         r"|[今昨][（(]\d{1,2}[）)]日)?"  # 于今(19)日登场 (Taiwan, Hong Kong)
         r"(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}(?:日)?(?:至|到|-|－|—)?)?\d{0,2}[日号]?(?:上午|下午|晚上|晚)?"
         r"(?:\d{1,2}(?:点|时)(?:\d{1,2}分|半)?|\d{1,2}[:：]\d{2})?")  # …于2011年11月16日14点在…举行
# What may follow a name's noun and belong to it: its year (…高层论坛(2022)), an exhibition held with it
# (…学术会议和展览会).
_HOW = r"(?:以[^，。；]{1,12}?(?:形式|方式))?"  # …在北京以线上线下结合的方式召开
_DAY_OF = r"(?:\d{1,2}月)?\d{1,2}日的"  # 在4月10日的…峰会上: the day before a name is not part of it
# (…信息年会暨2016年度…百强榜单发布在成都召开: a release held with it)
_NAME_TAIL = (r"(?:[（(]\d{4}[）)]|(?:和|暨)(?:展览会|博览会)"
              r"|暨[^，。；暨]{2,30}?(?:发布|颁奖|揭牌|签约)(?:仪式|典礼|活动)?)?")
_SUB_EVENT = r"(?:[—–]{1,2}[^，。；—–]{2,30}?(?:专题研讨|分论坛))?"  # …伙伴关系论坛—消费品…专题研讨在厦门举办
# A long place is a city, county, district or venue: 在海西蒙古族藏族自治州格尔木市召开, 在张家港市经济技术开发区召开
# (not 在…沙漠, 在…等地).
_FAR_PLACE = r"[^，。；\s]{9,20}?(?:[市州县区园馆道镇厅]|中心|酒店|宾馆|饭店|大厦|会堂|礼堂)"  # (…南部山区西营街道)
_ALSO_CALLED = (r"(?:\s?[（(]\s?(?:以下简称|以下称|下称|简称)[^）)]{1,24}[）)]"  # （下称“软博会”）
                r"|\s?[（(][A-Za-z][A-Za-z\d .&'·•?-]{1,40}[）)]"  # (TA Conference), (CITE·2022): its English name
                r"|[（(][\u4e00-\u9fff]{1,6}[会坛][）)])")  # (软洽会), (高交会): its short name
TICKER = r"[（(](?:0\d{4}|[036]\d{5})(?:\.(?:HK|SH|SZ))?[）)]"
# 的 ends a name, but for 党的…; a quoted theme may hold commas (“积极推进改革创新，激发…”调研协商座谈会).
# (The plain character class comes first: it is what almost every character of a name matches.)
_NAME_CHARS = (r"(?:[^，。；：:（）()\s的“党]|党的?|“[^”]{1,40}”|“|(?<![办开行持加席与在])的(?![会议])"
               r"|(?<=[A-Za-z\d]) (?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]) (?=[A-Za-z\d])"  # 部署 App 侵害…会议
               r"|(?<=[A-Za-z\d&]) (?=[A-Za-z\d&])"  # 2009 TD-SCDMA & TD-LTE国际峰会
               # 《指导意见》（以下简称…）解读会
               r"|《[^》]{1,40}》|" + _ALSO_CALLED + r"|[（(]扩大[）)]"
               # 传感(物联)网…成立大会, 中国（广东）-RCEP成员国…交流会
               r"|[（(][^（）()，。；\s]{1,10}[）)](?=[\u4e00-\u9fff]|-[A-Z])"
               r"|" + TICKER +  # 中国电信(00728)、中国移动(00941)今年工作会议: a listed firm's stock code
               # a gloss: 规划（第15个五年规划，2026至2030年）
               r"|[（(][^（）()，。；\s]{1,12}[，,][^（）()，。；\s]{1,12}[）)](?=[\u4e00-\u9fff]))")

@dataclass(frozen=True, slots=True)
class Patterns:
    held: re.Pattern[str]
    at: re.Pattern[str]
    at_opening: re.Pattern[str]
    at_event: re.Pattern[str]
    held_opening: re.Pattern[str]
    held_talk: re.Pattern[str]
    held_bare_talk: re.Pattern[str]
    at_held: re.Pattern[str]
    heard: re.Pattern[str]
    heard_event: re.Pattern[str]
    heard_said: re.Pattern[str]
    source: re.Pattern[str]
    event: re.Pattern[str]
    attended: re.Pattern[str]
    subject: re.Pattern[str]
    bracket: re.Pattern[str]
    party: re.Pattern[str]
    study: re.Pattern[str]
    studied: re.Pattern[str]
    activity: re.Pattern[str]
    activity_held: re.Pattern[str]
    talk: re.Pattern[str]
    talk_to: re.Pattern[str]
    not_report: re.Pattern[str]
    foreign: re.Pattern[str]
    foreign_title: re.Pattern[str]
    bilateral: re.Pattern[str]
    forms: tuple[tuple[re.Pattern[str], str, str | re.Pattern[str], int], ...] = ()  # candidates(): see there


@cache
def patterns(index: Index) -> Patterns:
    cues = index.cues["meeting"]
    nouns = f"(?:{trie_pattern(n for n in cues['nouns'] if n != '两会')}|{cues['lead_nouns_re']})"  # 两会: cited
    # …全会精神 cites a meeting; 常委会组成人员 are the members, 国际会议中心 a hall; 举办了读者大会、十大读书人物评选等
    # 170项活动 (or …大会等10场论坛) names one item of a list of activities
    # (a name wholly quoted may hold commas up to its noun: 举办…的“迎奥运、促和谐，2008年…研讨会”)
    quoted = "(?:“[^“”。；]{1,40}?)?"
    name = f"(?P<name>{_NAME_CHARS}{{0,56}}?{quoted}{nouns}{_NAME_TAIL})" \
           f"(?![议堂室第党员计长所址晤商]|会员|精神|重要讲话|组成人员|中心|展览|、[^，。；]{{1,30}}?等[^，。；]{{0,8}}?活动|等[\\d一二三四五六七八九十百]+[场项个])"
    return _with_forms(Patterns(
        held=re.compile(f"(?<!通过)(?:主持(?:召开)?|召开|召集(?!人)|举行|举办|开展(?=[^，。；]{{2,40}}?(?:讨论|座谈|交流|研讨|学习)会)|(?:共同|联合)主办|出席|(?<![将要拟未])参加(?![^，。；]{{0,40}}?(?:时的|时所作|的同志|的代表))|进行|组织开展(?!的)|组织(?:收听收看|收看))(?:了)?(?:学习贯彻[^，。；]{{1,40}}?精神[，,])?“?{name}"),
        at=re.compile(f"在(?:[^，。；]{{0,20}}?(?:召开|举行|举办|主办|开幕|闭幕)的|{_DAY_OF})?“?{name}”?(?:开幕式|闭幕式)?"
                      f"(?:上|中|期间|时)(?!的)[，,]?[^。；的]{{0,40}}?(?:{_SPEECH})"
                      f"(?!的|了?共?\\d+件)"),  # (not 代表共提出了8239件建议: a count)
        # 全国31个省区市的无线电管理代表就…进行座谈: a symposium told with the verb (named 座谈会)
        # (on a topic, 就…, and with nobody: not a visitor's talk with his hosts or villagers, 与…苗圩一行，就…进行座谈)
        held_talk=re.compile(r"^[^与同。；]*?就[^，。；]{1,60}?(?:进行|举行)(?:了)?(?P<name>座谈)(?![会交])"),
        # 节能与综合利用司在京召开…全产业链座谈，: a symposium named without 会, ending its clause (not 将…开展)
        held_bare_talk=re.compile(f"(?:^|(?<=[，,；]))[^，。；将]*?(?:召开|组织开展|开展|举行)(?:了)?“?"
                                   f"(?P<name>{_NAME_CHARS}{{2,40}}?座谈)”?(?=[，。；,]|$)"),
        # 日前召开的…第二十九次主席会议，审议通过了…: a sentence that opens with the meeting held and what it did
        held_opening=re.compile(f"^(?:[^，。；：:]{{0,24}}[：:])?(?:{_WHEN})[，,]?(?:在[^，。；]{{1,10}})?(?:召开|举行)的“?{name}(?:暨[^，。；]{{2,30}})?”?[，,]"
                                f"(?=[^。；]{{0,20}}?(?:审议|通过|听取|研究|决定|指出|强调|要求|提出|部署)|以“?[^，。；]{{1,30}}?为主题)"),
        # 在首届数字中国建设峰会上，工信部副部长陈肇雄表示: a forum or summit where someone spoke
        # (or 6月6日举行的…论坛上，多位嘉宾…提到, a clause that opens with the day it was held)
        at_event=re.compile(f"(?:在|(?:^|(?<=[，,]))(?={_WHEN}(?:举行|举办|召开|开幕)的))"
                            f"(?:[^，。；]{{0,20}}?(?:召开|举行|举办|主办|开幕|闭幕)的|{_DAY_OF})?“?(?P<name>{_NAME_CHARS}{{2,40}}?{_EVENT}"
                            f"{_NAME_TAIL})”?(?:开幕式|闭幕式|主论坛)?(?:上|期间)[，,]?[^。；的]{{0,40}}?(?:{_SPEECH})(?!的)"),
        # 昨天，全国政协小组讨论会上，全国政协委员李毅中认为…: the sentence opens with the meeting, without 在
        at_opening=re.compile(f"^(?:{_WHEN}[，,])?“?{name}”?上[，,](?!与会|大家|专家)[^。；的]{{0,40}}?"
                              f"(?:{_SPEECH}|认为)(?!的)"),
        # 在今天召开的…座谈会上，工业和信息化部授牌…: a meeting said to be held, whatever a public body did there
        at_held=re.compile(f"在[^，。；]{{0,20}}?(?<![将要拟])(?:召开|举行|举办|主办|开幕|闭幕)的“?{name}”?(?:开幕式|闭幕式)?"
                           f"(?:上|期间)[，,](?=[^。；]{{0,30}}?(?:部|委|局|厅|政府|部长|主任|书记|省长|市长))"),
        # 这是苗圩当日于北京举行的…座谈会上讲述的: what a Xinhua lead reported was said at a meeting
        source=re.compile(f"这是[^，。；]{{0,24}}?(?:在|于)(?:[^，。；]{{0,20}}?(?:召开|举行|举办)的)?“?{name}”?(?:上|中)"
                          f"(?:[^，。；]{{0,6}}?(?:讲述|表示|透露|介绍|说|指出|强调|获悉|了解到)的"
                          f"|[，,]?[^。；]{{0,30}}?(?:达成|形成)的共识)"),  # …大会上，与会专家…达成的共识
        heard=re.compile(f"从(?:[^，。；]{{0,24}}?(?:召开|举行|举办|开幕)的)?“?{name}”?(?:上|中|期间)?"
                         f"(?:获悉|了解到|得知)"),  # 记者11日从2021中国IPv6创新发展大会上获悉
        # 记者从近日召开的…稀土产业论坛上了解到
        # 智通财经APP获悉，全国工业和信息化工作会议指出，…: a news source tells what the meeting said
        heard_said=re.compile(f"(?:获悉|消息|讯|(?<=日)电)[，,：:]?\\s*“?{name}”?(?:指出|强调|提出|要求|明确|部署)"),
        heard_event=re.compile(f"(?:从|在)[^，。；]{{0,24}}?(?:召开|举行|举办|开幕)的“?(?P<name>{_NAME_CHARS}{{2,40}}?{_EVENT}"
                               f"{_NAME_TAIL})”?(?:上|期间|现场)(?:获悉|了解到|得知)"),  # 记者在…举办的…论坛现场了解到
        event=re.compile(f"(?P<name>{_NAME_CHARS}{{2,40}}?{_EVENT}{_NAME_TAIL}{_SUB_EVENT})”?{_ALSO_CALLED}?(?:开幕式|闭幕式)?(?:{_WHEN})?(?:以[^，。；]{{1,12}}?(?:形式|方式))?"
                         f"(?:在[^，。；\\s]{{1,10}}?|在{_FAR_PLACE})?{_HOW}(?:隆重|盛大|成功|顺利|正式)?"
                         f"(?:举行|举办|召开|开幕|闭幕|登场|揭幕|启动|拉开(?:序幕|帷幕)|落下帷幕|落幕)"),
        attended=re.compile(f"出席(?:了)?“?(?P<name>{_NAME_CHARS}{{2,40}}?{_EVENT})”?(?:开幕式|闭幕式)?(?:时|并|上|(?=致辞|讲话))"),
        subject=re.compile(f"(?=[^。；]{{1,64}}?会)(?:《(?=[^《》]{{2,60}}?[会议坛]》))?{name}[”》]?{_ALSO_CALLED}?"
                           f"(?:开幕式|闭幕式|开幕会|闭幕会)?(?:{_WHEN})?(?:以[^，。；]{{1,12}}?(?:形式|方式))?(?:在[京北][^，。；\\s]{{0,6}}|[在于][^，。；\\s]{{1,10}}?|[在于]{_FAR_PLACE})?{_HOW}(?:隆重|盛大|成功|顺利|正式)?"
                           f"(?P<verb>举行|召开|开幕|闭幕|登场|揭幕|传达学习|表决通过|举办|拉开(?:序幕|帷幕)|落下帷幕|落幕)"
                           f"(?!以来|之后|以后|之前|前夕|之际|一周年|周年|会|式|词|[^，。；]{{0,20}}(?:讲座|宣誓仪式)"
                           f"|[一二两三四五六七八九十百\\d]+(?:年|个月|周年)(?:多|余)?(?:来|以来)"
                           f"|[一二两三四五六七八九十百\\d]+周年)"),  # …座谈会召开三年来, 召开10周年
        bracket=re.compile(f"【(?P<name>{_NAME_CHARS}{{0,40}}?{nouns})】(?P<by>[^。；【]{{0,20}}?)(?:召开|举行|开幕)"),
        party=re.compile(f"(?P<org>{_NAME_CHARS}{{2,20}}?党组)(?:认真|深入|专题)?"
                         f"(?:{alternation(cues['party_group_actions'])})"),
        study=re.compile(f"(?P<name>{_NAME_CHARS}{{2,20}}?(?:党组|党委|党总支|党支部)(?:开展|举行)?(?:理论学习)?中心组)"
                         f"(?:举行|召开|开展|进行|在[^，。；]{{1,8}}?组织)?(?P<kind>[^，。；]{{0,12}}?(?:集体学习|集中学习|扩大学习|专题学习|学习会"
                         f"|[（(]扩大[）)]学习)|学习(?!会))"),  # …党组开展理论学习中心组学习
        # 市工信局组织学习宣传党的十九届六中全会精神。…参加了此次会议: a body's study session (lead.py wants the
        # meeting told in the next sentences)
        studied=re.compile(f"(?P<org>{_NAME_CHARS}{{2,20}}?(?:局|厅|委|办|党组|党委|党支部|党总支))(?:组织|集中|专题)?"
                           f"(?P<name>学习(?:宣传|贯彻|传达)?[^，。；]{{2,40}}?精神)(?!以来|期间)"),
        activity=re.compile(f"(?:开展|举行|举办|召开|组织)(?:了)?(?:本月|本次|此次|一场|一次)?“?"
                            f"(?P<name>{_NAME_CHARS}{{2,40}}?(?:{_ACTIVITY.pattern}))”?"),
        activity_held=re.compile(f"(?P<name>{_NAME_CHARS}{{2,40}}?(?:{_ACTIVITY.pattern}))”?(?:{_WHEN})?"
                                 f"(?:在[^，。；\\s]{{1,16}})?(?:隆重|成功|顺利)?(?:举行|举办)"),
        talk=_TALK,
        talk_to=_TALK_TO,
        not_report=re.compile(alternation(cues["not_report"])),
        foreign=re.compile(_not_inside(alternation(cues["foreign"])) + "|" + cues["bilateral_re"]),
        foreign_title=re.compile(alternation(cues["foreign_title"])),
        bilateral=re.compile(cues["bilateral_re"]),
    ))


# Countries inside Chinese words: 内蒙古, 内蒙古巴彦淖尔, 海西蒙古族藏族自治州, 河南非公经济, 蒲公英国际
_INSIDE = {"蒙古": ("内", "族"), "古巴": ("蒙", ""), "南非": ("河", ""), "英国": ("公", "")}


def _not_inside(pattern: str) -> str:
    for country, (before, after) in _INSIDE.items():
        pattern = pattern.replace(country, f"(?<!{before}){country}" + (f"(?!{after})" if after else ""))
    return pattern


def _with_forms(p: Patterns) -> Patterns:
    """The forms candidates() tries, in order: (pattern, rule, what it needs in the sentence, how far back from
    that its name may start)."""
    return replace(p, forms=(
        (p.held_opening, "held", "的", 0), (p.held, "held", "会", 0), (p.subject, "subject", "会", 50),
        (p.held_talk, "held", "座谈", 0), (p.held_bare_talk, "held", "座谈", 0),
        (p.at, "at", "在", 0), (p.at_opening, "at", "上", 0), (p.at_event, "at", "上", 0), (p.at_held, "at", "在", 0),
        (p.heard, "heard", "从", 0), (p.heard_event, "heard", _HEARD_WORD, 0), (p.heard_said, "heard", "会", 0),
        (p.source, "source", "这是", 0), (p.bracket, "bracket", "】", 60),
        (p.party, "party", "党组", 24), (p.study, "study", "中心组", 24), (p.studied, "studied", "精神", 64),
        (p.activity, "activity", _ACTIVITY, 0), (p.activity_held, "activity", _ACTIVITY_HELD, 0),
        (p.event, "event", _EVENT_WORD, 0), (p.attended, "event", "出席", 0),
        (p.talk, "talk", "约谈", 0), (p.talk_to, "talk", "约谈", 0)))


def candidates(text: str, p: Patterns):
    """Every way the sentence may name a meeting held, the likeliest patterns first; each is tried only where
    what it needs (a word, or a cheap pattern) is in the sentence."""
    where: dict[str | re.Pattern[str], int] = {}  # (several forms need the same word)
    for pattern, rule, needs, reach in p.forms:
        at = where.get(needs)
        if at is None:
            at = where[needs] = _where(text, needs)
        if at < 0 or rule == "subject" and not SUBJECT_VERB.search(text, at):
            continue  # (a name then its verb: the verb comes after the 会 that ends the name)
        for match in pattern.finditer(text, max(0, at - reach) if reach else 0):  # a name reaches back `reach`
            if rule == "subject" and match.group("verb") == "举办" and not _HELD_AS_HOSTED.search(match.group("name")):
                continue  # 举办 holds a symposium, not a festival, fair or reading week (…大会在京举办)
            yield match, rule


def _where(text: str, needs: str | re.Pattern[str]) -> int:
    """Where what a form needs first is in the sentence, or -1."""
    if not isinstance(needs, str):
        return found.start() if (found := needs.search(text)) else -1
    at = text.find(needs)
    if needs == "会":
        if at < 0:
            at = text.find("仪式")  # 出席签字仪式: a signing ceremony
        if (dialogue := text.find("部级对话")) >= 0:
            at = min(at, dialogue) if at >= 0 else dialogue  # …产业合作部级对话在京召开
    return at
