"""A certificate captured from a web page: the page around it names other things than the provider. Navigation
and footer links are page chrome; a strip of logos under "Sponsored by" or "Our partners" names other
organisations; a copyright line names the page's owner."""

from __future__ import annotations

import re
from collections.abc import Sequence

from cecingest.knowledge import Knowledge
from cecingest.models import Line
from cecingest.parse.labels import phrase_regex

STRIP_DEPTH_EMS = 6.0  # a logo strip's marks and names stand within this many heading sizes under its heading
CHROME_SHARE = 0.6  # of a part's words that are site words for the part to be page chrome

_SEPARATORS = re.compile(r"\s[·|•›»>]\s|\s[-–—]\s")
# "© 2024 Acme Health. All rights reserved.": the holder between the mark (and year) and the full stop.
_COPYRIGHT = re.compile(r"^\W*(?:©|\(c\)|copyright\b)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?", re.IGNORECASE)
_RIGHTS = re.compile(r"\.?\s*all rights reserved.*$", re.IGNORECASE)


def without_logo_strips(lines: Sequence[Line], kn: Knowledge, org: re.Pattern[str]) -> list[Line]:
    """The lines without any logo strip: a strip heading alone on its line and the logos and organisation names
    under it, several side by side (one name alone under "Sponsored by" may well be the provider)."""
    headings = frozenset(kn.words("provider", "strip_headings"))
    dropped: set[int] = set()
    for line in lines:
        if line.text.lower().strip(" :") not in headings:
            continue
        under = [ln for ln in lines if _under_heading(ln, line)]
        several = any(_side_by_side(a, b) for i, a in enumerate(under) for b in under[i + 1:])
        if several and any(org.search(ln.text) for ln in under):
            dropped.update(id(w) for ln in (line, *under) for w in ln.words)
    return [ln for ln in lines if not any(id(w) in dropped for w in ln.words)]


def _under_heading(line: Line, heading: Line) -> bool:
    """A short line just under the heading, a logo's name: not a field ("Date: May 5, 2024") of another column."""
    gap = line.bbox[1] - heading.bbox[3]
    return (line.page == heading.page and 0 <= gap <= STRIP_DEPTH_EMS * heading.size and len(line.words) <= 8
            and line.bbox[2] > heading.bbox[0] - 2 * heading.size and ":" not in line.text)


def _side_by_side(a: Line, b: Line) -> bool:
    return abs(a.bbox[1] - b.bbox[1]) < 0.5 * max(a.size, b.size) and (a.bbox[2] < b.bbox[0] or b.bbox[2] < a.bbox[0])


def name_part(text: str, kn: Knowledge) -> str:
    """The part of a line that may name an organisation: without a copyright mark and year before it or "All
    rights reserved" after it, and the first part (between separators) that is not page chrome; nothing when
    every part is."""
    text = _RIGHTS.sub("", _COPYRIGHT.sub("", text)).strip()
    parts = [p.strip() for p in _SEPARATORS.split(text) if p.strip()]
    return next((part for part in parts if not is_chrome(part, kn)), "")


def is_chrome(text: str, kn: Knowledge) -> bool:
    """'About  Help Center  Privacy  Terms', 'Home > My Courses': navigation or footer links. A part with an
    organisation word ("Community Health Resources") names an organisation, whatever site words it uses."""
    words = text.split()
    site = phrase_regex(kn.words("provider", "site_words"))
    if not words or phrase_regex(kn.words("provider", "org_words")).search(site.sub(" ", text)):
        return False  # an organisation word outside the links ("Help Center" is a link)
    covered = sum(len(m.group().split()) for m in site.finditer(text))
    return covered >= max(1.0, CHROME_SHARE * len(words))


def has_copyright(text: str) -> bool:
    return bool(_COPYRIGHT.match(text))
