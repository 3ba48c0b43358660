"""Credits: every amount with the unit words printed beside it ("1.5 contact hours", "CPE Credits: 2.0")."""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from cecingest.knowledge import Knowledge
from cecingest.models import CreditMention, Field, Line
from cecingest.parse.labels import line_above, line_below, phrase_regex, spaced_alternation

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "half": 0.5, "one-half": 0.5, "one half": 0.5,
    "a half": 0.5,
}
_WORD_AMOUNT = (
    r"(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
    r"(?:\s+and\s+(?:one-half|one half|a half))?(?![-\s]half)"
    r"|one-half|one half|a half)"  # "one-half Continuing Education Credits" is 0.5, not the "one" in it
)
# hours:minutes first: "01:45" is 1.75, not the "01" before its colon. One digit after the colon is no minutes:
# OCR reads the point of "2.5" as a colon ("Contact Hours: 2:5").
# Tenths of a unit may print three decimals ("0.150 CEUs", ".125"); a whole number never has three (no thousands).
_AMOUNT = (rf"(?P<amt>\d{{1,2}}:\d{{2}}(?!\d)|\d{{1,2}}:\d(?![\d:])|0?[.,]\d{{3}}(?!\d)|\d{{1,3}}(?:[.,]\d{{1,2}})?"
           rf"|[.,]\d{{1,2}}"
           rf"|{_WORD_AMOUNT})")
# Not part of a longer number ("11.5", "1,5", the day of "2022-03-10"); a stray dot from a border before the
# amount is no decimal point.
# "1.00 HRCI recertification credits": the body's acronym may stand between the amount and the unit.
# "Six (6.0) hours of CLE credit", "Two And One-Half (2.5) contact hrs": the digits restate the words; they are
# what stands beside the unit once the words are blanked (same length, so positions in the text stay valid).
_WORDS_THEN_DIGITS = re.compile(rf"\b{_WORD_AMOUNT}\s*\(\s*(?P<digits>\d{{1,3}}(?:[.,]\d{{1,2}})?)\s*\)", re.IGNORECASE)


def _digits_for_words(text: str) -> str:
    return _WORDS_THEN_DIGITS.sub(lambda m: m.group("digits").rjust(len(m.group(0))), text)


# A slash after a unit's letters parts two units of one activity ("0.1 CEU/1 PDH"); after a digit it is a date's.
_BEFORE = re.compile(rf"(?<![\w,-])(?<![\d\s]/)(?<!\d\.){_AMOUNT}\s*(?:-\s*)?(?:(?-i:[A-Z]{{2,6}})\s+)?$",
                     re.IGNORECASE)
