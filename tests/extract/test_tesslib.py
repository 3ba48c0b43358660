"""Tesseract's library in the process (tesslib) against the tesseract command: same readings, no command started."""

from __future__ import annotations

import dataclasses
import sys
from typing import Any

import pytest

from cecingest.config import Settings
from cecingest.errors import OcrFailed
from cecingest.extract import ocr_page_image
from cecingest.extract.ocr import _read_line, ocr_data, tesseract_version
from cecingest.extract.tesslib import available
from tests.extract.conftest import text_image

pytestmark = [
    pytest.mark.ocr,
    pytest.mark.skipif(not available("eng", tesseract_version()), reason="no libtesseract of the command's version"),
]

LINES = ["Certificate of Completion", "Awarded to Jane Doe", "Contact Hours: 1.5", "Date: March 14, 2025"]
LIBRARY, COMMAND = Settings(tesseract_library=True), Settings(tesseract_library=False)


def _count_commands(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    import pytesseract  # noqa: F401  (the lazy module; its submodule starts the command)

    runner = sys.modules["pytesseract.pytesseract"]
    started: list[str] = []
    real = runner.run_tesseract

    def run(*args: Any, **kwargs: Any) -> Any:
        started.append(str(kwargs.get("config", args[4] if len(args) > 4 else "")))
        return real(*args, **kwargs)

    monkeypatch.setattr(runner, "run_tesseract", run)
    return started


def test_the_library_reads_a_page_and_a_line_as_the_command_does() -> None:
    page = text_image(LINES)
    assert ocr_data(page, LIBRARY) == ocr_data(page, COMMAND)
    line = page.crop((0, 180, 1300, 260)).resize((2600, 160))
    assert _read_line(line, LIBRARY) == _read_line(line, COMMAND)


def test_a_page_read_through_the_library_starts_no_command(monkeypatch: pytest.MonkeyPatch) -> None:
    started = _count_commands(monkeypatch)
    # (four lines are too few to skip the orientation check, which the command still does)
    words = ocr_page_image(text_image(LINES), 1, dataclasses.replace(LIBRARY, detect_orientation=False)).words
    assert "Certificate" in " ".join(w.text for w in words)
    assert started == []


def test_without_the_library_the_command_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    started = _count_commands(monkeypatch)
    ocr_page_image(text_image(LINES), 1, COMMAND)
    assert started and "--psm 3" in started[0]


def test_the_deadline_stops_the_library_as_the_timeout_stops_the_command() -> None:
    busy = text_image(LINES * 12, size=(2400, 3200))
    with pytest.raises(OcrFailed, match="longer than"):
        ocr_data(busy, dataclasses.replace(LIBRARY, ocr_timeout=0.001))


def test_a_library_failure_before_the_deadline_is_no_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    # Out of memory under the worker's cap, Tesseract's Recognize returns -1 at once, as at its deadline.
    import os

    from cecingest.extract import tesslib

    engine = tesslib._engine(os.getpid(), "eng", tesseract_version())
    assert engine is not None

    class Failing:
        def __getattr__(self, name: str) -> Any:
            return (lambda *args: -1) if name == "TessBaseAPIRecognize" else getattr(real, name)

    real = engine.lib
    monkeypatch.setattr(engine, "lib", Failing())
    with pytest.raises(OcrFailed, match=r"Tesseract failed: .*could not read") as failed:
        ocr_data(text_image(LINES), LIBRARY)
    assert "longer than" not in str(failed.value)


def test_a_page_too_big_for_the_workers_memory_goes_to_the_command(monkeypatch: pytest.MonkeyPatch) -> None:
    from cecingest.extract import tesslib

    page = text_image(LINES)
    monkeypatch.setattr(tesslib, "LIBRARY_MAX_PIXELS", page.width * page.height - 1)
    assert tesslib.read_tsv(page, "eng", 3, 60.0, tesseract_version()) is None
    started = _count_commands(monkeypatch)
    assert ocr_data(page, LIBRARY) == ocr_data(page, COMMAND)
    assert len(started) == 2  # both reads started the command
