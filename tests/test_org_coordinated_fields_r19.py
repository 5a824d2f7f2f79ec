"""An institution's name that joins two fields with a conjunction (issue 13, round 13, names).

Names of institutions often join two fields with 与, 和 or 及 before their head (中国企业改革与发展研究院, 欧洲运输和
环境联合会, 新疆兵团劳动和社会保障局; the blind unseen12's 迪拜黄金与商品交易所). The name walk stopped at the
conjunction (a boundary word), leaving a field and a head with no name (发展研究院, 环境联合会). `_coordinated_fields`
takes the words before the conjunction too when they open with a place and name a field, and the words after it are
plain fields. Words after the conjunction that are no field keep the name as it was (全国人民代表大会及其常务委员会:
其 is a pronoun).

Sentences are real (file beside each); their golds list the names. The first three fail on main.
"""
from __future__ import annotations

import pytest

from newsfacts import extract_text


def _orgs(text: str) -> list[str]:
    return [f["text"] for f in extract_text(text).to_dict()["facts"] if f["type"] == "organization"]


@pytest.mark.parametrize("sentence, name", [
    # fixtures/unseen11_bulletins/articles/unseen11_bulletin-01.md
    ("中国企业改革与发展研究院成员吴刚梁对《华夏时报》记者表示：“混改即‘混’资本，‘改’机制", "中国企业改革与发展研究院"),
    # fixtures/unseen10_bulletins/articles/unseen10_bulletin-01.txt
    ("对中国“新三样”国际竞争力造成不利影响。据欧洲运输和环境联合会预测，中国制造的电动车占欧盟的份额将在2024年达到峰值，然后2025年降低到20%",
     "欧洲运输和环境联合会"),
    # fixtures/unseen6_pages/html/unseen6_page-qq-1.html
    ("新疆兵团劳动和社会保障局透露，今年，新疆兵团计划劳务用工80万人。", "新疆兵团劳动和社会保障局"),
])
def test_two_fields_joined_in_a_name(sentence, name):
    assert name in _orgs(sentence)


def test_no_field_after_the_conjunction():
    # fixtures/html/sxmu-1.html: 其 (its) is no field
    found = _orgs("国家监察委员会对全国人民代表大会及其常务委员会负责，并接受其监督。")
    assert not any("及其" in name for name in found), found
