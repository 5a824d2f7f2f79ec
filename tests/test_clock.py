"""One clock: `published` in Beijing time for every kind of input, relative dates on the Beijing
calendar day, and a publication date the user gives for inputs that name none."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from conftest import CORPUS, FIXTURES, extracted

from newsfacts import extract, extract_text
from newsfacts.cli import cli, main

# A Sina post stored with its GMT date: 17:00 GMT on 31 December is 01:00 on 1 January in Beijing.
NEW_YEAR_POST = """---
title: 新年第一天
date: Sat, 31 Dec 2022 17:00:00 GMT
---
今年1月1日，公司营收增长5%。今年一季度，公司计划投资10亿元。
"""


def _dates(document):
    return [(f.text, f.value) for f in document.facts if f.type == "date"]


def test_a_post_at_1am_beijing_on_new_years_day_resolves_this_year_to_the_new_year():
    document = extract_text(NEW_YEAR_POST)
    assert document.published == "2023-01-01T01:00:00+08:00"
    assert _dates(document) == [("今年1月1日", "2023-01-01"), ("今年一季度", "2023-Q1")]


def test_keep_offset_prints_the_sources_own_offset_and_still_reads_the_beijing_day():
    document = extract_text(NEW_YEAR_POST, keep_offset=True)
    assert document.published == "2022-12-31T17:00:00+00:00"
    assert _dates(document)[0] == ("今年1月1日", "2023-01-01")


def test_published_has_one_offset_across_posts_pages_and_records():
    paths = sorted(CORPUS.glob("*.txt")) + sorted((FIXTURES / "html").glob("*.html"))
    published = [extracted(str(p)).published for p in paths]
    kinds = {extracted(str(p)).kind for p, value in zip(paths, published) if value}
    assert kinds >= {"post", "html", "record"}
    assert {value[-6:] for value in published if value} == {"+08:00"}


# the issue's own examples: an undated text's 今年前三季度 is dropped and 10月12日 has no year
UNDATED = "今年前三季度，全省地区生产总值增长5.2%。10月12日，省统计局发布数据。"


def test_published_given_to_an_undated_text_resolves_its_relative_dates():
    assert _dates(extract(UNDATED)) == [("10月12日", "--10-12")]
    document = extract(UNDATED, published="2022-10-20")
    assert document.published == "2022-10-20T00:00:00+08:00"
    assert _dates(document) == [("今年前三季度", "2022-Q1/2022-Q3"), ("10月12日", "2022-10-12")]


def test_a_date_the_article_names_wins_over_the_given_one():
    assert extract_text(NEW_YEAR_POST, published="2020-05-05").published == "2023-01-01T01:00:00+08:00"


def test_published_option_on_the_command_line(tmp_path):
    path = tmp_path / "undated.txt"
    path.write_text(UNDATED, encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", "--published", "2022-10-20", str(path)], catch_exceptions=False)
    doc = json.loads(result.output)
    assert doc["published"] == "2022-10-20T00:00:00+08:00"
    assert [f["value"] for f in doc["facts"] if f["type"] == "date"] == ["2022-Q1/2022-Q3", "2022-10-12"]


def test_a_published_option_that_is_no_date_is_a_usage_error_naming_the_option(tmp_path, capsys):
    assert main(["extract", "--published", "next week", str(CORPUS / "sina_hexo-003.txt")]) == 2
    err = capsys.readouterr().err
    assert "--published" in err and "next week" in err


@pytest.mark.parametrize("given, printed", [("2022-06-16 13:08", "2022-06-16T13:08:00+08:00"),
                                            ("2022-06-16T05:08:47Z", "2022-06-16T13:08:47+08:00"),
                                            ("Thu, 16 Jun 2022 05:08:47 GMT", "2022-06-16T13:08:47+08:00")],
                         ids=["naive is beijing", "utc", "rss"])
def test_a_given_time_is_printed_in_beijing_time(given, printed):
    assert extract(UNDATED, published=given).published == printed