# "Clock Hrs.: 3": an abbreviated unit's point before the label's colon; "Total claimed (PDUs): 6.25": the bracket
# closing around the unit.
_AFTER = re.compile(
    rf"^(?:\.(?=\s*:))?\)?\s*(?:\([^)]{{0,16}}\))?\s*(?:/\s*[A-Za-z][A-Za-z ]{{1,20}}?)?\s*"
    rf"(?:(?P<colon>(?:awarded|earned|approved|granted|claimed|offered)?\s*(?:[:=]|(?<=\s)[|\u2013\u2014-](?=\s)))\s*"
    rf"|\s+(?:(?:awarded|earned|approved|granted|claimed|offered)\s+)?){_AMOUNT}"
    # A bar or a spaced dash parts a label from its amount as a colon does ("Contact Hours - 1.5").
    # Without a colon only a bare amount closing a cell counts: "CME CREDITS 2 | CERTIFICATE NUMBER ...".
    rf"(?(colon)(?![\w.,/])|(?=\s*(?:[|·•]|$)))",
    re.IGNORECASE,
)
_DEFINES_AN_HOUR = re.compile(r"^\s*(?:credit\s+|contact\s+|clock\s+)?hour\b", re.IGNORECASE)
_SLASH_BEFORE = re.compile(r"[A-Za-z]\s*/\s*$")
_JOINABLE = re.compile(r"^\s*(?:,|and)?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    amount: float
    unit_text: str
    is_duration: bool
    unit_start: int = 0
    unit_end: int = 0


@dataclass(frozen=True)
class _Cues:
    """The cue words of labels.toml [credits] around an amount, as patterns (built once per Knowledge)."""

    maximum: re.Pattern[str]
    maximum_caption: re.Pattern[str]
    up_to_caption: re.Pattern[str]
    award_cue: re.Pattern[str]
    minimum_before: re.Pattern[str]
    done_required: re.Pattern[str]
    meets: re.Pattern[str]
    running_total: re.Pattern[str]
    done_minimum: re.Pattern[str]
    not_an_award_after: re.Pattern[str]
    part_of_before: re.Pattern[str]
    ward_after: re.Pattern[str]


@functools.cache  # one set of patterns per Knowledge; asked for every amount
def _cues(kn: Knowledge) -> _Cues:
    def words(kind: str) -> str:
        return spaced_alternation(kn.words("credits", kind))

    up_to = words("maximum_before")

    def compiled(pattern: str) -> re.Pattern[str]:
        return re.compile(pattern, re.IGNORECASE)

    return _Cues(
        # "designates this activity for a maximum of 3.5 AMA PRA Category 1 Credits": what may be claimed, not what
        # was. "(maximum available: 6 CLE credits)", "Maximum credit: 6", "Maximum credit approved: 4 hours": a
        # maximum under its own label.
        maximum=compiled(rf"\b(?:{up_to}|(?:{words('maximum_labels')})\s*:)\s*$"),
        # "MAXIMUM CREDIT" / "MAXIMUM AVAILABLE" as a caption over its value: that value is the maximum too.
        maximum_caption=compiled(rf"^\W*(?:{words('maximum_captions')})(?:\s+[A-Za-z]+){{0,2}}\W*$"),
        # "APPROVED FOR UP TO" over "1.3 CECs" (OCR keeps the caption a line of its own): a few words ending as a
        # maximum.
        up_to_caption=compiled(rf"^\W*(?:[A-Za-z]+\s+){{0,3}}(?:{up_to})\W*$"),
        # "Credit awarded: 0.1 CEU = 1 contact hour", "has earned 1 CEU (= 10 contact hours)": an award stated with
        # its equivalent, not the small print's definition of the unit.
        award_cue=compiled(rf"(?:[:=]|\b(?:{words('award_cues')}))\s*$"),
        # "Annual minimum: 20 CPEs", "a minimum of 40 hours per cycle": what a certification or board requires; so
        # does a "Required:" label ("Required: 36 hours, including 3 hours of patient safety"), though "completed
        # the required 2 hours", with no colon, says what was done.
        minimum_before=compiled(rf"\b(?:(?:{words('minimum_before')})\s*(?:[:=]|of)?"
                                rf"|(?:{words('required_labels')})\s*:)\s*$"),
        # "has successfully completed the 40 hours required by the State of Ohio": the required hours, done.
        done_required=compiled(rf"\b(?:{words('done_required')})\s+(?:the\s+|all\s+|a\s+total\s+of\s+)?$"),
        # "Meets Florida Requirement: 2 contact hours (Prevention of Medical Errors)": the course's hours toward a
        # requirement it satisfies, an award; a bare "Required:" label states what is owed.
        meets=compiled(rf"\b(?:{words('meets')})\b"),
        # "Year-to-date totals: Category 1 14.5", "2025 totals - Category 1: 5.0 CE credits", "Cumulative: 38 CPE",
        # "Total this cycle: 45": a member's running total over many activities, not this activity's credit; as a
        # label, before its colon or dash or the figure ("Cumulative Trauma Disorders" is a course's subject).
        running_total=compiled(rf"\b(?:{words('running_totals')}|(?:19|20)\d\d\s+totals)(?:\s+totals?)?\b"
                               # or right before the unit it totals ("Cumulative Contact Hours: 22.5")
                               r"(?=\s*[:\u2013\u2014-]|\s+\d|\s*$)"),
        # "attended a minimum of 6 hours" says what was done.
        done_minimum=compiled(rf"\b(?:{words('done_minimum')})\s+(?:a|the)\s+$"),
        # "3 hours per week" is a rate; "meets Kentucky's 1.5 hours requirement", "toward Ohio's 4-hour continuing
        # education requirement", "150 clock hours every five years", "the 100 hours required for renewal" name
        # what a board requires, not what this activity awards.
        not_an_award_after=compiled(
            r"\s*(?:per|a|an|each|every|/)\s*(?:(?:two|three|four|five|six|\d)\s+)?"
            rf"(?:{words('rate_periods')})s?\b"
            r"|\s*(?:(?!(?:toward|towards|for|to|of|in|and|the)\b)[\w-]+\s+){0,4}"
            rf"(?:{words('requirement_words')})\b"),
        # "approved for 3 CE hours (including 1 hour of ethics)", "6 contact hours, of which 2 hours in
        # pharmacology": an amount introduced as part of the one stated before it on the line.
        part_of_before=compiled(rf"\b(?:{words('part_of')})\s*(?:a\s+total\s+of\s+)?$"),
        # "4 CCU Classroom", "the 5 CCU nurses": a hospital's coronary care unit, not physical therapists'
        # continuing competence units (units.toml aliases "ccu").
        ward_after=compiled(rf"\s*(?:{words('ward_words')}|nurs\w*)\b"),
    )


def _under_maximum_caption(lines: Sequence[Line], i: int, kn: Knowledge) -> bool:
    above = line_above(lines, i)
    if above is None:
        return False
    # A caption read onto one line with the label cell before it ("CERTIFICATE NO.: APPROVED FOR UP TO"):
    # the caption's own words, after the last label's colon, stand over the amount.
    ends = [k for k, word in enumerate(above.words[:-1]) if word.text.endswith(":")]
    words = above.words[ends[-1] + 1:] if ends else above.words
    caption = " ".join(w.text for w in words)
    cues = _cues(kn)
    if not (cues.maximum_caption.match(caption) or cues.up_to_caption.match(caption)):
        return not ends and cues.maximum_caption.match(_caption_row(lines, above)) is not None
    line = lines[i]
    return words is above.words or (line.bbox[0] < words[-1].x1 and line.bbox[2] > words[0].x0)


def _caption_row(lines: Sequence[Line], caption: Line) -> str:
    """A small caption OCR parted at a wide space ("MAXIMUM" and "CREDIT" as two lines of one row): the line with
    the lines beside it in its row, each within a few of its letters' widths of the next."""
    x0, top, x1, bottom = caption.bbox
    middle, reach = (top + bottom) / 2, 3 * caption.size
    row = [caption]
    grown = True
    while grown:
        grown = False
        for other in lines:
            ox0, otop, ox1, obottom = other.bbox
            if (other.page == caption.page and all(other is not r for r in row)
                    and abs((otop + obottom) / 2 - middle) < 0.5 * (bottom - top)
                    and abs(other.size - caption.size) <= 0.2 * caption.size
                    and (0 <= ox0 - x1 < reach or 0 <= x0 - ox1 < reach)):
                row.append(other)
                x0, x1 = min(x0, ox0), max(x1, ox1)
                grown = True
    return " ".join(ln.text for ln in sorted(row, key=lambda ln: ln.bbox[0])) if len(row) > 1 else ""


def parse_amount(text: str) -> float:
    """'1.5', '1,5', '.5', '01:45' (hours:minutes), 'one and one-half' -> a number."""
    text = text.strip().lower()
    if ":" in text:
        hours, minutes = text.split(":")
        if len(minutes) == 1:  # "2:5": OCR's colon for a decimal point
            return float(f"{hours}.{minutes}")
        return int(hours) + int(minutes) / 60
    if text[0].isdigit() or text[0] in ".,":
        return float(text.replace(",", "."))
    total = 0.0
    for part in re.split(r"\s+and\s+", text):
        total += _NUMBER_WORDS[part.strip()]
    return total


@functools.cache
def _unit_pattern(kn: Knowledge) -> re.Pattern[str]:
    phrases = [alias for unit in kn.units.values() for alias in unit.aliases] + list(kn.duration_words)
    phrases.sort(key=lambda p: (-len(p), p))
    # A unit may be glued to its amount ("38mins", "16-Hours") but not to other letters.
    return re.compile(r"(?<![A-Za-z])(?:" + "|".join(re.escape(p) for p in phrases) + r")(?![\w])", re.IGNORECASE)


# "2:5" read as 2.5 is OCR's colon for a point; a text layer prints its colons, and there one digit after one is a
# ratio ("awarded on a 1:1 hour basis") or a reference ("Rule 2:5"), no amount.
_COLON_DECIMAL = re.compile(r"\d{1,2}:\d")


# "22-CLE-2661", "24-CPE-0113/B": a unit joined to more of a code after it (a hyphen or slash, then a letter or
# digit) is part of that code ("16-Hours" ends there).
_CODE_GOES_ON = re.compile(r"[-/_]\w")


def _in_code(text: str, unit: re.Match[str], before: re.Match[str] | None) -> bool:
    """Whether the amount, hyphen and unit are part of a longer code ("Course Number: 22-CLE-2661")."""
    return before is not None and text[unit.start() - 1: unit.start()] == "-" and \
        _CODE_GOES_ON.match(text, unit.end()) is not None


# OCR reads a lone "1" as "I" or "l" ("I PDH = 1 contact hour")
# (not after a word: "Part I equals 6 contact hours", "Level I" are Roman numerals)
_ROUND = r"(?:one|ten|1|10|0?\.1|(?<![A-Za-z]\s)[Il](?=\s))(?![\d.,])"
# "One Continuing Education Unit (CEU) is defined as ten contact hours of participation", "0.1 CEU equals one
# contact hour", "one credit hour for each 60 minutes of instruction", "Each contact hour represents 60 minutes": a
# unit's definition, common in the small print of CEU statements and CLE forms; neither side is an amount earned.
# The verbs are labels.toml [credits] definition_verbs ("=" is one too).
@functools.cache  # one pattern per Knowledge
def _definition(kn: Knowledge) -> re.Pattern[str]:
    verbs = _definition_verbs(kn)
    return re.compile(
        r"(?<![\w.])(?:(?:one|1|0?\.1|(?<![A-Za-z]\s)[Il](?=\s))(?:\s*\(\s*1\s*\))?|(?:a|an|each|every)(?=\s+[A-Za-z]))"
        r"\s+(?:[A-Za-z-]+\s+){0,4}(?:\([^)]{1,20}\)\s*)?"
        rf"{verbs}\s+(?:[\w.()]+\s+){{1,3}}?"
        r"(?:contact\s+|clock\s+|instructional\s+)?(?:hours?|minutes?)\b"
        # "1 PDH = 1 contact hour = 0.1 CEU", "one contact hour (0.1 CEU)": the definition's chain of equivalents
        rf"(?:\s*(?:=|equals)\s*{_ROUND}\s+[A-Za-z]+|\s*\(\s*{_ROUND}\s+[A-Za-z]+\s*\))*",
        re.IGNORECASE,
    )


# "10 PDH = 1 CEU", "Ten contact hours make one CEU", "a ratio of 10 contact hours to 1 CEU": one unit defined in
# another, round numbers on both sides; "60 minutes per credit hour", "50 minutes for each contact hour": a unit's
# length in minutes.
@functools.cache  # one pattern per Knowledge
def _unit_equation(kn: Knowledge) -> re.Pattern[str]:
    verbs = _definition_verbs(kn)
    return re.compile(
        rf"(?<![\w.]){_ROUND}\s+[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){{0,2}}\s*(?:{verbs}|makes?)\s*{_ROUND}\s+[A-Za-z]+\b"
        rf"|\bratio\s+of\s+{_ROUND}\s+[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){{0,2}}\s+(?:to|per|for)\s+{_ROUND}\s+[A-Za-z]+\b"
        r"|(?<![\w.])(?:[45]\d|60)\s*(?:-\s*)?minutes?\s+(?:per|for\s+(?:each|every|one|1))\s+(?:[A-Za-z-]+\s+){0,2}?"
        r"(?:hours?|credits?|units?)\b",
        re.IGNORECASE,
    )


def _definition_verbs(kn: Knowledge) -> str:
    return rf"(?:{spaced_alternation(kn.words('credits', 'definition_verbs'))}|=)"


def _without_definitions(text: str, kn: Knowledge) -> str:
    """The text with the units' definitions blanked out (same length: positions stay); not after an award's cue
    ("has completed 10 PDH = 1 CEU": what was done, stated with its equivalent)."""
    award_cue = _cues(kn).award_cue

    def blank(match: re.Match[str]) -> str:
        return match.group(0) if award_cue.search(text[:match.start()]) else " " * len(match.group(0))
    return _unit_equation(kn).sub(blank, _definition(kn).sub(blank, text))


def _amount_before(text: str, unit_start: int) -> re.Match[str] | None:
    """The amount before a unit word; not "Category 2 CE credits: 3", whose number names the category."""
    before = _BEFORE.search(text[:unit_start])
    if before and _CATEGORY_BEFORE.search(text[: unit_start - len(before.group(0))]):
        return None
    return before


def _hits(text: str, kn: Knowledge, ocr: bool = False) -> list[_Hit]:
    if not _unit_pattern(kn).search(text):
        return []  # most lines name no unit (and blanking definitions only takes unit words away)
    return _unit_hits(_without_definitions(text, kn), kn, ocr)


def _unit_hits(text: str, kn: Knowledge, ocr: bool) -> list[_Hit]:
    hits: list[_Hit] = []
    cues = _cues(kn)
    for match in _unit_pattern(kn).finditer(text):
        unit_text = match.group(0)
        if _SLASH_BEFORE.search(text[: match.start()]):
            continue  # "PDUs/ContactHours: 3.25": one amount, named twice; the first name has it
        before = _amount_before(text, match.start())
        after = None if before else _AFTER.match(text[match.end():])
        amount_match = before or after
        if amount_match is None:
            continue
        if after is not None and _unit_pattern(kn).match(text[match.end() + after.end():].lstrip()):
            continue  # "Credit: 8 PDH": the unit word is a label; the amount belongs to the unit after it
        if (not ocr and _COLON_DECIMAL.fullmatch(amount_match.group("amt"))) or _in_code(text, match, before):
            continue
        try:
            amount = parse_amount(amount_match.group("amt"))
        except (ValueError, KeyError):
            continue
        # The words before the amount and its unit ("MCLE Credit: 1.5 hours") or before the unit as a label
        prefix = text[: match.start() - len(before.group(0))] if before else text[: match.start()]
        unit_text = _named_system_before(prefix, unit_text, kn, text[len(prefix):])
        is_duration = unit_text.lower() in kn.duration_words
        if is_duration and _DEFINES_AN_HOUR.match(text[match.end():]):
            continue  # "credits granted based on a 50-minute hour" defines a unit; it is no duration
        if is_duration:
            # Minutes become hours here so that "1 hour 30 minutes" can be added up.
            amount *= kn.duration_words[unit_text.lower()]
        start = match.start() - len(before.group(0)) if before else match.start()
        if is_duration and after is not None and _awarded(after.group(0), text[match.end() + after.end():], kn):
            unit_text, is_duration = AWARDED_HOURS, False
        end = match.end() + (after.end() if after else 0)
        if _is_range_end(text[:start], amount if before else None) or _not_an_award_after(text, start, end, kn) \
                or _is_minimum(text[:start], kn) or cues.running_total.search(text[:start]) \
                or (cues.part_of_before.search(text[:start]) and _amount_stated_before(text[:start], kn)):
            # "1.50 - 2.00 h", "3 hours per week", "Ohio's 4-hour requirement", "YTD: 12": no amount earned;
            # "3 CE hours (including 1 hour of ethics)": a part of the amount before it, no award of its own (even
            # when that amount is none: "Required: 36 hours, including 3 hours of patient safety")
            continue
        if unit_text.lower() == "ccu" and cues.ward_after.match(text[end:]):
            continue  # "4 CCU Classroom": a ward
        hits.append(_Hit(start, end, amount, unit_text, is_duration, match.start(), match.end()))
    return _join_durations(hits, text)


# "Hours Awarded: 6": hours a provider awards under that label are credit hours in its credit system, not hours
# of attendance; with no system named they are generic credit hours, which the accreditor's unit may then name
# (accreditors.toml) and which a specific unit of the same amount on the page restates. ("Total awarded: 0.75
# hours" stays a length: there the hours are the amount's unit, not the award's name.)
AWARDED_HOURS = "hours awarded"  # a CE alias (units.toml)


def _awarded(after: str, rest: str, kn: Knowledge) -> bool:
    """Whether hours are awarded under their own label; not when a credit system named later on the line is
    the award and the hours its length."""
    if any(m.group(0).lower() not in kn.duration_words for m in _unit_pattern(kn).finditer(rest)):
        return False
    return _award_after(kn).search(after) is not None


@functools.cache  # one pattern per Knowledge; asked for every duration after its label
def _award_after(kn: Knowledge) -> re.Pattern[str]:
    """An award word labelling what follows it ("Hours Awarded: 6"); labels.toml [credits] award_words."""
    words = "|".join(map(re.escape, kn.words("credits", "award_words")))
    return re.compile(rf"\b(?:{words})\s*[:=]", re.IGNORECASE)


# "1.50 - 2.00 h", "2 to 3 hours", "18 of 36 hours completed": a range or a progress states no amount (its upper
# end is no credit). Not the end of a
# date before the amount ("Nov 24, 2019 - 4 CME credits", "2023-12-07 - 7.50 CLE hours"): the lower end is a
# small number of its own, below the upper one.
# "38.5 / 90 CPE credits" is progress toward a renewal's total too.
# "12.5 of the 30 contact hours your licence requires": the progress's "of" may take an article.
_RANGE_BEFORE = re.compile(r"(?<![\d.,:/-])(?P<low>\d{1,3}(?:[.,]\d{1,2})?)\s*(?:[-\u2013\u2014]|to|(?P<of>/|of"
                           r"(?:\s+(?:the|your|their|his|her))?))\s*$", re.IGNORECASE)


def _is_minimum(before: str, kn: Knowledge) -> bool:
    """'Annual minimum: 20 CPEs', 'a minimum of 40 hours per cycle': what is required. 'attended a minimum of 6
    hours' says what was done, and 'Meets Florida Requirement: 2 contact hours' is an award."""
    cues = _cues(kn)
    match = cues.minimum_before.search(before)
    return match is not None and cues.done_minimum.search(before[:match.start()]) is None \
        and cues.meets.search(before[:match.start()]) is None


_CATEGORY_BEFORE = re.compile(r"\bcat(?:egory|\.)\s*$", re.IGNORECASE)
def _not_an_award_after(text: str, start: int, end: int, kn: Knowledge) -> bool:
    """Whether the words after the amount make it a rate or a requirement rather than an award; hours "required"
    that the sentence says were completed are an award."""
    cues = _cues(kn)
    match = cues.not_an_award_after.match(text[end:])
    if match is None:
        return False
    return not (match.group(0).lower().endswith("required") and cues.done_required.search(text[:start]) is not None)


def _is_range_end(before: str, amount: float | None) -> bool:
    if amount is None:  # the amount came after its label ("Length: 3"): nothing before it to range from
        return False
    match = _RANGE_BEFORE.search(before)
    if match is None:
        return False
    low = float(match.group("low").replace(",", "."))
    # progress may pass its target ("97.1 / 90 CPE credits"); a range's ends and a date's day may not
    return low != amount if match.group("of") else low < amount


def _amount_stated_before(text: str, kn: Knowledge) -> bool:
    """Whether the text states an amount with its unit ("Required: 36 hours, including ..."): what an 'including'
    part is part of. A year or a course number before a verb's "includes" is none ("Program 2025-114 includes 1.5
    contact hours": the course's whole award)."""
    return any(_amount_before(text, m.start()) for m in _unit_pattern(kn).finditer(text))


def _named_system_before(before: str, unit_text: str, kn: Knowledge, value: str = "") -> str:
    """'PDH Credits: 1.5', 'CPE Credit Hours: 8': generic credit words or hours right after a specific unit's
    name are that unit ('CEUs: 3 hours' not: see _value_in_hours)."""
    if kn.unit_for_alias(unit_text) != "CE" and unit_text.lower() not in kn.duration_words:
        return unit_text
    named = _unit_at_end(kn).search(before[-80:])  # the longest unit name ending right before
    if named and kn.unit_for_alias(named.group("unit")) not in (None, "CE") \
            and not _value_in_hours(named.group("unit"), value, kn):
        return named.group("unit")
    return unit_text


def _value_in_hours(named: str, value: str, kn: Knowledge) -> bool:
    """'CEUs: 3 hours', 'CEUs: 30 minutes': a label naming a unit of many hours (an IACET CEU is ten) over an amount
    in hours or minutes; the value's own unit says what it is (3 hours, not 30), and the two clash. Tenths under an
    hour word ('CEU: 0.3 hours') are the label's units (units.md)."""
    code = kn.unit_for_alias(named)
    if code is None or kn.units[code].hours <= 1:
        return False
    for hit in _hits(value, kn):
        if hit.is_duration:
            return kn.duration_words.get(value[hit.unit_start:hit.unit_end].lower()) != 1.0 or hit.amount >= 1
    return False


@functools.cache
def _unit_at_end(kn: Knowledge) -> re.Pattern[str]:
    # "MCLE Credit: 1.5 hours": the system's name may be the label of the hours after it
    return re.compile(rf"(?P<unit>{_unit_pattern(kn).pattern})\s*:?\s*$", re.IGNORECASE)


def _join_durations(hits: list[_Hit], text: str) -> list[_Hit]:
    """'1 hour 30 minutes' is one duration of 1.5 hours."""
    out: list[_Hit] = []
    for hit in hits:
        prev = out[-1] if out else None
        if prev and prev.is_duration and hit.is_duration and _JOINABLE.match(text[prev.end:hit.start]):
            out[-1] = _Hit(prev.start, hit.end, prev.amount + hit.amount, "hours", True, prev.unit_start, hit.unit_end)
        else:
            out.append(hit)
    return out


# "2.0 nursing-contact hours": OCR (and some typesetting) hyphenates the words of a unit; same length, so
# positions in the text stay valid.
_WORD_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])", re.IGNORECASE)
# OCR reads the "1" of "Category 1 Credit" as a bar or a letter: "AMA PRA Category | Credits".
_CATEGORY_ONE = re.compile(r"\b(category)\s*[|lIi!]\s+(?=credit)", re.IGNORECASE)


