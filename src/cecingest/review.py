"""The review queue and its actions: accept (with edits), reject, undo; audit sampling; review statistics.

Reads and writes only through the store (never re-extracts) and prints nothing: `cecingest.cli.review` is the
terminal on top of it. Every action is one optimistic-concurrency write (`Store.update_record`) with its events,
so two reviewers, or a reviewer and the daemon, never overwrite each other.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from cecingest.config import Settings
from cecingest.errors import ConfigError, InputNotFound, InvalidValue, RecordChanged
from cecingest.knowledge import Knowledge, load_knowledge
from cecingest.layouts import HELD_REASONS
from cecingest.models import REQUIRED_FIELDS, Credit, CreditRecord, Field, Status, record_from_dict
from cecingest.store import Change, Event, Store, StoredRecord

AUDIT_REASON = "audit sample"  # the review reason that marks an auto-accepted record drawn for an audit
DELIVERY_FORMATS = ("live", "online", "self-study", "conference")
DATE_FIELDS = ("completion_date", "start_date")
EDITABLE = ("participant", "provider", "course_title", "completion_date", "start_date", "credits", "hours", "topic",
            "delivery_format", "certificate_id", "accreditation", "license_number")  # the contract's order
MAX_TEXT = 300
Order = Literal["oldest", "confidence"]

# -- the queue --------------------------------------------------------------------------------------------------


def queue(store: Store, order: Order = "oldest") -> list[StoredRecord]:
    """Records waiting for a person: oldest first, or lowest record confidence first (oldest breaking ties)."""
    waiting = store.records(status="needs_review")
    if order == "confidence":
        return sorted(waiting, key=lambda s: (s.record.confidence, s.created_at, s.record.id or 0))
    if order == "oldest":
        return sorted(waiting, key=lambda s: (s.created_at, s.record.id or 0))
    raise InvalidValue(f"unknown order {order!r}; use oldest or confidence")


def load(store: Store, record_id: int) -> StoredRecord:
    stored = store.record(record_id)
    if stored is None:
        raise InputNotFound(f"no record with id {record_id}")
    return stored


@dataclass(frozen=True)
class FieldView:
    name: str
    value: Any  # as in the contract JSON (credits as a list of {amount, unit})
    confidence: float
    reasons: tuple[str, ...]  # the record's review reasons about this field
    flagged: bool
    page: int | None = None
    evidence: str | None = None  # the text the value was read from
    context: tuple[str, str, str] | None = None  # page text before, the evidence itself, after (flagged fields)


@dataclass(frozen=True)
class ReviewView:
    """What a reviewer needs to decide on one record (document text here is untrusted: renderers sanitize it)."""

    stored: StoredRecord
    fields: tuple[FieldView, ...]
    other_reasons: tuple[str, ...]  # reasons about the record as a whole
    audit_sample: bool

    @property
    def record(self) -> CreditRecord:
        return self.stored.record


def view(store: Store, stored: StoredRecord, threshold: float) -> ReviewView:
    record = stored.record
    names = [name for name, _ in record.fields.items()]
    by_field: dict[str, list[str]] = {name: [] for name in names}
    other: list[str] = []
    for reason in record.review_reasons:
        head = reason.split(":", 1)[0].strip()
        by_field.get(head, other).append(reason)
    pages = {number: text for number, _, text in store.pages(stored.document_id)}
    values = {name: f["value"] for name, f in record.to_dict()["fields"].items()}
    out = []
    for name, f in record.fields.items():
        value = values[name]
        weak = name in REQUIRED_FIELDS and (f.value is None or f.value == () or f.confidence < threshold)
        flagged = bool(by_field[name]) or weak
        ev = f.evidence
        context = evidence_context(pages.get(ev.page, ""), ev.text) if ev is not None and flagged else None
        out.append(FieldView(name, value, f.confidence, tuple(by_field[name]), flagged,
                             ev.page if ev else None, ev.text if ev else None, context))
    audit = AUDIT_REASON in record.review_reasons
    return ReviewView(stored, tuple(out), tuple(r for r in other if r != AUDIT_REASON), audit)


def evidence_context(page_text: str, evidence: str, width: int = 60) -> tuple[str, str, str]:
    """The evidence with up to `width` characters of the page's text on each side (word boundaries kept)."""
    at = page_text.find(evidence) if evidence else -1
    if at < 0:
        return ("", evidence, "")
    before = page_text[max(0, at - width):at]
    after = page_text[at + len(evidence):at + len(evidence) + width]
    if at - width > 0 and " " in before:
        before = "…" + before.split(" ", 1)[1]
    if at + len(evidence) + width < len(page_text) and " " in after:
        after = after.rsplit(" ", 1)[0] + "…"
    return (before, evidence, after)


