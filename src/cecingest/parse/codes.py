"""Short coded fields: certificate id, licence number, accrediting body, delivery format, and
whether the document is a certificate at all."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import replace

from cecingest.knowledge import Knowledge
from cecingest.models import Field, Line, Word
from cecingest.parse.labels import LabelHit, exact_alternation, find_labeled, line_above, line_below, phrase_regex
from cecingest.parse.layout import on_row_of, opens_with_known_label

_ID_TOKEN = re.compile(r"[A-Z0-9][A-Z0-9\-/._]{2,39}", re.IGNORECASE)




# OCR sometimes reads a gap inside a long id ("CHLN-24-08-1 175-0020"): a dashed run of digits right after
# an id that ends in a digit continues it, unless it is a date.
_OCR_ID_TAIL = re.compile(r"^(?P<tail>\d{1,6}(?:-\d{1,6})+)(?![\w/.-])")
_DATE_LIKE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}$|^\d{1,2}-\d{1,2}-\d{2,4}$")


# A web address under "Verify this certificate" is where to check the id, not the id.
_URL = re.compile(r"\S*(?:https?://|www\.|\.(?:org|com|net|edu|gov|io)\b)\S*", re.IGNORECASE)


# A date ("4/22/2021", "03.03.2025") or an amount ("1.5", "199.00") under a label is that label's value
# misread (a heading ending in "Certificate" over a date line), never an id.
_DATE_OR_AMOUNT = re.compile(r"^(?:\d{4}([-/.])\d{1,2}\1\d{1,2}|\d{1,2}([-/.])\d{1,2}\2(?:19|20)?\d\d|\d+[.,]\d{1,2})$")


def _first_id_token(value: str, read_by_ocr: bool = False) -> str | None:
    """The first token with a digit that is no date or amount; a year after words ("single user, 2025") dates
    what the words say, it numbers nothing."""
    value = _URL.sub(" ", value)
    for match in _ID_TOKEN.finditer(value):
        token = _GLUED_LABEL.sub("", match.group(0)) if value[match.end():match.end() + 1] == ":" else match.group(0)
        token = token.strip("._-/")
        if (any(ch.isdigit() for ch in token) and len(token) >= 3 and not _DATE_OR_AMOUNT.match(token)
                and not (_YEAR.fullmatch(token) and value[:match.start()].strip())):
            return _with_ocr_tail(token, value[match.end():]) if read_by_ocr else token
    return None


# "CE-2024-0012Date: 03/05/2024": the next column's label glued to the id (a capitalised word before a colon after
# a digit); an id never ends in a word followed by a colon.
_GLUED_LABEL = re.compile(r"(?<=\d)[A-Z][a-z]+$")


def _with_ocr_tail(token: str, rest: str) -> str:
    tail = _OCR_ID_TAIL.match(rest.lstrip()) if rest[:1] == " " and "-" in token else None
    if tail is None or not token[-1].isdigit() or _DATE_LIKE.match(tail.group("tail")):
        return token
    return token + tail.group("tail")


def parse_certificate_id(lines: Sequence[Line], kn: Knowledge) -> Field[str]:
    """The id after a certificate-id label; else after a bare "ID:" or "No." opening its line; else a code on a
    line about verifying the certificate; else a code standing alone on its line (real-certificates.md: the labels
    may live in the background artwork, leaving only the values as text), each less surely."""
    lines = reread_codes(lines, kn)
    # "License/Certificate #" is the licence's label, though it ends in one of the certificate's.
    not_labels = kn.words("other", "labels") + kn.words("license_number", "labels")
    known = _known_labels(kn)
    # "License (State/Type)  Number": a bare "Number" or "No." beside a cell naming a licence numbers that.
    beside_licence = [ln for ln in lines if _beside_a_licence_cell(lines, ln, kn)]
    for found in (parse_labeled_code(lines, kn.words("certificate_id", "labels"), 0.9, not_labels=not_labels,
                                     known_labels=known),
                  _unseparated_code(lines, kn.words("certificate_id", "labels"), not_labels, 0.8),
                  parse_labeled_code(lines, kn.words("certificate_id", "generic"), 0.75, at_start=True,
                                     known_labels=known, not_on=beside_licence),
                  _id_in_heading(lines, kn), _numbered_alone(lines, kn), _code_to_verify(lines, kn)):
        if found.value is not None:
            return found
    return _bare_code(lines, kn)


@functools.cache  # one pattern per Knowledge
def _heading_with_id(kn: Knowledge) -> re.Pattern[str]:
    kinds = "|".join(re.escape(k) for k in sorted(kn.words("course_title", "document_kinds"), key=len, reverse=True))
    return re.compile(rf"^\W*certificate\s+of\s+(?:{kinds})\s*(?:#|\bno\.?|\bn[°º]\.?|\bnumber\b)\s*:?\s*"
                      r"(?P<code>[A-Z0-9][A-Z0-9-]*\d[A-Z0-9-]*)\s*$", re.IGNORECASE)


@functools.cache  # one pattern per Knowledge
def _numbered_pattern(kn: Knowledge) -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in kn.words("certificate_id", "labels") if " " not in w)
    return re.compile(rf"^(?:(?:#|n[°º]\.?)\s*|(?:{words})\s+)(?P<code>[A-Z0-9][\w/.-]*)$"
                      r"|\bcertificate\s*\(\s*(?:no\.?|#|number|n[°º]\.?)\s*:?\s*(?P<inner>[A-Z0-9][\w/.-]*)\s*\)",
                      re.IGNORECASE)


def _numbered_alone(lines: Sequence[Line], kn: Knowledge) -> Field[str]:
    """"#2025-11873", "N° 88123", "Serial 00-12-7781" filling a line (a corner's number, whose word "Certificate" is
    in the artwork, or a one-word label without a colon); "this certificate (No. 55123)" in a sentence. A line
    that ends a sentence wrapped from the line above ("... Provider" / "#12424.") numbers what that names; a short
    number ("#0392": a seal's or a page's) is no id: five digits at least."""
    for i, line in enumerate(lines):
        match = _numbered_pattern(kn).search(line.text.strip())
        above = line_above(lines, i)
        if match is None or (match.group("code") and (line.text.rstrip().endswith(".") or (
                above is not None and re.search(r"[\w,]$", above.text.rstrip())))):
            continue
        code = (match.group("code") or match.group("inner")).rstrip(".,;")
        if (_first_id_token(code) == code and sum(ch.isdigit() for ch in code) >= 5 and not _YEAR.fullmatch(code)
                and not _NOT_AN_ID.match(code)):
            return Field(code, round(0.7 * line.ocr_factor, 3), line.evidence, "a number sign and a code")
    return Field.absent(1.0)


def _id_in_heading(lines: Sequence[Line], kn: Knowledge) -> Field[str]:
    """'CERTIFICATE OF COMPLETION #2025-0412': the heading numbers the certificate itself."""
    for line in lines:
        match = _heading_with_id(kn).match(line.text)
        if match is not None:
            return Field(match.group("code"), round(0.8 * line.ocr_factor, 3), line.evidence,
                         "numbered in the certificate's heading")
    return Field.absent(1.0)


def parse_license_number(lines: Sequence[Line], kn: Knowledge) -> Field[str]:
    """The number after a licence label, not after another party's ("Provider License #" is the provider's);
    else a licence type's letters and a number alone on a line ("RN3055067"), whose label is in the artwork."""
    lines = reread_codes(lines, kn)
    labels = kn.words("license_number", "labels")
    credentials = set(kn.words("license_number", "credential_labels"))
    # A licence's own label first; a certification's or a registry's number only when no licence is labelled.
    for chosen in (tuple(w for w in labels if w not in credentials), labels):
        labeled = parse_labeled_code(lines, chosen, 0.85, keep_prefix=True, not_labels=kn.words("other", "labels"),
                                     known_labels=_known_labels(kn))
        if labeled.value is not None:
            return _with_state(labeled, kn)
    # "State License   2847561": a form's label without a colon, not after a signer's role.
    unseparated = _unseparated_code(lines, kn.words("license_number", "labels"), kn.words("other", "labels"), 0.8,
                                    roles=phrase_regex(kn.words("signatory", "roles")))
    if unseparated.value is not None:
        return unseparated
    for found in (_number_after_licence_type(lines, kn), _number_in_licence_cells(lines, kn),
                  _licence_word_and_number(lines, kn)):
        if found.value is not None:
            return found
    for i, line in enumerate(lines):
        alone = _licence_alone(line.text.strip(), kn)
        if alone is not None and _licence_like(alone, kn) and not _ends_an_address(lines, i):
            return Field(alone, round(0.55 * line.ocr_factor, 3), line.evidence,
                         "a licence-shaped number alone on its line, no label")
    return _licence_in_brackets(lines, kn)


