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
from collections import deque
from collections.abc import Callable, Collection, Generator, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Literal

from cecingest.config import Settings
from cecingest.errors import CecIngestError, ExitCode, one_line
from cecingest.layouts import hold_unconfirmed_layout, layout_words
from cecingest.limits import (
    DocumentTimeout,
    dead_worker_exitcode,
    death_reason,
    document_limits,
    memory_message,
    timeout_message,
)
from cecingest.load import shown_path, sniff_media_type
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


def discover(paths: Iterable[Path], links: list[Path] | None = None) -> tuple[list[Path], int]:
    """Candidate certificate files under the paths (recursive), sorted, and how many files were skipped.

    Folders are walked without following symbolic links; a file named on the command line is always taken.
    Symbolic links in a folder that point outside it are added to `links` (to be reported), not followed.
    """
    found: list[Path] = []
    skipped = 0
    for path in paths:
        if path.is_dir():
            for candidate in walk(path):
                if is_candidate(candidate):
                    found.append(candidate)
                elif links is not None and candidate.is_symlink() and link_leaves(candidate, path):
                    links.append(candidate)
                else:
                    skipped += 1
        else:
            found.append(path)
    return found, skipped


def link_leaves(link: Path, folder: Path) -> bool:
    """Whether a symbolic link points outside the folder (or nowhere); a link to a file inside it is just skipped,
    the file being taken under its own name."""
    target = Path(os.path.realpath(link))
    return not target.is_file() or not target.is_relative_to(folder.resolve())


def link_reason(link: Path) -> str:
    return (f"{shown_path(link)}: a symbolic link to {shown_path(os.readlink(link))}, outside the folder; not "
            f"followed (copy the file itself in)")


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

def init_worker(nlp_model: str | None = None) -> None:
    """Set up a worker process; with `nlp_model`, start loading the trained pipeline while the first file is read."""
    # Ctrl-C goes to the whole process group; the parent decides, workers finish the file in hand.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if nlp_model is not None:
        from cecingest.parse.nlp import load_in_background

        load_in_background(nlp_model)


def work(path: str, settings: Settings) -> WorkResult:
    """What a worker process runs for one file: the pipeline under the document's time and memory limits."""
    try:
        with document_limits(settings):
            return process_file(path, settings)
    except DocumentTimeout:
        return WorkResult(path, error_code=int(ExitCode.OVER_LIMIT), error=timeout_message(shown_path(path), settings))
    except MemoryError:
        return WorkResult(path, error_code=int(ExitCode.OVER_LIMIT), error=memory_message(shown_path(path), settings))


def process_file(path: str, settings: Settings) -> WorkResult:
    """Run the pipeline on one file; never raises (a failure is a result)."""
    from cecingest.pipeline import ingest_file

    try:
        ingested = ingest_file(path, settings)
    except CecIngestError as exc:
        return WorkResult(path, error_code=int(exc.exit_code), error=exc.message)
    except MemoryError:
        return WorkResult(path, error_code=int(ExitCode.OVER_LIMIT), error=memory_message(shown_path(path), settings))
    except Exception as exc:  # a bug or a hostile file: one file's failure, not the batch's
        log.debug("internal error on %s", path, exc_info=True)
        error = f"{shown_path(path)}: internal error: {type(exc).__name__}: {exc}"
        return WorkResult(path, error_code=int(ExitCode.INTERNAL), error=error)
    return WorkResult(path, ingested.record, ingested.document, ingested.seconds)


def worker_results(todo: list[Path], settings: Settings, workers: int) -> Iterator[WorkResult]:
    """Worker results for the files, in the order they finish.

    When a worker dies (killed at a limit, or crashed), the files that were in hand are run again one at a
    time, so only a file that kills its worker on its own is reported, with why the worker died.
    """
    pending: deque[Path] = deque(todo)
    suspects: deque[Path] = deque()
    while pending or suspects:
        alone = bool(suspects)
        died = yield from _pool_results(suspects if alone else pending, settings, 1 if alone else workers, alone)
        if died is None:
            continue
        paths, exitcode = died
        if alone and paths:
            path = str(paths[0])
            reason = f"{shown_path(path)}: {death_reason(exitcode, settings)}"
            yield WorkResult(path, error_code=int(ExitCode.OVER_LIMIT), error=reason)
            suspects.extend(paths[1:])
        else:
            log.warning("a worker died; the %d files in hand are read again one at a time", len(paths))
            suspects.extend(paths)


