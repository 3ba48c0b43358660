from __future__ import annotations

from pathlib import Path

import pytest

from cecingest.knowledge import Knowledge
from cecingest.models import CreditMention
from cecingest.normalize import normalize_credits
from cecingest.parse.credits import parse_amount, parse_credits
from cecingest.parse.layout import document_lines, paragraphs, split_label_pairs
from tests.helpers import document, document_of_words, knowledge_with_labels, words_of_line


def _credits(kn: Knowledge, *lines: str) -> list[tuple[float, str]]:
    parsed = parse_credits(document_lines(document(*lines)), kn)
    normalized, _ = normalize_credits(parsed, kn)
    return [(c.amount, c.unit) for c in normalized.value or ()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("awarded 1.5 Contact Hours", [(1.5, "contact_hour")]),
        ("PDUs: 3.25", [(3.25, "PDU")]),
        ("Total CEH: 2.00", [(2.0, "CE")]),  # EMS continuing education hours
        ("1.5 CEHs", [(1.5, "CE")]),
        ("Course Number: 22-CLE-2661", []),  # a course code holding a unit's letters
        ("Course #: 24-CPE-0113/B", []),
        ("Credits: .5", [(0.5, "CE")]),
        ("CPE Credits: 2.0", [(2.0, "CPE")]),
        ("Continuing Professional Education Credit (CPE): 1.80", [(1.8, "CPE")]),
        ("for a maximum of 2.0 AMA PRA Category 1 Credits™", [(2.0, "CME")]),
        ("0.2 IACET CEU", [(0.2, "CEU")]),
        ("7 CEU Hours", [(7.0, "CE")]),
        ("1.2 CEUs (12 contact hours)", [(1.2, "CEU"), (12.0, "contact_hour")]),
        ("8 PDH (Professional Development Hours)", [(8.0, "PDH")]),
        ("0.2 CECs", [(0.2, "CEC")]),
        ("1.0 CLE credit hours", [(1.0, "CLE")]),
        ("This 10-hour course", [(10.0, "clock_hour")]),
        ("LENGTH 3 HOURS", [(3.0, "clock_hour")]),
        ("90 minutes", [(1.5, "clock_hour")]),
        ("1 hour 30 minutes", [(1.5, "clock_hour")]),
        ("1,5 contact hours", [(1.5, "contact_hour")]),
        ("one and one-half contact hours", [(1.5, "contact_hour")]),
        ("1 Hour - 1 CPE", [(1.0, "clock_hour"), (1.0, "CPE")]),
        ("PDUs/ContactHours: 3.25", [(3.25, "PDU")]),
        ("CPE credits have been granted based on a 50-minute hour.", []),
        ("Credit Hours: 38mins", [(0.63, "clock_hour")]),
        ("2.0 nursing-contact hours", [(2.0, "contact_hour")]),
        (".2.0 nursing contact hours -.", [(2.0, "contact_hour")]),
        ("11.5 contact hours", [(11.5, "contact_hour")]),
        ("PDH Credits: 1.5", [(1.5, "PDH")]),
        ("7.5 hours of CPD", [(7.5, "CE")]),
        ("DATES March 26 - 28, 2021 | CME CREDITS 2 | CERTIFICATE NUMBER DQ2021002818", [(2.0, "CME")]),
        ("one and one half contact hours", [(1.5, "contact_hour")]),
        ("Category 1 CME credits: 1.5", [(1.5, "CME")]),
        ("This program offers 3.0 hours of continuing education credit.", [(3.0, "CE")]),
        ("1 Hour CE", [(1.0, "CE")]),
        ("Awarded 1.0 hour of CPE credit", [(1.0, "CPE")]),
        ("MCLE Credit: 1.5 hours General", [(1.5, "CLE")]),
        ("Hours of Instruction: 8", [(8.0, "clock_hour")]),
        ("This program is valid for 1.25 PDCs for the SHRM-CP or SHRM-SCP.", [(1.25, "CE")]),
        ("approved for 1.00 HR (General) recertification credit hours toward aPHR, PHR", [(1.0, "CE")]),
        ("approved for 3 continuing education (CE) hours for social workers", [(3.0, "CE")]),
        ("will receive 1.5 clinical continuing education clock hours", [(1.5, "clock_hour")]),
        ("PD Hours: 3", [(3.0, "CE")]),
        ("CCUs: 2.0", [(2.0, "CE")]),
        ("Continuing Competence Units: 1.5", [(1.5, "CE")]),
        ("Continuing Professional Education Units (CPEUs): 1.0", [(1.0, "CE")]),
        ("C.E.U.s: 0.4", [(0.4, "CEU")]),
        ("Approved for 6.0 continuing education contact hours", [(6.0, "contact_hour")]),
        ("CEs: 1.5", [(1.5, "CE")]),
        ("0.1 CEU/1 PDH", [(0.1, "CEU"), (1.0, "PDH")]),
        ("Dates: 10/15 hours of lab", []),
    ],
)
def test_credit_wordings(kn: Knowledge, text: str, expected: list[tuple[float, str]]) -> None:
    assert _credits(kn, text) == expected


def test_numbers_without_units_are_not_credits(kn: Knowledge) -> None:
    assert _credits(kn, "Sponsor ID 112233", "Call 555-0100", "AMA PRA Category 1 Credit designation") == []


def test_repeated_amount_counts_once(kn: Knowledge) -> None:
    assert _credits(kn, "1.5 contact hours", "Total: 1.5 contact hours") == [(1.5, "contact_hour")]


def test_bare_duration_is_less_certain_than_a_credit(kn: Knowledge) -> None:
    explicit = parse_credits(document_lines(document("2 contact hours")), kn)
    duration = parse_credits(document_lines(document("2 hours")), kn)
    assert duration.confidence < explicit.confidence
    assert duration.value == (CreditMention(2.0, "hours"),)


@pytest.mark.parametrize(("text", "value"), [("1.5", 1.5), ("1,5", 1.5), (".5", 0.5), ("01:45", 1.75),
                                             ("one and one-half", 1.5), ("three", 3.0)])
def test_parse_amount(text: str, value: float) -> None:
    assert parse_amount(text) == pytest.approx(value)


def test_unit_word_used_as_a_label(kn: Knowledge) -> None:
    assert _credits(kn, "Credit: 8 PDH (Professional Development Hours)") == [(8.0, "PDH")]


def test_generic_credit_restating_a_named_unit(kn: Knowledge) -> None:
    assert _credits(kn, "1.0 CLE credit hours (Ethics)", "for a maximum of 1.0 credit hour") == [(1.0, "CLE")]


