"""`cecingest export --corrections` end to end: real samples imported through the CLI, reviewed through the CLI
(one corrected, one rejected, one accepted unchanged, one left waiting), then exported, and the export read back
by scripts/train_model.py's conversion."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import shutil
import sqlite3
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from cecingest.errors import ExitCode
from tests.cli.test_review import cli, queue, shown
from tests.conftest import ROOT, SAMPLES

FILES = ("nursing-contact-hours.pdf", "pmi-pdu.pdf", "ethics-cle.pdf", "teacher-clock-hours.pdf")


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, int], dict[str, Any]]:
    """A database where record `corrected` had its participant corrected by alice, `rejected` was rejected by
    bob, `confirmed` was accepted unchanged and `waiting` still waits; and the corrected record as imported."""
    db = str(tmp_path_factory.mktemp("corrections") / "ce.db")
    result = cli("import", "--db", db, "--workers", "1", *(str(SAMPLES / name) for name in FILES),
                 CECINGEST_AUDIT_RATE="1", CECINGEST_ACCEPT_THRESHOLD="0.5", CECINGEST_FIELD_THRESHOLD="0.5")
    assert result.returncode == 0, result.stderr
    by_file = {Path(r["source"]["path"]).name: r["id"] for r in queue(db)}
    ids = {"corrected": by_file["nursing-contact-hours.pdf"], "rejected": by_file["pmi-pdu.pdf"],
           "confirmed": by_file["ethics-cle.pdf"], "waiting": by_file["teacher-clock-hours.pdf"]}
    before = shown(db, ids["corrected"])
    steps = [("accept", str(ids["corrected"]), "--set", "participant=Maria Santos", "--reviewer", "alice"),
             ("reject", str(ids["rejected"]), "--reason", "a duplicate of another file", "--reviewer", "bob"),
             ("accept", str(ids["confirmed"]), "--reviewer", "carol")]
    for step in steps:
        result = cli("review", *step, "--db", db)
        assert result.returncode == 0, result.stderr
    return db, ids, before


def export(db: str, *args: str) -> tuple[list[dict[str, Any]], str]:
    result = cli("export", "--corrections", "--db", db, *args)
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()], result.stderr


def test_export_holds_original_and_corrected_values(reviewed: tuple[str, dict[str, int], dict[str, Any]]) -> None:
    db, ids, before = reviewed
    entries, stderr = export(db)
    assert stderr == ""
    by_id = {e["id"]: e for e in entries}
    assert sorted(by_id) == sorted([ids["corrected"], ids["rejected"], ids["confirmed"]])  # not the waiting one
    fixed = by_id[ids["corrected"]]
    assert fixed["schema"] == "cecingest.correction/1"
    assert (fixed["status"], fixed["reviewer"], fixed["changed"]) == ("corrected", "alice", ["participant"])
    assert fixed["fields"]["participant"]["original"] == before["fields"]["participant"]["value"]
    assert fixed["fields"]["participant"]["original"] == "Maria L. Santos, RN, BSN"  # as the pipeline read it
    assert fixed["fields"]["participant"]["corrected"] == "Maria Santos"
    assert fixed["fields"]["participant"]["original_confidence"] == before["fields"]["participant"]["confidence"]
    unchanged = fixed["fields"]["course_title"]
    assert unchanged["original"] == unchanged["corrected"] == before["fields"]["course_title"]["value"]
    assert fixed["source"]["path"] == before["source"]["path"] and fixed["source"]["sha256"] == before["source"][
        "sha256"]
    assert dt.datetime.fromisoformat(fixed["reviewed_at"]).date() == dt.datetime.now(dt.UTC).date()
    # The text the parser read, one line per line, holding what the values were read from.
    lines = fixed["text"].splitlines()
    assert "Maria L. Santos, RN, BSN" in lines and "Infection Prevention in Long-Term Care Settings" in lines
    dropped = by_id[ids["rejected"]]
    assert (dropped["status"], dropped["reviewer"], dropped["note"]) == ("rejected", "bob",
                                                                         "a duplicate of another file")
    assert "Agile Risk Management for Hybrid Projects" in dropped["text"]
    confirmed = by_id[ids["confirmed"]]
    assert (confirmed["status"], confirmed["reviewer"], confirmed["changed"]) == ("accepted", "carol", [])


def test_out_file_json_list_and_filters(reviewed: tuple[str, dict[str, int], dict[str, Any]],
                                        tmp_path: Path) -> None:
    db, ids, _ = reviewed
    entries, _ = export(db)
    out = tmp_path / "corrections.jsonl"
    result = cli("export", "--corrections", "--db", db, "--out", str(out))
    assert result.returncode == 0 and result.stdout == ""
    assert result.stderr.strip() == f"wrote 3 corrections to {out} (0 reviewed records left out)"
    assert [json.loads(line) for line in out.read_text().splitlines()] == entries
    as_list = cli("export", "--corrections", "--format", "json", "--db", db)
    assert json.loads(as_list.stdout) == entries
    assert export(db, "--since", "2999-01-01")[0] == []
    assert len(export(db, "--since", dt.date.today().isoformat())[0]) == 3
    assert [e["id"] for e in export(db, "--status", "rejected")[0]] == [ids["rejected"]]
    csv = cli("export", "--corrections", "--format", "csv", "--db", db)
    assert csv.returncode == ExitCode.USAGE and "--format jsonl" in csv.stderr
    waiting = cli("export", "--corrections", "--status", "needs_review", "--db", db)
    assert waiting.returncode == ExitCode.USAGE and "reviewed records" in waiting.stderr
    plain = cli("export", "--format", "jsonl", "--db", db)  # without --corrections: the contract records
    assert len(plain.stdout.splitlines()) == len(FILES) and '"schema": "cecingest.record/1"' in plain.stdout


def test_undone_review_is_no_correction_and_documents_without_text_are_reported(
        reviewed: tuple[str, dict[str, int], dict[str, Any]], tmp_path: Path) -> None:
    source, ids, _ = reviewed
    db = str(tmp_path / "copy.db")
    shutil.copy(source, db)
    for suffix in ("-wal", "-shm"):
        if Path(source + suffix).exists():
            shutil.copy(source + suffix, db + suffix)
    assert cli("review", "undo", str(ids["confirmed"]), "--db", db).returncode == 0
    # What a blank scan leaves in the store: its pages, without a word on them.
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE pages SET words = '[]', text = '' WHERE document_id ="
                     " (SELECT document_id FROM records WHERE id = ?)", (ids["rejected"],))
    entries, stderr = export(db)
    assert [e["id"] for e in entries] == [ids["corrected"]]
    (line,) = stderr.splitlines()
    assert line.startswith(f"cecingest: record {ids['rejected']} (") and "pmi-pdu.pdf) left out: no text" in line


def _train_model() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_model", ROOT / "scripts" / "train_model.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_model"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_the_training_script_reads_the_export(reviewed: tuple[str, dict[str, int], dict[str, Any]],
                                              tmp_path: Path) -> None:
    import spacy

    db, ids, _ = reviewed
    out = tmp_path / "c.jsonl"
    assert cli("export", "--corrections", "--db", db, "--out", str(out)).returncode == 0
    tm = _train_model()
    examples = {e.record_id: e for e in tm.read_corrections(out, spacy.blank("en"), tm.topic_labels())}
    fixed = examples[ids["corrected"]]
    # "Maria Santos" is not printed as such ("Maria L. Santos, RN, BSN" is): left unlabelled, never "no entity".
    assert fixed.kind == "positive" and fixed.not_found == ("participant",)
    assert {(s.label_, s.text) for s in fixed.doc.ents} >= {
        ("COURSE_TITLE", "Infection Prevention in Long-Term Care Settings")}
    assert "PARTICIPANT" not in {s.label_ for s in fixed.doc.ents}
    printed = fixed.doc.text.index("Maria L. Santos")
    name = fixed.doc.char_span(printed, printed + len("Maria L. Santos, RN, BSN"))
    assert {t.ent_iob_ for t in name} == {""}  # the printed name is not taught as "no entity" either
    assert examples[ids["rejected"]].kind == "negative" and not examples[ids["rejected"]].doc.ents
    assert examples[ids["confirmed"]].kind == "positive" and examples[ids["confirmed"]].not_found == ()
