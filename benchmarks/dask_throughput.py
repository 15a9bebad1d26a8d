"""Rows/s of the Dask path against the local ``--jobs 2`` batch, on the same cores, same run.

Uses the shared synthetic two-page resume PDFs (``_resumes.generate``, cached in benchmarks/out/batch-N/).
Starts a Dask LocalCluster of WORKERS worker processes with one thread each, on 127.0.0.1 (the same
scheduler, nanny and worker code as ``dask scheduler`` / ``dask worker``), once; its start-up is printed
apart. Then, REPEAT times, alternating, median:

(a) local batch: ``batch.score_many(..., BatchOptions(jobs=JOBS))``, the code behind ``titlematch DIR -j 2``;
(b) Dask, ``distributed.iter_results`` (every Result back to this process, in order), rows/s;
(c) Dask, ``distributed.write_parquet`` (the workers write the Parquet dataset; counts come back), rows/s;
(d) (b) / (a) and (c) / (a);
(e) the per-resume cost in CPU time (milliseconds of one core): for the local batch, the parent and its
    workers; for Dask, the workers apart from this process (client and in-process scheduler), and what ten
    million resumes cost at the workers' rate, in core-hours.

This is a benchmark, not a test: nothing is asserted. On this 2-core machine the client, the scheduler and
the workers share the same two cores; on a real cluster they do not. Rows/s fall when the machine is busy
with other work; CPU time per resume barely moves, so (e) is the figure to plan a cluster with.

Run from anywhere:  /work/venv/bin/python benchmarks/dask_throughput.py [--n 1000] [--repeat 3] [--workers 2]
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import sys
import time
from pathlib import Path

import _resumes

from titlematch.api import Options, load_matcher
from titlematch.batch import BatchOptions, score_many

try:
    import distributed
except ImportError:
    sys.exit("needs the Dask extra: pip install 'titlematch[dask]'")

from titlematch.distributed import iter_results, write_parquet

TEN_MILLION = 10_000_000


class Run:
    """Wall time and CPU time (ms of one core per row) of one pass."""

    def __init__(self, client: distributed.Client | None = None) -> None:
        self.client = client

    def _worker_cpu(self) -> float:
        return sum(self.client.run(time.process_time).values()) if self.client else 0.0

    def _children_cpu(self) -> float:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime

    def __enter__(self) -> Run:
        self.wall, self.own, self.kids, self.workers = (time.perf_counter(), time.process_time(),
                                                        self._children_cpu(), self._worker_cpu())
        return self

    def finish(self, rows: int) -> tuple[float, float, float]:
        """(rows/s, this process's CPU ms per row, other processes' CPU ms per row)."""
        wall = time.perf_counter() - self.wall
        own = time.process_time() - self.own
        other = self._children_cpu() - self.kids + self._worker_cpu() - self.workers
        return rows / wall, own * 1000 / rows, other * 1000 / rows

    def __exit__(self, *exc: object) -> None:
        pass


def local_pass(paths: list[str], jobs: int) -> tuple[float, float, float]:
    matcher = load_matcher()
    with Run() as run:
        n = sum(1 for _ in score_many(matcher, paths, BatchOptions(jobs=jobs)))
        return run.finish(n)


def dask_pass(paths: list[str], client: distributed.Client, partition_size: int) -> tuple[float, float, float]:
    with Run(client) as run:
        n = sum(1 for _ in iter_results(paths, client, partition_size=partition_size))
        return run.finish(n)


def parquet_pass(paths: list[str], client: distributed.Client, out: Path,
                 partition_size: int) -> tuple[float, float, float]:
    with Run(client) as run:
        summary = write_parquet(paths, client, None, Options(), str(out), partition_size=partition_size,
                                overwrite=True)
        return run.finish(summary.rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="distinct two-page resumes (default 1000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each (default 3)")
    parser.add_argument("--workers", type=int, default=2, help="Dask worker processes, and local --jobs (2)")
    parser.add_argument("--partition-size", type=int, default=100, help="files per Dask task (default 100)")
    args = parser.parse_args()

    paths = [str(p) for p in _resumes.generate(_resumes.OUT / f"batch-{args.n}", args.n, jobs=args.workers)]
    for p in paths:  # page cache warm for every side
        Path(p).read_bytes()
    out = _resumes.OUT / "dask-results.parquet"

    started = time.perf_counter()
    cluster = distributed.LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                                       host="127.0.0.1", dashboard_address="127.0.0.1:0")
    client = distributed.Client(cluster, set_as_default=False)
    client.wait_for_workers(args.workers)
    startup = time.perf_counter() - started
    print(f"{len(paths)} two-page PDFs; {args.workers} local processes vs. a LocalCluster of {args.workers} "
          f"workers x 1 thread (started in {startup:.1f} s, not counted); partitions of {args.partition_size}")

    local: list[tuple[float, float, float]] = []
    remote: list[tuple[float, float, float]] = []
    parquet: list[tuple[float, float, float]] = []
    try:
        for i in range(args.repeat):
            local.append(local_pass(paths, args.workers))
            remote.append(dask_pass(paths, client, args.partition_size))
            parquet.append(parquet_pass(paths, client, out, args.partition_size))
            print(f"  run {i + 1}: local {local[-1][0]:.0f}/s   dask {remote[-1][0]:.0f}/s   "
                  f"dask->parquet {parquet[-1][0]:.0f}/s", flush=True)
    finally:
        client.close()
        cluster.close()
        shutil.rmtree(out, ignore_errors=True)

    def med(runs: list[tuple[float, float, float]], i: int) -> float:
        return statistics.median(r[i] for r in runs)

    a, b, c = med(local, 0), med(remote, 0), med(parquet, 0)
    print(f"\n(a) local batch, --jobs {args.workers}:  {a:6.0f} rows/s   CPU per resume: "
          f"{med(local, 1) + med(local, 2):.1f} ms (parent {med(local, 1):.1f}, workers {med(local, 2):.1f})")
    print(f"(b) Dask iter_results:     {b:6.0f} rows/s   CPU per resume: workers {med(remote, 2):.1f} ms, "
          f"client + scheduler {med(remote, 1):.1f} ms")
    print(f"(c) Dask write_parquet:    {c:6.0f} rows/s   CPU per resume: workers {med(parquet, 2):.1f} ms, "
          f"client + scheduler {med(parquet, 1):.1f} ms")
    print(f"(d) ratio (b)/(a) {b / a:.2f}   (c)/(a) {c / a:.2f}   (medians of {args.repeat})")
    per_row_ms = med(parquet, 2)
    core_hours = TEN_MILLION * per_row_ms / 1000 / 3600
    print(f"(e) ten million resumes at {per_row_ms:.1f} worker core-ms each: {core_hours:.0f} core-hours "
          f"(e.g. {core_hours / 64:.1f} h on 64 worker cores)")


if __name__ == "__main__":
    main()
