"""The review queue and its actions (cecingest.review) on a temporary store; no terminal, no documents read."""

from __future__ import annotations

import dataclasses
import io
import random
from pathlib import Path
from typing import Any

import pytest

from cecingest.cli.common import safe_text
from cecingest.config import Settings
from cecingest.errors import ConfigError, InputNotFound, InvalidValue, RecordChanged
from cecingest.knowledge import Knowledge
from cecingest.models import Credit, CreditRecord, Evidence, ExtractedDocument, Field, Page, RecordFields, SourceInfo
from cecingest.review import (
    AUDIT_REASON,
    accept,
    apply_edits,
    evidence_context,
    mark_audit_sample,
    parse_credits,
    parse_date,
    parse_edit,
    queue,
    reject,
    review_stats,
    undo,
    view,
    wilson_interval,
)
from cecingest.store import Store


def make_record(n: int, confidence: float = 0.7, status: str = "needs_review",
                reasons: tuple[str, ...] = ("provider: confidence 0.70 < 0.85",)) -> CreditRecord:
    sha = f"{n:064x}"
    source = SourceInfo(f"inbox/cert-{n}.pdf", sha, "application/pdf", 1000, 1, "text-layer")
    fields = RecordFields(
        participant=Field(f"Person {n}", 0.95), provider=Field("Acme", confidence, Evidence(1, "Provided by Acme")),
        course_title=Field("Ethics 101", 0.9), completion_date=Field("2025-03-14", 0.93), start_date=Field.absent(),
        credits=Field((Credit(1.5, "contact_hour"),), 0.9), hours=Field(1.5, 0.9), topic=Field("ethics", 0.8),
        delivery_format=Field.absent(), certificate_id=Field(f"X-{n}", 0.9), accreditation=Field("ANCC", 0.9),
        license_number=Field.absent(),
    )
    return CreditRecord(source, True, fields, confidence, status, reasons)  # type: ignore[arg-type]


def add(store: Store, record: CreditRecord) -> int:
    text = "Certificate of Completion Person Provided by Acme for Ethics 101 on March 14, 2025"
    page = Page(1, 612, 792, tuple(), "text-layer")
    doc = ExtractedDocument(record.source, (page,))
    record_id = store.add_processed(record, doc, 0.1, "importer")
    assert record_id is not None
    # the page text as the import would have stored it (words are not needed here)
    store._db.execute("UPDATE pages SET text = ? WHERE document_id = (SELECT document_id FROM records WHERE id = ?)",
                      (text, record_id))
    return record_id


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "review.db")


# -- validation -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "order", "iso"), [
    ("2025-01-02", "MDY", "2025-01-02"), ("January 2, 2025", "MDY", "2025-01-02"), ("01/02/2025", "MDY", "2025-01-02"),
    ("01/02/2025", "DMY", "2025-02-01"), ("2 Jan 2025", "MDY", "2025-01-02"),
])
def test_dates_parse_to_iso(text: str, order: str, iso: str) -> None:
    assert parse_date(text, order).isoformat() == iso


@pytest.mark.parametrize("text", ["2025-13-01", "tomorrow", "02/30/2025", "2025"])
def test_bad_dates_are_refused(text: str, kn: Knowledge) -> None:
    with pytest.raises(InvalidValue, match="not a date"):
        parse_edit("completion_date", text, kn)


def test_units_must_be_known_codes_or_printed_names(kn: Knowledge) -> None:
    assert parse_credits("1.5 CEU; 15 contact hours", kn) == (Credit(1.5, "CEU"), Credit(15.0, "contact_hour"))
    assert parse_credits("2 cpe", kn) == (Credit(2.0, "CPE"),)
    assert parse_credits("0,5 PDU", kn) == (Credit(0.5, "PDU"),)
    with pytest.raises(InvalidValue, match="not a known unit"):
        parse_credits("3 parsecs", kn)
    with pytest.raises(InvalidValue, match="AMOUNT UNIT"):
        parse_credits("CEU", kn)


