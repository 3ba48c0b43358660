from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from cecingest.errors import StoreError
from cecingest.layouts import LayoutTally
from cecingest.models import Credit, CreditRecord, ExtractedDocument, Field, Page, RecordFields, SourceInfo, Word
from cecingest.store import Store, match_key
from cecingest.store.schema import MIGRATIONS


def _record(sha: str = "a" * 64, participant: str = "Jane Q. Doe, RN", status: str = "accepted") -> CreditRecord:
    source = SourceInfo(f"{sha[:4]}.pdf", sha, "application/pdf", 1234, 1, "text-layer")
    fields = RecordFields(
        participant=Field(participant, 0.95), provider=Field("Acme", 0.9), course_title=Field("Ethics 101", 0.9),
        completion_date=Field("2025-03-14", 0.93), start_date=Field.absent(),
        credits=Field((Credit(1.5, "contact_hour"),), 0.9), hours=Field(1.5, 0.9), topic=Field("ethics", 0.8),
        delivery_format=Field.absent(), certificate_id=Field("X-1", 0.9), accreditation=Field("ANCC", 0.9),
        license_number=Field.absent(),
    )
    return CreditRecord(source, True, fields, 0.9, status, ())  # type: ignore[arg-type]


def _document(record: CreditRecord) -> ExtractedDocument:
    page = Page(1, 612, 792, (Word("Jane", 72, 100, 100, 112, 12.0, 1.0),), "text-layer")
    return ExtractedDocument(record.source, (page,))


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "t.db")


def test_new_database_is_migrated_and_in_wal_mode(store: Store, tmp_path: Path) -> None:
    assert store.schema_version() == max(version for version, _, _ in MIGRATIONS)
    with sqlite3.connect(tmp_path / "t.db") as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_reopening_keeps_data_and_applies_nothing(store: Store, tmp_path: Path) -> None:
    record = _record()
    store.add_processed(record, _document(record), 0.1, "tester")
    store.close()
    again = Store(tmp_path / "t.db")
    assert again.migrate() == []
    assert len(again.records()) == 1


def test_database_from_a_newer_version_is_refused(store: Store, tmp_path: Path) -> None:
    store.close()
    with sqlite3.connect(tmp_path / "t.db") as db:
        db.execute("INSERT INTO schema_migrations VALUES (99, 'future', 'now')")
    with pytest.raises(StoreError, match="newer cecingest"):
        Store(tmp_path / "t.db")