def _licence_word_and_number(lines: Sequence[Line], kn: Knowledge) -> Field[str]:
    """"reported to CE Broker for license 2847561": the word licence and a number of five digits or more in a
    sentence, not another party's ("Business License 123456") nor a signer's."""
    others = phrase_regex(kn.words("other", "labels"))
    for line in lines:
        for match in re.finditer(r"(?<![\w-])licen[cs]e\s+(?:#\s*)?(?P<value>\d{5,12})(?![\w/-]|\.\d)", line.text,
                                 re.IGNORECASE):
            if (not _YEAR.fullmatch(match.group("value")) and not _after_a_role(line.text[:match.start()], kn)
                    and not any(o.start() <= match.start() < o.end() for o in others.finditer(line.text))):
                return Field(match.group("value"), round(0.7 * line.ocr_factor, 3), line.evidence,
                             "a number after the word licence in a sentence")
    return Field.absent(1.0)


def _licence_in_brackets(lines: Sequence[Line], kn: Knowledge) -> Field[str]:
    """"Jordan Smith (CA RN 95012345)": a licence type and number in brackets after a name; "Jordan Smith, RN
    884512": after the name's comma, ending the line. Not a signer's: no role on the line or under it
    ("Katarina Osei, MSN, RN 4412309" / "Dean")."""
    for i, line in enumerate(lines):
        below = line_below(lines, i)
        if _after_a_role(line.text, kn) or (below is not None and _after_a_role(below.text, kn)):
            continue
        for match in re.finditer(r"\(\s*([^()]{4,30}?)\s*\)|,\s*([^(),]{4,30}?)\s*$", line.text):
            if _someone_elses(line.text[:match.start()], kn):
                continue
            alone = _licence_alone(match.group(1) or match.group(2), kn)
            if alone is not None and _licence_like(alone, kn):
                return Field(alone, round(0.6 * line.ocr_factor, 3), line.evidence, "a licence after a name")
    return Field.absent(1.0)


def _someone_elses(before: str, kn: Knowledge) -> bool:
    """Whether the name before a licence is another person's: after "by" ("Presented by Maria Lopez (RN 884512)")
    or after a label that is not the participant's ("Course author: Maria Lopez, RN 884512")."""
    participant = phrase_regex(kn.words("participant", "labels"))  # "Completed by Jordan Smith (CA RN 95012345)"
    if re.search(r"\bby\b", participant.sub(" ", before), re.IGNORECASE):
        return True
    label = re.match(r"^\W*([A-Za-z][\w ]{0,30}?)\s*:", before)
    return label is not None and participant.fullmatch(label.group(1)) is None


def _names_a_licence(line: Line, kn: Knowledge) -> bool:
    """Whether a short cell names a licence without its number: a licence label ("License (State/Type)",
    "License: Texas RN") or a licence type at its end ("State & Type: TX PT"), not another party's nor a signer's."""
    text = line.text.strip(" :#")
    if len(text.split()) > 6 or any(ch.isdigit() for ch in text) or _after_a_role(text, kn):
        return False
    label = phrase_regex(kn.words("license_number", "labels")).search(text)
    others = phrase_regex(kn.words("other", "labels"))
    if label is not None and not any(o.start() <= label.start() < o.end() for o in others.finditer(text)):
        return True
    # "Audience: RN, LPN": two licence types list who the activity is for, not the participant's licence.
    kinds = set(kn.words("license_number", "prefixes")) - set(kn.words("license_number", "state_prefixes"))
    types = [t for t in re.split(r"[\s/,]+", text) if t.isupper() and t.lower() in kinds]
    last = re.split(r"[\s/]+", text)[-1]
    return len(types) < 2 and last.isupper() and last.lower() in kn.words("license_number", "prefixes") and \
        last.lower() not in kn.words("license_number", "state_prefixes")


def _cell_right_of(lines: Sequence[Line], line: Line) -> Line | None:
    right = [ln for ln in lines if ln.bbox[0] >= line.bbox[2] and on_row_of(ln, line)]
    return min(right, key=lambda ln: ln.bbox[0]) if right else None


def _beside_a_licence_cell(lines: Sequence[Line], line: Line, kn: Knowledge) -> bool:
    left = [ln for ln in lines if ln.bbox[2] <= line.bbox[0] and on_row_of(ln, line)]
    return bool(left) and _names_a_licence(max(left, key=lambda ln: ln.bbox[2]), kn)


_GENERIC_HEAD = re.compile(r"^(?:#|no\.?|number|n[°º]\.?)\s*:?\s*", re.IGNORECASE)


