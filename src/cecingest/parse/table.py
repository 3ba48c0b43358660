"""Column-header tables: a row of labels side by side ("NAME  COURSE  DATE COMPLETED  CREDITS"), each value in
the row (or wrapped rows) beneath it, under its label. Values are matched to labels by horizontal overlap of the
word boxes, not by where a cell begins: a table may centre or right-align its cells, and a value wider than its
label runs past the label's edges."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from cecingest.models import Line, Word
from cecingest.parse.layout import bare_labels, reports_status

CELL_GAP_EMS = 0.8  # words further apart than this many font sizes stand in different cells
WRAP_GAP_EMS = 0.7  # a label or value that wraps goes on this close below; the next table row stands further
BELOW_EMS = 3.2  # the values begin within this many label sizes under the header
MERGE_GAP_EMS = 2.0  # two label words closer than this that make one label are one cell (letter-spaced labels)
CAPTION_GAP_EMS = 2.0  # a row of larger values this close above a row of labels: captions under values
LABEL_CELL_WORDS = 4  # a cell of at most this many words ending with a colon labels the cell after it
MIN_KNOWN_SHARE = 0.6  # of a header's cells that must be known labels (a table may have a column we do not read)


@dataclass(frozen=True)
class _Row:
    """The lines of one printed row of a page, and their words left to right."""

    page: int
    lines: tuple[int, ...]  # indexes into the document's lines
    words: tuple[Word, ...]

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def size(self) -> float:
        sizes = sorted(_em(w) for w in self.words)
        return sizes[len(sizes) // 2]

    @property
    def height(self) -> float:
        heights = sorted(w.bottom - w.top for w in self.words)
        return heights[len(heights) // 2]


@dataclass(frozen=True)
class _Column:
    label: tuple[Word, ...]

    @property
    def x0(self) -> float:
        return min(w.x0 for w in self.label)

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.label)

    @property
    def text(self) -> str:
        return _cell_text(self.label)


def header_tables(lines: list[Line], labels: frozenset[str], statuses: frozenset[str] = frozenset()) -> list[Line]:
    """Every header row of known labels with values beneath becomes one "Label: value" line per column, in the
    place of the header and value lines it was read from; all other lines stay as they were. A row with a status
    label and a status beside it ("Status | Passed") is a label and its value, no header (`statuses`)."""
    rows = _rows(lines)
    replaced: dict[int, list[Line]] = {}
    consumed: set[int] = set()
    r = 0
    while r < len(rows):
        found = None if _status_row(rows[r], statuses) else _header_at(rows, r, labels)
        if found is None:
            r += 1
            continue
        columns, used = found
        values = _value_rows(rows, r + used, labels, columns)
        cells = _assign(columns, [rows[k] for k in values])
        if sum(bool(c) for c in cells) < 2:  # one value under a row of labels is no table of them
            r += 1
            continue
        records = [(values, cells), *_more_records(rows, values, labels, columns)]
        taken = [i for k in (*range(r, r + used), *(k for v, _ in records for k in v)) for i in rows[k].lines]
        records = _marked_record(records, rows)
        consumed.update(taken)
        replaced[min(taken)] = [_joined(rows[r].page, col, cell) for _, record in records
                                for col, cell in zip(columns, record, strict=True) if cell]
        r = max(records[-1][0]) + 1
    if not replaced:
        return lines
    out: list[Line] = []
    for i, line in enumerate(lines):
        out.extend(replaced.get(i, []))
        if i not in consumed:
            out.append(line)
    return out


def _status_row(row: _Row, statuses: frozenset[str]) -> bool:
    """'Status  Passed', 'Course Status  Completed': a status label and the state it reports, alone on their row."""
    cells = _segments(row.words)
    return len(cells) == 2 and reports_status(_cell_text(cells[0]), _cell_text(cells[1]), statuses)


def _rows(lines: list[Line]) -> list[_Row]:
    """Lines whose middles lie within half a line of each other form one printed row (the columns of a row are
    separate lines)."""
    rows: list[list[int]] = []
    for i, line in enumerate(lines):
        last = rows[-1] if rows else None
        if last is not None and _same_row(lines[last[0]], line):
            last.append(i)
        else:
            rows.append([i])
    out = []
    for idx in rows:
        words = sorted((w for i in idx for w in lines[i].words if not _rule_or_speck(w)), key=lambda w: w.x0)
        if words:
            out.append(_Row(lines[idx[0]].page, tuple(idx), tuple(words)))
    return out


def _rule_or_speck(word: Word) -> bool:
    """A ruled table's rules and the specks OCR reads beside them ("|", ":") are no cells; a dash between two
    dates is part of the value."""
    if any(ch.isalnum() for ch in word.text) or word.text in _JOINERS:
        return False
    return word.text.strip("|") == "" or word.confidence < 1.0


_JOINERS = {"-", "\u2013", "\u2014", "&", "+", "/"}


def _same_row(a: Line, b: Line) -> bool:
    middle_a, middle_b = (a.bbox[1] + a.bbox[3]) / 2, (b.bbox[1] + b.bbox[3]) / 2
    return a.page == b.page and abs(middle_a - middle_b) < 0.5 * min(a.size, b.size)


def _em(word: Word) -> float:
    return max(word.size or (word.bottom - word.top), 1.0)


def _segments(words: tuple[Word, ...]) -> list[list[Word]]:
    """Runs of words at ordinary word spacing: cells of a row."""
    out: list[list[Word]] = []
    for word in words:
        if out and word.x0 - out[-1][-1].x1 <= CELL_GAP_EMS * max(_em(word), _em(out[-1][-1])):
            out[-1].append(word)
        else:
            out.append([word])
    return out


def _cell_text(cell: Sequence[Word]) -> str:
    return " ".join(w.text for w in cell)


def _bare(text: str) -> str:
    """A label as the label lists hold it: lower case, single spaces, no colon, number sign or dot around it."""
    return re.sub(r"\s+", " ", text.lower()).strip(" :#.")


def _known(text: str, labels: frozenset[str]) -> bool:
    """A known label, or a known label of two words or more qualified by a word or two before it ("HRCI
    RECERTIFICATION CREDIT HOURS", "CNE CONTACT HOURS"; not a name over a caption, "Jane Doe, RN / Participant
    Name")."""
    words = _bare(text).split()
    known = bare_labels(labels)
    return " ".join(words) in known or any(
        " ".join(words[k:]) in known and all(w.isalpha() for w in words[:k]) for k in (1, 2) if len(words) - k >= 2)


def _known_cell(cell: Sequence[Word], labels: frozenset[str]) -> bool:
    return _known(_cell_text(cell), labels)


def _split_known(cell: list[Word], labels: frozenset[str]) -> list[list[Word]]:
    """Two labels set close together ("Cert. No. Completed") are two cells when each part is a label."""
    if _known_cell(cell, labels):
        return [cell]
    for k in range(1, len(cell)):
        if _known_cell(cell[:k], labels) and _known_cell(cell[k:], labels):
            return [cell[:k], cell[k:]]
    return [cell]


def _merge_known(cells: list[list[Word]], labels: frozenset[str],
                 values: _Row | None = None) -> list[list[Word]]:
    """A letter-spaced label ("CREDIT   AWARDED") is one label, not two columns; two labels side by side
    ("Completed   Credit Earned") stay two, unless together they are a label themselves. With the row of
    `values` below: not when each part has a value of its own under it ("Registered  Completion Date" over
    "09/18/2025  10/18/2025 1:13 PM": a tight export's two columns, the first a qualifier only in words)."""
    out: list[list[Word]] = []
    for cell in cells:
        if out and cell[0].x0 - out[-1][-1].x1 < MERGE_GAP_EMS * _em(cell[0]) and _joins(out[-1], cell, labels) \
                and not _valued_apart(out[-1], cell, values):
            out[-1] = out[-1] + cell
        else:
            out.append(cell)
    return out


def _valued_apart(left: list[Word], right: list[Word], values: _Row | None) -> bool:
    """Whether the row below has a cell under `left` that ends before `right` begins and another under `right`
    that begins after `left` ends: a column each."""
    if values is None:
        return False
    cells = _segments(values.words)
    under_left = any(_overlap(c[0].x0, c[-1].x1, left[0].x0, left[-1].x1) > 0 and c[-1].x1 < right[0].x0
                     for c in cells)
    under_right = any(_overlap(c[0].x0, c[-1].x1, right[0].x0, right[-1].x1) > 0 and c[0].x0 > left[-1].x1
                      for c in cells)
    return under_left and under_right


def _joins(left: list[Word], right: list[Word], labels: frozenset[str]) -> bool:
    joined = _cell_text(left + right)
    if not _known(joined, labels):
        return False
    exact = _bare(joined) in bare_labels(labels)
    return exact or not (_known_cell(left, labels) and _known_cell(right, labels))


def _header_cells(row: _Row, labels: frozenset[str], below: _Row | None = None) -> list[list[Word]]:
    cells = _merge_known(_segments(row.words), labels, below)
    # "This certificate is presented to" is one phrase, however widely OCR spaced its words; "Course  Completed"
    # are two labels side by side.
    if _known_cell(row.words, labels) and not all(
            _known_cell(c, labels) for c in cells):
        return [list(row.words)]
    if len(cells) < 2:  # one cell is no row of labels; its words are not split into two
        return cells
    return [part for cell in cells for part in _split_known(cell, labels)]


def _header_at(rows: list[_Row], r: int, labels: frozenset[str]) -> tuple[list[_Column], int] | None:
    """The columns of a header row at rows[r], and how many rows it takes (labels that wrap take two)."""
    row = rows[r]
    cells = _header_cells(row, labels, rows[r + 1] if r + 1 < len(rows) and rows[r + 1].page == row.page else None)
    if not _headerlike(row, cells) or _label_beside_value(row, labels):
        return None
    one = [_Column(tuple(c)) for c in cells]
    two = _wrapped_header(one, rows, r)
    if two is not None and _known_count(two, labels) >= _known_count(one, labels):
        one, used = two, 2
    else:
        used = 1
    if len(one) < 2 or _known_count(one, labels) < max(2, MIN_KNOWN_SHARE * len(one)):
        return None
    below = rows[r + used] if r + used < len(rows) else None
    labelled_above = r >= 2 and _labels_over(rows[r - 2], rows[r - 1], row)
    if r > 0 and _captions_under_values(rows[r - 1], row, one, below, labelled_above):
        return None
    # "Status | Passed" over "Enrollment Date | 04/17/2019": a label/value grid, not a header; not when the row
    # below is printed larger than the labels ("Format | CE Credits" over "Lecture | 3"): a form's small labels
    # over their values, whatever words the values are.
    if len(one) == 2 and below is not None and _grid_row(below, labels) and below.size <= 1.15 * row.size:
        return None
    return one, used


def _grid_row(row: _Row, labels: frozenset[str]) -> bool:
    """A row of a two-column label/value grid: a known label, then one cell that is no label."""
    label = _label_cell_of_pair(row, labels)
    return label is not None and _known_cell(label, labels)


def _label_beside_value(row: _Row, labels: frozenset[str]) -> bool:
    """A grid's row "Activity Format | In-person": a label and, beside it, a value that is no label. Split into
    two labels ("Activity", "Format") the label would make a header row of three columns."""
    label = _label_cell_of_pair(row, labels)
    return label is not None and all(_known_cell(part, labels) for part in _split_known(label, labels))


def _label_cell_of_pair(row: _Row, labels: frozenset[str]) -> list[Word] | None:
    """The first of a row's two cells when the second is no label: the cell the callers judge as its label."""
    cells = _merge_known(_segments(row.words), labels)
    return cells[0] if len(cells) == 2 and not _known_cell(cells[1], labels) else None


def _captions_under_values(above: _Row, row: _Row, columns: list[_Column], below: _Row | None,
                           labelled_above: bool = False) -> bool:
    """Labels right under a row of values, one under each ("Jane Doe" / "Participant"), caption the values above
    them; they head nothing below. They do when the values above sit closer than the row below (a grid of
    captioned values repeats row after row); not when the row below is closer and the values above have small
    labels over them too (`labelled_above`): a form's boxes print a small label at the top of each box, over its
    value, right under the value of the box above. Small captions under the first values stay captions however
    near the next row is."""
    gap = row.top - above.bottom
    if above.page != row.page or gap > CAPTION_GAP_EMS * row.size or row.size > above.size:
        return False
    closer_above = below is None or below.page != row.page or gap < below.top - row.bottom
    if not closer_above and (labelled_above or row.size > 0.85 * above.size):
        return False
    cells = _segments(above.words)
    covered = {k for cell in cells for k, c in enumerate(columns) if _overlap(cell[0].x0, cell[-1].x1, c.x0, c.x1) > 0}
    return len(cells) >= 2 and len(covered) >= 2


def _labels_over(labels_row: _Row, values: _Row, row: _Row) -> bool:
    """Whether a row in the print of `row` sits right over `values`, smaller than them: the values' own labels."""
    return labels_row.page == values.page and abs(labels_row.size - row.size) <= 0.15 * row.size \
        and labels_row.size < values.size and 0 <= values.top - labels_row.bottom <= CAPTION_GAP_EMS * labels_row.size


def _headerlike(row: _Row, cells: list[list[Word]]) -> bool:
    """Short cells, no digits and no colons: labels of the table, not a line of prose or a row of values."""
    return len(cells) >= 2 and all(
        len(c) <= 6 and not any(ch.isdigit() for w in c for ch in w.text) and not c[-1].text.endswith(":")
        for c in cells) and not any(w.text.endswith(":") for w in row.words)


def _known_count(columns: list[_Column], labels: frozenset[str]) -> int:
    return sum(_known(c.text, labels) for c in columns)


def _wrapped_header(columns: list[_Column], rows: list[_Row], r: int) -> list[_Column] | None:
    """The header with its labels' second lines ("DATE" / "COMPLETED"): a row right below, without digits, whose
    every cell lies under exactly one label."""
    if r + 1 >= len(rows):
        return None
    row, below = rows[r], rows[r + 1]
    # OCR estimates a line's size from its words and the specks read with them ("NUMBER" beside a ":" speck);
    # capitals of one size have boxes of one height, whatever the estimate.
    if (below.page != row.page or below.top - row.bottom > WRAP_GAP_EMS * row.size
            or (abs(below.size - row.size) > 0.15 * row.size
                and not (_all_capitals(row) and _all_capitals(below)
                         and abs(below.height - row.height) <= 0.15 * row.height))):
        return None
    merged = [list(c.label) for c in columns]
    for cell in _segments(below.words):
        if any(ch.isdigit() or ch == ":" for w in cell for ch in w.text):
            return None
        under = [k for k, c in enumerate(columns) if _overlap(cell[0].x0, cell[-1].x1, c.x0, c.x1) > 0]
        if len(under) != 1:
            return None
        merged[under[0]] += cell
    return [_Column(tuple(c)) for c in merged]


def _all_capitals(row: _Row) -> bool:
    letters = "".join(ch for w in row.words for ch in w.text if ch.isalpha())
    return letters.isupper()


def _value_rows(rows: list[_Row], start: int, labels: frozenset[str], columns: list[_Column]) -> list[int]:
    """The rows of values under a header: the first within a few label sizes, then the lines its cells wrap onto
    (each of their cells under one column: a sentence across the page below the table is no wrapped cell);
    another header row ends them."""
    if start >= len(rows):
        return []
    head = rows[start - 1]
    first = rows[start]
    if (first.page != head.page or not 0 <= first.top - head.bottom < BELOW_EMS * head.size
            or _header_at(rows, start, labels) is not None):
        return []
    out = [start]
    for k in range(start + 1, len(rows)):
        prev, row = rows[out[-1]], rows[k]
        if row.page != prev.page or row.top - prev.bottom > WRAP_GAP_EMS * prev.size:
            break
        if _header_at(rows, k, labels) is not None or not _cells_under_columns(row, columns):
            break
        # A cell wraps in its own size; a row of small labels ("Format  Certificate Number") under the values
        # captions or heads other values, whichever way the page reads.
        cells = _segments(row.words)
        if abs(row.size - prev.size) > 0.3 * prev.size or (
                len(cells) >= 2 and all(_known_cell(c, labels) for c in cells)):
            break
        out.append(k)
    return out


def _more_records(rows: list[_Row], values: list[int], labels: frozenset[str],
                  columns: list[_Column]) -> list[tuple[list[int], list[list[Word]]]]:
    """The further rows of a table with one row per session or module ("Date  Session  CPE" over four sessions
    and a "Total" row): each row of values is labelled like the first, so that a total row reads "CPE: 2.4"
    beside its "Total" and the rows above it read as its parts, not as unlabelled numbers."""
    out: list[tuple[list[int], list[list[Word]]]] = []
    first = rows[values[0]]
    while (start := max(out[-1][0] if out else values) + 1) < len(rows):
        row = rows[start]
        if abs(row.size - first.size) > 0.15 * first.size or len(_segments(row.words)) < 2:
            break
        more = _value_rows(rows, start, labels, columns)
        # "Certificate No.: CE-2025-0041" under the table is a labelled line of its own, not a row of it.
        if not more or not all(_cells_under_columns(rows[k], columns) and not _labelled(rows[k], labels)
                               for k in more):
            break
        cells = _assign(columns, [rows[k] for k in more])
        if sum(bool(c) for c in cells) < 2:
            break
        out.append((more, cells))
    return out


# A pointer printed before one row of a list ("» 12/9/2025  Data-Driven Instruction ..."): the row selected.
_MARKS = frozenset({"\u00bb", ">>", ">", "\u25b6", "\u25ba", "\u2192", "\u27a4", "\u21d2"})


def _marked_record(records: list[tuple[list[int], list[list[Word]]]],
                   rows: list[_Row]) -> list[tuple[list[int], list[list[Word]]]]:
    """A transcript's rows with one marked by a pointer (the activity this printout is for): that row alone,
    without its pointer; the other rows are other activities. Without exactly one mark, every row."""
    marks = {id(mark) for k in (k for values, _ in records for k in values) if (mark := _leading_mark(rows[k]))}
    marked = [(values, cells) for values, cells in records if any(_leading_mark(rows[k]) for k in values)]
    if len(records) < 2 or len(marked) != 1:
        return records
    values, cells = marked[0]
    return [(values, [[w for w in cell if id(w) not in marks] for cell in cells])]


def _leading_mark(row: _Row) -> Word | None:
    """The pointer that opens a row, left of its first cell; an arrow inside a cell ("Sepsis → Septic Shock",
    "Module 1 > Lesson 2") is part of its text."""
    first = min(row.words, key=lambda w: w.x0)
    return first if first.text in _MARKS else None


def _labelled(row: _Row, labels: frozenset[str]) -> bool:
    """A row holding a known label ("Delivery Method: Conference", "Certificate No."), or a short cell that ends
    with its colon, its value in the next cell ("FL License #:  D68445", "ACEP Member ID:  217149"); a session
    called "Panel: lessons from practice" is none."""
    for cell in _segments(row.words):
        texts = [w.text for w in cell]
        ends = [k for k, t in enumerate(texts) if t.endswith(":")]
        if _known(" ".join(texts), labels) or (ends and _known(" ".join(texts[:ends[0] + 1]), labels)):
            return True
        if ends == [len(texts) - 1] and len(texts) <= LABEL_CELL_WORDS and len(_segments(row.words)) >= 2:
            return True
    return False


def _cells_under_columns(row: _Row, columns: list[_Column]) -> bool:
    """Whether every cell of the row stands under at most one column."""
    return all(sum(_overlap(cell[0].x0, cell[-1].x1, c.x0, c.x1) > 0 for c in columns) <= 1
               for cell in _segments(row.words))


def _overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    return min(a1, b1) - max(a0, b0)


def _assign(columns: list[_Column], rows: list[_Row]) -> list[list[Word]]:
    """Each value word to the label it stands under, row after row: a word that overlaps a label belongs to it; a
    word beside no label goes with its neighbours in the same cell (the nearer one's label), and a cell beside no
    label at all to the nearest label."""
    cells: list[list[Word]] = [[] for _ in columns]
    for row in rows:
        for segment in _segments(row.words):
            for word, k in zip(segment, _columns_of(segment, columns), strict=True):
                cells[k].append(word)
    return cells


def _columns_of(segment: list[Word], columns: list[_Column]) -> list[int]:
    direct = [_under(w, columns) for w in segment]
    if all(k is None for k in direct):
        return [_nearest(segment[0].x0, segment[-1].x1, columns)] * len(segment)
    out: list[int] = []
    for i, (word, k) in enumerate(zip(segment, direct, strict=True)):
        if k is None:
            before = next((direct[j] for j in range(i - 1, -1, -1) if direct[j] is not None), None)
            after = next((direct[j] for j in range(i + 1, len(segment)) if direct[j] is not None), None)
            choices = [c for c in (before, after) if c is not None]
            k = min(choices, key=lambda c: _distance(word.x0, word.x1, columns[c]))
        out.append(k)
    return out


def _under(word: Word, columns: list[_Column]) -> int | None:
    best = max(range(len(columns)), key=lambda k: _overlap(word.x0, word.x1, columns[k].x0, columns[k].x1))
    return best if _overlap(word.x0, word.x1, columns[best].x0, columns[best].x1) > 0 else None


def _distance(x0: float, x1: float, column: _Column) -> float:
    return max(column.x0 - x1, x0 - column.x1, 0.0)


def _nearest(x0: float, x1: float, columns: list[_Column]) -> int:
    return min(range(len(columns)), key=lambda k: _distance(x0, x1, columns[k]))


def _joined(page: int, column: _Column, value: list[Word]) -> Line:
    """'Label: value' as one line, like every labelled line the fields are read from."""
    label = list(column.label)
    last = label[-1]
    label[-1] = Word(last.text.rstrip(":") + ":", last.x0, last.top, last.x1, last.bottom, last.size,
                     last.confidence)
    return Line(page, (*label, *value))  # value words come row by row, left to right