def test_unit_split_across_wrapped_lines(kn: Knowledge) -> None:
    from cecingest.parse.layout import paragraphs

    lines = paragraphs(document_lines(document("designates this live activity for a maximum of 2.0 AMA PRA",
                                               "Category 1 Credits™. Physicians should claim only")))
    normalized, _ = normalize_credits(parse_credits(lines, kn), kn)
    assert [(c.amount, c.unit) for c in normalized.value or ()] == [(2.0, "CME")]


def test_a_total_row_is_the_credit_not_its_modules(kn: Knowledge) -> None:
    lines = document_lines(document("Introduction 15 min", "Practice 30 min", "Total awarded: 0.75 hours"))
    assert _credits_of(kn, lines) == [(0.75, "clock_hour")]


def _credits_of(kn: Knowledge, lines: list) -> list[tuple[float, str]]:  # type: ignore[type-arg]
    normalized, _ = normalize_credits(parse_credits(lines, kn), kn)
    return [(c.amount, c.unit) for c in normalized.value or ()]


def test_one_half_alone_is_a_half(kn: Knowledge) -> None:
    f = parse_credits(paragraphs(document_lines(document("Credits Earned: one-half Continuing Education Credits"))), kn)
    assert f.value is not None and [m.amount for m in f.value] == [0.5]


def test_a_strip_of_cells_is_not_joined_to_the_next_line(kn: Knowledge) -> None:
    lines = document_lines(document("COMPLETION DATE January 4, 2022 | RECERTIFICATION CREDITS 1.00",
                                    "DELIVERY FORMAT Webinar | CERT. NO. 2201-007141"))
    f = parse_credits(paragraphs(lines), kn)
    assert f.value is not None and [m.amount for m in f.value] == [1.0]


def test_a_generic_unit_is_less_sure_when_the_page_names_a_credit_system(kn: Knowledge) -> None:
    plain = parse_credits(paragraphs(document_lines(document("Credits: 3"))), kn)
    named = parse_credits(paragraphs(document_lines(document("Credits: 3", "Engineering PDH program"))), kn)
    assert named.value == plain.value
    assert named.confidence < plain.confidence and "PDH" in named.note


def test_ocr_bar_for_the_one_of_category_one(kn: Knowledge) -> None:
    f = parse_credits(paragraphs(document_lines(document("CREDIT CLAIMED 1.5 AMA PRA Category | Credits™"))), kn)
    assert f.value is not None and [(m.amount, kn.unit_for_alias(m.unit_text)) for m in f.value] == [(1.5, "CME")]


def test_a_unit_awarded_without_a_colon_in_a_strip_of_cells(kn: Knowledge) -> None:
    lines = document_lines(document("DATE COMPLETED February 8, 2019 | CEC AWARDED 0.5 | DELIVERY FORMAT Classroom"))
    f = parse_credits(paragraphs(lines), kn)
    assert f.value is not None and [(m.amount, m.unit_text) for m in f.value] == [(0.5, "CEC")]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # A range, a rate and a board's requirement state no amount earned.
        (("Length: 1.50 - 2.00 h",), []),
        (("Effort: 2 to 3 hours",), []),
        (("Commitment: 4 weeks, 3 hours per week",), []),
        (("This course meets Kentucky's 1.5 hours requirement.", "Contact Hours: 2"), [(2.0, "contact_hour")]),
        (("May be used toward Ohio's 4-hour continuing education requirement.", "CE Credit: 3 CE hours"),
         [(3.0, "CE")]),
        # A requirement named after the award does not hide the award.
        (("Awards 2 contact hours toward the state's 30-hour requirement",), [(2.0, "contact_hour")]),
        # "1 Hour - 1 CPE" is no range, nor is a date before the amount.
        (("1 Hour - 1 CPE",), [(1.0, "clock_hour"), (1.0, "CPE")]),
        (("Nov 24, 2019 - 4 CME credits",), [(4.0, "CME")]),
        (("2023-12-07 - 7.50 CLE hours",), [(7.5, "CLE")]),
        (("May 24 - 4 contact hours",), [(4.0, "contact_hour")]),
        # A certification's renewal progress and minimum are no award.
        (("Annual minimum: 20 CPEs \u00b7 Total this cycle: 38.6", "CPE Credits: 2"), [(2.0, "CPE")]),
        (("Progress toward renewal: 38.6 / 90 CPE credits", "CPEs Claimed: 1.5 CPE credits"), [(1.5, "CPE")]),
        (("Progress toward renewal: 97.1 / 90 CPE credits", "CPE Credits: 8"), [(8.0, "CPE")]),  # past the target
        (("Complete a minimum of 40 CE hours each cycle.", "CE Hours: 3"), [(3.0, "CE")]),
    ],
)
def test_amounts_that_are_not_awarded(kn: Knowledge, lines: tuple[str, ...], expected: list[tuple[float, str]]) -> None:
    assert _credits(kn, *lines) == expected


def test_the_parts_of_a_breakdown_are_not_credits_beside_a_total(kn: Knowledge) -> None:
    assert _credits(kn, "Breakdown: 2 h lecture + 1.5 h workshop", "CEUs: 0.35") == [(0.35, "CEU")]
    assert _credits(kn, "Lecture 2 h, Lab 1 h", "PDUs: 3") == [(3.0, "PDU")]
    # wrapped: the line ends in a separator and the next one holds the last part
    assert _credits(kn, "Agenda: Lecture: 33 h 15 min ·", "Workshop: 1 h 45 min", "PDUs: 35") == [(35.0, "PDU")]
    # the parts alone are all the page says: the activity lasts their sum, equal parts included
    assert _credits(kn, "2 h lecture + 1.5 h workshop") == [(3.5, "clock_hour")]
    assert _credits(kn, "25.5 h lectures + 3 h exercises + 2 h posters") == [(30.5, "clock_hour")]
    assert _credits(kn, "Lecture 1 h, Lab 1 h") == [(2.0, "clock_hour")]
    # a length in the title that the parts add up to is their sum already
    lines = document_lines(document("Site Safety Walkthrough - 6 Hours", "Lecture 4 h, Field visit 2 h"))
    found = parse_credits(lines, kn, title="Site Safety Walkthrough")
    assert found.value == (CreditMention(6.0, "hours"),)


