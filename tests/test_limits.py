"""The time and memory limits of one document, in real worker processes (issue 7).

The pipeline is replaced by functions that misbehave the ways a hostile file can make a parser misbehave; the
workers are forked, so they run the replacement. Each test checks that the bad file gets its reason and the others
are read.
"""

from __future__ import annotations

import faulthandler
import os
import signal
import time
from pathlib import Path

import pytest

from cecingest import importer, limits
from cecingest.config import Settings
from cecingest.errors import ExitCode
from cecingest.importer import WorkResult, worker_results


def fake_pipeline(path: str, settings: Settings) -> WorkResult:
    name = Path(path).name
    if name == "python-spin":
        while True:
            pass
    if name == "c-spin":  # a loop inside C that holds the GIL: no Python signal handler runs until it ends
        sum(range(10**13))
    if name == "blocked":  # blocked without using CPU, with the alarm held off
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(60)
    if name == "memory-hog":
        bytearray(3 << 30)
    if name == "segfault":
        faulthandler.disable()  # pytest's, inherited: it would print the dying worker's stack
        os.kill(os.getpid(), signal.SIGSEGV)
    return WorkResult(path, error="read")


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importer, "process_file", fake_pipeline)
    monkeypatch.setattr(limits, "GRACE_SECONDS", 1.0)


def run(names: list[str], workers: int = 1, **settings: float) -> dict[str, WorkResult]:
    values = {"time_limit": 1.0, "memory_limit_mb": 1024, **settings}
    return {Path(r.path).name: r for r in worker_results([Path(n) for n in names], Settings(**values), workers)}


@pytest.mark.usefixtures("fake")
def test_a_spinning_parser_is_stopped_and_the_worker_goes_on() -> None:
    started = time.monotonic()
    results = run(["good-1", "python-spin", "good-2"])
    assert results["python-spin"].error_code == ExitCode.OVER_LIMIT
    assert results["python-spin"].error == "python-spin: over the time limit: reading stopped after 1 s (time_limit)"
    assert results["good-1"].error == results["good-2"].error == "read"
    assert time.monotonic() - started < 8


@pytest.mark.usefixtures("fake")
@pytest.mark.parametrize("name", ["c-spin", "blocked"])
def test_a_worker_stuck_where_the_alarm_cannot_reach_is_killed(name: str) -> None:
    started = time.monotonic()
    results = run(["good-1", name, "good-2"], workers=2)
    assert results[name].error_code == ExitCode.OVER_LIMIT
    assert "over the time limit: the worker reading it was stopped after 1 s" in results[name].error
    assert results["good-1"].error == results["good-2"].error == "read"
    # Left alone, the C loop runs for hours: a minute proves the kill with room for a loaded CI machine (the
    # run takes a few seconds; 21 s was seen once at load 6 on 2 cores).
    assert time.monotonic() - started < 60


def mapped_mib() -> int:
    """This process's address space now; a forked worker starts with the same."""
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) // 1024 for line in fh if line.startswith("VmSize:"))


@pytest.mark.usefixtures("fake")
def test_memory_over_the_limit_is_one_files_failure() -> None:
    limit = mapped_mib() + 512  # the worker is a fork of this (large) test process: room for 512 MiB more
    results = run(["memory-hog", "good-1"], memory_limit_mb=limit)
    assert results["memory-hog"].error == (f"memory-hog: over the memory limit of {limit} MiB (memory_limit_mb); "
                                           "reading stopped")
    assert results["good-1"].error == "read"


@pytest.mark.usefixtures("fake")
def test_a_crashing_file_is_found_among_others() -> None:
    results = run(["good-1", "segfault", "good-2", "good-3"], workers=2)
    assert results["segfault"].error == "segfault: the worker reading it crashed (SIGSEGV)"
    assert [results[f"good-{n}"].error for n in (1, 2, 3)] == ["read"] * 3


def test_death_reasons() -> None:
    settings = Settings(time_limit=120, memory_limit_mb=1536)
    assert "stopped after 120 s" in limits.death_reason(-signal.SIGXCPU, settings)
    assert "stopped after 120 s" in limits.death_reason(limits.TIMEOUT_EXIT, settings)
    assert "out of memory (memory_limit_mb = 1536)" in limits.death_reason(-signal.SIGKILL, settings)
    assert limits.death_reason(3, settings) == "the worker reading it died (exit code 3)"
