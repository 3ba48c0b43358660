"""Builders for parse-stage tests: documents from plain text, no PDF or OCR involved."""

from __future__ import annotations

from pathlib import Path

from cecingest.knowledge import Knowledge, load_knowledge
from cecingest.models import ExtractedDocument, Page, SourceInfo, Word

CHAR_WIDTH = 0.5  # of the font size; close enough to Helvetica for layout code


def words_of_line(text: str, top: float, size: float = 12.0, left: float = 72.0, confidence: float = 1.0) -> list[Word]:
    words = []
    x = left
    for token in text.split():
        width = len(token) * size * CHAR_WIDTH
        words.append(Word(token, x, top, x + width, top + size, size, confidence))
        x += width + size * 0.25
    return words


def document(*lines: str | tuple[str, float], confidence: float = 1.0, source: str = "text-layer") -> ExtractedDocument:
    """A one-page document; each line is text or (text, font size), placed top to bottom."""
    words: list[Word] = []
    top = 72.0
    for line in lines:
        text, size = (line, 12.0) if isinstance(line, str) else line
        words += words_of_line(text, top, size, confidence=confidence)
        top += size * 1.6
    page = Page(1, 612.0, 792.0, tuple(words), "ocr" if source == "ocr" else "text-layer")
    info = SourceInfo("test.pdf", "0" * 64, "application/pdf", 1, 1, "ocr" if source == "ocr" else "text-layer")
    return ExtractedDocument(info, (page,))


def document_of_words(words: list[Word]) -> ExtractedDocument:
    """A one-page text-layer document of words placed by hand (columns, indents, sizes)."""
    info = SourceInfo("test.pdf", "0" * 64, "application/pdf", 1, 1, "text-layer")
    return ExtractedDocument(info, (Page(1, 612.0, 792.0, tuple(words), "text-layer"),))


def knowledge_with_labels(data_dir: Path, toml: str) -> Knowledge:
    """The shipped knowledge extended by a user's labels.toml in data_dir, as settings.data_dir does."""
    (data_dir / "labels.toml").write_text(toml, encoding="utf-8")
    return load_knowledge(str(data_dir))
