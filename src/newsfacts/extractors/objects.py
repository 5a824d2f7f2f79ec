"""What a count counts: the noun phrase after (or before) the number (SPEC §3.4).

`322个全市重大项目签约` → 重大项目; `10家具有国际竞争力的头部企业` → 头部企业;
`签约项目90个` → 项目. jieba's part-of-speech tags find where the noun phrase
ends; only the few characters next to a count are ever tagged.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import regex_cache, tokenizer
from ..tables import load_toml

_STOP_CHARS = set("，。；！？、：,;:!?（）()《》【】\n ")
_UNSTOPPED = regex_cache.compile("[^" + "".join(map(re.escape, sorted(_STOP_CHARS))) + "]*")    # text up to a stop
_NOUNISH = ("n", "vn", "an", "b", "j", "nz", "nt", "ng", "ns", "l", "eng", "a", "ad", "s", "f")
_QUOTES = set("“”\"‘’「」『』")
_OPENING = set("“‘「『")
_CLOSING = set("”’」』")
QUOTED_OBJECT = ("“", "\"")      # what opens a counted object in quotes (read past its closing quote)


@lru_cache(maxsize=1)
def _rules():
    raw = load_toml("counts.toml")
    return set(raw["scope_words"]), set(raw["object_stop"])


class CountedObject:
    """Callable: `(norm, pos) → (object or None, end)`; `.before(norm, pos)` looks left."""

    window = 24

    def __call__(self, norm: str, pos: int, leading_verbs: bool = True) -> tuple[str | None, int]:
        """The counted noun phrase that starts at `pos`, and where it ends (None, pos when there is none)."""
        if norm.startswith(QUOTED_OBJECT, pos):
            close = norm.find("”" if norm[pos] == "“" else "\"", pos + 1, pos + self.window)
            if close > pos + 1:
                rest, end = self._phrase(norm, close + 1, leading_verbs=False)
                return norm[pos:close + 1] + (rest or ""), end if rest else close + 1
        return self._phrase(norm, pos, leading_verbs)

    def reach(self, norm: str, pos: int) -> int:
        """Where the text a phrase opening at `pos` (no quote there) is read from ends: at the first stop mark, at
        most `window` characters on. The phrase, when there is one, lies inside."""
        match = _UNSTOPPED.match(norm, pos, pos + self.window)     # (always matches: it may match nothing)
        return match.end() if match else pos

    def _phrase(self, norm: str, pos: int, leading_verbs: bool) -> tuple[str | None, int]:
        end = self.reach(norm, pos)
        chunk = norm[pos:end]
        if not chunk:
            return None, pos
        offset, words = _leading_words_skipped(chunk)
        taken, verbs = _noun_words(words, leading_verbs)
        while taken and taken[-1] in _OPENING:
            taken.pop()
        phrase = "".join(taken)
        if len(taken) == verbs or not _balanced_phrase(phrase):
            return None, pos
        return phrase, pos + offset + len(phrase)

    def before(self, norm: str, pos: int) -> tuple[str | None, int]:
        """A noun right before `pos` (签约项目|90个): the counted thing written first."""
        start = pos
        while start > 0 and pos - start < 10 and norm[start - 1] not in _STOP_CHARS:
            start -= 1
        chunk = norm[start:pos]
        if not chunk:
            return None, pos
        words = tokenizer.tag(chunk)
        taken: list[str] = []
        for word, flag in reversed(words):
            if not flag.startswith(("n", "vn", "j")) or flag.startswith("nr") and len(taken) == 0 and len(word) < 2:
                break
            taken.insert(0, word)
            if len("".join(taken)) >= 6:
                break
        phrase = "".join(taken)
        scope, _ = _rules()
        if not phrase or phrase in scope:
            return None, pos
        return phrase, pos - len(phrase)


def _leading_words_skipped(chunk: str) -> tuple[int, list[tuple[str, str]]]:
    """Where the noun phrase may start in `chunk` (after a 的 clause, after scope words), and its tagged words."""
    offset = 0
    first_flag = tokenizer.tag(chunk)[0][1]
    if "的" in chunk and first_flag.startswith(("v", "p", "d")) \
            and not any(ch.isdigit() for ch in chunk[:chunk.index("的")]):
        offset = chunk.index("的") + 1      # 具有国际竞争力的头部企业: the noun comes after 的; not over a
        #                                     figure (17省份超过同期全国5.2%的平均水平: a comparison, 5.2% its own fact)
    scope, _ = _rules()
    words = list(tokenizer.tag(chunk[offset:]))
    while words and words[0][0] in scope:
        offset += len(words.pop(0)[0])
    return offset, words


def _noun_words(words: list[tuple[str, str]], leading_verbs: bool) -> tuple[list[str], int]:
    """The words of the noun phrase at the start of `words`, and how many leading verbs are among them."""
    _, stop = _rules()
    taken: list[str] = []
    verbs = 0
    for word, flag in words:
        if word in stop or word.isdigit():
            break
        if leading_verbs and flag.startswith("v") and len(taken) == verbs < 2:
            taken.append(word)              # 50+示范应用场景: leading verbs that modify the noun
            verbs += 1
            continue
        if _ends_phrase(word, flag, taken, verbs):
            break
        taken.append(word)
    return taken, verbs


def _ends_phrase(word: str, flag: str, taken: list[str], verbs: int) -> bool:
    """Does `word` end the noun phrase `taken` so far (a closing quote around the count, a non-noun,
    an adjective after the noun)?"""
    quoted = all(ch in _QUOTES for ch in word)
    if quoted and word[0] in _CLOSING and "".join(taken).count("“") <= "".join(taken).count("”"):
        return True                         # 五大安全风险”: the quote closes around the count
    if not (quoted or flag.startswith(_NOUNISH)):
        return True
    return flag.startswith("a") and len(taken) > verbs and taken[-1] not in _QUOTES


def _balanced_phrase(phrase: str) -> bool:
    """A phrase that is more than quotes and opens as many quotes as it closes."""
    if not phrase or all(ch in _QUOTES for ch in phrase) or len(phrase.strip("“”\"")) < 1:
        return False
    return phrase.count("“") == phrase.count("”")
