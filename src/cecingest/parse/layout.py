"""Words into lines: group by baseline, split columns at wide gaps, re-join letter-spaced headings."""

from __future__ import annotations

import functools
import itertools
import math
import re
import statistics
from collections.abc import Callable, Iterable

from cecingest.models import ExtractedDocument, Line, Word

COLUMN_GAP_EMS = 2.0  # a horizontal gap wider than this many font sizes separates two columns
LETTER_SPACED_MIN = 3  # this many single letters in a row are a letter-spaced word ("C E R T I F I C A T E")


def document_lines(doc: ExtractedDocument) -> list[Line]:
    """Every line of every page, top to bottom, left to right."""
    lines: list[Line] = []
    for page in doc.pages:
        lines.extend(page_lines(page.number, page.words))
    return lines


def page_lines(page: int, words: Iterable[Word]) -> list[Line]:
    rows = _rows(sorted(words, key=lambda w: (w.top, w.x0)))
    lines: list[Line] = []
    for row in rows:
        words = leaders_as_colons(decimal_points_joined(sorted(row, key=lambda w: w.x0)))
        if not words:
            continue  # a row of leader dots alone (a rule drawn with dots)
        words = read_captions_as_labels(words)
        for segment in _join_labels(_split_columns(words)):
            lines.append(Line(page, tuple(join_letter_spaced(segment))))
    return sorted(lines, key=reading_order)


