"""The layout memory end to end: `import` holds records of a layout no reviewer has confirmed, `review accept`
confirms it, the next certificate of the same template is accepted; `eval --trust-layout-after` plays it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from reportlab.pdfgen import canvas

from cecingest.cli import main

PEOPLE = (("Jane Doe", "Sepsis Recognition in Acute Care", "March 14, 2025", "2025-03-14", "CE-2025-0412"),
          ("Omar Haddad", "Falls Prevention in Older Adults", "June 2, 2024", "2024-06-02", "CE-2024-1187"),
          ("Lena Novak", "Safe Medication Administration", "October 21, 2024", "2024-10-21", "CE-2024-3305"))
LOW_THRESHOLDS = {"CECINGEST_ACCEPT_THRESHOLD": "0.5", "CECINGEST_FIELD_THRESHOLD": "0.5",
                  "CECINGEST_AUDIT_RATE": "0", "CECINGEST_TRUST_LAYOUT_AFTER": "1"}


def draw(path: Path, name: str, title: str, date: str, cid: str, heading: str = "Certificate of Completion") -> None:
    """One provider's certificate template, filled in."""
    c = canvas.Canvas(str(path), pagesize=(792, 612))
    c.setFont("Helvetica-Bold", 16)
    c.drawCentredString(396, 560, "Northwind Nursing Education")
    c.setFont("Helvetica-Bold", 26)
    c.drawCentredString(396, 500, heading)
    c.setFont("Helvetica", 12)
    c.drawCentredString(396, 450, "This certifies that")
    c.setFont("Times-Bold", 24)
    c.drawCentredString(396, 415, name)
    c.setFont("Helvetica", 12)
    c.drawCentredString(396, 380, "has successfully completed")
    c.setFont("Helvetica-Bold", 16)
    c.drawCentredString(396, 350, title)
    c.setFont("Helvetica", 12)
    c.drawCentredString(396, 315, f"on {date} and is awarded 1.5 contact hours")
    c.setFont("Helvetica", 9)
    c.drawString(60, 60, f"Certificate No: {cid}")
    c.showPage()
    c.save()


def cli(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cecingest", *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, **LOW_THRESHOLDS, **env})


def imported(db: Path, path: Path) -> dict[str, Any]:
    result = cli("import", "--db", str(db), "--workers", "1", "--json", str(path))
    assert result.returncode == 0, result.stderr
    files: list[dict[str, Any]] = json.loads(result.stdout)["files"]
    return files[0]


def test_a_template_is_trusted_once_a_reviewer_confirmed_one_of_its_records(tmp_path: Path) -> None:
    db = tmp_path / "ce.db"
    paths = []
    for i, (name, title, date, _, cid) in enumerate(PEOPLE):
        paths.append(tmp_path / f"cert{i}.pdf")
        draw(paths[-1], name, title, date, cid)
    first = imported(db, paths[0])
    assert first["status"] == "needs_review"
    assert "new layout: 0 of 1 records confirmed by a reviewer" in first["reason"]
    accepted = cli("review", "accept", str(first["record_id"]), "--db", str(db))
    assert accepted.returncode == 0, accepted.stderr
    assert imported(db, paths[1])["status"] == "accepted"
    # another template from the same provider is a new layout again
    other = tmp_path / "other.pdf"
    draw(other, "Lena Novak", "Wound Care Basics", "May 5, 2025", "CE-2025-0007",
         heading="Transcript of Attendance for the Spring Clinical Update Series, Valid for Relicensure")
    assert imported(db, other)["status"] == "needs_review"
    stats = cli("stats", "--json", "--db", str(db))
    assert stats.returncode == 0, stats.stderr
    assert json.loads(stats.stdout)["layouts"] == {"seen": 2, "trusted": 1, "held_records": 2}
    assert "layouts: 2 seen, 1 trusted; records held for a layout not yet trusted: 2" in cli(
        "stats", "--db", str(db)).stdout


def test_eval_plays_a_reviewer_through_the_layout_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    for i, (name, title, date, iso, cid) in enumerate(PEOPLE):
        draw(tmp_path / f"cert{i}.pdf", name, title, date, cid)
        fields = {"participant": name, "provider": "Northwind Nursing Education", "course_title": title,
                  "completion_date": iso, "start_date": None, "credits": [{"amount": 1.5, "unit": "contact_hour"}],
                  "hours": 1.5, "topic": None, "delivery_format": None, "certificate_id": cid, "accreditation": None,
                  "license_number": None}
        (tmp_path / f"cert{i}.expected.json").write_text(json.dumps({"file": f"cert{i}.pdf", "fields": fields}))
    for name, value in LOW_THRESHOLDS.items():
        monkeypatch.setenv(name, value)
    assert main(["eval", "--json", str(tmp_path)]) == 0  # scores alone, whatever trust_layout_after says
    assert [f["status"] for f in json.loads(capsys.readouterr().out)["files"]] == ["accepted"] * 3
    assert main(["eval", "--json", str(tmp_path), "--trust-layout-after", "1"]) == 0
    assert [f["status"] for f in json.loads(capsys.readouterr().out)["files"]] == ["needs_review", "accepted",
                                                                                     "accepted"]
