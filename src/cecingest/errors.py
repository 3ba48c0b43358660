"""Typed errors. Each class carries the exit code the CLI edge turns it into.

Only `cecingest.cli` converts these into one-line messages and exit codes; stages raise them.
"""

from __future__ import annotations

import re
from enum import IntEnum

_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


class ExitCode(IntEnum):
    OK = 0
    USAGE = 2
    UNSUPPORTED_FILE = 3
    CORRUPT_FILE = 4
    TESSERACT_MISSING = 5
    OCR_FAILED = 6
    INPUT_NOT_FOUND = 7
    CONFIG = 8
    STORE = 9
    SOME_FAILED = 10
    CONFLICT = 11
    OVER_LIMIT = 12
    INTERNAL = 70


def one_line(text: str) -> str:
    """A reason fit for one line of a log, a table cell or an error file: control characters (newlines, escapes)
    become spaces. Stored and printed reasons pass through this."""
    return " ".join(_CONTROLS.sub(" ", text).split())


class CecIngestError(Exception):
    """Base of every error the pipeline raises on purpose."""

    exit_code = ExitCode.INTERNAL

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InputNotFound(CecIngestError):
    exit_code = ExitCode.INPUT_NOT_FOUND


class UnsupportedFile(CecIngestError):
    """The bytes are not a PDF or an image type we read (whatever the file name says)."""

    exit_code = ExitCode.UNSUPPORTED_FILE


class CorruptFile(CecIngestError):
    """The bytes claim a supported type but cannot be read."""

    exit_code = ExitCode.CORRUPT_FILE


class OverLimit(CecIngestError):
    """The file is over a configured limit (size, pixels, time or memory): not read, or its reading stopped."""

    exit_code = ExitCode.OVER_LIMIT


class TesseractMissing(CecIngestError):
    exit_code = ExitCode.TESSERACT_MISSING

    def __init__(self, detail: str = "") -> None:
        hint = "install it: sudo apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd"
        super().__init__(f"Tesseract OCR is needed for scans and images but was not found{detail}; {hint}")


class OcrFailed(CecIngestError):
    exit_code = ExitCode.OCR_FAILED


class ConfigError(CecIngestError):
    exit_code = ExitCode.CONFIG


class StoreError(CecIngestError):
    """The database cannot be opened or written."""

    exit_code = ExitCode.STORE


class InvalidValue(CecIngestError):
    """A value a person typed (a review edit) that does not fit its field; nothing was written."""

    exit_code = ExitCode.USAGE


class RecordChanged(CecIngestError):
    """Someone else wrote the record since this writer read it; nothing was written.

    `current` is the record as it is now (a `cecingest.store.StoredRecord`), so the writer can be shown it.
    """

    exit_code = ExitCode.CONFLICT

    def __init__(self, message: str, current: object) -> None:
        super().__init__(message)
        self.current = current
