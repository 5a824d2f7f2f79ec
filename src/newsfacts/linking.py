"""Linking (SPEC §3.10): facts that connect other facts, targets and investments.

A target joins a target year with an amount that follows it in the same
sentence (`到2025年，产业规模力争突破5000亿`); its subject is the sector the
sentence names before the amount, else the first sector of the paragraph.
An investment joins an organization, an investment verb and a money amount
in one clause (`亿咖通拟投资15亿元建设…`, `X以N亿元收购Y`).
"""
from __future__ import annotations

import bisect
import re
from functools import cache, cached_property, lru_cache

from . import grammar, regex_cache
from .document import Fact
from .extractors.organizations import is_media as _is_media
from .tables import load_rules

_CLAUSE_OR_LIST_END = grammar.CLAUSE_END | {"、"}
_STATEMENT_END = grammar.SENTENCE_END | set(grammar.SEMICOLONS)
_alt = grammar.alternation


@lru_cache(maxsize=1)
def _rules():
    links = load_rules("links.toml")
    target, investment = links.target, links.investment
    return {
        "goal_re": regex_cache.compile(rf"(?:{_alt(target.goal_words)})+$"),
        "metrics": sorted(target.metric_words, key=len, reverse=True),
        "amount_types": set(target.amount_types),
        "base_re": regex_cache.compile(rf"(?:{_alt(target.comparison_bases)})$"),
        # the base's own size right after it (比2002年(5.02亿人)), not a goal
        "base_value_re": regex_cache.compile(r"[(（]"),
        "goal_verb_re": regex_cache.compile(rf"(?:{_alt(target.continuing_goal_words)})"),
        "modified_re": regex_cache.compile(rf"(?:{_alt(target.modified_heads)})"),
        # between the investor and the verb: the words of `between`, and where the money goes (在…内投资)
        "before_re": regex_cache.compile(rf"^(?P<between>(?:{_alt(investment.between)})*)(?:在[^，。；]{{1,16}}?)?"
                                   rf"(?P<verb>{_alt(investment.verbs_before)})"
                                   rf"(?P<filler>(?:了|约|近|超|共|达)*)$"),
        "after_re": regex_cache.compile(rf"^(?:{_alt(investment.investment_kinds)})?(?:{_alt(investment.verbs_after)})"),
        # the verb later in the clause of a price after 以 (宁波银行以10.91亿元较评估价溢价50%竞得…), not a valuation
        "priced_verb_re": regex_cache.compile(rf"(?!的?(?:估值|市值|价值))[^，。；]{{0,24}}?(?:{_alt(investment.verbs_after)})"),
        # the verb within ten characters after the investor, the amount within twelve after the verb
        # a clause that ends with an investment verb and at most a qualifier before the amount
        "verb_end_re": regex_cache.compile(rf"(?:{_alt(investment.verbs_before)})额?(?:{_alt(investment.spent_on)})?"
                                           rf"(?:不高于|不超过|不低于|约|近|超过|共计|合计|总计|了)?$"),
        # … after a place or field the money goes to (华为在5G相关芯片研发的累计投入上已超过10亿美元)
        "verb_near_re": regex_cache.compile(rf"^(?:在[^，。；]{{1,16}}?的)?[^，。；]{{0,10}}?"
                                            rf"(?:{_alt(investment.verbs_before + investment.verbs_after + investment.backer_roles)})"
                                            rf"[^，。；]{{0,12}}$"),
        "capital_spending_re": regex_cache.compile(rf"(?:{_alt(investment.capital_spending)})(?:计划|预算)?"
                                                   rf"(?:约为|为|约|达到|达|将达)?$"),
        "receiving": tuple(investment.receiving),
        # a round's amount: 5亿人民币的C轮融资, 2.5亿美元融资
        "round_re": regex_cache.compile(rf"的?[^，。；]{{0,8}}?(?:{_alt(investment.round_words)})"),
        "backer_opening_re": regex_cache.compile(rf"(?P<anaphor>{_alt(investment.round_anaphors)})?"
                                                 rf"(?P<opener>{_alt(investment.backer_openers)})?"),
        "backer_roles": tuple(investment.backer_roles),
        "backer_heads": tuple(investment.backer_heads),
        "planned": tuple(sorted(investment.planned, key=len, reverse=True)),
        "pronouns": tuple(sorted(investment.company_pronouns, key=len, reverse=True)),
        "price_re": regex_cache.compile(rf"(?:{_alt(investment.price_words)})(?:约|大约)?(?:为|是|达)?(?:约)?$"),
        "acquisition": tuple(investment.acquisition_verbs),
        "deal_amount_re": regex_cache.compile(rf"(?:{_alt(investment.deal_amounts)})(?:约|大约)?(?:为|是|达)?(?:约)?$"),
        "deal_verb_re": regex_cache.compile(_alt(investment.verbs_after)),
        "deal_word_re": regex_cache.compile(_alt(investment.deal_amounts)),
        "transfer_re": regex_cache.compile(rf"(?:{_alt(investment.transfer_verbs)})了?"),
        # what is sold: after 将/把, up to the price (以N) or the verb
        "sold_re": regex_cache.compile(r"[将把](?P<sold>[^，。；将把]{2,40}?)(?:以|全部|$)"),
        "fund_size_re": regex_cache.compile(rf"基金[^，。；]*?(?:{_alt(investment.fund_size)})(?:人民币)?$|^(?:{_alt(investment.fund_size)})(?:人民币)?$"),
        "founding": tuple(investment.fund_founding),
        # a fund founded with its size before its name: 设立1500亿的产业母基金, 发起了200亿天使母基金
        "founding_end_re": regex_cache.compile(rf"(?P<verb>{_alt(investment.fund_founding)})了?(?:一家|一个|一只|一支)?$"),
        "fund_after_re": regex_cache.compile(rf"的?(?P<fund>[^，。；、和及与]{{0,12}}?(?:{_alt(investment.founded_heads)}))"),
        "next_fund_re": regex_cache.compile(r"^的?[^，。；、和及与]{0,12}?基金(?:和|与|及|以及|、)$"),
        "agreement_re": regex_cache.compile(rf"的?(?:{_alt(investment.agreements)})"),
        "agreement_verbs": tuple(investment.agreement_verbs),
        "project_re": regex_cache.compile(rf"^(?:{_alt(investment.project_pronouns)})的?(?:{_alt(investment.planned)})?"
                                          rf"(?:{_alt(investment.verbs_before)})额?(?:约|近|超|高达|达|为|共计|合计)*$"),
        "not_investment": regex_cache.compile(_alt(investment.not_investment_words) or "(?!)"),  # any in a clause
    }


