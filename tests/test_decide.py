from __future__ import annotations

import dataclasses
import datetime as dt

from cecingest.config import Settings
from cecingest.decide import decide
from cecingest.models import Credit, Field, Normalized, RecordFields, SourceInfo

SOURCE = SourceInfo("a.pdf", "0" * 64, "application/pdf", 10, 1, "text-layer")
TODAY = dt.date(2026, 1, 1)
STRICT = Settings(accept_threshold=0.97, field_threshold=0.97)  # not the defaults: tests state their thresholds


def _fields(**changes: Field[object]) -> RecordFields:
    base = RecordFields(
        participant=Field("Jane Doe", 0.995), provider=Field("Acme", 0.998), course_title=Field("Ethics", 0.997),
        completion_date=Field("2025-03-14", 0.996), start_date=Field.absent(),
        credits=Field((Credit(1.0, "contact_hour"),), 0.999), hours=Field(1.0, 0.9), topic=Field("ethics", 0.8),
        delivery_format=Field.absent(), certificate_id=Field.absent(), accreditation=Field.absent(),
        license_number=Field.absent(),
    )
    return dataclasses.replace(base, **changes)


def _decide(fields: RecordFields, is_cert: Field[bool] | None = None, problems: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    normalized = Normalized(fields, is_cert or Field(True, 0.999), problems)
    return decide(SOURCE, normalized, STRICT, today=TODAY)


def test_confident_record_is_accepted() -> None:
    record = _decide(_fields())
    assert record.status == "accepted" and record.review_reasons == ()
    assert record.confidence == round(0.999 * 0.995 * 0.998 * 0.997 * 0.996 * 0.999, 3)  # all fields right


def test_low_confidence_field_goes_to_review_with_reason() -> None:
    record = _decide(_fields(course_title=Field("Ethics", 0.62)))
    assert record.status == "needs_review"
    assert record.review_reasons == ("course_title: confidence 0.62 < 0.97",)


def test_fields_each_above_threshold_can_still_make_a_doubtful_record() -> None:
    # Five fields at 0.975 are all right only 88 times in 100.
    at = 0.975
    record = _decide(_fields(participant=Field("Jane Doe", at), provider=Field("Acme", at),
                             course_title=Field("Ethics", at), completion_date=Field("2025-03-14", at),
                             credits=Field((Credit(1.0, "contact_hour"),), at)), is_cert=Field(True, 1.0))
    assert record.status == "needs_review"
    assert record.review_reasons[0].startswith("record: chance all required fields are right 0.881 < 0.97")


def test_per_field_threshold_from_settings() -> None:
    normalized = Normalized(_fields(provider=Field("Acme", 0.96)), Field(True, 1.0))
    strict = decide(SOURCE, normalized, STRICT.replace(accept_threshold=0.9), today=TODAY)
    lenient = decide(SOURCE, normalized, STRICT.replace(accept_threshold=0.9, thresholds={"provider": 0.95}),
                     today=TODAY)
    assert strict.review_reasons == ("provider: confidence 0.96 < 0.97",)
    assert lenient.status == "accepted"


def test_more_hours_than_the_days_hold() -> None:
    one_day = _decide(_fields(hours=Field(30.0, 0.99), delivery_format=Field("live", 0.9)))
    assert any("do not fit 1 day(s)" in r for r in one_day.review_reasons)
    three_days = _decide(_fields(hours=Field(30.0, 0.99), delivery_format=Field("live", 0.9),
                                 start_date=Field("2025-03-12", 0.9)))
    assert not any("do not fit" in r for r in three_days.review_reasons)
    self_study = _decide(_fields(hours=Field(30.0, 0.99), delivery_format=Field("self-study", 0.9)))
    assert not any("do not fit" in r for r in self_study.review_reasons)


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
    record = _decide(_fields(), is_cert=Field(False, 0.98))
    assert record.status == "rejected" and record.is_certificate is False
    assert record.fields.participant.value is None


def test_doubtful_non_certificate_goes_to_review() -> None:
    record = _decide(_fields(), is_cert=Field(False, 0.6))
    assert record.status == "needs_review"
    assert record.fields.participant.value == "Jane Doe"


def test_record_curve_maps_the_weakest_field_and_never_above_it() -> None:
    fields = _fields(participant=Field("Jane Doe", 0.97), provider=Field("Acme", 0.975))
    normalized = Normalized(fields, Field(True, 0.999), ())
    seen: list[float] = []

    def curve(weakest: float) -> float:
        seen.append(weakest)
        return 0.995

    plain = decide(SOURCE, normalized, STRICT, TODAY)
    lifted = decide(SOURCE, normalized, STRICT, TODAY, record_probability=curve)
    low = decide(SOURCE, normalized, STRICT, TODAY, record_probability=lambda weakest: 0.5)
    assert plain.confidence < 0.95 and plain.status == "needs_review"  # no curve: the product of all fields
    assert seen == [0.97]  # the curve is asked about the weakest required field
    assert lifted.confidence == 0.97 and lifted.status == "accepted"  # capped by the weakest required field
    assert low.confidence == 0.5 and low.status == "needs_review"
