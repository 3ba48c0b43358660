"""Stage 1, load: read a file's bytes and decide what it is from its magic numbers, never its name."""

from __future__ import annotations

import hashlib
from pathlib import Path

from cecingest.errors import CorruptFile, InputNotFound, UnsupportedFile
from cecingest.models import LoadedFile

SUPPORTED = ("application/pdf", "image/png", "image/jpeg", "image/tiff", "image/webp", "image/bmp")


def sniff_media_type(head: bytes) -> str | None:
    """The media type the leading bytes announce, or None when they announce nothing we read."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "image/tiff"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[:2] == b"BM" and len(head) >= 26:
        return "image/bmp"
    # The PDF spec allows junk before the header; readers accept it within the first KiB.
    if b"%PDF-" in head[:1024]:
        return "application/pdf"
    return None


def load_bytes(data: bytes, path: str) -> LoadedFile:
    if not data:
        raise CorruptFile(f"{path}: empty file (0 bytes)")
    media_type = sniff_media_type(data[:1024])
    if media_type is None:
        raise UnsupportedFile(f"{path}: unsupported or corrupt file (not a PDF, PNG, JPEG, TIFF, WebP or BMP)")
    return LoadedFile(path=path, data=data, media_type=media_type, sha256=hashlib.sha256(data).hexdigest())


def load_file(path: str | Path) -> LoadedFile:
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputNotFound(f"{p}: no such file") from None
    except IsADirectoryError:
        raise InputNotFound(f"{p}: is a directory, not a file") from None
    except PermissionError:
        raise InputNotFound(f"{p}: permission denied") from None
    return load_bytes(data, str(path))
