"""Compliance commands: `people`, `credential` and `report` (thin layers over cecingest.compliance)."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from typing import Any

import click
from rich import box
from rich.table import Table
from rich.text import Text

from cecingest.cli.common import build_settings, current_user, db_option, safe_text, who_option
from cecingest.cli.records import _iso_date
from cecingest.errors import CecIngestError, ExitCode

_STATUS_STYLE = {"met": "green", "due": "yellow", "in_grace": "red", "not_started": "dim"}


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _open(db: str | None) -> tuple[Any, Any]:
    from cecingest.store import Store

    settings = build_settings(None, db=db)
    return Store(settings.db), settings


def _console() -> Any:
    from cecingest.cli.render import make_console

    return make_console()


# -- people ----------------------------------------------------------------------------------------------------


@click.group("people", invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per person or participant, per line.")
@db_option
@click.pass_context
def people_command(ctx: click.Context, as_json: bool, db: str | None) -> int:
    """List people: those registered with credentials, and participants on certificates filed under nobody.

    A certificate is filed under a registered person by name (same surname, given names equal or initials,
    credentials and case aside) or licence number; `people link` files it by hand.

    \b
    Examples:
      cecingest people
      cecingest people link 12 "Maria Santos"      record 12 is hers, whatever its name says
      cecingest people unlink 12 "Maria Santos"    record 12 is not hers
    """
    if ctx.invoked_subcommand is not None:
        return int(ExitCode.OK)
    from cecingest.compliance import people_overview

    store, _ = _open(db)
    with store:
        people = people_overview(store)
    if as_json:
        for p in people:
            click.echo(json.dumps({"id": p.id, "name": p.name, "registered": p.id is not None,
                                   "licence_numbers": list(p.licence_numbers), "credentials": list(p.credentials),
                                   "records": p.records, "counting": p.counting, "in_review": p.in_review},
                                  ensure_ascii=False))
        return int(ExitCode.OK)
    table = Table(title=f"{sum(1 for p in people if p.id is not None)} people registered", title_justify="left")
    for column in ("id", "name", "licence", "credentials", "records", "counting", "in review"):
        table.add_column(column, overflow="fold")
    for p in people:
        table.add_row(str(p.id) if p.id is not None else Text("—", style="dim"), safe_text(p.name),
                      safe_text(", ".join(p.licence_numbers)),
                      ", ".join(p.credentials) if p.id is not None else Text("not registered", style="dim"),
                      str(p.records), str(p.counting), str(p.in_review))
    _console().print(table)
    return int(ExitCode.OK)


@people_command.command("link")
@click.argument("record_id", type=int)
@click.argument("person")
@who_option
@db_option
def link_command(record_id: int, person: str, who: str | None, db: str | None) -> int:
    """File record RECORD_ID under PERSON (a name or id) and nobody else; the name on it is taken as theirs."""
    from cecingest.compliance import link

    store, _ = _open(db)
    with store:
        row = link(store, record_id, person, current_user(who))
    click.echo(f"record {record_id} filed under {safe_text(row.name)} (person {row.id})")
    return int(ExitCode.OK)


@people_command.command("unlink")
@click.argument("record_id", type=int)
@click.argument("person")
@who_option
@db_option
def unlink_command(record_id: int, person: str, who: str | None, db: str | None) -> int:
    """Keep record RECORD_ID away from PERSON (a name or id), whatever the name on it says."""
    from cecingest.compliance import link

    store, _ = _open(db)
    with store:
        row = link(store, record_id, person, current_user(who), unlink=True)
    click.echo(f"record {record_id} no longer filed under {safe_text(row.name)} (person {row.id})")
    return int(ExitCode.OK)


# -- credentials -------------------------------------------------------------------------------------------------


@click.group("credential")
def credential_command() -> None:
    """A person's credentials: which requirement rule, and from which dates its periods run.

    \b
    Examples:
      cecingest credential rules
      cecingest credential add "Maria L. Santos" rn-example --period-start 2024-01-01
      cecingest credential add "Aisha Rahman" pmp-example --licence-date 2023-05-10
      cecingest credential list
      cecingest credential remove "Maria L. Santos" rn-example
    """


@credential_command.command("add")
@click.argument("person")
@click.argument("rule")
@click.option("--period-start", callback=_iso_date, metavar="YYYY-MM-DD",
              help="First day of the first period tracked (fixed rules: periods run from it). "
              "Default: the licence date.")
@click.option("--licence-date", callback=_iso_date, metavar="YYYY-MM-DD",
              help="When the licence or certification was granted (rolling rules count periods from it).")
@click.option("--licence-number", metavar="N", help="Certificates that print this number are filed under the person.")
@db_option
def credential_add_command(person: str, rule: str, period_start: str | None, licence_date: str | None,
                           licence_number: str | None, db: str | None) -> int:
    """Give PERSON (a name, registered now if new, or an id) a credential measured by RULE."""
    from cecingest.compliance import add_credential

    store, settings = _open(db)
    with store:
        row, credential_id = add_credential(store, settings, person, rule, _date(period_start), _date(licence_date),
                                            licence_number)
    click.echo(f"credential {credential_id}: {safe_text(row.name)} (person {row.id}) holds {rule}")
    return int(ExitCode.OK)


@credential_command.command("list")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per credential, per line.")
@db_option
def credential_list_command(as_json: bool, db: str | None) -> int:
    """List every person's credentials."""
    store, _ = _open(db)
    with store:
        names = {p.id: p.name for p in store.people()}
        rows = store.credentials()
    if as_json:
        for c in rows:
            click.echo(json.dumps({"id": c.id, "person_id": c.person_id, "person": names.get(c.person_id),
                                   "rule": c.rule, "period_start": c.period_start, "licence_date": c.licence_date,
                                   "licence_number": c.licence_number}, ensure_ascii=False))
        return int(ExitCode.OK)
    table = Table(title=f"{len(rows)} credentials", title_justify="left")
    for column in ("id", "person", "rule", "period start", "licence date", "licence number"):
        table.add_column(column, overflow="fold")
    for c in rows:
        table.add_row(str(c.id), safe_text(names.get(c.person_id, "?")), c.rule, c.period_start,
                      c.licence_date or "", safe_text(c.licence_number or ""))
    _console().print(table)
    return int(ExitCode.OK)


