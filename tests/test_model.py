"""The model: built deterministically, stored without pickle, validated on load, and equal to scikit-learn."""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from titlematch.errors import ModelError
from titlematch.model import MANIFEST, MODEL_FILE, build, load_model

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus" / "microservices.toml"
MODELS = ROOT / "models"


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("model")
    build(CORPUS, out)
    return out


def test_committed_model_equals_a_fresh_build(rebuilt: Path) -> None:
    for name in ("model.json", "ladder.toml"):
        assert (rebuilt / name).read_bytes() == (MODELS / name).read_bytes(), f"models/{name} is stale: run " \
            "`titlematch build`"
    fresh = json.loads((rebuilt / MANIFEST).read_text())
    committed = json.loads((MODELS / MANIFEST).read_text())
    for m in (fresh, committed):
        m.pop("writer")  # the writer's versions may differ between machines; everything else may not
    assert fresh == committed


def test_model_files_are_json_not_pickle() -> None:
    for f in MODELS.iterdir():
        head = f.read_bytes()[:2]
        assert head != b"\x80\x04" and head != b"\x80\x05", f"{f} looks like a pickle"
    manifest = json.loads((MODELS / MANIFEST).read_text())
    assert manifest["format"] == "titlematch-model" and manifest["format_version"] == 1
    assert {"corpus_sha256", "params", "files", "writer"} <= set(manifest)


def _texts(n: int) -> list[str]:
    """Varied texts: ladder vocabulary mixed with noise, punctuation, synonyms and unicode."""
    rng = random.Random(1234)
    words = CORPUS.read_text(encoding="utf-8").split()
    extra = ["k8s", "CI/CD", "Golang", "C#", ".NET", "node.js", "Ünïcödé", "naïve", "—", "e2e", "ci-cd", "42",
             "SRE", "SLOs", "micro-services", "Amazon Web Services", "x", "", "\t", "résumé", "ＦＵＬＬＷＩＤＴＨ"]
    out = []
    for _ in range(n):
        k = rng.randint(0, 300)
        pool = [rng.choice(words) if rng.random() < 0.8 else rng.choice(extra) for _ in range(k)]
        out.append(" ".join(pool))
    return out


def test_scores_equal_scikit_learn_transform_and_cosine() -> None:
    pytest.importorskip("sklearn")
    from sklearn.feature_extraction.text import TfidfVectorizer

    from titlematch.analysis import Preprocessor
    from titlematch.corpus import load_ladder
    from titlematch.model import DEFAULT_PARAMS, stop_words

    ladder = load_ladder(CORPUS)
    vec = TfidfVectorizer(preprocessor=Preprocessor(ladder.synonyms), token_pattern=DEFAULT_PARAMS["token_pattern"],
                          stop_words=stop_words(), ngram_range=tuple(DEFAULT_PARAMS["ngram_range"]),
                          sublinear_tf=True, smooth_idf=True, norm="l2", dtype=np.float64)
    titles = vec.fit_transform([t.document() for t in ladder.titles])
    model = load_model(MODELS)
    texts = _texts(300)
    expected = (vec.transform(texts) @ titles.T).toarray()
    ours = np.vstack([model.similarities(t) for t in texts])
    assert np.abs(ours - expected).max() < 1e-9
    assert (expected.max(axis=1) > 0).sum() > 250  # the texts really overlap the vocabulary


