"""Ink a page-wide reading left unread: found on drawn tables (no Tesseract), and read on its own (Tesseract)."""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw, ImageFont

from cecingest.config import Settings
from cecingest.extract.ink import unread_ink_areas

ROWS = [("Session", "Hours"), ("Safety", "1.5"), ("Codes", "12.0"), ("Total", "13.5")]


def _table() -> tuple[Image.Image, dict[str, list[object]], list[tuple[int, int, int, int]]]:
    """A ruled two-column table, and a reading of it (as Tesseract's image_to_data gives) that holds the first
    column's words only; also where the second column's values stand."""
    image = Image.new("L", (900, 420), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=32)
    data: dict[str, list[object]] = {key: [] for key in ("block_num", "par_num", "line_num", "left", "top", "width",
                                                         "height", "conf", "text")}
    missed = []
    for row, (name, hours) in enumerate(ROWS):
        y = 40 + row * 80
        for x, text in ((80, name), (520, hours)):
            box = draw.textbbox((x, y), text, font=font)
            draw.text((x, y), text, fill=0, font=font)
            if x == 520:
                missed.append((int(box[0]), int(box[1]), int(box[2]), int(box[3])))
                continue
            for key, value in zip(("block_num", "par_num", "line_num", "left", "top", "width", "height", "conf",
                                   "text"), (1, 1, row + 1, box[0], box[1], box[2] - box[0], box[3] - box[1], 95,
                                             text), strict=True):
                data[key].append(value)
    for row in range(len(ROWS) + 1):  # the rules: rows and columns
        draw.line((40, 20 + row * 80, 860, 20 + row * 80), fill=0, width=3)
    for x in (40, 480, 860):
        draw.line((x, 20, x, 20 + len(ROWS) * 80), fill=0, width=3)
    return image, data, missed


def test_a_column_left_unread_is_found_cell_by_cell_without_its_rules() -> None:
    image, data, missed = _table()
    areas = unread_ink_areas(image, data)
    assert len(areas) == len(missed)
    for area, cell in zip(areas, missed, strict=True):
        # each area is the value's ink (within a few pixels), not the rules around it
        assert all(abs(a - c) <= 6 for a, c in zip(area, cell, strict=True)), (area, cell)


def test_rules_and_read_words_leave_no_area() -> None:
    image, data, _ = _table()
    blank = Image.new("L", image.size, 255)
    draw = ImageDraw.Draw(blank)
    for row in range(5):
        draw.line((40, 20 + row * 80, 860, 20 + row * 80), fill=0, width=3)
    for x in (40, 480, 860):
        draw.line((x, 20, x, 340), fill=0, width=3)
    assert unread_ink_areas(blank, data) == []  # an empty ruled table: nothing to read
    assert unread_ink_areas(image, {key: [] for key in data}) == []  # no words read: no text size to go by


