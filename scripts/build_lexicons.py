#!/usr/bin/env python3
"""Build the word lists that come from jieba's dictionary, so that the package
does not need jieba's frequency and tag tables at run time:

  src/newsfacts/data/org_words.txt   jieba's organization words (tag nt, and
                                     abbreviations tagged j ending in an agency
                                     character such as 证监会), three characters or more;
                                     those ending in 行 only when they end as a bank's name
  src/newsfacts/data/locations.tsv   the forms of every administrative division
                                     (data/sources/admin_divisions.tsv): full names,
                                     and short names of provinces and cities, and of
                                     districts whose short name is rare in jieba's
                                     dictionary (虹口, but not 和平, 朝阳)
  src/newsfacts/data/listed_companies.tsv  A-share short names and codes
                                     (data/sources/a_share_codes.csv, from the adata
                                     package, Apache-2.0) with the exchange suffix, and
                                     whether a name needs a company cue to mean the
                                     company (太阳能, 中国医药: made of ordinary words)

Run `python scripts/build_lexicons.py` after changing jieba's version or a source;
`--check` exits 1 when a committed file differs (tests/test_tokenizer.py runs it).
"""
from __future__ import annotations

import csv
import logging
import sys
import unicodedata
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "newsfacts" / "data"
AGENCY_ENDINGS = set("会委部局办院行署厅")
# 行 ends a bank's name (工商银行, 北京分行) but also verbs and titles jieba tags nt or j (同步进行, 三人行)
BANK_ENDINGS = ("银行", "分行", "总行", "支行", "央行", "农行", "农发行", "国开行", "开发行", "工商行", "广发行", "进出口行")
SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "地区", "省", "市", "区", "县", "盟", "旗")
LEVEL = {"province": "province", "city": "city", "county": "district"}
RANK = {"province": 0, "city": 1, "district": 2}
COMMON_WORD_FREQ = 300
# one-character abbreviations of provinces and regions: an abbreviation made of them names a route (京沪, 沪杭)
PROVINCE_CHARS = set("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼港澳台杭深穗")


def institution_heads() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The last words an organization's name ends with (公司, 大学, 学会, 党) and those that end no institution
    although their last character does (全会 is a meeting, 联军 an army of allies), from organizations.toml."""
    import tomllib

    rules = tomllib.loads((DATA / "organizations.toml").read_text(encoding="utf-8"))
    heads = rules["strong_suffixes"] + rules["weak_suffixes"] + rules["word_heads"]
    return tuple(heads), tuple(rules["word_heads_not"])


def jieba_tables():
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer.FREQ, jieba.posseg.POSTokenizer(tokenizer).word_tag_tab, jieba.__version__


# the exchange of an A-share code by its first digits (data/sources/SOURCES.md); B shares (2…, 900…) are left out:
# their short names repeat the A share's with a B
EXCHANGES = (("920", "BJ"), ("6", "SH"), ("0", "SZ"), ("3", "SZ"), ("4", "BJ"), ("8", "BJ"))
# a short name ending so is a company's own name even when its words are ordinary (春兰股份)
COMPANY_ENDINGS = ("股份", "集团", "控股")


@lru_cache(maxsize=1)
def ordinary_phrases() -> frozenset[str]:
    """Short names that are common phrases the dictionary does not hold (stocks.toml `ordinary_phrases`, which the
    stock links read too): they mean the company only beside a cue."""
    import tomllib

    return frozenset(tomllib.loads((DATA / "stocks.toml").read_text(encoding="utf-8"))["ordinary_phrases"])


def exchange(code: str) -> str | None:
    return next((suffix for prefix, suffix in EXCHANGES if code.startswith(prefix)), None)


def needs_cue(name: str, freq: dict, tags: dict) -> bool:
    """Is `name` made of ordinary dictionary words only (中国医药, 新产业, 东方电缆), so that it means the
    company only beside a company cue? A coined piece (蓝帆), single characters joined into a longer
    name (广钢气体), or one organization word (中国联通, tag nt/nz/j) make it the company's own name."""
    if name in ordinary_phrases():
        return True
    if not all("\u4e00" <= ch <= "\u9fff" for ch in name) or name.endswith(COMPANY_ENDINGS):
        return False
    if tags.get(name) in ("nt", "nz", "j") and len(name) > 3:
        return False
    pieces = _dictionary_cut(name, freq)
    if len(pieces) >= 2 and any(_proper_piece(piece, index, tags, freq) for index, piece in enumerate(pieces)):
        return False                      # 宇通|客车, 中航|光电: a brand, an organization word or a firm's abbreviation
    return all(freq.get(piece) for piece in pieces) and (len(name) <= 3 or all(len(piece) >= 2 for piece in pieces))


