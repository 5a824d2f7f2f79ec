"""A listing names its company, whatever its words (issue 13, round 12, names12).

- A ticker after its exchange in brackets (`exchanges`: 畅游（NASDAQ：CYOU）, 红黄蓝教育(NYSE：RYB)) labels the clause
  item before it as a listed company, even one the segmenter tags a verb (畅游, "to swim freely").
- A market report's quote, a move and a price in money (`quote_moves`, `quote_currencies`: 途牛跌7.69%报6.00美元)
  has a listed company as its subject; an index closes at points (道指涨190.87点) and a rate is X兑Y.

Sentences are real: fixtures/unseen10_texts/articles/unseen10_text-03.txt, -04.txt, -05.txt (their golds list these
names); all but 百度 and 搜狐 were missed on main.
"""
from __future__ import annotations

from newsfacts import extract_text


def _orgs(text: str) -> list[str]:
    return [f["text"] for f in extract_text(text).to_dict()["facts"] if f["type"] == "organization"]


def test_a_ticker_after_its_exchange():
    found = _orgs("新浪科技讯 北京时间11月5日下午消息，畅游（NASDAQ：CYOU）今天发布截至2018年9月30日的第三财季未审计财报，"
                  "财报显示，畅游当季总营收1.18亿美元，同比减少29%，环比增长5%，超出公司指引。")
    assert "畅游" in found, found
    found = _orgs("北京时间11月20日，红黄蓝教育(NYSE：RYB)发布第三季度未经审计财务业绩报告。")
    assert "红黄蓝教育" in found, found


def test_shares_quoted_by_move_and_price():
    found = _orgs("中概股涨跌不一，其中4支股票跌幅超过6%，凌动智行跌9.78%报0.46美元，途牛跌7.69%报6.00美元，流利说跌6.43%报9.90美元，"
                  "小牛电动跌6.09%报8.64美元；58同城跌3.87%报66.82美元，百度跌2.11%报190.59美元，阿里巴巴跌2.06%报144.55美元。")
    for name in ("凌动智行", "途牛", "流利说", "小牛电动", "58同城", "百度", "阿里巴巴"):
        assert name in found, (name, found)


def test_an_index_or_a_rate_is_no_company():
    found = _orgs("美东时间11月5日16：00（北京时间11月6日05：00），道指涨190.87点，或0.76%，报25461.70点；"
                  "标普500指数涨15.25点，或0.56%，报7328.85点；纳指跌28.14点，或0.38%，报7328.85点。")
    assert not {"道指", "纳指"} & set(found), found
    # fixtures/unseen2_pages/html/unseen2_page-sina-1.html: a rate's quote, with no company
    assert not _orgs("北京时间9：45，在岸人民币兑美元跌0.06%，报6.559元；香港时间9：46，离岸人民币兑美元升0.01%，报6.5654元，"
                     "在岸与离岸人民币价差报64点。"), "a rate"
