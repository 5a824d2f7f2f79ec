#!/usr/bin/env python3
"""Speed and memory of newsfacts beside JioNLP (money + time), on the same texts, in the same run.

usage: python bench/speed.py [--passes 5] [--batch-size 3000] [--skip-batch]

Run it in the benchmark's own environment, where JioNLP is installed
(bench/requirements.txt); JioNLP is never a dependency of the package.
Prints four tables:
  1. per-article time of the whole pipeline (read, clean, every fact type) over
     fixtures/corpus and ../shared/corpus, best of --passes after a warm-up,
     beside JioNLP's extract_money + extract_time on the cleaned texts;
  2. cold start: one `newsfacts extract FILE` process beside a cold JioNLP
     money-only process (median of 5 wall times);
  3. batch: a folder of --batch-size copies with --jobs 1 and --jobs 2,
     documents per second and the peak memory of the largest process;
  4. growth: time for articles of 2k, 20k, 200k and 2M characters.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import logging
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = ROOT / "seeds" / "000_f06b78f4610cb85f.txt"
BIN = Path(sys.executable).parent


def articles() -> list[Path]:
    seen, out = set(), []
    for folder in (ROOT / "fixtures" / "corpus", SHARED / "corpus"):
        for path in sorted(folder.glob("*")) if folder.exists() else []:
            if path.suffix in (".txt", ".html") and path.name not in seen:
                seen.add(path.name)
                out.append(path)
    return out


def per_article(passes: int) -> None:
    from newsfacts import tokenizer
    from newsfacts.pipeline import extract_file

    paths = articles()
    tokenizer.warm_up()
    documents = [extract_file(str(p)) for p in paths]                  # warm-up
    texts = [d.text for d in documents if d.text]
    ours = []
    for _ in range(passes):
        _clear_caches()
        start = time.perf_counter()
        for path in paths:
            extract_file(str(path))
        ours.append((time.perf_counter() - start) / len(paths))
    logging.disable(logging.CRITICAL)
    with contextlib.redirect_stdout(io.StringIO()):
        import jionlp

        for text in texts[:3]:
            _jionlp(jionlp, text)
        theirs = []
        for _ in range(passes):
            start = time.perf_counter()
            for text in texts:
                _jionlp(jionlp, text)
            theirs.append((time.perf_counter() - start) / len(texts))
    best_ours, best_theirs = min(ours), min(theirs)
    print(f"\n1. per article ({len(paths)} articles, {sum(map(len, texts)) // len(texts)} characters on average, best of {passes})")
    print("| pipeline | ms per article |")
    print("|---|---|")
    print(f"| newsfacts: read, clean, every fact type | {best_ours * 1000:.2f} |")
    print(f"| JioNLP extract_money + extract_time on the cleaned texts | {best_theirs * 1000:.2f} |")
    print(f"| ratio newsfacts / JioNLP | {best_ours / best_theirs:.2f} |")


def _clear_caches() -> None:
    """Per-text caches would make repeated passes over the same files unfairly fast."""
    from newsfacts import tokenizer

    for name in ("cut", "tag", "tag_names"):
        function = getattr(tokenizer, name, None)
        if hasattr(function, "cache_clear"):
            function.cache_clear()


def _jionlp(jionlp, text: str) -> None:
    try:
        jionlp.ner.extract_money(text)
    except Exception:
        pass
    try:
        jionlp.ner.extract_time(text)
    except Exception:
        pass


def _wall(command: list[str], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def cold_start() -> None:
    ours = _wall([str(BIN / "newsfacts"), "extract", str(SEED)])
    theirs = _wall([sys.executable, "-c", "import io,contextlib\nwith contextlib.redirect_stdout(io.StringIO()):\n"
                    " import jionlp\n jionlp.ner.extract_money('到2025年，产业规模力争突破5000亿元。')"])
    print("\n2. cold start (one process, median of 5 wall times)")
    print("| command | seconds |")
    print("|---|---|")
    print(f"| newsfacts extract seeds/000_f06b78f4610cb85f.txt (every fact type) | {ours:.2f} |")
    print(f"| python -c 'import jionlp; jionlp.ner.extract_money(...)' | {theirs:.2f} |")


def batch(size: int) -> None:
    sources = articles()
    folder = Path(tempfile.mkdtemp(prefix="newsfacts-batch-"))
    try:
        for index in range(size):
            source = sources[index % len(sources)]
            shutil.copy(source, folder / f"{index:05d}{source.suffix}")
        print(f"\n3. batch ({size} articles, --format jsonl to /dev/null)")
        print("| jobs | seconds | documents per second | peak memory of the largest process (MB) |")
        print("|---|---|---|---|")
        rates = {}
        for jobs in (1, 2):
            start = time.perf_counter()
            subprocess.run([str(BIN / "python"), "-c", "import sys, resource\nfrom newsfacts.cli import main\nstatus = main(sys.argv[1:])\n"
                            "print(max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss), file=sys.stderr)",
                            "extract", "--format", "jsonl", "--jobs", str(jobs), "-o", os.devnull, str(folder)],
                           stdout=subprocess.DEVNULL, stderr=open(folder.parent / "rss.txt", "w"), check=False)
            elapsed = time.perf_counter() - start
            peak_kb = int((folder.parent / "rss.txt").read_text().split()[-1])
            rates[jobs] = size / elapsed
            print(f"| {jobs} | {elapsed:.1f} | {rates[jobs]:.0f} | {peak_kb / 1024:.0f} |")
        print(f"speed-up with 2 jobs: {rates[2] / rates[1]:.2f}x")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def growth() -> None:
    from newsfacts.pipeline import extract_text

    body = "\n".join(line for line in SEED.read_text(encoding="utf-8").splitlines() if line.startswith("<p"))
    import re

    paragraph = re.sub(r"<[^>]+>", "", body)
    print("\n4. growth (plain-text article built from the seed's paragraphs)")
    print("| characters | seconds | microseconds per character |")
    print("|---|---|---|")
    for size in (2_000, 20_000, 200_000, 2_000_000):
        text = (paragraph * (size // len(paragraph) + 1))[:size]
        _clear_caches()
        start = time.perf_counter()
        extract_text(text)
        elapsed = time.perf_counter() - start
        print(f"| {size:,} | {elapsed:.3f} | {elapsed / size * 1e6:.2f} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=5)
    parser.add_argument("--batch-size", type=int, default=3000)
    parser.add_argument("--skip-batch", action="store_true")
    args = parser.parse_args()
    per_article(args.passes)
    cold_start()
    if not args.skip_batch:
        batch(args.batch_size)
    growth()
    return 0


if __name__ == "__main__":
    sys.exit(main())
