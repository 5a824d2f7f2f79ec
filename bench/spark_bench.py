"""Spark against the CLI on the same articles: documents per second and peak memory per Python worker.

Builds a table of N articles (copies of the corpus with unique ids) as Parquet
and the same articles as files, then times

- `newsfacts extract --jobs J --format parquet` on the folder of files, and
- `newsfacts.spark.extract_facts` in a local Spark session of J cores, writing
  both tables as Parquet,

sampling the resident memory of every Python worker process each 0.2 s. The
article texts are those of `fixtures/corpus` and `fixtures/html`.

    bench/.venv/bin/python bench/spark_bench.py --articles 100000 --cores 2

On a machine shared with other work, `--slices 10` runs the two pipelines in
turns on tenths of the table (CLI then Spark, then Spark then CLI, …: both see
the same load) in one Spark session, and also reports the CPU time each
pipeline used (all of its processes: the CLI and its workers; the JVM, its
Python workers and the driver), which a busy machine does not inflate.

Needs `pip install '.[spark]'` and a Java runtime.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def corpus_texts() -> list[tuple[str, str]]:
    """The fixture articles as text, decoded as the CLI decodes them (some pages are GBK)."""
    from newsfacts.reading import decode

    paths = sorted((ROOT / "fixtures" / "corpus").glob("*.txt")) + sorted((ROOT / "fixtures" / "html").glob("*.html"))
    return [(p.name, decode(p.read_bytes())) for p in paths]


def build_inputs(count: int, folder: Path) -> Path:
    """N articles as a Parquet table and as files under `folder/files` (in subfolders of 1,000)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    texts = corpus_texts()
    files = folder / "files"
    ids, bodies = [], []
    for i in range(count):
        name, text = texts[i % len(texts)]
        doc_id = f"{i:07d}-{name}"
        ids.append(doc_id)
        bodies.append(text)
        sub = files / f"{i // 1000:04d}"
        if i % 1000 == 0:
            sub.mkdir(parents=True, exist_ok=True)
        (sub / doc_id).write_text(text, encoding="utf-8")
    table = folder / "articles.parquet"
    pq.write_table(pa.table({"id": ids, "text": bodies}), table, row_group_size=5000)
    return table


class MemorySampler:
    """Peak resident memory (MB) of processes whose command line holds `marker`, sampled every 0.2 s."""

    def __init__(self, marker: str):
        self.marker, self.peak, self.processes = marker, 0.0, set()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    def _run(self):
        while not self._stop.wait(0.2):
            for pid in os.listdir("/proc"):
                if not pid.isdigit():
                    continue
                try:
                    cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
                    if self.marker not in cmd:
                        continue
                    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                        if line.startswith("VmRSS:"):
                            self.peak = max(self.peak, int(line.split()[1]) / 1024)
                            self.processes.add(pid)
                except OSError:
                    continue


CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def tree_cpu(root: int) -> float:
    """CPU seconds used so far by process `root` and every process under it (each one's own time
    and that of its children it has waited for), read from /proc."""
    parents, times = {}, {}
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(pid)] = int(fields[1])
        times[int(pid)] = sum(int(value) for value in fields[11:15]) / CLOCK_TICKS
    children: dict[int, list[int]] = {}
    for pid, parent in parents.items():
        children.setdefault(parent, []).append(pid)
    total, stack = 0.0, [root]
    while stack:
        pid = stack.pop()
        total += times.get(pid, 0.0)
        stack.extend(children.get(pid, ()))
    return total


def time_cli(files: Path, out: Path, jobs: int) -> tuple[float, float]:
    newsfacts = Path(sys.executable).with_name("newsfacts")
    with MemorySampler("newsfacts extract") as memory:
        start = time.perf_counter()
        subprocess.run([str(newsfacts), "extract", "--jobs", str(jobs), "--format", "parquet", "-o", str(out), str(files)],
                       check=False, stdout=subprocess.DEVNULL)
        seconds = time.perf_counter() - start
    return seconds, memory.peak


