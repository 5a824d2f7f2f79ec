"""Hard-wrapped plain text (a PDF's text layer, a mail) is read as paragraphs (SPEC §1, text).

A wrapped line breaks numbers, names and sentences in two (`总投` / `资1627亿元`); the reader joins the
lines cut at the text's width back together. The wrapped article is the seed, cut at 76 display columns
as a PDF's text layer is (a Chinese character two columns, a digit one).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT

from newsfacts import extract, extract_text
from newsfacts.reading import _hard_wraps_joined, decode

SEED = ROOT / "seeds" / "000_f06b78f4610cb85f.txt"


def _wrapped(text: str, columns: int) -> str:
    lines = []
    for paragraph in filter(None, text.split("\n")):
        line, width = "", 0
        for char in paragraph:
            step = 1 if char.isascii() else 2
            if width + step > columns:
                lines.append(line)
                line, width = "", 0
            line, width = line + char, width + step
        lines.append(line)
    return "\n".join(lines) + "\n"


def _facts(doc) -> list[tuple]:
    return sorted((f.type, f.text, str(f.get("value"))) for f in doc.facts if f.type in ("money", "count", "quantity", "target"))


@pytest.mark.parametrize("columns", [60, 76, 100])
def test_a_wrapped_article_gives_the_facts_of_the_article(columns):
    body = extract(str(SEED)).text
    plain = extract_text(body, published="2022-06-16")
    wrapped = extract_text(_wrapped(body, columns), published="2022-06-16")
    assert len(_facts(plain)) > 40
    assert _facts(wrapped) == _facts(plain)
    # each paragraph of the article is one line again, or two paragraphs whose first ended at the cut
    assert set(plain.text.split("\n")) - set(wrapped.text.split("\n")) <= {
        line for line in plain.text.split("\n") if any(line in joined for joined in wrapped.text.split("\n"))}


# Fudan corpus texts of 1999 and 2000 (unseen11) wrapped at a fixed width: the real hard-wrapped texts of the fixtures
WRAPPED_FIXTURES = [ROOT / "fixtures" / "unseen11_texts" / "articles" / f"unseen11_text-0{n}.txt" for n in (5, 6, 7)]
WRAPPED_FIXTURE = WRAPPED_FIXTURES[2]


def test_texts_with_a_paragraph_a_line_are_left_as_they_are():
    texts = sorted((ROOT / "fixtures").glob("unseen*_texts/articles/*")) + sorted((ROOT / "fixtures" / "corpus").glob("*"))
    assert len(texts) > 60
    for path in texts:
        if path in WRAPPED_FIXTURES:
            continue
        text = decode(path.read_bytes())
        assert _hard_wraps_joined(text) == text, path.name


def test_a_real_text_wrapped_at_a_fixed_width_is_joined():
    text = decode(WRAPPED_FIXTURE.read_bytes())
    assert "社会主义市场经济体制\r\n的美好前景" in text
    joined = _hard_wraps_joined(text)
    assert "社会主义市场经济体制的美好前景，令人耳目一新。" in joined
    assert "长期保持下去。" in joined


def test_rows_of_columns_and_list_items_open_their_own_lines():
    body = extract(str(SEED)).text
    wrapped = _wrapped(body, 76).split("\n")
    table = ["证券代码    证券简称    涨跌幅"] + [f"60{n:04d}      公司{n:02d}      +{n}.5%" for n in range(8)]
    items = ["一、" + wrapped[0], "二、" + wrapped[1]]
    text = "\n".join(wrapped[:12] + table + items + wrapped[12:20])
    joined = _hard_wraps_joined(text).split("\n")
    assert all(row in joined for row in table)
    assert any(line.startswith("一、") for line in joined) and any(line.startswith("二、") for line in joined)


def test_a_markdown_post_with_wrapped_paragraphs_reads_each_paragraph_as_one(tmp_path):
    # Jekyll and Hexo sources are often wrapped: Markdown reads a paragraph's lines as one paragraph
    body = extract(str(SEED)).text
    paragraphs = [_wrapped(paragraph, 76) for paragraph in body.split("\n")]
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: 上海全球投资促进大会\ndate: 2022-06-16 13:08:47\n---\n\n## 签约\n\n"
                    + "\n".join(paragraphs), encoding="utf-8")
    doc = extract(str(post))
    assert doc.kind == "post"
    assert _facts(doc) == _facts(extract_text(body, published="2022-06-16"))
    assert doc.text.split("\n")[0] == "签约"                                # the heading stays its own line
