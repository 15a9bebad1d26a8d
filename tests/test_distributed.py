"""The Dask path: the same rows as a local batch, in input order, from worker processes.

Two clusters, each started once for this module, both on 127.0.0.1 only (a test checks every listening
socket):
- a LocalCluster with two worker *processes* (most tests); its scheduler runs in this process;
- a real ``dask scheduler`` and two ``dask worker`` commands (the end-to-end test).
Inputs are local files (every worker here sees this machine's disk). fsspec's ``memory://`` store is
per process, so the object-storage test fills it inside each worker (``client.run``) and gives the client
only empty stand-ins to list: a correct row can then only come from bytes the worker read itself.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

distributed = pytest.importorskip("distributed")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
fsspec = pytest.importorskip("fsspec")

import cloudpickle  # noqa: E402  (comes with distributed)

from titlematch.api import Options, load_matcher  # noqa: E402
from titlematch.batch import BatchOptions, score_many  # noqa: E402
from titlematch.cluster_tasks import warm_worker  # noqa: E402
from titlematch.discover import Discovery  # noqa: E402
from titlematch.distributed import (  # noqa: E402
    ClusterError,
    Listing,
    _chunks,
    arrow_schema,
    check_installed,
    iter_results,
    score_paths,
    write_parquet,
)
from titlematch.render import BATCH_COLUMNS, batch_row, json_line  # noqa: E402

from conftest import JUNIOR_QA, PHARMACIST, SENIOR_DEVOPS, make_docx, make_pdf  # noqa: E402

# Helpers below run on the workers, which cannot import this test module: send them by value.
cloudpickle.register_pickle_by_value(sys.modules[__name__])

TEXTS = [SENIOR_DEVOPS, JUNIOR_QA, PHARMACIST]


@pytest.fixture(scope="module")
def resumes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Fourteen resumes in two folders, one broken PDF, one hidden file and one that is not a resume."""
    root = tmp_path_factory.mktemp("resumes")
    (root / "b-team").mkdir()
    for i in range(9):
        make_pdf(root / f"cv-{i}.pdf", TEXTS[i % 3], pages=1 + i % 2)
    make_docx(root / "b-team" / "qa.docx", JUNIOR_QA)
    (root / "b-team" / "ops.txt").write_text(SENIOR_DEVOPS, encoding="utf-8")
    (root / "b-team" / "pharma.md").write_text(PHARMACIST, encoding="utf-8")
    (root / "broken.pdf").write_bytes(b"%PDF-1.7\n this is not a PDF body")
    (root / "empty.txt").write_bytes(b"")
    (root / ".hidden.pdf").write_bytes(b"skipped")
    (root / "photo.png").write_bytes(b"\x89PNG skipped")
    return root


@pytest.fixture(scope="module")
def local_lines(resumes: Path) -> list[str]:
    """The local batch (worker processes), as JSON Lines: what every Dask run must reproduce."""
    matcher = load_matcher()
    sources = Discovery([str(resumes), str(resumes / "missing.pdf")])
    return [json_line(r) for r in score_many(matcher, sources, BatchOptions(jobs=2))]


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address="127.0.0.1:0") as cl, \
            distributed.Client(cl, set_as_default=False) as client:  # the library must not need a default
        client.wait_for_workers(2, timeout=60)
        yield cl


@pytest.fixture
def client(cluster: Any) -> Any:
    c = distributed.Client(cluster, set_as_default=False)
    c.wait_for_workers(2, timeout=60)  # a test may have killed one; its nanny brings it back
    yield c
    c.close()


# ---------------------------------------------------------------------------------------------- listing

def test_listing_walks_directories_exactly_like_a_local_batch(resumes: Path) -> None:
    listing, discovery = Listing([str(resumes)]), Discovery([str(resumes)])
    assert list(listing) == list(discovery)
    assert (listing.skipped_hidden, listing.skipped_type) == (discovery.skipped_hidden, discovery.skipped_type) \
        == (1, 1)