_TOTAL = re.compile(r"\btotal\b", re.IGNORECASE)


def _kept(mentions: list[CreditMention], evidence: list[Line],
          keep: list[int]) -> tuple[list[CreditMention], list[Line]]:
    """The mentions at `keep`, with their evidence lines."""
    return [mentions[i] for i in keep], [evidence[i] for i in keep]


def _totals_only(mentions: list[CreditMention], evidence: list[Line], lines: Sequence[Line],
                 kn: Knowledge) -> tuple[list[CreditMention], list[Line]]:
    """A table of modules or sessions with a total row: the total is the credit, the rows are its parts."""
    total = [i for i, line in enumerate(evidence) if _TOTAL.search(line.text) or _total_beside(line, lines)]
    if not total or len(total) == len(mentions):
        return mentions, evidence
    # The total restated elsewhere in another named unit ("approved for 10.5 contact hours" under a table whose
    # total row is 10.5 CRCE hours) is the same award: it stays beside the total. Restated in no particular unit
    # ("Approved for 6 credit hours" above "Total CLE Hours: 6.0") it adds nothing.
    amounts = {mentions[i].amount for i in total}
    total_units = {kn.unit_for_alias(mentions[i].unit_text) for i in total}
    keep = [i for i in range(len(mentions)) if i in total or (
        mentions[i].amount in amounts and kn.unit_for_alias(mentions[i].unit_text) not in {None, "CE", *total_units})]
    return _kept(mentions, evidence, keep)