@credential_command.command("remove")
@click.argument("person")
@click.argument("rule")
@db_option
def credential_remove_command(person: str, rule: str, db: str | None) -> int:
    """Stop tracking PERSON's credential RULE (the person and their certificates stay)."""
    from cecingest.compliance import remove_credential

    store, _ = _open(db)
    with store:
        row = remove_credential(store, person, rule)
    click.echo(f"removed {rule} from {safe_text(row.name)} (person {row.id})")
    return int(ExitCode.OK)


@credential_command.command("rules")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per rule, per line.")
def credential_rules_command(as_json: bool) -> int:
    """List the requirement rules (shipped examples, not legal advice, plus <data_dir>/requirements/*.toml)."""
    from cecingest.compliance import load_rules

    rules = load_rules(build_settings(None).data_dir)
    if as_json:
        for r in rules.values():
            click.echo(json.dumps({"code": r.code, "name": r.name, "unit": r.unit, "total": r.total,
                                   "months": r.months, "kind": r.kind, "source": r.source}, ensure_ascii=False))
        return int(ExitCode.OK)
    table = Table(title=f"{len(rules)} requirement rules", title_justify="left")
    for column in ("rule", "name", "requires", "periods", "from"):
        table.add_column(column, overflow="fold")
    for r in rules.values():
        table.add_row(r.code, safe_text(r.name), f"{r.total:g} {r.unit}", f"{r.months} months, {r.kind}", r.source)
    _console().print(table)
    return int(ExitCode.OK)


# -- report ------------------------------------------------------------------------------------------------------


