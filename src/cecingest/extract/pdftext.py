"""A PDF page's words through PDFium: the words pdfplumber's `extract_words` gives, at a fraction of its cost.

pdfplumber reads text through pdfminer, which interprets the page's content stream in Python and turns every
character into a dictionary of 20-odd attributes; that was about 60% of a text PDF's time in a worker. PDFium
(pypdfium2, already here to render pages for OCR) gives each character's code point, origin and font size from C.
The characters are then boxed as pdfminer boxes them (advance width by the font's metrics, the font's descent
below the baseline, one font size high) and grouped into words by pdfplumber's own `WordExtractor` with the same
tolerances, so word text, boxes, font sizes and reading order stay those of pdfplumber.

That equivalence is only claimed where it was measured (benchmarks/pdftext_equivalence.py: every text PDF of the
samples, the held-out set and 120 generated certificates): upright, unscaled text in pdfminer's standard fonts
(the 14 base fonts and their Arial / Times New Roman / Courier New aliases, not embedded), on an unrotated page
whose MediaBox starts at the origin. Anything else returns None and the caller reads the page with pdfplumber:
embedded fonts (PDFium's descent and advance differ from pdfminer's by up to 0.3 pt, measured), rotated or
scaled text, characters without a Unicode mapping, a character PDFium splits or merges. So does a page where a
gap between letters or lines sits within `KNIFE_EDGE` of pdfplumber's 3 pt tolerance (letter-spaced headings):
there pdfplumber's own split depends on the last bits of its arithmetic, which PDFium's single-precision
positions cannot reproduce.
"""

from __future__ import annotations

import ctypes
import functools
import itertools
from typing import Any

import pypdfium2
import pypdfium2.raw as pdfium_c
from pdfminer.fontmetrics import FONT_METRICS
from pdfplumber.utils.text import WordExtractor, get_line_cluster_key

from cecingest.models import Word

TOLERANCE = 3.0  # pdfplumber's default x and y tolerances, which text_layer_words uses
KNIFE_EDGE = 0.01  # points; PDFium's positions are within 0.002 of pdfminer's (measured), so this is a safe margin

NARROW, WIDE = TOLERANCE - KNIFE_EDGE, TOLERANCE + KNIFE_EDGE
_SETTINGS: dict[str, Any] = {"keep_blank_chars": False, "use_text_flow": False, "extra_attrs": ["size"]}
_NARROW = WordExtractor(x_tolerance=NARROW, y_tolerance=NARROW, **_SETTINGS)


class _EdgeWatchingExtractor(WordExtractor):
    """pdfplumber's WordExtractor at the WIDE tolerance, noting whether any decision it takes (a line cluster
    boundary, a word break) would go the other way at the NARROW one. When none would, the narrow grouping takes
    the very same decisions and gives the very same words, so only a page on the knife edge pays for a second
    grouping (this halved the grouping's time)."""

    def __init__(self) -> None:
        super().__init__(x_tolerance=WIDE, y_tolerance=WIDE, **_SETTINGS)
        self.on_edge = False

    def char_begins_new_word(self, prev_char: Any, curr_char: Any, direction: Any, x_tolerance: Any,
                             y_tolerance: Any) -> bool:
        wide = super().char_begins_new_word(prev_char, curr_char, direction, x_tolerance, y_tolerance)
        # x/y_tolerance are the WIDE settings here (no tolerance ratios): at NARROW, the same test
        if not self.on_edge and wide != super().char_begins_new_word(prev_char, curr_char, direction, NARROW,
                                                                      NARROW):
            self.on_edge = True
        return wide

    def iter_chars_to_lines(self, chars: Any) -> Any:
        chars = list(chars)
        if not self.on_edge and chars:
            # cluster_objects (pdfplumber.utils.clustering.cluster_list) joins each sorted distinct key to the
            # line of the one before it when `key <= previous + tolerance`: the same at both tolerances or not.
            line_dir = self.line_dir if chars[0]["upright"] else self.line_dir_rotated
            key = get_line_cluster_key(line_dir)
            keys = sorted({key(c) for c in chars})
            if any((b <= a + WIDE) != (b <= a + NARROW) for a, b in itertools.pairwise(keys)):
                self.on_edge = True
        return super().iter_chars_to_lines(chars)


class NotEquivalent(Exception):
    """The page holds something PDFium and pdfminer may read differently; read it with pdfplumber."""


@functools.lru_cache(maxsize=8192)
def _decimal(value: float) -> float:
    """The shortest decimal that PDFium's single-precision value stands for: the number written in the PDF
    (a font size of 14.4051, a baseline at 542), which is what pdfminer computes with."""
    return float(repr(ctypes.c_float(value).value)) if value != round(value) else float(value)


def pdfium_page_words(doc: pypdfium2.PdfDocument, index: int) -> list[Word] | None:
    """The page's words as pdfplumber would give them, or None where that is not assured (see the module)."""
    if index >= len(doc):
        return None
    page = doc[index]
    try:
        if page.get_rotation() != 0:
            return None
        x0, y0, _, height = page.get_mediabox()
        if (x0, y0) != (0, 0):
            return None
        textpage = page.get_textpage()
        try:
            chars = _chars(textpage, float(height))
        except NotEquivalent:
            return None
        finally:
            textpage.close()
    finally:
        page.close()
    return _words(chars)


