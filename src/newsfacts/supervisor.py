"""The batch supervisor: files read in worker processes that nothing can stop the batch through.

Each worker reads one file at a time. A worker that dies (out of memory, a segfault,
`kill -9`) or takes longer than the time limit on one file is replaced, and that file
gets an error record; every other file is still written, in input order. When the main
process stops (a signal, an error of the writer), its workers stop with it: they are
killed on the way out, and on Linux the kernel kills them if the main process is killed
itself.

A single file is read in the main process (no fork on the one-file path, which is the
cold-start path); the time limit there is a timer signal. The supervisor knows nothing of
what a task is: `work(task)` does one and `failed(task, reason)` stands for one left unread.
"""
from __future__ import annotations

import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

LOOKAHEAD_PER_JOB = 32      # files read ahead of the first one not yet written, per worker
Work = Callable[..., Any]           # work(task, lazy=False) -> result; lazy only in this process
Failed = Callable[[tuple, str], Any]  # failed(task, reason) -> the result of a task left unread


class Stopped(BaseException):
    """The user stopped the run with a signal (SIGINT, SIGTERM, SIGHUP); exit status 128 + signum."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum

    @property
    def name(self) -> str:
        return signal.Signals(self.signum).name


class FileTimeout(BaseException):
    """One file took longer than the time limit (a BaseException, so that no `except Exception`
    of the pipeline takes it for the file's own error)."""


def write_whole(out, chunk: str) -> None:
    """Write `chunk` to the text stream `out` completely, even when a signal comes mid-write.

    Python's buffered writer can drop the rest of a large write that a signal handler
    interrupts on a full pipe (the reader slow); writing the bytes to the descriptor in a loop
    of os.write keeps every byte. Streams without a descriptor (tests) are written as usual."""
    try:
        descriptor = out.fileno()
    except (AttributeError, OSError, ValueError):
        out.write(chunk)
        return
    out.flush()
    data = memoryview(chunk.encode("utf-8"))
    while data:
        data = data[os.write(descriptor, data):]


def timeout_reason(seconds: float) -> str:
    return f"took longer than the time limit of {seconds:g} s (see --timeout); left unread"


def run_documents(tasks: list[tuple], jobs: int, work: Work, failed: Failed, timeout: float | None = None) -> Iterator:
    """`work(task)` for every task, handed back in input order: in this process for one task,
    else in worker processes under the supervisor. `failed(task, reason)` is the result of a task
    that overran the time limit or whose worker died."""
    if len(tasks) <= 1:
        for task in tasks:
            try:
                with _time_limit(timeout):
                    result = work(task, lazy=True)
            except FileTimeout as err:
                result = failed(task, str(err))
            yield result
        return
    _warm_up()
    with _Pool(min(jobs, len(tasks)), work, failed, timeout) as pool:
        yield from pool.results(tasks)


@contextmanager
def _time_limit(seconds: float | None):
    """Raise FileTimeout in this (main) thread after `seconds`; the regex engine and the
    pipeline's Python code both look at signals, so a slow file is stopped where it is."""
    if not seconds or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(signum, frame):
        raise FileTimeout(timeout_reason(seconds))

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _warm_up() -> None:
    """Load the tokenizer and the tables before forking workers so that they share them."""
    from .pipeline import extract_text
    from .tokenizer import warm_up

    warm_up()
    extract_text("到2025年，产业规模力争突破5000亿元，中国电气装备集团有限公司拟投资10亿元。")


def death_reason(exitcode: int | None) -> str:
    """Why a worker ended without an answer, in the user's words."""
    if exitcode is not None and exitcode < 0:
        name = signal.Signals(-exitcode).name if -exitcode in signal.Signals._value2member_map_ else str(-exitcode)
        cause = {"SIGKILL": " (killed: out of memory, or kill -9)", "SIGSEGV": " (a crash in native code)"}.get(name, "")
        return f"the worker reading this file died of {name}{cause}; left unread"
    return f"the worker reading this file exited with status {exitcode}; left unread"


def _worker_main(conn, work: Work) -> None:
    """A worker's loop: a task in, its result out, until told to stop (None) or the main process goes."""
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)        # Ctrl-C is the main process's to handle
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, signal.SIG_DFL)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)                                  # never hold the main process's stdout pipe
    os.close(devnull)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        conn.send(work(task))


