"""Fit the confidence calibration (models/calibration.json) on folders of certificates with expected records.

    python scripts/fit_calibration.py DIR [DIR ...] [--out models/calibration.json] [--workers 2] [--note TEXT]
                                      [--cross-validate] [--threshold 0.99] [--save-samples F] [--samples F ...]

Runs the pipeline with calibration switched off, pairs each field's raw confidence with whether the field came
out right, and fits one monotone curve per field and text source (see cecingest.calibrate). Then, with those
curves applied, it pairs each document's weakest calibrated required-field probability with whether all
required fields were right, and fits the record curve that `decide` uses for the record's confidence. Fit on
documents the rules were not tuned on, and measure on others: `cecingest eval` reports the calibration error.
The folders the committed file was fitted on are in its meta (and in models/README.md).

`--cross-validate` also estimates what the curves promise on a layout family they never saw: for each family
(a file's name without its trailing counter: "f24-receipt-0031" and "01_nursing_classic-0007" belong to "f24" and
"01_nursing_classic"), it fits on the other families, decides that family's records as `decide` does (accepted when
min(record curve, weakest field) reaches the threshold and no required field is below 0.9), and reports the
share accepted and their precision per text source; the figures go into the file's meta. An error a whole
family makes with high raw scores is exactly what in-sample figures cannot show.

`--save-samples F` writes the gathered samples (one document per line) and `--samples F` adds such a file to the
fit. That is how readings of *unseen* layouts get in: a new layout family is read once by the parser as it was
before anyone wrote rules for it (`PYTHONPATH=<old checkout>/src python scripts/fit_calibration.py NEW_DIR
--save-samples novel.jsonl --out /dev/null`), and those first readings, errors made with high raw scores
included, are what the curves should expect of the next layout nobody has seen. Later rules fix that family,
but its first reading stays in the data.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from cecingest.calibrate import RECORD, SIGNAL, Calibration, expected_calibration_error, fit
from cecingest.config import Settings
from cecingest.errors import CecIngestError
from cecingest.evaluate import FIELDS, Expectation, compare, find_expectations
from cecingest.models import REQUIRED_FIELDS
from cecingest.pipeline import ingest_file

OUT = Path(__file__).resolve().parent.parent / "models" / "calibration.json"
Sample = tuple[str, str, float, bool]


@dataclass(frozen=True)
class DocSamples:
    source: str
    fields: list[Sample]  # (field, text source, raw confidence, right), is_certificate among them
    required_right: bool
    family: str = ""  # the layout family, for --cross-validate


def family_of(path: Path) -> str:
    """"f24-receipt-0031.pdf" -> "f24"; "01_nursing_sepsis_classic-0007.png" -> "01_nursing_sepsis_classic"."""
    stem = re.sub(r"-\d+$", "", path.stem)
    return stem.split("-")[0] if re.match(r"f\d+-", stem) else stem


def samples_of(exp: Expectation) -> DocSamples | None:
    """The raw confidences of one document's fields and whether each came out right."""
    try:
        ingested = ingest_file(exp.path, Settings(calibration="off"))
    except CecIngestError:
        return None
    result = compare(ingested.record.to_dict(), exp)
    source = ingested.document.source.text_source
    signals = ingested.normalized.signals  # "course_title@differ": the model's answer names the sample's group
    fields = [(f"{name}{SIGNAL}{signals[name]}" if name in signals else name, source, result.confidence[name],
               result.correct[name]) for name in FIELDS if name in result.confidence]
    is_cert = ingested.normalized.is_certificate
    fields.append(("is_certificate", source, is_cert.confidence, result.correct["is_certificate"]))
    return DocSamples(source, fields, all(result.correct.get(n, True) for n in REQUIRED_FIELDS),
                      family_of(exp.path))


def saved_samples(path: Path) -> list[DocSamples]:
    """Samples written by --save-samples."""
    docs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        raw = json.loads(line)
        fields = [(str(n), str(src), float(c), bool(r)) for n, src, c, r in raw["fields"]]
        docs.append(DocSamples(raw["source"], fields, bool(raw["required_right"]), raw["family"]))
    return docs


def save_samples(docs: list[DocSamples], path: Path) -> None:
    lines = [json.dumps({"source": d.source, "fields": d.fields, "required_right": d.required_right,
                         "family": d.family}) for d in docs]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def all_samples(folders: list[Path], workers: int) -> list[DocSamples]:
    expectations = [e for folder in folders for e in find_expectations(folder) if e.is_certificate]
    with ProcessPoolExecutor(workers) as pool:
        return [d for d in pool.map(samples_of, expectations, chunksize=4) if d is not None]


