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


def _two_pass_words(chars: list[dict]) -> list | None:  # type: ignore[type-arg]
    """The grouping as it was: both tolerances in full, compared (the reference for the single pass)."""
    from pdfplumber.utils.text import WordExtractor

    from cecingest.extract import pdftext

    narrow, wide = (list(WordExtractor(x_tolerance=t, y_tolerance=t, keep_blank_chars=False, use_text_flow=False,
                                       extra_attrs=["size"]).iter_extract_tuples(chars))
                    for t in (pdftext.NARROW, pdftext.WIDE))
    if [w["text"] for w, _ in narrow] != [w["text"] for w, _ in wide]:
        return None
    return [(w["text"], float(w["x0"]), float(w["top"]), float(w["x1"]), float(w["bottom"]), float(w["size"]))
            for w, _ in wide]


def test_one_grouping_pass_decides_as_two_did() -> None:
    """Rows of letters whose gaps and line offsets sit on, near and far from the 3 pt tolerance: the single pass
    (which groups a second time only on the knife edge) gives what grouping at both tolerances gave."""
    import random

    from cecingest.extract import pdftext

    rng = random.Random(8)
    gaps = [0.5, 1.0, 2.985, 2.995, 3.0, 3.005, 3.015, 4.0, 8.0]
    outcomes: set[str] = set()
    for _ in range(300):
        chars = []
        for line in range(rng.randint(1, 4)):
            top = 100 + rng.choice([14 * line, 14 * line, 3.0 * line, 2.995 * line, 3.005 * line])
            x = 72.0 + rng.choice([0.0, 150.0 * line])  # side by side: a line on the knife edge, same words
            for _ in range(rng.randint(1, 12)):
                text = rng.choice("abcdefgh ")
                chars.append({"text": text, "x0": x, "x1": x + 5.0, "top": top, "bottom": top + 10.0,
                              "doctop": top, "size": 10.0, "upright": True})
                x += 5.0 + rng.choice(gaps)
        got = pdftext._words(chars)
        expected = _two_pass_words(chars)
        if expected is None:
            assert got is None
        else:
            assert got is not None
            assert [(w.text, w.x0, w.top, w.x1, w.bottom, w.size) for w in got] == expected
        outcomes.add("knife edge" if expected is None else "regrouped" if extractor_saw_edge(chars) else "clean")
    assert outcomes == {"knife edge", "regrouped", "clean"}


def extractor_saw_edge(chars: list[dict]) -> bool:  # type: ignore[type-arg]
    from cecingest.extract import pdftext

    extractor = pdftext._EdgeWatchingExtractor()
    list(extractor.iter_extract_tuples(chars))
    return extractor.on_edge
