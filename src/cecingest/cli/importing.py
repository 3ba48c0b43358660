"""`cecingest import`: files and folders into the database, in parallel, exactly once."""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from pathlib import Path
from typing import Any

import click

from cecingest.cli.common import build_settings, current_user, db_option, safe_text, settings_options, who_option

log = logging.getLogger("cecingest.import")


@click.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("-w", "--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes [default: one per CPU core, or $CECINGEST_WORKERS].")
@click.option("--dry-run", is_flag=True, help="List what would be imported and what is already stored; change nothing.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary (and every file's outcome) as JSON.")
@db_option
@who_option
@settings_options
def import_command(paths: tuple[Path, ...], workers: int | None, dry_run: bool, as_json: bool, who: str | None,
                   config_file: str | None, **overrides: Any) -> int:
    """Import certificate files and folders (recursively) into the database.

    Files are picked by content (PDF and image types); hidden and temporary files (.~lock, ~$, .part,
    .crdownload) are skipped. A document whose bytes are already stored is a duplicate and is not read again,
    so importing the same folder twice changes nothing, and an interrupted import resumes where it stopped.
    A file that cannot be read is stored as a failed document with its reason; the batch goes on.

    Exit code 0 when nothing failed, 10 when some files failed, 130 when interrupted.

    \b
    Examples:
      cecingest import ~/certificates
      cecingest import --workers 2 --db ce.db inbox/ extra.pdf
      cecingest import --json samples | jq .summary
    """
    from cecingest.importer import Importer, ImportSummary, discover, link_reason
    from cecingest.store import Store

    settings = build_settings(config_file, workers=workers, **overrides)
    links: list[Path] = []
    files, skipped = discover(paths, links)
    summary = ImportSummary(found=len(files) + len(links), skipped=skipped)
    n_workers = settings.workers or os.cpu_count() or 1
    started = time.perf_counter()
    with Store(settings.db) as store:
        importer = Importer(store, settings, current_user(who))
        if dry_run:
            return _dry_run(importer, files, as_json)
        todo, _ = importer.plan(files)
        reporter = _Reporter(len(todo) + len(links), quiet=as_json)
        importer.on_outcome = reporter.advance
        try:
            with reporter:
                # Symbolic links out of a folder are not followed (they could read any file the user can).
                summary.outcomes += [importer.refuse(link, link_reason(link)) for link in links]
                for outcome in importer.run(files, min(n_workers, max(len(todo), 1))):
                    summary.outcomes.append(outcome)
        except KeyboardInterrupt:
            summary.interrupted = True
    summary.seconds = time.perf_counter() - started
    _report(summary, as_json)
    return summary.exit_code


def _dry_run(importer: Any, files: list[Path], as_json: bool) -> int:
    todo, known = importer.plan(files)
    duplicates = [o.path for o in known if o.outcome == "duplicate"]
    unreadable = [o.reason for o in known if o.outcome == "failed"]
    if as_json:
        click.echo(json.dumps({"would_import": [str(p) for p in todo], "duplicates": duplicates,
                               "unreadable": unreadable}, indent=2))
    else:
        for path in todo:
            click.echo(f"import     {safe_text(str(path))}")
        for path in duplicates:
            click.echo(f"duplicate  {safe_text(path)}")
        for reason in unreadable:
            click.echo(f"unreadable {safe_text(reason)}")
        click.echo(f"{len(todo)} to import, {len(duplicates)} already stored, {len(unreadable)} unreadable (dry run)")
    return 0


class _Reporter:
    """A progress bar on a terminal; one log line per file otherwise."""

    def __init__(self, total: int, quiet: bool) -> None:
        self.total = total
        self.done = 0
        self.interactive = sys.stderr.isatty() and not quiet and total > 0
        self.quiet = quiet
        self._progress: Any = None
        self._task: Any = None

    def __enter__(self) -> _Reporter:
        if self.interactive:
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self._progress = Progress(TextColumn("importing"), BarColumn(), MofNCompleteColumn(),
                                      TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TextColumn("ETA"),
                                      TimeRemainingColumn(), transient=True)
            self._progress.start()
            self._task = self._progress.add_task("import", total=self.total, rate="")
        self._started = time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()

    def advance(self, outcome: Any) -> None:
        self.done += 1
        if self._progress is not None:
            rate = self.done / max(time.perf_counter() - self._started, 1e-6)
            self._progress.update(self._task, advance=1, rate=f"{rate:.1f} files/s")
        elif not self.quiet:
            detail = outcome.status or outcome.reason
            click.echo(f"[{self.done}/{self.total}] {outcome.outcome} {safe_text(outcome.path)}: "
                       f"{safe_text(detail)} ({outcome.seconds:.2f} s)", err=True)


def _report(summary: Any, as_json: bool) -> None:
    data = summary.as_dict()
    if as_json:
        files = [{"path": o.path, "outcome": o.outcome, "status": o.status, "record_id": o.record_id,
                  "reason": o.reason} for o in summary.outcomes]
        click.echo(json.dumps({"summary": data, "files": files}, indent=2, ensure_ascii=False))
        return
    from rich.markup import escape
    from rich.table import Table

    from cecingest.cli.render import make_console

    console = make_console()
    for o in summary.outcomes:
        if o.outcome == "failed":
            console.print(f"[red]failed[/] {escape(safe_text(o.path))}: {escape(safe_text(o.reason))}", markup=True)
    table = Table(title="import summary" + (" (interrupted)" if summary.interrupted else ""), title_justify="left")
    for key in ("found", "imported", "accepted", "needs_review", "rejected", "duplicates", "failed", "seconds",
                "files_per_second"):
        table.add_column(key.replace("_", " "), justify="right")
    table.add_row(*[str(data[k]) if data[k] is not None else "—" for k in (
        "found", "imported", "accepted", "needs_review", "rejected", "duplicates", "failed", "seconds",
        "files_per_second")])
    console.print(table)
