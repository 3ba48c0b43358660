"""`cecingest review` and `cecingest stats` end to end through the real command line, on sample certificates
imported into a temporary database (with an audit rate of 1, so every record waits for review whatever the
parser decides)."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from cecingest.errors import ExitCode
from cecingest.review import AUDIT_REASON, wilson_interval
from tests.conftest import SAMPLES

FILES = ("nursing-contact-hours.pdf", "pmi-pdu.pdf", "ethics-cle.pdf")


def cli(*args: str, stdin: str | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cecingest", *args], capture_output=True, text=True, timeout=60,
                          input=stdin if stdin is not None else "", env={**os.environ, "COLUMNS": "160", **env})


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("review") / "imported.db"
    result = cli("import", "--db", str(db), "--workers", "1", *(str(SAMPLES / name) for name in FILES),
                 CECINGEST_AUDIT_RATE="1", CECINGEST_ACCEPT_THRESHOLD="0.5", CECINGEST_FIELD_THRESHOLD="0.5",
                 CECINGEST_TRUST_LAYOUT_AFTER="0")
    assert result.returncode == 0, result.stderr
    return db


@pytest.fixture
def db(imported: Path, tmp_path: Path) -> str:
    """A fresh copy of the imported database for each test."""
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{imported}{suffix}").exists():
            shutil.copy(f"{imported}{suffix}", tmp_path / f"ce.db{suffix}")
    return str(tmp_path / "ce.db")


def queue(db: str, *args: str) -> list[dict[str, Any]]:
    result = cli("review", "list", "--json", "--db", db, *args)
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def shown(db: str, record_id: int) -> dict[str, Any]:
    result = cli("show", str(record_id), "--json", "--db", db)
    assert result.returncode == 0, result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("cecingest: error: "), result.stderr
    return lines[0]


def test_list_is_the_queue_in_order(db: str) -> None:
    waiting = queue(db)
    assert len(waiting) == len(FILES)
    assert all(r["status"] == "needs_review" and r["version"] == 1 for r in waiting)
    assert [r["id"] for r in waiting] == sorted(r["id"] for r in waiting)  # imported one by one: oldest = lowest id
    by_confidence = queue(db, "--order", "confidence")
    assert [r["confidence"] for r in by_confidence] == sorted(r["confidence"] for r in waiting)
    audited = [r for r in waiting if r["audit_sample"]]
    assert audited and all(AUDIT_REASON in r["review_reasons"] for r in audited)


def test_accept_with_an_edit_is_corrected_and_in_the_history(db: str) -> None:
    record_id = queue(db)[0]["id"]
    before = shown(db, record_id)
    result = cli("review", "accept", str(record_id), "--set", "completion_date=2025-01-02", "--reviewer", "alice",
                 "--db", db)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"record {record_id}: corrected (version 2)"
    after = shown(db, record_id)
    assert after["status"] == "corrected" and after["fields"]["completion_date"]["value"] == "2025-01-02"
    edit, status = after["history"][-2:]
    assert (edit["who"], edit["kind"], edit["field"], edit["action"]) == ("alice", "field", "completion_date", 2)
    assert edit["old"]["value"] == before["fields"]["completion_date"]["value"]
    assert edit["new"] == {"value": "2025-01-02", "confidence": 1.0}
    assert (status["kind"], status["old"], status["new"]) == ("status", "needs_review", "corrected")
    text = cli("show", str(record_id), "--db", db).stdout
    assert "history" in text and "alice" in text and "2025-01-02" in text
    assert record_id not in [r["id"] for r in queue(db)]


def test_credits_edit_recomputes_hours_and_accept_unchanged_is_accepted(db: str) -> None:
    first, second = (r["id"] for r in queue(db)[:2])
    assert cli("review", "accept", str(first), "--set", "credits=0.2 CEU", "--db", db).returncode == 0
    assert shown(db, first)["fields"]["hours"]["value"] == 2.0
    result = cli("review", "accept", str(second), "--db", db)
    assert result.stdout.strip() == f"record {second}: accepted (version 2)"


def test_reject_and_undo(db: str) -> None:
    record_id = queue(db)[0]["id"]
    result = cli("review", "reject", str(record_id), "--reason", "an attendance list, not a certificate", "--db", db)
    assert result.returncode == 0, result.stderr
    record = shown(db, record_id)
    assert record["status"] == "rejected" and record["history"][-1]["note"] == "an attendance list, not a certificate"
    missing = cli("review", "reject", str(record_id + 100), "--reason", "x", "--db", db)
    assert missing.returncode == ExitCode.INPUT_NOT_FOUND
    undone = cli("review", "undo", str(record_id), "--db", db)
    assert undone.returncode == 0 and "needs_review" in undone.stdout
    last = shown(db, record_id)["history"][-1]
    assert (last["kind"], last["old"], last["new"], last["undoes"]) == ("undo", "rejected", "needs_review", 2)


@pytest.mark.parametrize(("setting", "message"), [
    ("completion_date=2025-02-30", "is not a date; use YYYY-MM-DD"),
    ("credits=2 furlongs", "is not a known unit"),
    ("nonsense", "use FIELD=VALUE"),
])
def test_an_invalid_edit_is_a_one_line_error_and_writes_nothing(db: str, setting: str, message: str) -> None:
    record_id = queue(db)[0]["id"]
    result = cli("review", "accept", str(record_id), "--set", setting, "--db", db)
    assert result.returncode == ExitCode.USAGE
    assert message in one_line_error(result)
    assert shown(db, record_id)["version"] == 1


def test_the_second_writer_is_told_and_shown_the_new_state(db: str) -> None:
    record_id = queue(db)[0]["id"]
    opened = json.loads(cli("review", "show", str(record_id), "--json", "--db", db).stdout)["version"]
    first = cli("review", "accept", str(record_id), "--set", "provider=Bob's Correction", "--expect-version",
                str(opened), "--reviewer", "bob", "--db", db)
    assert first.returncode == 0, first.stderr
    second = cli("review", "reject", str(record_id), "--reason", "wrong", "--expect-version", str(opened),
                 "--reviewer", "alice", "--db", db)
    assert second.returncode == ExitCode.CONFLICT
    error = one_line_error(second)
    assert f"record {record_id} changed since you opened it" in error and "bob" in error
    assert "Bob's Correction" in second.stdout and "corrected" in second.stdout  # the new state
    blind = cli("review", "accept", str(record_id), "--db", db)  # a script that never saw the record
    assert blind.returncode == ExitCode.CONFLICT and "not waiting for review" in one_line_error(blind)
    record = shown(db, record_id)
    assert record["status"] == "corrected" and record["fields"]["provider"]["value"] == "Bob's Correction"


def test_interactive_review_driven_by_stdin(db: str) -> None:
    first, second, third = (r["id"] for r in queue(db))
    keys = "\n".join([
        "e", "completion_date", "31/31/2025",     # refused: not a date; nothing pending
        "e", "4", "Jan 2, 2025",                  # by number; pending
        "a",                                      # first: corrected
        "r", "", "r", "blurry scan",              # a reason is needed; second: rejected
        "u",                                      # second back in the queue, shown again
        "s",                                      # second: skipped (stays waiting)
        "q",
    ]) + "\n"
    result = cli("review", "--interactive", "--reviewer", "carol", "--db", db, stdin=keys)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("3 records wait for review (oldest first)")
    assert "not saved: '31/31/2025' is not a date" in out
    assert "→ 2025-01-02" in out
    assert f"record {first}: corrected" in out and f"record {second}: rejected" in out
    assert f"record {second}: undone, needs_review again" in out
    assert "not rejected: a reason is needed" in out
    assert shown(db, first)["fields"]["completion_date"]["value"] == "2025-01-02"
    assert [r["id"] for r in queue(db)] == [second, third]
    assert {e["who"] for e in shown(db, second)["history"][1:]} == {"carol"}


def test_interactive_needs_a_terminal_or_the_flag(db: str) -> None:
    result = cli("review", "--db", db)
    assert result.returncode == ExitCode.USAGE and "needs a terminal" in result.stderr


def test_document_text_cannot_drive_the_terminal(db: str) -> None:
    record_id = queue(db)[0]["id"]
    hostile = "Eve \x1b]8;;http://evil.example\x07[link=http://evil.example]x[/link]\x1b[2J\x9b31m"
    with sqlite3.connect(db) as con:
        row = con.execute("SELECT record FROM records WHERE id = ?", (record_id,)).fetchone()
        record = json.loads(row[0])
        record["fields"]["participant"]["value"] = hostile
        record["fields"]["participant"]["evidence"] = {"page": 1, "text": hostile}
        record["review_reasons"].append(f"participant: {hostile}")
        con.execute("UPDATE records SET record = ? WHERE id = ?", (json.dumps(record), record_id))
    for args in (["review", "show", str(record_id)], ["show", str(record_id)], ["records"], ["review", "list"]):
        out = cli(*args, "--db", db).stdout
        assert "Eve" in out, args
        assert "\x1b" not in out and "\x9b" not in out and "\x07" not in out, args
        assert "[link=http://evil.example]" in out, args  # shown as text, not turned into a hyperlink


def test_stats_counts_the_audit_with_its_interval(db: str) -> None:
    waiting = queue(db)
    audited = [r["id"] for r in waiting if r["audit_sample"]]
    assert cli("review", "accept", str(audited[0]), "--db", db).returncode == 0
    if len(audited) > 1:
        assert cli("review", "accept", str(audited[1]), "--set", "provider=Someone Else", "--db", db).returncode == 0
    result = cli("stats", "--json", "--db", db)
    assert result.returncode == 0, result.stderr
    stats = json.loads(result.stdout)
    reviewed, wrong = min(2, len(audited)), min(2, len(audited)) - 1
    assert stats["records"] == len(FILES)
    assert stats["sent_to_review"] == len(FILES) - len(audited)
    assert stats["audit"]["samples"] == len(audited)
    assert (stats["audit"]["reviewed"], stats["audit"]["wrong"]) == (reviewed, wrong)
    low, high = wilson_interval(wrong, reviewed) or (0.0, 0.0)
    assert stats["audit"]["ci95"] == [round(low, 4), round(high, 4)]
    text = cli("stats", "--db", db).stdout
    assert "audit samples" in text and "95% CI" in text


class Terminal:
    """A pseudo-terminal driving a real `cecingest` process, the way a person at a keyboard would."""

    def __init__(self, *args: str) -> None:
        import fcntl
        import struct
        import termios

        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 140, 0, 0))
        self.proc = subprocess.Popen([sys.executable, "-m", "cecingest", *args], stdin=slave, stdout=slave,
                                     stderr=slave, start_new_session=True, env={**os.environ, "TERM": "xterm"})
        os.close(slave)
        self.seen = ""

    def expect(self, text: str, timeout: float = 20.0) -> str:
        import re
        import select
        import time

        deadline = time.monotonic() + timeout
        while text not in self.seen:
            ready, _, _ = select.select([self.master], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                raise AssertionError(f"{text!r} did not appear; the terminal shows:\n{self.seen[-2000:]}")
            try:
                chunk = os.read(self.master, 65536).decode("utf-8", "replace")
            except OSError:  # the process ended and closed the terminal
                raise AssertionError(f"{text!r} did not appear before the end:\n{self.seen[-2000:]}") from None
            self.seen += re.sub(r"\x1b\[[0-?]*[ -/]*[@-~]|\r", "", chunk)
        at = self.seen.index(text) + len(text)
        before, self.seen = self.seen[:at], self.seen[at:]
        return before

    def send(self, keys: str) -> None:
        os.write(self.master, keys.encode())

    def close(self) -> int:
        try:
            return self.proc.wait(timeout=20)
        finally:
            os.close(self.master)


def test_interactive_review_on_a_real_terminal(db: str) -> None:
    first = queue(db)[0]["id"]
    term = Terminal("review", "--db", db, "--reviewer", "tty-user")
    try:
        screen = term.expect("[q]uit > ")
        assert "3 records wait for review" in screen and f"record {first}" in screen
        term.send("e")                      # one key, no Enter
        term.expect("field (name or number): ")
        term.send("completion_date\r")
        term.expect("(empty clears it): ")
        term.send("not a date\r")
        assert "not saved: 'not a date' is not a date" in term.expect("[q]uit > ")
        term.send("e")
        term.expect("field (name or number): ")
        term.send("completion_date\r")
        term.expect("(empty clears it): ")
        term.send("2025-01-02\r")
        assert "→ 2025-01-02" in term.expect("[q]uit > ")
        term.send("a")
        assert f"record {first}: corrected" in term.expect("[q]uit > ")
        term.send("u")
        assert f"record {first}: undone, needs_review again" in term.expect("[q]uit > ")
        term.send("q")
        term.expect("still wait for review")
    finally:
        code = term.close()
    assert code == 0
    history = shown(db, first)["history"]
    assert [e["kind"] for e in history[-4:]] == ["field", "status", "undo", "undo"]
    assert {e["who"] for e in history[-4:]} == {"tty-user"}