def test_other_fields_are_validated(kn: Knowledge) -> None:
    assert parse_edit("participant", "  Jane   Q. Doe, RN ", kn) == "Jane Q. Doe, RN"
    assert parse_edit("delivery_format", "Online", kn) == "online"
    assert parse_edit("license_number", "", kn) is None
    for name, text, message in [("participant", "", "required"), ("topic", "astrology", "not a topic code"),
                                ("delivery_format", "by pigeon", "use one of"), ("status", "accepted", "not a field"),
                                ("provider", "Acme\x1b[2J", "printable"), ("hours", "lots", "not a number")]:
        with pytest.raises(InvalidValue, match=message):
            parse_edit(name, text, kn)


def test_credits_edit_recomputes_hours_by_the_conversion_table(kn: Knowledge) -> None:
    edited = apply_edits(make_record(1), [("credits", "0.3 CEU")], kn)
    assert edited.record.fields.credits.value == (Credit(0.3, "CEU"),)
    assert edited.record.fields.hours.value == 3.0
    assert [(c.field, c.new_value["value"], c.note) for c in edited.changes] == [
        ("credits", [{"amount": 0.3, "unit": "CEU"}], None), ("hours", 3.0, "recomputed from credits")]
    cpe = apply_edits(make_record(1), [("credits", "2 CPE")], kn).record.fields.hours
    assert cpe.value == pytest.approx(1.67) and cpe.confidence == 1.0


def test_disagreeing_units_are_refused_and_typed_hours_win(kn: Knowledge) -> None:
    with pytest.raises(InvalidValue, match="disagrees"):
        apply_edits(make_record(1), [("credits", "1.5 CEU; 10 contact_hour")], kn)
    edited = apply_edits(make_record(1), [("credits", "1 CE"), ("hours", "0.75")], kn)
    assert edited.record.fields.hours.value == 0.75


def test_an_unchanged_value_is_no_change(kn: Knowledge) -> None:
    assert apply_edits(make_record(1), [("completion_date", "March 14, 2025")], kn).changes == ()


# -- actions ----------------------------------------------------------------------------------------------------

def test_accept_without_edits_and_with_edits(store: Store) -> None:
    a, b = add(store, make_record(1)), add(store, make_record(2))
    assert accept(store, a, "alice").record.status == "accepted"
    done = accept(store, b, "bob", [("completion_date", "2025-01-02")])
    assert done.record.status == "corrected" and done.version == 2
    assert done.record.fields.completion_date == Field("2025-01-02", 1.0)
    row = store._db.execute("SELECT completion_date FROM records WHERE id = ?", (b,)).fetchone()
    assert row[0] == "2025-01-02"  # the query columns follow the edit
    events = [e for e in store.history(b) if e.action is not None]
    assert [(e.who, e.kind, e.field, e.action) for e in events] == [
        ("bob", "field", "completion_date", 2), ("bob", "status", None, 2)]
    assert events[0].old_value == {"value": "2025-03-14", "confidence": 0.93}
    assert (events[1].old_value, events[1].new_value) == ("needs_review", "corrected")


def test_invalid_edit_writes_nothing(store: Store) -> None:
    record_id = add(store, make_record(1))
    with pytest.raises(InvalidValue):
        accept(store, record_id, "alice", [("provider", "Acme Two"), ("completion_date", "2025-02-30")])
    stored = store.record(record_id)
    assert stored is not None and stored.version == 1 and stored.record.status == "needs_review"


def test_accept_needs_the_required_fields(store: Store) -> None:
    record = make_record(1)
    record = dataclasses.replace(record, fields=dataclasses.replace(record.fields, participant=Field.absent(0.0)))
    record_id = add(store, record)
    with pytest.raises(InvalidValue, match="without participant"):
        accept(store, record_id, "alice")
    assert accept(store, record_id, "alice", [("participant", "Jane Doe")]).record.status == "corrected"