def test_a_length_printed_in_the_title_is_the_titles(kn: Knowledge) -> None:
    lines = document_lines(document("Geotechnical Site Investigation - 6 Hours", "PDH Credits: 6"))
    parsed = parse_credits(paragraphs(lines), kn, "Geotechnical Site Investigation")
    assert [(m.amount, m.unit_text) for m in parsed.value or ()] == [(6.0, "PDH Credits")]
    lines = document_lines(document("Trauma-Informed Care (6 hours)", "CE Credit: 6.00 hours of CPD"))
    parsed = parse_credits(paragraphs(lines), kn, "Trauma-Informed Care")
    assert [(m.amount, m.unit_text) for m in parsed.value or ()] == [(6.0, "hours of CPD")]
    # nothing else printed: the title's length is the only statement of it
    lines = document_lines(document("Incident Management - 1 Hour"))
    parsed = parse_credits(paragraphs(lines), kn, "Incident Management")
    assert [(m.amount, m.unit_text) for m in parsed.value or ()] == [(1.0, "hours")]


def test_durations_that_add_up_to_the_credit_are_its_parts(kn: Knowledge) -> None:
    # OCR split the breakdown row into pieces and lost the separators between them
    assert _credits(kn, "Components: Panel: 4 h 15 min", "Lecture 1 h 30 min", "Lab 2 h", "15 min",
                    "PDUs/Contact Hours: 8.00") == [(8.0, "PDU")]
    assert _credits(kn, "Time allocation: Q&A: 15 min -", "Workshop: 1 h", "Nursing Contact Hours: 1.25") == [
        (1.25, "contact_hour")]
    # one duration beside a credit is a second statement of it, kept
    assert _credits(kn, "1 Hour - 1 CPE") == [(1.0, "clock_hour"), (1.0, "CPE")]
    # durations that do not add up to the credit stay
    assert _credits(kn, "Lecture 1 h", "Lab 2 h", "CEUs: 0.5") == [(1.0, "clock_hour"), (2.0, "clock_hour"),
                                                                   (0.5, "CEU")]


@pytest.mark.parametrize("line", ["01:45 Training Hours (hh:mm)", "Training Hours: 01:45",
                                  "Completed on December 4, 2020    01:45 Training Hours (hh:mm)"])
def test_hours_and_minutes_are_one_duration(line: str, kn: Knowledge) -> None:
    # "01:45" is an hour and three quarters, never the "01" before its colon; "Training Hours" names no system.
    found = parse_credits(document_lines(document(line)), kn)
    assert found.value == (CreditMention(1.75, "hours"),)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # The digits in parentheses restate the words; the unit stands after them.
        (("Earned: Six (6.0) hours of CLE credit",), [(6.0, "CLE")]),
        (("Credits Earned: 0.25 CEUs / Two And One-Half (2.5) contact hrs",), [(0.25, "CEU"), (2.5, "contact_hour")]),
        (("CE Credit: One-Half (0.5) CPE units",), [(0.5, "CPE")]),
        # A credit system named before generic hours: they are that system's.
        (("CPE Credit Hours: 8",), [(8.0, "CPE")]),
        # units.md: "CE hours" (spelled out or not) with whole hours are generic CE, not attendance.
        (("Continuing Education Hours: 6",), [(6.0, "CE")]),
        (("Awarded: one continuing education hour",), [(1.0, "CE")]),
        # Hours awarded are credit hours, not hours of attendance; restating a named unit, they count once.
        (("Hours Awarded: 8",), [(8.0, "CE")]),
        (("05-Mar-2020 | 6 contact hrs", "Earner: Paula Takahashi Hours Awarded: 6"), [(6.0, "contact_hour")]),
        # ... but a length beside the credit it earned stays a length (units.md: "1 Hour - 1 CPE").
        (("Credit Awarded: 2.00 Hours - 2.40 CPE",), [(2.0, "clock_hour"), (2.4, "CPE")]),
    ],
)
def test_amount_and_unit_wordings(kn: Knowledge, lines: tuple[str, ...], expected: list[tuple[float, str]]) -> None:
    assert _credits_of(kn, paragraphs(document_lines(document(*lines)))) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # The unit's own words wrap ...
        (("CE Credit: One (1.0) Nursing Continuing Professional", "Development contact hour (0.1 CEUs)"),
         [(1.0, "contact_hour"), (0.1, "CEU")]),
        # ... or a parenthesis opened on one line closes on the next ...
        (("Earned: 3.00 contact hours (0.30", "CEUs)"), [(3.0, "contact_hour"), (0.3, "CEU")]),
        # ... or the label stands above its value.
        (("CNE Contact Hours:", "Eight (8.0)"), [(8.0, "contact_hour")]),
        (("HRCI Recertification Credit Hours:", "4.75"), [(4.75, "CE")]),
    ],
)
def test_a_credit_wrapped_onto_the_next_line(kn: Knowledge, lines: tuple[str, ...],
                                             expected: list[tuple[float, str]]) -> None:
    assert _credits_of(kn, document_lines(document(*lines))) == expected


def test_a_number_ending_a_line_is_not_the_amount_of_the_next_lines_label(kn: Knowledge) -> None:
    assert _credits_of(kn, document_lines(document("Course No. 12", "Hours: 3"))) == [(3.0, "clock_hour")]


def test_a_labels_value_below_it_past_the_next_columns_line(kn: Knowledge) -> None:

    words = (words_of_line("Recommended CPE:", 100, 6, left=50) + words_of_line("1.5", 110, 7.5, left=50)
             + words_of_line("Serial No.: 2004-036241", 100, 6, left=400))
    doc = document_of_words(words)
    lines = paragraphs(split_label_pairs(document_lines(doc), kn.label_phrases()))
    assert [ln.text for ln in lines] == ["Recommended CPE:", "Serial No.: 2004-036241", "1.5"]  # reading order
    assert _credits_of(kn, lines) == [(1.5, "CPE")]


def test_a_breakdowns_last_part_wrapped_onto_the_next_line_is_a_part(kn: Knowledge) -> None:

    # The wrapped "min" stands under the amount, not at the margin: it starts no new paragraph line of its own.
    words = (words_of_line("Time allocation: Case discussion 15 min, Hands-on lab 30 min, Lecture 15", 100, 10.5,
                           left=56) + words_of_line("min", 114, 10.5, left=400)
             + words_of_line("PDH Credits: 1.0", 134, 9.7, left=56))
    doc = document_of_words(words)
    lines = paragraphs(document_lines(doc))
    assert [ln.text for ln in lines][1] == "min"
    assert _credits_of(kn, lines) == [(1.0, "PDH")]