def calibrated(calibration: Calibration, sample: Sample) -> float:
    """A sample's calibrated probability, by its field's curve for the model's answer when it has one."""
    name, source, raw, _ = sample
    field, _, signal = name.partition(SIGNAL)
    return calibration.probability(field, source, raw, signal)


def record_samples(docs: list[DocSamples], calibration: Calibration) -> list[Sample]:
    """(record, text source, the weakest calibrated required-field probability, all required right)."""
    required = (*REQUIRED_FIELDS, "is_certificate")
    return [(RECORD, doc.source, min(calibrated(calibration, s) for s in doc.fields
                                     if s[0].partition(SIGNAL)[0] in required), doc.required_right)
            for doc in docs]


def fit_all(docs: list[DocSamples]) -> Calibration:
    """Field curves, then the record curve over the weakest calibrated required field."""
    fields_only = fit([s for doc in docs for s in doc.fields])
    return Calibration({**fields_only.curves, **fit(record_samples(docs, fields_only)).curves})


def is_accepted(calibration: Calibration, doc: DocSamples, threshold: float, field_threshold: float = 0.9) -> bool:
    """As decide() judges the required fields: the record's confidence is min(record curve, weakest field)."""
    required = (*REQUIRED_FIELDS, "is_certificate")
    weakest = min(calibrated(calibration, s) for s in doc.fields if s[0].partition(SIGNAL)[0] in required)
    return weakest >= field_threshold and min(calibration.record_probability(doc.source, weakest), weakest) >= threshold


def cross_validated(docs: list[DocSamples], threshold: float) -> dict[str, dict[str, float | None]]:
    """Leave one layout family out: accepted share and precision on families the curves were not fitted on."""
    tally: Counter[tuple[str, str]] = Counter()
    for family in sorted({d.family for d in docs}):
        calibration = fit_all([d for d in docs if d.family != family])
        for doc in (d for d in docs if d.family == family):
            kind = "text-layer" if doc.source == "text-layer" else "ocr"
            tally[kind, "documents"] += 1
            if is_accepted(calibration, doc, threshold):
                tally[kind, "accepted"] += 1
                tally[kind, "accepted_wrong"] += not doc.required_right
    result: dict[str, dict[str, float | None]] = {}
    for kind in sorted({k for k, _ in tally}):
        n, accepted, wrong = (tally[kind, k] for k in ("documents", "accepted", "accepted_wrong"))
        result[kind] = {"documents": n, "accepted": accepted, "accepted_wrong": wrong,
                        "review_rate": round(1 - accepted / n, 3),
                        "precision": round((accepted - wrong) / accepted, 4) if accepted else None}
    return result


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--note", default="", help="how the data was made, kept in the file's meta")
    parser.add_argument("--cross-validate", action="store_true",
                        help="also estimate review rate and precision on families left out of the fit")
    parser.add_argument("--threshold", type=float, default=0.99, help="accept threshold for --cross-validate")
    parser.add_argument("--save-samples", type=Path, metavar="FILE", help="write the gathered samples here")
    parser.add_argument("--samples", type=Path, action="append", default=[], metavar="FILE",
                        help="add samples written by --save-samples (repeatable)")
    args = parser.parse_args(argv)
    docs = all_samples(args.folders, args.workers) if args.folders else []
    if args.save_samples:
        save_samples(docs, args.save_samples)
    docs += [doc for path in args.samples for doc in saved_samples(path)]
    samples = [s for doc in docs for s in doc.fields]
    if not samples:
        print("no documents with expected records found", file=sys.stderr)
        return 1
    fields_only = fit(samples)
    records = record_samples(docs, fields_only)
    calibration = Calibration({**fields_only.curves, **fit(records).curves})
    record_ece = expected_calibration_error([
        (calibration.record_probability(source, raw), right) for _, source, raw, right in records])
    before = expected_calibration_error([(raw, right) for _, _, raw, right in samples])
    after = expected_calibration_error([(calibrated(calibration, sample), sample[3]) for sample in samples])
    documents = len(docs)
    meta = {"documents": documents, "fields": len(samples), "folders": [str(f) for f in args.folders],
            "sample_files": [str(f) for f in args.samples],
            "note": args.note, "ece_raw_in_sample": before, "ece_calibrated_in_sample": after,
            "record_ece_in_sample": record_ece}
    if args.cross_validate:
        meta["leave_one_family_out"] = {"families": len({d.family for d in docs}), "threshold": args.threshold,
                                        **cross_validated(docs, args.threshold)}
        print(json.dumps(meta["leave_one_family_out"]))
    calibration = type(calibration)(calibration.curves, meta)
    args.out.write_text(json.dumps(calibration.to_dict(), indent=1) + "\n", encoding="utf-8")
    print(f"{documents} documents, {len(samples)} fields: calibration error {before} raw -> {after} fitted "
          f"(in sample); records {record_ece}; wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
