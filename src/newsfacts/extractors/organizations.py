"""Organizations (SPEC §3.8): companies, groups, agencies and media named in the text.

Signals: a name ends with an organization suffix (集团有限公司, 交易所,
统计局; data/organizations.toml); a name stands right before a cue that only
organizations take (拟投资, 公告称); Sina quote links name listed companies;
and the directories (directories.py): listed companies' short names (judged
in context like stock links when they are ordinary words: 太阳能, 新产业),
public bodies with their short forms (央行 → 中国人民银行), and a place
followed by a body word (杭州市 + 经信局). The start of a name is found by walking left over
jieba's tagged words while they can belong to a name, and a name must hold a
proper noun or a word jieba does not know (亚盛, 亿咖通): `期货公司` alone is
no organization.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

from .. import directories, regex_cache, tokenizer
from ..chinese import HAN, HAN_RE, is_han
from ..grammar import alternation
from ..lexicon import NameScan, long_word_starts_at, whole_words, word_ends_at
from ..tables import load_toml, load_words
from . import locations, sectors, stocks


def _name_char(ch: str) -> bool:
    """A character a name may hold: a letter or digit of any script (what `[^\\W_]` matches), `·` or `&`."""
    return ch.isalnum() or ch in "·&"


_NAME_FLAGS = ("n", "nr", "nrt", "ns", "nt", "nz", "j", "eng", "b", "vn", "an", "ng", "l", "s", "a", "m", "zg")
_PROPER_FLAGS = ("nr", "nrt", "ns", "nt", "nz", "j", "eng")
_MAX_NAME = 18
# a listed company's name with its stock code after it: 光洋股份(002708). The code in brackets is
# found first and the name read back from it: a pattern starting at the name would try every Han
# character of the text, twelve times over.
# a code in brackets: an A-share or Hong Kong code, a ticker, or a Reuters instrument code (ticker, dot, exchange:
# 梅西百货(M.N), 可口可乐(   KO.N   ), Whitbread(WTB.L)), which only a listed company carries
# or a ticker after its exchange (畅游（NASDAQ：CYOU）: `exchanges`, the rules' code_re)
_RIC = r"[A-Z]{1,5}\.[A-Z]{1,2}"
_CODE = rf"(?P<code>\d{{6}}|\d{{5}}\.HK|[A-Z]{{2,5}}|(?P<ric>{_RIC}))(?:\.(?:SZ|SH|BJ))?"
_MAX_CODE_NAME = 12
_NAME_BEFORE_CODE = regex_cache.compile(rf"{HAN}{{2,{_MAX_CODE_NAME}}}\Z")


def _coined(word_flag) -> bool:
    word, flag = word_flag
    if word.isascii():
        return word.isalpha() and len(word) >= 3          # Silver Lake, not 5G
    if _glued_function_word(word):
        return False
    return flag.startswith(("nz", "nr")) or (len(word) >= 2 and not tokenizer.is_word(word))


# what the dictionary tags an adverb, a pronoun or an auxiliary: a run of single characters that ends with
# one is function words glued together by the segmenter's name joining, no coined name
_FUNCTION_FLAGS = ("d", "r", "u")


def _glued_function_word(word: str) -> bool:
    """Is `word`, an unknown word of the name joining, single words ending with an adverb, a pronoun or an
    auxiliary (经|本 of 经本公司, 前曾|任 of 多年前曾任卖方, 苦方|得, 亩|均 of 亩均投资), or an adverb and a verb
    (只|看 of 只看公司展示的, 更|有 of 更有公司高管), rather than a coined name (亚盛, 亿咖通, 闪送)?"""
    if len(word) < 2 or tokenizer.is_word(word):
        return False
    last = tokenizer.tag(word[-1])[0][1]
    return last.startswith(_FUNCTION_FLAGS) or (last == "v" and tokenizer.tag(word[0])[0][1] == "d")


_COUNTED = regex_cache.compile(r"[一二三四五六七八九十两几多\d]+[家个只所批]")
# a count and 大 opening a name ranks some bodies, names none (四大会计师事务所: the Big Four; 两大油气公司)
_BIG_COUNT = regex_cache.compile(r"[一二三四五六七八九十两几]+大")
# an amount of a magnitude in a name makes it a figure of speech (百亿利润俱乐部, 万亿元俱乐部), not a body
_MAGNITUDE = regex_cache.compile(r"[\d百千万亿]+(?:\.\d+)?[万亿]")


@dataclass(frozen=True)
class OrgHit:
    start: int
    end: int
    name: str
    canonical: str | None = None          # the full name where `name` is a short form (央行 → 中国人民银行)
    stock: str | None = None              # the code when it is a listed company (002382.SZ)

    def attributes(self) -> dict[str, str]:
        """The fact's fields beyond its text: name, and canonical and stock where known."""
        attrs = {"name": self.name}
        if self.canonical:
            attrs["canonical"] = self.canonical
        if self.stock:
            attrs["stock"] = self.stock
        return attrs


_alt = alternation


@lru_cache(maxsize=1)
def _rules():
    raw = load_toml("organizations.toml")
    return {
        "suffix_re": regex_cache.compile(rf"(?:{_alt(raw['strong_suffixes'] + raw['weak_suffixes'])})"),
        "strong": set(raw["strong_suffixes"]),
        "cue_re": regex_cache.compile(rf"(?:{_alt(raw['cue_after'] + raw['role_after'] + raw['figures_cues'])})"),
        "figures_cues": frozenset(raw["figures_cues"]),
        "roles": set(raw["role_after"]),
        "role_modifiers": frozenset(raw["role_modifiers"]),
        "holder_titles": frozenset(raw["holder_titles"]),
        "holder_qualifiers": frozenset(raw["holder_qualifiers"]),
        "closed_list_re": regex_cache.compile(rf"等[^，。；、：:\s是为在的和与及把被将向对都]{{0,10}}?(?:{_alt(raw['list_kinds'])})"),
        "opened_list_re": regex_cache.compile(rf"[0-9一二三四五六七八九十两几]+家(?:{_alt(raw['list_kinds'])})(?:分别为|分别是|包括|为|是|有)[：:]"),
        "owned_re": regex_cache.compile(rf"旗下的?(?:{_alt(raw['owned_kinds'])})?"),
        "funding_adverbs": tuple(raw["funding_adverbs"]),
        "members_heads": frozenset(raw["members_heads"]),
        "committee_departments": tuple(raw["committee_departments"]),
        "description_openings": tuple(raw["description_openings"]),
        "boundary": set(raw["boundary_before"]),
        "boundary_re": regex_cache.compile(_alt(w for w in raw["boundary_before"] if len(w) > 1)),
        "boundary_chars": {w for w in raw["boundary_before"] if len(w) == 1},
        "adverbs": tuple(sorted(raw["trailing_adverbs"], key=len, reverse=True)),
        "institution_verbs": frozenset(raw["institution_verbs"]),
        "context_names": frozenset(raw["context_names"]),
        "cue_name_tails": tuple(sorted(raw["cue_name_tails"], key=len, reverse=True)),
        "description_kinds": frozenset(raw["description_kinds"]),
        "not_names": set(raw["not_names"]),
        "continuations": dict(raw["suffix_continuations"]),
        "acronyms": set(raw["acronyms_not_orgs"]),
        "quote_re": regex_cache.compile(
            rf"(?:{_alt(raw['quote_moves'])})\d+(?:\.\d+)?[%％]报\d+(?:\.\d+)?(?:{_alt(raw['quote_currencies'])})"),
        "risk_re": regex_cache.compile(rf"(?<![A-Za-z])(?:{_alt(raw['risk_marks'])}){HAN}{{2}}"),
        "code_re": regex_cache.compile(
            rf"[（(]\s*(?:(?P<exchange>{_alt(raw['exchanges'])})\s?[：:]\s?(?P<ticker>[A-Z]{{1,5}}|\d{{4,6}})|{_CODE})\s*[）)]"),
        "kind_words": frozenset(raw["kind_words"]),
        "proper_only": frozenset(raw["proper_only_suffixes"]),
        "verb_holding": frozenset(raw["verb_holding_suffixes"]),
        "place_endings": tuple(raw["place_endings"]),
        "never_inside": tuple(raw["never_inside"]),
        "never_inside_re": regex_cache.compile(_alt(raw["never_inside"]) or "(?!)"),  # one search, not a test per word
        "strict_suffixes": set(raw["strict_suffixes"]),
        "place_suffixes": set(raw["place_suffixes"]),
        "admin_prefixes": set(raw["admin_prefixes"]),
        "stand_ins": set(raw["admin_prefixes"]) | set(raw["state_prefixes"]),
        "scopes": frozenset(raw["scope_prefixes"]),
        # a capital not after a letter or digit; the lookbehind follows the capital so that `re` can jump
        # from capital to capital (a pattern opening with a lookbehind is tried at every character)
        "ascii_name": regex_cache.compile(r"[A-Z](?<![A-Za-z0-9][A-Z])[A-Za-z0-9&.\-]*(?:\s(?:[A-Z][A-Za-z0-9&.\-]*|of|and|&))*(?![A-Za-z0-9])"),
        "ascii_tails": set(raw["ascii_tails"]),
        "ascii_after_kind": tuple(raw["ascii_after_kind"]),
        "ascii_cue_after": tuple(raw["ascii_cue_after"]),
        "coined_only": set(raw["coined_only_suffixes"]),
        "cue_only": set(raw["cue_only_suffixes"]),
        "generic_before": tuple(raw["generic_before"]),
        "firm_heads": tuple(raw["firm_heads"]),
        "credit_before": tuple(raw["credit_before"]),
        "credit_after": tuple(raw["credit_after"]),
        "generic_before_suffix": tuple(raw["generic_before_suffix"]),
        "product_closers": tuple(raw["product_closers"]),
        "titles": load_words("titles.txt"),
        "title_ends": tuple(sorted(load_words("titles.txt"))),     # one endswith for them all
        "generic_words": frozenset(raw["not_names"]) | frozenset(raw["kind_words"]) | load_words("titles.txt"),
        "blocs": set(raw["blocs"]),
        "bloc_economy_after": tuple(raw["bloc_economy_after"]),
        "bloc_economy_before": tuple(raw["bloc_economy_before"]),
        "economies": tuple(raw["economies"]),
        "event_after": tuple(raw["event_after"]),
        "report_after": tuple(raw["report_after"]),
        "heads": tuple(raw["strong_suffixes"] + raw["weak_suffixes"] + raw["word_heads"]),
        "title_re": _titles_re(load_words("titles.txt")),
        "mission_re": regex_cache.compile(rf"驻(?P<seat>{HAN}{{2,6}}?)(?:{_alt(raw['mission_suffixes'])})"),
        "media_heads": tuple(raw["media_heads"]),
        "document_endings": tuple(raw["document_endings"]),
        "media_after": tuple(sorted(raw["media_after"], key=len, reverse=True)),
    }


def _titles_re(titles) -> re.Pattern:
    """The titles as one pattern, those opening with a Chinese character grouped by it (alternation) and the Latin
    ones (CEO) apart: a list with a cased opening letter stays flat, and the 89 titles flat were tried one by one at
    every place a title's first character stands. No two titles of the two parts open alike, so no match changes."""
    parts = [_alt(title for title in titles if not title[0].isascii()), _alt(title for title in titles if title[0].isascii())]
    return regex_cache.compile("|".join(part for part in parts if part))


@lru_cache(maxsize=1)
def words() -> frozenset[str]:
    """Names that are organizations wherever they stand: news outlets (data/media.txt), well-known
    organizations news names without a suffix (data/known_orgs.txt: 华为, 美联储, 住建部) and
    jieba's own organization words (data/org_words.txt, built by scripts/build_lexicons.py)."""
    known = load_words("media.txt") | load_words("known_orgs.txt") | load_words("org_words.txt")
    return (known | directories.public_bodies().keys()) - _rules()["not_names"]


def suffix_after(text: str, end: int) -> str:
    """The organization suffix that opens at `end` (证券 of 申万宏源证券), else ""."""
    match = _rules()["suffix_re"].match(text, end)
    return match.group(0) if match else ""


