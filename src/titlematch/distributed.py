"""Score resumes on a Dask cluster: the rows of a local batch, in input order, from many machines.

The client only lists the inputs (local paths, or ``s3://``, ``gs://``, ``memory://``... URLs through
fsspec) and cuts them into partitions; each worker loads the model once, reads the bytes itself and scores a
partition per task. A worker that dies mid-task costs nothing: the scheduler runs its tasks elsewhere; a
file that kills every worker it touches ends as one ``crash`` row. Needs ``pip install 'titlematch[dask]'``
on the client and on every worker (the same titlematch version); dask is imported here and nowhere else.

>>> from titlematch.distributed import Listing, iter_results            # doctest: +SKIP
>>> for r in iter_results(Listing(["s3://cvs/2024/"]), "tcp://10.0.0.5:8786"):  # doctest: +SKIP
...     print(r.file, r.title)
"""

from __future__ import annotations

import importlib
import json
import math
import os
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

from . import __version__
from .api import Matcher, Options, load_matcher
from .discover import RESUME_SUFFIXES, Discovery
from .errors import ExitCode, InputError, TitlematchError
from .extract import Limits
from .model import MANIFEST, MODEL_FILE
from .render import BATCH_COLUMNS, batch_row
from .resources import MODEL_ENV, resolve_model_dir
from .result import Result

if TYPE_CHECKING:
    from .model import Model

__all__ = ["ClusterError", "Listing", "ParquetSummary", "arrow_schema", "check_installed", "iter_results",
           "score_paths", "write_parquet"]

Scheduler = Any  # an address ("tcp://host:8786"), a distributed.Client, or None for a LocalCluster here
Storage = dict[str, Any] | None  # fsspec storage options (credentials are better left to the workers)
ModelDir = str | os.PathLike[str] | None


class ClusterError(TitlematchError):
    """The cluster cannot run the batch: no scheduler, no workers, or workers that differ from this client."""

    exit_code = ExitCode.ERROR


def check_installed() -> None:
    """Raise :class:`ClusterError` (saying what to install) unless the Dask extra is importable here."""
    import importlib.util

    missing = [m for m in ("distributed", "pyarrow", "fsspec") if importlib.util.find_spec(m) is None]
    if missing:
        raise ClusterError(f"running on a Dask cluster needs {', '.join(missing)}: pip install 'titlematch[dask]'")


def _import(name: str) -> Any:
    """Dask and pandas as untyped modules (they are only partly annotated)."""
    return importlib.import_module(name)


def _is_url(source: str) -> bool:
    return "://" in source


# ------------------------------------------------------------------------------------ listing (client)

@dataclass
class Listing(Discovery):
    """:class:`Discovery` that also lists URLs (``s3://bucket/prefix/``) through fsspec; same counters.

    A URL whose last part has a resume suffix is taken as a file without asking the store (a list of ten
    million keys costs no requests); a prefix is walked like a directory: sorted, hidden names skipped.
    """

    storage_options: dict[str, Any] = field(default_factory=dict)

    def __iter__(self) -> Iterator[str]:
        for p in super().__iter__():  # local paths are walked by Discovery; it passes URLs through as files
            if _is_url(p):
                yield from self._list_url(p)
            else:
                yield p

    def _list_url(self, url: str) -> Iterator[str]:
        import fsspec

        try:
            fs, root = fsspec.core.url_to_fs(url, **self.storage_options)
        except (ImportError, ValueError) as exc:
            raise ClusterError(f"cannot open this URL ({exc})", source=url) from None
        suffix = PurePosixPath(root).suffix.lower()
        named_file = not url.endswith("/") and suffix and suffix in RESUME_SUFFIXES
        try:
            is_dir = not named_file and fs.isdir(root)
        except OSError:
            is_dir = False  # the worker that reads it reports why, on its row
        if is_dir:
            yield from self._walk_store(fs, root.rstrip("/"), url.rstrip("/"))
        else:
            yield url

    def _walk_store(self, fs: Any, root: str, label: str) -> Iterator[str]:
        try:
            entries = fs.ls(root, detail=True)
        except OSError:
            self.missing.append(label)
            return
        for entry in sorted(entries, key=lambda e: str(e["name"]).rstrip("/").rsplit("/", 1)[-1]):
            name = str(entry["name"]).rstrip("/").rsplit("/", 1)[-1]
            if name.startswith("."):
                self.skipped_hidden += 1
            elif entry.get("type") == "directory":
                yield from self._walk_store(fs, f"{root}/{name}", f"{label}/{name}")
            elif PurePosixPath(name).suffix.lower() in RESUME_SUFFIXES:
                yield f"{label}/{name}"
            else:
                self.skipped_type += 1


