"""Market indices' short names and 国家队 are no organizations (issue 13, round 12, names12).

`not_names` gains 道指, 纳指, 沪指, 深成指, 恒指 (indices: 道指涨190.87点) and 国家队 (the "national team", of state funds
or of athletes); no gold of the studied sets lists any of them. A list walk took 道指 as the neighbour of 标普
(`道指与标普攀升`).

Sentences are real: fixtures/unseen10_texts/articles/unseen10_text-05.txt and unseen10_text-02.txt (their golds have
neither); both fail on main.
"""
from __future__ import annotations

from newsfacts import extract_text


def _orgs(text: str) -> list[str]:
    return [f["text"] for f in extract_text(text).to_dict()["facts"] if f["type"] == "organization"]


def test_an_index_is_no_organization():
    found = _orgs("新浪科技讯 北京时间11月6日凌晨消息，美股周一收盘涨跌不一。银行股推动道指与标普攀升。科技股拖累纳指下滑。")
    assert not {"道指", "纳指"} & set(found), found


def test_the_national_team_is_no_organization():
    found = _orgs("分析人士表示，这体现了邮政集团对邮储银行未来发展前景的坚定信心，对邮储银行价值的充分认可以及对国内资本市场长期投资价值的"
                  "持续看好，有利于提升投资者信心、维护市场稳定，体现了邮政集团作为“国家队”的担当精神以及对于中小投资者的呵护。")
    assert "国家队" not in found, found