@cache
def _mark_pattern(kind: str) -> re.Pattern:
    """One class of the marks of a kind (`_MARK_SETS`), built once (not escaped and looked up again per article)."""
    return regex_cache.compile("[" + "".join(re.escape(m) for m in sorted(_MARK_SETS[kind])) + "]")


def link(text: str, facts: list[Fact], published_year: int | None = None) -> list[Fact]:
    """Target and investment facts for the body `text`, given its mention facts (indices refer to `facts`)."""
    in_body, title_organizations = [], []
    for pair in enumerate(facts):
        if pair[1].where == "body":
            in_body.append(pair)
        elif pair[1].type == "organization":
            title_organizations.append(pair)
    body = _Body(text, in_body, title_organizations)
    return _targets(body, published_year) + _investments(body)


class _Marks:
    """Where the marks of one kind stand in a text: the mark before or after an offset. An article asks about
    a dozen times, for far fewer places than it has marks: each answer is one search (in C) through the
    stretch up to the mark, back through the text reversed, within MARK_SEARCH_REACH characters; a search
    that finds none there (a text with few marks of the kind: 拟, line breaks) lists every mark once and
    answers this and later questions from the list in log time (searching far at every money was quadratic
    in a long text)."""

    def __init__(self, text: str, reversed_text: str, marks: re.Pattern) -> None:
        self.text, self.reversed, self.pattern = text, reversed_text, marks
        self.length = len(text)
        self.positions: list[int] | None = None

    def start_before(self, pos: int) -> int:
        """`grammar.clause_start`: just after the last mark before `pos` (0 when none; -1 for pos -1)."""
        if pos < 0:
            return pos
        if self.positions is None:
            low = max(pos - MARK_SEARCH_REACH, 0)
            found = self.pattern.search(self.reversed, self.length - pos, self.length - low)
            if found is not None:
                return self.length - found.start()         # the mark at reversed[k] is text[length - 1 - k]
            if low == 0:
                return 0
        positions = self._positions()
        i = bisect.bisect_left(positions, pos)
        return positions[i - 1] + 1 if i else 0

    def end_from(self, pos: int, reach: int | None = None) -> int:
        """`grammar.clause_end`: the first mark at or after `pos`, else the text's end (or `pos + reach`)."""
        stop = self.length if reach is None else min(pos + reach, self.length)
        if self.positions is None:
            found = self.pattern.search(self.text, pos, min(pos + MARK_SEARCH_REACH, stop))
            if found is not None:
                return found.start()
            if stop <= pos + MARK_SEARCH_REACH:
                return stop
        positions = self._positions()
        i = bisect.bisect_left(positions, pos)
        return min(positions[i], stop) if i < len(positions) else stop

    def _positions(self) -> list[int]:
        if self.positions is None:
            self.positions = [m.start() for m in self.pattern.finditer(self.text)]
        return self.positions


