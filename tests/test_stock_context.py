"""What a stock link's `in_context` means (issue 13, round 6, the lead's decision; README "Decisions", stock links):
the listed company, also as an employer, a department or unit, its reports or facilities, is in context; an ordinary
word, a place or a piece of another organization's name is not; links to indexes, bonds and funds are entries never
in context. The articles are real (named beside each row); the expected values were read off the article's sentence."""
from __future__ import annotations

from pathlib import Path

import pytest

from newsfacts import extract, extract_text
from newsfacts.extractors.stocks import is_brand_word, is_company_code

ROOT = Path(__file__).resolve().parent.parent
U3 = "fixtures/unseen3_posts/articles/"


def _stocks(path: str) -> dict[str, bool]:
    return {s["code"]: s["in_context"] for s in extract(str(ROOT / path)).to_dict()["stocks"]}


@pytest.mark.parametrize("path, code, in_context", [
    (U3 + "unseen3_post-02.txt", "601818.SH", True),     # 光大银行金融市场部宏观研究员周茂华: a department of the bank
    (U3 + "unseen3_post-04.txt", "600016.SH", True),     # 中国民生银行首席研究员温彬: the employer, by its fuller name
    (U3 + "unseen3_post-04.txt", "600030.SH", True),     # 中信证券首席FICC分析师明明
    (U3 + "unseen3_post-03.txt", "601988.SH", True),     # 中国银行研究院高级研究员梁婧: the bank's institute
    (U3 + "unseen3_post-08.txt", "300033.SZ", True),     # 数据宝、同花顺联合发布《…》: an ordinary-looking name as subject
    (U3 + "unseen3_post-11.txt", "000166.SZ", True),     # 申万宏源证券研报认为 (the segmenter cuts 申|万|宏源证券)
    (U3 + "unseen3_post-09.txt", "002594.SZ", True),     # 比亚迪汽车工业园（深汕）项目: the company's facility
    (U3 + "unseen3_post-07.txt", "601229.SH", False),    # 上海银行间同业拆放利率: 银行间 (interbank) is the word
    (U3 + "unseen3_post-02.txt", "206001.SH", False),    # DR001: a bond repo's quote link, no company
    (U3 + "unseen3_post-07.txt", "206007.SH", False),    # DR007
    ("fixtures/corpus/sina_hexo-047.txt", "399300.SZ", False),              # 沪深300指数: an index
    ("fixtures/unseen1_posts/articles/unseen_post-09.txt", "600050.SH", False),   # 中国联通集团公司: the holding group
    # 中国银行保险监督管理委员会主席郭树清: the link opens the regulator's name (a commission), another organization
    ("fixtures/unseen4_posts/articles/unseen4_post-11.txt", "601988.SH", False),
])
def test_in_context_follows_the_words_after_the_name(path, code, in_context):
    assert _stocks(path)[code] is in_context


@pytest.mark.parametrize("code, company", [
    ("600016.SH", True), ("688281.SH", True), ("002382.SZ", True), ("300024.SZ", True), ("833266.BJ", True),
    ("000300.SH", False), ("399300.SZ", False), ("206001.SH", False), ("510300.SH", False),
    ("03750.HK", True), ("LI.US", True),
])
def test_company_codes(code, company):
    assert is_company_code(code) is company


def _orgs(text: str) -> list[str]:
    return [f["text"] for f in extract_text(text).to_dict()["facts"] if f["type"] == "organization"]


@pytest.mark.parametrize("sentence, name", [
    # the words between an employer and a role qualify the role (fixtures/unseen3_posts/articles/unseen3_post-01, -04)
    ("”东方金诚首席宏观分析师王青认为，当前市场中期利率在政策利率附近小幅波动，中长期流动性整体处于“不松不紧”状态。", "东方金诚"),
    ("中信证券首席FICC分析师明明认为，相比于MLF降息，选择LPR降息更显稳健。", "中信证券"),
    ("中国民生银行首席研究员温彬也表示，新增长期资金7500亿元，同时继续开展100亿元7天期逆回购操作。", "中国民生银行"),
    # a place word of two characters opens a coined name (东方|金城, fixtures/corpus/sina_hexo-057.txt)
    ("东方金城研报认为，从目前的政策效果来看，“保交楼”方面，8月竣工面积同比降幅有明显回落，显示相关政策初现成效。", "东方金城"),
])
def test_role_qualifiers_are_no_part_of_the_name(sentence, name):
    assert _orgs(sentence) == [name]


@pytest.mark.parametrize("name, brand", [
    # one word the dictionary tags as a person's name is a coined brand (listed short names of the corpus links)
    ("比亚迪", True), ("同花顺", True),
    # unless it is a place (tagged so too), an ordinary word, or longer than an ordinary word can be (a landmark's)
    ("陆家嘴", False), ("张家界", False), ("连云港", False), ("机器人", False), ("新产业", False), ("东方明珠", False),
])
def test_brand_words(name, brand):
    assert is_brand_word(name) is brand