def _number_in_licence_cells(lines: Sequence[Line], kn: Knowledge) -> Field[str]:
    """"License: Texas RN | 884512", "State & Type: TX PT | No. 1209934", a header "License (State/Type) | Number"
    over "FL / LMT | MA12345": the type and state in one cell, the number in the next (or under the next
    cell's bare "Number")."""
    for line in lines:
        if not _names_a_licence(line, kn):
            continue
        cell = _cell_right_of(lines, line)
        if cell is not None and cell.text.strip(" :#.").lower() in ("number", "no", "#", ""):
            cell = line_below(lines, lines.index(cell))
        value = _GENERIC_HEAD.sub("", cell.text.strip()) if cell is not None else ""
        if (cell is not None and " " not in value and _first_id_token(value) == value
                and sum(ch.isdigit() for ch in value) >= 4 and not _NOT_AN_ID.match(value)):
            return Field(value, round(0.7 * cell.ocr_factor, 3), cell.evidence, "the cell beside a licence's type")
    return Field.absent(1.0)


def _with_state(found: Field[str], kn: Knowledge) -> Field[str]:
    """"Licence/Registration #: TX RN1234567", "FL-PE 12345": a state's code printed before a licence type and its
    number is part of the number as the participant would type it."""
    value, text = found.value, found.evidence.text if found.evidence is not None else ""
    if value is None or not text:
        return found
    types = "|".join(re.escape(t) for t in kn.words("license_number", "prefixes"))
    state = re.search(rf"(?<![\w-])([A-Z]{{2}}[ -])(?={re.escape(value)}(?!\w))", text)
    if state is None or not re.match(rf"(?:{types})(?=[^A-Za-z])", value, re.IGNORECASE) or not value[:2].isupper():
        return found
    return replace(found, value=state.group(1) + value)


def _number_after_licence_type(lines: Sequence[Line], kn: Knowledge) -> Field[str]:
    """"Jane Doe — TX RN #123456", "LPN #44-1209", "LCSW #: 88123", "RN: 1234567": a licence type's letters (in
    capitals, as printed: "do #" is no Doctor of Osteopathy) then "#", "No." or a colon label the number after them;
    "License RN 3310045": a licence word before the type and the number does too. Not after a signer's role
    ("Instructor, TX PE #45123" is the instructor's licence)."""
    hash_pattern, word_pattern = _licence_type_patterns(kn)
    for line in lines:
        match = hash_pattern.search(line.text)
        # At least four digits: "RN #1-12 of the series" counts, "PA No. 12-345" numbers a state's approval; no
        # amount ("RN: 10.00 contact hours" is a profession's credit).
        if (match is not None and match.group("type").isupper()
                and sum(ch.isdigit() for ch in match.group("value")) >= 4
                and not _DATE_OR_AMOUNT.match(match.group("value")) and not _a_year(match.group("value"))
                and match.group("type").replace(".", "").lower() not in kn.words("license_number", "state_prefixes")
                and not _after_a_role(line.text[:match.start()], kn)
                and (match.group("sep") != ":" or _after_a_name(line.text[:match.start()]))):
            return Field(match.group("value"), round(0.75 * line.ocr_factor, 3), line.evidence,
                         "a number after a licence type and '#'")
        match = word_pattern.search(line.text)
        # ("Provider License PT 12345": the licence word is another party's label's.)
        if (match is not None and match.group("type").isupper() and not _a_year(match.group("value"))
                and not _a_zip_code(match.group("value"), kn)
                and not _after_a_role(line.text[:match.start()], kn)
                and not any(o.start() <= match.start() < o.end()
                            for o in phrase_regex(kn.words("other", "labels")).finditer(line.text))):
            return Field(match.group("value"), round(0.75 * line.ocr_factor, 3), line.evidence,
                         "a licence type and number after a licence word")
    return Field.absent(1.0)


@functools.cache  # one pair per Knowledge
def _licence_type_patterns(kn: Knowledge) -> tuple[re.Pattern[str], re.Pattern[str]]:
    prefixes = "|".join(map(re.escape, kn.words("license_number", "prefixes")))
    # Before "#" or "No." a type may be printed with dots: "P.E. No. 12345".
    dotted = "|".join(r"\.?".join(map(re.escape, p)) + r"\.?" for p in kn.words("license_number", "prefixes"))
    # The one-word licence labels ("license", "lic.") before a type and its number: "License RN 3310045",
    # "License (RN 1234567)".
    words = "|".join(re.escape(w) for w in kn.words("license_number", "labels") if " " not in w and "#" not in w)
    return (re.compile(rf"(?<![\w.-])(?P<type>{dotted})\s*(?P<sep>#:?|No\.?:?\s|:)\s*(?P<value>\d[\w.-]*\d)",
                       re.IGNORECASE),
            re.compile(rf"(?<![\w-])(?:{words})(?:\s+|\s*\(\s*)(?P<value>(?P<type>{prefixes})[ -]?\d{{4,9}})(?![\w-])",
                       re.IGNORECASE))


def _after_a_role(before: str, kn: Knowledge) -> bool:
    """Whether a signer's role ("Instructor", "Nurse Planner") stands before a licence on its line."""
    return phrase_regex(kn.words("signatory", "roles")).search(before) is not None


def _licence_alone(text: str, kn: Knowledge) -> str | None:
    """"RN3055067", "Florida RN 1234567", "TX PE 12345": a licence type's letters and a number alone on a line,
    a state before them (by name or postal code) left out; letters then digits only (a course code
    "PT-2024-0012-A" goes on)."""
    match = _licence_alone_pattern(kn).fullmatch(text)
    if match is None or _a_year(match.group("licence")) or _a_zip_code(match.group("licence"), kn):
        return None
    return match.group("licence")


@functools.cache  # one pattern per Knowledge: asked of every line
def _licence_alone_pattern(kn: Knowledge) -> re.Pattern[str]:
    states = "|".join(map(re.escape, kn.words("license_number", "states")))
    return re.compile(rf"(?:(?:(?i:{states})|[A-Z]{{2}})\s+)?(?P<licence>[A-Z]{{2,5}}[- ]?\d{{4,9}})")


def _after_a_name(before: str) -> bool:
    """Whether a licence type with a bare colon ("RN: 1234567") opens its line or follows a name ("Jane Doe, RN:",
    "Name: Jane Doe   RN:"): after a sentence's small word ("Approved for RN: 2024-0042") the colon introduces an
    approval's number."""
    return re.search(r"(?:^|[,|(\u2013\u2014-]|\b[A-Z][\w.'-]*)\s*$", before) is not None


def _a_zip_code(value: str, kn: Knowledge) -> bool:
    """Whether a licence-shaped value is a state's postal code and a ZIP code ("PA 17105", "MD 20850"): PA, MD and
    MT are licence types too, but five digits after them close an address."""
    match = re.fullmatch(r"([A-Za-z]{2})[ -]?\d{5}", value)
    return match is not None and match.group(1).lower() in kn.words("license_number", "state_prefixes")


