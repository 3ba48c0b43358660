"""`cecingest import`, `records`, `show` and `export` through the real CLI on temporary folders and databases."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from cecingest.errors import ExitCode
from tests.conftest import ROOT

CORPUS_SIZE = 200


def cli(*args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cecingest", *args], capture_output=True, text=True,
                          timeout=timeout)


def import_json(*args: str) -> dict[str, Any]:
    result = cli("import", "--json", *args)
    assert "Traceback" not in result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    data["returncode"] = result.returncode
    return data


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """200 generated text-PDF certificates (different people, different bytes)."""
    out = tmp_path_factory.mktemp("corpus")
    subprocess.run([sys.executable, str(ROOT / "scripts" / "make_corpus.py"), str(out), "-n", str(CORPUS_SIZE)],
                   check=True, capture_output=True, timeout=300)
    return out


def db_counts(db: Path) -> tuple[int, int]:
    with sqlite3.connect(db) as con:
        documents = con.execute("SELECT COUNT(*), COUNT(DISTINCT sha256) FROM documents").fetchone()
        records = con.execute("SELECT COUNT(*) FROM records").fetchone()[0]
    assert documents[0] == documents[1], "a document is stored twice"
    return documents[0], records


def test_import_twice_adds_nothing_the_second_time(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "ce.db"
    first = import_json("--db", str(db), "--workers", "2", str(corpus))
    assert first["returncode"] == 0
    assert first["summary"]["found"] == CORPUS_SIZE
    assert first["summary"]["imported"] == CORPUS_SIZE
    summary = first["summary"]
    assert summary["accepted"] + summary["needs_review"] + summary["rejected"] == CORPUS_SIZE
    second = import_json("--db", str(db), str(corpus))
    assert second["summary"]["duplicates"] == CORPUS_SIZE
    assert second["summary"]["imported"] == 0
    assert db_counts(db) == (CORPUS_SIZE, CORPUS_SIZE)


def test_corrupt_files_among_good_ones(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name in ("nursing-contact-hours.pdf", "pmi-pdu.pdf"):
        shutil.copy(ROOT / "samples" / name, folder)
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "notes.pdf").write_text("plain text with a pdf name")
    (folder / "truncated.pdf").write_bytes((ROOT / "samples" / "pmi-pdu.pdf").read_bytes()[:400])
    (folder / "readme.txt").write_text("skipped: not named like a certificate and not one by content")
    db = tmp_path / "ce.db"
    data = import_json("--db", str(db), str(folder))
    assert data["returncode"] == ExitCode.SOME_FAILED
    assert data["summary"]["imported"] == 2 and data["summary"]["failed"] == 3
    reasons = {Path(f["path"]).name: f["reason"] for f in data["files"] if f["outcome"] == "failed"}
    assert "empty file" in reasons["empty.pdf"]
    assert "unsupported or corrupt file" in reasons["notes.pdf"]
    assert "corrupt" in reasons["truncated.pdf"]
    with sqlite3.connect(db) as con:
        stored = dict(con.execute("SELECT path, error FROM documents WHERE state = 'failed'").fetchall())
    assert {Path(p).name for p in stored} == {"empty.pdf", "notes.pdf", "truncated.pdf"}


def test_sigkill_in_the_middle_then_resume(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "ce.db"
    proc = subprocess.Popen([sys.executable, "-m", "cecingest", "import", "--db", str(db), "--workers", "1",
                             str(corpus)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        if db.exists():
            try:
                stored = db_counts(db)[1]
            except sqlite3.OperationalError:  # the schema is still being created
                stored = 0
        if stored >= 20:
            break
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert 20 <= stored < CORPUS_SIZE, "the import should be killed in the middle"
    resumed = import_json("--db", str(db), str(corpus))
    assert resumed["returncode"] == 0
    assert resumed["summary"]["duplicates"] >= 20
    assert resumed["summary"]["duplicates"] + resumed["summary"]["imported"] == CORPUS_SIZE
    assert db_counts(db) == (CORPUS_SIZE, CORPUS_SIZE)


def test_plain_progress_lines_when_not_a_terminal(tmp_path: Path) -> None:
    result = cli("import", "--db", str(tmp_path / "ce.db"), str(ROOT / "samples" / "pmi-pdu.pdf"))
    assert result.returncode == 0
    assert "[1/1] imported" in result.stderr
    assert "import summary" in result.stdout


def test_dry_run_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "ce.db"
    result = cli("import", "--dry-run", "--db", str(db), str(ROOT / "samples" / "pmi-pdu.pdf"))
    assert result.returncode == 0 and "1 to import" in result.stdout
    assert db_counts(db) == (0, 0)


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The text-PDF samples imported once, for the read commands."""
    folder = tmp_path_factory.mktemp("text-samples")
    for pdf in (ROOT / "samples").glob("*.pdf"):
        if not pdf.name.startswith("scanned"):
            shutil.copy(pdf, folder)
    db = folder / "ce.db"
    # The default accept threshold with a lenient field threshold: some records are accepted and some are not,
    # for the read commands to show both (at 0.5 every text sample is accepted now). Scores alone decide: every
    # sample is a layout no reviewer has confirmed (the layout memory has its own tests).
    config = folder / "lenient.toml"
    config.write_text("accept_threshold = 0.99\nfield_threshold = 0.5\ntrust_layout_after = 0\n")
    assert cli("import", "--db", str(db), "--config", str(config), str(folder)).returncode == 0
    return db