def _is_org_word(word: str) -> bool:
    return word in words()


def listed_words():
    """Listed companies' short names, for the shared name scan (set aside there: they hide nothing)."""
    return directories.listed_companies().keys()


def _listed_hits(norm: str, matches) -> list[OrgHit]:
    """Listed companies named by their short name: whole words only, and an ordinary-word name
    (太阳能, 中国医药) only with a company cue beside it, judged as stock links are."""
    hits = []
    for start, end, name in matches:
        listed = directories.listed_company(name)
        if listed is None:
            continue
        code, needs_cue = listed
        needs_cue = needs_cue and not stocks.is_brand_word(name)    # 比亚迪, 同花顺: brands, as stock links judge them
        if (not (name.isascii() or _ascii_alnum(norm[start - 1:start]) or _ascii_alnum(norm[end:end + 1]))
                and whole_words(norm, start, end) and stocks.means_company(norm, start, end, needs_cue)):
            hits.append(OrgHit(start, end, name))
    return hits


def _body_hits(norm: str, places) -> list[OrgHit]:
    """A place followed by a body word is that place's government body: 杭州市经信局 →
    杭州市经济和信息化局, 江门市公安局 (data/body_words.tsv after data/locations.tsv)."""
    hits = []
    for start, end, form in places:
        if _conjunction_place(norm, start, end):
            continue                      # 县武警中队和县消防救援大队: 和 joins two bodies, 县 is this county
        hit = _body_after(norm, start, end, end, form)
        if hit is None and form[-1] in _rules()["admin_prefixes"] and end - start > 2:
            hit = _body_after(norm, start, end, end - 1, form)    # the scan took 无锡市 of 无锡市委 as the place
        if hit is not None:
            hits.append(hit)
    return hits


def _conjunction_place(norm: str, start: int, end: int) -> bool:
    """Is the two-character place norm[start:end] a conjunction and a level character glued after a name (和县 of
    中队和县消防救援大队), not the county written after its province (安徽省和县)?"""
    return (end - start == 2 and norm[start] in "和与及" and start > 0 and is_han(norm[start - 1])
            and norm[start - 1] not in "省市")


def _body_after(norm: str, start: int, end: int, body_start: int, form: str) -> OrgHit | None:
    """The body named by the place norm[start:end] and the longest body word at `body_start` (the place's
    end, or its last character when the body word opens with the place's level: 市委 after 无锡市)."""
    if norm[body_start:body_start + 2] not in _body_openings():
        return None                       # most places: no body word opens after them, no slice per length tried
    bodies = directories.body_words()
    for size in range(min(_longest("body_words"), len(norm) - body_start), 1, -1):
        body, stop = norm[body_start:body_start + size], body_start + size
        if body in bodies and stop > end and _bounded_body(norm, start, body_start, stop):
            place = locations.place_of(norm[start:body_start]) or locations.place_of(form)
            name = norm[start:stop]
            full = directories.body_full_name(place.name, body) if place else ""
            return OrgHit(start, stop, name, full if full and full != name else None)
    return None


@lru_cache(maxsize=1)
def _body_openings() -> frozenset[str]:
    """The first two characters of every body word (each has two or more)."""
    return frozenset(body[:2] for body in directories.body_words())


def _bounded_body(norm: str, start: int, end: int, stop: int) -> bool:
    """Does the body word norm[end:stop] after the place norm[start:end] end a name: it is whole words
    (杭州|经信局), or place and body are one word of the segmenter (无锡市委), or the segmenter glued a
    title to the body (海口|市委书记: the title is never part of the name)?"""
    if whole_words(norm, end, stop) or whole_words(norm, start, stop):
        return True
    title = _rules()["title_re"].match(norm, stop)
    return title is not None and whole_words(norm, start, title.end())


@lru_cache(maxsize=1)
def _local_body_re() -> re.Pattern:
    return regex_cache.compile(f"[{''.join(sorted(_rules()['admin_prefixes']))}](?:{_alt(directories.body_words())})")


def _local_body_hits(norm: str) -> list[OrgHit]:
    """This city's, district's or region's body, named by one character for the place or by 自治区:
    区发改局, 市住建委, 自治区卫生健康委."""
    hits = []
    for match in _local_body_re().finditer(norm):
        start = match.start() - 2 if norm.endswith("自治", 0, match.start()) and norm[match.start()] == "区" else match.start()
        if whole_words(norm, start, match.start() + 1) and word_ends_at(norm, match.end()):
            hits.append(OrgHit(start, match.end(), norm[start:match.end()]))
    return hits


def _place_body(name: str) -> str | None:
    """The full name of a place's body written as one word (浙江省政府 → 浙江省人民政府), else None."""
    bodies = directories.body_words()
    for cut in range(max(2, len(name) - _longest("body_words")), min(len(name) - 1, _longest("places") + 1)):
        body = name[cut:]
        place = locations.place_of(name[:cut]) if body in bodies else None
        full = directories.body_full_name(place.name, body) if place else ""
        if full and full != name:
            return full
    return None


def _with_directories(hits: list[OrgHit]) -> list[OrgHit]:
    """`hits` with their full names (public bodies) and stock codes (listed companies) where known, each name looked
    up once (an article names its organizations again and again)."""
    known: dict[str, tuple[str | None, str | None]] = {}
    out = []
    for hit in hits:
        if hit.name not in known:
            known[hit.name] = (directories.canonical(hit.name) or _place_body(hit.name), directories.stock_code(hit.name))
        canonical, stock = known[hit.name]
        canonical, stock = hit.canonical or canonical, hit.stock or stock
        out.append(hit if canonical == hit.canonical and stock == hit.stock
                   else OrgHit(hit.start, hit.end, hit.name, canonical, stock))
    return out


@lru_cache(maxsize=1)
def _own_scan() -> NameScan:
    return NameScan({"organization": words(), "location": locations.words()}, aside={"listed": listed_words()})


def _scan_alone(norm: str) -> dict:
    """The organization, place and listed words of `norm`, when no shared scan was made."""
    return _own_scan().scan(norm)


def is_media(name: str | None) -> bool:
    """Is `name` a news outlet of data/media.txt (an outlet reports, it does not invest)?"""
    return bool(name) and name in load_words("media.txt")


def _dictionary_hits(norm: str, matches) -> list[OrgHit]:
    hits = []
    for pos, end, name in matches:
        glued = name.isascii() and (_ascii_alnum(norm[pos - 1:pos]) or _ascii_alnum(norm[end:end + 1]))
        if glued or _INDEX_AFTER.match(norm, end) or not _ends_word(norm, end):   # not 教育部 of 教育部门
            continue
        if _ends_inside_a_word(norm, pos, end):
            hits += _dictionary_hits(norm, _names_opening_at(norm, end - 1))   # 联合|国家发展和改革委员会
            continue
        if _opens_inside_a_word(norm, pos, end) or _opens_a_product_word(norm, pos, end):
            continue
        if norm.endswith(_rules()["generic_before"], 0, pos) or (name in directories.body_words()
                                                                   and name not in directories.public_bodies()):
            continue                      # 各国央行: central banks in general; 公安局: some place's bureau
        if name in _rules()["blocs"] and _bloc_as_economy(norm, pos, end, _rules()):
            continue                      # 对欧盟进出口, 欧盟、东盟、美国: economies a trade figure is about
        hits.append(OrgHit(pos, end, name))
    return hits


def _names_opening_at(norm: str, start: int) -> list[tuple[int, int, str]]:
    """The longest dictionary name that opens at `start`, a character the scan took inside a longer match (国 of
    联合国 in 司法部联合国家发展和改革委员会, where 联合 is the verb and 国家… its object)."""
    known = words()
    for size in range(min(_longest_word(), len(norm) - start), 1, -1):
        if norm[start:start + size] in known:
            return [(start, start + size, norm[start:start + size])]
    return []


@lru_cache(maxsize=1)
def _longest_word() -> int:
    return max(map(len, words()), default=0)


def _opens_a_product_word(norm: str, pos: int, end: int) -> bool:
    """Does the known name at norm[pos:end] with the one character after it make one word of the segmenter, a thing
    named after the firm (茅台|酒 of 茅台酒销量增长, 耐克|鞋), where no organization suffix follows?"""
    if end >= len(norm) or not is_han(norm[end]) or _rules()["suffix_re"].match(norm, end):
        return False
    # a word of the segmenter's that holds a Chinese character and more is a dictionary word (no HMM guessing): one
    # lookup turns away most names before the segmenter is asked
    return tokenizer.is_word(norm[pos:end + 1]) and tokenizer.cut(norm[pos:end + 3])[0] == norm[pos:end + 1]


def _bloc_as_economy(norm: str, pos: int, end: int, rules) -> bool:
    """Is the bloc at norm[pos:end] the economy or territory it covers, not the organization: in a list of
    economies (欧盟、东盟、美国; 沿线国家和东盟), after 对 (对欧盟出口) or a comparison (落后欧盟), or before a word
    of territory or trade (在欧盟内, 欧盟经济, 欧盟市场, 欧盟成员国, 东盟实际投资)? 英国离开欧盟 is the organization."""
    before = norm[pos - 1:pos]
    if before in ("、", "对") or norm[end:end + 1] == "、" or norm.startswith(rules["bloc_economy_after"], end):
        return True
    if before and before in "和与及" and norm.endswith(rules["economies"], 0, pos - 1):
        return True
    return norm.endswith(rules["bloc_economy_before"], 0, pos)


def _kind_of_firm(name: str) -> bool:
    """Is `name` an industry of the sector taxonomy, a kind word or a country (one place word of the segmenter) and a
    firm's head (外贸公司, 钢铁集团, 通信网, 外国公司, 英国公司Whitbread): a kind of firm, no firm? (Known names are
    taken before this is asked.)"""
    rules = _rules()
    heads = rules["firm_heads"]
    if not name.endswith(heads):          # most names: one test for all the heads
        return False
    head = next(head for head in heads if name.endswith(head))
    stem = name[:-len(head)]
    return stem in sectors.words() or stem in rules["kind_words"] or (head in ("公司", "集团") and _country(stem))


def _country(word: str) -> bool:
    """Is `word` a country's name: one place word of the segmenter ending in 国 (英国, 美国; not 中远, 广厦, 长江, whose
    集团 and 网 are names)?"""
    if not word.endswith("国"):
        return False
    tagged = tokenizer.tag_names(word)
    return len(tagged) == 1 and tagged[0][1] == "ns"


def _opens_inside_a_word(norm: str, pos: int, end: int) -> bool:
    """Does the dictionary name at norm[pos:end] open inside a word of the segmenter (创新|政府 gives no 新政府;
    发现政府, 跨国议会; an idiom's last character: 持之以恒|大抓项目 gives no 恒大) or with a preposition the segmenter
    cuts off (加大对外部市场: 对|外部)?"""
    if pos and _word_through(norm, pos) and not whole_words(norm, pos, end):
        return True
    return norm[pos] in _rules()["boundary_chars"] and word_ends_at(norm, pos + 1)


def _word_through(norm: str, pos: int) -> bool:
    """Is there a dictionary word of two to four characters that ends with norm[pos] and opens before it (新 of 创新,
    恒 of 持之以恒)? A cheap test before the segmenter is asked where its words are."""
    return any(tokenizer.is_word(norm[pos - size + 1:pos + 1]) for size in range(2, min(pos + 1, 4) + 1))


def _ends_inside_a_word(norm: str, pos: int, end: int) -> bool:
    """Is the dictionary name at norm[pos:end] a verb of the segmenter and the first character of the next word
    (司法部联合国家发展和改革委员会: 联合|国家, jointly with the state's commission, gives no 联合国)? A name the
    segmenter cuts otherwise keeps its mention (生态环境|部将, 新|开发|银行行长, 联合国|产业)."""
    if end >= len(norm) or not tokenizer.is_word(norm[end - 1:end + 1]):
        return False
    first = max(0, pos - 4)
    at, tagged = first, tokenizer.tag(norm[first:end + 4])
    for index, (word, flag) in enumerate(tagged[:-1]):
        if at == pos:
            return at + len(word) == end - 1 and flag.startswith("v") and tagged[index + 1][0].startswith(norm[end - 1:end + 1])
        at += len(word)
    return False


