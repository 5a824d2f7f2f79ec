#!/usr/bin/env python3
"""Build the package's sector taxonomy, src/newsfacts/data/sectors.tsv.

Inputs (all in src/newsfacts/data/sources/, see SOURCES.md there):
  gbt4754_2017.tsv  GB/T 4754-2017 国民经济行业分类 (门类, 大类, 中类 are used)
  sei_2018.tsv      战略性新兴产业分类（2018）, levels 1–2
  sw2021.tsv        申万行业分类 2021, levels 1–3
  policy_sectors.tsv  the policy vocabulary of economic news, with synonyms,
                    parents and the official code where one fits

Each output row is one sector: its canonical name, every surface form, its
parent, the taxonomy and code that name it (inherited from the nearest
ancestor with a code when the sector has none of its own), and whether it is
a generic word. Run `python scripts/build_sectors.py` after changing a source;
tests/test_sectors.py checks that the committed file is in sync.
"""
from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src" / "newsfacts" / "data" / "sources"
OUTPUT = ROOT / "src" / "newsfacts" / "data" / "sectors.tsv"
HEADER = ("name", "forms", "parent", "taxonomy", "code", "generic", "origin")
SKIPPED_NAMES = {"综合", "其他"}
# official classes that news name as something else than an industry: institutions or groups of them (国际组织,
# 博物馆: 主要国际组织预期, 美国现代艺术博物馆), and the two halves of 电力、热力生产和供应业 that news write for the
# supply and output of power (电力供应不足, 电力生产增速); the whole class keeps its name
NOT_INDUSTRIES = {"国际组织", "博物馆", "电力供应", "电力生产"}
TAXONOMY_RANK = {"policy": 0, "sei_2018": 1, "gbt4754_2017": 2, "sw2021": 3}


def read_tsv(path: Path) -> list[dict[str, str]]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t", quoting=csv.QUOTE_NONE))


def clean_name(name: str) -> str:
    return name.replace("Ⅱ", "").replace("Ⅲ", "").strip()


def without_suffix(name: str) -> str:
    for suffix in ("产业", "行业"):
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


def _catch_all(name: str, taxonomy: str) -> bool:
    """Is `name` one of 申万's catch-all classes, a sector's others (旅游综合, 农业综合)? News write `X综合` for a
    measure (实现旅游综合收入23.01亿元: unseen8 page zxfnews-1), never for an industry."""
    return taxonomy == "sw2021" and name.endswith("综合")


def official_rows():
    """(name, code, taxonomy, parent name) of the official classes that news may name."""
    for taxonomy, levels in (("sei_2018", {"1", "2"}), ("gbt4754_2017", {"1", "2", "3"}), ("sw2021", {"1", "2", "3"})):
        rows = read_tsv(SOURCES / f"{taxonomy}.tsv")
        names = {row["code"]: clean_name(row["name"]) for row in rows}
        for row in rows:
            name = clean_name(row["name"])
            if row["level"] not in levels or name in SKIPPED_NAMES or name in NOT_INDUSTRIES or len(name) < 2 \
                    or _catch_all(name, taxonomy):
                continue
            yield name, row["code"], taxonomy, names.get(row["parent_code"], "")


def build() -> str:
    sectors: dict[str, dict] = {}
    for name, code, taxonomy, parent in official_rows():
        canonical = without_suffix(name) if taxonomy == "sei_2018" else name
        entry = sectors.setdefault(canonical, {"forms": [], "parent": "", "taxonomy": "", "code": "", "generic": "", "origin": taxonomy})
        # an official name with 、 is often written without it (计算机通信和其他电子设备制造业)
        for form in (name, canonical, name.replace("、", ""), canonical.replace("、", "")):
            if form not in entry["forms"]:
                entry["forms"].append(form)
        if not entry["code"] or TAXONOMY_RANK[taxonomy] < TAXONOMY_RANK.get(entry["taxonomy"], 9):
            entry.update(taxonomy=taxonomy, code=code)
        if not entry["parent"] and parent:
            entry["parent"] = without_suffix(parent) if taxonomy == "sei_2018" else parent
        if len(canonical) <= 2 and entry["origin"] != "policy":
            entry["generic"] = "yes"
    for row in read_tsv(SOURCES / "policy_sectors.tsv"):
        name = row["name"]
        entry = sectors.setdefault(name, {"forms": [], "parent": "", "taxonomy": "", "code": "", "generic": "", "origin": "policy"})
        entry["origin"] = "policy"
        for form in [name] + [s for s in row["synonyms"].split("|") if s]:
            if form not in entry["forms"]:
                entry["forms"].append(form)
        if row["parent"]:
            entry["parent"] = without_suffix(row["parent"]) if without_suffix(row["parent"]) in sectors else row["parent"]
        if row["taxonomy"]:
            entry.update(taxonomy=row["taxonomy"], code=row["code"])
        entry["generic"] = row["generic"]
    _fold_official_names(sectors)
    # a surface form belongs to one sector: the policy row wins, then the official row whose canonical name it is
    owner: dict[str, str] = {}
    for name, entry in sorted(sectors.items(), key=lambda item: (item[1]["origin"] != "policy", item[0])):
        for form in entry["forms"]:
            if form == name or form not in owner:
                owner[form] = name
    lines = ["# Sector taxonomy of newsfacts, generated by scripts/build_sectors.py from data/sources/ (do not edit).",
             "# Columns: name; forms (|); parent; taxonomy and code (own, or the nearest ancestor's); generic; origin.",
             "\t".join(HEADER)]
    for name in sorted(sectors):
        entry = sectors[name]
        taxonomy, code = entry["taxonomy"], entry["code"]
        seen, parent = {name}, entry["parent"]
        while not code and parent in sectors and parent not in seen:
            seen.add(parent)
            taxonomy, code = sectors[parent]["taxonomy"], sectors[parent]["code"]
            parent = sectors[parent]["parent"]
        forms = [f for f in entry["forms"] if owner.get(f) == name]
        if not forms:
            continue
        lines.append("\t".join((name, "|".join(forms), entry["parent"], taxonomy or "newsfacts", code,
                                entry["generic"], entry["origin"])))
    return "\n".join(lines) + "\n"


def _fold_official_names(sectors: dict[str, dict]) -> None:
    """An official class named as a policy row plus 业, with the row's own code (邮政业 of 邮政, GB/T 60; 管道运输业 of
    管道运输, 57), is that row's sector: one industry has one canonical name, and its official name is a form of it
    (round 15: `电力、管道运输、邮政等行业` and `全省邮政业增长6.1倍` name one industry each)."""
    for name, entry in list(sectors.items()):
        short = sectors.get(name[:-1]) if name.endswith("业") and not name.endswith(("产业", "行业")) else None
        if short is None or short["origin"] != "policy" or entry["origin"] == "policy" \
                or (short["taxonomy"], short["code"]) != (entry["taxonomy"], entry["code"]):
            continue
        short["forms"] += [form for form in entry["forms"] if form not in short["forms"]]
        del sectors[name]
        for other in sectors.values():
            if other["parent"] == name:
                other["parent"] = name[:-1]


def main() -> int:
    text = build()
    if "--check" in sys.argv:
        if OUTPUT.read_text(encoding="utf-8") != text:
            print(f"{OUTPUT} is out of date: run python scripts/build_sectors.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT} ({text.count(chr(10)) - 3} sectors)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
