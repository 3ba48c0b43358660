"""Issue 7: the hostile and broken corpus of scripts/make_hostile.py, among good certificates, through the real CLI
(`import`, `extract`) and the daemon (`watch`): every good file stored, every bad one reported with its reason,
within the limits, and nothing else disturbed."""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from cecingest.errors import ExitCode
from tests.cli.test_watch import Daemon, certificate, daemons, files, stored, wait_for
from tests.conftest import ROOT

__all__ = ["daemons"]  # the fixture, shared with test_watch

# The limits the tests run under: the photo (3 MB here) is over the size limit; time and memory as configured.
LIMITS = {"CECINGEST_MAX_FILE_MB": "2", "CECINGEST_TIME_LIMIT": "30", "CECINGEST_MEMORY_LIMIT_MB": "1536"}

# file name -> ("failed", words of the reason) or ("stored", a review reason it must have, or "").
EXPECTED: dict[bytes, tuple[str, str]] = {
    b"empty.pdf": ("failed", "empty file (0 bytes)"),
    b"notes.pdf": ("failed", "unsupported or corrupt file"),
    b"page.pdf": ("failed", "unsupported or corrupt file"),
    b"truncated.pdf": ("failed", "broken PDF"),
    b"broken-xref.pdf": ("stored", ""),  # the cross-reference table is rebuilt by scanning
    b"encrypted-password.pdf": ("failed", "encrypted PDF (a password is needed to read it)"),
    b"encrypted-empty-password.pdf": ("stored", ""),
    b"vector-only.pdf": ("stored", "no text found on any page"),
    b"many-pages.pdf": ("stored", "only the first 50 pages of 2000 were read (max_pages)"),
    b"active-content.pdf": ("stored", ""),
    b"truncated.jpg": ("failed", "unreadable image (image file is truncated"),
    b"bomb.png": ("failed", "over the pixel limit of 120,000,000 (max_image_pixels)"),
    b"photo.jpg": ("failed", "over the file size limit of 2 MiB (max_file_mb)"),
    b"many-frames.tiff": ("stored", "only the first 50 pages of 300 were read (max_pages)"),
    b"name with spaces.pdf": ("stored", ""),
    b"new\nline.pdf": ("stored", ""),
    b"-leading-dash.pdf": ("stored", ""),
    b"not-utf8-\xff\xfe.pdf": ("stored", ""),
    b"escape-\x1b[2J.pdf": ("stored", ""),
    b"link-outside.pdf": ("failed", "a symbolic link to /etc/passwd, outside the folder; not followed"),
}
GOOD = 3
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def shown(name: bytes) -> str:
    """How a file name appears in messages and the store (see cecingest.load.shown_path)."""
    from cecingest.load import shown_path

    return shown_path(os.fsdecode(name))


def make_corpus(folder: Path) -> dict[bytes, str]:
    """The hostile corpus and a few good certificates in `folder`; returns every file's sha256 by name."""
    subprocess.run([sys.executable, str(ROOT / "scripts" / "make_hostile.py"), str(folder), "--photo-mb", "3"],
                   check=True, capture_output=True, timeout=120)
    for n in range(GOOD):
        certificate(folder / f"good-{n}.pdf", 40 + n)
    return shas(folder)


def shas(folder: Path) -> dict[bytes, str]:
    out = {}
    for name in os.listdir(os.fsencode(folder)):
        path = os.path.join(os.fsencode(folder), name)
        if os.path.isfile(path) and not os.path.islink(path):
            with open(path, "rb") as fh:
                out[name] = hashlib.sha256(fh.read()).hexdigest()
    return out


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cecingest", *args], capture_output=True, text=True, timeout=300,
                          env=os.environ | LIMITS, errors="backslashreplace")


