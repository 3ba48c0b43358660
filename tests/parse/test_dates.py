from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cecingest.knowledge import Knowledge
from cecingest.parse.dates import find_dates, parse_dates
from cecingest.parse.layout import document_lines
from tests.helpers import document, document_of_words, knowledge_with_labels, words_of_line


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
    ("on this 3rd day of March in the year 2025", dt.date(2025, 3, 3)),
        ("Jul 04, 2024 at 10:25AM UTC", dt.date(2024, 7, 4)),
        ("5th of March 2024", dt.date(2024, 3, 5)),
        ("5-Mar-24", dt.date(2024, 3, 5)),
        ("Mar-05-2024", dt.date(2024, 3, 5)),
        ("Tue 5 Mar 2024", dt.date(2024, 3, 5)),
        ("Tue, Mar 5, 2024", dt.date(2024, 3, 5)),
        ("2024-03-05T14:22:00Z", dt.date(2024, 3, 5)),
        ("2024/03/05", dt.date(2024, 3, 5)),
        ("2024.03.05", dt.date(2024, 3, 5)),
        ("05.03.2024", dt.date(2024, 3, 5)),  # dots are day-first whatever the configured order
        ("2024 March 5", dt.date(2024, 3, 5)),
        ("03/05/24", dt.date(2024, 3, 5)),
        ("on 23.February 2022", dt.date(2022, 2, 23)),  # OCR read a speck between day and month as a dot
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
    assert completion.note == ""  # the e-mail's "Date:" beside "Subject:" is its sending date, no competitor


def test_a_day_first_date_that_wraps_after_its_day(kn: Knowledge) -> None:
    lines = document_lines(document("Acme College certifies that Elif Kruger completed State Jurisprudence on 2nd",
                                    "April 2022. Credit awarded: 7,5 CPD hours."))
    assert parse_dates(lines, kn, "MDY")[0].value == dt.date(2022, 4, 2)


def test_ocr_may_lose_the_space_after_the_comma(kn: Knowledge) -> None:
    lines = document_lines(document("DATE COMPLETED Friday, February 8,2019 | CEC AWARDED 0.5"))
    assert parse_dates(lines, kn, "MDY")[0].value == dt.date(2019, 2, 8)


@pytest.mark.parametrize(
    "text",
    ["March 3, 2024 - March 5, 2024", "2024-03-03 to 2024-03-05", "3 March 2024 - 5 March 2024",
     "From March 3, 2024 through March 5, 2024", "03/03/24 - 03/05/24", "Tue, Mar 3 - Thu, Mar 5, 2024"],
)
def test_two_whole_dates_joined_by_a_dash_are_a_range(text: str) -> None:
    assert [(s, e) for _, s, e, _ in find_dates(text, "MDY")] == [(dt.date(2024, 3, 3), dt.date(2024, 3, 5))]


def test_a_range_across_a_year_end(kn: Knowledge) -> None:
    completion, start = parse_dates(document_lines(document("Dates: December 30, 2023 - January 2, 2024")), kn, "MDY")
    assert (start.value, completion.value) == (dt.date(2023, 12, 30), dt.date(2024, 1, 2))


@pytest.mark.parametrize("distractor", [
    "Registration Date: 02/01/2024", "Enrolled: 02/01/2024", "Date of Birth: 07/14/1980", "Birth Date: 07/14/1980",
    "Form CE-12 Rev. 01/15/2021", "Last updated: 01/15/2021", "Effective Date: 01/01/2023",
    "Approved on January 2, 2023", "Release date: 01/01/2023", "Review date: 01/01/2023",
    "Available until 12/31/2025", "Valid from 03/05/2024 to 03/05/2026", "Expiry Date: 03/05/2026",
    "Recertification due 03/05/2027", "Report Date: 04/10/2024", "Downloaded on April 10, 2024",
    "Verified on April 10, 2024", "Date claimed: 04/10/2024",
    "This program is approved for the period 01/01/2024 through 12/31/2026 by the State Board.",
    "Provider accredited from 01/01/2024 to 12/31/2026",
    "Valid: 03/05/2024 - 03/05/2026", "Deadline to claim credit: April 30, 2024",
    "This activity is eligible for credit through December 31, 2026.",
])
def test_other_dates_of_the_record_lose_to_the_activity_date(kn: Knowledge, distractor: str) -> None:
    lines = document_lines(document(distractor, "Certificate of Completion", "Jane Doe", "March 5, 2024"))
    assert parse_dates(lines, kn, "MDY")[0].value == dt.date(2024, 3, 5)


