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
    return change, joiner, tuple(rules.not_words)


def direction_before(text: str, start: int) -> str | None:
    """`up` or `down` when a change word stands right before `text[start:]`, else None.

    >>> direction_before("同比下降4.4%", 4), direction_before("工业增加值达到5%", 7), direction_before("下降到3%", 3)
    ('down', None, None)
    """
    change, _, not_words = _patterns()
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
    _, joiner, _ = _patterns()
    out: list[Fact] = []
    last: Fact | None = None
    for fact in facts:
        if fact.type not in NUMERIC_TYPES:
            out.append(fact)
            continue
        text = title if fact.where == "title" else body
        direction = direction_before(text, fact.start)
        if direction is None and last is not None and last.where == fact.where and last.end <= fact.start \
                and joiner.match(text[last.end:fact.start]):
            direction = last.get("direction")            # 分别增长5%和3%: the second shares the first's
        if isinstance(fact.get("value"), (int, float, Decimal)) and fact.get("value") < 0:
            direction = None
        fact = fact.with_attrs(direction=direction)
        out.append(fact)
        last = fact
    return out
