"""The batch supervisor, run as a user runs it (a subprocess): a worker killed with SIGKILL or
overrunning the time limit costs only its own file; a signal to the main process stops the
workers with it, leaves no temporary file and exits 128 + the signal's number."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from conftest import CORPUS, SEED

GOOD = [str(SEED), *sorted(str(p) for p in CORPUS.glob("sina_hexo-0[0-2]*.txt"))]


@pytest.fixture(scope="module")
def long_article(tmp_path_factory) -> str:
    """A real article's paragraphs repeated to 6 MB: seconds of honest work, not a trick."""
    text = (CORPUS / "text-001.txt").read_text(encoding="utf-8")
    path = tmp_path_factory.mktemp("long") / "long.txt"
    path.write_text(text * (6_000_000 // len(text.encode())), encoding="utf-8")
    return str(path)


def _start(*args, stdout=subprocess.PIPE) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "newsfacts", "extract", *args], stdout=stdout,
                            stderr=subprocess.PIPE, text=True, encoding="utf-8")


def _children(pid: int) -> list[int]:
    with open(f"/proc/{pid}/task/{pid}/children") as handle:
        return [int(p) for p in handle.read().split()]


def _wait_for_workers(process: subprocess.Popen, count: int) -> list[int]:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        children = _children(process.pid)
        if len(children) >= count:
            return children
        time.sleep(0.05)
    raise AssertionError("no worker started")


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


def test_a_worker_killed_mid_batch_costs_only_its_file(long_article):
    process = _start("--format", "jsonl", "--jobs", "1", "--timeout", "0", long_article, *GOOD)
    worker = _wait_for_workers(process, 1)[0]
    time.sleep(0.5)                                        # it is reading the long article now
    os.kill(worker, signal.SIGKILL)
    out, err = process.communicate(timeout=60)
    docs = [json.loads(line) for line in out.splitlines()]
    assert process.returncode == 1
    assert [d["source"] for d in docs] == [long_article, *GOOD]
    assert "died of SIGKILL" in docs[0]["error"] and f"error: {long_article}: the worker" in err
    assert all(d["error"] is None and d["facts"] for d in docs[1:])
    assert "1 of %d files failed" % (len(GOOD) + 1) in err


def test_a_file_over_the_time_limit_gets_an_error_and_the_rest_are_written(long_article):
    started = time.monotonic()
    process = _start("--format", "jsonl", "--jobs", "2", "--timeout", "2", *GOOD[:3], long_article, *GOOD[3:])
    out, err = process.communicate(timeout=60)
    docs = [json.loads(line) for line in out.splitlines()]
    assert process.returncode == 1 and time.monotonic() - started < 30
    assert [d["source"] for d in docs] == [*GOOD[:3], long_article, *GOOD[3:]]
    assert docs[3]["error"] == "took longer than the time limit of 2 s (see --timeout); left unread"
    assert all(d["error"] is None for i, d in enumerate(docs) if i != 3)


def test_one_file_over_the_time_limit_in_the_main_process(long_article):
    process = _start("--timeout", "0.3", long_article)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 1 and "took longer than the time limit of 0.3 s" in json.loads(out)["error"]


@pytest.mark.parametrize(("signum", "status", "output"), [
    (signal.SIGTERM, 143, "jsonl"), (signal.SIGINT, 130, "json"), (signal.SIGHUP, 129, "file")])
def test_a_signal_stops_the_workers_with_the_main_process(long_article, tmp_path, signum, status, output):
    target = tmp_path / "out.jsonl"
    options = ["-o", str(target)] if output == "file" else []
    process = _start("--format", "json" if output == "json" else "jsonl", "--jobs", "2", "--timeout", "0",
                     *GOOD[:2], long_article, *GOOD[2:], *options)
    workers = _wait_for_workers(process, 2)
    before = ""
    if output == "jsonl":
        before = process.stdout.readline() + process.stdout.readline()   # the long article is next
    elif output == "json":
        _wait_for_output(process)
    else:
        time.sleep(1)
    process.send_signal(signum)
    out, err = process.communicate(timeout=30)
    out = before + out
    assert process.returncode == status
    assert f"stopped by {signal.Signals(signum).name}" in err
    time.sleep(0.2)
    assert not any(_alive(pid) for pid in workers)           # no orphan
    if output == "jsonl":
        docs = [json.loads(line) for line in out.splitlines()]   # every line written is whole
        assert [d["source"] for d in docs] == GOOD[:2]
    elif output == "json":
        written = [d["source"] for d in json.loads(out)]            # the array is closed
        assert written and written == GOOD[:len(written)]
    else:
        assert os.listdir(tmp_path) == []                       # neither output nor temporary file


def _wait_for_output(process) -> None:
    """Wait until the first article is written (the pipe holds bytes), then a little more."""
    import array
    import fcntl
    import termios

    size = array.array("i", [0])
    deadline = time.monotonic() + 30
    while size[0] < 100 and time.monotonic() < deadline:      # more than the array's `[`
        time.sleep(0.05)
        fcntl.ioctl(process.stdout.fileno(), termios.FIONREAD, size)
    time.sleep(0.3)