def test_listing_walks_a_url_prefix_like_a_directory() -> None:
    mem = fsspec.filesystem("memory")
    for name in ("z.pdf", "a.txt", "sub/b.docx", ".secret.pdf", "logo.png"):
        mem.pipe(f"/listing-test/{name}", b"x")
    try:
        listing = Listing(["memory://listing-test/", "memory://listing-test/named.pdf"])
        assert list(listing) == ["memory://listing-test/a.txt", "memory://listing-test/sub/b.docx",
                                 "memory://listing-test/z.pdf", "memory://listing-test/named.pdf"]
        assert (listing.skipped_hidden, listing.skipped_type) == (1, 1)
    finally:
        mem.rm("/listing-test", recursive=True)


def test_small_inputs_are_cut_so_every_worker_gets_some() -> None:
    assert [len(c) for c in _chunks(map(str, range(10)), 100, threads=2)] == [2, 2, 2, 2, 2]
    assert [len(c) for c in _chunks(map(str, range(1000)), 100, threads=2)] == [100] * 10
    with pytest.raises(ValueError):
        list(_chunks(["a"], 0, threads=1))


# ------------------------------------------------------------------------------------ worker processes

def test_results_equal_the_local_batch_line_for_line(client: Any, resumes: Path, local_lines: list[str]) -> None:
    sources = Listing([str(resumes), str(resumes / "missing.pdf")])
    lines = [json_line(r) for r in iter_results(sources, client, partition_size=3)]
    assert lines == local_lines
    errors = {json.loads(x)["file"]: json.loads(x)["error_kind"] for x in lines if json.loads(x)["error"]}
    assert errors == {str(resumes / "broken.pdf"): "broken", str(resumes / "empty.txt"): "no-text",
                      str(resumes / "missing.pdf"): "input"}


def test_each_worker_loads_the_model_once(client: Any, resumes: Path) -> None:
    list(iter_results(Listing([str(resumes)]), client, partition_size=1))
    loads = [n for _, _, n in client.run(warm_worker, None).values()]
    assert loads == [1, 1]


def _put_in_memory(files: dict[str, bytes]) -> None:
    store = fsspec.filesystem("memory")
    for path, data in files.items():
        store.pipe(path, data)


def _drop_from_memory(root: str) -> None:
    store = fsspec.filesystem("memory")
    if store.exists(root):
        store.rm(root, recursive=True)


def test_workers_read_the_bytes_of_urls_the_client_only_listed(client: Any, resumes: Path) -> None:
    names = ["cv-0.pdf", "cv-1.pdf", "b-team/qa.docx", "broken.pdf"]
    real = {f"/bucket/cvs/{n}": (resumes / n).read_bytes() for n in names}
    client.run(_put_in_memory, real)  # each worker's own memory store holds the real files ...
    _put_in_memory(dict.fromkeys(real, b""))  # ... this process's holds empty stand-ins, to list
    try:
        sources = [*Listing(["memory://bucket/cvs/"]), "memory://bucket/cvs/gone.pdf"]
        got = [json_line(r) for r in iter_results(sources, client, partition_size=2)]
        matcher = load_matcher()
        want = [json_line(matcher.match_bytes(real[url.removeprefix("memory:/")], url)) for url in sources[:-1]]
        assert got[:-1] == want
        assert sources[0] == "memory://bucket/cvs/b-team/qa.docx"
        assert json.loads(got[-1])["error"] == "no such file"
    finally:
        client.run(_drop_from_memory, "/bucket")
        _drop_from_memory("/bucket")


