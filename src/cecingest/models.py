"""The one data model that flows through load -> extract -> parse -> normalize -> decide.

Every stage takes and returns these dataclasses; nothing between stages is a bare dict.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeVar

SCHEMA = "cecingest.record/1"

TextSource = Literal["text-layer", "ocr", "mixed"]
PageSource = Literal["text-layer", "ocr"]
Status = Literal["accepted", "needs_review", "rejected", "corrected"]
BBox = tuple[float, float, float, float]

T = TypeVar("T")


@dataclass(frozen=True)
class LoadedFile:
    """The bytes of one input file and what they are (decided from the bytes, not the name)."""

    path: str
    data: bytes = field(repr=False)
    media_type: str
    sha256: str

    @property
    def size(self) -> int:
        return len(self.data)


@dataclass(frozen=True)
class Word:
    """One word where it stood: box as (x0, top, x1, bottom) in PDF points, or pixels for images."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float | None = None  # font size where the text layer knows it; word height for OCR
    confidence: float = 1.0  # 1.0 for a text layer, Tesseract's word confidence / 100 for OCR

    @property
    def bbox(self) -> BBox:
        return (self.x0, self.top, self.x1, self.bottom)


@dataclass(frozen=True)
class Page:
    number: int  # 1-based
    width: float
    height: float
    words: tuple[Word, ...]
    source: PageSource
    rotation: int = 0  # degrees the page was turned before reading it
    seconds: float = 0.0

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


@dataclass(frozen=True)
class SourceInfo:
    path: str
    sha256: str
    media_type: str
    size: int
    pages: int
    text_source: TextSource


@dataclass(frozen=True)
class ExtractedDocument:
    source: SourceInfo
    pages: tuple[Page, ...]
    notes: tuple[str, ...] = ()  # what extraction left out or could not find (pages over the limit); review reasons


@dataclass(frozen=True)
class Line:
    """Words of one visual line (one column of it), in reading order."""

    page: int
    words: tuple[Word, ...]

    # Computed once per line: the parser asks a line for its text, box and size tens of times. (The words are frozen;
    # the cached values live in the instance's __dict__, outside the dataclass fields, equality and replace.)
    @functools.cached_property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @functools.cached_property
    def bbox(self) -> BBox:
        return (
            min(w.x0 for w in self.words),
            min(w.top for w in self.words),
            max(w.x1 for w in self.words),
            max(w.bottom for w in self.words),
        )

    @functools.cached_property
    def size(self) -> float:
        sizes = sorted((w.size or (w.bottom - w.top)) for w in self.words)
        return sizes[len(sizes) // 2]

    @property
    def confidence(self) -> float:
        return min(w.confidence for w in self.words)

    @property
    def read_by_ocr(self) -> bool:
        """A text layer gives every word confidence 1.0; Tesseract never does."""
        return any(w.confidence < 1.0 for w in self.words)

    @property
    def ocr_factor(self) -> float:
        """How much a value read from this line is trusted for how well it was read (1.0 for a text layer)."""
        return min(1.0, 0.6 + 0.4 * self.confidence)

    @property
    def evidence(self) -> Evidence:
        return Evidence(page=self.page, text=self.text, bbox=self.bbox)


@dataclass(frozen=True)
class Evidence:
    page: int
    text: str
    bbox: BBox | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"page": self.page, "text": self.text}
        if self.bbox is not None:
            out["bbox"] = [round(v, 1) for v in self.bbox]
        return out


@dataclass(frozen=True)
class Field(Generic[T]):
    """A value with how sure we are of it and where it was read."""

    value: T | None
    confidence: float
    evidence: Evidence | None = None
    note: str = ""  # why the confidence is what it is; becomes a review reason when low

    @classmethod
    def absent(cls, confidence: float = 1.0, note: str = "") -> Field[T]:
        return cls(None, confidence, None, note)


@dataclass(frozen=True)
class CreditMention:
    """An amount as the parser found it, with the unit words printed beside it."""

    amount: float
    unit_text: str  # the printed unit words ("AMA PRA Category 1 Credits", "contact hours", "minutes")


@dataclass(frozen=True)
class Credit:
    amount: float
    unit: str  # a code from units.md

    def to_dict(self) -> dict[str, Any]:
        return {"amount": self.amount, "unit": self.unit}


