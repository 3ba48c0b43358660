"""Time and memory limits on one document, enforced inside the worker process that reads it.

Certificates come from strangers: a PDF crafted to make the parser spin, an image that claims 10^10 pixels. Size,
page and pixel limits are checked by the stages themselves (load, extract); this module bounds what is left, time
and memory, in the worker process, with three mechanisms, each a backstop for the one before:

1. a wall-clock alarm (SIGALRM) raises `DocumentTimeout` in Python code (pdfminer's parser, our stages): the worker
   reports the file as over the limit and goes on with the next one;
2. a CPU-time limit (RLIMIT_CPU, the limit plus a grace period): code that spins inside a C extension holding the
   GIL never sees the alarm, so the kernel stops the worker (SIGXCPU);
3. a watchdog thread ends the worker (exit code 124) when a document runs past the limit plus the grace period
   without using CPU (a C call blocked without holding the GIL).

Memory: RLIMIT_AS caps the worker's address space (Tesseract, started by the worker, inherits the cap). Python code
then gets a MemoryError, which is reported like the alarm; C code that cannot allocate fails or takes the worker down.

The parents (`import`, `watch`, `extract`) see a dead worker as a broken pool: they run the files that were in
hand again one at a time, and a file that kills its worker on its own is recorded as failed with `death_reason`.

Call `document_limits` only in a worker process: the address-space cap stays for the life of the process.
"""

from __future__ import annotations

import contextlib
import os
import resource
import signal
import threading
import time
from collections.abc import Iterable, Iterator
from multiprocessing.process import BaseProcess
from types import FrameType

from PIL import Image

from cecingest.config import Settings

GRACE_SECONDS = 10.0  # past the time limit, before the CPU limit and the watchdog end the worker
TIMEOUT_EXIT = 124  # the watchdog's exit code (as timeout(1) uses)
_MIB = 1 << 20


class DocumentTimeout(BaseException):
    """Raised in the worker's main thread when a document's time is up.

    A BaseException, so that the `except Exception` of a library (or of our own stages) cannot swallow it.
    """


_deadline: float | None = None  # monotonic time the document in hand must be done by; read by the watchdog
_watchdog: threading.Thread | None = None


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise DocumentTimeout


def _watch() -> None:
    while True:
        time.sleep(0.5)
        deadline = _deadline
        if deadline is not None and time.monotonic() > deadline + GRACE_SECONDS:
            os._exit(TIMEOUT_EXIT)


def _start_watchdog() -> None:
    global _watchdog
    if _watchdog is None or not _watchdog.is_alive():
        _watchdog = threading.Thread(target=_watch, name="cecingest-watchdog", daemon=True)
        with contextlib.suppress(RuntimeError):  # no thread to be had: the CPU limit is still there
            _watchdog.start()


def set_memory_limit(megabytes: int) -> None:
    """Cap this process's address space (no cap for 0); never above the hard limit the process was given.

    The cap counts what the worker maps before it reads anything (Python, libraries, models: about 200-300 MiB
    for `cecingest`), so a cap below that leaves it unable to read anything; see README "Configuration".
    """
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = megabytes * _MIB if megabytes > 0 else resource.RLIM_INFINITY
    if hard != resource.RLIM_INFINITY and (limit == resource.RLIM_INFINITY or limit > hard):
        limit = hard
    if limit != soft:
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


@contextlib.contextmanager
def document_limits(settings: Settings) -> Iterator[None]:
    """Within: the document's memory cap, Pillow's pixel cap, and (when `time_limit` > 0) its time.

    Raises DocumentTimeout when the time is up; only for use in a worker process (see the module's notes).
    """
    global _deadline
    if settings.time_limit > 0:
        _start_watchdog()  # before the memory cap: a thread's stack is a large mapping
    set_memory_limit(settings.memory_limit_mb)
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, resource.getrlimit(resource.RLIMIT_CORE)[1]))
    # Pillow's own check (it refuses images over twice this) backs up the stages' explicit one.
    Image.MAX_IMAGE_PIXELS = settings.max_image_pixels or None
    seconds = settings.time_limit
    if seconds <= 0:
        yield
        return
    cpu_soft, cpu_hard = resource.getrlimit(resource.RLIMIT_CPU)
    cpu = int(_cpu_seconds() + seconds + GRACE_SECONDS) + 1
    if cpu_hard != resource.RLIM_INFINITY:
        cpu = min(cpu, cpu_hard)
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu_hard))
    _deadline = time.monotonic() + seconds
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        _deadline = None
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_soft, cpu_hard))
        signal.signal(signal.SIGALRM, previous)


def timeout_message(path: str, settings: Settings) -> str:
    return f"{path}: over the time limit: reading stopped after {settings.time_limit:g} s (time_limit)"


def memory_message(path: str, settings: Settings) -> str:
    return f"{path}: over the memory limit of {settings.memory_limit_mb} MiB (memory_limit_mb); reading stopped"


def dead_worker_exitcode(processes: Iterable[BaseProcess], wait: float = 2.0) -> int | None:
    """The exit code of the worker that died first among a broken pool's processes (the others were terminated).

    The pool fails its futures before it reaps the dead worker, so this waits a little for an exit code.
    """
    processes = list(processes)
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline and not any(p.exitcode not in (None, -signal.SIGTERM) for p in processes):
        time.sleep(0.02)
    codes = [p.exitcode for p in processes if p.exitcode is not None]
    # Killed by a signal (not the pool's own SIGTERM) or by the watchdog says the most; then any failure code.
    telling = [c for c in codes if c == TIMEOUT_EXIT or (c < 0 and c != -signal.SIGTERM)]
    return next(iter(telling or [c for c in codes if c != 0] or codes), None)


def death_reason(exitcode: int | None, settings: Settings) -> str:
    """Why a worker died, in words, from its exit code."""
    if exitcode in (TIMEOUT_EXIT, -signal.SIGXCPU):
        return f"over the time limit: the worker reading it was stopped after {settings.time_limit:g} s (time_limit)"
    if exitcode == -signal.SIGKILL:
        return (f"the worker reading it was killed, most likely out of memory (memory_limit_mb = "
                f"{settings.memory_limit_mb}) or by the system")
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        return f"the worker reading it crashed ({name})"
    return "the worker reading it died" + (f" (exit code {exitcode})" if exitcode else "")
