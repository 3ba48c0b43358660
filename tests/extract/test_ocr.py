"""Real Tesseract on small generated images (a few seconds in all)."""

from __future__ import annotations

import pytest

from cecingest.config import Settings
from cecingest.errors import TesseractMissing
from cecingest.extract import ocr_page_image
from cecingest.extract.ocr import tesseract_version
from tests.extract.conftest import text_image

pytestmark = pytest.mark.ocr

LINES = ["Certificate of Completion", "Awarded to Jane Doe", "Contact Hours: 1.5", "Date: March 14, 2025"]


def _texts(page_words: tuple[object, ...]) -> str:
    return " ".join(w.text for w in page_words)  # type: ignore[attr-defined]


def test_words_with_boxes_and_confidence() -> None:
    page = ocr_page_image(text_image(LINES), 1, Settings())
    text = _texts(page.words)
    for expected in ("Certificate", "Jane", "1.5", "2025"):
        assert expected in text
    assert page.source == "ocr"
    assert all(0.0 <= w.confidence <= 1.0 and w.x0 < w.x1 and w.top < w.bottom for w in page.words)


def test_upside_down_page_is_turned_upright() -> None:
    page = ocr_page_image(text_image(LINES, size=(1300, 800)).rotate(180), 1, Settings())
    assert page.rotation == 180
    assert "Certificate" in _texts(page.words)


def test_missing_binary_is_a_typed_error() -> None:
    with pytest.raises(TesseractMissing, match="apt-get install tesseract-ocr"):
        tesseract_version("tesseract-does-not-exist")


def test_a_line_size_comes_from_the_words_read_with_confidence() -> None:
    from cecingest.extract.ocr import words_from_data

    # One Tesseract line: a label and a name read well, leader dots read as squat gibberish.
    texts = ["Participant", "sasissgedcepec", "ccna", "gon", "Katarina"]
    data = {"text": texts, "conf": [93, 0, 7, 34, 96], "block_num": [1] * 5, "par_num": [1] * 5,
            "line_num": [1] * 5, "left": [0, 60, 120, 140, 200], "top": [0, 7, 7, 7, 0],
            "width": [50, 50, 15, 10, 40], "height": [10, 1, 1, 1, 8]}
    words = words_from_data(data, 1.0)
    assert {w.size for w in words} == {round((10 / 0.95 + 8 / 0.72) / 2, 2)}  # "Participant" has a descender


def test_a_fluent_reading_needs_no_orientation_check() -> None:
    from cecingest.extract import reads_fluently
    from cecingest.models import Word

    def words(confidence: float, n: int = 20) -> list[Word]:
        return [Word("Certificate", i * 10.0, 0, i * 10.0 + 8, 10, 10, confidence) for i in range(n)]

    assert reads_fluently(words(0.96))
    assert not reads_fluently(words(0.2))  # an upside-down page reads as gibberish
    assert not reads_fluently(words(0.96, n=5))  # too few words to tell


def test_heavy_noise_removal_still_reads_the_words() -> None:
    from cecingest.extract.ocr import ocr_words

    words = ocr_words(text_image(LINES), Settings(), denoise=True)
    assert "Certificate" in _texts(tuple(words))


def _word(text: str, confidence: float) -> object:
    from cecingest.models import Word

    return Word(text, 0.0, 0.0, 10.0, 10.0, 10.0, confidence)


def _fake_readings(monkeypatch: pytest.MonkeyPatch, first: list[object], second: list[object]) -> list[bool]:
    """ocr_words replaced: `first` for a plain reading, `second` with noise removal; returns the denoise flags."""
    import cecingest.extract as extract_module

    calls: list[bool] = []

    def fake(image: object, settings: object, scale: float = 1.0, denoise: bool = False) -> list[object]:
        calls.append(denoise)
        return second if denoise else first

    monkeypatch.setattr(extract_module, "ocr_words", fake)
    return calls


CLEAN = [_word("Participant", 0.95), _word("Jane", 0.93), _word("Doe", 0.94), _word("0.40", 0.9)]
GARBLED = [_word("Participant", 0.9), _word("samaposscae", 0.0), _word("ccna", 0.07), _word("Jane", 0.92),
           _word("Doe", 0.9), _word("GOUESE", 0.0), _word("0.40", 0.9)]


