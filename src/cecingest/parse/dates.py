"""Dates: find every date on the certificate, then pick the completion (and start) date by the words around it."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

from cecingest.knowledge import Knowledge
from cecingest.models import Field, Line
from cecingest.parse.labelgram import vetoed_date_label
from cecingest.parse.labels import find_labeled, phrase_regex
from cecingest.parse.layout import continues

Kind = Literal["done", "completion", "issued", "exclude", "start", "plain", "window"]

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
    "nov": 11, "dec": 12,
}
# French month names whose first three letters do not say the month ("le 3 mars 2025", "1er juillet 2024").
_FRENCH_MONTHS = {
    "janv": 1, "janvier": 1, "fév": 2, "fev": 2, "févr": 2, "fevr": 2, "février": 2, "fevrier": 2, "mars": 3,
    "avr": 4, "avril": 4, "mai": 5, "juin": 6, "juil": 7, "juillet": 7, "août": 8, "aout": 8, "sept": 9,
    "septembre": 9, "octobre": 10, "novembre": 11, "déc": 12, "décembre": 12, "decembre": 12,
}
_M = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?" \
     r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?" \
     r"|janv(?:ier)?|f[ée]vr?(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[uû]t|septembre|octobre|novembre" \
     r"|d[ée]c(?:embre)?)\.?"
_D = r"\d{1,2}(?:st|nd|rd|th|er)?"
# Between the days of one month listed one by one ("March 3, 4 & 5, 2025", "3 and 4 March 2025").
_AND = r"\s*(?:,\s*and|,\s*&|,|&|and)\s*"
# The last two days of a list are joined by "and" or "&": "Mar 29, Apr 2, 2019" is two dates (a table's columns
# run together), not a series.
_LAST_AND = r"\s*(?:,\s*and|,\s*&|&|and)\s*"
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
# "Tuesday, March 5", "Tue 5 Mar", "Thu., Mar 7": a weekday, whole or cut short, may open a date.
_WEEKDAY = r"(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+)?"

# Ordered: ranges before single dates, so "June 3-5, 2025" is read whole.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(rx, re.IGNORECASE)) for name, rx in (
        ("numeric-range", r"\b(?P<a1>\d{1,2})[/.-](?P<b1>\d{1,2})[/.-](?P<y1>(?:19|20)\d{2})"
                          rf"{_SEP}(?P<a>\d{{1,2}})[/.-](?P<b>\d{{1,2}})[/.-](?P<y>(?:19|20)\d{{2}})\b"),
        # "03/03-03/05/2025", "3/3 - 3/5/2025": the first day without its year, which the last day gives.
        ("numeric-range", r"\b(?P<a1>\d{1,2})/(?P<b1>\d{1,2})\s*(?:-|–|—|to|through|thru)\s*"
                          r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d{2})\b"),
        # "April 8 11, 2021": OCR loses a thin dash between two days; two days side by side are a range. It may
        # lose the space after the comma too ("December 6-7,2024").
        ("mdy-range",
         rf"\b(?P<m1>{_M})\s+(?P<d1>{_D})(?:{_SEP}|\s+){_WEEKDAY}(?:(?P<m2>{_M})\s+)?(?P<d2>{_D})(?:,\s*|\s+)"
         rf"(?P<y>{_Y})\b"),
        ("dmy-range", rf"\b(?P<d1>{_D})(?:\s+(?P<m1>{_M}))?{_SEP}(?P<d2>{_D})\s+(?P<m2>{_M})(?:,\s*|\s+)"
                      rf"(?P<y>{_Y})\b"),
        # "March 3 and 4, 2025", "March 3, 4 & 5, 2025": the listed days of one event, its first and last.
        # "March 3, March 10 and March 17, 2025": a series' meetings, each with its month.
        ("mdy-list", rf"\b(?P<m1>{_M})\s+(?P<d1>{_D})(?:{_AND}(?:{_M}\s+)?{_D})*{_LAST_AND}(?:(?P<m2>{_M})\s+)?"
                     rf"(?P<d2>{_D}),?\s+(?P<y>{_Y})\b"),
        ("dmy-list", rf"\b(?P<d1>{_D})(?:{_AND}{_D})*{_LAST_AND}(?P<d2>{_D})\s+(?P<m1>{_M}),?\s+(?P<y>{_Y})\b"),
        # "February 8,2019": OCR may lose the space after the comma.
        # "Mar-05-2024" as well: some systems print the month's name in a numeric layout.
        ("mdy", rf"\b{_WEEKDAY}(?P<m>{_M})(?:\s+|-)(?P<d>{_D})(?:,\s*|\s+|-)(?P<y>{_Y})\b"),
        # "23.February 2022": OCR may read a speck between the day and the month's name as a full stop.
        # "the 3rd day of March in the year 2025": a formal certificate's words before the year.
        ("dmy", rf"\b(?P<d>{_D})(?:\s+(?:day\s+)?of|[\s.-])\s*(?P<m>{_M})(?:,?\s+in\s+the\s+year\s+|[\s,-]+)"
                rf"(?P<y>{_Y})\b"),
        # "5-Mar-24": a two-digit year only where hyphens bind the three parts (a bare "March 5, 24" is hours).
        ("dmy-short", rf"\b(?P<d>\d{{1,2}})-(?P<m>{_M})-(?P<y>\d{{2}})\b"),
        ("ymd-words", rf"\b(?P<y>{_Y})\s+(?P<m>{_M})\s+(?P<d>\d{{1,2}})\b"),  # "2024 March 5"
        # "the fourteenth day of September 2019", "the fourteenth of March, 2025"
        ("words", rf"\b(?P<d>{_DW})(?:\s+day)?\s+of\s+(?P<m>{_M}),?\s+(?:in\s+the\s+year\s+)?(?P<y>{_Y})\b"),
        # "2024-03-05", "2024/03/05", "2024.03.05", and a timestamp's date ("2024-03-05T14:22:00Z").
        ("iso", r"\b(?P<y>(?:19|20)\d{2})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?!\d)"),
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
    label: str = ""  # the words that said what the date is ("date of completion", "date"), lower case


def _month(text: str) -> int:
    word = text.lower().rstrip(".")
    return _FRENCH_MONTHS.get(word) or _MONTHS[word[:3]]


def _day(text: str) -> int:
    word = text.lower()
    return _ORDINAL_WORDS[word] if word in _ORDINAL_WORDS else int(re.sub(r"\D", "", text))


def _numeric(a: int, b: int, year: int, order: str) -> tuple[dt.date, bool]:
    """A numeric date; ambiguous when both of the first two parts could be the month."""
    ambiguous = a <= 12 and b <= 12 and a != b
    month, day = (b, a) if (order == "DMY" or a > 12) else (a, b)
    return dt.date(year, month, day), ambiguous


def _dates_in(match: re.Match[str], name: str, order: str, dated: re.Pattern[str] | None = None
              ) -> tuple[dt.date | None, dt.date, bool]:
    g = match.groupdict()
    year = int(g["y"])
    year = year + 2000 if year < 100 else year
    if "." in match.group(0) and name.startswith("numeric"):
        order = "DMY"  # "05.03.2024": dots are the day-first (European) way of writing a date
    if name == "numeric-range":
        if g.get("y1") is None and _padding_differs((g["a1"], g["b1"]), (g["a"], g["b"])) \
                and not (dated and dated.search(match.string, 0, match.start())):
            # One system writes both ends of a range alike ("03/03-03/05/2025", "3/3 - 3/5/2025", "9/30 - 10/2/2025");
            # "3/3" before "03/05/2025" is something else, a count ("Lessons: 3/3 - 03/05/2025"): the date stands alone.
            # Behind a label of dates ("Dates: 6/29 - 07/01/2025") it is the first day, however it is padded.
            raise ValueError("not one range")
        start, ambiguous_start = _numeric(int(g["a1"]), int(g["b1"]), int(g.get("y1") or year), order)
        end, ambiguous_end = _numeric(int(g["a"]), int(g["b"]), year, order)
        return start, end, ambiguous_start or ambiguous_end
    if name.endswith(("range", "list")):
        months = [m for m in (g["m1"], g.get("m2")) if m]  # "3-5 March": one month for both days
        m1, m2 = _month(months[0]), _month(months[-1])
        return dt.date(year, m1, _day(g["d1"])), dt.date(year, m2, _day(g["d2"])), False
    if name == "numeric":
        date, ambiguous = _numeric(int(g["a"]), int(g["b"]), year, order)
        return None, date, ambiguous
    month = int(g["m"]) if g["m"].isdigit() else _month(g["m"])
    return None, dt.date(year, month, _day(g["d"])), False


def _padding_differs(first: tuple[str, str], last: tuple[str, str]) -> bool:
    """Whether one end pads a number with a zero ("03") where the other leaves it one bare digit ("3")."""
    def padded(part: str) -> bool:
        return len(part) == 2 and part.startswith("0")

    return any((padded(a) and len(b) == 1) or (len(a) == 1 and padded(b)) for a, b in zip(first, last, strict=True))


@dataclass(frozen=True)
class _Found:
    pos: int
    stop: int  # where the date's text ends
    start: dt.date | None
    end: dt.date
    ambiguous: bool


def find_dates(text: str, order: str) -> list[tuple[int, dt.date | None, dt.date, bool]]:
    """(position, start, end, ambiguous) for every date in the text, without overlaps."""
    return [(f.pos, f.start, f.end, f.ambiguous) for f in _find(text, order)]


def _find(text: str, order: str, dated: re.Pattern[str] | None = None) -> list[_Found]:
    """Every date in the text; `dated` matches the end of a label that says what follows is dates."""
    if not _DIGIT.search(text):
        return []  # every form has a digit, the year's at least; most lines have none
    found: list[_Found] = []
    for name, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if any(match.start() < f.stop and f.pos < match.end() for f in found):
                continue
            try:
                start, end, ambiguous = _dates_in(match, name, order, dated)
            except (ValueError, KeyError):
                continue  # "13/45/2024" and other impossible dates
            if start is not None and start > end:
                continue
            found.append(_Found(match.start(), match.end(), start, end, ambiguous))
    return _join_ranges(text, sorted(found, key=lambda f: f.pos))


_DIGIT = re.compile(r"\d")

# Between the two whole dates of a range: "March 3, 2024 - March 5, 2024", "2024-03-03 to 2024-03-05".
_BETWEEN = re.compile(rf"^{_SEP}$", re.IGNORECASE)


def _join_ranges(text: str, found: list[_Found]) -> list[_Found]:
    """Two whole dates joined only by a dash or "to" are one range (the event's first and last day), whichever
    way each is written and even across a year's end."""
    out: list[_Found] = []
    for f in found:
        prev = out[-1] if out else None
        if (prev is not None and prev.start is None and f.start is None and prev.end < f.end
                and _BETWEEN.match(text[prev.stop:f.pos])):
            out[-1] = _Found(prev.pos, f.stop, prev.end, f.end, prev.ambiguous or f.ambiguous)
        else:
            out.append(f)
    return out


@functools.cache
def _context_patterns(kn: Knowledge) -> tuple[tuple[Kind, re.Pattern[str]], ...]:
    return (
        ("exclude", phrase_regex(kn.words("completion_date", "exclude"))),
        ("issued", phrase_regex(kn.words("completion_date", "issued"))),
        ("start", phrase_regex(kn.words("completion_date", "start"))),
        ("completion", phrase_regex(kn.words("completion_date", "labels"))),
    )


def _alternation(phrases: tuple[str, ...]) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)


