"""The watch-folder daemon: certificates dropped into an inbox become records without anyone running a command.

A thin layer over the batch import: the same worker function (`importer.process_file`) in a process pool, the
same single writer (`Importer.save`, one transaction per document) and the same sha256 rule for "already stored".
What it adds: finding files (watchdog events, a scan at start, a periodic full rescan as a safety net), waiting
until a file is complete (size and mtime unchanged for `settle` seconds, and it opens), and moving it out of the
inbox afterwards, into processed/ or failed/ (with `<name>.error.txt`).

Exactly once, even after kill -9
--------------------------------
Each file goes through these steps, in this order:

1. its sha256 is computed; if the store already holds a processed document with that sha, go to 4 (move only);
2. a worker process reads it (no side effects anywhere);
3. this process commits the result to the store in one transaction (the record, or a failure with its reason);
4. it is renamed into processed/ (or failed/, after `<name>.error.txt` is written).

The store commit is the point of truth; the rename only tidies the inbox. Killed at any moment, the daemon
leaves one of these states, and a restart finishes each exactly once:

- killed before 3 commits: nothing of the file is stored (a transaction is all or nothing) and the file is still
  in the inbox, so the restart reads it again;
- killed between 3 and 4: the record is stored and the file still in the inbox; the restart finds its sha stored
  and only moves it (step 1), without a second record;
- killed during 4: a rename is atomic on one file system, so the file is either still in the inbox (the case
  above) or in processed/ (done).

A file never reaches processed/ before its record is committed. A record is never written twice because the sha
is checked again inside the writing transaction (`Store.add_processed`), which also makes a `cecingest import` on
the same database at the same time safe. A failure is stored under the file's sha, so a retry after a crash
updates that row instead of adding one. The daemon's connection commits with synchronous=FULL, so even after a
power loss a file is never in processed/ while its record is gone.

Limits: processed/ and failed/ belong on the inbox's file system (across file systems a move is a copy and a
delete, and a crash between them leaves a second copy); one daemon per inbox, which a lock on the inbox folder
enforces.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import logging
import multiprocessing
import os
import shutil
import signal
import socket
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from queue import Empty, SimpleQueue

from watchdog.events import FileSystemEvent, FileSystemEventHandler

from cecingest.config import Settings
from cecingest.errors import CecIngestError, ConfigError, ExitCode, InputNotFound
from cecingest.importer import (
    FileOutcome,
    Importer,
    WorkResult,
    file_sha256,
    init_worker,
    is_candidate,
    is_ignored_name,
    link_leaves,
    link_reason,
    walk,
    work,
)
from cecingest.limits import dead_worker_exitcode, death_reason
from cecingest.load import shown_path
from cecingest.store import Store, WatcherRow

log = logging.getLogger(__name__)

HEARTBEAT_SECONDS = 3.0  # how often the daemon's row in the store is refreshed
STALE_SECONDS = 15.0  # a heartbeat older than this means the daemon is gone (killed, or its machine down)
STOP_GRACE_SECONDS = 5.0  # on SIGTERM/SIGINT, files in hand may finish for this long; then they are abandoned
MAX_WORKER_CRASHES = 2  # a file that kills its worker this often is recorded as failed instead of retried
ERROR_SUFFIX = ".error.txt"


# -- options ----------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class WatchFolders:
    """The inbox and where its files go; processed/ and failed/ default to subfolders of the inbox."""

    inbox: Path
    processed: Path
    failed: Path
    keep: bool = False  # leave files in the inbox after processing

    @classmethod
    def build(cls, inbox: Path, processed: Path | None = None, failed: Path | None = None,
              keep: bool = False) -> WatchFolders:
        if not inbox.is_dir():
            raise InputNotFound(f"inbox folder not found: {inbox}")
        inbox = inbox.resolve()
        folders = cls(inbox, (processed or inbox / "processed").resolve(), (failed or inbox / "failed").resolve(),
                      keep)
        for name, folder in (("processed", folders.processed), ("failed", folders.failed)):
            if folder == inbox or inbox.is_relative_to(folder):
                raise ConfigError(f"the {name} folder {folder} must not be the inbox or contain it; "
                                  f"use a subfolder such as {inbox / name}")
        if folders.processed == folders.failed:
            raise ConfigError("--processed and --failed must be different folders")
        return folders

    @property
    def excluded(self) -> tuple[Path, Path]:
        """Folders never scanned as inbox (they may lie inside it)."""
        return (self.processed, self.failed)

    def is_excluded(self, path: Path) -> bool:
        return any(path == folder or path.is_relative_to(folder) for folder in self.excluded)


# -- when a file is complete --------------------------------------------------------------------------------------

Signature = tuple[int, int]  # (size, mtime in ns)


def signature(path: Path) -> Signature | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns)


def opens(path: Path) -> bool:
    """Whether the file can be opened and read now (a writer on some file systems locks it until done)."""
    try:
        with path.open("rb") as fh:
            fh.read(1)
    except OSError:
        return False
    return True


@dataclass
class _Seen:
    signature: Signature
    stable_since: float  # monotonic time of the last change of size or mtime
    first_seen: float


class StabilityTracker:
    """Files seen in the inbox, held until each has kept its size and mtime for `settle` seconds and opens.

    `now` is a monotonic clock passed in, so tests need not sleep. A file handled in this run and left in place
    (--keep, or a move that failed) is remembered by its signature and not taken again until it changes.
    """

    def __init__(self, settle: float) -> None:
        self.settle = settle
        self._files: dict[Path, _Seen] = {}
        self._handled: dict[Path, Signature] = {}

    def __len__(self) -> int:
        return len(self._files)

    def observe(self, path: Path, now: float, first_seen: float | None = None) -> None:
        if path in self._files:
            return
        sig = signature(path)
        if sig is None or self._handled.get(path) == sig:
            return
        self._handled.pop(path, None)
        self._files[path] = _Seen(sig, now, now if first_seen is None else first_seen)

    def ready(self, now: float) -> list[tuple[Path, float]]:
        """Files complete now, with when each was first seen; they are no longer tracked."""
        out = []
        for path, seen in list(self._files.items()):
            sig = signature(path)
            if sig is None:  # gone (moved away or deleted before we took it)
                del self._files[path]
            elif sig != seen.signature:
                seen.signature, seen.stable_since = sig, now
            elif now - seen.stable_since >= self.settle and opens(path):
                del self._files[path]
                out.append((path, seen.first_seen))
        return out

    def handled(self, path: Path) -> None:
        """The file stays where it is but is done: skip it until its bytes change."""
        self._files.pop(path, None)  # a rescan may have seen it again while it was in a worker
        sig = signature(path)
        if sig is not None:
            self._handled[path] = sig

    def moved(self, path: Path) -> None:
        self._files.pop(path, None)
        self._handled.pop(path, None)


# -- where a file goes ---------------------------------------------------------------------------------------------

def free_name(folder: Path, name: str) -> Path:
    """`folder/name`, or `name-1`, `name-2`... before the extension when that is taken (never overwrites)."""
    candidate = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    n = 0
    while candidate.exists() or candidate.is_symlink():
        n += 1
        candidate = folder / f"{stem}-{n}{suffix}"
    return candidate


def one_line(text: str) -> str:
    return " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())


def move_into(src: Path, folder: Path, error: str | None = None) -> Path:
    """Move a file into a folder under its name (with a suffix when taken); with `error`, write
    `<name>.error.txt` beside it first. Returns where the file is now."""
    folder.mkdir(parents=True, exist_ok=True)
    dest = free_name(folder, src.name)
    if error is not None:
        # Written before the move and under the name the file will get: a kill between the two leaves an
        # error file that the retry overwrites, never a file in failed/ without its reason.
        _write_atomically(dest.with_name(dest.name + ERROR_SUFFIX), one_line(error) + "\n")
    try:
        os.rename(src, dest)  # atomic: the file is in the inbox or in the folder, never both or neither
    except OSError as exc:
        if exc.errno != errno.EXDEV:
            raise
        tmp = dest.with_name(f".{dest.name}.partial")
        shutil.copy2(src, tmp)
        os.replace(tmp, dest)
        src.unlink()
    return dest


def _write_atomically(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.partial")
    tmp.write_text(text, encoding="utf-8", errors="backslashreplace")
    os.replace(tmp, path)


# -- workers -------------------------------------------------------------------------------------------------------

def init_daemon_worker(nlp_model: str | None = None) -> None:
    """Workers leave signals to the daemon (it decides what happens to files in hand) and die with it."""
    init_worker(nlp_model)
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            import ctypes

            pr_set_pdeathsig = 1
            ctypes.CDLL(None).prctl(pr_set_pdeathsig, int(signal.SIGKILL))


@dataclass
class _Job:
    path: Path
    sha: str
    first_seen: float
    crashes: int = 0


class _Events(FileSystemEventHandler):
    """Every created, written or moved-in path goes to a queue that the main loop drains; nothing else."""

    def __init__(self, queue: SimpleQueue[Path], wake: threading.Event) -> None:
        self.queue = queue
        self.wake = wake

    def dispatch(self, event: FileSystemEvent) -> None:
        kinds = ("created", "moved") if event.is_directory else ("created", "modified", "closed", "moved")
        if event.event_type not in kinds:
            return
        path = event.dest_path if event.event_type == "moved" else event.src_path
        self.queue.put(Path(os.fsdecode(path)))
        self.wake.set()


# -- the daemon ----------------------------------------------------------------------------------------------------

class Watcher:
    """Runs until `request_stop()`; the main loop is the only thread that touches the store and moves files."""

    def __init__(self, folders: WatchFolders, settings: Settings, store: Store, who: str,
                 reload_settings: Callable[[], Settings] | None = None) -> None:
        self.folders = folders
        self.settings = settings
        self.store = store
        self.reload_settings = reload_settings
        self.importer = Importer(store, settings, who)
        self.workers = settings.workers or os.cpu_count() or 1
        self.tracker = StabilityTracker(settings.watch_settle)
        self.events: SimpleQueue[Path] = SimpleQueue()
        self.wake = threading.Event()
        self.backlog: deque[_Job] = deque()
        self.running: dict[Future[WorkResult], _Job] = {}
        self.busy: set[str] = set()  # shas in the backlog or in a worker
        self.done = 0
        # Set from signal handlers, so plain flags: an Event's lock is not safe to take inside a handler.
        self.stop_requested = False
        self.abandon_requested = False
        self.reload_requested = False
        self._pool: ProcessPoolExecutor | None = None
        self._processes: dict[int, multiprocessing.process.BaseProcess] = {}  # the pool's, to learn how one died
        self._refused: set[Path] = set()  # symbolic links reported and left in place (--keep)
        self._next_rescan = 0.0
        self._next_beat = 0.0
        self._watcher_id = 0

    # -- lifecycle ------------------------------------------------------------------------------------------

    def request_stop(self) -> None:
        if self.stop_requested:
            self.abandon_requested = True
        self.stop_requested = True

    def request_reload(self) -> None:
        self.reload_requested = True

    def run(self) -> None:
        """Watch until asked to stop; files in hand finish (for up to STOP_GRACE_SECONDS) or stay in the inbox."""
        with _inbox_lock(self.folders.inbox), self._observer():
            f = self.folders
            self._watcher_id = self.store.watcher_started(
                socket.gethostname(), str(f.inbox), None if f.keep else str(f.processed),
                None if f.keep else str(f.failed), os.getpid())
            log.info("watching", extra={"fields": self._describe()})
            try:
                while not self.stop_requested:
                    self.step(time.monotonic())
                    self.wake.wait(self._tick())
                    self.wake.clear()
            finally:
                left = self._shutdown()
                self.store.watcher_stopped(self._watcher_id, self.waiting(), self.done)
                log.info("stopped", extra={"fields": {"event": "stop", "done": self.done, "left_in_inbox": left}})

    def step(self, now: float) -> None:
        """One turn of the loop: take in events, rescan when due, finish results, start ready files."""
        self._drain_events(now)
        if now >= self._next_rescan:
            self._scan(self.folders.inbox, now)
            self._next_rescan = now + self.settings.watch_rescan
        self._collect()
        for path, first_seen in self.tracker.ready(now):
            self._take(path, first_seen, now)
        self._submit()
        if now >= self._next_beat:
            self.store.watcher_beat(self._watcher_id, self.waiting(), self.done)
            self._next_beat = now + HEARTBEAT_SECONDS
        if self.reload_requested:
            self.reload_requested = False
            self._reload()

    def waiting(self) -> int:
        return len(self.tracker) + len(self.backlog) + len(self.running)

    def _tick(self) -> float:
        return min(0.5, max(0.02, self.settings.watch_settle / 4))

    def _describe(self) -> dict[str, object]:
        f = self.folders
        return {"event": "start", "inbox": str(f.inbox), "processed": None if f.keep else str(f.processed),
                "failed": None if f.keep else str(f.failed), "workers": self.workers,
                "mode": f"poll every {self.settings.watch_poll:g} s" if self.settings.watch_poll else "inotify",
                "settle": self.settings.watch_settle, "rescan": self.settings.watch_rescan, "db": self.store.path}

    @contextlib.contextmanager
    def _observer(self) -> Iterator[None]:
        # Started before the first scan, so a file dropped during the scan is not missed.
        from watchdog.observers import Observer
        from watchdog.observers.api import BaseObserver
        from watchdog.observers.polling import PollingObserver

        poll = self.settings.watch_poll
        observer: BaseObserver = PollingObserver(timeout=poll) if poll else Observer()
        observer.schedule(_Events(self.events, self.wake), str(self.folders.inbox), recursive=True)
        observer.start()
        try:
            yield
        finally:
            observer.stop()
            observer.join(timeout=5)

    # -- finding files ----------------------------------------------------------------------------------------

    def _drain_events(self, now: float) -> None:
        while True:
            try:
                path = self.events.get_nowait()
            except Empty:
                return
            if self._ignored(path):
                continue
            if path.is_symlink():
                self._check_link(path)
            elif path.is_dir():
                self._scan(path, now)  # a folder moved in: its files may bring no events of their own
            else:
                self.tracker.observe(path, now)

    def _ignored(self, path: Path) -> bool:
        """Outside the inbox proper: in processed/ or failed/, or hidden or temporary (itself or a folder above)."""
        try:
            parts = path.relative_to(self.folders.inbox).parts
        except ValueError:
            return True
        return self.folders.is_excluded(path) or any(is_ignored_name(part) for part in parts)

    def _scan(self, folder: Path, now: float) -> None:
        for path in walk(folder, self.folders.excluded):
            if is_ignored_name(path.name):
                continue
            if path.is_symlink():
                self._check_link(path)
            else:
                self.tracker.observe(path, now)

    def _check_link(self, path: Path) -> None:
        """A symbolic link is never followed; one that leads out of the inbox is reported and goes to failed/
        (the link itself, not what it points to). One to a file inside the inbox is left: the file is taken."""
        if path in self._refused or not link_leaves(path, self.folders.inbox):
            return
        self._refused.add(path)
        self._finish(path, self.importer.refuse(path, link_reason(path)), time.monotonic())

    def _take(self, path: Path, first_seen: float, now: float) -> None:
        """A complete file: a duplicate is only moved; a new one joins the backlog."""
        if not is_candidate(path):
            log.debug("not a certificate, left in the inbox: %s", path)
            self.tracker.handled(path)
            return
        try:
            sha = file_sha256(path)
        except OSError:
            return  # gone meanwhile; if it comes back, an event or the rescan brings it
        if sha in self.busy:  # the same bytes under another name are in hand: look again once they are stored
            self.tracker.observe(path, now, first_seen)
            return
        if self.store.has_processed(sha):
            self._finish(path, FileOutcome(str(path), "duplicate", reason="same bytes already stored"), first_seen)
            return
        self.busy.add(sha)
        self.backlog.append(_Job(path, sha, first_seen))

    # -- the worker pool --------------------------------------------------------------------------------------

    def _submit(self) -> None:
        # A short queue per worker keeps them busy and leaves little to abandon on a stop. A file that was in a
        # worker when one died runs alone, so that if a worker dies again, the file that killed it is known.
        while self.backlog and len(self.running) < 4 * self.workers and not self.stop_requested:
            if any(job.crashes for job in self.running.values()) or (self.backlog[0].crashes and self.running):
                return
            job = self.backlog.popleft()
            if self._pool is None:
                self._pool = ProcessPoolExecutor(max_workers=self.workers, initializer=init_daemon_worker,
                                                 initargs=(self.settings.nlp_model,))
            future = self._pool.submit(work, str(job.path), self.settings)
            future.add_done_callback(lambda _: self.wake.set())
            self._processes = getattr(self._pool, "_processes", None) or self._processes
            self.running[future] = job

    def _collect(self) -> None:
        """Results of finished workers: store, then move (the order that makes a kill safe)."""
        broken = False
        in_flight = len(self.running)
        for future in [f for f in self.running if f.done()]:
            job = self.running.pop(future)
            if future.cancelled():  # on a stop, before a worker took it: it stays in the inbox, waiting
                self.backlog.appendleft(job)
                continue
            try:
                result = future.result()
            except BrokenProcessPool:
                broken = True
                self._worker_crashed(job, alone=in_flight == 1)
                continue
            except Exception as exc:  # the result did not come back (it could not be pickled, say)
                result = WorkResult(str(job.path), error_code=int(ExitCode.INTERNAL),
                                    error=f"internal error: {type(exc).__name__}: {exc}")
            self.busy.discard(job.sha)
            self._finish(job.path, self.importer.save(result), job.first_seen)
        if broken and self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def _worker_crashed(self, job: _Job, alone: bool) -> None:
        job.crashes += 1
        if job.crashes < MAX_WORKER_CRASHES or not alone:
            log.warning("a worker died; trying again: %s", job.path)
            self.backlog.appendleft(job)
            return
        self.busy.discard(job.sha)
        reason = death_reason(dead_worker_exitcode(self._processes.values()), self.settings)
        result = WorkResult(str(job.path), error_code=int(ExitCode.OVER_LIMIT),
                            error=f"{shown_path(job.path)}: {reason} (tried {job.crashes} times)")
        self._finish(job.path, self.importer.save(result), job.first_seen)

    def _finish(self, path: Path, outcome: FileOutcome, first_seen: float) -> None:
        """The outcome is stored (or the sha was stored before): now the file leaves the inbox."""
        self.done += 1
        moved: Path | None = None
        gone = not path.exists() and not path.is_symlink()  # deleted or moved away while it was read
        if not self.folders.keep and not gone:
            failed = outcome.outcome == "failed"
            try:
                moved = move_into(path, self.folders.failed if failed else self.folders.processed,
                                  outcome.reason if failed else None)
            except OSError as exc:
                log.error("cannot move %s out of the inbox: %s; it is stored and will be moved at the next start",
                          path, exc.strerror)
        if moved is None and not gone:
            self.tracker.handled(path)
        else:
            self.tracker.moved(path)
            self._refused.discard(path)
        self._log_outcome(path, outcome, first_seen, moved)

    def _log_outcome(self, path: Path, outcome: FileOutcome, first_seen: float, moved: Path | None) -> None:
        fields: dict[str, object] = {
            "event": "file", "file": shown_path(_relative(path, self.folders.inbox)), "outcome": outcome.outcome,
            "status": outcome.status, "seconds": round(outcome.seconds, 3),
            "latency": round(time.monotonic() - first_seen, 3), "record": outcome.record_id,
            "moved_to": None if moved is None else shown_path(moved), "reason": outcome.reason or None,
        }
        level = logging.WARNING if outcome.outcome == "failed" else logging.INFO
        log.log(level, outcome.outcome, extra={"fields": fields})

    def _shutdown(self) -> int:
        """Cancel queued files, let those in hand finish for a while, abandon the rest; returns how many stay."""
        for future in self.running:
            future.cancel()
        deadline = time.monotonic() + STOP_GRACE_SECONDS
        while any(not f.done() for f in self.running) and time.monotonic() < deadline and not self.abandon_requested:
            self.wake.wait(0.05)
            self.wake.clear()
            self._collect()
        self._collect()
        if self.running and self._pool is not None:
            # Abandoned files stay in the inbox untouched, with nothing stored: the next start reads them.
            for process in multiprocessing.active_children():
                process.kill()
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
        return self.waiting()

    def _reload(self) -> None:
        if self.reload_settings is None:
            return
        try:
            settings = self.reload_settings()
        except CecIngestError as exc:
            log.error("configuration not reloaded, the settings in use stay: %s", exc.message)
            return
        fixed = [name for name in ("db", "workers", "watch_poll")
                 if getattr(settings, name) != getattr(self.settings, name)]
        self.settings = settings
        self.importer.settings = settings
        self.tracker.settle = settings.watch_settle
        self._next_rescan = min(self._next_rescan, time.monotonic() + settings.watch_rescan)
        fields: dict[str, object] = {"event": "reload", "settle": settings.watch_settle,
                                     "rescan": settings.watch_rescan}
        if fixed:
            fields["needs_restart"] = ", ".join(fixed)
        log.info("configuration reloaded", extra={"fields": fields})


def _relative(path: Path, folder: Path) -> str:
    try:
        return str(path.relative_to(folder))
    except ValueError:
        return str(path)


@contextlib.contextmanager
def _inbox_lock(inbox: Path) -> Iterator[None]:
    """An exclusive lock on the inbox folder itself (no lock file to sync or clean up); the kernel drops it when
    the process dies, even by kill -9."""
    fd = os.open(inbox, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise ConfigError(f"another cecingest watch is already watching {inbox}; stop it first") from None
        yield
    finally:
        os.close(fd)


def run_watch(watcher: Watcher) -> None:
    """Run a watcher in the foreground: SIGTERM and SIGINT stop it (a second one abandons the files in hand at
    once), SIGHUP reloads the configuration."""
    handlers = {signal.SIGTERM: lambda *_: watcher.request_stop(), signal.SIGINT: lambda *_: watcher.request_stop(),
                signal.SIGHUP: lambda *_: watcher.request_reload()}
    previous = {signum: signal.signal(signum, handler) for signum, handler in handlers.items()}
    try:
        watcher.run()
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


# -- status -------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class DaemonState:
    inbox: str
    host: str
    pid: int
    running: bool
    started_at: str
    seconds_since_beat: float
    waiting: int  # files in the inbox not yet done
    done: int  # files the daemon finished since it started


@dataclass(frozen=True)
class Status:
    processed: int  # documents read into a record
    failed: int  # documents that could not be read
    needs_review: int  # the review queue
    by_status: dict[str, int]
    daemons: tuple[DaemonState, ...]

    @property
    def waiting(self) -> int:
        return sum(d.waiting for d in self.daemons)

    @property
    def running(self) -> bool:
        return any(d.running for d in self.daemons)


def read_status(store: Store) -> Status:
    counts = store.counts()
    failed = counts.pop("failed", 0)
    daemons = tuple(_daemon_state(row) for row in store.watchers())
    return Status(sum(counts.values()), failed, counts.get("needs_review", 0), counts, daemons)


def _daemon_state(row: WatcherRow) -> DaemonState:
    age = max(time.time() - row.beat, 0.0)
    running = row.stopped_at is None and age < STALE_SECONDS
    if running and row.host == socket.gethostname():
        running = _pid_alive(row.pid)
    waiting = row.waiting
    if not running and row.processed_dir is not None and Path(row.inbox).is_dir():
        # Nobody is watching: count what lies in the inbox now (files dropped since are waiting too).
        excluded = [Path(p) for p in (row.processed_dir, row.failed_dir) if p]
        waiting = sum(1 for p in walk(Path(row.inbox), excluded) if is_candidate(p))
    return DaemonState(row.inbox, row.host, row.pid, running, row.started_at, round(age, 1), waiting, row.done)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
