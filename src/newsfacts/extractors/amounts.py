"""Money, quantities, percentages and counts (SPEC §3.1–§3.4).

Every number token is read once, left to right, with what stands right before
it (qualifier words, 人民币, 每股) and right after it (a range's second number,
多/余, the unit, 以上/左右). The unit decides the family: % and 倍 make a
percent, a currency word money, a physical unit a quantity, a classifier a count;
a bare 亿 amount is money only in a money context.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Any

from .. import regex_cache, tokenizer
from ..chinese import inside_book_title, is_han
from ..grammar import CLAUSE_END, RANGE_DASH, clause_end, clause_start
from ..grammar import alternation as _alt
from ..numerals import digit_value, fraction_percent, is_approx_word, parse_numeral
from ..tables import load_toml
from .numbers import NumberToken, find_numbers, identifier_spans, number_at
from .objects import QUOTED_OBJECT as _QUOTED_OBJECT
from .objects import CountedObject

_DIGIT_CHARS = set("零〇○一二两三四五六七八九壹贰叁肆伍陆柒捌玖")
_DIGITS = "一二两三四五六七八九壹贰叁肆伍陆柒捌玖1-9"     # one digit before 毛/角/分 (壹角捌分)
_CAPITAL_DIGITS = "壹贰叁肆伍陆柒捌玖"                          # a cheque's 壹分 is a cent
_YUAN = ("块", "元", "圆")                                      # what 毛/角/分 may follow
_FORMULA_SIGNS = ("×", "*", "÷")                                # ×100%: a formula's factor
_PRICE_ENDS = ("元", "钱", "块")                                 # 1049元一斤, 几块钱一斤: 一 + unit is the price's unit
_OPENING_QUOTES = ("“", "‘", "\"", "「", "『")
_CLOSING_QUOTES = ("”", "’", "\"", "」", "』")
_OPENING_QUOTE = regex_cache.compile("[" + "".join(_OPENING_QUOTES) + "]")
_RANGE_SEP = regex_cache.compile(RANGE_DASH)
_INCLUSIVE = regex_cache.compile(r"\s?[(（]不?含[)）]")   # 1万(含)-5万元, 50万元（含）以上, 1米（不含）以下: a bound's note
# a range's dash, after a bound's note if one is written (taken whole when it is: `?+`), in one match
_NOTED_RANGE_SEP = regex_cache.compile(rf"(?:{_INCLUSIVE.pattern})?+(?P<dash>{RANGE_DASH})")
# the same after a low end's note (1米（含）-1.3米, 1.0米以上至1.4米)
_LOW_BOUND_RANGE_SEP = regex_cache.compile(rf"(?:以上|{_INCLUSIVE.pattern})?+(?P<dash>{RANGE_DASH})")


def _qualifier_words(quals: dict) -> tuple[dict[str, str | None], dict[str, str]]:
    """qualifiers.toml as two tables: a word before the number → its qualifier (None for the plain
    words: 达, 高达), and a word after it → its qualifier."""
    before: dict[str, str | None] = {}
    for kind in ("approx", "min", "max", "plain"):
        for word in (*quals[kind]["before"], *quals[kind].get("before_magnitude", ())):
            before[word] = None if kind == "plain" else kind
    after = {w: kind for kind in ("approx", "min", "max") for w in quals[kind].get("after", [])}
    return before, after


def _any_case(unit_table: dict[str, tuple[str, Decimal]], case_free: list[str]) -> dict[str, tuple[str, Decimal]]:
    """The unit table with every letter-case spelling of the `case_free` units (Gwh, MWH, kw) added."""
    spelled = dict(unit_table)
    for unit in case_free:
        for letters in itertools.product(*({ch.lower(), ch.upper()} for ch in unit)):
            spelled.setdefault("".join(letters), unit_table[unit])
    return spelled


def _unit_pairs(table: dict) -> dict[str, tuple[str, Decimal]]:
    """units.toml's `word = [base unit, factor]` rows with exact factors."""
    return {word: (base, Decimal(str(factor))) for word, (base, factor) in table.items()}


def _note_then_unit(currency_words: dict[str, str]) -> tuple[str, ...]:
    """A note's closing bracket right before a money unit (`（前值…）亿元`, `）欧元`): what a slash list with a note
    needs in the text, built from the currency table so every currency is read."""
    openings = {word[0] for word in currency_words} | set("百千万亿")
    return tuple(sorted(close + opening for close in "）)" for opening in openings))