def test_import_the_hostile_corpus_in_one_batch(tmp_path: Path) -> None:
    folder = tmp_path / "certificates"
    before = make_corpus(folder)
    db = tmp_path / "ce.db"
    started = time.monotonic()
    result = cli("import", "--workers", "2", "--db", str(db), str(folder))
    seconds = time.monotonic() - started
    assert result.returncode == ExitCode.SOME_FAILED, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert not CONTROL.search(result.stdout) and not CONTROL.search(result.stderr), "control characters printed"
    assert seconds < 40

    with sqlite3.connect(db) as con:
        documents = {path: (state, error) for path, state, error in con.execute(
            "SELECT path, state, error FROM documents")}
        reasons = {path: (status, json.loads(record)["review_reasons"]) for path, status, record in con.execute(
            "SELECT d.path, r.status, r.record FROM records r JOIN documents d ON d.id = r.document_id")}
    for name, (outcome, words) in EXPECTED.items():
        path = f"{shown(os.path.join(os.fsencode(folder), name))}"
        state, error = documents[path]
        if outcome == "failed":
            assert state == "failed" and words in error, (name, error)
            assert "\n" not in error and not CONTROL.search(error)
            assert f"failed {path}: " in result.stdout  # the one-line reason is shown
        else:
            assert state == "processed", (name, error)
            assert not words or any(words in r for r in reasons[path][1]), (name, reasons[path])
    for n in range(GOOD):
        assert documents[str(folder / f"good-{n}.pdf")][0] == "processed"
    assert len(documents) == len(EXPECTED) + GOOD
    assert shas(folder) == before, "a file was changed by reading it"
    assert os.path.islink(folder / "link-outside.pdf")


def test_extract_exits_non_zero_with_one_line_reasons(tmp_path: Path) -> None:
    folder = tmp_path / "certificates"
    make_corpus(folder)
    names = ["good-0.pdf", "bomb.png", "truncated.jpg", "encrypted-empty-password.pdf", "empty.pdf"]
    result = cli("extract", "--json", *(str(folder / n) for n in names))
    assert result.returncode == ExitCode.OVER_LIMIT  # the first failure's code (the bomb)
    errors = result.stderr.splitlines()
    assert [line.split(": ")[2].rsplit("/", 1)[-1] for line in errors] == ["bomb.png", "truncated.jpg",
                                                                            "empty.pdf"]
    assert all(line.startswith("cecingest: error: ") for line in errors)
    assert len(result.stdout.splitlines()) == 2  # the two readable files, as JSON Lines
    alone = cli("extract", str(folder / "truncated.pdf"))
    assert alone.returncode == ExitCode.CORRUPT_FILE and alone.stderr.count("\n") == 1


def test_the_daemon_works_through_the_corpus(tmp_path: Path, daemons: Callable[..., Daemon]) -> None:
    inbox = tmp_path / "inbox"
    before = make_corpus(inbox)
    os.environ.update(LIMITS)  # the daemon inherits them
    try:
        daemon = daemons(inbox, "--settle", "0.3", "--poll", "0.1", "--workers", "2")
    finally:
        for key in LIMITS:
            os.environ.pop(key)
    total = len(EXPECTED) + GOOD
    wait_for(lambda: len(daemon.events("file")) >= total, timeout=60, what="every file done")
    assert files(inbox) == []
    failed = {name for name, (outcome, _) in EXPECTED.items() if outcome == "failed"}
    in_failed = set(os.listdir(os.fsencode(inbox / "failed")))
    assert in_failed == failed | {name + b".error.txt" for name in failed}
    assert os.path.islink(inbox / "failed" / "link-outside.pdf")  # the link was moved, never followed
    for name in failed:
        reason = (inbox / "failed" / os.fsdecode(name + b".error.txt")).read_text()
        assert EXPECTED[name][1] in reason and reason.count("\n") == 1, (name, reason)
    in_processed = set(os.listdir(os.fsencode(inbox / "processed")))
    assert in_processed == (set(EXPECTED) - failed) | {f"good-{n}.pdf".encode() for n in range(GOOD)}
    moved = {**shas(inbox / "processed"), **shas(inbox / "failed")}
    assert all(moved[name] == sha for name, sha in before.items()), "a file was changed by reading it"
    assert stored(daemon.db)["failed"] == len(failed)

    certificate(inbox / "after.pdf", 49)  # still working
    wait_for(lambda: (inbox / "processed" / "after.pdf").exists(), what="a good file after the corpus")
    assert daemon.stop()[0] == 0
    assert not CONTROL.search(daemon.log.read_text().replace("\n", ""))


def test_a_file_deleted_before_it_is_read(tmp_path: Path) -> None:
    result = cli("extract", str(tmp_path / "gone.pdf"))
    assert result.returncode == ExitCode.INPUT_NOT_FOUND
    reason = f"{tmp_path / 'gone.pdf'}: no such file (deleted or moved before it was read)"
    assert result.stderr == f"cecingest: error: {reason}\n"