@pytest.mark.parametrize("label", ["Earned", "Passed on", "Achieved on", "Exam Date",
                                   "Date of Training", "Course Completion Date", "Date Taken", "End Date"])
def test_more_completion_labels_beat_a_letter_date(kn: Knowledge, label: str) -> None:
    lines = document_lines(document("April 10, 2024", "Certificate of Completion", f"{label}: March 5, 2024"))
    assert parse_dates(lines, kn, "MDY")[0].value == dt.date(2024, 3, 5)


@pytest.mark.parametrize("sentence", [
    "Thank you for attending the webinar on 5 March 2024.",
    "Jane Doe passed the final examination on March 5, 2024.",
    "Jane Doe earned 2.0 CPE credits on March 5, 2024.",
    "Jane Doe completed the course on the 5th day of March 2024.",
    "Jane Doe attended a live webinar presented March 5, 2024.",
])
def test_sentences_of_taking_part_beat_a_letter_date(kn: Knowledge, sentence: str) -> None:
    lines = document_lines(document("April 10, 2024", "Dear Jane Doe,", sentence))
    assert parse_dates(lines, kn, "MDY")[0].value == dt.date(2024, 3, 5)


def test_a_memo_date_header_is_the_day_it_was_written(kn: Knowledge) -> None:
    lines = document_lines(document("MEMORANDUM", "Date: April 10, 2024", "To: Jane Doe", "Course: Ethics",
                                    "Date Completed: March 5, 2024"))
    assert parse_dates(lines, kn, "MDY")[0].value == dt.date(2024, 3, 5)


def test_words_after_an_earlier_date_on_the_line_govern_the_next(kn: Knowledge) -> None:
    lines = document_lines(document("Completed: 03/05/2024   Expires: 03/05/2026"))
    assert parse_dates(lines, kn, "MDY")[0].value == dt.date(2024, 3, 5)
    lines = document_lines(document("Expires: 03/05/2026   Completed: 03/05/2024"))
    assert parse_dates(lines, kn, "MDY")[0].value == dt.date(2024, 3, 5)


def test_start_and_end_labels_give_a_range(kn: Knowledge) -> None:
    lines = document_lines(document("Start Date: 03/03/2024", "End Date: 03/05/2024"))
    completion, start = parse_dates(lines, kn, "MDY")
    assert (start.value, completion.value) == (dt.date(2024, 3, 3), dt.date(2024, 3, 5))


def test_start_and_end_columns_of_a_header_row(kn: Knowledge) -> None:
    from cecingest.parse import reading_lines

    words = words_of_line("Start Date", 72, left=72) + words_of_line("End Date", 72, left=300) \
        + words_of_line("03/03/2024", 92, left=72) + words_of_line("03/05/2024", 92, left=300)
    completion, start = parse_dates(reading_lines(document_of_words(words), kn), kn, "MDY")
    assert (start.value, completion.value) == (dt.date(2024, 3, 3), dt.date(2024, 3, 5))


def test_label_left_value_right_rows_keep_their_own_dates(kn: Knowledge) -> None:
    from cecingest.parse import reading_lines

    words = words_of_line("Date Issued", 72, left=72) + words_of_line("April 10, 2024", 72, left=300) \
        + words_of_line("Date Completed", 91.2, left=72) + words_of_line("March 5, 2024", 91.2, left=300)
    assert parse_dates(reading_lines(document_of_words(words), kn), kn, "MDY")[0].value == dt.date(2024, 3, 5)


