"""Whether cecingest's PDFium text layer gives the words pdfplumber's extract_words gives (extract/pdftext.py).

    python benchmarks/pdftext_equivalence.py FOLDER_OR_PDF... [--tolerance 0.002] [--show N]

For every page of every PDF: the words of pdfplumber (the old reading, `text_layer_words`) and of cecingest's
reading now (PDFium where equivalence is assured, else pdfplumber). Counts the pages read by PDFium, and the pages
whose words differ in text, order or font size, or in a box edge by more than `--tolerance` points.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

import pdfplumber
import pypdfium2

from cecingest.extract.pdf import text_layer_words
from cecingest.extract.pdftext import pdfium_page_words
from cecingest.models import Word


def pdfs(paths: list[str]) -> list[Path]:
    found: list[Path] = []
    for name in paths:
        path = Path(name)
        found.extend(sorted(path.rglob("*.pdf")) if path.is_dir() else [path])
    return found


def differs(old: list[Word], new: list[Word], tolerance: float) -> tuple[bool, float]:
    if [(w.text, w.size) for w in old] != [(w.text, w.size) for w in new]:
        return True, float("inf")
    worst = max((abs(getattr(a, k) - getattr(b, k)) for a, b in zip(old, new, strict=True)
                 for k in ("x0", "top", "x1", "bottom")), default=0.0)
    return worst > tolerance, worst


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--tolerance", type=float, default=0.002)
    parser.add_argument("--show", type=int, default=10, help="print this many differing pages")
    args = parser.parse_args(argv)
    pages = by_pdfium = words = 0
    worst = 0.0
    different: list[str] = []
    for path in pdfs(args.paths):
        data = path.read_bytes()
        with pdfplumber.open(io.BytesIO(data)) as pdf, pypdfium2.PdfDocument(data) as doc:
            for index, page in enumerate(pdf.pages):
                old = text_layer_words(page)
                fast = pdfium_page_words(doc, index)
                new = old if fast is None else fast
                pages += 1
                words += len(old)
                by_pdfium += fast is not None
                bad, gap = differs(old, new, args.tolerance)
                worst = max(worst, gap if fast is not None else 0.0)
                if bad:
                    different.append(f"{path} page {index + 1}: {[w.text for w in old][:12]} -> "
                                     f"{[w.text for w in new][:12]} (largest box difference {gap:.4f} pt)")
    for line in different[:args.show]:
        print(line)
    print(f"{pages} pages ({words} words): {by_pdfium} read by PDFium, {pages - by_pdfium} by pdfplumber; "
          f"{len(different)} pages differ; largest box difference {worst:.5f} pt")
    return 1 if different else 0


if __name__ == "__main__":
    sys.exit(main())
