"""Sectors (SPEC §3.7): industry names from the package's sector taxonomy.

The taxonomy (data/sectors.tsv, built by scripts/build_sectors.py from the
official classifications and the policy vocabulary) gives every surface form
its canonical sector. At each position the longest form wins (`智能新能源汽车`
→ 新能源汽车, not 新能源). Generic words (金融, 医疗) count only with a sector
suffix (金融业) or when listed beside another sector. Spans inside
organization names and stock links are skipped by the caller.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from .. import regex_cache
from ..chinese import is_han
from ..lexicon import Lexicon, whole_words, word_ends_at, word_starts_at
from ..spans import Spans
from ..tables import load_columns, load_toml


@dataclass(frozen=True)
class Sector:
    name: str
    parent: str | None
    taxonomy: str
    code: str | None
    generic: bool
    bare: str = ""          # the form that needs a sector context when generic: the name, or a short form's own


# the generic column: `yes` for a generic word, `form` for a short ambiguous form of its parent (地产, 制造): generic
# like a word, reported under the parent's name (the golds write 房地产, 制造业)
_GENERIC, _SHORT_FORM = "yes", "form"


@dataclass(slots=True)      # not frozen: one per match, and a frozen one costs several times more to build
class SectorHit:
    start: int
    end: int
    sector: Sector


@lru_cache(maxsize=1)
def _table():
    forms: dict[str, Sector] = {}
    rows = load_columns("sectors.tsv", ("name", "forms", "parent", "taxonomy", "code", "generic"))
    sectors = {name: Sector(name, parent or None, taxonomy, code or None, generic == _GENERIC, name)
               for name, _, parent, taxonomy, code, generic in rows}
    for name, all_forms, parent, _, _, generic in rows:
        sector = sectors[name]
        if generic == _SHORT_FORM:
            sector = replace(sectors[parent], generic=True, bare=name)
        for form in all_forms.split("|"):
            if form in forms:
                from ..tables import DataFileError

                raise DataFileError(f"invalid data file sectors.tsv: form {form!r} belongs to two sectors")
            forms[form] = sector
    context = load_toml("sector_context.toml")
    return (forms, tuple(context["suffixes"]), tuple(context["list_marks"]), tuple(context["blocked_after"]),
            tuple(context["activity_words"]), tuple(context["discipline_after"]), frozenset(context["counted_classifiers"]))


def words():
    """Every sector form (for the shared name scan)."""
    return _table()[0].keys()


@lru_cache(maxsize=1)
def _lexicon() -> Lexicon:
    return Lexicon(_table()[0])


def name_spans(norm: str, names: list[tuple[int, int]]) -> Spans:
    """The spans no sector is read in: every organization name found, every title in book-title marks
    (《互联网信息服务算法推荐管理规定》), every short name the text defines (简称“衢州新能源”), and every other
    place such a name is written (the extractor may take 碧桂园创投 once, by
    a cue, and the text writes it fifteen times)."""
    spans = Spans(names)
    defined = [(short.start(1), short.end(1)) for short in _short_name_re().finditer(norm)]
    for start, end in defined:
        spans.add(start, end)
    if "《" in norm:
        for title in _TITLE.finditer(norm):
            spans.add(title.start(), title.end())
    for name in {norm[start:end] for start, end in names + defined if end - start >= 3}:
        for found in _places(norm, name):
            spans.add(found, found + len(name))
    return spans


# a title in book-title marks names a law, a rule, a report or a work (《互联网信息服务算法推荐管理规定》): a name, no sector
# mention inside (GOLD_GUIDE: not inside a name)
_TITLE = regex_cache.compile(r"《[^《》。\n]{2,60}》")
# the quotes of a short name a text gives (简称“衢州新能源”, 以下简称”捷泰科技“: either way round)
_QUOTES = "“”\"「」『』‘’'"


@lru_cache(maxsize=1)
def _short_name_re():
    """A short name the text defines in quotes after a cue (（简称“衢州新能源”）, 以下简称“光洋机器人公司”)."""
    cues = "|".join(load_toml("sector_context.toml")["short_name_cues"])
    return regex_cache.compile(f"(?:{cues})[：:]?[{_QUOTES}]([^{_QUOTES}，。、；（）()]{{2,15}})[{_QUOTES}]")


def _places(norm: str, word: str) -> Iterator[int]:
    """Every start of `word` in `norm`, left to right (overlapping ones too)."""
    found = norm.find(word)
    while found >= 0:
        yield found
        found = norm.find(word, found + 1)


def find_sectors(norm: str, blocked, matches=None, name_ends=frozenset()) -> list[SectorHit]:
    """Sector mentions of `norm`, longest form first, none inside `blocked(start, end)` spans;
    `matches` are the sector words the shared name scan found (else this scans by itself);
    a sector word right after the end of a name (`name_ends`) continues it (万达影院, a unit of 万达)."""
    forms, suffixes, marks, blocked_after, activities, disciplines, _ = _table()
    categories = _price_categories(norm)   # 教育文化娱乐价格: a class of consumer prices, no industry
    found = list(_lexicon().find(norm)) if matches is None else matches
    raw: list[SectorHit] = []
    for index, (pos, end, form) in enumerate(found):
        if blocked(pos, end):
            continue
        hit = SectorHit(pos, _with_trade(norm, form, end), _reported_sector(forms, activities, form))
        if _dropped_alone(norm, found, index, hit) or _not_an_industry(norm, pos, end) or _inside(categories, pos, end) \
                or _continues_name(norm, pos, end, name_ends) or _used_otherwise(norm, pos, end, form, blocked_after):
            continue
        if _head_of_previous(raw, pos, form) or _short_form_after(raw, pos, forms[form], form):
            continue
        raw.append(hit)
    return [_whole_item(norm, h, blocked) for i, h in enumerate(raw)
            if (not _needs_context(norm, h) or _in_sector_context(norm, raw, i, suffixes, marks))
            and not _studied(norm, raw, i, disciplines)]


# characters between two sector words of the scan from which on neither can be the other's context: a list's mark
# and an item's qualifier (、移动 of 5G、移动互联网) take four at most, `_with_trade` adds its 业 to a word, and
# `_foreign_item` looks one item on from an item a word opens (up to 6 characters, its qualifier 3): 12 covers them all
_APART = 12


def _dropped_alone(norm: str, found, index: int, hit: SectorHit) -> bool:
    """Is the sector word `hit` (the scan's found[index]) one that the context filter of `find_sectors` drops however
    the other words are judged: a word that needs a context and has none of its own (no suffix, no head, no list it
    closes), with no other sector word near enough to give it one or to take one from it (a series, a head glued to
    it)? Such words are most generic words of running prose (金融, 科技 alone), and are dropped before the segmenter is
    asked whether they are whole words (`_not_an_industry`): kept or not there, they leave no fact and change no
    other word's context."""
    before = found[index - 1][1] if index else -_APART
    after = found[index + 1][0] if index + 1 < len(found) else hit.end + _APART
    if before > hit.start - _APART or after < hit.end + _APART or not _needs_context(norm, hit):
        return False
    _, suffixes, marks, *_ = _table()
    return not _in_sector_context(norm, [hit], 0, suffixes, marks)


def _head_of_previous(raw: list[SectorHit], start: int, form: str) -> bool:
    """Is `form` (服务业, 制造业) glued right after the sector word before it, the head of that industry's name
    (电子商务服务业, 航运物流服务业), no sector of its own?"""
    return bool(raw) and raw[-1].end == start and form in _compound_heads()


def _short_form_after(raw: list[SectorHit], start: int, sector: Sector, form: str) -> bool:
    """Is `form` a short form of its sector (制造, 地产) glued right after the sector word before it, which it
    qualifies (机器人制造公司, 手机制造工厂, 工业地产): no sector of its own, and no context for the word before?"""
    return bool(raw) and raw[-1].end == start and sector.bare == form and sector.name != form


@lru_cache(maxsize=1)
def _compound_heads() -> tuple[str, ...]:
    return tuple(load_toml("sector_context.toml")["compound_heads"])


def _used_otherwise(norm: str, start: int, end: int, form: str, blocked_after) -> bool:
    """Is the sector word `form` at norm[start:end] used for something else than an industry: a body, event or fund
    named after it (金融街, AIGC产业联盟), a figure of speech (黄金赛道), a technology or a standard (区块链技术), a
    service someone provides (提供专业服务)?"""
    return (_names_a_body(norm, form, end, blocked_after) or _metaphor(norm, start, form)
            or _names_a_thing(norm, form, end) or _provided_service(norm, start, end, form))


def _reported_sector(forms, activities, form: str) -> Sector:
    """The sector of `form`, or of the sector it names with an activity word after it (房地产开发投资 → 房地产)."""
    for activity in activities:
        shorter = form[: -len(activity)] if form.endswith(activity) else None
        if shorter in forms:
            return forms[shorter]
    return forms[form]


def _continues_name(norm: str, start: int, end: int, name_ends) -> bool:
    """Does the sector word at norm[start:end] go on from a name (万达影院), with no sector suffix after it?"""
    return start in name_ends and not norm.startswith(_table()[1], end)


_HEADS_OF_NAMES = ("产业", "行业")


def _names_a_body(norm: str, form: str, end: int, blocked_after) -> bool:
    """Does the sector word `form` ending at `end` open the name of a body, an event or a fund, right after it (金融街,
    创业投资讲坛) or after its head (AIGC产业联盟正式成立, 中拉贸易产业园, 健康养老产业学院)? Not when the head and what
    follows make a sector suffix of their own (行业协会)."""
    if norm.startswith(blocked_after, end):
        return True
    if form.endswith(_HEADS_OF_NAMES):
        head_end = end
    elif norm.startswith(_HEADS_OF_NAMES, end):
        head_end = end + 2
    else:
        return False
    return norm.startswith(blocked_after, head_end) and not any(
        norm.startswith(suffix, end) and len(suffix) > 2 for suffix in _table()[1])


_SERVICE = "服务"
_OBJECT_REACH = 8        # the longest qualifier between the verb and the service (社区, 移动应用安全, 普惠性)


def _provided_service(norm: str, start: int, end: int, form: str) -> bool:
    """Is the sector word at norm[start:end] a service the sentence says someone provides (共同为青少年提供专业服务,
    为合作伙伴提供了移动应用安全检测服务, 提供医疗服务; sector_context.toml service_verbs)? A service provided is an
    activity, no industry named (GOLD_GUIDE round 9)."""
    if not (form.endswith(_SERVICE) or norm.startswith(_SERVICE, end)):
        return False
    window = norm[max(0, start - _OBJECT_REACH - 3):start]
    for verb in _service_verbs():
        found = window.rfind(verb)
        if found >= 0 and is_han(window[found:]) and len(window) - found - len(verb) <= _OBJECT_REACH:
            return True
    return False


@lru_cache(maxsize=1)
def _service_verbs() -> tuple[str, ...]:
    return tuple(load_toml("sector_context.toml")["service_verbs"])


# a form that ends in a head of its own names the industry itself before 技术 (汽车工业技术, 信息技术产业)
_INDUSTRY_ENDS = ("业", "产业", "行业")


def _names_a_thing(norm: str, form: str, end: int) -> bool:
    """Is the sector word `form` ending at `end` the name of a technology, a standard or a thing of its kind (基于区块链
    技术的…, 网络安全标准的制定, 高标现代物流设施, 仓储物流资产组合, 磷酸铁锂电池工厂, 基建计划; sector_context.toml
    thing_heads)? A thing is no industry; the firms or the industry of a technology are (人工智能技术企业, 5G技术产业),
    and 标准化 is another word."""
    heads = _table_heads()
    if not norm.startswith(heads, end) or form.endswith(_INDUSTRY_ENDS):
        return False
    head = next(head for head in heads if norm.startswith(head, end))
    after = end + len(head)
    return not _derived(norm, after) and not norm.startswith(_table()[1], after)


@lru_cache(maxsize=1)
def _table_heads() -> tuple[str, ...]:
    return tuple(load_toml("sector_context.toml")["thing_heads"])


# the official names of industries drop their 业 in the taxonomy's forms (检验检测服务, 航空航天器及设备制造);
# a statistics release writes it (检验检测服务业), unless the 业 opens the next word (服务业务, 制造业绩)
_TRADE_HEADS = ("制造", "服务")
_NOT_TRADE = "务绩内态主者界"


def _with_trade(norm: str, form: str, end: int) -> int:
    """The end of the mention with the 业 that closes an industry's official name (检验检测服务业)."""
    if norm[end:end + 1] == "业" and form.endswith(_TRADE_HEADS) and norm[end + 1:end + 2] not in _NOT_TRADE:
        return end + 1
    return end


@lru_cache(maxsize=1)
def _categories() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(the word that must be in the text, the classes of goods it opens) for prices and retail sales."""
    context = load_toml("sector_context.toml")
    return (("价格", tuple(context["price_categories"])), ("零售", tuple(context["retail_categories"])))


@lru_cache(maxsize=1)
def _metaphors() -> dict[str, tuple[str, ...]]:
    """The metaphors and designations of sector_context.toml by the sector word they open with."""
    by_word: dict[str, list[str]] = {}
    context = load_toml("sector_context.toml")
    for phrase in context["metaphors"] + context["designations"]:
        word = next(phrase[:size] for size in range(len(phrase), 0, -1) if phrase[:size] in _table()[0])
        by_word.setdefault(word, []).append(phrase)
    return {word: tuple(phrases) for word, phrases in by_word.items()}


def _metaphor(norm: str, pos: int, word: str) -> bool:
    """Does the sector word `word` at `pos` open a figure of speech (黄金赛道, 钢铁丛林) or a designation
    (高新技术企业)?"""
    phrases = _metaphors().get(word)
    return phrases is not None and norm.startswith(phrases, pos)


def _inside(spans, start: int, end: int) -> bool:
    return bool(spans) and any(low <= start and end <= high for low, high in spans)    # (most texts name no class)


def _price_categories(norm: str) -> list[tuple[int, int]]:
    """The spans of the consumer price index's classes (教育文化娱乐, 其他用品及服务) and of the retail sales
    classes (体育娱乐用品类, 文化办公用品类) named in `norm`: classes of goods, no industry."""
    spans: list[tuple[int, int]] = []
    for trigger, categories in _categories():
        if trigger not in norm:
            continue
        for category in categories:
            spans.extend((found, found + len(category)) for found in _places(norm, category))
    return spans


def _needs_context(norm: str, hit: SectorHit) -> bool:
    """Does the hit need a sector context: a generic sector named by its own name (金融, 绿色低碳), not by one of
    its unambiguous synonyms (金融行业, 绿色低碳产业), or a form that names the firms of a kind (券商, 私募), a
    technology (5G, 算力) or equipment (医疗设备)?"""
    form = norm[hit.start:hit.end]
    return hit.sector.generic and form == hit.sector.bare or form in _institution_forms() or form.endswith(_product_heads())


@lru_cache(maxsize=1)
def _product_heads() -> tuple[str, ...]:
    """The heads that make a form the name of equipment, a product (医疗设备, 风电整机)."""
    return tuple(load_toml("sector_context.toml")["product_heads"])


@lru_cache(maxsize=1)
def _institution_forms() -> frozenset[str]:
    """The forms that need a sector context like a generic name: the firms of a kind (券商), a technology or a
    product (5G, 算力)."""
    context = load_toml("sector_context.toml")
    return frozenset(context["institution_forms"] + context["technology_forms"])


_ITEM_END = "、和及与等"
# the words that may qualify an industry inside a list item (移动 of 移动互联网, 数字 of 数字文娱, 全固态 of 全固态电池)
_QUALIFIER_FLAGS = ("n", "vn", "b", "a", "nz", "an", "eng", "j")


def _whole_item(norm: str, hit: SectorHit, blocked) -> SectorHit:
    """The hit spread over its whole item of a 、 series when a qualifier of one to three characters opens
    the item (5G、移动互联网、工业互联网 → 移动互联网 with the sector 互联网; 数字文娱, 全固态电池): the
    industry as the text names it. The sector stays the taxonomy's."""
    start = hit.start
    opening = norm.rfind("、", max(0, start - 4), start)
    if opening < 0 or start - opening < 2 or hit.end >= len(norm) or norm[hit.end] not in _ITEM_END:
        return hit
    qualifier = norm[opening + 1:start]
    if not is_han(qualifier) or blocked(opening + 1, hit.end):
        return hit
    from .. import tokenizer

    if not all(flag.startswith(_QUALIFIER_FLAGS) and not flag.startswith("ns") for _, flag in tokenizer.tag_names(qualifier)):
        return hit
    return SectorHit(opening + 1, hit.end, hit.sector)


_NUMERALS = "0123456789一二三四五六七八九十百千万两几多"


def _not_an_industry(norm: str, start: int, end: int) -> bool:
    """Is the sector word at norm[start:end] part of a longer word (电机 of 发电机, 航天 of 中航天逸, an
    ASCII word), or the things a count counts (400辆电动车, but 14只券商股 counts a sector's stocks)?"""
    if _inside_ascii_word(norm, start, end) or _derived(norm, end):
        return True
    if start >= 2 and norm[start - 1] in _table()[6] and norm[start - 2] in _NUMERALS:
        return not norm.startswith(_table()[1], end)      # 14只券商股: the stocks of a sector
    # the segmenter may join a sector word and its suffix into one word (教育领域): the word is still whole
    if end - start <= 3:
        return not whole_words(norm, start, end) and not _suffix_word(norm, start, end)
    # a longer form may end inside the segmenter's word (新能源汽车产业) but never starts inside one: 心理健康服务 is
    # a service of mental health, 存储芯片制造产线 a memory-chip line; unless it is named an industry (手机芯片行业)
    return start > 0 and is_han(norm[start - 1]) and not norm.endswith(_FIELD_SUFFIXES, start, end) \
        and not norm.startswith(_FIELD_SUFFIXES, end) and not word_starts_at(norm, start, end)


# 化 after a word makes a verb of it (产业化 industrialize, 影视化 adapt for the screen), unless it opens a word of
# its own (化工, 化学 …)
_NOT_DERIVED = ("化工", "化学", "化肥", "化纤", "化妆", "化石", "化合", "化验")


def _derived(norm: str, end: int) -> bool:
    """Is the sector word (with its suffix) ending at `end` the stem of a verb in 化 (太阳能电池产业化一期项目,
    网文影视化的价格)? Then it names a process, no industry."""
    return norm.startswith("化", end) and not norm.startswith(_NOT_DERIVED, end)


# the suffixes that name the field itself; 市场, 公司, 股 joined to a word name a market, a firm, a share (金融市场,
# 保险公司, 流通股: the segmenter's one word, no industry)
_FIELD_SUFFIXES = ("产业", "行业", "领域", "板块", "赛道", "产业链", "企业")


def _suffix_word(norm: str, start: int, end: int) -> bool:
    """Is the sector word at norm[start:end] followed by a suffix naming its field that, with it, makes whole
    words (教育领域 is one word of the segmenter)?"""
    suffix = next((suffix for suffix in _FIELD_SUFFIXES if norm.startswith(suffix, end)), None)
    return suffix is not None and whole_words(norm, start, end + len(suffix))


def _studied(norm: str, hits, index: int, disciplines) -> bool:
    """Is the list this sector word stands in one of subjects of study (机械、电气、计算机等专业), its last items
    perhaps no sectors (社会工作、健康服务与管理等专业: 健康服务与管理 is a major)?"""
    last = index
    while last + 1 < len(hits) and norm[hits[last].end:hits[last + 1].start] in ("、", "和", "及", "与", "或"):
        last += 1
    pos = hits[last].end
    while pos < len(norm) and norm[pos] in _LIST_JOINS:
        item_end = _item_end(norm, pos)
        if any(_discipline_at(norm, at, disciplines) for at in range(pos + 2, item_end)):
            return True                  # 、社会工作专业: the last item carries the head
        pos = item_end
    return _discipline_at(norm, hits[last].end, disciplines) or _discipline_at(norm, pos, disciplines)


def _discipline_at(norm: str, at: int, disciplines) -> bool:
    """Does a word naming a subject of study start at `at` (专业, 系; not the 系 of 光伏系统)?"""
    if not norm.startswith(disciplines, at):
        return False             # the common case: one C-level test
    head = next(head for head in disciplines if norm.startswith(head, at))
    return word_ends_at(norm, at + len(head))


def _inside_ascii_word(norm: str, start: int, end: int) -> bool:
    before = norm[start - 1:start]
    after = norm[end:end + 1]
    return norm[start].isascii() and (before.isascii() and before.isalnum() or after.isascii() and after.isalnum())


def _in_sector_context(norm, hits, index, suffixes, marks) -> bool:
    """A generic word is a sector with a sector suffix, or as one of a list of sectors (电子、电气、汽车)."""
    hit = hits[index]
    if norm.startswith(suffixes, hit.end):
        return not _process_of(norm, hit.end, suffixes)     # 农业产业化, 金融市场化: a process
    if norm.startswith(_compound_heads(), hit.end):
        return True              # 世界航空制造业: the head names the word before it an industry
    if not _ends_item(norm, hit.end, suffixes):
        return False             # 卫生健康、, 文化体育、: the list's item is a longer word, no sector
    for other in (hits[index - 1] if index else None, hits[index + 1] if index + 1 < len(hits) else None):
        if other is None or _needs_context(norm, other) and not _ends_item(norm, other.end, suffixes):
            continue             # 国家粮食、能源资源: the neighbour's item is a longer word, no sector either
        between = norm[other.end:hit.start] if other.start < hit.start else norm[hit.end:other.start]
        # 电子、电气、汽车: a list of generic words is a list of sectors; with 和/及/与 only beside a real sector
        if between == "、" or (between in marks and not other.sector.generic):
            return _listed_as_sectors(norm, hits, index)
    return _in_series_of_sectors(norm, hits, index) or _headed_list(norm, hit.end)


def _listed_as_sectors(norm: str, hits, index: int) -> bool:
    """Is the generic word listed beside another sector word a sector: not in a list of public bodies' fields, and, in a
    series that holds an item no sector word (教育、医疗、文化、安居保障、帮扶救助等投入: fields of spending), only under
    a sector head or beside a sector that needs no context?"""
    if _foreign_item(norm, hits, index):
        return _in_series_of_sectors(norm, hits, index) or _headed_list(norm, hits[index].end)
    return not _list_of_bodies(norm, hits[index].end)


_QUALIFIER_REACH = 3     # the longest qualifier of an item's sector word (移动 of 移动互联网)


def _foreign_item(norm: str, hits, index: int) -> bool:
    """Does the 、 series the hit stands in hold an item that is no sector word (教育、医疗、文化、安居保障、帮扶救助等投入:
    安居保障 and 帮扶救助 are fields of public spending, and so are the generic words beside them)? An item is a sector
    word when a hit ends where the item ends (5G、移动互联网: a qualifier may open it) or, after the hit, when one opens
    it (银行、证券、保险领域: the last item carries its head)."""
    ends = {other.end: other for other in hits}
    starts = {other.start for other in hits}
    start = hits[index].start
    while True:                  # leftwards: the item before each 、
        mark = norm.rfind("、", max(0, start - 1 - _QUALIFIER_REACH), start)
        if mark < 0 or not is_han(norm[mark + 1:start]) and mark + 1 != start:
            break
        if mark not in ends:
            return True
        start = ends[mark].start
    pos = hits[index].end
    while norm.startswith("、", pos):    # rightwards: the item after each 、
        item_end = _item_end(norm, pos)
        if item_end == pos + 1:
            break
        if item_end not in ends and not starts.intersection(range(pos + 1, pos + 2 + _QUALIFIER_REACH)):
            return True          # (保险领域: a sector word opens the last item, its head after it)
        pos = item_end
    return False


def _process_of(norm: str, end: int, suffixes) -> bool:
    """Does the suffix at `end` make, with 化 after it, a process (产业化, 市场化)?"""
    return any(_derived(norm, end + len(suffix)) for suffix in suffixes if norm.startswith(suffix, end))


def _in_series_of_sectors(norm: str, hits, index: int) -> bool:
    """Does a 、 series hold the word and, further along, a sector that needs no context (聚焦5G、移动互联网、
    工业互联网、软件: 5G's neighbour is the generic 互联网, but 工业互联网 is an industry)?"""
    for step in (-1, 1):
        current = index
        while 0 <= current + step < len(hits):
            left, right = hits[current], hits[current + step]
            if right.start < left.start:
                left, right = right, left      # (a sort of two by a key cost a call per hit)
            between = norm[left.end:right.start]
            if between != "、" and not _qualified_item(between):
                break
            current += step
            if not _needs_context(norm, hits[current]):
                return True
    return False


def _qualified_item(between: str) -> bool:
    """Is `between` a list's 、 and the qualifier of the next item's sector word (5G、移动互联网: 、移动)?"""
    return 2 <= len(between) <= 4 and between[0] == "、" and is_han(between[1:])


# a list closed by one of these heads names its items as industries (钢铁、电解铝、水泥等重点行业, 食品和饮料行业)
_LIST_HEADS = ("行业", "产业", "板块", "赛道")
_LIST_JOINS = "、和及与"
_LIST_STOPS = "、和及与等的"
_LIST_ITEM = 6          # the longest item of such a list, and the longest qualifier between 等 and the head
# an item's run of Chinese characters up to a list mark or 的, `_LIST_ITEM` at most (one match in C, not a Python
# step per character)
_ITEM_RUN = regex_cache.compile(rf"(?:(?![{_LIST_STOPS}])[\u4e00-\u9fff]){{0,{_LIST_ITEM}}}")


def _headed_list(norm: str, end: int) -> bool:
    """Does the item ending at `end` stand in a list that a sector head closes: `等行业`, `等重点行业`, or the
    last item's own 行业/产业/领域 (计算机、休闲服务和传媒行业)? The head names every item as an industry, though
    no other item is in the taxonomy (数据中心、工业物业等行业)."""
    pos = end
    while pos < len(norm) and norm[pos] in _LIST_JOINS:
        item_end = _item_end(norm, pos)
        if any(norm.startswith(_LIST_HEADS, at) and _head_ends(norm, at) for at in range(pos + 2, item_end)):
            return True                  # 、传媒行业: the last item carries the head
        pos = item_end
    return _closes_with_head(norm, pos)


def _item_end(norm: str, join: int) -> int:
    """The end of the list item after the join mark at `join`: Chinese characters up to a list mark or 的,
    `_LIST_ITEM` at most."""
    return _ITEM_RUN.match(norm, join + 1).end()    # type: ignore[union-attr]


def _head_ends(norm: str, start: int) -> bool:
    """Does the head at `start` close the list? Not when it opens the name of a thing of that kind, a fund, a
    project, a chain (专项产业基金, 重大产业项目, 重要产业链供应链): then the list is one of such things; nor when
    the item runs on to a head of its own list (科技产业创新四大领域). A measure of the industries may follow
    (有色金属行业营收)."""
    head_end = next(start + len(head) for head in _LIST_HEADS if norm.startswith(head, start))
    if norm.startswith(_table()[3] + _HEADED_THINGS, head_end):
        return False
    rest = _ITEM_RUN.match(norm, head_end).end()      # type: ignore[union-attr]
    return not any(head in norm[head_end:rest] for head in _LIST_HEADS + ("领域", "方面"))


# besides blocked_after (基金, 协会, 园 …), what a sector head may open: 产业项目, 产业链
_HEADED_THINGS = ("项目", "链")


def _closes_with_head(norm: str, pos: int) -> bool:
    """Is norm[pos:] `等` and a sector head, with at most a short qualifier between (等行业, 等重点行业), that closes
    the list (not 等风电产业链项目: a list of the projects of a chain)?"""
    if not norm.startswith("等", pos):
        return False
    for size in range(_LIST_ITEM - 1):
        if norm.startswith(_LIST_HEADS, pos + 1 + size):
            return _head_ends(norm, pos + 1 + size)
        if not is_han(norm[pos + 1 + size:pos + 2 + size]):
            return False
    return False


def _list_of_bodies(norm: str, end: int) -> bool:
    """Is the list the word ending at `end` stands in closed by `等` and a head naming bodies (学校、科研、文化、出版、
    广播电视等事业单位, 住建、财政、税务、电力、金融等部门; sector_context.toml body_heads)? Its items are the fields of
    public bodies or departments, not industries."""
    closing = norm.find("等", end)
    if closing < 0 or not norm.startswith(_body_heads(), closing + 1):
        return False             # no body head after the next 等: the common case, no walk
    pos = end
    while pos < len(norm) and norm[pos] in _LIST_JOINS:
        pos = _item_end(norm, pos)
    return pos == closing


@lru_cache(maxsize=1)
def _body_heads() -> tuple[str, ...]:
    return tuple(load_toml("sector_context.toml")["body_heads"])


# the marks that close an item of a list; 和/及/与/或 join two items
_ITEM_CLOSE = "、等"
_JOINING = "和及与或"


def _ends_item(norm: str, end: int, suffixes) -> bool:
    """Does the sector word ending at `end` end its item of a list? Not when a few more characters run on to the
    item's 、 or 等 (卫生健康、, 文化体育、, 能源资源、, 无人驾驶农机等: the item is a longer word); after the last
    item the predicate may follow (家具、建材分别增长), which says nothing."""
    return norm.startswith(suffixes, end) or _RUNS_ON_TO_CLOSE.match(norm, end) is None


# one to seven characters of a longer item (Chinese characters, ASCII letters and digits, no join) and the mark that
# closes it: the item's word runs on past the sector word (one match in C, not a Python step per character)
_RUNS_ON_TO_CLOSE = regex_cache.compile(rf"(?:(?![{_JOINING}{_ITEM_CLOSE}])[\u4e00-\u9fffA-Za-z0-9]){{1,7}}[{_ITEM_CLOSE}]")
