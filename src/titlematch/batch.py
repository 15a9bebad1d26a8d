"""Score many resumes on worker processes, in input order, with bounded memory and a per-file time limit.

The parent streams paths in and results out; at most ``jobs * 4`` files are in flight, so memory stays flat
however long the list. Each worker holds the model (inherited on fork, loaded once on spawn platforms) and is
sent its next file before it finishes the current one, so it never waits for the parent between files. A
worker that exceeds the time limit or dies (a parser crash, its memory limit) is replaced; only the file it
was reading gets an error row, and the file queued behind it goes to another worker.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

from .api import Matcher, Options
from .result import Result

__all__ = ["BatchOptions", "score_many"]


@dataclass(frozen=True)
class BatchOptions:
    jobs: int = 0  # 0: all cores
    timeout: float = 30.0  # seconds per file; 0 for none
    max_memory_mb: int = 2048  # address-space limit per worker; 0 for none


_MATCHER: Matcher | None = None
# Files sent to a worker at a time: the one it reads and the next, so it need not wait for the parent.
_AHEAD = 2


def _worker_main(conn: Connection, model_dir: str | None, options: Options, max_memory_mb: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    if max_memory_mb > 0:
        try:
            import resource

            # Above the address space the worker starts with: a fork inherits its parent's, which in a process
            # that has loaded dask and pyarrow (a notebook, a test run) was 2.3 GB of mostly unused reservations,
            # and a limit below it made every allocation fail.
            limit = max_memory_mb * 1024 * 1024 + _address_space()
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        except (ImportError, ValueError, OSError):
            pass
    global _MATCHER
    matcher = _MATCHER
    if matcher is None:
        from .api import load_matcher

        matcher = load_matcher(model_dir, options)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        seq, source = task
        try:
            result = matcher.match(source)
        except MemoryError:
            result = Result(file=str(source), error="ran out of memory reading this file (over the worker's "
                            "memory limit; raise it with --max-memory)", error_kind="limit", fit=False)
        except Exception as exc:  # a parser bug must cost one row, never the batch
            result = Result(file=str(source), error=f"internal error while reading ({type(exc).__name__}); "
                            "please report it", error_kind="internal", fit=False)
        result.file = str(source)
        try:
            conn.send((seq, result))
        except (BrokenPipeError, OSError):
            return


def _address_space() -> int:
    """This process's virtual address space in bytes (Linux); 0 where it cannot be read."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError, AttributeError):
        return 0


class _Worker:
    def __init__(self, ctx: Any, model_dir: str | None, options: Options, max_memory_mb: int) -> None:
        parent, child = ctx.Pipe(duplex=True)
        self.proc = ctx.Process(target=_worker_main, args=(child, model_dir, options, max_memory_mb), daemon=True)
        self.proc.start()
        child.close()
        self.conn: Connection = parent
        # Files sent and not yet answered, in the order the worker reads them; the first is being read, since
        # ``started`` (when it was sent, or when the file before it was answered).
        self.tasks: deque[tuple[int, str]] = deque()
        self.started = 0.0

    def stop(self, kill: bool = False) -> None:
        try:
            if kill:
                self.proc.kill()
            else:
                self.conn.send(None)
        except (BrokenPipeError, OSError):
            pass
        self.conn.close()


def _crash_message(exitcode: int | None, max_memory_mb: int) -> str:
    """Why a worker died, for its file's row: a native crash, or the memory limit (pdfium aborts on it)."""
    if exitcode is not None and exitcode < 0:
        try:
            how = f" ({signal.Signals(-exitcode).name})"
        except ValueError:
            how = f" (signal {-exitcode})"
    else:
        how = f" (exit code {exitcode})" if exitcode is not None else ""
    limit = f"its {max_memory_mb} MB memory limit (raise it with --max-memory)" if max_memory_mb > 0 else \
        "the memory it could get"
    return f"the reader crashed on this file, or went over {limit}; the file was skipped{how}"


