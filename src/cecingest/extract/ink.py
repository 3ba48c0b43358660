"""Ink a page-wide reading left unread: text-sized marks outside every word Tesseract read, rules removed.

Tesseract's page layout analysis sometimes drops a whole ruled column of a table or a figure in a box: it takes the
cell for a picture and reads none of it, though the same figures read right when given only that area. This
module finds such areas on the rendered page; ocr.reread_doubtful_numbers reads each on its own, together with
its other second looks (one Tesseract run).
"""

from __future__ import annotations

import statistics
from typing import TYPE_CHECKING, Any

from PIL import Image

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    Mask = npt.NDArray[np.bool_]

Box = tuple[int, int, int, int]  # left, top, right, bottom in the image's pixels


INK_LEVEL = 128  # a grey below this (of 255) on the prepared page is ink
RULE_LENGTH = 3.0  # a straight run of ink this many text heights long is a rule, not a letter's stroke
RULE_HEIGHT = 3.2  # ... upright: taller than the largest figure read (MAX_HEIGHT), whose '1' is one stroke
WORD_MARGIN = 0.2  # a read word's box is widened by this share of the text height before it is masked
JOIN_GAP = 1.0  # marks closer than this (in text heights) side by side are one area ("1.5", "3 hrs")
FRAGMENT_GAP = 0.5  # an area closer than this (in text heights) to a read word on its line is the word's rest
MIN_HEIGHT, MAX_HEIGHT = 0.45, 3.0  # a plausible area's height, in text heights
MIN_WIDTH, MAX_WIDTH = 0.25, 14.0  # and width
MIN_FILL, MAX_FILL = 0.08, 0.75  # share of an area's box that is ink: speckle and solid blots fall outside
MAX_AREAS = 10  # areas per page read on their own
MAX_CANDIDATES = 40  # more text-sized leftovers than this: a busy picture or a noisy scan, not a missed cell


def read_words(data: dict[str, list[Any]]) -> list[int]:
    """Indexes of the words Tesseract read (text, and a confidence; -1 marks its layout rows)."""
    return [i for i, text in enumerate(data["text"]) if str(text).strip() and float(data["conf"][i]) >= 0]


def word_box(data: dict[str, list[Any]], i: int) -> Box:
    left, top = int(data["left"][i]), int(data["top"][i])
    return left, top, left + int(data["width"][i]), top + int(data["height"][i])


def text_height(data: dict[str, list[Any]]) -> float:
    """The page's usual word height (the median box height of words read with some confidence); 0 without."""
    heights = [float(data["height"][i]) for i, text in enumerate(data["text"])
               if str(text).strip() and float(data["conf"][i]) >= 50]
    return statistics.median(heights) if heights else 0.0


def unread_ink_areas(image: Image.Image, data: dict[str, list[Any]]) -> list[Box]:
    """Boxes of text-sized ink outside every word read on `image` (Tesseract's image_to_data of it): long straight
    rules and the read words' boxes masked, the rest joined into word-sized areas; at most MAX_AREAS, and none
    when the leftovers are too many to be a few missed cells."""
    import numpy as np

    height = text_height(data)
    if height < 6:
        return []
    ink = np.asarray(image if image.mode == "L" else image.convert("L")) < INK_LEVEL
    raw = ink.copy()
    rules = _runs_at_least(ink, round(RULE_LENGTH * height), axis=1)
    rules |= _runs_at_least(ink, round(RULE_HEIGHT * height), axis=0)
    ink &= ~rules
    margin = round(WORD_MARGIN * height)
    words = read_words(data)
    figures = [_span([word_box(data, i) for i in run]) for run in figure_pieces(data, height)]
    # A figure's pieces and any mark read within it (its point, read on a line of its own) count as unread, and
    # so do words read as gibberish ('pirrmens' for 'Contact Hours' in a box).
    read = [box for box in (word_box(data, i) for i in words if float(data["conf"][i]) >= GIBBERISH)
            if not any(_within(box, figure) for figure in figures)]
    for left, top, right, bottom in read:
        ink[max(0, top - margin):bottom + margin, max(0, left - margin):right + margin] = False
    areas = [box for box in _areas(ink, height)
             if _plausible(ink, box, height) and not _rest_of_a_read_word(box, read, height)
             and not _on_dark_ground(raw, box, height)
             and not any(_overlaps(box, figure) for figure in figures)]
    if len(areas) > MAX_CANDIDATES:
        return []
    # A mark within another area's box (a serif the join missed) is read with it.
    areas = [box for box in areas if not any(other != box and _within(box, other) for other in areas)]
    areas += [_tight(ink, figure) for figure in figures if ink[figure[1]:figure[3], figure[0]:figure[2]].any()]
    return sorted(areas, key=lambda b: (b[1], b[0]))[:MAX_AREAS]


