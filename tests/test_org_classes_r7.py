"""Organization classes of round 7 (issue 13): local bodies named with their place or with one character for it
(县人武部, 绥德县退役军人事务局, 连云港市消防救援支队, 中原区政法委) and the departments of a Party committee
(福建省委组织部). The sentences are real (the file each comes from is named beside it); the expected names were
read off the sentence."""
from __future__ import annotations

import pytest

from newsfacts import extract_text


def _orgs(text: str) -> list[str]:
    return [f["text"] for f in extract_text(text).to_dict()["facts"] if f["type"] == "organization"]


@pytest.mark.parametrize("sentence, name", [
    # fixtures/unseen5_pages/html/unseen5_page-wechat-1.html
    ("7月29日上午，在第95个“八一”建军节来临之际，绥德县在县消防救援大队成功举行了庆“八一”双拥文艺汇演。", "县消防救援大队"),
    ("县委常委、县人武部政委赵山学，县委常委、政法委书记殷树斌，人大副主任徐向挺出席。", "县人武部"),
    ("副局长郝向东宣读了《绥德县退役军人事务局关于表彰绥德县首届“最美退役军人”的决定》。", "绥德县退役军人事务局"),
    # fixtures/corpus/sina_hexo-061.txt
    ("根据中国长安网发布的中原区政法委人士朋友圈截图，有了这份保险，全区居民因意外受伤可获得赔偿。", "中原区政法委"),
    # /work/shared/corpus_html/163-6.html and 163-7.html (the related-links lists of those pages)
    ("连云港市消防救援支队调派14辆消防车、70名指战员扑救。", "连云港市消防救援支队"),
    ("近日，福建省委组织部发布两则罕见的任前公示：屏南县长王旭东、长泰县长陈力予，拟跨省任职。", "福建省委组织部"),
    ("最新消息：9月7日上午，就“老虎表演中从笼中逃脱”一事，原阳县委宣传部相关负责人表示。", "原阳县委宣传部"),
    ("丽水市委统战部副部长、市民宗局局长钟建安涉嫌严重违纪违法，主动投案。", "丽水市委统战部"),
])
def test_local_bodies_are_found(sentence, name):
    assert name in _orgs(sentence)


def test_a_conjunction_before_a_level_character_is_no_county():
    # unseen5_page-wechat-1.html: 和 joins the two bodies; 和县 is a county of Anhui only when written after its province
    sentence = "文艺节目向县武装部、县武警中队和县消防救援大队的全体官兵进行了慰问演出。"
    orgs = _orgs(sentence)
    assert "县武装部" in orgs and "和县消防救援大队" not in orgs
