"""The one word segmenter of the process (STYLE habit 7).

jieba is the reference segmenter. rjieba, the Rust port of jieba (same
dictionary, same algorithm), does the work when it is installed: it loads its
dictionary in a tenth of a second where jieba takes over one, and
tests/test_tokenizer.py proves its words and tags identical to jieba's on every
sentence of the fixtures, with our user dictionary loaded in both. Set
NEWSFACTS_SEGMENTER=jieba to use jieba itself. Either way the segmenter is a
private instance built on first use and shared by every document; nothing else
in the package imports jieba, and HMM guessing is off (stable words).

A tenth of a second is still most of a one-file run, so the first article a
process reads (`expect`) is segmented by an rjieba that holds only the words
occurring in it, with the whole dictionary's total frequency (see word_index):
its words and tags are the full dictionary's. Any question about other text,
or a second article, loads the whole dictionary, once.
"""
from __future__ import annotations

import importlib.util
import os
import threading
from functools import lru_cache

from . import regex_cache

_lock = threading.Lock()
_segmenter = None  # the whole dictionary, once loaded
_article: list | None = None  # [text, its segmenter or None until first asked] for the first article read
_articles_expected = 0
# longer articles have so many character pairs that loading the whole dictionary is cheaper
ARTICLE_LIMIT = 20_000


def _rjieba_class():
    """rjieba's Jieba class, loaded without running the package's __init__, which builds a
    module-wide segmenter of its own (a tenth of a second we would throw away)."""
    import importlib.machinery
    import importlib.util

    spec = importlib.util.find_spec("rjieba")
    if spec is None:
        raise ImportError("rjieba is not installed")
    for folder in spec.submodule_search_locations or ():
        for name in os.listdir(folder):
            if name.startswith("rjieba.") and name.endswith((".so", ".pyd")):
                loader = importlib.machinery.ExtensionFileLoader("rjieba.rjieba", os.path.join(folder, name))
                extension = importlib.util.spec_from_loader("rjieba.rjieba", loader)
                module = importlib.util.module_from_spec(extension)
                loader.exec_module(module)
                return module.Jieba
    import rjieba

    return rjieba.Jieba


class _Rjieba:
    name = "rjieba"

    def __init__(self, empty: bool = False):
        jieba_class = _rjieba_class()
        self._jieba = jieba_class.empty() if empty else jieba_class()
        self.is_word = self._jieba.has_word     # rjieba's own, called straight: no frame of ours per word asked about

    def cut(self, text: str) -> list[str]:
        return self._jieba.cut(text, False)

    def tag(self, text: str) -> list[tuple[str, str]]:
        return self._jieba.tag(text, False)

    def add_word(self, word: str, freq: int | None, tag: str | None) -> int:
        """Add or update a word; its frequency as the segmenter now holds it."""
        return self._jieba.add_word(word, freq, tag)



class _Jieba:
    name = "jieba"

    def __init__(self):
        import logging

        import jieba
        import jieba.posseg

        jieba.setLogLevel(logging.WARNING)
        self._tokenizer = jieba.Tokenizer()
        self._tokenizer.initialize()
        self._tagger = jieba.posseg.POSTokenizer(self._tokenizer)

    def add_word(self, word: str, freq: int | None, tag: str | None) -> int:
        self._tokenizer.add_word(word, freq, tag)
        if tag:
            self._tagger.word_tag_tab[word] = tag
        return self._tokenizer.FREQ[word]

    def cut(self, text: str) -> list[str]:
        return list(self._tokenizer.cut(text, HMM=False))

    def tag(self, text: str) -> list[tuple[str, str]]:
        return [(p.word, p.flag) for p in self._tagger.cut(text, HMM=False)]

    def is_word(self, word: str) -> bool:
        return (self._tokenizer.FREQ.get(word) or 0) > 0


def user_words() -> list[tuple[str, int | None, str | None]]:
    """The project's user dictionary (data/user_dict.txt, jieba's format: word [freq] [tag])."""
    from .tables import data_text

    words = []
    for line in data_text("user_dict.txt").splitlines():
        parts = line.split()
        if not parts or line.startswith("#"):
            continue
        freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
        words.append((parts[0], freq, parts[2] if len(parts) > 2 else None))
    return words


def _choice(backend: str | None) -> str:
    """`rjieba` when asked for, or when left to us and installed; else `jieba`."""
    choice = backend or os.environ.get("NEWSFACTS_SEGMENTER", "")
    if choice == "jieba" or (choice != "rjieba" and importlib.util.find_spec("rjieba") is None):
        return "jieba"
    return "rjieba"


def build(backend: str | None = None, with_user_words: bool = True):
    """A new segmenter with the whole dictionary and the user dictionary: rjieba when available, else jieba."""
    segmenter = _Rjieba() if _choice(backend) == "rjieba" else _Jieba()
    if with_user_words:
        add_user_words(segmenter)
    return segmenter


