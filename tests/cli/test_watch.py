"""`cecingest watch` as a real daemon (a subprocess) on temporary folders, and `cecingest status` beside it.

Conditions are polled with a deadline; nothing asserts on a sleep.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from cecingest.errors import ExitCode
from tests.extract.conftest import write_text_pdf

FIRST = ["Jane", "Omar", "Lucia", "Kenji", "Amara", "Tomasz", "Priya", "Sean", "Ingrid", "Mateo"]
LAST = ["Doe", "Haddad", "Moreno", "Sato", "Okafor", "Nowak", "Raman", "Byrne", "Larsen", "Silva"]


def certificate(path: Path, n: int) -> Path:
    """A small text-PDF certificate; n picks the participant, so every file has other bytes."""
    name = f"{FIRST[n % 10]} {LAST[n // 10 % 10]}"
    lines = ["Certificate of Completion", "This certifies that", name, "has successfully completed",
             "Ethics in Practice", "1.0 contact hours", "Date of Completion: May 1, 2025",
             "Provided by: Acme Learning Institute"]
    return write_text_pdf(path, [lines])


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def wait_for(condition: Callable[[], Any], timeout: float = 30, what: str = "condition") -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


def stored(db: Path) -> dict[str, int]:
    """Documents, distinct shas, records and failures in the database (zeros before it exists)."""
    try:
        with sqlite3.connect(db) as con:
            docs, shas = con.execute("SELECT COUNT(*), COUNT(DISTINCT sha256) FROM documents").fetchone()
            records = con.execute("SELECT COUNT(*) FROM records").fetchone()[0]
            failed = con.execute("SELECT COUNT(*) FROM documents WHERE state = 'failed'").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return {"documents": 0, "shas": 0, "records": 0, "failed": 0}
    return {"documents": docs, "shas": shas, "records": records, "failed": failed}


def stored_shas(db: Path) -> list[str]:
    with sqlite3.connect(db) as con:
        return sorted(row[0] for row in con.execute("SELECT sha256 FROM documents WHERE state = 'processed'"))


def files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.is_file()) if folder.is_dir() else []


class Daemon:
    """`cecingest watch` in its own session, logging JSON lines to a file the test reads."""

    def __init__(self, tmp: Path, inbox: Path, *args: str) -> None:
        self.log = tmp / f"watch-{time.monotonic_ns()}.log"
        self.stderr = self.log.with_suffix(".stderr")
        self.db = tmp / "ce.db"
        with self.stderr.open("w") as err:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "cecingest", "watch", "--db", str(self.db), "--json-logs", "--log-file",
                 str(self.log), *args, str(inbox)], stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)
        self.wait_for_event("start", timeout=30)

    def events(self, kind: str | None = None) -> list[dict[str, Any]]:
        if not self.log.exists():
            return []
        text = self.log.read_text()
        lines = [json.loads(line) for line in text.splitlines(keepends=True) if line.endswith("\n")]
        return [e for e in lines if kind is None or e.get("event") == kind]

    def wait_for_event(self, kind: str, timeout: float = 30) -> dict[str, Any]:
        def found() -> dict[str, Any] | None:
            assert self.proc.poll() is None or kind == "stop", f"the daemon exited: {self.stderr.read_text()}"
            matches = self.events(kind)
            return matches[-1] if matches else None
        result: dict[str, Any] = wait_for(found, timeout, f"a {kind!r} log line")
        return result

    def signal(self, signum: int) -> None:
        os.killpg(self.proc.pid, signum) if signum == signal.SIGKILL else self.proc.send_signal(signum)

    def stop(self) -> tuple[int, float]:
        """SIGTERM; returns the exit code and how long the daemon took to exit."""
        started = time.monotonic()
        self.proc.send_signal(signal.SIGTERM)
        code = self.proc.wait(timeout=30)
        return code, time.monotonic() - started

    def kill(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()


@pytest.fixture
def daemons(tmp_path: Path) -> Iterator[Callable[..., Daemon]]:
    started: list[Daemon] = []

    def start(inbox: Path, *args: str) -> Daemon:
        daemon = Daemon(tmp_path, inbox, *args)
        started.append(daemon)
        return daemon

    yield start
    for daemon in started:
        daemon.kill()
        assert "Traceback" not in daemon.stderr.read_text()


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder


def status(db: Path) -> dict[str, Any]:
    result = subprocess.run([sys.executable, "-m", "cecingest", "status", "--json", "--db", str(db)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


FAST = ("--settle", "0.3", "--poll", "0.1", "--workers", "2")


def test_burst_with_files_present_at_start_and_status(tmp_path: Path, inbox: Path,
                                                      daemons: Callable[..., Daemon]) -> None:
    for n in range(5):
        certificate(inbox / f"early-{n:02d}.pdf", n)
    daemon = daemons(inbox, *FAST)
    staging = tmp_path / "staging"
    staging.mkdir()
    burst = [certificate(staging / f"cert-{n:02d}.pdf", n) for n in range(5, 30)]
    expected = sorted([*files(inbox), *(p.name for p in burst)])
    shas = sorted({sha(p) for p in [*inbox.iterdir(), *burst] if p.is_file()})
    for path in burst:
        path.rename(inbox / path.name)
    wait_for(lambda: files(inbox / "processed") == expected, what="30 files in processed/")
    assert files(inbox) == []
    assert stored(daemon.db) == {"documents": 30, "shas": 30, "records": 30, "failed": 0}
    assert stored_shas(daemon.db) == shas
    lines = daemon.events("file")
    assert sorted(e["file"] for e in lines) == expected
    assert {e["outcome"] for e in lines} == {"imported"}
    assert all(e["status"] in ("accepted", "needs_review") and e["seconds"] >= 0 for e in lines)

    now = wait_for(lambda: (s := status(daemon.db))["daemons"] and s["daemons"][0]["done"] == 30 and s,
                   timeout=15, what="a heartbeat with 30 files done")
    assert now["running"] is True and now["daemons"][0]["pid"] == daemon.proc.pid
    assert (now["processed"], now["failed"], now["waiting"]) == (30, 0, 0)
    assert now["needs_review"] == now["by_status"].get("needs_review", 0)

    second = subprocess.run([sys.executable, "-m", "cecingest", "watch", "--db", str(daemon.db), str(inbox)],
                            capture_output=True, text=True, timeout=60)
    assert second.returncode == ExitCode.CONFIG and "already watching" in second.stderr

    code, seconds = daemon.stop()
    assert code == 0 and seconds < 5
    assert status(daemon.db)["running"] is False


def test_inotify_slow_writer_and_moved_in_file(tmp_path: Path, inbox: Path, daemons: Callable[..., Daemon]) -> None:
    # Events only (no polling, no rescan during the test): inotify must bring both files.
    daemon = daemons(inbox, "--settle", "1.0", "--rescan", "3600", "--workers", "1")
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    moved = certificate(outside / "moved-in.pdf", 1)
    moved_sha = sha(moved)
    moved.rename(inbox / "moved-in.pdf")

    data = certificate(tmp_path / "whole.pdf", 2).read_bytes()
    chunks = [data[i:i + len(data) // 8 + 1] for i in range(0, len(data), len(data) // 8 + 1)]
    started = time.monotonic()
    with (inbox / "slow.pdf").open("wb") as fh:  # a scanner writing: far less than --settle between chunks
        for chunk in chunks:
            fh.write(chunk)
            fh.flush()
            time.sleep(0.15)
    written = time.monotonic() - started

    wait_for(lambda: files(inbox / "processed") == ["moved-in.pdf", "slow.pdf"], what="both files processed")
    assert stored(daemon.db) == {"documents": 2, "shas": 2, "records": 2, "failed": 0}
    assert stored_shas(daemon.db) == sorted([moved_sha, hashlib.sha256(data).hexdigest()])
    slow = next(e for e in daemon.events("file") if e["file"] == "slow.pdf")
    assert slow["outcome"] == "imported" and slow["latency"] >= written
    assert daemon.events("start")[0]["mode"] == "inotify"


def test_corrupt_file_duplicates_and_taken_names(inbox: Path, daemons: Callable[..., Daemon]) -> None:
    (inbox / "processed").mkdir()
    (inbox / "processed" / "cert.pdf").write_bytes(b"an earlier cert.pdf")
    certificate(inbox / "cert.pdf", 3)
    (inbox / "cert-copy.pdf").write_bytes((inbox / "cert.pdf").read_bytes())
    (inbox / "bad.pdf").write_bytes(b"plain text with a pdf name\x1b[2J")
    (inbox / "notes.txt").write_text("not a certificate: left alone")
    (inbox / "upload.pdf.part").write_bytes(b"%PDF- still downloading")
    daemon = daemons(inbox, *FAST)
    wait_for(lambda: len(daemon.events("file")) == 3, what="three files done")
    assert files(inbox / "processed") == ["cert-1.pdf", "cert-copy.pdf", "cert.pdf"]
    assert files(inbox / "failed") == ["bad.pdf", "bad.pdf.error.txt"]
    reason = (inbox / "failed" / "bad.pdf.error.txt").read_text()
    assert "unsupported or corrupt file" in reason and reason.count("\n") == 1
    assert files(inbox) == ["notes.txt", "upload.pdf.part"]
    assert stored(daemon.db) == {"documents": 2, "shas": 2, "records": 1, "failed": 1}
    outcomes = sorted(e["outcome"] for e in daemon.events("file"))
    assert outcomes == ["duplicate", "failed", "imported"]
    assert daemon.stop()[0] == 0


def test_keep_leaves_files_in_place_and_a_restart_adds_nothing(inbox: Path, daemons: Callable[..., Daemon]) -> None:
    for n in range(3):
        certificate(inbox / f"cert-{n}.pdf", n)
    daemon = daemons(inbox, "--keep", "--rescan", "0.5", *FAST)
    wait_for(lambda: len(daemon.events("file")) == 3, what="three files done")
    assert daemon.stop()[0] == 0
    assert len(daemon.events("file")) == 3  # rescans while running did not take them again
    assert files(inbox) == ["cert-0.pdf", "cert-1.pdf", "cert-2.pdf"] and not (inbox / "processed").exists()
    again = daemons(inbox, "--keep", *FAST)
    wait_for(lambda: len(again.events("file")) == 3, what="three files seen again")
    assert {e["outcome"] for e in again.events("file")} == {"duplicate"}
    assert stored(again.db) == {"documents": 3, "shas": 3, "records": 3, "failed": 0}


def test_stored_but_not_moved_is_only_moved(tmp_path: Path, inbox: Path, daemons: Callable[..., Daemon]) -> None:
    """The state a kill between "store" and "move" leaves, made on purpose with `cecingest import`."""
    certificate(inbox / "cert.pdf", 4)
    db = tmp_path / "ce.db"
    imported = subprocess.run([sys.executable, "-m", "cecingest", "import", "--db", str(db), str(inbox)],
                              capture_output=True, text=True, timeout=120)
    assert imported.returncode == 0 and stored(db)["records"] == 1
    daemon = daemons(inbox, *FAST)
    line = daemon.wait_for_event("file")
    assert line["outcome"] == "duplicate" and line["record"] is None
    assert files(inbox / "processed") == ["cert.pdf"]
    assert stored(db) == {"documents": 1, "shas": 1, "records": 1, "failed": 0}


def test_kill_9_in_the_middle_of_a_burst_then_restart(inbox: Path, daemons: Callable[..., Daemon]) -> None:
    originals = {f"cert-{n:02d}.pdf": sha(certificate(inbox / f"cert-{n:02d}.pdf", n)) for n in range(30)}
    daemon = daemons(inbox, "--settle", "0.3", "--poll", "0.1", "--workers", "1")
    done = wait_for(lambda: (n := stored(daemon.db)["records"]) >= 5 and n, what="5 records")
    daemon.signal(signal.SIGKILL)  # the whole process group, workers too, at whatever step each is in
    daemon.proc.wait()
    assert done < 30, "the daemon should be killed in the middle of the burst"
    assert len(files(inbox)) + len(files(inbox / "processed")) == 30

    again = daemons(inbox, *FAST)
    wait_for(lambda: files(inbox / "processed") == sorted(originals), what="every file in processed/")
    assert files(inbox) == [] and files(inbox / "failed") == []
    # Stored exactly once (one document and one record per sha) and moved exactly once (no name-1 copies).
    assert stored(again.db) == {"documents": 30, "shas": 30, "records": 30, "failed": 0}
    assert stored_shas(again.db) == sorted(originals.values())
    assert {name: sha(inbox / "processed" / name) for name in originals} == originals
    assert again.stop()[0] == 0


def test_sigterm_in_the_middle_of_a_burst_exits_0_promptly(inbox: Path, daemons: Callable[..., Daemon]) -> None:
    for n in range(30):
        certificate(inbox / f"cert-{n:02d}.pdf", n)
    daemon = daemons(inbox, "--settle", "0.3", "--poll", "0.1", "--workers", "1")
    wait_for(lambda: stored(daemon.db)["records"] >= 3, what="3 records")
    code, seconds = daemon.stop()
    assert code == 0 and seconds < 5
    stop = daemon.events("stop")[-1]
    # Nothing half-done: each file is stored and moved, or untouched in the inbox and not stored.
    processed, left = files(inbox / "processed"), files(inbox)
    assert len(processed) + len(left) == 30 and stop["left_in_inbox"] == len(left)
    assert stored(daemon.db)["records"] == len(processed) == stop["done"]
    shas = set(stored_shas(daemon.db))
    assert all(sha(inbox / name) not in shas for name in left)


def test_sighup_reloads_the_configuration(tmp_path: Path, inbox: Path, daemons: Callable[..., Daemon]) -> None:
    config = tmp_path / "cecingest.toml"
    config.write_text("watch_settle = 0.3\nwatch_poll = 0.1\n")
    daemon = daemons(inbox, "--config", str(config), "--workers", "1")
    assert daemon.events("start")[0]["settle"] == 0.3
    config.write_text("watch_settle = 0.2\nwatch_poll = 0.1\nwatch_rescan = 5.0\n")
    daemon.proc.send_signal(signal.SIGHUP)
    reloaded = daemon.wait_for_event("reload")
    assert (reloaded["settle"], reloaded["rescan"]) == (0.2, 5.0)
    config.write_text("watch_settle = [not toml")
    daemon.proc.send_signal(signal.SIGHUP)
    wait_for(lambda: any("not reloaded" in e["message"] for e in daemon.events()), what="a reload error")
    certificate(inbox / "after.pdf", 5)  # still working, with the settings from before
    wait_for(lambda: files(inbox / "processed") == ["after.pdf"], what="a file after the failed reload")
    assert daemon.stop()[0] == 0
