"""Generate a larger corpus of certificates for import tests, benchmarks and evaluation.

    python scripts/make_corpus.py OUTDIR [-n 200] [--kind text|image|all] [--seed 1] [--families samples|heldout]

Without --kind, the samples families give text PDFs and the held-out families their usual mix (seven text PDFs in
nine, the rest scans and PNGs); `--kind image` with `--families heldout` gives only scans and PNGs (calibration
data for OCR fields, which the mix holds too few of).

Each certificate is one of the specs of scripts/make_samples.py (`--families samples`, the layout families the
parser was developed on) or of scripts/make_heldout.py (`--families heldout`, layout families kept for
evaluation) with another participant, provider, certificate id and licence number, so every file has different
bytes; `<stem>.expected.json` is written beside each.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import json
import random
import sys
import tomllib
from datetime import date, timedelta
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
IMAGE_OUTPUTS = {"scan-pdf", "png", "photo", "tiff", "rotated"}
HELDOUT_VARIANTS = ["pdf", "pdf", "pdf", "pdf", "pdf", "pdf", "pdf", "scan", "png"]


def load_module(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def heldout_variant(base: object, n: int, name: str, rng: random.Random, variants: list[str]) -> object:
    """A held-out family member: other people, provider and ids; mostly text PDFs, some scans and PNGs."""
    participant = base.participant  # type: ignore[attr-defined]
    if participant and "," in participant:
        name += "," + participant.split(",", 1)[1]
    if participant and participant.isupper():
        name = name.upper()
    changes: dict[str, object] = {"stem": f"{base.stem}-{n:04d}", "participant": name,  # type: ignore[attr-defined]
                                  "provider": organisation(rng, "heldout"),
                                  "variant": rng.choice(variants)}
    if base.certificate_id:  # type: ignore[attr-defined]
        changes["certificate_id"] = f"{base.certificate_id}-{n:04d}"  # type: ignore[attr-defined]
    if base.license_number:  # type: ignore[attr-defined]
        changes["license_number"] = f"{base.license_number}{n % 10}"  # type: ignore[attr-defined]
    return dataclasses.replace(base, **changes)  # type: ignore[type-var]


def heldout_variants(kind: str | None) -> list[str]:
    """The outputs to draw from: the usual mix unless a kind was asked for."""
    if kind == "text":
        return ["pdf"]
    if kind == "image":
        return ["scan", "png"]
    return HELDOUT_VARIANTS


def write_heldout(args: argparse.Namespace, names: list[str], rng: random.Random) -> None:
    mh = load_module("make_heldout")
    bases = [c for c in mh.CERTS if c.is_certificate]
    variants = heldout_variants(args.kind)
    for n in range(args.n):
        cert = heldout_variant(bases[n % len(bases)], n, names[n], rng, variants)
        (args.outdir / cert.file).write_bytes(mh.build(cert, rng))  # type: ignore[attr-defined]
        expected = json.dumps(cert.expected(), indent=2, ensure_ascii=False)  # type: ignore[attr-defined]
        (args.outdir / f"{cert.stem}.expected.json").write_text(expected)  # type: ignore[attr-defined]


VOCABULARY = tomllib.loads((HERE / "data" / "training_vocabulary.toml").read_text())


def pool(words: list[str], which: str) -> list[str]:
    """Even positions train, odd positions are held out: the two never share a name part."""
    return words[0::2] if which == "train" else words[1::2]


def people(which: str) -> list[str]:
    v = VOCABULARY["people"]
    return [f"{first} {last}" for first in pool(v["first"], which) for last in pool(v["last"], which)]


def organisation(rng: random.Random, which: str) -> str:
    v = VOCABULARY["organisations"]
    return f"{rng.choice(pool(v['places'], which))} {rng.choice(v['fields'])} {rng.choice(v['kinds'])}"


def vary_content(base: object, rng: random.Random, which: str) -> dict[str, object]:
    """Another title of the same topic, another provider, another date (the same length of event)."""
    changes: dict[str, object] = {}
    topic = base.topic  # type: ignore[attr-defined]
    if base.course_title and rng.random() < 0.7:  # type: ignore[attr-defined]
        topic = rng.choice(sorted(VOCABULARY["titles"]))  # a layout family is not tied to one field
        changes["topic"] = topic
    titles = VOCABULARY["titles"].get(topic or "", [])
    if base.course_title and titles:  # type: ignore[attr-defined]
        changes["course_title"] = rng.choice(titles)
    if base.provider:  # type: ignore[attr-defined]
        changes["provider"] = organisation(rng, which)
    if base.participant:  # type: ignore[attr-defined]
        name = base.participant.split(",")[0]  # type: ignore[attr-defined]
        changes["participant"] = name + rng.choice(VOCABULARY["people"]["credentials"])
    if base.completion:  # type: ignore[attr-defined]
        completion = date(2019, 1, 1) + timedelta(days=rng.randrange(7 * 365))
        if base.start:  # type: ignore[attr-defined]
            # Range wordings ("June 3-5, 2025") print one month, so the event stays inside one.
            length = base.completion - base.start  # type: ignore[attr-defined]
            completion = completion.replace(day=max(completion.day, length.days + 1))
            changes["start"] = completion - length
        changes["completion"] = completion
    return changes


def variant(base: object, n: int, name: str) -> object:
    participant = base.participant  # type: ignore[attr-defined]
    if participant and "," in participant:
        name += "," + participant.split(",", 1)[1]
    changes: dict[str, object] = {"stem": f"{base.stem}-{n:04d}"}  # type: ignore[attr-defined]
    if participant:
        changes["participant"] = name
    if base.certificate_id:  # type: ignore[attr-defined]
        changes["certificate_id"] = f"{base.certificate_id}-{n:04d}"  # type: ignore[attr-defined]
    return dataclasses.replace(base, **changes)  # type: ignore[type-var]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("-n", type=int, default=200)
    parser.add_argument("--kind", choices=["text", "image", "all"],
                        help="default: text for the samples families, the usual mix for the held-out ones")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--families", choices=["samples", "heldout"], default="samples")
    parser.add_argument("--vary", action="store_true",
                        help="samples families: also vary titles, providers and dates (training data)")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    # Distinct people, so no two certificates have the same bytes (the importer would rightly call one a duplicate).
    which = "heldout" if args.families == "heldout" else "train"
    everyone = people(which)
    names = rng.sample(everyone, len(everyone)) * (args.n // len(everyone) + 1)
    args.outdir.mkdir(parents=True, exist_ok=True)
    if args.families == "heldout":
        write_heldout(args, names, rng)
        print(f"wrote {args.n} held-out family certificates to {args.outdir}")
        return 0
    args.kind = args.kind or "text"
    ms = load_module("make_samples")
    bases = [s for s in ms.SPECS if s.is_certificate and (
        args.kind == "all" or (s.output in IMAGE_OUTPUTS) == (args.kind == "image"))]
    for n in range(args.n):
        suffix = f" {n // len(everyone) + 1}" if n >= len(everyone) else ""
        spec = variant(bases[n % len(bases)], n, names[n] + suffix)
        if args.vary:
            spec = dataclasses.replace(spec, **vary_content(spec, rng, which))  # type: ignore[type-var]
        pdf, _drawn, pages = ms.build_pdf(spec)
        output = ms.OUTPUTS[spec.output]
        filename = spec.stem + output.suffix
        output.write(pdf, args.outdir / filename, random.Random(args.seed * 100_000 + n))
        record = ms.expected(spec, filename, pages)
        (args.outdir / f"{spec.stem}.expected.json").write_text(json.dumps(record, indent=2, ensure_ascii=False))
    print(f"wrote {args.n} certificates to {args.outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