@functools.cache
def _done_pattern(kn: Knowledge) -> re.Pattern[str]:
    """ "... completed the course on March 3, 2025": a verb of taking part, then "on" (or "on the") right before
    the date; or a verb that takes the date at once ("held March 3-5"). A decimal point ("earned 2.5 CPE on")
    does not end the sentence."""
    verbs = _alternation(kn.words("completion_date", "done_verbs"))
    direct = _alternation(kn.words("completion_date", "done_direct"))
    return re.compile(rf"\b(?:{verbs})\b(?:[^.;]|\.(?=\d)){{0,100}}\bon(?:\s+(?:the|this))?\s*$"
                      rf"|\b(?:{direct})\s*(?:on\s*)?$", re.IGNORECASE)


def _kind(prefix: str, kn: Knowledge) -> tuple[Kind, str]:
    """What the words just before a date say it is (the nearest phrase wins), and that phrase."""
    tail = prefix[-130:]
    done = _done_pattern(kn).search(tail)
    # "Credit earned for this activity expires on ...": a date word after the verb, or one word right before it
    # ("originally presented live on ..."), says what the date is.
    said = re.split(r"[.;]", tail[max(0, done.start() - 12):done.start()])[-1] + done.group(0) if done else ""
    if done is not None and not any(kind in ("exclude", "issued") and pattern.search(said)
                                    for kind, pattern in _context_patterns(kn)):
        return "done", ""
    best: tuple[int, Kind, str] = (-1, "plain", "")
    near = prefix[-60:]
    for kind, pattern in _context_patterns(kn):
        for match in pattern.finditer(near):
            if match.end() > best[0]:
                best = (match.end(), kind, match.group(0).lower())
    if best[1] in ("completion", "plain") and vetoed_date_label(prefix[-80:], kn):
        return "exclude", best[2]  # "Hire Date: 01/05/2019", a label no list knows, read by its words
    if best[1] == "completion" and _WINDOW.match(near[best[0]:]):
        # "Completion date between Jan 1 and Dec 31": a report's filter, a window; used only when no other date is
        # printed ("Completed between May 1 and May 3, 2025": a multi-day activity's days).
        return "window", best[2]
    return best[1], best[2]


