"""Inputs for a cluster batch: local paths as :class:`~titlematch.discover.Discovery` walks them, and URLs
(``s3://bucket/prefix/``, ``memory://``...) listed through fsspec. Runs on the client."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from .discover import RESUME_SUFFIXES, Discovery
from .errors import ClusterError

__all__ = ["Listing", "is_url"]


def is_url(source: str) -> bool:
    return "://" in source


@dataclass
class Listing(Discovery):
    """:class:`Discovery` that also lists URLs (``s3://bucket/prefix/``) through fsspec; same counters.

    A URL whose last part has a resume suffix is taken as a file without asking the store (a list of ten
    million keys costs no requests); a prefix is walked like a directory: sorted, hidden names skipped.
    """

    storage_options: dict[str, Any] = field(default_factory=dict)

    def __iter__(self) -> Iterator[str]:
        for p in super().__iter__():  # local paths are walked by Discovery; it passes URLs through as files
            if is_url(p):
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
