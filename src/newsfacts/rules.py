"""The declared shape of every rule file in `newsfacts/data/`, and the check that holds a file to it.

Each TOML rule file has a record type here (a `Record` class per table); the
loader (`tables.load_toml`, `tables.load_rules`) checks the parsed file
against it when the file is first loaded: a key the shape does not declare, a
declared key the file lacks, a value of the wrong type, or a word listed twice
is a `DataFileError` naming the file and the key. To add a rule key, declare
it here and describe it in the file's header.

Lists of words become tuples; tables of word → value stay dicts.
"""
from __future__ import annotations

import types
from functools import cache
from typing import Any, Union, get_args, get_origin

from .errors import DataFileError

Words = tuple[str, ...]


class Record:
    """A table of a rule file: the class's annotations name and type its keys, a class attribute
    gives a key's default; the loader sets every value once and the record is read-only after.

    Plain classes rather than frozen dataclasses, because thirty dataclasses cost about 20 ms of
    every start of the command.
    """

    def __init__(self, **values: Any):
        for name, value in values.items():
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only")

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in vars(self).items())})"


# numerals.toml
class VagueWords(Record):
    prefixes: Words
    suffixes: Words
    idioms: Words = ()


class Numerals(Record):
    decimal: str
    negative: str
    negative_not_after: Words
    approx_words: Words
    capitals: Words
    capital_money: Words
    digits: dict[str, int]
    units: dict[str, int]
    myriads: dict[str, int]
    vague: VagueWords


# qualifiers.toml
class QualifierWords(Record):
    before: Words
    after: Words = ()
    before_magnitude: Words = ()


class Qualifiers(Record):
    approx: QualifierWords
    min: QualifierWords
    max: QualifierWords
    plain: QualifierWords


# currencies.toml
class FractionIdiom(Record):
    negations: Words
    after: Words


class PerUnit(Record):
    units: Words


class ColloquialYuan(Record):
    cues: Words
    per_unit_marks: Words
    adverbs: str


class ListingMarket(Record):
    market_cues: Words
    mainland_cues: Words
    trading_words: Words
    currency: str


class HomeRegions(Record):
    min_traditional_share: float
    min_cues: int
    min_cues_beside_yuan: int
    cues: dict[str, Words]


class Currencies(Record):
    words: dict[str, str]
    fractions: dict[str, float]
    change: dict[str, float]
    fraction_idiom: FractionIdiom
    prefixes: dict[str, str]
    dollar_signs: dict[str, str]
    per_unit: PerUnit
    colloquial_yuan: ColloquialYuan
    hong_kong: ListingMarket
    home_regions: HomeRegions
    shared_names: dict[str, dict[str, str]]


# units.toml
class UnitRules(Record):
    per_time: dict[str, str]
    needs_magnitude: Words
    any_case: Words
    floor_area_words: Words
    volume_unless_floor: dict[str, tuple[str, float]]
    energy_words: Words
    power_words: Words
    class_nouns: Words
    figure_before: Words


class PercentWords(Record):
    tenths_not_before: Words
    discount_not_before: Words
    share_before: Words
    half_after: Words
    half_of_time: Words
    per_mille: str


class Multiples(Record):
    by_verbs: Words


class Units(Record):
    units: dict[str, tuple[str, float]]
    percentage_points: dict[str, float]
    percent_words: PercentWords
    multiples: Multiples
    rules: UnitRules


# counts.toml
class Ranks(Record):
    classifiers: Words
    before: Words
    words: Words


class Sessions(Record):
    classifiers: Words
    bodies: Words


class Times(Record):
    not_after: Words
    not_before: Words


class BareNouns(Record):
    places: Words
    heads: Words
    tiers: Words
    names: Words
    groups: Words


class NoThings(Record):
    characters: Words
    digit_nouns: Words
    point_nouns: Words
    point_list_openers: Words
    place_suffixes: Words
    negated_after_one: Words
    distributive: Words
    set_words: Words
    versus: Words
    model_nouns: Words


class Counts(Record):
    classifiers: Words
    people_nouns: Words
    people_heads: Words
    duration_after: Words
    not_after_da: Words
    da_allowed: Words
    indefinite: Words
    scope_words: Words
    object_stop: Words
    count_context: Words
    one_limiters: Words
    general_classifiers: Words
    word_openers: Words
    slogan_classifiers: Words
    times: Times
    ranks: Ranks
    sessions: Sessions
    bare_nouns: BareNouns
    no_things: NoThings


