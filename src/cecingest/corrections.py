"""Reviewed records as training data: what the pipeline read, what a reviewer made of it, and the text it read.

`cecingest export --corrections` writes these (one JSON object per reviewed record, `cecingest.correction/1`);
`scripts/train_model.py --corrections FILE` turns them into training examples for the spaCy pipeline.

Only records a person decided on are corrections: `corrected` (a reviewer changed values), `accepted` by a
reviewer unchanged (a confirmation) and `rejected` by a reviewer (a negative). A record the pipeline accepted or
rejected on its own, or one whose review was undone, is not.

Reads the store only. The text is rebuilt from the words stored at import (every page's words with their boxes),
by the same line building the parser uses, so it is the text the rules and the model read at run time; nothing
is extracted again (that would run untrusted files outside the import's worker limits, and would find the same
words in the same bytes). A record whose document has no stored words is left out, with the reason.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from cecingest.knowledge import Knowledge
from cecingest.parse import reading_lines
from cecingest.store import Event, Store, StoredRecord

SCHEMA = "cecingest.correction/1"
REVIEWED = ("corrected", "accepted", "rejected")


@dataclass(frozen=True)
class FieldCorrection:
    """One field: the value the pipeline read (with its confidence and evidence) and the value after review."""

    original: Any  # in the contract's JSON form (credits as a list of {amount, unit})
    corrected: Any
    original_confidence: float
    evidence: str | None = None  # the text the original value was read from

    @property
    def changed(self) -> bool:
        return bool(self.original != self.corrected)

    def to_dict(self) -> dict[str, Any]:
        return {"original": self.original, "corrected": self.corrected, "changed": self.changed,
                "original_confidence": self.original_confidence, "evidence": self.evidence}


@dataclass(frozen=True)
class Correction:
    record_id: int
    status: str  # corrected | accepted | rejected
    reviewer: str  # who took the review action that decided the status
    reviewed_at: str
    note: str | None  # the rejection reason, or an accept note
    source: dict[str, Any]  # the contract's source object: path, sha256, media type, pages, text source
    text: str  # the lines the parser and the model read, one per line
    is_certificate: tuple[bool, bool]  # (original, corrected)
    fields: dict[str, FieldCorrection]  # in the contract's order
    review_reasons: tuple[str, ...]  # why the pipeline sent the record to review

    @property
    def changed(self) -> list[str]:
        return [name for name, f in self.fields.items() if f.changed]

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA, "id": self.record_id, "status": self.status, "reviewer": self.reviewer,
            "reviewed_at": self.reviewed_at, "note": self.note, "source": self.source, "text": self.text,
            "is_certificate": {"original": self.is_certificate[0], "corrected": self.is_certificate[1]},
            "changed": self.changed, "fields": {name: f.to_dict() for name, f in self.fields.items()},
            "review_reasons": list(self.review_reasons),
        }


@dataclass(frozen=True)
class LeftOut:
    """A reviewed record that could not be exported, and why."""

    record_id: int
    path: str
    reason: str


@dataclass(frozen=True)
class CorrectionsExport:
    corrections: tuple[Correction, ...]
    left_out: tuple[LeftOut, ...]


def review_decision(history: Sequence[Event]) -> Event | None:
    """The status event of the latest review action that still stands (not undone, not itself an undo)."""
    undone = {e.undoes for e in history if e.undoes is not None}
    live = [e for e in history if e.kind == "status" and e.action is not None and e.undoes is None
            and e.action not in undone]
    return live[-1] if live else None


def original_values(current: dict[str, Any], history: Sequence[Event]) -> dict[str, tuple[Any, float]]:
    """Each field's value and confidence as the pipeline stored them: the old value of the first review event
    that touched the field (every later one starts from a reviewer's value), else the value it has now."""
    out = {name: (f["value"], float(f["confidence"])) for name, f in current["fields"].items()}
    out["is_certificate"] = (current["is_certificate"], 1.0)
    seen: set[str] = set()
    for e in history:
        if e.action is None or e.field is None or e.field in seen or e.kind not in ("field", "undo"):
            continue
        seen.add(e.field)
        old = e.old_value if isinstance(e.old_value, dict) else {}
        out[e.field] = (old.get("value"), float(old.get("confidence", out[e.field][1])))
    return out


def correction(stored: StoredRecord, history: Sequence[Event], text: str) -> Correction | None:
    """The correction a reviewed record makes; None when no review decision stands for its current status."""
    record = stored.record.to_dict()
    decision = review_decision(history)
    if record["status"] not in REVIEWED or decision is None or decision.new_value != record["status"]:
        return None
    originals = original_values(record, history)
    fields = {}
    for name, f in record["fields"].items():
        original, confidence = originals[name]
        evidence = f.get("evidence") or {}
        fields[name] = FieldCorrection(original, f["value"], confidence, evidence.get("text"))
    return Correction(
        record_id=int(record["id"]), status=record["status"], reviewer=decision.who, reviewed_at=decision.at,
        note=decision.note, source=record["source"], text=text,
        is_certificate=(bool(originals["is_certificate"][0]), bool(record["is_certificate"])), fields=fields,
        review_reasons=tuple(record["review_reasons"]),
    )


def export_corrections(store: Store, kn: Knowledge, since: str | None = None, status: str | None = None,
                       participant: str | None = None) -> CorrectionsExport:
    """Every reviewed record (reviewed on or after `since`, an ISO date; of one status; of one participant), in
    the order they were reviewed, and the reviewed records that could not be exported, with the reason."""
    found: list[Correction] = []
    left_out: list[LeftOut] = []
    for wanted in (status,) if status else REVIEWED:
        for stored in store.records(status=wanted, participant=participant):
            history = store.history(stored.record.id or 0)
            entry = correction(stored, history, "")
            if entry is None or (since is not None and entry.reviewed_at[:10] < since):
                continue
            doc = store.document(stored.document_id)
            if doc is None or not any(page.words for page in doc.pages):
                left_out.append(LeftOut(entry.record_id, stored.record.source.path,
                                        "no text stored for it: extraction found no words at import"))
                continue
            text = "\n".join(line.text for line in reading_lines(doc, kn))
            found.append(dataclasses.replace(entry, text=text))
    found.sort(key=lambda c: (c.reviewed_at, c.record_id))
    left_out.sort(key=lambda x: x.record_id)
    return CorrectionsExport(tuple(found), tuple(left_out))