def test_a_user_can_add_a_start_label(kn: Knowledge, tmp_path: Path) -> None:
    extended = knowledge_with_labels(tmp_path, '[completion_date]\nstart = ["kick-off"]\n')
    lines = document_lines(document("Kick-off: 03/03/2024", "Completed: 03/05/2024"))
    assert parse_dates(lines, kn, "MDY")[1].value is None
    assert parse_dates(lines, extended, "MDY")[1].value == dt.date(2024, 3, 3)


@pytest.mark.parametrize("other", ["Credit earned for this activity expires on 12/31/2026.",
                                   "Learners who passed the post-test must renew on 12/31/2026.",
                                   "1.5 hours earned; certificate mailed on 12/31/2026"])
def test_a_date_word_after_the_verb_says_what_the_date_is(kn: Knowledge, other: str) -> None:
    lines = document_lines(document(other, "Date of Completion: March 5, 2024"))
    assert parse_dates(lines, kn, "MDY")[0].value == dt.date(2024, 3, 5)


def test_a_start_date_alone_is_a_doubtful_completion_date(kn: Knowledge) -> None:
    found = parse_dates(document_lines(document("Start Date: March 5, 2024")), kn, "MDY")[0]
    assert found.value == dt.date(2024, 3, 5) and found.confidence <= 0.6


def test_an_enrolled_nurse_is_no_enrolment_date(kn: Knowledge) -> None:
    lines = document_lines(document("Jane Doe, Enrolled Nurse, March 5, 2024"))
    assert parse_dates(lines, kn, "MDY")[0].value == dt.date(2024, 3, 5)


def test_a_letter_date_above_the_salutation_is_not_the_event(kn: Knowledge) -> None:
    lines = document_lines(document(
        "Acme Nursing Society", "2020-02-10", "Zoe Carvalho", "To whom it may concern:",
        "We are pleased to confirm your attendance at Wound Care Summit (22nd Annual Conference),",
        "2020-01-17, Hyatt Regency, Columbus, OH."))
    completion, _ = parse_dates(lines, kn, "MDY")
    assert completion.value == dt.date(2020, 1, 17)


def test_a_reports_date_window_is_not_the_completion_date(kn: Knowledge) -> None:
    doc = document("Filters: Status = Completed; Completion date between Jan 1, 2021 and Dec 31, 2021",
                   "Completed: Jul 21, 2021")
    completion, _ = parse_dates(document_lines(doc), kn, "MDY")
    assert completion.value == dt.date(2021, 7, 21)


def test_a_date_window_alone_is_a_multi_day_activitys_days(kn: Knowledge) -> None:
    doc = document("Course: Wound Care Essentials", "Completed between May 1 and May 3, 2025")
    completion, _ = parse_dates(document_lines(doc), kn, "MDY")
    assert completion.value == dt.date(2025, 5, 3)
    assert completion.confidence < 0.9


def test_a_column_of_session_dates_runs_from_the_first_to_the_last(kn: Knowledge) -> None:
    lines = document_lines(document("Session Date: 2/19/2019", "Session Date: 3/5/2019", "Session Date: 3/12/2019",
                                    "Date: 3/20/2019", "Principal Approval"))
    completion, start = parse_dates(lines, kn, "MDY")
    assert (start.value, completion.value) == (dt.date(2019, 2, 19), dt.date(2019, 3, 12))


def test_a_range_whose_comma_lost_its_space(kn: Knowledge) -> None:
    completion, start = parse_dates(document_lines(document("Date of Course: December 6-7,2024")), kn, "MDY")
    assert (start.value, completion.value) == (dt.date(2024, 12, 6), dt.date(2024, 12, 7))


@pytest.mark.parametrize(("text", "expected"), [
    ("le 3 mars 2025", dt.date(2025, 3, 3)),
    ("le 1er juillet 2024", dt.date(2024, 7, 1)),
    ("12 février 2024", dt.date(2024, 2, 12)),
    ("5 août 2023", dt.date(2023, 8, 5)),
])
def test_french_month_names(text: str, expected: dt.date) -> None:
    assert [(s, e) for _, s, e, _ in find_dates(text, "MDY")] == [(None, expected)]


