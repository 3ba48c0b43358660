"""Tesseract through pytesseract: words with boxes and confidences, and page orientation."""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import logging
import os
import re
import shutil
import statistics
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PIL import Image

from cecingest.config import Settings
from cecingest.errors import OcrFailed, TesseractMissing
from cecingest.extract.image import lines_run_vertically
from cecingest.extract.ink import read_words, unread_ink_areas, word_box
from cecingest.extract.tesslib import LibraryFailed, available, read_tsv
from cecingest.models import Word

if TYPE_CHECKING:
    import pytesseract


def _imported_on_first_use(name: str) -> ModuleType:
    """The module, loaded when one of its attributes is first used (the standard library's LazyLoader recipe).
    pytesseract imports numpy, 40 ms of every start-up that a text PDF would pay for nothing."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ImportError(name)
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


if not TYPE_CHECKING:
    pytesseract = _imported_on_first_use("pytesseract")

log = logging.getLogger(__name__)

MIN_OSD_CONFIDENCE = 2.0  # below this Tesseract's orientation guess is noise (seen on pages with little text)
# Modes a PNM file holds exactly (8-bit grey, 24-bit colour): Tesseract reads the same pixels as from a PNG.
_PNM_MODES = {"L": "pgm", "RGB": "ppm"}


@contextlib.contextmanager
def tesseract_input(image: Image.Image) -> Iterator[str | Image.Image]:
    """What to hand pytesseract: the image written to an uncompressed PNM file, or the image itself.

    pytesseract writes an image as PNG at zlib's default level, which took 1.1 s for a 300 dpi page, longer than
    Tesseract reading it (benchmarks/speed.py). PNM takes milliseconds and is lossless: measured on scans,
    photos and a turned page, Tesseract's words and orientation came out byte for byte the same as from the PNG.
    Other modes (alpha, palette, CMYK) still go through pytesseract, which handles them.
    """
    suffix = _PNM_MODES.get(image.mode)
    if suffix is None or image.format not in (None, "PNG"):
        yield image
        return
    with tempfile.TemporaryDirectory(prefix="cecingest-ocr-") as folder:
        path = os.path.join(folder, f"page.{suffix}")
        image.save(path, format="PPM")
        yield path


def _limit_threads(settings: Settings) -> None:
    """Tesseract reads OMP_THREAD_LIMIT from the environment pytesseract starts it with; its library (tesslib),
    loaded in this process at the first page read, from this process's environment."""
    if settings.ocr_threads > 0:
        os.environ["OMP_THREAD_LIMIT"] = str(settings.ocr_threads)


@functools.cache
def tesseract_version(cmd: str = "tesseract") -> str:
    """The installed Tesseract's version; raises TesseractMissing when there is none."""
    if shutil.which(cmd) is None:
        raise TesseractMissing(f" (looked for {cmd!r} on PATH)")
    pytesseract.pytesseract.tesseract_cmd = cmd
    try:
        return str(pytesseract.get_tesseract_version())
    except (pytesseract.TesseractNotFoundError, OSError) as exc:
        raise TesseractMissing(f" ({exc})") from None


def detect_rotation(image: Image.Image, settings: Settings) -> int:
    """Degrees (0, 90, 180, 270) to rotate the image clockwise so its text stands upright."""
    tesseract_version(settings.tesseract_cmd)
    _limit_threads(settings)
    try:
        with tesseract_input(image) as source:
            osd: dict[str, Any] = pytesseract.image_to_osd(
                source, config="--psm 0 -c min_characters_to_try=10", output_type=pytesseract.Output.DICT,
                timeout=settings.ocr_timeout,
            )
    except (pytesseract.TesseractError, RuntimeError) as exc:
        # "Too few characters" and friends: keep the page as it is.
        log.debug("orientation detection gave up: %s", str(exc).strip())
        return 0
    rotate = int(osd.get("rotate", 0)) % 360
    if float(osd.get("orientation_conf", 0.0)) >= MIN_OSD_CONFIDENCE:
        return rotate
    # A weak guess of a quarter turn is still right when the text lines visibly run top to bottom;
    # measured on turned scans, Tesseract named the right direction even at confidence 0.4.
    if rotate in (90, 270) and lines_run_vertically(image):
        return rotate
    return 0