def add_user_words(segmenter) -> list[tuple[str, int, str | None]]:
    """Add the user dictionary; (word, frequency, tag given) as the segmenter took each."""
    added = []
    for word, freq, tag in user_words():
        # a word the dictionary has keeps its own tag (rjieba cannot retag it)
        given = None if segmenter.is_word(word) else tag
        added.append((word, segmenter.add_word(word, freq, given), given))
    return added


def build_for_text(text: str):
    """An rjieba holding only the dictionary words that occur in `text`, and the
    whole dictionary's total frequency: on `text` and on any part of it, its
    words and tags are those of `build("rjieba")`."""
    from . import word_index

    segmenter = _Rjieba(empty=True)
    held = 0
    for word, freq, tag in word_index.words_in(text):
        segmenter.add_word(word, freq, tag or None)
        held += freq
    # a word that cannot occur in `text` carries the rest of the total
    present = set(text)
    filler = next(chr(c) for c in range(0xE000, 0xF900) if chr(c) not in present)
    segmenter.add_word(filler, word_index.total_frequency() - held, None)
    return segmenter


def expect(*texts: str) -> None:
    """Say what the next article's texts are (title, body), as the extractors will pass them.

    The first article of a process is segmented by `build_for_text`, built when
    first asked; a second article means a batch, and the whole dictionary loads."""
    global _article, _articles_expected
    with _lock:
        _articles_expected += 1
        _article = None
        if (_segmenter is None and _articles_expected == 1 and sum(map(len, texts)) <= ARTICLE_LIMIT
                and _choice(None) == "rjieba"):
            _article = ["\n".join(texts), None]


def _get(query: str):
    """The segmenter that answers questions about `query`."""
    global _segmenter, _article
    if _segmenter is not None:
        return _segmenter
    with _lock:
        article = _article
        if _segmenter is None and article is not None and query in article[0]:
            if article[1] is None:
                try:
                    article[1] = build_for_text(article[0])
                except (OSError, ValueError):    # no readable word index: the whole dictionary will do
                    article = _article = None
            if article is not None:
                return article[1]
        if _segmenter is None:
            _segmenter = build()
            _article = None
    return _segmenter


def warm_up() -> None:
    """Load the whole dictionary now (before forking workers, say)."""
    global _segmenter, _article
    with _lock:
        if _segmenter is None:
            _segmenter = build()
        _article = None


def backend() -> str:
    """Which segmenter does the work: `rjieba` or `jieba`."""
    return _get("").name


@lru_cache(maxsize=4096)
def cut(text: str) -> tuple[str, ...]:
    """Words of `text` (dictionary words; no HMM guessing)."""
    return tuple((_segmenter or _get(text)).cut(text))


@lru_cache(maxsize=4096)
def tag(text: str) -> tuple[tuple[str, str], ...]:
    """(word, part of speech) pairs of `text`, the dictionary's tags; ASCII runs are
    `m` when numeric, else `eng` (jieba and rjieba tag them differently)."""
    pairs = (_segmenter or _get(text)).tag(text)
    if not _ASCII_ALNUM.search(text):
        return tuple(pairs)               # the common case: no word to retag
    return tuple([(word, _ascii_tag(word) or flag) if word.isascii() else (word, flag) for word, flag in pairs])


_ASCII_ALNUM = regex_cache.compile("[0-9A-Za-z]")


@lru_cache(maxsize=1)
def _name_breaking_chars() -> frozenset[str]:
    """Characters that never start or continue an unknown name (data/segmenter.toml)."""
    from .tables import load_rules

    return frozenset(load_rules("segmenter.toml").name_breaking_chars)


def _ascii_tag(word: str) -> str | None:
    if not word.isascii() or not word.strip():
        return None
    if word.replace(".", "", 1).isdigit():
        return "m"
    return "eng" if word.isalnum() else None


def is_word(word: str) -> bool:
    """Is `word` in the dictionary?"""
    return (_segmenter or _get(word)).is_word(word)


@lru_cache(maxsize=8192)
def tag_names(text: str) -> tuple[tuple[str, str], ...]:
    """Tagged words where a run of single characters that are no words of their own
    joins into one unknown word tagged `nz` (亿|咖|通 → 亿咖通): how coined names show."""
    out: list[tuple[str, str]] = []
    run: list[tuple[str, str]] = []
    breaking = _name_breaking_chars()
    for pair in tag(text):
        word = pair[0]
        if len(word) == 1 and "\u4e00" <= word <= "\u9fff" and word not in breaking:
            run.append(pair)              # a single Chinese character (is_han of one character)
            continue
        if run:
            out.append(_joined(run))
            run = []
        out.append(pair)
    if run:
        out.append(_joined(run))
    return tuple(out)


def _joined(run: list[tuple[str, str]]) -> tuple[str, str]:
    """A run of single characters as one coined word `nz`; one character alone keeps its tag."""
    return run[0] if len(run) == 1 else ("".join(word for word, _ in run), "nz")
