"""Stage 2, extract: per page, words with their positions, font size and confidence.

PDF pages with a real text layer are read by pdfplumber; everything else is read by Tesseract.
"""

from __future__ import annotations

import statistics
import time

from PIL import Image

from cecingest.config import Settings
from cecingest.extract.image import TRANSPARENT_MODES, open_frames, prepare_for_ocr
from cecingest.extract.ocr import (
    detect_rotation,
    ocr_data,
    ocr_words,
    reread_doubtful_numbers,
    tesseract_version,
    words_from_data,
)
from cecingest.extract.pdf import extract_pdf_pages
from cecingest.models import ExtractedDocument, LoadedFile, Page, SourceInfo, TextSource, Word

__all__ = ["extract", "ocr_page_image"]


def ocr_page_image(image: Image.Image, number: int, settings: Settings, scale: float = 1.0) -> Page:
    """OCR one page image. Word boxes come back in the input's units times `scale`."""
    started = time.perf_counter()
    width, height = image.size
    tesseract_version(settings.tesseract_cmd)  # raises TesseractMissing: a page image needs it, blank or not
    gray = image.convert("L")
    if _is_flat(gray):  # nothing to read (a drawing-free page, a blank back side): no Tesseract run
        return Page(number, width * scale, height * scale, (), "ocr", seconds=time.perf_counter() - started)
    # The same grey image is where preparation starts, unless transparency is first laid on white paper.
    prepared, prep_scale = prepare_for_ocr(image, gray=None if image.mode in TRANSPARENT_MODES else gray)
    data = ocr_data(prepared, settings)
    rotation = 0
    # Orientation detection costs about half a recognition; a page read fluently is upright already, so only
    # a page read badly is asked which way up it is (and read again when it is turned).
    if settings.detect_orientation and not reads_fluently(words_from_data(data, prep_scale * scale)):
        rotation = detect_rotation(image, settings)
    if rotation:
        # Tesseract reports the clockwise turn that uprights the page; PIL rotates counter-clockwise.
        image = image.rotate(-rotation, expand=True)
        width, height = image.size
        prepared, prep_scale = prepare_for_ocr(image)
        data = ocr_data(prepared, settings)
    # Second looks only at the upright reading: a turned page reads as gibberish throughout.
    reread_doubtful_numbers(prepared, data, settings)
    words = denoise_if_garbled(prepared, words_from_data(data, prep_scale * scale), settings, prep_scale * scale)
    return Page(number, width * scale, height * scale, tuple(words), "ocr", rotation=rotation,
                seconds=time.perf_counter() - started)


def denoise_if_garbled(prepared: Image.Image, words: list[Word], settings: Settings, scale: float) -> list[Word]:
    """The page's words, or those of a second reading with noise removal when the first is largely gibberish.

    A page where a good part of the words are read as gibberish is mostly one whose rows of leader dots or
    speckle Tesseract took for letters, garbling the labels beside them; it is read once more with noise removal
    (which also drops full stops, so it is no default) and the reading with less gibberish is kept.
    """
    if garbled_share(words) >= GARBLED_SHARE:
        again = ocr_words(prepared, settings, scale=scale, denoise=True)
        if garbled_share(again) < garbled_share(words) and _sure_words(again) >= 0.9 * _sure_words(words):
            return again
    return words


GARBLED_CONFIDENCE = 0.3  # a word read below this confidence is as good as gibberish
GARBLED_SHARE = 0.2  # pages measured: clean 0-0.1 of their words gibberish; leader-dot rows and speckle 0.2-0.6


def garbled_share(words: list[Word]) -> float:
    """The share of the words Tesseract read with almost no confidence."""
    if not words:
        return 0.0
    return sum(w.confidence < GARBLED_CONFIDENCE for w in words) / len(words)


def _sure_words(words: list[Word]) -> int:
    return sum(w.confidence >= FLUENT_CONFIDENCE for w in words)


FLUENT_MIN_WORDS = 12  # fewer words than this say too little about the page to skip orientation detection
FLUENT_CONFIDENCE = 0.8  # median word confidence of an upright page (turned pages read as gibberish, ~0.3)


def reads_fluently(words: list[Word]) -> bool:
    """Whether Tesseract read the page as upright text: enough words of several letters, read confidently."""
    wordy = [w for w in words if sum(ch.isalpha() for ch in w.text) >= 3]
    if len(wordy) < FLUENT_MIN_WORDS:
        return False
    return statistics.median(w.confidence for w in wordy) >= FLUENT_CONFIDENCE


def _is_flat(gray: Image.Image) -> bool:
    """A page of one flat shade (a rendered empty page): there is nothing on it to read."""
    low, high = gray.getextrema()
    return float(high) - float(low) < 8  # type: ignore[arg-type]


def extract(loaded: LoadedFile, settings: Settings) -> ExtractedDocument:
    if loaded.media_type == "application/pdf":
        pages, notes = extract_pdf_pages(
            loaded, settings, lambda img, number, scale: ocr_page_image(img, number, settings, scale)
        )
    else:
        frames, notes = open_frames(loaded.data, loaded.path, settings.max_image_pixels, settings.max_pages)
        pages = [ocr_page_image(frame, i + 1, settings) for i, frame in enumerate(frames)]
    if not any(page.words for page in pages):
        notes.append("no text found on any page (blank, or drawings only)")
    source = SourceInfo(
        path=loaded.path, sha256=loaded.sha256, media_type=loaded.media_type, size=loaded.size,
        pages=len(pages), text_source=text_source_of(pages),
    )
    return ExtractedDocument(source=source, pages=tuple(pages), notes=tuple(notes))


def text_source_of(pages: list[Page]) -> TextSource:
    kinds = {p.source for p in pages}
    if kinds == {"text-layer"}:
        return "text-layer"
    if kinds == {"ocr"}:
        return "ocr"
    return "mixed"
