"""Where the shipped ladder and model live: inside the wheel (``titlematch/_data``), or in a source checkout."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["default_corpus", "default_model_dir", "resolve_model_dir"]

DEFAULT_CORPUS_NAME = "microservices.toml"
MODEL_ENV = "TITLEMATCH_MODEL"


def _data_root() -> Path:
    # A plain path beside the module: importlib.resources costs ~10 ms of start-up to import, and the package
    # is always installed as files (the wheel is not zip-safe).
    packaged = Path(__file__).resolve().parent / "_data"
    if packaged.is_dir():
        return packaged
    # Source checkout or editable install: src/titlematch/ -> repository root.
    return Path(__file__).resolve().parents[2]


def default_corpus() -> Path:
    return _data_root() / "corpus" / DEFAULT_CORPUS_NAME


def default_model_dir() -> Path:
    return _data_root() / "models"


def resolve_model_dir(option: str | os.PathLike[str] | None) -> tuple[Path, bool]:
    """The model directory to use and whether it is the shipped default (``--model``, then the environment)."""
    chosen = option or os.environ.get(MODEL_ENV) or None
    if chosen:
        return Path(chosen), False
    return default_model_dir(), True
