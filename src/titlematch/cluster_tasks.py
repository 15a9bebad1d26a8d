"""What runs on a Dask worker: load the model once per process, read each input (a local path, or a URL
through fsspec, fetched a few files ahead), score a partition in order, and write it as a Parquet part. The
client side is :mod:`titlematch.distributed`."""

from __future__ import annotations

import importlib
import json
import threading
import uuid
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import __version__
from .api import Matcher, Options, load_matcher
from .errors import InputError
from .extract import Limits
from .listing import is_url
from .model import MANIFEST, MODEL_FILE
from .render import BATCH_COLUMNS, batch_row
from .resources import resolve_model_dir
from .result import Result

if TYPE_CHECKING:
    from .model import Model

__all__ = ["Part", "Storage", "arrow_schema", "arrow_table", "import_untyped", "local_model_checksum",
           "score_and_write", "score_frame", "score_partition", "warm_worker", "write_part"]

Storage = dict[str, Any] | None  # fsspec storage options (credentials are better left to the workers)


def import_untyped(name: str) -> Any:
    """Dask and pandas as untyped modules (they are only partly annotated)."""
    return importlib.import_module(name)


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


def warm_worker(model_dir: str | None) -> tuple[str, str, int]:
    """Load the model now; report (titlematch version, model checksum, loads so far) to the client."""
    model = _matcher(model_dir, Options()).model
    return __version__, str(model.manifest.get("files", {}).get(MODEL_FILE, "")), _LOADS


def local_model_checksum(model_dir: str | None) -> str | None:
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


def score_partition(sources: list[str], model_dir: str | None, options: Options,
                     storage: Storage) -> list[Result]:
    """Score in order; URLs are fetched a few files ahead on threads, so store latency overlaps scoring."""
    matcher = _matcher(model_dir, options)
    limits = matcher.options.limits
    out: list[Result] = []
    with ThreadPoolExecutor(_FETCH_AHEAD) as pool:
        def fetch(s: str) -> tuple[str, Future[bytes] | None]:
            return s, pool.submit(_read_url, s, limits, storage) if is_url(s) else None

        ahead = deque(fetch(s) for s in sources[:_FETCH_AHEAD])
        later = iter(sources[_FETCH_AHEAD:])
        while ahead:
            source, fetched = ahead.popleft()
            if (nxt := next(later, None)) is not None:
                ahead.append(fetch(nxt))
            out.append(_score_one(matcher, source, fetched))
    return out


@dataclass(frozen=True)
class Part:
    rows: int
    errors: list[tuple[str, str]]  # (file, message), in input order


def write_part(results: list[Result], output: str, index: int, storage: Storage) -> Part:
    import fsspec
    import pyarrow.parquet as pq
    from fsspec.implementations.local import LocalFileSystem

    table = arrow_table([batch_row(r) for r in results])
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
    return Part(len(results), [(r.file, r.error) for r in results if r.error is not None])


def score_and_write(sources: list[str], model_dir: str | None, options: Options, storage: Storage,
                     output: str, index: int) -> Part:
    return write_part(score_partition(sources, model_dir, options, storage), output, index, storage)


def score_frame(sources: list[str], offset: int, model_dir: str | None, options: Options,
                 storage: Storage) -> Any:
    pd = import_untyped("pandas")
    rows = [batch_row(r) for r in score_partition(sources, model_dir, options, storage)]
    frame = arrow_table(rows).to_pandas(types_mapper=pd.ArrowDtype)
    frame.index = pd.RangeIndex(offset, offset + len(rows))
    return frame


def arrow_schema() -> Any:
    """The batch schema (``render.BATCH_COLUMNS``) as a pyarrow schema: the columns of the Parquet output."""
    import pyarrow as pa

    types = {"score": pa.float64(), "confidence": pa.float64(), "runner_up_score": pa.float64(),
             "years": pa.float64(), "close_call": pa.bool_(), "fit": pa.bool_()}
    return pa.schema([(c, types.get(c, pa.string())) for c in BATCH_COLUMNS])


def arrow_table(rows: list[dict[str, Any]]) -> Any:
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
