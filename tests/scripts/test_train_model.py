"""scripts/train_model.py --corrections: reviewed records become training examples (no training run here)."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import spacy
from spacy.training import Example

from tests.scripts.loader import load_script

TOPICS = ["ethics", "infection-control", "other"]
TEXT = ("Certificate of Completion\nThis certifies that\nJane Q. Doe, RN\nhas completed\nEthics in Practice\n"
        "Provider: Acme Nursing Education\nIssued by Keystone Academy")


@pytest.fixture(scope="module")
def tm() -> ModuleType:
    return load_script("train_model")


def entry(status: str = "corrected", text: str = TEXT, **changes: tuple[Any, Any]) -> dict[str, Any]:
    values = {"participant": "Jane Q. Doe, RN", "provider": "Acme Nursing Education",
              "course_title": "Ethics in Practice", "topic": "ethics"}
    fields = {name: {"original": v, "corrected": v, "changed": False, "original_confidence": 0.9}
              for name, v in values.items()}
    for name, (original, corrected) in changes.items():
        fields[name] = {"original": original, "corrected": corrected, "changed": original != corrected,
                        "original_confidence": 0.5}
    return {"schema": "cecingest.correction/1", "id": 7, "status": status, "text": text, "fields": fields}


def labels(doc: Any) -> dict[str, str]:
    return {s.text: s.label_ for s in doc.ents}


def test_a_correction_marks_the_reviewed_value_and_unmarks_the_wrong_one(tm: ModuleType) -> None:
    nlp = spacy.blank("en")
    wrong = "Keystone Academy"
    example = tm.correction_example(nlp, entry(provider=(wrong, "Acme Nursing Education"),
                                               topic=("infection-control", "ethics")), TOPICS)
    assert example.kind == "positive" and example.not_found == ()
    assert labels(example.doc) == {"Jane Q. Doe, RN": "PARTICIPANT", "Ethics in Practice": "COURSE_TITLE",
                                   "Acme Nursing Education": "PROVIDER"}
    # Fully annotated: every other token, the pipeline's wrong provider among them, is "no entity".
    assert {t.ent_iob_ for t in example.doc if t.ent_type_ == ""} == {"O"}
    assert example.doc.cats == {"ethics": 1.0, "infection-control": 0.0, "other": 0.0}


def test_a_value_not_printed_leaves_the_rest_unlabelled(tm: ModuleType) -> None:
    nlp = spacy.blank("en")
    example = tm.correction_example(nlp, entry(participant=("Jane Q. Doe, RN", "Jane Doe")), TOPICS)
    assert example.not_found == ("participant",)
    assert "PARTICIPANT" not in labels(example.doc).values()
    name = example.doc.char_span(TEXT.index("Jane"), TEXT.index("Jane") + len("Jane Q. Doe, RN"))
    assert {t.ent_iob_ for t in name} == {""}  # unknown, not "no entity"
    assert labels(example.doc)["Ethics in Practice"] == "COURSE_TITLE"
    assert {t.ent_iob_ for t in example.doc[-2:]} == {""}


def test_a_wrong_value_is_no_entity_even_when_the_rest_is_unlabelled(tm: ModuleType) -> None:
    nlp = spacy.blank("en")
    example = tm.correction_example(nlp, entry(participant=("Jane Q. Doe, RN", "Jane Doe"),
                                               provider=("Keystone Academy", "Acme Nursing Education")), TOPICS)
    assert example.not_found == ("participant",)
    assert [t.ent_iob_ for t in example.doc[-2:]] == ["O", "O"]  # "Keystone Academy", the pipeline's provider
    assert labels(example.doc)["Acme Nursing Education"] == "PROVIDER"
    assert example.doc[0].ent_iob_ == ""


def test_rejected_records_are_negatives_unless_left_out(tm: ModuleType) -> None:
    nlp = spacy.blank("en")
    example = tm.correction_example(nlp, entry("rejected"), TOPICS)
    assert example.kind == "negative" and not example.doc.ents
    assert {t.ent_iob_ for t in example.doc} == {"O"} and example.doc.cats == {}
    assert tm.correction_example(nlp, entry("rejected"), TOPICS, negatives=False) is None
    assert tm.correction_example(nlp, entry(text="  "), TOPICS) is None
    assert tm.correction_example(nlp, entry(topic=("ethics", None)), TOPICS).doc.cats == {}
    with pytest.raises(ValueError, match="cecingest export --corrections"):
        tm.correction_example(nlp, {"schema": "cecingest.record/1", "id": 1}, TOPICS)


def test_files_in_both_export_formats_feed_a_training_step(tm: ModuleType, tmp_path: Path) -> None:
    entries = [entry(provider=("Keystone Academy", "Acme Nursing Education")), entry("rejected"),
               entry(participant=("Jane Q. Doe, RN", "Jane Doe"))]
    jsonl, as_list = tmp_path / "c.jsonl", tmp_path / "c.json"
    jsonl.write_text("".join(json.dumps(e) + "\n" for e in entries))
    as_list.write_text(json.dumps(entries, indent=2))
    nlp = spacy.blank("en")
    examples = tm.read_corrections(jsonl, nlp, TOPICS)
    assert [e.kind for e in examples] == ["positive", "negative", "positive"]
    assert [e.kind for e in tm.read_corrections(as_list, nlp, TOPICS)] == [e.kind for e in examples]
    # spaCy takes them as they are (partial entity annotation, missing categories): one update on a blank pipeline.
    nlp.add_pipe("ner")
    textcat: Any = nlp.add_pipe("textcat")
    for topic in TOPICS:
        textcat.add_label(topic)
    train = [Example(nlp.make_doc(e.doc.text), e.doc) for e in examples]
    optimizer = nlp.initialize(lambda: train)
    losses = nlp.update(train, sgd=optimizer)
    assert set(losses) == {"ner", "textcat"}
