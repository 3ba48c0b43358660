from __future__ import annotations

import pytest

from cecingest.knowledge import Knowledge
from cecingest.models import Line, Word
from cecingest.parse import reading_lines
from cecingest.parse.layout import document_lines
from cecingest.parse.names import parse_course_title, parse_participant
from cecingest.parse.ocrfix import mended_labels, mended_name, mended_numbers, mended_words, without_ligatures
from tests.helpers import document


@pytest.mark.parametrize(("read", "printed"), [
    ("Keystone Health Leaming, LLC", "Keystone Health Learning, LLC"),  # "rn" run together into "m"
    ("Highland Weliness Learning Center", "Highland Wellness Learning Center"),  # "ll" come apart as "li"
    ("Bluewater Heaith Institute", "Bluewater Health Institute"),  # "l" read as "i"
    ("Heritage Health Trajning Institute", "Heritage Health Training Institute"),  # "i" read as "j"
])
def test_usual_ocr_confusions_in_an_organisations_name(kn: Knowledge, read: str, printed: str) -> None:
    assert mended_name(read, kn) == printed


@pytest.mark.parametrize("name", ["Oak Ridge Career Society", "Keystone Clinical Society", "Zimmerman Partners",
                                  "Horne Health Seminars", "Cali Health Partners"])
def test_words_it_does_not_know_one_way_to_mend_stay(kn: Knowledge, name: str) -> None:
    assert mended_name(name, kn) == name


def test_a_name_in_capitals_stays_in_capitals(kn: Knowledge) -> None:
    assert mended_name("KEYSTONE HEALTH LEAMING, LLC", kn) == "KEYSTONE HEALTH LEARNING, LLC"


@pytest.mark.parametrize(("read", "printed"), [
    ("Course Tit1e: Opioid Stewardship", "Course Title: Opioid Stewardship"),  # "l" read as "1"
    ("Narne: Oliver Grant", "Name: Oliver Grant"),  # "m" read as "rn"
    ("Partícipant: Oliver Grant", "Participant: Oliver Grant"),  # a speck read as an accent
    ("Course; Opioid Stewardship", "Course: Opioid Stewardship"),  # the colon read as a semicolon
    ("| Course Title", "Course Title"),  # a table's rule read before the label cell
    ("activity.", "activity."),  # a sentence's last word, no label
    ("Source: Opioid Stewardship", "Source: Opioid Stewardship"),  # one letter off, but no OCR confusion
])
def test_labels_ocr_misread_by_a_letter(kn: Knowledge, read: str, printed: str) -> None:
    lines = document_lines(document(read, confidence=0.9, source="ocr"))
    assert [ln.text for ln in mended_labels(lines, kn.label_phrases())] == [printed]


def test_a_text_layer_label_is_left_as_printed(kn: Knowledge) -> None:
    lines = document_lines(document("Narne: Oliver Grant"))
    assert mended_labels(lines, kn.label_phrases())[0].text == "Narne: Oliver Grant"


def test_misread_label_gives_its_value(kn: Knowledge) -> None:
    doc = document(("Certificate of Completion", 24), "Partícipant: Oliver Grant", "Course Tit1e: Opioid Stewardship",
                   confidence=0.9, source="ocr")
    lines = reading_lines(doc, kn)
    assert parse_participant(lines, kn).value == "Oliver Grant"
    assert parse_course_title(lines, kn, "Oliver Grant").value == "Opioid Stewardship"


def ocr_word(text: str, x0: float, x1: float, confidence: float = 0.95, size: float = 20.0) -> Word:
    return Word(text, x0, 100.0, x1, 100.0 + size, size, confidence)


def test_a_capital_split_from_its_word_is_joined() -> None:
    line = Line(1, (ocr_word("G", 100, 114), ocr_word("reta", 117, 160), ocr_word("Reyes", 170, 225)))
    assert mended_words([line])[0].text == "Greta Reyes"


def test_a_capital_at_ordinary_spacing_stays_a_word() -> None:
    line = Line(1, (ocr_word("Vitamin", 100, 170), ocr_word("D", 178, 190), ocr_word("levels", 198, 250)))
    assert mended_words([line])[0].text == "Vitamin D levels"


def test_a_doubtful_speck_inside_a_words_box_is_dropped() -> None:
    line = Line(1, (ocr_word("Forecasting", 100, 220), ocr_word("with", 230, 270), ocr_word(":", 250, 253, 0.05),
                    ocr_word("Time", 280, 320)))
    assert mended_words([line])[0].text == "Forecasting with Time"


@pytest.mark.parametrize(("read", "printed"), [
    ("This is to certify that lvan Osei", "This is to certify that Ivan Osei"),
    ("lsabel Grant, RN", "Isabel Grant, RN"),
    ("12 lbs", "12 lbs"),  # a unit, too short to be a misread name
    ("Cl/CD Pipelines", "CI/CD Pipelines"),  # among capitals
    ("McDonald Hall", "McDonald Hall"),
    ("llama lymph", "llama lymph"),
])
def test_small_l_read_for_a_capital_i(read: str, printed: str) -> None:
    line = Line(1, tuple(ocr_word(t, 100 + 60 * k, 150 + 60 * k) for k, t in enumerate(read.split())))
    assert mended_words([line])[0].text == printed


