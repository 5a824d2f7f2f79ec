"""The name scan's tables, built at every start with C-level passes over the word lists, are what their
definition says, on the real word lists of the scan (organizations, sectors, places, listed short names)."""
from __future__ import annotations

from newsfacts import lexicon
from newsfacts.extractors import _name_scan, locations, organizations, sectors


def _words() -> list[str]:
    return [*organizations.words(), *sectors.words(), *locations.words(), *organizations.listed_words()]


def test_the_lengths_by_opening_are_every_longer_word_length_longest_first_then_two():
    words = [word for word in _words() if len(word) > 2]
    expected: dict[str, set[int]] = {}
    for word in words:
        expected.setdefault(word[:3], set()).add(len(word))
    built = lexicon._longer_lengths(words)
    assert built == {head: (*sorted(lengths, reverse=True), 2) for head, lengths in expected.items()}
    assert any(len(lengths) > 2 for lengths in built.values())      # openings of words of several lengths


def test_the_scan_tables_hold_every_word_of_its_lexicons():
    scan = _name_scan()
    kinds = {"organization": organizations.words(), "sector": sectors.words(), "location": locations.words()}
    for word in ("中国人民银行", "新能源汽车", "上海", "深圳市"):
        assert scan._entries[word] == tuple(kind for kind, words in kinds.items() if word in words)
    every = [*scan._entries]
    assert scan._pairs == {ord(word[0]) | ord(word[1]) << 32 for word in every if len(word) > 1}
    assert scan._singles == {word for word in every if len(word) == 1 and isinstance(scan._entries[word], tuple)}
