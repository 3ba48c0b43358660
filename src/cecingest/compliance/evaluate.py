"""One credential against its rule: periods, caps, topic minimums, carry-over and grace, as pure functions.

Within a period certificates are taken in date order (record id breaking ties): each is counted for what it is
worth in the rule's unit, less what the caps it falls under have left. The carry-over brought in is used first;
what the period's own certificates earn beyond the rest of the total carries into the next period, up to the
rule's carry-over cap (carried credit never carries again and never counts toward a topic minimum). A period short
at its end may be made up in the grace period: certificates completed in the grace days count for the ended period
(whole certificates, only those that reduce what is missing) and then not for the next one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence

from cecingest.compliance.counting import accredited, worth
from cecingest.compliance.model import (
    CredentialResult,
    CredentialSpec,
    Item,
    Line,
    Period,
    PeriodResult,
    Progress,
    Reason,
    Rule,
)
from cecingest.compliance.periods import anchor_of, check_credential, first_index, nth_period, period_index

EPS = 1e-6


def _key(item: Item) -> tuple[str, str] | None:
    """Two records of one certificate (a scan and the PDF): same certificate id, or same title and date."""
    if item.certificate_id:
        return ("id", item.certificate_id.strip().casefold())
    if item.title and item.date:
        return ("title", re.sub(r"[^a-z0-9]+", " ", item.title.casefold()).strip() + "|" + item.date.isoformat())
    return None


def count_lines(rule: Rule, items: Iterable[Item], unit_hours: Mapping[str, float]) -> list[Line]:
    """Each certificate of one period, counted (or not, with the reason) in date order."""
    used = [0.0] * len(rule.caps)
    seen: dict[tuple[str, str], int] = {}
    lines = []
    for item in sorted(items, key=lambda i: (i.date or dt.date.min, i.record_id)):
        amount, why, note = worth(rule.counting, item, unit_hours)
        if item.review:
            lines.append(Line(item, amount, 0.0, "in_review", item.review_reason or "in_review", item.review))
            continue
        key = _key(item)
        if key is not None and key in seen:
            lines.append(Line(item, amount, 0.0, "not_counted", "duplicate",
                              f"the same certificate as record {seen[key]}"))
            continue
        if not accredited(rule.accreditations, item.accreditation):
            what = f"accreditation {item.accreditation}" if item.accreditation else "no accreditation named"
            lines.append(Line(item, amount, 0.0, "not_counted", "accreditation",
                              f"{what}; accepted: {', '.join(rule.accreditations)}"))
            continue
        if amount <= 0:
            lines.append(Line(item, 0.0, 0.0, "not_counted", why, note))
            continue
        if key is not None:
            seen[key] = item.record_id
        lines.append(_capped(rule, item, amount, note, used))
    return lines


def _capped(rule: Rule, item: Item, amount: float, note: str, used: list[float]) -> Line:
    counted, limiting = amount, ""
    for i, cap in enumerate(rule.caps):
        if cap.applies(item.delivery_format, item.topic):
            room = max(0.0, cap.max - used[i])
            if room + EPS < counted:
                counted, limiting = round(room, 4), cap.name
    for i, cap in enumerate(rule.caps):
        if cap.applies(item.delivery_format, item.topic):
            used[i] += counted
    if not limiting:
        return Line(item, amount, amount, "counted", "", note)
    cap_note = f"over the cap: {limiting}"
    note = f"{note}; {cap_note}".lstrip("; ")
    return Line(item, amount, counted, "partly" if counted > 0 else "not_counted", "over_cap", note)


def period_result(rule: Rule, period: Period, items: Sequence[Item], carry_in: float,
                  unit_hours: Mapping[str, float]) -> PeriodResult:
    lines = count_lines(rule, items, unit_hours)
    own = round(sum(line.counted for line in lines), 4)
    minimums = tuple(
        Progress(m.name, m.amount, round(sum(ln.counted for ln in lines if ln.item.topic in m.topics), 4))
        for m in rule.minimums)
    carry_out = round(min(rule.carry_over_max, max(0.0, own - max(0.0, rule.total - carry_in))), 4)
    return PeriodResult(period, period.end + dt.timedelta(days=rule.grace_days), carry_in, own, carry_out,
                        Progress("total", rule.total, round(own + carry_in, 4)), minimums, tuple(lines))


def _shortfall(result: PeriodResult) -> float:
    return result.total.missing + sum(m.missing for m in result.minimums)


def make_up_in_grace(rule: Rule, result: PeriodResult, in_period: Sequence[Item], later: Sequence[Item],
                     unit_hours: Mapping[str, float]) -> tuple[PeriodResult, set[int]]:
    """The period with the certificates of its grace days that reduce what it misses, and their record ids."""
    end, deadline = result.period.end, result.deadline
    taken: list[Item] = []
    for item in sorted(later, key=lambda i: (i.date or dt.date.min, i.record_id)):
        if result.met:
            break
        if item.review or item.date is None or not end < item.date <= deadline:
            continue
        trial = period_result(rule, result.period, [*in_period, *taken, item], result.carry_in, unit_hours)
        if _shortfall(trial) < _shortfall(result) - EPS:
            taken.append(item)
            result = trial
    ids = {i.record_id for i in taken}
    lines = tuple(dataclasses.replace(ln, note=f"{ln.note}; completed in the grace period".lstrip("; "))
                  if ln.item.record_id in ids else ln for ln in result.lines)
    return dataclasses.replace(result, lines=lines), ids


def evaluate(rule: Rule, credential: CredentialSpec, items: Sequence[Item], as_of: dt.date,
             unit_hours: Mapping[str, float], person: str = "", person_id: int = 0) -> CredentialResult:
    """Where a credential stands on `as_of`: certificates completed after that day are left out."""
    check_credential(rule, credential)
    anchor = anchor_of(rule, credential)
    first = first_index(rule, credential)
    known = [i for i in items if i.date is None or i.date <= as_of]
    dated = [i for i in known if i.date is not None and not i.review]
    results: list[PeriodResult] = []
    claimed: dict[int, int] = {}  # record id -> index of the period it made up in grace
    carry = 0.0
    for n in range(first, max(first, period_index(anchor, rule.months, as_of)) + 1):
        period = nth_period(anchor, rule.months, n)
        in_period = [i for i in dated if period.contains(i.date or dt.date.min) and i.record_id not in claimed]
        result = period_result(rule, period, in_period, carry, unit_hours)
        if not result.met and rule.grace_days:
            later = [i for i in dated if i.record_id not in claimed]
            result, ids = make_up_in_grace(rule, result, in_period, later, unit_hours)
            claimed.update(dict.fromkeys(ids, len(results)))
        results.append(result)
        carry = result.carry_out
    current, previous = results[-1], (results[-2] if len(results) > 1 else None)
    status = "met" if current.met else "due"
    if as_of < current.period.start:
        status = "not_started"
    elif previous is not None and not previous.met and as_of <= previous.deadline:
        current, previous, status = previous, (results[-3] if len(results) > 2 else None), "in_grace"
    deadline = current.deadline if status == "in_grace" else current.period.end
    first_start = nth_period(anchor, rule.months, first).start
    lines = _all_lines(rule, current, known, claimed, results.index(current), first_start, unit_hours)
    return CredentialResult(person, person_id, credential, rule, as_of, current, previous, status,
                            (deadline - as_of).days, lines)


def _all_lines(rule: Rule, current: PeriodResult, items: Sequence[Item], claimed: Mapping[int, int], index: int,
               first_start: dt.date, unit_hours: Mapping[str, float]) -> tuple[Line, ...]:
    """Every certificate as it stands for the current period: its own lines, then the others and why not."""
    mine = {ln.item.record_id for ln in current.lines}
    lines = list(current.lines)
    for item in sorted(items, key=lambda i: (i.date or dt.date.min, i.record_id)):
        if item.record_id in mine:
            continue
        amount = worth(rule.counting, item, unit_hours)[0]
        if item.review:
            when = "" if item.date and current.period.contains(item.date) else "; completed outside the period"
            lines.append(Line(item, amount, 0.0, "in_review", item.review_reason or "in_review",
                              item.review + when))
        elif item.record_id in claimed:
            reason: Reason = "used_in_grace" if claimed[item.record_id] < index else "outside_period"
            lines.append(Line(item, amount, 0.0, "not_counted", reason,
                              "made up a period that had ended (grace period)"))
        elif item.date is None:
            lines.append(Line(item, amount, 0.0, "not_counted", "outside_period", "no completion date"))
        elif item.date < first_start:
            lines.append(Line(item, amount, 0.0, "not_counted", "before_tracking",
                              f"completed before the first tracked period ({first_start})"))
        else:
            lines.append(Line(item, amount, 0.0, "not_counted", "outside_period",
                              f"completed {item.date}, outside {current.period.start} – {current.period.end}"))
    return tuple(lines)