# A label's dates given as the bounds of a window ("between X and Y"), not as the day something happened.
_WINDOW = re.compile(r"\W*between\b(?:\s*$|.{1,40}\band\s*$)", re.IGNORECASE)


@functools.cache
def _dates_label(kn: Knowledge) -> re.Pattern[str]:
    """A label of dates right before a range ("Dates:", "Held", "Session dates:")."""
    return re.compile(rf"\b(?:{_alternation(kn.words('completion_date', 'range_labels'))})\s*:?\s*$", re.IGNORECASE)


def date_candidates(lines: Sequence[Line], kn: Knowledge, order: str) -> list[DateCandidate]:
    out: list[DateCandidate] = []
    for i, line in enumerate(lines):
        stop = 0  # where the previous date on this line ended
        for found in _find(_with_wrapped_year(lines, i), order, _dates_label(kn)):
            if found.pos >= len(line.text):
                continue
            prefix = _own_words(line.text, stop, found.pos)
            stop = found.stop
            if not prefix.strip() and i > 0 and lines[i - 1].page == line.page:
                prefix = lines[i - 1].text  # a label on the line above ("Date of completion" / "March 3, 2025")
            elif i > 0 and continues(lines[i - 1], line):
                prefix = f"{lines[i - 1].text} {prefix}"  # "... offered by Acme" / "Association on Jan 26, 2019"
            elif _LINK.fullmatch(prefix):
                prefix = f"{_lines_above(lines, i)} {prefix}"  # "has completed" / "<Title>" / "on March 3, 2025"
            kind, label = _kind(prefix, kn)
            if label in kn.words("completion_date", "generic") and _in_letter_header(lines, i, kn):
                kind = "issued"  # "Date:" among "To:", "From:", "Subject:": the day a memo or e-mail was sent
            elif kind == "plain" and (_letter_date(lines, i, found, kn) or _page_stamp(lines, i)):
                kind = "issued"
            if kind == "completion" and label in kn.words("completion_date", "generic") \
                    and _beside_signatory(lines, i, found.pos, kn):
                kind = "issued"  # "Jane Roe, Director   Date: 03/10/2025": the day someone signed the page
            out.append(DateCandidate(found.end, found.start, kind, found.ambiguous, line, label))
    return out