def _a_year(value: str) -> bool:
    """Whether a licence's number is only a year ("CPA: 2025 Update", "Texas CPA 2024"): a year numbers no licence."""
    return _YEAR.fullmatch(re.sub(r"^[A-Za-z.]+[ -]?", "", value)) is not None


def _unseparated_code(lines: Sequence[Line], labels: tuple[str, ...], not_labels: tuple[str, ...],
                      confidence: float, roles: re.Pattern[str] | None = None) -> Field[str]:
    """"Cert ID 8F2K-91QZ · Issued 03/05/2024": a footer strip names its id without a colon. Only a label of two
    words or more ("Cert ID", not "Certificate") is that sure of itself, and only before a code with a digit. A
    label after one of `roles` on its line ("Nurse Planner  RN License 1122334") is that person's."""
    pattern = _unseparated_label(labels)
    others = phrase_regex(not_labels) if not_labels else None
    for line in lines:
        match = pattern.search(line.text)
        if match is None or (others is not None and _inside_other(match, line.text, others)) or \
                (roles is not None and roles.search(line.text[:match.start("label")])):
            continue
        value = _first_id_token(match.group("rest"), line.read_by_ocr)
        if value is not None and not re.fullmatch(r"(?:19|20)\d{2}", value):  # "Certificate ID 2024 Acme": a year
            return Field(value, round(confidence * line.ocr_factor, 3), line.evidence, "a label without a colon")
    return Field.absent(1.0)


@functools.cache  # one pattern per label list
def _unseparated_label(labels: tuple[str, ...]) -> re.Pattern[str]:
    multi = "|".join(re.escape(lb) for lb in labels if " " in lb)
    return re.compile(rf"(?<![\w/])(?P<label>{multi})\s+(?P<rest>\S*\d.*)$", re.IGNORECASE)


def _inside_other(match: re.Match[str], text: str, others: re.Pattern[str]) -> bool:
    return any(o.start() <= match.start("label") < o.end() for o in others.finditer(text))


@functools.cache  # one tuple per Knowledge, longest first so that a regex tries "license #" before "license"
def _known_labels(kn: Knowledge) -> tuple[str, ...]:
    return tuple(sorted(kn.label_phrases(), key=len, reverse=True))


# ---- OCR's confusions in codes and their labels. Only lines Tesseract read are touched (a text layer prints what it
# means, and the contract wants values as printed); a character is changed only where the shape makes the intended
# one certain: an O or I inside a run of digits ("CE-2O24-0012": issuers leave O and I out of their codes because
# they pass for 0 and 1), a lowercase "l" or "|" opening or closing one ("RN l23456": codes are printed in capitals),
# and a label word that becomes a word of a code's label ("Certificate N0.", "Licen5e #", "|D:"). B and S stay as
# read even among digits: codes use them ("3B2022006971" is a real id, not 382022006971).
_DIGIT_FOR = {"O": "0", "o": "0", "l": "1", "I": "1", "|": "1"}
_LETTERS_FOR = {"0": "o", "5": "s", "8": "b", "1": "il", "|": "il"}
_RUN = re.compile(r"[A-Za-z0-9|]+")


def reread_codes(lines: Sequence[Line], kn: Knowledge) -> list[Line]:
    """The lines with OCR's certain confusions in codes and code labels undone (text-layer lines unchanged)."""
    vocabulary = _label_vocabulary(kn)
    out: list[Line] = []
    for line in lines:
        if not line.read_by_ocr:
            out.append(line)
            continue
        joined = _join_split_codes(line.words)
        words = tuple(replace(w, text=_reread_word(w.text, vocabulary, joined[k - 1].text if k else ""))
                      for k, w in enumerate(joined))
        out.append(line if words == line.words else replace(line, words=words))
    return out


def _join_split_codes(words: tuple[Word, ...]) -> tuple[Word, ...]:
    """"CE-2024- 0012", "CE- 2024-0012": OCR reads a gap after a code's dash; a capitals-and-digits word ending in a
    dash goes on in the next word when that starts with a letter or digit (the joined code has a digit). A gap
    before a dash ("a1b2c3d4-5e6f-7081 -92a3-b4c5d6e7f809") inside a dashed code with digits on both sides too."""
    out: list[Word] = []
    for word in words:
        prev = out[-1] if out else None
        if prev is not None and ((re.fullmatch(r"[A-Z0-9]+(?:-[A-Z0-9]+)*-", prev.text)
                                  and re.match(r"[A-Z0-9]", word.text) and re.search(r"\d", prev.text + word.text))
                                 or (re.fullmatch(r"(?=.*\d)[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+", prev.text)
                                     and re.fullmatch(r"(?=.*\d)(?:-[A-Za-z0-9]+)+", word.text))):
            out[-1] = replace(prev, text=prev.text + word.text, x1=word.x1, top=min(prev.top, word.top),
                              bottom=max(prev.bottom, word.bottom), confidence=min(prev.confidence, word.confidence))
        else:
            out.append(word)
    return tuple(out)


def _reread_word(text: str, vocabulary: frozenset[str], before: str = "") -> str:
    label = _reread_label_word(text, vocabulary) or _misread_label_end(text, before, vocabulary)
    return label if label is not None else _RUN.sub(lambda m: _digits_run(m.group(0)), text)


