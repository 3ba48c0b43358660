"""Stage 1, load: read a file's bytes and decide what it is from its magic numbers, never its name."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

from cecingest.errors import CorruptFile, InputNotFound, OverLimit, UnsupportedFile
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


def shown_path(path: str | os.PathLike[str]) -> str:
    """A file name fit for a message, a log line and the database: bytes that are not UTF-8 and control characters
    (a newline in a name, say) are written as escapes, so one name is one line of valid text."""
    text = os.fsdecode(path).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


def load_file(path: str | Path, max_bytes: int = 0) -> LoadedFile:
    """Read a file (at most `max_bytes`; 0 for no limit) and decide what it is.

    The file is opened once and read from that handle, so a rename, replacement or deletion meanwhile changes
    nothing of what is read; it is opened without blocking, so a named pipe in a folder cannot stall the reader.
    """
    name = shown_path(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError:
        raise InputNotFound(f"{name}: no such file (deleted or moved before it was read)") from None
    except IsADirectoryError:
        raise InputNotFound(f"{name}: is a directory, not a file") from None
    except PermissionError:
        raise InputNotFound(f"{name}: permission denied") from None
    except OSError as exc:
        raise InputNotFound(f"{name}: cannot open ({exc.strerror})") from None
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputNotFound(f"{name}: is a directory, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise UnsupportedFile(f"{name}: not a regular file (a device, pipe or socket); not read")
        if max_bytes and info.st_size > max_bytes:
            raise OverLimit(_too_big(name, info.st_size, max_bytes))
        try:
            data = fh.read(max_bytes + 1) if max_bytes else fh.read()
        except OSError as exc:
            raise CorruptFile(f"{name}: cannot read ({exc.strerror})") from None
    if max_bytes and len(data) > max_bytes:  # it grew while being read
        raise OverLimit(_too_big(name, len(data), max_bytes))
    return load_bytes(data, name)


def _too_big(name: str, size: int, max_bytes: int) -> str:
    mib = 1 << 20
    return (f"{name}: {size / mib:.1f} MiB is over the file size limit of {max_bytes / mib:g} MiB (max_file_mb); "
            f"not read")
