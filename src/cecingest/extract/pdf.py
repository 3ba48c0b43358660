"""PDF pages: the text layer through pdfplumber; pages without real text are rendered for OCR."""

from __future__ import annotations

import contextlib
import io
import logging
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pdfplumber
import pypdfium2
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFSyntaxError
from pdfplumber.utils.exceptions import PdfminerException
from PIL import Image

from cecingest.config import Settings
from cecingest.errors import CorruptFile
from cecingest.extract.pdftext import pdfium_page_words
from cecingest.models import LoadedFile, Page, Word

log = logging.getLogger(__name__)

_CID = re.compile(r"\(cid:\d+\)")
OcrPage = Callable[[Image.Image, int, float], Page]  # (image, page number, pixels-to-points) -> Page


def page_text_is_real(words: list[Word], min_chars: int) -> bool:
    """The one predicate that decides whether a page's text layer is usable or the page needs OCR.

    Fonts without a Unicode map come out as "(cid:12)" runs; those and whitespace do not count.
    """
    text = _CID.sub("", "".join(w.text for w in words))
    return sum(ch.isalnum() for ch in text) >= min_chars


def text_layer_words(page: Any) -> list[Word]:
    raw = page.extract_words(extra_attrs=["size"], keep_blank_chars=False, use_text_flow=False)
    return [
        Word(text=w["text"], x0=float(w["x0"]), top=float(w["top"]), x1=float(w["x1"]),
             bottom=float(w["bottom"]), size=round(float(w["size"]), 2), confidence=1.0)
        for w in raw
    ]


@contextmanager
def _open_pdf(loaded: LoadedFile, max_pages: int = 0) -> Iterator[Any]:
    try:
        # Only the first `max_pages` pages become pdfplumber pages (it would make all of them on close otherwise).
        pdf = pdfplumber.open(io.BytesIO(loaded.data), pages=list(range(1, max_pages + 1)) if max_pages else None)
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise CorruptFile(f"{loaded.path}: encrypted PDF (a password is needed to read it)") from None
    except (PdfminerException, PDFSyntaxError) as exc:
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, PDFPasswordIncorrect | PDFEncryptionError):
            raise CorruptFile(f"{loaded.path}: encrypted PDF (a password is needed to read it)") from None
        raise CorruptFile(f"{loaded.path}: unsupported or corrupt file (broken PDF: {cause})") from None
    try:
        yield pdf
    finally:
        # Closing builds the pages that were not built yet, and may fail on the same broken page tree that the
        # reading already reported (found by tests/test_fuzz.py).
        with contextlib.suppress(Exception):
            pdf.close()


MAX_RENDER_SIDE = 4200  # pixels; a poster-sized page at 300 dpi would only cost time


def render_scale(width_pt: float, height_pt: float, dpi: int) -> float:
    """Pixels per PDF point: the chosen resolution, capped so huge pages stay a sane size."""
    return min(dpi / 72.0, MAX_RENDER_SIDE / max(width_pt, height_pt, 1.0))


@contextmanager
def _open_pdfium(loaded: LoadedFile) -> Iterator[pypdfium2.PdfDocument | None]:
    """The same file in PDFium, opened once for all its pages; None when PDFium cannot read what pdfminer did."""
    try:
        doc = pypdfium2.PdfDocument(loaded.data)
    except pypdfium2.PdfiumError as exc:
        log.debug("%s: PDFium cannot open it (%s); pdfplumber alone reads it", loaded.path, exc)
        yield None
        return
    try:
        yield doc
    finally:
        doc.close()


def render_page(loaded: LoadedFile, doc: pypdfium2.PdfDocument | None, index: int, scale: float) -> Image.Image:
    if doc is None:  # pdfminer read what PDFium cannot (found by tests/test_fuzz.py)
        raise CorruptFile(f"{loaded.path}: unsupported or corrupt file (broken PDF: PDFium cannot read it)")
    try:
        image: Image.Image = doc[index].render(scale=scale, grayscale=True).to_pil()
        return image
    except pypdfium2.PdfiumError as exc:
        raise CorruptFile(f"{loaded.path}: unsupported or corrupt file (broken PDF: page {index + 1}: {exc})") from None


def count_pages(pdf: Any) -> int:
    """Pages in the document's page tree (walked, not taken from its /Count, which a file may fake)."""
    return sum(1 for _ in PDFPage.create_pages(pdf.doc))


def extract_pdf_pages(loaded: LoadedFile, settings: Settings, ocr_page: OcrPage) -> tuple[list[Page], list[str]]:
    """The first `max_pages` pages, each from its text layer or OCR, and notes on what was left out."""
    pages: list[Page] = []
    notes: list[str] = []
    with _open_pdf(loaded, settings.max_pages) as pdf, _open_pdfium(loaded) as doc:
        try:
            plumber_pages = list(pdf.pages)
            total = count_pages(pdf) if len(plumber_pages) == settings.max_pages else len(plumber_pages)
        except Exception as exc:  # pdfminer raises many types on broken page trees
            raise CorruptFile(f"{loaded.path}: unsupported or corrupt file (broken PDF: {exc})") from None
        if not plumber_pages:
            raise CorruptFile(f"{loaded.path}: PDF has no pages")
        if total > len(plumber_pages):
            notes.append(pages_skipped_note(len(plumber_pages), total))
        for index, page in enumerate(plumber_pages):
            started = time.perf_counter()
            words = _page_words(loaded, doc, page, index)
            if page_text_is_real(words, settings.min_text_chars):
                pages.append(Page(index + 1, float(page.width), float(page.height), tuple(words), "text-layer",
                                  seconds=time.perf_counter() - started))
                continue
            log.debug("%s page %d has no usable text layer; OCR at %d dpi", loaded.path, index + 1, settings.ocr_dpi)
            scale = render_scale(float(page.width), float(page.height), settings.ocr_dpi)
            ocr = ocr_page(render_page(loaded, doc, index, scale), index + 1, 1.0 / scale)
            pages.append(Page(ocr.number, float(page.width), float(page.height), ocr.words, "ocr",
                              rotation=ocr.rotation, seconds=time.perf_counter() - started))
    return pages, notes


def _page_words(loaded: LoadedFile, doc: pypdfium2.PdfDocument | None, page: Any, index: int) -> list[Word]:
    """The page's text layer: from PDFium where its words are pdfplumber's (extract/pdftext.py), else pdfplumber."""
    try:
        words = pdfium_page_words(doc, index) if doc is not None else None
    except pypdfium2.PdfiumError as exc:
        log.debug("%s page %d: PDFium failed (%s); read by pdfplumber", loaded.path, index + 1, exc)
        words = None
    if words is not None:
        return words
    try:
        return text_layer_words(page)
    except MemoryError:
        raise
    except Exception as exc:  # pdfminer raises many types on broken content streams
        raise CorruptFile(f"{loaded.path}: unsupported or corrupt file (broken PDF: page {index + 1}: "
                          f"{type(exc).__name__}: {exc})") from None


def pages_skipped_note(read: int, total: int | None) -> str:
    of = f"of {total} " if total else ""
    return f"only the first {read} pages {of}were read (max_pages); the rest was skipped"
