"""The trained spaCy pipeline (models/cecingest-nlp): entities for free-text fields and a topic classifier.

Loaded once per process, from disk only (no network), and only when a document is parsed. When the model is
missing the parser works on rules alone.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

DEFAULT_MODEL = Path(__file__).resolve().parents[3] / "models" / "cecingest-nlp"
LABEL_FIELDS = {"PARTICIPANT": "participant", "PROVIDER": "provider", "COURSE_TITLE": "course_title"}


@dataclass(frozen=True)
class NlpReading:
    entities: dict[str, str]  # field -> first entity text of its label
    topic: str | None
    topic_score: float


@functools.cache
def load_pipeline(path: str) -> Any:
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