def test_records_filters_and_json(sample_db: Path) -> None:
    lines = cli("records", "--db", str(sample_db), "--json").stdout.splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == 14
    review = cli("records", "--db", str(sample_db), "--status", "needs_review", "--json").stdout.splitlines()
    assert 0 < len(review) < len(records)
    assert all(json.loads(line)["status"] == "needs_review" for line in review)
    one = cli("records", "--db", str(sample_db), "--participant", "AISHA RAHMAN", "--json").stdout.splitlines()
    assert [json.loads(line)["fields"]["course_title"]["value"] for line in one] == \
        ["Agile Risk Management for Hybrid Projects"]
    assert cli("records", "--db", str(sample_db), "--since", "yesterday").returncode == ExitCode.USAGE


def test_show_with_history(sample_db: Path) -> None:
    result = cli("show", "--db", str(sample_db), "1", "--json")
    shown = json.loads(result.stdout)
    assert shown["id"] == 1
    assert [e["kind"] for e in shown["history"]] == ["created"]
    table = cli("show", "--db", str(sample_db), "1").stdout
    assert "history" in table and "read from" in table
    missing = cli("show", "--db", str(sample_db), "999")
    assert missing.returncode == ExitCode.INPUT_NOT_FOUND
    assert missing.stderr.strip() == "cecingest: error: no record with id 999"


def test_export_csv_and_json(sample_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "credits.csv"
    assert cli("export", "--db", str(sample_db), "--format", "csv", "--out", str(out)).returncode == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert len(rows) == 14
    pmi = next(r for r in rows if r["participant"] == "Aisha Rahman, PMP")
    assert (pmi["credits"], pmi["hours"], pmi["completion_date"]) == ("3.25 PDU", "3.25", "2024-08-30")
    exported = json.loads(cli("export", "--db", str(sample_db), "--format", "json", "--status", "accepted").stdout)
    assert exported and all(r["status"] == "accepted" for r in exported)
    assert all(r["schema"] == "cecingest.record/1" for r in exported)


def test_database_from_environment(tmp_path: Path) -> None:
    db = tmp_path / "env.db"
    env = os.environ | {"CECINGEST_DB": str(db)}
    result = subprocess.run([sys.executable, "-m", "cecingest", "import", str(ROOT / "samples" / "pmi-pdu.pdf")],
                            capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path)
    assert result.returncode == 0
    assert db_counts(db) == (1, 1)


@pytest.mark.ocr
def test_ctrl_c_keeps_what_is_finished_and_a_rerun_resumes(tmp_path: Path) -> None:
    folder = tmp_path / "scans"
    folder.mkdir()
    for name in ("webinar.png", "rotated-90.png", "phone-photo.jpg", "multipage.tiff", "scanned-nursing.pdf"):
        shutil.copy(ROOT / "samples" / name, folder)
    db = tmp_path / "ce.db"
    proc = subprocess.Popen([sys.executable, "-m", "cecingest", "import", "--json", "--workers", "1", "--db",
                             str(db), str(folder)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        with sqlite3.connect(db) as con:
            try:
                if con.execute("SELECT COUNT(*) FROM records").fetchone()[0] >= 1:
                    break
            except sqlite3.OperationalError:
                pass
        time.sleep(0.1)
    os.killpg(proc.pid, signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    assert "Traceback" not in err
    assert proc.returncode == 130
    summary = json.loads(out)["summary"]
    assert summary["interrupted"] is True and 1 <= summary["imported"] < 5
    resumed = import_json("--db", str(db), str(folder))
    assert resumed["summary"]["duplicates"] == summary["imported"]
    assert db_counts(db) == (5, 5)