def _die_with_parent() -> None:
    """Ask Linux to SIGKILL this worker when the main process dies, however it dies."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)                    # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() == 1:                                # the parent died before prctl
        os._exit(1)


class _Worker:
    """One worker process, its pipe, and the tasks sent to it (the first is the one it is reading)."""

    def __init__(self, context, work: Work):
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_worker_main, args=(child, work), daemon=True)
        self.process.start()
        child.close()
        self.tasks: deque[tuple[int, tuple]] = deque()   # (position in the batch, task)
        self.started = 0.0                                # when it began the first of `tasks`

    def give(self, position: int, task: tuple) -> None:
        if not self.tasks:
            self.started = time.monotonic()
        self.conn.send(task)
        self.tasks.append((position, task))

    def stop(self, kill: bool) -> None:
        if self.process.is_alive():
            if kill:
                self.process.kill()
            else:
                try:
                    self.conn.send(None)
                except OSError:
                    self.process.kill()
        self.process.join(timeout=None if kill else 5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


class _Pool:
    """Workers that are replaced when one dies or overruns; results handed back in input order.

    Each worker holds up to `IN_FLIGHT` files, so that it never waits for this process between
    two files; when it dies or overruns, the file it was reading gets the error and the others it
    held go to the next free worker."""

    IN_FLIGHT = 2

    def __init__(self, size: int, work: Work, failed: Failed, timeout: float | None):
        import multiprocessing

        self.context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
        self.size, self.work, self.failed, self.timeout = size, work, failed, timeout or None
        self.workers: list[_Worker] = []
        self.tasks: list[tuple] = []
        self.todo: deque[int] = deque()

    def __enter__(self) -> _Pool:
        self.workers = [_Worker(self.context, self.work) for _ in range(self.size)]
        return self

    def __exit__(self, kind, value, traceback) -> None:
        for worker in self.workers:
            worker.stop(kill=kind is not None or bool(worker.tasks))
        self.workers = []

    def results(self, tasks: list[tuple]) -> Iterator:
        self.tasks = tasks
        done: dict[int, Any] = {}
        self.todo = deque(range(len(tasks)))
        next_out = 0
        lookahead = LOOKAHEAD_PER_JOB * self.size
        while next_out < len(tasks):
            for slot in range(len(self.workers)):
                while (len(self.workers[slot].tasks) < self.IN_FLIGHT and self.todo
                       and self.todo[0] < next_out + lookahead):
                    self._give(slot, self.todo.popleft())
            self._collect(done)
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1

    def _give(self, slot: int, position: int) -> None:
        """Send a task to the worker in `slot`, or to a fresh one there when that one is already gone."""
        try:
            self.workers[slot].give(position, self.tasks[position])
        except OSError:
            self._requeue(slot)
            self.workers[slot].give(position, self.tasks[position])

    def _collect(self, done: dict[int, Any]) -> None:
        """Wait for answers, deaths or the nearest deadline; file every outcome in `done`."""
        from multiprocessing.connection import wait

        waits = {w.conn: w for w in self.workers if w.tasks} | {w.process.sentinel: w for w in self.workers}
        ready = wait(list(waits), timeout=self._time_left())
        for worker in {id(waits[r]): waits[r] for r in ready}.values():
            self._answer(self.workers.index(worker), done)
        if self.timeout:
            now = time.monotonic()
            for slot, worker in enumerate(self.workers):
                if worker.tasks and now - worker.started >= self.timeout:
                    position, task = worker.tasks.popleft()
                    done[position] = self.failed(task, timeout_reason(self.timeout))
                    self._requeue(slot)

    def _time_left(self) -> float | None:
        busy = [w.started for w in self.workers if w.tasks]
        if not self.timeout or not busy:
            return None
        return max(0.0, min(busy) + self.timeout - time.monotonic())

    def _answer(self, slot: int, done: dict[int, Any]) -> None:
        worker = self.workers[slot]
        try:
            while worker.tasks and worker.conn.poll():
                result = worker.conn.recv()
                done[worker.tasks.popleft()[0]] = result
                worker.started = time.monotonic()
        except (EOFError, OSError):
            pass
        if not worker.process.is_alive():
            worker.process.join()
            if worker.tasks:
                position, task = worker.tasks.popleft()
                done[position] = self.failed(task, death_reason(worker.process.exitcode))
            self._requeue(slot)

    def _requeue(self, slot: int) -> None:
        """Kill the worker in `slot`, put the files it still held back in line, start a fresh one."""
        worker = self.workers[slot]
        worker.stop(kill=True)
        self.todo.extendleft(reversed([position for position, _ in worker.tasks]))
        self.workers[slot] = _Worker(self.context, self.work)


class StopSignals:
    """SIGINT, SIGTERM and SIGHUP raise `Stopped`, but never halfway through writing one
    document: a signal that comes while `writing()` is held takes effect right after it,
    so every line of JSON Lines or CSV written so far is whole (a second signal while a
    write is blocked on a reader that does not read stops at once)."""

    SIGNALS = ("SIGINT", "SIGTERM", "SIGHUP")

    def __init__(self) -> None:
        self.pending: int | None = None
        self._writing = False
        self._previous: dict[int, Any] = {}   # signal handlers as signal.signal returns them

    def __enter__(self) -> StopSignals:
        import threading

        if threading.current_thread() is threading.main_thread():
            for name in self.SIGNALS:
                if hasattr(signal, name):
                    number = getattr(signal, name)
                    self._previous[number] = signal.signal(number, self._handle)
        return self

    def __exit__(self, *exc) -> None:
        for number, previous in self._previous.items():
            signal.signal(number, previous)
        self._previous = {}

    def _handle(self, signum, frame) -> None:
        if self.pending is not None:
            if self._writing:                            # asked twice while a reader is stuck: stop now
                raise Stopped(self.pending)
            return                                       # stopping already: let the cleanup finish
        self.pending = signum
        if not self._writing:
            raise Stopped(signum)

    @contextmanager
    def writing(self):
        self._writing = True
        try:
            yield
        finally:
            self._writing = False
        if self.pending is not None:
            raise Stopped(self.pending)