def _pool_results(source: deque[Path], settings: Settings, workers: int,
                  alone: bool) -> Generator[WorkResult, None, tuple[list[Path], int | None] | None]:
    """Run files from `source` in one pool until it is empty (returns None) or a worker dies (returns the files
    that were in hand, and the dead worker's exit code). `alone`: one file at a time."""
    executor = ProcessPoolExecutor(max_workers=workers, initializer=init_worker, initargs=(settings.nlp_model,))
    queue = 1 if alone else 2 * workers
    processes: dict[int, BaseProcess] = {}
    in_flight: dict[Future[WorkResult], Path] = {}
    try:
        while source or in_flight:
            # A short queue per worker: Ctrl-C then only has to wait for the files in hand.
            while source and len(in_flight) < queue:
                path = source.popleft()
                try:
                    in_flight[executor.submit(work, str(path), settings)] = path
                except BrokenProcessPool:  # broke since the last results: they tell which files were in hand
                    source.appendleft(path)
                    if not in_flight:
                        return [], dead_worker_exitcode(processes.values())
                    break
                processes = getattr(executor, "_processes", None) or processes
            done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            if any(isinstance(f.exception(), BrokenProcessPool) for f in done):
                wait(in_flight)  # a broken pool fails every future in hand at once
                done = set(in_flight)
            died = []
            for future in [f for f in in_flight if f in done]:  # in the order submitted
                path = in_flight.pop(future)
                try:
                    result = future.result()
                except BrokenProcessPool:
                    died.append(path)
                    continue
                except Exception as exc:  # the result did not come back (it could not be pickled, say)
                    error = f"{shown_path(path)}: internal error: {type(exc).__name__}: {exc}"
                    result = WorkResult(str(path), error_code=int(ExitCode.INTERNAL), error=error)
                yield result
            if died:
                return died, dead_worker_exitcode(processes.values())
        return None
    except KeyboardInterrupt:
        yield from _finish_in_hand(in_flight)
        raise
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _finish_in_hand(in_flight: Collection[Future[WorkResult]]) -> Iterator[WorkResult]:
    """On Ctrl-C: files not yet started are cancelled; those in a worker finish (workers ignore SIGINT)."""
    for future in in_flight:
        future.cancel()
    for future in in_flight:
        if not future.cancelled():
            with contextlib.suppress(BrokenProcessPool):
                yield future.result()


# -- the import ---------------------------------------------------------------------------------------------------

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
                reason = f"{shown_path(path)}: cannot read ({exc.strerror})"
                known.append(FileOutcome(shown_path(path), "failed", reason=reason))
                continue
            if sha in stored or sha in seen:
                known.append(FileOutcome(shown_path(path), "duplicate", reason="same bytes already stored"))
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
        # Always in worker processes, even one: a worker is what the time and memory limits can stop.
        for result in worker_results(todo, self.settings, max(workers, 1)):
            yield self.save(result)

    def refuse(self, path: Path, reason: str, code: ExitCode = ExitCode.INPUT_NOT_FOUND) -> FileOutcome:
        """A file not read at all (a symbolic link out of the folder): stored as failed with its reason."""
        reason = one_line(reason)
        self.store.add_failure(shown_path(path), None, None, int(code), reason, self.who)
        outcome = FileOutcome(shown_path(path), "failed", reason=reason)
        self.on_outcome(outcome)
        return outcome

    def save(self, result: WorkResult) -> FileOutcome:
        """Write one worker result (the only place an import writes)."""
        path = shown_path(result.path)  # a name that is not UTF-8 or holds a newline is stored and shown escaped
        if result.record is None or result.document is None:
            sha = None
            with contextlib.suppress(OSError):
                sha = file_sha256(Path(result.path))
            reason = one_line(result.error)
            self.store.add_failure(path, sha, None, result.error_code, reason, self.who)
            outcome = FileOutcome(path, "failed", reason=reason, seconds=result.seconds)
        else:
            record = self.flag_duplicate_credit(result.record)
            record, layout_id = self.hold_unconfirmed_layout(record, result.document)
            record = mark_audit_sample(record, self.settings.audit_rate)
            record_id = self.store.add_processed(record, result.document, result.seconds, self.who, layout_id)
            if record_id is None:
                outcome = FileOutcome(path, "duplicate", reason="same bytes stored meanwhile")
            else:
                outcome = FileOutcome(path, "imported", record.status, record_id,
                                      "; ".join(record.review_reasons), result.seconds)
        self.on_outcome(outcome)
        return outcome

    def hold_unconfirmed_layout(self, record: CreditRecord,
                                document: ExtractedDocument) -> tuple[CreditRecord, int | None]:
        """The record's layout (always noted, so trust can be switched on later with its history), and with
        `trust_layout_after` set, an accepted record of a layout reviewers have not confirmed sent to review."""
        if not record.is_certificate:
            return record, None
        layout_id = self.store.layout_for(record.fields.provider.value, layout_words(document, record))
        if layout_id is None or self.settings.trust_layout_after <= 0:
            return record, layout_id
        tally = self.store.layout_tally(layout_id)
        return hold_unconfirmed_layout(record, tally, self.settings.trust_layout_after), layout_id

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