class _Body:
    """The body text and its facts with what linking asks of them, each computed once."""

    def __init__(self, text: str, facts: list[tuple[int, Fact]], title_organizations=()) -> None:
        self.text, self.facts = text, facts
        self.starts = [f.start for _, f in facts]
        self._marks: dict[str, _Marks] = {}
        self._holds: dict[str, bool] = {}
        self.organizations = _with_other_mentions(text, [(i, f) for i, f in facts if f.type == "organization"],
                                                  title_organizations, self._money_windows())
        self.org_starts = [f.start for _, f in self.organizations]
        self.sector_positions = [n for n, (_, f) in enumerate(facts) if f.type == "sector"]
        self.fact_at = dict(facts)                    # a fact by its index in the document
        self.places = [(i, f) for i, f in facts if f.type == "location"]
        self.place_starts = [f.start for _, f in self.places]

    def _money_windows(self) -> list[tuple[int, int]]:
        """The stretches of text an investment is read in: MENTION_REACH characters before each money (its
        clause, its sentence and the one before, as far as they usually go) and after it (a sale's buyer)."""
        windows: list[tuple[int, int]] = []
        for _, fact in self.facts:
            if fact.type != "money":
                continue
            low, high = max(fact.start - MENTION_REACH, 0), fact.end + MENTION_REACH // 2
            if windows and low <= windows[-1][1]:
                windows[-1] = (windows[-1][0], high)
            else:
                windows.append((low, high))
        return windows

    def holds(self, kind: str) -> bool:
        """Does the text hold a word of the rule pattern `kind` anywhere (asked once: a reading whose words
        the article never uses is not tried at each money)?"""
        if kind not in self._holds:
            self._holds[kind] = _rules()[kind].search(self.text) is not None
        return self._holds[kind]

    @cached_property
    def reversed_text(self) -> str:
        """The text back to front, where the marks before a place are searched for (`_Marks`)."""
        return self.text[::-1]

    def marks(self, kind: str) -> _Marks:
        if kind not in self._marks:
            self._marks[kind] = _Marks(self.text, self.reversed_text, _mark_pattern(kind))
        return self._marks[kind]

    def span(self, low: int, high: int) -> range:
        """Positions in `facts` of the facts that start in [low, high)."""
        return range(bisect.bisect_left(self.starts, low), bisect.bisect_left(self.starts, high))

    def first_sector(self, low: int, high: int) -> str | None:
        """The name of the first sector fact that starts in [low, high)."""
        positions = self.span(low, high)
        k = bisect.bisect_left(self.sector_positions, positions.start)
        if k < len(self.sector_positions) and self.sector_positions[k] < positions.stop:
            return self.facts[self.sector_positions[k]][1].get("name")
        return None

    def first_investor(self, low: int, high: int) -> tuple[int, Fact] | None:
        """The first organization that starts in [low, high) and is not a news outlet."""
        begin, end = bisect.bisect_left(self.org_starts, low), bisect.bisect_left(self.org_starts, high)
        return next((pair for pair in self.organizations[begin:end] if not _is_media(pair[1].get("name"))), None)

    def coordinated(self, org: Fact) -> str | None:
        """`腾讯、博裕、元禾`, `碧桂园创投与腾讯、基汇资本`: the organizations joined to `org` by 、/和/与/及, as
        written, when there are any (each of them invests)."""
        k = bisect.bisect_left(self.org_starts, org.start)
        first = last = k
        while first > 0 and self._joined(self.organizations[first - 1][1], self.organizations[first][1]):
            first -= 1
        while last + 1 < len(self.organizations) and self._joined(self.organizations[last][1], self.organizations[last + 1][1]):
            last += 1
        if first == last:
            return None
        return self.text[self.organizations[first][1].start:self.organizations[last][1].end]

    def _joined(self, left: Fact, right: Fact) -> bool:
        return (right.start > left.end and self.text[left.end:right.start] in _JOINERS
                and not _is_media(left.get("name")) and not _is_media(right.get("name")))

    def first_founder(self, low: int, high: int) -> tuple[int, Fact] | None:
        """The first investor in [low, high), else the first place there: a city or district that sets
        up a fund is its founder (广州宣布设立1500亿的产业母基金)."""
        first = self.first_investor(low, high)
        if first is not None:
            return first
        low = max(low, self.marks("clause").start_before(high))        # a place of the founding's own clause
        k = bisect.bisect_left(self.place_starts, low)
        return self.places[k] if k < len(self.places) and self.place_starts[k] < high else None


def _with_other_mentions(text: str, organizations: list[tuple[int, Fact]], title_organizations,
                         windows: list[tuple[int, int]]) -> list[tuple[int, Fact]]:
    """The organizations of the body and every other place where one of their names (or a name of the
    title's) is written, as the investor of a clause there (`甲骨文斥资74亿美元收购Sun` when 甲骨文 was found
    only elsewhere in the article); such a mention carries the index of the name's first fact. Only the
    `windows` (where money is told) are searched."""
    if not windows or (not organizations and not title_organizations):
        return organizations
    found: dict[str, tuple[int, Fact]] = {}
    for i, org in (*title_organizations, *organizations):
        if org.text not in found and len(org.text) >= 2:
            found[org.text] = (i, org)
    taken = ([f.start for _, f in organizations], [f.end for _, f in organizations])  # in the order of the text
    others = [(i, Fact("organization", name, at, at + len(name), "body", "", {"name": name}))
              for name, (i, org) in found.items() if not _is_media(org.get("name"))
              for at in _free_places(text, name, windows, taken)]
    if not others:
        return organizations
    return sorted(organizations + others, key=lambda pair: pair[1].start)