def test_scoring_does_not_import_scikit_learn_scipy_or_numpy(tmp_path: Path) -> None:
    """Scoring is plain Python: numpy's import alone took a quarter of a one-resume report."""
    code = (
        "import sys, titlematch\n"
        "r = titlematch.match(sys.argv[1])\n"
        "assert r.ok and r.title, r\n"
        "heavy = ('sklearn', 'scipy', 'numpy', 'pdfplumber', 'docx')\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in heavy)\n"
        "print(','.join(bad))\n"
    )
    resume = tmp_path / "r.txt"
    resume.write_text("Senior DevOps Engineer, 2015 - present. Kubernetes, Terraform, CI/CD, Helm, Argo CD.")
    out = subprocess.run([sys.executable, "-c", code, str(resume)], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def _copy(tmp_path: Path) -> Path:
    d = tmp_path / "m"
    shutil.copytree(MODELS, d)
    return d


def test_model_from_another_corpus_is_refused_with_how_to_rebuild(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="rebuild"):
        load_model(MODELS, expected_corpus=b"[ladder]\nname='other'\n")


def test_hand_edited_ladder_in_model_dir_is_refused(tmp_path: Path) -> None:
    d = _copy(tmp_path)
    (d / "ladder.toml").write_text((d / "ladder.toml").read_text() + "\n# edited\n")
    with pytest.raises(ModelError, match="edited after the model was built"):
        load_model(d)


@pytest.mark.parametrize("damage", ["truncate", "tamper", "garbage"])
def test_damaged_model_json_is_refused(tmp_path: Path, damage: str) -> None:
    d = _copy(tmp_path)
    data = (d / MODEL_FILE).read_bytes()
    if damage == "truncate":
        data = data[: len(data) // 2]
    elif damage == "tamper":
        data = data.replace(b'"idf":[', b'"idf":[9.5,', 1)
    else:
        data = b"\x00\x01garbage"
    (d / MODEL_FILE).write_bytes(data)
    with pytest.raises(ModelError, match=r"model\.json"):
        load_model(d)


@pytest.mark.parametrize(("field", "value", "message"), [
    ("format_version", 99, r"format 99"),
    ("format", "something-else", "format"),
    ("params", None, "params"),
    ("files", {}, "files"),
])
def test_manifest_fields_are_validated_by_name(tmp_path: Path, field: str, value: object, message: str) -> None:
    d = _copy(tmp_path)
    manifest = json.loads((d / MANIFEST).read_text())
    manifest[field] = value
    (d / MANIFEST).write_text(json.dumps(manifest))
    with pytest.raises(ModelError, match=message):
        load_model(d)


def _edit_model(d: Path, edit: Callable[[dict[str, Any]], None]) -> None:
    """Edit model.json *and* re-hash it in the manifest, so only field validation can catch the edit."""
    import hashlib

    model = json.loads((d / MODEL_FILE).read_text())
    edit(model)
    data = json.dumps(model).encode()
    (d / MODEL_FILE).write_bytes(data)
    manifest = json.loads((d / MANIFEST).read_text())
    manifest["files"][MODEL_FILE] = hashlib.sha256(data).hexdigest()
    (d / MANIFEST).write_text(json.dumps(manifest))


def _set_row_value(model: dict[str, Any], value: object) -> None:
    model["rows"][0][0][1] = value


def _set_row_column(model: dict[str, Any], column: object) -> None:
    model["rows"][0][0][0] = column


@pytest.mark.parametrize(("edit", "message"), [
    (lambda m: m.update(idf=m["idf"][:-1]), r"'idf' must have one number per term"),
    (lambda m: m["idf"].__setitem__(0, "many"), r"'idf' holds something that is not a number"),
    (lambda m: m["idf"].__setitem__(0, 0.5), r"'idf' must hold finite weights >= 1"),
    (lambda m: _set_row_value(m, 1e400), r"'rows' holds a value that is not a finite number"),
    (lambda m: _set_row_value(m, "x"), r"'rows\[0\]' is not a list of \[column, value\] pairs"),
    (lambda m: _set_row_value(m, 5.0), r"'rows' are not unit-length"),
    (lambda m: _set_row_column(m, len(m["terms"])), r"'rows\[0\]' .* within the vocabulary"),
    (lambda m: _set_row_column(m, -1), r"'rows\[0\]' .* within the vocabulary"),
    (lambda m: _set_row_column(m, 1.0), r"'rows\[0\]' .* within the vocabulary"),
    (lambda m: m["rows"].__setitem__(0, 7), r"'rows\[0\]' is not a list"),
    (lambda m: m["rows"].pop(), r"'rows' must have one row per title"),
], ids=["idf-short", "idf-text", "idf-below-1", "row-infinite", "row-text", "row-not-unit", "column-beyond",
        "column-negative", "column-float", "row-not-list", "row-missing"])
def test_consistent_but_invalid_model_json_names_the_field(tmp_path: Path, edit: Callable[[dict[str, Any]], None],
                                                           message: str) -> None:
    d = _copy(tmp_path)
    _edit_model(d, edit)
    with pytest.raises(ModelError, match=message):
        load_model(d)


def test_missing_model_dir_says_how_to_build(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="titlematch build"):
        load_model(tmp_path / "nope")


def test_build_writes_atomically_readable_files(tmp_path: Path) -> None:
    out = build(CORPUS, tmp_path / "out")
    assert sorted(p.name for p in out.iterdir()) == ["ladder.toml", "manifest.json", "model.json"]
    assert all((p.stat().st_mode & 0o444) == 0o444 for p in out.iterdir())
    assert load_model(out).ladder.name == "Microservices"