def body_size(lines: Iterable[Line]) -> float:
    """The text's size: the median size over the words (most words are in it)."""
    sizes = sorted(ln.size for ln in lines for _ in ln.words)
    return sizes[len(sizes) // 2]


def reading_order(line: Line) -> tuple[int, int, float]:
    """Top to bottom (in steps of 3 points), then left to right. By the median top of a line's words: one word
    OCR boxed too tall must not lift its line above the line before it."""
    return line.page, round(statistics.median(w.top for w in line.words) / 3), line.bbox[0]


def _rows(words: list[Word]) -> list[list[Word]]:
    """Words whose vertical centres lie within half a word height of a row's centre share the row; a squat word
    (OCR's reading of leader dots, an underscore rule) joins the row whose letters it sits inside."""
    rows: list[list[Word]] = []
    centres: list[float] = []
    members: list[list[float]] = []  # each row's words' centres, whose mean is its centre
    spans: list[tuple[float, float]] = []  # each row's highest top and lowest bottom
    for word in words:
        centre = (word.top + word.bottom) / 2
        height = max(word.bottom - word.top, 1.0)
        # Only a row near the word's centre, or whose words' height spans it, can take the word (every test
        # below needs one of the two); the others are not looked at.
        near = [(i, c) for i, c in enumerate(centres)
                if abs(c - centre) <= height * 0.5 or spans[i][0] <= centre <= spans[i][1]]
        # The nearest row first: a word between two rows (a large title beside a small caption) joins the one
        # whose centre it shares, not the one that happened to start first.
        for i, row_centre in sorted(near, key=lambda item: abs(item[1] - centre)):
            first = rows[i][0]
            # (A dash too: OCR boxes an em dash as its stroke, "credit — Remote Patient Monitoring".)
            inside = (first.top <= centre <= first.bottom and height < 0.5 * (first.bottom - first.top)
                      and (_dotlike(word) or set(word.text) <= _DASHES)) or _decimal_point_of(word, rows[i])
            # A word more than twice the row's height joins it only when its middle lies within the row's
            # letters (OCR boxed "INTERVIEWING" with a speck above it and nearly put it in the line above).
            # (Against the row's tallest word: a first word in small letters, "in", is no measure of its height.)
            towering = (height > 2 * _row_height(rows[i]) and not first.top <= centre <= first.bottom
                        and not _dotlike(first))  # a doubtful speck (QR noise read as "aad") sets no height
            if (abs(centre - row_centre) <= height * 0.5 and not towering) or inside:
                rows[i].append(word)
                members[i].append(centre)
                centres[i] = math.fsum(members[i]) / len(members[i])  # statistics.fmean's sum, without its overhead
                spans[i] = (min(spans[i][0], word.top), max(spans[i][1], word.bottom))
                break
        else:
            rows.append([word])
            centres.append(centre)
            members.append([centre])
            spans.append((word.top, word.bottom))
    return rows


_DASHES = frozenset("-\u2013\u2014")


def _decimal_point_of(word: Word, row: list[Word]) -> bool:
    """A point OCR read apart from large figures ('6' '.' '00' in a box): squat, near the figures' baseline, its
    centre inside a digit's height, and touching that digit's side; it belongs to their row, wherever the row's
    first word stands."""
    if word.text not in (".", ",") or word.confidence >= 1.0:
        return False
    centre = (word.top + word.bottom) / 2
    for other in row:
        height = other.bottom - other.top
        if (other.text[-1:].isdigit() or other.text[:1].isdigit()) and other.top <= centre <= other.bottom \
                and word.bottom - word.top < 0.5 * height and abs(word.bottom - other.bottom) < 0.2 * height \
                and other.x0 - 0.4 * height <= word.x0 and word.x1 <= other.x1 + 0.4 * height:
            return True
    return False


def decimal_points_joined(row: list[Word]) -> list[Word]:
    """Large figures OCR read in parts ('6' '.' '00', '0.' '50'): the parts, touching or all but, are one amount
    ('6.00', '0.50'). Text layers are left alone."""
    out: list[Word] = []
    for word in row:
        prev = out[-1] if out else None
        if prev is not None and word.confidence < 1.0 and _amount_part_joins(prev, word):
            out[-1] = Word(prev.text + word.text, prev.x0, min(prev.top, word.top), word.x1,
                           max(prev.bottom, word.bottom), prev.size, min(prev.confidence, word.confidence))
        else:
            out.append(word)
    return out


def _amount_part_joins(prev: Word, word: Word) -> bool:
    height = max(prev.bottom - prev.top, word.bottom - word.top)
    if word.x0 - prev.x1 > 0.25 * height:
        return False
    if word.text in (".", ","):  # the point, after the whole part
        return prev.text.isdigit() and len(prev.text) <= 3
    # the decimals, after the whole part and its point
    return re.fullmatch(r"\d{1,3}[.,]", prev.text) is not None and re.fullmatch(r"\d{1,3}", word.text) is not None


def _row_height(row: list[Word]) -> float:
    """The height of the row's tallest word read with confidence (specks set no height)."""
    return max((w.bottom - w.top for w in row if not _dotlike(w)), default=row[0].bottom - row[0].top)


def _dotlike(word: Word) -> bool:
    """Leader dots or a rule as printed, or OCR's doubtful reading of them; never a word read with confidence."""
    return word.confidence < 0.5 or set(word.text) <= set("._-\u00b7\u2026")


def _split_columns(row: list[Word]) -> list[list[Word]]:
    segments: list[list[Word]] = [[row[0]]]
    for prev, word in itertools.pairwise(row):
        em = max(prev.size or (prev.bottom - prev.top), word.size or (word.bottom - word.top), 1.0)
        if word.x0 - prev.x1 > COLUMN_GAP_EMS * em or _caption_before_value(prev, word, em):
            segments.append([word])
        else:
            segments[-1].append(word)
    return segments


def _caption_before_value(prev: Word, word: Word, em: float) -> bool:
    """'COURSE  Wound Care Basics': a small capitals caption in a gutter, its value in a larger type a short gap to
    the right, is a column of its own (a label with no colon)."""
    if prev.size is None or word.size is None or word.x0 - prev.x1 < 0.8 * em:
        return False
    caption = prev.text.rstrip(".#:")
    return (len(caption) >= 2 and caption.isalpha() and caption.isupper() and not word.text.isupper()
            and prev.size < 0.9 * word.size)


def read_captions_as_labels(row: list[Word]) -> list[Word]:
    """'COURSE  Infrastructure as Code', 'CEUs AWARDED  0.3' as OCR reads them: a caption of small capitals at the
    row's start, its value a wide gap to the right, reads "COURSE: Infrastructure as Code". Tesseract gives every
    word of its line one size, so the caption's smaller capitals show only in its box: shorter than the value's
    capitals or ascenders on the same baseline. Small capitals are often read as small letters ('course'): so read,
    only a caption of one word."""
    for k in range(min(3, len(row) - 1)):
        caption, value = row[k], row[k + 1]
        text = caption.text.rstrip(".#")
        capitals = len(text) >= 2 and text.isalpha() and (text.isupper() or text[:-1].isupper())
        if not capitals and not (k == 0 and len(text) >= 3 and text.isalpha() and text.islower()):
            return row
        if caption.confidence < 1.0 and value.confidence < 1.0 and _caption_by_height(caption, value):
            return [*row[:k], _with_text(caption, caption.text + ":"), *row[k + 1:]]
        if not capitals:
            return row
    return row


def _caption_by_height(caption: Word, value: Word) -> bool:
    """Small capitals (0.6 to 0.85 of the value's letters) an em or two before the value: a wider gap parts two
    columns (a sidebar's heading beside the title), and far smaller letters are another block's print."""
    em = max(caption.size or (caption.bottom - caption.top), 1.0)
    gap = value.x0 - caption.x1
    if not 0.8 * em <= gap <= COLUMN_GAP_EMS * em or value.text.isupper() or caption.text.endswith(":"):
        return False
    value_height = caption.bottom - value.top  # the value's letters down to the caption's baseline
    aligned = abs(value.bottom - caption.bottom) <= 0.4 * value_height
    return aligned and 0.6 * value_height <= caption.bottom - caption.top < 0.85 * value_height


def _join_labels(segments: list[list[Word]]) -> list[list[Word]]:
    """A 'Label:' column and the value at the next tab stop of the same row are one line ("Course:   Ethics")."""
    out: list[list[Word]] = []
    for segment in segments:
        # Two labels side by side ("Attendee:   Credit (CPE):") head two cells whose values stand below them.
        if out and out[-1][-1].text.endswith(":") and len(out[-1]) <= 5 and not segment[-1].text.endswith(":"):
            out[-1] = out[-1] + segment
        else:
            out.append(segment)
    return out


# Dot leaders ("Attendee ........ Jane Doe") separate a label from its value the way a colon does. Four dots at
# least: three are an ellipsis in a sentence.
_LEADER = re.compile(r"(?:[.\u00b7]{4,}|\u2026{2,})")
_LEADER_WORD = re.compile(r"^(?:[.\u00b7]{4,}|\u2026{2,})$")
# A rule of underscores ("Cert No ________ 55123") is a leader only before a number typed at its end: before words
# or nothing it is a blank to sign or fill in.
_UNDERSCORES = re.compile(r"^_{4,}[-\u2013\u2014]?$")  # (OCR may read the rule's end as a dash)


def leaders_as_colons(row: list[Word]) -> list[Word]:
    """A row whose label and value are joined by dot leaders reads "Label: value": the leader (a word of dots,
    dots glued to either word, or OCR's ". . . ." as separate dots) becomes a colon after the label."""
    out: list[Word] = []
    pending = False  # a leader was seen and the label before it still needs its colon
    i = 0
    while i < len(row):
        word = row[i]
        run = _dot_run(row, i)
        if run:
            pending, i = bool(out), i + run
            continue
        if _dust(word):
            i += 1  # specks OCR read off a border, a seal or paper grain ("._", "«"): no word at all
            continue
        if word.confidence < 1.0 and _SPECK_PREFIX.match(word.text):
            word = _with_text(word, _SPECK_PREFIX.sub("", word.text))  # "-Iversen": a speck glued to a name
        head, leader, tail = _split_leader(word.text)
        if pending or (leader and not head):
            _colon_after(out)
            pending = False
        if head:
            out.append(_with_text(word, head))
            if leader:
                pending = True
        if tail:
            _colon_after(out)
            pending = False
            out.append(_with_text(word, tail))
        i += 1
    return _without_noise_after_labels(out)


NOISE_CONFIDENCE = 0.35  # OCR words read this doubtfully between a label and a clear value are leader residue


def _without_noise_after_labels(words: list[Word]) -> list[Word]:
    """'Name: ee ee eens Nikhil Carvalho': OCR reads dot leaders it did not recognise as doubtful letters. Between a
    label and a value read clearly, such words are dropped (and only there: a doubtful word elsewhere may be all
    there is of a value)."""
    out: list[Word] = []
    for i, word in enumerate(words):
        after_label = bool(out) and out[-1].text.endswith(":")
        # Names and titles start with a capital even when OCR doubts them ("Ivan" at 0.30); residue does not.
        # A date or a number read doubtfully ("06/26/2021" on a fill-in rule) is a value all the same.
        residue = word.confidence < NOISE_CONFIDENCE and not any(ch.isupper() for ch in word.text) \
            and sum(ch.isdigit() for ch in word.text) < 2
        if after_label and residue and any(w.confidence >= 0.8 for w in words[i + 1:]):  # a clear value later
            continue
        out.append(word)
    return out


_SPECK_PREFIX = re.compile(r"^[-.,'`~_\u00b7*]+(?=[A-Z][a-z])")
_SPECKS = set(".,'`~_\u00ab\u00bb\u2022\u00b7*\u00b0^\"")


def _dust(word: Word) -> bool:
    """A word OCR made of specks: no letter or digit and doubtful, or a lone dot or quote between words. Text
    layers (confidence 1) are left alone; dashes, colons and bars carry meaning and are never dust."""
    if word.confidence >= 1.0 or word.text == "|" or not set(word.text) <= _SPECKS | {"|"}:
        return False  # a bar alone separates cells ("DATE May 4 | CREDITS 1.00"); ".|" is a speck
    return word.confidence < 0.5 or len(word.text) <= 2


def _dot_run(row: list[Word], i: int) -> int:
    """How many words from i are leader dots: one word of four or more, three or more single dots, or words
    far shorter than the row's letters (OCR reads a line of dots as squat gibberish: "sasissgedcepec")."""
    if _LEADER_WORD.match(row[i].text) or (_UNDERSCORES.match(row[i].text) and i + 1 < len(row)
                                            and any(ch.isdigit() for ch in row[i + 1].text)):
        return 1
    j = i
    while j < len(row) and row[j].text in {".", "\u00b7"}:
        j += 1
    if j - i >= 3:
        return j - i
    if len(row[i].text) < 3 or not _dotlike(row[i]):
        return 0  # (the test below, whose letter height sorts the row's heights: asked of every word)
    squat = 0.3 * _letter_height(row)
    j = i
    # (A rule of underscores was judged above: before words it is a blank to fill in, however squat OCR read it.)
    while j < len(row) and row[j].bottom - row[j].top < squat and len(row[j].text) >= 3 and _dotlike(row[j]) \
            and not _UNDERSCORES.match(row[j].text):
        j += 1
    return j - i


def _letter_height(row: list[Word]) -> float:
    """The height of the row's ordinary words (a high percentile: the squat ones may be many)."""
    heights = sorted(w.bottom - w.top for w in row)
    return heights[int(0.8 * (len(heights) - 1))]


def _split_leader(text: str) -> tuple[str, str, str]:
    match = _LEADER.search(text)
    # "a...b" inside a word is not a leader; a long run is, glued to both words ("Hours............1.5").
    if match is None or (match.start() and match.end() < len(text) and len(match.group()) < 6):
        return text, "", ""
    return text[:match.start()], match.group(), text[match.end():]


def _colon_after(words: list[Word]) -> None:
    if words and not words[-1].text.endswith(":"):
        words[-1] = _with_text(words[-1], words[-1].text + ":")


def _with_text(word: Word, text: str) -> Word:
    return Word(text, word.x0, word.top, word.x1, word.bottom, word.size, word.confidence)


def join_letter_spaced(words: list[Word]) -> list[Word]:
    """Runs of single letters become words again; a gap clearly wider than the letter gaps breaks a word."""
    out: list[Word] = []
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and len(words[j].text) == 1 and words[j].text.isalpha():
            j += 1
        if j - i >= LETTER_SPACED_MIN:
            out.extend(_merge_run(words[i:j]))
            i = j
        else:
            out.append(words[i])
            i += 1
    return out


def _merge_run(run: list[Word]) -> list[Word]:
    gaps = [b.x0 - a.x1 for a, b in itertools.pairwise(run)]
    typical = statistics.median(gaps)
    groups: list[list[Word]] = [[run[0]]]
    for gap, word in zip(gaps, run[1:], strict=False):
        if gap > typical * 1.6 + 1.0:
            groups.append([word])
        else:
            groups[-1].append(word)
    return [_merged(g) for g in groups]


def _merged(group: list[Word]) -> Word:
    return Word(
        text="".join(w.text for w in group), x0=group[0].x0, top=min(w.top for w in group),
        x1=group[-1].x1, bottom=max(w.bottom for w in group), size=group[0].size,
        confidence=min(w.confidence for w in group),
    )


def paragraphs(lines: list[Line]) -> list[Line]:
    """Consecutive lines of one size, close below each other, joined: sentences that wrap stay whole."""
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if prev is not None and continues(prev, line):
            out[-1] = Line(prev.page, prev.words + line.words)
        elif len(out) >= 2 and _beside(out[-1], line) and continues(out[-2], line):
            # A box's wrapped sentence ("0.1 Continuing" / "Education Credits") with a taller line of the next
            # column read between its lines: the box's lines still make one sentence.
            out[-2] = Line(out[-2].page, out[-2].words + line.words)
        else:
            out.append(line)
    return out


def _beside(other: Line, line: Line) -> bool:
    """Whether `other` stands in another column than `line` (no horizontal overlap), on the same page."""
    return other.page == line.page and (other.bbox[2] < line.bbox[0] or other.bbox[0] > line.bbox[2])


# "Delivery Method: Home study": a line that opens with a short label is a new form field, not a wrapped sentence.
OPENS_WITH_LABEL = re.compile(r"^\W{0,2}[A-Z][\w.#/()'-]*(?:\s+[\w.#/()'-]+){0,3}:\s")


def continues(prev: Line, line: Line) -> bool:
    """Whether `line` carries on the sentence of `prev` (same size, just below, not a new form field)."""
    label = OPENS_WITH_LABEL.match(line.text)
    # "April 2022. Credit awarded: 7.5" ends a sentence before its label: it carries the sentence on.
    if (label and ". " not in label.group(0)) or " | " in prev.text or " | " in line.text:
        return False  # a new form field, or a strip of cells ("DATE May 4 | CREDITS 1.00"), is no prose
    if prev.page != line.page or abs(prev.size - line.size) > 0.15 * max(prev.size, 1.0):
        return False
    last_line_top = max(w.top for w in prev.words)
    gap = line.bbox[1] - last_line_top
    # Under the sentence, not in the next column: OCR may list a cell of the left column ("1.3 CECs") after the
    # right column's taller line it starts under ("PROVIDER NAME: ..."), with no width of that line over it.
    overlaps = line.bbox[0] < prev.bbox[2] and line.bbox[2] > prev.bbox[0]
    return 0 < gap <= 1.8 * max(line.size, 1.0) and overlaps and (
        line.bbox[0] - prev.bbox[0] < 4 * line.size or _centred_wrap(prev, line))


def _centred_wrap(prev: Line, line: Line) -> bool:
    """A centred sentence's wrapped end ("... provider of the Florida Board of Professional" / "Engineers, Provider
    #90301."): centred under a long line that stops mid-sentence."""
    middle = (prev.bbox[0] + prev.bbox[2]) / 2 - (line.bbox[0] + line.bbox[2]) / 2
    return (abs(middle) < 1.5 * line.size and len(prev.words) >= 8
            and not prev.text.rstrip().endswith((".", ":", "!", "?"))
            and line.bbox[2] - line.bbox[0] < prev.bbox[2] - prev.bbox[0])


def join_wrapped_labels(lines: list[Line], labels: frozenset[str]) -> list[Line]:
    """A table's header cell that wraps ("Certificate" / "Number", "Professional" / "License Number"): a line and
    the line tight under it, in its size and column, that together read as one known label are one line, when
    the upper stands alone on its row (a header row whose cells start level is header_tables' to read) and the
    lower has no value beside it ("Course" over "Date" in a column of row labels are two labels)."""
    known = bare_labels(labels)
    merged: dict[int, Line] = {}
    dropped: set[int] = set()
    for i, upper in enumerate(lines):
        if i in dropped or i in merged:
            continue
        for k, lower in enumerate(lines):
            if k == i or k in dropped or k in merged or not _wraps_onto(upper, lower):
                continue
            if (f"{upper.text} {lower.text}".lower().strip(" :#.") in known
                    and not _row_of(lines, upper) and not _value_beside(lines, lower, known)):
                merged[i] = Line(upper.page, upper.words + lower.words)
                dropped.add(k)
                break
    return [merged.get(i, line) for i, line in enumerate(lines) if i not in dropped]


def _wraps_onto(upper: Line, lower: Line) -> bool:
    """Whether `lower` stands right under `upper`, in its size, starting or centred where it does."""
    size = upper.size
    centre = (upper.bbox[0] + upper.bbox[2]) / 2 - (lower.bbox[0] + lower.bbox[2]) / 2
    return (lower.page == upper.page and 0 <= lower.bbox[1] - upper.bbox[3] < 0.5 * size
            and abs(lower.size - size) <= 0.15 * size
            and (abs(lower.bbox[0] - upper.bbox[0]) < 0.6 * size or abs(centre) < 0.6 * size))


def _value_beside(lines: list[Line], line: Line, known: frozenset[str]) -> bool:
    """Whether a line that is no label stands to the right of `line` on its row."""
    return any(other.bbox[0] >= line.bbox[2] and other.text.lower().strip(" :#.") not in known
               for other in _row_of(lines, line))


def _row_of(lines: list[Line], line: Line) -> list[Line]:
    """The other lines on the printed row of `line`."""
    return [other for other in lines if other is not line and on_row_of(other, line)]


def on_row_of(other: Line, line: Line) -> bool:
    """Whether `other` stands on the printed row of `line`: its middle within the line's height."""
    return other.page == line.page and line.bbox[1] <= (other.bbox[1] + other.bbox[3]) / 2 <= line.bbox[3]


def join_label_cells(lines: list[Line], labels: frozenset[str], statuses: frozenset[str] = frozenset()) -> list[Line]:
    """Tables without colons: a cell that is only a label ("Course Title", "CPE Credits") takes the value cell
    to its right in the same row, or the cell right below it (a header row over a value row), or the value
    above a small caption, and becomes "Label: value" like every other labelled line. A status label takes a
    status beside it (`statuses`: "Status | Passed") even when that word labels things elsewhere."""
    headers = _header_rows(lines, labels, statuses)
    lines = _split_at_header_columns(lines, headers)
    in_header = {id(cell) for row in headers for cell in row}  # header cells are never split: same objects
    used: set[int] = set()
    joined: dict[int, Line] = {}
    for i, line in enumerate(lines):
        if i in used or not _cell_label(line, labels) or _inside_wrapped_name(lines, i, labels) \
                or _reported_status(lines, line, statuses):
            continue
        j = _value_cell(lines, i, labels, used, below_only=id(line) in in_header, statuses=statuses)
        if j is not None:
            cell = [j, *_wrapped_below(lines, j, labels, used | {i})]
            used.update({i, *cell})
            label_words = list(line.words)
            label_words[-1] = _with_text(label_words[-1], label_words[-1].text.rstrip(":") + ":")
            value_words = tuple(w for k in cell for w in lines[k].words)
            joined[min(i, j)] = Line(line.page, tuple(label_words) + value_words)
    return [joined.get(i, line) for i, line in enumerate(lines) if i in joined or i not in used]


def _inside_wrapped_name(lines: list[Line], index: int, labels: frozenset[str]) -> bool:
    """'Heritage Clinical' / 'Training' / 'Institute': a narrow sidebar wraps a name a word or two a line; a label
    word alone on the middle line, tight between the name's lines in their size and column, labels nothing."""
    cell = lines[index]
    if len(cell.words) != 1:
        return False

    def tight(upper: Line, lower: Line) -> bool:
        return (upper.page == lower.page and abs(upper.bbox[0] - lower.bbox[0]) < 0.5 * cell.size
                and abs(upper.size - lower.size) <= 0.1 * cell.size
                and 0 <= lower.bbox[1] - upper.bbox[3] <= 0.6 * cell.size)

    above = [ln for ln in lines if ln is not cell and tight(ln, cell)]
    below = [ln for ln in lines if ln is not cell and tight(cell, ln)]
    return any(len(a.words) >= 2 and ":" not in a.text and not _cell_label(a, labels) for a in above) and any(
        len(b.words) == 1 and ":" not in b.text and not _cell_label(b, labels) for b in below)


def _wrapped_below(lines: list[Line], index: int, labels: frozenset[str], used: set[int]) -> list[int]:
    """A table cell that wraps ("Thursday," / "September 12," / "2019"): the lines right under the value, at
    its left edge and in its size, that are no label of their own."""
    out: list[int] = []
    cell = lines[index]
    for _ in range(3):
        x0, _, _, bottom = cell.bbox
        nearest = [
            (other.bbox[1], k) for k, other in enumerate(lines)
            if k not in used and k != index and k not in out and other.page == cell.page
            and 0 <= other.bbox[1] - bottom < 0.9 * cell.size and abs(other.bbox[0] - x0) < 0.6 * cell.size
            and abs(other.size - cell.size) <= 0.15 * cell.size and not _cell_label(other, labels)
            and not opens_with_known_label(other.text, labels) and not _both_end_in_years(cell, other)
            and not _has_row_label(lines, other, labels)
        ]
        if not nearest:
            break
        k = min(nearest)[1]
        if _line_between(lines, cell, lines[k]):
            break  # a caption between two values ends the first: the second is the next caption's
        out.append(k)
        cell = lines[k]
    return out


_ENDS_IN_YEAR = re.compile(r"\b(?:19|20)\d{2}\W*$")


def _line_between(lines: list[Line], upper: Line, lower: Line) -> bool:
    """Whether another line stands in the gap between `upper` and the line `lower` right under it."""
    return any(other.page == upper.page and upper.bbox[3] - 1 <= other.bbox[1] and other.bbox[3] <= lower.bbox[1] + 1
               and other is not upper and other is not lower
               and min(upper.bbox[2], other.bbox[2]) > max(upper.bbox[0], other.bbox[0]) for other in lines)


def _both_end_in_years(cell: Line, other: Line) -> bool:
    """A value that ends in a year ("April 10, 2024") is whole: a date right under it ("March 5, 2024") is the
    next row's value, not the rest of this one."""
    return bool(_ENDS_IN_YEAR.search(cell.text) and _ENDS_IN_YEAR.search(other.text))


def _has_row_label(lines: list[Line], value: Line, labels: frozenset[str]) -> bool:
    """A value with a label cell of its own to its left ("Course  Wound Care") is the next row of a two-column
    table, not the wrapped end of the value above it; so is one beside a short cell no list knows, word for word
    ("Registered  Feb 18, 2021" under "Status  Passed"): a wrapped value's next line has nothing left of it."""
    middle = (value.bbox[1] + value.bbox[3]) / 2
    return any(other.page == value.page and other.bbox[2] < value.bbox[0]
               and abs((other.bbox[1] + other.bbox[3]) / 2 - middle) < 0.5 * value.size
               and (_cell_label(other, labels) or _row_label_like(other))
               for other in lines)


def _row_label_like(line: Line) -> bool:
    """A short capitalised cell without digits or a sentence's end: a label, known or not."""
    return len(line.words) <= 3 and line.text[:1].isupper() and not any(ch.isdigit() for ch in line.text) \
        and not line.text.rstrip().endswith((".", ","))


def _split_at_header_columns(lines: list[Line], headers: list[list[Line]]) -> list[Line]:
    """A row of label cells ("Cert. No.  Completed  Activity  Credits") heads the columns of the rows below it;
    a value line that runs across two columns ("CE-2020-0294 December 1-4,") is two cells, split where the
    header's columns begin."""
    out = list(lines)
    for header in headers:
        starts = sorted(ln.bbox[0] for ln in header)
        top = max(ln.bbox[3] for ln in header)
        size = max(ln.size for ln in header)
        for k, line in enumerate(out):
            if line.page != header[0].page or not 0 <= line.bbox[1] - top < 4 * size or len(line.words) < 2:
                continue
            cells = _by_column(line, starts, size)
            if len(cells) > 1:
                out[k:k + 1] = [Line(line.page, tuple(c)) for c in cells]
    return sorted(out, key=reading_order)


def _header_rows(lines: list[Line], labels: frozenset[str],
                 statuses: frozenset[str] = frozenset()) -> list[list[Line]]:
    cells = [ln for ln in lines if _cell_label(ln, labels) and not ln.text.endswith(":")]
    rows: list[list[Line]] = []
    for cell in cells:
        for row in rows:
            if row[0].page == cell.page and abs(row[0].bbox[1] - cell.bbox[1]) < 0.5 * cell.size:
                row.append(cell)
                break
        else:
            rows.append([cell])
    rows = [_without_statuses(row, statuses) for row in rows]
    return [row for row in rows if len(row) >= 2 and not _values_between(lines, row, labels)]


def _without_statuses(row: list[Line], statuses: frozenset[str]) -> list[Line]:
    """A row's label cells but a status right of a status label ("Status | Completed"): that is the value."""
    ordered = sorted(row, key=lambda cell: cell.bbox[0])
    return [cell for k, cell in enumerate(ordered) if not (k and _status_beside(ordered[k - 1], cell, statuses))]


def _values_between(lines: list[Line], row: list[Line], labels: frozenset[str]) -> bool:
    """'Participant  Jane Doe      Date  March 3, 2025' over 'Course  Wound Care': label cells with a value
    between them and another label cell over or under the first are two label/value columns side by side, not a header
    row over the values below it."""
    first, last = min(row, key=lambda cell: cell.bbox[0]), max(cell.bbox[0] for cell in row)
    middle = (row[0].bbox[1] + row[0].bbox[3]) / 2
    between = any(other.page == row[0].page and first.bbox[0] < other.bbox[0] < last
                  and abs((other.bbox[1] + other.bbox[3]) / 2 - middle) < 0.5 * row[0].size
                  and not _cell_label(other, labels) for other in lines)
    if not between:
        return False
    index = lines.index(first)
    return any(k is not None and _cell_label(lines[k], labels)
               for k in (_next_below(lines, index), _next_above(lines, index)))


def _by_column(line: Line, starts: list[float], size: float) -> list[list[Word]]:
    cells: list[list[Word]] = []
    column = -1
    for word in line.words:
        here = max((k for k, x in enumerate(starts) if word.x0 >= x - 0.6 * size), default=0)
        if here != column:
            cells.append([])
            column = here
        cells[-1].append(word)
    return cells


def _cell_label(line: Line, labels: frozenset[str]) -> bool:
    raw = re.sub(r"\s+", " ", line.text.lower()).strip()
    if len(line.words) == 1 and raw.endswith(".") and raw not in labels:
        return False  # "activity." ends a sentence that wrapped; it labels nothing
    return len(line.words) <= 6 and raw.strip(" :#.") in bare_labels(labels)


@functools.cache
def bare_labels(labels: frozenset[str]) -> frozenset[str]:
    """Labels as a cell shows them once its punctuation is stripped ("Cert. No." -> "cert. no")."""
    return labels | {label.strip(" :#.") for label in labels}


def _value_cell(lines: list[Line], index: int, labels: frozenset[str], used: set[int],
                below_only: bool = False, statuses: frozenset[str] = frozenset()) -> int | None:
    """The value of a label cell: beside it, else below it (only below when the cell heads a column)."""
    cell = lines[index]
    _, top, x1, bottom = cell.bbox
    height = bottom - top
    right: tuple[float, int] | None = None
    below: tuple[float, int] | None = None
    for j, other in enumerate(lines):
        if j == index or other.page != cell.page or _speck_line(other):
            continue
        ox0, otop, _, obottom = other.bbox
        # On the label's row: middles level, or the label's middle within a taller value's height (a value
        # printed larger, its baseline a little off the label's).
        if abs((otop + obottom) / 2 - (top + bottom) / 2) < 0.6 * height or (
                obottom - otop > 1.3 * height and otop <= (top + bottom) / 2 <= obottom):
            if ox0 > x1 and (right is None or ox0 < right[0]):
                right = (ox0, j)
        elif (0 <= otop - bottom < 1.5 * max(height, cell.size) and _under_cell(other, cell)
              and (below is None or otop < below[0])):
            below = (otop, j)
    # The nearest cell decides: another label there means a header row, so look below instead.
    # A value beside its label may be printed larger ("Certificate ID" beside "QX-448120" in 14 pt), as below it.
    if not below_only and right is not None and right[1] not in used and (
            _status_beside(cell, lines[right[1]], statuses)  # "Status | Passed", whatever lies under "Passed"
            or ((_is_value(lines[right[1]], cell, labels, larger=not _LEADS_ON.search(cell.text))
                or _wrapped_title_part(lines, right[1], cell, labels, used | {index}))
            and not _heads_a_column(lines, right[1], below, cell, labels))):
        return right[1]
    # Only a caption-like label heads a larger value; "This certifies that" over the name stays a sentence.
    # "Jane Doe" / "completed" / the title: a label word printed in lower case is running text between the lines
    # of a sentence, neither a label over a value nor a caption under one (those start with a capital:
    # "Completed", "COMPLETED"); only a value beside it on its row may be its own.
    if cell.text[:1].islower():
        return None
    under = below[1] if below is not None and below[1] not in used and _is_value(
        lines[below[1]], cell, labels, larger=not _LEADS_ON.search(cell.text)) else None
    above = _captioned_value(lines, index, labels, used)
    if under is None or above is None:
        return under if under is not None else above
    # A stack of values with small captions between them reads one way throughout: a stack that ends in a
    # caption (and starts with a value) puts every caption under its value; one that starts with a label and
    # ends in a value puts every label over its value.
    vote = _stack_vote(lines, index, labels)
    if vote:
        return above if vote > 0 else under
    # Else a small label between two values names the nearer one: a caption hugs the rule above it, a label the
    # value it heads. A caption right under a value belongs to it: equal spacing does not send it to the next.
    return above if top - lines[above].bbox[3] <= 1.25 * (lines[under].bbox[1] - bottom) else under


def _reported_status(lines: list[Line], line: Line, statuses: frozenset[str]) -> bool:
    """'Passed' right of 'Status' on its row: the status's value, whatever it labels elsewhere."""
    middle = (line.bbox[1] + line.bbox[3]) / 2
    return bool(statuses) and any(
        other.page == line.page and other.bbox[2] < line.bbox[0]
        and abs((other.bbox[1] + other.bbox[3]) / 2 - middle) < 0.6 * (other.bbox[3] - other.bbox[1])
        and _status_beside(other, line, statuses) for other in lines)


def reports_status(label: str, value: str, statuses: frozenset[str]) -> bool:
    """'Status' or 'Course Status' and a state it reports ('Passed', one of `statuses`)."""
    return label.lower().strip(" :#.").endswith("status") and value.lower().strip(" .") in statuses


def _status_beside(cell: Line, other: Line, statuses: frozenset[str]) -> bool:
    """'Status' beside 'Passed': a status label and the state it reports, in sizes alike."""
    return reports_status(cell.text, other.text, statuses) \
        and abs(other.size - cell.size) <= 0.35 * max(other.size, cell.size)


def _wrapped_title_part(lines: list[Line], j: int, cell: Line, labels: frozenset[str], used: set[int]) -> bool:
    """'Course Title:   Grounding and Bonding:' / 'Code Review': a value beside a label that wraps after its own
    colon (a title and its subtitle) goes on under itself; a second label beside the first ('Attendee:  Credit
    (CPE):') is a known label, or heads a value of its own that is no continuation of a title."""
    other = lines[j]
    if (not cell.text.endswith(":") or not other.text.endswith(":") or _cell_label(other, labels)
            or opens_with_known_label(other.text, labels) or len(other.words) < 2
            or abs(other.size - cell.size) > 0.35 * max(other.size, cell.size)):
        return False
    below = _wrapped_below(lines, j, labels, used)
    return bool(below) and re.fullmatch(r"[\d\s./:,-]+", lines[below[0]].text) is None  # no date, no amount


def _heads_a_column(lines: list[Line], right: int, below: tuple[float, int] | None, cell: Line,
                    labels: frozenset[str]) -> bool:
    """A header row of words no label list knows ("Attendee | Registered | Joined"): the label heads a value right
    under it, and the cell beside it heads one of its own, so the row names columns, not a label and its value."""
    if below is None or not _is_value(lines[below[1]], cell, labels) or _next_caption(cell, lines[below[1]]):
        return False
    head = lines[right]
    return any(other is not head and other.page == head.page and _under_cell(other, head)
               and 0 <= other.bbox[1] - head.bbox[3] < 1.5 * max(head.bbox[3] - head.bbox[1], head.size)
               and abs(other.bbox[1] - lines[below[1]].bbox[1]) < 0.6 * other.size
               for other in lines)


def _next_caption(cell: Line, below: Line) -> bool:
    """'COURSE' over 'SECTION  NCR 371-49' in a gutter of capitals captions: a line under a caption that starts
    with a caption in the same size and capitals is the next row of a label column, not a value the caption heads."""
    first = below.words[0]
    return (cell.text.isupper() and cell.text.replace(" ", "").rstrip(".#:").isalpha() and first.text.isupper()
            and first.text.rstrip(".#:").isalpha() and first.size is not None and cell.words[0].size is not None
            and abs(first.size - cell.words[0].size) <= 0.1 * max(cell.words[0].size, 1.0))


SPECK_LINE_CONFIDENCE = 0.5


def _speck_line(line: Line) -> bool:
    """A line OCR made of a speck or a stroke: a small letter or a mark or two, read doubtfully ("e", ".."). It is
    no cell's value: a digit, a capital ("Z" for a 2) or a surely read letter may be one."""
    text = line.text.replace(" ", "")
    return (line.read_by_ocr and len(text) <= 2 and not any(ch.isdigit() or ch.isupper() for ch in text)
            and all(w.confidence < SPECK_LINE_CONFIDENCE for w in line.words))


def _stack_vote(lines: list[Line], index: int, labels: frozenset[str]) -> int:
    """+2 when the stack of alternating values and small labels around the label cell `index` starts with a value
    and ends with a label (captions under values), -2 when it starts with a label and ends with a value (labels
    over values), 0 when its ends disagree."""
    down = _stack_end(lines, index, labels, _next_below)
    up = _stack_end(lines, index, labels, _next_above)
    return (1 if down == "label" else -1) + (1 if up == "value" else -1)


def _stack_end(lines: list[Line], index: int, labels: frozenset[str],
               step: Callable[[list[Line], int], int | None]) -> str:
    """What ends the stack from the label cell `index` in the direction of `step`: "label" or "value"."""
    label = index
    for _ in range(12):
        value = step(lines, label)
        if value is None or not _stack_value(lines[value], lines[label], labels):
            return "label"
        nxt = step(lines, value)
        if (nxt is None or not _cell_label(lines[nxt], labels) or lines[nxt].size >= lines[value].size
                or lines[nxt].text.endswith(":") or _LEADS_ON.search(lines[nxt].text)):
            # "This certifies that" over the name leads on into it: it heads what follows, as a label does.
            lead = nxt is not None and _cell_label(lines[nxt], labels) and step is _next_above
            return "label" if lead else "value"
        label = nxt
    return "value"


_HEADING = re.compile(r"certif|diploma|statement of|verification of|record of|award of", re.IGNORECASE)


def _stack_value(other: Line, cell: Line, labels: frozenset[str]) -> bool:
    """A value in a stack with small labels: at least the label's size, no label itself, no heading."""
    return (other.size >= 0.85 * cell.size and not _cell_label(other, labels) and not other.text.endswith(":")
            and not opens_with_known_label(other.text, labels) and not _HEADING.search(other.text))


def _next_below(lines: list[Line], index: int) -> int | None:
    """The line right under line `index` (horizontally overlapping it), if close enough to share its stack."""
    return _nearest_in_stack(lines, index, lambda cell, other: other.bbox[1] - cell.bbox[3])


def _next_above(lines: list[Line], index: int) -> int | None:
    return _nearest_in_stack(lines, index, lambda cell, other: cell.bbox[1] - other.bbox[3])


def _nearest_in_stack(lines: list[Line], index: int, gap_to: Callable[[Line, Line], float]) -> int | None:
    cell = lines[index]
    best: tuple[float, int] | None = None
    for k, other in enumerate(lines):
        gap = gap_to(cell, other)
        if (k != index and other.page == cell.page and -1 <= gap < 2.5 * max(cell.size, other.size)
                and min(cell.bbox[2], other.bbox[2]) > max(cell.bbox[0], other.bbox[0])
                and (best is None or gap < best[0])):
            best = (gap, k)
    return best[1] if best else None


def _under_cell(other: Line, cell: Line) -> bool:
    """A value below a label cell starts at its left edge, or (centred or right-aligned under it) has its middle
    within the label's width."""
    x0, _, x1, _ = cell.bbox
    middle = (other.bbox[0] + other.bbox[2]) / 2
    return abs(other.bbox[0] - x0) < 0.6 * cell.size or x0 - 0.6 * cell.size <= middle <= x1 + 0.6 * cell.size


_LEADS_ON = re.compile(r"\b(?:to|that|upon)\W*$", re.IGNORECASE)


def _captioned_value(lines: list[Line], index: int, labels: frozenset[str], used: set[int]) -> int | None:
    """A small caption under a rule names the value printed above it ("Jane Doe" / "Participant")."""
    cell = lines[index]
    # "This certifies that", "Presented to": a phrase that ends in a small word leads into what follows it.
    if cell.text.endswith(":") or _LEADS_ON.search(cell.text):
        return None
    x0, top, x1, _ = cell.bbox
    middle = (x0 + x1) / 2
    best: tuple[float, int] | None = None
    for j, other in enumerate(lines):
        ox0, _, ox1, obottom = other.bbox
        gap = top - obottom
        # A caption centred under its value, or a long caption under a short value it spans ("0071245" over
        # "Professional License Number", both at the rule's left end).
        spans = ox0 <= middle <= ox1 or (x0 - 0.6 * cell.size <= ox0 and ox1 <= x1 + 0.6 * cell.size)
        if (j == index or j in used or other.page != cell.page or not spans
                or not 0 <= gap < 2.5 * cell.size or cell.size > 0.85 * other.size or _cell_label(other, labels)
                or opens_with_known_label(other.text, labels)):  # "Participant: Jane Doe" has its label already
            continue
        if best is None or gap < best[0]:
            best = (gap, j)
    return best[1] if best else None


def _is_value(other: Line, cell: Line, labels: frozenset[str], larger: bool = False) -> bool:
    # A heading and a body line are not a label and its value; but a small label often heads a value printed
    # large below it ("COURSE" over the title in 18 pt), when `larger` allows that.
    similar = abs(other.size - cell.size) <= 0.35 * max(other.size, cell.size) or (
        larger and cell.size < other.size <= 3 * cell.size)
    return (similar and not _cell_label(other, labels) and not other.text.endswith(":")
            and not opens_with_known_label(other.text, labels))  # "Format: Online" is a field of its own


def opens_with_known_label(text: str, labels: frozenset[str]) -> bool:
    """'Format: Online' opens with a label; 'Leading Through Change: Practical Skills' is a title with a colon."""
    head, colon, _ = text.partition(":")
    return bool(colon) and head.strip().lower().strip(" #.") in bare_labels(labels)


def split_label_pairs(lines: list[Line], labels: frozenset[str]) -> list[Line]:
    """'Awarded to: Jane Doe  Format: Home study' is two fields on one printed line: split it before every
    known label that ends in a colon, once the line already had a label of its own."""
    out: list[Line] = []
    for line in lines:
        start = 0
        words = list(line.words)
        for i in range(1, len(words)):
            # Without a label of its own, a line splits only before the label of a number ("Ann Lee, RPh
            # Cert. No.: 1234"): other labels inside a sentence ("... in 2023. Credit: 3 CPE") stay.
            labelled = any(":" in w.text for w in words[start:i])
            # "Course Tracking Number: 20-698234", "CE Broker Tracking #: 20-698234": a label that ends a longer
            # label one or two words back is that one's.
            if i > start and not _determiner(words[i - 1]) and _label_starts(words, i, labels,
                                                                             numbers_only=not labelled) \
                    and not any(_label_starts(words, k, labels, numbers_only=not labelled, shortest=2)
                                for k in range(max(start, i - 2), i)):
                cut = i - 1 if i - 1 > start and _system_acronym(words[i - 1], words[i], labels) else i
                out.append(Line(line.page, tuple(words[start:cut])))
                start = cut
        out.append(line if start == 0 else Line(line.page, tuple(words[start:])))
    return out


def _determiner(word: Word) -> bool:
    """'Subject: Your certificate: Wound Care Basics': a word after "your" or "the" is a noun of the value, not
    the next field's label."""
    # Lower case only: "Team A Date: 03/05/2024" ends a value in a capital A before the next label.
    return word.text in {"your", "the", "a", "an", "this", "our", "my", "Your", "The", "This", "Our", "My"}


def _system_acronym(word: Word, label: Word, labels: frozenset[str]) -> bool:
    """'... 2025 PDH Credits: 6': a credit system's acronym right before a credit label is part of that label
    (not before another label: '... hours of / CPD Delivery Method: ...' is a wrapped value)."""
    text = word.text
    return (2 <= len(text) <= 5 and text.isalpha() and text.isupper() and text.lower() in labels
            and label.text.lower().startswith(("credit", "hour", "unit")))


_NUMBER_LABEL_END = ("no.:", "no:", "#:", "number:", "id:")


def _label_starts(words: list[Word], index: int, labels: frozenset[str], numbers_only: bool = False,
                  shortest: int = 1) -> bool:
    for length in range(max(shortest, 2 if numbers_only else 1), 5):
        chunk = words[index:index + length]
        if len(chunk) < length:
            return False
        last = chunk[-1].text
        if numbers_only and not last.lower().endswith(_NUMBER_LABEL_END):
            continue
        if last.endswith((":", "#:")) or (last == "#" and length > 1):
            phrase = " ".join(w.text for w in chunk).lower().rstrip(":#. ").strip()
            if phrase in bare_labels(labels):
                return True
    return False
