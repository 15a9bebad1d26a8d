"""The start-up baseline the issue defines, "a straightforward build" of titlematch's report path.

What a first version would do: import typer, pdfplumber and scikit-learn at the top, unpickle a joblib file
holding a fitted ``TfidfVectorizer`` and the titles' TF-IDF matrix, extract the resume's text with pdfplumber
and print the nearest title. ``benchmarks/startup.py`` fits the model once per run (``fit``) on the same
ladder titlematch ships, then times ``score`` in fresh processes against ``titlematch RESUME.pdf``.

    python benchmarks/baseline_straightforward.py fit [--corpus corpus/microservices.toml] [--out MODEL]
    python benchmarks/baseline_straightforward.py score RESUME.pdf [--model MODEL]

Default MODEL: benchmarks/out/baseline_model.joblib (git-ignored). Never used by titlematch itself.
"""

from __future__ import annotations

import io
import tomllib
from pathlib import Path

import joblib
import pdfplumber
import typer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import linear_kernel

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "benchmarks" / "out" / "baseline_model.joblib"

app = typer.Typer(add_completion=False)


@app.command()
def fit(corpus: Path = ROOT / "corpus" / "microservices.toml", out: Path = MODEL) -> None:
    """Fit TF-IDF on each title's descriptions and vocabulary; dump vectorizer, matrix and titles."""
    titles = tomllib.loads(corpus.read_text(encoding="utf-8"))["title"]
    docs = ["\n".join([*t.get("descriptions", []), t.get("vocabulary", "")]) for t in titles]
    vectorizer = TfidfVectorizer(stop_words="english", ngram_range=(1, 2), sublinear_tf=True)
    matrix = vectorizer.fit_transform(docs)
    out.parent.mkdir(parents=True, exist_ok=True)
    joblib.dump({"vectorizer": vectorizer, "matrix": matrix, "titles": [t["name"] for t in titles]}, out)
    typer.echo(f"wrote {out}", err=True)


@app.command()
def score(resume: Path, model: Path = MODEL) -> None:
    """Print the title nearest to the resume."""
    bundle = joblib.load(model)
    with pdfplumber.open(io.BytesIO(resume.read_bytes())) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    sims = linear_kernel(bundle["vectorizer"].transform([text]), bundle["matrix"]).ravel()
    best = int(sims.argmax())
    typer.echo(f"{resume.name}: {bundle['titles'][best]} ({sims[best]:.2f})")


if __name__ == "__main__":
    app()