# -- validating edits --------------------------------------------------------------------------------------------


def parse_assignment(text: str) -> tuple[str, str]:
    """'field=value' (as --set takes it) -> (field, value)."""
    name, sep, value = text.partition("=")
    name = name.strip()
    if not sep or not name:
        raise InvalidValue(f"--set {text!r}: use FIELD=VALUE, e.g. completion_date=2025-01-02")
    return name, value.strip()


def parse_edit(name: str, text: str, kn: Knowledge, date_order: str = "MDY") -> Any:
    """A value a person typed for a field, validated and in the contract's JSON form (None clears the field)."""
    if name not in EDITABLE:
        raise InvalidValue(f"{name!r} is not a field that can be edited; fields: {', '.join(EDITABLE)}")
    text = " ".join(text.split())
    if not text:
        if name in REQUIRED_FIELDS:
            raise InvalidValue(f"{name} is required and cannot be empty")
        return None
    if name in DATE_FIELDS:
        return parse_date(text, date_order).isoformat()
    if name == "credits":
        return [c.to_dict() for c in parse_credits(text, kn)]
    if name == "hours":
        return _parse_hours(text)
    if name == "topic":
        if text not in kn.topics:
            raise InvalidValue(f"topic: {text!r} is not a topic code; use one of: {', '.join(sorted(kn.topics))}")
        return text
    if name == "delivery_format":
        if text.lower() not in DELIVERY_FORMATS:
            raise InvalidValue(f"delivery_format: use one of {', '.join(DELIVERY_FORMATS)}")
        return text.lower()
    if len(text) > MAX_TEXT or not text.isprintable():
        raise InvalidValue(f"{name}: at most {MAX_TEXT} printable characters")
    return text


_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%B %d %Y", "%Y/%m/%d")


