from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

import cecingest.parse.nlp as nlp_module
from cecingest.models import Field
from cecingest.parse.nlp import (
    NlpReading,
    agreement,
    load_in_background,
    load_pipeline,
    read,
    same_text,
    second_opinion,
)


def test_missing_model_means_rules_only(tmp_path: Path) -> None:
    assert load_pipeline(str(tmp_path / "no-model")) is None
    assert read("Jane Doe has completed Ethics 101", str(tmp_path / "no-model")) is None


def test_a_background_load_and_the_first_document_share_one_load(monkeypatch: pytest.MonkeyPatch) -> None:
    import spacy

    loads: list[object] = []
    real_load = spacy.load

    def counted(path: object) -> object:
        loads.append(path)
        time.sleep(0.2)  # a slow disk: the document asks while the thread is still loading
        return real_load(path)

    monkeypatch.setattr(spacy, "load", counted)
    model = str(Path(__file__).resolve().parents[2] / "models" / "cecingest-nlp")
    nlp_module._load.cache_clear()
    try:
        load_in_background(model)
        nlp = load_pipeline(model)
        assert nlp is not None and nlp is load_pipeline(model)
        assert len(loads) == 1
    finally:
        nlp_module._load.cache_clear()


def test_a_model_that_fails_to_load_in_the_background_prints_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # An exception escaping a thread goes to threading.excepthook, which prints its traceback on stderr.
    escaped: list[object] = []
    monkeypatch.setattr(threading, "excepthook", escaped.append)
    broken = tmp_path / "broken-model"
    broken.mkdir()
    (broken / "meta.json").write_text("{not json")
    load_in_background(str(broken))
    for thread in threading.enumerate():
        if thread.name == "cecingest-nlp-load":
            thread.join(timeout=30)
    assert escaped == []
    with pytest.raises(Exception):  # noqa: B017 - spaCy's own error; the document reports it
        load_pipeline(str(broken))


def test_off_loads_nothing_in_the_background() -> None:
    before = threading.active_count()
    load_in_background("off")
    assert threading.active_count() == before


def _reading(**entities: str) -> NlpReading:
    return NlpReading(entities, None, 0.0)


def test_agreement_raises_and_disagreement_lowers_confidence() -> None:
    found = Field("Jane Doe, RN", 0.8)
    assert second_opinion(found, _reading(participant="Jane Doe"), "participant").confidence == 0.92
    differ = second_opinion(found, _reading(participant="Harold Lin"), "participant")
    assert differ.confidence == 0.68 and "Harold Lin" in differ.note
    assert second_opinion(found, None, "participant") is found


def test_the_model_fills_in_only_the_provider() -> None:
    missing: Field[str] = Field.absent(0.0)
    assert second_opinion(missing, _reading(provider="Acme Health"), "provider").value == "Acme Health"
    assert second_opinion(missing, _reading(participant="Jane Doe"), "participant").value is None


def test_same_text_ignores_case_spacing_and_credentials() -> None:
    assert same_text("Jane  Doe, RN", "jane doe")
    assert not same_text("Jane Doe", None)


def test_shipped_model_reads_a_certificate() -> None:
    reading = read("This certifies that\nMaria Santos\nhas completed\nWound Care Essentials\nProvided by: Acme Health")
    assert reading is not None
    assert set(reading.entities) <= {"participant", "provider", "course_title"} and reading.topic is not None


def test_the_models_answer_on_a_field_is_agree_differ_or_none() -> None:
    found = Field("Jane Doe, RN", 0.8, None)
    assert agreement(found, _reading(participant="Jane Doe"), "participant") == "agree"
    assert agreement(found, _reading(participant="Harold Lin"), "participant") == "differ"
    assert agreement(found, _reading(), "participant") == "none"
    assert agreement(found, None, "participant") == ""  # no model
    assert agreement(Field.absent(0.0), _reading(participant="Jane Doe"), "participant") == ""


def test_a_last_resort_provider_guess_gives_way_to_the_models_reading() -> None:
    guess = Field("Wild Iris Wellness", 0.45)
    assert second_opinion(guess, _reading(provider="Acme Health"), "provider", last_resort=True).value == "Acme Health"
    assert second_opinion(guess, _reading(provider="Acme Health"), "provider").value == "Wild Iris Wellness"
    agreed = second_opinion(guess, _reading(provider="Wild Iris Wellness"), "provider", last_resort=True)
    assert agreed.value == "Wild Iris Wellness" and agreed.confidence > 0.45