def _span(boxes: list[Box]) -> Box:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _overlaps(box: Box, other: Box) -> bool:
    return box[0] < other[2] and other[0] < box[2] and box[1] < other[3] and other[1] < box[3]


DARK_MARGIN = 0.5  # text heights around an area looked at for its ground
DARK_GROUND = 0.5  # an area whose surroundings are more ink than this stands on a dark ground
GIBBERISH = 30  # a word read below this confidence (of 100) leaves its ink unread
FIGURE_HEIGHT = 1.5  # a figure printed this many text heights tall or more is a large one


def figure_pieces(data: dict[str, list[Any]], height: float) -> list[list[int]]:
    """Words that are pieces of one large figure a page-wide reading split up ('1.25' in a box read as '1', ':',
    '2', '5'; '1.5' as '4', '5'): two or more short words of figures and points side by side on a line, closer than
    their own height, at least one of them large. Their ink counts as unread: the figure is read again whole."""
    rows = read_words(data)
    out: list[list[int]] = []
    run: list[int] = []

    def close(run: list[int]) -> None:
        if len(run) >= 2 and any(int(data["height"][i]) >= FIGURE_HEIGHT * height for i in run):
            out.append(run)

    for i in rows:
        text = str(data["text"][i]).strip()
        piece = len(text) <= 3 and all(ch.isdigit() or ch in ".,:;'" for ch in text)
        if run and piece:
            prev = run[-1]
            same_line = all(data[key][prev] == data[key][i] for key in ("block_num", "par_num", "line_num"))
            tall = max(int(data["height"][j]) for j in [*run, i])
            gap = int(data["left"][i]) - int(data["left"][prev]) - int(data["width"][prev])
            if same_line and gap < tall:
                run.append(i)
                continue
        close(run)
        run = [i] if piece else []
    close(run)
    return out


def _on_dark_ground(raw: Mask, box: Box, height: float) -> bool:
    """Whether the area and a margin around it are mostly ink before rules were taken out: letters left light on a
    filled block (a logo's 'MVS' on a coloured square), or a picture, not print on paper."""
    margin = round(DARK_MARGIN * height)
    left, top, right, bottom = box
    return float(raw[max(0, top - margin):bottom + margin, max(0, left - margin):right + margin].mean()) > DARK_GROUND


def _within(box: Box, other: Box) -> bool:
    return other[0] <= box[0] and other[1] <= box[1] and box[2] <= other[2] and box[3] <= other[3]


def _rest_of_a_read_word(box: Box, read: list[Box], height: float) -> bool:
    """The area continues a read word on its line, closer than a space ('Prese' of 'Presented' whose box held only
    'ented'): a word read in part, not a cell left unread."""
    reach = FRAGMENT_GAP * height
    for left, top, right, bottom in read:
        overlap = min(box[3], bottom) - max(box[1], top)
        if overlap > 0.5 * min(box[3] - box[1], bottom - top) and (
                0 <= left - box[2] <= reach or 0 <= box[0] - right <= reach):
            return True
    return False


def _runs_at_least(ink: Mask, length: int, axis: int) -> Mask:
    """Pixels in a straight run of ink at least `length` long along `axis`: a morphological opening, the window
    grown by doubling (a few dozen whole-array ANDs and ORs, milliseconds on a page)."""
    import numpy as np

    if length < 2 or length > ink.shape[axis]:
        return np.zeros_like(ink)
    if axis == 0:
        # Upright runs along the rows of the array as it lies in memory: each step is a shift by whole rows.
        # Picking out the columns with enough ink first (as along axis 1) gathers strided memory and cost 3x more.
        return _spread(_shifted_and(ink, length, axis), length, axis)
    lines = np.nonzero(np.count_nonzero(ink, axis=1) >= length)[0]  # only rows with that much ink hold such a run
    covered = np.zeros_like(ink)
    if len(lines):
        covered[lines] = _spread(_shifted_and(ink[lines], length, axis), length, axis)
    return covered