# Tesseract's heavy noise removal drops small blobs before finding lines: rows of leader dots and paper speckle,
# which otherwise split and garble the labels beside them, but also the full stops in dates and amounts.
DENOISE_CONFIG = "-c textord_heavy_nr=1"


def ocr_words(image: Image.Image, settings: Settings, scale: float = 1.0, denoise: bool = False) -> list[Word]:
    """Words Tesseract reads on the image, doubtful numbers read again (reread_doubtful_numbers); boxes multiplied
    by `scale` (e.g. pixels to PDF points). `denoise` turns on Tesseract's heavy noise removal (DENOISE_CONFIG)."""
    data = ocr_data(image, settings, denoise=denoise)
    reread_doubtful_numbers(image, data, settings)
    return words_from_data(data, scale)


def ocr_data(image: Image.Image, settings: Settings, denoise: bool = False) -> dict[str, list[Any]]:
    """Tesseract's page reading as is (pytesseract's image_to_data columns); words_from_data makes words of it."""
    tesseract_version(settings.tesseract_cmd)
    _limit_threads(settings)
    try:
        data = None if denoise else _library_data(image, 3, settings)
        if data is None:
            with tesseract_input(image) as source:
                data = pytesseract.image_to_data(
                    source, lang=settings.ocr_language, config=f"--psm 3 {DENOISE_CONFIG}" if denoise else "--psm 3",
                    output_type=pytesseract.Output.DICT, timeout=settings.ocr_timeout,
                )
    except LibraryFailed as exc:
        raise OcrFailed(f"Tesseract failed: {exc}") from None
    except RuntimeError as exc:  # pytesseract raises RuntimeError on its timeout
        raise OcrFailed(f"Tesseract took longer than {settings.ocr_timeout:.0f} s on a page ({exc})") from None
    except pytesseract.TesseractError as exc:
        raise OcrFailed(f"Tesseract failed: {exc.message.strip() or exc.status}") from None
    return data


def _library_data(image: Image.Image, psm: int, settings: Settings) -> dict[str, list[Any]] | None:
    """pytesseract's image_to_data columns of the image read by Tesseract's library (tesslib), or None where the
    command has to read it. Raises RuntimeError at the deadline, as pytesseract does."""
    if not _library_ready(settings):
        return None
    tsv = read_tsv(image, settings.ocr_language, psm, settings.ocr_timeout, tesseract_version(settings.tesseract_cmd))
    if tsv is None:
        return None
    data: dict[str, list[Any]] = pytesseract.pytesseract.file_to_dict(tsv, "\t", -1)
    return data


def _library_ready(settings: Settings) -> bool:
    return settings.tesseract_library and available(settings.ocr_language, tesseract_version(settings.tesseract_cmd))


REREAD_CONFIDENCE = 80  # a word with digits read below this (of 100) is read again from its line, enlarged
REREAD_MAX_LINES = 3  # lines per page read again (each a Tesseract run of about 0.1 s)
REREAD_SCALE = 2
REREAD_MIN_CONFIDENCE = 60  # a second reading replaces the first only when at least this sure, and surer


def _doubtful_number(text: str, conf: float) -> bool:
    text = text.strip()
    alnum = sum(ch.isalnum() for ch in text)
    return (0 <= conf < REREAD_CONFIDENCE and any(ch.isdigit() for ch in text)
            and alnum >= 0.6 * len(text))


