#!/usr/bin/env python3
# Vendored copy of ../shared/tools/score.py (the team-wide scorer), so that bench/accuracy.py
# and the shared tool compute the same figures. Keep it identical to the shared file.
"""Score newsfacts JSONL output against gold annotations (SPEC.md §3).

usage: score.py GOLD_DIR PRED.jsonl [--min TYPE=F1 ...] [--json OUT]

Gold: one JSON file per article, {"file": name, "facts": [...], "sectors": [...],
"stocks": [...], "body_contains": [...], "body_excludes": [...]}.
Mention types are matched as multisets per document on their normalized value;
sectors as per-document sets of normalized names. Only body facts are scored.
"""
import argparse
import json
import math
import os
import sys
from collections import defaultdict

MENTION_TYPES = ["money", "quantity", "percent", "count", "year", "date"]
BOILERPLATE = ["海量资讯", "责任编辑", "appendQr", "{", "}", "<", ">", "图片来源", "新浪财经APP", "文末二维码"]


def num(x):
    try:
        return float(x)
    except (TypeError, ValueError):
        return None


def close(a, b, rel=1e-6, abs_=1e-9):
    a, b = num(a), num(b)
    return a is not None and b is not None and math.isclose(a, b, rel_tol=rel, abs_tol=abs_)


def key_match(t, g, p):
    if t == "money":
        return close(g.get("value"), p.get("value")) and (g.get("currency") or "CNY") == (p.get("currency") or "CNY")
    if t == "quantity":
        return close(g.get("value"), p.get("value"), rel=1e-3) and g.get("unit") == p.get("unit")
    if t == "percent":
        return close(g.get("value"), p.get("value"), rel=1e-3, abs_=0.01)
    if t == "count":
        return close(g.get("value"), p.get("value"))
    if t == "year":
        py = p.get("year", p.get("value"))
        return close(g.get("year"), py)
    if t == "date":
        return str(g.get("value")) == str(p.get("value"))
    return False


def norm_sector(s):
    s = (s or "").strip()
    for suf in ("产业", "行业"):
        if s.endswith(suf) and len(s) > len(suf) + 1:
            s = s[: -len(suf)]
    return s


def load_preds(path):
    preds = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            d = json.loads(line)
            preds[os.path.basename(d.get("source") or "")] = d
    return preds


def match(t, gold, pred):
    used = [False] * len(pred)
    pairs = []
    for g in gold:
        for i, p in enumerate(pred):
            if not used[i] and key_match(t, g, p):
                used[i] = True
                pairs.append((g, p))
                break
    return pairs


