"""What the drawn-certificate probes share: page items, drawing them with reportlab, running each case.

A probe (titles_probe.py, wraps_probe.py) lists cases of (name, items, expected) where items are page items made
with T (text), C (centred text), rule and box; `ingested_cases` draws each into a PDF and runs the real pipeline
on it (extract -> parse -> normalize -> decide), printing the parser's reading lines with --lines.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from reportlab.pdfgen import canvas

from cecingest.config import Settings
from cecingest.evaluate import values_match
from cecingest.knowledge import load_knowledge
from cecingest.parse import reading_lines
from cecingest.pipeline import Ingested, ingest_file

W, H = 792.0, 612.0  # landscape letter, top-down y in the items


def T(text, x=72, y=430, size=10, font="Helvetica"):
    return ("t", text, x, y, size, font)


def C(text, y, size=12, font="Helvetica"):
    """Centred text."""
    return ("c", text, W / 2, y, size, font)


def rule(x, y, width):
    return ("r", x, y, width)


def box(x, y, w, h):
    return ("b", x, y, w, h)


def draw(path: Path, items) -> None:
    c = canvas.Canvas(str(path), pagesize=(W, H))
    for item in items:
        if item[0] == "r":
            _, x, y, width = item
            c.setLineWidth(0.7)
            c.line(x, H - y, x + width, H - y)
            continue
        if item[0] == "b":
            _, x, y, w, h = item
            c.setFillGray(0.6)
            c.rect(x, H - y - h, w, h, fill=1, stroke=0)
            c.setFillGray(0)
            continue
        kind, text, x, y, size, font = item
        c.setFont(font, size)
        if kind == "c":
            c.drawCentredString(x, H - y - size, text)
        else:
            c.drawString(x, H - y - size, text)
    c.showPage()
    c.save()


def ingested_cases(cases: list[tuple[str, Any, Any]], model: bool, only: str = ""
                   ) -> Iterator[tuple[str, Any, dict[str, Any]]]:
    """(name, expected, record as a dict) of every case whose name holds `only`, each drawn and ingested."""
    settings = Settings(nlp_model="" if model else "off")
    with tempfile.TemporaryDirectory() as tmp:
        for i, (name, items, want) in enumerate(c for c in cases if only in c[0]):
            path = Path(tmp) / f"c{i}.pdf"
            draw(path, items)
            ingested: Ingested = ingest_file(path, settings)
            if "--lines" in sys.argv:
                for ln in reading_lines(ingested.document, load_knowledge(None)):
                    print(f"    | {ln.text}")
            yield name, want, ingested.record.to_dict()


def page(lines, x=None, y=40, step=22):
    """Lines (text or (text, size[, font])) top-down, centred unless x."""
    out = []
    for t in lines:
        text, size, font = (t, 12, "Helvetica") if isinstance(t, str) else (*t, "Helvetica")[:3]
        out.append(C(text, y, size, font) if x is None else T(text, x, y, size, font))
        y += max(step, size * 1.6)
    return out


def report(runs: Iterator[tuple[str, Any, dict[str, Any]]]) -> int:
    """Print ok/FAIL per case (the fields it checks, compared as the evaluator does; hours and None exactly) and
    the number of failures; -v prints every field too."""
    fails = 0
    for name, want, got in runs:
        f = got["fields"]
        bad = []
        for field, value in want.items():
            v = f.get(field, {}).get("value") if isinstance(f.get(field), dict) else got.get(field)
            ok = (v == value) if value is None or field == "hours" else values_match(field, v, value)
            if not ok:
                bad.append(f"{field}: got {v!r} want {value!r}")
        fails += bool(bad)
        print(("FAIL " if bad else "ok   ") + name + ("  " + "; ".join(bad) if bad else ""))
        if "-v" in sys.argv:
            print("     ", {k: (f[k]["value"] if isinstance(f[k], dict) else f[k]) for k in f}, got["status"],
                  got.get("review_reasons"))
    print(f"{fails} failures")
    return fails


def run_probe(cases, image_cases=None) -> int:
    """A probe's command line: [-v] [--lines] [--image] [name-substring]; prints each case and the failures.
    `image_cases(cases, only)` reads the cases as rendered scans when --image is given."""
    only = next((a for a in sys.argv[1:] if not a.startswith("-")), "")
    image = image_cases is not None and "--image" in sys.argv
    report(image_cases(cases, only) if image else ingested_cases(cases, model=True, only=only))
    return 0