def test_not_a_database(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_text("this is not sqlite " * 100)
    with pytest.raises(StoreError, match="cannot open database"):
        Store(bad)


def test_record_round_trip_with_history(store: Store) -> None:
    record = _record()
    record_id = store.add_processed(record, _document(record), 0.1, "tester")
    assert record_id is not None
    stored = store.record(record_id)
    assert stored is not None
    assert stored.record.id == record_id
    assert stored.record.fields == record.fields
    assert stored.record.to_dict()["fields"] == dataclasses.replace(record, id=record_id).to_dict()["fields"]
    (event,) = store.history(record_id)
    assert (event.who, event.kind, event.new_value) == ("tester", "created", "accepted")
    assert store.pages(stored.document_id) == [(1, "text-layer", "Jane")]


def test_same_bytes_are_stored_once(store: Store) -> None:
    record = _record()
    assert store.add_processed(record, _document(record), 0.1, "t") is not None
    assert store.add_processed(record, _document(record), 0.1, "t") is None
    assert store.processed_shas() == {record.source.sha256}


def test_failure_then_success_replaces_the_failure(store: Store) -> None:
    record = _record()
    store.add_failure("x.pdf", record.source.sha256, 10, 6, "OCR timed out", "t")
    assert [f.error for f in store.failures()] == ["OCR timed out"]
    record_id = store.add_processed(record, _document(record), 0.1, "t")
    assert store.failures() == []
    assert record_id is not None
    assert [e.kind for e in store.history(record_id)] == ["created"]


def test_same_credit_from_another_file(store: Store) -> None:
    first = _record("a" * 64)
    store.add_processed(first, _document(first), 0.1, "t")
    assert store.find_same_credit("JANE Q DOE", "ethics 101", "2025-03-14", "b" * 64) is not None
    assert store.find_same_credit("Jane Q. Doe", "Ethics 101", "2025-03-14", "a" * 64) is None  # the same file
    assert store.find_same_credit("John Roe", "Ethics 101", "2025-03-14", "b" * 64) is None


def test_filters(store: Store) -> None:
    for sha, name, status in (("a" * 64, "Jane Doe", "accepted"), ("b" * 64, "John Roe", "needs_review")):
        record = _record(sha, name, status)
        store.add_processed(record, _document(record), 0.1, "t")
    assert [s.record.fields.participant.value for s in store.records(status="needs_review")] == ["John Roe"]
    assert [s.record.fields.participant.value for s in store.records(participant="jane")] == ["Jane Doe"]
    assert store.records(since="2026-01-01") == []
    assert store.counts() == {"accepted": 1, "needs_review": 1, "failed": 0}


def test_match_key() -> None:
    assert match_key("Jane Q. Doe, RN") == match_key("JANE Q DOE") == "jane q doe"
    assert match_key("José Núñez") == "jose nunez"
    assert match_key(None) is None


def test_layouts_are_found_again_by_provider_and_words(store: Store) -> None:
    words = frozenset({"certificate", "completion", "acme", "awarded", "contact", "hours"})
    first = store.layout_for("Acme Health, Inc.", words)
    assert first is not None
    assert store.layout_for("ACME HEALTH", words | {"webinar"}) == first  # 6 of 7 words, same provider key
    assert store.layout_for("Other Provider", words) != first
    assert store.layout_for("Acme Health", frozenset({"transcript", "learner"})) != first
    assert store.layout_for(None, words) is None


def test_a_layouts_tally_counts_reviewers_verdicts_and_undo_takes_one_back(store: Store) -> None:
    from cecingest.review import accept, undo

    layout = store.layout_for("Acme", frozenset({"certificate"}))
    ids = []
    for i in range(4):
        record = _record(sha=str(i) * 64, participant=f"Person {i}", status="needs_review")
        ids.append(store.add_processed(record, _document(record), 0.1, "import", layout))
    auto = _record(sha="f" * 64, status="accepted")  # accepted by its scores: no reviewer's verdict
    store.add_processed(auto, _document(auto), 0.1, "import", layout)
    assert store.layout_tally(layout or 0) == LayoutTally(0, 0)
    accept(store, ids[0], "rev")
    accept(store, ids[1], "rev", [("topic", "patient-care")])  # corrected, but no required field: confirms
    accept(store, ids[2], "rev", [("course_title", "Ethics 102")])  # a required field was wrong
    assert store.layout_tally(layout or 0) == LayoutTally(2, 1)
    undo(store, ids[0], "rev")
    assert store.layout_tally(layout or 0) == LayoutTally(1, 1)


def test_an_undone_verdict_counts_for_nothing_in_a_layouts_tally(store: Store) -> None:
    from cecingest.review import accept, reject, undo

    layout = store.layout_for("Acme", frozenset({"certificate"}))
    held = _record(sha="1" * 64, status="needs_review")
    held_id = store.add_processed(held, _document(held), 0.1, "import", layout) or 0
    accept(store, held_id, "rev", [("course_title", "Ethics 102")])  # a required field corrected ...
    undo(store, held_id, "rev")  # ... then taken back, and the record accepted with another field's edit
    accept(store, held_id, "rev", [("topic", "patient-care")])
    assert store.layout_tally(layout or 0) == LayoutTally(1, 0)
    auto = _record(sha="2" * 64, participant="Ann Lee", status="accepted")  # accepted by its scores
    auto_id = store.add_processed(auto, _document(auto), 0.1, "import", layout) or 0
    reject(store, auto_id, "rev", "wrong person", expected_version=1)
    undo(store, auto_id, "rev")  # back to accepted by its scores: still no reviewer's verdict
    assert store.layout_tally(layout or 0) == LayoutTally(1, 0)
    accept(store, held_id, "rev", [("provider", "Acme Two")], expected_version=4)
    accept(store, held_id, "rev", expected_version=5)  # accepted again unchanged: the correction still stands
    assert store.layout_tally(layout or 0) == LayoutTally(0, 1)


def test_records_are_counted_by_how_a_reason_begins(store: Store) -> None:
    for i, reasons in enumerate([("new layout: 0 of 1 records confirmed",), ("credits: confidence 0.5",), ()]):
        record = dataclasses.replace(_record(sha=str(i) * 64), status="needs_review", review_reasons=reasons)
        store.add_processed(record, _document(record), 0.1, "import")
    assert store.count_with_reason_prefix(("new layout:", "layout not trusted:")) == 1
    assert store.count_with_reason_prefix(("credits:",)) == 1
    assert store.count_with_reason_prefix(()) == 0
