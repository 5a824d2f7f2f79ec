"""Bad input is a tested path: each case gives one error line, an error record and status 1,
and every other file of the batch is still written."""
from __future__ import annotations

import codecs
import json
import os

import pytest
from conftest import SEED

from newsfacts.cli import main
from newsfacts.pipeline import extract_file

GOOD_ARTICLE = "到2025年，产业规模力争突破5000亿元。".encode()


def _write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


BAD_CASES = {
    "empty": (b"", "empty file"),
    "whitespace": (b"  \n\t \r\n", "empty file"),
    "binary": (bytes(range(256)) * 20, "binary"),
    "nul_bytes": ("增长5%".encode() + b"\x00\x00abc", "binary"),
    "undecodable": (b"\x81\x30\xff\xff\xfe\x80", "undecodable"),
    "broken_yaml": ("---\ntitle: [unclosed\n---\n正文增长5%。\n".encode(), "broken YAML front matter"),
    "front_matter_list": ("---\n- a\n- b\n---\n正文增长5%。\n".encode(), "front matter is not a mapping"),
    "page_without_article": (b"<html><body><nav><a href='/'>home</a></nav><script>var a=1;</script></body></html>",
                             "no article text"),
    "deep_html": (("<html><body>" + "<div>" * 20000 + "<p>深层</p>" + "</div>" * 20000 + "</body></html>").encode(),
                  "no article text"),
}


@pytest.mark.parametrize("case", sorted(BAD_CASES))
def test_bad_file_gives_one_error_line_and_the_batch_goes_on(case, tmp_path, capsys):
    data, reason = BAD_CASES[case]
    bad = _write(tmp_path, f"{case}.txt", data)
    good = _write(tmp_path, "good.txt", GOOD_ARTICLE)
    out = tmp_path / "out.jsonl"
    status = main(["extract", "--format", "jsonl", "--jobs", "1", "-o", str(out), good, bad])
    err = capsys.readouterr().err
    assert status == 1
    error_lines = [line for line in err.splitlines() if line.startswith("error:")]
    assert len(error_lines) == 1 and bad in error_lines[0] and reason in error_lines[0]
    assert "Traceback" not in err
    docs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert docs[0]["error"] is None and [f["text"] for f in docs[0]["facts"] if f["type"] == "money"] == ["突破5000亿元"]
    assert docs[1]["source"] == bad and reason in docs[1]["error"] and docs[1]["facts"] == []


def test_dangling_symlink(tmp_path):
    link = tmp_path / "gone.txt"
    os.symlink(tmp_path / "nowhere.txt", link)
    assert extract_file(str(link)).error == "dangling symbolic link"


def test_file_over_the_size_limit(tmp_path, capsys):
    big = _write(tmp_path, "big.txt", "增长5%。".encode() * 1000)
    assert main(["extract", "--max-size", "1k", big]) == 1
    assert "over the size limit" in capsys.readouterr().err


def test_two_hundred_thousand_digit_number_gives_no_fact_and_no_hang(tmp_path):
    path = _write(tmp_path, "digits.txt", ("收入" + "9" * 200_000 + "亿元。营收增长5%。").encode())
    doc = extract_file(path)
    assert doc.error is None
    assert [(f.type, f.text) for f in doc.facts] == [("percent", "5%")]


def test_front_matter_of_odd_types_is_read():
    from newsfacts.pipeline import extract_text

    doc = extract_text("---\ntitle: 123\ndate: 2022-06-16\ncategories: 金融\n---\n营收增长5%。\n")
    assert doc.title == "123" and doc.published == "2022-06-16T00:00:00+08:00" and doc.categories == ["金融"]


ENCODINGS = {"utf8": ("utf-8", b""), "utf8-bom": ("utf-8", codecs.BOM_UTF8), "gb18030": ("gb18030", b""),
             "gbk": ("gbk", b""), "utf16le-bom": ("utf-16-le", codecs.BOM_UTF16_LE),
             "utf16be-bom": ("utf-16-be", codecs.BOM_UTF16_BE)}


@pytest.mark.parametrize("name", sorted(ENCODINGS))
def test_encodings(name, tmp_path):
    encoding, prefix = ENCODINGS[name]
    path = _write(tmp_path, "a.txt", prefix + "营业收入41.77亿元，同比增长34.15%。".encode(encoding))
    doc = extract_file(path)
    assert doc.error is None
    assert [f.text for f in doc.facts] == ["41.77亿元", "34.15%"]


def test_utf8_bytes_win_over_a_stale_gb2312_declaration(tmp_path):
    page = '<html><head><meta charset="gb2312"><title>标题</title></head><body><p>营业收入增长5%，净利润3亿元。</p></body></html>'
    doc = extract_file(_write(tmp_path, "p.html", page.encode("utf-8")))
    assert "营业收入增长5%" in doc.text


def test_declared_gbk_page(tmp_path):
    page = '<html><head><meta charset="gbk"><title>标题</title></head><body><p>营业收入增长5%，净利润3亿元。</p></body></html>'
    doc = extract_file(_write(tmp_path, "p.html", page.encode("gbk")))
    assert "净利润3亿元" in doc.text


def test_adversarial_html_attributes_and_entities(tmp_path):
    page = ("<html><body><p onclick=\"alert(1)\">营收&#x589E;&#38271;5%&nbsp;，<script>document.write('9亿元')</script>"
            "<style>p{x:1}</style>净利润&lt;3亿元&gt;。</p><!-- 100亿元 --><iframe src=x>8亿元</iframe></body></html>")
    doc = extract_file(_write(tmp_path, "p.html", page.encode()))
    assert doc.text == "营收增长5% ，净利润<3亿元>。"
    assert [f.text for f in doc.facts] == ["5%", "3亿元"]


def test_seed_still_fine_in_a_batch_with_every_bad_case(tmp_path):
    paths = [_write(tmp_path, f"{name}.txt", data) for name, (data, _) in BAD_CASES.items()]
    out = tmp_path / "all.jsonl"
    assert main(["extract", "--format", "jsonl", "--jobs", "2", "-o", str(out), str(SEED), *paths]) == 1
    docs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(docs) == len(paths) + 1 and docs[0]["error"] is None and all(d["error"] for d in docs[1:])
