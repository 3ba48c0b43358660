"""Calibration: from a field's raw confidence to the probability that the field is right.

The parser's raw confidence is a score: a rule's base trust times how well OCR read the words. It orders fields
by how likely they are right but does not say how likely. Calibration maps it, per field and per text source
(text layer or OCR), to the share of fields that were right at that score on documents the rules were not
tuned on. The mapping is a monotone step function fitted by isotonic regression (pool adjacent violators), kept
as data in `models/calibration.json` and rebuilt by `scripts/fit_calibration.py`.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cecingest.models import Normalized, RecordFields, SourceInfo

log = logging.getLogger(__name__)

DEFAULT_CALIBRATION = Path(__file__).resolve().parents[2] / "models" / "calibration.json"
OFF = "off"
RECORD = "record"  # the curve of whole records: all required fields right
SIGNAL = "@"  # "course_title@differ/text-layer": the curve of titles the trained model read otherwise


@dataclass(frozen=True)
class Curve:
    """A monotone step function: raw scores up to `upper[i]` are right with probability `probability[i]`."""

    upper: tuple[float, ...]
    probability: tuple[float, ...]
    count: int = 0  # fields the curve was fitted on
    lower: float = 0.0  # the lowest raw score it was fitted on

    def __call__(self, raw: float) -> float:
        # Below every score the curve was fitted on it knows nothing: a guess scored 0.2 by a rule that fired
        # only at 0.9 in the fitting data keeps its own score instead of the first block's 0.99.
        if raw < self.lower - 1e-9:
            return min(raw, self.probability[0])
        for upper, probability in zip(self.upper, self.probability, strict=True):
            if raw <= upper + 1e-9:
                return probability
        return self.probability[-1]

    def to_dict(self) -> dict[str, Any]:
        return {"upper": list(self.upper), "probability": list(self.probability), "count": self.count,
                "lower": self.lower}


@dataclass(frozen=True)
class Calibration:
    curves: dict[str, Curve]  # "<field>/<text source>", e.g. "provider/ocr"
    meta: dict[str, Any] = dataclasses.field(default_factory=dict)

    def probability(self, name: str, text_source: str, raw: float, signal: str = "") -> float:
        """The field's curve for the trained model's answer on it (`signal`: "agree", "differ", "none"), if one
        was fitted, else the field's own; per text source when there is one for it."""
        kind = _source_kind(text_source)
        keys = ([f"{name}{SIGNAL}{signal}/{kind}", f"{name}{SIGNAL}{signal}/any"] if signal else []) + [
            f"{name}/{kind}", f"{name}/any"]
        curve = next((self.curves[key] for key in keys if key in self.curves), None)
        return raw if curve is None else curve(raw)

    def record_probability(self, text_source: str, weakest: float) -> float:
        """The chance that every required field is right, from the calibrated probability of the weakest.

        Fields do not err independently (a layout the parser understands tends to come out right whole, a page
        OCR read badly spoils several), so a curve fitted on whole records maps the weakest field to what was
        measured. The weakest field predicted whole records better than the product of all of them did: on
        never-seen layouts the record's calibration error was 0.011 against 0.026 (models/README.md)."""
        return self.probability(RECORD, text_source, weakest)

    def to_dict(self) -> dict[str, Any]:
        return {"meta": self.meta, "curves": {key: c.to_dict() for key, c in sorted(self.curves.items())}}


def _source_kind(text_source: str) -> str:
    return "text-layer" if text_source == "text-layer" else "ocr"  # mixed documents are as weak as their scans


