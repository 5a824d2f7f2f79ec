"""Longest-match lookup of many fixed words in a text (sector names, places, organization words).

Words are bucketed by their first two characters with the lengths that occur,
so each position costs a dictionary lookup and a few set tests instead of a
scan over every word that starts with its character. The positions where some
word can start (about one in ten in news text) are found in C by `_starts`, so
the Python loop visits only those.
"""
from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator
from itertools import accumulate, compress
from operator import itemgetter, ne

from . import tokenizer


def _pair_keys(prefixes: Iterable[str]) -> frozenset[int]:
    """The two-character prefixes as the integers `_starts` reads: first code point | second << 32 (the
    prefixes' UTF-32 bytes read eight at a time, as `_starts` reads the text)."""
    return frozenset(memoryview("".join(prefixes).encode("utf-32-le")).cast("Q"))


def _starts(text: str, pair_keys: Collection[int], singles: Collection[str]) -> Iterator[int]:
    """The positions of `text` where a two-character prefix of a word (or a one-character word) starts,
    in order, computed without a Python-level loop over the characters.

    Each pair of neighbouring characters is read as one 64-bit integer straight from the text's UTF-32
    bytes (the even pairs from offset 0, the odd ones from offset 4): no string is made per position,
    and an integer hashes at once (a pair of characters as a new string cost twice as much)."""
    size = len(text)
    data = text.encode("utf-32-le")
    even = compress(range(0, size - 1, 2), map(pair_keys.__contains__, memoryview(data[:size // 2 * 8]).cast("Q")))
    odd = compress(range(1, size - 1, 2), map(pair_keys.__contains__, memoryview(data[4:4 + (size - 1) // 2 * 8]).cast("Q")))
    if not singles:
        return iter(sorted([*even, *odd]))       # (even and odd positions never meet)
    return iter(sorted({*even, *odd, *compress(range(size), map(singles.__contains__, text))}))


class Lexicon:
    """A set of words; `find` yields non-overlapping longest matches left to right.

    >>> lexicon = Lexicon(["新能源", "新能源汽车", "汽车"])
    >>> [(s, e, w) for s, e, w in lexicon.find("智能新能源汽车和汽车")]
    [(2, 7, '新能源汽车'), (8, 10, '汽车')]
    """

    def __init__(self, words: Iterable[str]):
        self.words = frozenset(w for w in words if w)
        lengths: dict[str, set[int]] = {}
        for word in self.words:
            lengths.setdefault(word[:2], set()).add(len(word))
        self._lengths = {key: sorted(values, reverse=True) for key, values in lengths.items() if len(key) == 2}
        self._singles = frozenset(word for word in self.words if len(word) == 1)
        self._pairs = _pair_keys(self._lengths)

    def __contains__(self, word: str) -> bool:
        return word in self.words

    def find(self, text: str, skip: Callable[[int, int], bool] | None = None) -> Iterator[tuple[int, int, str]]:
        """(start, end, word) of each longest match; a match for which `skip(start, end)` is true is
        passed over (the scan goes on after it)."""
        words, lengths = self.words, self._lengths
        end = 0
        for position in _starts(text, self._pairs, self._singles):
            if position < end:
                continue                    # inside the previous match
            found = 0
            for length in lengths.get(text[position:position + 2], ()):
                piece = text[position:position + length]
                if piece in words:
                    found = len(piece)      # (shorter than `length` where the text ends before it)
                    break
            if not found and text[position] in words:
                found = 1
            if not found:
                continue
            end = position + found
            if skip is None or not skip(position, end):
                yield position, end, text[position:end]


def whole_words(text: str, start: int, end: int) -> bool:
    """Do the segmenter's words of the text around text[start:end] start at `start` and end at
    `end`? A name never starts or ends inside a word (电机 of 发电机, 公司 of 日起公司)."""
    cuts = _cuts(text, start, end)
    return start in cuts and end in cuts


def word_starts_at(text: str, start: int, end: int) -> bool:
    """Does a word of the segmenter start at `start`, read around text[start:end] (not the 健康服务 of 心理健康服务)?"""
    return start in _cuts(text, start, end)


def long_word_starts_at(text: str, start: int) -> bool:
    """Does the segmenter start a word of two characters or more at `start` (商务部|分析: 分析 opens at 部's end)?"""
    cuts = _cuts(text, start, start)
    return start in cuts and start + 1 not in cuts


def word_ends_at(text: str, end: int) -> bool:
    """Does a word of the segmenter end at `end` (not the 部 of 机制部际联席会议)?"""
    return end in _cuts(text, max(0, end - 4), end)


def _cuts(text: str, start: int, end: int) -> set[int]:
    """The offsets where the segmenter's words of the text around text[start:end] start and end
    (summed in C by `accumulate`: this runs for every candidate name and sector)."""
    first = max(0, start - 4)
    return set(accumulate(map(len, tokenizer.cut(text[first:min(len(text), end + 4)])), initial=first))


class NameScan:
    """One scan of a text for the words of several lexicons (sectors, places, organization words).

    Each lexicon gets the longest match at each position among all of them, so a
    place inside an organization word (上海市统计局) is not reported as a place.
    Words set `aside` (listed companies' short names) are reported in the same
    pass but hide nothing: a name that may turn out to mean no company (上海电力 of
    上海电力供应) leaves the place and the sector inside it to be found.

    >>> scan = NameScan({"location": ["上海"], "sector": ["电力"]}, aside={"listed": ["上海电力"]})
    >>> scan.scan("上海电力供应")
    {'listed': [(0, 4, '上海电力')], 'location': [(0, 2, '上海')], 'sector': [(2, 4, '电力')]}
    """

    def __init__(self, words_by_kind: dict[str, Iterable[str]], aside: dict[str, Iterable[str]] | None = None):
        # (built at every start from some 18,000 words: with C-level passes over them, not a Python loop)
        kinds: dict[str, tuple[str, ...]] = {}
        for kind, words in words_by_kind.items():
            single = (kind,)
            added = dict.fromkeys(words, single)
            again = {word: kinds[word] + single for word in kinds.keys() & added.keys()}
            kinds.update(added)
            kinds.update(again)
        set_aside: dict[str, str] = {}
        for kind, words in (aside or {}).items():
            set_aside.update((word, kind) for word in words if word not in kinds)
        every = [*kinds, *set_aside]
        self._longer = _longer_lengths(list(compress(every, map((2).__lt__, map(len, every)))))
        self._singles = frozenset(compress(kinds, map((1).__eq__, map(len, kinds))))
        self._pairs = _pair_keys(map(_FIRST_TWO, compress(every, map((1).__lt__, map(len, every)))))
        # one lookup per candidate piece: a word of the lexicons maps to its kinds (a tuple), a word set
        # aside to its kind (a string); the dictionaries are large, and each lookup is a trip to memory
        self._entries: dict[str, tuple[str, ...] | str] = {**set_aside, **kinds}

    def scan(self, text: str) -> dict[str, list[tuple[int, int, str]]]:
        found: dict[str, list[tuple[int, int, str]]] = {}
        entries, longer, singles = self._entries, self._longer, self._singles
        end, aside_end = 0, 0
        kinds: tuple[str, ...] | str | None
        for position in _starts(text, self._pairs, singles):
            if position < end:
                continue                    # inside the previous word
            word, kinds = "", None        # kinds: the tuple of the longest lexicon word here
            for length in longer.get(text[position:position + 3], _TWO):
                piece = text[position:position + length]
                entry = entries.get(piece)
                if entry is None:
                    continue
                if entry.__class__ is tuple:
                    word, kinds = piece, entry
                    break
                if position >= aside_end:   # a word set aside: reported, hides nothing
                    aside_end = position + len(piece)
                    found.setdefault(entry, []).append((position, aside_end, piece))  # type: ignore[arg-type]
            if kinds is None and singles and text[position] in singles:
                word, kinds = text[position], entries[text[position]]
            if kinds is None:
                continue
            end = position + len(word)
            for kind in kinds:
                found.setdefault(kind, []).append((position, end, word))
        return found


_TWO = (2,)
_FIRST_TWO = itemgetter(slice(0, 2))
_FIRST_THREE = itemgetter(slice(0, 3))


def _longer_lengths(words: list[str]) -> dict[str, tuple[int, ...]]:
    """The lengths to try where a word's first two characters stand, by the next three characters: those of the
    words (of three characters or more) that open with all three, longest first, then 2 (most such places open
    none of the longer words, and are done with one lookup where each length of the two characters' words was
    tried). Most openings of three have one length: those are paired in C, the few words of another length
    than the one kept for their opening are merged after (a set of pairs costs CPython 30 times a dict's)."""
    heads, lengths = list(map(_FIRST_THREE, words)), list(map(len, words))
    one = dict(zip(heads, lengths))                     # (the last word's length, for each opening)
    with_two = {length: (length, 2) for length in one.values()}
    longer = dict(zip(one, map(with_two.__getitem__, one.values())))
    more: dict[str, set[int]] = {}
    for head, length in compress(zip(heads, lengths), map(ne, lengths, map(one.__getitem__, heads))):
        more.setdefault(head, {one[head]}).add(length)
    for head, found in more.items():
        longer[head] = (*sorted(found, reverse=True), 2)
    return longer
