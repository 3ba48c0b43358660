"""Human-readable tables of records (rich)."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from cecingest.cli.common import safe_text

_STATUS_STYLE = {"accepted": "green", "needs_review": "yellow", "rejected": "red", "corrected": "cyan"}


def format_value(name: str, value: Any) -> str:
    if value is None:
        return "—"
    if name == "credits":
        return ", ".join(f"{c['amount']:g} {c['unit']}" for c in value)
    if isinstance(value, float):
        return f"{value:g}"
    return safe_text(str(value))


def record_table(record: dict[str, Any], evidence: bool = False) -> Table:
    source = record["source"]
    title = f"{safe_text(source['path'])}  ({source['media_type']}, {source['pages']} p., {source['text_source']})"
    if record.get("id") is not None:
        title = f"record {record['id']}: {title}"
    table = Table(title=title, title_justify="left", show_lines=False)
    table.add_column("field")
    table.add_column("value", overflow="fold")
    table.add_column("conf", justify="right")
    if evidence:
        table.add_column("read from", overflow="fold", style="dim")
    for name, f in record["fields"].items():
        row = [name, format_value(name, f["value"]), f"{f['confidence']:.2f}"]
        if evidence:
            ev = f.get("evidence")
            row.append(f"p.{ev['page']}: {safe_text(ev['text'])[:80]}" if ev else "")
        table.add_row(*row)
    status = record["status"]
    pad = [""] if evidence else []
    table.add_row("status", Text(status, style=_STATUS_STYLE.get(status, "")), f"{record['confidence']:.2f}", *pad)
    for reason in record["review_reasons"]:
        table.add_row("", Text(f"• {safe_text(reason)}", style="yellow"), "", *pad)
    return table


def records_table(records: list[dict[str, Any]], status: str | None) -> Table:
    title = f"{len(records)} records" + (f" ({status})" if status else "")
    table = Table(title=title, title_justify="left")
    for column in ("id", "participant", "course", "completed", "credits", "hours", "status", "why"):
        table.add_column(column, overflow="fold")
    for r in records:
        f = r["fields"]
        table.add_row(
            str(r["id"]),
            format_value("participant", f["participant"]["value"]),
            format_value("course_title", f["course_title"]["value"]),
            format_value("completion_date", f["completion_date"]["value"]),
            format_value("credits", f["credits"]["value"]),
            format_value("hours", f["hours"]["value"]),
            Text(r["status"], style=_STATUS_STYLE.get(r["status"], "")),
            safe_text("; ".join(r["review_reasons"])),
        )
    return table


def history_table(events: list[Any]) -> Table:
    table = Table(title="history", title_justify="left")
    for column in ("when", "who", "what", "field", "old", "new", "note"):
        table.add_column(column, overflow="fold")
    for e in events:
        what = e.kind if getattr(e, "action", None) is None else f"{e.kind} #{e.action}"
        table.add_row(e.at, safe_text(e.who), what, e.field or "", _short(e.field, e.old_value),
                      _short(e.field, e.new_value), safe_text(e.note or ""))
    return table


def _short(name: str | None, value: Any) -> str:
    """An event's old or new value: a review edit stores {value, confidence}, other events plain values."""
    if isinstance(value, dict) and "value" in value:
        shown = format_value(name or "", value["value"])
        return shown if "confidence" not in value else f"{shown} ({value['confidence']:.2f})"
    if isinstance(value, list) and name == "credits":
        return format_value(name, value)
    return "" if value is None else safe_text(str(value))[:60]


def summary_table(records: list[dict[str, Any]]) -> Table:
    table = Table(title=f"{len(records)} certificates", title_justify="left")
    for column in ("file", "participant", "course", "completed", "credits", "hours", "status"):
        table.add_column(column, overflow="fold")
    for r in records:
        f = r["fields"]
        status = r["status"]
        table.add_row(
            safe_text(r["source"]["path"].rsplit("/", 1)[-1]),
            format_value("participant", f["participant"]["value"]),
            format_value("course_title", f["course_title"]["value"]),
            format_value("completion_date", f["completion_date"]["value"]),
            format_value("credits", f["credits"]["value"]),
            format_value("hours", f["hours"]["value"]),
            Text(status, style=_STATUS_STYLE.get(status, "")),
        )
    return table


def make_console() -> Console:
    """On a terminal, its width; elsewhere (pipes, logs, tests) $COLUMNS or 160, not rich's 80."""
    import os
    import sys

    wide = sys.stdout.isatty() or "COLUMNS" in os.environ
    # markup=False: a string cell is shown as it is, so "[link=...]" in a document is text, not a hyperlink.
    return Console(width=None if wide else 160, highlight=False, markup=False)


def print_records(records: list[dict[str, Any]]) -> None:
    console = make_console()
    if len(records) == 1:
        console.print(record_table(records[0]))
    else:
        console.print(summary_table(records))
        for record in records:
            reasons = "; ".join(record["review_reasons"])
            if reasons:
                console.print(Text.assemble((safe_text(record["source"]["path"]), "yellow"), f": {safe_text(reasons)}"))
