from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from cecingest.errors import CorruptFile, InputNotFound, UnsupportedFile
from cecingest.load import load_bytes, load_file, sniff_media_type


def _image_bytes(fmt: str) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (20, 10), "white").save(buf, format=fmt)
    return buf.getvalue()


@pytest.mark.parametrize(
    ("fmt", "media_type"),
    [("PNG", "image/png"), ("JPEG", "image/jpeg"), ("TIFF", "image/tiff"), ("WEBP", "image/webp"),
     ("BMP", "image/bmp")],
)
def test_images_are_known_by_their_bytes(fmt: str, media_type: str) -> None:
    assert sniff_media_type(_image_bytes(fmt)[:1024]) == media_type


def test_pdf_header_may_follow_junk() -> None:
    assert sniff_media_type(b"\x00\x00junk%PDF-1.7\n") == "application/pdf"


def test_name_does_not_decide_the_type(tmp_path: Path) -> None:
    fake = tmp_path / "certificate.pdf"
    fake.write_bytes(_image_bytes("PNG"))
    loaded = load_file(fake)
    assert loaded.media_type == "image/png"
    assert len(loaded.sha256) == 64


def test_text_named_pdf_is_unsupported(tmp_path: Path) -> None:
    fake = tmp_path / "notes.pdf"
    fake.write_text("just some notes, not a pdf\n")
    with pytest.raises(UnsupportedFile, match="unsupported or corrupt file"):
        load_file(fake)


def test_empty_file_is_corrupt() -> None:
    with pytest.raises(CorruptFile, match="empty"):
        load_bytes(b"", "empty.pdf")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputNotFound):
        load_file(tmp_path / "nope.pdf")