@functools.cache
def _roles(kn: Knowledge) -> re.Pattern[str]:
    return phrase_regex(kn.words("signatory", "roles"))


def _beside_signatory(lines: Sequence[Line], i: int, pos: int, kn: Knowledge) -> bool:
    """A bare "Date:" after a signatory on its line ("Signature: ____  Date:", "Jane Roe, Director  Date:") or
    right under one ("Jane Roe, Director" / "Date: 03/10/2025") is the day that person signed. A role that is a
    field's label with a name after it ("Instructor: Dr. Ann Lee" / "Date: 03/03/2025") says who taught: the
    form's date beside it is the activity's."""
    if _signs(lines[i].text[:pos], kn):
        return True
    if i == 0 or lines[i - 1].page != lines[i].page:
        return False
    above = lines[i - 1].text
    # Only the role itself: the label of "Signed: Jane Roe", the title after "Jane Roe, Director"; never a
    # course title that holds a role word ("Program: Nurse Manager Leadership").
    if ":" in above:
        label, value = above.split(":", 1)
        return _roles(kn).search(label) is not None and _signs(f"{label.strip()}:{value}", kn)
    return "," in above and _roles(kn).search(above.split(",", 1)[1]) is not None


def _signs(text: str, kn: Knowledge) -> bool:
    """Whether the text names someone who signs: a role word, not as the label of a field naming who taught."""
    for match in _roles(kn).finditer(text):
        labels_a_name = re.match(r"\s*:\s*[^\W\d_]", text[match.end():]) is not None
        if not labels_a_name or match.group(0).lower() in kn.words("signatory", "signing"):
            return True
    return False


