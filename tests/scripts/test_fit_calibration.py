"""scripts/fit_calibration.py: layout families and the leave-one-family-out estimate (no pipeline run here)."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from tests.scripts.loader import load_script

REQUIRED = ("participant", "provider", "course_title", "completion_date", "credits", "is_certificate")


@pytest.fixture(scope="module")
def fc() -> ModuleType:
    return load_script("fit_calibration")


def test_a_family_is_the_name_without_its_counter(fc: ModuleType) -> None:
    assert fc.family_of(Path("/x/f24-receipt-0031.pdf")) == "f24"
    assert fc.family_of(Path("01_nursing_sepsis_classic-0007.png")) == "01_nursing_sepsis_classic"
    assert fc.family_of(Path("phone_photo.png")) == "phone_photo"  # a name without a counter is its own family


def doc(fc: ModuleType, family: str, raw: float, right: bool) -> object:
    return fc.DocSamples("text-layer", [(name, "text-layer", raw, right) for name in REQUIRED], right, family)


def test_a_family_wrong_with_high_scores_shows_only_when_left_out(fc: ModuleType) -> None:
    # Nine families right at a raw 0.95 in 60 documents each; a tenth wrong at the same score in all 20 of its own.
    docs = [doc(fc, f"g{g}", 0.95, True) for g in range(9) for _ in range(60)]
    docs += [doc(fc, "bad", 0.95, False) for _ in range(20)]
    in_sample = fc.fit_all(docs)
    assert not fc.is_accepted(in_sample, docs[0], 0.99)  # 540 right, 20 wrong: 0.96 in sample
    result = fc.cross_validated(docs, 0.99)["text-layer"]
    assert result["documents"] == 560
    # Fitted without it, the bad family looks like the others: all 20 accepted, all wrong.
    assert result["accepted_wrong"] == 20
    assert result["precision"] < 0.97


def test_saved_samples_come_back_as_they_were_gathered(fc: ModuleType, tmp_path: Path) -> None:
    # A reading of a new layout family by an older parser, kept to be fitted with later readings of others.
    docs = [doc(fc, "f99", 0.97, False), doc(fc, "f98", 0.5, True)]
    path = tmp_path / "novel.jsonl"
    fc.save_samples(docs, path)
    assert fc.saved_samples(path) == docs
    assert len(path.read_text().splitlines()) == 2