def parse_date(text: str, date_order: str = "MDY") -> dt.date:
    """ISO (2025-01-02), a month name (January 2, 2025) or a numeric date read in the configured order."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    numeric = ("%m/%d/%Y", "%m-%d-%Y", "%m.%d.%Y") if date_order == "MDY" else ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y")
    for fmt in (*_DATE_FORMATS, *numeric):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise InvalidValue(f"{text!r} is not a date; use YYYY-MM-DD, e.g. 2025-01-02")


_CREDIT = re.compile(r"^(\d+(?:[.,]\d+)?|[.,]\d+)\s*(.+)$")


def parse_credits(text: str, kn: Knowledge) -> tuple[Credit, ...]:
    """'1.5 CEU; 15 contact_hour' -> credits. Units by code or by a printed name the unit table knows."""
    credits: list[Credit] = []
    for part in re.split(r"\s*(?:;|\+|(?<!\d),|,(?!\d))\s*", text):
        if not part:
            continue
        match = _CREDIT.match(part)
        if match is None:
            raise InvalidValue(f"credits: {part!r} is not AMOUNT UNIT, e.g. '1.5 CEU' or '1.5 CEU; 15 contact_hour'")
        amount = float(match.group(1).replace(",", "."))
        unit = unit_code(match.group(2), kn)
        if amount <= 0 or amount > 1000:
            raise InvalidValue(f"credits: {amount:g} is not a credit amount (more than 0, at most 1000)")
        credits.append(Credit(round(amount, 2), unit))
    if not credits:
        raise InvalidValue("credits: give at least one AMOUNT UNIT")
    return tuple(credits)


def unit_code(text: str, kn: Knowledge) -> str:
    text = text.strip()
    if text in kn.units:
        return text
    by_code = {code.lower(): code for code in kn.units}
    code = by_code.get(text.lower()) or kn.unit_for_alias(text)
    if code is None:
        raise InvalidValue(f"credits: {text!r} is not a known unit; use one of: {', '.join(kn.units)}")
    return code


def _parse_hours(text: str) -> float:
    try:
        hours = float(text.replace(",", "."))
    except ValueError:
        raise InvalidValue(f"hours: {text!r} is not a number") from None
    if not 0 <= hours <= 1000 or math.isnan(hours):
        raise InvalidValue("hours: use a number of hours from 0 to 1000")
    return round(hours, 2)


def recompute_hours(credits: Sequence[dict[str, Any]], kn: Knowledge) -> float | None:
    """Hours from credits by the conversion table; units that disagree are an error (a person should choose)."""
    from cecingest.normalize import hours_from_credits

    value = tuple(Credit(float(c["amount"]), str(c["unit"])) for c in credits)
    hours, problems = hours_from_credits(Field(value, 1.0), kn)
    if problems:
        raise InvalidValue(f"{problems[0]} under the conversion table; keep the unit the accrediting body uses")
    return hours.value


# -- actions ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Edited:
    record: CreditRecord
    changes: tuple[Change, ...]  # one "field" change per field whose value changed (hours included)


def apply_edits(record: CreditRecord, edits: Iterable[tuple[str, str]], kn: Knowledge,
                date_order: str = "MDY") -> Edited:
    """The record with the typed values (validated; nothing is written). A person's value has confidence 1.0;
    the evidence of what was read stays. Credits edits recompute hours unless hours are set too."""
    data = record.to_dict()
    fields = data["fields"]
    parsed = [(name, parse_edit(name, text, kn, date_order)) for name, text in edits]
    new = dict(parsed)
    hours_typed = "hours" in new
    if "credits" in new and "hours" not in new:
        new["hours"] = recompute_hours(new["credits"], kn) if new["credits"] else None
    changes = []
    for name in EDITABLE:
        if name not in new or new[name] == fields[name]["value"]:
            continue
        old = {"value": fields[name]["value"], "confidence": fields[name]["confidence"]}
        fields[name] = dict(fields[name], value=new[name], confidence=1.0)
        note = "recomputed from credits" if name == "hours" and not hours_typed else None
        changes.append(Change("field", name, old, {"value": new[name], "confidence": 1.0}, note))
    return Edited(record_from_dict(data), tuple(changes))


def _opened(store: Store, record_id: int, expected_version: int | None) -> StoredRecord:
    """The record to act on. Without a version the writer has not seen it, so it must still be waiting."""
    stored = load(store, record_id)
    if expected_version is None and stored.record.status != "needs_review":
        raise RecordChanged(f"record {record_id} is not waiting for review (status {stored.record.status}); to "
                            f"change it anyway pass its current version: --expect-version {stored.version}", stored)
    return stored


def accept(store: Store, record_id: int, who: str, edits: Sequence[tuple[str, str]] = (),
           expected_version: int | None = None, note: str | None = None,
           settings: Settings | None = None) -> StoredRecord:
    """Accept a record, with edits or without: `corrected` when any value changed, else `accepted`."""
    settings = settings or Settings()
    stored = _opened(store, record_id, expected_version)
    kn = load_knowledge(settings.data_dir)
    edited = apply_edits(stored.record, edits, kn, settings.date_order)
    record, changes = edited.record, list(edited.changes)
    if not record.is_certificate:
        changes.append(Change("field", "is_certificate", {"value": False}, {"value": True},
                              "a reviewer accepted it as a certificate"))
        record = dataclasses.replace(record, is_certificate=True)
    missing = [name for name in REQUIRED_FIELDS if getattr(record.fields, name).value in (None, ())]
    if missing:
        raise InvalidValue(f"record {record_id} cannot be accepted without {', '.join(missing)}: set it (--set "
                           f"{missing[0]}=...) or reject the record")
    status: Status = "corrected" if changes else "accepted"
    changes.append(Change("status", None, stored.record.status, status, note))
    record = dataclasses.replace(record, status=status)
    return store.update_record(record_id, expected_version or stored.version, record, changes, who)


def reject(store: Store, record_id: int, who: str, reason: str,
           expected_version: int | None = None) -> StoredRecord:
    reason = " ".join(reason.split())
    if not reason:
        raise InvalidValue("a rejection needs a reason (--reason TEXT)")
    stored = _opened(store, record_id, expected_version)
    record = dataclasses.replace(stored.record, status="rejected")
    change = Change("status", None, stored.record.status, "rejected", reason)
    return store.update_record(record_id, expected_version or stored.version, record, [change], who)


def last_action(history: Sequence[Event]) -> tuple[int, list[Event]] | None:
    """The latest review action not undone yet (undos themselves are not undone: undo again goes further back)."""
    undone = {e.undoes for e in history if e.undoes is not None}
    live = [e for e in history if e.action is not None and e.undoes is None and e.action not in undone]
    if not live:
        return None
    action = max(e.action for e in live if e.action is not None)
    return action, [e for e in live if e.action == action]


def undo(store: Store, record_id: int, who: str, expected_version: int | None = None) -> StoredRecord:
    """Undo the record's last review action with a new, compensating action (the history keeps both)."""
    stored = load(store, record_id)
    found = last_action(store.history(record_id))
    if found is None:
        raise InputNotFound(f"record {record_id} has no review action to undo")
    action, events = found
    data = stored.record.to_dict()
    changes = []
    for e in reversed(events):
        if e.kind == "status":
            data["status"] = e.old_value
        elif e.field == "is_certificate":
            data["is_certificate"] = e.old_value["value"]
        elif e.field is not None:
            data["fields"][e.field] = dict(data["fields"][e.field], **e.old_value)
        changes.append(Change("undo", e.field, e.new_value, e.old_value, f"undo of action {action}"))
    return store.update_record(record_id, expected_version or stored.version, record_from_dict(data), changes, who,
                               undoes=action)