@click.command("report")
@click.option("--participant", metavar="NAME", help="Only this person (a name or a person id).")
@click.option("--credential", "rule", metavar="RULE", help="Only credentials measured by this rule.")
@click.option("--as-of", callback=_iso_date, metavar="YYYY-MM-DD", help="The day to report on [default: today].")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "html"]), default="table",
              show_default=True, help="html: one self-contained page to print or send; csv: one row per requirement.")
@click.option("--out", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write to this file instead of standard output.")
@db_option
def report_command(participant: str | None, rule: str | None, as_of: str | None, fmt: str, out: str | None,
                   db: str | None) -> int:
    """Credits against renewal requirements, per person and credential: what counted in the current period,
    what is missing overall and per topic, what did not count and why, carry-over, and days left.

    \b
    Examples:
      cecingest report
      cecingest report --participant "Maria Santos" --format html --out maria.html
      cecingest report --credential cpa-example --as-of 2025-12-31 --format csv
    """
    from cecingest.compliance import render as r
    from cecingest.compliance import report

    store, settings = _open(db)
    day = _date(as_of) or dt.date.today()
    with store:
        results = report(store, settings, participant, rule, day)
    if fmt == "table" and out is None:
        _print_tables(_console(), results, day)
        return int(ExitCode.OK)
    if fmt == "json":
        text = json.dumps(r.report_dict(results, day), indent=2, ensure_ascii=False) + "\n"
    elif fmt == "csv":
        text = r.report_csv(results)
    elif fmt == "html":
        text = r.report_html(results, day)
    else:
        from rich.console import Console

        console = Console(width=120, record=True, file=io.StringIO(), highlight=False, markup=False)
        _print_tables(console, results, day)
        text = console.export_text()
    if out is None:
        sys.stdout.write(text)
        return int(ExitCode.OK)
    try:
        with open(out, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    except OSError as exc:
        raise CecIngestError(f"cannot write {out}: {exc.strerror}") from None
    click.echo(f"wrote the report on {len(results)} credentials to {out}", err=True)
    return int(ExitCode.OK)


def _print_tables(console: Any, results: list[Any], day: dt.date) -> None:
    from cecingest.compliance.render import STATUS_TEXT, num, unit_name

    for res in results:
        p, unit = res.current, unit_name(res.rule.unit)
        title = Text(f"{safe_text(res.person)} — {res.rule.code}: period {p.period.start} to {p.period.end}, ",
                     style="bold")
        title.append(STATUS_TEXT.get(res.status, res.status), style=_STATUS_STYLE.get(res.status, ""))
        title.append(f", {res.days_left} days left to {p.deadline if res.status == 'in_grace' else p.period.end}")
        console.print(title)
        if res.previous is not None:
            prev = res.previous
            state = "met" if prev.met else f"not met ({num(prev.total.missing)} {unit} missing)"
            console.print(f"previous period {prev.period.start} to {prev.period.end}: {state}")
        table = Table(box=box.SIMPLE_HEAD)
        for column in ("requirement", f"counted ({unit})", "required", "missing"):
            table.add_column(column, justify="left" if column == "requirement" else "right")
        for req in (p.total, *p.minimums):
            table.add_row(safe_text(req.name), num(req.counted), num(req.required),
                          Text(num(req.missing), style="red" if req.missing else "green"))
        table.caption = f"carry-over in {num(p.carry_in)}, out {num(p.carry_out)}"
        table.caption_justify = "left"
        console.print(table)
        lines = Table(show_header=True, box=None, padding=(0, 1))
        for column in ("id", "completed", "course", "worth", "counted", "why not / note"):
            lines.add_column(column, overflow="fold")
        for ln in res.lines:
            style = {"in_review": "yellow", "not_counted": "dim"}.get(ln.status, "")
            lines.add_row(str(ln.item.record_id), str(ln.item.date or "—"), safe_text(ln.item.title or "—")[:48],
                          num(ln.worth), Text(num(ln.counted) if ln.status != "in_review" else "in review",
                                              style=style),
                          safe_text(ln.note or ln.reason))
        if res.lines:
            console.print(lines)
        console.print()
