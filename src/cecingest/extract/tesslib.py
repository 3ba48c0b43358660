"""Tesseract's own library (libtesseract's C API through ctypes), loaded once per process (issue 8).

Each `tesseract` command loads its model again: 0.06 s of CPU before it reads a pixel, and a scan's second looks
start one more. The library keeps one engine per process and reads page after page with it. Measured on the same
grey pixels with the same settings (`--psm 3`, eng, OMP_THREAD_LIMIT=1), its words, boxes and confidences are the
command's byte for byte (12 trimg2 pages' TSV; 20 scans' words through the whole extract), at 0.28 s a page where
the command took 0.43.

Only what the command would read the same way is read here: 8-bit grey pixels and a page segmentation mode, no
other variables. Everything else (orientation detection, noise removal, colour), any machine without the library
of the command's version, and `tesseract_library = false` go through pytesseract as before (`read_tsv` gives None).
"""

from __future__ import annotations

import atexit
import ctypes
import ctypes.util
import functools
import logging
import os
import time
from typing import Any

from PIL import Image

log = logging.getLogger(__name__)

TSV_HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
DEFAULT_DPI = 70  # what the command assumes for an image file that states no resolution (a PNM never does)
_BYTES_PER_PIXEL = {"L": 1}  # grey pages and cut-outs, as every page read is prepared; others go to the command
# Larger pages go to the command: in the process Tesseract shares the worker's memory cap (memory_limit_mb), and a
# page this big can take it past a tight cap, where the library aborts and takes the worker down (review13: a
# 10900 x 10900 page peaked at 493 MB; the command, a process of its own, read it under caps the library could
# not). A 600 dpi letter page (6600 x 5100, 34 Mpx) still reads here. Its deadline also stops the command, while
# the library checks its own only while it recognises words.
LIBRARY_MAX_PIXELS = 40_000_000
LIBRARY_NAMES = ("libtesseract.so.5", "libtesseract.so", "libtesseract.5.dylib", "libtesseract.dylib")


class LibraryTimeout(RuntimeError):
    """The library gave up reading at its deadline (the command's `timeout`).

    Tesseract looks at the deadline only between words: its layout analysis before them runs to the end (an 8000 x
    8000 page of random pixels: 58 s past a 2 s deadline), where the command would have been killed. That time is
    bounded by the worker's own limits (limits.py: the watchdog and the CPU limit at time_limit + 10 s)."""


class LibraryFailed(RuntimeError):
    """The library could not read the page before its deadline: out of memory (the worker's cap counts the library's
    allocations too) or an image it refuses; no timeout, and not to be reported as one."""


class _Engine:
    """One initialised TessBaseAPI (per process and language)."""

    def __init__(self, lib: ctypes.CDLL, language: str) -> None:
        self.lib = lib
        self.handle = lib.TessBaseAPICreate()
        if not self.handle or lib.TessBaseAPIInit3(self.handle, None, language.encode()) != 0:
            raise OSError(f"libtesseract could not load the {language!r} model")
        # Its notes ("Detected 11 diacritics") went to the command's stderr, which pytesseract kept; not to ours.
        lib.TessBaseAPISetVariable(self.handle, b"debug_file", os.devnull.encode())
        atexit.register(self.close)

    def close(self) -> None:
        """Free the engine (left to exit, its model's caches report themselves as leaks on stderr)."""
        if self.handle:
            self.lib.TessBaseAPIEnd(self.handle)
            self.lib.TessBaseAPIDelete(self.handle)
            self.handle = None

    def read(self, image: Image.Image, psm: int, timeout: float) -> str:
        lib, handle = self.lib, self.handle
        pixels = image.tobytes()
        bpp = _BYTES_PER_PIXEL[image.mode]
        lib.TessBaseAPISetPageSegMode(handle, psm)
        lib.TessBaseAPISetImage(handle, pixels, image.width, image.height, bpp, image.width * bpp)
        lib.TessBaseAPISetSourceResolution(handle, DEFAULT_DPI)
        monitor = lib.TessMonitorCreate()
        try:
            started = time.monotonic()  # before the deadline is set: a deadline met is `timeout` after this
            if timeout > 0:
                lib.TessMonitorSetDeadlineMSecs(monitor, max(1, round(timeout * 1000)))
            if lib.TessBaseAPIRecognize(handle, monitor) != 0:
                # The monitor says no more than "failed": a failure before the deadline was not the deadline.
                if timeout > 0 and time.monotonic() - started >= timeout:
                    raise LibraryTimeout(f"Tesseract's library stopped reading (deadline {timeout:g} s)")
                raise LibraryFailed("its library could not read the page (out of memory?)")
            text = lib.TessBaseAPIGetTsvText(handle, 0)
            try:
                return ctypes.string_at(text).decode("utf-8") if text else ""
            finally:
                if text:
                    lib.TessDeleteText(text)
        finally:
            lib.TessMonitorDelete(monitor)
            lib.TessBaseAPIClear(handle)


