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
from functools import lru_cache

from . import grammar
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
        "goal_re": re.compile(rf"(?:{_alt(target.goal_words)})+$"),
        "metrics": sorted(target.metric_words, key=len, reverse=True),
        "amount_types": set(target.amount_types),
        "modified_re": re.compile(rf"(?:{_alt(target.modified_heads)})"),
        "before_re": re.compile(rf"^(?P<between>(?:{_alt(investment.between)})*)(?P<verb>{_alt(investment.verbs_before)})"
                                   rf"(?P<filler>(?:了|约|近|超|共|达)*)$"),
        "after_re": re.compile(rf"^(?:{_alt(investment.verbs_after)})"),
        # the verb within ten characters after the investor, the amount within twelve after the verb
        # a clause that ends with an investment verb and at most a qualifier before the amount
        "verb_end_re": re.compile(rf"(?:{_alt(investment.verbs_before)})(?:不高于|不超过|不低于|约|近|超过|共计|合计|总计|了)?$"),
        "verb_near_re": re.compile(rf"^[^，。；]{{0,10}}?(?:{_alt(investment.verbs_before + investment.verbs_after)})[^，。；]{{0,12}}$"),
        "planned": tuple(sorted(investment.planned, key=len, reverse=True)),
        "pronouns": tuple(sorted(investment.company_pronouns, key=len, reverse=True)),
        "price_re": re.compile(rf"(?:{_alt(investment.price_words)})(?:约|大约)?(?:为|是|达)?(?:约)?$"),
        "acquisition": tuple(investment.acquisition_verbs),
        "fund_size_re": re.compile(rf"基金[^，。；]*?(?:{_alt(investment.fund_size)})(?:人民币)?$|^(?:{_alt(investment.fund_size)})(?:人民币)?$"),
        "founding": tuple(investment.fund_founding),
        "not_investment": tuple(investment.not_investment_words),
    }


def link(text: str, facts: list[Fact], published_year: int | None = None) -> list[Fact]:
    """Target and investment facts for the body `text`, given its mention facts (indices refer to `facts`)."""
    body = [(i, f) for i, f in enumerate(facts) if f.where == "body"]
    return _targets(text, body, published_year) + _investments(text, body)


def _between(facts, starts, low: int, high: int):
    """The (index, fact) pairs of `facts` (sorted by start) that start in [low, high)."""
    return facts[bisect.bisect_left(starts, low):bisect.bisect_left(starts, high)]


def _targets(text: str, body, published_year: int | None) -> list[Fact]:
    rules = _rules()
    out: list[Fact] = []
    starts = [f.start for _, f in body]
    years = [(i, f) for i, f in body if f.type == "year"
             and not (published_year and f.get("year") < published_year)]     # 十三五时期 in 2021: results, not goals
    for index, year in years:
        end_of_sentence = grammar.clause_end(text, year.end, grammar.SENTENCE_END)   # a goal's list may run on after ；
        following = _between(body, starts, year.end, end_of_sentence)
        for j, amount in following:
            if amount.type == "year":
                break                     # another year's goal
            if amount.type == "date":
                break                     # 从2015年的69.8%: what follows belongs to another time
            if amount.type not in rules["amount_types"]:
                continue
            if (rules["modified_re"].match(text, amount.end) and not text.startswith("的目标", amount.end)) or (amount.type != "count" and _count_follows(following, amount, text)):
                continue                  # 超10亿元的项目500个: the money says which projects, the count is the goal
            before = text[year.end:amount.start]
            metric = _metric(before, rules)
            subject = _subject(text, body, starts, year, amount)
            attrs = {"year": year.get("year"), "metric": metric, "subject": subject, "value": amount.get("value"),
                     "currency": amount.get("currency"), "unit": amount.get("unit") if amount.type != "money" else None,
                     "qualifier": amount.get("qualifier"), "facts": [index, j]}
            if amount.type == "count":
                attrs["unit"] = amount.get("classifier")
            out.append(Fact("target", text[year.start:amount.end], year.start, amount.end, "body", year.sentence, attrs))
    return out