@pytest.mark.parametrize(("text", "last"), [
    ("held March 3 and 4, 2025", dt.date(2025, 3, 4)),
    ("Dates: March 3, 4 & 5, 2025", dt.date(2025, 3, 5)),
    ("held 3 and 4 March 2025", dt.date(2025, 3, 4)),
    ("3, 4 and 5 March 2025", dt.date(2025, 3, 5)),
    ("held March 3, March 10 and March 17, 2025", dt.date(2025, 3, 17)),
])
def test_listed_days_of_one_month_are_a_range(text: str, last: dt.date) -> None:
    assert [(s, e) for _, s, e, _ in find_dates(text, "MDY")] == [(dt.date(2025, 3, 3), last)]


def test_two_dates_run_together_without_and_are_no_series() -> None:
    # "Enrollment Date | Date Completed" cells read as one line: the first is no start of the second
    found = [(s, e) for _, s, e, _ in find_dates("Mar 29, Apr 2, 2019 2019", "MDY")]
    assert (dt.date(2019, 3, 29), dt.date(2019, 4, 2)) not in found


def test_on_date_under_the_title_carries_the_sentence_above(kn: Knowledge) -> None:
    # a browser's print header comes first; the certificate's "has completed" / title / "on DATE" is the activity
    lines = document_lines(document("11/29/2026, 10:32 AM   Acme Learning Portal", "This certifies that",
                                    ("Jane Doe", 24), "has successfully completed",
                                    ("Infection Control for Healthcare Workers", 16), "on March 3, 2025"))
    assert parse_dates(lines, kn, "MDY")[0].value == dt.date(2025, 3, 3)


@pytest.mark.parametrize("label", ["Date Reported", "Date Posted", "Date Processed", "Date Signed", "Today's Date"])
def test_a_record_keepers_dates_lose_to_the_activity_date(kn: Knowledge, label: str) -> None:
    lines = document_lines(document(f"{label}: 03/10/2025", "Activity Date: 03/03/2025"))
    assert parse_dates(lines, kn, "MDY")[0].value == dt.date(2025, 3, 3)


def test_from_and_to_rows_give_a_range(kn: Knowledge) -> None:
    completion, start = parse_dates(document_lines(document("From: 03/03/2025", "To: 03/05/2025")), kn, "MDY")
    assert (start.value, completion.value) == (dt.date(2025, 3, 3), dt.date(2025, 3, 5))


@pytest.mark.parametrize("signed", [("Instructor: Jane Roe", "Date: 03/10/2025"),
                                    ("Jane Roe, Director of Education", "Date: 03/10/2025"),
                                    ("Signature: ________   Date: 03/10/2025",)])
def test_a_signatorys_date_loses_to_the_activity_date(kn: Knowledge, signed: tuple[str, ...]) -> None:
    lines = document_lines(document(*signed, "Participant: Jane Doe", "Course Date: 03/03/2025"))
    assert parse_dates(lines, kn, "MDY")[0].value == dt.date(2025, 3, 3)


def test_a_course_title_with_a_role_word_is_no_signatory(kn: Knowledge) -> None:
    lines = document_lines(document("Program: Nurse Manager Leadership", "Date: 7 April 2019",
                                    "Module: Introduction", "Completed: 27 March 2019",
                                    "Module: Background", "Completed: 29 March 2019"))
    assert parse_dates(lines, kn, "MDY")[0].value == dt.date(2019, 4, 7)


def test_a_recordings_first_showing_is_not_the_day_it_was_viewed(kn: Knowledge) -> None:
    lines = document_lines(document("has completed the on-demand recording of Ethics in Practice",
                                    "originally presented live on January 15, 2025", "Completed: March 3, 2025"))
    assert parse_dates(lines, kn, "MDY")[0].value == dt.date(2025, 3, 3)


