from __future__ import annotations

from cecingest.knowledge import Knowledge
from cecingest.models import Word
from cecingest.parse.layout import join_label_cells, page_lines
from cecingest.parse.table import header_tables
from tests.helpers import document_of_words, words_of_line


def centred(text: str, top: float, middle: float, size: float = 9.0, confidence: float = 1.0) -> list[Word]:
    """A cell's text centred on x = middle (words_of_line sets 0.5 em per character, 0.25 em between words)."""
    width = sum(len(t) for t in text.split()) * size * 0.5 + (len(text.split()) - 1) * size * 0.25
    return words_of_line(text, top, size, left=middle - width / 2, confidence=confidence)


def tables(words: list[Word], kn: Knowledge) -> list[str]:
    return [ln.text for ln in header_tables(page_lines(1, words), kn.label_phrases())]


def test_each_value_goes_to_the_label_it_stands_under(kn: Knowledge) -> None:
    words = (words_of_line("NAME", 100, 9, left=50) + words_of_line("COURSE", 100, 9, left=200)
             + words_of_line("DATE COMPLETED", 100, 9, left=420) + words_of_line("CREDITS", 100, 9, left=560)
             + words_of_line("Jane Doe, RN", 118, 10, left=50) + words_of_line("Wound Care Basics", 118, 10, left=200)
             + words_of_line("May 4, 2025", 118, 10, left=420) + words_of_line("1.5 contact hours", 118, 10, left=560))
    assert tables(words, kn) == ["NAME: Jane Doe, RN", "COURSE: Wound Care Basics", "DATE COMPLETED: May 4, 2025",
                                 "CREDITS: 1.5 contact hours"]


def test_centred_values_wider_than_their_labels_keep_to_their_column(kn: Knowledge) -> None:
    # The title starts left of its label and the date runs into the gap before the next label; the value row is
    # one line (its cells are closer than a column gap), and only the boxes tell the cells apart.
    words = (centred("Participant", 100, 120) + centred("Activity Title", 100, 300) + centred("Date", 100, 450)
             + centred("Credit Awarded", 100, 580)
             + centred("Omar Reyes, PharmD", 118, 120, 10) + centred("Sterile Compounding Update", 118, 300, 10)
             + centred("March 14, 2025", 118, 450, 10) + centred("2.0", 118, 580, 10))
    assert tables(words, kn) == ["Participant: Omar Reyes, PharmD", "Activity Title: Sterile Compounding Update",
                                 "Date: March 14, 2025", "Credit Awarded: 2.0"]


def test_labels_and_values_that_wrap_onto_a_second_line(kn: Knowledge) -> None:
    words = (centred("LEARNER", 100, 100) + centred("SESSION TITLE", 100, 260) + centred("DATE OF", 100, 420)
             + centred("NAME", 111, 100) + centred("COMPLETION", 111, 420)
             + centred("Ivan Carvalho", 130, 100, 10) + centred("Mandated Reporter", 130, 260, 10)
             + centred("May 18, 2025", 130, 420, 10) + centred("Training", 143, 260, 10))
    assert tables(words, kn) == ["LEARNER NAME: Ivan Carvalho", "SESSION TITLE: Mandated Reporter Training",
                                 "DATE OF COMPLETION: May 18, 2025"]


def test_a_second_table_below_has_its_own_labels(kn: Knowledge) -> None:
    words = (words_of_line("Course", 100, 9, left=50) + words_of_line("Credits", 100, 9, left=300)
             + words_of_line("Ethics in Practice", 118, 10, left=50) + words_of_line("3 CPE", 118, 10, left=300)
             + words_of_line("Certificate No.", 160, 9, left=50) + words_of_line("Sponsor ID", 160, 9, left=300)
             + words_of_line("CE-2025-0041", 178, 10, left=50) + words_of_line("P12345", 178, 10, left=300))
    assert tables(words, kn) == ["Course: Ethics in Practice", "Credits: 3 CPE", "Certificate No.: CE-2025-0041",
                                 "Sponsor ID: P12345"]


