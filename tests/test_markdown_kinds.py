"""Markdown files as news digests and blogs store them (round 9, found by the blind set unseen8).

A digest item opens with a Markdown heading and holds its paragraphs as raw HTML (`### 标题` then
`<p>…</p>`): it was read as an HTML fragment, the heading's `###` went into the text and the title was
lost. A Hugo post embeds a video with a shortcode alone on its line (`{{< video src="…" >}}`), which
went into the text.
"""
from __future__ import annotations

from conftest import ROOT

from newsfacts import extract

TEXTS = ROOT / "fixtures" / "unseen8_texts" / "articles"


def test_a_digest_item_with_a_heading_over_html_paragraphs_is_a_markdown_text():
    doc = extract(str(TEXTS / "unseen8_text-11.md"))
    assert (doc.kind, doc.title) == ("text", "2023年我国外贸进出口好于预期 12月外贸规模创新高")
    assert "#" not in doc.text and "<p>" not in doc.text and "tv.cctv.com" not in doc.text
    assert doc.text.startswith("央视网消息")
    money = [(f.text, f.get("value")) for f in doc.facts if f.type == "money"]
    assert ("41.76万亿元", 41760000000000) in money


def test_a_hugo_shortcode_alone_on_its_line_is_no_text():
    doc = extract(str(TEXTS / "unseen8_text-02.md"))
    assert "{{" not in doc.text and "facebook.com" not in doc.text
    assert "財政司司長陳茂波今日" in doc.text