# money_context.toml
class MoneyContext(Record):
    before: Words
    after: Words
    heads: Words
    emphatic: Words
    continues: Words
    magnitude_goals: Words
    neutral_after: Words
    group_words: Words
    lot_words: Words
    orders: dict[str, int]


# dates.toml
class DateWords(Record):
    same_year_words: Words
    that_year_before_month: Words
    target_cues: Words
    future_markers: Words
    future_before: Words
    about_after: Words
    present_not_after: Words
    present_not_after_span: Words
    reference_before: Words
    cutoff_before: Words
    whole_year_after: Words
    since_after: Words
    record_words: Words
    rule_start_after: Words
    rule_words: Words
    goal_openers: Words
    forecast_not_before: Words
    target_after: Words
    goal_after: Words
    forecast_cues: Words
    forecast_verbs: Words
    past_goal_words: Words
    goal_verbs: Words
    name_words: Words
    event_names: Words
    event_verbs: Words
    event_gap_not: Words
    quoted_list_words: Words
    plan_tails: Words
    plan_end_tails: Words
    two_digit_year_cues: Words
    short_year_not_after: Words
    short_year_not_before: Words
    month_not_after: Words
    cohort_words: Words
    fiscal_year_words: Words
    split_year_ends: Words
    comparison_before: Words
    relative_day_not_after: Words
    relative_day_not_before: Words
    weekday_looks_ahead: Words
    weekday_ahead_after: Words
    weekday_not_after: Words
    month_parts: Words
    year_ends: Words
    first_months_not_after: Words
    month_alone_not_after: Words
    month_alone_not_before: Words
    day_not_after: Words
    day_ahead_words: Words
    day_prepositions: Words
    name_not_right_after: Words
    day_not_before: Words
    year_part_not_after: Words
    caption_after: Words
    duration_before: Words


class Dates(Record):
    months_ahead: int
    days_ahead: int
    relative_years: dict[str, int]
    sentence_relative_years: dict[str, int]
    relative_months: dict[str, int]
    relative_quarters: dict[str, int]
    words: DateWords
    plan_periods: dict[str, tuple[int, int]]
    relative_days: dict[str, int]
    week_offsets: dict[str, int]


# links.toml
class TargetWords(Record):
    goal_words: Words
    metric_words: Words
    modified_heads: Words
    amount_types: Words
    comparison_bases: Words
    continuing_goal_words: Words


class InvestmentWords(Record):
    verbs_before: Words
    verbs_after: Words
    planned: Words
    between: Words
    capital_spending: Words
    price_words: Words
    deal_amounts: Words
    acquisition_verbs: Words
    transfer_verbs: Words
    fund_size: Words
    fund_founding: Words
    founded_heads: Words
    spent_on: Words
    agreements: Words
    agreement_verbs: Words
    project_pronouns: Words
    company_pronouns: Words
    not_investment_words: Words
    investment_kinds: Words
    backer_roles: Words
    round_words: Words
    backer_openers: Words
    round_anaphors: Words
    backer_heads: Words
    receiving: Words


class Links(Record):
    target: TargetWords
    investment: InvestmentWords


# organizations.toml
class Organizations(Record):
    strong_suffixes: Words
    weak_suffixes: Words
    cue_after: Words
    figures_cues: Words
    role_after: Words
    role_modifiers: Words
    holder_titles: Words
    holder_qualifiers: Words
    list_kinds: Words
    owned_kinds: Words
    funding_adverbs: Words
    members_heads: Words
    committee_departments: Words
    cue_only_suffixes: Words
    description_openings: Words
    boundary_before: Words
    trailing_adverbs: Words
    cue_name_tails: Words
    context_names: Words
    institution_verbs: Words
    description_kinds: Words
    not_names: Words
    place_endings: Words
    generic_before: Words
    firm_heads: Words
    credit_before: Words
    credit_after: Words
    generic_before_suffix: Words
    product_closers: Words
    event_after: Words
    report_after: Words
    admin_prefixes: Words
    state_prefixes: Words
    scope_prefixes: Words
    never_inside: Words
    coined_only_suffixes: Words
    ascii_tails: Words
    ascii_after_kind: Words
    ascii_cue_after: Words
    strict_suffixes: Words
    place_suffixes: Words
    acronyms_not_orgs: Words
    exchanges: Words
    quote_moves: Words
    quote_currencies: Words
    risk_marks: Words
    kind_words: Words
    proper_only_suffixes: Words
    verb_holding_suffixes: Words
    blocs: Words
    bloc_economy_after: Words
    bloc_economy_before: Words
    economies: Words
    word_heads: Words
    mission_suffixes: Words
    media_heads: Words
    document_endings: Words
    media_after: Words
    word_heads_not: Words
    suffix_continuations: dict[str, str]