def _free_places(text: str, name: str, windows: list[tuple[int, int]], taken: tuple[list[int], list[int]]):
    """Where `name` is written in the windows outside every organization fact (starts and ends `taken`) and
    not glued to Latin letters."""
    starts, ends = taken
    for low, high in windows:
        at = text.find(name, low, high)
        while at >= 0:
            end = at + len(name)
            k = bisect.bisect_right(starts, at)
            free = (k == 0 or ends[k - 1] <= at) and (k == len(starts) or starts[k] >= end)
            if free and not (_latin_glued(text, at - 1) or _latin_glued(text, end)):
                yield at
            at = text.find(name, end, high)


def _latin_glued(text: str, pos: int) -> bool:
    """Is text[pos] a Latin letter or digit (ESR in ESRB is no mention of ESR)?"""
    return 0 <= pos < len(text) and text[pos].isascii() and text[pos].isalnum()


_CONVERSION = regex_cache.compile(r"[（(](?:约|约合|合|折合|相当于)?")
"""Between a money and the same money in another currency in brackets after it: 6500万美元（约5.057亿港元）."""
_LIST_SEPARATORS = regex_cache.compile(r"、|和|与|及|以及")
_JOINERS = frozenset({"、", "和", "与", "及", "以及", "、以及"})
_MARK_SETS = {"clause": grammar.CLAUSE_END, "sentence": grammar.SENTENCE_END, "statement": _STATEMENT_END,
              "list": _CLAUSE_OR_LIST_END, "metric": frozenset("，,、：:"), "line": frozenset("\n"),
              "plan": frozenset("拟")}
LINK_REACH = 1000
"""Characters before an amount that investment linking reads (a clause or sentence longer than this is
read from its last LINK_REACH characters): real clauses are far shorter, and it keeps linking linear."""
METRIC_REACH = 200
MARK_SEARCH_REACH = 1000
"""Characters a search for the mark before or after a place goes through before the marks of its kind are listed."""
MENTION_REACH = 240
"""Characters before a money (half of it after) where a name found elsewhere is looked for as an investor."""
BACKER_NAME_REACH = 40
"""Characters a backer's name written after 由 may have when no organization is found in it."""


def _targets(body: _Body, published_year: int | None) -> list[Fact]:
    rules = _rules()
    out: list[Fact] = []
    for index, year in body.facts:
        if year.type != "year" or (published_year and year.get("year") < published_year):
            continue                      # 十三五时期 in 2021: results, not goals
        end_of_sentence = body.marks("sentence").end_from(year.end)      # a goal's list may run on after ；
        goals, ended = _goals_in(body, (index, year), range(year.end, end_of_sentence), rules)
        out += goals
        if goals and not ended:
            out += _goals_of_next_sentence(body, (index, year), end_of_sentence, rules)
    return out


def _goals_in(body: _Body, year_pair: tuple[int, Fact], where: range, rules) -> tuple[list[Fact], bool]:
    """The goals of the year in the text range `where`, and whether another time ended them there."""
    goals: list[Fact] = []
    base_end = -1                         # where the last comparison base ends (比2002年)
    for n in body.span(where.start, where.stop):
        j, amount = body.facts[n]
        if amount.type == "date" and rules["base_re"].search(body.text, max(amount.start - 2, 0), amount.start):
            base_end = amount.end         # 比2020年下降13.5%: the base of a comparison, the goal goes on
            continue
        if amount.type in ("year", "date"):
            return goals, True            # another year's goal; 从2015年的69.8%: what follows belongs to another time
        if amount.type in rules["amount_types"] and not _qualifies_a_count(body, amount, rules) \
                and not (base_end >= 0 and rules["base_value_re"].fullmatch(body.text, base_end, amount.start)):
            goals.append(_target(body, year_pair, (j, amount), rules))
    return goals, False


def _goals_of_next_sentence(body: _Body, year_pair: tuple[int, Fact], end: int, rules) -> list[Fact]:
    """`“十四五”期间，…各有2家进入全国前十强…。经济开发区规上亩均税收达到37万元以上…`: the sentence after a
    year's goals, in the same paragraph, names no time of its own and says how much will be reached (达到, 将…):
    its amounts are goals of the same year."""
    text = body.text
    if end >= len(text) or text[end] == "\n":
        return []
    start, stop = end + 1, body.marks("sentence").end_from(end + 1)
    if not rules["goal_verb_re"].search(text, start, stop) or \
            any(body.facts[n][1].type in ("year", "date") for n in body.span(start, stop)):
        return []
    return _goals_in(body, year_pair, range(start, stop), rules)[0]


