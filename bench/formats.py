#!/usr/bin/env python3
"""Documents per second for each output format, and the writers' cost per article against a revision.

usage: nice -n 10 python bench/formats.py [--copies 30 | --input TABLE] [--jobs 1,2]
                                         [--formats json,jsonl,csv,parquet,sqlite] [--before REV] [--passes 5]

1. end to end: `newsfacts extract --no-progress --jobs J -o OUT` in each format on a folder of
   --copies copies of every fixture article (fixtures/corpus and fixtures/html, about 100
   articles, so 30 copies are about 3,000 documents), or on the articles of --input TABLE (the CLI's --input);
   wall seconds, CPU seconds of the whole process tree, documents per wall second and per CPU
   second. On a shared machine the CPU figure is the one that means something.
2. writing only: the fixture articles extracted once in this process, then written --copies
   times over by `newsfacts.write` in each format (best of --passes, CPU time): what each
   format adds per document on top of the extraction, which is the same for all.
3. with --before REV: the text formats' `render` of each fixture article by this tree's
   writers.py and by REV's (`git show REV:src/newsfacts/writers.py`), alternating in the same
   process, best of --passes: a refactor of the writers must cost nothing per article.
"""
from __future__ import annotations

import argparse
import importlib.util
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUFFIXES = {"json": "out.json", "jsonl": "out.jsonl", "csv": "out.csv", "parquet": "out.parquet", "sqlite": "out.sqlite"}


def fixture_articles() -> list[Path]:
    return [p for folder in ("corpus", "html") for p in sorted((ROOT / "fixtures" / folder).iterdir())
            if p.suffix in (".txt", ".html")]


def _tree_cpu() -> float:
    """User + system time of finished child processes and their own waited-for children (the workers)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def end_to_end(inputs: list[str], count: int, jobs_list: list[int], formats: list[str]) -> None:
    print(f"1. end to end ({count} documents): newsfacts extract --no-progress --jobs J -o OUT")
    print("| format | jobs | wall seconds | CPU seconds | documents per wall second | documents per CPU second |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as temp:
        for jobs in jobs_list:
            for name in formats:
                target = Path(temp) / f"{jobs}-{SUFFIXES[name]}"
                command = [sys.executable, "-m", "newsfacts", "extract", "--no-progress", "--jobs", str(jobs),
                           "-o", str(target), *inputs]
                start, cpu = time.perf_counter(), _tree_cpu()
                subprocess.run(command, check=True, stderr=subprocess.DEVNULL)
                wall, cpu = time.perf_counter() - start, _tree_cpu() - cpu
                print(f"| {name} | {jobs} | {wall:.1f} | {cpu:.1f} | {count / wall:.0f} | {count / cpu:.0f} |", flush=True)


def writing_only(copies: int, formats: list[str], passes: int) -> None:
    from newsfacts.pipeline import extract_file
    from newsfacts.writers import write

    documents = [extract_file(str(p)) for p in fixture_articles()]
    batch = documents * copies
    print(f"\n2. writing only ({len(batch)} documents already extracted, best of {passes}, CPU time)")
    print("| format | seconds | documents per second | ms per document |")
    print("|---|---|---|---|")
    with tempfile.TemporaryDirectory() as temp:
        for name in formats:
            best = float("inf")
            for attempt in range(passes):
                target = Path(temp) / f"{attempt}-{SUFFIXES[name]}"
                start = time.process_time()
                write(name, batch, target)
                best = min(best, time.process_time() - start)
                shutil.rmtree(target) if target.is_dir() else target.unlink()
            print(f"| {name} | {best:.2f} | {len(batch) / best:.0f} | {best * 1000 / len(batch):.3f} |", flush=True)


def _writers_of(revision: str):
    """REV's writers.py as a module of this tree's package (its relative imports resolve here)."""
    source = subprocess.run(["git", "-C", str(ROOT), "show", f"{revision}:src/newsfacts/writers.py"],
                            check=True, capture_output=True, text=True).stdout
    folder = Path(tempfile.mkdtemp())
    path = folder / "writers_before.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("newsfacts._writers_before", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module                     # dataclasses look their module up there
    spec.loader.exec_module(module)
    shutil.rmtree(folder)
    return module


def render_against(revision: str, passes: int) -> None:
    from newsfacts import writers
    from newsfacts.pipeline import extract_file

    before = _writers_of(revision)
    documents = [extract_file(str(p)) for p in fixture_articles()]
    print(f"\n3. render per article, this tree against {revision} ({len(documents)} fixture articles, best of {passes}, CPU time)")
    print(f"| format | {revision} ms | this tree ms |")
    print("|---|---|---|")
    for name in ("jsonl", "json", "csv"):
        best = {"before": float("inf"), "after": float("inf")}
        for _ in range(passes):
            for label, module in (("before", before), ("after", writers)):
                start = time.process_time()
                for index, document in enumerate(documents):
                    module.render(name, document, index)
                best[label] = min(best[label], (time.process_time() - start) / len(documents))
        outputs = {label: [module.render(name, d, i) for i, d in enumerate(documents)]
                   for label, module in (("before", before), ("after", writers))}
        same = "identical" if outputs["before"] == outputs["after"] else "DIFFERENT OUTPUT"
        print(f"| {name} ({same}) | {best['before'] * 1000:.3f} | {best['after'] * 1000:.3f} |", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=30)
    parser.add_argument("--input", default=None, metavar="TABLE", help="a table of articles (the CLI's --input) instead of copies")
    parser.add_argument("--jobs", default="1,2")
    parser.add_argument("--formats", default=",".join(SUFFIXES))
    parser.add_argument("--passes", type=int, default=5)
    parser.add_argument("--before", default=None, metavar="REV", help="compare the writers' render with REV's")
    parser.add_argument("--skip-end-to-end", action="store_true")
    args = parser.parse_args()
    formats = args.formats.split(",")
    if not args.skip_end_to_end:
        with tempfile.TemporaryDirectory() as temp:
            if args.input:
                inputs, count = ["--input", args.input], _rows(args.input)
            else:
                folder = Path(temp) / "articles"
                folder.mkdir()
                for copy in range(args.copies):
                    for path in fixture_articles():
                        shutil.copy(path, folder / f"{copy:03d}-{path.name}")
                inputs, count = [str(folder)], args.copies * len(fixture_articles())
            end_to_end(inputs, count, [int(j) for j in args.jobs.split(",")], formats)
    writing_only(args.copies, formats, args.passes)
    if args.before:
        render_against(args.before, args.passes)


def _rows(table: str) -> int:
    """Rows of an --input table, read as the CLI reads it."""
    from newsfacts.article_tables import read_article_table

    return sum(1 for _ in read_article_table(table))


if __name__ == "__main__":
    main()
