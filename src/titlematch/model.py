"""The TF-IDF model: fit with scikit-learn (build time only), stored as JSON, applied in plain Python.

A model directory holds three files:

``manifest.json``
    format name and version, the writer's versions, the corpus hash, the fitting parameters and the SHA-256
    of the other two files. Read and validated first.
``model.json``
    the vocabulary (terms in column order), the idf weights, the stop words and one sparse, L2-normalised
    TF-IDF row per title.
``ladder.toml``
    the exact ladder the model was fit on, so a model directory is self-contained.

Nothing is unpickled: a fitted ``TfidfVectorizer`` is fully described by its vocabulary and ``idf_`` (see
scikit-learn's ``test_tfidf_vectorizer_setter``), and this module re-applies them. Scoring needs no numpy: a
resume touches a few hundred of the vocabulary's terms and each term a few of the titles, so sparse rows in dicts
cost about what numpy's calls on such small arrays do, and importing numpy took 60-80 ms of every one-resume
report (a quarter of it) on the 2-core machine.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import tempfile
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from itertools import pairwise
from pathlib import Path
from typing import Any

from .analysis import TOKEN_PATTERN, Preprocessor, ngrams, tokenize
from .corpus import Ladder, ladder_from_doc, parse_ladder, read_toml
from .errors import ModelError

__all__ = ["FORMAT", "FORMAT_VERSION", "Model", "fit", "load_model", "save_model"]

FORMAT = "titlematch-model"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
MODEL_FILE = "model.json"
LADDER_FILE = "ladder.toml"

#: Fitting parameters, chosen by measurement on the evaluation set (benchmarks/evaluate.py): unigrams plus
#: bigrams ("spring boot", "test cases", "managed managers") beat unigrams alone; sublinear tf keeps a resume
#: that repeats "kubernetes" twenty times from drowning everything else.
DEFAULT_PARAMS: dict[str, Any] = {
    "ngram_range": [1, 2],
    "sublinear_tf": True,
    "smooth_idf": True,
    "norm": "l2",
    "min_df": 1,
    "token_pattern": TOKEN_PATTERN,
}

#: scikit-learn's English stop words, minus words that carry meaning in resumes ("system" design, "back"
#: end, "front" end, "full" stack, the "go" language, "top" performer).
_KEEP_WORDS = frozenset({"system", "back", "front", "full", "go", "top"})



def _round(x: float) -> float:
    # 12 significant digits: byte-identical files across platforms, far below the 1e-9 parity tolerance.
    return float(f"{x:.12g}")


@dataclass(frozen=True)
class Model:
    """A fitted model: apply it with :meth:`similarities`. Build it with :func:`fit` or :func:`load_model`."""

    ladder: Ladder
    terms: Mapping[str, int]
    idf: tuple[float, ...]
    title_rows: tuple[Mapping[int, float], ...]  # one sparse TF-IDF row per title, {column: value}, L2-normalised
    stop_words: frozenset[str]
    params: Mapping[str, Any]
    manifest: Mapping[str, Any]
    preprocessor: Preprocessor

    @property
    def ngram_range(self) -> tuple[int, int]:
        lo, hi = self.params["ngram_range"]
        return int(lo), int(hi)

    def vectorize(self, text: str) -> TextVector:
        """Analyse a text once: its TF-IDF vector (L2-normalised like scikit-learn's), the share of its words
        the vocabulary knows, and the preprocessed text (for skill look-ups)."""
        prepared = self.preprocessor(text)
        tokens = tokenize(prepared, self.stop_words)
        terms = self.terms
        in_vocabulary = [t for t in tokens if t in terms]
        known = len(in_vocabulary)
        if self.ngram_range == (1, 2):
            # The same n-grams in the same order (words, then pairs), but a pair is only joined when its first
            # word starts a two-word term: most pairs cannot be one.
            heads = self._bigram_heads
            counts = Counter(in_vocabulary)
            counts.update(p for a, b in pairwise(tokens) if a in heads and (p := f"{a} {b}") in terms)
        else:
            counts = Counter(t for t in ngrams(tokens, self.ngram_range) if t in terms)
        coverage = known / len(tokens) if tokens else 0.0
        if not counts:
            return TextVector((), (), coverage, prepared)
        cols = tuple(terms[t] for t in counts)
        idf = self.idf
        if self.params.get("sublinear_tf", True):
            vals = [(math.log(n) + 1.0) * idf[c] for c, n in zip(cols, counts.values(), strict=True)]
        else:
            vals = [n * idf[c] for c, n in zip(cols, counts.values(), strict=True)]
        norm = math.sqrt(sum(v * v for v in vals))
        return TextVector(cols, tuple(v / norm for v in vals) if norm > 0 else tuple(vals), coverage, prepared)

    def coverage(self, text: str) -> float:
        """Share of the text's words (stop words aside) that the vocabulary knows: low for other fields."""
        return self.vectorize(text).coverage

    def similarities(self, text: str | TextVector) -> list[float]:
        """Cosine similarity of the text (or its vector) to every title, in ladder order."""
        vec = self.vectorize(text) if isinstance(text, str) else text
        sims = [0.0] * len(self.title_rows)
        postings = self.postings
        for c, v in zip(vec.cols, vec.vals, strict=True):
            for i, w in postings[c]:
                sims[i] += w * v
        return sims

    def term_contributions(self, text: str | TextVector, title_index: int,
                           top: int = 8) -> list[tuple[str, float]]:
        """The terms that added most to the similarity with one title (for the report's "why")."""
        vec = self.vectorize(text) if isinstance(text, str) else text
        row = self.title_rows[title_index]
        contrib = [(c, row.get(c, 0.0) * v) for c, v in zip(vec.cols, vec.vals, strict=True)]
        best = sorted(contrib, key=lambda cv: -cv[1])[:top]  # stable: equal contributions keep text order
        inverse = self.inverse_terms
        return [(inverse[c], x) for c, x in best if x > 0]

    @cached_property
    def postings(self) -> tuple[tuple[tuple[int, float], ...], ...]:
        """Per term (column): the titles whose rows hold it, as (title index, value)."""
        found: list[list[tuple[int, float]]] = [[] for _ in self.idf]
        for i, row in enumerate(self.title_rows):
            for c, v in row.items():
                found[c].append((i, v))
        return tuple(tuple(p) for p in found)

    @cached_property
    def _bigram_heads(self) -> frozenset[str]:
        """The first words of the vocabulary's two-word terms."""
        return frozenset(t.split(" ", 1)[0] for t in self.terms if " " in t)

    @cached_property
    def inverse_terms(self) -> list[str]:
        inv = [""] * len(self.terms)
        for term, i in self.terms.items():
            inv[i] = term
        return inv


@dataclass(frozen=True)
class TextVector:
    """A text analysed once (see :meth:`Model.vectorize`)."""

    cols: tuple[int, ...]  # vocabulary columns of the terms present
    vals: tuple[float, ...]  # their TF-IDF weights, L2-normalised
    coverage: float
    prepared: str


def stop_words() -> list[str]:
    """The stop-word list used at build time (needs scikit-learn)."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return sorted(set(ENGLISH_STOP_WORDS) - _KEEP_WORDS)


def fit(ladder: Ladder, ladder_bytes: bytes) -> tuple[dict[str, Any], dict[str, Any]]:
    """Fit the vectorizer on the ladder; return (manifest, model) as JSON-ready dicts.

    Build time only: imports scikit-learn.
    """
    import numpy as np
    import sklearn
    from sklearn.feature_extraction.text import TfidfVectorizer

    params = dict(DEFAULT_PARAMS)
    stops = stop_words()
    vectorizer = TfidfVectorizer(
        preprocessor=Preprocessor(ladder.synonyms),
        token_pattern=params["token_pattern"],
        stop_words=stops,
        ngram_range=tuple(params["ngram_range"]),
        sublinear_tf=params["sublinear_tf"],
        smooth_idf=params["smooth_idf"],
        norm=params["norm"],
        min_df=params["min_df"],
        dtype=np.float64,
    )
    matrix = vectorizer.fit_transform([t.document() for t in ladder.titles]).tocsr()
    vocab = vectorizer.vocabulary_
    terms = sorted(vocab, key=vocab.__getitem__)
    rows = []
    for i in range(matrix.shape[0]):
        start, end = matrix.indptr[i], matrix.indptr[i + 1]
        pairs = sorted(zip(matrix.indices[start:end].tolist(), matrix.data[start:end].tolist(), strict=True))
        rows.append([[int(c), _round(v)] for c, v in pairs])
    model = {
        "terms": terms,
        "idf": [_round(x) for x in vectorizer.idf_.tolist()],
        "stop_words": stops,
        "titles": [t.name for t in ladder.titles],
        # The ladder file's document as JSON, and the hash of the file it came from: loading validates the copy
        # without parsing TOML (~4 ms of start-up) when ladder.toml is still that file.
        "ladder_doc": read_toml(ladder_bytes),
        "ladder_sha256": hashlib.sha256(ladder_bytes).hexdigest(),
        "rows": rows,
    }
    from . import __version__

    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "writer": {"titlematch": __version__, "scikit-learn": sklearn.__version__},
        "ladder": ladder.name,
        "corpus_sha256": hashlib.sha256(ladder_bytes).hexdigest(),
        "params": params,
        "n_terms": len(terms),
        "n_titles": len(ladder.titles),
    }
    return manifest, model


def _dump(obj: Any) -> bytes:
    return (json.dumps(obj, ensure_ascii=False, sort_keys=True, indent=None, separators=(",", ":")) + "\n").encode()


def _write_atomic(path: Path, data: bytes) -> None:
    """Write then rename, so a crash never leaves half a file where a model is expected."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; a model is meant to be read by everyone
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def save_model(out_dir: str | Path, manifest: Mapping[str, Any], model: Mapping[str, Any],
               ladder_bytes: bytes) -> Path:
    """Write a model directory (each file atomically; the manifest last, so it only names finished files)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    model_bytes = _dump(model)
    _write_atomic(out / MODEL_FILE, model_bytes)
    _write_atomic(out / LADDER_FILE, ladder_bytes)
    full = dict(manifest)
    full["files"] = {
        MODEL_FILE: hashlib.sha256(model_bytes).hexdigest(),
        LADDER_FILE: hashlib.sha256(ladder_bytes).hexdigest(),
    }
    _write_atomic(out / MANIFEST, json.dumps(full, indent=2, sort_keys=True).encode() + b"\n")
    return out


# --------------------------------------------------------------------------------------------- loading


def _need(cond: bool, where: str, field: str, problem: str) -> None:
    if not cond:
        raise ModelError(f"field '{field}' {problem}; rebuild it with `titlematch build`", source=where)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ModelError(
            "missing; a model directory needs manifest.json, model.json and ladder.toml "
            "(rebuild it with `titlematch build`)",
            source=str(path),
        ) from None
    except OSError as exc:
        raise ModelError(f"cannot read ({exc.strerror})", source=str(path)) from None


def _json(data: bytes, where: str) -> dict[str, Any]:
    try:
        obj = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(f"not valid JSON ({exc}); the file is damaged, rebuild it with `titlematch build`",
                         source=where) from None
    if not isinstance(obj, dict):
        raise ModelError("not a JSON object; rebuild it with `titlematch build`", source=where)
    return obj


def _validate_manifest(manifest: Mapping[str, Any], where: str) -> None:
    _need(manifest.get("format") == FORMAT, where, "format", f"is not '{FORMAT}' (not a titlematch model)")
    version = manifest.get("format_version")
    _need(isinstance(version, int), where, "format_version", "is missing or not an integer")
    if version != FORMAT_VERSION:
        raise ModelError(
            f"model format {version} is not the format {FORMAT_VERSION} this titlematch reads; "
            "rebuild it with `titlematch build` (or use the titlematch version that wrote it)",
            source=where,
        )
    _need(isinstance(manifest.get("corpus_sha256"), str), where, "corpus_sha256", "is missing")
    files = manifest.get("files")
    _need(isinstance(files, dict) and all(isinstance(files.get(f), str) for f in (MODEL_FILE, LADDER_FILE)),
          where, "files", "must give the SHA-256 of model.json and ladder.toml")
    params = manifest.get("params")
    _need(isinstance(params, dict), where, "params", "is missing")
    assert isinstance(params, dict)
    ngr = params.get("ngram_range")
    _need(isinstance(ngr, list) and len(ngr) == 2 and all(isinstance(n, int) and n >= 1 for n in ngr)
          and ngr[0] <= ngr[1], where, "params.ngram_range", "must be [min, max] with 1 <= min <= max")
    _need(params.get("token_pattern") == TOKEN_PATTERN, where, "params.token_pattern",
          "differs from the analyzer this titlematch uses")
    _need(isinstance(params.get("sublinear_tf"), bool), where, "params.sublinear_tf", "must be true or false")


def _rows(model: Mapping[str, Any], n_terms: int, where: str) -> tuple[dict[int, float], ...]:
    rows = model.get("rows")
    _need(isinstance(rows, list), where, "rows", "must be a list of sparse rows")
    assert isinstance(rows, list)
    out = []
    for i, row in enumerate(rows):
        parsed: dict[int, float] = {}
        squares = 0.0
        try:
            for c, v in row:
                if type(c) is not int or not 0 <= c < n_terms:
                    raise IndexError
                parsed[c] = x = float(v)
                _need(math.isfinite(x), where, "rows", "holds a value that is not a finite number")
                squares += x * x
        except (TypeError, ValueError, IndexError):
            raise ModelError(f"field 'rows[{i}]' is not a list of [column, value] pairs within the vocabulary; "
                             "rebuild it with `titlematch build`", source=where) from None
        _need(squares == 0 or abs(math.sqrt(squares) - 1) < 1e-6, where, "rows", "are not unit-length TF-IDF rows")
        out.append(parsed)
    return tuple(out)


def load_model(model_dir: str | Path, *, expected_corpus: bytes | None = None) -> Model:
    """Load and validate a model directory.

    ``expected_corpus``: the bytes of the ladder the caller expects the model to be built from (the shipped
    corpus for the default model); a model fit on anything else is refused with instructions to rebuild.
    """
    d = Path(model_dir)
    if not d.is_dir():
        raise ModelError("model directory not found; build one with `titlematch build --out DIR`", source=str(d))
    m_where, mod_where, lad_where = str(d / MANIFEST), str(d / MODEL_FILE), str(d / LADDER_FILE)
    manifest = _json(_read(d / MANIFEST), m_where)
    _validate_manifest(manifest, m_where)
    model_bytes = _read(d / MODEL_FILE)
    ladder_bytes = _read(d / LADDER_FILE)
    files = manifest["files"]
    if hashlib.sha256(model_bytes).hexdigest() != files[MODEL_FILE]:
        raise ModelError("does not match the SHA-256 in manifest.json (damaged or edited by hand); "
                         "rebuild it with `titlematch build`", source=mod_where)
    corpus_hash = hashlib.sha256(ladder_bytes).hexdigest()
    if corpus_hash != files[LADDER_FILE] or corpus_hash != manifest["corpus_sha256"]:
        raise ModelError("was edited after the model was built; rebuild it with `titlematch build "
                         "--corpus LADDER --out DIR`", source=lad_where)
    if expected_corpus is not None and hashlib.sha256(expected_corpus).hexdigest() != corpus_hash:
        raise ModelError("was built from another version of the ladder (corpus hash differs); rebuild it "
                         "with `titlematch build` (or `titlematch build --corpus LADDER --out DIR`)", source=str(d))
    model = _json(model_bytes, mod_where)
    doc = model.get("ladder_doc")
    if isinstance(doc, dict) and model.get("ladder_sha256") == corpus_hash:
        ladder = ladder_from_doc(doc, lad_where, corpus_hash)  # the copy of exactly this ladder.toml
    else:
        ladder = parse_ladder(ladder_bytes, source=lad_where)
    terms = model.get("terms")
    _need(isinstance(terms, list) and all(isinstance(t, str) for t in terms), mod_where, "terms",
          "must be a list of strings")
    assert isinstance(terms, list)
    _need(len(set(terms)) == len(terms), mod_where, "terms", "holds a term twice")
    idf = model.get("idf")
    _need(isinstance(idf, list) and len(idf) == len(terms), mod_where, "idf", "must have one number per term")
    assert isinstance(idf, list)
    try:
        idf_values = tuple(float(x) for x in idf)
    except (TypeError, ValueError):
        raise ModelError("field 'idf' holds something that is not a number; rebuild it with `titlematch build`",
                         source=mod_where) from None
    _need(all(math.isfinite(x) and x >= 1.0 for x in idf_values), mod_where, "idf", "must hold finite weights >= 1")
    stops = model.get("stop_words")
    _need(isinstance(stops, list) and all(isinstance(s, str) for s in stops), mod_where, "stop_words",
          "must be a list of strings")
    titles = model.get("titles")
    _need(titles == [t.name for t in ladder.titles], mod_where, "titles",
          "does not list the ladder's titles in order")
    rows = _rows(model, len(terms), mod_where)
    _need(len(rows) == len(ladder.titles), mod_where, "rows", "must have one row per title")
    assert isinstance(stops, list)
    return Model(
        ladder=ladder,
        terms={t: i for i, t in enumerate(terms)},
        idf=idf_values,
        title_rows=rows,
        stop_words=frozenset(stops),
        params=dict(manifest["params"]),
        manifest=manifest,
        preprocessor=Preprocessor(ladder.synonyms),
    )


def build(ladder_path: str | Path, out_dir: str | Path) -> Path:
    """Fit a model on a ladder file and write it to ``out_dir``."""
    from .corpus import load_ladder

    ladder = load_ladder(ladder_path)
    data = Path(ladder_path).read_bytes()
    manifest, model = fit(ladder, data)
    return save_model(out_dir, manifest, model, data)