def test_a_print_stamp_at_the_page_edge_loses_to_the_certificates_date(kn: Knowledge) -> None:
    lines = document_lines(document(("11/29/26, 10:32 AM", 7), ("Acme Health Education", 14),
                                    ("Certificate of Completion", 24), ("Jane Doe", 24),
                                    ("Infection Control for Healthcare Workers", 16), "March 3, 2025",
                                    "1.5 contact hours"))
    assert parse_dates(lines, kn, "MDY")[0].value == dt.date(2025, 3, 3)


def test_numbered_days_of_one_event_give_its_first_and_last_day(kn: Knowledge) -> None:
    lines = document_lines(document("Participant: Jane Doe", "Day 1: March 3, 2025 (6 hours)",
                                    "Day 2: March 4, 2025 (6 hours)"))
    completion, start = parse_dates(lines, kn, "MDY")
    assert (start.value, completion.value) == (dt.date(2025, 3, 3), dt.date(2025, 3, 4))


def test_a_caption_line_of_two_columns_keeps_the_completion_label(kn: Knowledge) -> None:
    lines = document_lines(document("Completion Date: Credit Reported", "Monday, February 28, 2022",
                                    "Date: Sunday, January 16, 2022"))
    assert parse_dates(lines, kn, "MDY")[0].value == dt.date(2022, 2, 28)


@pytest.mark.parametrize("other", ["Date: April 10, 2025", "Certificate Awarded: April 10, 2025",
                                   "Date of Award: April 10, 2025"])
def test_a_label_naming_the_activity_outranks_a_bare_or_award_date(kn: Knowledge, other: str) -> None:
    lines = document_lines(document(other, "Participant: Jane Doe", "Course Date: March 3, 2025"))
    completion, _ = parse_dates(lines, kn, "MDY")
    assert completion.value == dt.date(2025, 3, 3) and completion.confidence < 0.93


def test_the_course_completed_line_outranks_its_numbered_modules(kn: Knowledge) -> None:
    lines = document_lines(document("Module 1 completed 02/20/2025", "Module 2 completed 02/27/2025",
                                    "Course completed 03/03/2025"))
    assert parse_dates(lines, kn, "MDY")[0].value == dt.date(2025, 3, 3)
    modules_only = document_lines(document("Module 1 completed 02/20/2025", "Module 2 completed 02/27/2025"))
    completion, start = parse_dates(modules_only, kn, "MDY")
    assert (completion.value, start.value) == (dt.date(2025, 2, 27), None)


@pytest.mark.parametrize(("first", "last"), [("Start: March 3, 2025", "End: March 5, 2025"),
                                             ("Course Start: 03/03/2025", "Course End: 03/05/2025"),
                                             ("Course Start Date: 03/03/2025", "Course End Date: 03/05/2025")])
def test_start_and_end_rows(kn: Knowledge, first: str, last: str) -> None:
    completion, start = parse_dates(document_lines(document(first, last)), kn, "MDY")
    assert (start.value, completion.value) == (dt.date(2025, 3, 3), dt.date(2025, 3, 5))


@pytest.mark.parametrize("text", ["03/03-03/05/2025", "3/3 - 3/5/2025", "3/3 to 3/5/2025", "3/03 - 3/05/2025"])
def test_a_numeric_range_whose_first_day_has_no_year(text: str) -> None:
    assert [(s, e) for _, s, e, _ in find_dates(text, "MDY")] == [(dt.date(2025, 3, 3), dt.date(2025, 3, 5))]


def test_a_yearless_range_crossing_a_month_may_mix_one_and_two_digits() -> None:
    assert [(s, e) for _, s, e, _ in find_dates("9/30 - 10/2/2025", "MDY")] == [
        (dt.date(2025, 9, 30), dt.date(2025, 10, 2))]


def test_a_count_before_a_padded_date_is_no_first_day() -> None:
    # a course page's progress ("3 of 3 lessons") and then the completion date, written with zeros
    assert [(s, e) for _, s, e, _ in find_dates("Lessons: 3/3 - 03/05/2025", "MDY")] == [(None, dt.date(2025, 3, 5))]


