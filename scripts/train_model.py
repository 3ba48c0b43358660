"""Build training data from generated certificates and train the spaCy pipeline in models/cecingest-nlp.

    python scripts/train_model.py [--docs 700] [--images 60] [--keep BUILD_DIR]

1. scripts/make_families.py writes certificates of the *training* layout families (`--split train`, 43 families
   with their own wordings, titles and people): text PDFs and some scans and photos.
2. Each goes through cecingest's own extraction and line building, so the model sees exactly the text the
   parser gives it at run time ("Label: value" lines, one per line).
3. Entities PARTICIPANT, PROVIDER and COURSE_TITLE are marked where the expected value stands in that text; the
   topic code is the text category. Two whole layout families are the dev set, the rest train.
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
from pathlib import Path

import spacy
from spacy.tokens import DocBin

from cecingest.config import Settings
from cecingest.extract import extract
from cecingest.knowledge import load_knowledge
from cecingest.load import load_file
from cecingest.parse.layout import document_lines, join_label_cells, split_label_pairs

ROOT = Path(__file__).resolve().parent.parent
MODEL_DIR = ROOT / "models" / "cecingest-nlp"
CONFIG = ROOT / "models" / "config.cfg"
DEV_FAMILIES = ("f07", "f29")  # whole layout families kept out of training, for early stopping
LABELS = {"participant": "PARTICIPANT", "provider": "PROVIDER", "course_title": "COURSE_TITLE"}


def document_text(path: Path, settings: Settings) -> str:
    """The text the parser works on: one built line per line."""
    kn = load_knowledge(settings.data_dir)
    doc = extract(load_file(path), settings)
    labels = kn.label_phrases()
    return "\n".join(line.text for line in join_label_cells(split_label_pairs(document_lines(doc), labels), labels))


def spans_of(text: str, value: str) -> list[tuple[int, int]]:
    """Where a value stands in the text, allowing any whitespace (a wrapped title) between its words."""
    pattern = r"\s+".join(re.escape(word) for word in value.split())
    return [(m.start(), m.end()) for m in re.finditer(pattern, text, re.IGNORECASE)]


def make_example(nlp: spacy.language.Language, text: str, fields: dict[str, object], topics: list[str]) -> object:
    doc = nlp.make_doc(text)
    ents = []
    taken: set[int] = set()
    for field, label in LABELS.items():
        value = fields.get(field)
        if not isinstance(value, str):
            continue
        for start, end in spans_of(text, value):
            span = doc.char_span(start, end, label=label, alignment_mode="contract")
            if span is not None and not taken & set(range(span.start, span.end)):
                ents.append(span)
                taken.update(range(span.start, span.end))
    doc.ents = sorted(ents, key=lambda s: s.start)
    doc.cats = {topic: float(topic == fields.get("topic")) for topic in topics}
    return doc


def build_docbins(corpora: list[Path], settings: Settings) -> tuple[DocBin, DocBin, dict[str, int]]:
    nlp = spacy.blank("en")
    topics = [*sorted(load_knowledge(None).topics), "other"]
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
        (dev if target == "dev" else train).add(doc)  # type: ignore[arg-type]
        counts[target] += 1
    return train, dev, counts


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=700, help="text-PDF certificates to generate")
    parser.add_argument("--images", type=int, default=60, help="scanned/photographed certificates to generate")
    parser.add_argument("--keep", type=Path, default=None, help="keep the build files in this folder")
    args = parser.parse_args(argv)
    build = args.keep or Path(tempfile.mkdtemp(prefix="cecingest-train-"))
    corpus = build / "corpus"
    make = [sys.executable, str(ROOT / "scripts" / "make_families.py"), "--split", "train"]
    subprocess.run([*make, str(corpus), "-n", str(args.docs), "--kind", "text", "--seed", "11"], check=True)
    subprocess.run([*make, str(build / "images"), "-n", str(args.images), "--kind", "image", "--seed", "12"],
                   check=True)
    train, dev, counts = build_docbins([corpus, build / "images"], Settings())
    train.to_disk(build / "train.spacy")
    dev.to_disk(build / "dev.spacy")
    print(f"training examples: {counts['train']}, dev examples: {counts['dev']} (families {', '.join(DEV_FAMILIES)})")
    subprocess.run([sys.executable, "-m", "spacy", "train", str(CONFIG), "--output", str(build / "output"),
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
