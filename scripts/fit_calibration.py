"""Fit the confidence calibration (models/calibration.json) on folders of certificates with expected records.

    python scripts/fit_calibration.py DIR [DIR ...] [--out models/calibration.json] [--workers 2] [--note TEXT]

Runs the whole pipeline with calibration switched off, pairs each field's raw confidence with whether the
field came out right, and fits one monotone curve per field and text source (see cecingest.calibrate). Fit on
documents the rules were not tuned on, and measure on others: `cecingest eval` reports the calibration error.

The committed file was made by (see models/README.md):

    python scripts/make_families.py /tmp/cal -n 600 --split train --kind all --seed 101
    python scripts/fit_calibration.py /tmp/cal
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from cecingest.calibrate import expected_calibration_error, fit
from cecingest.config import Settings
from cecingest.errors import CecIngestError
from cecingest.evaluate import FIELDS, Expectation, compare, find_expectations
from cecingest.pipeline import ingest_file

OUT = Path(__file__).resolve().parent.parent / "models" / "calibration.json"
Sample = tuple[str, str, float, bool]


def samples_of(exp: Expectation) -> list[Sample]:
    """(field, text source, raw confidence, right) for each scored field of one document."""
    try:
        record = ingest_file(exp.path, Settings(calibration="off")).record.to_dict()
    except CecIngestError:
        return []
    result = compare(record, exp)
    source = record["source"]["text_source"]
    return [(name, source, result.confidence[name], result.correct[name])
            for name in FIELDS if name in result.confidence]


def all_samples(folders: list[Path], workers: int) -> Iterator[Sample]:
    expectations = [e for folder in folders for e in find_expectations(folder) if e.is_certificate]
    with ProcessPoolExecutor(workers) as pool:
        for samples in pool.map(samples_of, expectations, chunksize=4):
            yield from samples


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--note", default="", help="how the data was made, kept in the file's meta")
    args = parser.parse_args(argv)
    samples = list(all_samples(args.folders, args.workers))
    if not samples:
        print("no documents with expected records found", file=sys.stderr)
        return 1
    calibration = fit(samples)
    before = expected_calibration_error([(raw, right) for _, _, raw, right in samples])
    after = expected_calibration_error([
        (calibration.probability(name, source, raw), right) for name, source, raw, right in samples])
    documents = len(samples) // len(FIELDS)
    meta = {"documents": documents, "fields": len(samples), "folders": [str(f) for f in args.folders],
            "note": args.note, "ece_raw_in_sample": before, "ece_calibrated_in_sample": after}
    calibration = type(calibration)(calibration.curves, meta)
    args.out.write_text(json.dumps(calibration.to_dict(), indent=1) + "\n", encoding="utf-8")
    print(f"{documents} documents, {len(samples)} fields: calibration error {before} raw -> {after} fitted "
          f"(in sample); wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