def test_one_label_spelled_wide_is_no_row_of_labels(kn: Knowledge) -> None:
    words = (words_of_line("CREDIT", 100, 8, left=300) + words_of_line("AWARDED", 100, 8, left=334)
             + words_of_line("1.2 CEU (12 Contact Hours)", 115, 14, left=250))
    assert tables(words, kn) == ["CREDIT AWARDED", "1.2 CEU (12 Contact Hours)"]


def test_captions_under_values_head_nothing_below(kn: Knowledge) -> None:
    # "value over a rule, caption beneath": the next row of values belongs to the next row of captions.
    words = (words_of_line("Saturday, October 2, 2021", 100, 11, left=50) + words_of_line("2.0 PDUs", 100, 11, left=300)
             + words_of_line("Date", 118, 7.5, left=50) + words_of_line("Credits Awarded", 118, 7.5, left=300)
             + words_of_line("Live workshop", 140, 11, left=50) + words_of_line("CERT0161547", 140, 11, left=300))
    assert "Date: Live workshop" not in tables(words, kn)


def test_a_sentence_is_no_header_row(kn: Knowledge) -> None:
    words = (words_of_line("This course was completed on the date shown", 100, 10, left=50)
             + words_of_line("May 4, 2025", 116, 10, left=50))
    assert tables(words, kn) == ["This course was completed on the date shown", "May 4, 2025"]


def test_ocr_rules_between_cells_are_no_cells(kn: Knowledge) -> None:
    words = (words_of_line("Course", 100, 9, left=50, confidence=0.9)
             + words_of_line("|", 100, 9, left=250, confidence=0.4)
             + words_of_line("Completed", 100, 9, left=300, confidence=0.9)
             + words_of_line("Fall Prevention", 118, 10, left=50, confidence=0.9)
             + words_of_line("|", 118, 10, left=250, confidence=0.3)
             + words_of_line("6/2/2024", 118, 10, left=300, confidence=0.9))
    assert tables(words, kn) == ["Course: Fall Prevention", "Completed: 6/2/2024"]


def test_a_grid_of_captioned_values_is_no_table(kn: Knowledge) -> None:
    # Values over captions of nearly their own size, row after row: each caption row sits just under its values
    # and further from the next row of values, which it does not head.
    words = (centred("Jane Doe, RN", 100, 150, 10) + centred("Wound Care Basics", 100, 400, 10)
             + centred("Participant Name", 113, 150, 9) + centred("Course Title", 113, 400, 9)
             + centred("May 4, 2025", 150, 150, 10) + centred("1.5 contact hours", 150, 400, 10)
             + centred("Date", 163, 150, 9) + centred("Credits", 163, 400, 9))
    assert not any(":" in line for line in tables(words, kn))


def test_a_column_headed_by_a_unit_holds_its_amount(kn: Knowledge) -> None:
    from cecingest.parse import reading_lines

    words = (words_of_line("CONFERRED UPON", 100, 8, left=50) + words_of_line("ACTIVITY", 100, 8, left=200)
             + words_of_line("COMPLETED ON", 100, 8, left=420) + words_of_line("CNE CONTACT HOURS", 100, 8, left=520)
             + words_of_line("Rosa Delacroix", 115, 10, left=50) + words_of_line("Naloxone Use", 115, 10, left=200)
             + words_of_line("04-Jun-2019", 115, 10, left=420) + words_of_line("8", 115, 10, left=520))
    doc = document_of_words(words)
    assert "CNE CONTACT HOURS: 8" in [ln.text for ln in reading_lines(doc, kn)]


def test_a_header_row_with_qualified_and_date_labels(kn: Knowledge) -> None:
    words = (words_of_line("ACTIVITY", 100, 7.5, left=50) + words_of_line("HELD", 100, 7.5, left=250)
             + words_of_line("HRCI RECERTIFICATION CREDIT HOURS", 100, 7.5, left=400)
             + words_of_line("OSHA Workplace Safety Standards", 114, 9, left=50)
             + words_of_line("July 8, 2025", 114, 9, left=250) + words_of_line("4.75", 114, 9, left=400))
    assert tables(words, kn) == ["ACTIVITY: OSHA Workplace Safety Standards", "HELD: July 8, 2025",
                                 "HRCI RECERTIFICATION CREDIT HOURS: 4.75"]


