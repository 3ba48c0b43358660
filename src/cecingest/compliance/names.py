"""Is the name on a certificate the name of the person it is filed under?

Names are compared after taking away what varies between certificates of one person: case, accents,
punctuation, honorifics ("Dr."), credentials after a comma or at the end ("Maria L. Santos, RN, BSN",
"Jane Doe RN"), generational suffixes, and "Surname, Given" order. Then:

- `same`: surnames equal and the given names compatible: each given name present on both sides is equal or one
  is the other's initial ("J." for "Jane"), and a middle name may be missing on either side
  ("Maria Santos" = "Maria L. Santos" = "M. L. Santos").
- `conflict`: surnames equal but a given name differs ("Mario Santos" for "Maria Santos"): the certificate is
  filed under the person, but waits for a person to confirm it (`cecingest people link`).
- `different`: anything else.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

Match = Literal["same", "conflict", "different"]

HONORIFICS = frozenset({"dr", "mr", "mrs", "ms", "miss", "mx", "prof", "rev", "sir", "dame"})
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Credentials that may stand after a name without a comma ("Jane Doe RN"); after a comma anything short counts.
CREDENTIALS = frozenset({
    "rn", "bsn", "msn", "lpn", "lvn", "aprn", "np", "fnp", "crna", "cna", "dnp", "cwcn", "ccrn", "cne",
    "md", "do", "pa", "phd", "pharmd", "rph", "dds", "dmd", "dvm", "od", "pt", "dpt", "ot", "slp",
    "lcsw", "lmsw", "lpc", "lmft", "lmhc", "psyd", "lmt", "cpa", "cma", "cia", "cisa", "cissp", "pmp", "pe",
    "esq", "jd", "mba", "ms", "ma", "med", "edd", "bs", "ba", "cpt", "cscs", "acsm",
})


@dataclass(frozen=True)
class PersonName:
    given: tuple[str, ...]  # first and middle names (or initials), lower case, ascii
    surname: str

    @property
    def key(self) -> str:
        """A stable lookup key: 'maria l santos'."""
        return " ".join((*self.given, self.surname))

    def display(self) -> str:
        return " ".join(t if len(t) > 1 else f"{t}." for t in (*self.given, self.surname)).title()


def _tokens(text: str) -> list[str]:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
    ascii_text = ascii_text.replace("'", "").replace(".", ". ")  # "J.Q." -> "J. Q."; "O'Neil" -> "oneil"
    return [t.strip("-") for t in re.split(r"[^a-z0-9-]+", ascii_text) if t.strip("-")]


def _known_credentials(part: str) -> bool:
    words = _tokens(part.replace(".", ""))
    return bool(words) and all(w in CREDENTIALS or w in SUFFIXES for w in words)


def parse_name(text: str | None) -> PersonName | None:
    """The parts of a printed name, or None when there is no name in it. What follows a comma is credentials,
    unless the name before it is one word and what follows is no known credential ("Santos, Maria L.")."""
    parts = [p for p in (text or "").split(",") if p.strip()]
    if not parts:
        return None
    head = parts[0]
    if len(parts) > 1 and len(_tokens(head)) == 1 and not _known_credentials(parts[1]):
        head = f"{parts[1]} {head}"
    words = _tokens(head)
    while words and words[0] in HONORIFICS:
        words = words[1:]
    while len(words) > 2 and (words[-1] in CREDENTIALS or words[-1] in SUFFIXES):
        words = words[:-1]
    if not words:
        return None
    return PersonName(tuple(words[:-1]), words[-1])


def _given_compatible(a: str, b: str) -> bool:
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def compare(a: PersonName | None, b: PersonName | None) -> Match:
    if a is None or b is None or a.surname != b.surname:
        return "different"
    if not a.given or not b.given:
        return "same" if a.given == b.given else "conflict"
    if not _given_compatible(a.given[0], b.given[0]):
        return "conflict"
    middles_a, middles_b = a.given[1:], b.given[1:]
    for x, y in zip(middles_a, middles_b, strict=False):
        if not _given_compatible(x, y):
            return "conflict"
    return "same"


def compare_names(printed: str | None, person: str | None) -> Match:
    return compare(parse_name(printed), parse_name(person))


def name_key(text: str | None) -> str | None:
    parsed = parse_name(text)
    return parsed.key if parsed else None


def licence_key(text: str | None) -> str | None:
    """Licence numbers compared without case, spaces and punctuation ('RN-123 456' = 'rn123456')."""
    if not text:
        return None
    return re.sub(r"[^A-Z0-9]", "", text.upper()) or None