def _qualifies_a_count(body: _Body, amount: Fact, rules) -> bool:
    """超10亿元的项目500个: the money says which projects, the count is the goal. A share or a multiple
    before 的 is the goal's size itself (将有17.5%的智能手机具备5G功能, 将增加一倍的城市人口)."""
    text = body.text
    if amount.type != "percent" and rules["modified_re"].match(text, amount.end) and not text.startswith("的目标", amount.end):
        return True
    return amount.type != "count" and _count_follows(body, amount)


def _target(body: _Body, year_pair: tuple[int, Fact], amount_pair: tuple[int, Fact], rules) -> Fact:
    (index, year), (j, amount) = year_pair, amount_pair
    text = body.text
    metric_start = max(year.end, body.marks("metric").start_before(amount.start), amount.start - METRIC_REACH)
    attrs = {"year": year.get("year"), "metric": _metric(text[metric_start:amount.start], rules),
             "subject": _subject(body, year, amount), "value": amount.get("value"),
             "currency": amount.get("currency"), "unit": amount.get("unit") if amount.type != "money" else None,
             "qualifier": amount.get("qualifier"), "facts": [index, j]}
    if amount.type == "count":
        attrs["unit"] = amount.get("classifier")
    return Fact("target", text[year.start:amount.end], year.start, amount.end, "body", year.sentence, attrs,
                year.sentence_start, year.sentence_end)


def _count_follows(body: _Body, amount: Fact) -> bool:
    """Is a count the head of the clause the amount sits in (其中超20亿元内资产业项目200个)?"""
    clause_end = body.marks("list").end_from(amount.end)
    return any(body.facts[n][1].type == "count" for n in body.span(amount.end, clause_end))


def _metric(before: str, rules) -> str | None:
    """The measured thing right before the amount: `产业规模力争突破` → 产业规模.

    >>> _metric("到2025年，产业规模力争突破", _rules())
    '产业规模'
    """
    clause = re.split(r"[，,、：:]", before)[-1]
    clause = rules["goal_re"].sub("", clause) if rules["goal_re"].search(clause) else clause
    for word in rules["metrics"]:
        if clause.endswith(word) or word in clause[-8:]:
            return word
    clause = clause.strip()
    return clause[-8:] if clause else None


def _subject(body: _Body, year: Fact, amount: Fact) -> str | None:
    """The sector the goal is about: named between the year and the amount, else first in the paragraph."""
    named = body.first_sector(year.end, amount.start)
    if named is not None:
        return named
    paragraph_start = body.marks("line").start_before(year.start)
    return body.first_sector(paragraph_start, year.start)


class _Money:
    """One money fact and the clause before it, as the investment readers see them."""

    def __init__(self, body: _Body, j: int, money: Fact) -> None:
        self.body, self.j, self.fact = body, j, money
        self.clause_start = max(body.marks("clause").start_before(money.start), money.start - LINK_REACH)
        self.clause = body.text[self.clause_start:money.start]

    def clause_end(self) -> int:
        return self.body.marks("clause").end_from(self.fact.end)

    def sentence_start(self, kind: str) -> int:
        return max(self.body.marks(kind).start_before(self.fact.start), self.fact.start - LINK_REACH)

    def previous_sentence_start(self) -> tuple[int, int | None]:
        """Where the money's sentence starts, and where the sentence before it starts when that one is in
        the same paragraph (None otherwise)."""
        marks, text = self.body.marks("sentence"), self.body.text
        start = marks.start_before(self.clause_start)
        previous = marks.start_before(start - 1)                 # -1 at the text's start
        if previous < 0 or text.find("\n", max(previous, 0), start) >= 0:
            return start, None
        return start, previous

    def investment(self, org_pair: tuple[int, Fact], start: int, end: int, planned: bool, purpose=None) -> Fact:
        i, org = org_pair
        money = self.fact
        attrs = {"investor": self.body.coordinated(org) or org.get("name"), "value": money.get("value"), "currency": money.get("currency"),
                 "status": "planned" if planned else "done", "purpose": purpose, "facts": [i, self.j]}
        return Fact("investment", self.body.text[start:end], start, end, "body", money.sentence, attrs,
                    money.sentence_start, money.sentence_end)

    def investment_named(self, investor: str, start: int, end: int, purpose: str | None) -> Fact:
        """A done investment whose investor is a name as written, not an organization fact (a round's backers
        after 由): it joins only the money."""
        money = self.fact
        attrs = {"investor": investor, "value": money.get("value"), "currency": money.get("currency"),
                 "status": "done", "purpose": purpose, "facts": [self.j]}
        return Fact("investment", self.body.text[start:end], start, end, "body", money.sentence, attrs,
                    money.sentence_start, money.sentence_end)


def _investments(body: _Body) -> list[Fact]:
    rules = _rules()
    out: list[Fact] = []
    founded: Fact | None = None                 # the last fund founded, for a second one joined to it
    told: set[tuple] = set()                    # (investor, value, currency) of the investments found
    previous_end = -1                           # where the money before ends
    for j, money in body.facts:
        if money.type != "money" or "/" in (money.get("unit") or ""):
            continue
        converted = previous_end >= 0 and _CONVERSION.fullmatch(body.text, previous_end, money.start)
        previous_end = money.end
        if converted:
            continue                              # 6500万美元（约5.057亿港元）: the same money in another currency
        reading = _Money(body, j, money)
        found = _next_fund(reading, founded, rules) or _investment(reading, rules)
        if found is not None and _told_first(found, told):   # 拟出资300亿…基金募集规模为人民币300亿元: told twice
            out.append(found)
        founded = found if found is not None and (found.get("purpose") or "").endswith("基金") else None
    return out


