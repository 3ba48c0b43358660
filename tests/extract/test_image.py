from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image, ImageDraw

from cecingest.errors import CorruptFile
from cecingest.extract.image import (
    MIN_OCR_SIDE,
    gray_percentiles,
    lines_run_vertically,
    open_frames,
    prepare_for_ocr,
    rescale_for_ocr,
    skew_angle,
    stretch_contrast,
    to_grayscale,
)


def _lines_image(angle: float = 0.0) -> Image.Image:
    image = Image.new("L", (1600, 1000), 255)
    draw = ImageDraw.Draw(image)
    for y in range(150, 850, 60):
        draw.rectangle((200, y, 1400, y + 18), fill=0)  # text lines, as far as a projection cares
    return image.rotate(angle, fillcolor=255, resample=Image.Resampling.BICUBIC)


def test_every_tiff_frame_is_a_page() -> None:
    buf = io.BytesIO()
    frames = [Image.new("L", (100, 100), v) for v in (0, 128, 255)]
    frames[0].save(buf, format="TIFF", save_all=True, append_images=frames[1:])
    assert len(open_frames(buf.getvalue(), "x.tiff")[0]) == 3


def test_exif_orientation_is_applied() -> None:
    image = Image.new("RGB", (200, 100), "white")
    exif = image.getexif()
    exif[0x0112] = 6  # "rotate 90 CW to view"
    buf = io.BytesIO()
    image.save(buf, format="JPEG", exif=exif)
    (frame,), _ = open_frames(buf.getvalue(), "photo.jpg")
    assert frame.size == (100, 200)


def test_truncated_image_is_corrupt() -> None:
    buf = io.BytesIO()
    Image.new("RGB", (400, 400), "white").save(buf, format="PNG")
    with pytest.raises(CorruptFile):
        open_frames(buf.getvalue()[:60], "cut.png")


def test_transparent_background_becomes_white() -> None:
    image = Image.new("RGBA", (10, 10), (0, 0, 0, 0))
    assert to_grayscale(image).getpixel((5, 5)) == 255


def test_a_palette_transparency_key_becomes_white_and_opaque_images_keep_their_grays() -> None:
    keyed = Image.new("P", (10, 10), 0)
    keyed.putpalette([0, 0, 0] * 256)
    keyed.info["transparency"] = 0
    assert to_grayscale(keyed).getpixel((5, 5)) == 255
    # no see-through pixel: the same grays whether or not the page is laid on white first
    opaque = Image.new("RGBA", (10, 10), (40, 90, 200, 255))
    opaque.putpixel((1, 1), (250, 10, 10, 255))
    for image in (opaque, opaque.convert("P"), opaque.convert("LA")):
        assert to_grayscale(image).tobytes() == image.convert("RGB").convert("L").tobytes()


@pytest.mark.parametrize("angle", [-3.0, 2.0])
def test_skew_is_measured(angle: float) -> None:
    assert skew_angle(_lines_image(angle)) == pytest.approx(-angle, abs=0.5)


def test_small_images_are_enlarged_and_scale_maps_back() -> None:
    small = Image.new("L", (950, 500), 255)
    resized, scale = rescale_for_ocr(small)
    assert max(resized.size) == MIN_OCR_SIDE == 1900
    assert scale == pytest.approx(0.5)


def test_prepare_returns_grayscale() -> None:
    prepared, _ = prepare_for_ocr(_lines_image().convert("RGB"))
    assert prepared.mode == "L"


def test_lines_of_a_turned_page_run_vertically() -> None:
    upright = _lines_image()
    assert not lines_run_vertically(upright)
    assert lines_run_vertically(upright.rotate(90, expand=True, fillcolor=255))


def test_blank_page_has_no_direction() -> None:
    assert not lines_run_vertically(Image.new("L", (800, 600), 255))


def test_sparse_page_keeps_white_paper() -> None:
    # Grey, noisy paper with a little ink: the paper must come out near white, not as stretched noise.
    rng = np.random.default_rng(0)
    paper = rng.integers(215, 246, size=(400, 400)).astype(np.uint8)
    paper[100:102, 50:150] = 20  # under 1% of the pixels is ink
    out = np.asarray(stretch_contrast(Image.fromarray(paper)))
    assert out[200:300, 200:300].mean() > 200
    assert out[100:102, 50:150].max() < 40


def test_a_dark_sidebar_does_not_tilt_a_level_page() -> None:
    page = Image.new("L", (1650, 1275), 255)
    draw = ImageDraw.Draw(page)
    draw.rectangle((0, 0, 400, 1275), fill=50)  # a dark panel down the left, as certificates' sidebars are
    for row in range(8):  # a few short, level lines of "text": dark dashes
        y = 200 + row * 60
        for x in range(480, 880, 30):
            draw.rectangle((x, y, x + 20, y + 16), fill=0)
    # Counting ink, the panel outweighed the text and tilted this page by the full 5 degrees.
    assert skew_angle(page) == 0.0
    tilted = page.rotate(2.0, resample=Image.Resampling.BICUBIC, fillcolor=255)
    assert abs(skew_angle(tilted) + 2.0) <= 0.5  # turning back by about -2 degrees levels it


@pytest.mark.parametrize("seed", range(20))
def test_percentiles_from_the_histogram_are_numpys(seed: int) -> None:
    rng = np.random.default_rng(seed)
    pixels = rng.normal(rng.uniform(20, 235), rng.uniform(1, 60), size=rng.integers(1, 3000))
    pixels = np.clip(pixels, 0, 255).astype(np.uint8)
    percents = (0.5, 99.0, float(rng.uniform(0, 100)), 0.0, 100.0)
    assert gray_percentiles(Image.fromarray(pixels.reshape(1, -1)), percents) == list(np.percentile(pixels, percents))


def test_stretch_maps_every_pixel_as_the_float_formula_does() -> None:
    rng = np.random.default_rng(3)
    pixels = np.clip(rng.normal(150, 50, size=(120, 90)), 0, 255).astype(np.uint8)
    low, high = (float(v) for v in np.percentile(pixels, [0.5, 99.0]))
    low, high = min(low, 96), max(high, 160)
    expected = np.clip((pixels.astype(np.float32) - low) * (255.0 / (high - low)), 0, 255).astype(np.uint8)
    assert np.array_equal(np.asarray(stretch_contrast(Image.fromarray(pixels))), expected)