# A line that opens with only "on" before its date carries on the sentence of the lines above, whatever their
# font: a certificate's "has completed" / "<title in large print>" / "on March 3, 2025".
_LINK = re.compile(r"\W*on(?:\s+(?:the|this))?\s*", re.IGNORECASE)


def _lines_above(lines: Sequence[Line], i: int) -> str:
    """The text of up to three lines above line i on its page (a sentence's verb and the title after it)."""
    return " ".join(ln.text for ln in lines[max(0, i - 3):i] if ln.page == lines[i].page)


def _letter_date(lines: Sequence[Line], i: int, found: _Found, kn: Knowledge) -> bool:
    """A date alone on its line above a letter's salutation ("Dear ...", "To whom it may concern") is the day
    the letter was written, not the day of the activity it confirms."""
    if lines[i].text.strip(" ,.") != lines[i].text[found.pos:found.stop].strip(" ,."):
        return False
    greeting = phrase_regex(kn.words("completion_date", "salutations"))
    return any(ln.page == lines[i].page and greeting.match(ln.text) is not None for ln in lines[i + 1:i + 9])


def _page_stamp(lines: Sequence[Line], i: int) -> bool:
    """The page's first or last line in print smaller than most of the page, with a time of day or a web address
    ("11/29/26, 10:32 AM" a browser printed above the certificate): the day the page was printed."""
    page = [ln for ln in lines if ln.page == lines[i].page]
    if len(page) < 5:
        return False
    sizes = sorted(ln.size for ln in page)
    edges = (min(page, key=lambda ln: ln.bbox[1]), max(page, key=lambda ln: ln.bbox[3]))
    return lines[i] in edges and lines[i].size < 0.85 * sizes[len(sizes) // 2] \
        and _MACHINE_STAMP.search(lines[i].text) is not None


# What a browser or a printing system adds to its date: the time of day, a web address. Without them a small
# first or last line is the certificate's own ("Annual Nursing Symposium | March 3, 2025 | Portland, OR").
_MACHINE_STAMP = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?!\w)|https?://|www\.|\b\w+\.(?:com|org|net|edu|gov)\b",
                            re.IGNORECASE)


def _in_letter_header(lines: Sequence[Line], i: int, kn: Knowledge) -> bool:
    heads = phrase_regex(kn.words("completion_date", "letter_header"))
    near = [ln for ln in lines[max(0, i - 2):i + 3] if ln.page == lines[i].page and ln is not lines[i]]
    return any(m is not None and m.start() == 0 and ln.text[m.end():m.end() + 1] == ":"
               for ln in near for m in [heads.match(ln.text)])