# ------------------------------------------------------------------------------------- on the workers

_LOAD_LOCK = threading.Lock()
_SCORE_LOCK = threading.Lock()  # pdfium is not thread-safe; run workers with --nthreads 1 anyway
_MODELS: dict[str, Model] = {}
_FETCH_AHEAD = 8  # URLs read ahead of scoring, per task
_LOADS = 0  # how many times this process loaded a model (the tests check "once per worker")


def _matcher(model_dir: str | None, options: Options) -> Matcher:
    global _LOADS
    with _LOAD_LOCK:
        model = _MODELS.get(model_dir or "")
        if model is None:
            model = _MODELS[model_dir or ""] = load_matcher(model_dir).model
            _LOADS += 1
    return Matcher(model, options)


def _warm_worker(model_dir: str | None) -> tuple[str, str, int]:
    """Load the model now; report (titlematch version, model checksum, loads so far) to the client."""
    model = _matcher(model_dir, Options()).model
    return __version__, str(model.manifest.get("files", {}).get(MODEL_FILE, "")), _LOADS


def _local_model_checksum(model_dir: str | None) -> str | None:
    """The checksum of the model this machine would load, when it can see it (read from its manifest)."""
    try:
        manifest = json.loads((resolve_model_dir(model_dir)[0] / MANIFEST).read_text(encoding="utf-8"))
        return str(manifest["files"][MODEL_FILE])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _read_url(url: str, limits: Limits, storage: Storage) -> bytes:
    import fsspec

    from .api import read_error, too_big

    try:
        with fsspec.open(url, "rb", **(storage or {})) as fh:
            size = getattr(fh, "size", None)
            if size is not None and size > limits.max_bytes:
                raise too_big(limits, size)
            data: bytes = fh.read(limits.max_bytes + 1)
    except OSError as exc:
        raise read_error(exc, "check the credentials of the workers") from None
    if len(data) > limits.max_bytes:
        raise too_big(limits)
    return data


def _score_one(matcher: Matcher, source: str, fetched: Future[bytes] | None) -> Result:
    try:
        if source == "-":
            raise InputError("standard input cannot be read on a cluster; save it to a file first")
        if fetched is not None:
            data = fetched.result()
            with _SCORE_LOCK:
                result = matcher.match_bytes(data, source)
        else:
            with _SCORE_LOCK:
                result = matcher.match(source)  # a local path: it must exist on this worker's machine
    except InputError as exc:
        result = Result(file=source, error=exc.message, error_kind=exc.kind, fit=False)
    except MemoryError:
        result = Result(file=source, error="ran out of memory reading this file (over the worker's memory "
                        "limit)", error_kind="limit", fit=False)
    except Exception as exc:  # a parser bug must cost one row, never the batch (as in a local batch)
        result = Result(file=source, error=f"internal error while reading ({type(exc).__name__}); please "
                        "report it", error_kind="internal", fit=False)
    result.file = source
    return result


def _score_partition(sources: list[str], model_dir: str | None, options: Options,
                     storage: Storage) -> list[Result]:
    """Score in order; URLs are fetched a few files ahead on threads, so store latency overlaps scoring."""
    matcher = _matcher(model_dir, options)
    limits = matcher.options.limits
    out: list[Result] = []
    with ThreadPoolExecutor(_FETCH_AHEAD) as pool:
        def fetch(s: str) -> tuple[str, Future[bytes] | None]:
            return s, pool.submit(_read_url, s, limits, storage) if _is_url(s) else None

        ahead = deque(fetch(s) for s in sources[:_FETCH_AHEAD])
        later = iter(sources[_FETCH_AHEAD:])
        while ahead:
            source, fetched = ahead.popleft()
            if (nxt := next(later, None)) is not None:
                ahead.append(fetch(nxt))
            out.append(_score_one(matcher, source, fetched))
    return out


