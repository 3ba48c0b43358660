from __future__ import annotations

import json
from pathlib import Path

from cecingest.calibrate import (
    Calibration,
    Curve,
    calibrate,
    expected_calibration_error,
    fit,
    fit_curve,
    load_calibration,
)
from cecingest.models import Field, Normalized, SourceInfo
from tests.test_decide import _fields

TEXT = SourceInfo("a.pdf", "0" * 64, "application/pdf", 10, 1, "text-layer")
SCAN = SourceInfo("a.png", "0" * 64, "image/png", 10, 1, "ocr")


def test_curve_is_monotone_with_a_prior_per_block() -> None:
    # Scores 0.5: 1 of 4 right; 0.7: 3 of 4 right; 0.9: 8 of 8 right.
    points = [(0.5, i < 1) for i in range(4)] + [(0.7, i < 3) for i in range(4)] + [(0.9, True)] * 8
    curve = fit_curve(points)
    assert curve.upper == (0.5, 0.7, 0.9)
    assert curve.probability == (round(2 / 6, 4), round(4 / 6, 4), round(9 / 10, 4))
    assert curve(0.95) == 0.9 and curve(0.6) == round(4 / 6, 4)


def test_a_decreasing_step_is_pooled() -> None:
    # 0.6 is right more often than 0.8: the two are pooled into one block of 5 right out of 8.
    points = [(0.6, True)] * 4 + [(0.8, i < 1) for i in range(4)]
    curve = fit_curve(points)
    assert curve.upper == (0.8,)
    assert curve.probability == (round(6 / 10, 4),)


def test_a_score_below_the_fitted_ones_keeps_its_own() -> None:
    # Fitted on scores 0.85 and 0.95, all right: 0.85 maps to 19/20, a 0.2 guess stays 0.2.
    curve = fit_curve([(0.85, True)] * 18 + [(0.95, True)] * 20)
    assert curve.lower == 0.85
    assert curve(0.85) == 0.95 and curve(0.2) == 0.2
    saved = Curve(**{k: tuple(v) if isinstance(v, list) else v for k, v in curve.to_dict().items()})
    assert saved(0.2) == 0.2  # kept through the JSON file


def test_expected_calibration_error_by_hand() -> None:
    # Bin 0.9-1.0: confidence 0.95 twice, one right -> |0.5 - 0.95| = 0.45, weight 2/4.
    # Bin 0.2-0.3: confidence 0.25 twice, none right -> |0 - 0.25| = 0.25, weight 2/4.
    pairs = [(0.95, True), (0.95, False), (0.25, False), (0.25, False)]
    assert expected_calibration_error(pairs) == round((2 * 0.45 + 2 * 0.25) / 4, 4)
    assert expected_calibration_error([]) is None


def test_curves_per_text_source_with_a_shared_fallback() -> None:
    samples = [("provider", "text-layer", 0.9, True)] * 30 + [("provider", "ocr", 0.9, i % 2 == 0) for i in range(30)]
    calibration = fit(samples)
    assert calibration.probability("provider", "text-layer", 0.9) > 0.95
    assert calibration.probability("provider", "ocr", 0.9) == round(16 / 32, 4)
    assert calibration.probability("provider", "mixed", 0.9) == calibration.probability("provider", "ocr", 0.9)
    assert calibration.probability("credits", "ocr", 0.42) == 0.42  # no curve: the raw score stands


def test_calibrate_replaces_confidences_by_source(tmp_path: Path) -> None:
    curves = {"participant/text-layer": Curve((1.0,), (0.99,)), "participant/ocr": Curve((1.0,), (0.8,))}
    file = tmp_path / "calibration.json"
    file.write_text(json.dumps(Calibration(curves).to_dict()))
    loaded = load_calibration(str(file))
    assert loaded is not None
    normalized = Normalized(_fields(), Field(True, 0.9))
    assert calibrate(normalized, TEXT, loaded).fields.participant.confidence == 0.99
    assert calibrate(normalized, SCAN, loaded).fields.participant.confidence == 0.8
    assert calibrate(normalized, SCAN, None) is normalized


def test_calibration_can_be_switched_off_or_missing(tmp_path: Path) -> None:
    assert load_calibration("off") is None
    assert load_calibration(str(tmp_path / "missing.json")) is None


def test_record_curve_maps_the_weakest_field_probability() -> None:
    # Records whose weakest field was at 0.8 were all right 40 times; at 0.3, 1 time in 4.
    samples = [("record", "text-layer", 0.8, True)] * 40 + [("record", "text-layer", 0.3, i < 1) for i in range(4)]
    calibration = fit(samples)
    assert calibration.record_probability("text-layer", 0.8) == round(41 / 42, 4)
    assert calibration.record_probability("text-layer", 0.3) == round(2 / 6, 4)
    assert Calibration({}).record_probability("ocr", 0.42) == 0.42  # no record curve: the score stands


def test_a_not_a_certificate_keeps_its_raw_score() -> None:
    # The is_certificate curve comes from certificates; it must not make a weak "not a certificate" sure.
    calibration = Calibration({"is_certificate/ocr": Curve((1.0,), (0.985,))})
    doubtful = Normalized(_fields(), Field(False, 0.6))
    sure = Normalized(_fields(), Field(True, 0.6))
    assert calibrate(doubtful, SCAN, calibration).is_certificate.confidence == 0.6
    assert calibrate(sure, SCAN, calibration).is_certificate.confidence == 0.985


def test_a_field_gets_a_curve_per_answer_of_the_model() -> None:
    # Titles the model read alike are all right; those it read otherwise right 7 times in 10.
    samples = ([("course_title@agree", "text-layer", 0.9, True)] * 30
               + [("course_title@differ", "text-layer", 0.9, i < 7) for i in range(10)])
    calibration = fit(samples)
    assert calibration.probability("course_title", "text-layer", 0.9, "agree") == round(31 / 32, 4)
    assert calibration.probability("course_title", "text-layer", 0.9, "differ") == round(8 / 12, 4)
    # No curve for an answer the data never showed, or no answer: the field's own curve of all 40.
    assert calibration.probability("course_title", "text-layer", 0.9, "none") == round(38 / 42, 4)
    assert calibration.probability("course_title", "text-layer", 0.9) == round(38 / 42, 4)
