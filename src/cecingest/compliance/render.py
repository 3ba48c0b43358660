"""Compliance reports as JSON-ready dicts, CSV (one row per requirement) and one self-contained HTML page.

Text from certificates is untrusted: CSV cells cannot start a formula, HTML escapes everything it prints.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
from collections.abc import Sequence
from typing import Any

from cecingest import __version__
from cecingest.compliance.model import CredentialResult, Line, PeriodResult, Progress
from cecingest.errors import one_line

SCHEMA = "cecingest.compliance/1"
UNIT_NAMES = {"contact_hour": "contact hours", "clock_hour": "clock hours", "CE": "CE hours"}
STATUS_TEXT = {"met": "requirements met", "due": "not yet met", "in_grace": "in the grace period",
               "not_started": "not started"}


def unit_name(unit: str) -> str:
    return UNIT_NAMES.get(unit, unit)


def num(value: float) -> str:
    return f"{round(value, 4):g}"


def line_dict(line: Line) -> dict[str, Any]:
    i = line.item
    return {"record_id": i.record_id, "completed": i.date.isoformat() if i.date else None, "title": i.title,
            "provider": i.provider, "participant": i.participant, "topic": i.topic, "format": i.delivery_format,
            "accreditation": i.accreditation, "worth": line.worth, "counted": line.counted, "status": line.status,
            "reason": line.reason or None, "note": line.note or None}


def _progress(p: Progress) -> dict[str, Any]:
    return {"name": p.name, "required": p.required, "counted": p.counted, "missing": p.missing}


def _period(p: PeriodResult) -> dict[str, Any]:
    return {"start": p.period.start.isoformat(), "end": p.period.end.isoformat(), "deadline": p.deadline.isoformat(),
            "met": p.met, "carry_in": p.carry_in, "own": p.own, "carry_out": p.carry_out,
            "requirements": [_progress(p.total), *(_progress(m) for m in p.minimums)]}


def result_dict(r: CredentialResult) -> dict[str, Any]:
    c = r.credential
    return {
        "person": {"id": r.person_id, "name": r.person},
        "credential": {"id": c.id, "rule": r.rule.code, "name": r.rule.name, "body": r.rule.body or None,
                       "unit": r.rule.unit, "period_start": c.period_start.isoformat(),
                       "licence_date": c.licence_date.isoformat() if c.licence_date else None,
                       "licence_number": c.licence_number},
        "status": r.status, "days_left": r.days_left,
        "period": _period(r.current),
        "previous": _period(r.previous) if r.previous else None,
        "credits": [line_dict(ln) for ln in r.lines if ln.status in ("counted", "partly")],
        "not_counted": [line_dict(ln) for ln in r.lines if ln.status == "not_counted"],
        "in_review": [line_dict(ln) for ln in r.lines if ln.status == "in_review"],
    }


def report_dict(results: Sequence[CredentialResult], as_of: dt.date) -> dict[str, Any]:
    return {"schema": SCHEMA, "as_of": as_of.isoformat(), "credentials": [result_dict(r) for r in results]}


CSV_COLUMNS = ("person", "credential", "requirement", "unit", "period_start", "period_end", "grace_until", "days_left",
               "status", "required", "counted", "missing", "carry_in", "carry_out", "in_review")


def report_csv(results: Sequence[CredentialResult]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(CSV_COLUMNS)
    for r in results:
        p = r.current
        waiting = sum(1 for ln in r.lines if ln.status == "in_review")
        for req in (p.total, *p.minimums):
            grace = p.deadline if p.deadline != p.period.end else ""
            writer.writerow([_cell(r.person), r.rule.code, req.name, r.rule.unit, p.period.start, p.period.end,
                             grace, r.days_left, r.status, num(req.required), num(req.counted), num(req.missing),
                             num(p.carry_in) if req is p.total else "", num(p.carry_out) if req is p.total else "",
                             waiting if req is p.total else ""])
    return buf.getvalue()


def _cell(text: str) -> str:
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


# -- HTML ------------------------------------------------------------------------------------------------------

CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2330;margin:2rem auto;
max-width:60rem;padding:0 1rem}
h1{font-size:1.5rem;margin:0 0 .2rem}h2{font-size:1.2rem;margin:2rem 0 .3rem;border-top:2px solid #d8dde6;
padding-top:1rem}h3{font-size:1rem;margin:1.2rem 0 .4rem}
.meta,.note{color:#5a6373}.badge{display:inline-block;padding:.1rem .5rem;border-radius:.6rem;font-size:.85rem;
font-weight:600}.met{background:#d9f2e1;color:#14532d}.due{background:#fde8c8;color:#7c3d00}
.in_grace{background:#fbd5d5;color:#7f1d1d}.not_started{background:#e5e7eb;color:#374151}
.req{margin:.5rem 0}.req .label{display:flex;justify-content:space-between}
.bar{height:.9rem;background:#e8ebf0;border-radius:.45rem;overflow:hidden}
.fill{height:100%;background:#3b82f6}.fill.done{background:#16a34a}
table{border-collapse:collapse;width:100%;margin:.3rem 0 1rem;font-size:.9rem}
th,td{text-align:left;padding:.3rem .4rem;border-bottom:1px solid #e3e6eb;vertical-align:top}
th{background:#f4f6f9}td.n{text-align:right;white-space:nowrap}
footer{margin-top:2rem;color:#5a6373;font-size:.8rem}
@media print{body{margin:0;max-width:none}h2{break-before:auto}section{break-inside:avoid-page}
.bar,.fill,.badge,th{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
"""


