from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas


def write_text_pdf(path: Path, pages: list[list[str]]) -> Path:
    c = canvas.Canvas(str(path), pagesize=letter)
    for lines in pages:
        y = 700
        for line in lines:
            c.setFont("Helvetica", 16)
            c.drawString(72, y, line)
            y -= 30
        c.showPage()
    c.save()
    return path


def text_image(lines: list[str], size: tuple[int, int] = (1300, 500)) -> Image.Image:
    """A white page with large black text: quick for Tesseract, unambiguous to read."""
    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=48)
    for i, line in enumerate(lines):
        draw.text((60, 60 + i * 90), line, fill=0, font=font)
    return image


@pytest.fixture
def make_text_pdf(tmp_path: Path) -> Callable[[list[list[str]]], Path]:
    return lambda pages: write_text_pdf(tmp_path / "doc.pdf", pages)