# -- audit sampling ---------------------------------------------------------------------------------------------


def mark_audit_sample(record: CreditRecord, rate: float, rng: random.Random | None = None) -> CreditRecord:
    """An auto-accepted record drawn (with probability `rate`) goes to review marked as an audit sample, so the
    errors that slip past the thresholds are measured on real traffic."""
    if not 0.0 <= rate <= 1.0:
        raise ConfigError(f"audit_rate must be between 0 and 1, not {rate}")
    if record.status != "accepted" or rate == 0.0 or (rng or random).random() >= rate:
        return record
    return dataclasses.replace(record, status="needs_review", review_reasons=(*record.review_reasons, AUDIT_REASON))


# -- statistics -------------------------------------------------------------------------------------------------


def wilson_interval(successes: int, n: int, z: float = 1.96) -> tuple[float, float] | None:
    """The Wilson score interval of a proportion (95% for z = 1.96); None without observations."""
    if n <= 0:
        return None
    p = successes / n
    denominator = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denominator
    half = z / denominator * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return max(0.0, centre - half), min(1.0, centre + half)


@dataclass(frozen=True)
class ReviewStats:
    counts: dict[str, int]  # records by current status, plus failed documents
    records: int
    sent_to_review: int  # by the pipeline at import (audit samples not counted)
    waiting: int
    audit_samples: int
    audit_reviewed: int
    audit_wrong: int  # corrected or rejected by the reviewer: errors that slipped past the thresholds
    layouts: int = 0  # certificate layouts seen (cecingest.layouts)
    trusted_layouts: int = 0  # of them, confirmed by reviewers enough to be accepted on scores (trust_layout_after)
    held_for_layout: int = 0  # records the scores accepted that went to review for a layout not yet trusted

    @property
    def review_rate(self) -> float | None:
        return self.sent_to_review / self.records if self.records else None

    @property
    def audit_error_rate(self) -> float | None:
        return self.audit_wrong / self.audit_reviewed if self.audit_reviewed else None

    @property
    def audit_interval(self) -> tuple[float, float] | None:
        return wilson_interval(self.audit_wrong, self.audit_reviewed)

    def to_dict(self) -> dict[str, Any]:
        interval = self.audit_interval
        rate, error = self.review_rate, self.audit_error_rate
        return {
            "counts": self.counts, "records": self.records, "sent_to_review": self.sent_to_review,
            "review_rate": None if rate is None else round(rate, 4), "waiting": self.waiting,
            "audit": {
                "samples": self.audit_samples, "reviewed": self.audit_reviewed, "wrong": self.audit_wrong,
                "error_rate": None if error is None else round(error, 4),
                "ci95": None if interval is None else [round(interval[0], 4), round(interval[1], 4)],
            },
            "layouts": {"seen": self.layouts, "trusted": self.trusted_layouts, "held_records": self.held_for_layout},
        }


def review_stats(store: Store, trust_layout_after: int = 0) -> ReviewStats:
    """The figures of `cecingest stats`; `trust_layout_after` as configured, to count the trusted layouts."""
    counts = store.counts()
    layouts = store.layout_ids()
    trusted = sum(store.layout_tally(i).is_trusted(trust_layout_after) for i in layouts) if trust_layout_after else 0
    initial = store.initial_status_counts()
    audit = store.status_counts_with_reason(AUDIT_REASON)
    samples = sum(audit.values())
    return ReviewStats(
        counts=counts,
        records=sum(v for k, v in counts.items() if k != "failed"),
        sent_to_review=max(0, initial.get("needs_review", 0) - samples),
        waiting=counts.get("needs_review", 0),
        audit_samples=samples,
        audit_reviewed=samples - audit.get("needs_review", 0),
        audit_wrong=audit.get("corrected", 0) + audit.get("rejected", 0),
        layouts=len(layouts),
        trusted_layouts=trusted,
        held_for_layout=store.count_with_reason_prefix(HELD_REASONS),
    )

