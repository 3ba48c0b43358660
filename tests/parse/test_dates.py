from __future__ import annotations

import datetime as dt

import pytest

from cecingest.knowledge import Knowledge
from cecingest.parse.dates import find_dates, parse_dates
from cecingest.parse.layout import document_lines
from tests.helpers import document


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March 14, 2025", dt.date(2025, 3, 14)),
        ("Wednesday, November 10, 2021", dt.date(2021, 11, 10)),
        ("30 Aug 2022", dt.date(2022, 8, 30)),
        ("04-Jun-2019", dt.date(2019, 6, 4)),
        ("2025-01-15", dt.date(2025, 1, 15)),
        ("4/17/2024", dt.date(2024, 4, 17)),
        ("Issued this 4th Day of September, 2017", dt.date(2017, 9, 4)),
        ("Jul 04, 2024 at 10:25AM UTC", dt.date(2024, 7, 4)),
    ],
)
def test_single_dates(text: str, expected: dt.date) -> None:
    found = find_dates(text, "MDY")
    assert [(start, end) for _, start, end, _ in found] == [(None, expected)]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("June 3-5, 2025", dt.date(2025, 6, 3), dt.date(2025, 6, 5)),
        ("March 23 - 24, 2022", dt.date(2022, 3, 23), dt.date(2022, 3, 24)),
        ("3 to 5 June 2025", dt.date(2025, 6, 3), dt.date(2025, 6, 5)),
        ("22nd- 31st March, 2024", dt.date(2024, 3, 22), dt.date(2024, 3, 31)),
    ],
)
def test_ranges(text: str, start: dt.date, end: dt.date) -> None:
    assert [(s, e) for _, s, e, _ in find_dates(text, "MDY")] == [(start, end)]


def test_ambiguous_numeric_date_follows_the_configured_order() -> None:
    (_, _, mdy, ambiguous), = find_dates("03/04/2025", "MDY")
    (_, _, dmy, _), = find_dates("03/04/2025", "DMY")
    assert ambiguous
    assert (mdy, dmy) == (dt.date(2025, 3, 4), dt.date(2025, 4, 3))


def test_unambiguous_numeric_date_ignores_the_order() -> None:
    (_, _, date, ambiguous), = find_dates("17/04/2025", "MDY")
    assert (date, ambiguous) == (dt.date(2025, 4, 17), False)


def test_completion_label_beats_issue_and_expiry_dates(kn: Knowledge) -> None:
    doc = document(
        "Issued: January 5, 2025",
        "Date of Completion: December 12, 2024",
        "Valid through December 31, 2026",
    )
    completion, start = parse_dates(document_lines(doc), kn, "MDY")
    assert completion.value == dt.date(2024, 12, 12)
    assert start.value is None
    assert completion.evidence is not None and "Completion" in completion.evidence.text


def test_label_on_the_line_above(kn: Knowledge) -> None:
    doc = document("Approved through 12/31/2026", "Completion Date", "August 2, 2025")
    completion, _ = parse_dates(document_lines(doc), kn, "MDY")
    assert completion.value == dt.date(2025, 8, 2)


def test_range_gives_start_and_completion(kn: Knowledge) -> None:
    completion, start = parse_dates(document_lines(document("Annual Conference, June 3-5, 2025")), kn, "MDY")
    assert (start.value, completion.value) == (dt.date(2025, 6, 3), dt.date(2025, 6, 5))


def test_ambiguous_date_lowers_confidence(kn: Knowledge) -> None:
    clear, _ = parse_dates(document_lines(document("Date: 04/17/2025")), kn, "MDY")
    unclear, _ = parse_dates(document_lines(document("Date: 04/05/2025")), kn, "MDY")
    assert unclear.confidence < clear.confidence
    assert "day-first" in unclear.note


def test_no_date(kn: Knowledge) -> None:
    completion, _ = parse_dates(document_lines(document("Certificate of Completion")), kn, "MDY")
    assert completion.value is None and completion.confidence == 0.0


