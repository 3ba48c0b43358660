from __future__ import annotations

from cecingest.knowledge import Knowledge
from cecingest.models import Line, Word
from cecingest.parse.layout import (
    document_lines,
    join_label_cells,
    join_letter_spaced,
    join_wrapped_labels,
    page_lines,
    paragraphs,
    split_label_pairs,
)
from tests.helpers import document, document_of_words, words_of_line


def test_letter_spaced_heading_is_rejoined() -> None:
    letters = []
    x = 100.0
    for ch in "CERTIFICATE OF":
        if ch == " ":
            x += 20
            continue
        letters.append(Word(ch, x, 50, x + 10, 70, 20))
        x += 14
    assert [w.text for w in join_letter_spaced(letters)] == ["CERTIFICATE", "OF"]


def test_columns_split_at_wide_gaps() -> None:
    words = words_of_line("Date: May 1, 2025", 100) + words_of_line("Certificate #: 991", 100, left=400)
    lines = page_lines(1, words)
    assert [ln.text for ln in lines] == ["Date: May 1, 2025", "Certificate #: 991"]


def test_lines_in_reading_order() -> None:
    words = words_of_line("second", 200) + words_of_line("first", 100)
    assert [ln.text for ln in page_lines(1, words)] == ["first", "second"]


def test_label_and_value_at_a_tab_stop_are_one_line() -> None:
    words = words_of_line("Course:", 100) + words_of_line("Clinical Massage Basics", 100, left=200)
    assert [ln.text for ln in page_lines(1, words)] == ["Course: Clinical Massage Basics"]


def test_table_label_cell_takes_the_value_beside_it(kn: Knowledge) -> None:
    words = words_of_line("Course Title", 100) + words_of_line("Revenue Recognition", 100, left=250)
    lines = join_label_cells(page_lines(1, words), kn.label_phrases())
    assert [ln.text for ln in lines] == ["Course Title: Revenue Recognition"]


def test_header_row_over_value_row(kn: Knowledge) -> None:
    words = (words_of_line("Completed", 100) + words_of_line("CPEUs", 100, left=250)
             + words_of_line("Sep 12, 2023", 118) + words_of_line("1.5", 118, left=250))
    lines = join_label_cells(page_lines(1, words), kn.label_phrases())
    assert sorted(ln.text for ln in lines) == ["CPEUs: 1.5", "Completed: Sep 12, 2023"]


def test_a_header_row_of_unknown_words_heads_columns(kn: Knowledge) -> None:
    # "Registered" is no label anyone listed, but it heads its own column like "Attendee" does: a header row.
    words = (words_of_line("Attendee", 100, left=40) + words_of_line("Registered", 100, left=250)
             + words_of_line("Kofi Greenberg", 118, left=40) + words_of_line("11/23/2024", 118, left=250))
    lines = join_label_cells(page_lines(1, words), kn.label_phrases())
    assert "Attendee: Kofi Greenberg" in [ln.text for ln in lines]


def test_a_label_and_value_row_over_another_stays_a_pair(kn: Knowledge) -> None:
    words = (words_of_line("Attendee", 100, left=40) + words_of_line("Kofi Greenberg", 100, left=250)
             + words_of_line("Format", 118, left=40) + words_of_line("Live webinar", 118, left=250))
    lines = join_label_cells(page_lines(1, words), kn.label_phrases())
    assert [ln.text for ln in lines] == ["Attendee: Kofi Greenberg", "Format: Live webinar"]


def test_heading_is_not_a_label_for_the_name_below(kn: Knowledge) -> None:
    words = words_of_line("Certificate", 100, size=36) + words_of_line("Jane Doe", 150, size=14)
    lines = join_label_cells(page_lines(1, words), kn.label_phrases())
    assert [ln.text for ln in lines] == ["Certificate", "Jane Doe"]


def test_two_labels_side_by_side_head_the_values_below(kn: Knowledge) -> None:
    words = (words_of_line("Attendee:", 100, left=40) + words_of_line("Format:", 100, left=316)
             + words_of_line("Mateo Thornton", 112, left=40) + words_of_line("Home study", 112, left=316))
    lines = join_label_cells(page_lines(1, words), kn.label_phrases())
    assert [ln.text for ln in lines] == ["Attendee: Mateo Thornton", "Format: Home study"]


def test_a_caption_under_a_value_labels_it(kn: Knowledge) -> None:
    words = (words_of_line("Ulrich G. Eriksen, Esq.", 93, size=24, left=270)
             + words_of_line("Attendee", 122, size=7.5, left=330))
    lines = join_label_cells(page_lines(1, words), kn.label_phrases())
    assert [ln.text for ln in lines] == ["Attendee: Ulrich G. Eriksen, Esq."]