def _count_follows(following, amount: Fact, text: str) -> bool:
    """Is a count the head of the clause the amount sits in (其中超20亿元内资产业项目200个)?"""
    clause_end = grammar.clause_end(text, amount.end, _CLAUSE_OR_LIST_END)
    return any(f.type == "count" and amount.end <= f.start < clause_end for _, f in following)


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


def _subject(text: str, body, starts, year: Fact, amount: Fact) -> str | None:
    """The sector the goal is about: named between the year and the amount, else first in the paragraph."""
    for _, fact in _between(body, starts, year.end, amount.start):
        if fact.type == "sector":
            return fact.get("name")
    paragraph_start = text.rfind("\n", 0, year.start) + 1
    for _, fact in _between(body, starts, paragraph_start, year.start):
        if fact.type == "sector":
            return fact.get("name")
    return None


def _investments(text: str, body) -> list[Fact]:
    rules = _rules()
    out: list[Fact] = []
    organizations = [(i, f) for i, f in body if f.type == "organization"]
    org_starts = [f.start for _, f in organizations]
    for j, money in body:
        if money.type != "money" or "/" in (money.get("unit") or ""):
            continue
        clause_start = grammar.clause_start(text, money.start)
        clause = text[clause_start:money.start]
        if rules["fund_size_re"].search(clause):
            found = _fund_investment(text, organizations, org_starts, j, money, clause_start, rules)
            if found is not None:
                out.append(found)
            continue
        if any(word in clause for word in rules["not_investment"]):
            continue
        for i, org in reversed(_between(organizations, org_starts, clause_start, money.start)):
            if org.end > money.start:
                continue
            between = text[org.end:money.start]
            verb_first = rules["verb_near_re"].search(between)
            after = text[money.end:money.end + 4]
            verb_after = rules["after_re"].match(after) and len(between) <= 12
            if not (verb_first or verb_after):
                continue
            planned = between.startswith(rules["planned"]) or any(word in between for word in rules["planned"] if len(word) > 1)
            purpose_end = grammar.clause_end(text, money.end, reach=40)
            purpose = text[money.end:purpose_end].strip() or None
            attrs = {"investor": org.get("name"), "value": money.get("value"), "currency": money.get("currency"),
                     "status": "planned" if planned else "done", "purpose": purpose, "facts": [i, j]}
            out.append(Fact("investment", text[org.start:purpose_end], org.start, purpose_end, "body", money.sentence, attrs))
            break
        else:
            found = (_sentence_subject_investment(text, body, organizations, org_starts, j, money, clause, rules)
                     or _pronoun_investment(text, organizations, org_starts, j, money, clause, clause_start, rules)
                     or _price_investment(text, organizations, org_starts, j, money, clause, rules))
            if found is not None:
                out.append(found)
    return out


def _pronoun_investment(text, organizations, org_starts, j, money, clause, clause_start, rules) -> Fact | None:
    """`建设银行公告称，公司拟出资设立住房租赁基金……公司认缴人民币299.99亿元`: 公司 is the company
    the paragraph opens with."""
    pronoun = next((p for p in rules["pronouns"] if clause.startswith(p)), None)
    if pronoun is None:
        return None
    between = clause[len(pronoun):]
    if not rules["before_re"].match(between):
        return None                       # 公司的董监高……出资: someone else of the company invests
    paragraph_start = text.rfind("\n", 0, clause_start) + 1
    earlier = [(i, org) for i, org in _between(organizations, org_starts, paragraph_start, clause_start)
               if not _is_media(org.get("name"))]
    if not earlier:
        return None
    i, org = earlier[0]                   # the paragraph's subject: the company it opens with
    lead = text[paragraph_start:clause_start]
    planned = (between.startswith(rules["planned"]) or any(word in between for word in rules["planned"] if len(word) > 1)
               or "拟" in lead)           # 公司拟出资设立……。……公司认缴: still the plan
    attrs = {"investor": org.get("name"), "value": money.get("value"), "currency": money.get("currency"),
             "status": "planned" if planned else "done", "purpose": None, "facts": [i, j]}
    return Fact("investment", text[clause_start:money.end], clause_start, money.end, "body", money.sentence, attrs)


