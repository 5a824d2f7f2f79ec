"""The reference article end to end: metadata, cleaning, stock links, and the issue's thresholds
scored by bench/score.py (a copy of ../shared/tools/score.py) against fixtures/seed_gold."""
from __future__ import annotations

import json
import subprocess
import sys

from conftest import FIXTURES, ROOT


def test_seed_metadata(seed_document):
    doc = seed_document
    assert doc.error is None
    assert doc.kind == "post"
    assert doc.published == "2022-06-16T13:08:47+08:00"     # the post says 05:08:47 GMT
    assert doc.title.startswith("上海全球投资促进大会举行")
    assert doc.reporter == "杨舒鸿吉"
    assert doc.editor == "吴剑"
    assert doc.categories == ["金融", "新浪财经", "新浪财经－国內"]


def test_seed_body_is_clean(seed_document):
    text = seed_document.text
    assert text.startswith("2022年6月16日，2022上海全球投资促进大会")
    assert text.endswith("可供物业用地2900万平方米。")
    for boilerplate in ("杨舒鸿吉", "吴剑", "视觉中国", "海量资讯", "appendQr", "<", "{", "　　"):
        assert boilerplate not in text
    assert "蓝帆医疗科创总部" in text


def test_seed_stocks(seed_document):
    stocks = {s.code: (s.name, s.in_context) for s in seed_document.stocks}
    assert stocks == {
        "002382.SZ": ("蓝帆医疗", True),
        "300832.SZ": ("新产业", False),
        "300024.SZ": ("机器人", False),
    }


def test_seed_scores_meet_the_thresholds(seed_document, tmp_path):
    predictions = tmp_path / "seed.jsonl"
    predictions.write_text(json.dumps(seed_document.to_dict(), ensure_ascii=False) + "\n", encoding="utf-8")
    figures = tmp_path / "figures.json"
    command = [sys.executable, str(ROOT / "bench" / "score.py"), str(FIXTURES / "seed_gold"), str(predictions),
               "--json", str(figures)]
    for kind, least in (("money", 0.97), ("quantity", 0.97), ("percent", 0.97), ("year", 0.97), ("date", 0.97),
                        ("count", 0.95), ("sector", 0.95), ("target", 1.0), ("investment", 1.0)):
        command += ["--min", f"{kind}={least}"]
    result = subprocess.run(command, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
    scores = json.loads(figures.read_text(encoding="utf-8"))
    assert scores["qualifier_acc"] >= 0.95 and scores["offsets_ok"] == 1.0 and scores["stock_in_context_acc"] == 1.0


def test_seed_targets_and_investments(seed_document):
    facts = seed_document.facts
    targets = [(f.get("year"), f.get("metric"), f.get("subject"), f.get("value"), f.get("qualifier"))
               for f in facts if f.type == "target"]
    assert targets == [(2025, "产业规模", "绿色低碳", 500000000000, "min"),
                       (2025, "产业规模", "元宇宙", 350000000000, "min"),
                       (2025, "产业规模", "智能终端", 700000000000, "min")]
    investments = [(f.get("investor"), f.get("value"), f.get("status")) for f in facts if f.type == "investment"]
    assert investments == [("小华半导体", 800000000, "planned"), ("亚盛医药", 3000000000, "planned"),
                           ("亿咖通", 1500000000, "planned"), ("中国电气装备集团有限公司", 1000000000, "planned"),
                           ("中铁四局", 1500000000, "planned")]
    by_investor = {f.get("investor"): f for f in facts if f.type == "investment"}
    assert by_investor["亿咖通"].get("purpose").startswith("建设自动驾驶与超级大脑研发中心")
    for joined in (f for f in facts if f.type in ("target", "investment")):
        kinds = [facts[i].type for i in joined.get("facts")]
        assert kinds in (["year", "money"], ["organization", "money"])
        assert facts[joined.get("facts")[-1]].get("value") == joined.get("value")