# pages.toml
class Pages(Record):
    title_meta: tuple[tuple[str, str], ...]
    date_meta: tuple[tuple[str, str], ...]
    script_date_keys: Words
    script_epoch_vars: Words
    date_attributes: Words
    gallery_text_keys: Words
    site_name_words: Words
    unsure_rival_share: float
    date_labels: Words
    article_min_prose: int
    frame_min_chars: int
    box_levels: int
    box_share_max: float
    title_class: str


# boilerplate.toml
class Boilerplate(Record):
    traditional_share: float
    caption_max: int
    caption_marks: Words
    narrative_openers: Words
    narrative_words: Words
    report_verbs: Words
    question_openers: Words
    drop_tags: Words
    container_tags: Words
    drop_class_id: str
    page_end_names: Words
    drop_line: Words
    cut_inline: dict[str, str]
    link_home: str
    print_credit: str
    article_end: str
    end_mark: str
    editor: str
    related_headers: Words
    appendix_heads: Words
    about_verbs: Words
    page_editor: str
    page_editor_plain: str
    end_line: Words
    widget_words: Words
    related_openers: Words
    related_media: Words
    related_ends: Words
    role_line: str
    foreign_name: str
    reporter_signoff: str
    original_title: str
    rights_notice: str
    closing_plug: Words
    picture_source: str
    outlet_ends: Words
    column_nouns: Words
    record_text_labels: Words


# bylines.toml
class Bylines(Record):
    reporter_roles: Words
    credit_roles: Words
    editor_roles: Words
    single_roles: Words
    markers: str
    separators: str
    name_separators: str
    tails: Words
    photo_ends: Words
    outlet_ends: Words
    account_roles: Words
    pen_name_ends: Words
    dispatch_from: Words
    dateline_ends: Words
    bar_fields: Words
    bar_date_labels: Words
    bar_counters: Words
    bar_counter_ends: Words
    reprint_labels: Words
    reprint_subjects: Words
    reprint_verbs: Words
    reprint_accounts: Words
    permission_words: Words


# sector_context.toml
class SectorContext(Record):
    suffixes: Words
    list_marks: Words
    blocked_after: Words
    discipline_after: Words
    activity_words: Words
    counted_classifiers: Words
    price_categories: Words
    retail_categories: Words
    designations: Words
    metaphors: Words
    institution_forms: Words
    technology_forms: Words
    product_heads: Words
    thing_heads: Words
    body_heads: Words
    service_verbs: Words
    compound_heads: Words
    short_name_cues: Words


# segmenter.toml
class Segmenter(Record):
    name_breaking_chars: str


# stocks.toml
class Stocks(Record):
    after: Words
    before: Words
    ordinary_max_length: int
    ordinary_phrases: Words
    price_moves: Words
    time_before_cue: Words
    place_after: Words
    other_heads: Words
    registered_endings: Words
    company_codes: dict[str, Words]


# show.toml
class ShowWords(Record):
    hidden_fields: Words
    types: dict[str, str]
    labels: dict[str, str]
    currency_names: dict[str, str]
    unit_names: dict[str, str]
    qualifiers: dict[str, str]


# direction.toml
class Direction(Record):
    up: Words
    down: Words
    between: Words
    not_words: Words
    list_joiners: Words


# json_articles.toml
class JsonArticleKeys(Record):
    title: Words
    text: Words
    summary: Words
    published: Words
    url: Words
    author: Words


SHAPES: dict[str, type] = {
    "numerals.toml": Numerals,
    "qualifiers.toml": Qualifiers,
    "currencies.toml": Currencies,
    "units.toml": Units,
    "counts.toml": Counts,
    "money_context.toml": MoneyContext,
    "dates.toml": Dates,
    "links.toml": Links,
    "organizations.toml": Organizations,
    "pages.toml": Pages,
    "boilerplate.toml": Boilerplate,
    "bylines.toml": Bylines,
    "sector_context.toml": SectorContext,
    "segmenter.toml": Segmenter,
    "stocks.toml": Stocks,
    "show.toml": ShowWords,
    "direction.toml": Direction,
    "json_articles.toml": JsonArticleKeys,
}


