"""Which image preprocessing helps Tesseract on our image samples? Run: python benchmarks/ocr_preprocessing.py

For every image sample (and scanned PDF page) it OCRs the page under several preprocessing variants and reports,
per variant: the share of expected field words found in the OCR text (recall of what matters), Tesseract's mean
word confidence, and seconds. Orientation is fixed first in every variant (it is not optional: sideways pages
read as nothing).
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pypdfium2
from PIL import Image, ImageOps

from cecingest.config import Settings
from cecingest.extract.image import open_frames, rescale_for_ocr, skew_angle, to_grayscale
from cecingest.extract.ocr import detect_rotation, ocr_words
from cecingest.extract.pdf import render_page, render_scale
from cecingest.load import load_file

ROOT = Path(__file__).resolve().parent.parent
Variant = Callable[[Image.Image], Image.Image]


def _deskew(image: Image.Image) -> Image.Image:
    angle = skew_angle(image)
    return image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255) if abs(angle) >= 0.25 else image


VARIANTS: dict[str, Variant] = {
    "raw": lambda im: im.convert("RGB"),
    "gray": to_grayscale,
    "gray+size": lambda im: rescale_for_ocr(to_grayscale(im))[0],
    "gray+size+contrast": lambda im: ImageOps.autocontrast(rescale_for_ocr(to_grayscale(im))[0], cutoff=1),
    "gray+size+contrast+deskew": lambda im: _deskew(
        ImageOps.autocontrast(rescale_for_ocr(to_grayscale(im))[0], cutoff=1)),
}


def page_images(path: Path, settings: Settings) -> list[Image.Image]:
    loaded = load_file(path)
    if loaded.media_type == "application/pdf":
        with pypdfium2.PdfDocument(loaded.data) as doc:
            return [render_page(loaded, doc, 0, render_scale(612, 792, settings.ocr_dpi))]
    frames, _ = open_frames(loaded.data, str(path))
    return frames


def expected_words(exp_path: Path) -> set[str]:
    fields = json.loads(exp_path.read_text())["fields"]
    text = " ".join(str(fields[k]) for k in ("participant", "provider", "course_title", "certificate_id",
                                             "license_number") if fields.get(k))
    return {w.lower() for w in re.findall(r"[A-Za-z0-9-]{3,}", text)}


def main() -> int:
    settings = Settings()
    samples = [p for p in sorted((ROOT / "samples").iterdir())
               if p.suffix in {".png", ".jpg", ".tiff"} or (p.suffix == ".pdf" and p.name.startswith("scanned"))]
    totals = {name: [0, 0, 0.0, 0.0, 0] for name in VARIANTS}  # found, wanted, conf sum, seconds, words
    for path in samples:
        wanted = expected_words(path.with_name(path.stem + ".expected.json"))
        for image in page_images(path, settings):
            rotation = detect_rotation(image, settings)
            upright = image.rotate(-rotation, expand=True) if rotation else image
            for name, variant in VARIANTS.items():
                started = time.perf_counter()
                words = ocr_words(variant(upright), settings)
                seconds = time.perf_counter() - started
                found = {w.text.lower().strip(".,:;()") for w in words}
                t = totals[name]
                t[0] += len(wanted & found)
                t[1] += len(wanted)
                t[2] += sum(w.confidence for w in words)
                t[3] += seconds
                t[4] += len(words)
    print(f"{len(samples)} image samples; expected-word recall, mean word confidence, total OCR seconds")
    for name, (found, wanted, conf, seconds, n) in totals.items():
        print(f"{name:28s} recall {found / wanted:6.1%}  conf {conf / max(n, 1):.3f}  {seconds:6.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
