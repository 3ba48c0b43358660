"""cecingest: continuing-education certificates (PDFs, scans, photos) into clean credit records."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