def _told_first(found: Fact, told: set[tuple]) -> bool:
    """Is `found` the first investment with its investor, value and currency (and mark it told)?"""
    key = (found.get("investor"), found.get("value"), found.get("currency"))
    if key in told:
        return False
    told.add(key)
    return True


def _investment(money: _Money, rules) -> Fact | None:
    if rules["round_re"].match(money.body.text, money.fact.end):
        return _round_investment(money, rules)
    if rules["fund_size_re"].search(money.clause):
        return _fund_investment(money, rules)
    if rules["not_investment"].search(money.clause):
        return None
    return (_transfer_investment(money, rules) or _verb_investment(money, rules) or _founding_investment(money, rules)
            or _agreement_investment(money, rules) or _project_investment(money, rules)
            or _sentence_subject_investment(money, rules)
            or _pronoun_investment(money, rules) or _price_investment(money, rules)
            or _deal_amount_investment(money, rules))


def _planned(between: str, rules) -> bool:
    return between.startswith(rules["planned"]) or any(word in between for word in rules["planned"] if len(word) > 1)


def _verb_investment(money: _Money, rules) -> Fact | None:
    """`亿咖通拟投资15亿元建设…`, `X以N亿元收购Y`: an organization of the clause, then the verb near the amount."""
    body, fact = money.body, money.fact
    text = body.text
    begin = bisect.bisect_left(body.org_starts, money.clause_start)
    end = bisect.bisect_left(body.org_starts, fact.start)
    for i, org in reversed(body.organizations[begin:end]):
        if org.end > fact.start:
            continue
        between = text[org.end:fact.start]
        if any(word in between for word in rules["receiving"]):
            return None                   # 途牛获得…5亿美元注资: the organization before 获得 receives the money
        verb_after = (rules["after_re"].match(text[fact.end:fact.end + 6]) and len(between) <= 12) or \
            (between.endswith(("以", "以约")) and rules["priced_verb_re"].match(text, fact.end, money.clause_end()))
        if not (rules["verb_near_re"].search(between) or verb_after):
            continue
        purpose_end = body.marks("clause").end_from(fact.end, reach=40)
        purpose = text[fact.end:purpose_end].strip() or None
        return money.investment((i, org), org.start, purpose_end, _planned(between, rules), purpose)
    return None


def _round_investment(money: _Money, rules) -> Fact | None:
    """`蓝箭航天…完成了5亿人民币的C轮融资，碧桂园创投成为了本轮融资的唯一投资方`, `…完成C轮共2.5亿美元融资，碧桂园创投
    与腾讯、基汇资本联合领投`: money raised is no investment by the raiser; the backer that opens the next clause
    of the sentence with its role (领投, 跟投, 投资方…) puts it in. The next sentence may name them when it names
    the round again (`…完成超亿元B+轮融资。本轮融资由宽平资本领投，…`)."""
    body, fact = money.body, money.fact
    text, clauses = body.text, body.marks("clause")
    round_end = clauses.end_from(fact.end)
    if round_end >= len(text) or text[round_end] == "\n":
        return None
    opening = rules["backer_opening_re"].match(text, round_end + 1)
    if text[round_end] in _STATEMENT_END and not opening.group("anaphor"):
        return None                       # another sentence names its backers only after naming the round
    end = clauses.end_from(opening.start())
    backer = _backer(body, opening, end, rules)
    if backer is None:
        return None
    purpose = text[fact.end:round_end].lstrip("的") or None
    if isinstance(backer, str):
        return money.investment_named(backer, fact.start, end, purpose)
    return money.investment(backer, fact.start, end, False, purpose)


def _backer(body: _Body, opening: re.Match, end: int, rules) -> tuple[int, Fact] | str | None:
    """Who backs a round in the clause that `opening` opens and `end` ends, named before a role word
    (领投, 跟投, 投资方…): the organization that opens the clause; after 由, the first organization before the
    role, else the name as written (`由远方基金、盐南人工智能产业基金、深圳德鼎宏和优必选共同投资`)."""
    text, name_start = body.text, opening.end()
    role_at = min((at for at in (text.find(word, name_start, end) for word in rules["backer_roles"]) if at >= 0),
                  default=-1)
    if role_at <= name_start:
        return None
    org = body.first_investor(name_start, role_at)
    if not opening.group("opener"):
        return org if org is not None and org[1].start == name_start else None
    if org is not None:
        return org
    name = text[name_start:role_at].strip()
    if not 2 <= len(name) <= BACKER_NAME_REACH:
        return None
    return name if any(item.endswith(rules["backer_heads"]) for item in _LIST_SEPARATORS.split(name)) else None