def test_dot_leaders_separate_label_and_value() -> None:
    words = words_of_line("Presented to ........................ Nikhil Kaplan, MD", 100)
    assert [ln.text for ln in page_lines(1, words)] == ["Presented to: Nikhil Kaplan, MD"]


def test_leaders_glued_to_a_word_or_read_as_single_dots() -> None:
    glued = words_of_line("Date.............. 09/21/2023", 100)
    spaced = words_of_line("Issued . . . . . . 09/30/2023", 140)
    assert [ln.text for ln in page_lines(1, glued + spaced)] == ["Date: 09/21/2023", "Issued: 09/30/2023"]


def test_an_ellipsis_in_a_sentence_is_no_leader() -> None:
    words = words_of_line("Learn more... about our courses", 100)
    assert [ln.text for ln in page_lines(1, words)] == ["Learn more... about our courses"]


def test_header_row_over_a_value_row_with_a_wrapped_cell(kn: Knowledge) -> None:
    words = (words_of_line("Completed", 100, 9) + words_of_line("Activity", 100, 9, left=160)
             + words_of_line("Type", 100, 9, left=360) + words_of_line("Credits", 100, 9, left=440)
             + words_of_line("Thursday,", 118, 9) + words_of_line("Crisis De-escalation", 118, 9, left=160)
             + words_of_line("Home study", 118, 9, left=360) + words_of_line("6.00 CE hours", 118, 9, left=440)
             + words_of_line("September 12,", 128, 9) + words_of_line("2019", 138, 9))
    lines = join_label_cells(page_lines(1, words), kn.label_phrases())
    texts = [ln.text for ln in lines]
    assert "Completed: Thursday, September 12, 2019" in texts
    assert "Activity: Crisis De-escalation" in texts
    assert "Credits: 6.00 CE hours" in texts


def test_value_row_split_where_the_header_columns_begin(kn: Knowledge) -> None:
    words = (words_of_line("Cert. No.", 100, 9) + words_of_line("Completed", 100, 9, left=131)
             + words_of_line("CE-2020-029412", 118, 9) + words_of_line("December 1-4, 2020", 118, 9, left=131))
    texts = [ln.text for ln in join_label_cells(page_lines(1, words), kn.label_phrases())]
    assert texts == ["Cert. No.: CE-2020-029412", "Completed: December 1-4, 2020"]


def test_a_row_of_dots_alone_is_no_line() -> None:
    words = words_of_line("..........", 100) + words_of_line(". . . . . .", 120) + words_of_line("Name: Ann Lee", 140)
    assert [ln.text for ln in page_lines(1, words)] == ["Name: Ann Lee"]


def test_ocr_gibberish_read_from_leader_dots_is_a_leader() -> None:
    label = Word("Participant", 70, 148.6, 118, 158.9, 10.9, 0.93)
    dots = [Word("..............", 125, 155.0, 162, 156.2, 10.9, 0.76),
            Word("samaposscae", 167, 155.0, 196, 156.5, 10.9, 0.0),
            Word("ccnaspavecos", 198, 155.0, 300, 156.5, 10.9, 0.07)]
    name = [Word("Katarina", 426, 148.6, 463, 156.7, 10.9, 0.96), Word("Whitfield", 467, 148.6, 512, 157.7, 10.9, 0.96)]
    assert [ln.text for ln in page_lines(1, [label, *dots, *name])] == ["Participant: Katarina Whitfield"]


def test_small_print_beside_a_large_name_is_no_leader() -> None:
    name = words_of_line("FIONA OSEI", 192, 29.5)
    label = words_of_line("Nursing Contact Hours: 1,25", 200, 8.4, left=560)
    texts = [ln.text for ln in page_lines(1, name + label)]
    assert "Nursing Contact Hours: 1,25" in texts


def test_ocr_specks_are_no_words_but_dashes_stay() -> None:
    words = [Word("Medicare", 10, 100, 80, 112, 12, 0.9), Word("«", 84, 100, 88, 112, 12, 0.2),
             Word("Documentation", 92, 100, 190, 112, 12, 0.9), Word(".", 194, 100, 196, 112, 12, 0.7),
             Word("June", 10, 130, 40, 142, 12, 0.9), Word("3", 44, 130, 50, 142, 12, 0.9),
             Word("-", 54, 130, 58, 142, 12, 0.3), Word("5", 62, 130, 68, 142, 12, 0.9),
             Word(".|", 72, 130, 76, 142, 12, 0.6)]
    assert [ln.text for ln in page_lines(1, words)] == ["Medicare Documentation", "June 3 - 5"]