def _split_bodies(hit: OrgHit) -> list[OrgHit]:
    """A name that is two public bodies written together is two organizations
    (中共中央国务院 → 中共中央, 国务院); any other name is one."""
    bodies, name = directories.public_bodies(), hit.name
    if name not in bodies:
        longest = _longest("public_bodies")
        for cut in range(max(2, len(name) - longest), min(len(name) - 1, longest + 1)):
            if name[:cut] in bodies and name[cut:] in bodies:
                return [OrgHit(hit.start, hit.start + cut, name[:cut]), OrgHit(hit.start + cut, hit.end, name[cut:])]
    return [hit]


@lru_cache(maxsize=3)
def _longest(table: str) -> int:
    """Characters of the longest name of a directory: a longer piece of a name is none of them, so
    cuts are tried only where both pieces may be names (every cut of a 1 MB stock-link anchor's text
    was tried, which was quadratic)."""
    if table == "public_bodies":
        return max(map(len, directories.public_bodies()), default=0)
    if table == "body_words":
        return max(map(len, directories.body_words()), default=0)
    return max(map(len, locations.words()), default=0)


# a name that an index is named after is no mention of the organization: 标普500指数, 富时100指数,
# 标准普尔500种股票指数, 纳斯达克综合指数
_INDEX_AFTER = regex_cache.compile(r"\s?\d*\s?(?:种股票|综合|成分股?)?指数")


def _ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def find_organizations(norm: str, stock_names: list[tuple[int, int]], scanned=None) -> list[OrgHit]:
    """Organization mentions, left to right, not overlapping (the longest wins); `scanned` is what
    the shared name scan found, by kind (else `norm` is scanned here)."""
    rules = _rules()
    scanned = _scan_alone(norm) if scanned is None else scanned
    found: list[OrgHit] = [OrgHit(s, e, norm[s:e]) for s, e in stock_names]
    found += _dictionary_hits(norm, scanned.get("organization", []))
    found += _listed_hits(norm, scanned.get("listed", []))
    found += _body_hits(norm, scanned.get("location", [])) + _local_body_hits(norm)
    found += [hit for match in rules["suffix_re"].finditer(norm) if (hit := _by_suffix(norm, match, rules))]
    found += _cue_hits(norm, rules) + _code_hits(norm, rules) + _quote_hits(norm, rules) + _ascii_hits(norm, rules)
    found += _risk_marked_hits(norm, rules) + _defined_hits(norm, rules)
    found += _titled_media_hits(norm, rules) + _dateline_hits(norm) + _mission_hits(norm, rules) + _titled_person_hits(norm, rules)
    found += _counted_list_hits(norm, rules)
    found += _committee_departments(norm, found, rules)
    valid = _valid_names(found, rules)
    hits = _keep_longest([h for h in found if h.name in valid and not _event_after(norm, h.end, rules)
                          and not _in_credit(norm, h, rules)])
    # found by the role they fill, after the list walk: 旗下的澳思达、雅若碧 are mines; a list's members are judged as one
    by_role = [hit for hit in _owned_hits(norm, rules) if _valid(hit.name, rules)]
    by_role += _closed_list_hits(norm, rules, hits) + _opened_list_hits(norm, rules) + _funded_hits(norm, rules)
    return _with_directories([part for hit in _keep_longest(hits + _listed_along(norm, hits, rules) + by_role)
                              for part in _split_bodies(hit)])


def _valid_names(hits: list[OrgHit], rules) -> set[str]:
    """The names of `hits` that `_valid` accepts, each judged once (an article's names are found twice or more: by
    the directory, by their suffix, before a cue)."""
    return {name for name in {hit.name for hit in hits} if _valid(name, rules)}


def _committee_departments(norm: str, hits: list[OrgHit], rules) -> list[OrgHit]:
    """A Party committee's department named right after the committee (福建省委|组织部, 原阳县委|宣传部): the
    committee's hit spread over the department word, when that word ends there."""
    extra = []
    for hit in hits:
        if hit.name.endswith("委") and norm.startswith(rules["committee_departments"], hit.end):
            stop = hit.end + 3
            if word_ends_at(norm, stop):
                extra.append(OrgHit(hit.start, stop, norm[hit.start:stop]))
    return extra


# a numbered session after a name (中国共产党长沙市第十四次代表大会, 十九届四中全会): the name opens an event's
_SESSION = regex_cache.compile(rf"{HAN}{{0,6}}?第[0-9一二三四五六七八九十百]+[次届]{HAN}{{0,6}}?(?:代表大会|大会|会议|全会)")


def _event_after(norm: str, end: int, rules) -> bool:
    """Does an event's name go on after the name ending at `end` (国际期货论坛, 长沙市第十四次代表大会), or a
    report's after a government's (上海市政府工作报告: 政府工作报告 is one term)?"""
    if norm.endswith("政府", 0, end) and norm.startswith(rules["report_after"], end):
        return True
    return norm.startswith(rules["event_after"], end) or bool("第" in norm[end:end + 8] and _SESSION.match(norm, end))


def _in_credit(norm: str, hit: OrgHit, rules) -> bool:
    """Is `hit` an outlet named in a source credit (本文来源：经济日报, 每日经济新闻综合自…, 返回搜狐，查看更多), the
    page's credit rather than a mention in the article?"""
    return norm.endswith(rules["credit_before"], 0, hit.start) or norm.startswith(rules["credit_after"], hit.end)


_WORD = itemgetter(0)


def _length(words) -> int:
    """Characters of the tagged `words` (summed in C: a generator over the words cost a step per word, and this
    runs for every candidate name)."""
    return sum(map(len, map(_WORD, words)))


def _hit_ending(norm: str, end: int, words) -> OrgHit:
    """The hit of the tagged `words` that end at `end`."""
    start = end - _length(words)
    return OrgHit(start, end, norm[start:end])


def _cue_hits(norm: str, rules) -> list[OrgHit]:
    """Names right before a cue only organizations take (亿咖通拟投资, 东方金城研报认为)."""
    hits = []
    for match in rules["cue_re"].finditer(norm):
        end = match.start()
        while norm.endswith(rules["adverbs"], 0, end):    # 东方财富日前发布 → 东方财富; 「Glints」本日|正式宣布
            end -= len(next(a for a in rules["adverbs"] if norm.endswith(a, 0, end)))
        if norm.endswith(rules["cue_name_tails"], 0, end):      # 财政部官网信息显示 → 财政部
            end -= len(next(c for c in rules["cue_name_tails"] if norm.endswith(c, 0, end)))
        words = _after_kind(_name_words(norm, end), rules)
        if match.group(0) in rules["figures_cues"]:
            words, end = _up_to_known(words, end)
        if match.group(0) in rules["roles"]:
            words, end = _without_person(words, end)
            words, end = _without_role_modifiers(words, end, rules)
        if not words or all(flag.startswith("ns") for _, flag in words):
            continue                      # 华尔街分析师, 宁东计划投资: a place's analysts or plan, not a firm's
        if _has_proper(words):
            hits.append(_hit_ending(norm, end, words))
    return hits


def _after_kind(words, rules) -> list:
    """The words of a name after the kind that describes it (O2O研究机构|亿欧网, 大数据监测平台|Trustdata: `description_kinds`),
    when a name is left after the kind; else `words` as they are."""
    last = max((i for i, (word, _) in enumerate(words[:-1]) if word in rules["description_kinds"]), default=None)
    return words if last is None else words[last + 1:]


def _up_to_known(words, end: int):
    """The words of a source's name before a figures cue, ending at the last known organization when only common
    words follow it (京东|商城|商家|线上|售价数据显示 → 京东), and where they end."""
    last = max((i for i, (word, _) in enumerate(words) if _is_org_word(word)), default=len(words) - 1)
    rest = words[last + 1:]
    if rest and not any(_rules()["suffix_re"].search(word) for word, _ in rest):
        return words[:last + 1], end - _length(rest)
    return words, end


def _without_person(words, end: int):
    """The words of a name before a person's role, without the person named between the name and the role
    (资源研究所刘彦随研究员 → …研究所; 周成虎研究员 → none), and where they end."""
    if words and _person_name(*words[-1]) and (len(words) == 1 or _rules()["suffix_re"].fullmatch(words[-2][0])):
        return words[:-1], end - len(words[-1][0])
    return words, end


def _without_role_modifiers(words, end: int, rules):
    """The words of a name before a role without the words that qualify the role (东方金诚|首席|宏观 of 首席宏观分析师,
    中信证券|首席|FICC of 首席FICC分析师: `role_modifiers`, and a Latin word after one), and where they end."""
    modifiers = rules["role_modifiers"]
    while len(words) > 1 and (words[-1][0] in modifiers or (words[-1][0].isascii() and words[-2][0] in modifiers)):
        end -= len(words.pop()[0])
    return words, end


def _person_name(word: str, flag: str) -> bool:
    """Is `word` a person's name: two or three characters the segmenter takes as a name (nr) or an unknown
    proper noun (nz), opening with a common surname (data/surnames.txt), and no known organization?"""
    return (2 <= len(word) <= 3 and flag.startswith(("nr", "nz")) and word[0] in load_words("surnames.txt")
            and is_han(word) and not _is_org_word(word) and directories.listed_company(word) is None)


_TITLE = regex_cache.compile(r"《([^《》\n]{2,12})》")


def _titled_media_hits(norm: str, rules) -> list[OrgHit]:
    """Newspapers and magazines named by their title in 《》: a title that ends like a paper's
    (西班牙《世界报》, 《金融时报》引用) but not like a document (《统计公报》), or one followed by 杂志,
    报社 … (《求是》杂志). The name is the title without its brackets."""
    hits = []
    for match in _TITLE.finditer(norm) if "《" in norm else ():
        title = match.group(1)
        if norm.startswith(rules["media_after"], match.end()) or (
                title.endswith(rules["media_heads"]) and not title.endswith(rules["document_endings"])):
            hits.append(OrgHit(match.start(1), match.end(1), title))
    return hits


# a dateline opening a paragraph: the outlet, maybe a place, the day, and 电 or 讯 (长江网10月4日讯,
# 中新网北京12月6日电)
_DATELINE = regex_cache.compile(r"(?:^|(?<=[\n【（(]))(?P<name>[\u4e00-\u9fff]{1,8}?(?:网|社|报|台|新闻|客户端|财经))"
                       r"(?:[\u4e00-\u9fff]{2,4})?(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:电|讯)")


def _dateline_hits(norm: str) -> list[OrgHit]:
    """The outlet of a dateline (长江网10月4日讯): only a news outlet writes one."""
    if "日讯" not in norm and "日电" not in norm:
        return []
    return [OrgHit(m.start("name"), m.end("name"), m.group("name")) for m in _DATELINE.finditer(norm)]


def _titled_person_hits(norm: str, rules) -> list[OrgHit]:
    """The employer named before a person's title and name (同泰基金研究总监杨喆, 东莞市思源职业学校校长江波):
    the first words before the title that make a name ending with an institution's head (同泰基金 of
    同泰基金研究总监, 中国国际经济交流中心 of …中心宏观经济研究部副部长), else all of them when they end
    with a proper noun (LGIM首席投资官; not 贝莱德固定收益业务全球); never a place alone (美国总统特朗普)."""
    hits = []
    for match in rules["title_re"].finditer(norm):
        start = match.start()
        if start == 0 or not _person_after(norm, match.end()) or not whole_words(norm, start, match.end()):
            continue
        first, words = _employer_before(norm, start, match.group(0), rules)
        if words:
            hits.append(OrgHit(first, first + _length(words), "".join(w for w, _ in words)))
    return hits