def _own_words(text: str, stop: int, pos: int) -> str:
    """The words before a date that belong to it: those after the previous date on the line when there are any
    ("Expires: 03/05/2026  Completed: 03/05/2024"), else the whole start of the line ("Dates: March 3 and
    March 5, 2024")."""
    between = text[stop:pos]
    return between if re.search(r"[^\W\d_]{3,}", between) and not re.fullmatch(r"\W*and\W*", between) \
        else text[:pos]


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
    found = date_candidates(lines, kn, order)
    candidates = [c for c in found if c.kind not in ("exclude", "start", "window")]
    windows = [c for c in found if c.kind == "window"]
    if not candidates and not windows:
        candidates = labeled_dates_by_dateparser(lines, kn, order)
    if not candidates and windows:
        # The window's last day, doubtful: a multi-day activity's end, or a report's filter with no row dated.
        chosen, confidence, note = max(windows, key=lambda c: c.end), 0.6, "only a date window is printed"
    elif not candidates and (starts := [c for c in found if c.kind == "start"]):
        # "Start Date: 03/05/2024" and no other date: a one-day activity's date, but a doubtful completion.
        chosen, confidence, note = starts[0], 0.6, "only a start date is printed"
    elif not candidates and (signed_up := _registration_dates(found, kn)):
        # "Registered | 03/22/2025" and no other date: the day the learner signed up, at best the activity's day.
        chosen, confidence, note = signed_up[-1], 0.5, "only a registration date is printed"
    elif not candidates:
        return Field.absent(0.0, "no completion date found"), Field.absent(1.0)
    elif sessions := _session_dates(candidates, kn):
        # A column of session dates (one row per meeting of one activity): it runs from the first to the last.
        chosen, confidence, note = max(sessions, key=lambda c: c.end), 0.9, ""
        if (first_day := min(c.start or c.end for c in sessions)) < chosen.end:
            chosen = DateCandidate(chosen.end, first_day, chosen.kind, chosen.ambiguous, chosen.line)
    else:
        chosen, confidence, note = _choose(candidates, kn)
    factor = chosen.line.ocr_factor
    if chosen.ambiguous:
        confidence *= 0.75
        note = f"numeric date could be day-first or month-first; read as {order}"
    evidence = chosen.line.evidence
    completion = Field(chosen.end, round(confidence * factor, 3), evidence, note)
    first = chosen.start or _labelled_start(found, chosen.end)
    start: Field[dt.date] = Field(first, round(confidence * factor, 3), evidence) if first else Field.absent(1.0)
    return completion, start


def _registration_dates(found: list[DateCandidate], kn: Knowledge) -> list[DateCandidate]:
    """The dates labelled as the learner's registration (labels.toml [completion_date] registration)."""
    labels = {p.rstrip(":") for p in kn.words("completion_date", "registration")}
    return [c for c in found if c.kind == "exclude" and c.label.rstrip(":") in labels]


def _session_dates(candidates: list[DateCandidate], kn: Knowledge) -> list[DateCandidate]:
    """The dates labelled as one session's ("Session Date: 03/05/2024", a table's column read row by row), when
    there are two or more of them: the meetings of one activity (labels.toml [completion_date] session_labels)."""
    label = phrase_regex(kn.words("completion_date", "session_labels"))
    sessions = [c for c in candidates if c.kind == "completion" and (m := label.match(c.line.text)) is not None
                and c.line.text[m.end():m.end() + 1] == ":"]
    return sessions if len(sessions) >= 2 else _date_column(candidates)


def _date_column(candidates: list[DateCandidate]) -> list[DateCandidate]:
    """A table's date column read row by row ("Date" over 3/24, 3/24, 3/25: a conference's session log), when it
    is the page's only labelled date and its days lie within a week: the activity ran from its first day to its
    last. A completion date stated
    outside the table ("Date Completed: ...") decides instead."""
    labelled = [c for c in candidates if c.kind in ("done", "completion")]
    columns = {_column_key(c.line) for c in labelled}
    # Three rows at least, as a log of parts needs three values: two dates in a week may be two activities of a
    # transcript ("3/3 Wound Care Basics", "3/6 Pain Management Update").
    if len(columns) != 1 or None in columns or len(labelled) < 3:
        return []
    days = {c.end for c in labelled}
    # Days of one event lie within a week; a transcript's column spans months of other activities.
    return labelled if len(days) >= 2 and (max(days) - min(days)).days <= _EVENT_DAYS else []


_EVENT_DAYS = 7


def _column_key(line: Line) -> tuple[int, float, float] | None:
    """The header word a table cell's line was joined to (the label far above its value); None for one row."""
    head, last = line.words[0], line.words[-1]
    if head.bottom > last.top:
        return None
    return (line.page, round(head.x0, 1), round(head.top, 1))


@functools.cache
def _numbered(kn: Knowledge, kind: str) -> re.Pattern[str]:
    """A line opening with a numbered meeting or part ("Day 2:", "Session 3", "Module 1 completed ...")."""
    return re.compile(rf"(?:{_alternation(kn.words('completion_date', kind))})\s*\d{{1,2}}\b", re.IGNORECASE)


def _labelled_start(found: list[DateCandidate], end: dt.date) -> dt.date | None:
    """A "Start Date" printed apart from the end date ("Start Date: 03/03/2024" / "End Date: 03/05/2024") is the
    first day of the same activity when it comes before it."""
    starts = [c.end for c in found if c.kind == "start" and c.end < end]
    return max(starts) if starts else None


MAX_EVENT_DAYS = 14  # the longest range read as one event holding a table's dated days (a two-week institute)