@dataclass(frozen=True)
class _Part:
    rows: int
    errors: list[tuple[str, str]]  # (file, message), in input order


def _write_part(results: list[Result], output: str, index: int, storage: Storage) -> _Part:
    import fsspec
    import pyarrow.parquet as pq
    from fsspec.implementations.local import LocalFileSystem

    table = _arrow_table([batch_row(r) for r in results])
    fs, root = fsspec.core.url_to_fs(output, **(storage or {}))
    fs.makedirs(root, exist_ok=True)
    final = f"{root.rstrip('/')}/part-{index:08d}.parquet"  # names sort in input order
    # A local file appears whole (a rename); object stores publish an object only when it is complete.
    target = f"{root.rstrip('/')}/.part-{index:08d}-{uuid.uuid4().hex}.tmp" \
        if isinstance(fs, LocalFileSystem) else final
    with fs.open(target, "wb") as fh:
        pq.write_table(table, fh)
    if target != final:
        fs.mv(target, final)
    return _Part(len(results), [(r.file, r.error) for r in results if r.error is not None])


def _score_and_write(sources: list[str], model_dir: str | None, options: Options, storage: Storage,
                     output: str, index: int) -> _Part:
    return _write_part(_score_partition(sources, model_dir, options, storage), output, index, storage)


def _score_frame(sources: list[str], offset: int, model_dir: str | None, options: Options,
                 storage: Storage) -> Any:
    pd = _import("pandas")
    rows = [batch_row(r) for r in _score_partition(sources, model_dir, options, storage)]
    frame = _arrow_table(rows).to_pandas(types_mapper=pd.ArrowDtype)
    frame.index = pd.RangeIndex(offset, offset + len(rows))
    return frame


def arrow_schema() -> Any:
    """The batch schema (``render.BATCH_COLUMNS``) as a pyarrow schema: the columns of the Parquet output."""
    import pyarrow as pa

    types = {"score": pa.float64(), "confidence": pa.float64(), "runner_up_score": pa.float64(),
             "years": pa.float64(), "close_call": pa.bool_(), "fit": pa.bool_()}
    return pa.schema([(c, types.get(c, pa.string())) for c in BATCH_COLUMNS])


def _arrow_table(rows: list[dict[str, Any]]) -> Any:
    import pyarrow as pa

    return pa.Table.from_pylist([{k: _utf8(v) for k, v in row.items()} for row in rows], schema=arrow_schema())


def _utf8(value: Any) -> Any:
    """Parquet strings are UTF-8: a file name's undecodable bytes (surrogate escapes) are written as ``\\xNN``."""
    if isinstance(value, str) and not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return value.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return value


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
        info: dict[str, tuple[str, str, int]] = client.run(_warm_worker, model_dir)
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
    here = _local_model_checksum(model_dir)
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
    """Yield each partition's value in input order: its Results, or (with ``output``) its written ``_Part``.

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
            submit(_write_part, results, output, part, storage, part=part, pos=_WRITE)

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
                    submit(_score_partition, chunk, *common, part=next_in, pos=_MAIN)
                else:
                    submit(_score_and_write, chunk, *common, output, next_in, part=next_in, pos=_MAIN)
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
                        submit(_score_partition, [source], *common, part=part, pos=i)
                    continue
                split.setdefault(part, [None])[max(pos, 0)] = Result(
                    file=chunk[max(pos, 0)], error="the reader crashed or ran out of memory on this file; it "
                    "was skipped (it killed every Dask worker that tried it)", error_kind="crash", fit=False)
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
    meta = _arrow_table([]).to_pandas(types_mapper=pd.ArrowDtype)
    if not sources:
        return dd.from_pandas(meta, npartitions=1)
    offsets = list(range(0, len(sources), size))
    df = dd.from_map(_score_frame, [sources[o: o + size] for o in offsets], offsets,
                     args=(_model_arg(model_dir), options or Options(), storage_options), meta=meta,
                     divisions=(*offsets, len(sources) - 1), label="titlematch-score", enforce_metadata=False)
    return client.persist(df) if client is not None else df
