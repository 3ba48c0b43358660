"""Stage 5, decide: record confidence, status and the reasons a person should look at a record."""

from __future__ import annotations

import dataclasses
import datetime as dt
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
    source: SourceInfo, normalized: Normalized, settings: Settings, today: dt.date | None = None
) -> CreditRecord:
    today = today or dt.date.today()
    fields = normalized.fields
    is_cert = normalized.is_certificate
    reasons: list[str] = []
    if not is_cert.value:
        status: Status = "rejected" if is_cert.confidence >= settings.accept_threshold else "needs_review"
        reasons.append(f"not a certificate (confidence {is_cert.confidence:.2f})")
        if status == "rejected":
            fields = _blank(fields)
        return CreditRecord(source, False, fields, round(min(is_cert.confidence, 1.0), 3), status, tuple(reasons))
    if is_cert.confidence < settings.accept_threshold:
        reasons.append(f"may not be a certificate: {is_cert.note or 'weak certificate wording'}")
    reasons += required_field_reasons(fields, settings.accept_threshold)
    reasons += list(normalized.problems)
    reasons += date_reasons(fields, today, settings.max_age_years)
    confidence = min([getattr(fields, name).confidence for name in REQUIRED_FIELDS] + [is_cert.confidence])
    status = "accepted" if not reasons else "needs_review"
    return CreditRecord(source, True, fields, round(confidence, 3), status, tuple(reasons))


def required_field_reasons(fields: RecordFields, threshold: float) -> list[str]:
    reasons = []
    for name in REQUIRED_FIELDS:
        f: Field[Any] = getattr(fields, name)
        if f.value is None or f.value == ():
            reasons.append(f"{name}: missing")
        elif f.confidence < threshold:
            why = f" ({f.note})" if f.note else ""
            reasons.append(f"{name}: confidence {f.confidence:.2f} < {threshold:.2f}{why}")
    return reasons


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


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _blank(fields: RecordFields) -> RecordFields:
    """A document that is not a certificate states none of a certificate's fields."""
    return RecordFields(**{f.name: Field.absent(1.0) for f in dataclasses.fields(fields)})
