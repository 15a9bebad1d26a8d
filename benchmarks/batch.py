"""Batch throughput and memory of ``titlematch DIR --jobs 2`` against bare pypdfium2 extraction, same run.

Generates N distinct two-page resume PDFs (every ladder title in turn: all tracks and levels, 64 to 96 lines
each; cached in benchmarks/out/batch-N/), then measures, each REPEAT times, alternating, median:

(a) the baseline: text extraction alone with pypdfium2 on a 2-process ``multiprocessing.Pool`` over the files
    (bytes read, every page's text, nothing else; pool start included, pypdfium2 already imported), files/s;
(b) ``titlematch DIR --jobs 2 --format jsonl > /dev/null``, end to end in a fresh process, files/s;
(c) (b) / (a)                                            targets: >= 0.6, and (b) >= 200 resumes/s;
(d) peak memory of ``titlematch --files-from LIST --jobs 2 --format jsonl`` over the N files listed TIMES
    times (10,000 files by default), parent and workers together, sampled from /proc every 50 ms: the sum of each
    process's own peak RSS (VmHWM; an upper bound, as shared pages count once per process) is checked
    against the target; the peak of the summed PSS (shared pages split between processes) is shown beside it.
                                                         target: <= 300 MB
Each figure is printed with its target and PASS/FAIL. The machine has 2 cores: on a busy machine both
throughput figures drop, so compare figures from one run only. ``--profile K`` then shows where one worker's
time goes: extraction and scoring in this process over K files (milliseconds per file), and a cProfile of
the scoring, top functions by internal time.

Run from anywhere:  /work/venv/bin/python benchmarks/batch.py [--n 1000] [--repeat 3] [--jobs 2] [--times 10]
                    [--profile 50] [--skip-memory] [--pdfs DIR]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import resource
import statistics
import subprocess
import sys
import threading
import time
from multiprocessing import get_context
from pathlib import Path

import _resumes
import pypdfium2 as pdfium

TARGET_RATIO = 0.6
TARGET_RATE = 200.0
TARGET_MB = 300.0


titlematch_cmd = _resumes.titlematch_cmd


def extract_text(path: str) -> int:
    """Every page's text, as titlematch's pdfium engine reads it (from bytes); returns its length."""
    pdf = pdfium.PdfDocument(Path(path).read_bytes())
    try:
        chars = 0
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            chars += len(textpage.get_text_range())
            textpage.close()
            page.close()
        return chars
    finally:
        pdf.close()


def baseline_rate(paths: list[str], jobs: int) -> float:
    started = time.perf_counter()
    with get_context("fork").Pool(jobs) as pool:
        chars = sum(pool.imap_unordered(extract_text, paths, chunksize=8))
    elapsed = time.perf_counter() - started
    if chars == 0:
        sys.exit("pypdfium2 extracted no text: the generated PDFs are broken")
    return len(paths) / elapsed


def titlematch_run(args: list[str], n: int) -> tuple[float, str]:
    """Run titlematch with stdout to /dev/null; return files/s and its summary line."""
    started = time.perf_counter()
    proc = subprocess.run([*titlematch_cmd(), *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          text=True, env={**os.environ, "NO_COLOR": "1"})
    elapsed = time.perf_counter() - started
    summary = proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else ""
    if proc.returncode != 0 or f" {n} scored" not in summary:
        sys.exit(f"titlematch {' '.join(args[:2])} ...: exit {proc.returncode}, expected {n} scored\n"
                 f"{proc.stderr}")
    return n / elapsed, summary


# ------------------------------------------------------------------------------------------- memory


def _children(pid: int) -> list[int]:
    kids: list[int] = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/children") as fh:
                kids.extend(int(k) for k in fh.read().split())
    except OSError:
        pass
    return kids


def _kb(path: str, field: str) -> int | None:
    try:
        with open(path) as fh:
            for line in fh:
                if line.startswith(field):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return None


class TreeMemory:
    """Samples a process and all its descendants from /proc until stopped."""

    def __init__(self, pid: int, interval: float = 0.05) -> None:
        self.pid, self.interval = pid, interval
        self.hwm_kb: dict[int, int] = {}  # each process's own peak RSS, last seen
        self.peak_rss_kb = 0  # largest sum of current RSS over the tree at one sample
        self.peak_pss_kb = 0  # largest sum of PSS over the tree at one sample
        self.samples = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            tree, todo = [], [self.pid]
            while todo:
                pid = todo.pop()
                tree.append(pid)
                todo.extend(_children(pid))
            rss = pss = 0
            for pid in tree:
                hwm = _kb(f"/proc/{pid}/status", "VmHWM:")
                if hwm is not None:
                    self.hwm_kb[pid] = max(hwm, self.hwm_kb.get(pid, 0))
                rss += _kb(f"/proc/{pid}/status", "VmRSS:") or 0
                pss += _kb(f"/proc/{pid}/smaps_rollup", "Pss:") or 0
            self.peak_rss_kb = max(self.peak_rss_kb, rss)
            self.peak_pss_kb = max(self.peak_pss_kb, pss)
            self.samples += 1
            self._stop.wait(self.interval)

    @property
    def sum_of_peaks_kb(self) -> int:
        return sum(self.hwm_kb.values())


def memory_run(list_file: Path, n: int, jobs: int) -> None:
    cmd = [*titlematch_cmd(), "--files-from", str(list_file), "--jobs", str(jobs), "--format", "jsonl"]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "NO_COLOR": "1"})
    if Path(f"/proc/{proc.pid}/status").exists():
        with TreeMemory(proc.pid) as mem:
            _, err = proc.communicate()
    else:  # no /proc: the largest single process only (this script's children so far included)
        mem = None
        _, err = proc.communicate()
    elapsed = time.perf_counter() - started
    summary = err.strip().splitlines()[-1] if err.strip() else ""
    if proc.returncode != 0 or f" {n} scored" not in summary:
        sys.exit(f"titlematch --files-from: exit {proc.returncode}, expected {n} scored\n{err}")
    print(f"\n(d) titlematch --files-from ({n} files) --jobs {jobs}: {n / elapsed:.0f} files/s; {summary}")
    if mem is None:
        largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"    largest single process (getrusage; no /proc here): {largest:.0f} MB   target <= "
              f"{TARGET_MB:.0f} MB for the whole tree: not measured")
        return
    peaks_mb = mem.sum_of_peaks_kb / 1024
    print(f"    {len(mem.hwm_kb)} processes, {mem.samples} samples; per-process peak RSS (MB): "
          + ", ".join(f"{kb / 1024:.0f}" for kb in mem.hwm_kb.values()))
    print(f"    peak memory, sum of per-process peaks: {peaks_mb:.0f} MB   target <= {TARGET_MB:.0f} MB   "
          f"{'PASS' if peaks_mb <= TARGET_MB else 'FAIL'}")
    print(f"    (peak of summed RSS at one instant {mem.peak_rss_kb / 1024:.0f} MB; "
          f"of summed PSS {mem.peak_pss_kb / 1024:.0f} MB)")


def profile(paths: list[str], k: int, top: int = 20) -> None:
    """Where a worker's time goes: extraction and scoring per file, in this process; a cProfile of scoring."""
    from titlematch.api import load_matcher
    from titlematch.extract import extract

    matcher = load_matcher()
    files = [(Path(p).name, Path(p).read_bytes()) for p in paths[:k]]
    started = time.perf_counter()
    docs = [(name, extract(data, name)) for name, data in files]
    extracted = time.perf_counter()
    for name, doc in docs:
        matcher.match_document(doc, name)
    scored = time.perf_counter()
    per_file = 1000 / len(files)
    print(f"\nin one process over {len(files)} files: extraction {(extracted - started) * per_file:.1f} "
          f"ms/file, scoring (Matcher.match_document) {(scored - extracted) * per_file:.1f} ms/file")
    prof = cProfile.Profile()
    prof.enable()
    for name, doc in docs:
        matcher.match_document(doc, name)
    prof.disable()
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).strip_dirs().sort_stats("tottime").print_stats(top)
    body = buf.getvalue()
    print(f"cProfile of the scoring, top {top} by internal time:")
    print(body[body.find("   ncalls"):].rstrip())