def test_a_page_without_lines_has_no_credits(kn: Knowledge) -> None:
    f = parse_credits([], kn)
    assert f.value is None and f.note == "no credit amount found"


@pytest.mark.parametrize("lines", [
    (("Acme Health Institute, Suite 120", 9.0), "Contact hours are awarded to participants who complete the course."),
    ("Module 3", "Credits awarded upon passing the final quiz."),
    ("Lesson 2", "Hours of instruction are listed on the agenda."),
])
def test_a_number_ending_a_line_is_no_amount_of_a_sentence_below(kn: Knowledge, lines: tuple) -> None:  # type: ignore[type-arg]
    assert _credits_of(kn, document_lines(document(*lines))) == []


def test_ce_credit_hours_are_generic_ce(kn: Knowledge) -> None:
    assert _credits(kn, "CE Credit Hours: 6") == [(6.0, "CE")]


def test_a_word_added_to_award_words_makes_hours_awarded_credit(kn: Knowledge, tmp_path: Path) -> None:
    assert _credits(kn, "Hours / Credited: 6") == [(6.0, "clock_hour")]  # a length, by default
    extended = knowledge_with_labels(tmp_path, '[credits]\naward_words = ["credited"]\n')
    assert _credits(extended, "Hours / Credited: 6") == [(6.0, "CE")]


def test_a_phrase_added_to_maximum_before_makes_a_maximum(kn: Knowledge, tmp_path: Path) -> None:
    lines = ("Approved capped at 6 contact hours", "Contact hours awarded: 4")
    assert _credits(kn, *lines) == [(6.0, "contact_hour"), (4.0, "contact_hour")]
    extended = knowledge_with_labels(tmp_path, '[credits]\nmaximum_before = ["capped at"]\n')
    assert _credits(extended, *lines) == [(4.0, "contact_hour")]  # the maximum counts only when nothing is claimed
    assert _credits(extended, lines[0]) == [(6.0, "contact_hour")]


def test_a_phrase_added_to_running_totals_is_no_award(kn: Knowledge, tmp_path: Path) -> None:
    lines = ("Quarter to date: 45 CPE", "CPE credits: 2")
    assert _credits(kn, *lines) == [(45.0, "CPE"), (2.0, "CPE")]
    extended = knowledge_with_labels(tmp_path, '[credits]\nrunning_totals = ["quarter to date"]\n')
    assert _credits(extended, *lines) == [(2.0, "CPE")]


def test_a_word_added_to_ward_words_makes_ccu_a_ward(kn: Knowledge, tmp_path: Path) -> None:
    assert _credits(kn, "4 CCU Lounge", "2 CCU") == [(4.0, "CE"), (2.0, "CE")]
    extended = knowledge_with_labels(tmp_path, '[credits]\nward_words = ["lounge"]\n')
    assert _credits(extended, "4 CCU Lounge", "2 CCU") == [(2.0, "CE")]


def test_metres_are_no_minutes(kn: Knowledge) -> None:
    assert _credits(kn, "Fall Protection at 5 m Height", "Contact Hours: 1.5") == [(1.5, "contact_hour")]


def test_an_amount_captioned_as_the_maximum_is_no_second_award(kn: Knowledge) -> None:
    assert _credits(kn, "Deepa Gallagher was awarded 15.0 clock hours for the successful completion of Grief",
                    "MAXIMUM CREDIT", "15.5 clock hours") == [(15.0, "clock_hour")]


def test_a_generic_maximum_beside_an_award_in_a_named_system_is_dropped(kn: Knowledge) -> None:
    assert _credits(kn, "We confirm the completion of Polypharmacy in Older Adults, for which 2.50 AMA PRA",
                    "Category 1 Credits were awarded.", "MAXIMUM AVAILABLE", "3 credits") == [
        (2.5, "CME")]


@pytest.mark.parametrize("text", ["Contact Hours | 1.5", "Contact Hours - 1.5", "Contact Hours \u2014 1.5",
                                  "Contact Hours \u2013 1.5"])
def test_a_bar_or_spaced_dash_parts_a_unit_label_from_its_amount(kn: Knowledge, text: str) -> None:
    assert _credits(kn, text) == [(1.5, "contact_hour")]


def test_an_amount_under_an_up_to_caption_is_the_maximum(kn: Knowledge) -> None:
    assert _credits(kn, "We confirm the completion of Cardio Training by Ann Lee, for which 0.3 CECs were awarded.",
                    "APPROVED FOR UP TO", "1.3 CECs") == [(0.3, "CEC")]


def _ocr_credits(kn: Knowledge, *lines: str) -> list[tuple[float, str]]:
    parsed = parse_credits(document_lines(document(*lines, confidence=0.9, source="ocr")), kn)
    normalized, _ = normalize_credits(parsed, kn)
    return [(c.amount, c.unit) for c in normalized.value or ()]


def test_ocr_reads_a_breakdowns_middle_dots_as_dashes(kn: Knowledge) -> None:
    # "Simulation: 45 min · Lecture: 45 min · Posters: 30 min", wrapped, with OCR's dashes for the dots.
    assert _ocr_credits(kn, "Components: Simulation: 45 min -", "Lecture: 45 min - Posters: 30 min",
                        "PDH: 2.0") == [(2.0, "PDH")]
    assert _ocr_credits(kn, "Credits: 5 Hours - 6 CPE") == [(5.0, "clock_hour"), (6.0, "CPE")]
    # a dash before no part's label parts nothing: these are not parts of one length to add up
    assert (4.0, "clock_hour") not in _ocr_credits(kn, "Length: 3 hours - includes 1 hour of ethics")
    assert (9.0, "clock_hour") not in _ocr_credits(kn, "Duration: 8 hours - 1 hour lunch")
    # a line ending in a dash wraps a breakdown only when the next line goes on parting durations with dashes
    assert (7.0, "clock_hour") not in _ocr_credits(kn, "Course length: 6 hours -", "Lunch break: 1 hour")
    # A text layer prints its own separators: a dash there is no part separator.
    assert (2.0, "PDH") in _credits(kn, "Components: Simulation: 45 min -", "PDH: 2.0")


def test_an_up_to_caption_read_after_a_label_cell_captions_the_amount_under_it(kn: Knowledge) -> None:
    words = (words_of_line("We confirm Ann Lee completed Team Leadership and was awarded 1.00 CPD hour.", 100.0)
             + words_of_line("CERTIFICATE NO.:", 130.0, 7.0, left=60.0)
             + words_of_line("APPROVED FOR UP TO", 130.0, 7.0, left=300.0)
             + words_of_line("CE-2025-010968", 142.0, 9.0, left=60.0)
             + words_of_line("2 CE hours", 142.0, 9.0, left=300.0))
    parsed = parse_credits(document_lines(document_of_words(words)), kn)
    assert [(m.amount, m.unit_text) for m in parsed.value or ()] == [(1.0, "CPD hour")]


