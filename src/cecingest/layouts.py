"""Layout memory: records from a certificate layout that no reviewer has confirmed yet are not accepted unseen.

Why: the confidence signals (rule scores, the model's agreement, OCR confidence) are calibrated on layout families
the rules were written for. On layouts nobody had written rules for, the same scores meant something else:
records accepted at 0.99 were right only about 3 times in 4 (README, "Measured"), and adding such readings to the
calibration data left no score high enough to accept anything. What a score cannot tell, a reviewer can: once
`trust_layout_after` records of a layout were accepted by a person unchanged, its later records may be accepted
on their scores; until then they wait, with the reason. A layout whose records reviewers had to correct stays
under review until corrections are rare (`MAX_CORRECTED_SHARE`).

A layout is the provider (as read) and the page's words that do not change from one certificate to the next:
words of three or more letters, without the participant's, the title's, the ids' and month names, and the credit
systems the record states. Two documents share a layout when their providers and credit systems match and those
words overlap by `SAME_LAYOUT` (Jaccard) or more.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass

from cecingest.models import CreditRecord, ExtractedDocument

SAME_LAYOUT = 0.7  # Jaccard overlap of two documents' layout words at which they are one layout
MAX_CORRECTED_SHARE = 0.05  # a layout stays trusted while fewer than 1 in 20 of its reviewed records needed a fix

_WORD = re.compile(r"[^\W\d_]{3,}")
_VARYING_FIELDS = ("participant", "course_title", "certificate_id", "license_number")
_MONTHS = frozenset((
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
))


def layout_words(document: ExtractedDocument, record: CreditRecord) -> frozenset[str]:
    """The document's words that stay the same across certificates of its layout (see the module)."""
    varying: set[str] = set(_MONTHS)
    for name in _VARYING_FIELDS:
        value = getattr(record.fields, name).value
        if isinstance(value, str):
            varying.update(_WORD.findall(value.casefold()))
    words = {w for page in document.pages for word in page.words for w in _WORD.findall(word.text.casefold())}
    credits = record.fields.credits.value or ()
    return frozenset(words - varying) | {f"{_UNIT_MARK}{c.unit}" for c in credits}


# A layout word naming a credit system the record states ("unit:CPE"): the same provider's certificate of one
# course in contact hours and of another in CPE credits share most words, not the rules that read them.
_UNIT_MARK = "unit:"


def _units(words: Iterable[str]) -> frozenset[str]:
    return frozenset(w for w in words if w.startswith(_UNIT_MARK))


def overlap(a: Iterable[str], b: Iterable[str]) -> float:
    """Jaccard similarity of two word sets (0 when both are empty)."""
    first, second = set(a), set(b)
    union = first | second
    return len(first & second) / len(union) if union else 0.0


def best_match(words: frozenset[str], known: Iterable[tuple[int, frozenset[str]]]) -> int | None:
    """The id of the known layout these words belong to, if any reaches SAME_LAYOUT."""
    best_id, best = None, SAME_LAYOUT
    units = _units(words)
    for layout_id, other in known:
        if _units(other) != units:
            continue  # another credit system: another template, whatever words the two share
        score = overlap(words, other)
        if score >= best:
            best_id, best = layout_id, score
    return best_id


@dataclass(frozen=True)
class LayoutTally:
    confirmed: int = 0  # records of the layout a reviewer accepted unchanged
    corrected: int = 0  # records of the layout a reviewer had to correct

    def is_trusted(self, needed: int) -> bool:
        reviewed = self.confirmed + self.corrected
        return self.confirmed >= needed and self.corrected <= MAX_CORRECTED_SHARE * reviewed


HELD_REASONS = ("new layout:", "layout not trusted:")  # how the reasons of held records begin (`cecingest stats`)


def hold_unconfirmed_layout(record: CreditRecord, tally: LayoutTally, needed: int) -> CreditRecord:
    """An accepted record of a layout reviewers have not yet confirmed goes to review instead, with the reason."""
    if needed <= 0 or record.status != "accepted" or tally.is_trusted(needed):
        return record
    if tally.corrected:
        reason = (f"layout not trusted: reviewers corrected {tally.corrected} of its "
                  f"{tally.confirmed + tally.corrected} reviewed records")
    else:
        reason = (f"new layout: {tally.confirmed} of {needed} records confirmed by a reviewer "
                  f"(trust_layout_after)")
    return dataclasses.replace(record, status="needs_review", review_reasons=(*record.review_reasons, reason))


@dataclass
class LayoutMemory:
    """Layouts and their tallies in memory: what the store keeps, for `cecingest eval --trust-layout-after`, which
    plays a reviewer who confirms every right record and corrects every wrong one."""

    layouts: dict[int, tuple[str, frozenset[str]]] = dataclasses.field(default_factory=dict)
    tallies: dict[int, LayoutTally] = dataclasses.field(default_factory=dict)

    def layout_of(self, provider_key: str, words: frozenset[str]) -> int:
        known = ((i, w) for i, (p, w) in self.layouts.items() if p == provider_key)
        found = best_match(words, known)
        if found is None:
            found = len(self.layouts) + 1
            self.layouts[found] = (provider_key, words)
        return found

    def tally(self, layout_id: int) -> LayoutTally:
        return self.tallies.get(layout_id, LayoutTally())

    def reviewed(self, layout_id: int, right: bool) -> None:
        t = self.tally(layout_id)
        self.tallies[layout_id] = LayoutTally(t.confirmed + right, t.corrected + (not right))
