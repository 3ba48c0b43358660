"""cecingest.corrections: which reviewed records are corrections, the pipeline's original values through edits and
undos, and the text rebuilt from the store being the text the parser read at import."""

from __future__ import annotations

from pathlib import Path

import pytest

from cecingest import review
from cecingest.config import Settings
from cecingest.corrections import SCHEMA, export_corrections, original_values, review_decision
from cecingest.knowledge import Knowledge
from cecingest.parse import reading_lines
from cecingest.pipeline import ingest_file
from cecingest.store import Store
from tests.conftest import SAMPLES

TEXT_PDFS = ("nursing-contact-hours.pdf", "pmi-pdu.pdf", "ethics-cle.pdf", "teacher-clock-hours.pdf",
             "two-page-agenda.pdf", "not-a-certificate.pdf")


def _import(store: Store, name: str) -> tuple[int, str]:
    """Store a sample as the importer does, sent to review; returns its record id and the text the parser read."""
    settings = Settings()
    ingested = ingest_file(SAMPLES / name, settings)
    record = ingested.record
    if record.status == "accepted":
        record = review.mark_audit_sample(record, 1.0)
    record_id = store.add_processed(record, ingested.document, ingested.seconds, "importer")
    assert record_id is not None
    return record_id, ingested.document.pages[0].text


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "c.db")


@pytest.mark.parametrize("name", TEXT_PDFS)
def test_the_stored_document_reads_as_the_extracted_one(store: Store, kn: Knowledge, name: str) -> None:
    ingested = ingest_file(SAMPLES / name, Settings())
    record_id = store.add_processed(ingested.record, ingested.document, ingested.seconds, "t")
    assert record_id is not None
    stored = store.record(record_id)
    assert stored is not None
    rebuilt = store.document(stored.document_id)
    assert rebuilt is not None and rebuilt.source.sha256 == ingested.document.source.sha256
    assert [p.text for p in rebuilt.pages] == [p.text for p in ingested.document.pages]
    assert [ln.text for ln in reading_lines(rebuilt, kn)] == [ln.text for ln in reading_lines(ingested.document, kn)]


def test_only_records_a_reviewer_decided_on_are_corrections(store: Store, kn: Knowledge) -> None:
    edited, _ = _import(store, "nursing-contact-hours.pdf")
    rejected, _ = _import(store, "pmi-pdu.pdf")
    waiting, _ = _import(store, "ethics-cle.pdf")
    auto_rejected, _ = _import(store, "not-a-certificate.pdf")  # rejected by the pipeline, never by a person
    stored = store.record(auto_rejected)
    assert stored is not None and stored.record.status == "rejected"
    review.accept(store, edited, "alice", [("provider", "Lakeshore Nursing")])
    review.reject(store, rejected, "bob", "a duplicate of record 1")
    result = export_corrections(store, kn)
    assert [c.record_id for c in result.corrections] == [edited, rejected]
    assert waiting not in [c.record_id for c in result.corrections] and not result.left_out
    first, second = result.corrections
    assert (first.status, first.reviewer, first.changed) == ("corrected", "alice", ["provider"])
    assert first.fields["provider"].original == "Lakeshore Nursing Education Institute"
    assert first.fields["provider"].corrected == "Lakeshore Nursing"
    assert "Lakeshore Nursing Education Institute" in first.text.splitlines()
    assert (second.status, second.reviewer, second.note, second.changed) == ("rejected", "bob",
                                                                            "a duplicate of record 1", [])
    assert first.to_dict()["schema"] == SCHEMA
    assert export_corrections(store, kn, status="rejected").corrections == (second,)
    assert export_corrections(store, kn, since="2999-01-01").corrections == ()


def test_originals_survive_undo_and_a_second_edit(store: Store, kn: Knowledge) -> None:
    record_id, _ = _import(store, "nursing-contact-hours.pdf")
    review.accept(store, record_id, "alice", [("provider", "First Try"), ("credits", "0.2 CEU")])
    review.undo(store, record_id, "alice")
    assert export_corrections(store, kn).corrections == ()  # back in the queue: no decision stands
    review.accept(store, record_id, "carol", [("provider", "Second Try")])
    stored = store.record(record_id)
    assert stored is not None
    review.accept(store, record_id, "dave", [("course_title", "Infection Prevention")],
                  expected_version=stored.version)
    (entry,) = export_corrections(store, kn).corrections
    assert entry.reviewer == "dave" and entry.changed == ["provider", "course_title"]
    assert entry.fields["provider"].original == "Lakeshore Nursing Education Institute"
    assert entry.fields["provider"].corrected == "Second Try"
    assert entry.fields["course_title"].original == "Infection Prevention in Long-Term Care Settings"
    assert entry.fields["credits"].changed is False  # edited, then undone
    assert entry.fields["hours"].original == entry.fields["hours"].corrected == 1.5


def test_accepting_a_non_certificate_records_both_readings(store: Store, kn: Knowledge) -> None:
    record_id, _ = _import(store, "not-a-certificate.pdf")
    stored = store.record(record_id)
    assert stored is not None
    edits = [("participant", "Pat Doe"), ("provider", "Pacific Coast Resuscitation Training"),
             ("course_title", "BLS"), ("completion_date", "2025-01-02"), ("credits", "1 contact_hour")]
    review.accept(store, record_id, "erin", edits, expected_version=stored.version)
    (entry,) = export_corrections(store, kn).corrections
    assert entry.is_certificate == (False, True)
    assert entry.fields["participant"].original is None and entry.fields["participant"].corrected == "Pat Doe"


def test_a_record_without_stored_words_is_left_out_with_its_reason(store: Store, kn: Knowledge) -> None:
    kept, _ = _import(store, "nursing-contact-hours.pdf")
    blank, _ = _import(store, "pmi-pdu.pdf")
    review.accept(store, kept, "alice")
    review.reject(store, blank, "alice", "blank scan")
    stored = store.record(blank)
    assert stored is not None
    # A page extraction found no words on (a blank scan) is stored with an empty word list.
    with store.transaction() as db:
        db.execute("UPDATE pages SET words = '[]', text = '' WHERE document_id = ?", (stored.document_id,))
    result = export_corrections(store, kn)
    assert [c.record_id for c in result.corrections] == [kept]
    (left,) = result.left_out
    assert left.record_id == blank and left.path.endswith("pmi-pdu.pdf")
    assert "no text stored" in left.reason


def test_review_decision_skips_undone_actions() -> None:
    from cecingest.store import Event

    events = [Event("t1", "x", "created", None, None, "needs_review", None),
              Event("t2", "a", "status", None, "needs_review", "accepted", None, action=2),
              Event("t3", "a", "undo", None, "accepted", "needs_review", "undo of action 2", action=3, undoes=2)]
    assert review_decision(events) is None
    assert review_decision(events[:2]) == events[1]
    current = {"fields": {"provider": {"value": "B", "confidence": 1.0}}, "is_certificate": True}
    edits = [Event("t2", "a", "field", "provider", {"value": "A", "confidence": 0.4}, {"value": "B"}, None, 2)]
    assert original_values(current, edits)["provider"] == ("A", 0.4)
    assert original_values(current, [])["provider"] == ("B", 1.0)
