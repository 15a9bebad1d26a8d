"""Fresh-process start-up of titlematch against the straightforward-build baseline, measured in the same run.

Times, each in a new process and interleaved run by run (so machine noise hits all alike), median of RUNS:

(a) ``titlematch --help``                                   target <= 0.15 s
(b) ``titlematch resume.pdf`` on a generated 2-page resume  target <= 0.20 s
(c) ``python benchmarks/baseline_straightforward.py score resume.pdf``: typer + pdfplumber + scikit-learn
    imported at start, a joblib-pickled TfidfVectorizer and title matrix (fitted by this script on the shipped
    ladder into benchmarks/out/), pdfplumber text, nearest title.        target: (c) / (b) >= 6
plus ``python -c pass``, the interpreter's own floor, for reference.

Then where the report's time goes: its phases timed inside fresh processes (median of 5: CLI imports, library
imports, model load, extraction, scoring, rendering), ``python -X importtime -m titlematch resume.pdf`` (top
modules by cumulative and by self time), and with ``--profile`` a cProfile of one report run (top functions
by cumulative and internal time, imports included).

Run from anywhere:  /work/venv/bin/python benchmarks/startup.py [--runs 20] [--top 15] [--profile]
The console script used is the one beside this interpreter (``/work/venv/bin/titlematch``), as users run it,
with its byte code cached (the warm-up runs write it even where PYTHONDONTWRITEBYTECODE is set).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import pstats
import statistics
import subprocess
import sys
import time
from pathlib import Path

import _resumes

BENCH = Path(__file__).resolve().parent
BASELINE = BENCH / "baseline_straightforward.py"
MODEL = _resumes.OUT / "baseline_model.joblib"
TARGET_HELP_S = 0.15
TARGET_REPORT_S = 0.20
TARGET_SPEEDUP = 6.0


titlematch_cmd = _resumes.titlematch_cmd


def run_once(cmd: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=BENCH)
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        sys.exit(f"failed (exit {proc.returncode}): {' '.join(cmd)}\n{proc.stderr.decode(errors='replace')}")
    return elapsed


def importtime(cmd: list[str], env: dict[str, str], top: int) -> None:
    """Top imports of one run by cumulative and by self time (microseconds, as -X importtime gives them)."""
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=BENCH,
                          text=True)
    rows = []
    for line in proc.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, cumulative_us, name = line[len("import time:"):].split("|")
        rows.append((int(self_us), int(cumulative_us), name.rstrip()))
    # Top-level imports (no indentation) add up to the whole import time of the run.
    total = sum(c for _, c, name in rows if not name.startswith("  ", 1))
    print(f"\nimports of `{' '.join(Path(c).name if i == 0 else c for i, c in enumerate(cmd))}`: "
          f"{len(rows)} modules, {total / 1000:.0f} ms in all (one run, includes -X importtime overhead)")
    print(f"  top {top} by cumulative time (ms; indentation = imported by the line above):")
    for s, c, name in sorted(rows, key=lambda r: -r[1])[:top]:
        print(f"    {c / 1000:7.1f}  (self {s / 1000:5.1f})  {name}")
    print(f"  top {top} by self time (ms):")
    for s, _c, name in sorted(rows, key=lambda r: -r[0])[:top]:
        print(f"    {s / 1000:7.1f}  {name.strip()}")


def profile(pdf: Path, env: dict[str, str], top: int) -> None:
    """cProfile of one whole report run in a fresh process (imports included)."""
    out = _resumes.OUT / "report.prof"
    subprocess.run([sys.executable, "-m", "cProfile", "-o", str(out), "-m", "titlematch", str(pdf)],
                   stdout=subprocess.DEVNULL, env=env, cwd=BENCH, check=True)
    for key in ("cumulative", "tottime"):
        buf = io.StringIO()
        pstats.Stats(str(out), stream=buf).strip_dirs().sort_stats(key).print_stats(top)
        body = buf.getvalue()
        start = body.find("   ncalls")
        print(f"\ncProfile of `titlematch {pdf.name}`, top {top} by {key}:")
        print(body[start:].rstrip() if start >= 0 else body.rstrip())


PHASES = """
import json, sys, time
marks = [("start", time.perf_counter())]
import titlematch.console
marks.append(("import titlematch.console (no typer)", time.perf_counter()))
from titlematch.api import load_matcher
marks.append(("import titlematch.api (scoring)", time.perf_counter()))
matcher = load_matcher()
marks.append(("load_matcher() (model JSON, checks)", time.perf_counter()))
from titlematch.extract import extract
doc = extract(open(sys.argv[1], "rb").read(), sys.argv[1])
marks.append(("extract (pypdfium2 import + text)", time.perf_counter()))
result = matcher.match_document(doc, sys.argv[1])
marks.append(("match_document (scoring)", time.perf_counter()))
from titlematch.render import report
report(result)
marks.append(("render the report", time.perf_counter()))
print(json.dumps([(name, t - prev) for (_, prev), (name, t) in zip(marks, marks[1:])]))
"""


def phases(pdf: Path, env: dict[str, str], runs: int = 5) -> None:
    """The report path's phases, each timed inside a fresh process (interpreter start-up not included)."""
    rows: dict[str, list[float]] = {}
    for _ in range(runs):
        proc = subprocess.run([sys.executable, "-c", PHASES, str(pdf)], capture_output=True, text=True,
                              env=env, cwd=BENCH)
        if proc.returncode != 0:
            print(f"\nphases: the timing script failed (the library API changed?):\n{proc.stderr}")
            return
        for name, seconds in json.loads(proc.stdout):
            rows.setdefault(name, []).append(seconds)
    print(f"\nwhere `titlematch {pdf.name}` spends its time, inside fresh processes (median of {runs}, ms):")
    for name, values in rows.items():
        print(f"  {statistics.median(values) * 1000:7.1f}  {name}")
    total = sum(statistics.median(v) for v in rows.values())
    print(f"  {total * 1000:7.1f}  total (plus interpreter start-up)")


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=20, help="runs of each command (default 20, at least 15)")
    parser.add_argument("--top", type=int, default=15, help="rows of the import and profile tables")
    parser.add_argument("--profile", action="store_true", help="also cProfile one report run")
    args = parser.parse_args()
    if args.runs < 15:
        parser.error("--runs must be at least 15")

    pdf = _resumes.generate(_resumes.OUT / "startup", 1)[0]
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("TITLEMATCH_MODEL", None)  # the shipped model, as a new user gets it
    # Byte code cached, as an installed tool has it (pip compiles it at install): with PYTHONDONTWRITEBYTECODE
    # set, every run of an editable install would compile its changed modules again (~15 ms).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([sys.executable, str(BASELINE), "fit", "--out", str(MODEL)], check=True, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    tm = titlematch_cmd()
    commands = {
        "python -c pass (floor)": [sys.executable, "-c", "pass"],
        "titlematch --help": [*tm, "--help"],
        "titlematch resume.pdf": [*tm, str(pdf)],
        "straightforward build": [sys.executable, str(BASELINE), "score", str(pdf), "--model", str(MODEL)],
    }
    for cmd in commands.values():  # warm the page cache and any byte-code caches
        run_once(cmd, env)
    times: dict[str, list[float]] = {k: [] for k in commands}
    for _ in range(args.runs):
        for label, cmd in commands.items():
            times[label].append(run_once(cmd, env))

    med = {k: statistics.median(v) for k, v in times.items()}
    print(f"fresh-process wall time, {args.runs} runs each, interleaved; resume: {pdf.name} (2 pages)")
    print(f"  {'command':26} {'median':>8} {'min':>8} {'max':>8}")
    for label, values in times.items():
        print(f"  {label:26} {med[label]:7.3f}s {min(values):7.3f}s {max(values):7.3f}s")
    ratio = med["straightforward build"] / med["titlematch resume.pdf"]
    print(f"\nratio straightforward / titlematch report: {ratio:.1f}x")
    print(f"  --help  {med['titlematch --help']:.3f} s   target <= {TARGET_HELP_S:.2f} s   "
          f"{verdict(med['titlematch --help'] <= TARGET_HELP_S)}")
    print(f"  report  {med['titlematch resume.pdf']:.3f} s   target <= {TARGET_REPORT_S:.2f} s   "
          f"{verdict(med['titlematch resume.pdf'] <= TARGET_REPORT_S)}")
    print(f"  speedup {ratio:.1f}x      target >= {TARGET_SPEEDUP:.0f}x      "
          f"{verdict(ratio >= TARGET_SPEEDUP)}")

    phases(pdf, env)
    importtime([sys.executable, "-X", "importtime", "-m", "titlematch", str(pdf)], env, args.top)
    if args.profile:
        profile(pdf, env, args.top)


if __name__ == "__main__":
    main()
