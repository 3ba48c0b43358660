"""Pixels: open image files (every frame of a TIFF), and prepare a page image for Tesseract."""

from __future__ import annotations

import io
import logging
import math
import warnings

from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

from cecingest.errors import CecIngestError, CorruptFile, OverLimit

log = logging.getLogger(__name__)
# numpy is imported inside the functions that use it: a text PDF never needs it, and it costs 60 ms of start-up.

# Tesseract reads body text best at roughly 25-40 px per text line; very large photos only cost time.
# Small images are enlarged to 1900 px on their longest side, measured on two sets of training-family scans:
# 1400 px -> 1900 px took all required fields right from 90.2% to 92.4% (92 scans) and 73.8% to 75.0% (80).
MAX_OCR_SIDE = 3500
MIN_OCR_SIDE = 1900
DESKEW_MAX_DEGREES = 5.0
DESKEW_STEP = 0.25
VERTICAL_LINES_RATIO = 1.5  # measured: turned pages 3.2x, upright pages 0.04x, phone photos 0.9x


def open_frames(data: bytes, path: str, max_pixels: int = 0,
                max_frames: int = 0) -> tuple[list[Image.Image], list[str]]:
    """The pages of an image file (the first `max_frames` of a TIFF), upright by their EXIF orientation and fully
    decoded, and notes on what was left out. An image over `max_pixels` (width x height) is refused before it is
    decoded; a large JPEG is decoded at a reduced scale that is still enough for OCR."""
    Image.MAX_IMAGE_PIXELS = max_pixels or None  # Pillow refuses twice this while reading the header
    notes: list[str] = []
    try:
        # Pillow warns (on stderr) about corrupt EXIF and the like; the image is read or fails either way.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            frames = _decode(Image.open(io.BytesIO(data)), path, max_pixels, max_frames, notes)
    except Image.DecompressionBombError:
        raise OverLimit(f"{path}: image dimensions over the pixel limit of {max_pixels:,} (max_image_pixels); "
                        f"not read (a decompression bomb?)") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
        raise CorruptFile(f"{path}: unreadable image ({exc})") from None
    except (CecIngestError, MemoryError):
        raise
    except Exception as exc:  # Pillow's decoders raise other types on broken files too (TypeError, KeyError...)
        raise CorruptFile(f"{path}: unreadable image ({type(exc).__name__}: {exc})") from None
    if not frames:
        raise CorruptFile(f"{path}: image has no pages")
    return frames, notes


def _decode(image: Image.Image, path: str, max_pixels: int, max_frames: int, notes: list[str]) -> list[Image.Image]:
    frames: list[Image.Image] = []
    for frame in ImageSequence.Iterator(image):
        if max_frames and len(frames) == max_frames:
            total = _frame_count(image)
            notes.append(f"only the first {max_frames} pages {f'of {total} ' if total else ''}were read "
                         f"(max_pages); the rest was skipped")
            break
        if frame.format == "JPEG":
            frame.draft(frame.mode, (MAX_OCR_SIDE, MAX_OCR_SIDE))
        _check_pixels(frame, path, max_pixels)
        upright = ImageOps.exif_transpose(frame.copy())
        upright.load()
        frames.append(upright)
    return frames


def _check_pixels(frame: Image.Image, path: str, max_pixels: int) -> None:
    width, height = frame.size
    if max_pixels and width * height > max_pixels:
        raise OverLimit(f"{path}: image of {width} x {height} pixels is over the pixel limit of {max_pixels:,} "
                        f"(max_image_pixels); not read")


def _frame_count(image: Image.Image) -> int | None:
    try:
        return int(getattr(image, "n_frames", 0)) or None
    except (OSError, ValueError, EOFError):
        return None


TRANSPARENT_MODES = ("RGBA", "LA", "P")  # modes whose transparent areas to_grayscale turns to white paper first


def to_grayscale(image: Image.Image) -> Image.Image:
    if image.mode in TRANSPARENT_MODES and _has_transparency(image):
        # Transparent areas become white paper, not black.
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = Image.alpha_composite(background, rgba)
    return image.convert("L")


def _has_transparency(image: Image.Image) -> bool:
    """Whether any pixel is see-through. Most palette scans and RGBA screenshots have none, and compositing a page
    on white took 26 ms of the 110 ms our Python spends on a scanned page (measured on 12 palette scans)."""
    if image.mode == "P":
        return "transparency" in image.info
    lowest = image.getchannel("A").getextrema()[0]  # one band: (min, max)
    return isinstance(lowest, int | float) and lowest < 255


def rescale_for_ocr(image: Image.Image) -> tuple[Image.Image, float]:
    """The image at a size Tesseract reads well, and the factor from its pixels back to the original's."""
    longest = max(image.size)
    if longest > MAX_OCR_SIDE:
        factor = MAX_OCR_SIDE / longest
    elif longest < MIN_OCR_SIDE:
        factor = MIN_OCR_SIDE / longest
    else:
        return image, 1.0
    size = (max(1, round(image.width * factor)), max(1, round(image.height * factor)))
    return image.resize(size, Image.Resampling.LANCZOS), 1.0 / factor


