"""The PDFium text layer gives pdfplumber's words, and steps aside where it cannot promise to."""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pypdfium2
import pytest

from cecingest.extract.pdf import text_layer_words
from cecingest.extract.pdftext import pdfium_page_words

ROOT = Path(__file__).resolve().parents[2]
TEXT_PDFS = sorted((ROOT / "samples").glob("*.pdf")) + sorted((ROOT / "eval" / "heldout").glob("*.pdf"))
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def both(data: bytes, index: int = 0) -> tuple[list, list | None]:
    with pdfplumber.open(io.BytesIO(data)) as pdf, pypdfium2.PdfDocument(data) as doc:
        return text_layer_words(pdf.pages[index]), pdfium_page_words(doc, index)


@pytest.mark.parametrize("path", TEXT_PDFS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_same_words_as_pdfplumber(path: Path) -> None:
    data = path.read_bytes()
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = len(pdf.pages)
    for index in range(pages):
        old, new = both(data, index)
        if new is None:
            continue
        assert [(w.text, w.size) for w in new] == [(w.text, w.size) for w in old]
        for a, b in zip(old, new, strict=True):
            assert max(abs(a.x0 - b.x0), abs(a.x1 - b.x1), abs(a.top - b.top), abs(a.bottom - b.bottom)) < 0.002


def test_standard_font_pages_are_read_by_pdfium() -> None:
    data = (ROOT / "samples" / "nasba-cpe.pdf").read_bytes()
    assert both(data)[1]


def _pdf(draw) -> bytes:  # type: ignore[no-untyped-def]
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    out = io.BytesIO()
    c = canvas.Canvas(out)
    draw(c)
    c.save()
    return out.getvalue()


def test_letter_spacing_on_the_tolerance_goes_to_pdfplumber() -> None:
    def draw(c) -> None:  # type: ignore[no-untyped-def]
        text = c.beginText(72, 700)
        text.setFont("Helvetica", 14)
        text.setCharSpace(3.0)  # gaps of exactly pdfplumber's 3 pt tolerance
        text.textLine("CERTIFICATE OF COMPLETION")
        c.drawText(text)

    old, new = both(_pdf(draw))
    assert old and new is None


def test_scaled_text_goes_to_pdfplumber() -> None:
    def draw(c) -> None:  # type: ignore[no-untyped-def]
        c.scale(1.5, 1.5)
        c.setFont("Helvetica", 10)
        c.drawString(50, 400, "Jane Doe completed 3.0 contact hours")

    old, new = both(_pdf(draw))
    assert old and new is None


@pytest.mark.skipif(not DEJAVU.is_file(), reason="needs the DejaVu font")
def test_embedded_font_goes_to_pdfplumber() -> None:
    ttfonts = pytest.importorskip("reportlab.pdfbase.ttfonts")
    pdfmetrics = pytest.importorskip("reportlab.pdfbase.pdfmetrics")
    pdfmetrics.registerFont(ttfonts.TTFont("DejaVuTest", str(DEJAVU)))

    def draw(c) -> None:  # type: ignore[no-untyped-def]
        c.setFont("DejaVuTest", 12)
        c.drawString(72, 700, "Certificate of Completion: Jane Müller, RN")

    old, new = both(_pdf(draw))
    assert old and new is None
