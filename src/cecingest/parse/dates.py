"""Dates: find every date on the certificate, then pick the completion (and start) date by the words around it."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from cecingest.knowledge import Knowledge
from cecingest.models import Field, Line
from cecingest.parse.labels import find_labeled, phrase_regex
from cecingest.parse.layout import continues

Kind = Literal["done", "completion", "issued", "exclude", "plain"]

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
    "nov": 11, "dec": 12,
}
_M = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?" \
     r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_D = r"\d{1,2}(?:st|nd|rd|th)?"
_Y = r"(?:19|20)\d{2}"
_ORDINALS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth",
    "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first",
)
_ORDINAL_WORDS = {word: day for day, word in enumerate(_ORDINALS, start=1)}
_DW = "(?:" + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True)) + ")"
_SEP = r"\s*(?:-|–|—|to|through|thru|until)\s*"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"

# Ordered: ranges before single dates, so "June 3-5, 2025" is read whole.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(rx, re.IGNORECASE)) for name, rx in (
        ("numeric-range", r"\b(?P<a1>\d{1,2})[/.-](?P<b1>\d{1,2})[/.-](?P<y1>(?:19|20)\d{2})"
                          rf"{_SEP}(?P<a>\d{{1,2}})[/.-](?P<b>\d{{1,2}})[/.-](?P<y>(?:19|20)\d{{2}})\b"),
        # "April 8 11, 2021": OCR loses a thin dash between two days; two days side by side are a range.
        ("mdy-range",
         rf"\b(?P<m1>{_M})\s+(?P<d1>{_D})(?:{_SEP}|\s+)(?:(?P<m2>{_M})\s+)?(?P<d2>{_D}),?\s+(?P<y>{_Y})\b"),
        ("dmy-range", rf"\b(?P<d1>{_D})(?:\s+(?P<m1>{_M}))?{_SEP}(?P<d2>{_D})\s+(?P<m2>{_M}),?\s+(?P<y>{_Y})\b"),
        # "February 8,2019": OCR may lose the space after the comma.
        ("mdy", rf"\b{_WEEKDAY}(?P<m>{_M})\s+(?P<d>{_D})(?:,\s*|\s+)(?P<y>{_Y})\b"),
        ("dmy", rf"\b(?P<d>{_D})(?:\s+day\s+of|[\s-])\s*(?P<m>{_M})[\s,-]+(?P<y>{_Y})\b"),
        # "the fourteenth day of September 2019", "the fourteenth of March, 2025"
        ("words", rf"\b(?P<d>{_DW})(?:\s+day)?\s+of\s+(?P<m>{_M}),?\s+(?:in\s+the\s+year\s+)?(?P<y>{_Y})\b"),
        ("iso", r"\b(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b"),
        ("numeric", r"\b(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<y>(?:19|20)\d{2}|\d{2})\b"),
    )
)


@dataclass(frozen=True)
class DateCandidate:
    end: dt.date
    start: dt.date | None
    kind: Kind
    ambiguous: bool
    line: Line


def _month(text: str) -> int:
    return _MONTHS[text.lower().rstrip(".")[:3]]


def _day(text: str) -> int:
    word = text.lower()
    return _ORDINAL_WORDS[word] if word in _ORDINAL_WORDS else int(re.sub(r"\D", "", text))


def _numeric(a: int, b: int, year: int, order: str) -> tuple[dt.date, bool]:
    """A numeric date; ambiguous when both of the first two parts could be the month."""
    ambiguous = a <= 12 and b <= 12 and a != b
    month, day = (b, a) if (order == "DMY" or a > 12) else (a, b)
    return dt.date(year, month, day), ambiguous


def _dates_in(match: re.Match[str], name: str, order: str) -> tuple[dt.date | None, dt.date, bool]:
    g = match.groupdict()
    year = int(g["y"])
    if name == "numeric-range":
        start, ambiguous_start = _numeric(int(g["a1"]), int(g["b1"]), int(g["y1"]), order)
        end, ambiguous_end = _numeric(int(g["a"]), int(g["b"]), year, order)
        return start, end, ambiguous_start or ambiguous_end
    if name.endswith("range"):
        m2 = _month(g["m2"] or g["m1"])
        m1 = _month(g["m1"] or g["m2"])
        return dt.date(year, m1, _day(g["d1"])), dt.date(year, m2, _day(g["d2"])), False
    if name == "numeric":
        year = year + 2000 if year < 100 else year
        date, ambiguous = _numeric(int(g["a"]), int(g["b"]), year, order)
        return None, date, ambiguous
    month = int(g["m"]) if g["m"].isdigit() else _month(g["m"])
    return None, dt.date(year, month, _day(g["d"])), False


def find_dates(text: str, order: str) -> list[tuple[int, dt.date | None, dt.date, bool]]:
    """(position, start, end, ambiguous) for every date in the text, without overlaps."""
    found: list[tuple[int, dt.date | None, dt.date, bool]] = []
    taken: list[tuple[int, int]] = []
    for name, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if any(match.start() < e and s < match.end() for s, e in taken):
                continue
            try:
                start, end, ambiguous = _dates_in(match, name, order)
            except (ValueError, KeyError):
                continue  # "13/45/2024" and other impossible dates
            if start is not None and start > end:
                continue
            taken.append((match.start(), match.end()))
            found.append((match.start(), start, end, ambiguous))
    return sorted(found, key=lambda f: f[0])


@functools.cache
def _context_patterns(kn: Knowledge) -> tuple[tuple[Kind, re.Pattern[str]], ...]:
    return (
        ("exclude", phrase_regex(kn.words("completion_date", "exclude"))),
        ("issued", phrase_regex(kn.words("completion_date", "issued"))),
        ("completion", phrase_regex(kn.words("completion_date", "labels"))),
    )


# "... completed the course on March 3, 2025": a verb of taking part, then "on" right before the date.
_DONE_ON = re.compile(r"\b(?:completed|attended|held|offered|presented|conducted|took\s+place|participated|finished)"
                      r"\b[^.;]{0,100}\bon\s*$|\b(?:held|took\s+place)\s*$", re.IGNORECASE)


def _kind(prefix: str, kn: Knowledge) -> Kind:
    """What the words just before a date say it is; the nearest phrase wins."""
    if _DONE_ON.search(prefix[-130:]):
        return "done"
    best: tuple[int, Kind] = (-1, "plain")
    for kind, pattern in _context_patterns(kn):
        for match in pattern.finditer(prefix[-60:]):
            if match.end() > best[0]:
                best = (match.end(), kind)
    return best[1]


def date_candidates(lines: Sequence[Line], kn: Knowledge, order: str) -> list[DateCandidate]:
    out: list[DateCandidate] = []
    for i, line in enumerate(lines):
        for pos, start, end, ambiguous in find_dates(_with_wrapped_year(lines, i), order):
            if pos >= len(line.text):
                continue
            prefix = line.text[:pos]
            if not prefix.strip() and i > 0 and lines[i - 1].page == line.page:
                prefix = lines[i - 1].text  # a label on the line above ("Date of completion" / "March 3, 2025")
            elif i > 0 and continues(lines[i - 1], line):
                prefix = f"{lines[i - 1].text} {prefix}"  # "... offered by Acme" / "Association on Jan 26, 2019"
            out.append(DateCandidate(end, start, _kind(prefix, kn), ambiguous, line))
    return out


def _with_wrapped_year(lines: Sequence[Line], i: int) -> str:
    """A sentence may wrap inside its date ("... on January 2," / "2022. Acme awards ..."): the line, plus the
    start of the next when that carries the sentence on."""
    line = lines[i]
    following = lines[i + 1] if i + 1 < len(lines) else None
    if following is None or not continues(line, following):
        return line.text
    return f"{line.text} {' '.join(following.text.split()[:3])}"


@functools.cache
def _date_parser(order: str) -> Any:
    """dateparser is slow to import and to build; only certificates our patterns cannot read need it."""
    import dateparser

    settings = {"DATE_ORDER": order, "PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month", "year"]}
    return dateparser.DateDataParser(languages=["en", "fr", "es", "de"], settings=settings)


def labeled_dates_by_dateparser(lines: Sequence[Line], kn: Knowledge, order: str) -> list[DateCandidate]:
    """Dates in other wordings and languages ("le 12 mai 2021"), after a completion label only."""
    out = []
    for hit in find_labeled(lines, kn.words("completion_date", "labels")):
        parsed = _date_parser(order).get_date_data(hit.value[:60])
        if parsed.date_obj is not None and 1900 < parsed.date_obj.year < 2100:
            out.append(DateCandidate(parsed.date_obj.date(), None, "completion", False, hit.value_line))
    return out


def parse_dates(lines: Sequence[Line], kn: Knowledge, order: str) -> tuple[Field[dt.date], Field[dt.date]]:
    """(completion_date, start_date)."""
    candidates = [c for c in date_candidates(lines, kn, order) if c.kind != "exclude"]
    if not candidates:
        candidates = labeled_dates_by_dateparser(lines, kn, order)
    if not candidates:
        return Field.absent(0.0, "no completion date found"), Field.absent(1.0)
    chosen, confidence, note = _choose(candidates)
    factor = chosen.line.ocr_factor
    if chosen.ambiguous:
        confidence *= 0.75
        note = f"numeric date could be day-first or month-first; read as {order}"
    evidence = chosen.line.evidence
    completion = Field(chosen.end, round(confidence * factor, 3), evidence, note)
    start: Field[dt.date] = (
        Field(chosen.start, round(confidence * factor, 3), evidence) if chosen.start else Field.absent(1.0)
    )
    return completion, start


def _choose(candidates: list[DateCandidate]) -> tuple[DateCandidate, float, str]:
    for kinds, confidence in ((("done", "completion"), 0.93), (("plain",), 0.85), (("issued",), 0.75)):
        of_kind = [c for c in candidates if c.kind in kinds]
        if not of_kind:
            continue
        distinct = {(c.start, c.end) for c in of_kind}
        if len(distinct) == 1:
            return of_kind[0], confidence, ""
        # A sentence that says the course was completed on a date outranks a bare "Date:" label (the date an
        # e-mail was sent, a form was filled); among equals, a range is the event's own date.
        chosen = min(of_kind, key=lambda c: (c.kind != "done", c.start is None))
        return chosen, confidence * 0.7, f"{len(distinct)} different dates compete"
    raise AssertionError("unreachable: candidates is not empty")