def _without_parts_of_a_credit(mentions: list[CreditMention], evidence: list[Line],
                               kn: Knowledge) -> tuple[list[CreditMention], list[Line]]:
    """Two or more bare durations that add up to the length of a credit awarded ("Lecture 2 h", "Lab 1.5 h" and
    "0.35 CEUs") are its breakdown, however the rows were read (OCR splits a row into pieces and loses the '+'
    or '·' between them); the credit stays, the parts go."""
    parts = [i for i, m in enumerate(mentions) if m.unit_text.lower() in kn.duration_words]
    if len(parts) < 2:
        return mentions, evidence
    total = sum(mentions[i].amount for i in parts)
    for mention in mentions:
        code = kn.unit_for_alias(mention.unit_text)
        if code is not None and code in kn.units and abs(mention.amount * kn.units[code].hours - total) <= 0.01:
            keep = [i for i in range(len(mentions)) if i not in parts]
            return _kept(mentions, evidence, keep)
    return mentions, evidence


@functools.cache  # one pattern per Knowledge
def _subject_label(kn: Knowledge) -> re.Pattern[str]:
    """A label of hours in one subject ("Pharmacology (Rx) Hours:", "Ethics Hours:"); labels.toml [credits]
    subject_parts."""
    words = "|".join(map(re.escape, kn.words("credits", "subject_parts")))
    return re.compile(rf"^\W*(?:of\s+which\s+)?(?:{words})(?:\s*\([^)]*\))?\s+"
                      rf"(?:hours?|hrs?\.?|credits?|credit\s+hours?)\s*[:=]", re.IGNORECASE)


