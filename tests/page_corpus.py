"""Thirty-two article pages imitating the structure of real outlets (written for these tests).

Each outlet is a chrome around the article: its head metadata, nav bars, dateline, article
container, editor and source lines, share widgets, related links, comments and footer, in the
encoding the site serves.  The article sentences are our own.  `pages()` yields each page with
what extraction must find (title, date, outlet, body sentences) and must not keep (chrome).
Measured by benchmarks/eval_pages.py; tests/test_read_outlets.py keeps the figures from falling.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

ARTICLES = (
    ("工信部召开部分省市工业经济运行座谈会", dt.date(2022, 3, 18), (
        "3月18日，工业和信息化部召开部分省市工业经济运行情况视频座谈会，分析一季度工业形势，部署下一步稳增长工作。",
        "会议指出，今年以来各地工业生产总体平稳，但原材料价格高位波动，中小企业经营压力有所加大。",
        "会上，江苏、浙江、广东、山东等8个省市工业和信息化主管部门负责同志作了交流发言。",
    )),
    ("全国工业和信息化系统召开电视电话会议", dt.date(2021, 11, 5), (
        "11月5日，全国工业和信息化系统电视电话会议在北京召开，总结前三季度工作，安排四季度重点任务。",
        "会议强调，要抓好能源原材料保供稳价，保障产业链供应链稳定，全力完成全年目标任务。",
        "各省、自治区、直辖市及计划单列市工业和信息化主管部门负责同志在分会场参加会议。",
    )),
    ("省工信厅召开制造业数字化转型推进会", dt.date(2023, 6, 9), (
        "6月9日，省工业和信息化厅召开制造业数字化转型推进会，交流各地工作经验，部署下半年重点工作。",
        "会议要求，各市要聚焦重点行业，加快工业互联网平台建设，推动更多中小企业上云用数赋智。",
        "厅党组成员、副厅长出席会议并讲话，各设区市工信部门负责同志参加会议。",
    )),
)


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str  # the structure imitated
    encoding: str
    outlet: str  # the outlet extraction should name ("" when the page does not say)
    head: str  # extra <head> content
    top: str  # chrome before the article
    open: str  # the article container, opened; {title} and {date} are filled
    close: str  # chrome after the paragraphs, inside and after the container
    para: str = "<p>{p}</p>"
    chrome: tuple[str, ...] = ()  # text that must not reach the article


def page(outlet: Outlet, n: int) -> tuple[bytes, dict]:
    title, day, paragraphs = ARTICLES[n % len(ARTICLES)]
    fill = {"{title}": title, "{date}": f"{day:%Y-%m-%d}", "{cn_date}": f"{day:%Y年%m月%d日}",
            "{ymd}": f"{day:%Y%m%d}", "{ym}": f"{day:%Y%m}", "{d}": f"{day:%d}"}
    body = "\n".join(outlet.para.replace("{p}", p) for p in paragraphs)
    html = (f'<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
            f'charset={outlet.encoding}">\n{outlet.head}\n</head>\n<body>\n{outlet.top}\n{outlet.open}\n{body}\n'
            f"{outlet.close}\n</body>\n</html>\n")
    for key, value in fill.items():
        html = html.replace(key, value)
    expect = {"title": title, "date": day, "outlet": outlet.outlet, "body": paragraphs, "chrome": outlet.chrome}
    return html.encode(outlet.encoding, errors="xmlcharrefreplace"), expect


def pages() -> Iterator[tuple[str, bytes, dict]]:
    for n, outlet in enumerate(OUTLETS):
        data, expect = page(outlet, n)
        yield outlet.name, data, expect


NAV = '<div class="nav"><a href="/">首页</a> | <a href="/news/">新闻</a> | <a href="/gov/">政务</a> | <a href="/fw/">服务</a> | <a href="/hd/">互动</a></div>'
GOV_FOOT = '<div class="footer"><p>主办单位：{org} 承办单位：{org}办公室</p><p>网站标识码：bm07000001 京ICP备05000001号 京公网安备11010202000001号</p></div>'
SHARE = '<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>'
RELATED = '<div class="related"><h3>相关新闻</h3><ul><li><a href="/r1.html">{r1}</a></li><li><a href="/r2.html">{r2}</a></li></ul></div>'


def _gov(name: str, org: str, *, encoding: str = "utf-8", container: str = '<div class="ccontent" id="con_con">',
         meta: bool = True, info: str = "发布时间：{date}　来源：{org}") -> Outlet:
    head = (f'<meta name="SiteName" content="{org}"><meta name="ArticleTitle" content="{{title}}">'
            f'<meta name="PubDate" content="{{date}} 10:00"><meta name="ContentSource" content="{org}">'
            if meta else "") + f"<title>{{title}}_{org}</title>"
    return Outlet(
        name, encoding, org, head, NAV + '<div class="crumb">当前位置：<a href="/">首页</a> &gt; 工作动态</div>',
        f'<div class="article"><h1>{{title}}</h1><div class="info">{info.replace("{org}", org)}'
        '　【字体：<a>大</a> <a>中</a> <a>小</a>】 <a href="javascript:window.print()">打印本页</a></div>' + container,
        '</div></div><div class="close"><a href="javascript:window.close()">关闭窗口</a></div>'
        + GOV_FOOT.replace("{org}", org),
        chrome=("网站标识码", "打印本页", "关闭窗口", "当前位置", "ICP备"),
    )


def _news(name: str, site: str, *, encoding: str = "utf-8", og: bool = True, dateline: str = "{cn_date} 09:30　来源：{site}",
          container: str = '<div class="article-content">', editor: str = "<p class=\"editor\">（责任编辑：林晓）</p>",
          extra: str = "", para: str = "<p>{p}</p>", comments: bool = False) -> Outlet:
    head = f"<title>{{title}}_{site}</title>"
    if og:
        head += (f'<meta property="og:site_name" content="{site}"><meta property="og:title" content="{{title}}">'
                 '<meta property="article:published_time" content="{date}T09:30:00+08:00">')
    else:
        head += '<meta name="publishdate" content="{date}">'
    talk = ('<div class="comments"><h3>网友评论</h3><div class="c"><b>用户8812</b><p>说得好，实体经济是根本，支持！</p></div>'
            '<div class="c"><b>路人丙</b><p>希望政策早点落到企业身上。</p></div></div>') if comments else ""
    return Outlet(
        name, encoding, site, head,
        NAV.replace("政务", "财经") + f'<div class="logo">{site}</div>',
        f'<div class="main"><h1 class="title">{{title}}</h1><div class="source">{dateline.replace("{site}", site)}</div>{extra}'
        + container,
        f"{editor}</div>{SHARE}" + RELATED.replace("{r1}", "多地出台稳工业增长新举措").replace("{r2}", "前5月规上工业增加值同比增长")
        + talk + f'</div><div class="footer">Copyright © 2022 {site} 版权所有 未经授权禁止转载</div>',
        para=para,
        chrome=("分享到", "相关新闻", "多地出台稳工业增长新举措", "版权所有", "用户8812", "说得好") + (("网友评论",) if comments else ()),
    )


OUTLETS = (
    _gov("miit.gov.cn", "中华人民共和国工业和信息化部"),
    _gov("gov.cn", "中国政府网", container='<div class="pages_content" id="UCAP-CONTENT">',
         info="{date} 10:00　来源：{org}"),
    _gov("ndrc.gov.cn", "国家发展和改革委员会", container='<div class="TRS_Editor">'),
    _gov("provincial jxt (TRS zoom)", "浙江省经济和信息化厅", container='<div id="zoom">'),
    _gov("provincial gdii (GB2312)", "广东省工业和信息化厅", encoding="gb2312", container='<div class="article-content">'),
    _gov("provincial gxt (GBK, no gov meta)", "河南省工业和信息化厅", encoding="gbk", meta=False, container='<div class="con">'),
    _gov("city bureau (JCMS)", "苏州市工业和信息化局", container='<div id="c"><div class="art_con">'),
    _gov("provincial (table layout)", "四川省经济和信息化厅", encoding="gb18030",
         container='<table width="100%"><tr><td class="content">'),
    _news("sina finance", "新浪财经", encoding="gb2312", container='<div class="article" id="artibody">',
          editor='<p class="article-editor">责任编辑：王晓东</p>', comments=True),
    _news("people.com.cn", "人民网", encoding="gb2312", og=False, container='<div class="rm_txt_con cf">',
          editor='<div class="edit cf">(责编：李明、张华)</div>'),
    _news("xinhuanet", "新华网", container='<div id="detail">', editor='<span class="editor">【责任编辑:赵磊】</span>'),
    _news("chinanews", "中国新闻网", og=False, container='<div class="left_zw">',
          dateline="{cn_date} 09:30　来源：中国新闻网"),
    _news("ce.cn (GB2312)", "中国经济网", encoding="gb2312", og=False, container='<div class="TRS_Editor">'),
    _news("cctv.com", "央视网", container='<div class="cnt_bd">', dateline="央视网消息　{cn_date} 09:30"),
    _news("thepaper", "澎湃新闻", container='<div class="index_cententWrap__Jv8jK">', comments=True),
    _news("163 news", "网易", container='<div class="post_body">', dateline="{date} 09:30:12　来源: 网易新闻",
          comments=True),
    _news("sohu repost", "搜狐", container='<article class="article" id="mp-editor">',
          editor='<p>返回搜狐，查看更多</p><p>责任编辑：</p>'),
    _news("qq news", "腾讯网", container='<div class="content-article">'),
    _news("ifeng", "凤凰网", container='<div class="main_content">'),
    _news("eastmoney", "东方财富网", container='<div id="ContentBody">',
          extra='<div class="abstract">摘要：工信部部署稳增长工作。</div>'),
    _news("stcn", "证券时报网", container='<div class="detail-content">'),
    _news("cs.com.cn (GBK)", "中证网", encoding="gbk", og=False, container='<div class="article-t">'),
    _news("21jingji", "21世纪经济报道", container='<div class="txtContent">'),
    _news("yicai", "第一财经", container='<div class="m-txt">'),
    _news("jiemian", "界面新闻", container='<div class="article-content">', comments=True),
    _news("cnstock (GB2312)", "上海证券报·中国证券网", encoding="gb2312", og=False, container='<div class="content" id="qmt_content_div">'),
    _news("repost site with disclaimer", "资讯转载网", og=False, container='<div class="content">',
          editor="<p>声明：本文援引自互联网，仅代表作者观点，与本站无关，如有侵权请联系删除。</p>"),
    _news("wechat-style mirror", "某公众号", container='<div class="rich_media_content" id="js_content">',
          editor='<p>来源：工信微报</p><p>点击“阅读原文”了解更多</p>', para='<section><p>{p}</p></section>'),
    _news("big5 mirror (gov gate)", "中國政府網", encoding="big5", og=False, container='<div class="pages_content">',
          dateline="{date} 10:00　來源：中國政府網", editor="<div class=\"editor\">責任編輯：陳明</div>"),
    _news("hong kong daily (Big5)", "香港商報網", encoding="big5", container='<div class="post-body">',
          dateline="{date} 09:30　來源：本網綜合", editor="<p>（編輯：何志）</p>"),
    _news("taiwan news (UTF-8)", "兩岸財經", container='<div class="paragraph">', dateline="{date} 09:30"),
    _news("br-separated old site", "中国工业新闻网", encoding="gbk", og=False, container='<div class="text">',
          para="{p}<br><br>"),
)
