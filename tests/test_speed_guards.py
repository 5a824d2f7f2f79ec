"""Shortcuts taken for speed find what the plain patterns find (output identity, checked on real texts)."""
from pathlib import Path

from newsfacts.extractors import amounts
from newsfacts.pipeline import extract_file

# percents in words with the most characters before their anchor (amounts.PERCENT_WORD_REACH)
FAR_ANCHORS = ["五到八点五成", "12345分之1", "一千万分之三", "三点五折", "2.5折", "一多半", "百分之三十", "1/3", "翻一番",
               "3-4成", "八点五成", "半数"]


def test_percent_words_found_before_their_anchor_as_by_finditer():
    pattern = amounts._rules()["percent_words_re"]
    root = Path(__file__).resolve().parent.parent / "fixtures"
    texts = [extract_file(str(p)).text or "" for folder in ("corpus", "html") for p in sorted((root / folder).iterdir())]
    texts += [f"据统计，{form}，全市{form}{form}" for form in FAR_ANCHORS]
    assert len(texts) > 90
    for text in texts:
        assert [m.span() for m in amounts._percent_word_matches(text, pattern)] == \
            [m.span() for m in pattern.finditer(text)]
    for form in FAR_ANCHORS:
        assert [m.group() for m in amounts._percent_word_matches(form, pattern)] == [form]
