"""An institution named by its place and its field is a name (issue 13, round 12, names12).

A strict suffix (大学, 学院, 医院 …) needed a name right before it (千禧一代大学 is none); the grammar of many institutions
is place + field + head (广东|工业|大学, 禹州|光明|医院), with common nouns between the place and the head
(`_placed_field`: the first word a place, every word before the head a plain noun, three words or more).

Sentences are real: fixtures/unseen10_bulletins/articles/unseen10_bulletin-05.txt and fixtures/html/ifeng-1.html
(holdout_html3); their golds list both names. Both fail on main.
"""
from __future__ import annotations

from newsfacts import extract_text


def _orgs(text: str) -> list[str]:
    return [f["text"] for f in extract_text(text).to_dict()["facts"] if f["type"] == "organization"]


def test_a_university_named_by_place_and_field():
    found = _orgs("经历了一年的奔波找工作后，广东工业大学大四学生江枫总结，就业时最需要的是放平心态。")
    assert "广东工业大学" in found, found


def test_a_hospital_named_by_place_and_field():
    found = _orgs("事发次日，小花家说小花眼睛里又出了纸，让去检查，小刚母亲便陪他们带小花去了禹州光明医院。")
    assert "禹州光明医院" in found, found


def test_no_name_without_a_place():
    # fixtures/corpus/sina_hexo-062.txt: no place opens 千禧一代大学生 (a generation's students)
    found = _orgs("1981年至1996年出生的千禧一代大学生没赶上这波福利，但校园外等待他们的，是中国在2001年到2019年近20年里9%的GDP年均增长。")
    assert not any(name.endswith("大学") for name in found), found