def _pronoun_investment(money: _Money, rules) -> Fact | None:
    """`建设银行公告称，公司拟出资设立住房租赁基金……公司认缴人民币299.99亿元`: 公司 is the company
    the paragraph opens with."""
    clause, clause_start = money.clause, money.clause_start
    pronoun = next((p for p in rules["pronouns"] if clause.startswith(p)), None)
    if pronoun is None:
        return None
    between = clause[len(pronoun):]
    if not rules["before_re"].match(between):
        return None                       # 公司的董监高……出资: someone else of the company invests
    paragraph_start = money.body.marks("line").start_before(clause_start)
    first = money.body.first_investor(paragraph_start, clause_start)
    if first is None:
        return None                       # the paragraph's subject: the company it opens with
    planned = _planned(between, rules) or money.body.marks("plan").end_from(paragraph_start) < clause_start   # 拟 in the lead
    return money.investment(first, clause_start, money.fact.end, planned)   # 公司拟出资设立……。……公司认缴: still the plan


def _sentence_subject_investment(money: _Money, rules) -> Fact | None:
    """`紫金矿业通过增资扩股等方式，出资不高于35154万元`: the verb (or the company's capital spending: `中国神华…，
    2022年…的资本开支计划为50.22亿元`) ends the money's clause and the investor is the organization that opens the
    sentence."""
    if not (rules["verb_end_re"].search(money.clause) or rules["capital_spending_re"].search(money.clause)):
        return None
    sentence_start = money.sentence_start("statement")
    first = money.body.first_investor(sentence_start, money.fact.start)
    if first is None or first[1].start - sentence_start > 12:
        return None                       # the organization must open the sentence (after 根据公告， 此外， …)
    org = first[1]
    between = money.body.text[org.end:money.fact.start]
    planned = any(word in money.clause for word in rules["planned"]) or \
        any(word in between for word in rules["planned"] if len(word) > 1)
    return money.investment(first, org.start, money.fact.end, planned, between.strip("，, ") or None)


def _price_investment(money: _Money, rules) -> Fact | None:
    """`紫金矿业……表示，公司……以现金方式收购新锂公司……，交易金额约为9.6亿加元`: the price of a
    purchase told in the same sentence; the buyer is the organization the sentence names first."""
    if not rules["price_re"].search(money.clause):
        return None
    sentence = _sentence_naming(money, "sentence", rules["acquisition"])
    if sentence is None:
        return None
    sentence_start, before = sentence
    first = money.body.first_investor(sentence_start, money.fact.start)
    if first is None:
        return None
    org = first[1]
    verb_at = min(before.find(v) for v in rules["acquisition"] if v in before)
    if sentence_start + verb_at < org.end or org.get("name") in before[verb_at:]:
        return None                       # the organization named first is what is bought, not the buyer
    planned = any(word in before[: verb_at + 2] for word in rules["planned"])
    return money.investment(first, org.start, money.fact.end, planned)


def _transfer_investment(money: _Money, rules) -> Fact | None:
    """`上海市把沪杭高速公路上海段99.35％的股权以32.07亿元人民币全部转让给福禧公司`, `以10.6亿元的价格，将旗下上海世茂置业
    转给上海久事…有限公司`, `…转给世茂服务，交易转让价格约16.535亿元`: a sale; the buyer, the organization right after
    转让给/转给/卖给, puts in the price (the money after 以, or after a price word, in the same sentence)."""
    body, fact, clause = money.body, money.fact, money.clause
    if not body.holds("transfer_re") or not (clause.endswith(("以", "以约")) or rules["price_re"].search(clause)):
        return None
    text, sentences = body.text, body.marks("statement")
    start, end = sentences.start_before(fact.start), sentences.end_from(fact.end)
    for verb in rules["transfer_re"].finditer(text, start, end):
        buyer = body.first_investor(verb.end(), verb.end() + 1)
        if buyer is None:
            continue
        before = text[start:verb.start()]
        planned = _planned_in(before, rules)
        sold = rules["sold_re"].search(text, start, verb.start())
        return money.investment(buyer, min(fact.start, verb.start()), max(fact.end, buyer[1].end), planned,
                                sold.group("sold") if sold else None)
    return None


def _planned_in(before: str, rules) -> bool:
    """Does the sentence before a deal's verb say it is planned (拟, or a planned word of two characters: 计划,
    打算)? 将 alone is too common a character to tell."""
    return "拟" in before or any(word in before for word in rules["planned"] if len(word) > 1)


