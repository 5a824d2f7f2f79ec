"""rjieba may do jieba's work only while its words and tags are jieba's own:
checked on every sentence of every fixture, with the project's user dictionary in both."""
from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import FIXTURES, ROOT, SEED, extracted

from newsfacts import tokenizer, word_index
from newsfacts.sentences import split_sentences

ARTICLES = sorted(p for folder in ("corpus", "html") for p in (FIXTURES / folder).iterdir() if p.suffix in (".txt", ".html"))


@pytest.fixture(scope="module")
def both():
    pytest.importorskip("rjieba", reason="rjieba is a dependency; this only runs where it is installed")
    return tokenizer.build("rjieba"), tokenizer.build("jieba")


def _sentences():
    for path in ARTICLES + [SEED]:
        doc = extracted(str(path))
        for sentence in split_sentences(doc.text):
            yield sentence.text


def test_rjieba_words_and_tags_are_jiebas_on_the_whole_corpus(both):
    fast, reference = both
    checked = 0
    for sentence in _sentences():
        assert fast.cut(sentence) == reference.cut(sentence), sentence
        fast_tags = [tuple(p) for p in fast.tag(sentence)]
        reference_tags = reference.tag(sentence)
        assert [w for w, _ in fast_tags] == [w for w, _ in reference_tags], sentence
        # the tags of Chinese words are the dictionary's in both; ASCII runs are tagged by newsfacts itself
        assert [t for w, t in fast_tags if not w.isascii()] == [t for w, t in reference_tags if not w.isascii()], sentence
        checked += 1
    assert checked > 2500


def test_user_dictionary_is_loaded_in_both(both):
    for segmenter in both:
        assert segmenter.cut("培育专精特新企业") == ["培育", "专精特新", "企业"]
        assert segmenter.is_word("元宇宙")


def test_word_lists_from_jiebas_dictionary_are_in_sync():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_lexicons.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_unknown_names_join_into_one_word():
    assert ("亿咖通", "nz") in tokenizer.tag_names("如亿咖通拟投资")
    assert tokenizer.tag_names("如亿咖通拟投资")[0][0] == "如"


def _article_text(path) -> str:
    """An article's text as the extractors hand it to the tokenizer (see pipeline.extract_text and segmenting.segment)."""
    from newsfacts.extractors.numbers import normalize

    doc = extracted(str(path))
    return normalize(doc.title or "") + "\n" + normalize(doc.text)


def test_one_articles_words_segment_it_as_the_whole_dictionary_does(both):
    """The first article of a process is cut with only its own words (word_index):
    words, tags and word checks must be the full dictionary's, on every fixture."""
    full, _ = both
    checked = 0
    for path in ARTICLES + [SEED]:
        text = _article_text(path)
        own = tokenizer.build_for_text(text)
        for sentence in split_sentences(text):
            assert own.cut(sentence.text) == full.cut(sentence.text), (path.name, sentence.text)
            assert [tuple(p) for p in own.tag(sentence.text)] == [tuple(p) for p in full.tag(sentence.text)], sentence.text
            checked += 1
        for word in set(full.cut(text)) | {text[i:i + 2] for i in range(0, len(text) - 1, 7)}:
            assert own.is_word(word) == full.is_word(word), (path.name, word)
    assert checked > 2500


def test_one_articles_words_are_few():
    words = {word for word, _, _ in word_index.words_in("培育专精特新企业")}
    assert {"培育", "专精特新", "企业", "专精", "企"} <= words
    assert "中国" not in words and len(words) < 40


def test_word_index_is_in_sync_with_jieba_and_the_user_dictionary():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_word_index.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.fixture
def fresh_process_state(monkeypatch):
    """The tokenizer as a new process has it: nothing loaded, no article seen."""
    pytest.importorskip("rjieba")
    monkeypatch.delenv("NEWSFACTS_SEGMENTER", raising=False)
    for name, value in (("_segmenter", None), ("_article", None), ("_articles_expected", 0)):
        monkeypatch.setattr(tokenizer, name, value)
    for cached in (tokenizer.cut, tokenizer.tag, tokenizer.tag_names):
        cached.cache_clear()
    yield
    for cached in (tokenizer.cut, tokenizer.tag, tokenizer.tag_names):
        cached.cache_clear()


def test_a_one_article_run_never_loads_the_whole_dictionary(fresh_process_state):
    from newsfacts.pipeline import extract

    document = extract(str(SEED))
    assert tokenizer._segmenter is None and tokenizer._article[1] is not None
    assert any(f.type == "organization" and f.text == "中国电气装备集团有限公司" for f in document.facts)


def test_other_text_or_a_second_article_loads_the_whole_dictionary(fresh_process_state):
    tokenizer.expect("", "培育专精特新企业")
    assert tokenizer.cut("专精特新企业") == ("专精特新", "企业")
    assert tokenizer._segmenter is None
    assert tokenizer.cut("中国电气装备集团") == tuple(tokenizer.build().cut("中国电气装备集团"))
    assert tokenizer._segmenter is not None and tokenizer._article is None

    tokenizer._segmenter = None
    tokenizer.expect("", "第二篇文章")
    assert tokenizer._article is None
    tokenizer.cut("第二篇")
    assert tokenizer._segmenter is not None


def test_long_articles_load_the_whole_dictionary(fresh_process_state):
    tokenizer.expect("", "企业" * tokenizer.ARTICLE_LIMIT)
    assert tokenizer._article is None


def test_an_unreadable_word_index_falls_back_to_the_whole_dictionary(fresh_process_state, monkeypatch):
    def broken():
        raise ValueError("words.idx is not a version 2 word index")

    monkeypatch.setattr(word_index, "_index", broken)
    tokenizer.expect("", "培育专精特新企业")
    assert tokenizer.cut("专精特新企业") == ("专精特新", "企业")
    assert tokenizer._segmenter is not None