def link_pdfs(source: Path, folder: Path, n: int) -> list[Path]:
    """Symbolic links to the readable PDFs of ``source``, round robin, ``n`` in all (the files stay where they
    are: real resumes are never copied into the repository)."""
    readable = []
    for pdf in sorted(source.glob("*.pdf")):
        try:
            if extract_text(str(pdf)) > 200:
                readable.append(pdf.resolve())
        except pdfium.PdfiumError:
            continue
    if not readable:
        sys.exit(f"no readable PDF in {source}")
    if folder.exists():
        for old in folder.iterdir():
            old.unlink()
    folder.mkdir(parents=True, exist_ok=True)
    links = []
    for i in range(n):
        link = folder / f"{i:05d}-{readable[i % len(readable)].name}"
        link.symlink_to(readable[i % len(readable)])
        links.append(link)
    print(f"{len(readable)} readable PDFs in {source}, linked {n} times over", file=sys.stderr)
    return links


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="distinct resumes (default 1000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of (a) and (b) (default 3)")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes for both (default 2)")
    parser.add_argument("--times", type=int, default=10, help="how often the list for (d) repeats the files")
    parser.add_argument("--skip-memory", action="store_true", help="leave out (d)")
    parser.add_argument("--pdfs", type=Path, metavar="DIR",
                        help="instead of generated resumes, the PDFs in DIR that pypdfium2 reads (encrypted, "
                             "text-less and broken ones left out), linked N times over from benchmarks/out/")
    parser.add_argument("--profile", type=int, default=0, metavar="K",
                        help="then profile extraction and scoring in-process over K files")
    args = parser.parse_args()

    if args.pdfs:
        folder = _resumes.OUT / f"batch-linked-{args.n}"
        paths = [str(p) for p in link_pdfs(args.pdfs, folder, args.n)]
        what = f"PDFs from {args.pdfs} (linked, repeated)"
    else:
        folder = _resumes.OUT / f"batch-{args.n}"
        paths = [str(p) for p in _resumes.generate(folder, args.n, jobs=args.jobs)]
        what = "generated 2-page resume PDFs"
    for p in paths:  # page cache warm for both sides
        Path(p).read_bytes()

    rates_a: list[float] = []
    rates_b: list[float] = []
    summary = ""
    tm_args = [str(folder), "--jobs", str(args.jobs), "--format", "jsonl"]
    titlematch_run([*paths[:2], *tm_args[1:]], 2)  # warm-up: byte-code caches
    for _ in range(args.repeat):
        rates_a.append(baseline_rate(paths, args.jobs))
        rate, summary = titlematch_run(tm_args, args.n)
        rates_b.append(rate)
    a, b = statistics.median(rates_a), statistics.median(rates_b)
    print(f"{args.n} {what} in {folder}, {args.jobs} worker processes, "
          f"median of {args.repeat} runs")
    print(f"(a) pypdfium2 extraction alone, Pool({args.jobs}): {a:7.0f} files/s   "
          f"runs: {', '.join(f'{r:.0f}' for r in rates_a)}")
    print(f"(b) titlematch DIR --jobs {args.jobs} --format jsonl: {b:7.0f} files/s   "
          f"runs: {', '.join(f'{r:.0f}' for r in rates_b)}   target >= {TARGET_RATE:.0f}/s   "
          f"{'PASS' if b >= TARGET_RATE else 'FAIL'}")
    print(f"    its own summary: {summary}")
    print(f"(c) ratio (b)/(a): {b / a:.2f}   target >= {TARGET_RATIO}   "
          f"{'PASS' if b / a >= TARGET_RATIO else 'FAIL'}")

    if not args.skip_memory:
        list_file = _resumes.OUT / f"batch-{args.n}-x{args.times}.txt"
        list_file.write_text("".join(f"{p}\n" for p in paths) * args.times)
        memory_run(list_file, args.n * args.times, args.jobs)
    if args.profile:
        profile(paths, args.profile)


if __name__ == "__main__":
    main()
