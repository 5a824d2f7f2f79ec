"""Scaling of adversarial inputs: is the time linear in the size, whatever the input holds?

usage: python bench/scaling.py [--start 131072] [--doublings 3] [--limit 120] [--only NAME,...] [--skip-large]

Each input below is built at --start bytes and doubled --doublings times (128 KB → 1 MB by
default); each size is read, analysed and written as JSON Lines (what `newsfacts extract`
does) in a fresh process, timed from inside it. A linear path takes about twice the time per
doubling; the check is that no ratio reaches 2.5 (a quadratic path gives 4). Then a 19 MB
record against a 19 MB post of the same paragraphs: the record may take at most 1.5 times
the post's time. A size over --limit seconds is reported as such, and the next sizes of that
input are not tried.

The inputs are the shapes of issue 17: each was quadratic once.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED_PARAGRAPH = "到2025年，产业规模力争突破5000亿元，中国电气装备集团有限公司拟投资10亿元建设新工厂。"
STOCK_LINK = '<a href="http://finance.sina.com.cn/realstock/company/sh600000/nc.shtml" target="_blank">'


def _repeat(unit: str, size: int) -> str:
    """`unit` repeated to about `size` bytes of UTF-8."""
    return unit * max(1, size // len(unit.encode("utf-8")))


def build(name: str, size: int) -> str:
    """The adversarial article `name` of about `size` bytes."""
    if name == "long_sentence":                 # one sentence full of numbers: each fact repeated it whole
        return _repeat("营收增长5%，利润12亿元，", size) + "。\n"
    if name == "investment_clause":             # money facts in one endless clause: linking walked back per fact
        return _repeat("华为公司投资5亿元建设", size) + "。\n"
    if name == "record_lines":                  # a record of many lines: the body was copied per line
        return "Title: 标题\nPublished: 2022-06-16\nFull Content: " + _repeat("营收增长5%。\n", size)
    if name == "record_lt":                     # `<` without `>` in a record body
        return "Title: 标题\nFull Content: <p>营收增长5%。</p>" + _repeat("a<b ", size) + "\n"
    if name == "post_p":                        # `<p` without `>` in a post body
        return "---\ntitle: 标题\n---\n<p>营收增长5%。</p>" + _repeat("<p", size) + "\n"
    if name == "script_open":                   # `<script` without `>` in a page
        return "<html><body><p>营收增长5%。</p>" + _repeat("<script x", size)    # no `>` after it, ever
    if name == "stock_anchor":                  # one long stock-link anchor holding facts (a post: a whole page
        return f"---\ntitle: 标题\n---\n<p>营收增长5%。</p><p>{STOCK_LINK}" + \
            _repeat("浦发银行营收增长5%，", size) + "</a></p>\n"      # of nothing but a link is no article)
    if name == "yi_run":                        # 营收1 followed by runs of 亿
        return _repeat("营收1" + "亿" * 300 + "元，", size) + "。\n"
    if name == "img_captions":                  # many <img> in one block: captions looked for per image
        return "<html><body><div>" + _repeat('<img src="a.jpg">图片来源：视觉中国<br>', size) + \
            "<p>营收增长5%。</p></div></body></html>"
    if name == "plain_text":                    # the control: ordinary paragraphs
        return _repeat(SEED_PARAGRAPH + "\n", size)
    raise ValueError(name)


INPUTS = ("plain_text", "long_sentence", "investment_clause", "record_lines", "record_lt", "post_p",
          "script_open", "stock_anchor", "yi_run", "img_captions")

_TIMED = """
import sys, time, io
from newsfacts.pipeline import extract_file
from newsfacts.writers import render
extract_file(sys.argv[2])                     # tables, segmenter and patterns loaded before timing
start = time.perf_counter()
document = extract_file(sys.argv[1], max_size=1 << 30)
size = sum(len(chunk) for chunk in render("jsonl", document, lazy=True))
print(time.perf_counter() - start, size, document.error)
"""


def timed(path: Path, limit: float, warm: Path) -> tuple[float | None, int, str | None]:
    """Seconds to read, analyse and render `path` in a fresh process (None when over `limit`)."""
    try:
        done = subprocess.run([sys.executable, "-c", _TIMED, str(path), str(warm)], capture_output=True, text=True,
                              timeout=limit + 30, check=True)
    except subprocess.TimeoutExpired:
        return None, 0, None
    seconds, size, error = done.stdout.split(maxsplit=2)
    return float(seconds), int(size), None if error.strip() == "None" else error.strip()


def doubling(names, start: int, doublings: int, limit: float, folder: Path, warm: Path) -> list[dict]:
    rows = []
    print(f"| input | {' | '.join(f'{start << i >> 10} KB' for i in range(doublings + 1))} | worst ratio | output / input |")
    print("|---|" + "---|" * (doublings + 3))
    for name in names:
        times: list[float | None] = []
        output = 0
        for step in range(doublings + 1):
            path = folder / f"{name}.txt"
            text = build(name, start << step)
            path.write_text(text, encoding="utf-8")
            seconds, output, error = timed(path, limit, warm) if not times or times[-1] is not None else (None, 0, None)
            if error:
                print(f"  ({name} at {start << step} bytes: error {error})", file=sys.stderr)
            times.append(seconds)
        ratios = [b / a for a, b in zip(times, times[1:]) if a and b]
        worst = max(ratios) if len(ratios) == doublings else None
        cells = " | ".join(f"{t:.2f} s" if t is not None else f"over {limit:g} s" for t in times)
        ratio_text = f"{worst:.2f}" if worst is not None else "–"
        growth = output / len(text.encode("utf-8")) if output else 0
        print(f"| {name} | {cells} | {ratio_text} | {growth:.1f} |", flush=True)
        rows.append({"input": name, "seconds": times, "worst_ratio": worst, "ok": worst is not None and worst < 2.5})
    return rows


def record_against_post(size: int, limit: float, folder: Path, warm: Path) -> dict:
    paragraphs = _repeat(SEED_PARAGRAPH + "\n", size)
    record, post = folder / "large_record.txt", folder / "large_post.md"
    record.write_text("Title: 标题\nPublished: 2022-06-16\nFull Content: " + paragraphs, encoding="utf-8")
    post.write_text("---\ntitle: 标题\ndate: 2022-06-16\n---\n" + paragraphs, encoding="utf-8")
    post_time = timed(post, limit, warm)[0]
    record_time = timed(record, limit, warm)[0]
    ratio = record_time / post_time if record_time and post_time else None
    print(f"\n| {size >> 20} MB of paragraphs | seconds |\n|---|---|")
    print(f"| post | {post_time:.1f} |" if post_time else f"| post | over {limit:g} s |")
    print(f"| record | {record_time:.1f} |" if record_time else f"| record | over {limit:g} s |")
    print(f"record / post: {ratio:.2f}" if ratio else "record / post: –")
    return {"record": record_time, "post": post_time, "ratio": ratio, "ok": ratio is not None and ratio <= 1.5}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--start", type=int, default=128 * 1024, help="bytes of the smallest size")
    parser.add_argument("--doublings", type=int, default=3)
    parser.add_argument("--limit", type=float, default=120.0, help="seconds after which a size is given up")
    parser.add_argument("--only", default=None, help="comma-separated input names")
    parser.add_argument("--skip-large", action="store_true", help="leave out the 19 MB record against post")
    parser.add_argument("--json", default=None, help="also write the figures here")
    args = parser.parse_args()
    names = args.only.split(",") if args.only else INPUTS
    with tempfile.TemporaryDirectory(prefix="newsfacts-scaling-") as name:
        folder = Path(name)
        warm = folder / "warm.txt"
        warm.write_text(SEED_PARAGRAPH, encoding="utf-8")
        rows = doubling(names, args.start, args.doublings, args.limit, folder, warm)
        large = None if args.skip_large else record_against_post(19 * 1024 * 1024, args.limit, folder, warm)
    failed = [r["input"] for r in rows if not r["ok"]] + (["record_vs_post"] if large and not large["ok"] else [])
    if args.json:
        Path(args.json).write_text(json.dumps({"doubling": rows, "record_vs_post": large}, indent=2))
    print("\nall within bounds" if not failed else f"\nover the bounds: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    t0 = time.perf_counter()
    status = main()
    print(f"({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
    sys.exit(status)