def _proper_piece(piece: str, index: int, tags: dict, freq: dict) -> bool:
    """Is `piece` of a listed name a word that names a firm: a brand or coined name (nz: 宇通, 华泰) or an
    organization word (nt: 中电) of two characters or more, or a rare abbreviation (j) that opens the name (中航,
    五矿; 光电, 通信, 环保 closing a name abbreviate ordinary terms)?"""
    tag = tags.get(piece)
    if len(piece) < 2:
        return False
    if tag == "j":                        # not 石化 (common), nor 京沪 (two provinces: a route, 京沪高铁 the line)
        return index == 0 and (freq.get(piece) or 0) < COMMON_WORD_FREQ and not all(ch in PROVINCE_CHARS for ch in piece)
    return tag in ("nz", "nt")


def _dictionary_cut(text: str, freq: dict) -> list[str]:
    """Longest dictionary words left to right (enough to tell a coined piece from ordinary words)."""
    pieces, position = [], 0
    while position < len(text):
        end = next((e for e in range(len(text), position + 1, -1) if freq.get(text[position:e])), position + 1)
        pieces.append(text[position:end])
        position = end
    return pieces


def listed_companies(freq: dict, tags: dict) -> str:
    best: dict[str, tuple[str, str]] = {}          # form → (list date, code)
    with open(DATA / "sources" / "a_share_codes.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            code, suffix = row["stock_code"], exchange(row["stock_code"])
            name = unicodedata.normalize("NFKC", row["short_name"]).replace(" ", "")
            if suffix is None or code.startswith("900") or name.startswith("PT") or name.endswith("退"):
                continue
            forms = [name] + ([name[:-1]] if name.endswith("A") and len(name) >= 3 and not name[-2].isascii() else [])
            for form in forms:
                if form not in best or row["list_date2"] > best[form][0]:
                    best[form] = (row["list_date2"], f"{code}.{suffix}")
    lines = ["# A-share short names → codes, from data/sources/a_share_codes.csv (adata 2.9.5, Apache-2.0, as of 2023-10),",
             "# generated by scripts/build_lexicons.py; do not edit. Names NFKC-normalized without spaces (万  科Ａ → 万科A,",
             "# also 万科); B shares, PT and 退 names left out; a name listed twice keeps its latest listing.",
             "# needs_cue: yes when the name is made of ordinary words (太阳能, 中国医药) and means the company only",
             "# beside a company cue.",
             "form\tcode\tneeds_cue"]
    lines += [f"{form}\t{code}\t{'yes' if needs_cue(form, freq, tags) else 'no'}" for form, (_, code) in sorted(best.items())]
    return "\n".join(lines) + "\n"


def short_name(name: str) -> str | None:
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return None


def build() -> dict[str, str]:
    freq, tags, version = jieba_tables()
    heads, not_heads = institution_heads()
    words = sorted(w for w, t in tags.items() if len(w) >= 3 and (t == "nt" or (t == "j" and w[-1] in AGENCY_ENDINGS))
                   and (not w.endswith("行") or w.endswith(BANK_ENDINGS)) and w.endswith(heads) and not w.endswith(not_heads))
    org_words = (f"# Organization words of jieba {version}'s dictionary (tag nt; tag j ending in 会委部局办院行署厅;\n"
                 "# a word ending in 行 only as a bank: 银行, 分行, 总行, 支行, 央行, 农发行) that end with an\n"
                 "# institution's head (organizations.toml: the suffixes and word_heads, not word_heads_not),\n"
                 "# generated by scripts/build_lexicons.py; do not edit.\n" + "\n".join(words) + "\n")
    forms: dict[str, tuple[str, str, str]] = {}
    rows = (DATA / "sources" / "admin_divisions.tsv").read_text(encoding="utf-8").splitlines()
    header = rows[0].split("\t")
    for line in rows[1:]:
        row = dict(zip(header, line.split("\t")))
        if row["kind"] != "admin":
            continue
        admin = LEVEL[row["level"]]
        candidates = [row["name"]]
        short = short_name(row["name"])
        if short and (admin != "district" or (freq.get(short) or 0) < COMMON_WORD_FREQ):
            candidates.append(short)
        for form in candidates:
            if form not in forms or RANK[admin] < RANK[forms[form][1]]:
                forms[form] = (row["name"], admin, row["code"])
    lines = ["# Place forms from data/sources/admin_divisions.tsv, generated by scripts/build_lexicons.py; do not edit.",
             "form\tname\tadmin\tcode"]
    lines += [f"{form}\t{name}\t{admin}\t{code}" for form, (name, admin, code) in sorted(forms.items())]
    return {"org_words.txt": org_words, "locations.tsv": "\n".join(lines) + "\n",
            "listed_companies.tsv": listed_companies(freq, tags)}


def main() -> int:
    files = build()
    if "--check" in sys.argv:
        stale = [name for name, text in files.items() if (DATA / name).read_text(encoding="utf-8") != text]
        if stale:
            print(f"out of date: {', '.join(stale)}: run python scripts/build_lexicons.py", file=sys.stderr)
            return 1
        return 0
    for name, text in files.items():
        (DATA / name).write_text(text, encoding="utf-8")
        print(f"wrote {DATA / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