def test_a_sentence_under_the_table_is_no_wrapped_cell(kn: Knowledge) -> None:
    words = (words_of_line("NAME", 100, 9, left=50) + words_of_line("COURSE", 100, 9, left=200)
             + words_of_line("Jane Doe", 114, 10, left=50) + words_of_line("Wound Care Basics", 114, 10, left=200)
             + words_of_line("This activity was approved for 1.5 nursing contact hours by the State Board.", 127,
                             10, left=50))
    assert tables(words, kn)[:2] == ["NAME: Jane Doe", "COURSE: Wound Care Basics"]


def test_a_second_row_of_small_labels_ends_the_values_above_it(kn: Knowledge) -> None:
    # Labels over values, row after row, evenly spaced: the second row of labels is no wrapped part of the first
    # row's values.
    words = (centred("Provider", 100, 130, 7) + centred("Credits", 100, 320, 7) + centred("Date", 100, 480, 7)
             + centred("Cedar Hollow Nursing Society", 111, 130, 11) + centred("1.5 CME Credits", 111, 320, 11)
             + centred("March 5, 2024", 111, 480, 11)
             + centred("Format", 126, 130, 7) + centred("Certificate Number", 126, 320, 7)
             + centred("Live webinar", 137, 130, 11) + centred("CE-2024-0012", 137, 320, 11))
    texts = [ln.text for ln in join_label_cells(header_tables(page_lines(1, words), kn.label_phrases()),
                                                kn.label_phrases())]
    assert "Provider: Cedar Hollow Nursing Society" in texts
    assert "Format: Live webinar" in texts


def spaced(text: str, top: float, size: float, left: float, gap_ems: float, confidence: float = 0.96) -> list[Word]:
    """OCR's words of a line, `gap_ems` font sizes apart (OCR often spaces words wider than a text layer)."""
    words, x = [], left
    for token in text.split():
        width = len(token) * size * 0.5
        words.append(Word(token, x, top, x + width, top + size, size, confidence))
        x += width + gap_ems * size
    return words


def test_a_known_phrase_spaced_wide_is_one_label_not_a_header_row(kn: Knowledge) -> None:
    # "This / certificate / is presented to" would be three cells, two of them labels, over the name's words.
    words = (spaced("This certificate is presented to", 100, 10, 200, 0.85)
             + spaced("Quinn B. Whitfield", 125, 24, 180, 0.6))
    assert tables(words, kn) == ["This certificate is presented to", "Quinn B. Whitfield"]


def test_each_row_of_a_session_table_is_labelled_like_the_first(kn: Knowledge) -> None:
    words = (words_of_line("Date", 100, 9, left=50) + words_of_line("Session", 100, 9, left=200)
             + words_of_line("CPE credits", 100, 9, left=460)
             + words_of_line("May 4, 2025", 118, 10, left=50) + words_of_line("Opening keynote", 118, 10, left=200)
             + words_of_line("1.5", 118, 10, left=460)
             + words_of_line("May 4, 2025", 136, 10, left=50) + words_of_line("Panel: case reviews", 136, 10, left=200)
             + words_of_line("2", 136, 10, left=460)
             + words_of_line("Total", 154, 10, left=200) + words_of_line("3.5", 154, 10, left=460))
    assert tables(words, kn) == ["Date: May 4, 2025", "Session: Opening keynote", "CPE credits: 1.5",
                                 "Date: May 4, 2025", "Session: Panel: case reviews", "CPE credits: 2",
                                 "Session: Total", "CPE credits: 3.5"]


def test_a_labelled_line_under_a_session_table_is_no_row_of_it(kn: Knowledge) -> None:
    words = (words_of_line("Date", 100, 9, left=50) + words_of_line("Session", 100, 9, left=200)
             + words_of_line("PDUs", 100, 9, left=460)
             + words_of_line("May 4, 2025", 118, 10, left=50) + words_of_line("Opening keynote", 118, 10, left=200)
             + words_of_line("1.5", 118, 10, left=460)
             + words_of_line("Certificate No.:", 136, 10, left=50) + words_of_line("CE-2025-0041", 136, 10, left=200))
    assert tables(words, kn)[-1] == "Certificate No.: CE-2025-0041"