def _digits_run(run: str) -> str:
    """A run of digits with an O or I inside ("2O24", "00I2") or a lowercase "l" / "|" at an end ("l23456")."""
    digits = sum(ch.isdigit() for ch in run)
    others = [(i, ch) for i, ch in enumerate(run) if not ch.isdigit()]
    if digits < 3 or not others or len(others) > max(1, digits // 3):
        return run
    if not all(ch in _DIGIT_FOR and (0 < i < len(run) - 1 or ch in "l|") for i, ch in others):
        return run
    return "".join(_DIGIT_FOR.get(ch, ch) for ch in run)


def _reread_label_word(text: str, vocabulary: frozenset[str]) -> str | None:
    """"N0." -> "NO.", "Licen5e" -> "License", "|D:" -> "ID:": digits read for letters in a word with letters,
    when reading them as letters gives a word of a code's label."""
    core = text.strip(".:#,;()")
    if not any(ch.isalpha() for ch in core) or not any(ch in _LETTERS_FOR for ch in core) or len(core) > 24:
        return None
    upper = all(ch.isupper() for ch in core if ch.isalpha())
    options = [_LETTERS_FOR.get(ch, ch) for ch in core]
    for letters in itertools.islice(itertools.product(*options), 8):
        candidate = "".join(letters)
        if candidate.lower() in vocabulary:
            return text.replace(core, candidate.upper() if upper else candidate, 1)
    return None


def _misread_label_end(text: str, before: str, vocabulary: frozenset[str]) -> str | None:
    """"Certificate Numbet:", "License NUMDED:": a label's last word before its colon, after a word of a code's
    label, misread in up to two letters (OCR stumbles on a dot leader after it) is that label word ("number")."""
    core = text.rstrip(":")
    if not text.endswith(":") or not core.isalpha() or len(core) < 5 or before.lower().strip(".:#") not in vocabulary:
        return None
    for word in vocabulary:
        if len(word) == len(core) and word != core.lower() and \
                sum(a != b for a, b in zip(word, core.lower(), strict=True)) <= 2 and word[:3] == core[:3].lower():
            return (word.upper() if core.isupper() else word.capitalize() if core[0].isupper() else word) + ":"
    return None


@functools.cache  # one set per Knowledge
def _label_vocabulary(kn: Knowledge) -> frozenset[str]:
    """The words of the code labels (certificate id, licence and the other codes): what a misread label word is
    checked against."""
    phrases = [*kn.words("certificate_id", "labels"), *kn.words("certificate_id", "generic"),
               *kn.words("license_number", "labels"), *kn.words("other", "labels")]
    words = {w.strip(".:#'s").lower() for p in phrases for w in re.split(r"[\s/]+", p)}
    return frozenset(w for w in words if len(w) >= 2 and w.isalpha())



def _ends_an_address(lines: Sequence[Line], index: int) -> bool:
    """'Rockville,' / 'MD 20850': MD, PA and MT are states and licence types; a state and ZIP code under a line
    ending in a comma close an address ("PE 14225" alone is a Professional Engineer's licence)."""
    above = line_above(lines, index)
    return (re.fullmatch(r"[A-Z]{2} \d{5}", lines[index].text.strip()) is not None and above is not None
            and above.text.rstrip().endswith(","))


def _bare_code(lines: Sequence[Line], kn: Knowledge) -> Field[str]:
    for i, line in enumerate(lines):
        code = line.text.strip()
        code = code[1:].lstrip() if code.startswith("#") else code  # "#CE-2025-0041" in a corner: the number sign
        if _is_bare_code(code) and not _licence_like(code, kn) and not _under_a_label(lines, i, kn):
            return Field(code, round(0.6 * line.ocr_factor, 3), line.evidence, "a code alone on its line, no label")
    return Field.absent(1.0)


def _code_to_verify(lines: Sequence[Line], kn: Knowledge) -> Field[str]:
    """A code on a line that says how to verify the certificate, or on the caption line under it ("Scan to
    verify" / "ID 7F3K9Q2M"), inside its web address too ("https://x.org/verify/AB12-CD34"): what one checks
    the certificate by is its id."""
    verify = phrase_regex(kn.words("certificate_id", "verify_words"))
    labels = kn.label_phrases()
    for i, line in enumerate(lines):
        # "Attendance verified by the coordinator" says who checked the attendance, not how to check the paper.
        if not verify.search(line.text) or re.search(r"\bverified\s+by\b", line.text, re.IGNORECASE):
            continue
        below = line_below(lines, i)
        # A labelled line under it ("Course Number: PHA-2024-0173") is a field of its own.
        for candidate in (line, None if below is None or opens_with_known_label(below.text, labels) else below):
            code = _code_in(candidate.text, kn) if candidate is not None else None
            if candidate is not None and code is not None:
                return Field(code, round(0.7 * candidate.ocr_factor, 3), candidate.evidence,
                             "a code beside a verification note")
    return Field.absent(1.0)


def _code_in(text: str, kn: Knowledge) -> str | None:
    """The first token that is a code by itself, web addresses cut at "/", "?", "=" and "&" into their parts; the
    last part of a web address may be a short code of capitals and digits ("coursera.org/verify/XWHUV3YCSJ8E")."""
    # "Code 4412 0919 7781" under "Verify at ...": an id printed in groups.
    spaced = _spaced_id(re.sub(r"^(?:code|id|no\.?|#)\s*:?\s*", "", text.strip(), flags=re.IGNORECASE))
    if spaced is not None:
        return spaced
    url_ends = {_url_end(m.group(0)) for m in _URL.finditer(text)}
    for token in re.split(r"[\s/?=&#]+", text):
        token = token.strip(".,;:()[]")
        if (_is_bare_code(token) or (token in url_ends and _URL_CODE.fullmatch(token))) \
                and not _licence_like(token, kn):
            return token
    return None


# Capitals and digits, both, six or more: what a verification address ends in ("AB12CD"), not a word or a page.
_URL_CODE = re.compile(r"(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9][A-Z0-9-]{4,38}[A-Z0-9]")


def _url_end(url: str) -> str:
    return re.split(r"[/?=&#]+", url.rstrip("/.,;:)"))[-1]


def _licence_like(code: str, kn: Knowledge) -> bool:
    """Whether a code opens with a licence type's letters ("RN3055067", "RPH-360643")."""
    prefix = re.split(r"[\d -]", code, maxsplit=1)[0]
    return prefix.upper() in {p.upper() for p in kn.words("license_number", "prefixes")}


@functools.cache  # one pattern per Knowledge; asked for every bare code's neighbours
def _ends_like_a_label(kn: Knowledge) -> re.Pattern[str]:
    """A line ending as a code's label does: ":", "#" or a word of labels.toml [other] label_ends ("Order No.")."""
    words = "|".join(map(re.escape, kn.words("other", "label_ends")))
    return re.compile(rf"(?:[:#]|\b(?:{words}))\s*$", re.IGNORECASE)


def _under_a_label(lines: Sequence[Line], index: int, kn: Knowledge) -> bool:
    """Whether a label of some other code stands above or to the left ("Order #  D688921", "NPI", "Course"). A
    delivery format's word is a value there: "Webinar" over the id is the format, printed without its label."""
    line = lines[index]
    left = [ln for ln in lines if ln.bbox[2] <= line.bbox[0] and on_row_of(ln, line)]
    ends_like_a_label, known = _ends_like_a_label(kn), _labels_not_formats(kn)

    def a_label(ln: Line | None) -> bool:
        return ln is not None and len(ln.words) <= 5 and bool(ends_like_a_label.search(ln.text)
                                                              or ln.text.strip(" :").lower() in known)
    # A caption in smaller print under the code ("EV-2025-0412" / "Event ID") names it too, unless it is the
    # certificate id's own.
    below = line_below(lines, index)
    caption = (a_label(below) and below is not None and below.size < line.size
               and below.text.strip(" :#").lower() not in kn.words("certificate_id", "labels"))
    # "Provider approved by the California BRN" / "CEP16193": a code under another code's label word numbers that.
    above = line_above(lines, index)
    approval = above is not None and phrase_regex(kn.words("other", "labels")).search(above.text) is not None
    return caption or approval or any(a_label(ln) for ln in [*left, above])


# "G62021003861", "E4DR-019020", "CE-2019-001162": letters and digits, at least four digits, maybe dashed.
_BARE_CODE = re.compile(r"^[A-Z0-9]{2,}(?:-[A-Z0-9]{2,}){0,3}$")


# A telephone number, a ZIP+4, a span of years: codes of something else.
_NOT_AN_ID = re.compile(r"^(?:(?:1([-.]))?\d{3}([-.])\d{3}\2\d{4}|\d{5}-\d{4}|(?:19|20)\d\d-(?:19|20)\d\d|\d{10})$")


def _is_bare_code(text: str) -> bool:
    digits = sum(ch.isdigit() for ch in text)
    return (6 <= len(text) <= 24 and digits >= 4 and _BARE_CODE.match(text) is not None
            and not _DATE_LIKE.match(text) and not (text.isdigit() and len(text) <= 8)  # a year, a zip, 20240115
            and not _NOT_AN_ID.match(text) and not _clock_span(text))


# "0800-0830", "1305-1420": a form's time column in 24-hour clock (a span of a few hours within a day), no id.
_CLOCK_SPAN = re.compile(r"^(?P<h0>[0-2]\d)(?P<m0>[0-5]\d)\s?[-\u2013]\s?(?P<h1>[0-2]\d)(?P<m1>[0-5]\d)$")


def _clock_span(text: str) -> bool:
    match = _CLOCK_SPAN.match(text)
    if match is None:
        return False
    start = int(match["h0"]) * 60 + int(match["m0"])
    end = int(match["h1"]) * 60 + int(match["m1"])
    return 5 * 60 <= start < end <= 23 * 60 and end - start <= 4 * 60


# "License No.: PE 63574", "TX-PE 12345": a licence type printed before the number belongs to it.
_PREFIXED_NUMBER = re.compile(r"^(?P<prefix>(?:[A-Z]{2}\s)?[A-Z]{1,4}(?:-[A-Z]{1,4})?)\s+(?P<number>\d[\w-]*)\b")

# "AB 1234 5678", "4F2A 9C31 77BE 0D12", "CE 2024 00123": an id printed in groups of capitals and digits (a
# letters group may open it) is one id; a year or a date after an id ("CE-2025-7 2025-03-14", "004512 2025") is not
# part of it.
_SPACED_ID = re.compile(r"^(?:[A-Z]{1,4}\s)?[A-Z0-9]{3,6}(?:\s(?:-\s)?[A-Z0-9]{3,6})+(?![\w./-])")
_YEAR = re.compile(r"(?:19|20)\d\d")


def _spaced_id(value: str) -> str | None:
    """Groups of one length, each with a digit, are one id; groups of several lengths only after a letters group
    and not ending in a year."""
    match = _SPACED_ID.match(value)
    if match is None:
        return None
    parts = match.group(0).split()
    lead = parts[0] if parts[0].isalpha() else ""
    groups = [g for g in parts[1 if lead else 0:] if g != "-"]
    if not all(any(ch.isdigit() for ch in g) for g in groups):
        return None
    if len({len(g) for g in groups}) == 1:
        # Two groups of digits and capitals may be an id and a year ("AB12 2025"); digits alone were always one id.
        return match.group(0) if all(g.isdigit() for g in groups) or not _YEAR.fullmatch(groups[-1]) else None
    return match.group(0) if lead and not _YEAR.fullmatch(groups[-1]) else None


# "whose licence number is RN 1234567": a sentence's lower-case words between the label and the code.
_SENTENCE_WORDS = re.compile(r"^(?:[a-z]+\s+)+(?=.*\d)")


def _wrapped_value(hit: LabelHit, lines: Sequence[Line]) -> str:
    """The value after a label; a code that ends its line in a dash goes on at the start of the line below
    ("9f8e7d6c-5b4a-3f2e-" / "1d0c-9b8a7f6e5d4c"), when that line is a single code."""
    value = hit.value.strip()
    if not (hit.same_line and re.search(r"\w-$", hit.value_line.text.rstrip())):
        return value
    index = next(i for i, ln in enumerate(lines) if ln is hit.value_line)
    below = line_below(lines, index)
    rest = below.text.strip() if below is not None else ""
    return value.rstrip("-") + "-" + rest if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9-]*", rest) else value


