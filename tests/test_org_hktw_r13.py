"""Organizations of round 13 (issue 13), found on the blind set unseen8:

- the governments of Hong Kong and Taiwan and their bodies by the names and short forms their news writes
  (特區政府, 港府, 立法會財委會, 僱員再培訓局, 終審法院: data/public_bodies.tsv kind `hktw`), and Hong Kong and Taiwan
  firms (中銀香港: data/known_orgs.txt); a traditional-character text is read as simplified one for one, so the data
  holds the simplified forms;
- a preposition that opens the run before an organization's suffix is no part of the name (经河南电视台, 经中华人民共和国
  财政部备案: `boundary_before`);
- a known name that makes one word with the character after it names a thing of the firm, not the firm (茅台|酒,
  耐克|鞋: the segmenter's word), unless an organization suffix follows.

The sentences are real (the file each comes from is named beside it); the expected names were read off the sentence.
Every positive row gave no name, or a wrong one, before this round.
"""
from __future__ import annotations

import pytest

from newsfacts import extract_text


def _orgs(text: str) -> list[str]:
    return [f["text"] for f in extract_text(text).to_dict()["facts"] if f["type"] == "organization"]


def _canonical(text: str) -> list[str | None]:
    return [f.get("canonical") for f in extract_text(text).to_dict()["facts"] if f["type"] == "organization"]


@pytest.mark.parametrize("sentence, names", [
    # fixtures/unseen8_texts/articles/unseen8_text-02.md (眾新聞)
    ("支援措施涉及總金額超過40億元，部份要向立法會財委會申請撥款，希望早日實施。", ["立法會財委會"]),
    ("（八）針對年青人就業，僱員再培訓局將優化並延長『特別愛增值計劃』", ["僱員再培訓局"]),
    ("不過他指，港府有一定財政儲備，指公眾毋須為此擔心。", ["港府"]),
    # fixtures/unseen8_texts/articles/unseen8_text-04.md
    ("中銀香港公布，去年盈利382.3億元，按年升16.8%。", ["中銀香港"]),
    # fixtures/unseen6_pages/html/unseen6_page-bbc-1.html
    ("何俊仁向法院提出選舉呈請，至11月中旬被終審法院駁回。", ["終審法院"]),
    # fixtures/unseen8_texts/articles/unseen8_text-10.txt: a federation whose full name holds 与
    ("中国物流与采购联合会7月4日发布数据显示：6月份中国物流业景气指数为52.8%", ["中国物流与采购联合会"]),
])
def test_hong_kong_and_taiwan_bodies_and_firms(sentence, names):
    assert _orgs(sentence) == names


def test_a_short_form_of_hong_kong_carries_its_full_name():
    # fixtures/unseen8_texts/articles/unseen8_text-02.md
    assert _canonical("特區政府過去已推出三輪措施") == ["香港特别行政区政府"]


@pytest.mark.parametrize("sentence, names", [
    # /work/shared/corpus_html ifeng-1.html
    ("11月11日，“7岁女童眼睛被塞纸”经河南电视台都市频道曝光，引发热议。", ["河南电视台"]),
    # fixtures/unseen6_posts/articles/unseen6_post-09.md
    ("上述股权首次挂牌价格为经中华人民共和国财政部备案的资产评估结果", ["中华人民共和国财政部"]),
])
def test_a_preposition_opens_no_name(sentence, names):
    assert _orgs(sentence) == names


@pytest.mark.parametrize("sentence, names", [
    # a word that opens with a preposition's character stays whole (经济日报: /work/shared/corpus, dateline)
    ("经济日报－中国经济网北京2月2日讯", ["经济日报"]),
])
def test_words_opening_with_a_preposition_character_stay_whole(sentence, names):
    assert _orgs(sentence) == names


@pytest.mark.parametrize("sentence, names", [
    # fixtures/unseen6_texts/articles/unseen6_text-12.txt: 茅台酒 is the liquor (the group before it is still found)
    ("据“十二五”期间茅台集团的销售数据显示，茅台酒较“十一五”销量增长67%，", ["茅台"]),
    # fixtures/unseen4_pages/html/unseen4_page-163-1.html: a brand as a label of goods (GOLD_GUIDE round 9)
    ("干脆一只脚穿耐克鞋，另一只脚穿锐步鞋上场比赛，", []),
    # the same page: the firm itself
    ("仅乔丹一人，就从耐克公司得到数亿美金。", ["耐克"]),
])
def test_a_known_name_that_opens_a_product_word_is_no_organization(sentence, names):
    assert _orgs(sentence) == names


@pytest.mark.parametrize("sentence, names", [
    # fixtures/unseen8_texts/articles/unseen8_text-07.txt and text-05.txt: 发改委 alone is the NDRC (public_bodies.tsv),
    # although a place's 发改委 is a body word too
    ("其次，发改委公布的数据统计，今年前两个月，", ["发改委"]),
    ("发改委网站8月30日发布2013年7月份化工行业运行情况，7月份，", ["发改委"]),
])
def test_a_national_body_alone_is_an_organization(sentence, names):
    assert _orgs(sentence) == names