# "This total includes 1.5 hours of patient safety content", "of which 2 hours in pharmacology": an amount a
# sentence of its own names as a part of the award in one subject.
_PART_IN_SUBJECT = re.compile(r"\b(?:includ(?:es|ing)|of\s+which)\s+(?:a\s+total\s+of\s+)?(?P<amt>\d*\.?\d+)\s*"
                              r"(?:[A-Za-z]+\s+){0,2}?(?:hours?|hrs?\.?|credits?)\s+(?:are\s+|is\s+)?(?:of|in)\s",
                              re.IGNORECASE)


def _without_subject_parts(mentions: list[CreditMention], evidence: list[Line],
                           kn: Knowledge) -> tuple[list[CreditMention], list[Line]]:
    """'Contact Hours: 6.00' over 'Pharmacology (Rx) Hours: 0.50': hours labelled with a subject are the part of the
    credit in that subject (a board's pharmacology or ethics requirement), not an award of their own, when a larger
    amount is stated beside them."""
    if not kn.words("credits", "subject_parts"):
        return mentions, evidence
    pattern = _subject_label(kn)
    parts = {i for i, line in enumerate(evidence) if pattern.search(line.text)
             or any(float(m["amt"]) == mentions[i].amount for m in _PART_IN_SUBJECT.finditer(line.text))}
    if not parts or len(parts) == len(mentions):
        return mentions, evidence
    largest = max(m.amount for i, m in enumerate(mentions) if i not in parts)
    keep = [i for i in range(len(mentions)) if i not in parts or mentions[i].amount >= largest]
    return _kept(mentions, evidence, keep)


def _without_lost_points(mentions: list[CreditMention], evidence: list[Line],
                         kn: Knowledge) -> tuple[list[CreditMention], list[Line]]:
    """OCR loses a small decimal point: 'Contact Hours: 15' read from a scan beside '1.5 contact hours' in the
    approval sentence is that amount, its point lost, not a second award in the same unit."""
    def digits(m: CreditMention) -> str:
        return f"{m.amount:g}".replace(".", "")

    lost = {i for i, (m, line) in enumerate(zip(mentions, evidence, strict=True))
            if line.read_by_ocr and m.amount == int(m.amount) and any(
                n.amount != int(n.amount) and digits(n) == digits(m)
                and kn.unit_for_alias(n.unit_text) == kn.unit_for_alias(m.unit_text) for n in mentions)}
    keep = [i for i in range(len(mentions)) if i not in lost]
    return _kept(mentions, evidence, keep)


def _column_header(line: Line) -> tuple[int, float, float, str] | None:
    """The header word a table cell's line was joined to ("Hours" far above "2.00"), as a key; None for a line
    whose words stand on one row."""
    head, last = line.words[0], line.words[-1]
    if head.bottom > last.top:
        return None
    return (line.page, round(head.x0, 1), round(head.top, 1), head.text)


def _without_other_activities(mentions: list[CreditMention], evidence: list[Line],
                              read: list[Line]) -> tuple[list[CreditMention], list[Line]]:
    """A column of amounts under one header, row after row with no total ("Hours" over 2.00, 1.50, 2.00 in a
    transcript's history), beside an amount stated outside the table: the rows are other activities; the amount
    outside is this one's credit. `read`: every line an amount was read from (equal amounts counted once are
    rows all the same)."""
    keys = [_column_header(line) for line in evidence]
    counts = Counter(k for line in read if (k := _column_header(line)) is not None)
    rows = {k for k, n in counts.items() if n >= 2}
    if not rows or all(k in rows for k in keys):
        return mentions, evidence
    keep = [i for i, k in enumerate(keys) if k not in rows]
    return _kept(mentions, evidence, keep)


def _total_beside(line: Line, lines: Sequence[Line]) -> bool:
    """Whether a cell on the same row says "Total" ("TOTAL AWARDED ........ 0.75 hours")."""
    # The amount stands on the row: a cell that wraps ("2.50 AMA PRA / Category 1 / Credits") starts with it, and
    # a table's column label joined to it ("CPE: 2.4", the label far above) does not move it.
    first = next((w for w in line.words if any(ch.isdigit() for ch in w.text)), line.words[0])
    middle = (first.top + first.bottom) / 2
    return any(
        other.page == line.page and other is not line
        and any(w.top <= middle <= w.bottom and _TOTAL.search(w.text) is not None for w in other.words)
        for other in lines
    )


def _generic_unit(lines: Sequence[Line], kn: Knowledge) -> tuple[float, str]:
    """Credits named only generically ("Credits: 3"): the credit system may be printed elsewhere on the page
    (a "PDH" column, "clock hours" in the heading) and belong to the amount."""
    named = {code for line in lines for match in _unit_pattern(kn).finditer(line.text)
             if (code := kn.unit_for_alias(match.group(0))) not in (None, "CE")}
    if named:
        return 0.7, f"the amount's unit is generic, but the page names {', '.join(sorted(named))}"
    return 0.85, ""


# Between the parts of a breakdown: "2 h lecture + 1.5 h workshop", "Lecture 2 h, Lab 1 h", "Q&A: 45 min · ...".
_PART_SEPARATOR = re.compile(r"[+,;·•|]")


def _side_durations(text: str, hits: list[_Hit], title: str | None, continued: bool, ocr: bool = False,
                    after: str = "") -> set[int]:
    """The durations of a line that describe the activity rather than award it: the parts of a breakdown (two
    or more durations apart by '+', ',' or '·', or a line of them that ends in or follows such a separator:
    the breakdown wrapped) and a length printed in the course title ("Site Investigation - 6 Hours"). They
    count only when the page states no other amount. OCR reads a middle dot as a dash ("Simulation: 45 min -" /
    "Lecture: 45 min - Posters: 30 min"): on its lines a spaced dash parts durations too."""
    durations = [i for i, hit in enumerate(hits) if hit.is_duration]
    parts = _OCR_PART_SEPARATOR if ocr else _PART_SEPARATOR
    side: set[int] = set()
    for a, b in itertools.pairwise(durations):
        if parts.search(text[hits[a].end:hits[b].start]):
            side.update((a, b))
    if durations and (continued or _ends_with_separator(text, ocr, after)):
        side.update(durations)
    if title and len(title) >= 8:
        at = text.lower().find(_WORD_HYPHEN.sub(" ", title).lower())
        if at >= 0:
            end = at + len(title)
            for i in durations:  # right after the title ("Title - 6 Hours", "Title (6 hours)") or closing it
                hit = hits[i]
                if (hit.start >= end and _TITLE_TAIL.match(text[end:hit.start])) or at < hit.start < end <= hit.end:
                    side.add(i)
    return side