def _e(value: Any) -> str:
    """Escaped text, control characters out (certificate text is untrusted)."""
    return html.escape(one_line(str(value)), quote=True) if value is not None else "—"


def _bar(req: Progress, unit: str) -> str:
    share = 100.0 if req.required <= 0 else min(100.0, 100.0 * req.counted / req.required)
    missing = f", {num(req.missing)} missing" if req.missing else ""
    label = "Total" if req.name == "total" else _e(req.name)
    return (f'<div class="req"><div class="label"><span>{label}</span><span>{num(req.counted)} of '
            f'{num(req.required)} {_e(unit_name(unit))}{missing}</span></div><div class="bar" role="progressbar" '
            f'aria-valuenow="{share:.0f}" aria-valuemin="0" aria-valuemax="100"><div class="fill'
            f'{" done" if not req.missing else ""}" style="width:{share:.1f}%"></div></div></div>')


def _table(lines: Sequence[Line], unit: str, why: bool) -> str:
    head = "<tr><th>Completed</th><th>Course</th><th>Provider</th><th>Topic</th><th>Format</th>" \
           f"<th>Accreditation</th><th>Worth ({_e(unit_name(unit))})</th><th>Counted</th>" + \
           ("<th>Why</th>" if why else "") + "</tr>"
    rows = []
    for ln in lines:
        i = ln.item
        note = f"<td>{_e(ln.note or ln.reason)}</td>" if why else ""
        rows.append(f"<tr><td>{_e(i.date)}</td><td>{_e(i.title)} <span class=\"note\">#{i.record_id}</span></td>"
                    f"<td>{_e(i.provider)}</td><td>{_e(i.topic)}</td><td>{_e(i.delivery_format)}</td>"
                    f"<td>{_e(i.accreditation)}</td><td class=\"n\">{num(ln.worth)}</td>"
                    f"<td class=\"n\">{num(ln.counted)}</td>{note}</tr>")
    return f"<table>{head}{''.join(rows)}</table>"


def _section(r: CredentialResult) -> str:
    p, unit = r.current, r.rule.unit
    days = (f"{r.days_left} days left" if r.days_left >= 0 else f"{-r.days_left} days overdue")
    parts = [
        f"<section><h2>{_e(r.person)} — {_e(r.rule.name)}</h2>",
        f'<p class="meta"><span class="badge {_e(r.status)}">{_e(STATUS_TEXT.get(r.status, r.status))}</span> '
        f"Period {p.period.start} to {p.period.end}" + (f", grace until {p.deadline}" if p.deadline != p.period.end
                                                         else "") + f" · {days}</p>",
    ]
    if r.rule.note:
        parts.append(f'<p class="note">{_e(r.rule.note)}' + (f" ({_e(r.rule.body)})" if r.rule.body else "")
                     + "</p>")
    if r.previous is not None:
        prev = r.previous
        state = "met" if prev.met else f"not met, {num(prev.total.missing)} {unit_name(unit)} missing"
        parts.append(f'<p class="meta">Previous period {prev.period.start} to {prev.period.end}: {_e(state)}</p>')
    parts += [_bar(p.total, unit), *(_bar(m, unit) for m in p.minimums)]
    parts.append(f'<p class="meta">Carried in from the previous period: {num(p.carry_in)} · earned in this period: '
                 f"{num(p.own)} · carries into the next: {num(p.carry_out)}</p>")
    groups = (("Credits counted", ("counted", "partly"), False), ("Did not count", ("not_counted",), True),
              ("In review (not counted until accepted)", ("in_review",), True))
    for title, statuses, why in groups:
        lines = [ln for ln in r.lines if ln.status in statuses]
        if lines:
            parts.append(f"<h3>{title}</h3>{_table(lines, unit, why or any(ln.note for ln in lines))}")
    return "".join(parts) + "</section>"


def report_html(results: Sequence[CredentialResult], as_of: dt.date) -> str:
    people = sorted({r.person for r in results})
    title = "Continuing-education compliance" + (f": {people[0]}" if len(people) == 1 else "")
    examples = any(r.rule.source.startswith("cecingest/") for r in results)
    disclaimer = (" Requirement rules shipped with cecingest are examples, not legal advice: check the rules of "
                  "your board." if examples else "")
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width,initial-scale=1"><title>{_e(title)}</title><style>{CSS}</style></head>'
            f'<body><h1>{_e(title)}</h1><p class="meta">As of {as_of.isoformat()} · {len(results)} credential'
            f'{"s" if len(results) != 1 else ""}</p>{"".join(_section(r) for r in results)}'
            f"<footer>Made by cecingest {_e(__version__)} from the certificates in its database.{disclaimer}"
            f"</footer></body></html>\n")
