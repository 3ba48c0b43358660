"""Reading the store: `records`, `show` and `export`."""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import json
import sys
from typing import Any

import click

from cecingest.cli.common import build_settings, db_option, safe_text
from cecingest.errors import CecIngestError, ExitCode, InputNotFound, InvalidValue, one_line

STATUSES = ("accepted", "needs_review", "rejected", "corrected")
CSV_FIELDS = ("participant", "provider", "course_title", "completion_date", "start_date", "credits", "hours",
              "topic", "delivery_format", "certificate_id", "accreditation", "license_number")


def _iso_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter("use YYYY-MM-DD") from None


def _filters(func: Any, since_help: str = "Only credits completed on or after this date.") -> Any:
    func = click.option("--since", callback=_iso_date, metavar="YYYY-MM-DD", help=since_help)(func)
    func = click.option("--participant", metavar="NAME",
                        help="Only this participant (case and credentials aside).")(func)
    return click.option("--status", type=click.Choice(STATUSES), help="Only records with this status.")(func)


def _open_store(db: str | None) -> Any:
    from cecingest.store import Store

    settings = build_settings(None, db=db)
    return Store(settings.db)


@click.command("records")
@_filters
@click.option("--json", "as_json", is_flag=True, help="JSON Lines: one contract record per line.")
@db_option
def records_command(status: str | None, participant: str | None, since: str | None, as_json: bool,
                    db: str | None) -> int:
    """List credit records in the database.

    \b
    Examples:
      cecingest records --status needs_review
      cecingest records --participant "jane doe" --since 2025-01-01 --json
    """
    with _open_store(db) as store:
        stored = store.records(status=status, participant=participant, since=since)
    if as_json:
        for s in stored:
            click.echo(json.dumps(s.record.to_dict(), ensure_ascii=False))
        return int(ExitCode.OK)
    from cecingest.cli.render import records_table

    _console().print(records_table([s.record.to_dict() for s in stored], status))
    return int(ExitCode.OK)


@click.command("show")
@click.argument("record_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="The contract record with its history as JSON.")
@db_option
def show_command(record_id: int, as_json: bool, db: str | None) -> int:
    """Show one record: every field with confidence and evidence, the source file, and its history."""
    with _open_store(db) as store:
        stored = store.record(record_id)
        if stored is None:
            raise InputNotFound(f"no record with id {record_id}")
        history = store.history(record_id)
    record = stored.record.to_dict()
    if as_json:
        events = [{"at": e.at, "who": e.who, "kind": e.kind, "field": e.field, "old": e.old_value,
                   "new": e.new_value, "note": e.note, "action": e.action, "undoes": e.undoes} for e in history]
        click.echo(json.dumps(record | {"version": stored.version, "history": events}, indent=2,
                              ensure_ascii=False))
        return int(ExitCode.OK)
    from cecingest.cli.render import history_table, record_table

    console = _console()
    console.print(record_table(record, evidence=True))
    console.print(history_table(history))
    return int(ExitCode.OK)


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(["csv", "json", "jsonl"]), default=None,
              help="csv: one column per field, for spreadsheets; json: a list of contract records; "
              "jsonl: one per line.  [default: csv; jsonl with --corrections]")
@click.option("--out", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write to this file instead of standard output.")
@click.option("--corrections", is_flag=True,
              help="Reviewed records as training data instead of contract records: for each record a reviewer "
              "corrected, accepted unchanged or rejected, the text the parser read and every field's original "
              "(pipeline) and corrected value, the reviewer and the time. Rejected records "
              "are included as negatives: scripts/train_model.py --corrections teaches that they name no "
              "participant, provider or course (its --no-negatives leaves them out). JSON Lines (or --format "
              "json). A reviewed record without stored text is left out, with one line on stderr.")
@functools.partial(_filters, since_help="Only credits completed on or after this date; with --corrections, "
                   "only records reviewed on or after it.")
@db_option
def export_command(fmt: str | None, out: str | None, corrections: bool, status: str | None,
                   participant: str | None, since: str | None, db: str | None) -> int:
    """Export credit records as CSV, JSON or JSON Lines, or reviewed records as training data.

    \b
    Examples:
      cecingest export --format csv --status accepted --out credits.csv
      cecingest export --format json > records.json
      cecingest export --corrections --since 2025-01-01 --out corrections.jsonl
      python scripts/train_model.py --corrections corrections.jsonl
    """
    if corrections:
        return _export_corrections(fmt or "jsonl", out, status, participant, since, db)
    with _open_store(db) as store:
        records = [s.record.to_dict() for s in store.records(status=status, participant=participant, since=since)]
    _write(render_export(records, fmt or "csv"), out)
    if out is not None:
        click.echo(f"wrote {len(records)} records to {out}", err=True)
    return int(ExitCode.OK)


def _export_corrections(fmt: str, out: str | None, status: str | None, participant: str | None,
                        since: str | None, db: str | None) -> int:
    from cecingest.corrections import REVIEWED, export_corrections
    from cecingest.knowledge import load_knowledge
    from cecingest.store import Store

    if fmt == "csv":
        raise InvalidValue("--corrections writes JSON: use --format jsonl (the default) or --format json")
    if status is not None and status not in REVIEWED:
        raise InvalidValue(f"--corrections exports reviewed records: use --status {', '.join(REVIEWED)}, or none")
    settings = build_settings(None, db=db)
    with Store(settings.db) as store:
        result = export_corrections(store, load_knowledge(settings.data_dir), since=since, status=status,
                                    participant=participant)
    for left in result.left_out:
        click.echo(f"cecingest: record {left.record_id} ({safe_text(one_line(left.path))}) left out: "
                   f"{left.reason}", err=True)
    _write(render_export([c.to_dict() for c in result.corrections], fmt), out)
    if out is not None:
        click.echo(f"wrote {len(result.corrections)} corrections to {out} ({len(result.left_out)} reviewed "
                   f"records left out)", err=True)
    return int(ExitCode.OK)


def _write(text: str, out: str | None) -> None:
    if out is None:
        sys.stdout.write(text)
        return
    try:
        with open(out, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    except OSError as exc:
        raise CecIngestError(f"cannot write {out}: {exc.strerror}") from None


def render_export(records: list[dict[str, Any]], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(records, indent=2, ensure_ascii=False) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["id", "status", "confidence", "file", *CSV_FIELDS, "review_reasons"])
    for r in records:
        values = [_csv_value(name, r["fields"][name]["value"]) for name in CSV_FIELDS]
        writer.writerow([r["id"], r["status"], r["confidence"], r["source"]["path"], *values,
                         "; ".join(r["review_reasons"])])
    return buf.getvalue()


def _csv_value(name: str, value: Any) -> str:
    if value is None:
        return ""
    if name == "credits":
        return "; ".join(f"{c['amount']:g} {c['unit']}" for c in value)
    text = str(value)
    # A cell starting with = + - @ is a formula to a spreadsheet; certificate text must never run as one.
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def _console() -> Any:
    from cecingest.cli.render import make_console

    return make_console()