def _ends_a_breakdown(text: str, hits: list[_Hit], wrapped: _Hit) -> bool:
    """Whether a duration that wraps onto the next line follows the line's own durations past a separator."""
    before = [h for h in hits if h.is_duration and h.end <= wrapped.start]
    return bool(before) and _PART_SEPARATOR.search(text[before[-1].end:wrapped.start]) is not None


_ENDS_WITH_SEPARATOR = re.compile(r"[+;·•]\s*$")  # not "," or "|": ends of sentences and cells
# Only before the next part's label ("45 min - Posters: 30 min"): "3 hours - includes 1 hour of ethics" is no
# breakdown to add up.
_OCR_PART_SEPARATOR = re.compile(r"[+,;·•|]|\s[-\u2013]\s+[^\W\d][^:\d]{0,30}:\s*$")
_OCR_ENDS_WITH_SEPARATOR = re.compile(r"\s[-\u2013]\s*$")
# The next line of a wrapped breakdown goes on with another dash-parted part ("Lecture: 45 min - Posters: 30 min").
_OCR_MORE_PARTS = re.compile(r"\s[-\u2013]\s+[^\W\d][^:\d]{0,30}:")


def _ends_with_separator(text: str, ocr: bool, after: str = "") -> bool:
    """Whether a breakdown wraps after this line. An OCR line's closing dash may be a middle dot read wrong, or
    a dash ("Course length: 6 hours -" over "Lunch break: 1 hour"): it wraps only when the next line goes on
    parting durations with dashes."""
    if _ENDS_WITH_SEPARATOR.search(text) is not None:
        return True
    return ocr and _OCR_ENDS_WITH_SEPARATOR.search(text) is not None and _OCR_MORE_PARTS.search(after) is not None


_TITLE_TAIL = re.compile(r"^\s*(?:[-\u2013\u2014:,|]\s*|\(\s*)?$")


_Found = list[tuple[CreditMention, Line]]


def _credit_text(line: Line) -> str:
    return _digits_for_words(_CATEGORY_ONE.sub(r"\1 1 ", _WORD_HYPHEN.sub(" ", line.text)))


def _wrapped_hits(line: Line, text: str, after: Line, kn: Knowledge) -> list[_Hit]:
    """Amounts whose unit wraps onto the next line: "... Nursing Continuing Professional / Development contact
    hours", "(0.30 / CEUs)", a table cell "Two (2.0) / nursing contact hours". The unit's own words may span the
    break; or the amount ends this line and the unit starts the next, inside a parenthesis left open or in the
    amount's column, and is no label of an amount of its own ("Course No. 12 / Hours: 3"). `text` is the line's
    text as credits are read from it."""
    if not _may_wrap(text, kn):
        return []
    joined = f"{text} {_credit_text(after)}"
    cut = len(text)
    wrapped = []
    for hit in _hits(joined, kn, line.read_by_ocr or after.read_by_ocr):
        if not hit.start < cut < hit.end:
            continue
        if hit.unit_start < cut < hit.unit_end and _unit_pattern(kn).fullmatch(joined[hit.unit_start:hit.unit_end]):
            wrapped.append(hit)  # one unit's words, not two durations joined ("Lab 2 h" / "15 min")
        elif (hit.start < cut < hit.unit_start and not _OWN_LABEL_OR_SENTENCE.match(joined[hit.unit_end:])
              and abs(line.size - after.size) <= 0.15 * max(line.size, 1.0)
              and (text.rfind("(") > text.rfind(")") or _same_column(line, hit.start, after, hit.unit_end - cut - 1))):
            wrapped.append(hit)
        elif (hit.unit_end <= cut and text.rstrip().endswith(":") and _value_starts(joined[cut + 1:], hit.end - cut - 1)
              and _same_column(line, hit.unit_start, after, hit.end - cut - 1)):
            wrapped.append(hit)  # "CNE Contact Hours:" above "Eight (8.0)": the label's value is on the line below
    return wrapped


# After a unit that starts a line: its own label's amount ("Hours: 3", "CONTACT HOURS 12"), or a sentence about
# the unit ("Contact hours are awarded to ...", "Credits awarded upon passing", "Hours of instruction"), not an
# amount's unit. A date after the unit is no amount of it ("is awarded 2.5" / "Contact Hours 03/05/2025").
_OWN_LABEL_OR_SENTENCE = re.compile(
    r"\s*[:=]|\s+\d{1,3}(?:[.,]\d{1,2})?(?![\d/.,:-])|\s+(?:are|is|was|were|will|may|must|can|of|for|awarded|earned|granted|upon|per|to|toward|towards)\b",
    re.IGNORECASE)


def _may_wrap(text: str, kn: Knowledge) -> bool:
    """Whether a credit may run on from this line to the next: it ends with an amount, an open parenthesis, a
    label, or a word of a unit's name of several words. Most lines do not, and are not read twice."""
    stripped = text.rstrip()
    if not stripped:
        return False
    if stripped[-1].isdigit() or stripped[-1] in ":(" or text.rfind("(") > text.rfind(")"):
        return True
    return stripped.split()[-1].lower().strip(".,") in _unit_name_words(kn)


@functools.cache
def _unit_name_words(kn: Knowledge) -> frozenset[str]:
    return frozenset(w for unit in kn.units.values() for alias in unit.aliases if " " in alias for w in alias.split())


def _value_starts(text: str, end: int) -> bool:
    """Whether the amount ending at `end` is the first thing in `text`."""
    match = re.match(rf"\s*{_AMOUNT}", text, re.IGNORECASE)
    return match is not None and match.end() == end


def _word_at(line: Line, offset: int) -> int:
    """The index of the word of `line` at character `offset` of its text."""
    end = -1
    for i, word in enumerate(line.words):
        end += len(word.text) + 1
        if offset <= end:
            return i
    return len(line.words) - 1


def _same_column(line: Line, start: int, after: Line, end: int) -> bool:
    """Whether the words of `line` from character `start` on (from the start of its label: the words after the
    last one ending in ':' before it) and those of `after` up to character `end` overlap horizontally: one table
    cell, wrapped, or a label and its value below."""
    first = _word_at(line, start)
    while first > 0 and not line.words[first - 1].text.endswith(":"):
        first -= 1
    left = line.words[first:]
    right = after.words[: _word_at(after, end) + 1]
    return min(w.x0 for w in left) < max(w.x1 for w in right) and min(w.x0 for w in right) < max(w.x1 for w in left)