def _declare(lib: ctypes.CDLL) -> None:
    p, c_int, c_char_p = ctypes.c_void_p, ctypes.c_int, ctypes.c_char_p
    signatures: dict[str, tuple[list[Any], Any]] = {
        "TessBaseAPICreate": ([], p),
        "TessBaseAPIInit3": ([p, c_char_p, c_char_p], c_int),
        "TessBaseAPISetVariable": ([p, c_char_p, c_char_p], c_int),
        "TessBaseAPIEnd": ([p], None),
        "TessBaseAPIDelete": ([p], None),
        "TessBaseAPISetPageSegMode": ([p, c_int], None),
        "TessBaseAPISetImage": ([p, c_char_p, c_int, c_int, c_int, c_int], None),
        "TessBaseAPISetSourceResolution": ([p, c_int], None),
        "TessBaseAPIRecognize": ([p, p], c_int),
        "TessBaseAPIGetTsvText": ([p, c_int], p),
        "TessDeleteText": ([p], None),
        "TessBaseAPIClear": ([p], None),
        "TessMonitorCreate": ([], p),
        "TessMonitorSetDeadlineMSecs": ([p, c_int], None),
        "TessMonitorDelete": ([p], None),
        "TessVersion": ([], c_char_p),
    }
    for name, (args, result) in signatures.items():
        function = getattr(lib, name)
        function.argtypes, function.restype = args, result


L_SEVERITY_NONE = 6  # leptonica's environ.h


def _quiet_leptonica() -> None:
    """Leptonica, under Tesseract, prints its complaints to stderr ("Error in boxClipToRectangle: box outside
    rectangle" on a cut-out at the page's edge): the command's stderr, which pytesseract kept, now ours."""
    for name in (ctypes.util.find_library("lept"), "liblept.so.5", "libleptonica.so.6", "libleptonica.so"):
        if not name:
            continue
        try:
            ctypes.CDLL(name).setMsgSeverity(L_SEVERITY_NONE)
            return
        except (OSError, AttributeError):
            continue


@functools.cache
def _engine(pid: int, language: str, cli_version: str) -> _Engine | None:
    """The process's engine (a forked worker builds its own: `pid` is part of the key); None without a library of
    the command's version."""
    lib = None
    for name in (ctypes.util.find_library("tesseract"), *LIBRARY_NAMES):
        if not name:
            continue
        try:
            lib = ctypes.CDLL(name)
            break
        except OSError:
            continue
    if lib is None:
        log.debug("no libtesseract: pages are read by the tesseract command")
        return None
    _quiet_leptonica()
    try:
        _declare(lib)
        version = (lib.TessVersion() or b"").decode()
        if version.split()[0] != cli_version.split()[0]:
            log.debug("libtesseract %s is not the command's %s: the command reads", version, cli_version)
            return None
        return _Engine(lib, language)
    except (OSError, AttributeError, IndexError) as exc:
        log.debug("libtesseract unusable (%s): pages are read by the tesseract command", exc)
        return None


def available(language: str, cli_version: str) -> bool:
    """Whether this process reads through the library (loading it on first use)."""
    return _engine(os.getpid(), language, cli_version) is not None


def read_tsv(image: Image.Image, language: str, psm: int, timeout: float, cli_version: str) -> str | None:
    """The command's TSV (header included) for the image read with `--psm psm`, from the library; None when the
    library cannot stand in for the command here (no library, another version, pixels it would read otherwise)."""
    if image.mode not in _BYTES_PER_PIXEL or image.width * image.height > LIBRARY_MAX_PIXELS:
        return None
    engine = _engine(os.getpid(), language, cli_version)
    if engine is None:
        return None
    return TSV_HEADER + engine.read(image, psm, timeout)
