"""Provenance: every fact's offsets point at its text, on every fixture and on any input."""
from __future__ import annotations

from conftest import FIXTURES, SEED, extracted
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsfacts.extractors import facts_in
from newsfacts.pipeline import extract_text
from newsfacts.sentences import split_sentences

ARTICLES = sorted(p for folder in ("corpus", "html", "unseen1_posts/articles", "unseen1_pages/html", "unseen2_posts/articles",
                                    "unseen2_pages/html")
                  for p in (FIXTURES / folder).iterdir() if p.suffix in (".txt", ".html"))


def test_offsets_on_every_fixture():
    checked = 0
    for path in ARTICLES + [SEED]:
        doc = extracted(str(path))
        assert doc.error is None, path
        for fact in doc.facts:
            where = doc.text if fact.where == "body" else doc.title
            assert where[fact.start:fact.end] == fact.text, (path.name, fact)
            assert where[fact.sentence_start:fact.sentence_end] == fact.sentence, (path.name, fact)
            assert fact.text in fact.sentence or fact.type in ("target", "investment"), (path.name, fact)
            checked += 1
    assert checked > 2000


NEWSY = st.text(alphabet=st.sampled_from(list("0123456789.,%-~至到约超近亿万千百十元美元吨平方公里个家项大年月日季度上半今去同比增长下降到2025前展望“”《》，。；、\n 一二三四五六七八九两零数几第多余以上下左右倍成分之半百分点")),
                max_size=120)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NEWSY)
def test_no_text_makes_extraction_raise_and_offsets_hold(text):
    for fact in facts_in(text, "body", None):
        assert text[fact.start:fact.end] == fact.text
        assert text[fact.sentence_start:fact.sentence_end] == fact.sentence
        assert fact.end > fact.start


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_any_unicode_text_is_read_or_refused_cleanly(text):
    from newsfacts.errors import InputError

    try:
        doc = extract_text(text)
    except InputError:
        return
    for fact in doc.facts:
        where = doc.text if fact.where == "body" else doc.title
        assert where[fact.start:fact.end] == fact.text


@given(st.text(max_size=200))
def test_sentences_cover_their_offsets(text):
    for sentence in split_sentences(text):
        assert text[sentence.start:sentence.end] == sentence.text
