"""Builders for compliance tests: rules from plain tables, certificates as Items or as stored records."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from cecingest.compliance.model import Item, Rule
from cecingest.compliance.rules import rule_from_table
from cecingest.knowledge import load_knowledge
from cecingest.models import Credit, CreditRecord, ExtractedDocument, Field, Page, RecordFields, SourceInfo, Word
from cecingest.store import Store

UNIT_HOURS = {code: unit.hours for code, unit in load_knowledge(None).units.items()}

NASBA = {"unit": "CPE", "minutes": 50, "step": 0.2, "minimum": 1.0,
         "formats": {"self-study": {"step": 0.5, "minimum": 0.5}}}


def rule(code: str = "test", **table: Any) -> Rule:
    table.setdefault("counting", {"unit": "contact_hour", "minutes": 60, "convert": {"CEU": 10}})
    table.setdefault("months", 24)
    table.setdefault("total", 24)
    return rule_from_table(code, table)


_ids = iter(range(1, 10_000))


def item(day: str | None, amount: float = 1.0, unit: str = "contact_hour", **kw: Any) -> Item:
    kw.setdefault("record_id", next(_ids))
    credits = kw.pop("credits", ((amount, unit),))
    return Item(date=dt.date.fromisoformat(day) if day else None, credits=credits,
                hours=kw.pop("hours", None), **kw)


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def stored_record(store: Store, participant: str | None, amount: float = 1.5, unit: str = "contact_hour",
                  day: str = "2025-03-14", status: str = "accepted", title: str = "Infection Control",
                  topic: str = "infection-control", accreditation: str | None = "ANCC", licence: str | None = None,
                  certificate_id: str | None = None, fmt: str | None = "online") -> int:
    """Store one certificate through the store API (no pipeline) and return its record id."""
    sha = hashlib.sha256(f"{participant}{amount}{day}{title}{certificate_id}".encode()).hexdigest()
    source = SourceInfo(f"{sha[:6]}.pdf", sha, "application/pdf", 100, 1, "text-layer")
    hours = amount * UNIT_HOURS[unit]
    fields = RecordFields(
        participant=Field(participant, 0.95), provider=Field("Acme Education", 0.95),
        course_title=Field(title, 0.95), completion_date=Field(day, 0.95), start_date=Field.absent(),
        credits=Field((Credit(amount, unit),), 0.95), hours=Field(round(hours, 2), 0.95), topic=Field(topic, 0.9),
        delivery_format=Field(fmt, 0.9), certificate_id=Field(certificate_id, 0.9),
        accreditation=Field(accreditation, 0.9), license_number=Field(licence, 0.9),
    )
    record = CreditRecord(source, True, fields, 0.95, status, ())  # type: ignore[arg-type]
    page = Page(1, 612, 792, (Word("x", 1, 1, 2, 2, 12.0, 1.0),), "text-layer")
    record_id = store.add_processed(record, ExtractedDocument(source, (page,)), 0.1, "test")
    assert record_id is not None
    return record_id
