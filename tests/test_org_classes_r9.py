"""Organization classes of round 9 (issue 13): the organization named by the role it fills in the sentence. Only an
organization has a chairman, a president, a CEO or a spokesman, so the words right before such a title, when a
person's name follows it, are an organization's name, common nouns included (地标金融总裁刘侠风, 小米董事长、CEO雷军).
The sentences are real (the file each comes from is named beside it); the expected names were read off the sentence."""
from __future__ import annotations

import pytest

from newsfacts import extract_text


def _orgs(text: str) -> list[str]:
    return [f["text"] for f in extract_text(text).to_dict()["facts"] if f["type"] == "organization"]


@pytest.mark.parametrize("sentence, name", [
    # fixtures/unseen6_texts/articles/unseen6_text-11.txt
    ("地标金融总裁刘侠风也告诉记者，“看趋势，首付贷肯定要叫停", "地标金融"),
    # fixtures/unseen6_posts/articles/unseen6_post-07.md: a second title between the first and the person
    ("4、小米董事长、CEO雷军和集团总裁卢伟冰 、集团副总裁王晓雁在小米吐鲁番夏测基地直播", "小米"),
    # fixtures/unseen5_pages/html/unseen5_page-163-1.html
    ("劲旅网CEO魏长仁对21世纪经济报道记者表示，在这样的竞争格局下，企业在未来将各有打法。", "劲旅网"),
    # fixtures/unseen4_pages/html/unseen4_page-chinesenewsnet-1.html
    ("头两天播客的下载量就达到了100万次，苹果CEO乔布斯乐观地表示，把播客这个新玩意放到iTunes中", "苹果"),
    # fixtures/unseen4_posts/articles/unseen4_post-04.txt
    ("商务部原副部长、中国国际经济交流中心副理事长魏建国接受21世纪经济报道采访时表示", "中国国际经济交流中心"),
    # fixtures/unseen6_pages/html/unseen6_page-kuqin-1.html: a transliterated person's name after the title
    ("不存在竞争\nSun发言人卡伦·卡恩(Karen Kahn)拒绝就交易发表评论", "Sun"),
    # /work/shared/corpus_html/163-1.html
    ("“龙湖质量”的标榜意义甚至高于以产品质量著称的绿城中国，绿城创始人宋卫平还曾以龙湖为榜样", "绿城"),
])
def test_the_holder_of_an_officers_title_names_an_organization(sentence, name):
    assert name in _orgs(sentence)


@pytest.mark.parametrize("sentence, not_name", [
    # fixtures/unseen6_pages/html/unseen6_page-alipayblog-1.html: a clause before 创始人, no name
    ("当时这家子公司的总裁卫哲的股份就出人意料地高过创始人马云，未来其他子公司是否全盘复制这种模式", "出人意料地高过"),
    # fixtures/unseen6_posts/articles/unseen6_post-05.md: 行政总裁 is one title (a chief executive)
    ("谈及此次交易，特步集团主席兼行政总裁丁水波表示，高瓴和特步环球的战略性伙伴合作", "行政"),
    # fixtures/unseen5_texts/articles/unseen5_text-07.txt: 根 read as a preposition cuts the name; its tail is no name
    ("提起新品种，具有26年育苗种植经验的青县根枝叶蔬菜种植专业合作社理事长刘印树打开了话匣子", "专业合作社"),
    # the same sentence as above: 集团 alone is no name
    ("4、小米董事长、CEO雷军和集团总裁卢伟冰 、集团副总裁王晓雁在小米吐鲁番夏测基地直播", "集团"),
])
def test_words_before_a_title_that_name_no_organization(sentence, not_name):
    assert not_name not in _orgs(sentence)
