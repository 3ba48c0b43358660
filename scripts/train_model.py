"""Build training data from generated certificates and train the spaCy pipeline in models/cecingest-nlp.

    python scripts/train_model.py [--docs 700] [--images 60] [--keep BUILD_DIR] [--corrections FILE ...]

1. scripts/make_families.py writes certificates of the *training* layout families (`--split train`, 43 families
   with their own wordings, titles and people): text PDFs and some scans and photos.
2. Each goes through cecingest's own extraction and line building, so the model sees exactly the text the
   parser gives it at run time ("Label: value" lines, one per line).
3. Entities PARTICIPANT, PROVIDER and COURSE_TITLE are marked where the expected value stands in that text; the
   topic code is the text category. Two whole layout families are the dev set, the rest train.
   With `--corrections FILE` (from `cecingest export --corrections`), records people reviewed are added to the
   training set: the reviewed values marked where they stand in the text the parser read, the pipeline's wrong
   values marked as no entity, rejected records as documents with no entity at all (`--no-negatives`: left out).
4. `spacy train models/config.cfg`; the best model is copied to models/cecingest-nlp and build files removed.

The held-out layout families (make_families.py --split heldout, and scripts/make_heldout.py) are never used
here; measure on them with `python scripts/measure_model.py`.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import spacy
from spacy.tokens import Doc, DocBin, Span

from cecingest.config import Settings
from cecingest.extract import extract
from cecingest.knowledge import load_knowledge
from cecingest.load import load_file
from cecingest.parse import reading_lines

ROOT = Path(__file__).resolve().parent.parent
MODEL_DIR = ROOT / "models" / "cecingest-nlp"
CONFIG = ROOT / "models" / "config.cfg"
DEV_FAMILIES = ("f07", "f29")  # whole layout families kept out of training, for early stopping
LABELS = {"participant": "PARTICIPANT", "provider": "PROVIDER", "course_title": "COURSE_TITLE"}


def document_text(path: Path, settings: Settings) -> str:
    """The text the parser works on: one built line per line."""
    kn = load_knowledge(settings.data_dir)
    doc = extract(load_file(path), settings)
    return "\n".join(line.text for line in reading_lines(doc, kn))


def spans_of(text: str, value: str) -> list[tuple[int, int]]:
    """Where a value stands in the text, allowing any whitespace (a wrapped title) between its words."""
    pattern = r"\s+".join(re.escape(word) for word in value.split())
    return [(m.start(), m.end()) for m in re.finditer(pattern, text, re.IGNORECASE)]


def entity_spans(doc: Doc, fields: dict[str, object]) -> tuple[list[Span], list[str]]:
    """Every place each field's value stands in the document, as entities of its label (the first label to claim
    a token keeps it), and the fields whose value is not in the text."""
    ents: list[Span] = []
    taken: set[int] = set()
    not_found = []
    for field, label in LABELS.items():
        value = fields.get(field)
        if not isinstance(value, str):
            continue
        found = False
        for start, end in spans_of(doc.text, value):
            span = doc.char_span(start, end, label=label, alignment_mode="contract")
            if span is not None and not taken & set(range(span.start, span.end)):
                ents.append(span)
                taken.update(range(span.start, span.end))
                found = True
        if not found:
            not_found.append(field)
    return sorted(ents, key=lambda s: s.start), not_found


def make_example(nlp: spacy.language.Language, text: str, fields: dict[str, object], topics: list[str]) -> Doc:
    doc = nlp.make_doc(text)
    doc.ents = entity_spans(doc, fields)[0]
    doc.cats = {topic: float(topic == fields.get("topic")) for topic in topics}
    return doc


# -- reviewed records (`cecingest export --corrections`) as training examples -----------------------------------

CORRECTION_SCHEMA = "cecingest.correction/1"


@dataclass(frozen=True)
class CorrectionExample:
    record_id: int
    doc: Doc
    kind: str  # "positive" (corrected or accepted by a reviewer) or "negative" (rejected)
    not_found: tuple[str, ...] = ()  # fields whose reviewed value is not in the text: their tokens are unlabelled


def correction_example(nlp: spacy.language.Language, entry: dict[str, Any], topics: list[str],
                       negatives: bool = True) -> CorrectionExample | None:
    """One reviewed record as a training example, or None when it teaches nothing.

    Corrected and reviewer-accepted records: entities where the reviewed values of participant, provider and course
    title stand in the text, the reviewed topic as the text category; where a reviewed value stands elsewhere than
    the pipeline's, the pipeline's is marked as no entity. When a reviewed value is not in the text as printed (a
    reviewer typed a cleaner form), the unmarked tokens are left unlabelled instead of "no entity", so the example
    never teaches that the printed name is none.
    Rejected records (with `negatives`): no entity anywhere, and no topic (not a certificate has none)."""
    if entry.get("schema") != CORRECTION_SCHEMA:
        raise ValueError(f"record {entry.get('id')}: not a {CORRECTION_SCHEMA} entry; write the file with "
                         "`cecingest export --corrections`")
    text = entry.get("text") or ""
    if not text.strip() or entry["status"] not in ("corrected", "accepted", "rejected"):
        return None
    doc = nlp.make_doc(text)
    if entry["status"] == "rejected":
        if not negatives:
            return None
        doc.set_ents([], default="outside")
        return CorrectionExample(int(entry["id"]), doc, "negative")
    fields = entry["fields"]
    ents, not_found = entity_spans(doc, {name: f["corrected"] for name, f in fields.items()})
    taken = {i for span in ents for i in range(span.start, span.end)}
    # A wrong value is "no entity" only where the reviewed one was found elsewhere: a value not found in the text
    # may be a cleaner form of the printed one ("Maria Santos" for "Maria L. Santos, RN"), which is no mistake.
    wrong = {name: f["original"] for name, f in fields.items()
             if name in LABELS and f["changed"] and name not in not_found}
    outside = [span for span in entity_spans(doc, wrong)[0] if not taken & set(range(span.start, span.end))]
    doc.set_ents(ents, outside=outside, default="missing" if not_found else "outside")
    topic = fields.get("topic", {}).get("corrected")
    doc.cats = {t: float(t == topic) for t in topics} if topic in topics else {}
    return CorrectionExample(int(entry["id"]), doc, "positive", tuple(not_found))


def read_corrections(path: Path, nlp: spacy.language.Language, topics: list[str],
                     negatives: bool = True) -> list[CorrectionExample]:
    """The training examples of a corrections file (JSON Lines, or a JSON list from --format json)."""
    text = path.read_text(encoding="utf-8")
    stripped = text.lstrip()
    entries = json.loads(text) if stripped.startswith("[") else [json.loads(ln) for ln in text.splitlines() if ln]
    examples = [correction_example(nlp, entry, topics, negatives) for entry in entries]
    return [e for e in examples if e is not None]


def topic_labels() -> list[str]:
    return [*sorted(load_knowledge(None).topics), "other"]


def add_corrections(train: DocBin, paths: list[Path], negatives: bool = True) -> dict[str, int]:
    """Add the examples of corrections files to the training set (never to dev: early stopping stays on whole
    generated families); says on stderr which reviewed values were not found in their text."""
    nlp = spacy.blank("en")
    counts = {"positive": 0, "negative": 0}
    for path in paths:
        for example in read_corrections(path, nlp, topic_labels(), negatives):
            train.add(example.doc)
            counts[example.kind] += 1
            if example.not_found:
                print(f"{path}: record {example.record_id}: {', '.join(example.not_found)} not found in its text; "
                      "those tokens are left unlabelled", file=sys.stderr)
    return counts


def build_docbins(corpora: list[Path], settings: Settings) -> tuple[DocBin, DocBin, dict[str, int]]:
    nlp = spacy.blank("en")
    topics = topic_labels()
    train, dev = DocBin(), DocBin()
    counts = {"train": 0, "dev": 0}
    for exp_path in sorted(p for corpus in corpora for p in corpus.glob("*.expected.json")):
        expected = json.loads(exp_path.read_text())
        if not expected["is_certificate"]:
            continue
        text = document_text(exp_path.parent / expected["file"], settings)
        doc = make_example(nlp, text, expected["fields"], topics)
        family = exp_path.name.split("-")[0]
        target = "dev" if family in DEV_FAMILIES else "train"
        (dev if target == "dev" else train).add(doc)
        counts[target] += 1
    return train, dev, counts


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=700, help="text-PDF certificates to generate")
    parser.add_argument("--images", type=int, default=60, help="scanned/photographed certificates to generate")
    parser.add_argument("--keep", type=Path, default=None, help="keep the build files in this folder")
    parser.add_argument("--corrections", type=Path, action="append", default=[], metavar="FILE",
                        help="reviewed records from `cecingest export --corrections` to add to the training set "
                        "(repeatable)")
    parser.add_argument("--config", type=Path, default=CONFIG, help=f"spaCy training config [default: {CONFIG}]")
    parser.add_argument("--no-negatives", action="store_true",
                        help="leave rejected records of --corrections out (by default they teach 'no entity here')")
    args = parser.parse_args(argv)
    for path in args.corrections:
        if not path.is_file():
            parser.error(f"--corrections {path}: no such file; write it with `cecingest export --corrections --out "
                         f"{path}`")
    build = args.keep or Path(tempfile.mkdtemp(prefix="cecingest-train-"))
    corpus = build / "corpus"
    make = [sys.executable, str(ROOT / "scripts" / "make_families.py"), "--split", "train"]
    subprocess.run([*make, str(corpus), "-n", str(args.docs), "--kind", "text", "--seed", "11"], check=True)
    subprocess.run([*make, str(build / "images"), "-n", str(args.images), "--kind", "image", "--seed", "12"],
                   check=True)
    train, dev, counts = build_docbins([corpus, build / "images"], Settings())
    if args.corrections:
        added = add_corrections(train, args.corrections, negatives=not args.no_negatives)
        counts["train"] += sum(added.values())
        print(f"from corrections: {added['positive']} reviewed records, {added['negative']} rejected as negatives")
    train.to_disk(build / "train.spacy")
    dev.to_disk(build / "dev.spacy")
    print(f"training examples: {counts['train']}, dev examples: {counts['dev']} (families {', '.join(DEV_FAMILIES)})")
    subprocess.run([sys.executable, "-m", "spacy", "train", str(args.config), "--output", str(build / "output"),
                    "--paths.train", str(build / "train.spacy"), "--paths.dev", str(build / "dev.spacy")], check=True)
    if MODEL_DIR.exists():
        shutil.rmtree(MODEL_DIR)
    shutil.copytree(build / "output" / "model-best", MODEL_DIR)
    meta = json.loads((MODEL_DIR / "meta.json").read_text())
    print(json.dumps({k: meta["performance"][k] for k in ("ents_f", "cats_macro_f") if k in meta["performance"]}))
    print(f"model written to {MODEL_DIR}")
    if args.keep is None:
        shutil.rmtree(build)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