def test_a_grid_row_of_a_label_and_its_value_heads_nothing(kn: Knowledge) -> None:
    words = (words_of_line("Activity Format", 100, 9, left=50) + words_of_line("In-person", 100, 10, left=230)
             + words_of_line("Certificate ID", 118, 9, left=50) + words_of_line("CERT004674G", 118, 10, left=230))
    assert tables(words, kn) == ["Activity Format", "In-person", "Certificate ID", "CERT004674G"]


def test_a_wrapped_label_ocr_sized_apart_from_its_row_still_wraps(kn: Knowledge) -> None:
    # OCR sized "NUMBER" (read with a speck) at two thirds of the header's size; its box is as tall as theirs.
    def caps(text: str, left: float, top: float, size: float) -> list[Word]:
        return [Word(w.text, w.x0, top, w.x1, top + 6, size, 0.95) for w in words_of_line(text, top, 8.3, left=left)]
    words = (caps("COURSE NAME", 50, 230, 8.3) + caps("DATE EARNED", 160, 230, 8.3)
             + caps("CERTIFICATE", 290, 230, 8.3) + caps("NUMBER", 290, 240, 5.4)
             + words_of_line("Running Effective", 258, 10, left=50, confidence=0.95)
             + words_of_line("12/04/2023", 258, 10, left=160, confidence=0.95)
             + words_of_line("2312-010790", 258, 10, left=290, confidence=0.95)
             + words_of_line("Meetings", 270, 10, left=50, confidence=0.95))
    assert tables(words, kn) == ["COURSE NAME: Running Effective Meetings", "DATE EARNED: 12/04/2023",
                                 "CERTIFICATE NUMBER: 2312-010790"]


def test_two_labels_side_by_side_stay_two_columns(kn: Knowledge) -> None:
    # "Completed" and "Credit Earned" close together: together they would read as one qualified label.
    words = (words_of_line("User", 100, 9, left=50) + words_of_line("Completed", 100, 9, left=200)
             + words_of_line("Credit Earned", 100, 9, left=254)
             + words_of_line("Jane Doe", 118, 9, left=50) + words_of_line("Jul 21, 2021", 118, 9, left=200)
             + words_of_line("1.5 CPE", 118, 9, left=272))
    assert tables(words, kn) == ["User: Jane Doe", "Completed: Jul 21, 2021", "Credit Earned: 1.5 CPE"]


def test_a_label_value_grid_is_no_header_row(kn: Knowledge) -> None:
    # "Status | Passed" over "Enrollment Date | 04/17/2019": both of the first row's cells are labels, but the
    # rows below pair a label with a value: a two-column grid, not a header over values.
    words = (words_of_line("Status", 100, 9, left=50) + words_of_line("Passed", 100, 9, left=200)
             + words_of_line("Enrollment Date", 118, 9, left=50) + words_of_line("04/17/2019", 118, 9, left=200))
    assert "Passed: Enrollment Date" not in tables(words, kn)
    assert "Status: Enrollment Date" not in tables(words, kn)


def test_a_session_table_with_a_time_column_and_a_total_row(kn: Knowledge) -> None:
    from cecingest.parse import reading_lines

    words = (words_of_line("Session Date", 100, 9, left=50) + words_of_line("Time", 100, 9, left=200)
             + words_of_line("Clock Hours", 100, 9, left=360))
    for k, (day, time, hours) in enumerate((("2/19/2019", "3:45 PM - 5:45 PM", "2"),
                                            ("3/5/2019", "8:00 AM - 1:00 PM", "5"), ("", "Total", "7"))):
        top = 118 + k * 20
        if day:
            words += words_of_line(day, top, 10, left=50)
        words += words_of_line(time, top, 10, left=200) + words_of_line(hours, top, 10, left=360)
    texts = [ln.text for ln in reading_lines(document_of_words(words), kn)]
    assert "Session Date: 3/5/2019" in texts and "Clock Hours: 7" in texts