def parse_labeled_code(lines: Sequence[Line], labels: tuple[str, ...], confidence: float,
                       keep_prefix: bool = False, not_labels: tuple[str, ...] = (),
                       at_start: bool = False, known_labels: tuple[str, ...] = (),
                       not_on: Sequence[Line] = ()) -> Field[str]:
    """The first id-like token (letters, digits, dashes; at least one digit) after one of the labels.

    A label inside one of `not_labels` ("license #" in "Provider License #") is that other code's; with
    `at_start` a label counts only where it opens its line ("ID:", not the "ID:" of "Member ID:"). A line below
    that opens with one of `known_labels` and its value ("Certificate ID:" left blank over "License #: RN123456")
    is that field's line, not the label's value. A label on one of the lines `not_on` is another code's.
    """
    for hit in find_labeled(lines, labels, anywhere=True):
        if (at_start and not _opens_line(hit)) or _claimed_by(hit, not_labels) or _heading_word(hit) \
                or any(hit.label_line is ln for ln in not_on):
            continue
        if known_labels and _opens_with_label(hit.value, hit.value_line, known_labels):
            continue
        value = _code_value(_wrapped_value(hit, lines), keep_prefix, hit.value_line.read_by_ocr)
        if value is not None:
            return Field(value, round(confidence * hit.value_line.ocr_factor, 3), hit.evidence)
    return Field.absent(1.0)


# "3F2A9C31-77BE- 0D12-4A5B": a code wrapped after a dash and joined back with a space by the layout goes on in the
# next token when that has a digit.
_WRAPPED_AT_DASH = re.compile(r"^(?P<head>[A-Za-z0-9][\w-]*[A-Za-z0-9]-)\s+(?=[A-Za-z0-9-]*\d)"
                              r"(?P<tail>[A-Za-z0-9][\w-]*)")


def _code_value(value: str, keep_prefix: bool, read_by_ocr: bool) -> str | None:
    value = _WRAPPED_AT_DASH.sub(r"\g<head>\g<tail>", value)
    code = _SENTENCE_WORDS.sub("", value)
    prefixed = _PREFIXED_NUMBER.match(code) if keep_prefix else None
    if prefixed is not None:
        return f"{prefixed.group('prefix')} {prefixed.group('number')}"
    return _spaced_id(code) or _first_id_token(value, read_by_ocr)


def _opens_with_label(value: str, line: Line, known_labels: tuple[str, ...]) -> bool:
    """Whether a label's value opens with another label and its own value: the label was left blank and the
    next field was read for it (on the line below, or joined to it as a table's cell)."""
    alone = Line(line.page, (Word(value, *line.bbox, size=line.size, confidence=line.confidence),))
    return any(hit.same_line for hit in find_labeled([alone], known_labels))