def test_a_text_layer_keeps_its_punctuation() -> None:
    assert [ln.text for ln in page_lines(1, words_of_line("Section A . B", 100))] == ["Section A . B"]


def test_a_number_label_after_a_name_starts_a_field_of_its_own(kn: Knowledge) -> None:
    lines = split_label_pairs(page_lines(1, words_of_line("Ulrich Vasquez, RPh Cert. No.: CERT0016228", 100)),
                              kn.label_phrases())
    assert [ln.text for ln in lines] == ["Ulrich Vasquez, RPh", "Cert. No.: CERT0016228"]
    sentence = split_label_pairs(page_lines(1, words_of_line("Done in May 2023. Credit awarded: 3 CPE.", 100)),
                                 kn.label_phrases())
    assert len(sentence) == 1


def test_a_label_ending_a_longer_label_does_not_split_it(kn: Knowledge) -> None:
    # "Tracking Number:" is a label of its own, but here it ends "Course Tracking Number:", the course's number.
    lines = split_label_pairs(page_lines(1, words_of_line("Course Tracking Number: 20-698234", 100)),
                              kn.label_phrases())
    assert [ln.text for ln in lines] == ["Course Tracking Number: 20-698234"]


def test_a_word_ocr_boxed_too_tall_stays_in_its_own_line() -> None:
    above = words_of_line("for successful completion of", 226.6, 8)
    title = [Word("MOTIVATIONAL", 50, 242.9, 203, 256.6, 18.7, 0.96),
             Word("INTERVIEWING", 208, 228.5, 354, 264.7, 18.7, 0.95),  # a speck above made its box tall
             Word("FOR", 360, 243.1, 399, 256.6, 18.7, 0.96), Word("USE", 404, 243.1, 440, 256.6, 18.7, 0.96)]
    assert [ln.text for ln in page_lines(1, above + title)] == ["for successful completion of",
                                                                 "MOTIVATIONAL INTERVIEWING FOR USE"]


def test_a_doubtful_speck_above_a_title_does_not_split_it() -> None:
    speck = Word("aad", 1268, 469, 1554, 481, 30.6, 0.34)  # QR-code noise OCR read as a word
    title = [Word("Cognitive", 105, 475, 280, 502, 30.6, 0.96), Word("Behavioral", 302, 475, 496, 498, 30.6, 0.96),
             Word("Therapy", 520, 476, 657, 502, 30.6, 0.96), Word("Skills", 678, 475, 792, 498, 30.6, 0.95)]
    texts = [ln.text for ln in page_lines(1, [speck, *title])]
    assert "Cognitive Behavioral Therapy Skills" in texts


def test_ocr_residue_of_leaders_between_label_and_value_is_dropped() -> None:
    words = [Word("Name:", 194, 418, 260, 437, 29, 0.92), Word("ee", 270, 411, 300, 447, 29, 0.22),
             Word("eens", 305, 411, 360, 447, 29, 0.26), Word("Nikhil", 370, 415, 450, 436, 29, 0.95),
             Word("-Carvalho", 455, 416, 560, 437, 29, 0.95)]
    assert [ln.text for ln in page_lines(1, words)] == ["Name: Nikhil Carvalho"]


def test_a_doubtful_capitalised_name_after_a_label_stays() -> None:
    words = [Word("Awarded", 80, 154, 123, 162, 10.7, 0.95), Word("to:", 126, 154, 140, 162, 10.7, 0.95),
             Word("Ivan", 251, 154, 270, 162, 10.7, 0.3), Word("Whitfield", 275, 154, 317, 162, 10.7, 0.96)]
    assert [ln.text for ln in page_lines(1, words)] == ["Awarded to: Ivan Whitfield"]


def test_a_capitals_caption_takes_the_value_below_it_by_its_size(kn: Knowledge) -> None:
    # OCR boxes capitals by their cap height (15 px for a 21 px size): the value sits 1.5 boxes below.
    words = [Word("CONTACT", 617, 740, 720, 755, 20.8, 0.95), Word("HOURS", 728, 740, 800, 755, 20.8, 0.95),
             Word("FORMAT", 1102, 740, 1190, 755, 20.8, 0.95),
             Word("1.5", 618, 778, 660, 800, 30.6, 0.95), Word("Live", 1102, 778, 1160, 800, 30.6, 0.95),
             Word("webinar", 1170, 778, 1290, 800, 30.6, 0.95)]
    texts = [ln.text for ln in join_label_cells(page_lines(1, words), kn.label_phrases())]
    assert texts == ["CONTACT HOURS: 1.5", "FORMAT: Live webinar"]