def _read_amounts(lines: Sequence[Line], kn: Knowledge, title: str | None) -> tuple[_Found, _Found, _Found]:
    """Every amount, sorted into what was awarded, the maximums that may be claimed and the side durations
    (parts of a breakdown, a length in the title)."""
    awarded: _Found = []
    maximums: _Found = []
    sides: _Found = []
    continued = False  # the line before was a breakdown that wrapped ("Lecture: 2 h · Lab: 1 h ·")
    for i, line in enumerate(lines):
        after = lines[i + 1] if i + 1 < len(lines) else None
        text = _credit_text(line)
        if text.rstrip().endswith(":"):
            after = line_below(lines, i) or after  # a label's value is below it, past the next column's line
        hits = _hits(text, kn, line.read_by_ocr)
        next_text = _credit_text(after) if after is not None else ""
        side = _side_durations(text, hits, title, continued, line.read_by_ocr, next_text)
        continued = bool(side) and _ends_with_separator(text, line.read_by_ocr, next_text)
        captioned = _under_maximum_caption(lines, i, kn)
        maximum = _cues(kn).maximum
        for k, hit in enumerate(hits):
            mention = CreditMention(round(hit.amount, 4), "hours" if hit.is_duration else hit.unit_text)
            if captioned or maximum.search(text[: hit.start]):
                maximums.append((mention, line))
            elif k in side:
                sides.append((mention, line))
            else:
                awarded.append((mention, line))
        if after is not None and after.page == line.page:
            for hit in _wrapped_hits(line, text, after, kn):
                mention = CreditMention(round(hit.amount, 4), "hours" if hit.is_duration else hit.unit_text)
                if maximum.search(text[: hit.start]):
                    maximums.append((mention, line))
                elif hit.is_duration and _ends_a_breakdown(text, hits, hit):
                    sides.append((mention, line))  # "Lab 30 min, Lecture 15 / min": the breakdown's last part
                else:
                    awarded.append((mention, line))
    return awarded, maximums, sides


def _length_of_parts(sides: _Found) -> _Found:
    """Only a breakdown states the length ("25.5 h lectures + 3 h exercises + 2 h posters"): the activity lasts
    the parts' sum, one length, which a careful person would type. A length in the title that the other parts
    add up to is that sum already."""
    parts = [(m, line) for m, line in sides if m.amount > 0]
    if len(parts) < 2:
        return parts
    amounts = [m.amount for m, _ in parts]
    largest = max(range(len(parts)), key=amounts.__getitem__)
    if len(parts) >= 3 and abs(2 * amounts[largest] - sum(amounts)) <= 0.01:  # two equal parts are no total
        return [parts[largest]]
    return [(CreditMention(round(sum(amounts), 4), "hours"), parts[0][1])]


_BARE_CREDIT = frozenset({"credit", "credits"})


def _parts_of_the_maximum(mentions: list[CreditMention], evidence: list[Line], maximums: _Found,
                          kn: Knowledge) -> tuple[list[CreditMention], list[Line]]:
    """'Category I Hours: 6.0' and 'Category I Hours: 3.0' (a table's column of days, its total row lost to OCR)
    under 'approved for a maximum of 9.0 hours of ACEP Category I credit': amounts of one label and unit, two or
    more on lines of their own, that add up to the maximum are the parts of the credit earned, which is their
    sum."""
    if len(mentions) < 2 or not maximums:
        return mentions, evidence
    units = {kn.unit_for_alias(m.unit_text) for m in mentions}
    labels = {line.text.split(":", 1)[0].strip().lower() for line in evidence}
    if len(units) != 1 or None in units or len(labels) != 1 or len({id(line) for line in evidence}) != len(evidence):
        return mentions, evidence
    total = round(sum(m.amount for m in mentions), 4)
    if not any(kn.unit_for_alias(m.unit_text) in units and abs(m.amount - total) < 0.01 for m, _ in maximums):
        return mentions, evidence
    return [CreditMention(total, mentions[0].unit_text)], [evidence[0]]


def _claimed_in_designated_unit(mentions: list[CreditMention], maximums: _Found,
                                kn: Knowledge) -> list[CreditMention]:
    """"designates this activity for a maximum of 8.0 AMA PRA Category 1 Credits" and "Credits claimed: 6.5": the
    bare credits claimed are in the one unit the designated maximum names, when they do not exceed it."""
    if not mentions or any(m.unit_text.lower() not in _BARE_CREDIT for m in mentions):
        return mentions
    named = {code: m for m, _ in maximums if m.unit_text.lower() not in kn.duration_words
             and (code := kn.unit_for_alias(m.unit_text)) not in (None, "CE")}
    if len(named) != 1:
        return mentions
    (designated,) = named.values()
    if any(m.amount > designated.amount for m in mentions):
        return mentions
    return [CreditMention(m.amount, designated.unit_text) for m in mentions]


def _in_row_order(mentions: list[CreditMention], evidence: list[Line]) -> tuple[list[CreditMention], list[Line]]:
    """Amounts read from cells of one printed row ("CEUs  Contact Hours" over "0.150  1.50") in the order printed,
    left to right, however the cells' lines were listed."""
    pairs = list(zip(mentions, evidence, strict=True))
    for i in range(1, len(pairs)):
        k = i
        while k > 0 and _left_in_same_row(pairs[k][1], pairs[k - 1][1]):
            pairs[k - 1], pairs[k] = pairs[k], pairs[k - 1]
            k -= 1
    return [m for m, _ in pairs], [ln for _, ln in pairs]


def _left_in_same_row(a: Line, b: Line) -> bool:
    """Whether line a stands left of line b in the same printed row."""
    middle_a, middle_b = (a.bbox[1] + a.bbox[3]) / 2, (b.bbox[1] + b.bbox[3]) / 2
    return (a.page == b.page and abs(middle_a - middle_b) < 0.5 * min(a.size, b.size) and a is not b
            and a.bbox[2] <= b.bbox[0])


# Credit words that name no system at all, generic or specific.
_NO_SYSTEM = frozenset({"credit", "credits", "credit hour", "credit hours", AWARDED_HOURS})


def _page_systems(kn: Knowledge) -> dict[str, str]:
    """labels.toml [credits] page_systems: "UNIT=phrase" (a phrase by which a page calls itself a record of one
    credit system) -> {phrase: a name of that unit}."""
    codes = {code.lower(): code for code in kn.units}  # the lists are read lowercased
    pairs = (entry.split("=", 1) for entry in kn.words("credits", "page_systems"))
    return {phrase.strip().lower(): codes[code.strip().lower()] for code, phrase in pairs
            if code.strip().lower() in codes}


def _is_heading_like(text: str) -> bool:
    """A short line that is no sentence: a heading, a letterhead, a form's caption."""
    return len(text.split()) <= 8 and not text.rstrip().endswith((".", "!", "?"))


def _in_page_system(mentions: list[CreditMention], lines: Sequence[Line], kn: Knowledge) -> list[CreditMention]:
    """A page that calls itself a record of one credit system ("Continuing Legal Education", "MCLE Certificate
    of Attendance") and states its amounts only as bare hours or generic credit hours ("Total Credit Hours:
    3.0") states them in that system."""
    if any(m.unit_text.lower() not in kn.duration_words and m.unit_text.lower() not in _NO_SYSTEM
           for m in mentions):
        return mentions  # "CPD hours", "CE credits" name a generic system of their own
    systems = _page_systems(kn)
    if not systems:
        return mentions
    pattern = phrase_regex(tuple(systems))
    # The page's own heading or letterhead names the system, a short line; a sentence that mentions one
    # ("Attorneys may apply to their state bar for CLE credit.") says nothing about the page's hours.
    named = {systems[m.group(0).lower()] for line in lines if _is_heading_like(line.text)
             for m in pattern.finditer(line.text)}
    if len(named) != 1:
        return mentions
    (code,) = named
    return [CreditMention(m.amount, kn.units[code].aliases[0]) for m in mentions]


_OPENING_LABEL = re.compile(r"^\s*(?P<label>[^:\d]{1,40}):")
# "IACET CEUs: 0.3 (3 hours)": the label's own amount, bare, first; hours after it are the length beside it
_BARE_AMOUNT_FIRST = re.compile(r"\s*(?P<amt>\d*[.,]?\d+)(?!\s*[-\w.,])")