@pytest.mark.parametrize(("text", "expected"), [
    ("Date : le 12 mai 2021", dt.date(2021, 5, 12)),
    ("Completed: 12. März 2024", dt.date(2024, 3, 12)),
])
def test_other_wordings_fall_back_to_dateparser(kn: Knowledge, text: str, expected: dt.date) -> None:
    completion, _ = parse_dates(document_lines(document(text)), kn, "MDY")
    assert completion.value == expected


def test_numeric_range_gives_start_and_end(kn: Knowledge) -> None:
    completion, start = parse_dates(document_lines(document("Dates: 02/24/2020 - 02/26/2020")), kn, "MDY")
    assert (start.value, completion.value) == (dt.date(2020, 2, 24), dt.date(2020, 2, 26))


def test_print_date_loses_to_the_activity_date(kn: Knowledge) -> None:
    lines = document_lines(document("9th October 2025 · two CPD hours", "Date printed: 13th October 2025"))
    assert parse_dates(lines, kn, "MDY")[0].value == dt.date(2025, 10, 9)


def test_date_after_a_verb_and_on_beats_the_letter_date(kn: Knowledge) -> None:
    lines = document_lines(document("Mar 29, 2024", "attended the program offered by Acme Council on Mar 21, 2024."))
    assert parse_dates(lines, kn, "MDY")[0].value == dt.date(2024, 3, 21)


def test_a_date_in_words(kn: Knowledge) -> None:
    lines = document_lines(document("Completed on the fourteenth day of September 2019, for 4 credit hours."))
    assert parse_dates(lines, kn, "MDY")[0].value == dt.date(2019, 9, 14)
    assert parse_dates(document_lines(document("on the twenty-first of March, 2025")), kn, "MDY")[0].value == \
        dt.date(2025, 3, 21)


def test_on_date_after_a_verb_on_the_line_above(kn: Knowledge) -> None:
    lines = document_lines(document("Feb 2, 2019", "completed Ethics, offered by Lakeshore Pharmacy",
                                    "Association on Jan 26, 2019, and is awarded 1.5 contact hours."))
    assert parse_dates(lines, kn, "MDY")[0].value == dt.date(2019, 1, 26)


def test_range_whose_dash_ocr_lost(kn: Knowledge) -> None:
    completion, start = parse_dates(document_lines(document("April 8 11, 2021 - 0.5 PDH")), kn, "MDY")
    assert (start.value, completion.value) == (dt.date(2021, 4, 8), dt.date(2021, 4, 11))
    assert parse_dates(document_lines(document("March 3 2025")), kn, "MDY")[0].value == dt.date(2025, 3, 3)


def test_a_date_that_wraps_onto_the_next_line(kn: Knowledge) -> None:
    lines = document_lines(document("Chloe Mendoza has completed the activity Ethics: Independence on January 2,",
                                    "2022. Brightwater Institute awards 16 CPE credits for this activity."))
    assert parse_dates(lines, kn, "MDY")[0].value == dt.date(2022, 1, 2)


def test_completed_on_sentence_beats_the_date_an_email_was_sent(kn: Knowledge) -> None:
    lines = document_lines(document("Date: June 1, 2023 11:51 AM", "Subject: Certificate of completion",
                                    "Acme Academy certifies that Gabriel Vasquez completed Ethics for Accountants:",
                                    "Independence and Objectivity on May 27, 2023. Credit awarded: 3 CPE."))
    completion = parse_dates(lines, kn, "MDY")[0]
    assert completion.value == dt.date(2023, 5, 27)
    assert completion.note == "2 different dates compete"


def test_a_day_first_date_that_wraps_after_its_day(kn: Knowledge) -> None:
    lines = document_lines(document("Acme College certifies that Elif Kruger completed State Jurisprudence on 2nd",
                                    "April 2022. Credit awarded: 7,5 CPD hours."))
    assert parse_dates(lines, kn, "MDY")[0].value == dt.date(2022, 4, 2)


def test_ocr_may_lose_the_space_after_the_comma(kn: Knowledge) -> None:
    lines = document_lines(document("DATE COMPLETED Friday, February 8,2019 | CEC AWARDED 0.5"))
    assert parse_dates(lines, kn, "MDY")[0].value == dt.date(2019, 2, 8)