def test_a_credit_system_acronym_stays_with_the_label_it_opens(kn: Knowledge) -> None:
    line = words_of_line("Date of Completion: April 19, 2025 PDH Credits: 6", 100)
    lines = split_label_pairs(page_lines(1, line), kn.label_phrases())
    assert [ln.text for ln in lines] == ["Date of Completion: April 19, 2025", "PDH Credits: 6"]
    name = words_of_line("Name: JANE DOE Credits: 3", 100)  # a name in capitals is no credit system
    assert [ln.text for ln in split_label_pairs(page_lines(1, name), kn.label_phrases())] == ["Name: JANE DOE",
                                                                                             "Credits: 3"]
    wrapped = words_of_line("Credits Earned: 7,5 hours of CPD Delivery Method: Self-study", 100)
    assert [ln.text for ln in split_label_pairs(page_lines(1, wrapped), kn.label_phrases())] == [
        "Credits Earned: 7,5 hours of CPD", "Delivery Method: Self-study"]


def test_a_value_starting_with_no_is_not_a_number_sign(kn: Knowledge) -> None:
    from cecingest.parse.labels import find_labeled

    lines = document_lines(document("Issuing Organization Northgate Safety Professional Education"))
    assert [h.value for h in find_labeled(lines, ("issuing organization",))] == [
        "Northgate Safety Professional Education"]
    numbered = document_lines(document("Certificate No. 2201-007141"))
    assert [h.value for h in find_labeled(numbered, ("certificate",))] == ["2201-007141"]
    glued = document_lines(document("Certificate No12345"))
    assert [h.value for h in find_labeled(glued, ("certificate",))] == ["12345"]


def test_label_cell_takes_a_value_centred_under_it(kn: Knowledge) -> None:
    words = words_of_line("Program Number", 100, left=100) + words_of_line("P05471", 118, left=160)
    lines = join_label_cells(page_lines(1, words), kn.label_phrases())
    assert [ln.text for ln in lines] == ["Program Number: P05471"]


def test_a_large_name_on_a_tilted_photo_stays_one_line() -> None:
    # The title's row starts with "in" (small letters, a short box); the name beside it in large type, tilted,
    # is no taller than twice the row's capitals and belongs to the same row of the page: one line, not three.
    words = [Word("in", 440, 423.7, 465, 445.9, 29.5, 0.93), Word("R", 474, 423.7, 495, 445.0, 29.5, 0.92),
             Word("Techniques", 280, 425.6, 431, 453.3, 29.5, 0.96),
             Word("Cleaning", 153, 427.4, 271, 455.1, 29.5, 0.96), Word("Data", 80, 430.2, 143, 451.4, 29.5, 0.96),
             Word("CPA", 1299, 430.2, 1406, 469.9, 52.6, 0.96), Word("Elliott,", 1125, 433.9, 1282, 479.1, 52.6, 0.96),
             Word("D.", 1060, 436.7, 1110, 473.6, 52.6, 0.91), Word("Wen", 938, 437.6, 1045, 476.3, 52.6, 0.92)]
    assert [ln.text for ln in page_lines(1, words)] == ["Data Cleaning Techniques in R", "Wen D. Elliott, CPA"]


def test_a_header_cell_wrapped_onto_two_lines_is_one_label(kn: Knowledge) -> None:
    # "Certificate" / "Number" over its value, the next header cell ("Date") level with the second line.
    words = (words_of_line("Certificate", 430, 8) + words_of_line("Number", 440, 8)
             + words_of_line("Date", 440, 8, left=220) + words_of_line("CE-2025-0099", 456, 10)
             + words_of_line("03/03/2025", 456, 10, left=220))
    lines = join_wrapped_labels(page_lines(1, words), kn.label_phrases())
    assert [ln.text for ln in lines][:2] == ["Certificate Number", "Date"]
    # Row labels in a column, each with its value beside it, stay apart ("Course" over "Date").
    rows = (words_of_line("Course", 100, 11) + words_of_line("Ethics", 100, 11, left=230)
            + words_of_line("Date", 111, 11) + words_of_line("March 5, 2024", 111, 11, left=230))
    assert len(join_wrapped_labels(page_lines(1, rows), kn.label_phrases())) == 4


def test_a_long_leader_glued_to_both_words() -> None:
    words = words_of_line("Contact Hours.............1.5", 100)
    assert [ln.text for ln in page_lines(1, words)] == ["Contact Hours: 1.5"]


