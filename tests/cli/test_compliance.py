"""`people`, `credential` and `report` end to end: two sample certificates imported by the real command line, more
certificates stored through the store API (statuses set there, not left to the pipeline's thresholds)."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from cecingest import review
from cecingest.cli import main
from cecingest.errors import ExitCode
from cecingest.store import Store
from tests.compliance.helpers import stored_record
from tests.conftest import SAMPLES

FILES = ("nursing-contact-hours.pdf", "nasba-cpe.pdf")


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("compliance") / "imported.db"
    result = subprocess.run([sys.executable, "-m", "cecingest", "import", "--db", str(db), "--workers", "1",
                             *(str(SAMPLES / name) for name in FILES)], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "CECINGEST_AUDIT_RATE": "0"})
    assert result.returncode in (0, 10), result.stderr
    with Store(db) as store:
        for stored in store.records():
            if stored.record.status == "needs_review":
                review.accept(store, stored.record.id or 0, "test")
    return db


@pytest.fixture
def db(imported: Path, tmp_path: Path) -> str:
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{imported}{suffix}").exists():
            shutil.copy(f"{imported}{suffix}", tmp_path / f"ce.db{suffix}")
    return str(tmp_path / "ce.db")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def report(capsys: pytest.CaptureFixture[str], db: str, *args: str) -> dict[str, Any]:
    code, out, err = run(capsys, "report", "--db", db, "--as-of", "2025-06-30", "--format", "json", *args)
    assert code == 0, err
    data: dict[str, Any] = json.loads(out)
    return data


def test_report_on_imported_samples(capsys: pytest.CaptureFixture[str], db: str) -> None:
    assert run(capsys, "credential", "add", "Maria Santos", "rn-example", "--period-start", "2024-01-01",
               "--db", db)[0] == 0
    assert run(capsys, "credential", "add", "maria santos", "nurse-educator-example", "--licence-date",
               "2022-09-01", "--db", db)[0] == 0
    assert run(capsys, "credential", "add", "Daniel Whitaker", "cpa-example", "--period-start", "2025-01-01",
               "--db", db)[0] == 0
    data = report(capsys, db)
    by_rule = {c["credential"]["rule"]: c for c in data["credentials"]}
    rn, educator, cpa = by_rule["rn-example"], by_rule["nurse-educator-example"], by_rule["cpa-example"]
    assert rn["person"] == educator["person"]  # one person, two credentials
    # The 1.5 contact hours of the nursing sample count for both, each by its own rule; 24 - 1.5 = 22.5 missing.
    assert [(r["name"], r["counted"], r["missing"]) for r in rn["period"]["requirements"]] == [
        ("total", 1.5, 22.5), ("ethics", 0, 2)]
    assert educator["period"]["requirements"][0]["counted"] == 1.5
    assert rn["days_left"] == 184 and rn["status"] == "due"
    # NASBA: the sample's 2.0 CPE (self-study) count as printed.
    assert cpa["period"]["requirements"][0] == {"name": "total", "required": 40, "counted": 2.0, "missing": 38.0}
    assert cpa["credits"][0]["format"] == "self-study"


def test_name_mismatch_waits_until_linked(capsys: pytest.CaptureFixture[str], db: str) -> None:
    run(capsys, "credential", "add", "Maria Santos", "rn-example", "--period-start", "2024-01-01", "--db", db)
    with Store(db) as store:
        other = stored_record(store, "Mario Santos", 3, title="Ethics in Practice", topic="ethics", day="2025-02-01")
        early = stored_record(store, "Maria Santos", 4, title="Old course", day="2023-06-01")
    rn = report(capsys, db)["credentials"][0]
    assert [r["record_id"] for r in rn["in_review"]] == [other]
    assert rn["in_review"][0]["reason"] == "name_mismatch" and "people link" in rn["in_review"][0]["note"]
    assert {r["record_id"]: r["reason"] for r in rn["not_counted"]} == {early: "before_tracking"}
    assert rn["period"]["requirements"][0]["counted"] == 1.5

    assert run(capsys, "people", "link", str(other), "Maria Santos", "--db", db)[0] == 0
    rn = report(capsys, db)["credentials"][0]
    assert rn["in_review"] == []
    assert [(r["name"], r["counted"]) for r in rn["period"]["requirements"]] == [("total", 4.5), ("ethics", 3)]

    _, out, _ = run(capsys, "people", "--json", "--db", db)
    people = [json.loads(line) for line in out.splitlines()]
    assert people[0]["name"] == "Maria Santos" and people[0]["credentials"] == ["rn-example"]
    assert {p["name"] for p in people if not p["registered"]} == {"Daniel R. Whitaker"}


def test_html_is_self_contained_and_escapes_document_text(capsys: pytest.CaptureFixture[str], db: str,
                                                          tmp_path: Path) -> None:
    run(capsys, "credential", "add", "Maria Santos", "rn-example", "--period-start", "2024-01-01", "--db", db)
    with Store(db) as store:
        stored_record(store, "Maria Santos", 2, title='<script>alert("x")</script> Ethics', topic="ethics",
                      day="2025-01-10")
    out = tmp_path / "report.html"
    code, _, err = run(capsys, "report", "--db", db, "--as-of", "2025-06-30", "--format", "html", "--out", str(out))
    assert code == 0 and "wrote the report" in err
    page = out.read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Ethics" in page
    assert not re.search(r"""(src|href)\s*=|@import|url\(""", page)  # no external assets
    assert page.count('role="progressbar"') == 2  # total and ethics
    assert 'style="width:14.6%"' in page  # 3.5 of 24 contact hours
    assert 'style="width:100.0%"' in page  # 2 of 2 in ethics
    assert "examples, not legal advice" in page


def test_csv_has_a_row_per_requirement(capsys: pytest.CaptureFixture[str], db: str) -> None:
    run(capsys, "credential", "add", "Daniel Whitaker", "cpa-example", "--period-start", "2025-01-01", "--db", db)
    _, out, _ = run(capsys, "report", "--db", db, "--as-of", "2025-06-30", "--format", "csv",
                       "--credential", "cpa-example")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["requirement"], r["counted"], r["missing"]) for r in rows] == [("total", "2", "38"),
                                                                              ("ethics", "0", "2")]
    assert rows[0]["period_end"] == "2025-12-31" and rows[0]["days_left"] == "184" and rows[0]["grace_until"] == ""


def test_table_and_errors(capsys: pytest.CaptureFixture[str], db: str) -> None:
    code, _, err = run(capsys, "report", "--db", db)
    assert code == ExitCode.INPUT_NOT_FOUND and "credential add" in err
    code, _, err = run(capsys, "credential", "add", "Daniel Whitaker", "cpa-example", "--period-start",
                       "2025-03-01", "--db", db)
    assert code == ExitCode.USAGE and "01-01" in err
    code, _, err = run(capsys, "credential", "add", "Daniel Whitaker", "no-such-rule", "--period-start",
                       "2025-01-01", "--db", db)
    assert code == ExitCode.INPUT_NOT_FOUND and "cpa-example" in err
    run(capsys, "credential", "add", "Daniel Whitaker", "cpa-example", "--period-start", "2025-01-01", "--db", db)
    code, out, _ = run(capsys, "report", "--db", db, "--as-of", "2025-06-30")
    assert code == 0 and "Daniel Whitaker — cpa-example" in out and "184 days left" in out
    assert run(capsys, "credential", "remove", "Daniel Whitaker", "cpa-example", "--db", db)[0] == 0
    assert run(capsys, "report", "--db", db)[0] == ExitCode.INPUT_NOT_FOUND
