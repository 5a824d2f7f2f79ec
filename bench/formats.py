#!/usr/bin/env python3
"""Documents per second for each output format, and the per-article cost of the output work.

usage: python bench/formats.py [--copies 40] [--jobs 1] [--passes 5]

1. formats: a folder of --copies copies of every fixture article (fixtures/corpus and
   fixtures/html), written by `newsfacts extract --jobs J -o OUT` in each format;
   wall time and documents per second.
2. per article: the JSON Lines of each fixture article rendered in this process, best of
   --passes (process CPU time), with the output's own passes (Beijing clock, direction of change, doc_id) on
   and, in the same run and alternating, off: what they cost per article.
"""
from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMATS = {"json": "out.json", "jsonl": "out.jsonl", "csv": "out.csv", "parquet": "out.parquet", "sqlite": "out.sqlite"}


def fixture_articles() -> list[Path]:
    return [p for folder in ("corpus", "html") for p in sorted((ROOT / "fixtures" / folder).iterdir())
            if p.suffix in (".txt", ".html")]


def formats(copies: int, jobs: int) -> None:
    sources = fixture_articles()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp) / "articles"
        folder.mkdir()
        for copy in range(copies):
            for path in sources:
                shutil.copy(path, folder / f"{copy:03d}-{path.name}")
        count = copies * len(sources)
        print(f"1. formats ({count} documents, --jobs {jobs})")
        print("| format | wall seconds | CPU seconds | documents per CPU second |")
        print("|---|---|---|---|")
        for name, out in FORMATS.items():
            target = Path(temp) / out
            start, cpu = time.perf_counter(), _children_cpu()
            subprocess.run([sys.executable, "-m", "newsfacts", "extract", "--no-progress", "--jobs", str(jobs), "-o", str(target),
                            str(folder)], check=True)
            seconds, cpu = time.perf_counter() - start, _children_cpu() - cpu
            print(f"| {name} | {seconds:.1f} | {cpu:.1f} | {count / cpu:.0f} |", flush=True)


def _children_cpu() -> float:
    """User + system time of finished child processes: on a shared machine wall time says more about
    the neighbours than about the program."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def per_article(passes: int) -> None:
    from newsfacts import direction, pipeline, tokenizer
    from newsfacts.writers import render

    paths = [str(p) for p in fixture_articles()]
    tokenizer.warm_up()
    for path in paths:
        pipeline.extract_file(path)                                    # warm-up: tables, patterns
    real = (pipeline.with_directions, pipeline.in_beijing)
    off = (lambda facts, title, body: facts, lambda published, keep_offset=False: published)
    best = {"on": float("inf"), "off": float("inf")}
    for _ in range(passes):
        for label, (directions, clock) in (("off", off), ("on", real)):
            pipeline.with_directions, pipeline.in_beijing = directions, clock
            start = time.process_time()
            out = io.StringIO()
            for path in paths:
                out.write(render("jsonl", pipeline.extract_file(path)))
            best[label] = min(best[label], (time.process_time() - start) / len(paths))
    pipeline.with_directions, pipeline.in_beijing = real
    assert direction                                                   # the module under test
    print(f"\n2. per article, JSON Lines ({len(paths)} fixture articles, best of {passes}, CPU time)")
    print("| output passes | ms per article |")
    print("|---|---|")
    print(f"| off (no direction, no clock) | {best['off'] * 1000:.2f} |")
    print(f"| on | {best['on'] * 1000:.2f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=40)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--passes", type=int, default=5)
    args = parser.parse_args()
    formats(args.copies, args.jobs)
    per_article(args.passes)


if __name__ == "__main__":
    main()