def test_bare_credits_claimed_are_in_the_designated_unit(kn: Knowledge) -> None:
    designated = "designates this live activity for a maximum of 8.0 AMA PRA Category 1 Credits™."
    assert _credits(kn, designated, "Credits claimed: 6.5") == [(6.5, "CME")]
    assert _credits(kn, "Total credit(s) claimed: 4.00", designated.replace("8.0", "4.00")) == [(4.0, "CME")]
    # more than the maximum is no claim in its unit
    assert (9.0, "CME") not in _credits(kn, designated, "Credits claimed: 9.0")


def test_a_colon_before_one_digit_is_a_misread_decimal_point(kn: Knowledge) -> None:
    parsed = parse_credits(document_lines(document("Contact Hours: 2:5", confidence=0.9, source="ocr")), kn)
    assert parsed.value == (CreditMention(2.5, "Contact Hours"),)
    assert _credits(kn, "01:45 Training Hours (hh:mm)") == [(1.75, "clock_hour")]


def test_a_colon_before_one_digit_in_a_text_layer_is_a_ratio(kn: Knowledge) -> None:
    # a text layer's colon is printed, not misread: "1:1" is a ratio, no 1.1 hours
    assert _credits(kn, "Contact hours are awarded on a 1:1 hour basis.", "Contact Hours: 1.5") == [
        (1.5, "contact_hour")]


def test_parts_adding_up_to_a_credit_go_even_beside_the_total(kn: Knowledge) -> None:
    # a scan puts the last module's row on the total caption's row
    words = (words_of_line("Introduction 30 min", 100) + words_of_line("Practice 2 h", 130)
             + words_of_line("Post-test 50 min", 160) + words_of_line("TOTAL AWARDED", 160, left=300)
             + words_of_line("four CPE credits", 190, left=300))
    assert _credits_of(kn, document_lines(document_of_words(words))) == [(4.0, "CPE")]


def test_an_amount_ending_a_line_before_a_unit_phrase(kn: Knowledge) -> None:
    lines = ("This activity provides 1.5", "contact hours of continuing education.")
    assert _credits(kn, *lines) == [(1.5, "contact_hour")]


def test_a_coronary_care_unit_is_no_credit(kn: Knowledge) -> None:
    # "CCU" is also physical therapists' continuing competence unit; a ward's name is no award
    assert _credits(kn, "Location: 4 CCU Conference Room", "Contact hours: 1.5") == [(1.5, "contact_hour")]
    assert _credits(kn, "Presented to the 5 CCU nursing staff", "1.0 contact hour") == [(1.0, "contact_hour")]
    assert _credits(kn, "This course is approved for 1 CCU by the Texas Board") == [(1.0, "CE")]


def test_the_total_row_of_a_session_table_is_the_credit(kn: Knowledge) -> None:
    from cecingest.parse import reading_lines

    words = (words_of_line("Date", 100, 9, left=50) + words_of_line("Session", 100, 9, left=200)
             + words_of_line("CPE credits", 100, 9, left=460)
             + words_of_line("May 4, 2025", 118, 10, left=50) + words_of_line("Opening keynote", 118, 10, left=200)
             + words_of_line("1.5", 118, 10, left=460)
             + words_of_line("May 4, 2025", 136, 10, left=50) + words_of_line("Case reviews", 136, 10, left=200)
             + words_of_line("2", 136, 10, left=460)
             + words_of_line("Total", 154, 10, left=200) + words_of_line("3.5", 154, 10, left=460))
    lines = paragraphs(reading_lines(document_of_words(words), kn))
    assert _credits_of(kn, lines) == [(3.5, "CPE")]


def test_a_maximum_caption_parted_at_a_wide_space_still_captions_the_amount(kn: Knowledge) -> None:
    # OCR reads a letter-spaced caption "MAXIMUM  CREDIT" as two lines of one row; the amount stands under both.
    words = (words_of_line("Oscar Whitfield was awarded 3.0 CE hours for the successful completion of Ethics",
                           100.0, confidence=0.95)
             + words_of_line("MAXIMUM", 130.0, 7.0, left=60.0, confidence=0.95)
             + words_of_line("CREDIT", 130.0, 7.0, left=60.0 + 7 * 3.5 + 16, confidence=0.95)
             + words_of_line("4 CE hours", 142.0, 9.0, left=60.0, confidence=0.95))
    lines = document_lines(document_of_words(words))
    assert [ln.text for ln in lines][1:3] == ["MAXIMUM", "CREDIT"]
    parsed = parse_credits(lines, kn)
    assert [(m.amount, m.unit_text) for m in parsed.value or ()] == [(3.0, "CE hours")]


def test_a_unit_definition_is_no_award(kn: Knowledge) -> None:
    definition = ("One Continuing Education Unit (CEU) is defined as ten contact hours of participation in an "
                  "organized continuing education experience.")
    assert _credits(kn, "CEUs AWARDED 2.4", definition) == [(2.4, "CEU")]
    assert _credits(kn, "1 CEU equals 10 hours of instruction.") == []


@pytest.mark.parametrize("definition", [
    "Each contact hour represents 60 minutes of instruction.",
    "A contact hour is defined as 50 minutes of participation.",
    "Ten contact hours make one CEU.",
    "1 contact hour corresponds to one hour of learning.",
    "One (1) contact hour equals sixty (60) minutes.",
    "CEUs are calculated at a ratio of 10 contact hours to 1 CEU.",
    "Credit is calculated on the basis of 60 minutes per contact hour.",
    "One contact hour is awarded for each 50 minutes of instruction.",
    "10 contact hours for each 1 CEU.",
])
def test_a_unit_definition_in_other_wordings_is_no_award(kn: Knowledge, definition: str) -> None:
    assert _credits(kn, "Awarded: 3 contact hours", definition) == [(3.0, "contact_hour")]


def test_an_award_stated_as_a_rate_of_units_keeps_its_amount(kn: Knowledge) -> None:
    # "for every" defines a unit in "10 contact hours for each 1 CEU"; after an award cue it states the award
    assert (1.0, "CEU") in _credits(kn, "Participants earn 1 CEU for every 10 hours attended.")


