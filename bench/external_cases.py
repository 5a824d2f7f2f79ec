#!/usr/bin/env python3
"""Other projects' numeral, money and date test cases, restated under SPEC, scored per source.

usage: python bench/external_cases.py [--table tests/data/external_cases.tsv] [--show-misses]

The table (`tests/data/external_cases.tsv`, its header names the sources, commits and
licences) holds each case of JioNLP's and cn2an's own tests as the SPEC facts it
makes, or "drop" with the reason SPEC makes no fact of it. Each kept case is read
with `extract_text` (its publication date when it has one); the facts of the case's
scored types are matched to the expected ones: same type (date and target year
compare as one family, by value), same value, and the same currency, unit,
qualifier, low and high where the table states them. Printed per source: cases
kept and dropped, precision, recall and F1 over facts, and the share of cases read
exactly (every expected fact found, nothing else).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_WHEN = {"date", "year"}


def read_table(path: Path) -> list[dict]:
    """The table's rows as dicts (header comments skipped); `expected` parsed, None when dropped."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    header = lines[0].split("\t")
    rows = []
    for line in lines[1:]:
        row = dict(zip(header, line.split("\t")))
        row["expected"] = None if row["expected"] == "drop" else json.loads(row["expected"])
        rows.append(row)
    return rows


def found_facts(row: dict) -> list[dict]:
    """The facts newsfacts reads in the row's text, of the row's scored types, as plain dicts."""
    from newsfacts import extract_text

    types = set(row["types"].split(","))
    doc = extract_text(row["text"], published=row["published"] or None)
    return [{"type": f.type, **{k: f.get(k) for k in f.attrs}} for f in doc.facts if f.type in types]


def _same_value(expected, found) -> bool:
    if isinstance(expected, (int, float)) and not isinstance(expected, bool):
        try:
            number = float(found)
        except (TypeError, ValueError):
            return False
        return abs(number - expected) <= 1e-9 * max(1.0, abs(expected))
    return str(expected) == str(found)


def matches(expected: dict, found: dict) -> bool:
    """Does a found fact say what the expected one says (its stated fields only)?"""
    same_type = expected["type"] == found["type"] or {expected["type"], found["type"]} <= _WHEN
    if not same_type:
        return False
    for key, value in expected.items():
        if key == "type":
            continue
        got = found.get("year") if key == "value" and found["type"] == "year" else found.get(key)
        if key == "value" and expected["type"] in _WHEN:
            got = found.get("year") if found["type"] == "year" else found.get("value")
        if not _same_value(value, got):
            return False
    return True


def score_case(expected: list[dict], found: list[dict]) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives) of one case, matched greedily."""
    left = list(found)
    tp = 0
    for fact in expected:
        hit = next((i for i, f in enumerate(left) if matches(fact, f)), None)
        if hit is not None:
            left.pop(hit)
            tp += 1
    return tp, len(left), len(expected) - tp


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--table", default=str(ROOT / "tests" / "data" / "external_cases.tsv"))
    parser.add_argument("--show-misses", action="store_true", help="print each case not read exactly")
    parser.add_argument("--json", help="write the figures here (JSON)")
    args = parser.parse_args()

    totals: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row in read_table(Path(args.table)):
        counts = totals[row["source"]]
        if row["expected"] is None:
            counts["dropped"] += 1
            continue
        found = found_facts(row)
        tp, fp, fn = score_case(row["expected"], found)
        counts["kept"] += 1
        counts["tp"] += tp
        counts["fp"] += fp
        counts["fn"] += fn
        counts["exact"] += fp == fn == 0
        if args.show_misses and (fp or fn):
            shown = [{k: v for k, v in f.items() if v is not None and k in ("type", "value", "year", "currency", "unit", "qualifier", "low", "high")}
                     for f in found]
            print(f"MISS {row['source']}\t{row['case']}\texpected {json.dumps(row['expected'], ensure_ascii=False)}"
                  f"\tfound {json.dumps(shown, ensure_ascii=False, default=str)}")
    figures = {}
    print(f"{'source':40} {'kept':>5} {'drop':>5} {'P':>6} {'R':>6} {'F1':>6} {'exact':>6}")
    for source in sorted(totals) + ["all"]:
        c = totals[source] if source != "all" else {k: sum(t[k] for t in totals.values()) for k in ("kept", "dropped", "tp", "fp", "fn", "exact")}
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        exact = c["exact"] / c["kept"] if c["kept"] else 0.0
        figures[source] = {"kept": c["kept"], "dropped": c["dropped"], "precision": p, "recall": r, "f1": f1, "exact": exact}
        print(f"{source:40} {c['kept']:5d} {c['dropped']:5d} {p:6.3f} {r:6.3f} {f1:6.3f} {exact:6.3f}")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