@pytest.mark.parametrize(("read", "printed"), [
    ("Contact Hours: l.5", "Contact Hours: 1.5"),
    ("CEC Awarded: Z", "CEC Awarded: 2"),
    ("Date: 05/O2/2025", "Date: 05/02/2025"),
    ("Course Completion Date: \u00a7/26/2025", "Course Completion Date: 5/26/2025"),
    ("Room: Z", "Room: Z"),  # no credit's label: the letter may be meant
])
def test_digits_read_as_letters_where_a_number_must_stand(kn: Knowledge, read: str, printed: str) -> None:
    lines = document_lines(document(read, confidence=0.9, source="ocr"))
    assert mended_numbers(lines, kn.amount_labels())[0].text == printed


def test_a_doubtful_stroke_at_a_lines_end_is_dropped_but_not_a_labels_value() -> None:
    title = Line(1, (ocr_word("Opioid", 100, 160), ocr_word("Stewardship", 170, 280), ocr_word("a", 290, 296, 0.3)))
    value = Line(1, (ocr_word("CEC", 100, 130), ocr_word("Awarded:", 140, 210), ocr_word("Z", 220, 230, 0.08)))
    initial = Line(1, (ocr_word("Quinn", 100, 150), ocr_word("Whitfield", 160, 250), ocr_word("B.", 260, 275, 0.3)))
    assert [ln.text for ln in mended_words([title, value, initial])] == [
        "Opioid Stewardship", "CEC Awarded: Z", "Quinn Whitfield B."]


@pytest.mark.parametrize("words", [("Mei", "Ling", "Li"), ("Wu", "Jian", "Hua"), ("Robert", "Allen", "Jr"),
                                   ("Duration:", "3", "h"), ("Awarded:", "1.5", "CE"), ("Ethics", "of", "AI")])
def test_a_doubtful_short_word_a_space_from_sure_words_stays(words: tuple[str, ...]) -> None:
    doubtful = 0 if words[0] == "Wu" else 2
    line = Line(1, tuple(ocr_word(t, 100 + 90 * k, 170 + 90 * k, 0.4 if k == doubtful else 0.95)
                         for k, t in enumerate(words)))
    assert mended_words([line])[0].text == " ".join(words)


def test_a_doubtful_pair_of_letters_touching_a_word_is_a_stroke() -> None:
    line = Line(1, (ocr_word("Tobias", 100, 160), ocr_word("B.", 170, 185), ocr_word("Morea", 195, 250),
                    ocr_word("Uu", 252, 270, 0.48)))
    assert mended_words([line])[0].text == "Tobias B. Morea"


@pytest.mark.parametrize(("read", "printed"), [
    ("Infection Contro1 Essentials", "Infection Control Essentials"),  # doubted, so a digit at the end too
    ("W0und Care", "Wound Care"),
    ("COVID19 Update", "COVID19 Update"),
    ("CE2021 Module", "CE2021 Module"),
    ("Interpreting HbA1c Results", "Interpreting HbA1c Results"),  # a capital after small letters: printed so
    ("Buprenorphine HCl Dosing", "Buprenorphine HCl Dosing"),  # a chloride, not "HCI"
])
def test_a_digit_read_among_small_letters(read: str, printed: str) -> None:
    line = Line(1, tuple(ocr_word(t, 100 + 90 * k, 180 + 90 * k, 0.6) for k, t in enumerate(read.split())))
    assert mended_words([line])[0].text == printed


def test_ligatures_are_spelt_out(kn: Knowledge) -> None:
    lines = without_ligatures(document_lines(document("Eﬀective Oﬃce Communication")))
    assert lines[0].text == "Effective Office Communication"


@pytest.mark.parametrize(("text", "expected"), [
    ("I Oliver Grant I", "Oliver Grant"), ("| Jane Doe |", "Jane Doe"), ("l Jane Doe l", "Jane Doe"),
    ("I Wayan Sudirta", "I Wayan Sudirta"), ("Henry Ford II", "Henry Ford II"),  # no pair of bars: a name's own
])
def test_frame_bars_around_a_name_are_dropped(text: str, expected: str) -> None:
    lines = document_lines(document((text, 24)))
    assert [ln.text for ln in mended_words(lines)] == [expected]


@pytest.mark.parametrize(("read", "printed"), [
    ("Credits Awarded: 0.2.CECs", "Credits Awarded: 0.2 CECs"),
    ("Contact Hours: 1.50,CE", "Contact Hours: 1.50 CE"),
    ("Section 4.Hours of Study", "Section 4.Hours of Study"),  # no decimal amount: left as read
])
def test_an_amount_glued_to_its_unit_by_a_dot_is_parted(kn: Knowledge, read: str, printed: str) -> None:
    lines = document_lines(document(read, confidence=0.9, source="ocr"))
    assert mended_numbers(lines, kn.amount_labels())[0].text == printed