def _heading_word(hit: LabelHit) -> bool:
    """Whether a one-word label merely ends a longer line ("Continuing Education Certificate"): a heading, whose
    next line is no value of it."""
    text = hit.label_line.text.strip(" :#")
    return not hit.same_line and " " not in hit.label and text.lower() != hit.label and not \
        hit.label_line.text.rstrip().endswith((":", "#"))


def _opens_line(hit: LabelHit) -> bool:
    return re.sub(r"^\W+", "", hit.label_line.text).lower().startswith(hit.label)


def _claimed_by(hit: LabelHit, not_labels: tuple[str, ...]) -> bool:
    """Whether the hit's label is inside another code's label on its line ("Provider License #")."""
    # After a space or a slash: "License/Certificate #" claims its "certificate #".
    inside = re.compile(rf"[\s/]{re.escape(hit.label)}(?!\w)")
    return any(inside.search(other)
               for other in (m.group(0).lower() for m in phrase_regex(not_labels).finditer(hit.label_line.text))
               ) if not_labels else False


def parse_accreditation(lines: Sequence[Line], kn: Knowledge) -> Field[str]:
    """The accrediting body: a known one by acronym, else the body an approval sentence names."""
    any_name, patterns = _accreditor_patterns(kn)
    # Most lines name no body at all: one pass of the case-blind alternation finds the few worth each name's test.
    text_lines = [(ln, ln.text) for ln in lines if any_name.search(ln.text)]
    statement_re = phrase_regex(kn.accreditation_verbs)
    best: tuple[float, str, Line] | None = None
    for acronym, name, pattern in patterns:
        for line, text in text_lines:
            if pattern.search(text):
                score = (0.9 if statement_re.search(text) else 0.65) + (0.02 if len(name) > 6 else 0.0)
                if best is None or score > best[0]:
                    best = (score, acronym, line)
    if best is not None:
        score, acronym, line = best
        return Field(acronym, round(min(score, 0.92) * line.ocr_factor, 3), line.evidence)
    return _named_approver(lines, kn)


@functools.cache  # compiled once per Knowledge: a page is tested against every printed name of every body
def _accreditor_patterns(kn: Knowledge) -> tuple[re.Pattern[str], tuple[tuple[str, str, re.Pattern[str]], ...]]:
    """One case-blind pattern that any body's name matches, and each name's own pattern, in the table's order."""
    patterns = []
    for acronym, names in kn.accreditors.items():
        for name in names:
            # Acronyms must match in their case ("ACE" is not "ace"); full names match in any case.
            flags = 0 if name.isupper() or len(name) <= 6 else re.IGNORECASE
            # "NASM-CPT" after a name is a credential, not the approving body: no hyphen on either side.
            patterns.append((acronym, name, re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])", flags)))
    printed = sorted({name for _, name, _ in patterns}, key=len, reverse=True)
    any_name = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, printed)) + r")(?![\w-])", re.IGNORECASE)
    return any_name, tuple(patterns)


_ACRONYM_AFTER = re.compile(r"^[^()]{0,40}?\(([A-Z][A-Za-z&-]{1,9})\)")
# A state's "Office", "Division" or a "Service" approves too ("Ohio Division of Real Estate", "the CPD Certification
# Service"), when the name ends there or goes on with "of"; a name's tail may join words with "and" or "&"
# ("Department of Insurance and Financial Institutions"), and so may its head, with commas ("Alabama Plumbers and Gas
# Fitters Examining Board", "Ohio Occupational Therapy, Physical Therapy, and Athletic Trainers Board"). A registrar
# licenses too ("Arizona Registrar of Contractors").
# "... approved by the Texas Board of Nursing and Texas Medical Board": after "and", the name of a second body.
@functools.cache  # one pattern per Knowledge
def _body(kn: Knowledge) -> re.Pattern[str]:
    def words(kind: str) -> str:
        return exact_alternation(kn.words_as_written("accrediting_body", kind))
    another = rf"(?:[A-Z][\w.&'-]*\s+){{0,4}}(?:{words('second_body_words')})\b"
    return re.compile(
        rf"(?:the\s+)?(?P<body>(?:[A-Z][\w.&'\u2019-]*,?\s+(?:(?:and|&)\s+)?){{0,9}}?(?:(?:{words('body_words')})\b"
        rf"|(?:{words('registrar_words')})(?=\s+of\s+[A-Z])|(?:{words('office_words')})\b(?!\s+[A-Z]))"
        rf"(?:\s+(?:of|for|on)\s+[A-Z][\w.&'-]*(?:\s+(?:(?:and|&)\s+(?!{another}))?[A-Z][\w.&'-]*){{0,5}})?)"
    )


# "Riverside Hospital and Ohio Board of Nursing": an institution's name before "and" is a second organisation's,
# where "and" inside a board's head joins the trades or professions it licenses ("Plumbers and Gas Fitters").
@functools.cache  # one pattern per Knowledge
def _institution_and(kn: Knowledge) -> re.Pattern[str]:
    words = exact_alternation(kn.words_as_written("accrediting_body", "institution_words"))
    return re.compile(rf"^.*?\b(?:{words})\.?,?\s+(?:and|&)\s+(?=[A-Z])")


def _body_alone(value: str, kn: Knowledge) -> str:
    """The body without a signer and role before it ("Jane Smith, Executive Director, Ohio Board of Nursing") or an
    institution joined to it by "and"; a body's head holds commas and "and" only between the words of its own
    name ("Ohio Occupational Therapy, Physical Therapy, and Athletic Trainers Board")."""
    roles, body = phrase_regex(kn.words("signatory", "roles")), _body(kn)
    parts = value.split(", ")
    for k in range(len(parts) - 1, 0, -1):
        rest = ", ".join(parts[k:])
        if roles.search(parts[k - 1].split()[-1] if parts[k - 1].split() else "") and body.fullmatch(rest):
            value = rest
            break
    joined = _institution_and(kn).match(value)
    if joined is not None and body.fullmatch(value[joined.end():]):
        value = value[joined.end():]
    return value


def _named_approver(lines: Sequence[Line], kn: Knowledge) -> Field[str]:
    statement_re = phrase_regex(kn.accreditation_verbs)
    for line in lines:
        verb = statement_re.search(line.text)
        if verb is None:
            continue
        rest = line.text[verb.end():]
        body = _body(kn).search(rest)
        if body is not None:
            # "National Certification Board for Therapeutic Massage & Bodywork (NCBTMB)": the acronym it goes by.
            acronym = _ACRONYM_AFTER.match(rest[body.end():])
            # A sentence may go on after the name: "... of the Florida Board of Professional Engineers. This ..."
            value = acronym.group(1) if acronym else _body_alone(
                re.split(r"\.\s", body.group("body"))[0].strip(" .,"), kn)
            return Field(value, round(0.7 * line.ocr_factor, 3), line.evidence)
    return Field.absent(0.8, "no accrediting body named")


