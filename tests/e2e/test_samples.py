"""End to end: the real `cecingest extract --json` (real Tesseract) on every sample, against its expected file.

Fields the current parser is known to get wrong are listed in KNOWN_MISSES with the reason; they are
strict xfails, so fixing one makes the test fail until the list is updated (it only ever shrinks).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from cecingest.evaluate import FIELDS, Expectation, find_expectations, values_match
from tests.conftest import SAMPLES
from tests.contract import contract_problems

pytestmark = pytest.mark.ocr

EXPECTATIONS = find_expectations(SAMPLES)

# sample file name -> {field: why the first-version parser misses it}
KNOWN_MISSES: dict[str, dict[str, str]] = {}


@pytest.fixture(scope="module")
def records() -> dict[str, dict[str, Any]]:
    """One CLI run over all samples (JSON Lines), keyed by file name."""
    files = [str(e.path) for e in EXPECTATIONS]
    result = subprocess.run([sys.executable, "-m", "cecingest", "extract", "--json", *files],
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    out = {}
    for line in result.stdout.splitlines():
        record = json.loads(line)
        out[Path(record["source"]["path"]).name] = record
    return out


def test_there_are_enough_samples() -> None:
    assert len(EXPECTATIONS) >= 16


@pytest.mark.parametrize("exp", EXPECTATIONS, ids=lambda e: e.path.name)
def test_record_follows_the_contract(records: dict[str, dict[str, Any]], exp: Expectation) -> None:
    record = records[exp.path.name]
    assert contract_problems(record) == []
    assert record["is_certificate"] == exp.is_certificate
    if exp.text_source:
        assert record["source"]["text_source"] == exp.text_source


def _cases() -> list[Any]:
    cases = []
    for exp in EXPECTATIONS:
        for name in FIELDS:
            reason = KNOWN_MISSES.get(exp.path.name, {}).get(name)
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            cases.append(pytest.param(exp, name, marks=marks, id=f"{exp.path.name}:{name}"))
    return cases


@pytest.mark.parametrize(("exp", "name"), _cases())
def test_field_matches_expected(records: dict[str, dict[str, Any]], exp: Expectation, name: str) -> None:
    got = records[exp.path.name]["fields"][name]["value"]
    assert values_match(name, got, exp.fields.get(name)), f"got {got!r}, expected {exp.fields.get(name)!r}"