def _context() -> Any:
    if sys.platform.startswith("linux"):
        return mp.get_context("fork")
    return mp.get_context("spawn")


def score_many(matcher: Matcher, sources: Iterable[str], options: BatchOptions | None = None,
               model_dir: str | None = None) -> Iterator[Result]:
    """Yield one Result per source, in input order."""
    opts = options or BatchOptions()
    jobs = opts.jobs or os.cpu_count() or 1
    global _MATCHER
    _MATCHER = matcher  # inherited by forked workers: the model is loaded once
    ctx = _context()
    workers = [_Worker(ctx, model_dir, matcher.options, opts.max_memory_mb) for _ in range(jobs)]
    it = iter(sources)
    exhausted = False
    next_seq = 0
    next_out = 0
    done: dict[int, Result] = {}
    queue: deque[tuple[int, str]] = deque()
    max_in_flight = jobs * 4
    try:
        while True:
            while not exhausted and len(queue) + sum(len(w.tasks) for w in workers) + len(done) < max_in_flight:
                try:
                    src = next(it)
                except StopIteration:
                    exhausted = True
                    break
                if src == "-":
                    # Workers get /dev/null as standard input (multiprocessing closes it): read it here.
                    done[next_seq] = matcher.match("-")
                else:
                    queue.append((next_seq, src))
                next_seq += 1
            for i, w in enumerate(workers):
                while len(w.tasks) < _AHEAD and queue:
                    task = queue.popleft()
                    try:
                        w.conn.send(task)
                    except (BrokenPipeError, OSError):
                        queue.appendleft(task)
                        queue.extendleft(reversed(w.tasks))
                        w.stop(kill=True)
                        workers[i] = _Worker(ctx, model_dir, matcher.options, opts.max_memory_mb)
                        break
                    if not w.tasks:
                        w.started = time.monotonic()
                    w.tasks.append(task)
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1
            busy = [w for w in workers if w.tasks]
            if not busy:
                if exhausted and not queue:
                    break
                continue
            now = time.monotonic()
            wait_for = 0.5
            if opts.timeout > 0:
                wait_for = max(0.01, min(opts.timeout - (now - w.started) for w in busy))
            ready = wait([w.conn for w in busy] + [w.proc.sentinel for w in busy], timeout=wait_for)
            for i, w in enumerate(workers):
                if not w.tasks:
                    continue
                if w.conn in ready:
                    try:
                        got_seq, result = w.conn.recv()
                        done[got_seq] = result
                        w.tasks.popleft()
                        w.started = time.monotonic()
                        continue
                    except (EOFError, OSError):
                        w.proc.join(1)  # the pipe closed: the worker is dying; let it be reaped
                elif w.proc.sentinel not in ready and not (
                        opts.timeout > 0 and time.monotonic() - w.started > opts.timeout):
                    continue
                if w.proc.sentinel in ready or not w.proc.is_alive():
                    w.proc.join(1)  # the sentinel fires as the process exits, before its exit code is known
                    why = _crash_message(w.proc.exitcode, opts.max_memory_mb)
                    kind = "crash"
                else:
                    why = f"timed out after {opts.timeout:g} s (raise it with --timeout)"
                    kind = "timeout"
                seq, src = w.tasks.popleft()
                done[seq] = Result(file=src, error=why, error_kind=kind, fit=False)
                queue.extendleft(reversed(w.tasks))  # sent behind the bad file, never read: another worker reads them
                w.tasks.clear()
                w.stop(kill=True)
                w.proc.join(1)
                workers[i] = _Worker(ctx, model_dir, matcher.options, opts.max_memory_mb)
        while next_out in done:
            yield done.pop(next_out)
            next_out += 1
    finally:
        for w in workers:
            w.stop(kill=bool(w.tasks))
        for w in workers:
            w.proc.join(0.5)
            if w.proc.is_alive():
                w.proc.kill()
                w.proc.join(0.5)
        _MATCHER = None
