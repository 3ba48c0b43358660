from __future__ import annotations

from cecingest.models import Word
from cecingest.parse.layout import join_letter_spaced, page_lines
from tests.helpers import words_of_line


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