def reread_doubtful_numbers(image: Image.Image, data: dict[str, list[Any]], settings: Settings) -> None:
    """Read the lines holding doubtfully read numbers and IDs again, cut out and enlarged; changes `data`.

    Small print in a page-wide reading loses a decimal point ("0.8" read as "8") or turns a 0 into an O
    ("CERTO05604J"); the same line on its own at twice the size reads right, and surer. Only a doubtful word is
    replaced, and only by one word of the second reading that covers it and no other (sure) word of the line.
    Areas of ink the page-wide reading left unread (ink.unread_ink_areas: a table's ruled column, a figure in a
    box) are read in the same Tesseract run, and their sure words added (_add_area_words).
    """
    n = len(data["text"])
    key_of = [(data["block_num"][i], data["par_num"][i], data["line_num"][i]) for i in range(n)]
    doubtful: dict[tuple[int, int, int], list[int]] = defaultdict(list)
    for i in range(n):
        if _doubtful_number(str(data["text"][i]), float(data["conf"][i])):
            doubtful[key_of[i]].append(i)
    lines = sorted(doubtful, key=lambda k: min(float(data["conf"][i]) for i in doubtful[k]))[:REREAD_MAX_LINES]
    plans = []
    for key in lines:
        members = [i for i in range(n) if key_of[i] == key and str(data["text"][i]).strip()
                   and float(data["conf"][i]) >= 0]
        plans.append((members, doubtful[key], *_line_crop(image, data, members)))
    values = _doubtful_values(data, key_of)[:REREAD_MAX_VALUES]
    # Each value cut out twice, with a narrow and a wide margin: which of the two Tesseract reads right varies.
    value_crops = [_word_crop(image, data, i, share) for i in values for share in (5, 2)]
    areas = unread_ink_areas(image, data)
    area_crops = [_area_crop(image, box) for box in areas]
    if not plans and not value_crops and not area_crops:
        return
    readings = _read_lines([crop for _, _, crop, _, _ in plans] + value_crops + area_crops, settings)
    for (members, doubtful_here, _, x0, y0), again in zip(plans, readings[:len(plans)], strict=True):
        if again is not None:
            _replace_doubtful(data, members, doubtful_here, again, x0, y0)
    for n, i in enumerate(values):
        for again in readings[len(plans) + 2 * n:len(plans) + 2 * n + 2]:
            if again is not None and _replace_value(data, i, again):
                break
    for box, again in zip(areas, readings[len(plans) + len(value_crops):], strict=True):
        if again is not None:
            _add_area_words(data, box, again)


UNREAD_MIN_CONFIDENCE = 70  # a word read in an area the page-wide reading left unread is kept from this (of 100)
AREA_MARGIN = 8  # pixels of white around an unread area cut out on its own


def _area_crop(image: Image.Image, box: tuple[int, int, int, int]) -> Image.Image:
    """The area alone on white (a cell's rules and neighbours left out), with a margin, enlarged REREAD_SCALE
    times."""
    left, top, right, bottom = box
    crop = Image.new(image.mode, (right - left + 2 * AREA_MARGIN, bottom - top + 2 * AREA_MARGIN), 255)
    crop.paste(image.crop(box), (AREA_MARGIN, AREA_MARGIN))
    return _enlarged(crop)


def _add_area_words(data: dict[str, list[Any]], box: tuple[int, int, int, int], again: dict[str, list[Any]]) -> None:
    """The sure, word-like words read in an unread area, added to `data` as a line of their own (boxes mapped back
    to the page)."""
    x0, y0 = box[0] - AREA_MARGIN, box[1] - AREA_MARGIN
    kept = [
        (str(t).strip().strip(_RULE_MARKS), float(c), x0 + lf / REREAD_SCALE, y0 + tp / REREAD_SCALE,
         w / REREAD_SCALE, h / REREAD_SCALE)
        for t, c, lf, tp, w, h in zip(again["text"], again["conf"], again["left"], again["top"], again["width"],
                                     again["height"], strict=True)
        if float(c) >= UNREAD_MIN_CONFIDENCE and _wordlike(str(t).strip().strip(_RULE_MARKS))
    ]
    if not kept:
        return
    # A large figure read in pieces was left unmasked (ink.figure_pieces): its sure reading replaces the pieces.
    for i, text in enumerate(data["text"]):
        if str(text).strip() and _inside(data, i, box):
            data["text"][i] = ""
    block = max((int(b) for b in data["block_num"]), default=0) + 1
    for number, (text, conf, left, top, width, height) in enumerate(kept, start=1):
        row = {"level": 5, "page_num": 1, "block_num": block, "par_num": 1, "line_num": 1, "word_num": number,
               "left": round(left), "top": round(top), "width": max(1, round(width)),
               "height": max(1, round(height)), "conf": conf, "text": text}
        for key, values in data.items():
            values.append(row.get(key, 0))


_RULE_MARKS = "|_[]"  # a rule's end read at a word's edge ('|12.0')


