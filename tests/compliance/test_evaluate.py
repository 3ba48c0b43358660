"""Caps, topic minimums, carry-over, grace and double counting, each against a hand-computed expectation."""

from __future__ import annotations

from cecingest.compliance.evaluate import evaluate
from cecingest.compliance.model import CredentialResult, CredentialSpec, Item, Rule
from tests.compliance.helpers import NASBA, UNIT_HOURS, d, item, rule


def run(r: Rule, items: list[Item], as_of: str, start: str, licence: str | None = None) -> CredentialResult:
    spec = CredentialSpec(r.code, d(start), d(licence) if licence else None)
    return evaluate(r, spec, items, d(as_of), UNIT_HOURS)


def by_id(result: CredentialResult) -> dict[int, tuple[float, str, str]]:
    return {ln.item.record_id: (ln.counted, ln.status, ln.reason) for ln in result.lines}


def test_self_study_cap_counts_in_date_order() -> None:
    cpa = rule("cpa", counting=NASBA, total=40, months=12, anchor="01-01",
               minimums=[{"name": "ethics", "topics": ["ethics"], "amount": 2}],
               caps=[{"name": "self-study at most 20 CPE", "formats": ["self-study"], "max": 20}])
    a = item("2025-02-01", 12, "CPE", delivery_format="self-study")
    b = item("2025-03-01", 10, "CPE", delivery_format="self-study")
    c = item("2025-04-01", 8, "CPE", delivery_format="live")
    e = item("2025-05-01", 4, "CPE", delivery_format="self-study")
    result = run(cpa, [e, c, b, a], "2025-06-30", "2025-01-01")
    lines = by_id(result)
    assert lines[a.record_id] == (12, "counted", "")
    assert lines[b.record_id] == (8, "partly", "over_cap")  # 20 - 12 left
    assert lines[c.record_id] == (8, "counted", "")
    assert lines[e.record_id] == (0, "not_counted", "over_cap")
    assert result.current.total.counted == 28 and result.current.total.missing == 12
    assert result.current.minimums[0].missing == 2
    assert result.status == "due" and result.days_left == 184  # 30 June -> 31 December


def test_topic_minimum_and_inclusive_period_ends() -> None:
    rn = rule("rn", total=24, months=24, minimums=[{"name": "ethics", "topics": ["ethics"], "amount": 2}])
    items = [
        item("2023-12-31", 5, topic="patient-care"),  # the day before the period: outside
        item("2024-01-01", 20, topic="patient-care"),  # first day: in
        item("2025-12-31", 1.5, topic="ethics"),  # last day: in
    ]
    result = run(rn, items, "2025-12-31", "2024-01-01")
    assert result.current.period.start == d("2024-01-01") and result.current.period.end == d("2025-12-31")
    assert result.current.total.counted == 21.5 and result.current.total.missing == 2.5
    assert result.current.minimums[0].counted == 1.5 and result.current.minimums[0].missing == 0.5
    assert by_id(result)[items[0].record_id] == (0, "not_counted", "before_tracking")
    assert result.days_left == 0 and not result.current.met
    later = run(rn, items, "2026-01-01", "2024-01-01")  # a new period: nothing counted yet, 2 years left
    assert later.current.total.counted == 0 and later.days_left == 729  # 1 Jan 2026 -> 31 Dec 2027
    assert later.previous is not None and later.previous.total.counted == 21.5


def test_carry_over_is_capped_and_used_first() -> None:
    pe = rule("pe", counting={"unit": "PDH", "minutes": 60}, total=30, months=24, carry_over_max=15,
              minimums=[{"name": "ethics", "topics": ["ethics"], "amount": 1}])
    items = [
        item("2022-05-01", 25, "PDH", topic="other"),
        item("2023-06-01", 1, "PDH", topic="ethics"),
        item("2023-12-31", 20, "PDH", topic="other"),  # last day of the first period
        item("2024-01-01", 10, "PDH", topic="other"),
        item("2024-02-01", 1, "PDH", topic="ethics"),
    ]
    result = run(pe, items, "2025-06-30", "2022-01-01")
    first = result.previous
    assert first is not None and first.own == 46 and first.carry_out == 15  # 16 over, 15 may carry
    current = result.current
    assert current.carry_in == 15 and current.own == 11
    assert current.total.counted == 26 and current.total.missing == 4
    assert current.minimums[0].counted == 1  # carried credit never counts toward a topic
    assert current.carry_out == 0  # 11 own < the 15 still needed after the carry-over
    assert result.days_left == 184