def test_reject_needs_a_reason(store: Store) -> None:
    record_id = add(store, make_record(1))
    with pytest.raises(InvalidValue, match="reason"):
        reject(store, record_id, "alice", "  ")
    done = reject(store, record_id, "alice", "a receipt, not a certificate")
    assert done.record.status == "rejected"
    assert store.history(record_id)[-1].note == "a receipt, not a certificate"


def test_undo_is_a_compensating_action_and_goes_back_one_action_at_a_time(store: Store) -> None:
    record_id = add(store, make_record(1))
    accept(store, record_id, "alice", [("credits", "0.3 CEU")])
    undone = undo(store, record_id, "alice")
    assert undone.record.status == "needs_review"
    assert undone.record.fields == make_record(1).fields  # values and confidences as read
    reject(store, record_id, "bob", "duplicate")
    undo(store, record_id, "bob")
    with pytest.raises(InputNotFound, match="no review action"):
        undo(store, record_id, "bob")
    history = store.history(record_id)
    assert [e.kind for e in history] == ["created", "field", "field", "status", "undo", "undo", "undo", "status",
                                         "undo"]
    assert {e.undoes for e in history if e.kind == "undo"} == {2, 4}
    assert history[4].note == "undo of action 2"


def test_second_writer_is_told_and_nothing_is_overwritten(store: Store, tmp_path: Path) -> None:
    record_id = add(store, make_record(1))
    opened = store.record(record_id)
    assert opened is not None
    other = Store(tmp_path / "review.db")  # another reviewer, another connection
    accept(other, record_id, "bob", [("provider", "Acme Learning")], expected_version=opened.version)
    with pytest.raises(RecordChanged, match=f"record {record_id} changed since you opened it") as exc:
        reject(store, record_id, "alice", "looks wrong", expected_version=opened.version)
    now = exc.value.current
    assert now.record.status == "corrected" and now.record.fields.provider.value == "Acme Learning"
    with pytest.raises(RecordChanged, match="not waiting for review"):
        accept(store, record_id, "alice")  # a script that never saw the record
    stored = store.record(record_id)
    assert stored is not None and stored.record.status == "corrected" and stored.version == 2


def test_queue_order(store: Store) -> None:
    ids = [add(store, make_record(n, confidence=c)) for n, c in ((1, 0.8), (2, 0.4), (3, 0.6))]
    add(store, make_record(4, status="accepted", reasons=()))
    assert [s.record.id for s in queue(store, "oldest")] == ids
    assert [s.record.id for s in queue(store, "confidence")] == [ids[1], ids[2], ids[0]]


def test_view_flags_fields_and_shows_evidence_in_context(store: Store) -> None:
    record_id = add(store, make_record(1))
    stored = store.record(record_id)
    assert stored is not None
    shown = view(store, stored, threshold=0.85)
    flagged = {f.name: f for f in shown.fields if f.flagged}
    assert list(flagged) == ["provider"]
    assert flagged["provider"].reasons == ("provider: confidence 0.70 < 0.85",)
    assert flagged["provider"].context == ("Certificate of Completion Person ", "Provided by Acme",
                                           " for Ethics 101 on March 14, 2025")


def test_evidence_context_cuts_at_words() -> None:
    text = "one two three four five six seven eight nine ten"
    assert evidence_context(text, "five", width=9) == ("…four ", "five", " six…")
    assert evidence_context(text, "absent", width=9) == ("", "absent", "")


# -- untrusted text ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("raw", "shown"), [
    ("Jane \x1b[31mDoe\x1b[0m", "Jane Doe"),
    ("\x1b]8;;http://evil.example\x07click\x1b]8;;\x07", "click"),
    ("\x1b]0;new title\x1b\\Acme", "Acme"),
    ("Acme\x1b[2J\x1b[H", "Acme"),
    ("bell\x07 null\x00 c1\x9b31m csi", "bell null c1 csi"),
    ("line one\nline\ttwo", "line one\nline\ttwo"),
    ("\u202eevil\u202c", "evil"),
    ("Zoë Müller, 中文", "Zoë Müller, 中文"),
])
def test_control_sequences_are_stripped(raw: str, shown: str) -> None:
    assert safe_text(raw) == shown