def test_a_sentence_naming_a_part_of_the_award_in_one_subject_is_no_award(kn: Knowledge) -> None:
    part = "This total includes 1.5 hours of patient safety content."
    assert _credits(kn, "Total awarded: 3 contact hours", part) == [(3.0, "contact_hour")]
    assert _credits(kn, "Contact Hours: 3.0", "Of which 1 hour is in medical ethics.") == [(3.0, "contact_hour")]
    # alone it is the only amount there is
    assert _credits(kn, "The program includes 1.5 hours of instruction.") == [(1.5, "clock_hour")]


@pytest.mark.parametrize("other", ["Credits available: 12 contact hours", "Cumulative Contact Hours: 22.5",
                                   "Hours offered: 6 contact hours"])
def test_an_offered_amount_or_a_running_total_beside_the_award_is_no_award(kn: Knowledge, other: str) -> None:
    assert _credits(kn, "Contact Hours: 1.5", other) == [(1.5, "contact_hour")]


def test_progress_toward_a_total_is_no_award(kn: Knowledge) -> None:
    assert _credits(kn, "Cycle summary: 18 of 36 hours completed.") == []
    assert _credits(kn, "You have completed 12.5 of the 30 contact hours your licence requires.") == []


def test_a_unit_label_with_its_own_amount_does_not_take_the_amount_above(kn: Knowledge) -> None:
    assert _credits(kn, "CEUs AWARDED 1.2", "CONTACT HOURS 12") == [(1.2, "CEU"), (12.0, "contact_hour")]
    # a date after the unit is no amount of its own: the amount above wraps onto it
    assert _credits(kn, "has completed Wound Care and is awarded 2.5", "Contact Hours 03/05/2025") == [
        (2.5, "contact_hour")]


def test_a_labelled_maximum_is_not_the_award(kn: Knowledge) -> None:
    text = "You have been awarded 2 CLE credits for the sessions attended (maximum available: 5 CLE credits)."
    assert _credits(kn, text) == [(2.0, "CLE")]


def test_a_column_of_other_activities_is_not_the_credit(kn: Knowledge) -> None:
    from cecingest.models import Line, Word

    header = Word("Hours:", 500.0, 300.0, 530.0, 309.0, 9.0)
    rows = [Line(1, (header, Word(amount, 500.0, top, 520.0, top + 9, 9.0)))
            for amount, top in (("2.00", 320.0), ("1.50", 340.0))]
    award = document_lines(document("CLE Credit Hours: 6"))
    assert _credits_of(kn, [*award, *rows]) == [(6.0, "CLE")]
    assert _credits_of(kn, rows) == [(2.0, "clock_hour"), (1.5, "clock_hour")]  # nothing else: the rows stay


def test_a_column_of_equal_amounts_is_still_a_column(kn: Knowledge) -> None:
    from cecingest.models import Line, Word

    header = Word("Hours:", 500.0, 300.0, 530.0, 309.0, 9.0)
    rows = [Line(1, (header, Word("2.00", 500.0, top, 520.0, top + 9, 9.0))) for top in (320.0, 340.0)]
    assert _credits_of(kn, [*document_lines(document("PDH Credits: 6")), *rows]) == [(6.0, "PDH")]


# ---- forms of other genres: a pharmacist's CE tracker, a CLE attendance form, a district's clock-hours form


@pytest.mark.parametrize(
    "text",
    [
        "This statement lists activities reported to the tracker; 0.1 CEU equals one contact hour.",
        "Credit is calculated on the basis of one credit hour for each 60 minutes of instruction.",
        "One credit hour equals 50 minutes of instruction; do not count breaks or meals.",
        "Standard certificate holders must complete 150 clock hours every five years for renewal.",
        "Keep this form: clock hours count toward the 100 hours required for license renewal.",
    ],
)
def test_unit_definitions_and_requirements_award_nothing(kn: Knowledge, text: str) -> None:
    assert _credits(kn, text) == []


def test_tenths_of_a_unit_with_three_decimals(kn: Knowledge) -> None:
    assert _credits(kn, "Contact Hours: 1.50", "CEUs: 0.150") == [(1.5, "contact_hour"), (0.15, "CEU")]
    assert _credits(kn, "1,500 CEUs") == []  # no thousands


def test_an_abbreviated_unit_before_its_colon(kn: Knowledge) -> None:
    assert _credits(kn, "Clock Hrs.: 30") == [(30.0, "clock_hour")]


@pytest.mark.parametrize(
    "lines",
    [
        ("CLE Certificate of Attendance", "TOTAL CREDIT HOURS: 2.0"),
        ("State of Ohio - Continuing Legal Education", "Hours Claimed: 1.5"),
    ],
)
def test_a_page_of_one_credit_system_counts_bare_hours_in_it(kn: Knowledge, lines: tuple[str, ...]) -> None:
    (credit,) = _credits(kn, *lines)
    assert credit[1] == "CLE"


def test_a_named_generic_system_keeps_its_unit_on_a_cle_page(kn: Knowledge) -> None:
    assert _credits(kn, "CPD Hours: 6,0", "approved by the New York State CLE Board") == [(6.0, "CE")]


def test_hours_a_regulator_approved_are_credit_hours(kn: Knowledge) -> None:
    assert _credits(kn, "Approved Hours: 3 (Ethics)") == [(3.0, "CE")]
    assert _credits(kn, "Hours: 3 (Ethics)") == [(3.0, "clock_hour")]  # a bare length stays attendance


def test_cells_of_one_row_give_their_amounts_left_to_right(kn: Knowledge) -> None:
    words = (words_of_line("CEUs: 0.300", 200, 10, left=300) + words_of_line("Contact Hours: 3.00", 200, 10, left=420))
    # listed right cell first, as a table reader may list them
    lines = document_lines(document_of_words(words))
    parsed = parse_credits(list(reversed(lines)), kn)
    assert [m.unit_text for m in parsed.value or ()] == ["CEUs", "Contact Hours"]


def test_an_award_stated_with_its_equivalent_is_no_definition(kn: Knowledge) -> None:
    assert _credits(kn, "Credit awarded: 0.1 CEU = 1 contact hour") == [(0.1, "CEU"), (1.0, "contact_hour")]
    assert _credits(kn, "This statement lists activities reported; 0.1 CEU = 1 contact hour.") == []


def test_required_hours_that_were_completed_are_an_award(kn: Knowledge) -> None:
    text = "has successfully completed the 40 hours required by the State of Ohio for Basic Corrections Training"
    assert _credits(kn, text) == [(40.0, "clock_hour")]
    assert _credits(kn, "Clock hours count toward the 100 hours required for license renewal.") == []