def test_parquet_dataset_is_the_batch_schema_in_input_order(client: Any, resumes: Path, tmp_path: Path) -> None:
    out = tmp_path / "results.parquet"
    errors: list[tuple[str, str]] = []
    summary = write_parquet(Listing([str(resumes)]), client, None, Options(), str(out), partition_size=2,
                            on_error=lambda f, e: errors.append((f, e)))
    local = list(score_many(load_matcher(), Discovery([str(resumes)]), BatchOptions(jobs=1)))
    assert (summary.rows, summary.failed, summary.parts) == (len(local), 2, 7)
    assert errors == [(r.file, r.error) for r in local if r.error]
    assert sorted(p.name for p in out.iterdir()) == [f"part-{i:08d}.parquet" for i in range(7)]
    table = pq.read_table(out)
    assert table.schema == arrow_schema() and table.column_names == list(BATCH_COLUMNS)
    assert table.to_pylist() == [batch_row(r) for r in local]
    with pytest.raises(ClusterError, match="already exists"):
        write_parquet([str(resumes / "cv-0.pdf")], client, None, None, str(out))
    again = write_parquet([str(resumes / "cv-0.pdf")], client, None, None, str(out), overwrite=True)
    assert again.rows == 1 and pq.read_table(out).num_rows == 1


def test_parquet_keeps_the_row_of_a_file_name_that_is_not_utf8(client: Any, tmp_path: Path) -> None:
    name = tmp_path / os.fsdecode(b"caf\xe9.txt")  # the local batch scores it; Parquet strings are UTF-8
    name.write_text(JUNIOR_QA, encoding="utf-8")
    summary = write_parquet([str(name)], client, None, None, str(tmp_path / "out.parquet"))
    assert (summary.rows, summary.failed) == (1, 0)
    assert pq.read_table(tmp_path / "out.parquet").column("file").to_pylist() == [f"{tmp_path}/caf\\xe9.txt"]


def _memory_parts(root: str) -> dict[str, bytes]:
    store = fsspec.filesystem("memory")
    return {p: store.cat_file(p) for p in store.find(root)} if store.exists(root) else {}


def test_parquet_rows_are_written_by_the_workers_not_the_client(client: Any, resumes: Path) -> None:
    try:
        summary = write_parquet(Listing([str(resumes)]), client, None, None, "memory://out/run.parquet",
                                partition_size=2)
        assert _memory_parts("/out") == {}  # this process only made the (empty) directory
        parts: dict[str, bytes] = {}
        for found in client.run(_memory_parts, "/out").values():
            parts.update(found)
        rows = [row for _, data in sorted(parts.items()) for row in pq.read_table(pa.BufferReader(data)).to_pylist()]
        assert len(parts) == summary.parts and [r["file"] for r in rows] == list(Discovery([str(resumes)]))
    finally:
        client.run(_drop_from_memory, "/out")
        _drop_from_memory("/out")


def test_score_paths_is_a_dask_dataframe_for_data_pipelines(client: Any, resumes: Path) -> None:
    pytest.importorskip("dask.dataframe")
    df = score_paths([str(resumes)], partition_size=2, client=client)
    assert df.npartitions == 7 and list(df.columns) == list(BATCH_COLUMNS)
    frame = client.compute(df, sync=True)
    assert list(frame.index) == list(range(14))
    local = score_many(load_matcher(), Discovery([str(resumes)]), BatchOptions(jobs=1))
    assert pa.Table.from_pandas(frame, preserve_index=False).to_pylist() == [batch_row(r) for r in local]


def test_an_unreachable_scheduler_is_a_one_line_error() -> None:
    with pytest.raises(ClusterError, match=r"tcp://127.0.0.1:9: cannot reach the Dask scheduler within 0.5 s"):
        list(iter_results(["cv.pdf"], "tcp://127.0.0.1:9", connect_timeout=0.5))


def test_a_missing_extra_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    check_installed()
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "pyarrow" else real(name, *a))
    with pytest.raises(ClusterError, match=r"needs pyarrow: pip install 'titlematch\[dask\]'"):
        check_installed()


def test_closing_the_stream_cancels_the_clusters_work(client: Any, resumes: Path) -> None:
    many = [str(resumes / f"cv-{i % 9}.pdf") for i in range(400)]
    stream = iter_results(many, client, partition_size=10)
    next(stream)
    stream.close()  # what Ctrl-C does to the CLI's loop
    deadline = time.monotonic() + 10
    while _titlematch_tasks(client) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _titlematch_tasks(client) == []


def _titlematch_tasks(client: Any) -> list[str]:
    return client.run_on_scheduler(  # type: ignore[no-any-return]
        lambda dask_scheduler: [str(k) for k in dask_scheduler.tasks if str(k).startswith("titlematch-")])


