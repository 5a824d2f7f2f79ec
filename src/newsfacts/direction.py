"""Direction of change: `up`, `down` or null on money, quantities, percents and counts.

A post-pass over the facts found: it reads only the words right before each
number (`同比下降4.4%`, `净亏损3.5亿元`, `跌近3%`), never changes `value` (a fall
said in words keeps its number as written), and gives every numeric fact the
field, null when the sentence states no change. The words are data
(`data/direction.toml`).
"""
from __future__ import annotations

from decimal import Decimal
from functools import cache

from . import regex_cache
from .document import Fact
from .grammar import alternation
from .tables import load_rules

NUMERIC_TYPES = frozenset({"money", "quantity", "percent", "count"})
REACH = 16          # characters before a number that may hold its change word and the words between


@cache
def _patterns():
    rules = load_rules("direction.toml")
    between = f"(?:{alternation(rules.between)})*"
    change = regex_cache.compile(f"(?:(?P<up>{alternation(rules.up)})|(?P<down>{alternation(rules.down)})){between}$")
    joiner = regex_cache.compile(f"^(?:{alternation(rules.list_joiners)})$")
    # what the character right before a number must be for `change` to match there: the last character of a
    # change word or of a word between, or the newline `$` matches before (most numbers have none of them)
    ends = frozenset(word[-1] for word in (*rules.up, *rules.down, *rules.between)) | {"\n"}
    joiner_reach = max(map(len, rules.list_joiners)) + 1      # a joiner, and the newline `$` matches before
    return change, joiner, tuple(rules.not_words), ends, joiner_reach


def direction_before(text: str, start: int) -> str | None:
    """`up` or `down` when a change word stands right before `text[start:]`, else None.

    >>> direction_before("同比下降4.4%", 4), direction_before("工业增加值达到5%", 7), direction_before("下降到3%", 3)
    ('down', None, None)
    """
    change, _, not_words, ends, _ = _patterns()
    if text[start - 1:start] not in ends:
        return None                           # (most numbers: no change word nor word between ends before them)
    before = text[max(0, start - REACH):start]
    match = change.search(before)
    if not match:
        return None
    word_end = match.end("up") if match["up"] else match.end("down")
    if before[:word_end].endswith(not_words):
        return None
    return "up" if match["up"] else "down"


def with_directions(facts: list[Fact], title: str, body: str) -> list[Fact]:
    """The facts, each money, quantity, percent and count one with `direction` set (null when the
    sentence states no change); other facts unchanged. A number written with a minus keeps its sign
    and gets no direction: the sign says it."""
    _, joiner, _, _, joiner_reach = _patterns()
    out: list[Fact] = []
    last_where, last_end, last_direction = None, 0, None     # the last numeric fact's
    for fact in facts:
        if fact.type not in NUMERIC_TYPES:
            out.append(fact)
            continue
        where, start, attrs = fact.where, fact.start, fact.attrs     # (each read once: a fact's reads are slow)
        text = title if where == "title" else body
        direction = direction_before(text, start)
        if direction is None and last_where == where and last_end <= start <= last_end + joiner_reach \
                and joiner.match(text[last_end:start]):
            direction = last_direction                   # 分别增长5%和3%: the second shares the first's
        value = attrs.get("value")
        if isinstance(value, (int, float, Decimal)) and value < 0:
            direction = None
        out.append(fact.with_attrs(direction=direction))
        last_where, last_end, last_direction = where, fact.end, direction
    return out
