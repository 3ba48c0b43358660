from __future__ import annotations

from pathlib import Path

from cecingest.parse.nlp import load_pipeline, read


def test_missing_model_means_rules_only(tmp_path: Path) -> None:
    assert load_pipeline(str(tmp_path / "no-model")) is None
    assert read("Jane Doe has completed Ethics 101", str(tmp_path / "no-model")) is None