def test_a_yearless_first_day_behind_a_dates_label_is_the_start_however_padded(kn: Knowledge) -> None:
    completion, start = parse_dates(document_lines(document("Dates: 6/29 - 07/01/2025")), kn, "MDY")
    assert (start.value, completion.value) == (dt.date(2025, 6, 29), dt.date(2025, 7, 1))


def test_a_count_before_a_padded_date_on_a_page_is_no_start(kn: Knowledge) -> None:
    fields = parse_dates(document_lines(document("Lessons: 3/3 - 03/05/2025")), kn, "MDY")
    assert fields[0].value == dt.date(2025, 3, 5) and all(f.value != dt.date(2025, 3, 3) for f in fields)


def test_a_validity_note_above_the_only_date_does_not_hide_it(kn: Knowledge) -> None:
    lines = document_lines(document("Not valid without the seal of the provider", "March 3, 2025"))
    assert parse_dates(lines, kn, "MDY")[0].value == dt.date(2025, 3, 3)


def test_an_attended_programme_for_the_period_gives_its_days(kn: Knowledge) -> None:
    lines = document_lines(document("This is to certify that Jane Doe has attended the training programme on",
                                    "Disaster Management for the period 22nd - 31st March, 2024"))
    completion, start = parse_dates(lines, kn, "MDY")
    assert (start.value, completion.value) == (dt.date(2024, 3, 22), dt.date(2024, 3, 31))


def test_a_small_first_line_without_a_clock_time_is_the_events_own_date(kn: Knowledge) -> None:
    lines = document_lines(document(("Annual Nursing Symposium | March 3, 2025 | Portland, OR", 8),
                                    ("Acme Health Education", 16), ("CERTIFICATE OF ATTENDANCE", 24),
                                    "This certifies that", ("Jane Doe", 22), "attended", ("Infection Control", 14),
                                    "1.5 contact hours", "Director of Education", "March 10, 2025"))
    assert parse_dates(lines, kn, "MDY")[0].value == dt.date(2025, 3, 3)


@pytest.mark.parametrize("rows", [("Instructor: Dr. Ann Lee", "Date: 03/03/2025"),
                                  ("Presenter: Dr. Ann Lee, MD   Date: 03/03/2025",)])
def test_a_date_beside_the_instructors_field_is_the_activitys(kn: Knowledge, rows: tuple[str, ...]) -> None:
    lines = document_lines(document("Participant: Jane Doe", *rows, "Contact Hours: 1.5",
                                    "Jane Roe, Director of Education", "March 10, 2025", "Acme Health Education"))
    assert parse_dates(lines, kn, "MDY")[0].value == dt.date(2025, 3, 3)


def _log(kn: Knowledge, days: list[str], above: list[str]) -> tuple[dt.date | None, dt.date | None]:
    """A session log: 'Session  Date  Hours' over one row per session, with lines printed above it."""
    from cecingest.parse import reading_lines

    words = [w for i, text in enumerate(above) for w in words_of_line(text, 40 + i * 16)]
    top = 40 + len(above) * 16 + 10
    words += words_of_line("Session", top, left=72) + words_of_line("Date", top, left=300) \
        + words_of_line("Hours", top, left=420)
    for i, day in enumerate(days):
        y = top + 18 + i * 14
        words += words_of_line(f"Breakout {i + 1}", y, left=72) + words_of_line(day, y, left=300) \
            + words_of_line("1.50", y, left=420)
    completion, start = parse_dates(reading_lines(document_of_words(words), kn), kn, "MDY")
    return completion.value, start.value


def test_a_session_log_runs_from_its_first_day_to_its_last(kn: Knowledge) -> None:
    assert _log(kn, ["3/24/2024", "3/24/2024", "3/25/2024"], ["Verification of Attendance"]) == (
        dt.date(2024, 3, 25), dt.date(2024, 3, 24))


def test_a_transcript_column_spanning_months_is_no_event(kn: Knowledge) -> None:
    _, start = _log(kn, ["1/23/2024", "5/02/2024", "9/14/2024"], ["CE Transcript"])
    assert start is None


