"""A speech's full text published as the item reports the meeting it was given at and its speaker.
Every line is written for the test (invented speech; the minister's name is the lexicon's)."""

from __future__ import annotations

import dataclasses

from kg.extract import extract
from kg.model import SPEAKER, Meeting, NotMeeting
from tests.docs import make_doc


def _page(*lines: str):  # noqa: ANN202
    return dataclasses.replace(make_doc("", *lines), published=None, url="http://news.example.com/xinwen/69012655")


def test_a_speech_text_with_its_heading_byline_and_dateline_reports_its_meeting() -> None:
    m = extract(_page("苗圩在2018世界某某大会开幕式上的致辞", "打造开放合作的全球生态体系", "——在2018世界某某大会开幕式上的致辞",
                      "工业和信息化部部长苗圩", "（2018年8月15日，北京）", "尊敬的各位嘉宾，女士们、先生们、朋友们：",
                      "大家好！欢迎参加2018世界某某大会，共同研讨科技和产业发展。"))
    assert isinstance(m, Meeting) and m.name == "2018世界某某大会开幕式" and str(m.date) == "2018-08-15"
    assert [p.participant for p in m.participations if p.role == SPEAKER] == ["苗圩"]


def test_a_speech_heading_cited_in_a_sentence_or_without_a_speech_is_no_transcript() -> None:
    assert isinstance(extract(_page("某局组织干部学习《在全国某某工作会议上的讲话》，大家表示深受教育。",
                                    "学习结束后，各处室结合实际谈了体会。")), NotMeeting)
    assert isinstance(extract(_page("部长在2018世界某某大会开幕式上的致辞", "本站将于近期刊发全文，敬请关注。")), NotMeeting)
