"""Batch import: files and folders into the store, in parallel, exactly once, resumable.

Workers run the pipeline; only this (parent) process writes to the database, one transaction per document,
so a killed import leaves every finished document stored and nothing half-written. A re-run skips what is stored.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import signal
import threading
from collections.abc import Callable, Collection, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from cecingest.config import Settings
from cecingest.errors import CecIngestError, ExitCode
from cecingest.load import sniff_media_type
from cecingest.models import CreditRecord, ExtractedDocument
from cecingest.review import mark_audit_sample
from cecingest.store import Store

log = logging.getLogger(__name__)

# Files with these names are taken even when their bytes are not a type we read, so that they are reported as
# failures instead of vanishing silently; anything else that is not a PDF or image is skipped.
CERTIFICATE_SUFFIXES = {".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".webp", ".bmp", ".jfif"}
TEMPORARY = (".~lock", "~$")
TEMPORARY_SUFFIXES = (".part", ".crdownload", ".tmp", ".download", ".partial")

Outcome = Literal["imported", "duplicate", "failed"]


@dataclass(frozen=True)
class WorkResult:
    """What a worker sends back: a record and its document, or a failure with its reason."""

    path: str
    record: CreditRecord | None = None
    document: ExtractedDocument | None = None
    seconds: float = 0.0
    error_code: int = 0
    error: str = ""


@dataclass(frozen=True)
class FileOutcome:
    path: str
    outcome: Outcome
    status: str | None = None
    record_id: int | None = None
    reason: str = ""
    seconds: float = 0.0


@dataclass
class ImportSummary:
    found: int = 0
    skipped: int = 0
    outcomes: list[FileOutcome] = field(default_factory=list)
    seconds: float = 0.0
    interrupted: bool = False

    def count(self, outcome: str) -> int:
        return sum(o.outcome == outcome for o in self.outcomes)

    def count_status(self, status: str) -> int:
        return sum(o.status == status for o in self.outcomes if o.outcome == "imported")

    @property
    def exit_code(self) -> int:
        if self.interrupted:
            return 130
        return int(ExitCode.SOME_FAILED) if self.count("failed") else int(ExitCode.OK)

    def as_dict(self) -> dict[str, object]:
        imported = self.count("imported")
        return {
            "found": self.found, "imported": imported, "accepted": self.count_status("accepted"),
            "needs_review": self.count_status("needs_review"), "rejected": self.count_status("rejected"),
            "duplicates": self.count("duplicate"), "failed": self.count("failed"), "skipped": self.skipped,
            "interrupted": self.interrupted, "seconds": round(self.seconds, 2),
            "files_per_second": round(imported / self.seconds, 2) if self.seconds else None,
        }


# -- finding files ----------------------------------------------------------------------------------------------

def is_ignored_name(name: str) -> bool:
    return name.startswith((".", *TEMPORARY)) or name.endswith(TEMPORARY_SUFFIXES)


def walk(folder: Path, exclude: Collection[Path] = ()) -> Iterator[Path]:
    """Every file under a folder, recursively and sorted, without following symbolic links into folders.

    Hidden and temporary folders are not entered, nor are the folders in `exclude` (the watch daemon's
    processed/ and failed/ when they lie inside its inbox).
    """
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not is_ignored_name(d) and Path(root, d) not in exclude)
        for name in sorted(files):
            yield Path(root) / name


def is_candidate(path: Path) -> bool:
    """A file found in a folder that is taken: not hidden or temporary, not a link, named or made like a certificate."""
    return not is_ignored_name(path.name) and not path.is_symlink() and looks_like_certificate(path)


def discover(paths: Iterable[Path]) -> tuple[list[Path], int]:
    """Candidate certificate files under the paths (recursive), sorted, and how many files were skipped.

    Folders are walked without following symbolic links; a file named on the command line is always taken.
    """
    found: list[Path] = []
    skipped = 0
    for path in paths:
        if path.is_dir():
            for candidate in walk(path):
                if is_candidate(candidate):
                    found.append(candidate)
                else:
                    skipped += 1
        else:
            found.append(path)
    return found, skipped


def looks_like_certificate(path: Path) -> bool:
    if path.suffix.lower() in CERTIFICATE_SUFFIXES:
        return True
    try:
        with path.open("rb") as fh:
            return sniff_media_type(fh.read(1024)) is not None
    except OSError:
        return False


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


# -- workers ----------------------------------------------------------------------------------------------------

def init_worker() -> None:
    # Ctrl-C goes to the whole process group; the parent decides, workers finish the file in hand.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def process_file(path: str, settings: Settings) -> WorkResult:
    """Run the pipeline on one file; never raises (a failure is a result)."""
    from cecingest.pipeline import ingest_file

    try:
        ingested = ingest_file(path, settings)
    except CecIngestError as exc:
        return WorkResult(path, error_code=int(exc.exit_code), error=exc.message)
    except Exception as exc:  # a bug or a hostile file: one file's failure, not the batch's
        log.debug("internal error on %s", path, exc_info=True)
        return WorkResult(path, error_code=int(ExitCode.INTERNAL), error=f"internal error: {type(exc).__name__}: {exc}")
    return WorkResult(path, ingested.record, ingested.document, ingested.seconds)


# -- the import ---------------------------------------------------------------------------------------------------

@contextlib.contextmanager
def _interrupt_after_current_file() -> Iterator[threading.Event]:
    """In-process work: the first Ctrl-C lets the file in hand finish; a second one stops at once."""
    stop = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return

    def handler(signum: int, frame: object) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()

    previous = signal.signal(signal.SIGINT, handler)
    try:
        yield stop
    finally:
        signal.signal(signal.SIGINT, previous)


class Importer:
    def __init__(self, store: Store, settings: Settings, who: str,
                 on_outcome: Callable[[FileOutcome], None] = lambda o: None) -> None:
        self.store = store
        self.settings = settings
        self.who = who
        self.on_outcome = on_outcome

    def plan(self, files: list[Path]) -> tuple[list[Path], list[FileOutcome]]:
        """Files still to process, and outcomes already known (duplicates, unreadable files)."""
        stored = self.store.processed_shas()
        seen: set[str] = set()
        todo: list[Path] = []
        known: list[FileOutcome] = []
        for path in files:
            try:
                sha = file_sha256(path)
            except OSError as exc:
                known.append(FileOutcome(str(path), "failed", reason=f"{path}: cannot read ({exc.strerror})"))
                continue
            if sha in stored or sha in seen:
                known.append(FileOutcome(str(path), "duplicate", reason="same bytes already stored"))
            else:
                seen.add(sha)
                todo.append(path)
        return todo, known

    def run(self, files: list[Path], workers: int) -> Iterator[FileOutcome]:
        todo, known = self.plan(files)
        for outcome in known:
            if outcome.outcome == "failed":
                self.store.add_failure(outcome.path, None, None, int(ExitCode.INPUT_NOT_FOUND), outcome.reason,
                                       self.who)
            yield outcome
        if workers <= 1:
            with _interrupt_after_current_file() as stop:
                for path in todo:
                    yield self.save(process_file(str(path), self.settings))
                    if stop.is_set():
                        raise KeyboardInterrupt
            return
        yield from self._run_pool(todo, workers)

    def _run_pool(self, todo: list[Path], workers: int) -> Iterator[FileOutcome]:
        pending = iter(todo)
        executor = ProcessPoolExecutor(max_workers=workers, initializer=init_worker)
        in_flight: set[Future[WorkResult]] = set()
        try:
            # Keep a short queue per worker: Ctrl-C then only has to wait for the files in hand.
            for path in pending:
                in_flight.add(executor.submit(process_file, str(path), self.settings))
                if len(in_flight) >= 2 * workers:
                    done, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
                    for future in done:
                        yield self.save(future.result())
            while in_flight:
                done, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
                for future in done:
                    yield self.save(future.result())
        except KeyboardInterrupt:
            for future in in_flight:
                future.cancel()
            for future in in_flight:
                if not future.cancelled():
                    yield self.save(future.result())
            raise
        finally:
            executor.shutdown(wait=True, cancel_futures=True)

    def save(self, result: WorkResult) -> FileOutcome:
        """Write one worker result (the only place an import writes)."""
        if result.record is None or result.document is None:
            sha = None
            with contextlib.suppress(OSError):
                sha = file_sha256(Path(result.path))
            self.store.add_failure(result.path, sha, None, result.error_code, result.error, self.who)
            outcome = FileOutcome(result.path, "failed", reason=result.error, seconds=result.seconds)
        else:
            record = self.flag_duplicate_credit(result.record)
            record = mark_audit_sample(record, self.settings.audit_rate)
            record_id = self.store.add_processed(record, result.document, result.seconds, self.who)
            if record_id is None:
                outcome = FileOutcome(result.path, "duplicate", reason="same bytes stored meanwhile")
            else:
                outcome = FileOutcome(result.path, "imported", record.status, record_id,
                                      "; ".join(record.review_reasons), result.seconds)
        self.on_outcome(outcome)
        return outcome

    def flag_duplicate_credit(self, record: CreditRecord) -> CreditRecord:
        """Same participant, course and completion date from another file: a person decides, not the count."""
        if not record.is_certificate:
            return record
        f = record.fields
        other = self.store.find_same_credit(f.participant.value, f.course_title.value, f.completion_date.value,
                                            record.source.sha256)
        if other is None:
            return record
        reason = f"likely duplicate of record {other} (same participant, course and completion date)"
        status = "needs_review" if record.status in ("accepted", "needs_review") else record.status
        return replace(record, status=status, review_reasons=(*record.review_reasons, reason))