def fit_curve(points: Iterable[tuple[float, bool]]) -> Curve:
    """Isotonic regression of right/wrong on the raw score, with a +1/+2 prior per block.

    The prior keeps a block of 40 right answers at 0.98, not 1.0: a probability of 1 would promise that no
    field at that score is ever wrong, which no finite sample shows.
    """
    ordered = sorted(points)
    # Blocks of equal scores first, then pool adjacent blocks while the right-share decreases.
    blocks: list[list[float]] = []  # [upper, right, total]
    for raw, right in ordered:
        if blocks and abs(blocks[-1][0] - raw) < 1e-9:
            blocks[-1][1] += right
            blocks[-1][2] += 1
        else:
            blocks.append([raw, float(right), 1.0])
    pooled: list[list[float]] = []
    for block in blocks:
        pooled.append(block)
        while len(pooled) > 1 and _share(pooled[-2]) >= _share(pooled[-1]):
            last_upper, last_right, last_total = pooled.pop()
            pooled[-1] = [last_upper, pooled[-1][1] + last_right, pooled[-1][2] + last_total]
    return Curve(tuple(round(b[0], 4) for b in pooled), tuple(round(_share(b), 4) for b in pooled), len(ordered),
                 round(ordered[0][0], 4) if ordered else 0.0)


def _share(block: Sequence[float]) -> float:
    return (block[1] + 1.0) / (block[2] + 2.0)


def fit(samples: Iterable[tuple[str, str, float, bool]], min_count: int = 20, signal_min_count: int = 5
        ) -> Calibration:
    """Curves from (field, text source, raw confidence, right) samples; sources with few samples share one.

    A field named with the model's answer ("course_title@differ") also gets curves of its own, from as few as
    `signal_min_count` samples: the +1/+2 prior keeps a small group of right answers well below 1, which is
    wanted, since the field's own curve would otherwise speak for a group the data hardly saw."""
    grouped: dict[str, list[tuple[float, bool]]] = {}
    for name, text_source, raw, right in samples:
        names = [name, name.split(SIGNAL)[0]] if SIGNAL in name else [name]
        for key in names:
            grouped.setdefault(f"{key}/{_source_kind(text_source)}", []).append((raw, right))
            grouped.setdefault(f"{key}/any", []).append((raw, right))
    return Calibration({key: fit_curve(points) for key, points in grouped.items()
                        if len(points) >= (signal_min_count if SIGNAL in key else min_count)})


def expected_calibration_error(pairs: Sequence[tuple[float, bool]], bins: int = 10) -> float | None:
    """Mean over 10 equal-width confidence bins of |share right - mean confidence|, weighted by bin size."""
    if not pairs:
        return None
    total = 0.0
    for b in range(bins):
        low, high = b / bins, (b + 1) / bins
        members = [(c, r) for c, r in pairs if low <= c < high or (b == bins - 1 and c >= high)]
        if members:
            confidence = sum(c for c, _ in members) / len(members)
            accuracy = sum(r for _, r in members) / len(members)
            total += len(members) * abs(accuracy - confidence)
    return round(total / len(pairs), 4)


@functools.cache
def load_calibration(path: str = "") -> Calibration | None:
    """The fitted curves; None (raw confidences) when switched off or when no file is there."""
    if path == OFF:
        return None
    file = Path(path) if path else DEFAULT_CALIBRATION
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        log.debug("no calibration at %s; raw confidences are used", file)
        return None
    curves = {key: Curve(tuple(c["upper"]), tuple(c["probability"]), int(c.get("count", 0)), float(c.get("lower", 0.0)))
              for key, c in data["curves"].items()}
    return Calibration(curves, data.get("meta", {}))


def calibrate(normalized: Normalized, source: SourceInfo, calibration: Calibration | None) -> Normalized:
    """The same fields with calibrated confidences."""
    if calibration is None:
        return normalized
    changed = {
        name: dataclasses.replace(f, confidence=calibration.probability(
            name, source.text_source, f.confidence, normalized.signals.get(name, "")))
        for name, f in normalized.fields.items()
    }
    # The curve is fitted on certificates the parser took for certificates; a "not a certificate" keeps its raw
    # score (the calibration data holds no non-certificates to fit it on, so a curve would only say how often a
    # weakly worded certificate is still one).
    is_cert = normalized.is_certificate
    if is_cert.value:
        is_cert = dataclasses.replace(
            is_cert, confidence=calibration.probability("is_certificate", source.text_source, is_cert.confidence))
    return dataclasses.replace(normalized, fields=RecordFields(**changed), is_certificate=is_cert)