def test_two_label_value_columns_side_by_side_are_no_header_row(kn: Knowledge) -> None:
    words = (words_of_line("Participant", 100, 11) + words_of_line("Jane Doe", 100, 11, left=170)
             + words_of_line("Date", 100, 11, left=430) + words_of_line("March 3, 2025", 100, 11, left=540)
             + words_of_line("Course", 124, 11) + words_of_line("Wound Care Basics", 124, 11, left=170)
             + words_of_line("Contact Hours", 124, 11, left=430) + words_of_line("1.5", 124, 11, left=540))
    texts = [ln.text for ln in join_label_cells(page_lines(1, words), kn.label_phrases())]
    assert "Contact Hours: 1.5" in texts and "Participant: Jane Doe" in texts


def test_a_left_cell_listed_after_a_right_columns_taller_line_is_no_more_of_it() -> None:
    # OCR lists "1.3 CECs" (left column) after "PROVIDER NAME: ..." (right column), whose box starts higher.
    caption = Line(1, tuple(words_of_line("APPROVED FOR UP TO", 224.0, 7.0, left=60.0, confidence=0.9)))
    right = Line(1, tuple(words_of_line("PROVIDER NAME: Hudson Fitness Seminars", 226.0, 10.3, left=306.0,
                                        confidence=0.9)))
    left = Line(1, tuple(words_of_line("1.3 CECs", 237.0, 10.3, left=60.0, confidence=0.9)))
    assert [p.text for p in paragraphs([caption, right, left])] == [
        "APPROVED FOR UP TO", "PROVIDER NAME: Hudson Fitness Seminars", "1.3 CECs"]


def test_a_title_word_between_two_caption_lines_joins_the_title_row() -> None:
    # A sidebar's "CERTIFICATE OF" / "COMPLETION" in small capitals beside a large title read by OCR, whose
    # words' boxes differ in height ("Overuse" has no descender): each word goes to the row it is centred on.
    words = [Word("CERTIFICATE", 214, 724, 330, 741, 17, 0.95), Word("OF", 340, 724, 362, 741, 17, 0.95),
             Word("Preventing", 658, 731, 880, 773, 42, 0.95), Word("Overuse", 899, 732, 1070, 765, 33, 0.95),
             Word("Injuries", 1090, 731, 1245, 773, 42, 0.95), Word("in", 1261, 731, 1300, 763, 32, 0.95),
             Word("COMPLETION", 214, 754, 360, 771, 17, 0.95)]
    assert [ln.text for ln in page_lines(1, words)] == [
        "CERTIFICATE OF", "Preventing Overuse Injuries in", "COMPLETION"]


def test_a_boxed_sentence_stays_whole_around_a_taller_line_of_the_next_column() -> None:
    first = Line(1, tuple(words_of_line("0.1 Continuing", 200, 11, left=600)))
    name = Line(1, tuple(words_of_line("Stefan Kruger", 205, 26, left=80)))
    second = Line(1, tuple(words_of_line("Education Credits (CECs)", 214, 11, left=596)))
    assert [p.text for p in paragraphs([first, name, second])] == [
        "0.1 Continuing Education Credits (CECs)", "Stefan Kruger"]


def test_a_long_caption_under_a_short_value_at_its_left_end_labels_it(kn: Knowledge) -> None:
    words = words_of_line("0071245", 100, 12, left=500) + words_of_line("Professional License Number", 122, 8, left=500)
    lines = join_label_cells(page_lines(1, words), kn.label_phrases())
    assert [ln.text for ln in lines] == ["Professional License Number: 0071245"]


def test_underscores_are_a_leader_only_before_a_number() -> None:
    number = words_of_line("Cert No ______________ 55123", 100)
    blank = words_of_line("Signature ______________ Director", 140)
    assert [ln.text for ln in page_lines(1, number + blank)] == ["Cert No: 55123", "Signature ______________ Director"]


def test_a_value_printed_larger_beside_its_label_a_little_off_its_baseline(kn: Knowledge) -> None:
    words = words_of_line("Certificate ID", 315, 9) + words_of_line("QX-448120", 307, 14, left=160)
    lines = join_label_cells(page_lines(1, words), kn.label_phrases())
    assert [ln.text for ln in lines] == ["Certificate ID: QX-448120"]


def test_a_speck_beside_a_label_cell_is_not_its_value(kn: Knowledge) -> None:
    words = (words_of_line("Activity Title", 100, confidence=0.96) + words_of_line("e", 100, left=300, confidence=0.0)
             + words_of_line("Vulnerability Management Programs", 118, confidence=0.96))
    lines = join_label_cells(page_lines(1, words), kn.label_phrases())
    assert lines[0].text == "Activity Title: Vulnerability Management Programs"