def overlap(a, b):
    a, b = (a or "").strip("“”\"' "), (b or "").strip("“”\"' ")
    return bool(a) and bool(b) and (a in b or b in a)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--min", action="append", default=[], help="TYPE=F1 threshold; exit 1 if below")
    ap.add_argument("--json")
    ap.add_argument("--errors", help="write per-document misses and false positives here")
    a = ap.parse_args()

    preds = load_preds(a.pred)
    tp, fp, fn = defaultdict(int), defaultdict(int), defaultdict(int)
    qual_ok = qual_n = obj_ok = obj_n = 0
    offs_ok = offs_n = 0
    stock_ok = stock_n = 0
    leaks, missing_body, missing_docs = [], [], []
    errors = []
    golds = sorted(f for f in os.listdir(a.gold) if f.endswith(".json"))
    for gf in golds:
        g = json.load(open(os.path.join(a.gold, gf), encoding="utf-8"))
        name = os.path.basename(g["file"])
        d = preds.get(name)
        if d is None or d.get("error"):
            missing_docs.append(name)
            d = {"facts": [], "text": ""}
        text = d.get("text") or ""
        facts = [f for f in d.get("facts") or [] if (f.get("where") or "body") == "body"]
        for f in facts:
            if isinstance(f.get("start"), int) and isinstance(f.get("end"), int):
                offs_n += 1
                offs_ok += text[f["start"]:f["end"]] == f.get("text")
        doc_err = {"file": name, "missed": [], "extra": []}
        for t in MENTION_TYPES:
            if t in g.get("skip_types", []):
                continue
            gl = [x for x in g.get("facts", []) if x["type"] == t]
            pl = [x for x in facts if x.get("type") == t and (t != "year" or x.get("role", "target") == "target")]
            pairs = match(t, gl, pl)
            tp[t] += len(pairs)
            fn[t] += len(gl) - len(pairs)
            fp[t] += len(pl) - len(pairs)
            matched_g = {id(x) for x, _ in pairs}
            matched_p = {id(y) for _, y in pairs}
            doc_err["missed"] += [f"{t}:{x.get('text')}" for x in gl if id(x) not in matched_g]
            doc_err["extra"] += [f"{t}:{x.get('text')}={x.get('value', x.get('year'))}" for x in pl if id(x) not in matched_p]
            for x, y in pairs:
                if t in ("money", "quantity", "percent", "count"):
                    qual_n += 1
                    qual_ok += (x.get("qualifier") or None) == (y.get("qualifier") or None)
                if t == "count" and x.get("object"):
                    obj_n += 1
                    obj_ok += overlap(x.get("object"), y.get("object"))
        gs = {norm_sector(s) for alt in g.get("sectors", []) for s in [alt.split("|")[0]]}
        galts = {norm_sector(s): {norm_sector(v) for v in alt.split("|")} for alt in g.get("sectors", []) for s in [alt.split("|")[0]]}
        ps = set()
        for f in facts:
            if f.get("type") == "sector":
                ps.add((norm_sector(f.get("name")), norm_sector(f.get("text"))))
        optional = {norm_sector(v) for alt in g.get("sectors_optional", []) for v in alt.split("|")}
        hit_g = set()
        for pn, pt in ps:
            found = [k for k, alts in galts.items() if pn in alts or pt in alts]
            if found:
                hit_g.update(found)
            elif pn in optional or pt in optional:
                continue
            else:
                fp["sector"] += 1
                doc_err["extra"].append(f"sector:{pn}")
        # several predicted names may hit one gold sector; count each gold once
        tp["sector"] += len(hit_g)
        fn["sector"] += len(gs - hit_g)
        doc_err["missed"] += [f"sector:{s}" for s in gs - hit_g]
        # organizations: per-document sets, a prediction matches a gold name it contains or is contained in
        if "organizations" in g:
            # "A|B": one organization under two names; either matches
            gorgs = [o.split("|") for o in dict.fromkeys(g["organizations"])]
            porgs = list(dict.fromkeys(f.get("name") or f.get("text") for f in facts if f.get("type") == "organization"))
            hit = [alts for alts in gorgs if any(overlap(a, po) for a in alts for po in porgs)]
            tp["organization"] += len(hit)
            fn["organization"] += len(gorgs) - len(hit)
            doc_err["missed"] += [f"organization:{alts[0]}" for alts in gorgs if alts not in hit]
            for po in porgs:
                if not any(overlap(a, po) for alts in gorgs for a in alts):
                    fp["organization"] += 1
                    doc_err["extra"].append(f"organization:{po}")
        # targets and investments: matched on their year/value, and investor name
        for t, key in (("target", ("year",)), ("investment", ("investor",))):
            if t + "s" not in g:
                continue
            gl = g[t + "s"]
            pl = [f for f in facts if f.get("type") == t]
            used = [False] * len(pl)
            for x in gl:
                for i, y in enumerate(pl):
                    same_key = all(overlap(str(x.get(k)), str(y.get(k))) if k == "investor" else x.get(k) == y.get(k) for k in key)
                    if not used[i] and same_key and close(x.get("value"), y.get("value")):
                        used[i] = True
                        tp[t] += 1
                        break
                else:
                    fn[t] += 1
                    doc_err["missed"].append(f"{t}:{x}")
            fp[t] += used.count(False)
        gstocks = {s["code"]: s for s in g.get("stocks", [])}
        for s in d.get("stocks") or []:
            if s.get("code") in gstocks:
                stock_n += 1
                stock_ok += bool(s.get("in_context", True)) == bool(gstocks[s["code"]].get("in_context", True))
        for b in BOILERPLATE:
            if b in text:
                leaks.append(f"{name}: {b}")
        for s in g.get("body_excludes", []):
            if s in text:
                leaks.append(f"{name}: {s}")
        for s in g.get("body_contains", []):
            if s not in text:
                missing_body.append(f"{name}: {s[:30]}")
        errors.append(doc_err)

    rows = {}
    for t in MENTION_TYPES + ["sector", "organization", "target", "investment"]:
        p = tp[t] / (tp[t] + fp[t]) if tp[t] + fp[t] else 0.0
        r = tp[t] / (tp[t] + fn[t]) if tp[t] + fn[t] else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        rows[t] = {"p": p, "r": r, "f1": f1, "tp": tp[t], "fp": fp[t], "fn": fn[t]}
    core = MENTION_TYPES + ["sector"]
    allt = sum(tp[t] for t in core), sum(fp[t] for t in core), sum(fn[t] for t in core)
    P = allt[0] / (allt[0] + allt[1]) if sum(allt[:2]) else 0.0
    R = allt[0] / (allt[0] + allt[2]) if allt[0] + allt[2] else 0.0
    rows["all"] = {"p": P, "r": R, "f1": 2 * P * R / (P + R) if P + R else 0.0, "tp": allt[0], "fp": allt[1], "fn": allt[2]}
    extra = {
        "docs": len(golds),
        "docs_missing_or_failed": missing_docs,
        "qualifier_acc": qual_ok / qual_n if qual_n else None,
        "count_object_acc": obj_ok / obj_n if obj_n else None,
        "offsets_ok": offs_ok / offs_n if offs_n else None,
        "stock_in_context_acc": stock_ok / stock_n if stock_n else None,
        "boilerplate_leaks": leaks,
        "body_missing": missing_body,
    }
    print(f"{'type':12} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}")
    for t, v in rows.items():
        print(f"{t:12} {v['p']:6.3f} {v['r']:6.3f} {v['f1']:6.3f} {v['tp']:5d} {v['fp']:5d} {v['fn']:5d}")
    for k, v in extra.items():
        if isinstance(v, list):
            print(f"{k}: {len(v)}" + (f"  e.g. {v[:3]}" if v else ""))
        else:
            print(f"{k}: {v if v is None else round(v, 3)}")
    if a.json:
        json.dump({"rows": rows, **extra}, open(a.json, "w"), ensure_ascii=False, indent=1)
    if a.errors:
        json.dump(errors, open(a.errors, "w"), ensure_ascii=False, indent=1)
    short = []
    for m in a.min:
        t, v = m.split("=")
        if rows[t]["f1"] < float(v):
            short.append(f"{t} F1 {rows[t]['f1']:.3f} < {v}")
    print("; ".join(short) if short else f"all F1 {rows['all']['f1']:.3f}; thresholds met")
    sys.exit(1 if short else 0)


if __name__ == "__main__":
    main()
