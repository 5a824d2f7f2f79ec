"""rjieba may do jieba's work only while its words and tags are jieba's own:
checked on every sentence of every fixture, with the project's user dictionary in both."""
from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import FIXTURES, ROOT, SEED, extracted
from newsfacts import tokenizer
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