# -- audit sampling and statistics ------------------------------------------------------------------------------

def test_audit_sampling_draws_only_auto_accepted_records() -> None:
    accepted = make_record(1, status="accepted", reasons=())
    sampled = mark_audit_sample(accepted, 1.0)
    assert (sampled.status, sampled.review_reasons) == ("needs_review", (AUDIT_REASON,))
    assert mark_audit_sample(accepted, 0.0) == accepted
    waiting = make_record(2)
    assert mark_audit_sample(waiting, 1.0) == waiting
    rng = random.Random(7)
    drawn = sum(mark_audit_sample(accepted, 0.2, rng).status == "needs_review" for _ in range(2000))
    assert 330 < drawn < 470
    with pytest.raises(ConfigError):
        mark_audit_sample(accepted, 1.5)


def test_wilson_interval_by_hand() -> None:
    # 2 wrong of 50: p = 0.04, z = 1.96; centre = (0.04 + 1.96²/100) / (1 + 1.96²/50) = 0.078416 / 1.076832
    # = 0.072821; half = 1.96/1.076832 * sqrt(0.04*0.96/50 + 1.96²/10000) = 1.820154 * 0.033943 = 0.061782
    low, high = wilson_interval(2, 50) or (0.0, 0.0)
    assert low == pytest.approx(0.011039, abs=1e-5) and high == pytest.approx(0.134603, abs=1e-5)
    assert wilson_interval(0, 10) == (0.0, pytest.approx(0.277540, abs=1e-5))  # z²/(n+z²) = 3.8416/13.8416
    assert wilson_interval(0, 0) is None


def test_stats_count_audit_outcomes(store: Store) -> None:
    settings = Settings(audit_rate=1.0)
    ids = [add(store, mark_audit_sample(make_record(n, status="accepted", reasons=()), settings.audit_rate))
           for n in range(1, 4)]
    add(store, make_record(9))
    add(store, make_record(10, status="accepted", reasons=()))
    accept(store, ids[0], "alice")
    accept(store, ids[1], "alice", [("course_title", "Ethics 102")])
    stats: Any = review_stats(store).to_dict()
    assert stats["records"] == 5 and stats["sent_to_review"] == 1 and stats["review_rate"] == 0.2
    assert stats["audit"]["samples"] == 3 and stats["audit"]["reviewed"] == 2 and stats["audit"]["wrong"] == 1
    assert stats["audit"]["error_rate"] == 0.5
    low, high = stats["audit"]["ci95"]
    assert low == pytest.approx(0.0945, abs=1e-4) and high == pytest.approx(0.9055, abs=1e-4)


def test_interactive_session_shows_a_conflict_and_moves_on(store: Store, tmp_path: Path) -> None:
    from rich.console import Console

    from cecingest.cli.review import Session

    record_id = add(store, make_record(1))
    other = Store(tmp_path / "review.db")

    class Keys:
        """Another reviewer accepts the record while this one is looking at it; then this one presses a."""

        def __init__(self) -> None:
            self.keys = iter(["a", "q"])

        def key(self, prompt: str) -> str:
            key = next(self.keys)
            if key == "a":
                accept(other, record_id, "bob", [("provider", "Acme Learning")])
            return key

        def line(self, prompt: str) -> str:
            raise AssertionError("no line expected")

    console = Console(record=True, width=120, file=io.StringIO())
    Session(store, Settings(), "alice", "oldest", console, Keys()).run()
    out = console.export_text()
    assert f"record {record_id} changed since you opened it" in out and "Acme Learning" in out
    stored = store.record(record_id)
    assert stored is not None and stored.record.fields.provider.value == "Acme Learning"
    assert {e.who for e in store.history(record_id) if e.action is not None} == {"bob"}
