"""The one pipeline every entry point uses: load -> extract -> parse -> normalize -> decide."""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from cecingest.calibrate import calibrate, load_calibration
from cecingest.config import Settings
from cecingest.decide import decide
from cecingest.extract import extract
from cecingest.knowledge import Knowledge, load_knowledge
from cecingest.load import load_file
from cecingest.models import CreditRecord, ExtractedDocument, Normalized, ParsedFields
from cecingest.normalize import normalize
from cecingest.parse import parse

Parser = Callable[[ExtractedDocument, Settings, Knowledge], ParsedFields]


@dataclass(frozen=True)
class Ingested:
    record: CreditRecord
    document: ExtractedDocument
    seconds: float
    normalized: Normalized  # the fields before calibration: their raw confidences (scripts/fit_calibration.py)


def ingest_file(path: str | Path, settings: Settings, parser: Parser = parse) -> Ingested:
    """Read one file into a credit record. Raises a CecIngestError subclass when the file cannot be read.

    `parser` is replaceable only so that evaluation can compare parsers on the same extraction.
    """
    started = time.perf_counter()
    loaded = load_file(path, max_bytes=int(settings.max_file_mb * (1 << 20)))
    document = extract(loaded, settings)
    kn = load_knowledge(settings.data_dir)
    normalized = normalize(parser(document, settings, kn), kn)
    calibration = load_calibration(settings.calibration)
    calibrated = calibrate(normalized, document.source, calibration)
    record_curve = functools.partial(calibration.record_probability, document.source.text_source) \
        if calibration is not None else None
    record = decide(document.source, calibrated, settings, record_probability=record_curve)
    if document.notes:  # pages left unread, no text anywhere: a person looks, whatever the fields say
        status = "needs_review" if record.status == "accepted" else record.status
        record = replace(record, status=status, review_reasons=(*record.review_reasons, *document.notes))
    return Ingested(record, document, time.perf_counter() - started, normalized)
