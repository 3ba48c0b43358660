"""`cecingest watch` (the watch-folder daemon) and `cecingest status`."""

from __future__ import annotations

import datetime as dt
import json
import logging
import logging.handlers
import sys
from pathlib import Path
from typing import Any

import click

from cecingest.cli.common import build_settings, current_user, db_option, safe_text, settings_options, who_option
from cecingest.errors import ExitCode

_SECONDS = click.FloatRange(min=0)


@click.command("watch")
@click.argument("inbox", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--processed", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where files go once stored [default: INBOX/processed].")
@click.option("--failed", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where unreadable files go, each with <name>.error.txt [default: INBOX/failed].")
@click.option("-w", "--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes [default: one per CPU core, or $CECINGEST_WORKERS].")
@click.option("--poll", "watch_poll", type=click.FloatRange(min=0, min_open=True), default=None, metavar="SECONDS",
              help="Look for new files every SECONDS instead of waiting for file-system events; for network "
              "shares and file systems without inotify [default: events, or $CECINGEST_WATCH_POLL].")
@click.option("--settle", "watch_settle", type=_SECONDS, default=None, metavar="SECONDS",
              help="A file is read once its size and modification time have not changed for SECONDS and it "
              "opens [default: 2, or $CECINGEST_WATCH_SETTLE].")
@click.option("--rescan", "watch_rescan", type=click.FloatRange(min=0, min_open=True), default=None,
              metavar="SECONDS",
              help="Scan the whole inbox every SECONDS, for events that never arrive [default: 60, or "
              "$CECINGEST_WATCH_RESCAN].")
@click.option("--keep", is_flag=True, help="Leave files in the inbox after processing (nothing is moved).")
@click.option("--json-logs", is_flag=True, help="One JSON object per log line.")
@click.option("--log-file", type=click.Path(dir_okay=False), default=None,
              help="Append log lines to this file instead of stderr (reopened when rotated).")
@db_option
@who_option
@settings_options
def watch_command(inbox: Path, processed: Path | None, failed: Path | None, keep: bool, json_logs: bool,
                  log_file: str | None, who: str | None, config_file: str | None, **overrides: Any) -> int:
    """Watch INBOX and turn every certificate dropped into it into a record, until stopped.

    Files already in INBOX are read at start; new and moved-in files are taken once complete (size and
    modification time unchanged for --settle seconds). Each file is stored once by its bytes (sha256), across
    restarts and alongside `cecingest import` on the same database, then moved to processed/ (failed/ with
    <name>.error.txt holding the reason), keeping its name, with -1, -2... when the name is taken. A file whose
    bytes are already stored is moved to processed/ without a second record. Subfolders are watched too;
    processed/, failed/, hidden and temporary files (.part, .crdownload, ~$...) never are.

    SIGTERM or Ctrl-C: files in hand finish (or, after 5 s or a second signal, stay in the inbox for the next
    start) and the exit code is 0. SIGHUP reloads the configuration file. One log line per file (name,
    outcome, status, seconds) goes to stderr or --log-file.

    \b
    Examples:
      cecingest watch ~/ce-inbox
      cecingest watch --db /srv/ce/ce.db --workers 2 --json-logs /srv/ce/inbox
      cecingest watch --poll 5 --processed /mnt/share/done /mnt/share/inbox
    """
    from cecingest.store import Store
    from cecingest.watch import Watcher, WatchFolders, run_watch

    _setup_logging(json_logs, log_file)
    settings = build_settings(config_file, **overrides)
    folders = WatchFolders.build(inbox, processed, failed, keep)
    with Store(settings.db, durable=True) as store:
        watcher = Watcher(folders, settings, store, current_user(who),
                          reload_settings=lambda: build_settings(config_file, **overrides))
        run_watch(watcher)
    return int(ExitCode.OK)


@click.command("status")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
@db_option
def status_command(as_json: bool, db: str | None) -> int:
    """How many documents wait in watched inboxes, were processed, failed and wait for review, and whether a
    watch daemon is running on the database (its heartbeat is at most 15 s old).

    \b
    Examples:
      cecingest status
      cecingest status --json --db /srv/ce/ce.db | jq .running
    """
    from cecingest.store import Store
    from cecingest.watch import read_status

    with Store(build_settings(None, db=db).db) as store:
        status = read_status(store)
    daemons = [{"inbox": d.inbox, "host": d.host, "pid": d.pid, "running": d.running, "started_at": d.started_at,
                "seconds_since_heartbeat": d.seconds_since_beat, "waiting": d.waiting, "done": d.done}
               for d in status.daemons]
    if as_json:
        click.echo(json.dumps({"running": status.running, "waiting": status.waiting, "processed": status.processed,
                               "failed": status.failed, "needs_review": status.needs_review,
                               "by_status": status.by_status, "daemons": daemons}, indent=2))
        return int(ExitCode.OK)
    for d in daemons:
        beat = f"heartbeat {d['seconds_since_heartbeat']} s ago"
        state = (f"running (pid {d['pid']} on {safe_text(str(d['host']))}, {beat})" if d["running"]
                 else f"not running (last {beat})")
        click.echo(f"inbox {safe_text(str(d['inbox']))}: daemon {state}; {d['waiting']} waiting")
    if not daemons:
        click.echo("no watch daemon has run on this database")
    by_status = ", ".join(f"{name.replace('_', ' ')} {n}" for name, n in sorted(status.by_status.items()))
    click.echo(f"processed: {status.processed}" + (f" ({by_status})" if by_status else ""))
    click.echo(f"failed: {status.failed}")
    click.echo(f"review queue: {status.needs_review}")
    return int(ExitCode.OK)


# -- log lines ------------------------------------------------------------------------------------------------------

class LogFormatter(logging.Formatter):
    """One line per event: `time level message key=value...`, or one JSON object with --json-logs.

    Names and reasons come from files and documents: control characters are replaced before printing.
    """

    def __init__(self, as_json: bool) -> None:
        super().__init__()
        self.as_json = as_json

    def format(self, record: logging.LogRecord) -> str:
        stamp = dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(timespec="milliseconds")
        fields = {k: _one_line(v) if isinstance(v, str) else v for k, v in getattr(record, "fields", {}).items()}
        message = _one_line(record.getMessage())
        if record.exc_info:
            fields["error"] = _one_line(self.formatException(record.exc_info).replace("\n", " | "))
        if self.as_json:
            return json.dumps({"time": stamp, "level": record.levelname.lower(), "logger": record.name,
                               "message": message, **fields}, ensure_ascii=False)
        shown = {k: v for k, v in fields.items() if v is not None and k != "event" and v != message}
        pairs = " ".join(f"{k}={_logfmt(v)}" for k, v in shown.items())
        return f"{stamp} {record.levelname.lower()} {message}" + (f" {pairs}" if pairs else "")


def _one_line(text: str) -> str:
    return safe_text(text).replace("\n", " ").replace("\r", " ").replace("\t", " ")


def _logfmt(value: object) -> str:
    text = str(value)
    return json.dumps(text, ensure_ascii=False) if not text or any(c in text for c in ' "=') else text


def _setup_logging(as_json: bool, log_file: str | None) -> None:
    """The daemon's lines (and cecingest's warnings) go to one handler: stderr or the log file."""
    handler: logging.Handler
    if log_file is None:
        handler = logging.StreamHandler(sys.stderr)
    else:
        handler = logging.handlers.WatchedFileHandler(log_file, encoding="utf-8")
    handler.setFormatter(LogFormatter(as_json))
    package = logging.getLogger("cecingest")
    package.handlers = [handler]
    package.propagate = False
    package.setLevel(min(logging.getLogger().level, logging.WARNING))
    watch = logging.getLogger("cecingest.watch")
    watch.setLevel(min(logging.getLogger().level, logging.INFO))
