"""申万 2014 first-level names that the 2021 edition renamed are still sectors (issue 13, round 13, names).

Market reports written before 2021 (and many after) list the Shenwan industries by their 2014 names: 电气设备 (now
电力设备), 休闲服务 (now 社会服务), 商业贸易 (now 商贸零售); 文化传媒 is the 2014 second level of 传媒. The taxonomy
(data/sources/policy_sectors.tsv) gives them as forms of the 2021 sectors; the text stays as written.

Sentences are real (file beside each); the expected sectors were read off the sentence. They fail on main.
"""
from __future__ import annotations

import pytest

from newsfacts import extract_text


def _sectors(text: str) -> list[tuple[str, str]]:
    return [(f["name"], f["text"]) for f in extract_text(text).to_dict()["facts"] if f["type"] == "sector"]


@pytest.mark.parametrize("sentence, expected", [
    # fixtures/unseen11_texts/articles/unseen11_text-01.txt (its gold lists 电气设备)
    ("预喜公司主要集中在化工、机械设备、医药生物、电子、电气设备和轻工制造领域，分别有94家、75家",
     ("电力设备", "电气设备")),
    # fixtures/unseen3_posts/articles/unseen3_post-08.txt
    ("50家上榜公司中，计算机、休闲服务和传媒行业的公司最多，分别有6家、6家、5家。", ("社会服务", "休闲服务")),
    # fixtures/unseen11_pages/html/unseen11_page-04.html (its gold lists 文化传媒)
    ("大力支持涉及内需民生行业的医疗保健、教育、文化传媒等服务产业，运用投行、信托、租赁等综合金融工具", ("传媒", "文化传媒")),
])
def test_a_renamed_shenwan_industry(sentence, expected):
    assert expected in _sectors(sentence)


def test_mining_alone_stays_a_verb():
    # 采掘 alone is the miners' word (采掘工作面), no sector; only 采掘业 is (as 采矿业)
    assert not _sectors("煤矿采掘工作面要加强通风管理。")