def skew_angle(gray: Image.Image) -> float:
    """The small rotation (degrees, counter-clockwise positive) that makes text lines horizontal.

    Projection-profile method: rotated to the right angle, the edges of letters pile up in few rows, so the
    row sums vary the most. Edges (where ink meets paper along a row), not ink: a solid dark panel or a photo's
    dark border is all ink and would outweigh the text (a sidebar tilted a level page by the full 5 degrees);
    its edges are only two vertical lines.
    """
    import numpy as np
    small = gray.copy()
    small.thumbnail((800, 800))
    ink = np.asarray(small) < 128
    if ink.mean() < 0.002:  # blank page
        return 0.0
    edges = np.zeros_like(ink)
    edges[:, 1:] = ink[:, 1:] != ink[:, :-1]
    # Each edge pixel's row after turning the page about its centre, as Image.rotate would place it, counted
    # with bincount: the row sums of the turned mask without turning 41 images.
    height, width = edges.shape
    rows, cols = np.nonzero(edges)
    x, y = cols + 0.5 - width / 2, rows + 0.5 - height / 2
    best_angle, best_score = 0.0, -1.0
    steps = int(DESKEW_MAX_DEGREES / DESKEW_STEP)
    for i in range(-steps, steps + 1):
        angle = i * DESKEW_STEP
        cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
        turned_x, turned_y = x * cos + y * sin + width / 2, y * cos - x * sin + height / 2
        inside = (turned_x >= 0) & (turned_x < width) & (turned_y >= 0) & (turned_y < height)
        score = float(np.var(np.bincount(turned_y[inside].astype(np.int64), minlength=height)))
        if score > best_score:
            best_angle, best_score = angle, score
    return best_angle


def lines_run_vertically(image: Image.Image) -> bool:
    """Whether the page's text lines clearly run top to bottom (a page turned by 90 degrees).

    Along text lines ink is spread evenly; across them it alternates with the gaps between lines, so the
    profile across the lines varies far more. Photos with dark borders vary both ways and say neither.
    """
    import numpy as np
    small = to_grayscale(image)
    small.thumbnail((800, 800))
    ink = np.asarray(small) < 128
    rows, cols = ink.sum(axis=1, dtype=np.float64), ink.sum(axis=0, dtype=np.float64)
    if rows.mean() == 0:
        return False
    row_variation, col_variation = float(np.std(rows) / rows.mean()), float(np.std(cols) / cols.mean())
    return col_variation > VERTICAL_LINES_RATIO * row_variation


# The darkest ink a page may print and still be stretched to black, and the palest paper to white.
INK_AT_MOST = 96
PAPER_AT_LEAST = 160


def stretch_contrast(gray: Image.Image) -> Image.Image:
    """Faint scans to black on white, without turning paper noise into texture.

    A plain percentile stretch fails on sparse pages: when text is under 1% of the pixels, the "darkest 1%" is
    grey paper noise, which the stretch blows up into a speckled grey that Tesseract reads nothing in. The
    black point is therefore never lighter than INK_AT_MOST, nor the white point darker than PAPER_AT_LEAST.
    """
    import numpy as np
    dark, light = gray_percentiles(gray, (0.5, 99.0))
    low = min(dark, INK_AT_MOST)
    high = max(light, PAPER_AT_LEAST)
    if high - low < 1:
        return gray
    # A table of 256 levels, computed as the pixels would be (float32), applied in C: the same image as
    # scaling five million pixels in numpy, in a tenth of the time.
    levels = (np.arange(256, dtype=np.float32) - low) * (255.0 / (high - low))
    return gray.point(np.clip(levels, 0, 255).astype(np.uint8).tolist())


def gray_percentiles(gray: Image.Image, percents: tuple[float, ...]) -> list[float]:
    """np.percentile (linear interpolation) of a grayscale image's pixels, from its 256-level histogram instead
    of sorting every pixel."""
    import numpy as np
    cumulative = np.cumsum(gray.histogram())
    last = int(cumulative[-1]) - 1
    values = []
    for percent in percents:
        rank = percent / 100 * last
        below = math.floor(rank)
        # the value of the k-th smallest pixel is the first level whose cumulative count exceeds k
        lower, upper = (int(np.searchsorted(cumulative, k, side="right")) for k in (below, min(below + 1, last)))
        values.append(_lerp(lower, upper, rank - below))
    return values


def _lerp(a: float, b: float, t: float) -> float:
    # numpy's own interpolation, to the last bit (numpy/lib/_function_base_impl.py: _lerp)
    return b - (b - a) * (1 - t) if t >= 0.5 else a + (b - a) * t


def prepare_for_ocr(image: Image.Image, gray: Image.Image | None = None) -> tuple[Image.Image, float]:
    """Grayscale, size, contrast and deskew; returns the image and the pixel scale back to the input.
    `gray`: the image's to_grayscale when the caller has it already (it is not changed)."""
    gray = to_grayscale(image) if gray is None else gray
    gray, scale = rescale_for_ocr(gray)
    gray = stretch_contrast(gray)
    angle = skew_angle(gray)
    if abs(angle) >= DESKEW_STEP:
        log.debug("deskewing by %.2f degrees", angle)
        gray = gray.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    return gray, scale
