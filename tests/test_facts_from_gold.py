"""Every hand-written gold fact of the dev set, one test case each, named after its article.

A case passes when the document's body has a fact of the same type whose value
matches by the rules of ../shared/tools/score.py (bench/score.py) and whose text
overlaps the gold span. Known failures are listed with a reason in
tests/data/known_fact_failures.tsv and run as xfail.
"""
from __future__ import annotations

import importlib.util

import pytest
from conftest import CORPUS, DATA, GOLD, ROOT, extracted, load_gold

_spec = importlib.util.spec_from_file_location("score", ROOT / "bench" / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

NUMBER_TYPES = ("money", "quantity", "percent", "count", "year", "date")
KNOWN = {}
for line in (DATA / "known_fact_failures.tsv").read_text(encoding="utf-8").splitlines():
    if line and not line.startswith("#"):
        case, reason = line.split("\t", 1)
        KNOWN[case] = reason


def _cases():
    for path in sorted(GOLD.glob("*.json")):
        gold = load_gold(path)
        for index, fact in enumerate(gold["facts"]):
            if fact["type"] not in NUMBER_TYPES:
                continue
            case = f"{gold['file']}#{index}:{fact['type']}:{fact['text']}"
            marks = [pytest.mark.xfail(reason=KNOWN[case])] if case in KNOWN else []
            yield pytest.param(gold["file"], fact, id=case, marks=marks)


def _overlap(a: str, b: str) -> bool:
    return bool(a) and bool(b) and (a in b or b in a)


@pytest.mark.parametrize("name,gold", list(_cases()))
def test_gold_fact_is_found(name, gold):
    doc = extracted(str(CORPUS / name))
    kind = gold["type"]
    found = [f.to_dict() for f in doc.facts if f.where == "body" and f.type == kind]
    matches = [f for f in found if score.key_match(kind, gold, f) and _overlap(f["text"], gold["text"])]
    assert matches, f"{gold} not among {[(f['text'], f.get('value', f.get('year'))) for f in found][:20]}"
    if kind in ("money", "quantity", "percent", "count"):
        assert any((f.get("qualifier") or None) == (gold.get("qualifier") or None) for f in matches)
