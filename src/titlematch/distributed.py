"""Score resumes on a Dask cluster: the rows of a local batch, in input order, from many machines.

The client (this module) only lists the inputs (local paths, or ``s3://``, ``gs://``, ``memory://``... URLs through
fsspec) and cuts them into partitions; each worker loads the model once, reads the bytes itself and scores a
partition per task. A worker that dies mid-task costs nothing: the scheduler runs its tasks elsewhere; a
file that kills every worker it touches ends as one ``crash`` row. Needs ``pip install 'titlematch[dask]'``
on the client and on every worker (the same titlematch version); dask is imported here and nowhere else.

>>> from titlematch.distributed import Listing, iter_results            # doctest: +SKIP
>>> for r in iter_results(Listing(["s3://cvs/2024/"]), "tcp://10.0.0.5:8786"):  # doctest: +SKIP
...     print(r.file, r.title)
"""

from __future__ import annotations

import math
import os
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from typing import Any

from . import __version__
from .api import Options
from .cluster_tasks import (
    Storage,
    arrow_schema,
    arrow_table,
    local_model_checksum,
    score_and_write,
    score_frame,
    score_partition,
    warm_worker,
    write_part,
)
from .cluster_tasks import import_untyped as _import
from .errors import ClusterError, TitlematchError
from .listing import Listing
from .resources import MODEL_ENV
from .result import Result

__all__ = ["ClusterError", "Listing", "ParquetSummary", "arrow_schema", "check_installed", "iter_results",
           "score_paths", "write_parquet"]

Scheduler = Any  # an address ("tcp://host:8786"), a distributed.Client, or None for a LocalCluster here
ModelDir = str | os.PathLike[str] | None


def check_installed() -> None:
    """Raise :class:`ClusterError` (saying what to install) unless the Dask extra is importable here."""
    import importlib.util

    missing = [m for m in ("distributed", "pyarrow", "fsspec") if importlib.util.find_spec(m) is None]
    if missing:
        raise ClusterError(f"running on a Dask cluster needs {', '.join(missing)}: pip install 'titlematch[dask]'")


# --------------------------------------------------------------------------------- on the client

@contextmanager
def _connect(scheduler: Scheduler, timeout: float) -> Iterator[Any]:
    distributed = _import("distributed")

    if scheduler is not None and not isinstance(scheduler, str):
        yield scheduler  # the caller's Client: theirs to close
        return
    if scheduler == "":
        raise ClusterError("the scheduler address is empty; give tcp://HOST:PORT")
    cluster = None
    try:
        if scheduler is None:
            cluster = distributed.LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1,
                                               processes=True, host="127.0.0.1", dashboard_address="127.0.0.1:0")
        client = distributed.Client(cluster or scheduler, timeout=f"{timeout}s", set_as_default=False)
    except OSError:
        if cluster is not None:
            cluster.close()
        raise ClusterError(f"cannot reach the Dask scheduler within {timeout:g} s; is it running, and is this its "
                           "address?", source=scheduler) from None
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _prepare(client: Any, model_dir: str | None, worker_timeout: float) -> int:
    """Wait for a worker, load the model on every worker, check they agree; return the worker threads."""
    try:
        client.wait_for_workers(1, timeout=worker_timeout)
    except TimeoutError:
        raise ClusterError(f"no Dask worker joined within {worker_timeout:g} s; start some with 'dask worker "
                           f"{client.scheduler.address}'") from None
    try:
        info: dict[str, tuple[str, str, int]] = client.run(warm_worker, model_dir)
    except TitlematchError as exc:
        raise type(exc)(f"on a Dask worker: {exc.message}", source=exc.source) from None
    except Exception as exc:
        raise ClusterError(f"a Dask worker cannot run titlematch ({type(exc).__name__}: {exc}); install the "
                           "same titlematch[dask] on every worker") from None
    versions = {v for v, _, _ in info.values()}
    if versions != {__version__}:
        raise ClusterError(f"the workers run titlematch {', '.join(sorted(versions))} and this client "
                           f"{__version__}; install the same version everywhere")
    models = {m for _, m, _ in info.values()}
    here = local_model_checksum(model_dir)
    if len(models) > 1 or (here is not None and models != {here}):
        raise ClusterError("the workers loaded a different model from this machine's (or from each other's); "
                           "give every worker the same --model directory")
    return _threads(client)


def _threads(client: Any) -> int:
    return max(1, sum(int(n) for n in client.nthreads().values()))


def _chunks(sources: Iterable[str], size: int, threads: int) -> Iterator[list[str]]:
    """Partitions of ``size`` paths; smaller when the whole input is small, so every worker gets some."""
    if size < 1:
        raise ValueError("partition_size must be at least 1")
    it = iter(sources)
    head = list(islice(it, size * threads * 4))
    if len(head) < size * threads * 4:
        size = max(1, min(size, math.ceil(len(head) / (threads * 4))))
    for i in range(0, len(head), size):
        yield head[i: i + size]
    while chunk := list(islice(it, size)):
        yield chunk


