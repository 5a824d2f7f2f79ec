"""A post's front matter written the plain way is read without YAML's constructor, to the values YAML
reads (front_matter.py); anything else is left to YAML (SPEC §1, posts)."""
from __future__ import annotations

import pytest
import yaml
from conftest import ROOT
from frontmatter.default_handlers import YAMLHandler

from newsfacts.front_matter import plain_fields
from newsfacts.reading import _front_matter_loader, decode, parse_article

POSTS = sorted((ROOT / "fixtures" / "corpus").glob("sina_hexo-*.txt"))
RMRB = ROOT / "fixtures" / "unseen9_texts" / "articles" / "unseen9_text-03.md"


def _block(path) -> str:
    return YAMLHandler().split(decode(path.read_bytes()).lstrip())[0]


def _read(block: str):
    return plain_fields(block, _front_matter_loader())


@pytest.mark.parametrize("path", POSTS, ids=lambda path: path.name)
def test_a_sina_post_is_read_plainly_to_what_yaml_reads(path):
    block = _block(path)
    fields = _read(block)
    assert fields is not None
    assert fields == yaml.load(block, Loader=_front_matter_loader())
    assert fields["comments"] is False and isinstance(fields["categories"], list)


def test_the_fields_of_sina_hexo_004():
    fields = _read(_block(ROOT / "fixtures" / "corpus" / "sina_hexo-004.txt"))
    assert fields["title"] == "1-11月全国规模以上工业企业实现利润总额79750.1亿元 同比增长38.0%"
    assert fields["categories"] == ["金融", "新浪财经", "新浪财经－国內"]
    assert fields["author"] == "新浪财经" and fields["date"] == "Mon, 27 Dec 2021 01:55:28 GMT"


def test_a_plain_date_or_a_flow_list_is_left_to_yaml():
    # `date: 2025-07-02` is a date and `keywords: [氢能, …]` a flow list to YAML: not read here
    assert _read(_block(RMRB)) is None
    assert parse_article(decode(RMRB.read_bytes())).published.startswith("2025-07-02")


@pytest.mark.parametrize("line, value", [
    ("title: '中国''经济''半年报'", "中国'经济'半年报"),        # a quote doubled inside single quotes
    ('title: "陕西锻造氢能全产业链"', "陕西锻造氢能全产业链"),
    ("author: 新浪财经", "新浪财经"),
    ("comments: false", False),
    ("author: ", None),
    ("author: ~", None),
])
def test_one_line_values(line, value):
    fields = _read(line)
    assert fields == {line.split(":")[0]: value} == yaml.load(line, Loader=_front_matter_loader())


@pytest.mark.parametrize("block", [
    "word_count: 1971",                            # a number
    "date: 2025-07-02",                            # a date (an impossible one is YAML's error to tell)
    "title: '中国经济",                            # an unclosed quote
    'title: "眾新聞\\n記者"',                       # an escape
    "title: 数据: 增长",                           # a mapping inside a value (YAML's error)
    "title: 增长 # 注",                            # a comment
    "on: 新浪财经",                                # a key YAML reads as true
    "tags:\n - 港股\n  - 香港股市",                  # a deeper `-` continues the item
    "tags:\n  - 港股\n  - [稅務局]",                # a flow list
    "author: &who 龚仕建\neditor: *who",           # an anchor and an alias
    " title: 陕西",                                # an indented key
])
def test_other_forms_are_left_to_yaml(block):
    assert _read(block) is None
