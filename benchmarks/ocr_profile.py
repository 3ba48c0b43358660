"""Where the time of reading a scan goes, step by step, beside the raw `tesseract` command (issue 8).

    python benchmarks/ocr_profile.py DIR [DIR ...] [--no-floor]

Runs the whole pipeline (ingest_file) on every PDF and image in the folders, in this one process, with timers
around each step of the OCR path (rendering, preparation, deskew rotation, Tesseract page reads, orientation
detection, number re-reads, noise-removal re-reads) and the later stages. It reports seconds per page of wall
time and of CPU time (this process and its Tesseract children; on a shared machine CPU time is the steadier
figure), then the raw floor: `tesseract PAGE stdout --psm 3 tsv` on the same pages, prepared as
benchmarks/speed.py prepares them (image files as they are, scanned PDF pages rendered at `ocr_dpi`).
The trained parsing model is loaded before timing starts (in `cecingest import` each worker loads it once).
"""

from __future__ import annotations

import argparse
import collections
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PIL import Image

import cecingest.extract as extract_module
import cecingest.extract.image as image_module
import cecingest.extract.pdf as pdf_module
import cecingest.parse as parse_module
import cecingest.pipeline as pipeline_module
from cecingest.config import load_settings

SUFFIXES = {".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff"}
WALL: dict[str, float] = collections.defaultdict(float)
CPU: dict[str, float] = collections.defaultdict(float)
CALLS: collections.Counter[str] = collections.Counter()


def cpu_seconds(children: bool = True) -> float:
    t = os.times()
    return t.user + t.system + ((t.children_user + t.children_system) if children else 0.0)


def timed(label: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def run(*args: Any, **kwargs: Any) -> Any:
        wall, cpu = time.perf_counter(), cpu_seconds()
        try:
            return function(*args, **kwargs)
        finally:
            WALL[label] += time.perf_counter() - wall
            CPU[label] += cpu_seconds() - cpu
            CALLS[label] += 1
    return run


def patch(module: Any, name: str, label: str) -> None:
    setattr(module, name, timed(label, getattr(module, name)))


def instrument() -> None:
    import pytesseract  # noqa: F401  (the lazy module; its submodule holds run_tesseract)
    runner = sys.modules["pytesseract.pytesseract"]
    patch(runner, "run_tesseract", "tesseract processes (all runs)")
    import cecingest.extract.tesslib as tesslib
    tesslib._Engine.read = timed("Tesseract library reads (in process)", tesslib._Engine.read)  # type: ignore[method-assign]
    patch(pipeline_module, "load_file", "load file")
    patch(pipeline_module, "extract", "extract (total)")
    patch(pipeline_module, "normalize", "normalize")
    patch(pipeline_module, "decide", "decide")
    patch(extract_module, "open_frames", "decode image file")
    patch(pdf_module, "render_page", "render PDF page")
    patch(pdf_module, "_page_words", "PDF text layer check")
    patch(extract_module, "ocr_page_image", "OCR page (total)")
    patch(extract_module, "prepare_for_ocr", "prepare (total)")
    for name in ("to_grayscale", "rescale_for_ocr", "stretch_contrast", "skew_angle"):
        patch(image_module, name, f"  {name}")
    Image.Image.rotate = timed("  rotate (deskew, turn)", Image.Image.rotate)  # type: ignore[method-assign]
    patch(extract_module, "ocr_data", "Tesseract page read (ocr_data)")
    patch(extract_module, "detect_rotation", "orientation (OSD)")
    patch(extract_module, "reread_doubtful_numbers", "re-read doubtful numbers")
    patch(extract_module, "denoise_if_garbled", "noise-removal re-read check")


def raw_floor(files: list[Path], dpi: int) -> tuple[int, float, float]:
    import pypdfium2

    from cecingest.extract.pdf import render_scale

    env = dict(os.environ, OMP_THREAD_LIMIT=str(load_settings().ocr_threads or 1))
    wall = cpu = 0.0
    pages = 0
    with tempfile.TemporaryDirectory() as folder:
        images: list[Path] = []
        for path in files:
            if path.suffix.lower() != ".pdf":
                images.append(path)
                continue
            doc = pypdfium2.PdfDocument(str(path))
            for i in range(len(doc)):
                width, height = doc[i].get_size()
                out = Path(folder) / f"{path.stem}-{i}.png"
                doc[i].render(scale=render_scale(width, height, dpi), grayscale=True).to_pil().save(out)
                images.append(out)
            doc.close()
        for image in images:
            started, used = time.perf_counter(), cpu_seconds()
            subprocess.run(["tesseract", str(image), "stdout", "-l", load_settings().ocr_language, "--psm", "3", "tsv"],
                           env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
            wall += time.perf_counter() - started
            cpu += cpu_seconds() - used
            pages += 1
    return pages, wall, cpu


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--no-floor", action="store_true", help="skip the raw tesseract floor")
    args = ap.parse_args()
    settings = load_settings()
    files = [p for d in args.folders for p in sorted(d.iterdir()) if p.suffix.lower() in SUFFIXES]
    from cecingest.parse import nlp

    if settings.nlp_model != "off":
        nlp.load_pipeline(settings.nlp_model)
    instrument()
    parse = timed("parse", parse_module.parse)  # ingest_file's default parser is bound at import
    pages = 0
    started, used = time.perf_counter(), cpu_seconds()
    for path in files:
        pages += len(pipeline_module.ingest_file(path, settings, parser=parse).document.pages)
    wall, cpu = time.perf_counter() - started, cpu_seconds() - used
    print(f"{len(files)} files, {pages} pages: {wall / pages:.3f} s/page wall, {cpu / pages:.3f} s/page CPU")
    print(f"{'step':40s} {'wall':>7s} {'CPU':>7s}  calls   (seconds per page)")
    for label in sorted(WALL, key=lambda k: -CPU[k]):
        print(f"{label:40s} {WALL[label] / pages:7.3f} {CPU[label] / pages:7.3f}  {CALLS[label]:5d}")
    if not args.no_floor:
        n, floor_wall, floor_cpu = raw_floor(files, settings.ocr_dpi)
        print(f"raw tesseract, {n} pages: {floor_wall / n:.3f} s/page wall, {floor_cpu / n:.3f} s/page CPU; "
              f"pipeline / raw = {cpu / pages / (floor_cpu / n):.2f} (CPU)")


if __name__ == "__main__":
    main()
