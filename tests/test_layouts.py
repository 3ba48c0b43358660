"""cecingest.layouts: what a layout is, when it is trusted, and what happens to a record of an unconfirmed one."""

from __future__ import annotations

import dataclasses

from cecingest.layouts import (
    SAME_LAYOUT,
    LayoutMemory,
    LayoutTally,
    best_match,
    hold_unconfirmed_layout,
    layout_words,
    overlap,
)
from cecingest.models import Credit, CreditRecord, Field, RecordFields, SourceInfo
from tests.helpers import document

TEMPLATE = ("Acme Health Education", "Certificate of Completion", "This certifies that", "{name}",
            "has successfully completed", "{title}", "on {date} and is awarded 1.5 contact hours",
            "Certificate No. {cid}")


def _record(name: str, title: str, cid: str, status: str = "accepted") -> CreditRecord:
    fields = RecordFields(
        participant=Field(name, 0.99), provider=Field("Acme Health Education", 0.99), course_title=Field(title, 0.99),
        completion_date=Field("2025-03-14", 0.99), start_date=Field.absent(),
        credits=Field((Credit(1.5, "contact_hour"),), 0.99), hours=Field(1.5, 0.99), topic=Field.absent(),
        delivery_format=Field.absent(), certificate_id=Field(cid, 0.99), accreditation=Field.absent(),
        license_number=Field.absent(),
    )
    source = SourceInfo("a.pdf", "a" * 64, "application/pdf", 1, 1, "text-layer")
    return CreditRecord(source, True, fields, 0.99, status, ())  # type: ignore[arg-type]


def _filled(name: str, title: str, date: str, cid: str) -> frozenset[str]:
    lines = [line.format(name=name, title=title, date=date, cid=cid) for line in TEMPLATE]
    return layout_words(document(*lines), _record(name, title, cid))


def test_layout_words_leave_out_what_changes_from_one_certificate_to_the_next() -> None:
    words = _filled("Jane Doe, RN", "Sepsis Recognition", "March 14, 2025", "CE-2025-0412")
    assert {"acme", "health", "certifies", "successfully", "contact", "hours"} <= words
    assert not {"jane", "doe", "sepsis", "recognition", "march"} & words
    assert all(not any(ch.isdigit() for ch in w) and len(w) >= 3 for w in words)


def test_two_certificates_of_one_template_are_one_layout_and_another_template_is_not() -> None:
    first = _filled("Jane Doe, RN", "Sepsis Recognition", "March 14, 2025", "CE-2025-0412")
    second = _filled("Omar Haddad", "Falls Prevention in Older Adults", "June 2, 2024", "CE-2024-1187")
    assert overlap(first, second) == 1.0
    other = layout_words(document("Acme Health Education", "Transcript of Continuing Education", "Learner: Jane Doe",
                                  "Activity: Sepsis Recognition", "Credits earned: 1.5 CE hours"),
                         _record("Jane Doe", "Sepsis Recognition", "X"))
    assert overlap(first, other) < SAME_LAYOUT
    assert best_match(second, [(7, other), (3, first)]) == 3
    assert best_match(other, [(3, first)]) is None
    assert overlap([], []) == 0.0


def test_a_layout_is_trusted_after_enough_confirmations_and_while_corrections_are_rare() -> None:
    assert not LayoutTally(2, 0).is_trusted(3)
    assert LayoutTally(3, 0).is_trusted(3)
    assert not LayoutTally(3, 1).is_trusted(3)  # one fix in four reviewed
    assert LayoutTally(19, 1).is_trusted(3)  # one in twenty


def test_an_accepted_record_of_an_unconfirmed_layout_waits_with_the_reason() -> None:
    record = _record("Jane Doe", "Sepsis Recognition", "X")
    held = hold_unconfirmed_layout(record, LayoutTally(1, 0), 3)
    assert held.status == "needs_review"
    assert held.review_reasons == ("new layout: 1 of 3 records confirmed by a reviewer (trust_layout_after)",)
    fixed = hold_unconfirmed_layout(record, LayoutTally(5, 2), 3)
    assert fixed.review_reasons == ("layout not trusted: reviewers corrected 2 of its 7 reviewed records",)
    assert hold_unconfirmed_layout(record, LayoutTally(3, 0), 3) is record
    assert hold_unconfirmed_layout(record, LayoutTally(0, 0), 0) is record  # off
    waiting = dataclasses.replace(record, status="needs_review", review_reasons=("credits: confidence 0.5",))
    assert hold_unconfirmed_layout(waiting, LayoutTally(0, 0), 3) is waiting


def test_memory_groups_by_provider_and_words_and_counts_verdicts() -> None:
    memory = LayoutMemory()
    words = _filled("Jane Doe", "Sepsis", "March 14, 2025", "1")
    first = memory.layout_of("acme health education", words)
    assert memory.layout_of("acme health education", words) == first
    assert memory.layout_of("other provider", words) != first  # the same template text under another provider
    memory.reviewed(first, True)
    memory.reviewed(first, False)
    assert memory.tally(first) == LayoutTally(1, 1)


def test_one_providers_certificates_in_two_credit_systems_are_two_layouts() -> None:
    first = _filled("Jane Doe, RN", "Sepsis Recognition", "March 14, 2025", "CE-2025-0412")
    record = _record("Omar Haddad", "Falls Prevention", "CE-2024-1187")
    in_cpe = dataclasses.replace(record, fields=dataclasses.replace(
        record.fields, credits=Field((Credit(1.5, "CPE"),), 0.99)))
    lines = [line.format(name="Omar Haddad", title="Falls Prevention", date="June 2, 2024", cid="CE-2024-1187")
             for line in TEMPLATE]
    second = layout_words(document(*lines), in_cpe)
    assert best_match(second, [(3, first)]) is None
