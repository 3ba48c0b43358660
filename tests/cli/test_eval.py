from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from cecingest.cli import main
from tests.conftest import SAMPLES

TEXT_SAMPLES = ("nursing-contact-hours", "not-a-certificate")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for stem in TEXT_SAMPLES:
        shutil.copy(SAMPLES / f"{stem}.pdf", tmp_path)
        shutil.copy(SAMPLES / f"{stem}.expected.json", tmp_path)
    return tmp_path


def test_eval_reports_accuracy_and_speed(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "--json", str(folder)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [Path(f["file"]).name for f in report["files"]] == ["not-a-certificate.pdf", "nursing-contact-hours.pdf"]
    summary = report["summary"]
    assert summary["files"] == 2 and summary["errors"] == 0
    assert set(summary["field_accuracy"]) >= {"participant", "credits", "is_certificate"}
    assert summary["median_seconds_per_page"]["text-layer"] > 0


def test_eval_finds_a_wrong_expectation(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    exp_path = folder / "nursing-contact-hours.expected.json"
    data = json.loads(exp_path.read_text())
    data["fields"]["participant"] = "Somebody Else"
    exp_path.write_text(json.dumps(data))
    assert main(["eval", "--json", str(folder)]) == 0
    files = {Path(f["file"]).name: f for f in json.loads(capsys.readouterr().out)["files"]}
    assert "participant" in files["nursing-contact-hours.pdf"]["wrong"]


def test_eval_table(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(folder), "--show-wrong"]) == 0
    out = capsys.readouterr().out
    assert "accuracy" in out and "review rate" in out


def test_a_bug_on_one_document_is_its_error_not_the_runs(folder: Path, capsys: pytest.CaptureFixture[str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import cecingest.parse as parse_module

    real_parse = parse_module.parse

    def parse_that_fails_on_invoices(doc, settings, kn):  # type: ignore[no-untyped-def]
        if "not-a-certificate" in doc.source.path:
            raise IndexError("list index out of range")
        return real_parse(doc, settings, kn)

    monkeypatch.setattr(parse_module, "parse", parse_that_fails_on_invoices)
    assert main(["eval", "--json", str(folder)]) == 0
    report = json.loads(capsys.readouterr().out)
    errors = {Path(f["file"]).name: f["error"] for f in report["files"]}
    assert errors["not-a-certificate.pdf"] == "internal error: IndexError: list index out of range"
    assert errors["nursing-contact-hours.pdf"] is None
    assert report["summary"]["errors"] == 1


def test_eval_reports_what_each_accept_threshold_lets_through(folder: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "--json", str(folder)]) == 0
    report = json.loads(capsys.readouterr().out)
    files = {Path(f["file"]).name: f for f in report["files"]}
    confidence = files["nursing-contact-hours.pdf"]["confidence"]
    assert 0.0 <= confidence <= 1.0
    sweep = {row["threshold"]: row for row in report["summary"]["by_record_confidence"]}
    # Only the certificate is counted (the invoice is scored on being recognised); it reaches the thresholds up
    # to its own confidence and is right there.
    below = [t for t in sweep if t <= confidence]
    above = [t for t in sweep if t > confidence]
    assert all(sweep[t]["records"] == 1 and sweep[t]["precision"] == 1.0 for t in below)
    assert all(sweep[t]["records"] == 0 and sweep[t]["precision"] is None for t in above)