def typed(name: str, raw: dict[str, Any]) -> Any:
    """The record of the rule file `name` built from its parsed TOML; DataFileError when it breaks its shape.

    >>> typed("segmenter.toml", {"name_breaking_chars": "如据由"}).name_breaking_chars
    '如据由'
    >>> typed("stocks.toml", {"after": ["称", "称"]})
    Traceback (most recent call last):
    ...
    newsfacts.errors.DataFileError: invalid data file stocks.toml: after: '称' listed twice
    >>> typed("stocks.toml", {"after": [], "extra": 1})
    Traceback (most recent call last):
    ...
    newsfacts.errors.DataFileError: invalid data file stocks.toml: unknown key 'extra' (declare it in rules.py)
    """
    shape = SHAPES.get(name)
    if shape is None:
        raise DataFileError(f"invalid data file {name}: no shape declared for it in rules.py")
    try:
        return _record(shape, raw, "")
    except _Mismatch as err:
        raise DataFileError(f"invalid data file {name}: {err}") from None


class _Mismatch(Exception):
    pass


@cache
def _fields(shape: type) -> dict[str, tuple[Any, bool]]:
    """Each field's type and whether the file must give it."""
    return {name: (hint, name not in vars(shape)) for name, hint in _hints(shape).items()}


def _hints(shape: type) -> dict[str, Any]:
    """What `typing.get_type_hints(shape)` gives for a record of this module, each annotation's text evaluated
    once for all records (get_type_hints compiles every annotation of every record anew: 400 of them, the
    largest part of loading the rule files at a cold start, where thirty texts are all they hold)."""
    hints = {}
    for base in reversed(shape.__mro__):
        for name, text in vars(base).get("__annotations__", {}).items():
            hints[name] = _evaluated(text) if isinstance(text, str) else text
    return hints


@cache
def _evaluated(text: str) -> Any:
    """An annotation's text as a type, read in this module (every record is declared here)."""
    hint = eval(text, globals())  # noqa: S307 (the text of an annotation of this module, as get_type_hints evaluates it)
    return type(None) if hint is None else hint


def _record(shape: type, raw: Any, where: str) -> Any:
    if not isinstance(raw, dict):
        raise _Mismatch(f"{where or 'the file'}: a table expected, found {type(raw).__name__}")
    fields = _fields(shape)
    for key in raw:
        if key not in fields:
            raise _Mismatch(f"unknown key {where + key!r} (declare it in rules.py)")
    values = {}
    for key, (hint, required) in fields.items():
        if key in raw:
            values[key] = _value(raw[key], hint, where + key)
        elif required:
            raise _Mismatch(f"missing key {where + key!r}")
    return shape(**values)


def _value(raw: Any, hint: Any, where: str) -> Any:
    """`raw` checked against the type `hint` (and converted: lists → tuples, tables → records)."""
    if hint in (str, int) and type(raw) is hint:
        return raw                        # the common case, checked at once
    if isinstance(hint, type) and issubclass(hint, Record):
        return _record(hint, raw, where + ".")
    origin, args = get_origin(hint), get_args(hint)
    if origin is tuple:
        return _sequence(raw, args, where)
    if origin is dict:
        if not isinstance(raw, dict):
            raise _Mismatch(f"{where}: a table expected, found {type(raw).__name__}")
        return {key: _value(value, args[1], f"{where}.{key}") for key, value in raw.items()}
    if origin in (Union, types.UnionType):
        for option in args:
            try:
                return _value(raw, option, where)
            except _Mismatch:
                pass
        raise _Mismatch(f"{where}: {raw!r} is none of {hint}")
    return _scalar(raw, hint, where)


def _sequence(raw: Any, args: tuple, where: str) -> tuple:
    if not isinstance(raw, list):
        raise _Mismatch(f"{where}: a list expected, found {type(raw).__name__}")
    if len(args) == 2 and args[1] is Ellipsis:
        if args[0] is str and all(type(item) is str for item in raw):
            items = tuple(raw)            # the common case, checked at once
        else:
            items = tuple(_value(item, args[0], f"{where}[{i}]") for i, item in enumerate(raw))
        seen: set = set()
        for item in items:
            if item in seen:
                raise _Mismatch(f"{where}: {item!r} listed twice")
            seen.add(item)
        return items
    if len(raw) != len(args):
        raise _Mismatch(f"{where}: {len(args)} items expected, found {len(raw)}")
    return tuple(_value(item, arg, f"{where}[{i}]") for i, (item, arg) in enumerate(zip(raw, args)))


def _scalar(raw: Any, hint: Any, where: str) -> Any:
    accepted = (int, float) if hint is float else (hint,)
    if isinstance(raw, bool) and hint is not bool or not isinstance(raw, accepted):
        raise _Mismatch(f"{where}: a {hint.__name__} expected, found {type(raw).__name__} {raw!r}")
    return raw