def _employer_before(norm: str, start: int, title: str, rules):
    """Where the employer named before the `title` at `start` opens, and its words (none when no name stands there)."""
    before = _name_words(norm, start)
    words = [] if not before or all(flag.startswith("ns") for _, flag in before) else (
        _up_to_head(before, rules) or (before if _has_proper(before[-1:]) else []))
    first = start - _length(before)
    if not words and title in rules["holder_titles"]:
        words = _holder_words(norm, start, rules)
        first = start - _length(_name_words(norm, start, True))
    if len(words) > 1 and words[-1][0].isascii() and not words[-2][0].isascii():
        first += _length(words[:-1])
        words = words[-1:]                # 印度电商|Flipkart联合创始人: the kind of firm, then its English name
    return first, words


def _holder_words(norm: str, start: int, rules) -> list:
    """The words of the organization whose officer's title (董事长, 总裁, CEO: `holder_titles`) opens at `start`, a
    person's name after it: only an organization has a chairman, so its name may be common nouns (地标金融|总裁,
    劲旅网|CEO, 小米|董事长) or hold a verb or an adverb the segmenter misread (行意互动, …金融创新研究院). The title's
    qualifiers (原, 轮值) and a region of the firm (中国区) go; a run of generic words (公司, 集团, 金融, 上市公司)
    names no one. The name must open where a name can (after a mark or a boundary word: 、小米, ，绿城): words cut off by a
    word of another kind (青县|根|枝叶…专业合作社, 根 read as a preposition) are the tail of a longer phrase."""
    words = _name_words(norm, start, True)
    if start - _length(words) != _name_start(norm, start):
        return []
    words = _without_holder_qualifiers(words, rules)
    return words if words and _names_someone(words, rules) else []


def _without_holder_qualifiers(words, rules):
    """`words` without the qualifiers of a holder's title at their end (原, 轮值, 首席) and a region of the firm (中国区)."""
    qualifiers = rules["holder_qualifiers"]
    while words and (words[-1][0] in qualifiers or words[-1][0] in rules["role_modifiers"]
                     or (len(words) > 1 and words[-1][0].endswith("区") and len(words[-1][0]) > 1)):
        words = words[:-1]
    return words


def _names_someone(words, rules) -> bool:
    """Can `words`, found where only an organization stands, be its name: not all places, ending with a noun, not
    all generic words?"""
    return not all(flag.startswith("ns") for _, flag in words) and _noun_ending(words) and not _all_generic(words, rules)


def _all_generic(words, rules) -> bool:
    """Are `words` all generic words (公司, 集团), kinds (民企), titles, industries (金融) or words of no name (verbs,
    adverbs, numbers, pronouns)?"""
    generic, industries = rules["generic_words"], sectors.words()
    return all(word in generic or word in industries or flag.startswith(("v", "d", "m", "q", "r")) for word, flag in words)


def _noun_ending(words) -> bool:
    """Do `words` end with a noun, a name or a foreign word, as an organization's name does (…专业合作社, 地标金融),
    and hold no particle, alone or glued into an unknown word (出人意料|地高过 of …地高过创始人马云 is a clause)?"""
    return (words[-1][1].startswith(("n", "j", "eng", "l", "vn"))
            and not any(flag.startswith("u") or (flag == "nz" and _glued_function_word(word)) for word, flag in words))


def _up_to_head(words, rules) -> list:
    """The shortest run of `words` from the first that holds a proper noun and ends with an institution's
    head (a suffix or a word head: 基金, 中心, 学校), else []."""
    for size in range(1, len(words) + 1):
        name = "".join(w for w, _ in words[:size])
        if name.endswith(rules["heads"]) and len(name) > 2 and _has_proper(words[:size]):
            return words[:size]
    return []


_LATIN_NAME = regex_cache.compile(r"[：:]?\s?[A-Z][a-z]+\s[A-Z]")


_FOREIGN_NAME = regex_cache.compile(rf"{HAN}{{1,6}}·{HAN}")


def _person_after(norm: str, end: int) -> bool:
    """Does a person's name follow at `end`, maybe after more of the person's titles (董事长、CEO雷军, 董事长兼总裁):
    a Latin one, a transliterated one (丹尼尔·霍特), a word the segmenter tags as a person's, or a
    common surname (data/surnames.txt) opening a one-character word or a two-character place-like word
    (杨|喆, 江波)?"""
    for _ in range(2):
        title = _rules()["title_re"].match(norm, end + 1) if norm[end:end + 1] in ("、", "兼") else None
        if title is None:
            break
        end = title.end()
    if _LATIN_NAME.match(norm, end) or _FOREIGN_NAME.match(norm, end):
        return True
    if end + 1 >= len(norm) or not is_han(norm[end:end + 2]):
        return False
    word, flag = tokenizer.tag(norm[end:end + 4])[0]
    if (flag.startswith("nr") and len(word) >= 2) or _person_name(word, flag):
        return True
    return norm[end] in load_words("surnames.txt") and (len(word) == 1 or (len(word) == 2 and flag.startswith("ns")))


# a count with 家, the classifier of firms and institutions, after a list (街电、小电、怪兽、来电4家头部企业)
# (户 counts firms before 企业: 等超1000户企业); 等 and a qualifier before the number are read back from it
_FIRM_CLASSIFIER = regex_cache.compile(r"家|户(?=企业)")
_COUNT_CHARS = frozenset("0123456789一二三四五六七八九十两几多")


def _firm_counts(norm: str) -> Iterator[int]:
    """Where each count of firms starts: the whole number right before 家 (or 户企业), else 这 or 那 alone (这家).
    The classifiers are sought and each number read back from its own: a pattern opening with the number's
    characters was tried at every digit of a text (economic news is full of them) and failed at nearly all."""
    for classifier in _FIRM_CLASSIFIER.finditer(norm):
        start = classifier.start()
        while start > 0 and norm[start - 1] in _COUNT_CHARS:
            start -= 1
        if start < classifier.start():
            yield start
        elif start > 0 and norm[start - 1] in "这那":
            yield start - 1
_BEFORE_COUNT = ("等超过", "等超", "等近", "等约", "等逾", "超过", "超", "近", "约", "逾", "等")
_LIST_RUN = regex_cache.compile(r"(?:[^\W\d_]{2,10}、)+[^\W\d_]{2,21}$")
# two members joined by 和/与/及 before the count (收购新加坡东人和PerfectTrend两家公司)
_PAIR_RUN = regex_cache.compile(r"[^\W\d_]{2,10}[和与及][^\W\d_]{2,12}$")


def _counted_list_hits(norm: str, rules) -> list[OrgHit]:
    """The members of a list counted with 家 (高通、联发科、紫光展锐三家; 新加坡东人和PerfectTrend两家): firms or institutions, unless a
    member is a place (北京、上海两家交易所), a description or a generic word, or the last one is no name
    right before the count (经济开发区、高新技术产业开发区各有2家)."""
    hits = []
    for count in _firm_counts(norm):
        before = next((word for word in _BEFORE_COUNT if norm.endswith(word, 0, count)), "")
        run, pair = _counted_run(norm, count - len(before))
        if run is None:
            continue
        items = _list_items(norm, run.start(), run.end())
        if len(items) < 2:
            continue
        items[0] = (_first_member_start(norm, items[0][1]), items[0][1])   # where its name starts (仅高通)
        names = [OrgHit(start, end, norm[start:end]) for start, end in items if end - start >= 2]
        member = _firm_list_member if pair else _list_member     # 规上企业与高校共建1503家: a clause, no pair of names
        if len(names) == len(items) and all(member(h.name, rules) for h in names):
            hits += names
    return hits


def _counted_run(norm: str, stop: int):
    """The list that ends at `stop`, before a count, and whether it is a pair joined by 和 (no 、 in it)."""
    run = _LIST_RUN.search(norm, max(0, stop - 80), stop)
    if run is not None:
        return run, False
    pair = _PAIR_RUN.search(norm, max(0, stop - 24), stop)
    return pair, pair is not None


def _closed_list_hits(norm: str, rules, known: list[OrgHit]) -> list[OrgHit]:
    """The members of a list closed by 等 and a kind of organization (博通、英伟达、飞思卡尔、Marvell等多家芯片厂商, 北极光创投、
    博远资本、夏尔巴等专业机构): firms, when every member can be one, none is an industry (生物制药、人工智能等创新型技术企业),
    a place or a verb phrase, and one holds a proper noun. A first member already `known` is taken whole (应用于|中石油、
    宁波港…等行业头部企业: the segmenter cuts 中|石油, and 石油 alone is an industry)."""
    known_ends = {hit.end: hit.start for hit in known}
    hits = []
    for closer in rules["closed_list_re"].finditer(norm) if "等" in norm else ():
        if not word_ends_at(norm, closer.end()):
            continue
        run = _LIST_RUN.search(norm, max(0, closer.start() - 80), closer.start())
        if run is None:
            continue
        items = _list_items(norm, run.start(), run.end())
        first_end = items[0][1]
        first_start = known_ends.get(first_end, -1)
        items[0] = (first_start if first_start >= run.start() else _first_member_start(norm, first_end), first_end)
        names = [OrgHit(start, end, norm[start:end]) for start, end in items if end - start >= 2]
        if (len(names) == len(items) and all(_firm_list_member(h.name, rules) for h in names)
                and any(_has_proper(tokenizer.tag_names(h.name)) for h in names)):
            hits += names
    return hits


def _first_member_start(norm: str, end: int) -> int:
    """Where the first member of a list, ending at `end`, starts: where its name starts, after the verbs that open it."""
    return end - _length(_without_opening_verbs(_name_words(norm, end)))


def _without_opening_verbs(words):
    """The words of a list's first member without the verbs that open them (服务|新东方、立思辰: 服务 is the verb whose
    objects the list names), when a name follows them."""
    while len(words) > 1 and words[0][1] in ("v", "vn") and not tokenizer.is_word(words[0][0] + words[1][0]):
        words = words[1:]
    return words


def _opened_list_hits(norm: str, rules) -> list[OrgHit]:
    """The members of a list opened by a count of organizations and a colon (停止首付贷的17家平台为：财佰通、合伙人、达人贷…等),
    each item that is a whole name by itself (not 搜狐旗下搜易贷: that item names the owner too) and can be a firm."""
    hits = []
    for opener in rules["opened_list_re"].finditer(norm) if "家" in norm else ():
        start = opener.end()
        stop = _LIST_STOP.search(norm, start)
        stop_at = stop.start() if stop else len(norm)
        position = start
        for part in norm[start:stop_at].split("、"):
            words = _name_words(norm, position + len(part))
            if len(part) >= 2 and _length(words) == len(part) and _firm_list_member(part, rules):
                hits.append(OrgHit(position, position + len(part), part))
            position += len(part) + 1
    return hits


_LIST_STOP = regex_cache.compile(r"等|[。；;\n（(]")


def _firm_list_member(name: str, rules) -> bool:
    """Can `name`, a member of a list of firms, be a firm: a list member (`_list_member`; a name of three characters or
    more that the segmenter takes for a person's is a foreign one here: 夏尔巴, 帕拉丁), no industry, kind or generic
    word, and a noun or a name at its end (not 对外开放)?"""
    if name in rules["not_names"] or name in rules["kind_words"] or name in sectors.words():
        return False
    tagged = tokenizer.tag_names(name)
    foreign = all(flag in ("nr", "nrt") for _, flag in tagged) and len(name) >= 3   # 夏尔巴, 帕拉丁: no person in such a list
    if not (_list_member(name, rules) or (foreign and not locations.place_of(name))):
        return False
    return _noun_ending(tagged) and not all(word in sectors.words() or word in rules["kind_words"] for word, _ in tagged)


def _list_member(name: str, rules) -> bool:
    """Can `name` be a member of a list counted with 家: a valid name, no place, and no function word in it
    (各有 of 高新技术产业开发区各有2家)?"""
    return (_valid(name, rules) and not locations.place_of(name)
            and not any(flag.startswith(("r", "d", "p", "c", "u")) for _, flag in tokenizer.tag_names(name)))