def _any_of_pairs(pairs: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    """Searches for the two-character `pairs`, one per first character (a literal, then a class of what follows
    it): a few searches instead of one per pair (the currencies give a few hundred). Each opens with its literal,
    which `re` skips to at C speed; one pattern for all would open with a class of the first characters, tried
    at every character of the text (three times the instructions)."""
    follows: dict[str, set[str]] = {}
    for pair in pairs:
        follows.setdefault(pair[0], set()).add(pair[1])
    return tuple(regex_cache.compile(f"{re.escape(first)}[{re.escape(''.join(sorted(seconds)))}]")
                 for first, seconds in sorted(follows.items()))


def _last_characters(words) -> frozenset[str]:
    """The characters `words` end with: a number with none of them right before it follows none of the words."""
    return frozenset(word[-1] for word in words)


def _shared_characters(words) -> frozenset[str]:
    """The characters every one of `words` holds: a text without one of them holds none of the words."""
    sets = [frozenset(word) for word in words]
    return frozenset.intersection(*sets) if sets else frozenset()


def _longer_than_a_character(words) -> tuple[str, ...]:
    """The words of two characters or more: what a segmenter's word must start with to be one of them."""
    return tuple(sorted(word for word in words if len(word) > 1))


@lru_cache(maxsize=1)
def _rules() -> dict[str, Any]:
    quals = load_toml("qualifiers.toml")
    currencies = load_toml("currencies.toml")
    units = load_toml("units.toml")
    counts = load_toml("counts.toml")
    money = load_toml("money_context.toml")
    direction = load_toml("direction.toml")
    before, after = _qualifier_words(quals)
    unit_table = _any_case(_unit_pairs(units["units"]), units["rules"]["any_case"])
    per = currencies["per_unit"]["units"]
    prefixes = {**{w: c for w, c in currencies["words"].items() if c != "CNY" and w not in currencies["fractions"]},
                **currencies["prefixes"]}
    rules: dict[str, Any] = {
        "before": before,
        "before_re": regex_cache.compile(rf"(?:{_alt(before)})$"),
        # the last characters of those words, and the line end `$` may stand before: what must end the window
        "before_ends": _last_characters(before) | {"\n"},
        "before_magnitude": frozenset(w for kind in quals.values() for w in kind.get("before_magnitude", ())),
        # a qualifier word after the unit, after a bound's note if one is written (taken whole when it is: `?+`)
        "after_re": regex_cache.compile(rf"(?:{_INCLUSIVE.pattern})?+(?P<word>{_alt(after)})"),
        "after": after,
        "currency_re": regex_cache.compile(rf"(?P<cur>{_alt(currencies['words'])})(?P<rmb>人民币)?(?:(?:/|每|一)(?P<per>{_alt(per)}))?"),
        "currencies": currencies["words"],
        "fractions": {k: Decimal(str(v)) for k, v in currencies["fractions"].items()},
        "change": {k: Decimal(str(v)) for k, v in currencies["change"].items()},
        "change_re": regex_cache.compile(rf"零?(?P<d1>[{_DIGITS}])(?P<u1>{_alt(currencies['change'])})"
                                         rf"(?:(?P<d2>[{_DIGITS}])(?:(?P<u2>分)|(?=[^\w]|$|[到至以左上])))?(?!钟|之)(?:钱)?"),
        # 一块二, 三块零四: one digit after 块 with no unit is its tenths, after 零 its hundredths
        "yuan_tail_re": regex_cache.compile(rf"(?P<zero>零)?(?P<d>[{_DIGITS}])(?=[^\w]|$|[到至以左上])"),
        # 2角, 两毛五: tenths of a yuan alone, a digit after them its hundredths (in a price's clause)
        "jiao_re": regex_cache.compile(rf"(?:(?P<u>[毛角])(?:(?P<d>[{_DIGITS}])分?)?|(?<=[{_CAPITAL_DIGITS}])(?P<cent>分))(?=[^\w]|$|[到至以左上])"),
        "by_verbs": tuple(units["multiples"]["by_verbs"]),
        "penny_negations": tuple(currencies["fraction_idiom"]["negations"]),
        "penny_after": tuple(currencies["fraction_idiom"]["after"]),
        "yuan_cues": tuple(currencies["colloquial_yuan"]["cues"]),
        "yuan_per_unit": tuple(m + u for m in currencies["colloquial_yuan"]["per_unit_marks"] for u in per),
        "yuan_adverbs": currencies["colloquial_yuan"]["adverbs"],
        "hong_kong": currencies["hong_kong"],
        # each shared currency name's countries, longest first (白俄罗斯 before 俄罗斯)
        "shared_names": {name: sorted(countries.items(), key=lambda pair: -len(pair[0]))
                         for name, countries in currencies["shared_names"].items()},
        # words of change (direction.toml): `跌X至Y` is a change and a level (_change_then_level)
        "change_words": tuple(direction["up"] + direction["down"]),
        "dollar_signs": dict(sorted(currencies["dollar_signs"].items(), key=lambda pair: -len(pair[0]))),
        "note_then_unit_res": _any_of_pairs(_note_then_unit(currencies["words"])),
        "prefix_re": regex_cache.compile(rf"(?:(?P<each>每(?P<per>{_alt(per)}))|(?P<cur>{_alt(prefixes)}))\s?$"),
        "prefixes": prefixes,
        # the last characters of every prefix: a number with none of them right before it has no prefix
        "prefix_ends": _last_characters((*per, *prefixes)),
        "unit_re": regex_cache.compile(rf"(?:{_alt(unit_table)})"),
        "units": unit_table,
        "needs_magnitude": set(units["rules"]["needs_magnitude"]),
        "per_time_re": regex_cache.compile(rf"(?:{_alt(units['rules']['per_time'])})"),
        "per_time": dict(units["rules"]["per_time"]),
        "points_re": regex_cache.compile(rf"(?:{_alt(units['percentage_points'])})"),
        "points": {k: Decimal(str(v)) for k, v in units["percentage_points"].items()},
        "floor_area_words": units["rules"]["floor_area_words"],
        "volume_unless_floor": _unit_pairs(units["rules"]["volume_unless_floor"]),
        "energy_words": units["rules"]["energy_words"],
        "power_words": tuple(units["rules"]["power_words"]),
        "class_nouns": tuple(units["rules"]["class_nouns"]),
        "figure_before": tuple(units["rules"]["figure_before"]),
        "classifier_re": regex_cache.compile(rf"(?:{_alt(counts['classifiers'])})"),
        "people_re": regex_cache.compile(rf"(?:{_alt(counts['people_nouns'])})"),
        "count_context_re": regex_cache.compile(_alt(counts["count_context"])),
        "one_limiters": tuple(counts["one_limiters"]),
        "general_classifiers": set(counts["general_classifiers"]),
        "word_openers": set(counts["word_openers"]),
        "digit_nouns": tuple(counts["no_things"]["digit_nouns"]),
        "characters": frozenset(counts["no_things"]["characters"]),
        "versus": frozenset(counts["no_things"]["versus"]),
        "set_words": tuple(counts["no_things"]["set_words"]),
        "point_nouns": tuple(counts["no_things"]["point_nouns"]),
        "point_list_openers": tuple(counts["no_things"]["point_list_openers"]),
        "place_suffixes": frozenset(counts["no_things"]["place_suffixes"]),
        "model_nouns": tuple(counts["no_things"]["model_nouns"]),
        "negated_after_one": tuple(counts["no_things"]["negated_after_one"]),
        "distributive": tuple(counts["no_things"]["distributive"]),
        "slogan_classifiers": set(counts["slogan_classifiers"]),
        "duration_re": regex_cache.compile(rf"(?:{_alt(counts['duration_after'])})"),
        "not_after_da": tuple(counts["not_after_da"]),
        "times_not_after": tuple(counts["times"]["not_after"]),
        "times_not_before": tuple(counts["times"]["not_before"]),
        "rank_classifiers": tuple(counts["ranks"]["classifiers"]),
        "rank_before": tuple(counts["ranks"]["before"]),
        "rank_words": tuple(counts["ranks"]["words"]),
        "session_classifiers": frozenset(counts["sessions"]["classifiers"]),
        "session_bodies": tuple(counts["sessions"]["bodies"]),
        "bare_nouns": tuple(sorted(counts["bare_nouns"]["places"], key=len, reverse=True)),
        "count_heads": tuple(counts["bare_nouns"]["heads"]),
        "count_head_re": regex_cache.compile(_alt(counts["bare_nouns"]["heads"])),
        "people_heads": tuple(counts["people_heads"]),
        "tiers": tuple(counts["bare_nouns"]["tiers"]),
        "place_names": frozenset(counts["bare_nouns"]["names"]),
        "group_names": tuple(counts["bare_nouns"]["groups"]),
        "indefinite_words": tuple(counts["indefinite"]),
        "da_allowed": tuple(counts["da_allowed"]),
        "indefinite": set(counts["indefinite"]),
        "scope_words": counts["scope_words"],
        "object_stop": set(counts["object_stop"]),
        "money_before_re": regex_cache.compile(_alt(money["before"])),     # any of them, in one search
        "money_after_re": regex_cache.compile(rf"(?:{_alt(money['after'])})"),
        "lot_words": tuple(money["lot_words"]),
        "group_re": regex_cache.compile(rf"(?:[\u4e00-\u9fff]{{0,2}}?)(?:{_alt(money['group_words'])})"),
        "money_head_re": regex_cache.compile(rf"[多余]?(?:{_alt(money['emphatic'])})?的?(?:(?!的)[\u4e00-\u9fff]){{0,6}}?(?:{_alt(money['heads'])})"),
        "money_continues": tuple(money["continues"]),
        "magnitude_goals": tuple(money["magnitude_goals"]),
        "money_words": set(money["before"]) | set(money["heads"]),
        "long_money_words": _longer_than_a_character({*money["before"], *money["heads"]}),
        "money_neutral": set(money["neutral_after"]),
        "orders_re": regex_cache.compile(rf"(?:{_alt(money['orders'])})"),
        "orders": {k: int(v) for k, v in money["orders"].items()},
        # the characters every order word holds (级, 亿): a text without one of them holds no order word
        "orders_marks": _shared_characters(money["orders"]),
        "percent_words_re": _percent_words_pattern(units["percent_words"]),
        "half_of_time": tuple(units["percent_words"]["half_of_time"]),
        "per_mille": units["percent_words"]["per_mille"],
        # what each reading of _as_percent opens with: a first character of %, ‰, the points' words, 倍 or x
        "percent_starts": frozenset({"%", "倍", "x", units["percent_words"]["per_mille"][:1]}
                                    | {word[:1] for word in units["percentage_points"]}),
    }
    return rules | _followers(rules)


def _followers(rules: dict[str, Any]) -> dict[str, re.Pattern]:
    """What may follow a number, as one pattern where a question takes any of several rules' patterns (one match
    where there was one per pattern: every number asks): a unit, a currency, a classifier, % or 倍
    (`unit_follows_re`); that or any other measure a lone 一 can be read with (`one_measure_re`)."""
    unit = rf"(?:{rules['currency_re'].pattern})|(?:{rules['unit_re'].pattern})|(?:{rules['classifier_re'].pattern})|[%倍]"
    one = rf"{unit}|[多余来x]|{re.escape(rules['per_mille'])}|(?:{rules['points_re'].pattern})|(?:{RANGE_DASH})" \
        rf"|(?:{_INCLUSIVE.pattern})"
    return {"unit_follows_re": regex_cache.compile(unit), "one_measure_re": regex_cache.compile(one)}


@dataclass(slots=True)
class Amount:
    """A fact found by this module, before it becomes a `Fact`."""

    type: str
    start: int
    end: int
    attrs: dict = field(default_factory=dict)


@dataclass(slots=True)     # not frozen: nothing hashes a claim, and a frozen one costs more to build
class Claim:
    """A span a reader takes without a fact: a number that is no amount (第三批, 三个月, 一批, 零部件)."""

    start: int
    end: int


def find_amounts(norm: str, claimed: list[tuple[int, int]], object_finder=None) -> list[Amount]:
    """Money, quantity, percent and count facts of `norm`, never overlapping `claimed` spans."""
    from ..spans import Spans

    rules = _rules()
    taken = Spans(list(claimed) + identifier_spans(norm))
    found = _orders(norm, taken, rules) + _percents_in_words(norm, taken, rules)
    unread: list[NumberToken] = []
    for token in find_numbers(norm, claimed_until=taken.end_of_run_at):
        if taken.overlaps(token.start, token.end):
            continue
        amount = _read(norm, token, rules, object_finder)
        if amount is None:
            if token.has_myriad and not token.is_chinese:
                unread.append(token)
            continue
        if isinstance(amount, Claim):
            taken.add(amount.start, amount.end)
            continue
        if taken.overlaps(amount.start, amount.end):
            amount.start = token.start
            if taken.overlaps(amount.start, amount.end):
                continue
        found.append(amount)
        taken.add(amount.start, amount.end)
    found += _listed_members(norm, found, taken)
    found += _elided_units(norm, unread, found, taken, rules)
    found += _noted_lists(norm, found, taken)
    found.sort(key=lambda a: a.start)
    if "$" in norm or "＄" in norm:
        _dollar_signs(norm, found, rules["dollar_signs"])
    _shared_currency(norm, found)
    _hong_kong_dollars(norm, found, rules["hong_kong"])
    _country_currencies(norm, found, rules["shared_names"])
    return found


def _dollar_signs(norm: str, found: list[Amount], signs: dict[str, str]) -> None:
    """`$3286億`, `US$2000亿`, `HK$300億`: a bare amount (no currency word after it) right after a dollar sign
    is in that dollar and the sign is part of its text; `$` alone is the US dollar (a traditional-character text
    makes it the region's own: regions.in_home_currency)."""
    longest = max(map(len, signs))
    for amount in found:
        if amount.type != "money" or amount.attrs.get("unit") not in _BARE_UNITS \
                or amount.attrs.get("currency") != "CNY":
            continue
        before = norm[max(0, amount.start - longest):amount.start]
        sign = next((sign for sign in signs if before.endswith(sign)), None)
        if sign is not None:
            amount.start -= len(sign)
            amount.attrs["currency"] = signs[sign]


_ELIDED_TYPES = frozenset(("money", "quantity", "count"))
_FIRST_DIGIT = regex_cache.compile(r"\d")


def _elided_units(norm: str, unread: list[NumberToken], found: list[Amount], taken, rules) -> list[Amount]:
    """`美国已有84万人在使用播客，预计到2010年这一数字将上升到5600万`, `上述两项数据分别为1.88万亿和1.14万亿`: a figure
    of 万/亿 left unread (no unit, classifier or noun after it) repeats the measure of the amount just before it in
    its sentence or the one before, the writer eliding the unit; it takes that amount's kind and unit when both
    write the same magnitude (万 and 万, 亿 and 亿)."""
    elided: list[Amount] = []
    for token in unread:
        word = _magnitude_word(token)
        found_model = _elision_model(norm, token, found + elided) if word else None
        if found_model is None or taken.overlaps(token.start, token.end):
            continue
        model, model_value = found_model
        r = _Reading.around(norm, token, rules)
        factor = Decimal(str(model.attrs["value"])) / model_value
        r.scale(factor)
        kept = {k: model.attrs[k] for k in ("currency", "unit", "classifier", "object") if k in model.attrs}
        if model.type == "money":
            kept["unit"] = word
        amount = r.finish(norm, model.type, r.pos, {**kept, "value": r.value * factor})
        if not taken.overlaps(amount.start, amount.end):
            taken.add(amount.start, amount.end)
            elided.append(amount)
    return elided


def _elision_model(norm: str, token: NumberToken, amounts: list[Amount]) -> tuple[Amount, Decimal] | None:
    """The amount whose measure an unread figure repeats, with the value of its own figure: the nearest amount in
    the figure's sentence or the one before that writes a magnitude, if it writes the figure's, is no percent and
    does not describe a noun (`60万元的纳税人`: the figure then counts that noun)."""
    window = _previous_sentence_start(norm, token.start)
    model, model_token = None, None
    for amount in amounts:
        if window <= amount.start and amount.end <= token.start and (model is None or amount.start > model.start):
            lead = _leading_token(norm, amount)
            if lead is not None and _magnitude_word(lead):
                model, model_token = amount, lead
    if model is None or model_token is None or model.type not in _ELIDED_TYPES or not model_token.value \
            or _magnitude_word(model_token) != _magnitude_word(token) or norm.startswith("的", model.end):
        return None                # 年薪由60萬元至90萬元的納稅人數目，由20萬增至21.6萬: the amount describes what is counted
    return model, model_token.value


def _leading_token(norm: str, amount: Amount) -> NumberToken | None:
    """The first number of an amount's span (after 约, 人民币…)."""
    digit = _FIRST_DIGIT.search(norm, amount.start, amount.end)
    return number_at(norm, digit.start()) if digit else None


def _previous_sentence_start(norm: str, pos: int) -> int:
    """Where the sentence before the one holding `pos` starts (at most 400 characters back)."""
    floor = max(0, pos - 400)
    end = max(norm.rfind(mark, floor, pos) for mark in _SENTENCE_END)
    if end < 0:
        return floor
    return max(norm.rfind(mark, floor, end) for mark in _SENTENCE_END) + 1 if end > floor else floor


_LIST_MEMBER = regex_cache.compile(r"(?<![\d.A-Za-z第])(\d{1,6}(?:\.\d{1,4})?)([万亿]?)([、和及与/])$")
_RANK_LIST_OPENING = regex_cache.compile(r"第(?:\d{1,6}[、和及与])?$")
_LIST_SEPARATORS = ("、", "和", "及", "与", "/")
_LEADING_NUMBER = regex_cache.compile(r"\d{1,6}(?:\.\d{1,4})?")
_LISTED_TYPES = frozenset(("percent", "money", "quantity", "count"))


def _listed_members(norm: str, found: list[Amount], taken) -> list[Amount]:
    """`分别增长3.3、1.4、1.1倍`, `分别为3、4、5亿元`, `分别为55.6万、53.1万辆`, `分别为3、4、5家`: the unit or
    classifier written once after a list of figures belongs to each; each bare figure before it is a fact of the
    same kind, unit and scale. A report's
    forecasts join decimals with slashes (`19-21年EPS至0.90/1.03/1.26元`); whole numbers so joined are
    sizes, dates or fractions (`12/16GB`, `2021/1/2`), no list."""
    members: list[Amount] = []
    for amount in found:
        if amount.type not in _LISTED_TYPES or norm[amount.start - 1:amount.start] not in _LIST_SEPARATORS \
                or amount.attrs.get("qualifier") is not None:
            continue
        last = _LEADING_NUMBER.match(norm, amount.start)
        if last is None or Decimal(last.group(0)) == 0 or (norm[amount.start - 1] == "/" and "." not in last.group(0)):
            continue
        factor = Decimal(str(amount.attrs["value"])) / Decimal(last.group(0))
        magnitude = norm[last.end():last.end() + 1]
        listed, end = [], amount.start
        while (member := _LIST_MEMBER.search(norm, max(0, end - 12), end)) and not taken.overlaps(*member.span(1)) \
                and (member.group(3) != "/" or "." in member.group(1)) and member.group(2) in ("", magnitude):
            start, stop = member.start(1), member.end(2)     # 55.6万、53.1万辆: each member may write the magnitude
            listed.append(Amount(amount.type, start, stop, {**amount.attrs, "value": Decimal(member.group(1)) * factor}))
            end = start
        if not _RANK_LIST_OPENING.search(norm, max(0, end - 9), end):
            members += listed                 # 第1、2、3名: a list of ranks
    return members


_NOTED_LIST = regex_cache.compile(r"(?<![\d./])(\d{1,6}\.\d{1,4}(?:/\d{1,6}\.\d{1,4})+)[（(][^（()）\n。；]{0,12}?"
                                  r"(\d{1,6}\.\d{1,4}(?:/\d{1,6}\.\d{1,4})+)[）)]")
_DECIMAL = regex_cache.compile(r"\d{1,6}\.\d{1,4}")


def _noted_lists(norm: str, found: list[Amount], taken) -> list[Amount]:
    """`预计2022-2024年实现归母净利润24.3/27.5/33.9（前值18.9/21.1/27.8）亿元`: a report's forecasts joined by
    slashes, the previous forecasts in a note between them and the unit; the unit after the note is both lists'
    (a unit opening with a magnitude, `）百万美元`, was read alone as an amount of 10⁶: it goes from `found`)."""
    if not any(pairs.search(norm) for pairs in _rules()["note_then_unit_res"]):
        return []
    members: list[Amount] = []
    for match in _NOTED_LIST.finditer(norm):
        read = _money_unit_at(norm, match.end())
        if read is None:
            continue
        unit, attrs = read
        found[:] = [amount for amount in found if (amount.start, amount.end) != (match.end(), match.end() + len(unit))]
        for group in (1, 2):
            for member in _DECIMAL.finditer(norm, match.start(group), match.end(group)):
                if not taken.overlaps(*member.span()):
                    value = Decimal(member.group(0)) * attrs["factor"]
                    members.append(Amount("money", member.start(), member.end(), {
                        "value": value, "currency": attrs["currency"], "unit": unit, "qualifier": None}))
    return members


def _money_unit_at(norm: str, pos: int) -> tuple[str, dict] | None:
    """The longest money unit written at `pos` (亿元, 万美元, 元) and what read_unit says of it."""
    for length in range(5, 0, -1):
        read = read_unit(norm[pos:pos + length])
        if read is not None and read[0] == "money":
            return norm[pos:pos + length], read[1]
    return None


_DOLLAR_SIGNS = frozenset("$＄")
_BARE_UNITS = frozenset(("万", "亿", "万亿", "千万", "百万", "十亿", "百亿", "千亿"))
_SENTENCE_END = frozenset("。！？!?\n")


def _shared_currency(norm: str, found: list[Amount]) -> None:
    """`追加4000万，总计向香港抗疫支援港币5，000万元`: a bare amount (no currency word) takes the
    currency written with an amount in its own clause or the one next to it, when that is no yuan."""
    for index, bare in enumerate(found):
        if bare.type != "money" or bare.attrs.get("unit") not in _BARE_UNITS or bare.attrs.get("currency") != "CNY" \
                or norm.startswith("人民币", bare.start):
            continue
        for other in found[max(0, index - 2):index] + found[index + 1:index + 3]:
            if other.type == "money" and other.attrs.get("currency") not in ("CNY", None) \
                    and _clauses_between(norm, bare, other) <= 1:
                bare.attrs["currency"] = other.attrs["currency"]
                break


def _country_currencies(norm: str, found: list[Amount], shared: dict[str, list[tuple[str, str]]]) -> None:
    """`摩洛哥外商直接投资流量为165亿迪拉姆`: a bare name several currencies share is the currency of the country named
    last before it in its sentence, else of the one its text names most (`currencies.toml` `shared_names`); no
    country named, the default of `words`."""
    for amount in found:
        countries = shared.get(amount.attrs.get("unit", "").lstrip("十百千万亿")) if amount.type == "money" else None
        if countries is None:
            continue
        before = _countries_named(norm[_sentence_around(norm, amount.start, amount.end)[0]:amount.start], countries)
        named = before or _countries_named(norm, countries)
        if named:                             # the last named before it, else the one named most
            amount.attrs["currency"] = max(named.items(), key=lambda item: item[1][-1] if before else len(item[1]))[0]


def _countries_named(text: str, countries: list[tuple[str, str]]) -> dict[str, list[int]]:
    """Where `text` names each code's country, a longer name read first (白俄罗斯 is no 俄罗斯)."""
    named: dict[str, list[int]] = {}
    for country, code in countries:
        at = text.find(country)
        while at >= 0:
            named.setdefault(code, []).append(at)
            at = text.find(country, at + len(country))
        text = text.replace(country, "\0" * len(country))
    return {code: sorted(places) for code, places in named.items()}


def _hong_kong_dollars(norm: str, found: list[Amount], market) -> None:
    """`最高见95.5元，现造93元`, `涉资1.98亿元`: in a report of Hong Kong trading (the market named, no mainland one),
    an amount in plain 元 whose sentence speaks of a price or of trading is in Hong Kong dollars."""
    if not any(cue in norm for cue in market["market_cues"]) or any(cue in norm for cue in market["mainland_cues"]):
        return
    for amount in found:
        if amount.type == "money" and amount.attrs.get("currency") == "CNY" and amount.attrs.get("unit", "").endswith("元"):
            first, last = _sentence_around(norm, amount.start, amount.end)
            if any(word in norm[first:last] for word in market["trading_words"]):
                amount.attrs["currency"] = market["currency"]


def _clauses_between(norm: str, one: Amount, two: Amount) -> int:
    """How many clause marks stand between two amounts (a sentence's end counts as many)."""
    gap = norm[min(one.end, two.end):max(one.start, two.start)]
    if any(ch in _SENTENCE_END for ch in gap):
        return 99
    return sum(ch in "，；,;" for ch in gap)


def _orders(norm: str, taken, rules) -> list[Amount]:
    """Money of an order of magnitude alone (百亿级), claimed in `taken`."""
    found: list[Amount] = []
    if not all(mark in norm for mark in rules["orders_marks"]):
        return found                          # (most texts: one search of a character, not of every order word)
    for match in rules["orders_re"].finditer(norm):
        if not taken.overlaps(*match.span()):
            exp = rules["orders"][match.group(0)]
            attrs = {"value": Decimal(10) ** exp, "currency": "CNY", "unit": match.group(0), "qualifier": "order"}
            found.append(Amount("money", match.start(), match.end(), attrs))
            taken.add(*match.span())
    return found


def _percents_in_words(norm: str, taken, rules) -> list[Amount]:
    """Percents written in words (一半, 百分之三十, 三成), with their qualifiers, claimed in `taken`."""
    found = []
    for match in _percent_word_matches(norm, rules["percent_words_re"]):
        if taken.overlaps(*match.span()):
            continue
        percent = _percent_words(match)
        if percent is None:
            continue
        if match.lastgroup == "double" and _word_at(norm, match.end())[1].startswith("n"):
            continue                          # 翻倍基金: a label of funds that doubled, no multiple of anything
        if match.lastgroup == "discount" and _inside_idiom(norm, match.start(), match.end()):
            continue                          # 一波三折: an idiom, no discount
        if match.lastgroup == "qhalf" and not _half_of_a_share(norm, match.start(), rules):
            continue                          # 近半年: 半 opens a word; 长假过半: a period's midpoint
        _fraction_range(norm, percent, match, rules)
        _sign_before(norm, percent, match)
        qualifier, start = _qualifier_before(norm, percent.start)
        q_after, end = _qualifier_after(norm, percent.end)
        percent.start, percent.end = start, end
        own = percent.attrs.get("qualifier")
        percent.attrs["qualifier"] = own if own == "range" else qualifier or q_after or own
        found.append(percent)
        taken.add(percent.start, percent.end)
    return found


# every percent in words holds one of these within its first PERCENT_WORD_REACH + 1 characters: 半 (一多半, 半数, 近半),
# 分之 (12345分之一), the / of 1/3, 翻, 折 (三点五折), 成 (五到六成) or 百分 before digits (百分50); 折, 成 and / after a
# digit (2.0成, 总量的50/51), as each form writes them (成 alone, in 成为, 完成, 成本, opens no place to try)
_PERCENT_WORD_ANCHOR = regex_cache.compile(r"(?<=[\d一二两三四五六七八九十])[折成]|(?<=\d)/|半"
                                           r"|翻|分之|百分(?=\d)")
PERCENT_WORD_REACH = 5


def _half_of_a_share(norm: str, at: int, rules) -> bool:
    """Is the 半 at `at`, after its qualifier, half of something (近半的上市新股, 过半企业, 任务完成过半): the
    segmenter's word holding it ends there (近|半|的, 过半|企业)? Not when 半 opens a word of its own (近半年),
    nor when 过半 follows a period of time, which it says is half gone (国庆中秋长假过半, 时间过半: `half_of_time`)."""
    holding = _word_holding(norm, at, at + 4)
    if holding is None or holding[0] + len(holding[1]) != at + 1:
        return False                      # 近|半年, 近|半个世纪, 超|半年: 半 opens a word of its own
    return not (norm[at - 1:at] == "过" and norm[max(0, at - 5):at - 1].endswith(rules["half_of_time"]))


def _percent_word_matches(norm: str, pattern: re.Pattern):
    """The matches of `pattern.finditer(norm)`, found faster. The pattern opens with a lookahead, so `re` would
    run it at every character (~30 ns each); here it runs only at the places within PERCENT_WORD_REACH
    before an anchor, left to right, each place once, which finds the same leftmost matches."""
    tried = 0
    for anchor in _PERCENT_WORD_ANCHOR.finditer(norm):
        at = anchor.start()
        place = max(tried, at - PERCENT_WORD_REACH)
        while place <= at:
            match = pattern.match(norm, place)
            if match is None:
                place += 1
            else:
                yield match
                place = match.end()
        tried = place


def _percent_words_pattern(words) -> re.Pattern:
    """一半, 百分之X, X分之Y, 1/3, 翻番, X折, X成: percents written in words (and fractions in digits)."""
    cn = "一二两三四五六七八九"
    not_tenths, not_discount = _alt(words["tenths_not_before"]), _alt(words["discount_not_before"])
    share_before = re.escape("".join(words["share_before"]))
    half_after = re.escape("".join(words["half_after"]))
    return regex_cache.compile(
        # where any of them can start: lets `re` skip the rest fast (each form in digits wants none before it)
        rf"(?=(?<![0-9])\d|[{cn}十百千万翻半])"
        rf"(?:(?P<half>一半|半数)|(?P<most>一多半|一大半)"      # 一多半: more than half
        rf"|(?<=[{half_after}])(?P<qhalf>半)"                # 近半, 过半: half after its qualifier
        rf"|百分(?:之|(?=\d))(?P<pct>(?:负|-)?(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d{{1,4}})?|\d{{1,6}}(?:\.\d{{1,4}})?)(?![\d,])"
        rf"|负?[零〇{cn}十百千点]++)(?P<pmore>[多余])?(?![几多余])"     # 百分之三十多: at least 30
        rf"|(?!百分之)(?P<den>[{cn}十百千万]{{1,3}}|(?<!\d)\d{{1,5}})分之(?P<num>[零〇{cn}十百点]++|\d{{1,4}}(?:\.\d{{1,4}})?(?![\d.]))(?![几多余])"
        # 1/3, 2/3: a fraction in digits with a slash, its denominator at most 10 (12/16GB is a size, 9/11 an
        # event, 2021/1/2 a date)
        rf"|(?<![\d/.A-Za-z第])(?P<snum>[1-9])/(?P<sden>[2-9]|10)(?![\d/.A-Za-z%日号月期页版])"
        # a share of a whole named before it (仅为正品的1/15, 气态的1/800, 占…的1/4): any denominator over 10
        rf"|(?<=[{share_before}])(?P<bnum>[1-9]\d{{0,2}})/(?P<bden>[1-9]\d{{1,4}})(?![\d/.A-Za-z%日号月期页版])"
        rf"|(?P<double>翻(?:一|两|二|三)?番|翻倍)"
        rf"|(?<![\d.{cn}十])(?P<discount>[{cn}]点[{cn}]|[{cn}]{{1,2}}|[1-9](?:\.\d)?)折(?!{not_discount})"
        rf"|(?<![\d.{cn}十])(?:(?P<tenths_low>[{cn}]|[1-9])(?:到|至|-|~))?"      # 五到六成: 成 written once
        rf"(?P<tenths>[{cn}](?:点[{cn}])?|[1-9](?:\.\d)?|十|10)成(?!{not_tenths}))"
    )


def _fraction_range(norm: str, percent: Amount, match, rules) -> None:
    """`三分之一至二分之一`: two fractions joined by a range word are one range (low ≤ high)."""
    if match.lastgroup != "num":
        return
    sep = _RANGE_SEP.match(norm, percent.end)
    second = rules["percent_words_re"].match(norm, sep.end()) if sep else None
    high = _percent_words(second) if second is not None and second.lastgroup == "num" else None
    if high is None or high.attrs["value"] <= percent.attrs["value"]:
        return
    low = percent.attrs["value"]
    percent.attrs.update(value=low, low=low, high=high.attrs["value"], qualifier="range")
    percent.end = high.end


def _sign_before(norm: str, percent: Amount, match) -> None:
    """`负千分之15`, `负百分之五`: a 负 right before a fraction word is the fraction's sign."""
    if match.lastgroup in ("num", "pct") and norm[match.start() - 1:match.start()] == "负" \
            and percent.attrs.get("qualifier") != "range" and percent.attrs["value"] > 0:
        percent.attrs["value"] = -percent.attrs["value"]
        percent.start -= 1


_DOUBLINGS = {"翻番": 1, "翻倍": 1, "翻一番": 1, "翻两番": 2, "翻二番": 2, "翻三番": 3}


def _percent_words(match) -> Amount | None:
    """The percent a `percent_words_re` match says, None when its numbers do not read."""
    kind = {"num": "den", "pmore": "pct", "sden": "den", "bden": "den", "qhalf": "half"}.get(match.lastgroup or "", match.lastgroup or "")
    value = _PERCENT_WORD_READERS[kind](match)
    if value is None:
        return None
    attrs: dict = {"value": value, "unit": "%"}
    if match.group("pmore") or kind == "most":
        attrs["qualifier"] = "min"
    low = parse_numeral(match.group("tenths_low")) if kind == "tenths" and match.group("tenths_low") else None
    if low is not None and low * 10 < value:
        attrs.update(value=low * 10, low=low * 10, high=value, qualifier="range")
    if kind == "double":
        attrs.update(unit="x", multiple="of")
    return Amount("percent", match.start(), match.end(), attrs)


def _percent_in_words(match) -> Decimal | None:
    text = match.group("pct")
    negative = text.startswith(("负", "-"))
    value = parse_numeral(text.lstrip("负-"))
    return None if value is None else (-value if negative else value)


def _discount(match) -> Decimal | None:
    text = match.group("discount")
    tens, ones = (digit_value(text[0]), digit_value(text[1])) if len(text) == 2 else (None, None)
    if tens and ones:
        return Decimal(tens * 10 + ones)     # 七五折 = 75%
    value = parse_numeral(text)
    return None if value is None else value * 10


def _tenths(match) -> Decimal | None:
    value = parse_numeral(match.group("tenths"))
    return None if value is None or value > 10 else value * 10


def _fraction(match) -> Decimal | None:
    if match.group("sden"):
        return fraction_percent(Decimal(match.group("snum")), Decimal(match.group("sden")))
    if match.group("bden"):
        return fraction_percent(Decimal(match.group("bnum")), Decimal(match.group("bden")))
    den, num = parse_numeral(match.group("den")), parse_numeral(match.group("num"))
    return None if den is None or num is None else fraction_percent(num, den)


_PERCENT_WORD_READERS = {
    "half": lambda match: Decimal(50),
    "most": lambda match: Decimal(50),
    "pct": _percent_in_words,
    "den": _fraction,
    "double": lambda match: Decimal(2 ** _DOUBLINGS[match.group("double")]),
    "discount": _discount,
    "tenths": _tenths,
}


_MAGNITUDES = frozenset("百千万亿")
_AFTER_MAGNITUDE_QUALIFIER = _MAGNITUDES | {"半"}     # 过万, 过亿, 过半: more than half


def _qualifier_before(norm: str, start: int) -> tuple[str | None, int]:
    """The qualifier word that ends right at `start` (e.g. 超, 约, 突破), and where the span then starts."""
    rules = _rules()
    if norm[start - 1:start] not in rules["before_ends"]:
        return None, start                # (most numbers: no qualifier word can end right before them)
    window = norm[max(0, start - 6):start]
    match = rules["before_re"].search(window)
    if not match:
        return None, start
    word = match.group(0)
    if word in rules["before_magnitude"] and norm[start:start + 1] not in _AFTER_MAGNITUDE_QUALIFIER:
        return None, start                # 经历过三波: 过 is a qualifier only before a magnitude (过万, 身价过亿)
    if len(word) == 1 and start >= 2 and norm[start - 2:start] not in rules["before"] and _inside_word(norm, start - 1):
        return None, start                # 签约322个: the 约 belongs to 签约
    qualifier = rules["before"][word]
    if qualifier is None:
        return None, start                # 达, 高达: plain, and not part of the span (规模达200平方公里)
    return qualifier, start - len(word)


def _inside_word(norm: str, position: int) -> bool:
    """Is the character at `position` the end of a longer word (签约), by the segmenter, and is
    that word's last pair a dictionary word? (占地约18.5公顷: 地约 is none, so 约 is the qualifier.)"""
    first = max(0, position - 4)
    offset = first
    for word in tokenizer.cut(norm[first:position + 1]):
        if offset + len(word) > position:
            return len(word) > 1 and tokenizer.is_word(norm[position - 1:position + 1])
        offset += len(word)
    return False


def _qualifier_after(norm: str, end: int) -> tuple[str | None, int]:
    rules = _rules()
    match = rules["after_re"].match(norm, end)
    if not match:
        return None, end
    return rules["after"][match.group("word")], match.end()


def _read(norm: str, token: NumberToken, rules, object_finder) -> Amount | Claim | None:
    """Decide what the number token is, from its surroundings: None when it is no fact."""
    pair = _neighbour_digits(token) if token.value is None else None
    if pair is not None:                      # 五六千元: written as 5000 to 6000
        token = NumberToken(token.start, token.end, token.text, pair[0], token.has_myriad, True, False)
    skipped = _not_an_amount(norm, token, rules)
    if skipped is not None:
        return skipped
    if token.text == "一" and not _measure_follows_one(norm, token.end, rules):
        return None                           # 进一步, 一些, 统一: the commonest numeral character, mostly in words
    reading = _Reading.around(norm, token, rules)
    if pair is not None and reading.low is None:
        reading.low, reading.high = pair
    for family in (_as_percent, _as_money, _as_jiao, _as_quantity, _as_bare_count, _as_bare_money):
        amount = family(norm, reading, rules)
        if amount is not None:
            return amount
    if reading.value != reading.value.to_integral_value() and not reading.token.has_myriad:
        return None
    return _count(norm, reading, rules, object_finder)


_NEIGHBOUR_DIGITS = regex_cache.compile(r"([两二三四五六七八])([三四五六七八九])([十百千万亿]+)")


def _neighbour_digits(token: NumberToken) -> tuple[Decimal, Decimal] | None:
    """`五六千`, `三四十`, `两三万`: two neighbouring digits before a magnitude are a rough
    range, each digit times the magnitude (SPEC §3: `range`, `value` the low end)."""
    if token.value is not None or not token.is_chinese:
        return None
    match = _NEIGHBOUR_DIGITS.fullmatch(token.text)
    if match is None:
        return None
    low, high, magnitude = digit_value(match.group(1)), digit_value(match.group(2)), parse_numeral(match.group(3))
    if low is None or high != low + 1 or magnitude is None:
        return None
    return Decimal(low) * magnitude, Decimal(high) * magnitude


def _not_an_amount(norm: str, token: NumberToken, rules) -> Claim | None:
    """A claim for numbers that are no amount (vague, ordinal, inside a word, a label), else None."""
    if token.value is None:
        return Claim(token.start, token.end)
    for check in (_CHINESE_CHECKS if token.is_chinese else _ARABIC_CHECKS):
        claim = check(norm, token, rules)
        if claim is not None:
            return claim
    return None


def _code_or_ordinal(norm: str, token: NumberToken, rules) -> Claim | None:
    """SF031, G20 (Latin letters glued to the number, unless a unit: 5G is no unit, 10BP is); 第三批."""
    start, end = token.start, token.end
    before_char, after_char = norm[start - 1] if start else "", norm[end:end + 1]
    glued_after = after_char.isascii() and after_char.isalpha() and after_char != "x" \
        and not rules["unit_re"].match(norm, end) and not rules["points_re"].match(norm, end)
    if (before_char.isascii() and before_char.isalpha() and not _indicator_figure(norm, token, rules)) \
            or glued_after or before_char == "第" or (norm[start - 2:start - 1] == "第" and _spaced(norm, token)):
        return Claim(start, end)              # 第 3 名 written with spaces is still an ordinal
    return None


_INDICATOR = regex_cache.compile(r"(?<![A-Za-z])[A-Z]{2,5}$")


def _indicator_figure(norm: str, token: NumberToken, rules) -> bool:
    """`GDP5.5%`, `实现GDP9602.72亿元`, `CPI2.1%`: an indicator's capitals glued to its figure, which a
    percent sign, percentage points or a currency follows; a code (SF031, G20峰会) has none of them."""
    if not _INDICATOR.search(norm, max(0, token.start - 5), token.start):
        return False
    end = token.end
    return norm.startswith("%", end) or bool(rules["points_re"].match(norm, end) or rules["currency_re"].match(norm, end))


def _spaced(norm: str, token: NumberToken) -> bool:
    """Is an Arabic number set off by a space on each side between Chinese words (`司法部和 15 个州`,
    `售价高达 1,599 美元`), as pages that space Latin text and digits write it? Then the
    unit or classifier after the space is the number's."""
    start, end = token.start, token.end
    return (not token.is_chinese and start >= 2 and norm[start - 1] == " " and norm[end:end + 1] == " "
            and is_han(norm[start - 2]) and is_han(norm[end + 1:end + 2]))


def _spaced_before_measure(norm: str, token: NumberToken, rules) -> bool:
    """Is an Arabic number followed by one space and a unit or classifier (`22 股获社保基金连续持仓`,
    `增加的有11 只`), as writers who space digits from Chinese do? A number after a Latin word
    (`iPhone 11 台`) is a model's, claimed before."""
    end = token.end
    if token.is_chinese or norm[end:end + 1] != " " or not (is_han(norm[end + 1:end + 2]) or _latin_unit_at(norm, end + 1, rules)):
        return False
    before = norm[token.start - 1:token.start]
    return not (before.isascii() and before.isalnum()) and _unit_follows(norm, end + 1, rules)


def _latin_unit_at(norm: str, pos: int, rules) -> bool:
    """Does a unit written in Latin letters or a percent sign stand whole at `pos` (`10 GWh`, `2.5 MW`,
    `10 %`)? Writers who space digits from Chinese space them from these symbols too."""
    if norm.startswith("%", pos):
        return True
    match = rules["unit_re"].match(norm, pos)
    after = norm[match.end():match.end() + 1] if match else ""
    return bool(match) and match.group(0).isascii() and not (after.isascii() and after.isalnum())


def _model_number(norm: str, token: NumberToken, rules) -> Claim | None:
    """iPhone 11, Mate 20: a number after a Latin name and a space is its model, unless a unit follows."""
    start, end = token.start, token.end
    if token.is_chinese or norm[start - 1:start] != " " or start < 2 or not (norm[start - 2].isascii() and norm[start - 2].isalpha()):
        return None
    if rules["currency_re"].match(norm, end) or rules["unit_re"].match(norm, end) or norm.startswith(("%", "倍"), end):
        return None
    return Claim(start, end)


def _product_model(norm: str, token: NumberToken, rules) -> Claim | None:
    """骁龙810处理器, 麒麟990芯片: digits between a brand's Chinese name and a product noun name a model; the
    noun is no classifier's word (810 处 of 理器)."""
    if not norm.startswith(rules["model_nouns"], token.end) or not is_han(norm[token.start - 1:token.start]):
        return None
    return Claim(token.start, token.end)


def _chinese_label(norm: str, token: NumberToken, rules) -> Claim | None:
    """零部件, 一、二类 (labels), 一批 (indefinite), 亿元 alone (a unit, not a number)."""
    start, end = token.start, token.end
    if not token.is_chinese:
        return None
    if (token.value == 0 and not _opens_a_range(norm, end)) \
            or (norm[start - 1:start] == "、" and start >= 2 and norm[start - 2] in _DIGIT_CHARS):
        return Claim(start, end)      # 零部件, 一、二类; but 零至1% is a range from nothing
    if token.text == "一" and norm[start:start + 2] in rules["indefinite"]:
        return Claim(start, end + 1)
    if _bare_magnitude(token) and _no_number_alone(norm, token, rules):
        return Claim(start, end)
    return None


def _no_number_alone(norm: str, token: NumberToken, rules) -> bool:
    """A magnitude alone (亿元, 万元, 千万) is no number, nor one opening a name (超过万科, 千岛湖); after an
    approximating word or a qualifier it is (近万, 过亿), and so is 千元 (1000 yuan) or 百万家."""
    start, end = token.start, token.end
    if _opens_a_name(norm, start, end) and not _number_and_place(norm, token, end, rules):
        return True                           # 万科, 千岛湖; but 超百城 is a hundred cities
    return not is_approx_word(norm[max(0, start - 1):start]) and _qualifier_before(norm, start)[0] is None \
        and not _hundreds_of_money(norm, token, rules) and not _hundreds_and_more(norm, token, rules) \
        and not _hundreds_measured(norm, token, rules)


def _hundreds_measured(norm: str, token: NumberToken, rules) -> bool:
    """千吨以上, 百亩以下: a magnitude alone before a physical unit that a qualifier follows is that many units, as
    百亿元以上 is money, and before a unit and 级 an order of magnitude (亿吨级, as 百亿级); with neither it is as
    often a figure of speech (百米冲刺, 万吨巨轮) and stays unread."""
    match = rules["unit_re"].match(norm, token.end)
    return match is not None and (norm.startswith("级", match.end()) or _qualifier_after(norm, match.end())[0] is not None)


def _opens_a_name(norm: str, start: int, end: int) -> bool:
    """Does the segmenter read a proper name from `start` on, longer than norm[start:end] (万科, 万达, 千岛湖)?
    Units and classifiers (千米, 百款) are no names."""
    if not _may_open_longer_word(norm, start, end):
        return False
    word, flag = _word_at(norm, start)
    return len(word) > end - start and flag.startswith(("nz", "nr", "nt", "ns"))


def _opens_a_range(norm: str, end: int) -> bool:
    """Does a range word and a number follow `end` (零至1%)?"""
    sep = _RANGE_SEP.match(norm, end)
    return sep is not None and number_at(norm, sep.end()) is not None


def _slogan(norm: str, token: NumberToken, rules) -> Claim | None:
    """`“两降两升”`, `“三去一降一补”`: a short quoted phrase holding two or more Chinese numerals is a
    slogan; its numbers are no amounts (SPEC §3.4: numbers inside names and slogans)."""
    if not token.is_chinese or not _OPENING_QUOTE.search(norm, max(0, token.start - 8), token.start):
        return None                        # (most numbers: no quote opens within reach)
    opening = max(norm.rfind(q, max(0, token.start - 8), token.start) for q in _OPENING_QUOTES)
    if opening < 0:
        return None
    closing = min((i for i in (norm.find(q, token.end, token.end + 8) for q in _CLOSING_QUOTES) if i >= 0), default=-1)
    quoted = norm[opening + 1:closing] if closing > 0 else ""
    if not quoted or any(not is_han(ch) for ch in quoted) or sum(ch in _DIGIT_CHARS for ch in quoted) < 2:
        return None
    return Claim(token.start, token.end)


# the checks of _not_an_amount that can claim a number of each script, in order (the others return None at once:
# _model_number reads digits only, _chinese_label and _slogan Chinese numerals only)
_CHINESE_CHECKS = (_code_or_ordinal, _chinese_label, _slogan)
_ARABIC_CHECKS = (_code_or_ordinal, _model_number, _product_model)


def _hundreds_and_more(norm: str, token: NumberToken, rules) -> bool:
    """百余个品种, 千余家: 百/千 alone, then 余/多 and a unit, are a hundred or a thousand and more;
    before a classifier they are a hundred or a thousand (百位主播, 百款好物; 千家万户 is an idiom), as
    百万/千万 are a million or ten million (孵化培育百万家创新型中小企业), also before a word of people
    (千万网友; 千万不要 is an adverb)."""
    end = token.end
    if token.text in ("百万", "千万"):
        if _word_at(norm, end)[0] in rules["people_heads"]:
            return True                       # 千万网友, 百万用户: a word of people follows
        return bool(rules["classifier_re"].match(norm, end)) and not _in_idiom(norm, token.start, end + 1)
    if token.text not in ("百", "千"):
        return False
    if norm[end:end + 1] in ("余", "多"):
        return _unit_follows(norm, end + 1, rules)
    return bool(rules["classifier_re"].match(norm, end)) and not _in_idiom(norm, token.start, end + 1)


def _bare_magnitude(token: NumberToken) -> bool:
    """A Chinese number without a digit (百, 千万, 亿): a magnitude alone; 十亿 is ten of them."""
    if not token.is_chinese:
        return False
    text = token.text.lstrip("负")          # 负十 is minus ten
    return _DIGIT_CHARS.isdisjoint(text) and text[:1] not in ("十", "拾")


def _hundreds_of_money(norm: str, token: NumberToken, rules) -> bool:
    """百/千 alone, or with a myriad, before a currency (千元, 百亿元以上) or in a money context (年薪百万,
    万亿成交额)."""
    if token.text[0] not in "百佰千仟" and token.text != "万亿":
        return False
    if rules["currency_re"].match(norm, token.end):
        return True
    return token.has_myriad and _money_context(norm, token.start, token.end, rules)


@dataclass(slots=True)
class _Reading:
    """A number with what stands around it: a range's second number, 多/余, the words before it."""

    token: NumberToken
    value: Decimal
    pos: int                                   # where the unit would start
    start: int                                 # where the span starts (qualifier words, 人民币, 每股)
    qualifier: str | None
    more: bool
    low: Decimal | None = None
    high: Decimal | None = None
    prefix: re.Match[str] | None = None        # the match of 每股 / 人民币 before the number

    @classmethod
    def around(cls, norm: str, token: NumberToken, rules) -> _Reading:
        start, value = token.start, token.value
        assert value is not None, "a token without a value is claimed before it is read"
        more, about, pos = _more_or_about(norm, token, rules)
        low = high = None
        range_match = _NOTED_RANGE_SEP.match(norm, pos)
        if range_match:
            second = number_at(norm, range_match.end())
            if second is not None and second.value is not None and not (second.is_chinese and not token.is_chinese) \
                    and not _subtraction(range_match.group("dash"), value * _shared_magnitude(token, second), second.value):
                low, high = value * _shared_magnitude(token, second), second.value
                if second.has_myriad:
                    token = second            # 十到十五亿元: the unit is written after the second number
                pos = second.end
        prefix, qualifier, span_start = _words_before(norm, token, start, rules)
        if _bare_magnitude(token) and is_approx_word(norm[max(0, start - 1):start]):
            qualifier, span_start = "approx", start - 1      # 上百家, 上百亿元: about a hundred
        qualifier = qualifier or ("approx" if about else None)
        return cls(token, value, pos, span_start, qualifier, more, low, high, prefix)

    def finish(self, norm: str, kind: str, unit_end: int, attrs: dict) -> Amount:
        """The fact, with the qualifier written after the unit (以上, 左右) and the range folded in."""
        q_after, span_end = _qualifier_after(norm, unit_end)
        final = self.qualifier or q_after or ("min" if self.more else None)
        if self.low is not None and self.high is not None:
            pair = sorted((self.low, self.high))
            attrs.update(value=pair[0], low=pair[0], high=pair[1])
            final = "range"
        attrs.setdefault("value", self.value)
        attrs["qualifier"] = final
        return Amount(kind, self.start, span_end, attrs)

    def scale(self, factor: Decimal) -> None:
        """Both ends of a range in base units (平方公里 → m2, ‰ → %)."""
        if self.low is not None and self.high is not None:
            self.low, self.high = self.low * factor, self.high * factor

    def range_after_unit(self, norm: str, unit_end: int, unit: str) -> int | None:
        """`3亿元—5亿元`: the same unit written twice around the dash; sets the range, returns its end."""
        if self.low is not None:
            return None
        sep = _LOW_BOUND_RANGE_SEP.match(norm, unit_end)
        second = number_at(norm, sep.end()) if sep else None
        if sep is None or second is None or second.value is None or not norm.startswith(unit, second.end) \
                or _subtraction(sep.group("dash"), self.value, second.value) \
                or _change_then_level(norm, self.token.start, sep.group("dash"), self.value, second.value):
            return None
        self.low, self.high = self.token.value, second.value
        return second.end + len(unit)


_LEVEL_SEPS = frozenset(("至", "到"))


def _change_then_level(norm: str, start: int, sep: str, first: Decimal, second: Decimal) -> bool:
    """`微跌1.5亿元至1391亿元`, `增加3万吨至120万吨`: after a word of change, `X至Y` is the change and the level it
    reached, not a range, when Y is ten times X or more (a range's ends are of one size: `预计增长10亿元至20亿元`)."""
    if sep.strip() not in _LEVEL_SEPS or second < first * 10:
        return False
    before = norm[max(0, start - 4):start].rstrip("了")
    return before.endswith(_rules()["change_words"])


def _subtraction(dash: str, first: Decimal, second: Decimal) -> bool:
    """`10000亿-3000亿-1000亿`: a hyphen from a larger number to a smaller one subtracts; a range
    is written from its low end (`5-8%`)."""
    return dash.strip() == "-" and first > second


def _words_before(norm: str, token: NumberToken, start: int, rules) -> tuple[re.Match[str] | None, str | None, int]:
    """The prefix (人民币, 每股) and qualifier word (约, 超过) before the number at `start`, and where
    the span then starts; past one space between Chinese words (约 300 家, 超过 20 亿元)."""
    spaced = not token.is_chinese and start >= 2 and norm[start - 1] == " " and is_han(norm[start - 2])
    words_end = start - 1 if spaced else start
    # (a prefix ends at the number, or before one space and a line's end: `\s?$`)
    prefix = None if rules["prefix_ends"].isdisjoint(norm[max(0, words_end - 3):words_end]) \
        else rules["prefix_re"].search(norm[max(0, words_end - 8):words_end])
    qualifier, span_start = _qualifier_before(norm, words_end - (len(prefix.group(0)) if prefix else 0))
    return prefix, qualifier, (start if span_start == words_end else span_start)


def _more_or_about(norm: str, token: NumberToken, rules) -> tuple[bool, bool, int]:
    """多/余 (at least) or 来 (about, after a round number: 十来个人, 二十来家) between the number
    and its unit: (more, about, where the unit would start)."""
    spaced = norm[token.end:token.end + 1] == " " and (_spaced(norm, token) or _spaced_before_measure(norm, token, rules))
    pos = token.end + 1 if spaced else token.end
    after = norm[pos:pos + 1]
    if after in ("多", "余", "来") and _unit_follows(norm, pos + 1, rules):
        if after != "来":
            return True, False, pos + 1
        if token.value is not None and token.value >= 10 and token.value % 10 == 0:
            return token.more, True, pos + 1
    return token.more, False, pos


def _as_percent(norm: str, r: _Reading, rules) -> Amount | Claim | None:
    """%, 个百分点 and 个基点 (percentage points), 倍 (multiples)."""
    pos = r.pos
    if norm[pos:pos + 1] not in rules["percent_starts"]:
        return None                           # (most numbers: none of them can start after the number)
    if norm.startswith("%", pos) and norm[max(0, r.token.start - 1):r.token.start] in _FORMULA_SIGNS:
        return Claim(r.token.start, pos + 1)  # 利润总额÷营业收入×100%: a formula's factor, no share of anything
    if norm.startswith("%", pos):
        end = r.range_after_unit(norm, pos + 1, "%")
        return r.finish(norm, "percent", end or pos + 1, {"unit": "%"})
    if norm.startswith(rules["per_mille"], pos):
        r.scale(Decimal("0.1"))
        return r.finish(norm, "percent", pos + 1, {"unit": "%", "value": r.value / 10})
    points = rules["points_re"].match(norm, pos)
    if points:
        factor = rules["points"][points.group(0)]
        r.scale(factor)
        return r.finish(norm, "percent", points.end(), {"unit": "pp", "value": r.value * factor})
    if norm.startswith("倍", pos) and r.low is None and _clause_before(norm, r.start, 4).endswith(("翻", "翻了")):
        return r.finish(norm, "percent", pos + 1, {"unit": "x", "multiple": "of", "value": r.value + 1})    # 翻了一倍: doubled
    if norm.startswith("倍", pos) or (norm.startswith("x", pos) and not norm[pos + 1:pos + 2].isalpha()):
        end = r.range_after_unit(norm, pos + 1, norm[pos])
        return r.finish(norm, "percent", end or pos + 1, {"unit": "x", "multiple": _multiple_kind(norm, r.start, rules)})
    return None


def _multiple_kind(norm: str, start: int, rules) -> str:
    """`by` when a verb of increase governs the 倍 (增长1.2倍), also across the list it closes (分别增长3.3、1.4、1.1倍,
    增长1.1倍和2.3倍), else `of` (是去年的4倍)."""
    before = _clause_before(norm, start, 30)
    before = _MULTIPLES_LISTED.sub("", before).rstrip(" 了")
    return "by" if before.endswith(rules["by_verbs"]) else "of"


_MULTIPLES_LISTED = regex_cache.compile(r"(?:\d{1,6}(?:\.\d{1,4})?倍?[、和及与])+$")


def _as_money(norm: str, r: _Reading, rules) -> Amount | Claim | None:
    """A currency word after the number (元, 亿美元, 元/股), or 每股 before it."""
    match = rules["currency_re"].match(norm, r.pos)
    if not match:
        return None
    change = _yuan_change(norm, match, rules)
    if change is None or change[2]:
        if match.group("cur") == "块" and not _colloquial_yuan(norm, r, match.end(), rules, bool(change)):
            return None                   # 3块集成电路, 需要40块: 块 counts pieces
        claim = _no_money(norm, r, match, rules)
        if claim is not None:
            return claim
    attrs = _money_attrs(r, match, rules)
    fraction = rules["fractions"].get(match.group("cur"))
    if fraction is not None:              # 1.5分钱 is 0.015 yuan
        attrs["value"] = r.value * fraction
        r.scale(fraction)
    if change is not None:                # 二十块五毛
        attrs["value"] = r.value + change[0]
        high = _change_range_end(norm, change[1], match.group("cur"), rules) if r.low is None else None
        if high is not None and high[0] >= attrs["value"]:     # 五块六到五块七毛八
            r.low, r.high = attrs["value"], high[0]
            return r.finish(norm, "money", high[1], attrs)
        return r.finish(norm, "money", change[1], attrs)
    end = r.range_after_unit(norm, match.end(), match.group(0))
    return r.finish(norm, "money", end or match.end(), attrs)


def _change_range_end(norm: str, end: int, cur: str, rules) -> tuple[Decimal, int] | None:
    """The high end of a range of colloquial yuan after a dash (五块六到五块七毛八, 五元六角-五元七毛八分):
    its value and end, when it names the same currency word."""
    sep = _RANGE_SEP.match(norm, end)
    second = number_at(norm, sep.end()) if sep else None
    if second is None or second.value is None:
        return None
    unit = rules["currency_re"].match(norm, second.end)
    if unit is None or unit.group("cur") != cur:
        return None
    change = _yuan_change(norm, unit, rules)
    return (second.value + change[0], change[1]) if change else (second.value, unit.end())


def _no_money(norm: str, r: _Reading, match, rules) -> Claim | None:
    """A claim when the number before a currency word is no money (a term, a title, an idiom),
    None when it is money."""
    token, end = r.token, match.end()
    if _a_term(norm, token, match) or inside_book_title(norm, token.start, 40) or _not_a_penny(norm, token, match, rules) \
            or rules["group_re"].match(norm, end):
        return Claim(token.start, end)    # a term, a title's words (《一分钱》, 《关于下达2亿元…的通知》), "not a penny",
        #                                   a group named by its threshold (8万亿元俱乐部)
    if token.is_chinese and not token.has_myriad and norm[token.start - 1:token.start] in _OPENING_QUOTES \
            and _quoted_words_go_on(norm, end):
        return Claim(token.start, end)    # “一分钱爷爷”, “十元店”: a small sum that opens a name in quotes
    return None


def _a_term(norm: str, token: NumberToken, match) -> bool:
    """三元正极材料, 二元结构: one Chinese numeral and 元 inside a word are a term, not money; so is 圆
    opening a word (百万圆桌会, the Million Dollar Round Table). A magnitude that a qualifier governs is a
    sum whatever word follows (售价超万元时, 官网过万元需要: 10000 yuan and more)."""
    end = match.end()
    if match.group(0) == "圆" and _starts_longer_word(norm, match.start(), end):
        return True
    return (token.is_chinese and len(token.text) == 1 and match.group(0) == "元"
            and is_han(norm[end:end + 1]) and norm[end] not in "钱的左上以多余至到"
            and not (_bare_magnitude(token) and _qualifier_before(norm, token.start)[0] is not None))


def _not_a_penny(norm: str, token: NumberToken, match, rules) -> bool:
    """不置一分钱房产, 一分钱都不要: "not a penny" is no sum."""
    return match.group("cur") in rules["fractions"] and token.text == "一" and (
        any(word in norm[max(0, token.start - 3):token.start] for word in rules["penny_negations"])
        or norm.startswith(rules["penny_after"], match.end()))


def _quoted_words_go_on(norm: str, end: int) -> bool:
    """Do Chinese words follow `end` up to a closing quote, within a few characters (“一分钱爷爷”)?"""
    close = next((i for i in range(end, min(len(norm), end + 6)) if norm[i] in _CLOSING_QUOTES), None)
    return close is not None and close > end and all(is_han(ch) for ch in norm[end:close])


def _money_attrs(r: _Reading, match, rules) -> dict:
    """Currency and unit as written: 亿元, 元/股 (per after), 元/股 (每股 before), 新台币…元."""
    token, prefix, cur = r.token, r.prefix, match.group("cur")
    magnitude = _magnitude_word(token)
    attrs = {"currency": rules["currencies"][cur], "unit": magnitude + match.group(0)}
    if match.group("per"):
        attrs["unit"] = magnitude + cur + "/" + match.group("per")
    elif prefix and prefix.group("each"):
        attrs["unit"] = magnitude + cur + "/" + prefix.group("per")
    if prefix and prefix.group("cur") and cur == "元":
        attrs["currency"] = rules["prefixes"][prefix.group("cur")]
    return attrs


def _yuan_change(norm: str, match, rules) -> tuple[Decimal, int, bool] | None:
    """The 毛/角/分 written after 块, 元 or 圆 (二十块五毛, 八十六块四角三分, 玖仟陆佰陆拾伍圆壹角捌分):
    their value in yuan, their end, and whether they are a bare digit after 块 (一块二, 三块零四)."""
    if match.group("cur") not in _YUAN or match.group("per"):
        return None
    change = rules["change_re"].match(norm, match.end())
    tail = rules["yuan_tail_re"].match(norm, match.end()) if change is None and match.group("cur") == "块" else None
    if tail is not None:
        return Decimal(digit_value(tail.group("d")) or 0) * Decimal("0.01" if tail.group("zero") else "0.1"), tail.end(), True
    if change is None or (change.group("u1") == "分" and change.group("d2")):
        return None
    value = Decimal(0)
    for digit, unit in ((change.group("d1"), change.group("u1")), (change.group("d2"), change.group("u2") or "分")):
        if digit:
            value += digit_value(digit) * rules["change"][unit]
    return value, change.end(), False


# a character outside the segmenter's word classes (Han, Latin letters, digits, +#&._%-): a mark, a space, a symbol.
# jieba and rjieba cut the text into runs of those classes first, so such a character is always a word alone,
# tagged x (both checked on every such character of the Basic Multilingual Plane); \r is left out (\r\n is one word)
_NO_WORD_CHAR = regex_cache.compile(r"[^\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFFA-Za-z0-9+#&._%\-\r\U00010000-\U0010FFFF]")


def _word_at(norm: str, start: int) -> tuple[str, str]:
    """The segmenter's first word (and its tag) of the text at `start`. A mark or a space there is that word
    without asking the segmenter (a third of the places counts ask about: 8、营业收入, 两年）, 表2 2021年)."""
    if _NO_WORD_CHAR.match(norm, start):
        return norm[start], "x"
    words = tokenizer.tag(norm[start:start + 8])
    return words[0] if words else ("", "")


def _in_idiom(norm: str, start: int, end: int) -> bool:
    """Is the number and classifier at norm[start:end] the start of a longer word that is no numeral (四处活动)?"""
    if not _may_open_longer_word(norm, start, end):
        return False
    word, flag = _word_at(norm, start)
    return len(word) > end - start and not flag.startswith("m")


def _word_holding(norm: str, start: int, stop: int) -> tuple[int, str, str] | None:
    """Where the segmenter's word that holds `start` begins, the word and its tag, the text being read from
    three characters before `start` to `stop`; None when no word holds it."""
    offset = max(0, start - 3)
    for word, flag in tokenizer.tag(norm[offset:stop]):
        if offset + len(word) > start:
            return offset, word, flag
        offset += len(word)
    return None


def _inside_idiom(norm: str, start: int, end: int) -> bool:
    """Does an idiom of the segmenter (`i`: 一波三折, 五花八门) hold norm[start:end] and more? Not its
    set phrases (`l`: 近千家 is a number with its qualifier)."""
    holding = _word_holding(norm, start, end + 3)
    return holding is not None and holding[2] == "i" and len(holding[1]) > end - start


def _mid_word(norm: str, start: int, end: int) -> bool:
    """Does a word of the segmenter begin before `start` and reach past it (长三角, 珠三角)?"""
    holding = _word_holding(norm, start, end + 2)
    return holding is not None and holding[0] < start


def _starts_longer_word(norm: str, start: int, end: int) -> bool:
    """Does the text at `start` begin with a word longer than norm[start:end] (数据 beside 数)?"""
    return _may_open_longer_word(norm, start, end) and len(_word_at(norm, start)[0]) > end - start


def _may_open_longer_word(norm: str, start: int, end: int) -> bool:
    """Can the segmenter's first word at `start` be longer than norm[start:end]? After a Han character only a
    dictionary word can (jieba joins single characters only in runs of Latin letters and digits), so one of the
    text's longer prefixes within the segmenter's 8 characters must be a word: looking them up is cheaper than
    segmenting, and most of them are none (一个, 三家)."""
    if end <= start or not is_han(norm[start:start + 1]):
        return True
    return any(tokenizer.is_word(norm[start:stop]) for stop in range(end + 1, min(len(norm), start + 8) + 1))


def _colloquial_yuan(norm: str, r: _Reading, end: int, rules, tail: bool = False) -> bool:
    """Is the 块 ending at `end` yuan? Only in a price's clause, and never before a noun (3块芯片); a
    qualifier (3.04块以上) or the digit of its tenths (`tail`: 一块二) may follow it."""
    after = norm[end:end + 1]
    if (is_han(after) and not tail and _qualifier_after(norm, end)[1] == end) or (after.isascii() and after.isalpha()) \
            or after in "“‘\"" or "亿" in r.token.text:
        return False
    return _price_clause(norm, r.start, rules)


def _price_clause(norm: str, start: int, rules) -> bool:
    """Does the clause before `start` speak of a price (价, 卖, 一斤…), where 块/毛/角 are yuan?"""
    clause = _clause_before(norm, start, 30)
    return any(cue in clause for cue in rules["yuan_cues"]) or clause.rstrip(rules["yuan_adverbs"]).endswith(rules["yuan_per_unit"])


def _as_jiao(norm: str, r: _Reading, rules) -> Amount | None:
    """2角, 两毛五, 负壹角: one digit of tenths of a yuan alone, in a price's clause (价格为2角); a digit
    after them is hundredths; a cheque's capital before 分 is cents (壹分). Elsewhere 角 and 毛 are
    corners and hairs."""
    value = abs(r.value)
    if r.low is not None or r.token.has_myriad or not 0 < value < 10 or value % 1:
        return None
    match = rules["jiao_re"].match(norm, r.pos)
    if match is None or not _price_clause(norm, r.start, rules) or _mid_word(norm, r.token.start, match.end()):
        return None
    cents = Decimal(digit_value(match.group("d")) or 0) * Decimal("0.01") if match.group("d") else Decimal(0)
    amount = value * Decimal("0.01" if match.group("cent") else "0.1") + cents
    unit = match.group("u") or match.group("cent")
    return r.finish(norm, "money", match.end(), {"currency": "CNY", "unit": unit, "value": amount.copy_sign(r.value)})


def _clause_before(norm: str, start: int, longest: int) -> str:
    """The text from the start of the clause up to `start`, at most `longest` characters."""
    window = max(0, start - longest)
    return norm[window + clause_start(norm[window:start], start - window, CLAUSE_END):start]


def _as_quantity(norm: str, r: _Reading, rules) -> Amount | Claim | None:
    """A physical unit after the number, in base units (平方公里 → m2), rates included (万吨/日)."""
    match = rules["unit_re"].match(norm, r.pos)
    if not match or not _unit_applies(norm, r.token, match, rules):
        return None
    if _an_order(norm, r, match.end()):                 # 亿吨级: an order of magnitude, as 百亿级 is of money
        base, factor = _base_unit(norm, r, match, rules)
        return Amount("quantity", r.start, match.end() + 1, {"unit": base, "value": r.value * factor, "qualifier": "order"})
    if _no_quantity(norm, r.token, match.end()) or norm.startswith(rules["class_nouns"], match.end()) \
            or _price_base(norm, r.token, match.end(), rules) \
            or (r.token.text == "一" and norm.endswith(rules["figure_before"], 0, r.token.start)):
        return Claim(r.token.start, match.end())         # 最后一公里: a figure of speech
    base, factor = _base_unit(norm, r, match, rules)
    unit_end = match.end()
    rate = rules["per_time_re"].match(norm, unit_end)
    if rate:
        base, unit_end = base + rules["per_time"][rate.group(0)], rate.end()    # 220.73万吨/日 → kg/d
    end = r.range_after_unit(norm, unit_end, norm[r.pos:unit_end])
    tenth = _colloquial_tenth(norm, r, match.group(0), unit_end) if end is None and not rate else None
    if tenth is not None:               # 1米4: one metre and four tenths
        return r.finish(norm, "quantity", unit_end + 1, {"unit": base, "value": (r.value + tenth) * factor})
    r.scale(factor)
    return r.finish(norm, "quantity", end or unit_end, {"unit": base, "value": r.value * factor})


def _base_unit(norm: str, r: _Reading, match, rules) -> tuple[str, Decimal]:
    """The base unit and factor of the unit `match` read (天然气15亿方: m3, not floor area)."""
    if match.group(0) in rules["volume_unless_floor"] and not _floor_area(norm, r.token, rules):
        return rules["volume_unless_floor"][match.group(0)]
    return rules["units"][match.group(0)]


def _an_order(norm: str, r: _Reading, unit_end: int) -> bool:
    """`亿吨级`, `百万吨级`, `10亿吨级`: a power of ten written with a magnitude before a unit and 级 is an order of
    magnitude (as 百亿级 is of money); any other number so written is a class (`25万吨级泊位`: no quantity)."""
    value = r.token.value
    if not norm.startswith("级", unit_end) or r.low is not None or value is None or value < 100 \
            or not _MAGNITUDES.intersection(r.token.text):
        return False
    return value.normalize().as_tuple().digits == (1,)


def _no_quantity(norm: str, token: NumberToken, unit_end: int) -> bool:
    """A number and unit that measure nothing: a class (`25万吨级泊位`, and `12英寸晶圆` by
    `units.toml` `class_nouns`), the unit of a price written after it (`几块钱一斤`)."""
    return norm.startswith("级", unit_end) or (token.text == "一" and norm[token.start - 1:token.start] in _PRICE_ENDS)


_FIGURE = regex_cache.compile(r"\d+(?:\.\d+)?[万亿]*")


def _price_base(norm: str, token: NumberToken, unit_end: int, rules) -> bool:
    """`零售均价每500克分别为2.21元`: a measure right after 每 that a sum in its clause follows is the base of a
    per-unit price (as 元/斤 is), no quantity; `每100公里大约消耗4.5公斤氢` names no price and is a distance."""
    if norm[token.start - 1:token.start] != "每":
        return False
    stop = clause_end(norm, unit_end, reach=40)
    return any(rules["currency_re"].match(norm, figure.end()) for figure in _FIGURE.finditer(norm, unit_end, stop))


def _colloquial_tenth(norm: str, r: _Reading, unit: str, unit_end: int) -> Decimal | None:
    """`1米4`, `一米八的个子`: a lone digit right after 米 (heights below 3 m) is tenths of a metre."""
    if unit != "米" or r.low is not None or r.value >= 3:
        return None
    digit = digit_value(norm[unit_end:unit_end + 1])
    after = norm[unit_end + 1:unit_end + 2]
    alone = not after or after in "的左多" or not after.isalnum()      # not 1米5个, 3米4层
    return Decimal(digit) / 10 if digit and alone else None


def _as_bare_count(norm: str, r: _Reading, rules) -> Amount | None:
    """A bare 亿/万 number of people or things after 人数/数量 (毕业生数量达到1075万; 百/千 alone after a
    qualifier: 粉丝数量破千), also before a word that sizes anything (`毕业生数量却达到1075万规模`: 规模 is money's only after a money word)."""
    token = r.token
    if not (token.has_myriad or _bare_magnitude(token)):
        return None                           # (most numbers)
    money_after = rules["money_after_re"].match(norm, r.pos)
    if _classifier_at(norm, r.pos, rules) \
            or not _clause_has(norm, token.start, rules["count_context_re"]) \
            or (money_after and money_after.group(0) not in rules["money_neutral"]):
        return None
    q_after, end = _qualifier_after(norm, r.pos)
    return Amount("count", r.start, end, {"value": r.value, "classifier": None, "object": None,
                                          "qualifier": r.qualifier or q_after or ("min" if r.more else None)})


def _as_bare_money(norm: str, r: _Reading, rules) -> Amount | None:
    """A bare 亿/万 amount in a money context (产业规模突破5000亿); 32.1万辆 stays a count.
    `N个亿` is always money: the colloquial hundred million yuan (一个亿的小目标); so is any figure
    after a currency named with 币 (港币3.14, 人民币300亿)."""
    token, prefix = r.token, r.prefix
    if not token.has_myriad and prefix is None:
        return None                           # (most numbers: no myriad, and no currency before them)
    colloquial = "个" in token.text
    coin = _coin_before(norm, r)
    if not (token.has_myriad or coin) or _classifier_at(norm, r.pos, rules) or rules["group_re"].match(norm, r.pos) \
            or norm.startswith(rules["lot_words"], r.pos) \
            or not (colloquial or (prefix and prefix.group("cur")) or _money_context(norm, token.start, r.pos, rules)):
        return None
    currency = rules["prefixes"][prefix.group("cur")] if prefix and prefix.group("cur") else "CNY"
    return r.finish(norm, "money", r.pos, {"currency": currency, "unit": _magnitude_word(token) or coin})


def _coin_before(norm: str, r: _Reading) -> str:
    """The currency named with 币 right before the number (港币3.14), when no word follows the number."""
    word = (r.prefix.group("cur") or "") if r.prefix is not None else ""
    return word if word.endswith("币") and not is_han(norm[r.pos:r.pos + 1]) else ""


def _classifier_at(norm: str, pos: int, rules) -> bool:
    """Is there a classifier at `pos`? Not when its character opens a money word (约100万支出预算)."""
    if not rules["classifier_re"].match(norm, pos):
        return False
    if not norm.startswith(rules["long_money_words"], pos):
        return True                       # (no money word is written there: the segmenter's word cannot be one)
    word = _word_at(norm, pos)[0]
    return not (len(word) > 1 and word in rules["money_words"])


def _measure_follows_one(norm: str, pos: int, rules) -> bool:
    """Can a lone 一 ending at `pos` be read at all: does a unit, a currency, a classifier, a percent
    sign, 倍, percentage points, a range's dash, (含) or 多/余/来 follow it? Every reading needs one."""
    return bool(rules["one_measure_re"].match(norm, pos))


def _unit_follows(norm: str, pos: int, rules) -> bool:
    """Does a unit, a currency, a classifier, % or 倍 follow at `pos`?"""
    return bool(rules["unit_follows_re"].match(norm, pos))


_MAGNITUDE_TAIL = regex_cache.compile(r"[百千佰仟万亿萬億]+$")


def _shared_magnitude(low: NumberToken, high: NumberToken) -> Decimal:
    """The magnitude the low end of a range shares with the high end, written once after it.

    The high end ends in a run of magnitudes (`千万` of `五千万`); the largest ending of that
    run that keeps the low end no larger than the high end is both ends': `三千到五千万`
    (万), `一到两千万` and `3到5百万` (千万, 百万), `两到三千` (千), `十到十五亿`, `1.5万至2万亿`
    (亿). None fits `3000-5万`, which stays as written; 十 is a number's own (`二到三十`).
    """
    tail = _MAGNITUDE_TAIL.search(high.text.strip().replace("个", ""))
    if tail is None or low.value is None or high.value is None:
        return Decimal(1)
    run = tail.group(0)
    for cut in range(len(run)):
        factor = parse_numeral(run[cut:])
        if factor is not None and low.value * factor <= high.value:
            return factor
    return Decimal(1)


def _magnitude_word(token: NumberToken) -> str:
    """The magnitude written with the number (亿 of 5658亿); none for mixed forms (3万5千)."""
    text = token.text.strip()
    if _MIXED_MAGNITUDE.search(text):
        return ""
    tail = (_CHINESE_MAGNITUDE_TAIL if token.is_chinese else _MAGNITUDE_WORD_TAIL).search(text)
    return tail.group(0) if tail else ""


_MIXED_MAGNITUDE = regex_cache.compile(r"[百千万亿萬億]\d")
_MAGNITUDE_WORD_TAIL = regex_cache.compile(r"[百千万亿萬億]+$")
_CHINESE_MAGNITUDE_TAIL = regex_cache.compile(r"[万亿萬億]+$")


def _unit_applies(norm: str, token: NumberToken, match, rules) -> bool:
    unit = match.group(0)
    if unit in rules["needs_magnitude"]:
        clause = norm[max(0, token.start - 12):token.start]
        if unit == "方":
            return token.has_myriad or (not token.is_chinese and _floor_area(norm, token, rules))
        if unit == "度":
            return any(w in clause for w in rules["energy_words"]) or (token.has_myriad and not norm.startswith("度", match.end()))
    return _word_unit_applies(norm, token, match, rules)


def _floor_area(norm: str, token: NumberToken, rules) -> bool:
    """Does a floor-area word (物业, 建筑, 面积…) stand in the 12 characters before the number (`可供物业700万方`)?"""
    return any(w in norm[max(0, token.start - 12):token.start] for w in rules["floor_area_words"])


def _word_unit_applies(norm: str, token: NumberToken, match, rules) -> bool:
    """Units that are also words' characters or the web's 万: W only after a power word (功耗2.8W;
    月薪2W, 10W+ write 万), t not before a Latin letter (`10th`), 米 not in 米粒, 克 not in 克服."""
    unit = match.group(0)
    if unit == "t":
        after = norm[match.end():match.end() + 1]
        return not (after.isascii() and after.isalpha())
    if unit == "W":
        return any(w in _clause_before(norm, token.start, 16) for w in rules["power_words"])
    if unit == "米" and norm.startswith(("米粒", "米饭"), match.start()):
        return False
    return not (unit == "克" and norm.startswith("克服", match.start()))


def _clause_has(norm: str, start: int, words: re.Pattern) -> bool:
    """Does the clause before `start` hold any of the words (`words`: their alternation)?"""
    return words.search(_clause_before(norm, start, 20)) is not None


def _money_context(norm: str, start: int, pos: int, rules) -> bool:
    """Is a bare 亿/万 amount money? A money word before it in its clause, or right after it, or
    heading the phrase it modifies (13万亿的地方国有资产), or in the clause before one that goes
    on with it (市值一路上涨，并于去年突破万亿), or a dollar sign right before it (砸$5000亿)."""
    if norm[start - 1:start] in _DOLLAR_SIGNS:
        return True
    clause = _clause_before(norm, start, 32)
    if rules["money_before_re"].search(clause):
        return True
    if (rules["money_after_re"].match(norm, pos) or rules["money_head_re"].match(norm, pos)) \
            and not _people_word_at(norm, pos, rules):
        return True
    if norm[start:pos] in _YI_MAGNITUDES and norm.startswith(rules["magnitude_goals"], pos):
        return True                           # 完成了千亿目标: a firm's sales goal, in yuan
    opening = start - len(clause)
    if clause.startswith(rules["money_continues"]) and norm[opening - 1:opening] == "，":
        previous = _clause_before(norm, opening - 1, 30)
        if rules["money_before_re"].search(previous):
            return True
    return _hundred_millions_in_a_money_sentence(norm, start, pos, rules)


def _people_word_at(norm: str, pos: int, rules) -> bool:
    """Does a word of people open at `pos` (投资者, 消费者, 纳税人): a money word's characters that name people?"""
    word = _word_at(norm, pos)[0]
    return len(word) > 1 and word.endswith(rules["people_heads"])


_YI_MAGNITUDES = frozenset(("百亿", "千亿", "万亿"))
_BOUND_WORDS = ("以上", "以下", "左右", "上下", "之多", "之巨")


def _hundred_millions_in_a_money_sentence(norm: str, start: int, pos: int, rules) -> bool:
    """A bare 亿 amount whose sentence speaks of money in another clause is money: a report goes
    on with the change of the amount it named (`MLF到期量为5000亿，尽管环比上月下降1000亿`,
    `GDP差距出现收缩，与此同时，山东领先浙江的优势增加了1100亿`). Things counted in 亿 name
    their noun or a count word (`14亿人口`, `用户数达3亿`), read before this; a bare 万 is too often
    people to be read so far from its money word. Followed by a noun it names a class
    (`千亿产业集群`, `百亿俱乐部`, `2000亿阵营`), no sum."""
    if "亿" not in norm[start:pos] and "億" not in norm[start:pos]:
        return False
    follows = norm[pos:pos + 2]
    if follows and "\u4e00" <= follows[0] <= "\u9fff" and follows[0] not in "和与及或后" \
            and not follows.startswith(_BOUND_WORDS):
        return False
    first, last = _sentence_around(norm, start, pos)
    sentence = norm[first:last]
    return rules["money_before_re"].search(sentence) is not None


def _count(norm: str, r: _Reading, rules, object_finder) -> Amount | Claim | None:
    """A count: a classifier after the number, X大, 50+, a myriad of people, or a noun right after it."""
    if r.token.is_chinese and r.value == 1 and not _one_is_the_point(norm, r, rules):
        return None                           # 一家, 一个: an article, not a count
    for reader in (_classifier_count, _da_count, _plus_count, _people_count, _bare_noun_count, _myriad_noun_count):
        found = reader(norm, r, rules, object_finder)
        if found is not None:
            return found
    return None


_NUMERAL_CHARS = frozenset("0123456789.零〇两二三四五六七八九十百千万亿多余")
_SENTENCE_MARKS = ("。", "！", "？", "\n")


def _one_is_the_point(norm: str, r: _Reading, rules) -> bool:
    """一 + classifier counts (SPEC §3.4) when one is the point: after a limiting word (只有一个食堂),
    or beside another number of the same classifier in its sentence, counting the same noun or
    none of its own (其中一款…其余四款, 从一口锅变成三个食堂六口锅), not a rate's (每两颗荔枝就有一颗);
    else it is an article (一位建筑工人…和200多位工友)."""
    token = r.token
    if token.text != "一":
        return False
    classifier = rules["classifier_re"].match(norm, r.pos)
    if classifier is None:
        return False
    if norm[max(0, token.start - 2):token.start].endswith(rules["one_limiters"]):
        return True
    if classifier.group(0) in rules["general_classifiers"]:
        return False
    cls = classifier.group(0)
    first, last = _sentence_around(norm, token.start, token.end)
    if norm.find("另一" + cls, r.pos, last) >= 0:
        return False                          # 两块牌子，一块介绍了…，另一块则是…: one and the other, no count
    own: tuple[str, str] | None = None        # the word after this classifier, asked only once another number has it
    at = norm.find(cls, first, last)
    while at >= 0:
        if at != r.pos and _other_number_before(norm, at, first):
            own = own or _word_at(norm, classifier.end())
            if not own[1].startswith("n") or _word_at(norm, at + len(cls))[0] == own[0]:
                return True                   # one of the same things, or one alone (其中一款搭载…)
        at = norm.find(cls, at + 1, last)
    return False


def _sentence_around(norm: str, start: int, end: int, reach: int = 60) -> tuple[int, int]:
    """Where the sentence holding norm[start:end] begins and ends, at most `reach` characters away."""
    lo, hi = max(0, start - reach), min(len(norm), end + reach)
    first = max(lo, *(norm.rfind(m, lo, start) + 1 for m in _SENTENCE_MARKS))
    last = min([i for i in (norm.find(m, end, hi) for m in _SENTENCE_MARKS) if i >= 0] or [hi])
    return first, last


def _other_number_before(norm: str, at: int, first: int) -> bool:
    """Does a number other than 一 end at `at`, not a rate's (每两颗) nor an ordinal (第二个)?"""
    begin = at
    while begin > first and norm[begin - 1] in _NUMERAL_CHARS:
        begin -= 1
    numeral = norm[begin:at]
    return bool(numeral.strip("多余")) and numeral != "一" and norm[begin - 1:begin] not in ("每", "第")


def _count_fact(r: _Reading, span: tuple[int, int], classifier: str | None, obj: str | None,
                q_after: str | None = None) -> Amount:
    attrs = {"value": r.value, "classifier": classifier, "object": obj}
    final = r.qualifier or q_after or ("min" if r.more else None)
    if r.low is not None:
        attrs.update(value=r.low, low=r.low, high=r.high)
        final = "range"
    attrs["qualifier"] = final
    return Amount("count", *span, attrs)


def _classifier_count(norm: str, r: _Reading, rules, object_finder) -> Amount | Claim | None:
    """`322个重大产业项目`, `签约项目90个`: a classifier after the number, the object after or before it."""
    classifier = rules["classifier_re"].match(norm, r.pos)
    if classifier and classifier.group(0) == "点" and not _statement_points(norm, r, classifier.end(), rules):
        return Claim(r.token.start, classifier.end())     # 3000点, 八点: an index's points, a time (no segmenting)
    if not classifier or _count_head_at(norm, r.pos, rules):
        return None                           # 三部门, 两项目: the noun, not 部/项, follows the number
    cls = classifier.group(0)
    claim_end = _no_count(norm, r, classifier, rules)
    if claim_end is not None:
        return Claim(r.token.start, claim_end)
    q_after, end = _qualifier_after(norm, classifier.end())
    if cls in rules["characters"]:
        return _count_fact(r, (r.start, end), None, cls, q_after)     # 1000字的内容: the characters are counted
    obj, (start, end) = _counted_object(norm, r, cls, end, object_finder)
    return _count_fact(r, (start, end), cls, obj, q_after)


def _count_head_at(norm: str, pos: int, rules) -> bool:
    """Is the segmenter's word at `pos` a counted head (部门 of 三部门)? The segmenter is asked only where a head
    is written at `pos`: its first word is a prefix of the text there, so elsewhere no head can be that word."""
    heads = rules["count_heads"]
    return norm.startswith(heads, pos) and _word_at(norm, pos)[0] in heads


def _counted_object(norm: str, r: _Reading, cls: str, end: int, object_finder) -> tuple[str | None, tuple[int, int]]:
    """What a classifier count counts and the count's span: the noun after it (`322个重大产业项目`), else the
    noun before it (`签约项目90个`), else the classifier itself for people and households (`300人`)."""
    obj, obj_end = (object_finder(norm, end, leading_verbs=False) if object_finder else (None, end))
    start = r.start
    if obj is None and object_finder and r.token.text != "一":      # 最少时一块: one alone takes no noun before it
        noun, noun_start = object_finder.before(norm, start)
        if noun and (cls != "次" or _is_action(noun)):      # 宣传700余次; not 工作报告2次提及
            obj, start = noun, noun_start
    if obj is None and cls in ("人", "户"):
        obj = cls                             # 300人: the classifier says what is counted
    return obj, (start, end if obj is None or obj_end <= end else obj_end)


def _is_action(word: str) -> bool:
    """Does `word` end in a verbal noun (摆摊宣传, 加息), what a number of 次 may count?"""
    words = tokenizer.tag(word)
    return bool(words) and words[-1][1] in ("v", "vn")


def _no_count(norm: str, r: _Reading, classifier, rules) -> int | None:
    """Where the claim ends of a number and classifier that count nothing (a set phrase, a
    duration, a rank, a name in quotes or a title); None when they are a count."""
    token, after = r.token, classifier.end()
    if token.is_chinese and (_in_idiom(norm, token.start, after) or _inside_idiom(norm, token.start, after)):
        return after                          # 四处活动, 一百张嘴, 五花八门: a set phrase
    more = after + 1 if norm[after:after + 1] in ("多", "余") else after
    duration = rules["duration_re"].match(norm, more)
    if duration and not _starts_longer_word(norm, more, duration.end()):
        return after                          # 三个月, 两个小时, 两个多月; not 两家数据公司
    if classifier.group(0) in rules["rank_classifiers"] and _is_rank(norm, token.start, rules):
        return after                          # 前五位, 后五名, 排名上升到18位
    if norm[after:after + 1] in ("”", "’", "\"") or _named_or_not_counted(norm, r, classifier, rules):
        return after                          # “开放十条”: a name in quotes; 这两次, “两个确保”, 360集团, 另一块
    if norm[token.start - 1:token.start] == "每":
        return after                          # 每两颗荔枝就有一颗: a rate's base, no count
    if inside_book_title(norm, token.start, 40):
        return _qualifier_after(norm, after)[1]    # 《“渝中人才”黄金十二条》: a title
    return None


def _named_or_not_counted(norm: str, r: _Reading, classifier, rules) -> bool:
    """A number and classifier that name a thing or count none (round 5): times that are no event
    (每周训练两次, 这两次, 二次开发, 三次产业), a programme's name (“两个确保”), a classifier's
    character that opens a word (360集团, 门店), another one (另一块)."""
    token, after, cls = r.token, classifier.end(), classifier.group(0)
    return ((cls == "次" and not _times_counted(norm, r, after, rules))
            or _programme_name(norm, token, classifier, rules)
            or (cls in rules["word_openers"] and _starts_longer_word(norm, r.pos, after))
            or (token.text == "一" and norm[token.start - 1:token.start] == "另")
            or (cls not in rules["general_classifiers"] and _in_place_name(norm, after, rules))
            or _measures_no_things(norm, r, cls, after, rules)
            or _inside_a_name(norm, token, after)
            or (cls in rules["session_classifiers"] and _names_a_session(norm, after, rules)))


def _names_a_session(norm: str, after: int, rules) -> bool:
    """`十三届全国人大`, `十九届四中全会`: N届 before a body's name or a plenary's number is the ordinal that names
    a congress or a committee (第 left out, as they are written), no count of terms."""
    return norm.startswith(rules["session_bodies"], after) or norm[after:after + 1] in _DIGIT_CHARS


_PROPER_NAME_TAGS = frozenset(("nz", "nr", "ns", "nt", "nrt"))


def _inside_a_name(norm: str, token: NumberToken, after: int) -> bool:
    """Is a Chinese numeral and its classifier the inside of a proper name the segmenter knows whole, a word
    that begins before the numeral and holds the classifier (天龙八部端游: a game, no eight 部)? Common
    words that hold a count stay counts (小两口, 这两块地), and so does a one-character determiner that the
    segmenter joins to a count (这三项业务, tagged a name): a name's part before its numeral is a word."""
    if not token.is_chinese or not is_han(norm[token.start - 1:token.start]):
        return False
    holding = _word_holding(norm, token.start, after + 2)
    return (holding is not None and holding[0] < token.start - 1 and holding[0] + len(holding[1]) >= after
            and holding[2] in _PROPER_NAME_TAGS)


def _in_place_name(norm: str, after: int, rules) -> bool:
    """Is the number and classifier the start of a village's or township's name (四棵树乡, 八家户村,
    五家子村)? One character of its own and a one-character place suffix follow the classifier; a
    longer word (3家农村合作社, 5个行政村) is a counted noun, and so is anything after 个 (3个小村)."""
    if norm[after + 1:after + 2] not in rules["place_suffixes"]:
        return False
    words = [word for word, _ in tokenizer.tag(norm[after:after + 4])]
    return len(words) >= 2 and len(words[0]) == 1 and words[1] in rules["place_suffixes"]


def _statement_points(norm: str, r: _Reading, after: int, rules) -> bool:
    """Does N点 count the points of a statement (两点建议, 两点质疑), also when the points follow it
    (原因有两点：一方面…, 要做到两点，一方面…)?"""
    if not r.token.is_chinese:
        return False
    return norm.startswith(rules["point_nouns"], after) \
        or (norm[after:after + 1] in "：:，," and norm.startswith(rules["point_list_openers"], after + 1))


def _measures_no_things(norm: str, r: _Reading, cls: str, after: int, rules) -> bool:
    """Forms that count nothing: a length in digits (`7位号码`, `11位手机号`), a word's characters
    (`十字路口`, `救命二字`; `1000字` counts), a match-up or score (`1对1`), one with a
    negation after it (`一集不落`, `一个不少`: "not a single one missed"), and one each (`各购置了一套`,
    `每家一套`: a rate, not a count). (点 that is no point of a statement, `八点`, `3点半`, is claimed
    before any of this by `_classifier_count`, without segmenting.)"""
    token = r.token
    if cls == "位" and norm.startswith(rules["digit_nouns"], after):
        return True
    if cls in rules["characters"] and token.is_chinese and r.value < 100:
        return True                           # 十字路口, 救命二字: a word's characters, a shape
    if cls in rules["versus"] and number_at(norm, after) is not None:
        return True                           # 1对1, 3对2: a match-up, a score
    if norm.startswith(rules["set_words"], token.start):
        return True                           # 两双数据: a double-double
    if token.text != "一":
        return False
    return norm.startswith(rules["negated_after_one"], after) \
        or any(word in _clause_before(norm, token.start, 6) for word in rules["distributive"])


def _times_counted(norm: str, r: _Reading, after: int, rules) -> bool:
    """N次 counts the times a thing happened (加息两次, 5次赴河南考察调研), unless the times were told
    before (这两次, 前两次, 最近两次), it is a habit's rate (每周训练两次; a machine's 每秒10万亿次
    counts operations), a compound (二次开发; times
    are counted with 两) or a term (三次产业, 二次元)."""
    token = r.token
    if token.text == "二" or norm.startswith(rules["times_not_before"], after):
        return False
    if norm[max(0, token.start - 2):token.start].endswith(rules["times_not_after"]) \
            or norm[max(0, r.start - 2):r.start].endswith(rules["times_not_after"]):
        return False
    return token.has_myriad or "每" not in _clause_before(norm, r.start, 12)    # 每秒10万亿次运算 counts


def _programme_name(norm: str, token: NumberToken, classifier, rules) -> bool:
    """`“两个确保”`, `“三个转变”`, `“五个中心”建设`: a number, 个 and a short noun alone in quotes name a
    programme (the political formula N个X), no count; other classifiers keep theirs (“四项指标”)."""
    if classifier.group(0) not in rules["slogan_classifiers"] or norm[token.start - 1:token.start] not in _OPENING_QUOTES:
        return False
    return _quoted_words_go_on(norm, classifier.end())


def _is_rank(norm: str, start: int, rules) -> bool:
    """Is the number at `start` a place in a ranking: after 前/后, or in a clause about a ranking?"""
    if norm[max(0, start - 1):start] in rules["rank_before"]:
        return True
    clause = _clause_before(norm, start, 20)
    return any(word in clause for word in rules["rank_words"])


def _da_count(norm: str, r: _Reading, rules, object_finder) -> Amount | Claim | None:
    """`三大先导产业`, `五大5G芯片企业`: X大 before a noun (but 十九大 is a congress, 三大会 no count)."""
    token, pos, value = r.token, r.pos, r.value
    if not norm.startswith("大", pos) or token.has_myriad or value > 100 or (not token.is_chinese and value > 20) \
            or (token.is_chinese and 10 < value <= 30):
        return None
    nxt = norm[pos + 1:pos + 2]
    named = norm.startswith(rules["not_after_da"], pos) and not norm.startswith(rules["da_allowed"], pos)
    if not named and (is_han(nxt) or (nxt.isascii() and nxt.isalnum())):
        obj, obj_end = _da_object(norm, pos + 1, object_finder)
        if obj:
            return Amount("count", r.start, obj_end, {"value": value, "classifier": "大", "object": obj, "qualifier": r.qualifier})
    return Claim(token.start, token.end)


def _da_object(norm: str, pos: int, object_finder) -> tuple[str | None, int]:
    """What X大 counts: the noun phrase at `pos` (after a time word that qualifies it: `六大未来产业方向`), else a
    verbal noun alone there."""
    obj, end = object_finder(norm, pos) if object_finder else (None, pos)
    if obj or object_finder is None:
        return (obj, end) if obj else _verbal_noun_alone(norm, pos)
    word, flag = _word_at(norm, pos)
    if flag == "t":
        obj, end = object_finder(norm, pos + len(word))
        if obj:
            return word + obj, end
    return _verbal_noun_alone(norm, pos)


def _verbal_noun_alone(norm: str, pos: int) -> tuple[str | None, int]:
    """`面临四大挑战。`: after X大 a verbal noun that ends its clause is the counted thing (the object finder reads a
    leading verb as a modifier and wants a noun after it)."""
    word, flag = _word_at(norm, pos)
    end = pos + len(word)
    return (word, end) if flag == "vn" and norm[end:end + 1] in _CLAUSE_STOPS else (None, pos)


_CLAUSE_STOPS = frozenset("，。；！？、：,;!?\n")


def _plus_count(norm: str, r: _Reading, rules, object_finder) -> Amount | Claim | None:
    """`50+示范应用场景`: at least 50 (not “3+6”, a name); in an equation + adds (`退休年龄=50+3×（50+出生年份-2021）`,
    `×(1+公司年度净利润增长率-15%)`: a `=` before it in its clause), no count."""
    token, pos = r.token, r.pos
    before = norm[max(0, token.start - 1):token.start]
    if not (norm.startswith("+", pos) and is_han(norm[pos + 1:pos + 2]) and before not in ("“", "‘", "\"", "+")):
        return None
    if "=" in _clause_before(norm, token.start, 80):
        return Claim(token.start, pos + 1)
    obj, obj_end = object_finder(norm, pos + 1) if object_finder else (None, pos + 1)
    if obj:
        return Amount("count", r.start, obj_end, {"value": r.value, "classifier": None, "object": obj, "qualifier": "min"})
    return Claim(token.start, token.end)


def _people_count(norm: str, r: _Reading, rules, object_finder) -> Amount | None:
    """`1075万毕业生`, `3万人`: a myriad of people without a classifier."""
    people = rules["people_re"].match(norm, r.pos) if r.token.has_myriad else None
    if not people:
        return None
    q_after, _ = _qualifier_after(norm, people.end())
    cls = people.group(0) if people.group(0) in ("人", "户") else None
    return _count_fact(r, (r.start, people.end()), cls, people.group(0) if cls is None else None, q_after)


def _myriad_noun_count(norm: str, r: _Reading, rules, object_finder) -> Amount | None:
    """`20多万华商`, `1200万像素`, `八十万大军`: a number of 万 right before a common noun, no
    classifier between and no money context, counts that noun; a bare 亿 is money as often
    (`2000亿阵营`), so it counts only a noun phrase of people (`1.2亿白领人才`, `1亿多退休人员`)."""
    token = r.token
    if object_finder is None or not token.has_myriad or r.value != r.value.to_integral_value():
        return None
    more = norm.startswith(("多", "余"), r.pos)        # 1亿多退休人员: at least
    pos = r.pos + 1 if more else r.pos
    flag = _word_at(norm, pos)[1]
    if not flag.startswith(("n", "v", "l")) or flag.startswith("nt"):
        return None
    obj, obj_end = object_finder(norm, pos, leading_verbs=flag.startswith("v"))
    if obj is None or len(obj) > 8:
        return None
    if ("亿" in token.text or more or not flag.startswith("n") or flag.startswith("nr")) \
            and not obj.endswith(rules["people_heads"]):
        return None                           # (jieba tags some nouns of people nr: 白领)
    return _count_fact(r, (r.start, obj_end), None, obj, "min" if more else None)


def _small_plain_number(norm: str, r: _Reading) -> bool:
    """A whole number from 2 to 99, alone (no range, no myriad), not the end of a ratio (1/3); or 百/千 alone after a
    qualifier (超百城)."""
    token = r.token
    if token.text in ("百", "千") and r.qualifier is not None:
        return True                           # 超百城, 近百国: about or over a hundred, a bare magnitude after its qualifier
    return not token.has_myriad and r.low is None and 2 <= r.value < 100 and r.value == r.value.to_integral_value() \
        and norm[max(0, token.start - 1):token.start] not in ("/", ":", ".", "-")


def _named_or_ranked(norm: str, token: NumberToken, pos: int, rules) -> bool:
    """四川, 两市, “八国联盟”, 位列三县两区第二: a word, a name or a ranking, not a count."""
    return (_in_idiom(norm, token.start, pos) and not _number_and_place(norm, token, pos, rules)) \
        or norm.startswith(rules["indefinite_words"], token.start) \
        or norm[max(0, token.start - 1):token.start] in _OPENING_QUOTES or _is_rank(norm, token.start, rules)


def _number_and_place(norm: str, token: NumberToken, pos: int, rules) -> bool:
    """Is the segmenter's word at the number just the number and a place word (三城, 五县), no name of
    its own (三国 is)?"""
    word = _word_at(norm, token.start)[0]
    return word not in rules["place_names"] and word[pos - token.start:] in rules["bare_nouns"] \
        and word[:pos - token.start] == token.text


def _bare_noun_count(norm: str, r: _Reading, rules, object_finder) -> Amount | None:
    """A noun right after a small number, no classifier between: a place word (`7国`, `四城`,
    `十一地市`) or a noun phrase ending in a counted head (`两光伏电站项目`); a tier is none (`二线城市`), nor a
    number inside a word that begins before it (`长三角地区`, `五代十国`) or with it and ends inside the noun
    (`二手平台`), nor a grouping's name (`二十国集团`)."""
    if object_finder is None or not _small_plain_number(norm, r) or norm.startswith(rules["tiers"], r.pos) \
            or not _may_open_a_noun(norm, r.pos, rules, object_finder) or _named_or_ranked(norm, r.token, r.pos, rules):
        return None
    noun = _bare_noun_at(norm, r.pos, rules, object_finder)
    if noun is None or _mid_word(norm, r.token.start, r.pos) or _ends_inside(norm, r.token.start, r.pos, noun[0]):
        return None                                     # 长三角地区, 五代十国, 二手平台: the number is inside a word
    return _count_fact(r, (r.start, noun[0]), None, noun[1])


def _ends_inside(norm: str, start: int, end: int, noun_end: int) -> bool:
    """Does the segmenter's word at `start` hold the number (`start`…`end`) and end inside the counted noun, before
    `noun_end` (二手平台: 二手 is second-hand; 三城, 超百城 end with their noun and count it)?"""
    word_end = start + len(_word_at(norm, start)[0])
    return end < word_end < noun_end


def _may_open_a_noun(norm: str, pos: int, rules, object_finder) -> bool:
    """What `_bare_noun_at` needs before it can find a noun at `pos`: a place word, a counted head or a noun of the
    segmenter there. Asked first, so that a number with none after it (most) is not segmented at its own start.
    A noun of the segmenter counts only in a phrase that ends in a counted head, and `CountedObject` reads that
    phrase (when no quote opens it) inside its reach: with no head written there, no noun is asked for."""
    if norm.startswith(rules["bare_nouns"], pos):
        return True
    if isinstance(object_finder, CountedObject) and not norm.startswith(_QUOTED_OBJECT, pos) \
            and not rules["count_head_re"].search(norm, pos, object_finder.reach(norm, pos)):
        return False                    # 两年平均增长, 20强, 2天可赚: no counted head within reach
    word, flag = _word_at(norm, pos)
    return word in rules["count_heads"] or (flag.startswith(("n", "j")) and not flag.startswith(("nr", "nz")))


def _bare_noun_at(norm: str, pos: int, rules, object_finder) -> tuple[int, str] | None:
    """Where the counted noun at `pos` ends and the noun: a place word (7国; none before 集团, 二十国集团 names a
    grouping), a counted head alone, or a noun phrase ending in one."""
    place = next((w for w in rules["bare_nouns"] if norm.startswith(w, pos)), None)
    if place and norm.startswith(rules["group_names"], pos + len(place)):
        return None
    if place and not _starts_longer_word(norm, pos, pos + len(place)):
        return pos + len(place), place
    word, flag = _word_at(norm, pos)
    if word in rules["count_heads"]:
        return pos + len(word), word                    # 以上三项目预计投资: the head alone
    if not flag.startswith(("n", "j")) or flag.startswith(("nr", "nz")):
        return None
    obj, obj_end = object_finder(norm, pos, leading_verbs=False)
    if obj is None or len(obj) > 8 or not obj.endswith(rules["count_heads"]):
        return None
    return obj_end, obj


def read_unit(unit: str) -> tuple[str, dict] | None:
    """What a unit written alone means (`亿元`, `%`, `万元/人`): the fact type and its fields,
    with `factor`, the value of one unit; None when it is no money, percent or quantity unit."""
    from .numbers import normalize

    text = normalize("1" + unit)
    token = number_at(text, 0)
    if token is None:
        return None
    amount = _read(text, token, _rules(), None)
    if not isinstance(amount, Amount) or amount.type not in ("money", "percent", "quantity") or amount.end != len(text):
        return None
    attrs = {k: v for k, v in amount.attrs.items() if k not in ("qualifier", "low", "high")}
    attrs["factor"] = attrs.pop("value")
    return amount.type, attrs