def test_a_sentence_mentioning_cle_does_not_make_the_page_a_cle_record(kn: Knowledge) -> None:
    lines = ("Credit Hours: 6.0", "Attorneys attending may apply to their state bar for CLE credit.")
    assert [unit for _, unit in _credits(kn, *lines)] != ["CLE"]


def test_a_minimum_attended_is_an_award(kn: Knowledge) -> None:
    assert _credits(kn, "This certifies that Jane Doe attended a minimum of 6 hours of Infection Control") == [
        (6.0, "clock_hour")]
    assert _credits(kn, "Renewal requires a minimum of 40 hours per cycle.") == []


def test_association_ce_points_are_generic_ce(kn: Knowledge) -> None:
    assert _credits(kn, "Category 2 points: 3") == [(3.0, "CE")]
    assert _credits(kn, "Earned 1.5 CE points") == [(1.5, "CE")]


def test_running_totals_are_not_the_activity_s_credit(kn: Knowledge) -> None:
    assert _credits(kn, "Category 1 CE credits: 2.0",
                    "Year-to-date totals: Category 1 14.5 CE credits",
                    "2025 totals - Category 1: 5.0 CE credits; Category 2: 1.0") == [(2.0, "CE")]


@pytest.mark.parametrize(("line", "expected"), [("Total claimed (PDUs): 6.25", [(6.25, "PDU")]),
                                                ("Total claimed (Contact Hours): 4.5", [(4.5, "contact_hour")]),
                                                ("Credits (CE): 2", [(2.0, "CE")])])
def test_a_unit_in_brackets_before_the_colon_names_the_amount(kn: Knowledge, line: str,
                                                              expected: list[tuple[float, str]]) -> None:
    assert _credits(kn, line) == expected


def test_cumulative_in_a_course_s_subject_is_no_running_total(kn: Knowledge) -> None:
    assert _credits(kn, "Cumulative Trauma Disorders: 2.0 contact hours") == [(2.0, "contact_hour")]
    assert _credits(kn, "Cumulative: 38 CPE", "Contact hours: 2.0") == [(2.0, "contact_hour")]


def test_race_hours_are_ce_hours(kn: Knowledge) -> None:
    # AAVSB RACE approves hours of veterinary CE: a credit system's hours, not a length of attendance
    assert _credits(kn, "RACE Hours: 2.0 (Medical)") == [(2.0, "CE")]


def test_a_part_included_in_the_total_is_no_award_of_its_own(kn: Knowledge) -> None:
    assert _credits(kn, "This course is approved for 3 CE hours (including 1 hour of ethics).") == [(3.0, "CE")]
    assert _credits(kn, "6 contact hours, of which 2 hours in pharmacology") == [(6.0, "contact_hour")]
    # with nothing stated before it, "including" introduces the award itself
    assert _credits(kn, "Including 2 contact hours of pharmacology") == [(2.0, "contact_hour")]
    # a year or a course number before "includes" is no amount the hours are part of
    assert _credits(kn, "Program 2025-114 includes 1.5 contact hours.") == [(1.5, "contact_hour")]
    assert _credits(kn, "The Wound Care Update 2025 includes 1.5 contact hours.") == [(1.5, "contact_hour")]


def test_a_required_label_and_its_included_part_state_no_award(kn: Knowledge) -> None:
    # a board transcript's cycle summary: the renewal's requirement, and the part of it that must be safety hours
    assert _credits(kn, "CLE Credit Hours: 6",
                    "Cycle summary: 18 of 36 hours completed. Required: 36 hours, including 3 hours of patient "
                    "safety.") == [(6.0, "CLE")]
    assert _credits(kn, "Requirement: 20 CPE credits", "CPE credits: 2.0") == [(2.0, "CPE")]
    # a requirement the course meets: its hours toward it are the award
    assert _credits(kn, "Meets Florida Requirement: 2 contact hours (Prevention of Medical Errors)") == [
        (2.0, "contact_hour")]
    # without the label's colon "required" says what was done
    assert _credits(kn, "Jane Doe completed the required 2 contact hours of ethics.") == [(2.0, "contact_hour")]


def test_a_requirements_amount_is_the_credit_only_when_nothing_else_states_one(kn: Knowledge) -> None:
    # "Ohio Requirement: 1.5 contact hours" alone: the hours toward the state's requirement, sent to review
    parsed = parse_credits(document_lines(document("Ohio Requirement: 1.5 contact hours (Category A)")), kn)
    normalized, problems = normalize_credits(parsed, kn)
    assert [(c.amount, c.unit) for c in normalized.value or ()] == [(1.5, "contact_hour")]
    assert parsed.confidence <= 0.5 and problems and "requirement" in problems[0]
    # beside a stated award, or as a minimum, it is owed, no award
    assert _credits(kn, "Ohio Requirement: 20 contact hours", "Contact Hours: 1.5") == [(1.5, "contact_hour")]
    assert _credits(kn, "Minimum Requirement: 20 contact hours") == []


def test_hours_under_a_label_of_ten_hour_units_are_hours_and_go_to_review(kn: Knowledge) -> None:
    # "CEUs: 3 hours": 3 hours, not 30 (the value's own unit), and the clash is said
    for text, hours in (("CEUs: 3 hours", 3.0), ("CEUs: 30 minutes", 0.5), ("CECs: 2 hours", 2.0)):
        parsed = parse_credits(document_lines(document(text)), kn)
        normalized, problems = normalize_credits(parsed, kn)
        assert [(c.amount, c.unit) for c in normalized.value or ()] == [(hours, "clock_hour")]
        assert parsed.confidence <= 0.6 and problems
    # tenths of a unit under an hour word are the label's units; a unit in the value is its own
    assert _credits(kn, "CEU: 0.3 hours") == [(0.3, "CEU")]
    assert _credits(kn, "CEUs: 3 contact hours") == [(3.0, "contact_hour")]