def _words(chars: list[dict[str, Any]]) -> list[Word] | None:
    extractor = _EdgeWatchingExtractor()
    wide = list(extractor.iter_extract_tuples(chars))
    if extractor.on_edge:
        narrow = list(_NARROW.iter_extract_tuples(chars))
        if [w["text"] for w, _ in narrow] != [w["text"] for w, _ in wide]:
            return None  # a gap on the knife edge of the tolerance
    return [
        Word(text=w["text"], x0=float(w["x0"]), top=float(w["top"]), x1=float(w["x1"]), bottom=float(w["bottom"]),
             size=round(float(w["size"]), 2), confidence=1.0)
        for w, _ in wide
    ]


@functools.cache
def _standard_font(name: str) -> tuple[float, dict[str, int]]:
    """Descent (per unit of font size) and advance widths (per 1000) that pdfminer uses for a standard font."""
    descriptor, widths = FONT_METRICS[name]
    descent = float(descriptor.get("Descent", 0))  # type: ignore[arg-type]
    return (-descent if descent > 0 else descent) * 0.001, widths  # as pdfminer: negative, times its vscale


def _retyped(function: Any, restype: Any, *argtypes: Any) -> Any:
    """The same PDFium function with other ctypes types: handles come back as plain ints (None for NULL) instead
    of a new ctypes pointer object each, which needed a ctypes.cast per character to be compared or a key."""
    address = ctypes.cast(function, ctypes.c_void_p).value
    assert address is not None
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


_text_object_of = _retyped(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p, pdfium_c.FPDF_TEXTPAGE, ctypes.c_int)
_font_of = _retyped(pdfium_c.FPDFTextObj_GetFont, ctypes.c_void_p, ctypes.c_void_p)
_font_is_embedded = _retyped(pdfium_c.FPDFFont_GetIsEmbedded, ctypes.c_int, ctypes.c_void_p)
_font_base_name = _retyped(pdfium_c.FPDFFont_GetBaseFontName, ctypes.c_size_t, ctypes.c_void_p, ctypes.c_char_p,
                           ctypes.c_size_t)
# The character's matrix into six floats (FS_MATRIX's a b c d e f), read back as one slice, not six field lookups
_char_matrix = _retyped(pdfium_c.FPDFText_GetMatrix, ctypes.c_int, pdfium_c.FPDF_TEXTPAGE, ctypes.c_int,
                        ctypes.c_void_p)
_UPRIGHT = [1.0, 0.0, 0.0, 1.0]
assert ctypes.sizeof(ctypes.c_float * 6) == ctypes.sizeof(pdfium_c.FS_MATRIX)


def _font_metrics(font: int | None,
                  cache: dict[int | None, tuple[float, dict[str, int]]]) -> tuple[float, dict[str, int]]:
    if font not in cache:
        if not font or _font_is_embedded(font):
            raise NotEquivalent
        length = _font_base_name(font, None, 0)
        buffer = ctypes.create_string_buffer(length)
        _font_base_name(font, buffer, length)
        name = buffer.value.decode("latin-1")
        if name not in FONT_METRICS:
            raise NotEquivalent
        cache[font] = _standard_font(name)
    return cache[font]


def _chars(textpage: Any, height: float) -> list[dict[str, Any]]:
    """pdfplumber-style character dictionaries (the keys WordExtractor reads), boxed as pdfminer boxes them."""
    raw = textpage.raw
    ox, oy = ctypes.c_double(), ctypes.c_double()
    matrix = (ctypes.c_float * 6)()
    is_generated, unicode_of, map_error = (pdfium_c.FPDFText_IsGenerated, pdfium_c.FPDFText_GetUnicode,
                                           pdfium_c.FPDFText_HasUnicodeMapError)
    origin_of, size_of = pdfium_c.FPDFText_GetCharOrigin, pdfium_c.FPDFText_GetFontSize
    fonts: dict[int | None, tuple[float, dict[str, int]]] = {}
    chars: list[dict[str, Any]] = []
    last_object: int | None = -1  # no handle is -1: the first character looks its font up
    descent_per_size, widths, size, descent = 0.0, dict[str, int](), 0.0, 0.0
    for i in range(pdfium_c.FPDFText_CountChars(raw)):
        if is_generated(raw, i):
            continue  # spaces and line ends PDFium adds itself; pdfminer has none
        code = unicode_of(raw, i)
        if map_error(raw, i) or not 0 < code < 0xD800:
            raise NotEquivalent
        text_object = _text_object_of(raw, i)
        if text_object != last_object:
            # A text object's characters share its font, size and matrix (PDFium takes all three from the
            # object): asked once per object, not per character.
            descent_per_size, widths = _font_metrics(text_object and _font_of(text_object), fonts)
            _char_matrix(raw, i, matrix)
            if matrix[:4] != _UPRIGHT:
                raise NotEquivalent  # rotated, skewed or scaled text
            size = _decimal(size_of(raw, i))
            descent = descent_per_size * size
            last_object = text_object
        text = chr(code)
        width = widths.get(text)
        if width is None:
            raise NotEquivalent  # not a glyph of the font's standard encoding: PDFium mapped it some other way
        origin_of(raw, i, ox, oy)
        x, baseline = _decimal(ox.value), _decimal(oy.value)
        chars.append({
            "text": text, "x0": x, "x1": width * 0.001 * size + x, "size": size, "upright": True,
            "top": height - (descent + size + baseline), "bottom": height - (descent + baseline),
            "doctop": height - (descent + size + baseline),
        })
    return chars
