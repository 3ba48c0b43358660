"""Which does what better: rules, the spaCy model, or the two combined? Per field, on a folder of expected files.

    python scripts/measure_model.py eval/heldout [MORE_DIRS...]

Fields: participant, provider, course_title (rules vs NER) and topic (keyword rules vs text classifier).
"Rules, model as fallback" uses the model only where the rules found nothing; "model where rules are weak" also
where the rules' confidence is below the accept threshold.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

from cecingest.config import Settings
from cecingest.evaluate import find_expectations, values_match
from cecingest.extract import extract
from cecingest.knowledge import load_knowledge
from cecingest.load import load_file
from cecingest.normalize import normalize
from cecingest.parse import parse, reading_lines
from cecingest.parse.nlp import read, same_text

FIELDS = ("participant", "provider", "course_title", "topic")
WEAK = 0.85  # a raw rule confidence below this (a fallback rule, or OCR doubts) counts as weak


def main(argv: list[str]) -> int:
    settings = Settings(calibration="off")
    kn = load_knowledge(None)
    right: Counter[tuple[str, str]] = Counter()
    # (field, the model agrees / differs / finds none) -> [documents, the rules right on them]
    agreement: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    total = 0
    for folder in argv:
        for exp in find_expectations(Path(folder)):
            if not exp.is_certificate:
                continue
            doc = extract(load_file(exp.path), settings)
            fields = normalize(parse(doc, settings, kn), kn).fields
            text = "\n".join(ln.text for ln in reading_lines(doc, kn))
            reading = read(text)
            if reading is None:
                print("no model in models/cecingest-nlp: run scripts/train_model.py", file=sys.stderr)
                return 2
            total += 1
            for name in FIELDS:
                rule = getattr(fields, name).value
                model = reading.topic if name == "topic" else reading.entities.get(name)
                fallback = model if rule is None or (name == "topic" and rule == "other") else rule
                weak = getattr(fields, name).confidence < WEAK
                where_weak = model if model is not None and (rule is None or weak) else rule
                for how, value in (("rules", rule), ("model", model), ("rules, model as fallback", fallback),
                                   ("model where rules are weak", where_weak)):
                    right[(name, how)] += values_match(name, value, exp.fields.get(name))
                if name != "topic" and rule is not None:
                    kind = "finds none" if model is None else "agrees" if same_text(rule, model) else "differs"
                    counts = agreement[(name, kind)]
                    counts[0] += 1
                    counts[1] += values_match(name, rule, exp.fields.get(name))
    if total == 0:
        print(f"no certificates with expected records in {', '.join(argv)}", file=sys.stderr)
        return 1
    print(f"{total} certificates from {', '.join(argv)}")
    hows = ("rules", "model", "rules, model as fallback", "model where rules are weak")
    print(f"{'field':14}" + "".join(f"{how:>28}" for how in hows))
    for name in FIELDS:
        print(f"{name:14}" + "".join(f"{right[(name, how)] / total:28.1%}" for how in hows))
    print("\nthe rules right, where the model ...")
    kinds = ("agrees", "differs", "finds none")
    print(f"{'field':14}" + "".join(f"{kind:>16}" for kind in kinds))
    for name in FIELDS[:3]:
        cells = (agreement[(name, kind)] for kind in kinds)
        print(f"{name:14}" + "".join(f"{f'{ok} of {n}':>16}" for n, ok in cells))
    return 0


if __name__ == "__main__":
    if not sys.argv[1:] or sys.argv[1] in ("-h", "--help"):
        print(__doc__)
        sys.exit(0 if sys.argv[1:] else 2)
    sys.exit(main(sys.argv[1:]))
