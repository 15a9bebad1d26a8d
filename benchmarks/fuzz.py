"""Mutation fuzzing of the readers: PDF, DOCX and JSON Resume inputs, mutated and fed to ``extract`` and the
Matcher until time runs out.

    python benchmarks/fuzz.py --seconds 600

Only :class:`titlematch.errors.InputError` may escape ``extract()``; anything else is a crasher, and so is an
input that kills the reader process (a segfault, its memory limit) or hangs it past ``--timeout``. Each
crasher is saved under ``benchmarks/out/crashers/`` with a ``.txt`` note (what happened, the traceback), once
per distinct signature. The inputs run in a child process (restarted when it dies) so a native crash or a
decompression bomb cannot stop the loop. Not part of the test run; turn each crasher into a regression test
in ``tests/test_hostile.py``.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import multiprocessing as mp
import random
import sys
import time
import traceback
from collections import Counter
from multiprocessing.connection import Connection
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import hostile  # noqa: E402

SEED_TEXT = "\n".join(hostile.RESUME_LINES)


# ---------------------------------------------------------------------------------------------- seeds


def _fpdf(columns: int = 1, pages: int = 1, password: str | None = None, owner_only: bool = False) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_font("Helvetica", size=10)
    for i in range(pages):
        pdf.add_page()
        if columns == 2:
            lines = SEED_TEXT.splitlines()
            y0 = pdf.get_y()
            pdf.multi_cell(90, 5, "\n".join(lines[:5]))
            pdf.set_xy(110, y0)
            pdf.multi_cell(90, 5, "\n".join(lines[5:]))
        else:
            pdf.multi_cell(0, 5, SEED_TEXT if i == 0 else f"Page {i + 1}\n{SEED_TEXT}")
    if password or owner_only:
        pdf.set_encryption(owner_password="owner", user_password=password or "")
    return bytes(pdf.output())


def _python_docx(table: bool = False) -> bytes:
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Dana Example - resume"
    lines = SEED_TEXT.splitlines()
    if table:
        t = document.add_table(rows=1, cols=2)
        t.cell(0, 0).text = "\n".join(lines[:5])
        t.cell(0, 1).text = "\n".join(lines[5:])
    else:
        for line in lines:
            document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def seeds() -> dict[str, bytes]:
    """Valid inputs of each kind, named with the extension the fuzzer gives their mutants."""
    return {
        "hand.pdf": hostile.text_pdf(),
        "hand-compressed.pdf": hostile.text_pdf(compress=True, pages=3),
        "fpdf.pdf": _fpdf(),
        "fpdf-2col.pdf": _fpdf(columns=2),
        "fpdf-owner.pdf": _fpdf(owner_only=True),
        "fpdf-user.pdf": _fpdf(password="secret"),
        "hand.docx": hostile.docx_bytes(),
        "python-docx.docx": _python_docx(),
        "python-docx-table.docx": _python_docx(table=True),
        "resume.json": hostile.json_resume(),
    }


# --------------------------------------------------------------------------------------------- worker


def _worker(conn: Connection, max_memory_mb: int) -> None:
    import resource
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if max_memory_mb > 0:
        limit = max_memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    from titlematch.api import Options, load_matcher
    from titlematch.errors import InputError
    from titlematch.extract import extract

    matcher = load_matcher(options=Options())
    conn.send(("ready", ""))
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        data, name, engine, password = task
        try:
            try:
                doc = extract(data, name, pdf_engine=engine, password=password)
            except InputError as exc:
                conn.send(("input-error", exc.kind))
                continue
            matcher.match_document(doc, name)
            conn.send(("ok", doc.kind))
        except BaseException as exc:
            conn.send(("exception", f"{type(exc).__name__}: {exc}\n\n{traceback.format_exc()}"))


class Runner:
    """A child process that runs one input at a time; replaced when it dies or hangs."""

    def __init__(self, max_memory_mb: int) -> None:
        self.max_memory_mb = max_memory_mb
        self.ctx = mp.get_context("fork")
        self._start()

    def _start(self) -> None:
        self.conn, child = self.ctx.Pipe()
        self.proc = self.ctx.Process(target=_worker, args=(child, self.max_memory_mb), daemon=True)
        self.proc.start()
        child.close()
        if not self.conn.poll(120):
            raise SystemExit("fuzz: the worker did not start")
        self.conn.recv()

    def restart(self) -> None:
        self.proc.kill()
        self.proc.join(5)
        self.conn.close()
        self._start()

    def run(self, data: bytes, name: str, engine: str, password: str | None, timeout: float) -> tuple[str, str]:
        try:
            self.conn.send((data, name, engine, password))
        except (BrokenPipeError, OSError):
            self.restart()
            return "died", "the worker was gone before the input was sent"
        if self.conn.poll(timeout):
            try:
                status, info = self.conn.recv()
                return str(status), str(info)
            except (EOFError, OSError):
                pass
        if self.proc.is_alive():
            self.restart()
            return "hang", f"no answer after {timeout:g} s"
        self.proc.join(1)
        code = self.proc.exitcode
        self.restart()
        return "died", f"the worker died (exit code {code}: a native crash or the memory limit)"

    def close(self) -> None:
        with contextlib.suppress(BrokenPipeError, OSError):
            self.conn.send(None)
        self.proc.join(5)
        if self.proc.is_alive():
            self.proc.kill()


# ----------------------------------------------------------------------------------------------- main


def _signature(status: str, info: str, kind: str) -> str:
    if status == "exception":
        frames = [ln.strip() for ln in info.splitlines() if ln.strip().startswith("File ")]
        return f"{info.split(':', 1)[0]} at {frames[-1] if frames else '?'}"
    return f"{status} on {kind}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=600, help="how long to fuzz (default 600)")
    parser.add_argument("--seed", type=int, default=None, help="random seed (default: from the clock)")
    parser.add_argument("--timeout", type=float, default=20, help="seconds one input may take (default 20)")
    parser.add_argument("--max-memory", type=int, default=1536, help="worker memory limit in MB (default 1536)")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out" / "crashers")
    args = parser.parse_args(argv)

    seed = args.seed if args.seed is not None else int(time.time())
    rng = random.Random(seed)
    corpus = seeds()
    names = sorted(corpus)
    runner = Runner(args.max_memory)
    outcomes: Counter[str] = Counter()
    crashers: dict[str, Path] = {}
    tried = 0
    print(f"fuzz: seed {seed}, {len(corpus)} seeds, {args.seconds:g} s, crashers to {args.out}", flush=True)
    started = time.monotonic()
    last_report = started
    try:
        while time.monotonic() - started < args.seconds:
            seed_name = rng.choice(names)
            data, how = hostile.mutate(corpus[seed_name], rng)
            # Mutants of mutants now and then: deeper states, same seeds.
            if rng.random() < 0.3:
                data, how2 = hostile.mutate(data, rng)
                how += "," + how2
            ext = seed_name.rsplit(".", 1)[1]
            engine = "pdfplumber" if ext == "pdf" and rng.random() < 0.3 else "pdfium"
            password = "secret" if "user" in seed_name and rng.random() < 0.5 else None
            status, info = runner.run(data, f"fuzz.{ext}", engine, password, args.timeout)
            tried += 1
            outcomes[status] += 1
            if status in ("exception", "died", "hang"):
                sig = _signature(status, info, ext)
                if sig not in crashers:
                    args.out.mkdir(parents=True, exist_ok=True)
                    digest = hashlib.sha1(data).hexdigest()[:12]
                    path = args.out / f"{digest}.{ext}"
                    path.write_bytes(data)
                    path.with_suffix(path.suffix + ".txt").write_text(
                        f"seed file: {seed_name}\nmutation: {how}\nengine: {engine}\npassword: {password}\n"
                        f"status: {status}\nsignature: {sig}\n\n{info}\n")
                    crashers[sig] = path
                    print(f"fuzz: CRASHER {status}: {sig} -> {path}", flush=True)
            now = time.monotonic()
            if now - last_report > 60:
                last_report = now
                print(f"fuzz: {tried} inputs in {now - started:.0f} s; {dict(outcomes)}", flush=True)
    except KeyboardInterrupt:
        print("fuzz: interrupted", flush=True)
    finally:
        runner.close()
    elapsed = time.monotonic() - started
    print(f"fuzz: done. {tried} inputs tried in {elapsed:.0f} s ({tried / max(elapsed, 1e-9):.1f}/s), seed {seed}")
    print(f"fuzz: outcomes {dict(outcomes)}")
    print(f"fuzz: {len(crashers)} distinct crashers" + "".join(f"\n  {s} -> {p}" for s, p in crashers.items()))
    return 1 if crashers else 0


if __name__ == "__main__":
    raise SystemExit(main())