def test_a_doubtful_capital_beside_a_label_cell_is_still_its_value(kn: Knowledge) -> None:
    words = words_of_line("CEC Awarded", 100, confidence=0.96) + words_of_line("Z", 100, left=300, confidence=0.2)
    lines = join_label_cells(page_lines(1, words), kn.label_phrases())
    assert [ln.text for ln in lines] == ["CEC Awarded: Z"]


def test_a_centred_sentences_wrapped_end_carries_it_on() -> None:
    first = "Cascade Safety Training Group is an approved continuing education provider of the Florida Board of"
    words = words_of_line(first, 100, 9, left=60) + words_of_line("Professional Engineers, Provider #90301.", 113, 9,
                                                                  left=60 + (len(first) - 40) * 4.5 / 2)
    assert [p.text for p in paragraphs(page_lines(1, words))] == [f"{first} Professional Engineers, Provider #90301."]
    # a short centred line under a short one stays apart ("Dr. Ann Lee" over "President" is no sentence)
    words = words_of_line("Provider approval valid through 2025.", 100, 9, left=60) + words_of_line(
        "Education Manager", 113, 9, left=300)
    assert len(paragraphs(page_lines(1, words))) == 2


def test_a_label_word_inside_a_sidebars_wrapped_name_labels_nothing(kn: Knowledge) -> None:
    words = (words_of_line("Heritage Clinical", 130, 12, left=30) + words_of_line("Training", 146, 12, left=30)
             + words_of_line("Institute", 162, 12, left=30))
    lines = join_label_cells(page_lines(1, words), kn.label_phrases())
    assert [ln.text for ln in lines] == ["Heritage Clinical", "Training", "Institute"]
    # a label cell over its value, under a heading apart from it, still takes the value
    words = (words_of_line("Certificate of Completion", 100, 12, left=30) + words_of_line("Training", 130, 12, left=30)
             + words_of_line("Forklift", 146, 12, left=30))
    lines = join_label_cells(page_lines(1, words), kn.label_phrases())
    assert "Training: Forklift" in [ln.text for ln in lines]


def test_a_small_capitals_caption_is_a_column_of_its_own() -> None:
    caption = words_of_line("COURSE", 100.0, 8.0)
    value = words_of_line("Wound Care Basics", 100.0, 10.0, left=caption[-1].x1 + 12)
    lines = document_lines(document_of_words([*caption, *value]))
    assert [line.text for line in lines] == ["COURSE", "Wound Care Basics"]
    same = words_of_line("COURSE", 100.0, 10.0)  # one size: a gap of an em or so is no column break
    same += words_of_line("Wound Care", 100.0, 10.0, left=same[-1].x1 + 12)
    assert [line.text for line in document_lines(document_of_words(same))] == ["COURSE Wound Care"]


def test_a_gutter_of_capitals_captions_pairs_each_with_its_value(kn: Knowledge) -> None:
    # "SECTION" under "COURSE" is the next caption of the gutter, not a value "COURSE" heads as a column.
    words = (words_of_line("COURSE", 100, 8.0, left=40) + words_of_line("Wound Care Basics", 100, 10.0, left=120)
             + words_of_line("SECTION", 118, 8.0, left=40) + words_of_line("NCR 371-49", 118, 10.0, left=120))
    lines = join_label_cells(page_lines(1, words), kn.label_phrases())
    assert any(ln.text.startswith("COURSE: Wound Care Basics") for ln in lines)  # not "COURSE: SECTION"


def test_a_label_ending_a_label_two_words_longer_does_not_split_it(kn: Knowledge) -> None:
    # "Tracking #" is a certificate id's label; "CE Broker Tracking #" is a course's number at a reporting service.
    lines = split_label_pairs(page_lines(1, words_of_line("CE Broker Tracking #: 20-698234", 100)), kn.label_phrases())
    assert [ln.text for ln in lines] == ["CE Broker Tracking #: 20-698234"]


