from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from cecingest.config import Settings
from cecingest.knowledge import Knowledge, load_knowledge

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"

# Audit sampling draws at random (2% by default): tests that need it set the rate; the CLI subprocesses of the
# other tests inherit a rate of 0 so their statuses are deterministic.
os.environ.setdefault("CECINGEST_AUDIT_RATE", "0")


@pytest.fixture(scope="session")
def kn() -> Knowledge:
    return load_knowledge(None)


@pytest.fixture
def settings() -> Settings:
    return Settings()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if shutil.which("tesseract") is None:
        # OCR tests need the real binary; ./bootstrap.sh test installs it, so this only affects ad-hoc runs.
        skip = pytest.mark.skip(reason="tesseract not installed (./bootstrap.sh test installs it)")
        for item in items:
            if "ocr" in item.keywords:
                item.add_marker(skip)