def _session(cores: int):
    """A local Spark session of `cores` cores, set as both measurements use it."""
    os.environ["PYSPARK_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession

    spark = (SparkSession.builder.master(f"local[{cores}]").config("spark.ui.enabled", "false")
             .config("spark.driver.memory", "6g")
             .config("spark.sql.parquet.columnarReaderBatchSize", "256")
             .config("spark.sql.files.maxPartitionBytes", str(16 * 1024 * 1024)).getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def time_spark(table: Path, out: Path, cores: int) -> tuple[float, float, float]:

    from newsfacts.spark import extract_facts

    spark = _session(cores)
    start_up = time.perf_counter()
    articles = spark.read.parquet(str(table))
    articles.count()
    with MemorySampler("pyspark.daemon") as memory:  # the Python workers, not the JVM
        start = time.perf_counter()
        documents, facts = extract_facts(articles)
        documents.write.mode("overwrite").parquet(str(out / "documents"))
        facts.write.mode("overwrite").parquet(str(out / "facts"))
        seconds = time.perf_counter() - start
    spark.stop()
    return seconds, memory.peak, start - start_up


def interleaved(table: Path, folder: Path, args) -> None:
    """Both pipelines in turns on slices of the table, in one Spark session; wall and CPU time of each."""
    import resource

    from pyspark.sql.functions import col

    from newsfacts.spark import extract_facts

    spark = _session(args.cores)
    articles = spark.read.parquet(str(table))
    articles.count()
    size = args.articles // args.slices
    newsfacts = Path(sys.executable).with_name("newsfacts")
    totals = {"cli": [0.0, 0.0, 0.0], "spark": [0.0, 0.0, 0.0]}      # wall, cpu, peak MB

    def run_cli(k: int) -> None:
        folders = [str(folder / "files" / f"{i:04d}") for i in range(k * size // 1000, (k + 1) * size // 1000)]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        with MemorySampler("newsfacts extract") as memory:
            start = time.perf_counter()
            subprocess.run([str(newsfacts), "extract", "--jobs", str(args.cores), "--format", "parquet",
                            "-o", str(folder / f"cli-{k}.parquet"), *folders], check=False, stdout=subprocess.DEVNULL)
            wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        _add(totals["cli"], wall, cpu, memory.peak)
        print(f"slice {k} CLI:   {wall:7.1f} s wall {cpu:7.1f} s CPU {memory.peak:5.0f} MB", flush=True)

    def run_spark(k: int) -> None:
        part = articles.where((col("id") >= f"{k * size:07d}") & (col("id") < f"{(k + 1) * size:07d}"))
        before = tree_cpu(os.getpid())
        with MemorySampler("pyspark.daemon") as memory:
            start = time.perf_counter()
            documents, facts = extract_facts(part)
            documents.write.mode("overwrite").parquet(str(folder / f"spark-{k}" / "documents"))
            facts.write.mode("overwrite").parquet(str(folder / f"spark-{k}" / "facts"))
            wall = time.perf_counter() - start
        cpu = tree_cpu(os.getpid()) - before
        _add(totals["spark"], wall, cpu, memory.peak)
        print(f"slice {k} Spark: {wall:7.1f} s wall {cpu:7.1f} s CPU {memory.peak:5.0f} MB", flush=True)

    for k in range(args.slices):
        for run in (run_cli, run_spark) if k % 2 == 0 else (run_spark, run_cli):
            run(k)
    spark.stop()
    n = size * args.slices
    print(f"\n| pipeline ({n:,} articles in {args.slices} turns, {args.cores} cores) | seconds | documents per second "
          "| CPU seconds | documents per CPU second | peak memory per Python process (MB) |")
    print("|---|---|---|---|---|---|")
    for name, label in (("cli", f"CLI `--jobs {args.cores} --format parquet` on files"),
                        ("spark", f"Spark `local[{args.cores}]`, both tables to Parquet")):
        wall, cpu, peak = totals[name]
        print(f"| {label} | {wall:.0f} | {n / wall:.0f} | {cpu:.0f} | {n / cpu:.1f} | {peak:.0f} |")
    print(f"Spark / CLI throughput: wall {totals['cli'][0] / totals['spark'][0]:.2f}, "
          f"CPU {totals['cli'][1] / totals['spark'][1]:.2f}")


def _add(total: list[float], wall: float, cpu: float, peak: float) -> None:
    total[0] += wall
    total[1] += cpu
    total[2] = max(total[2], peak)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--cores", type=int, default=2, help="Spark's local[N] and the CLI's --jobs")
    parser.add_argument("--keep", help="build the inputs in this folder and keep them")
    parser.add_argument("--slices", type=int, default=0,
                        help="run the two pipelines in turns on this many slices of the table (a busy machine)")
    args = parser.parse_args()
    folder = Path(args.keep or tempfile.mkdtemp(prefix="newsfacts-spark-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        table = folder / "articles.parquet"
        if not table.exists():
            table = build_inputs(args.articles, folder)
        if args.slices:
            interleaved(table, folder, args)
            return
        cli_s, cli_mb = time_cli(folder / "files", folder / "cli.parquet", args.cores)
        spark_s, spark_mb, _ = time_spark(table, folder / "spark", args.cores)
        n = args.articles
        print(f"| pipeline ({n:,} articles, {args.cores} cores) | seconds | documents per second | peak memory per Python process (MB) |")
        print("|---|---|---|---|")
        print(f"| CLI `--jobs {args.cores} --format parquet` on files | {cli_s:.1f} | {n / cli_s:.0f} | {cli_mb:.0f} |")
        print(f"| Spark `local[{args.cores}]`, both tables to Parquet | {spark_s:.1f} | {n / spark_s:.0f} | {spark_mb:.0f} |")
        print(f"Spark / CLI throughput: {cli_s / spark_s:.2f}")
        per_core_ms = spark_s * args.cores / n * 1000
        print(f"cost per article on one core: {per_core_ms:.2f} ms; ten million articles: "
              f"{per_core_ms * 1e7 / 1000 / 3600:.0f} core-hours "
              f"(about {per_core_ms * 1e7 / 1000 / 3600 / 64:.1f} h on 16 executors of 4 cores)")
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