def _inside(data: dict[str, list[Any]], i: int, box: tuple[int, int, int, int]) -> bool:
    """Whether word i's box lies within the area (by the most part of its width and height)."""
    left, top, right, bottom = word_box(data, i)
    width = min(right, box[2]) - max(left, box[0])
    height = min(bottom, box[3]) - max(top, box[1])
    return width > 0.6 * (right - left) and height > 0.6 * (bottom - top)


def _wordlike(text: str) -> bool:
    """Letters and figures, not a rule's strokes ('|', '___') or a speck read as one letter."""
    alnum = sum(ch.isalnum() for ch in text)
    if alnum == 0 or alnum < 0.6 * len(text):
        return False
    return len(text) > 1 or text.isdigit()


REREAD_MAX_VALUES = 3  # doubtful values per page read again on their own
DOUBTFUL_VALUE = 50  # a word of up to three characters read below this (of 100) may be a figure misread


def _doubtful_values(data: dict[str, list[Any]], key_of: list[tuple[int, int, int]]) -> list[int]:
    """Short words read as doubtful letters where a value stands, ending a line right after a word ending in a
    colon or after a column's gap, or alone on their line ('Nursing Contact Hours: se' for a typewriter's narrow
    '1'; a '2' under its column's header read 'oe'), and whole amounts of two or three digits so placed, whose
    point a page-wide reading may have missed ('CME Credits: 15' for 1.5). Read on its own, enlarged, the figure
    reads sure; in its line it reads as letters again."""
    words = read_words(data)
    out = []
    for k, i in enumerate(words):
        text = str(data["text"][i]).strip()
        letters = len(text) <= 3 and not any(ch.isdigit() for ch in text) and float(data["conf"][i]) < DOUBTFUL_VALUE
        if not letters and not _WHOLE_AMOUNT.match(text):
            continue
        prev = words[k - 1] if k and key_of[words[k - 1]] == key_of[i] else None
        nxt = words[k + 1] if k + 1 < len(words) and key_of[words[k + 1]] == key_of[i] else None
        if nxt is not None:
            continue
        # after a label, in a cell of its own at the end of a row (a wide gap before it), or alone on its line
        after_label = prev is not None and str(data["text"][prev]).strip().endswith(":")
        own_cell = prev is not None and data["left"][i] - (data["left"][prev] + data["width"][prev]) \
            > 3 * data["height"][i]
        if after_label or own_cell or prev is None:
            out.append(i)
    # Letters first (no number was read at all), then amounts by how doubtful they were.
    return sorted(out, key=lambda i: (_WHOLE_AMOUNT.match(str(data["text"][i]).strip()) is not None,
                                      float(data["conf"][i])))


# "75", "15", "02" where 7.5, 1.5 and 0.2 were printed: the point is a few pixels that a page-wide reading misses.
_WHOLE_AMOUNT = re.compile(r"^\d{2,3}$")