def _deal_amount_investment(money: _Money, rules) -> Fact | None:
    """`随后又获携程旅行网战略投资，涉及金额超过2亿美元`, `凯雷亚洲增长基金，第3次增持特步国际，…，涉及金额约为1.4亿港元`: the
    amount of the deal whose verb comes last before it in the sentence; the organization named last before
    that verb invests it."""
    clause = money.clause
    if not money.body.holds("deal_word_re") or not rules["deal_amount_re"].search(clause):
        return None
    body, text = money.body, money.body.text
    sentence_start = money.sentence_start("statement")
    verbs = list(rules["deal_verb_re"].finditer(text, sentence_start, money.clause_start))
    if not verbs:
        return None
    verb_at = verbs[-1].start()
    k = bisect.bisect_left(body.org_starts, verb_at)
    while k > 0:
        k -= 1
        pair = body.organizations[k]
        if pair[1].start < sentence_start:
            return None
        if pair[1].end <= verb_at and not _is_media(pair[1].get("name")):
            before = text[sentence_start:verb_at]
            planned = _planned_in(before, rules)
            return money.investment(pair, pair[1].start, money.fact.end, planned, text[verbs[-1].start():
                                    body.marks("clause").end_from(verb_at)] or None)
    return None


def _fund_investment(money: _Money, rules) -> Fact | None:
    """`建设银行公告称，公司拟出资设立住房租赁基金。基金募集规模为人民币300亿元`: the fund's size is the
    founder's investment; the founder is named in this sentence or the one before."""
    text = money.body.text
    sentence_start, previous = money.previous_sentence_start()
    previous_start = max(sentence_start if previous is None else previous, money.fact.start - LINK_REACH)
    scope = text[previous_start:money.fact.start]
    founding = next((w for w in rules["founding"] if w in scope and "基金" in scope[scope.find(w):]), None)
    if founding is None:
        return None
    founded_at = previous_start + scope.find(founding)
    first = money.body.first_founder(previous_start, founded_at)
    if first is None:
        return None
    planned = any(word in text[first[1].end:founded_at] for word in rules["planned"])
    return money.investment(first, first[1].start, money.fact.end, planned)


def _founding_investment(money: _Money, rules) -> Fact | None:
    """`广州更是宣布设立1500亿的产业母基金`, `长沙市高新区发起了200亿天使母基金`: a fund founded with its size
    written before its name; the founder is the organization, else the place, that the clause names
    before the verb."""
    verb = rules["founding_end_re"].search(money.clause)
    fund = rules["fund_after_re"].match(money.body.text, money.fact.end)
    if verb is None or fund is None:
        return None
    verb_at = money.clause_start + verb.start()
    founder = money.body.first_founder(money.clause_start, verb_at)
    if founder is None:
        return None
    between = money.body.text[founder[1].end:verb_at]
    return money.investment(founder, founder[1].start, fund.end(), _planned(between, rules), fund.group("fund"))


def _next_fund(money: _Money, founded: Fact | None, rules) -> Fact | None:
    """`设立1500亿的产业母基金和500亿创投母基金`: a second fund joined to the one just founded, by the same founder."""
    if founded is None or founded.end > money.fact.start:
        return None
    text = money.body.text
    if not rules["next_fund_re"].match(text[founded.end - len(founded.get("purpose") or ""):money.fact.start]):
        return None
    fund = rules["fund_after_re"].match(text, money.fact.end)
    if fund is None:
        return None
    founder = founded.get("facts")[0]
    return money.investment((founder, money.body.fact_at[founder]), money.fact.start, fund.end(),
                            founded.get("status") == "planned", fund.group("fund"))


def _agreement_investment(money: _Money, rules) -> Fact | None:
    """`浙江吉利控股集团……与……签署一项总额为4500万美元的投资协议`: the total of an investment agreement
    the sentence's first organization signs."""
    if not rules["agreement_re"].match(money.body.text, money.fact.end):
        return None
    sentence = _sentence_naming(money, "statement", rules["agreement_verbs"])
    if sentence is None:
        return None
    sentence_start, before = sentence
    first = money.body.first_investor(sentence_start, money.fact.start)
    if first is None or first[1].start - sentence_start > 12:
        return None                       # the signer opens the sentence
    planned = any(word in before for word in rules["planned"] if len(word) > 1)
    return money.investment(first, first[1].start, money.fact.end, planned)


def _project_investment(money: _Money, rules) -> Fact | None:
    """`…传出宁德时代第四期项目动工建设的消息。据报道，该项目总投资125亿元`: a project's investment, told in
    the sentence after the one that names it; the investor is that sentence's first organization."""
    project = rules["project_re"].match(money.clause)
    if project is None:
        return None
    sentence_start, previous_start = money.previous_sentence_start()
    if previous_start is None:
        return None                       # only the sentence before, in the same paragraph
    first = money.body.first_investor(previous_start, sentence_start)
    if first is None:
        return None
    planned = any(word in project.group(0) for word in rules["planned"])
    return money.investment(first, money.clause_start, money.fact.end, planned)


def _sentence_naming(money: _Money, kind: str, words) -> tuple[int, str] | None:
    """Where the money's sentence (of `kind`) starts and its text up to the money, when that text
    holds one of `words` (a purchase's verb, an agreement's)."""
    start = money.sentence_start(kind)
    before = money.body.text[start:money.fact.start]
    return (start, before) if any(word in before for word in words) else None
