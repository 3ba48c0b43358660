"""The watch daemon's pieces without a daemon: when a file is complete, where it goes, what is logged."""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from pathlib import Path

import pytest

from cecingest.cli.watch import LogFormatter
from cecingest.config import Settings
from cecingest.errors import ConfigError
from cecingest.importer import WorkResult, process_file
from cecingest.store import Store
from cecingest.watch import StabilityTracker, Watcher, WatchFolders, free_name, move_into, read_status
from tests.extract.conftest import write_text_pdf


def test_a_file_is_ready_only_after_it_stopped_changing(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF-1.7 first half")
    tracker = StabilityTracker(settle=2.0)
    tracker.observe(path, now=100.0)
    assert tracker.ready(now=101.0) == []
    with path.open("ab") as fh:  # the scanner writes more: the clock starts again
        fh.write(b" second half")
    assert tracker.ready(now=101.5) == []
    assert tracker.ready(now=103.0) == []  # 1.5 s since the change
    assert tracker.ready(now=103.6) == [(path, 100.0)]  # stable for 2 s; first seen at 100
    assert len(tracker) == 0


def test_a_touched_file_of_the_same_size_is_a_change(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF-1.7 abc")
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    tracker = StabilityTracker(settle=1.0)
    tracker.observe(path, now=0.0)
    path.write_bytes(b"%PDF-1.7 xyz")  # same size, new mtime
    assert tracker.ready(now=1.5) == []
    assert tracker.ready(now=2.6) == [(path, 0.0)]


def test_a_file_that_vanished_is_dropped_and_one_left_in_place_is_not_taken_twice(tmp_path: Path) -> None:
    gone, kept = tmp_path / "gone.pdf", tmp_path / "kept.pdf"
    gone.write_bytes(b"x")
    kept.write_bytes(b"y")
    tracker = StabilityTracker(settle=0.0)
    tracker.observe(gone, 0.0)
    tracker.observe(kept, 0.0)
    gone.unlink()
    assert tracker.ready(1.0) == [(kept, 0.0)]
    tracker.observe(kept, 1.5)  # a rescan sees it again while a worker reads it
    tracker.handled(kept)  # --keep: stays in the inbox
    tracker.observe(kept, 2.0)  # and again after
    assert tracker.ready(3.0) == []
    kept.write_bytes(b"new bytes")  # changed: taken again
    tracker.observe(kept, 4.0)
    assert tracker.ready(5.0) == [(kept, 4.0)]


def test_a_file_that_does_not_open_waits(tmp_path: Path) -> None:
    path = tmp_path / "locked.pdf"
    path.write_bytes(b"%PDF")
    tracker = StabilityTracker(settle=0.0)
    tracker.observe(path, 0.0)
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as root: permissions do not stop opening")
        assert tracker.ready(1.0) == []
    finally:
        path.chmod(0o644)
    assert tracker.ready(2.0) == [(path, 0.0)]


def test_free_name_keeps_the_name_and_adds_a_suffix_when_taken(tmp_path: Path) -> None:
    assert free_name(tmp_path, "cert.pdf") == tmp_path / "cert.pdf"
    (tmp_path / "cert.pdf").write_bytes(b"")
    (tmp_path / "cert-1.pdf").write_bytes(b"")
    assert free_name(tmp_path, "cert.pdf") == tmp_path / "cert-2.pdf"
    (tmp_path / "scan").write_bytes(b"")
    assert free_name(tmp_path, "scan") == tmp_path / "scan-1"


def test_move_into_failed_writes_the_reason_beside_the_file(tmp_path: Path) -> None:
    inbox, failed = tmp_path / "inbox", tmp_path / "failed"
    inbox.mkdir()
    (inbox / "bad.pdf").write_bytes(b"junk")
    failed.mkdir()
    (failed / "bad.pdf").write_bytes(b"an earlier bad.pdf")
    dest = move_into(inbox / "bad.pdf", failed, "bad.pdf: corrupt file\n(line two)")
    assert dest == failed / "bad-1.pdf" and dest.read_bytes() == b"junk"
    assert not (inbox / "bad.pdf").exists()
    assert (failed / "bad-1.pdf.error.txt").read_text() == "bad.pdf: corrupt file (line two)\n"
    assert sorted(p.name for p in failed.iterdir()) == ["bad-1.pdf", "bad-1.pdf.error.txt", "bad.pdf"]


def test_folders_default_to_subfolders_and_may_not_contain_the_inbox(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    folders = WatchFolders.build(inbox)
    assert (folders.processed, folders.failed) == (inbox.resolve() / "processed", inbox.resolve() / "failed")
    assert folders.is_excluded(inbox.resolve() / "processed" / "x.pdf")
    assert not folders.is_excluded(inbox.resolve() / "x.pdf")
    with pytest.raises(ConfigError, match="must not be the inbox"):
        WatchFolders.build(inbox, processed=inbox)
    with pytest.raises(ConfigError, match="must not be the inbox or contain it"):
        WatchFolders.build(inbox, failed=tmp_path)
    with pytest.raises(ConfigError, match="different folders"):
        WatchFolders.build(inbox, processed=tmp_path / "out", failed=tmp_path / "out")


def test_log_lines_strip_control_characters(tmp_path: Path) -> None:
    record = logging.LogRecord("cecingest.watch", logging.INFO, __file__, 1, "imported", None, None)
    record.fields = {"event": "file", "file": "evil\x1b[2Jname\n.pdf", "outcome": "imported", "status": "accepted",
                     "seconds": 0.05, "record": None}
    text = LogFormatter(as_json=False).format(record)
    assert "\x1b" not in text and "\n" not in text
    assert text.endswith('info imported file="evilname .pdf" status=accepted seconds=0.05')
    data = json.loads(LogFormatter(as_json=True).format(record))
    assert data["file"] == "evilname .pdf" and data["outcome"] == "imported" and data["record"] is None


def test_status_of_a_daemon_that_was_killed(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    (inbox / "processed").mkdir(parents=True)
    (inbox / "waiting.pdf").write_bytes(b"%PDF-1.7")
    (inbox / "processed" / "done.pdf").write_bytes(b"%PDF-1.7")
    with Store(tmp_path / "ce.db") as store:
        store.watcher_started("elsewhere", str(inbox), str(inbox / "processed"), str(inbox / "failed"), 1)
        with store.transaction() as db:
            db.execute("UPDATE watchers SET beat = beat - 60")  # killed a minute ago: no clean stop recorded
        status = read_status(store)
    assert not status.running
    assert status.waiting == 1  # counted in the inbox now, processed/ left out
    assert (status.processed, status.failed, status.needs_review) == (0, 0, 0)


def _dies_on_poison(path: str, settings: Settings) -> WorkResult:
    if "poison" in path:
        os._exit(1)  # a segfault in a C library, or the OOM killer
    return process_file(path, settings)


def test_a_file_that_kills_its_worker_fails_and_the_others_are_stored(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("cecingest.importer.process_file", _dies_on_poison)  # what each worker runs, under limits
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in ("a", "b", "poison", "c"):
        write_text_pdf(inbox / f"{name}.pdf", [["Certificate of Completion", f"Person {name.upper()}", "1 hour"]])
    with Store(tmp_path / "ce.db") as store:
        settings = Settings(workers=2, watch_settle=0.0, watch_poll=0.1)
        watcher = Watcher(WatchFolders.build(inbox), settings, store, "test")
        thread = threading.Thread(target=watcher.run)
        thread.start()
        deadline = time.monotonic() + 60
        while watcher.done < 4 and time.monotonic() < deadline and thread.is_alive():
            time.sleep(0.05)
        watcher.request_stop()
        thread.join(timeout=30)
        failures = store.failures()
        assert store.counts().get("failed") == 1
    assert sorted(p.name for p in (inbox / "processed").iterdir()) == ["a.pdf", "b.pdf", "c.pdf"]
    assert [Path(f.path).name for f in failures] == ["poison.pdf"]
    assert failures[0].error.endswith("poison.pdf: the worker reading it died (exit code 1) (tried 2 times)")
    assert (inbox / "failed" / "poison.pdf.error.txt").exists()