def _sentence_subject_investment(text, body, organizations, org_starts, j, money, clause, rules) -> Fact | None:
    """`紫金矿业通过增资扩股等方式，出资不高于35154万元`: the verb ends the money's clause and the
    investor is the organization that opens the sentence."""
    if not rules["verb_end_re"].search(clause):
        return None
    sentence_start = grammar.clause_start(text, money.start, _STATEMENT_END)
    candidates = [(i, org) for i, org in _between(organizations, org_starts, sentence_start, money.start)
                  if not _is_media(org.get("name"))]
    if not candidates:
        return None
    i, org = candidates[0]
    opening = text[sentence_start:org.start]
    if len(opening) > 12:
        return None                       # the organization must open the sentence (after 根据公告， 此外， …)
    planned = any(word in clause for word in rules["planned"]) or \
        any(word in text[org.end:money.start] for word in rules["planned"] if len(word) > 1)
    attrs = {"investor": org.get("name"), "value": money.get("value"), "currency": money.get("currency"),
             "status": "planned" if planned else "done", "purpose": text[org.end:money.start].strip("，, ") or None,
             "facts": [i, j]}
    return Fact("investment", text[org.start:money.end], org.start, money.end, "body", money.sentence, attrs)


def _price_investment(text, organizations, org_starts, j, money, clause, rules) -> Fact | None:
    """`紫金矿业……表示，公司……以现金方式收购新锂公司……，交易金额约为9.6亿加元`: the price of a
    purchase told in the same sentence; the buyer is the organization the sentence names first."""
    if not rules["price_re"].search(clause):
        return None
    sentence_start = grammar.clause_start(text, money.start, grammar.SENTENCE_END)
    before = text[sentence_start:money.start]
    if not any(verb in before for verb in rules["acquisition"]):
        return None
    candidates = [(i, org) for i, org in _between(organizations, org_starts, sentence_start, money.start)
                  if not _is_media(org.get("name"))]
    if not candidates:
        return None
    i, org = candidates[0]
    verb_at = min(before.find(v) for v in rules["acquisition"] if v in before)
    if sentence_start + verb_at < org.end or org.get("name") in before[verb_at:]:
        return None                       # the organization named first is what is bought, not the buyer
    planned = any(word in before[: verb_at + 2] for word in rules["planned"])
    attrs = {"investor": org.get("name"), "value": money.get("value"), "currency": money.get("currency"),
             "status": "planned" if planned else "done", "purpose": None, "facts": [i, j]}
    return Fact("investment", text[org.start:money.end], org.start, money.end, "body", money.sentence, attrs)


def _fund_investment(text, organizations, org_starts, j, money, clause_start, rules) -> Fact | None:
    """`建设银行公告称，公司拟出资设立住房租赁基金。基金募集规模为人民币300亿元`: the fund's size is the
    founder's investment; the founder is named in this sentence or the one before."""
    sentence_start = grammar.clause_start(text, clause_start, grammar.SENTENCE_END)
    previous_start = grammar.clause_start(text, sentence_start - 1, grammar.SENTENCE_END)   # -1 at the text's start
    if previous_start < 0 or text[max(previous_start, 0):sentence_start].find("\n") >= 0:
        previous_start = sentence_start   # only within the paragraph
    scope = text[previous_start:money.start]
    founding = next((w for w in rules["founding"] if w in scope and "基金" in scope[scope.find(w):]), None)
    if founding is None:
        return None
    founded_at = previous_start + scope.find(founding)
    candidates = [(i, org) for i, org in _between(organizations, org_starts, previous_start, founded_at)
                  if not _is_media(org.get("name"))]
    if not candidates:
        return None
    i, org = candidates[0]
    planned = any(word in text[org.end:founded_at] for word in rules["planned"])
    attrs = {"investor": org.get("name"), "value": money.get("value"), "currency": money.get("currency"),
             "status": "planned" if planned else "done", "purpose": None, "facts": [i, j]}
    return Fact("investment", text[org.start:money.end], org.start, money.end, "body", money.sentence, attrs)


