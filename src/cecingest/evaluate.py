"""Compare records with hand-typed expectations (`<name>.expected.json` beside each sample).

Used by `cecingest eval` and by the end-to-end tests. An expectation file holds plain values:
{"file": ..., "is_certificate": true, "fields": {"participant": "Jane Doe", ..., "credits": [...]}}.
"""

from __future__ import annotations

import json
import re
import statistics
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cecingest.calibrate import expected_calibration_error
from cecingest.models import REQUIRED_FIELDS

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
    confidence: dict[str, float] = field(default_factory=dict)  # the record's confidence of each scored field
    expected: dict[str, Any] = field(default_factory=dict)
    status: str = ""
    error: str | None = None
    seconds: float = 0.0
    pages: int = 0
    text_source: str = ""
    record_confidence: float | None = None  # the record's chance that every required field is right

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
                        text_source=record["source"]["text_source"], record_confidence=record.get("confidence"))
    result.correct["is_certificate"] = record["is_certificate"] == exp.is_certificate
    if not exp.is_certificate:
        return result  # a non-certificate has no fields to get right; recognising it is the whole test
    for name in FIELDS:
        got = record["fields"][name]["value"]
        wanted = exp.fields.get(name)
        result.got[name], result.expected[name] = got, wanted
        result.correct[name] = values_match(name, got, wanted)
        result.confidence[name] = float(record["fields"][name]["confidence"])
    return result


def calibration_pairs(results: list[FileResult]) -> list[tuple[float, bool]]:
    """(confidence, right) of every scored field of every document."""
    return [(r.confidence[n], r.correct[n]) for r in results for n in FIELDS if n in r.confidence]


def summarize(results: list[FileResult]) -> dict[str, Any]:
    summary = _scores(results)
    summary["by_text_source"] = {
        source: _scores([r for r in results if r.text_source == source])
        for source in ("text-layer", "ocr", "mixed") if any(r.text_source == source for r in results)
    }
    return summary


def _scores(results: list[FileResult]) -> dict[str, Any]:
    read = [r for r in results if r.error is None]
    certs = [r for r in read if r.expected and r.correct.get("is_certificate") is not None]
    # Fields of a non-certificate are not scored (only recognising it is), so each field has its own count.
    per_field = {name: _share(sum(r.correct[name] for r in read if name in r.correct),
                              sum(name in r.correct for r in read))
                 for name in ("is_certificate", *FIELDS)}
    accepted = [r for r in certs if r.status == "accepted"]
    accepted_right = [r for r in accepted if all(r.correct.get(n, True) for n in REQUIRED_FIELDS)]
    per_page: dict[str, float] = {}
    for source in ("text-layer", "ocr", "mixed"):
        times = [r.seconds / max(r.pages, 1) for r in read if r.text_source == source]
        if times:
            per_page[source] = round(statistics.median(times), 3)
    return {
        "files": len(results),
        "errors": len(results) - len(read),
        "field_accuracy": per_field,
        "all_fields_right": _share(sum(not r.wrong for r in read), len(read)),
        "required_fields_right": _share(sum(all(r.correct.get(n, True) for n in REQUIRED_FIELDS) for r in read),
                                        len(read)),
        "review_rate": _share(sum(r.status == "needs_review" for r in read), len(read)),
        "accepted": len(accepted),
        "accepted_precision": _share(len(accepted_right), len(accepted)),
        "calibration_error": expected_calibration_error(calibration_pairs(read)),
        "median_seconds_per_page": per_page,
        "by_record_confidence": _by_record_confidence(certs),
    }


SWEEP = (0.5, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.99)


def _by_record_confidence(certs: list[FileResult]) -> list[dict[str, Any]]:
    """What an accept threshold would let through, by the record's confidence alone (field thresholds and
    consistency checks aside): how many certificates reach it and the share of them with every required field
    right. The figure to choose `accept_threshold` by, on data the parser was not tuned on."""
    rows = []
    for threshold in SWEEP:
        reach = [r for r in certs if r.record_confidence is not None and r.record_confidence >= threshold]
        right = [r for r in reach if all(r.correct.get(n, True) for n in REQUIRED_FIELDS)]
        rows.append({"threshold": threshold, "records": len(reach), "share": _share(len(reach), len(certs)),
                     "precision": _share(len(right), len(reach))})
    return rows


def _share(n: int, total: int) -> float | None:
    return round(n / total, 3) if total else None