_RANGE_WORDS = frozenset({"to", "through", "thru", "until", "and", "st", "nd", "rd", "th"})


def _alone_on_its_line(text: str, generic: Sequence[str]) -> bool:
    """Whether a line holds nothing but a date or range, under no label or a generic one ("Dates:")."""
    label, colon, rest = text.partition(":")
    if colon and label.strip().lower() not in generic:
        return False
    words = re.findall(r"[^\W\d_]+", rest if colon else text)
    return all(w.lower() in _RANGE_WORDS or w.lower().rstrip(".")[:3] in _MONTHS for w in words)


def _range_holding_days(candidates: list[DateCandidate], kn: Knowledge) -> DateCandidate | None:
    """'September 9 - 10, 2024' under the title and a table's 'Date' column of 9/9/2024 and 9/10/2024: days under a
    bare 'Date' label that all lie inside the one range printed are that event's days; the range is its date."""
    ranges = {(c.start, c.end): c for c in candidates if c.start is not None}
    labelled = [c for c in candidates if c.kind in ("done", "completion")]
    if len(ranges) != 1 or not labelled:
        return None
    (first, last), event = next(iter(ranges.items()))
    generic = kn.words("completion_date", "generic")
    assert first is not None
    if (last - first).days > MAX_EVENT_DAYS and not _alone_on_its_line(event.line.text, generic):
        # "Reporting year: January 1 - December 31, 2025" holds a transcript's rows; no event lasts so. A range
        # alone on its line ("June 2 - 20, 2025" under a three-week institute's name, "Dates: ...") is the event's.
        return None
    inside = all(c.kind == "completion" and c.start is None and c.label.lower().rstrip(":") in generic
                 and first <= c.end <= last for c in labelled)
    return event if inside else None


def _choose(candidates: list[DateCandidate], kn: Knowledge) -> tuple[DateCandidate, float, str]:
    if (event := _range_holding_days(candidates, kn)) is not None:
        return event, 0.85, "the event's range holds the dated rows"
    for kinds, confidence in ((("done", "completion"), 0.93), (("plain",), 0.85), (("issued",), 0.75)):
        of_kind = [c for c in candidates if c.kind in kinds]
        parts = [c for c in of_kind if _numbered(kn, "parts").match(c.line.text)]
        if parts and len(parts) < len(of_kind):
            # "Module 1 completed 02/20/2025" ... "Course completed 03/03/2025": the course's own date decides.
            of_kind = [c for c in of_kind if c not in parts]
        if not of_kind:
            continue
        distinct = {(c.start, c.end) for c in of_kind}
        if len(distinct) == 1:
            return of_kind[0], confidence, ""
        return _settle(of_kind, confidence, kn)
    raise AssertionError("unreachable: candidates is not empty")


def _settle(of_kind: list[DateCandidate], confidence: float, kn: Knowledge) -> tuple[DateCandidate, float, str]:
    """One date among several different ones of the same rank."""
    last = max(of_kind, key=lambda c: c.end)
    if all(_numbered(kn, "sessions").match(c.line.text) for c in of_kind):
        # "Day 1: March 3, 2025" / "Day 2: March 4, 2025": one event's days, from the first to the last.
        first = min(c.start or c.end for c in of_kind)
        return replace(last, start=first), confidence * 0.9, "the days of a multi-day event"
    if all(_numbered(kn, "parts").match(c.line.text) for c in of_kind):
        return last, confidence * 0.9, "the last of the course's parts"  # "Module 3 completed ..."
    weak = kn.words("completion_date", "weak")
    strong = [c for c in of_kind if c.kind == "done" or (c.kind == "completion" and c.label not in weak)]
    if strong and len(strong) < len(of_kind) and len({(c.start, c.end) for c in strong}) == 1:
        # "Course Date: March 3" against "Date: April 10" or "Certificate Awarded: April 10": the label that
        # names the activity wins.
        return strong[0], confidence * 0.85, "an activity's date outranks a bare or award date"
    # A sentence that says the course was completed on a date outranks a bare "Date:" label (the date an
    # e-mail was sent, a form was filled); among equals, a range is the event's own date.
    chosen = min(of_kind, key=lambda c: (c.kind != "done", c.start is None))
    return chosen, confidence * 0.7, f"{len({(c.start, c.end) for c in of_kind})} different dates compete"