@dataclass(frozen=True)
class ParsedFields:
    """What the parse stage read, before normalization (dates are dates, units are still words)."""

    participant: Field[str]
    provider: Field[str]
    course_title: Field[str]
    completion_date: Field[dt.date]
    start_date: Field[dt.date]
    credits: Field[tuple[CreditMention, ...]]
    delivery_format: Field[str]
    certificate_id: Field[str]
    accreditation: Field[str]
    license_number: Field[str]
    is_certificate: Field[bool]
    topic_text: str = ""  # the text the topic is decided from (title first)
    model_topic: str | None = None  # the trained text classifier's topic, a second opinion
    # Per free-text field, how the trained model's reading compares: "agree", "differ" or "none" (it read none);
    # calibration keeps a curve per answer, because agreement says more than any rule's score.
    model_agreement: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RecordFields:
    """The contract's twelve fields, normalized. Order here is the order in the JSON."""

    participant: Field[str]
    provider: Field[str]
    course_title: Field[str]
    completion_date: Field[str]
    start_date: Field[str]
    credits: Field[tuple[Credit, ...]]
    hours: Field[float]
    topic: Field[str]
    delivery_format: Field[str]
    certificate_id: Field[str]
    accreditation: Field[str]
    license_number: Field[str]

    def items(self) -> list[tuple[str, Field[Any]]]:
        return [(f.name, getattr(self, f.name)) for f in dataclasses.fields(self)]


REQUIRED_FIELDS = ("participant", "provider", "course_title", "completion_date", "credits")


@dataclass(frozen=True)
class Normalized:
    fields: RecordFields
    is_certificate: Field[bool]
    problems: tuple[str, ...] = ()  # consistency problems found while normalizing (become review reasons)
    signals: dict[str, str] = field(default_factory=dict)  # ParsedFields.model_agreement, for calibration


@dataclass(frozen=True)
class CreditRecord:
    source: SourceInfo
    is_certificate: bool
    fields: RecordFields
    confidence: float
    status: Status
    review_reasons: tuple[str, ...]
    id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """The record exactly as `../shared/contract/record.md` defines it."""
        return {
            "schema": SCHEMA,
            "id": self.id,
            "source": {
                "path": self.source.path,
                "sha256": self.source.sha256,
                "media_type": self.source.media_type,
                "size": self.source.size,
                "pages": self.source.pages,
                "text_source": self.source.text_source,
            },
            "is_certificate": self.is_certificate,
            "fields": {name: field_to_dict(f) for name, f in self.fields.items()},
            "confidence": round(self.confidence, 3),
            "status": self.status,
            "review_reasons": list(self.review_reasons),
        }


def field_to_dict(f: Field[Any]) -> dict[str, Any]:
    value: Any = f.value
    if isinstance(value, tuple):
        value = [c.to_dict() if isinstance(c, Credit) else c for c in value]
    out: dict[str, Any] = {"value": value, "confidence": round(f.confidence, 3)}
    if f.evidence is not None:
        out["evidence"] = f.evidence.to_dict()
    return out


def record_from_dict(data: dict[str, Any]) -> CreditRecord:
    """The inverse of CreditRecord.to_dict (records come back from the store and from JSON files this way)."""
    src = data["source"]
    source = SourceInfo(src["path"], src["sha256"], src["media_type"], int(src.get("size", 0)), int(src["pages"]),
                        src["text_source"])
    fields = RecordFields(**{f.name: _field_from_dict(f.name, data["fields"][f.name])
                             for f in dataclasses.fields(RecordFields)})
    return CreditRecord(source, bool(data["is_certificate"]), fields, float(data["confidence"]), data["status"],
                        tuple(data["review_reasons"]), data.get("id"))


def _field_from_dict(name: str, data: dict[str, Any]) -> Field[Any]:
    value = data["value"]
    if name == "credits" and value is not None:
        value = tuple(Credit(float(c["amount"]), str(c["unit"])) for c in value)
    ev = data.get("evidence")
    evidence = Evidence(int(ev["page"]), str(ev["text"]), tuple(ev["bbox"]) if ev.get("bbox") else None) if ev else None
    return Field(value, float(data["confidence"]), evidence)