def _other_amount_first(value: str, hours: float) -> bool:
    """Whether a label's value opens with a bare amount other than the hours after it ("IACET CEUs: 0.3 (3 hours)":
    the label's own amount, the hours the length beside it); "CE Hours: 3.0 (180 minutes)" restates one amount."""
    bare = _BARE_AMOUNT_FIRST.match(value)
    try:
        return bare is not None and abs(parse_amount(bare.group("amt")) - hours) > 0.01
    except (ValueError, KeyError):
        return False
# "Total CE Hours Earned": the unit's name inside the words that say which amount of it the label gives
_LABEL_QUALIFIERS = re.compile(r"^\s*total\s+|\s+(?:awarded|earned|granted|claimed)\s*$", re.IGNORECASE)


def _in_label_system(mentions: list[CreditMention], evidence: list[Line], kn: Knowledge
                     ) -> tuple[list[CreditMention], bool]:
    """Bare hours under a label that names a credit system ("CE Credits: 1.5 hours lecture, 3 hours hands-on",
    "CE Hours: 2 hours") are that system's: the label says what the hours count as. Labels of no system
    ("Credits:", "Credit Hours:", "Duration:") leave them hours of attendance, and so does a unit stated after
    the hours ("CE Credit: 1 Hour - 1.2 CPE": the hours are the length beside the credit). True with them when a
    label's unit clashes with the hours under it ("CEUs: 3 hours", read as hours)."""
    out = []
    clash = False
    for mention, line in zip(mentions, evidence, strict=True):
        label = _OPENING_LABEL.match(line.text) if mention.unit_text.lower() in kn.duration_words else None
        if label is not None and (any(m.group(0).lower() not in kn.duration_words
                                      for m in _unit_pattern(kn).finditer(line.text[label.end():]))
                                  or _other_amount_first(line.text[label.end():], mention.amount)):
            label = None
        named = _unit_pattern(kn).fullmatch(_LABEL_QUALIFIERS.sub("", label.group("label")).strip()) if label else None
        if named is not None and named.group(0).lower() not in _NO_SYSTEM | set(kn.duration_words) \
                and kn.unit_for_alias(named.group(0)) is not None:
            if _value_in_hours(named.group(0), line.text[label.end():] if label else "", kn):
                clash = True
            else:
                mention = CreditMention(mention.amount, named.group(0))
        out.append(mention)
    return out, clash


def parse_credits(lines: Sequence[Line], kn: Knowledge, title: str | None = None) -> Field[tuple[CreditMention, ...]]:
    """Every amount with its unit. `title` (the course title as read) marks a length printed in the title line
    as the title's, not a separate award."""
    mentions: list[CreditMention] = []
    evidence_lines: list[Line] = []
    awarded, maximums, sides = _read_amounts(lines, kn, title)
    # Parts of a breakdown and a length in the title count only when nothing else states an amount.
    for mention, line in awarded if any(m.amount > 0 for m, _ in awarded) else _length_of_parts(sides):
        if mention not in mentions and mention.amount > 0:
            mentions.append(mention)
            evidence_lines.append(line)
    mentions = _claimed_in_designated_unit(mentions, maximums, kn)
    mentions, evidence_lines = _parts_of_the_maximum(mentions, evidence_lines, maximums, kn)
    # A maximum counts only when nothing says what was actually earned or claimed.
    claimed_units = {kn.unit_for_alias(m.unit_text) or m.unit_text.lower() for m in mentions}
    for mention, line in maximums:
        unit = kn.unit_for_alias(mention.unit_text) or mention.unit_text.lower()
        # ("3 credits" in no named system is the maximum of the system the awarded amount names.)
        generic = kn.unit_for_alias(mention.unit_text) in (None, "CE") and bool(mentions)
        if unit not in claimed_units and not generic and mention not in mentions and mention.amount > 0:
            mentions.append(mention)
            evidence_lines.append(line)
    if not mentions:
        return _requirement_only(lines, kn)
    mentions = _in_page_system(mentions, lines, kn)
    mentions, clash = _in_label_system(mentions, evidence_lines, kn)
    # Parts that add up to a credit go first: a part's row may stand beside the total's caption on a scan.
    mentions, evidence_lines = _without_parts_of_a_credit(mentions, evidence_lines, kn)
    mentions, evidence_lines = _without_subject_parts(mentions, evidence_lines, kn)
    mentions, evidence_lines = _without_lost_points(mentions, evidence_lines, kn)
    mentions, evidence_lines = _totals_only(mentions, evidence_lines, lines, kn)
    mentions, evidence_lines = _without_other_activities(mentions, evidence_lines, [line for _, line in awarded])
    mentions, evidence_lines = _in_row_order(mentions, evidence_lines)
    # Every stated amount is kept (the contract's "every amount the certificate states"), durations too:
    # "1 Hour - 1 CPE" is a clock hour and a CPE credit; hours are then taken from the credit system.
    if not any(m.unit_text.lower() not in kn.duration_words for m in mentions):
        confidence, note = 0.75, "only a duration is printed, no credit system"
    elif all(kn.unit_for_alias(m.unit_text) in (None, "CE") for m in mentions):
        confidence, note = _generic_unit(lines, kn)
    else:
        confidence, note = 0.9, ""
    if clash:
        confidence, note = min(confidence, 0.6), UNIT_CLASH
    first = evidence_lines[0]
    factor = min(ln.ocr_factor for ln in evidence_lines)
    evidence = first.evidence
    return Field(tuple(mentions), round(confidence * factor, 3), evidence, note)


# "Ohio Requirement: 1.5 contact hours": the hours toward a state's requirement that the course meets. With no other
# amount on the page a careful person types them, and checks: a transcript's "Annual Requirement: 20 hours" is
# owed, not earned ("Minimum Requirement: 20 hours" stays a minimum).
REQUIREMENT_ONLY = "only a requirement's amount is printed: earned, or owed?"
UNIT_CLASH = "the label names a unit of many hours, the value hours: read as hours"
REVIEW_NOTES = frozenset({REQUIREMENT_ONLY, UNIT_CLASH})  # notes that are review reasons (normalize)


@functools.cache  # one pattern per Knowledge
def _requirement_label(kn: Knowledge) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{spaced_alternation(kn.words('credits', 'requirement_labels'))})\s*:", re.IGNORECASE)


def _requirement_only(lines: Sequence[Line], kn: Knowledge) -> Field[tuple[CreditMention, ...]]:
    """The amounts under a requirement's label, when nothing else states one; low confidence (review)."""
    found: _Found = []
    label = _requirement_label(kn)  # "Ohio Requirement:"
    for line in lines:
        text = _credit_text(line)
        if label.search(text):
            blanked = label.sub(lambda m: " " * len(m.group(0)), text)
            found += [(CreditMention(round(h.amount, 4), "hours" if h.is_duration else h.unit_text), line)
                      for h in _hits(blanked, kn, line.read_by_ocr) if h.amount > 0]
    if not found:
        return Field.absent(0.0, "no credit amount found")
    mentions = tuple(dict.fromkeys(m for m, _ in found))
    factor = min(line.ocr_factor for _, line in found)
    return Field(mentions, round(0.5 * factor, 3), found[0][1].evidence, REQUIREMENT_ONLY)
