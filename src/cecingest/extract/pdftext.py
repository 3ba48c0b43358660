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
from typing import Any

import pypdfium2
import pypdfium2.raw as pdfium_c
from pdfminer.fontmetrics import FONT_METRICS
from pdfplumber.utils.text import WordExtractor

from cecingest.models import Word

TOLERANCE = 3.0  # pdfplumber's default x and y tolerances, which text_layer_words uses
KNIFE_EDGE = 0.01  # points; PDFium's positions are within 0.002 of pdfminer's (measured), so this is a safe margin

_EXTRACTORS = {
    tolerance: WordExtractor(x_tolerance=tolerance, y_tolerance=tolerance, keep_blank_chars=False,
                             use_text_flow=False, extra_attrs=["size"])
    for tolerance in (TOLERANCE - KNIFE_EDGE, TOLERANCE + KNIFE_EDGE)
}


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
    narrow, wide = (list(ex.iter_extract_tuples(chars)) for ex in _EXTRACTORS.values())
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


def _font_metrics(font: Any, cache: dict[int | None, tuple[float, dict[str, int]]]) -> tuple[float, dict[str, int]]:
    key = ctypes.cast(font, ctypes.c_void_p).value
    if key not in cache:
        if not font or pdfium_c.FPDFFont_GetIsEmbedded(font):
            raise NotEquivalent
        length = pdfium_c.FPDFFont_GetBaseFontName(font, None, 0)
        buffer = ctypes.create_string_buffer(length)
        pdfium_c.FPDFFont_GetBaseFontName(font, buffer, length)
        name = buffer.value.decode("latin-1")
        if name not in FONT_METRICS:
            raise NotEquivalent
        cache[key] = _standard_font(name)
    return cache[key]


def _chars(textpage: Any, height: float) -> list[dict[str, Any]]:
    """pdfplumber-style character dictionaries (the keys WordExtractor reads), boxed as pdfminer boxes them."""
    raw = textpage.raw
    ox, oy = ctypes.c_double(), ctypes.c_double()
    matrix = pdfium_c.FS_MATRIX()
    fonts: dict[int | None, tuple[float, dict[str, int]]] = {}
    chars: list[dict[str, Any]] = []
    for i in range(pdfium_c.FPDFText_CountChars(raw)):
        if pdfium_c.FPDFText_IsGenerated(raw, i):
            continue  # spaces and line ends PDFium adds itself; pdfminer has none
        code = pdfium_c.FPDFText_GetUnicode(raw, i)
        if pdfium_c.FPDFText_HasUnicodeMapError(raw, i) or not 0 < code < 0xD800:
            raise NotEquivalent
        pdfium_c.FPDFText_GetMatrix(raw, i, matrix)
        if (matrix.a, matrix.b, matrix.c, matrix.d) != (1, 0, 0, 1):
            raise NotEquivalent  # rotated, skewed or scaled text
        text_object = pdfium_c.FPDFText_GetTextObject(raw, i)
        descent_per_size, widths = _font_metrics(text_object and pdfium_c.FPDFTextObj_GetFont(text_object), fonts)
        text = chr(code)
        width = widths.get(text)
        if width is None:
            raise NotEquivalent  # not a glyph of the font's standard encoding: PDFium mapped it some other way
        pdfium_c.FPDFText_GetCharOrigin(raw, i, ox, oy)
        size = _decimal(pdfium_c.FPDFText_GetFontSize(raw, i))
        x, baseline = _decimal(ox.value), _decimal(oy.value)
        descent = descent_per_size * size
        chars.append({
            "text": text, "x0": x, "x1": width * 0.001 * size + x, "size": size, "upright": True,
            "top": height - (descent + size + baseline), "bottom": height - (descent + baseline),
            "doctop": height - (descent + size + baseline),
        })
    return chars
