"""Which files a batch scores: paths given (files and directories, recursive) and lists of paths
(``--files-from``, newline- or NUL-separated). Hidden files and unsupported types are skipped and counted;
a directory reached twice through symlinks is walked once."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

__all__ = ["RESUME_SUFFIXES", "Discovery", "read_list"]

#: File endings taken from a directory walk. Files named on the command line are always tried, whatever
#: their ending: the content decides.
RESUME_SUFFIXES = frozenset({".pdf", ".docx", ".txt", ".text", ".md", ".markdown", ".json", ".html", ".htm",
                             ".rtf", ".doc", ""})


@dataclass
class Discovery:
    """Iterate over it to get the paths to score; the counters fill in as it goes."""

    paths: Iterable[str]
    skipped_hidden: int = 0
    skipped_type: int = 0
    skipped_loops: int = 0
    missing: list[str] = field(default_factory=list)

    def __iter__(self) -> Iterator[str]:
        seen_dirs: set[tuple[int, int]] = set()
        for p in self.paths:
            if p == "-":
                yield p
                continue
            path = Path(p)
            try:
                is_dir = path.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                yield from self._walk(path, seen_dirs)
            else:
                yield p  # named explicitly: always tried, errors reported on its row

    def _walk(self, root: Path, seen: set[tuple[int, int]]) -> Iterator[str]:
        try:
            st = root.stat()
        except OSError:
            return
        key = (st.st_dev, st.st_ino)
        if key in seen:
            self.skipped_loops += 1
            return
        seen.add(key)
        try:
            entries = sorted(os.scandir(root), key=lambda e: e.name)
        except OSError:
            self.missing.append(str(root))
            return
        for entry in entries:
            if entry.name.startswith("."):
                self.skipped_hidden += 1
                continue
            resume_like = Path(entry.name).suffix.lower() in RESUME_SUFFIXES
            try:
                if entry.is_dir(follow_symlinks=True):
                    yield from self._walk(Path(entry.path), seen)
                    continue
                is_file = entry.is_file(follow_symlinks=True)
                dangling = not is_file and entry.is_symlink()
            except OSError as exc:
                if exc.errno == errno.ELOOP:  # a link that points at itself, or a cycle of links
                    self.skipped_loops += 1
                else:
                    self.skipped_type += 1
                continue
            if resume_like and (is_file or dangling):
                yield entry.path  # a dangling link named like a resume gets its own error row: nothing is lost
            else:
                self.skipped_type += 1


def read_list(stream: BinaryIO, *, null: bool = False) -> Iterator[str]:
    """Paths from a list, streamed: one per line, or NUL-separated (``find -print0``). Bytes that are not
    UTF-8 are kept through surrogate escapes, so every file name round-trips to the file system."""
    sep = b"\0" if null else b"\n"
    buf = b""
    # read1: what the pipe holds now (read() waits for 64 KB), so a slow producer's first paths are scored
    # before it has listed them all.
    read = getattr(stream, "read1", stream.read)
    while True:
        chunk = read(65536)
        if not chunk:
            break
        buf += chunk
        *items, buf = buf.split(sep)
        for item in items:
            if not null:
                item = item.rstrip(b"\r")
            if item:
                yield os.fsdecode(item)
    if buf and (null or buf.rstrip(b"\r")):
        yield os.fsdecode(buf if null else buf.rstrip(b"\r"))