def test_carry_out_of_the_current_period() -> None:
    pe = rule("pe", counting={"unit": "PDH", "minutes": 60}, total=30, months=24, carry_over_max=15)
    result = run(pe, [item("2022-05-01", 22, "PDH"), item("2023-05-01", 14, "PDH")], "2023-06-01", "2022-01-01")
    assert result.status == "met" and result.current.carry_out == 6  # 36 - 30


def test_grace_period_makes_up_a_short_period_once() -> None:
    ace = rule("ace", counting={"unit": "CEC", "minutes": 600, "step": 0.1}, total=2.0, months=24, kind="rolling",
               grace_days=90)
    early = item("2024-05-01", 1.5, "CEC")
    last_day = item("2025-03-14", 0.2, "CEC")
    in_grace = item("2025-04-10", 0.4, "CEC")
    after_met = item("2025-05-01", 0.3, "CEC")
    items = [early, last_day, in_grace, after_met]
    # Period 1 runs 2023-03-15 .. 2025-03-14; grace to 2025-06-12 (17 + 30 + 31 + 12 = 90 days).
    waiting = run(ace, items, "2025-04-01", "2023-03-15", licence="2023-03-15")
    assert waiting.status == "in_grace" and waiting.current.period.end == d("2025-03-14")
    assert waiting.current.deadline == d("2025-06-12") and waiting.days_left == 72  # 29 + 31 + 12
    assert waiting.current.total.counted == 1.7 and waiting.current.total.missing == 0.3

    made_up = run(ace, items, "2025-07-01", "2023-03-15", licence="2023-03-15")
    assert made_up.status == "due" and made_up.current.period.start == d("2025-03-15")
    assert made_up.previous is not None and made_up.previous.met and made_up.previous.total.counted == 2.1
    lines = by_id(made_up)
    assert lines[in_grace.record_id] == (0, "not_counted", "used_in_grace")  # counted for period 1, not here
    assert lines[after_met.record_id] == (0.3, "counted", "")  # period 1 was met: it counts for period 2
    assert made_up.current.total.counted == 0.3


def test_accreditation_review_and_duplicates_do_not_count() -> None:
    rn = rule("rn", accreditations=["ANCC"])
    ok = item("2024-03-01", 2, accreditation="ANCC", certificate_id="C-1")
    copy = item("2024-03-01", 2, accreditation="ANCC", certificate_id="c-1")  # the same certificate scanned again
    other = item("2024-04-01", 3, accreditation="ACPE")
    waiting = item("2024-05-01", 4, accreditation="ANCC", review="record waits in the review queue",
                   review_reason="in_review")
    result = run(rn, [ok, copy, other, waiting], "2024-06-01", "2024-01-01")
    lines = by_id(result)
    assert lines[ok.record_id] == (2, "counted", "")
    assert lines[copy.record_id] == (0, "not_counted", "duplicate")
    assert lines[other.record_id] == (0, "not_counted", "accreditation")
    assert lines[waiting.record_id] == (0, "in_review", "in_review")
    assert result.current.total.counted == 2


def test_one_certificate_counts_for_two_credentials_by_each_rule() -> None:
    rn = rule("rn", total=24, months=24, accreditations=["ANCC"])
    educator = rule("educator", total=50, months=60, kind="rolling",
                    minimums=[{"name": "education", "topics": ["education"], "amount": 15}])
    cert = item("2024-09-01", 1.5, "CEU", topic="education", accreditation="ANCC")  # 15 contact hours
    for_rn = run(rn, [cert], "2025-01-01", "2024-01-01")
    for_educator = run(educator, [cert], "2025-01-01", "2022-06-01", licence="2022-06-01")
    assert for_rn.current.total.counted == 15 and for_educator.current.total.counted == 15
    assert for_educator.current.minimums[0].missing == 0 and for_educator.current.total.missing == 35


def test_certificates_after_the_as_of_day_are_left_out() -> None:
    result = run(rule("rn"), [item("2024-03-01", 2), item("2024-09-01", 3)], "2024-06-01", "2024-01-01")
    assert result.current.total.counted == 2 and len(result.lines) == 1