def test_a_total_claimed_beside_its_amount(kn: Knowledge) -> None:
    from cecingest.parse import reading_lines
    from cecingest.parse.credits import parse_credits
    from cecingest.parse.layout import paragraphs

    words = (words_of_line("CLE Certificate of Attendance", 60, 14, left=50)
             + words_of_line("Area", 100, 9, left=50) + words_of_line("Credit Hours", 100, 9, left=300)
             + words_of_line("General", 118, 9, left=50) + words_of_line("0.5", 118, 9, left=300)
             + words_of_line("Ethics and Professionalism", 138, 9, left=50) + words_of_line("0.5", 138, 9, left=300)
             + words_of_line("Total Credit Hours Claimed", 158, 9, left=50) + words_of_line("1.0", 158, 9, left=300))
    parsed = parse_credits(paragraphs(reading_lines(document_of_words(words), kn)), kn)
    assert [(m.amount, m.unit_text) for m in parsed.value or ()] == [(1.0, "hours of cle credit")]


def _transcript(marks: dict[int, str]) -> list[Word]:
    words = (words_of_line("Date", 100, 9, left=60) + words_of_line("Activity", 100, 9, left=160)
             + words_of_line("CE Credits", 100, 9, left=420))
    rows = [("1/23/2025", "Journal club update", "0.5"), ("3/01/2025", "Wound Care Basics", "2.0"),
            ("8/11/2025", "Ethics webinar", "1.5")]
    for i, (day, title, amount) in enumerate(rows):
        top = 118 + i * 16
        if i in marks:
            words += words_of_line(marks[i], top, 9, left=48)
        words += (words_of_line(day, top, 9, left=60) + words_of_line(title, top, 9, left=160)
                  + words_of_line(amount, top, 9, left=420))
    return words


def test_a_row_marked_by_a_pointer_is_the_activity_of_the_printout(kn: Knowledge) -> None:
    assert tables(_transcript({1: "\u00bb"}), kn) == ["Date: 3/01/2025", "Activity: Wound Care Basics",
                                                      "CE Credits: 2.0"]


def test_without_one_marked_row_every_row_stays(kn: Knowledge) -> None:
    assert len(tables(_transcript({}), kn)) == 9
    assert len(tables(_transcript({0: "\u00bb", 2: "\u00bb"}), kn)) == 9


def test_an_arrow_inside_a_cell_marks_no_row(kn: Knowledge) -> None:
    words = (words_of_line("Date", 100, 9, left=60) + words_of_line("Session", 100, 9, left=160)
             + words_of_line("Hours", 100, 9, left=420))
    rows = [("3/03/2025", "Opening keynote"), ("3/04/2025", "Sepsis \u2192 Septic Shock"),
            ("3/05/2025", "Closing panel")]
    for i, (day, title) in enumerate(rows):
        top = 118 + i * 16
        words += words_of_line(day, top, 9, left=60) + words_of_line(title, top, 9, left=160) \
            + words_of_line("1.0", top, 9, left=420)
    texts = tables(words, kn)
    assert len(texts) == 9 and "Session: Sepsis \u2192 Septic Shock" in texts


def test_a_form_s_boxes_put_small_labels_over_their_values(kn: Knowledge) -> None:
    # Each box prints a small label at its top, over its value; the label row sits right under the values of the
    # box above, further from them than from its own values: it heads the row below, it captions nothing.
    words = (words_of_line("Name of Attendee", 100, 7.5, left=50) + words_of_line("AGD Member #", 100, 7.5, left=300)
             + words_of_line("Zoe Yamamoto", 111, 10, left=50) + words_of_line("923877", 111, 10, left=300)
             + words_of_line("Course Date", 130, 7.5, left=50) + words_of_line("Instructor", 130, 7.5, left=300)
             + words_of_line("Mar 22, 2025", 141, 10, left=50) + words_of_line("Elif Sandoval, RDH", 141, 10, left=300))
    assert tables(words, kn) == ["Name of Attendee: Zoe Yamamoto", "AGD Member #: 923877", "Course Date: Mar 22, 2025",
                                 "Instructor: Elif Sandoval, RDH"]