def parse_delivery_format(lines: Sequence[Line], kn: Knowledge, provider: str | None = None) -> Field[str]:
    """A 'Delivery:' label first, else the first category word; never words inside the provider's name
    ("Summit Ridge Training Center" is no summit)."""
    categories = kn.words("delivery_format", "order")
    for row in _rows_naming_formats(lines, kn):
        options = _options_offered(" ".join(ln.text for ln in row), kn)
        line = row[0]
        if options is not None:
            if options == "":
                return Field.absent(0.7, "the formats are listed as options, none marked")
            return Field(options, round(0.85 * line.ocr_factor, 3), line.evidence)
    for hit in find_labeled(lines, kn.words("delivery_format", "labels")):
        for category in categories:
            if phrase_regex(kn.words("delivery_format", category)).search(hit.value):
                return Field(category, round(0.85 * hit.value_line.ocr_factor, 3), hit.evidence)
    labels = _labels_not_formats(kn)
    texts = [(line, _without_non_formats(_without_opening_label(line.text, labels), kn, provider)) for line in lines]
    for category in categories:
        pattern = phrase_regex(kn.words("delivery_format", category))
        for line, text in texts:
            if pattern.search(text):
                return Field(category, round(0.65 * line.ocr_factor, 3), line.evidence)
    return Field.absent(0.7)


_OPENING_LABEL = re.compile(r"^\s*(?P<label>[^:]{1,40}):")


def _without_non_formats(text: str, kn: Knowledge, provider: str | None) -> str:
    """The text without the provider's name and the phrases that only look like formats ("conference center").
    Both are found in the same text and every character of either goes: removing one first would break up a
    phrase it overlaps ("Hyatt Conference Center for Nursing Excellence" by "Center for Nursing Excellence" leaves
    "Hyatt Conference", a conference)."""
    spans: list[tuple[int, int]] = []
    if provider:  # not in the cached word list: one provider a document would grow that cache for ever
        spans += [m.span() for m in re.finditer(rf"(?<!\w){re.escape(provider)}(?!\w)", text, re.IGNORECASE)]
    if not_format := kn.words("delivery_format", "not"):
        spans += [m.span() for m in phrase_regex(not_format).finditer(text)]
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    for start, end in reversed(merged):
        text = text[:start] + " " + text[end:]
    return text


def _without_opening_label(text: str, labels: frozenset[str]) -> str:
    """The line without the known label it opens with: "Workshop/Course: Team Building" names no workshop format;
    the label names the field, the value says what the activity is. (A label that is a format's name itself,
    "Webinar:", still says how the activity was given.)"""
    match = _OPENING_LABEL.match(text)
    if match is None or match.group("label").strip().lower() not in labels:
        return text
    return " " * match.end() + text[match.end():]


def _rows_naming_formats(lines: Sequence[Line], kn: Knowledge) -> list[list[Line]]:
    """The printed rows (lines side by side, left to right: options spaced apart read as columns) of the lines
    that name a delivery format at all; the others cannot be a list of formats."""
    any_format = _any_format(kn)
    rows: list[list[Line]] = []
    for line in lines:
        if not any_format.search(line.text):
            continue
        row = sorted((ln for ln in lines if on_row_of(ln, line)), key=lambda ln: ln.bbox[0])
        if row not in rows:
            rows.append(row)
    return rows


@functools.cache  # one set per Knowledge
def _labels_not_formats(kn: Knowledge) -> frozenset[str]:
    formats = {w for c in kn.words("delivery_format", "order") for w in kn.words("delivery_format", c)}
    return kn.label_phrases() - formats


@functools.cache
def _any_format(kn: Knowledge) -> re.Pattern[str]:
    return phrase_regex(tuple(w for c in kn.words("delivery_format", "order") for w in kn.words("delivery_format", c)))


@functools.cache
def _marks(kn: Knowledge) -> re.Pattern[str]:
    return re.compile(r"(?:^|\s)(?:" + "|".join(map(re.escape, kn.words("delivery_format", "marks"))) + r")\s+$",
                      re.IGNORECASE)


def _options_offered(text: str, kn: Knowledge) -> str | None:
    """A form's list of formats ("Online / webinar  X Live / in person  Self-study  Conference"): the one
    marked, "" when none is; None when the text is no such list. A mark before one of three formats or more
    picks it; without a mark only a list of all four formats is a form's options ("Live Webinar (virtual
    conference)" describes one activity). Phrases are counted once, the longest ("live online" is online)."""
    found: list[tuple[int, int, str]] = []
    for category in kn.words("delivery_format", "order"):
        found += [(m.start(), m.end(), category)
                  for m in phrase_regex(kn.words("delivery_format", category)).finditer(text)]
    found.sort(key=lambda f: (f[0], -f[1]))
    kept = [f for i, f in enumerate(found) if not any(o[0] <= f[0] < o[1] and o is not f for o in found[:i])]
    named = {category for _, _, category in kept}
    if len(named) < 3:
        return None
    for start, _, category in kept:
        if _marks(kn).search(text[:start]):
            return category
    return "" if len(named) == len(kn.words("delivery_format", "order")) else None


def parse_is_certificate(lines: Sequence[Line], kn: Knowledge, fields_found: int = 0) -> Field[bool]:
    """Count certificate words against invoice, letter and agenda words over the whole document.

    `fields_found` (of participant, title, completion date, credits) is evidence too: a memo or a receipt
    that names a person, a course, a date and credits is most likely proof of the credit, whatever it is called.
    """
    text = " ".join(ln.text for ln in lines)
    yes = len(phrase_regex(kn.words("is_certificate", "yes")).findall(text)) + fields_found // 2
    no = len(phrase_regex(kn.words("is_certificate", "no")).findall(text))
    if yes == 0 and no == 0:
        return Field(False, 0.6, None, "no certificate wording found")
    is_cert = yes >= 2 and yes > 1.5 * no
    if not is_cert and yes > 1.5 * no:
        # The wording leans towards a certificate but one word is too little to say so: not a sure "no" (a
        # "Verification of attendance" whose credit went unread was rejected at 0.97).
        return Field(False, 0.6, None, f"certificate wording {yes} vs other wording {no}: too little to tell")
    margin = abs(yes - 1.5 * no) / (yes + no)
    confidence = round(min(0.97, 0.6 + 0.4 * margin), 3)
    note = "" if confidence >= 0.85 else f"certificate wording {yes} vs other wording {no}"
    return Field(is_cert, confidence, None, note)