def test_a_completion_date_outside_the_log_decides(kn: Knowledge) -> None:
    assert _log(kn, ["3/20/2024", "3/22/2024"], ["Date Completed: 3/22/2024"]) == (dt.date(2024, 3, 22), None)


def test_a_competency_validated_on_a_date_outranks_the_stations_dates(kn: Knowledge) -> None:
    lines = document_lines(document("Date: 02/09/2022", "Date: 02/10/2022",
                                    "All stations validated as competent on 02/11/2022."))
    completion, _ = parse_dates(lines, kn, "MDY")
    assert completion.value == dt.date(2022, 2, 11)


def test_two_dates_of_a_transcript_within_a_week_are_no_event(kn: Knowledge) -> None:
    completion, start = _log(kn, ["3/3/2025", "3/6/2025"], ["CE Transcript"])
    assert start is None and completion is not None


def test_a_certificate_validated_by_a_portal_is_no_completion(kn: Knowledge) -> None:
    lines = document_lines(document("Date of Completion: 03/03/2025",
                                    "Certificate validated on 03/10/2025 at verify.example.org"))
    completion, _ = parse_dates(lines, kn, "MDY")
    assert completion.value == dt.date(2025, 3, 3)


def test_validated_on_is_a_verification_stamp(kn: Knowledge) -> None:
    lines = document_lines(document("Validated on 03/10/2025 by CE Broker", "Date of Completion: 03/03/2025"))
    completion, _ = parse_dates(lines, kn, "MDY")
    assert completion.value == dt.date(2025, 3, 3)


def test_a_range_holds_a_table_of_its_days(kn: Knowledge) -> None:
    # "September 9 - 10, 2024" under the title, a table's "Date" column of the two days below it
    doc = document("Ventilator Management Seminar", "September 9 - 10, 2024 · Live seminar · Hilton, Tampa, FL",
                   "Date: 9/9/2024", "Date: 9/10/2024")
    completion, start = parse_dates(document_lines(doc), kn, "MDY")
    assert (start.value, completion.value) == (dt.date(2024, 9, 9), dt.date(2024, 9, 10))


def test_a_reporting_year_holding_a_transcripts_dates_is_no_event(kn: Knowledge) -> None:
    lines = document_lines(document("Member CE Transcript", "Reporting year: January 1, 2025 - December 31, 2025",
                                    "Date: 06/05/2025"))
    completion, start = parse_dates(lines, kn, "MDY")
    assert (completion.value, start.value) == (dt.date(2025, 6, 5), None)


def test_a_range_alone_on_its_line_holds_a_long_event_s_days(kn: Knowledge) -> None:
    # a three-week institute: the range printed under its name is the event, however long; a labelled period is not
    lines = document_lines(document("Summer Leadership Institute", "June 2 - 20, 2025", "Date: 06/02/2025",
                                    "Date: 06/11/2025", "Date: 06/20/2025"))
    completion, start = parse_dates(lines, kn, "MDY")
    assert (start.value, completion.value) == (dt.date(2025, 6, 2), dt.date(2025, 6, 20))


def test_a_role_added_to_signing_signs_even_as_a_label(kn: Knowledge, tmp_path: Path) -> None:
    from cecingest.parse.dates import _signs
    assert _signs("Signature: Jane Roe", kn) and not _signs("Director: Jane Roe", kn)  # the director taught
    extended = knowledge_with_labels(tmp_path, '[signatory]\nsigning = ["director"]\n')
    assert _signs("Director: Jane Roe", extended)


def test_a_registration_date_is_no_completion_date_and_alone_a_doubtful_one(kn: Knowledge) -> None:
    completion, _ = parse_dates(document_lines(document("Registered: 03/22/2025", "Date Issued: 03/25/2025")), kn,
                                "MDY")
    assert completion.value == dt.date(2025, 3, 25)
    completion, _ = parse_dates(document_lines(document("Registered: 03/22/2025")), kn, "MDY")
    assert completion.value == dt.date(2025, 3, 22) and completion.confidence <= 0.5
    assert "registration" in completion.note