_MAIN, _WRITE = -1, -2  # positions of a partition's own task and of its write task, beside per-file positions


def _run(client: Any, chunks: Iterator[list[str]], threads: int, model_dir: str | None, options: Options,
         storage: Storage, output: str | None = None) -> Iterator[Any]:
    """Yield each partition's value in input order: its Results, or (with ``output``) its written ``Part``.

    At most ``2 * threads + 2`` partitions are in flight or waiting to be yielded, so memory stays flat. A
    partition whose task killed workers (``KilledWorker``) is retried file by file; a file that still kills
    its worker becomes a ``crash`` row. Leaving early (an error, Ctrl-C, the consumer stopping) cancels
    every task still on the cluster.
    """
    distributed = _import("distributed")

    run = uuid.uuid4().hex[:8]
    common = (model_dir, options, storage)
    pending = distributed.as_completed(loop=client.loop)  # this client's, not a default one
    futures: dict[str, tuple[Any, int, int]] = {}  # key -> (future, partition, position)
    paths: dict[int, list[str]] = {}  # partitions not finished yet
    split: dict[int, list[Result | None]] = {}  # partitions retried file by file
    done: dict[int, Any] = {}
    next_in = next_out = 0
    exhausted = False
    counted = time.monotonic()
    fut: Any = None

    def submit(fn: Callable[..., Any], *args: Any, part: int, pos: int) -> None:
        kind = {_MAIN: "partition", _WRITE: "write"}.get(pos, f"file-{pos}")
        future = client.submit(fn, *args, key=f"titlematch-{run}-{part}-{kind}", pure=False, priority=-part)
        futures[future.key] = (future, part, pos)
        pending.add(future)

    def finish(part: int, results: list[Result]) -> None:
        if output is None:
            done[part] = results
            del paths[part]
        else:
            submit(write_part, results, output, part, storage, part=part, pos=_WRITE)

    try:
        while True:
            if time.monotonic() - counted > 10:  # workers come and go (adaptive clusters): resize the window
                threads, counted = _threads(client), time.monotonic()
            while not exhausted and len(paths) + len(done) < 2 * threads + 2:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                    break
                paths[next_in] = chunk
                if output is None:
                    submit(score_partition, chunk, *common, part=next_in, pos=_MAIN)
                else:
                    submit(score_and_write, chunk, *common, output, next_in, part=next_in, pos=_MAIN)
                next_in += 1
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1
            if not futures:
                if exhausted:
                    return
                continue
            fut = next(pending)
            _, part, pos = futures.pop(fut.key)
            if fut.status == "finished":
                value = fut.result()
                if pos == _MAIN and output is None:
                    finish(part, value)
                elif pos in (_MAIN, _WRITE):
                    done[part] = value
                    del paths[part]
                else:
                    split[part][pos] = value[0]
                if pos < 0:
                    continue
            elif fut.status == "error":
                exc = fut.exception()
                if pos == _WRITE or not isinstance(exc, distributed.KilledWorker):
                    raise ClusterError(f"a task failed on the cluster: {exc!r}")
                chunk = paths[part]
                if pos == _MAIN and len(chunk) > 1:
                    split[part] = [None] * len(chunk)
                    for i, source in enumerate(chunk):
                        submit(score_partition, [source], *common, part=part, pos=i)
                    continue
                split.setdefault(part, [None])[max(pos, 0)] = Result(
                    file=chunk[max(pos, 0)], error="the reader crashed or ran out of memory on this file; it "
                    "was skipped (it killed every Dask worker that tried it)", error_kind="crash", fit=False)
            elif fut.status in ("pending", "lost"):
                # It finished, then its result was lost with a worker that died holding it (the scheduler says
                # "will be recomputed elsewhere"): wait for it again.
                futures[fut.key] = (fut, part, pos)
                pending.add(fut)
                continue
            else:
                raise ClusterError("the cluster cancelled the work (the scheduler restarted or lost this "
                                   "client)")
            filled = split[part]
            if all(r is not None for r in filled):
                del split[part]
                finish(part, [r for r in filled if r is not None])
    finally:  # the last future too: a traceback would keep it, and its result, alive on the cluster
        if futures or fut is not None:
            client.cancel([f for f, _, _ in futures.values()] + ([fut] if fut is not None else []), force=True)


def _model_arg(model_dir: ModelDir) -> str | None:
    # Resolved here so $TITLEMATCH_MODEL on the client is what the workers load (a path they must see too).
    chosen = model_dir or os.environ.get(MODEL_ENV)
    return os.fspath(chosen) if chosen else None


