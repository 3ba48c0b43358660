"""Stage 5, decide: record confidence, status and the reasons a person should look at a record."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

from cecingest.config import Settings
from cecingest.models import (
    REQUIRED_FIELDS,
    CreditRecord,
    Field,
    Normalized,
    RecordFields,
    SourceInfo,
    Status,
)


def decide(
    source: SourceInfo, normalized: Normalized, settings: Settings, today: dt.date | None = None,
    record_probability: Callable[[float], float] | None = None,
) -> CreditRecord:
    """The record with its status. `record_probability` maps the weakest required field's probability to the
    measured chance that the whole record is right (the calibration's record curve); without it the product of
    the fields' confidences is the record's confidence."""
    today = today or dt.date.today()
    fields = normalized.fields
    is_cert = normalized.is_certificate
    reasons: list[str] = []
    if not is_cert.value:
        status: Status = "rejected" if is_cert.confidence >= settings.reject_threshold else "needs_review"
        reasons.append(f"not a certificate (confidence {is_cert.confidence:.2f})")
        if status == "rejected":
            fields = _blank(fields)
        return CreditRecord(source, False, fields, round(min(is_cert.confidence, 1.0), 3), status, tuple(reasons))
    if is_cert.confidence < settings.field_threshold:
        reasons.append(f"may not be a certificate: {is_cert.note or 'weak certificate wording'}")
    reasons += required_field_reasons(fields, settings)
    if record_probability is None:
        confidence = record_confidence(fields, is_cert)
    else:
        # The contract: a record is never surer than its weakest required field.
        weakest = _weakest_confidence(fields, is_cert)
        confidence = min(record_probability(weakest), weakest)
    if not reasons and confidence < settings.accept_threshold:
        reasons.append(f"record: chance all required fields are right {confidence:.3f} < {settings.accept_threshold}"
                       f" (weakest: {_weakest(fields)})")
    reasons += list(normalized.problems)
    reasons += date_reasons(fields, today, settings.max_age_years)
    reasons += hours_reasons(fields, settings.max_hours_per_day)
    status = "accepted" if not reasons else "needs_review"
    return CreditRecord(source, True, fields, round(confidence, 3), status, tuple(reasons))


def record_confidence(fields: RecordFields, is_cert: Field[bool]) -> float:
    """Without a record curve, the chance that every required field is right: the product of their confidences.

    A product treats the fields' errors as independent, which they are not (a page OCR read badly tends to spoil
    several, a layout the parser understands tends to come out right whole), but without measurements it is
    the cautious guess: five fields at 0.99 would be all right only 95 times in 100.
    """
    confidence = is_cert.confidence
    for name in REQUIRED_FIELDS:
        confidence *= getattr(fields, name).confidence
    return confidence


def _weakest_confidence(fields: RecordFields, is_cert: Field[bool]) -> float:
    confidences: list[float] = [getattr(fields, name).confidence for name in REQUIRED_FIELDS]
    return min(is_cert.confidence, *confidences)


def field_threshold(name: str, settings: Settings) -> float:
    return float(settings.thresholds.get(name, settings.field_threshold))


def required_field_reasons(fields: RecordFields, settings: Settings) -> list[str]:
    reasons = []
    for name in REQUIRED_FIELDS:
        f: Field[Any] = getattr(fields, name)
        threshold = field_threshold(name, settings)
        if f.value is None or f.value == ():
            reasons.append(f"{name}: missing")
        elif f.confidence < threshold:
            why = f" ({f.note})" if f.note else ""
            reasons.append(f"{name}: confidence {f.confidence:.2f} < {threshold:.2f}{why}")
    return reasons


def _weakest(fields: RecordFields) -> str:
    name = min(REQUIRED_FIELDS, key=lambda n: getattr(fields, n).confidence)
    return f"{name} {getattr(fields, name).confidence:.3f}"


def date_reasons(fields: RecordFields, today: dt.date, max_age_years: int) -> list[str]:
    reasons = []
    completion = _date(fields.completion_date.value)
    start = _date(fields.start_date.value)
    if completion is not None:
        if completion > today:
            reasons.append(f"completion_date: {completion.isoformat()} is in the future")
        elif completion < today.replace(year=today.year - max_age_years):
            reasons.append(f"completion_date: {completion.isoformat()} is more than {max_age_years} years ago")
        if start is not None and start > completion:
            reasons.append(f"start_date: {start.isoformat()} is after the completion date")
    return reasons


# Self-study is done over weeks and dated by the day it ends; only events in the room are held to the clock.
_DATED_EVENTS = {"live", "conference", None}


def hours_reasons(fields: RecordFields, max_per_day: float) -> list[str]:
    """More hours than fit the days of the event (an amount misread, or a total of several certificates)."""
    hours, completion = fields.hours.value, _date(fields.completion_date.value)
    if hours is None or completion is None or fields.delivery_format.value not in _DATED_EVENTS:
        return []
    start = _date(fields.start_date.value) or completion
    days = max((completion - start).days + 1, 1)
    if hours > max_per_day * days:
        return [f"hours: {hours:g} hours do not fit {days} day(s) of the activity (at most {max_per_day:g} a day)"]
    return []


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _blank(fields: RecordFields) -> RecordFields:
    """A document that is not a certificate states none of a certificate's fields."""
    return RecordFields(**{f.name: Field.absent(1.0) for f in dataclasses.fields(fields)})
