"""Compare records with hand-typed expectations (`<name>.expected.json` beside each sample).

Used by `cecingest eval` and by the end-to-end tests. An expectation file holds plain values:
{"file": ..., "is_certificate": true, "fields": {"participant": "Jane Doe", ..., "credits": [...]}}.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FIELDS = ("participant", "provider", "course_title", "completion_date", "start_date", "credits", "hours", "topic",
          "delivery_format", "certificate_id", "accreditation", "license_number")


@dataclass(frozen=True)
class Expectation:
    path: Path  # the sample file
    is_certificate: bool
    fields: dict[str, Any]
    text_source: str | None = None


@dataclass
class FileResult:
    path: Path
    correct: dict[str, bool] = field(default_factory=dict)
    got: dict[str, Any] = field(default_factory=dict)
    expected: dict[str, Any] = field(default_factory=dict)
    status: str = ""
    error: str | None = None
    seconds: float = 0.0
    pages: int = 0
    text_source: str = ""

    @property
    def wrong(self) -> list[str]:
        return [name for name, ok in self.correct.items() if not ok]


def find_expectations(folder: Path) -> list[Expectation]:
    """Every `*.expected.json` in the folder whose sample file exists beside it."""
    out = []
    for exp_path in sorted(folder.glob("*.expected.json")):
        data = json.loads(exp_path.read_text(encoding="utf-8"))
        sample = exp_path.parent / data["file"]
        if sample.is_file():
            out.append(Expectation(sample, bool(data.get("is_certificate", True)), dict(data["fields"]),
                                   data.get("text_source")))
    return out


def _canonical_text(value: str) -> str:
    text = unicodedata.normalize("NFKC", value).casefold()
    text = re.sub(r"[\"'“”‘’]", "", text)
    return re.sub(r"\s+", " ", text).strip(" .,;:")


def values_match(name: str, got: Any, expected: Any) -> bool:
    """Equal as a careful reader would judge: case, spacing and quotes aside; numbers to 0.01."""
    if expected is None or got is None:
        return expected is None and got is None
    if name == "credits":
        return [(round(float(c["amount"]), 2), c["unit"]) for c in got] == \
               [(round(float(c["amount"]), 2), c["unit"]) for c in expected]
    if name == "hours":
        return abs(float(got) - float(expected)) <= 0.01
    return _canonical_text(str(got)) == _canonical_text(str(expected))


def compare(record: dict[str, Any], exp: Expectation) -> FileResult:
    result = FileResult(path=exp.path, status=record["status"], pages=record["source"]["pages"],
                        text_source=record["source"]["text_source"])
    result.correct["is_certificate"] = record["is_certificate"] == exp.is_certificate
    if not exp.is_certificate:
        return result  # a non-certificate has no fields to get right; recognising it is the whole test
    for name in FIELDS:
        got = record["fields"][name]["value"]
        wanted = exp.fields.get(name)
        result.got[name], result.expected[name] = got, wanted
        result.correct[name] = values_match(name, got, wanted)
    return result