def iter_results(sources: Iterable[str], scheduler: Scheduler, model_dir: ModelDir = None,
                 options: Options | None = None, *, partition_size: int = 100,
                 storage_options: Storage = None, connect_timeout: float = 20.0,
                 worker_timeout: float = 60.0) -> Iterator[Result]:
    """Score files (paths or URLs, already listed: see :class:`Listing`) on a Dask cluster; yield one Result
    per source, in input order, partition by partition, exactly as ``batch.score_many`` would.

    ``scheduler`` is an address (``tcp://host:8786``), a ``distributed.Client`` (left open), or ``None`` for a
    LocalCluster on this machine. Close the generator (``contextlib.closing``) to cancel the cluster's work.
    """
    with _connect(scheduler, connect_timeout) as client:
        model = _model_arg(model_dir)
        threads = _prepare(client, model, worker_timeout)
        for results in _run(client, _chunks(sources, partition_size, threads), threads, model,
                            options or Options(), storage_options):
            yield from results


@dataclass(frozen=True)
class ParquetSummary:
    output: str
    rows: int
    failed: int
    parts: int


def write_parquet(sources: Iterable[str], scheduler: Scheduler, model_dir: ModelDir,
                  options: Options | None, output: str, *, partition_size: int = 1000,
                  storage_options: Storage = None, overwrite: bool = False, connect_timeout: float = 20.0,
                  worker_timeout: float = 60.0,
                  progress: Callable[[int, int], None] | None = None,
                  on_error: Callable[[str, str], None] | None = None) -> ParquetSummary:
    """Score files on a Dask cluster; the workers write ``output`` (a directory or URL) as a Parquet dataset
    of ``part-NNNNNNNN.parquet`` files, one row per resume in the batch schema, in input order. No row
    passes through this process: only counts and error messages come back. ``progress(done, failed)`` and
    ``on_error(file, message)`` are called in input order as parts finish.
    """
    import fsspec

    try:
        fs, root = fsspec.core.url_to_fs(output, **(storage_options or {}))
        if fs.exists(root) and (not fs.isdir(root) or fs.ls(root)):
            if not overwrite:
                raise ClusterError("already exists; remove it or choose another output", source=output)
            fs.rm(root, recursive=True)
        fs.makedirs(root, exist_ok=True)
    except (ImportError, ValueError, OSError) as exc:
        raise ClusterError(f"cannot write here ({exc})", source=output) from None
    rows = failed = parts = 0
    with _connect(scheduler, connect_timeout) as client:
        model = _model_arg(model_dir)
        threads = _prepare(client, model, worker_timeout)
        chunks = _chunks(sources, partition_size, threads)
        for part in _run(client, chunks, threads, model, options or Options(), storage_options, output):
            rows, failed, parts = rows + part.rows, failed + len(part.errors), parts + 1
            for file, message in part.errors:
                if on_error is not None:
                    on_error(file, message)
            if progress is not None:
                progress(rows, failed)
    return ParquetSummary(output, rows, failed, parts)


def score_paths(paths: Iterable[str], *, model_dir: ModelDir = None,
                options: Options | None = None, partition_size: int = 1000, storage_options: Storage = None,
                client: Any = None) -> Any:
    """A lazy Dask DataFrame of the batch schema, one row per resume, indexed by input position.

    ``paths`` are files, directories or URL prefixes, listed now (on this machine); the scoring runs when the
    frame is computed, on the current (or given) client. With ``client`` the frame is persisted there at
    once. Needs pandas (``pip install 'dask[dataframe]'``).

    >>> df = score_paths(["s3://cvs/2024/"])                     # doctest: +SKIP
    >>> df[df.level == "Senior"].to_parquet("s3://out/senior/")   # doctest: +SKIP
    """
    try:
        dd, pd = _import("dask.dataframe"), _import("pandas")
    except ImportError:
        raise ClusterError("score_paths needs pandas: pip install 'dask[dataframe]'") from None
    sources = list(Listing(list(paths), storage_options=dict(storage_options or {})))
    threads = _threads(client) if client is not None else os.cpu_count() or 1
    size = max(1, min(partition_size, math.ceil(len(sources) / (threads * 4))))
    meta = arrow_table([]).to_pandas(types_mapper=pd.ArrowDtype)
    if not sources:
        return dd.from_pandas(meta, npartitions=1)
    offsets = list(range(0, len(sources), size))
    df = dd.from_map(score_frame, [sources[o: o + size] for o in offsets], offsets,
                     args=(_model_arg(model_dir), options or Options(), storage_options), meta=meta,
                     divisions=(*offsets, len(sources) - 1), label="titlematch-score", enforce_metadata=False)
    return client.persist(df) if client is not None else df
