"""Exception hierarchy and exit codes.

Every error the library raises on purpose is a :class:`TitlematchError`; each subclass carries the exit code the
command line uses for it, so the CLI has a single error boundary (see ``cli.py``).
"""

from __future__ import annotations

from enum import IntEnum

__all__ = [
    "CorpusError",
    "EmptyTextError",
    "EncryptedError",
    "ExitCode",
    "ExtractError",
    "InputError",
    "LimitError",
    "ModelError",
    "TitlematchError",
    "UnsupportedFormatError",
]


class ExitCode(IntEnum):
    """Exit codes of the ``titlematch`` command (documented in the README, tested one by one)."""

    OK = 0
    #: Generic failure that no other code describes.
    ERROR = 1
    #: Bad command-line usage (unknown option, bad value); click's own code.
    USAGE = 2
    #: At least one input could not be read or scored (in a batch: the other rows are still written).
    INPUT = 3
    #: The ladder (corpus) or model is missing, invalid or out of date.
    MODEL = 4
    #: Interrupted by Ctrl-C (128 + SIGINT).
    INTERRUPTED = 130


class TitlematchError(Exception):
    """Base class: a message a person can act on, and the exit code for it."""

    exit_code: ExitCode = ExitCode.ERROR

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message


class InputError(TitlematchError):
    """A resume could not be read or understood."""

    exit_code = ExitCode.INPUT
    #: Short machine-readable kind, stable across versions (used in JSON ``error_kind``).
    kind = "input"


class UnsupportedFormatError(InputError):
    kind = "unsupported"


class ExtractError(InputError):
    """The file claims a format but its content is broken."""

    kind = "broken"


class EncryptedError(InputError):
    kind = "encrypted"


class EmptyTextError(InputError):
    """The file has no extractable text (a scan, an empty document)."""

    kind = "no-text"


class LimitError(InputError):
    """The file is over a size, page or time limit."""

    kind = "limit"


class ModelError(TitlematchError):
    """The model directory is missing, tampered with, or built from another corpus."""

    exit_code = ExitCode.MODEL


class CorpusError(ModelError):
    """The ladder file is malformed; the message names the file, the title and the field."""


class ClusterError(TitlematchError):
    """The cluster cannot run the batch: no scheduler, no workers, or workers that differ from this client."""

    exit_code = ExitCode.ERROR