def _word_crop(image: Image.Image, data: dict[str, list[Any]], i: int, share: int) -> Image.Image:
    """The word cut out with a margin of a `share`th of its height (six pixels at least) and enlarged
    REREAD_SCALE times."""
    left, top, width, height = (int(data[key][i]) for key in ("left", "top", "width", "height"))
    margin = max(6, height // share)
    crop = image.crop((max(0, left - margin), max(0, top - margin), min(image.width, left + width + margin),
                       min(image.height, top + height + margin)))
    return _enlarged(crop)


def _replace_value(data: dict[str, list[Any]], i: int, again: dict[str, list[Any]]) -> bool:
    """The word read again replaces the first reading when it is one sure number, surer than the first (the box
    stays); whether it did."""
    read = [(str(t).strip(), float(c)) for t, c in zip(again["text"], again["conf"], strict=True)
            if str(t).strip() and float(c) >= 0]
    if len(read) != 1:
        return False
    text, conf = read[0]
    if conf < max(REREAD_MIN_CONFIDENCE, float(data["conf"][i]) + 1) or not _READ_AMOUNT.match(text):
        return False
    first = str(data["text"][i]).strip()
    # A whole amount read first only gains its point: the same digits, never others.
    if _WHOLE_AMOUNT.match(first) and not ("." in text and text.replace(".", "") == first):
        return False
    data["text"][i], data["conf"][i] = text, conf
    return True


_READ_AMOUNT = re.compile(r"^\d{1,3}(?:[.,]\d{1,3})?$")


def _enlarged(crop: Image.Image) -> Image.Image:
    """A cut-out enlarged REREAD_SCALE times, as every second look reads it."""
    return crop.resize((crop.width * REREAD_SCALE, crop.height * REREAD_SCALE), Image.Resampling.LANCZOS)


def _line_crop(image: Image.Image, data: dict[str, list[Any]], members: list[int]) -> tuple[Image.Image, int, int]:
    """The line cut out with a margin and enlarged REREAD_SCALE times, and where its cut starts on the page."""
    left = min(data["left"][i] for i in members)
    right = max(data["left"][i] + data["width"][i] for i in members)
    top = min(data["top"][i] for i in members)
    bottom = max(data["top"][i] + data["height"][i] for i in members)
    margin = max(4, (bottom - top) // 2)
    x0, y0 = max(0, left - 2 * margin), max(0, top - margin)
    crop = image.crop((x0, y0, min(image.width, right + 2 * margin), min(image.height, bottom + margin)))
    return _enlarged(crop), x0, y0


def _read_lines(crops: list[Image.Image], settings: Settings) -> list[dict[str, list[Any]] | None]:
    """Tesseract's single-line reading (--psm 7) of each crop; None for a crop it gave up on.

    Several crops go to one Tesseract run as a list of image files, which Tesseract reads one by one as pages
    of one document, each exactly as on its own (same words, boxes and confidences; checked on the scan sets).
    That saves a Tesseract start (loading its model, about 0.1 s) per line after the first.
    """
    if all(crop.mode == "L" for crop in crops) and _library_ready(settings):
        return [_read_line(crop, settings) for crop in crops]  # no start-up to share: one by one, in the process
    if len(crops) > 1 and all(crop.mode in _PNM_MODES for crop in crops):
        try:
            return _read_lines_at_once(crops, settings)
        except (pytesseract.TesseractError, RuntimeError, ValueError, KeyError, IndexError) as exc:
            log.debug("re-reading lines together gave up (%s); one by one", str(exc).strip())
    return [_read_line(crop, settings) for crop in crops]


def _read_line(crop: Image.Image, settings: Settings) -> dict[str, list[Any]] | None:
    try:
        again = _library_data(crop, 7, settings)
        if again is None:
            with tesseract_input(crop) as source:
                again = pytesseract.image_to_data(
                    source, lang=settings.ocr_language, config="--psm 7",
                    output_type=pytesseract.Output.DICT, timeout=settings.ocr_timeout,
                )
    except (pytesseract.TesseractError, RuntimeError) as exc:
        log.debug("re-reading a line gave up: %s", str(exc).strip())
        return None
    return again


def _read_lines_at_once(crops: list[Image.Image], settings: Settings) -> list[dict[str, list[Any]] | None]:
    with tempfile.TemporaryDirectory(prefix="cecingest-ocr-") as folder:
        paths = []
        for number, crop in enumerate(crops, start=1):
            path = os.path.join(folder, f"line{number}.{_PNM_MODES[crop.mode]}")
            crop.save(path, format="PPM")
            paths.append(path)
        listing = os.path.join(folder, "lines.txt")
        with open(listing, "w", encoding="utf-8") as fh:
            fh.write("".join(f"{path}\n" for path in paths))
        data: dict[str, list[Any]] = pytesseract.image_to_data(
            listing, lang=settings.ocr_language, config="--psm 7", output_type=pytesseract.Output.DICT,
            timeout=settings.ocr_timeout * len(crops),
        )
    pages: list[dict[str, list[Any]]] = [{key: [] for key in data} for _ in crops]
    for row in range(len(data["page_num"])):
        page = pages[int(data["page_num"][row]) - 1]
        for key, values in data.items():
            page[key].append(values[row])
    if not all(page["page_num"] for page in pages):
        raise ValueError("a line image is missing from Tesseract's reading")
    for page in pages:  # each as if read on its own
        page["page_num"] = [1] * len(page["page_num"])
    return list(pages)


def _replace_doubtful(data: dict[str, list[Any]], members: list[int], doubtful: list[int],
                      again: dict[str, list[Any]], x0: int, y0: int) -> None:
    new = [
        (str(t).strip().strip(_RULE_MARKS), float(c), x0 + lf / REREAD_SCALE, y0 + tp / REREAD_SCALE,
         x0 + (lf + w) / REREAD_SCALE, y0 + (tp + h) / REREAD_SCALE)
        for t, c, lf, tp, w, h in zip(again["text"], again["conf"], again["left"], again["top"], again["width"],
                                     again["height"], strict=True)
        if str(t).strip() and float(c) >= 0
    ]

    def overlap(i: int, a: float, b: float) -> float:
        return max(0.0, float(min(b, data["left"][i] + data["width"][i]) - max(a, data["left"][i])))

    for i in doubtful:
        best = max(new, key=lambda w: overlap(i, w[2], w[4]), default=None)
        # The second reading must cover the first word: a shorter one has dropped part of it ("E-008447").
        if best is None or overlap(i, best[2], best[4]) < 0.8 * data["width"][i]:
            continue
        text, conf, nx0, ny0, nx1, ny1 = best
        if conf < max(REREAD_MIN_CONFIDENCE, float(data["conf"][i]) + 1) or text == str(data["text"][i]).strip():
            continue
        covered = [j for j in members if j != i and overlap(j, nx0, nx1) > 0.3 * data["width"][j]]
        if any(j not in doubtful for j in covered):
            continue
        for j in covered:  # doubtful pieces of the same word ("RN798245" "1") become part of it
            data["text"][j] = ""
        lx0, ly0 = min(nx0, data["left"][i]), min(ny0, data["top"][i])
        lx1 = max(nx1, data["left"][i] + data["width"][i])
        ly1 = max(ny1, data["top"][i] + data["height"][i])
        data["text"][i], data["conf"][i] = text, conf
        data["left"][i], data["top"][i] = round(lx0), round(ly0)
        data["width"][i], data["height"][i] = round(lx1 - lx0), round(ly1 - ly0)


_ASCENDERS = set("ABCDEFGHIJKLMNOPQRSTUVWXYZbdfhklt0123456789()[]{}|/\\!?#$%&@")
_DESCENDERS = set("gjpqy()[]{}|,;")


def em_height(text: str, box_height: float) -> float:
    """A font size (in box units) from a word's box height, allowing for which letters it has.

    "Acute" spans cap height only (about 0.7 em), "away" the x-height (0.5 em), "Strategies" the
    full ascender-to-descender height (about 1 em); line spacing and titles compare fairly only by em.
    """
    up = any(ch in _ASCENDERS for ch in text)
    down = any(ch in _DESCENDERS for ch in text)
    share = 0.95 if up and down else 0.72 if up or down else 0.5
    return box_height / share


SURE_WORD_CONFIDENCE = 50  # Tesseract's 0-100 word confidence above which a word's height is trusted


def words_from_data(data: dict[str, list[Any]], scale: float) -> list[Word]:
    rows = read_words(data)
    # One size per Tesseract line: the median of its words' estimates is steadier than any one word. Words read
    # with confidence count first: a row of leader dots read as squat gibberish would shrink the line's name.
    line_sizes: dict[tuple[int, int, int], list[float]] = defaultdict(list)
    doubtful_sizes: dict[tuple[int, int, int], list[float]] = defaultdict(list)
    for i in rows:
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        by_line = line_sizes if float(data["conf"][i]) >= SURE_WORD_CONFIDENCE else doubtful_sizes
        by_line[key].append(em_height(str(data["text"][i]).strip(), float(data["height"][i])))
    for key, sizes in doubtful_sizes.items():
        line_sizes.setdefault(key, sizes)
    words = []
    for i in rows:
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        left, top, width, height = data["left"][i], data["top"][i], data["width"][i], data["height"][i]
        words.append(Word(
            text=str(data["text"][i]).strip(),
            x0=left * scale, top=top * scale, x1=(left + width) * scale, bottom=(top + height) * scale,
            size=round(statistics.median(line_sizes[key]) * scale, 2),
            confidence=round(float(data["conf"][i]) / 100.0, 3),
        ))
    return words
