"""The trained spaCy pipeline (models/cecingest-nlp): entities for free-text fields and a topic classifier.

Loaded once per process, from disk only (no network), and only when a document is parsed. When the model is
missing the parser works on rules alone.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cecingest.models import Field

log = logging.getLogger(__name__)

DEFAULT_MODEL = Path(__file__).resolve().parents[3] / "models" / "cecingest-nlp"
LABEL_FIELDS = {"PARTICIPANT": "participant", "PROVIDER": "provider", "COURSE_TITLE": "course_title"}
# How far agreement moves a raw confidence towards 1, and disagreement scales it down. Raw scores only order
# fields; calibration (models/calibration.json) turns them into probabilities, so these need not be exact.
AGREE = 0.6
DIFFER = 0.85


@dataclass(frozen=True)
class NlpReading:
    entities: dict[str, str]  # field -> first entity text of its label
    topic: str | None
    topic_score: float


# One load per process even when a warm-up thread and the first document ask at once.
_LOADING = threading.Lock()


def load_pipeline(path: str) -> Any:
    """The spaCy pipeline at `path` (the shipped model when empty), loaded once per process; None without one."""
    with _LOADING:
        return _load(path)


def load_in_background(path: str) -> None:
    """Start loading the pipeline on a thread. A worker's first document is usually waiting on Tesseract or
    on files, and the second or so that spaCy takes to load then costs nothing."""
    if path != "off":
        threading.Thread(target=_load_quietly, args=(path,), name="cecingest-nlp-load", daemon=True).start()


def _load_quietly(path: str) -> None:
    # A model that fails to load fails again, as that document's error, when the first document asks for it;
    # a thread's traceback on the terminal would tell the user nothing more.
    try:
        load_pipeline(path)
    except Exception:
        log.debug("loading the spaCy pipeline in the background failed", exc_info=True)


@functools.cache
def _load(path: str) -> Any:
    model = Path(path) if path else DEFAULT_MODEL
    if not (model / "meta.json").is_file():
        log.debug("no spaCy model at %s; rules only", model)
        return None
    import spacy

    return spacy.load(model)


def read(text: str, model_path: str = "") -> NlpReading | None:
    nlp = load_pipeline(model_path)
    if nlp is None:
        return None
    doc = nlp(text)
    entities: dict[str, str] = {}
    for ent in doc.ents:
        field = LABEL_FIELDS.get(ent.label_)
        if field and field not in entities:
            entities[field] = " ".join(ent.text.split())
    topic, score = max(doc.cats.items(), key=lambda kv: kv[1]) if doc.cats else (None, 0.0)
    return NlpReading(entities, topic, float(score))


def same_text(a: str | None, b: str | None) -> bool:
    """Equal after Unicode normalization, case folding and whitespace collapsing; a name's credentials aside."""
    if a is None or b is None:
        return False
    return _canonical(a.split(",")[0]) == _canonical(b.split(",")[0])


def _canonical(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(text.replace("“", "").replace("”", "").replace('"', "").split()).strip(" .,;:")


# Fields where the model's reading stands in when the rules find nothing: measured on layouts neither was
# developed on (scripts/measure_model.py), only the provider gained (96.8% -> 97.3% of 440 documents).
FALLBACK_FIELDS = {"provider"}
FALLBACK_CONFIDENCE = 0.5


def agreement(found: Field[str], reading: NlpReading | None, field: str) -> str:
    """How the model's reading of a field compares with the rules' value: "agree", "differ", "none" (the model
    read no such entity), or "" when there is no model or no value to compare."""
    if reading is None or found.value is None:
        return ""
    model = reading.entities.get(field)
    if model is None:
        return "none"
    return "agree" if same_text(found.value, model) else "differ"


def second_opinion(found: Field[str], reading: NlpReading | None, field: str, last_resort: bool = False) -> Field[str]:
    """The rules' value, its confidence raised when the trained model read the same and lowered when it read
    something else. Measured on layouts neither had seen (650 documents): where they agree the rules were right
    100% of the time for participants and providers and 99% for titles; where they differ, 24-40%."""
    if reading is None:
        return found
    model = reading.entities.get(field)
    # The rules' last-resort guess (a letterhead alone, a web address) gives way to the model as no value would.
    if found.value is None or (last_resort and model is not None and not same_text(found.value, model)):
        if model is None or field not in FALLBACK_FIELDS:
            return found
        return Field(model, FALLBACK_CONFIDENCE, None, "read by the trained model only")
    if model is None:
        return found
    if same_text(found.value, model):
        return dataclasses.replace(found, confidence=round(found.confidence + (1 - found.confidence) * AGREE, 3))
    return dataclasses.replace(found, confidence=round(found.confidence * DIFFER, 3),
                               note=found.note or f"the trained model read {model!r}")