def test_hours_under_a_label_naming_a_credit_system_are_its_credits(kn: Knowledge) -> None:
    # a dental form's lecture and hands-on hours under "CE Credits": the sum, in CE credits
    assert _credits(kn, "CE Credits: 1.5 hours lecture, 3 hours hands-on") == [(4.5, "CE")]
    assert _credits(kn, "CE Hours: 2 hours") == [(2.0, "CE")]
    assert _credits(kn, "CE Hours Earned: 3.0 hours lecture, 2.0 hours hands-on") == [(5.0, "CE")]
    # labels of no system, and hours beside a credit named after them, stay hours of attendance
    assert _credits(kn, "Credits: 2 hours") == [(2.0, "clock_hour")]
    assert _credits(kn, "CE Credit: 1,0 Hour - 1,2 CPE") == [(1.0, "clock_hour"), (1.2, "CPE")]
    # the label's own amount first: hours after it other than it are the length beside it
    assert _credits(kn, "IACET CEUs: 0.3 (3 hours)") == [(0.3, "CEU"), (3.0, "clock_hour")]
    assert _credits(kn, "CE Hours: 3.0 (180 minutes)") == [(3.0, "CE")]


def test_a_chain_of_unit_equivalents_is_no_award(kn: Knowledge) -> None:
    award = "Professional Development Hours earned: 1.5"
    assert _credits(kn, award, "1 PDH = 1 contact hour = 0.1 CEU.") == [(1.5, "PDH")]
    assert _credits(kn, award, "One PDH equals one contact hour (0.1 CEU) of instruction.") == [(1.5, "PDH")]
    assert _credits(kn, award, "1 PDH = 1 contact hour of instruction; 10 PDH = 1 CEU.") == [(1.5, "PDH")]
    # an award stated with its equivalent stays an award
    assert _credits(kn, "Credit awarded: 1 CEU = 10 contact hours") == [(1.0, "CEU"), (10.0, "contact_hour")]
    # OCR reads the definition's first "1" as "I"
    assert _credits(kn, award, "I PDH = 1 contact hour = 0.1 CEU.") == [(1.5, "PDH")]
    # a Roman numeral after a word is no "1"; what was completed, stated with its equivalent, is an award
    assert _credits(kn, "Part I equals 6 contact hours") == [(6.0, "contact_hour")]
    assert _credits(kn, "has completed 10 PDH = 1 CEU") == [(10.0, "PDH"), (1.0, "CEU")]




@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CRCE Credit Hours: 2.0", [(2.0, "CE")]),  # respiratory care CE credit hours (AARC)
        ("approved for a maximum of 8.0 hours of ACEP Category I credit", [(8.0, "CME")]),
        ("Category I credits claimed: 6.5", [(6.5, "CME")]),
    ],
)
def test_association_credit_wordings(kn: Knowledge, text: str, expected: list[tuple[float, str]]) -> None:
    assert _credits(kn, text) == expected


def test_subject_hours_beside_the_total_are_its_part(kn: Knowledge) -> None:
    assert _credits(kn, "Contact Hours: 6.00", "Pharmacology (Rx) Hours: 0.50") == [(6.0, "contact_hour")]
    assert _credits(kn, "Total Contact Hours: 2", "Ethics Hours: 1") == [(2.0, "contact_hour")]
    assert _credits(kn, "Ethics Hours: 3") == [(3.0, "clock_hour")]  # alone, the subject's hours are the length


def test_a_total_restated_in_another_unit_stays(kn: Knowledge) -> None:
    lines = document_lines(document("Day 1 CRCE Hours: 4.0", "Day 2 CRCE Hours: 6.5", "Total CRCE Hours: 10.5",
                                    "This program has been approved for 10.5 contact hours of CRCE credit."))
    assert (10.5, "contact_hour") in _credits_of(kn, lines)
    assert all(amount == 10.5 for amount, _ in _credits_of(kn, lines))


def test_a_point_lost_by_ocr_beside_the_same_amount_with_it(kn: Knowledge) -> None:
    scan = document("Contact Hours: 15", "This program has been approved for 1.5 contact hours of CRCE credit.",
                    confidence=0.93, source="ocr")
    assert _credits_of(kn, document_lines(scan)) == [(1.5, "contact_hour")]
    text = document("Contact Hours: 15", "This program has been approved for 1.5 contact hours of CRCE credit.")
    assert (15.0, "contact_hour") in _credits_of(kn, document_lines(text))  # a text layer prints its points


def test_days_that_add_up_to_the_maximum_are_its_parts(kn: Knowledge) -> None:
    sentence = "Approved by the American College of Emergency Physicians for a maximum of {} hours of ACEP " \
        "Category I credit."
    lines = document_lines(document("Category I Hours: 6.0", "Category I Hours: 3.0", sentence.format("9.0")))
    assert _credits_of(kn, lines) == [(9.0, "CME")]
    other = document_lines(document("Category I Hours: 6.0", "Category I Hours: 3.0", sentence.format("12.0")))
    assert _credits_of(kn, other) == [(6.0, "CME"), (3.0, "CME")]  # no sum of a stated amount: left as read


def test_a_total_restated_in_no_particular_unit_or_its_own_adds_nothing(kn: Knowledge) -> None:
    from cecingest.models import CreditMention
    from cecingest.parse.credits import _totals_only

    lines = document_lines(document("Approved for 6 credit hours", "Session 1: 3.0", "Total CLE Hours: 6.0",
                                    "Approved for 6.0 contact hours"))
    approved, session, total, contact = lines
    mentions = [CreditMention(6.0, "credit hours"), CreditMention(3.0, "hours"), CreditMention(6.0, "CLE Hours"),
                CreditMention(6.0, "CLE Hours"), CreditMention(6.0, "contact hours")]
    kept, _ = _totals_only(mentions, [approved, session, total, approved, contact], lines, kn)
    # the total stays, and its restatement in another named unit; generic credit hours and the total's own unit go
    assert [(m.amount, m.unit_text) for m in kept] == [(6.0, "CLE Hours"), (6.0, "contact hours")]


def test_a_verb_added_to_definition_verbs_makes_a_units_definition(kn: Knowledge, tmp_path: Path) -> None:
    lines = ("Contact hours awarded: 2", "One contact hour amounts to 60 minutes of instruction.")
    assert (1.0, "contact_hour") in _credits(kn, *lines)  # read as amounts by default
    extended = knowledge_with_labels(tmp_path, '[credits]\ndefinition_verbs = ["amounts to"]\n')
    assert _credits(extended, *lines) == [(2.0, "contact_hour")]


def test_a_word_added_to_requirement_words_makes_a_requirement(kn: Knowledge, tmp_path: Path) -> None:
    line = "Meets the board's 2 contact hours mandate"
    assert _credits(kn, line) == [(2.0, "contact_hour")]
    extended = knowledge_with_labels(tmp_path, '[credits]\nrequirement_words = ["mandate"]\n')
    assert _credits(extended, line) == []
