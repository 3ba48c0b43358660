from __future__ import annotations

import dataclasses
import datetime as dt

from cecingest.config import Settings
from cecingest.decide import decide
from cecingest.models import Credit, Field, Normalized, RecordFields, SourceInfo

SOURCE = SourceInfo("a.pdf", "0" * 64, "application/pdf", 10, 1, "text-layer")
TODAY = dt.date(2026, 1, 1)


def _fields(**changes: Field[object]) -> RecordFields:
    base = RecordFields(
        participant=Field("Jane Doe", 0.95), provider=Field("Acme", 0.9), course_title=Field("Ethics", 0.9),
        completion_date=Field("2025-03-14", 0.93), start_date=Field.absent(),
        credits=Field((Credit(1.0, "contact_hour"),), 0.9), hours=Field(1.0, 0.9), topic=Field("ethics", 0.8),
        delivery_format=Field.absent(), certificate_id=Field.absent(), accreditation=Field.absent(),
        license_number=Field.absent(),
    )
    return dataclasses.replace(base, **changes)


def _decide(fields: RecordFields, is_cert: Field[bool] | None = None, problems: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    normalized = Normalized(fields, is_cert or Field(True, 0.95), problems)
    return decide(SOURCE, normalized, Settings(), today=TODAY)


def test_confident_record_is_accepted() -> None:
    record = _decide(_fields())
    assert record.status == "accepted" and record.review_reasons == ()
    assert record.confidence == 0.9  # the weakest required field


def test_low_confidence_field_goes_to_review_with_reason() -> None:
    record = _decide(_fields(course_title=Field("Ethics", 0.62)))
    assert record.status == "needs_review"
    assert record.review_reasons == ("course_title: confidence 0.62 < 0.85",)
    assert record.confidence == 0.62


def test_missing_required_field() -> None:
    record = _decide(_fields(credits=Field.absent(0.0)))
    assert "credits: missing" in record.review_reasons


def test_future_and_inverted_dates() -> None:
    record = _decide(_fields(completion_date=Field("2026-06-01", 0.93), start_date=Field("2026-07-01", 0.9)))
    assert any("in the future" in r for r in record.review_reasons)
    assert any("after the completion date" in r for r in record.review_reasons)


def test_normalize_problems_become_reasons() -> None:
    record = _decide(_fields(), problems=("credits: 1.5 CEU disagrees with 10 contact_hour",))
    assert record.status == "needs_review"


def test_confident_non_certificate_is_rejected_and_blank() -> None:
    record = _decide(_fields(), is_cert=Field(False, 0.95))
    assert record.status == "rejected" and record.is_certificate is False
    assert record.fields.participant.value is None


def test_doubtful_non_certificate_goes_to_review() -> None:
    record = _decide(_fields(), is_cert=Field(False, 0.6))
    assert record.status == "needs_review"
    assert record.fields.participant.value == "Jane Doe"
