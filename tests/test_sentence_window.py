"""A fact's `sentence` is its whole sentence, or in a very long sentence a window of clauses around it
(issue 17: a 209 KB sentence full of numbers gave output quadratic in its length).

The sentence is the longest of the project's articles (fixtures/corpus/sina_hexo-004.txt, 274
characters); the long one repeats its clauses until it runs thousands of characters.
"""
from __future__ import annotations

import json

from conftest import CORPUS, extracted

from newsfacts.grammar import CLAUSE_END
from newsfacts.limits import SENTENCE_REACH
from newsfacts.pipeline import extract_text

LONGEST = ("主要行业利润情况如下：石油、煤炭及其他燃料加工业利润总额同比增长3.87倍，石油和天然气开采业增长2.84倍，"
           "煤炭开采和洗选业增长2.23倍，有色金属冶炼和压延加工业增长1.50倍，黑色金属冶炼和压延加工业增长1.04倍，"
           "化学原料和化学制品制造业增长1.02倍，计算机、通信和其他电子设备制造业增长29.8%，非金属矿物制品业增长15.4%，"
           "电气机械和器材制造业增长13.3%，通用设备制造业增长11.1%，专用设备制造业增长10.0%，纺织业增长4.6%，"
           "汽车制造业下降3.4%，农副食品加工业下降7.2%，电力、热力生产和供应业下降38.6%。")
CLAUSES = LONGEST.removeprefix("主要行业利润情况如下：").removesuffix("。")


def _long_sentence(repeats: int) -> str:
    """One sentence of `repeats` × the clauses of LONGEST (about 260 characters each), one full stop."""
    return "主要行业利润情况如下：" + "，".join([CLAUSES] * repeats) + "。"


def test_the_longest_real_sentence_stays_whole():
    doc = extracted(str(CORPUS / "sina_hexo-004.txt"))
    assert LONGEST in doc.text
    inside = [f for f in doc.facts if f.where == "body" and f.sentence_start <= f.start < f.sentence_end
              and doc.text[f.sentence_start:f.sentence_end] == LONGEST]
    assert len(inside) >= 15                            # 3.87倍 … 38.6%: every number of it, each with it whole
    assert all(f.sentence == LONGEST for f in inside)


def test_a_long_sentence_is_cut_to_clauses_around_each_fact():
    text = _long_sentence(20)
    assert len(text) > 5000
    doc = extract_text(text)
    percents = [f for f in doc.facts if f.type in ("percent", "quantity", "count")]
    assert len(percents) >= 20 * 13
    for fact in doc.facts:
        assert doc.text[fact.sentence_start:fact.sentence_end] == fact.sentence
        assert fact.sentence_start <= fact.start and fact.end <= fact.sentence_end
        assert fact.start - fact.sentence_start <= SENTENCE_REACH and fact.sentence_end - fact.end <= SENTENCE_REACH
        # cut at a clause mark: the window opens after one (or at the sentence's start) and closes on one
        assert fact.sentence_start == 0 or doc.text[fact.sentence_start - 1] in CLAUSE_END
        assert doc.text[fact.sentence_end - 1] in CLAUSE_END
    middle = next(f for f in doc.facts if f.text == "29.8%" and f.start > len(text) // 2)
    assert len(middle.sentence) > SENTENCE_REACH        # the window keeps the clauses within reach, not one clause


def test_output_grows_linearly_with_a_long_sentence():
    sizes = [len(json.dumps(extract_text(_long_sentence(n)).to_dict(include_text=False), ensure_ascii=False))
             for n in (20, 40)]
    assert sizes[1] < 2.2 * sizes[0], sizes