def test_small_labels_over_a_value_that_is_a_label_word(kn: Knowledge) -> None:
    # "Lecture" is a label word too ("Lecture: ..."), but printed larger under small labels it is a value.
    words = (words_of_line("Format", 100, 7.5, left=50) + words_of_line("CE Credits", 100, 7.5, left=300)
             + words_of_line("Lecture", 111, 10, left=50) + words_of_line("3 (Lecture)", 111, 10, left=300))
    assert tables(words, kn) == ["Format: Lecture", "CE Credits: 3 (Lecture)"]


def test_a_tight_exports_columns_stay_apart_when_each_has_its_value(kn: Knowledge) -> None:
    # "Registered" would qualify "Completion Date" as one label ("HRCI Recertification Credit Hours"), but each
    # word group has a value of its own under it: two columns.
    words = (words_of_line("Name", 145, 8.2, left=40) + words_of_line("Registered", 145, 8.2, left=330)
             + words_of_line("Completion Date", 145, 8.2, left=384) + words_of_line("Credits", 145, 8.2, left=524)
             + words_of_line("Zoe Elliott", 162, 8.2, left=40) + words_of_line("09/18/2025", 162, 8.2, left=330)
             + words_of_line("10/18/2025 1:13 PM", 162, 8.2, left=384) + words_of_line("35 PDUs", 162, 8.2, left=524))
    found = tables(words, kn)
    assert "Completion Date: 10/18/2025 1:13 PM" in found and "Registered: 09/18/2025" in found
    # one value under the two: the qualified label stays one column (a word that is no label of its own)
    words = (words_of_line("Name", 145, 8.2, left=40) + words_of_line("Authorized", 145, 8.2, left=330)
             + words_of_line("Completion Date", 145, 8.2, left=384) + words_of_line("Credits", 145, 8.2, left=524)
             + words_of_line("Zoe Elliott", 162, 8.2, left=40) + words_of_line("10/18/2025", 162, 8.2, left=360)
             + words_of_line("35 PDUs", 162, 8.2, left=524))
    assert "Authorized Completion Date: 10/18/2025" in tables(words, kn)
    # "Registered" is a label of its own (labels.toml [completion_date] registration): the value is the completion's
    words[1] = words_of_line("Registered", 145, 8.2, left=330)[0]
    assert "Completion Date: 10/18/2025" in tables(words, kn)


def test_small_captions_under_the_first_values_stay_captions(kn: Knowledge) -> None:
    # "Jane Doe" over a small "Participant": no labels over the values, so the captions caption them, however near
    # the next row of values sits under the captions
    words = (words_of_line("Jane Doe", 100, 12, left=50) + words_of_line("03/03/2025", 100, 12, left=300)
             + words_of_line("Participant", 120, 7, left=50) + words_of_line("Date of Completion", 120, 7, left=300)
             + words_of_line("Wound Care Basics", 129, 12, left=50) + words_of_line("1.5", 129, 12, left=300)
             + words_of_line("Course Title", 149, 7, left=50) + words_of_line("Contact Hours", 149, 7, left=300))
    texts = tables(words, kn)
    assert "Course Title: 03/03/2025" not in texts and "Participant: Wound Care Basics" not in texts


def test_a_table_of_days_with_a_total_row_and_a_labelled_row_below(kn: Knowledge) -> None:
    # "Day  Date  CRCE Hours" over two days and a total; "FL License #:  D68445" below is no row of it
    words = (words_of_line("Day", 100, 9, left=200) + words_of_line("Date", 100, 9, left=290)
             + words_of_line("Category I Hours", 100, 9, left=450)
             + words_of_line("Day 1", 120, 9, left=200) + words_of_line("Mar 16, 2021", 120, 9, left=290)
             + words_of_line("3.5", 120, 9, left=450)
             + words_of_line("Day 2", 140, 9, left=200) + words_of_line("Mar 17, 2021", 140, 9, left=290)
             + words_of_line("7.0", 140, 9, left=450)
             + words_of_line("Total", 160, 9, left=200) + words_of_line("10.5", 160, 9, left=450)
             + words_of_line("FL License #:", 185, 9, left=200) + words_of_line("D68445", 185, 9, left=350))
    texts = tables(words, kn)
    assert "Category I Hours: 10.5" in texts and "Day: Total" in texts
    assert not any("D68445" in t or "FL" in t for t in texts if t.startswith(("Date:", "Day:")))
