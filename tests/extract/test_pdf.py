from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from cecingest.config import Settings
from cecingest.errors import CorruptFile
from cecingest.extract import extract, text_source_of
from cecingest.extract.pdf import extract_pdf_pages, page_text_is_real, render_scale
from cecingest.load import load_bytes, load_file
from cecingest.models import Page, Word


def _fake_ocr(calls: list[int]) -> Callable[[Image.Image, int, float], Page]:
    def ocr(image: Image.Image, number: int, scale: float) -> Page:
        calls.append(number)
        return Page(number, image.width * scale, image.height * scale,
                    (Word("scanned", 10, 10, 50, 20, 10, 0.9),), "ocr")
    return ocr


def test_text_layer_words_keep_position_and_size(make_text_pdf: Callable[[list[list[str]]], Path]) -> None:
    loaded = load_file(make_text_pdf([["Certificate of Completion for Jane Doe"]]))
    calls: list[int] = []
    (page,), _ = extract_pdf_pages(loaded, Settings(), _fake_ocr(calls))
    assert calls == []
    assert page.source == "text-layer"
    assert [w.text for w in page.words][:3] == ["Certificate", "of", "Completion"]
    first = page.words[0]
    assert first.size == 16.0
    assert 70 <= first.x0 <= 74 and first.top < first.bottom


def test_page_without_text_goes_to_ocr(tmp_path: Path) -> None:
    buf = io.BytesIO()
    Image.new("L", (850, 1100), 255).save(buf, format="PDF", resolution=100.0)
    loaded = load_bytes(buf.getvalue(), "scan.pdf")
    calls: list[int] = []
    (page,), _ = extract_pdf_pages(loaded, Settings(), _fake_ocr(calls))
    assert calls == [1]
    assert page.source == "ocr"
    assert page.width == pytest.approx(612, abs=1)  # 8.5 in at 72 points per inch


def test_cid_garbage_is_not_real_text() -> None:
    garbage = [Word("(cid:12)(cid:13)(cid:14)", 0, 0, 10, 10)] * 10
    assert not page_text_is_real(garbage, 20)
    assert page_text_is_real([Word("Certificate of Completion awarded", 0, 0, 10, 10)], 20)


def test_render_scale_is_capped_for_huge_pages() -> None:
    assert render_scale(612, 792, 300) == pytest.approx(300 / 72)
    assert render_scale(5000, 5000, 300) * 5000 <= 4200


def test_mixed_sources() -> None:
    pages = [Page(1, 1, 1, (), "text-layer"), Page(2, 1, 1, (), "ocr")]
    assert text_source_of(pages) == "mixed"
    assert text_source_of(pages[:1]) == "text-layer"


def test_broken_pdf_is_corrupt() -> None:
    loaded = load_bytes(b"%PDF-1.7\n1 0 obj <<>> garbage without end", "broken.pdf")
    with pytest.raises(CorruptFile, match="corrupt"):
        extract(loaded, Settings())