def test_too_many_leftovers_are_a_picture_not_missed_cells() -> None:
    table, data, _ = _table()
    image = Image.new("L", (900, 900), 255)
    image.paste(table, (0, 0))
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=32)
    for k in range(60):  # a busy background of word-sized marks below the table
        draw.text((40 + (k % 10) * 85, 440 + (k // 10) * 70), "ab", fill=0, font=font)
    assert unread_ink_areas(image, data) == []


@pytest.mark.ocr
def test_values_of_an_unread_column_are_read_on_their_own_and_added() -> None:
    from cecingest.extract.ocr import reread_doubtful_numbers, words_from_data

    image, data, missed = _table()
    n = len(data["text"])
    for key in ("level", "page_num", "word_num"):
        data[key] = [1] * n
    reread_doubtful_numbers(image, data, Settings())  # type: ignore[arg-type]
    added = words_from_data(data, 1.0)[n:]  # type: ignore[arg-type]
    assert [w.text for w in added] == [hours for _, hours in ROWS]
    for word, cell in zip(added, missed, strict=True):
        assert abs(word.x0 - cell[0]) <= 4 and abs(word.top - cell[1]) <= 6  # boxes mapped back onto the page
        assert 0.7 <= word.confidence <= 1.0
    assert not any(set(w.text) <= set("|_-—") for w in added)


def test_a_page_without_unread_ink_costs_no_tesseract_run(monkeypatch: pytest.MonkeyPatch) -> None:
    import cecingest.extract.ocr as ocr

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("no second reading expected")

    image, data, missed = _table()
    for left, top, right, bottom in missed:  # the whole table read
        for key, value in zip(("block_num", "par_num", "line_num", "left", "top", "width", "height", "conf", "text"),
                              (2, 1, 1, left, top, right - left, bottom - top, 95, "x1"), strict=True):
            data[key].append(value)
    monkeypatch.setattr(ocr.pytesseract, "image_to_data", refuse)
    ocr.reread_doubtful_numbers(image, data, Settings())  # type: ignore[arg-type]


def _data(words: list[tuple[str, int, int, int, int, int]]) -> dict[str, list[object]]:
    """image_to_data columns for (text, line, left, top, width, height) words read surely."""
    keys = ("level", "page_num", "block_num", "par_num", "word_num", "line_num", "left", "top", "width", "height",
            "conf", "text")
    data: dict[str, list[object]] = {key: [] for key in keys}
    for number, (text, line, left, top, width, height) in enumerate(words, start=1):
        for key, value in zip(keys, (5, 1, 1, 1, number, line, left, top, width, height, 90, text), strict=True):
            data[key].append(value)
    return data


def test_a_large_figure_read_in_pieces_is_found() -> None:
    from cecingest.extract.ink import figure_pieces

    small = [("Contact", 1, 10, 10, 80, 20), ("Hours", 1, 100, 10, 60, 20), ("Total", 2, 10, 60, 60, 20)]
    pieces = [("1", 3, 400, 100, 20, 60), (":", 3, 425, 140, 8, 15), ("2", 3, 440, 100, 30, 60),
              ("5", 3, 475, 100, 30, 60)]
    data = _data(small + pieces)
    assert figure_pieces(data, 20) == [[3, 4, 5, 6]]
    # Small figures side by side, or large ones far apart, are figures of their own.
    assert figure_pieces(_data([*small, ("1", 3, 400, 100, 10, 20), ("5", 3, 420, 100, 10, 20)]), 20) == []
    assert figure_pieces(_data([*small, ("1", 3, 400, 100, 20, 60), ("5", 3, 600, 100, 30, 60)]), 20) == []


@pytest.mark.ocr
def test_a_large_figure_read_in_pieces_is_read_again_whole() -> None:
    from cecingest.extract.ocr import reread_doubtful_numbers

    image = Image.new("L", (900, 300), 255)
    draw = ImageDraw.Draw(image)
    small, large = ImageFont.load_default(size=30), ImageFont.load_default(size=90)
    words = []
    for k, text in enumerate(("Contact", "Hours", "awarded", "here")):
        label = draw.textbbox((60, 40 + 50 * k), text, font=small)
        draw.text((60, 40 + 50 * k), text, fill=0, font=small)
        words.append((text, k + 1, int(label[0]), int(label[1]), int(label[2] - label[0]), int(label[3] - label[1])))
    x0, y0, x1, y1 = (int(v) for v in draw.textbbox((500, 120), "1.25", font=large))
    draw.text((500, 120), "1.25", fill=0, font=large)
    draw.rectangle((460, 90, 760, 260), outline=0, width=3)
    third = (x1 - x0) // 3  # what a page-wide reading gave: '1', '2', '5'
    words += [("1", 9, x0, y0, third - 4, y1 - y0), ("2", 9, x0 + third, y0, third - 4, y1 - y0),
              ("5", 9, x0 + 2 * third, y0, x1 - x0 - 2 * third, y1 - y0)]
    data = _data(words)
    reread_doubtful_numbers(image, data, Settings())  # type: ignore[arg-type]
    assert [t for t in data["text"] if t] == ["Contact", "Hours", "awarded", "here", "1.25"]


def test_letters_left_light_on_a_filled_block_are_no_area() -> None:
    image, data, _ = _table()
    draw = ImageDraw.Draw(image)
    draw.rectangle((560, 330, 700, 410), fill=90)  # a logo: a filled square, its letters left white
    draw.text((575, 355), "MVS", fill=255, font=ImageFont.load_default(size=32))
    areas = unread_ink_areas(image, data)
    assert len(areas) == 4 and all(top < 330 for _, top, _, _ in areas)  # the table's column only


def _runs_by_counting(ink: list[list[bool]], length: int) -> list[list[bool]]:
    """Pixels in a run of at least `length` along each row, by walking the runs."""
    out = []
    for row in ink:
        marks, start = [False] * len(row), None
        for x, value in enumerate([*row, False]):
            if value and start is None:
                start = x
            elif not value and start is not None:
                if x - start >= length:
                    marks[start:x] = [True] * (x - start)
                start = None
        out.append(marks)
    return out


@pytest.mark.parametrize("length", [2, 3, 5, 8])
def test_rules_are_runs_of_ink_along_either_axis(length: int) -> None:
    import numpy as np

    from cecingest.extract.ink import _runs_at_least

    ink = np.random.default_rng(length).random((37, 53)) < 0.7
    along_rows = _runs_at_least(ink, length, axis=1)
    along_columns = _runs_at_least(ink, length, axis=0)
    assert along_rows.tolist() == _runs_by_counting(ink.tolist(), length)
    assert along_columns.T.tolist() == _runs_by_counting(ink.T.tolist(), length)


@pytest.mark.parametrize("cell", [1, 2, 3, 5])
def test_the_coarse_grid_marks_every_cell_holding_ink(cell: int) -> None:
    import numpy as np

    from cecingest.extract.ink import _coarse

    ink = np.random.default_rng(cell).random((41, 29)) < 0.02
    rows, cols = -(-41 // cell), -(-29 // cell)
    grid = _coarse(ink, cell, rows, cols)
    expected = [[bool(ink[r * cell:(r + 1) * cell, c * cell:(c + 1) * cell].any()) for c in range(cols)]
                for r in range(rows)]
    assert grid.tolist() == expected
