#!/usr/bin/env python3
"""Per-type precision, recall and F1 of newsfacts against a folder of gold files.

usage: python bench/accuracy.py [--gold fixtures/gold] [--articles fixtures/corpus] [--errors FILE]

Runs the extractor on the article of each gold file (found in --articles, or
in seeds/), writes the predictions as JSON Lines to bench/out/predictions.jsonl,
then scores them with bench/score.py, a copy of ../shared/tools/score.py, so
that the figures printed here are the shared tool's figures.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", default=str(ROOT / "fixtures" / "gold"))
    parser.add_argument("--articles", default=str(ROOT / "fixtures" / "corpus"))
    parser.add_argument("--out", default=str(ROOT / "bench" / "out" / "predictions.jsonl"))
    parser.add_argument("--errors", help="write per-document misses and false positives here (JSON)")
    parser.add_argument("--json", help="write the figures here (JSON)")
    args = parser.parse_args()

    from newsfacts.pipeline import extract_file

    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as out:
        for gold_path in sorted(Path(args.gold).glob("*.json")):
            name = json.loads(gold_path.read_text(encoding="utf-8"))["file"]
            article = next((p for p in (Path(args.articles) / name, ROOT / "seeds" / name) if p.exists()), None)
            if article is None:
                print(f"accuracy: no article {name} for {gold_path.name}", file=sys.stderr)
                continue
            out.write(json.dumps(extract_file(str(article)).to_dict(), ensure_ascii=False) + "\n")
    command = [sys.executable, str(ROOT / "bench" / "score.py"), args.gold, args.out]
    if args.errors:
        command += ["--errors", args.errors]
    if args.json:
        command += ["--json", args.json]
    return subprocess.call(command)


if __name__ == "__main__":
    sys.exit(main())
