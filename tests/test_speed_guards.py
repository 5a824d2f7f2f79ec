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


def test_every_pattern_with_a_start_set_finds_what_re_compile_finds():
    """regex_cache gives a pattern that opens with a lookaround, a repeat or a group the characters its matches
    can open with (`re` itself finds none); on every fixture text (the file's start, its clean text, its
    normalized text, its title) each such pattern of a run finds the same matches and substitutes the same as
    `re.compile`'s."""
    import re

    from newsfacts import regex_cache
    from newsfacts.chinese import normalize

    root = Path(__file__).resolve().parent.parent / "fixtures"
    texts = []
    for path in [p for folder in ("corpus", "html") for p in sorted((root / folder).iterdir())]:
        document = extract_file(str(path))
        texts += [path.read_text(encoding="utf-8", errors="replace")[:5000], document.text or "", normalize(document.text or ""),
                  document.title or ""]
    store = regex_cache._the_store()
    if store.path is None:
        return                                                     # no cache: every pattern is re's own
    changed = [key for key in store.used if regex_cache.compile(*key) != re.compile(*key)]
    assert len(changed) > 30                                       # the date, numeral, direction patterns …
    for key in changed:
        ours, plain = regex_cache.compile(*key), re.compile(*key)
        for text in texts:
            assert [(m.span(), m.groups()) for m in ours.finditer(text)] == \
                [(m.span(), m.groups()) for m in plain.finditer(text)], key[0][:80]
            assert ours.sub("#", text) == plain.sub("#", text), key[0][:80]