def test_a_garbled_page_is_read_again_with_noise_removal(monkeypatch: pytest.MonkeyPatch) -> None:
    from cecingest.extract import denoise_if_garbled

    calls = _fake_readings(monkeypatch, GARBLED, CLEAN)
    assert denoise_if_garbled(text_image(LINES), GARBLED, Settings(), 1.0) == CLEAN  # type: ignore[arg-type]
    assert calls == [True]


def test_a_clean_page_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from cecingest.extract import denoise_if_garbled

    calls = _fake_readings(monkeypatch, CLEAN, GARBLED)
    assert denoise_if_garbled(text_image(LINES), CLEAN, Settings(), 1.0) == CLEAN  # type: ignore[arg-type]
    assert calls == []


def test_a_turned_page_gets_no_second_looks_before_it_is_upright(monkeypatch: pytest.MonkeyPatch) -> None:
    import cecingest.extract as extract_module
    import cecingest.extract.ocr as ocr

    denoised: list[bool] = []
    reread_lines: list[int] = []
    real_words, real_lines = extract_module.ocr_words, ocr._read_lines

    def words(*args: object, **kwargs: object) -> object:
        denoised.append(bool(kwargs.get("denoise")))
        return real_words(*args, **kwargs)  # type: ignore[arg-type]

    def lines(crops: list[object], *args: object, **kwargs: object) -> object:
        reread_lines.extend(1 for _ in crops)
        return real_lines(crops, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(extract_module, "ocr_words", words)
    monkeypatch.setattr(ocr, "_read_lines", lines)
    # Upside down the page reads as gibberish with doubtful "numbers"; upright it reads cleanly.
    page = ocr_page_image(text_image(LINES, size=(1300, 800)).rotate(180), 1, Settings())
    assert page.rotation == 180
    assert denoised == [] and reread_lines == []


def test_the_second_reading_is_kept_only_when_it_is_better(monkeypatch: pytest.MonkeyPatch) -> None:
    from cecingest.extract import denoise_if_garbled

    # No less gibberish, or fewer of the confident words (noise removal ate them): the first reading stays.
    _fake_readings(monkeypatch, GARBLED, GARBLED)
    assert denoise_if_garbled(text_image(LINES), GARBLED, Settings(), 1.0) == GARBLED  # type: ignore[arg-type]
    _fake_readings(monkeypatch, GARBLED, CLEAN[:1])
    assert denoise_if_garbled(text_image(LINES), GARBLED, Settings(), 1.0) == GARBLED  # type: ignore[arg-type]


def test_garbled_share() -> None:
    from cecingest.extract import garbled_share

    assert garbled_share([]) == 0.0
    assert garbled_share(CLEAN) == 0.0  # type: ignore[arg-type]
    assert garbled_share(GARBLED) == 3 / 7  # type: ignore[arg-type]


def _page_data(lines: list[str]) -> tuple[object, dict[str, list[object]]]:
    import pytesseract

    image = text_image(lines)
    data = pytesseract.image_to_data(image, config="--psm 3", output_type=pytesseract.Output.DICT)
    return image, data


def test_a_doubtful_number_is_read_again_from_its_line_enlarged() -> None:
    from cecingest.extract.ocr import reread_doubtful_numbers

    image, data = _page_data(["Certificate of Completion", "IACET CEUs: 0.8"])
    i = data["text"].index("0.8")
    data["text"][i], data["conf"][i] = "8", 50  # what a page-wide reading of small print gave
    reread_doubtful_numbers(image, data, Settings())  # type: ignore[arg-type]
    assert data["text"][i] == "0.8"
    assert float(data["conf"][i]) > 60  # type: ignore[arg-type]


def test_sure_words_and_words_without_digits_are_not_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    import cecingest.extract.ocr as ocr

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("no second reading expected")

    image, data = _page_data(["Certificate of Completion", "IACET CEUs: 0.8"])
    data["conf"] = [90 if float(c) >= 0 else c for c in data["conf"]]  # type: ignore[arg-type]
    data["conf"][data["text"].index("Completion")] = 20  # doubtful, but no digits
    monkeypatch.setattr(ocr.pytesseract, "image_to_data", refuse)
    ocr.reread_doubtful_numbers(image, data, Settings())  # type: ignore[arg-type]


def test_a_second_reading_that_drops_part_of_the_word_is_not_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    import cecingest.extract.ocr as ocr

    image, data = _page_data(["Certificate No. 4FTE-008447"])
    i = next(j for j, t in enumerate(data["text"]) if "008447" in str(t))
    data["conf"][i] = 50
    left, width, height = (data[k][i] for k in ("left", "width", "height"))
    crop_left = max(0, left - 2 * max(4, height // 2))  # type: ignore[operator]
    # The enlarged line read as only the right half of the ID, but surely.
    shorter = {"text": ["E-008447"], "conf": [95], "left": [(left + width // 2 - crop_left) * 2],  # type: ignore[operator]
               "top": [20], "width": [width], "height": [height * 2]}  # type: ignore[operator]
    monkeypatch.setattr(ocr.pytesseract, "image_to_data", lambda *a, **k: shorter)
    before = data["text"][i]
    ocr.reread_doubtful_numbers(image, data, Settings())  # type: ignore[arg-type]
    assert data["text"][i] == before


def test_lines_read_again_together_read_as_each_on_its_own() -> None:
    """One Tesseract run over a list of line images gives each line's reading exactly as its own run would."""
    import cecingest.extract.ocr as ocr

    image, data = _page_data(["Certificate No. 4FTE-008447", "IACET CEUs: 0.8", "Completed on 03/14/2025"])
    lines: dict[tuple[object, ...], list[int]] = {}
    for i, text in enumerate(data["text"]):
        if str(text).strip() and float(data["conf"][i]) >= 0:  # type: ignore[arg-type]
            lines.setdefault((data["block_num"][i], data["par_num"][i], data["line_num"][i]), []).append(i)
    crops = [ocr._line_crop(image, data, members)[0] for members in lines.values()]  # type: ignore[arg-type]
    assert len(crops) == 3
    alone = [ocr._read_line(crop, Settings()) for crop in crops]
    assert ocr._read_lines_at_once(crops, Settings()) == alone
    assert ocr._read_lines(crops, Settings()) == alone
    assert any("0.8" in str(reading["text"]) for reading in alone if reading)


def test_lines_are_read_one_by_one_when_reading_them_together_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    import cecingest.extract.ocr as ocr

    image, data = _page_data(["IACET CEUs: 0.8", "Contact Hours: 1.5"])
    crops = [ocr._line_crop(image, data, [i])[0] for i, t in enumerate(data["text"]) if t in ("0.8", "1.5")]
    assert len(crops) == 2  # Tesseract read both amounts, so there are two lines to read again
    calls = []

    def broken(*args: object, **kwargs: object) -> object:
        calls.append(args)
        raise ocr.pytesseract.TesseractError(1, "broken")

    monkeypatch.setattr(ocr, "_read_lines_at_once", broken)
    command = Settings(tesseract_library=False)  # the library reads each line in the process, with no batch to fail
    one_by_one = [r["text"] for r in (ocr._read_line(c, command) for c in crops) if r]  # type: ignore[index]
    assert [r["text"] for r in ocr._read_lines(crops, command) if r] == one_by_one  # type: ignore[index]
    assert calls and one_by_one  # the batch was tried, and the fallback read something


def test_a_doubtful_short_word_after_a_label_is_read_again_on_its_own() -> None:
    from cecingest.extract.ocr import reread_doubtful_numbers

    image, data = _page_data(["Certificate of Completion", "Contact Hours: 7"])
    i = data["text"].index("7")
    data["text"][i], data["conf"][i] = "se", 16  # a narrow figure read as letters in its line
    reread_doubtful_numbers(image, data, Settings())  # type: ignore[arg-type]
    assert data["text"][i] == "7"


def test_a_doubtful_short_word_inside_a_sentence_is_not_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    import cecingest.extract.ocr as ocr

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("no second reading expected")

    image, data = _page_data(["Certificate of Completion", "It is an honour to award"])
    data["conf"] = [90 if float(c) >= 0 else c for c in data["conf"]]  # type: ignore[arg-type]
    data["conf"][data["text"].index("an")] = 20  # doubtful, but words follow it
    monkeypatch.setattr(ocr.pytesseract, "image_to_data", refuse)
    ocr.reread_doubtful_numbers(image, data, Settings())  # type: ignore[arg-type]


def test_a_whole_amount_read_again_gains_only_its_missed_point() -> None:
    from cecingest.extract.ocr import reread_doubtful_numbers

    image, data = _page_data(["Certificate of Completion", "CME Credits: 1.5", "Hours: 15"])
    i, k = data["text"].index("1.5"), data["text"].index("15")
    data["text"][i], data["conf"][i] = "15", 81  # the point missed by the page-wide reading
    data["conf"][k] = 80
    reread_doubtful_numbers(image, data, Settings())  # type: ignore[arg-type]
    assert data["text"][i] == "1.5"
    assert data["text"][k] == "15"  # printed whole: no point to gain