class _Transitions(distributed.diagnostics.plugin.SchedulerPlugin):  # type: ignore[misc]
    """Records the scheduler's task transitions: (key, from state, to state)."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str, str]] = []

    def transition(self, key: Any, start: str, finish: str, *args: Any, **kwargs: Any) -> None:
        if str(key).startswith("titlematch-"):
            self.seen.append((str(key), start, finish))


@contextmanager
def _transitions(cluster: Any) -> Iterator[_Transitions]:
    log = _Transitions()
    cluster.scheduler.add_plugin(log, name="transitions")
    try:
        yield log
    finally:
        cluster.scheduler.remove_plugin(name="transitions")


def _kill_a_busy_worker(client: Any, stream: Iterator[Any]) -> tuple[Any, str]:
    """Read one result, then SIGKILL a worker while the scheduler has a titlematch task on it."""
    first = next(stream)
    pids = client.run(os.getpid)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        busy = [w for w, keys in client.processing().items() if any(str(k).startswith("titlematch-") for k in keys)]
        if busy:
            os.kill(pids[busy[0]], signal.SIGKILL)
            return first, busy[0]
        time.sleep(0.005)
    raise AssertionError("no worker was ever busy")


@pytest.mark.slow
def test_a_worker_killed_mid_batch_loses_no_rows(cluster: Any, client: Any, resumes: Path) -> None:
    many = [str(resumes / f"cv-{i % 9}.pdf") for i in range(80)]
    matcher = load_matcher()
    want = [json_line(matcher.match(p)) for p in many]
    with _transitions(cluster) as log:
        stream = iter_results(many, client, partition_size=4)
        first, victim = _kill_a_busy_worker(client, stream)
        got = [json_line(first), *(json_line(r) for r in stream)]
    assert got == want
    assert victim not in client.scheduler_info()["workers"]
    assert any(start == "processing" and finish != "memory" for _, start, finish in log.seen), \
        "the killed worker was running a task: the scheduler must have taken it back and run it elsewhere"


@pytest.mark.slow
def test_a_task_that_keeps_killing_workers_is_retried_file_by_file(cluster: Any, client: Any,
                                                                   resumes: Path) -> None:
    many = [str(resumes / f"cv-{i % 9}.pdf") for i in range(60)]
    matcher = load_matcher()
    want = [json_line(matcher.match(p)) for p in many]
    allowed = cluster.scheduler.allowed_failures
    cluster.scheduler.allowed_failures = 0  # one death is enough for KilledWorker: the fallback path runs
    try:
        with _transitions(cluster) as log:
            stream = iter_results(many, client, partition_size=6)
            first, _ = _kill_a_busy_worker(client, stream)
            got = [json_line(first), *(json_line(r) for r in stream)]
    finally:
        cluster.scheduler.allowed_failures = allowed
    assert got == want
    assert any(finish == "erred" for _, _, finish in log.seen)
    assert any(key.endswith("-file-0") for key, _, _ in log.seen), "no per-file retry was submitted"


# ------------------------------------------------------------------------------ real dask commands

@pytest.fixture(scope="module")
def dask_commands(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, list[int]]]:
    """``dask scheduler`` and two ``dask worker`` processes, listening on 127.0.0.1 only (their HTTP servers
    too: ``--no-dashboard`` alone still serves /health on 0.0.0.0:8787). Yields the address and the pids."""
    work = tmp_path_factory.mktemp("dask")
    info = work / "scheduler.json"
    dask = [sys.executable, "-m", "dask"]
    quiet: dict[str, Any] = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "cwd": work}
    loopback = ["--host", "127.0.0.1", "--no-dashboard", "--dashboard-address", "127.0.0.1:0"]
    procs = [subprocess.Popen([*dask, "scheduler", *loopback, "--port", "0", "--scheduler-file", str(info)],
                              **quiet)]
    try:
        deadline = time.monotonic() + 60
        while not info.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        address = json.loads(info.read_text())["address"]
        assert address.startswith("tcp://127.0.0.1:")
        for _ in range(2):
            procs.append(subprocess.Popen([*dask, "worker", address, *loopback, "--nthreads", "1",
                                           "--local-directory", str(work)], **quiet))
        with distributed.Client(address, set_as_default=False) as c:
            c.wait_for_workers(2, timeout=60)
        yield address, [p.pid for p in procs]
    finally:
        for p in reversed(procs):
            p.terminate()
        for p in reversed(procs):
            try:
                p.wait(20)
            except subprocess.TimeoutExpired:
                p.kill()


@pytest.fixture(scope="module")
def scheduler_address(dask_commands: tuple[str, list[int]]) -> str:
    return dask_commands[0]


def _listening(pids: list[int]) -> set[str]:
    """Every address the processes (and their children: the nannies' workers) listen on."""
    import psutil

    found = set()
    for pid in pids:
        parent = psutil.Process(pid)
        for proc in [parent, *parent.children(recursive=True)]:
            for conn in proc.net_connections(kind="inet"):
                if conn.status == psutil.CONN_LISTEN:
                    found.add(conn.laddr.ip)
    return found


def test_the_clusters_listen_on_loopback_only(cluster: Any, dask_commands: tuple[str, list[int]]) -> None:
    assert _listening([os.getpid()]) == {"127.0.0.1"}  # the LocalCluster's scheduler and its workers
    assert _listening(dask_commands[1]) == {"127.0.0.1"}


@pytest.mark.slow
def test_real_dask_commands_give_the_local_batch_json_lines(scheduler_address: str, resumes: Path,
                                                            run_cli: Any) -> None:
    local = run_cli(["-f", "jsonl", "-q", str(resumes), str(resumes / "missing.pdf")])
    assert local.returncode == 3
    sources = Listing([str(resumes), str(resumes / "missing.pdf")])
    remote = "".join(json_line(r) + "\n" for r in iter_results(sources, scheduler_address, partition_size=2))
    assert remote.splitlines() == local.stdout.splitlines()


@pytest.mark.slow
def test_cli_scheduler_flag_gives_the_local_batch_json_lines(scheduler_address: str, resumes: Path,
                                                             run_cli: Any) -> None:
    args = ["-f", "jsonl", "-q", str(resumes), str(resumes / "missing.pdf")]
    local, remote = run_cli(args), run_cli(["--scheduler", scheduler_address, *args])
    assert (remote.returncode, remote.stdout.splitlines()) == (local.returncode, local.stdout.splitlines())
    for fmt in ("csv", "tsv", "json"):
        args = ["-f", fmt, "-q", str(resumes)]
        assert run_cli(["--scheduler", scheduler_address, *args]).stdout == run_cli(args).stdout, fmt


@pytest.mark.slow
def test_cli_output_parquet_is_written_by_the_workers(scheduler_address: str, resumes: Path, run_cli: Any,
                                                      tmp_path: Path) -> None:
    out = tmp_path / "results.parquet"
    p = run_cli(["--scheduler", scheduler_address, str(resumes), str(resumes / "missing.pdf"), "--output", str(out)])
    assert p.returncode == 3 and p.stdout == ""
    assert "missing.pdf" in p.stderr and "Parquet parts" in p.stderr
    table = pq.read_table(str(out))
    local = run_cli(["-f", "jsonl", "-q", str(resumes), str(resumes / "missing.pdf")])
    assert table.column("file").to_pylist() == [json.loads(line)["file"] for line in local.stdout.splitlines()]


def test_cli_usage_errors_for_cluster_options(run_cli: Any, resumes: Path, tmp_path: Path) -> None:
    assert run_cli(["--output", str(tmp_path / "o.parquet"), str(resumes)]).returncode == 2
    assert run_cli(["--scheduler", "tcp://127.0.0.1:1", "-"], input="x").returncode == 2
    p = run_cli(["--scheduler", "tcp://127.0.0.1:1", "--output", str(tmp_path / "o"), "--sort", "score", str(resumes)])
    assert p.returncode == 2 and "--output keeps every row" in p.stderr