def test_a_small_capitals_caption_read_by_ocr_labels_its_value() -> None:
    # Tesseract gives the caption and the value one size; only the boxes show the caption's smaller capitals.
    def ocr(text: str, x0: float, top: float, x1: float) -> Word:
        return Word(text, x0, top, x1, 832, 29.9, 0.9)

    row = [ocr("COURSE", 894, 816, 988), ocr("Infrastructure", 1024, 812, 1185), ocr("as", 1195, 817, 1223)]
    assert [ln.text for ln in page_lines(1, row)] == ["COURSE: Infrastructure as"]
    row = [ocr("course", 894, 816, 988), ocr("Infrastructure", 1024, 812, 1185)]  # small capitals read small
    assert [ln.text for ln in page_lines(1, row)] == ["course: Infrastructure"]
    row = [ocr("CEUs", 807, 816, 870), ocr("AWARDED", 880, 816, 988), ocr("0.3", 1023, 811, 1060)]
    assert [ln.text for ln in page_lines(1, row)] == ["CEUs AWARDED: 0.3"]
    # One height, or a word's space: no caption.
    assert [ln.text for ln in page_lines(1, [ocr("COURSE", 894, 812, 988), ocr("Ethics", 1024, 812, 1100)])] \
        == ["COURSE Ethics"]
    assert [ln.text for ln in page_lines(1, [ocr("COURSE", 894, 816, 988), ocr("Ethics", 998, 812, 1070)])] \
        == ["COURSE Ethics"]
    # A sidebar's heading in far smaller print, a column's gap from the title: no caption of it.
    heading = Word("ATTENDANCE", 31, 194.6, 90, 201.1, 15.9, 0.94)
    title = [Word("Co-Teaching", 192, 188.9, 283, 204.2, 15.9, 0.91), Word("Models", 288, 189.6, 340, 201.4, 15.9, 0.9)]
    assert sorted(ln.text for ln in page_lines(1, [heading, *title])) == ["ATTENDANCE", "Co-Teaching Models"]


def test_a_decimal_point_ocr_read_apart_from_large_figures_joins_them() -> None:
    # '6.00' in a box: the point read as its own squat word, lower than the row's first word's box.
    words = [Word("Hours:", 1100, 379, 1230, 401, 21.7, 0.95), Word("6", 1257, 380, 1278, 410, 21.7, 0.96),
             Word("00", 1292, 379, 1336, 410, 21.7, 0.96), Word(".", 1282, 403, 1288, 409, 19.2, 0.62)]
    assert [ln.text for ln in page_lines(1, words)] == ["Hours: 6.00"]
    words = [Word("0.", 655, 205, 669, 219, 10.4, 0.88), Word("50", 670, 205, 689, 219, 10.4, 0.96)]
    assert [ln.text for ln in page_lines(1, words)] == ["0.50"]
    spaced = [Word("1.", 655, 205, 664, 219, 10.4, 0.88), Word("50", 672, 205, 689, 219, 10.4, 0.96)]
    assert [ln.text for ln in page_lines(1, spaced)] == ["1. 50"]  # a list's number, a space before its words


def test_a_fill_in_rule_far_from_a_label_is_no_leader() -> None:
    # The blank under a name's field, read as a squat run of underscores ten ems on: no colon after the name.
    words = [Word("Attendee:", 248, 810, 352, 827, 33.9, 0.96), Word("Quinn", 376, 804, 452, 833, 33.9, 0.8),
             Word("Lee", 465, 800, 520, 838, 33.9, 0.96), Word("_____", 975, 833, 1056, 835, 33.9, 0.14),
             Word("State", 1085, 812, 1140, 829, 33.9, 0.95), Word("Bar", 1149, 812, 1190, 829, 33.9, 0.9)]
    assert [ln.text for ln in page_lines(1, words)] == ["Attendee: Quinn Lee", "State Bar"]


def test_a_doubtful_date_on_a_fill_in_rule_is_no_leader_residue() -> None:
    words = [Word("Date(s):", 236, 626, 317, 648, 27.1, 0.96), Word("06/26/2021", 347, 620, 474, 641, 27.1, 0.12),
             Word("-", 488, 631, 495, 634, 27.1, 0.93), Word("06/27/2021", 504, 620, 631, 640, 27.1, 0.96)]
    assert [ln.text for ln in page_lines(1, words)] == ["Date(s): 06/26/2021 - 06/27/2021"]
    residue = [Word("Name:", 236, 626, 317, 648, 27.1, 0.96), Word("eeeens", 330, 630, 470, 641, 27.1, 0.12),
               Word("Ann", 504, 620, 560, 640, 27.1, 0.96), Word("Lee", 570, 620, 620, 640, 27.1, 0.96)]
    assert [ln.text for ln in page_lines(1, residue)] == ["Name: Ann Lee"]


def test_a_fill_in_rule_read_with_a_dash_at_its_end_is_a_blank() -> None:
    words = [Word("Attendee:", 233, 801, 336, 818, 27.1, 0.92), Word("Omar", 355, 795, 434, 824, 27.1, 0.9),
             Word("_______\u2014", 939, 822, 1004, 823, 27.1, 0.03), Word("Bar", 1060, 800, 1100, 817, 27.1, 0.9)]
    assert next(ln.text for ln in page_lines(1, words)) == "Attendee: Omar"  # not "Attendee: Omar: Bar"


