"""Errors the library raises; each message names the fix.

The CLI catches ``AinewsError`` once (cli.py), prints its message on one line to
stderr and exits with the error's exit code.
"""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    OK = 0
    ERROR = 1
    USAGE = 2
    PARTIAL = 3  # some inputs could not be read and were skipped
    INTERRUPTED = 130


class AinewsError(Exception):
    exit_status = ExitStatus.ERROR


class UsageError(AinewsError):
    exit_status = ExitStatus.USAGE


class InputError(AinewsError):
    """One input (file, record) could not be read; the rest are processed."""

    exit_status = ExitStatus.PARTIAL

    def __init__(self, source: str, reason: str, fix: str) -> None:
        self.source = source
        self.reason = reason
        self.fix = fix
        super().__init__(f"{source}: {reason}; {fix}")


class ModelError(AinewsError):
    """A configured spaCy pipeline could not be loaded."""


class StoreError(AinewsError):
    """The store file is unusable (not SQLite, newer schema, locked too long)."""


class OutputError(AinewsError):
    """A result file (--html FILE) could not be written."""