def _shifted_and(a: Mask, length: int, axis: int) -> Mask:
    """True where a run of `length` ink pixels starts along `axis` (a[:, i:i + length] all ink for axis 1)."""
    out = a.copy()
    view = out if axis == 1 else out.T  # a view: the same memory, indexed across
    span = 1
    while span < length:
        step = min(span, length - span)
        view[:, :-step] &= view[:, step:]
        view[:, -step:] = False
        span += step
    return out


def _spread(starts: Mask, length: int, axis: int) -> Mask:
    """Each start spread over the run of `length` it begins (in place; numpy buffers the overlapping operands)."""
    view = starts if axis == 1 else starts.T
    span = 1
    while span < length:
        step = min(span, length - span)
        view[:, step:] |= view[:, :-step]
        span += step
    return starts


def _areas(ink: Mask, height: float) -> list[Box]:
    """Connected groups of ink, marks side by side within JOIN_GAP text heights joined; on a coarse grid, as runs
    of cells along its rows joined where they overlap from one row to the next."""
    import numpy as np

    cell = max(1, round(height / 6))
    rows, cols = -(-ink.shape[0] // cell), -(-ink.shape[1] // cell)
    grid = _coarse(ink, cell, rows, cols)
    reach = max(1, round(JOIN_GAP * height / cell))
    joined = grid.copy()
    for step in range(1, reach + 1):  # a gap up to `reach` cells is closed from its left side
        joined[:, step:] |= grid[:, :-step]
    edges = np.diff(np.pad(joined, ((0, 0), (1, 1))).astype(np.int8), axis=1)
    starts_r, starts_c = np.nonzero(edges == 1)
    ends_c = np.nonzero(edges == -1)[1]
    if len(starts_r) > 20000:  # a picture or a speckled scan: not worth a search
        return []
    parent = list(range(len(starts_r)))

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    by_row: dict[int, list[int]] = {}
    for k, r in enumerate(starts_r.tolist()):
        by_row.setdefault(r, []).append(k)
    for r, runs in by_row.items():
        for k in runs:
            for j in by_row.get(r - 1, ()):
                if starts_c[j] < ends_c[k] and starts_c[k] < ends_c[j]:
                    parent[root(k)] = root(j)
    boxes: dict[int, list[int]] = {}
    for k in range(len(starts_r)):
        r, c0, c1 = int(starts_r[k]), int(starts_c[k]), int(ends_c[k])
        box = boxes.setdefault(root(k), [c0, r, c1, r + 1])
        box[0], box[1], box[2], box[3] = min(box[0], c0), min(box[1], r), max(box[2], c1), max(box[3], r + 1)
    return [_tight(ink, (b[0] * cell, b[1] * cell, min(ink.shape[1], b[2] * cell), min(ink.shape[0], b[3] * cell)))
            for b in boxes.values()]


def _coarse(ink: Mask, cell: int, rows: int, cols: int) -> Mask:
    """Whether each cell x cell square of the mask holds any ink: the rows of each band ORed together, then the
    columns, as strided whole-array ORs (a reduction over the reshaped cells' axes took ten times as long)."""
    import numpy as np

    tall = np.zeros((rows, ink.shape[1]), dtype=bool)
    for k in range(cell):
        part = ink[k::cell]
        tall[:part.shape[0]] |= part
    grid = np.zeros((rows, cols), dtype=bool)
    for k in range(cell):
        part = tall[:, k::cell]
        grid[:, :part.shape[1]] |= part
    return grid


def _tight(ink: Mask, box: Box) -> Box:
    """The box shrunk to the ink inside it."""
    import numpy as np

    left, top, right, bottom = box
    part = ink[top:bottom, left:right]
    ys, xs = np.nonzero(part.any(axis=1))[0], np.nonzero(part.any(axis=0))[0]
    return left + int(xs[0]), top + int(ys[0]), left + int(xs[-1]) + 1, top + int(ys[-1]) + 1


def _plausible(ink: Mask, box: Box, height: float) -> bool:
    left, top, right, bottom = box
    w, h = right - left, bottom - top
    if not (MIN_HEIGHT * height <= h <= MAX_HEIGHT * height and MIN_WIDTH * height <= w <= MAX_WIDTH * height):
        return False
    fill = float(ink[top:bottom, left:right].mean())
    return MIN_FILL <= fill <= MAX_FILL
