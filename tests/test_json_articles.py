"""An article stored as one JSON object (a crawler's item, a data set's file) is read as a record (SPEC §1).

Before, such a file was plain text: `{`, the keys and the quotes went into `text`, and the title and the
publication date were lost. The article inside is the seed's text as Sina printed it; the objects have the
shapes crawlers write (`title`/`content`/`pub_time`, Chinese keys, Unix time, HTML in the content).
"""
from __future__ import annotations

import json

import pytest
from conftest import ROOT

from click.testing import CliRunner

from newsfacts import extract, extract_text
from newsfacts.cli import cli
from newsfacts.errors import InputError

SEED = ROOT / "seeds" / "000_f06b78f4610cb85f.txt"


@pytest.fixture(scope="module")
def seed():
    return extract(str(SEED))


def _write(tmp_path, value, name="item.json"):
    path = tmp_path / name
    path.write_text(json.dumps(value, ensure_ascii=False, indent=2), encoding="utf-8")
    return extract(str(path))


def _facts(doc):
    return sorted((f.type, f.text, str(f.get("value"))) for f in doc.facts if f.where == "body")


def test_a_crawler_item_gives_the_article_s_fields_and_facts(tmp_path, seed):
    doc = _write(tmp_path, {"id": 17, "title": seed.title, "content": seed.text, "pub_time": "2022-06-16 13:08:47",
                            "source": "新浪财经", "url": seed.url, "tags": ["上海", "投资"]})
    assert (doc.kind, doc.error, doc.title, doc.author, doc.url) == ("record", None, seed.title, "新浪财经", seed.url)
    assert doc.published == "2022-06-16T13:08:47+08:00"
    assert doc.text == seed.text
    assert _facts(doc) == _facts(extract_text(seed.text, published="2022-06-16T13:08:47+08:00"))


def test_chinese_keys_unix_time_and_html_content(tmp_path, seed):
    html = "".join(f"<p>{paragraph}</p>" for paragraph in seed.text.split("\n"))
    doc = _write(tmp_path, {"标题": seed.title, "正文": html, "发布时间": 1655356127})
    assert (doc.kind, doc.title, doc.published) == ("record", seed.title, "2022-06-16T13:08:47+08:00")
    assert doc.text == seed.text


def test_a_summary_is_read_only_when_no_longer_text_is_there(tmp_path, seed):
    first = seed.text.split("\n")[0]
    doc = _write(tmp_path, {"title": seed.title, "summary": first[:40] + "...", "text": seed.text})
    assert doc.text == seed.text
    doc = _write(tmp_path, {"title": seed.title, "description": first})
    assert doc.text == first


def test_an_array_of_one_article_is_that_article(tmp_path, seed):
    doc = _write(tmp_path, [{"title": seed.title, "content": seed.text}])
    assert (doc.kind, doc.error, doc.text) == ("record", None, seed.text)


@pytest.mark.parametrize("value, message", [
    ([{"title": "一", "content": "二"}, {"title": "三", "content": "四"}], "a JSON array of 2 items"),
    ({"title": "无正文", "views": 12}, "a JSON object with no article text"),
])
def test_json_that_holds_no_one_article_is_an_error_that_says_why(tmp_path, value, message, seed):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(InputError, match=message):
        extract(str(bad))
    good = tmp_path / "good.json"
    good.write_text(json.dumps({"title": seed.title, "content": seed.text}, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", "--format", "jsonl", str(bad), str(good)])
    assert result.exit_code == 1                                 # one file failed, the other was written
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [bool(doc["error"]) for doc in docs] == [True, False] and message in docs[0]["error"]


def test_text_that_opens_with_a_brace_but_is_no_json_stays_text(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("{视频}\n会上，共有总投资5658亿元的322个全市重大项目签约。\n", encoding="utf-8")
    doc = extract(str(path))
    assert doc.kind == "text" and ("money", "5658亿元", "565800000000") in _facts(doc)