def test_an_em_dash_boxed_as_its_stroke_stays_in_its_row() -> None:
    words = [Word("Re:", 64.3, 192.7, 79.4, 200.4, 10.7, 0.96), Word("credit", 83, 192.7, 112, 200.4, 10.7, 0.91),
             Word("\u2014", 114.6, 197.5, 120.3, 198.5, 10.7, 0.84), Word("Ethics", 123, 192.7, 158, 200.4, 10.7, 0.95)]
    assert [ln.text for ln in page_lines(1, words)] == ["Re: credit \u2014 Ethics"]


def test_a_blank_box_s_label_takes_no_labelled_line_above_it(kn: Knowledge) -> None:
    # A form's "License Number" box left blank, right under the box "Participant: Jane Doe, RDH": that line has its
    # own label; the small label below it is no caption of it.
    words = (words_of_line("Participant: Jane Doe, RDH", 100, 10, left=50)
             + words_of_line("License Number", 119, 7.5, left=50))
    lines = join_label_cells(page_lines(1, words), kn.label_phrases())
    assert [ln.text for ln in lines] == ["Participant: Jane Doe, RDH", "License Number"]


def test_a_lower_case_label_word_between_sentence_lines_takes_no_value(kn: Knowledge) -> None:
    # "Jane Doe" / "completed" / the title: running text, not a caption under the name nor a label over the title
    words = (words_of_line("Fiona Kowalczyk", 100, size=22, left=200) + words_of_line("completed", 128, size=11,
                                                                                        left=260)
             + words_of_line("Dementia Care Strategies", 146, size=15, left=180))
    lines = join_label_cells(page_lines(1, words), kn.label_phrases())
    assert [ln.text for ln in lines] == ["Fiona Kowalczyk", "completed", "Dementia Care Strategies"]
    # a capitalised caption still heads its value
    words = words_of_line("Completed", 100, left=40) + words_of_line("Sep 12, 2023", 118, left=40)
    assert [ln.text for ln in join_label_cells(page_lines(1, words), kn.label_phrases())] == [
        "Completed: Sep 12, 2023"]


def test_a_title_wrapped_after_its_colon_beside_its_label_is_one_value(kn: Knowledge) -> None:
    words = (words_of_line("Course Title:", 100, left=320) + words_of_line("Grounding and Bonding:", 100, left=440)
             + words_of_line("Code Review", 114, left=440))
    lines = join_label_cells(page_lines(1, words), kn.label_phrases())
    assert [ln.text for ln in lines] == ["Course Title: Grounding and Bonding: Code Review"]
    words = (words_of_line("Course:", 100, left=320) + words_of_line("Electrical Continuing Education:", 100, left=440)
             + words_of_line("8-Hour Update", 114, left=440))
    lines = join_label_cells(page_lines(1, words), kn.label_phrases())
    assert [ln.text for ln in lines] == ["Course: Electrical Continuing Education: 8-Hour Update"]
    # two labels side by side still head values of their own
    words = (words_of_line("Attendee:", 100, left=40) + words_of_line("Credit (CPE):", 100, left=250)
             + words_of_line("Kofi Greenberg", 118, left=40) + words_of_line("1.5", 118, left=250))
    texts = [ln.text for ln in join_label_cells(page_lines(1, words), kn.label_phrases())]
    assert "Attendee: Kofi Greenberg" in texts


def test_a_status_beside_its_label_is_its_value_not_a_label_of_the_next_row(kn: Knowledge) -> None:
    # An LMS export's grid: "Passed" and "Completed" label dates elsewhere, but beside "Status" they are its value;
    # the date on the next row belongs to that row's own label cell, known or not.
    statuses = frozenset(kn.words("other", "statuses"))
    words = (words_of_line("Status", 236, 8.7, left=41) + words_of_line("Passed", 235, 9.5, left=186)
             + words_of_line("Registered", 254, 8.7, left=41) + words_of_line("Feb 18, 2021", 253, 9.5, left=186)
             + words_of_line("Date Completed", 272, 8.7, left=41) + words_of_line("Apr 12, 2021", 271, 9.5, left=186))
    texts = [ln.text for ln in join_label_cells(page_lines(1, words), kn.label_phrases(), statuses)]
    assert "Status: Passed" in texts and "Date Completed: Apr 12, 2021" in texts
    assert not any(t.startswith("Passed:") for t in texts)
    words = (words_of_line("Status", 228, 9.3, left=41) + words_of_line("Completed", 227, 10, left=186)
             + words_of_line("Enrollment Date", 247, 9.3, left=41) + words_of_line("2020-10-08", 246, 10, left=186))
    texts = [ln.text for ln in join_label_cells(page_lines(1, words), kn.label_phrases(), statuses)]
    assert texts == ["Status: Completed", "Enrollment Date: 2020-10-08"]
