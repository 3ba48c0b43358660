"""How fast `cecingest watch` works through a burst, and how long one dropped file takes to become a record.

    python benchmarks/watch_burst.py [-n 500] [--workers 2] [--settle 2] [--poll SECONDS]

Makes N text-PDF certificates with scripts/make_corpus.py, starts the daemon on an empty inbox, moves all N in
at once, and reads the daemon's JSON log: files/s from the drop to the last record, and each file's latency
(first seen to stored and moved). Then drops single files one at a time for the drop-to-record latency.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def log_events(log: Path) -> list[dict[str, object]]:
    if not log.exists():
        return []
    return [json.loads(line) for line in log.read_text().splitlines(keepends=True) if line.endswith("\n")]


def wait_files(log: Path, n: int, timeout: float) -> list[dict[str, object]]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done = [e for e in log_events(log) if e.get("event") == "file"]
        if len(done) >= n:
            return done
        time.sleep(0.02)
    raise SystemExit(f"timed out: {n} files not done after {timeout} s")


def stamp(event: dict[str, object]) -> float:
    return dt.datetime.fromisoformat(str(event["time"])).timestamp()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=500)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--settle", type=float, default=2.0)
    ap.add_argument("--poll", type=float, default=None, help="polling observer instead of inotify")
    ap.add_argument("--singles", type=int, default=5, help="single files dropped one by one for the latency")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        staging, inbox = tmp / "staging", tmp / "inbox"
        inbox.mkdir()
        subprocess.run([sys.executable, str(ROOT / "scripts" / "make_corpus.py"), str(staging), "-n",
                        str(args.n + args.singles), "--kind", "text"], check=True, capture_output=True)
        pdfs = sorted(staging.glob("*.pdf"))
        burst, singles = pdfs[:args.n], pdfs[args.n:]
        log = tmp / "watch.log"
        command = [sys.executable, "-m", "cecingest", "watch", "--db", str(tmp / "ce.db"), "--json-logs",
                   "--log-file", str(log), "--workers", str(args.workers), "--settle", str(args.settle)]
        if args.poll:
            command += ["--poll", str(args.poll)]
        daemon = subprocess.Popen([*command, str(inbox)])
        try:
            while not any(e.get("event") == "start" for e in log_events(log)):
                time.sleep(0.05)
            dropped = time.time()
            for path in burst:
                path.rename(inbox / path.name)
            done = wait_files(log, len(burst), timeout=60 + args.n)
            last = max(stamp(e) for e in done)
            first = min(stamp(e) for e in done)
            latency = sorted(float(e["latency"]) for e in done)  # type: ignore[arg-type]
            print(f"burst of {len(done)} text PDFs, {args.workers} workers, settle {args.settle} s, "
                  f"{'poll ' + str(args.poll) + ' s' if args.poll else 'inotify'}")
            print(f"  drop to last record: {last - dropped:.1f} s = {len(done) / (last - dropped):.1f} files/s; "
                  f"first to last record: {len(done) / max(last - first, 1e-9):.1f} files/s")
            print(f"  latency (seen -> stored and moved): median {statistics.median(latency):.2f} s, "
                  f"p95 {latency[int(0.95 * (len(latency) - 1))]:.2f} s, max {latency[-1]:.2f} s")
            busy = sum(float(e["seconds"]) for e in done) / args.workers  # type: ignore[arg-type]
            print(f"  workers busy in the pipeline: {busy / max(last - first, 1e-9):.0%} of first to last record")
            outcomes = {o: sum(e["outcome"] == o for e in done) for o in ("imported", "duplicate", "failed")}
            print(f"  outcomes: {outcomes}")
            single_latency = []
            for path in singles:
                before = len(done)
                dropped = time.time()
                path.rename(inbox / path.name)
                done = wait_files(log, before + 1, timeout=60)
                single_latency.append(stamp(done[-1]) - dropped)
            fields = Path(f"/proc/{daemon.pid}/stat").read_text().rsplit(")", 1)[1].split()
            cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
            print(f"  the daemon's own process (not its workers): {cpu:.1f} s CPU in all")
            if single_latency:
                print(f"  one dropped file to its record: median {statistics.median(single_latency):.2f} s "
                      f"(min {min(single_latency):.2f}, max {max(single_latency):.2f}, {len(single_latency)} files)")
        finally:
            daemon.send_signal(signal.SIGTERM)
            daemon.wait(timeout=30)
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