def _list_items(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the items of the list norm[start:end], split at 、 and, in its last item, at 和/与/及."""
    items, position = [], start
    for part in norm[start:end].split("、"):
        items.append((position, position + len(part)))
        position += len(part) + 1
    last_start, last_end = items[-1]
    joint = next((last_start + i for i, ch in enumerate(norm[last_start:last_end]) if ch in "和与及" and i >= 2), None)
    if joint is not None and last_end - joint > 2:
        items[-1:] = [(last_start, joint), (joint + 1, last_end)]
    return items


# what an owner has 旗下 ("under its flag"), before the name of the firm or brand it owns
_OWNED_WINDOW = 14


def _owned_hits(norm: str, rules) -> list[OrgHit]:
    """The firm named right after 旗下 (搜狐旗下搜易贷, 迪士尼旗下ESPN, 恒力旗下德力化纤收购, GIC旗下的RECO): what an owner
    holds under its flag is a company or a brand, when its name opens with a proper noun, a coined or an English word
    (旗下|首款中型SUV, 旗下的|跨境电商平台考拉, 旗下|5G基带芯片巴龙5000 open with a description: products or kinds)."""
    hits = []
    for match in rules["owned_re"].finditer(norm) if "旗下" in norm else ():
        if norm.endswith("品牌", 0, match.start()):
            continue                      # 迈乐品牌旗下鞋履: a brand's range is products
        start = match.end()
        tagged = tokenizer.tag_names(norm[start:start + _OWNED_WINDOW])
        words = _owned_words(tagged, rules)
        end = start + _length(words)
        if _goes_on_to_head(tagged[len(words):], rules):
            continue                      # 凯雷亚洲|增长|基金，: the name goes on to its head, past a word of another kind
        if words and end < min(len(norm), start + _OWNED_WINDOW) and _has_proper(words):
            hits.append(OrgHit(start, end, norm[start:end]))
    return hits


# a funding round a firm takes: the verb, then a round (A轮, Pre-A轮, 新一轮) or an amount, then 融资
_FUNDED = regex_cache.compile(r"(?:宣布)?(?:获得?|完成了?)(?=[^，。；\n]{0,16}?(?:轮|元)[^，。；\n]{0,8}?融资)")
_QUOTED_BEFORE = regex_cache.compile(r"[「“\"]([^「」“”\"，。；、\s]{2,12})[」”\"]\Z")


def _funded_hits(norm: str, rules) -> list[OrgHit]:
    """The firm that takes a funding round (「答魔数据」获新一轮融资, 「魅丽纬叶」已于近日完成超亿元B+轮融资, 企鹅杏仁完成C轮共2.5亿美元融资):
    only a company raises a round. Its name is in quotes right before the verb, or the words before it that open where
    a name can (after a mark, a boundary word or a date) and end with a noun, common nouns included."""
    hits = []
    for match in _FUNDED.finditer(norm) if "融资" in norm else ():
        end = match.start()
        while adverb := next((a for a in rules["funding_adverbs"] if norm.endswith(a, 0, end)), ""):
            end -= len(adverb)            # 「Glints」本日|正式宣布获
        quoted = _QUOTED_BEFORE.search(norm, max(0, end - 14), end)
        if quoted:
            name = quoted.group(1)
            if name not in rules["not_names"] and not _COUNTED.search(name):
                hits.append(OrgHit(quoted.start(1), quoted.end(1), name))
            continue
        words = _common_name_words(norm, end, rules)
        if words:
            hits.append(_hit_ending(norm, end, words))
    return hits


def _common_name_words(norm: str, end: int, rules) -> list:
    """The words of a name made of common nouns that ends at `end`, where only an organization can stand: it opens where
    a name can (after a mark, a boundary word or a date: 4月24日企鹅杏仁), ends with a noun and is not all generic
    words (公司, 集团), industries (金融) or kinds (民企)."""
    words = _name_words(norm, end)
    first = end - _length(words)
    if not words or not (first == _name_start(norm, end) or norm[first - 1:first] in _DATE_UNITS):
        return []
    return words if _names_someone(words, rules) else []


def _goes_on_to_head(rest, rules) -> bool:
    """Do the words `rest` after an owned name's run end it with an institution's head before a mark, one word further
    (凯雷亚洲|增长|基金，: 增长 is inside the name), rather than go on with a verb and its object (RECO|持有|公司5.96%)?"""
    return (len(rest) >= 3 and rest[1][0] in rules["heads"] and rest[2][0] in "，。、；,;")


def _owned_words(tagged, rules) -> list:
    """The words of a name at the start of `tagged`: it opens with a proper noun, a coined word or an English word, and
    runs over the words a name may hold up to a boundary word (和, 等), a figure or a word of another kind."""
    if not tagged or not _opens_owned_name(*tagged[0]):
        return []
    words = []
    for word, flag in tagged:
        if word in rules["boundary"] or not flag.startswith(_NAME_FLAGS) or (flag == "m" and any(c.isdigit() for c in word)):
            break
        words.append((word, flag))
    while words and not words[-1][1].startswith(("n", "j", "eng")):
        words.pop()
    return words


def _opens_owned_name(word: str, flag: str) -> bool:
    if word.isascii():
        return word.isalpha() and len(word) >= 2
    return flag.startswith(_PROPER_FLAGS)


def _mission_hits(norm: str, rules) -> list[OrgHit]:
    """A country's mission abroad: the country (a place word of the segmenter), 驻, the place where it
    sits and the mission (中国驻英国大使馆, 中国驻圣保罗总领馆)."""
    hits = []
    for match in rules["mission_re"].finditer(norm) if "驻" in norm else ():
        before = tokenizer.tag_names(norm[max(0, match.start() - 6):match.start()])
        if before and before[-1][1].startswith("ns") and not match.group("seat").startswith("在"):
            start = match.start() - len(before[-1][0])
            hits.append(OrgHit(start, match.end(), norm[start:match.end()]))
    return hits


def _code_hits(norm: str, rules) -> list[OrgHit]:
    """Names with a stock code in brackets after them: 光洋股份(002708)."""
    hits = []
    last = 0
    for code in rules["code_re"].finditer(norm):
        name = _NAME_BEFORE_CODE.search(norm, max(last, code.start() - _MAX_CODE_NAME), code.start())
        if name is None:
            continue
        last = code.end()
        if code.group("code") in rules["acronyms"]:
            continue                      # 外商直接投资（FDI）: an economic term, not a ticker
        words = _name_words(norm, code.start())
        if not words and code.group("exchange"):
            words = _whole_item_before(norm, code.start())
        elif not words:
            words = _ticker_item(norm, code.start())
        if words and (code.group("exchange") or code.group("code")[0].isdigit() or code.group("ric") or _has_proper(words)):
            hits.append(_hit_ending(norm, code.start(), words))   # not 限制性股票单元（RSU）, 公私合营模式（PPP）
    return hits


def _quote_hits(norm: str, rules) -> list[OrgHit]:
    """Shares quoted by their move and price (凌动智行跌9.78%报0.46美元, a market report's list): the whole item before
    the move is the company, however ordinary its words (途牛, 流利说); not a rate (人民币兑美元)."""
    hits = []
    for match in rules["quote_re"].finditer(norm) if "%报" in norm or "％报" in norm else ():
        words = _whole_item_before(norm, match.start())
        if words and "兑" not in words[0][0] and _valid(words[0][0], rules):
            hits.append(_hit_ending(norm, match.start(), words))
    return hits


def _risk_marked_hits(norm: str, rules) -> list[OrgHit]:
    """Listed companies under an exchange's risk mark (*ST华菱终止重组, ＊ＳＴ领先购买资产): the mark and the two characters
    after it, where a word ends (a mark inside an English word is none: TST庭秘密)."""
    if "ST" not in norm:                  # the text is normalized: full-width letters are ASCII
        return []
    return [OrgHit(match.start(), match.end(), match.group(0)) for match in rules["risk_re"].finditer(norm)
            if word_ends_at(norm, match.end())]


# a short name the text gives a registered name right after it, in brackets (（以下简称“四川交投”）, （下称“上海信谊联合”）,
# （以下简称山外山）)
_DEFINED = regex_cache.compile(
    rf"[（(](?:以下简称|以下称|下称|简称)[：:]?[“\"”「]?(?P<short>{HAN}{{2,10}})[”\"“」]?[）)，,]")
_LONGEST_REGISTERED = 30       # characters of the longest registered name read back from its short name


def _defined_hits(norm: str, rules) -> list[OrgHit]:
    """A registered name the text gives a short name that opens it (四川交投产融控股有限公司（以下简称“四川交投”）,
    上海信谊联合医药药材有限公司（下称“上海信谊联合”）): the name runs from where the short name opens, after a mark or a
    boundary word, to its legal form, though the segmenter reads verbs inside it (交|投产|融, 联合)."""
    if "称" not in norm:
        return []
    hits = []
    for match in _DEFINED.finditer(norm):
        end = match.start()
        if not norm.endswith(_LEGAL_FORMS, 0, end):
            continue
        short = match.group("short")
        start = norm.rfind(short, max(0, end - _LONGEST_REGISTERED), end)
        if start > 0 and _name_opens(norm, start) and is_han(norm[start:end]) and end - start > len(short) + 2:
            hits.append(OrgHit(start, end, norm[start:end]))
    return hits


def _name_opens(norm: str, start: int) -> bool:
    """Can a name open at `start`: after a mark (，上海信谊…) or a boundary word that ends there (其中四川…)?"""
    if not _name_char(norm[start - 1]):
        return True
    boundary = _rules()["boundary_re"]
    return any(found.end() == start and whole_words(norm, found.start(), start)
               for found in boundary.finditer(norm, max(0, start - 4), start))


def _ticker_item(norm: str, end: int) -> list[tuple[str, str]]:
    """The words before a ticker in brackets whose last word the segmenter tags a verb (而华纳|兄弟|探索（WBD）曾跌2.1%):
    the run from where a name can open, when it is Chinese, short enough for a name and holds a proper noun (the
    listed company's name; 公私合营模式（PPP） holds none), and no verb opens it (已有|雪莱特(002076))."""
    start = _name_start(norm, end)
    if not 2 <= end - start <= _MAX_CODE_NAME or not is_han(norm[start:end]):
        return []
    words = list(tokenizer.tag_names(norm[start:end]))
    if words[0][1].startswith(_NOT_OPENING_FLAGS) or _person_name(*words[0]):
        return []                 # 已有|雪莱特(002076): a verb opens no name
    return words if _has_proper(words) else []


# the tags of words that open no name: verbs, adverbs, prepositions, conjunctions, pronouns
_NOT_OPENING_FLAGS = ("v", "d", "p", "c", "r")


def _whole_item_before(norm: str, end: int) -> list[tuple[str, str]]:
    """The words of the whole clause item that ends at `end` (after a clause mark or a line's start), when they are few
    enough for a name: what an exchange's ticker labels even where the segmenter tags it a verb (消息，畅游（NASDAQ：…）)."""
    start = _name_start(norm, end)
    if end - start > _MAX_CODE_NAME or (start > 0 and norm[start - 1] not in _ITEM_OPENINGS + "。"):
        return []
    return [(norm[start:end], "nz")]


def _ascii_hits(norm: str, rules) -> list[OrgHit]:
    """English names that end like a company's name or stand before an organization cue."""
    hits = []
    for match in rules["ascii_name"].finditer(norm):
        name = match.group(0).strip()
        if (len(name) >= 2 and name not in rules["acronyms"] and _ascii_org_context(norm, match, rules)
                and not norm.endswith(tuple(rules["role_modifiers"]), 0, match.start())):   # 首席FICC分析师: the role's
            hits.append(OrgHit(match.start(), match.start() + len(name), name))
    return hits


_LIST_MARKS = "、和及与"


_MAX_LIST_STEPS = 12


def _listed_along(norm: str, hits: list[OrgHit], rules) -> list[OrgHit]:
    """Names listed beside an organization, then beside those, along the list (特变电工、九圣禾种业、昌吉溢达纺织、
    天鹅棉机: each found from its neighbour), a dozen steps at most."""
    seen = {(hit.start, hit.end) for hit in hits}
    found: list[OrgHit] = []
    frontier = hits
    for _ in range(_MAX_LIST_STEPS):
        frontier = [hit for hit in _listed_beside(norm, frontier, rules) if (hit.start, hit.end) not in seen]
        if not frontier:
            break
        seen.update((hit.start, hit.end) for hit in frontier)
        found += frontier
    return found


def _listed_beside(norm: str, hits: list[OrgHit], rules) -> list[OrgHit]:
    """Names listed beside an organization are organizations too (中国华融、中国长城资产、中国信达)."""
    extra: list[OrgHit] = []
    for hit in hits:
        if not _beside_a_list_mark(norm, hit):
            continue                      # most names: no list mark on either side, nothing listed beside them
        if hit.name in rules["blocs"] or _list_of_products(norm, hit.end, rules):
            continue                      # 占我与欧盟贸易, 助力中国与东盟: a bloc's neighbours are economies
        for found in (_listed_before(norm, hit.start, rules), _listed_after(norm, hit, rules)):
            if found is not None:
                extra.append(found)
    return extra


def _beside_a_list_mark(norm: str, hit: OrgHit) -> bool:
    return norm[hit.start - 1:hit.start] in _LIST_MARKS or norm[hit.end:hit.end + 1] in _LIST_MARKS


_LIST_CLOSER = regex_cache.compile(r"[^，。；：,;:\n]{0,40}?等等?")


def _list_of_products(norm: str, end: int, rules) -> bool:
    """Is the list that holds the name ending at `end` closed by 等 and a word of products (…微信、新浪微博、Twitter
    等客户端): its members are products, not firms?"""
    closer = _LIST_CLOSER.match(norm, end) if "等" in norm else None
    return closer is not None and norm.startswith(rules["product_closers"], closer.end())


def _listed_before(norm: str, start: int, rules) -> OrgHit | None:
    """The name listed right before a list mark that opens the organization at `start`."""
    if start == 0 or norm[start - 1] not in _LIST_MARKS:
        return None
    words, titled = _without_title(_without_opening_verbs(_name_words(norm, start - 1)), rules)
    name = "".join(w for w, _ in words)
    if titled and not any(m.end() == len(name) for m in rules["suffix_re"].finditer(name)):
        return None                               # 资源研究所刘彦随|研究员: a person stood before the title
    end = start - 1 - titled
    first = end - len(name)
    whole = norm[start - 1] == "、" and not titled and (first == 0 or norm[first - 1] in _ITEM_OPENINGS)
    if words and len(name) <= 10 and not _cut_from_latin(norm, first) and _list_neighbour(name, words, rules, whole):
        return OrgHit(first, end, name)
    return None


# what stands before and after a list item that is a whole name (the item's own marks, and a clause's)
_ITEM_OPENINGS = "、，,：:；;\n（(“\"\u3000 "
_ITEM_CLOSINGS = "、，,。；;：:\n）)”\"等"


def _cut_from_latin(norm: str, start: int) -> bool:
    """Does the name at `start` go on leftwards in Latin letters, over a hyphen (兰蔻、SK-II、倩碧: II is no name)?"""
    return start > 1 and norm[start - 1] == "-" and _ascii_alnum(norm[start - 2])


def _without_title(words, rules) -> tuple[list, int]:
    """`words` of a list item without the title that ends it (海南|省委常委、 → 海南省委; 副理事长, deputy's mark and
    all), and how many characters went."""
    if not words or not words[-1][0].endswith(rules["title_ends"]):
        return words, 0                           # the common case: no title ends the item
    title = max((t for t in rules["titles"] if words[-1][0].endswith(t)), key=len)
    if len(words) < 2:
        return [], 0                              # an item that is a title alone names nothing
    last, flag = words[-1]
    rest = last[:-len(title)].removesuffix("副")
    kept = words[:-1] + ([(rest, flag)] if rest else [])
    if kept and kept[-1][0] == "副":
        kept = kept[:-1]
    return kept, _length(words) - _length(kept)


def _listed_after(norm: str, hit: OrgHit, rules) -> OrgHit | None:
    """The name listed right after a list mark that follows the organization `hit`: it runs over name
    characters up to the next list mark or 等, ten characters at most, and ends where it ends with the
    suffix `hit` ends with (鹏城实验室、广州实验室建设 → 广州实验室)."""
    end = hit.end
    if end >= len(norm) or norm[end] not in _LIST_MARKS:
        return None
    start = end + 1
    stop = _list_item_end(norm, start, hit.name, rules)
    if stop is None:
        return None
    words = _name_words(norm, stop)
    name = "".join(w for w, _ in words)
    whole = norm[end] == "、" and (stop == len(norm) or norm[stop] in _ITEM_CLOSINGS)
    if norm[stop:stop + 1] == "的" and words and (words[-1][1].startswith("v") or _thing_of_a_name(norm, start, stop)):
        return None                       # 一汽集团合资建设的, 联合国会旗的: a clause or a known name's thing, no name
    if words and stop - len(name) == start and _list_neighbour(name, words, rules, whole):
        return OrgHit(start, stop, name)
    return None


def _thing_of_a_name(norm: str, start: int, stop: int) -> bool:
    """Does a known name open the item norm[start:stop] and end inside it (联合国|会旗, 阿里|生态): the item is a thing
    of that organization's, no other name?"""
    return any(end < stop for _, end, _ in _names_opening_at(norm, start))


def _list_neighbour(name: str, words, rules, whole_item: bool = False) -> bool:
    """Can `name` (tagged `words`), listed beside an organization, be one: a proper noun in it or a listed company's
    short name (众生药业, 合肥百货: being listed with firms is the company cue an ordinary-word name needs), a valid name,
    and no place, neither of the directory (北京) nor of the segmenter (欧盟国家、美国和澳大利亚), unless the directory of
    listed companies knows it (中石油、宁波港、青岛港: the segmenter tags a port company as its port)? A `whole_item`
    (a name between 、 and another mark) may also be common words with an institution's head (`_headed_member`)."""
    listed = directories.listed_company(name) is not None
    return ((_has_proper(words) or listed or name in rules["context_names"]
             or (whole_item and _headed_member(name, rules)))
            and (_valid(name, rules) or _transliterated(name, words)) and not locations.place_of(name)
            and (listed or not all(flag.startswith("ns") for _, flag in words)))


def _headed_member(name: str, rules) -> bool:
    """Does `name` end with an institution's head after words of its own, no generic word, kind or industry alone
    (巴西国际商务协会、企业家精英协会; 山西交控集团、平遥牛肉集团): beside organizations, the list is the cue its
    common words need?"""
    head = next((m.group(0) for m in rules["suffix_re"].finditer(name) if m.end() == len(name)), "")
    own = name[:-len(head)] if head else ""
    return len(own) >= 2 and not _all_generic(tokenizer.tag_names(own), rules)


def _transliterated(name: str, words) -> bool:
    """Is `name`, that the segmenter tags as a person's, a foreign name in Chinese characters: three characters or
    more and no common surname first (飞利浦、西门子和伊莱克斯; 戴尔、惠普、HPE、富士通): beside firms in a list, a firm."""
    return (len(name) >= 3 and is_han(name) and all(flag in ("nr", "nrt") for _, flag in words)
            and name[0] not in load_words("surnames.txt"))


def _list_item_end(norm: str, start: int, sibling: str, rules) -> int | None:
    """Where the list item at `start` ends: at the next list mark, 等 or other character of no name, within ten
    name characters, or right after the suffix its `sibling` ends with; None when that is inside a word
    (法学院养老服务管理专|业: the item runs on past ten characters)."""
    stop = start
    while stop < len(norm) and stop - start < 10 and _name_char(norm[stop]) and norm[stop] not in _LIST_MARKS + "等的":
        stop += 1
    suffix = next((m.group(0) for m in rules["suffix_re"].finditer(sibling) if m.end() == len(sibling)), "")
    if len(suffix) >= 2 and suffix in norm[start:stop - 1]:
        return norm.index(suffix, start, stop) + len(suffix)
    if len(suffix) >= 2 and _joined_inside_name(norm, stop, suffix):
        return None                       # 重庆市国土资源和房地产学会: the 和 joins words inside the name
    return stop if word_ends_at(norm, stop) else None


def _joined_inside_name(norm: str, stop: int, suffix: str) -> bool:
    """Does a 和/与/及 at `stop` join words inside a name that goes on to `suffix` (国土资源和房地产学会)?"""
    run = _NAME_RUN.match(norm, stop + 1) if norm[stop:stop + 1] in "和与及" else None
    return run is not None and suffix in run.group(0)


_NAME_RUN = regex_cache.compile(r"[^\W_]{0,12}")


# the legal forms that end a company's registered name
_LEGAL_FORMS = ("有限公司", "有限责任公司")


def _by_suffix(norm: str, match, rules) -> OrgHit | None:
    """A name that ends with an organization suffix, when the suffix ends a word."""
    suffix, end = match.group(0), match.end()
    if _no_name_before(norm, match, rules):
        return None
    if suffix.endswith(_LEGAL_FORMS) and norm[match.start() - 1:match.start()] in "）)":
        return _with_place_in_brackets(norm, match.start(), end)
    words = _name_words(norm, end, suffix.endswith(_LEGAL_FORMS) or suffix in rules["verb_holding"])
    if not words:
        return None
    if norm[end - _length(words) - 1:end - _length(words)] in _CONJUNCTIONS:
        coordinated = _coordinated_fields(norm, end - _length(words) - 1, words, suffix)
        if coordinated is not None:
            return OrgHit(coordinated, end, norm[coordinated:end])
    named = _weak_suffix_named(norm, end, suffix, words, rules) if suffix not in rules["strong"] \
        else _strong_suffix_named(suffix, words, rules)
    if not named or (suffix in rules["coined_only"] and not (words[-1][0] == suffix and len(words) >= 2 and _coined(words[-2]))):
        return None                       # 紫风投资 is a firm; 外商投资, 房地产投资, 东北地区投资 are not
    hit = _hit_ending(norm, end, words)
    return hit if hit.end - hit.start > len(suffix) else None


_CONJUNCTIONS = "与和及"
_FIELD_FLAGS = ("n", "vn", "l", "j", "nz")


def _coordinated_fields(norm: str, conjunction: int, words, suffix: str) -> int | None:
    """The start of an institution's name that joins two fields with a conjunction (迪拜|黄金与商品|交易所,
    中国|企业改革与发展|研究院, 欧洲|运输和环境|联合会): the words after the conjunction are plain fields up to the head,
    and the words before it open with a place and name a field; the name walk stopped at the conjunction. None where
    the words after it hold a name of their own (上海和深圳证券交易所: two exchanges)."""
    fields, stem = words[:-1], words[-1][0][:-len(suffix)]
    if not fields and len(stem) > 1 and _has_proper(tokenizer.tag_names(stem)):
        return None              # 和|中金公司: a name of its own after the conjunction (和|工业部, 与|法学院: a field's)
    if _has_proper(fields) or not all(flag.startswith(_FIELD_FLAGS) for _, flag in fields):
        return None
    start = _name_start(norm, conjunction)
    before = _name_run(tokenizer.tag_names(norm[start:conjunction]), False)
    if len(before) < 2 or not before[0][1].startswith("ns") or _length(before) + _length(words) > _MAX_NAME \
            or _rules()["suffix_re"].fullmatch(before[-1][0]):
        return None              # 中国奶业协会|和: a whole name before the conjunction, two bodies
    if not all(flag.startswith(_FIELD_FLAGS) and not _has_proper([(word, flag)]) for word, flag in before[1:]):
        return None
    return conjunction - _length(before)


def _no_name_before(norm: str, match, rules) -> bool:
    """Can the suffix `match` end no name, as seen before the costly walk over the segmenter's words: a suffix that
    ends a firm's name only before a company cue has none after it (紫风投资（…子公司）; 劳伦斯投资了, 房企投资意愿,
    跨界投资之外 invest: tested first, one `startswith`, it turns away most 投资 of an article before any segmenting),
    it does not end a word (行 of 行业, 报 of 报道), a determiner or a kind word stands right before it (上市公司,
    全资子公司, 这家公司), or a suffix that needs a coined word has none (外商投资, 固定资产投资)?"""
    suffix, start = match.group(0), match.start()
    return ((suffix in rules["cue_only"] and not stocks.company_cue_after(norm, match.end()))
            or not _ends_word(norm, match.end())
            or (suffix in rules["strong"] and _generic_word_before(norm, start, rules["generic_before_suffix"]))
            or (suffix in rules["coined_only"] and not _coined_before(norm, start)))


def _generic_word_before(norm: str, start: int, generic: tuple[str, ...]) -> bool:
    """Does a generic word of its own stand right before `start` (子 of 子公司, 该 of 该公司), not the end of a longer
    word (子 of 电子: 宁波丽晶电子集团有限公司 is a name)?"""
    if not norm.endswith(generic, 0, start):
        return False                      # the common case, one test in C
    word = next(g for g in generic if norm.endswith(g, 0, start))
    return len(word) > 1 or not tokenizer.is_word(norm[start - 2:start])


def _coined_before(norm: str, start: int) -> bool:
    """Is the word right before `start` a coined one (紫风 of 紫风投资), as a coined-only suffix needs?"""
    before = tokenizer.tag_names(norm[max(0, start - 4):start])
    return bool(before) and _coined(before[-1])


_PLACE_IN_BRACKETS = regex_cache.compile(rf"[（(](?P<place>{HAN}{{2,8}})[）)]\Z")


def _with_place_in_brackets(norm: str, legal_form: int, end: int) -> OrgHit | None:
    """A registered name with its place in brackets before the legal form (腾讯科技（深圳）有限公司,
    华友新能源科技（衢州）有限公司): the name before the brackets holds a proper noun and the brackets a place."""
    bracket = _PLACE_IN_BRACKETS.search(norm, max(0, legal_form - 10), legal_form)
    if bracket is None or locations.place_of(bracket.group("place")) is None:
        return None
    words = _name_words(norm, bracket.start(), True)
    if not words or not _has_proper(words):
        return None
    start = bracket.start() - _length(words)
    return OrgHit(start, end, norm[start:end])


def _weak_suffix_named(norm: str, end: int, suffix: str, words, rules) -> bool:
    """Does a weak suffix (局, 部, 网) end a name here: as the end of an organization word, or right
    after a proper noun, a noun or a place stand-in, and at the end of a segmenter word?"""
    last_word, last_flag = words[-1]
    if last_word != suffix and not (last_flag == "nt" and last_word.endswith(suffix)) \
            and not _field_head_word(words, suffix, rules):
        return False                      # 总部, 格局: the suffix is part of another word
    if not word_ends_at(norm, end):
        return False                      # 机制部际: the suffix starts a word that goes on
    if last_word != suffix:
        return True
    if _generic_before(words, suffix, rules):
        return False
    if len(suffix) == 1 and tokenizer.is_word(norm[end - 2:end]) and not _is_org_word(norm[end - 2:end]):
        return False                      # 电诈骗局: 局 ends the word 骗局 (a scam), not a bureau's name
    return (len(words) >= 2 and _length(words) >= 3
            and (words[-2][1].startswith(_PROPER_FLAGS + ("n", "l", "vn", "j")) or words[-2][0] in rules["admin_prefixes"]))


# the weak suffixes a field noun may end (电影局, 经济研究部); not 厅 (报告厅 is a hall), 委 (市委常委 a title), 网 (a
# network: 中国|互联网)
_FIELD_HEADS = ("局", "部")


def _field_head_word(words, suffix: str, rules) -> bool:
    """Is the last word a field and the weak suffix as one noun (电影|局: 国家|电影局), after a place or the State that
    opens the name? A word of two characters is another word (格局, 总部, 大局), a title is none (眉山|市委常委)."""
    last_word, last_flag = words[-1]
    return (last_flag == "n" and suffix in _FIELD_HEADS and len(last_word) >= len(suffix) + 2
            and not last_word.endswith(rules["title_ends"]) and last_word.endswith(suffix) and len(words) >= 2
            and (words[0][1].startswith("ns") or words[0][0] in rules["stand_ins"]))


def _generic_before(words, suffix: str, rules) -> bool:
    """Do the words before a weak suffix make a generic reference (当地政府报至国务院: 报 is a verb) or, before
    a suffix that needs a name (网), no name at all (移动通信网 is a network, no site)?"""
    return len(words) >= 2 and (words[-2][0] in rules["not_names"]
                                or (suffix in rules["proper_only"] and not _has_proper(words[:-1])))


def _strong_suffix_named(suffix: str, words, rules) -> bool:
    """Does a strong suffix (公司, 大学, 投资) end a name here: is there a name before it?"""
    last_word = words[-1][0]
    before = words[:-1] if last_word == suffix or last_word in rules["not_names"] else words
    if not _has_proper(before) and not (suffix.endswith(_LEGAL_FORMS) and _own_word(before, rules)):
        return False                      # 期货公司, 互联网公司, 辖内商业银行: no name before the suffix
    if suffix in rules["place_suffixes"] and not words[0][1].startswith("ns"):
        return False                      # 老旧小学: a school's name opens with its place
    return not (suffix in rules["strict_suffixes"] and last_word == suffix and not _has_proper(words[-2:-1])
                and not _placed_field(words))
    # 千禧一代大学: the word right before 大学 must be a name, or a field after the place that opens it


def _placed_field(words) -> bool:
    """Do the words open with a place and name a field before the head (广东|工业|大学, 长沙|电力|医院): the grammar of
    an institution named by its place and its field, not a name of its own?"""
    return len(words) >= 3 and words[0][1].startswith("ns") and all(flag == "n" for _, flag in words[1:-1])


def _own_word(words, rules) -> bool:
    """Does a registered name (one with its legal form: 有限公司) hold a word of its own before its line of
    business, though a common noun (半岛|电力有限公司; 电力有限公司 alone is a kind of firm)?"""
    industries, kinds = sectors.words(), rules["kind_words"]
    return any(len(word) >= 2 and flag.startswith("n") and word not in industries and word not in kinds
               and word not in rules["generic_before_suffix"] and word not in rules["not_names"]
               for word, flag in words[:-1])


def _ends_word(norm: str, end: int) -> bool:
    """Is the suffix that ends at `end` the end of a word (not the 行 of 行业, the 报 of 报道, the 新闻 of 新闻发布会)?
    Where the suffix's last character and the next make a word (部分), the segmenter decides, when it ends a word
    at the suffix and opens a longer one after it: 商务部|分析 ends at 部 (学生|报|到 does not)."""
    following = _rules()["continuations"].get(norm[end - 1:end], "")
    if not (end < len(norm) and norm[end] in following):
        return True
    return tokenizer.is_word(norm[end - 1:end + 1]) and _word_may_open(norm, end) and long_word_starts_at(norm, end)


def _word_may_open(norm: str, start: int) -> bool:
    """Can a word of the segmenter's of two characters or more open at `start`, as `long_word_starts_at` reads it (in
    a window that ends four characters on)? One that opens with a Chinese character is a dictionary word (no HMM
    guessing): where none of two to four characters is, the segmenter need not be asked."""
    return not is_han(norm[start]) or any(tokenizer.is_word(norm[start:start + size]) for size in (2, 3, 4))


def _name_words(norm: str, end: int, registered: bool = False) -> list[tuple[str, str]]:
    """The tagged words of the name that ends at `end`, read leftwards up to a boundary. A `registered`
    name (one that ends with a legal form: 有限公司) may hold verbs in its line of business
    (石林云电投新能源开发有限公司), but never opens with one (设立上海…有限公司)."""
    start = _name_start(norm, end)
    if start == end:
        return []
    tagged = _with_society(tokenizer.tag_names(norm[start:end]))
    kept = _name_run(_with_split_names(tagged) if registered else tagged, registered)
    if registered:
        kept = _after_opening_verbs(kept)
    kept = _without_opening_words(norm, end, kept)
    first = end - _length(kept)
    if kept and first > start and _number_opens_name(norm, start, first, kept[0][1]):
        kept.insert(0, (norm[start:first], "m"))  # 、360集团、, ⏎21世纪经济研究院: a number that opens the name
    return kept


def _with_split_names(tagged):
    """The words of a registered name with a coined name the segmenter split rejoined: a single character that cannot
    stand alone (a bound morpheme, tag *g: 倍加|洁) or that follows a foreign name (格罗斯|特) goes with the word before
    it, as one coined word (倍加洁集团股份有限公司, 格罗斯特煤炭有限公司), unless that word is a suffix: a name ends there
    (控股|孙|公司: a subsidiary's subsidiary)."""
    out, suffix_re = list(tagged), _rules()["suffix_re"]
    for index in range(len(out) - 2, 0, -1):
        word, flag = out[index]
        before, before_flag = out[index - 1]
        if (len(word) == 1 and is_han(word) and len(before) >= 2 and is_han(before) and not suffix_re.fullmatch(before)
                and (flag.endswith("g") or before_flag in ("nr", "nrt") and flag == "d")
                and not tokenizer.is_word(before + word)):
            out[index - 1:index + 1] = [(before + word, "nz")]
    return out


def _with_society(tagged):
    """`tagged` with a learned society's head read as one word where the segmenter cut it after a discipline
    (中国区域经济学|会 → 中国区域经济|学会, 中国地理学|会 → 中国地理|学会: the society of economics, of geography)."""
    if len(tagged) >= 2 and tagged[-1][0] == "会" and len(tagged[-2][0]) > 1 and tagged[-2][0].endswith("学"):
        word, flag = tagged[-2]
        return tagged[:-2] + ((word[:-1], flag), ("学会", "n"))
    return tagged


def _without_opening_words(norm: str, end: int, kept):
    """`kept` (the words of the name ending at `end`) without the words that cannot open a name: see
    `_not_a_first_word`, and a person's name before a place or an organization word (方敏|北京大学)."""
    start = end - _length(kept)
    while kept:
        if not ((_not_a_first_word(norm, start, *kept[0]) and not _opens_brand(kept))
                or _place_of_preposition(norm, start, *kept[0])
                or (len(kept) > 1 and kept[1][1].startswith(("ns", "nt")) and _person_name(*kept[0]))):
            break
        word, flag = kept.pop(0)
        start += len(word)
        if flag == "nz" and len(word) > 2 and word[0] in _AFTER_NUMBER_UNITS:
            kept.insert(0, (word[1:], flag))     # 3月小电宣布, 428家科创板: the unit joined a coined name's characters
            start -= len(word) - 1
    return kept


_OPENINGS = "、，,：:\n（(“\"\u3000 "


def _number_opens_name(norm: str, start: int, first: int, next_flag: str) -> bool:
    """Is norm[start:first] a number of two to four digits that opens a name: it stands at the start of a line
    or list item, and a word other than a count's follows it (360集团, 21世纪经济研究院; not 3家公司)?"""
    number = norm[start:first]
    return (2 <= len(number) <= 4 and number.isascii() and number.isdigit() and not next_flag.startswith(("m", "q"))
            and (start == 0 or norm[start - 1] in _OPENINGS))


def _after_opening_verbs(words):
    """`words` of a registered name from after the last verb that stands before its first proper noun:
    the verbs of its line of business come after the firm's own name (全额认购华安证券股份有限公司 → 华安证券…)."""
    first = next((i for i, word in enumerate(words) if _has_proper([word])), len(words))
    verbs = [i for i in range(first) if words[i][1].startswith(("v", "i")) and words[i][1] != "vn"]   # 运动 (vn) names a field
    return words[verbs[-1] + 1:] if verbs else words


def _name_run(tagged, registered: bool) -> list[tuple[str, str]]:
    """The last tagged words that can belong to a name, up to a boundary word, a figure or a word of
    another kind (a verb only inside a registered name)."""
    boundary = _rules()["boundary"]
    kept: list[tuple[str, str]] = []
    for word, flag in reversed(tagged):
        if word in boundary or (flag == "m" and any(c.isdigit() for c in word)):
            break
        if not flag.startswith(_NAME_FLAGS) and not (registered and flag.startswith(("v", "i")) and len(word) >= 2) \
                and not _names_function(word, kept):
            break
        kept.insert(0, (word, flag))
    return kept


def _names_function(word: str, kept) -> bool:
    """Is the verb `word`, before the words `kept` that end with an institution's head (委员会, 法院, 基金), what the
    institution does (选举|委员会, 破产|法院, 疾病|预防|控制中心, 中关村|创新|发展|基金: `institution_verbs`), a part of its name?"""
    rules = _rules()
    return bool(kept) and word in rules["institution_verbs"] and kept[-1][0] in rules["strong"]


# name characters (`_name_char`: a letter or digit of any script, `·`, `&`) and `_`, matched in C; read on the
# reversed window before a name's end, they are the run a name may start in, up to its first `_`. (One class repeated
# is `re`'s tight loop; the alternation `(?:[^\W_]|[·&])*` saved the engine's state at every character, at three
# times the cost.)
_NAME_CHARS = regex_cache.compile(r"[\w·&]*")


def _name_start(norm: str, end: int) -> int:
    """Where the name ending at `end` can start: over name characters, after the last boundary word
    (如, 据, 其中 …) that is a whole word, and after a boundary character that opens the window."""
    rules = _rules()
    window = norm[max(0, end - _MAX_NAME):end][::-1]
    run = _NAME_CHARS.match(window).end()     # type: ignore[union-attr]
    underscore = window.find("_", 0, run)
    start = end - (run if underscore < 0 else underscore)
    while start < end:
        last = _last_boundary(norm, start, end, rules["boundary_re"])
        if start < last < end:
            start = last
        elif end - start > 2 and norm[start] in rules["boundary_chars"] and not tokenizer.is_word(norm[start:start + 2]):
            start += 1                    # 如|亚盛医药, but 如今 is a word: no name opens inside it
        else:
            break
    return start


def _last_boundary(norm: str, start: int, end: int, boundary_re: re.Pattern) -> int:
    """The end of the last boundary word in norm[start:end] that is a whole word, else -1 (联合 of 金融业联合会 is no
    boundary: it is inside a word). Searched in place: most windows hold none, and a search finds that without the
    slice and the scanner object a `finditer` over the window cost."""
    last = -1
    found = boundary_re.search(norm, start, end)
    while found is not None:
        if whole_words(norm, found.start(), found.end()):
            last = found.end()
        found = boundary_re.search(norm, found.end(), end)
    return last


def _place_of_preposition(norm: str, start: int, word: str, flag: str) -> bool:
    """Is `word`, at `start`, a one-character place right after a preposition of place, the place the phrase names
    (在华合资公司: in China; 在川投资项目: in Sichuan), no name's first word?"""
    return len(word) == 1 and flag in ("ns", "j") and norm[start - 1:start] in _PLACE_PREPOSITIONS


_PLACE_PREPOSITIONS = "在来赴驻回"


def _opens_brand(kept) -> bool:
    """Does a place word open a coined or place-like name (东方|金诚, 东方|金城: firms' names; 东方 alone is a
    direction)?"""
    return len(kept) > 1 and kept[0][1] == "s" and len(kept[0][0]) == 2 and kept[1][1] in ("nz", "ns")


def _not_a_first_word(norm: str, start: int, word: str, flag: str) -> bool:
    """Can `word` (at `start`) not open a name: an adjective, direction, place word or time word, a
    number, a date's unit, or a date's unit glued to the words after a number (1日电中国商务部)?"""
    return (flag.startswith(("a", "f", "s", "t")) or word in ("年", "月", "日")
            or (flag == "m" and any(c.isdigit() for c in word)) or _after_number(norm, start, word))


_DATE_UNITS = "年月日号时"
_AFTER_NUMBER_UNITS = _DATE_UNITS + "家"        # and the classifier of firms (428家科创板公司)
_NUMERALS = "0123456789〇零一二三四五六七八九十"


def _after_number(norm: str, start: int, word: str) -> bool:
    """Is `word`, at `start`, a date's unit glued to the words after it (6月1日起公司, 1日电中国商务部)?"""
    return word[0] in _AFTER_NUMBER_UNITS and start > 0 and norm[start - 1] in _NUMERALS


def _has_proper(words) -> bool:
    """A proper noun, a word jieba does not know (a coined company name), or, first, a stand-in for
    a place or the State (区发改局, 国家工商行政管理总局) or a scope with a field after it (国际运动生物力学学会),
    among `words`."""
    rules = _rules()
    admin, kinds, industries = rules["stand_ins"], rules["kind_words"], sectors.words()
    return any(word not in kinds and word not in industries
               and (flag.startswith(_PROPER_FLAGS)
                    or (len(word) >= 2 and not tokenizer.is_word(word) and (flag != "m" or (index == 0 and word.isdigit())))
                    or (index == 0 and (word in admin or (word in rules["scopes"] and _field_words(words[1:])))))
               and not (flag == "nz" and _glued_function_word(word)) for index, (word, flag) in enumerate(words))


def _field_words(words) -> bool:
    """Are `words` a field's name after a scope word (运动|生物力学 of 国际运动生物力学学会), nouns only: not a rank or a
    description (世界|第一|大|体育用品公司)?"""
    return bool(words) and all(flag.startswith("n") or flag in ("vn", "l") for _, flag in words)


def _ascii_org_context(norm: str, match, rules) -> bool:
    """An English name counts when it ends like a company's name or an organization cue follows it."""
    name = match.group(0).strip()
    if " " in name and name.split()[-1] in rules["ascii_tails"]:
        return True
    after = norm[match.end():match.end() + 6]
    if _BRACKETED_RIC.match(norm, match.end()):
        return True                       # American Eagle Outfitters (AEO.N): a listing, not an expansion
    expansion = _EXPANSION.match(norm, match.end())
    if expansion:                         # XSS（Cross Site Scripting）: a term and its spelled-out words
        return expansion.group(1).split()[-1] in rules["ascii_tails"]
    if after.startswith(("（", "(")):
        return _bracket_names_firm(norm, match.end() + 1, rules)
    if norm.endswith(rules["ascii_after_kind"], 0, match.start()) and _coined_ascii(name):
        return True                       # 技术供应商NXFiltration, 瑞典房地产公司K2A: the kind, then the firm's name
    return bool(rules["cue_re"].match(after) or after.startswith(("公司", "集团", "银行") + rules["ascii_cue_after"]))


def _coined_ascii(name: str) -> bool:
    """Is the English `name` a coined firm's name rather than an upper-case abbreviation (Q3, ESG): three
    characters or more with a small letter or a digit in them, or five capitals or more?"""
    return len(name) >= 3 and (any(ch.islower() or ch.isdigit() for ch in name) or len(name) >= 5)


_BRACKETED_RIC = regex_cache.compile(rf"\s?[（(]\s*{_RIC}\s*[）)]")
_BRACKET_BODY = regex_cache.compile(r"[^（）()]{1,24}(?=[）)])")
_LISTING = regex_cache.compile(r"简称|纳斯达克|纽交所|港交所|股票代码|NYSE|NASDAQ|Nasdaq|(?<![\d.])\d{4,6}(?![\d.万亿])")


def _bracket_names_firm(norm: str, start: int, rules) -> bool:
    """Does the bracket opening at `start` after an English name show a firm: a short name given to
    it (简称“LGES”), a listing (纳斯达克：MRVL, 00700) or a Chinese name with a strong organization
    suffix (美满电子公司)? A bracket that translates a term or a product (NSA（非独立组网）,
    IFA（柏林消费电子展）, Shodan（撒旦）) does not."""
    body = _BRACKET_BODY.match(norm, start)
    if body is None:
        return False
    text = body.group(0)
    return bool(_LISTING.search(text)) or text in words() or text.endswith(tuple(rules["strong"]))


# an English name's bracket that spells out words (an acronym's expansion), not a Chinese name
_EXPANSION = regex_cache.compile(r"\s?[（(]([A-Za-z][A-Za-z\- .,]*[A-Za-z.])[）)]")


def _valid(name: str, rules) -> bool:
    """Can `name` be an organization's name: not a generic word, a place, a description, a person?"""
    if len(name) < 2 or name in rules["not_names"] or name.isdigit() or rules["suffix_re"].fullmatch(name):
        return False
    if is_media(name) or name in load_words("known_orgs.txt") or name in directories.public_bodies():
        return True                       # 彭博社, 华为: known, even where jieba tags them as a person's name
    if _description(name, rules) or _kind_of_firm(name):
        return False
    han = len(HAN_RE.findall(name))
    if han == 0:
        return name not in rules["acronyms"]
    tagged = tokenizer.tag_names(name)
    if han < 2 or (all(flag.startswith(("nr", "nrt")) for _, flag in tagged) and directories.listed_company(name) is None):
        return False                      # a person's name; but 伊戈尔 is a listed company's short name
    return not _holds_person(tagged, rules)


def _description(name: str, rules) -> bool:
    """Is `name` a place (雄安新区), a negation, a count or an amount (不含银行, 七家分公司, 百亿利润俱乐部), or a description
    (上市公司员工, 一季度末前十大股东, 沪深300指数, 部分省网公司, 另一合资公司; 捷豹品牌: a brand, the firm's product) rather than
    a name?"""
    return (name.endswith(rules["place_endings"]) or _negated(name) or bool(_COUNTED.search(name))
            or bool(_MAGNITUDE.search(name))
            or name.startswith(rules["description_openings"])
            or rules["never_inside_re"].search(name) is not None or name.endswith(("指数", "板块", "品牌"))
            or _some_body(name) or _ranked(name))


def _ranked(name: str) -> bool:
    """Does `name` open with a count and 大 (四大会计师事务所, 两大油气公司), not a place that does (五大连池市)?"""
    big = _BIG_COUNT.match(name)
    return big is not None and not any(locations.place_of(name[:size]) for size in range(big.end() + 1, len(name)))


def _negated(name: str) -> bool:
    """Does `name` open with a negation or a count's character (不含银行, 个别公司), not with a place that starts
    with one (无锡市人民检察院, 个旧市, 无锡市委: the directory's places too, where the segmenter has one word)?"""
    return (name[0] in "不没未非无个季" and not tokenizer.tag_names(name)[0][1].startswith("ns")
            and not any(locations.place_of(name[:size]) for size in range(2, min(4, len(name)))))


def _some_body(name: str) -> bool:
    """Is `name` "some body" or "a body" of a place, no name: 某 anywhere (北京某科技公司), or a place then
    一 (北京一公安局)?"""
    one = name.find("一")
    return "某" in name or (one > 1 and locations.place_of(name[:one]) is not None)


def _holds_person(tagged, rules) -> bool:
    """Does a job title or a person's name stand in the name (副秘书长李明, 研究所张伟)? Neither is
    ever part of an organization's name; but a title right before an association's head names its members
    (加拿大记者协会, 律师协会: `members_heads`)."""
    members = rules["members_heads"]
    if any(word in rules["titles"] and not (index + 1 < len(tagged) and tagged[index + 1][0] in members)
           for index, (word, _) in enumerate(tagged)):
        return True
    return (len(tagged) >= 2 and tagged[-1][1] in ("nr", "nrt") and tagged[-1][0] not in rules["committee_departments"]
            and any(rules["suffix_re"].fullmatch(w) for w, _ in tagged[:-1]))


def _keep_longest(hits: list[OrgHit]) -> list[OrgHit]:
    """The longest of overlapping hits; of hits on the same span the first by name, canonical name
    and code, so that the choice never depends on the set's (per-process) order."""
    hits = sorted(set(hits), key=lambda h: (h.start, -(h.end - h.start), h.name, h.canonical or "", h.stock or ""))
    out: list[OrgHit] = []
    for hit in hits:
        if out and hit.start < out[-1].end:
            if hit.end - hit.start > out[-1].end - out[-1].start:
                out[-1] = hit
            continue
        out.append(hit)
    return out