def test_a_label_line_under_a_title_is_no_more_of_it(kn: Knowledge) -> None:
    doc = document(("Certificate of Participation", 30.0), ("Zoe Mcallister", 30.0), "has completed",
                   ("Return to Training After Pregnancy", 37.5), ("Credits: six CPD hours", 29.2),
                   confidence=0.9, source="ocr")
    lines = reading_lines(doc, kn)
    participant = parse_participant(lines, kn).value
    assert parse_course_title(lines, kn, participant).value == "Return to Training After Pregnancy"


@pytest.mark.parametrize(("read", "printed"), [
    ("Date of Completion: lst March 2022", "Date of Completion: 1st March 2022"),
    ("Completion Date: Sth July 2021", "Completion Date: 5th July 2021"),
    ("on March 2lst, 2024", "on March 21st, 2024"),
    ("/Dec 212019", "/Dec 21, 2019"),
    ("Date: May 52021", "Date: May 5, 2021"),
    ("Sth Avenue, Suite 5", "Sth Avenue, Suite 5"),  # no month beside it
    ("lnd March 2022", "lnd March 2022"),  # '1nd' is no ordinal
    ("Room 212019", "Room 212019"),  # no month before it
    ("Date of Course: April19- 20,2022", "Date of Course: April 19- 20,2022"),  # a month glued to its day
    ("on Sept.3, 2024", "on Sept. 3, 2024"),
    ("Form Mar2024", "Form Mar2024"),  # a year is no day
    ("Maya3 Lee", "Maya3 Lee"),  # no month's name
])
def test_a_days_ordinal_and_a_day_glued_to_its_year_beside_a_month(kn: Knowledge, read: str, printed: str) -> None:
    lines = document_lines(document(read, confidence=0.9, source="ocr"))
    assert mended_numbers(lines, kn.amount_labels())[0].text == printed


@pytest.mark.parametrize(("read", "printed"), [
    ("zoe H. Greenberg, CPA, CGMA", "Zoe H. Greenberg, CPA, CGMA"),
    ("victor Hugo Alvarez", "Victor Hugo Alvarez"),
    ("van Der Berg Anna", "van Der Berg Anna"),  # a name's particle is printed small
    ("sponsored by Acme Institute", "sponsored by Acme Institute"),  # a small word among capitals: a sentence
    ("greta Hoffman Reyes", "greta Hoffman Reyes"),  # a g has no capital of its shape
])
def test_a_capital_read_as_its_small_letter_opening_a_name(read: str, printed: str) -> None:
    lines = document_lines(document(read, confidence=0.9, source="ocr"))
    assert mended_words(lines)[0].text == printed


def test_doubtful_marks_over_a_words_box_are_dropped() -> None:
    # "7." read inside "Identity"'s box; a bar overlapping "in" (a bar parting words stands between them)
    line = Line(1, (ocr_word("Identity", 400, 530), ocr_word("7.", 489, 495, 0.05), ocr_word("and", 542, 606)))
    assert mended_words([line])[0].text == "Identity and"
    line = Line(1, (ocr_word("Pitfalls", 37, 58), ocr_word("|", 61, 64, 0.51), ocr_word("in", 63, 68),
                    ocr_word("Client", 71, 91)))
    assert mended_words([line])[0].text == "Pitfalls in Client"
    line = Line(1, (ocr_word("Name", 37, 58), ocr_word("|", 62, 64, 0.51), ocr_word("Ann", 68, 78),
                    ocr_word("Lee", 81, 91)))
    assert mended_words([line])[0].text == "Name | Ann Lee"  # in the space between: a separator
    line = Line(1, (ocr_word("Dose", 100, 150), ocr_word("2", 155, 160, 0.2), ocr_word("Vaccine", 170, 230)))
    assert mended_words([line])[0].text == "Dose 2 Vaccine"  # outside any word's box: a word


def test_a_fill_in_rules_underscores_and_an_abbreviation_read_apart() -> None:
    line = Line(1, (ocr_word("Credits:", 10, 34), ocr_word("_one-half", 83, 111), ocr_word("PDH", 114, 130)))
    assert mended_words([line])[0].text == "Credits: one-half PDH"
    line = Line(1, (ocr_word("Ana", 10, 34), ocr_word("Ito,", 39, 57), ocr_word("P.", 59, 73), ocr_word("E.", 73, 90)))
    assert mended_words([line])[0].text == "Ana Ito, P.E."
    line = Line(1, (ocr_word("J.", 10, 20), ocr_word("R.", 26, 36), ocr_word("Smith", 42, 80)))
    assert mended_words([line])[0].text == "J. R. Smith"  # initials a space apart stay apart


def test_an_em_dash_read_with_a_hyphen_is_the_em_dash() -> None:
    line = Line(1, (ocr_word("credit", 100, 160), ocr_word("\u2014-", 165, 185), ocr_word("HIPAA", 190, 250)))
    assert mended_words([line])[0].text == "credit \u2014 HIPAA"
    line = Line(1, (ocr_word("pages", 100, 160), ocr_word("--", 165, 185), ocr_word("12", 190, 210)))
    assert mended_words([line])[0].text == "pages -- 12"
