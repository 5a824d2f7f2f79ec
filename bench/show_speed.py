"""Time `newsfacts show` against `newsfacts extract` on the same folder of articles.

Issue 16 asks that writing the review pages of a folder take at most twice the time of
extracting it. Both commands run as a user runs them (a new process, all cores), in
turns, several passes; the table gives the best and the median wall time of each and
their ratios.

    .venv/bin/python bench/show_speed.py                       # 100 articles of fixtures/ and seeds/
    .venv/bin/python bench/show_speed.py --articles DIR --count 100 --passes 5
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from itertools import cycle, islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".shtml", ".xhtml")
DEFAULT_ARTICLES = [ROOT / "fixtures" / "corpus", ROOT / "fixtures" / "html", ROOT / "seeds"]


def article_files(folders: list[Path], count: int) -> list[Path]:
    """The first `count` article files of the folders (sorted), taken again from the start if too few."""
    files = sorted(p for folder in folders for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
    if not files:
        raise SystemExit("no article files in " + ", ".join(map(str, folders)))
    return list(islice(cycle(files), count))


def wall_time(command: list[str]) -> float:
    began = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=Path, nargs="+", default=DEFAULT_ARTICLES)
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--passes", type=int, default=3)
    args = parser.parse_args()
    newsfacts = [sys.executable, "-m", "newsfacts"]
    with tempfile.TemporaryDirectory(prefix="show-speed-") as work:
        folder = Path(work) / "articles"
        folder.mkdir()
        for number, path in enumerate(article_files(args.articles, args.count)):
            shutil.copyfile(path, folder / f"{number:03d}-{path.name}")
        times: dict[str, list[float]] = {"extract": [], "show": []}
        for turn in range(args.passes):
            times["extract"].append(wall_time(newsfacts + ["extract", "--format", "jsonl", "-o", os.devnull, str(folder)]))
            pages = Path(work) / f"pages-{turn}"
            times["show"].append(wall_time(newsfacts + ["show", str(folder), "-o", str(pages)]))
        written = len(list(pages.glob("*.html")))
    print(f"{args.count} articles, {args.passes} passes, {os.cpu_count()} cores; show wrote {written} files")
    print("| command | best s | median s |")
    print("|---|---|---|")
    for name, values in times.items():
        print(f"| newsfacts {name} | {min(values):.2f} | {statistics.median(values):.2f} |")
    best = min(times["show"]) / min(times["extract"])
    median = statistics.median(times["show"]) / statistics.median(times["extract"])
    print(f"show / extract: {best:.2f} (best), {median:.2f} (median)")


if __name__ == "__main__":
    main()
