"""Fuzzing the load and extract stages with hypothesis: mutated bytes of a small valid PDF, PNG, JPEG and TIFF.

Whatever the bytes, a stage either returns or raises one of our typed errors (which become a one-line reason);
any other exception is a crash. Tesseract is not run (it is a separate process with its own timeout): PDF pages
that need OCR get a stand-in, and images are decoded the way extraction decodes them.

A brief, deterministic run is part of the test suite. A longer, random one on demand:

    CECINGEST_FUZZ_EXAMPLES=20000 .venv/bin/python -m pytest tests/test_fuzz.py -q

Crashes found this way are kept as regression tests at the end of this file.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import os
import struct
import sys
from types import ModuleType

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from cecingest.config import Settings
from cecingest.errors import CecIngestError, CorruptFile
from cecingest.extract.image import open_frames
from cecingest.extract.pdf import extract_pdf_pages
from cecingest.load import load_bytes
from cecingest.models import LoadedFile, Page
from tests.conftest import ROOT

EXAMPLES = int(os.environ.get("CECINGEST_FUZZ_EXAMPLES", "0"))
FUZZ = settings(max_examples=EXAMPLES or 200, derandomize=not EXAMPLES, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
LIMITS = Settings(max_pages=5, max_image_pixels=4_000_000)


def _hostile() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_hostile", ROOT / "scripts" / "make_hostile.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_hostile"] = module
    spec.loader.exec_module(module)
    return module


def _image(fmt: str, **options: object) -> bytes:
    out = io.BytesIO()
    image = _hostile().certificate_image("Fuzz Seed").resize((260, 160))
    image.save(out, fmt, **options)
    return out.getvalue()


SEEDS = {
    "pdf": _hostile().text_pdf("Fuzz Seed"),
    "vector-pdf": _hostile().vector_only_pdf(),
    "png": _image("PNG"),
    "jpeg": _image("JPEG", quality=70),
    "tiff": _image("TIFF", compression="tiff_lzw"),
}


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    """A seed file with a few bytes flipped, runs cut out or repeated, junk inserted, or the end cut off."""
    data = bytearray(SEEDS[draw(st.sampled_from(sorted(SEEDS)))])
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        op = draw(st.sampled_from(["flip", "flip", "delete", "repeat", "insert", "truncate"]))
        if op == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif op == "delete":
            del data[at:at + draw(st.integers(1, 64))]
        elif op == "repeat":
            data[at:at] = data[at:at + draw(st.integers(1, 64))] * draw(st.integers(1, 8))
        elif op == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=32))
        else:
            del data[at:]
    return bytes(data)


def _stand_in_ocr(image: Image.Image, number: int, scale: float) -> Page:
    return Page(number, image.width * scale, image.height * scale, (), "ocr")


def load_and_extract(data: bytes) -> None:
    """The load stage, then the extract stage without Tesseract; raises only CecIngestError."""
    loaded: LoadedFile = load_bytes(data, "fuzzed")
    if loaded.media_type == "application/pdf":
        extract_pdf_pages(loaded, LIMITS, _stand_in_ocr)
    else:
        open_frames(loaded.data, loaded.path, LIMITS.max_image_pixels, LIMITS.max_pages)


@FUZZ
@given(mutated())
def test_mutated_files_fail_only_with_typed_errors(data: bytes) -> None:
    try:
        load_and_extract(data)
    except CecIngestError as exc:
        assert exc.message.startswith("fuzzed: "), exc.message


@FUZZ
@given(st.binary(max_size=2048))
def test_random_bytes_fail_only_with_typed_errors(data: bytes) -> None:
    with contextlib.suppress(CecIngestError):
        load_and_extract(data)


# -- regressions: crashes the fuzzer found, kept as plain tests ---------------------------------------------------

@pytest.mark.parametrize("defect", [b"/Parent 2MediaBox", b"/Parent \x01 0 R /MediaBox"])
def test_a_broken_page_object_is_a_corrupt_file_even_when_the_pdf_is_closed(defect: bytes) -> None:
    """pdfplumber's close() built the pages again and raised a TypeError or PdfminerException past our handler."""
    data = SEEDS["pdf"].replace(b"/Parent 2 0 R /MediaBox", defect)
    with pytest.raises(CorruptFile, match=r"^fuzzed: unsupported or corrupt file"):
        load_and_extract(data)


@pytest.mark.parametrize("defects", [
    [(b"/Type /Pages /Kids", b"/Type /Pages \x00Kids"), (b"endobj\n4 0 obj", b"endobj 0 obj")],
    [(b"%PDF-1.7", b"%PDF-\x00.7"), (b"\xd3\n1 0 obj", b"\xd3\x001 0 obj"), (b"endobj\n4 0 obj", b"endobj 0 obj")],
])
def test_a_pdf_that_pdfium_cannot_open_or_render_is_a_corrupt_file(defects: list[tuple[bytes, bytes]]) -> None:
    """pdfminer read a page without text that PDFium then failed to load for OCR: a PdfiumError got through."""
    data = SEEDS["pdf"]
    for old, new in defects:
        assert old in data
        data = data.replace(old, new)
    with pytest.raises(CorruptFile, match=r"^fuzzed: unsupported or corrupt file \(broken PDF: "):
        load_and_extract(data)


def test_a_tiff_whose_second_page_has_no_width_is_a_corrupt_file() -> None:
    """Pillow raised TypeError("Missing dimensions") when seeking to the broken second frame."""
    out = io.BytesIO()
    frames = [Image.new("L", (8, 8), 255), Image.new("L", (8, 8), 0)]
    frames[0].save(out, "TIFF", save_all=True, append_images=frames[1:])
    data = bytearray(out.getvalue())
    first = struct.unpack_from("<I", data, 4)[0]
    second = struct.unpack_from("<I", data, first + 2 + 12 * struct.unpack_from("<H", data, first)[0])[0]
    for i in range(struct.unpack_from("<H", data, second)[0]):
        if struct.unpack_from("<H", data, second + 2 + 12 * i)[0] == 256:  # ImageWidth: made an unknown tag
            struct.pack_into("<H", data, second + 2 + 12 * i, 0x7FFF)
    with pytest.raises(CorruptFile, match=r"^fuzzed: unreadable image \(TypeError: Missing dimensions\)"):
        load_and_extract(bytes(data))
