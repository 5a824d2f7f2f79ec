"""An adverb and a verb glued by the segmenter's name joining are no coined name (issue 13, round 17, names13).

The segmenter joins single characters it cannot place into one unknown word (亿|咖|通 → 亿咖通), which is how coined
firm names show. An adverb followed by a verb so joined (只|看, 更|有, 更|受) is a verb phrase, no name, so the
suffix after it names no firm (只看公司展示的, 更有公司高管, 更受资本欢迎). A coined name that ends with a verb's
character and opens otherwise stays (闪送公司).

The sentences are real (the file each comes from is named beside it); each read a name there on main.
"""
from __future__ import annotations

import pytest

from newsfacts import extract_text


def _orgs(text: str) -> list[str]:
    return [f["text"] for f in extract_text(text).to_dict()["facts"] if f["type"] == "organization"]


@pytest.mark.parametrize("sentence, phrase", [
    # fixtures/unseen2_posts/articles/unseen2_post-10.txt
    ("需要辩证地、理性地去看待，而不是只看公司展示的高业绩要求。", "只看公司"),
    # fixtures/unseen4_posts/articles/unseen4_post-10.txt
    ("更有公司高管透露，挤出水分后，昔日900万代理人大军或只剩400多万。", "更有公司"),
    # fixtures/unseen6_posts/articles/unseen6_post-04.md
    ("再加之物流地产相较商业地产标准化更高、证券化难度更小，随着公募REITs推出，其更受资本欢迎。", "更受资本"),
])
def test_a_verb_phrase_names_no_firm(sentence, phrase):
    assert phrase not in _orgs(sentence)
