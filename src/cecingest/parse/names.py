"""Free-text fields: participant, course title and provider, from labels, sentences and layout."""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from cecingest.knowledge import Knowledge
from cecingest.models import Field, Line
from cecingest.parse.dates import find_dates
from cecingest.parse.labelgram import grammar_labels, label_field, line_label, opens_with_other_label
from cecingest.parse.labels import (
    LabelHit,
    exact_alternation,
    find_labeled,
    line_above,
    line_below,
    phrase_regex,
    spaced_alternation,
)
from cecingest.parse.layout import body_size, opens_with_known_label, paragraphs
from cecingest.parse.ocrfix import mended_name, vocabulary
from cecingest.parse.webpage import has_copyright, name_part, without_logo_strips

_QUOTES = "\"'“”‘’«»"


# A token of marks alone at either end: a border or ornament a scan or a banner prints beside the value
# ("[ Wound Care Basics ]", "★ Wound Care Basics ★", "Wound Care Basics ~"); "(NUR-118)" has letters and stays.
# Never a sign that belongs to the words: "Reducing Falls by 50 %", "Programming in C ++", "Is It Sepsis ?".
_EDGE_MARKS = re.compile(r"^(?:[^\w\s(%?+#$&!]+\s+)+|(?:\s+[^\w\s)%?+#$&!]+)+$")


def clean_value(text: str) -> str:
    text = _EDGE_MARKS.sub("", text.strip())
    text = text.strip().strip(_QUOTES).strip(" ,;:-–—|_~").strip(_QUOTES).strip()
    # "(awarded by Acme Health)" read from its "by": the bracket closing the sentence around it is not the value's
    while text.endswith(")") and text.count(")") > text.count("("):
        text = text[:-1].rstrip()
    return text


def is_name_like(text: str, kn: Knowledge, org_words: tuple[str, ...] = ()) -> bool:
    """Two to six capitalised words, no digits, none of the words certificates use around names."""
    base = text.split(",")[0].strip()
    tokens = base.split()
    if not 2 <= len(tokens) <= 6 or any(ch.isdigit() or ch in ":;|/" for ch in base):
        return False
    not_in_names = _not_in_names(kn)
    for token in tokens:
        word = token.lower().strip(".")
        if word in not_in_names or word in org_words or (token is tokens[-1] and token.lower() in _honorifics(kn)):
            return False
        if not (token[0].isupper() or token.lower() in {"de", "van", "von", "da", "del", "la", "le", "bin"}):
            return False
    return True


@functools.cache  # a set: is_name_like asks it for every word of most lines
def _not_in_names(kn: Knowledge) -> frozenset[str]:
    return frozenset(kn.words("participant", "not_in_names"))


@functools.cache  # a set, as _not_in_names
def _honorifics(kn: Knowledge) -> frozenset[str]:
    return frozenset(kn.words("participant", "honorifics"))


def cut_before(text: str, phrases: tuple[str, ...]) -> str:
    """The text up to the first of the phrases (the rest of a sentence after a name or title)."""
    match = phrase_regex(phrases).search(text) if phrases else None
    return text[: match.start()] if match else text


@functools.cache  # a few per document, always of the one Knowledge a process loads
def not_name_words(kn: Knowledge) -> tuple[str, ...]:
    """Organisation words and the words of topics ("management", "prevention"): they make titles, not names.
    Role words too ("Nurse Planner" read as a line of its own), but not those that are first names as well."""
    topic_words = {w for words in kn.topics.values() for phrase in words for w in phrase.split() if len(w) > 3}
    roles = {r for r in kn.words("signatory", "roles") if " " not in r} - set(kn.words("signatory", "first_names"))
    words = (set(kn.words("provider", "org_words")) | topic_words | roles) - set(kn.words("participant", "also_names"))
    return tuple(sorted(words))


def parse_participant(lines: Sequence[Line], kn: Knowledge) -> Field[str]:
    found = _participant(lines, kn)
    if found.value is not None and "," in found.value:
        name, credentials = found.value.split(",", 1)
        found = dataclasses.replace(found, value=f"{name},{_CREDENTIAL_HYPHEN.sub('-', credentials)}")
    if found.value is not None and _signs_elsewhere(lines, found, kn):
        return dataclasses.replace(found, confidence=round(found.confidence * 0.5, 3),
                                   note="the participant's name also stands beside a signatory's role")
    return found


# "Fiona Abbott, PMHNP- BC": OCR sets a space after the hyphen of a credential ("PMHNP-BC", "FNP-C", "RRT-NPS").
_CREDENTIAL_HYPHEN = re.compile(r"(?<=[A-Z]{2})-\s+(?=[A-Z]{1,4}\b)")


def _signs_elsewhere(lines: Sequence[Line], found: Field[str], kn: Knowledge) -> bool:
    """Whether another line gives the participant's name a role ("Jane Doe, RN — Program Director")."""
    name = (found.value or "").split(",")[0].strip().lower()
    roles = phrase_regex(kn.words("signatory", "roles"))
    evidence = found.evidence.text if found.evidence else ""
    return bool(name) and any(
        name in ln.text.lower() and ln.text != evidence and roles.search(ln.text) for ln in lines
    )


def _participant(lines: Sequence[Line], kn: Knowledge) -> Field[str]:
    after = kn.words("participant", "after")
    org_words = not_name_words(kn)
    for hit in find_labeled(lines, kn.words("participant", "labels")):
        value = _without_trailing_words(clean_value(cut_before(_ROW_NUMBER.sub("", hit.value), after)))
        if is_name_like(value, kn, org_words):
            return Field(value, 0.92 * hit.value_line.ocr_factor, hit.evidence)
    in_sentence = _name_in_sentence(paragraphs(list(lines)), kn)
    if in_sentence.value is not None:
        return in_sentence
    after_re = phrase_regex(after)
    for i, line in enumerate(lines):
        match = after_re.search(line.text)
        # "Exam Result: Passed", "Module Status: Finished": a status after a label, no sentence about a person.
        status = match is not None and match.group(0).lower() in kn.words("participant", "status_words")
        if match is None or line.text[: match.start()].rstrip().endswith((":", "-")) or (
                status and not line.text[match.end():].strip()):
            continue
        before = _after_opening_label(clean_value(line.text[: match.start()]), kn, org_words)
        if before and is_name_like(before, kn, org_words):
            return Field(before, 0.88 * line.ocr_factor, line.evidence)
        if not before:
            above = line_above(lines, i)
            if above is not None and is_name_like(clean_value(above.text), kn, org_words):
                return Field(clean_value(above.text), 0.88 * above.ocr_factor, above.evidence)
    by = _name_after_by(paragraphs(list(lines)), kn)
    return by if by.value is not None else _name_under_unknown_label(lines, kn, org_words)


# A roster's row number before the name ("# | Student Name" over "1 | Jane Doe", "1. Jane Doe"): no part of it.
_ROW_NUMBER = re.compile(r"^\s*\d{1,3}[.)]?\s+(?=[^\W\d_])")


# "Earner: Jane Doe", "Conferred upon: Jane Doe": a label no list knows, before a name.
_ANY_LABEL = re.compile(r"^(?P<label>[A-Za-z][A-Za-z'’ ]{1,28}?)\s*:\s+(?P<value>\S.*)$")
# "Type: Live webinar" after the name: a second label on the line ends the first label's value.
_NEXT_LABEL = re.compile(r"\s+(?=[A-Za-z]+:(?:\s|$))")


def _name_under_unknown_label(lines: Sequence[Line], kn: Knowledge, org_words: tuple[str, ...]) -> Field[str]:
    """The first name after a label no list knows, unless that label names someone else's part (a signatory's
    or instructor's role, another field); else the name in the largest font. A name alone in a larger font than
    the labelled one is the classic unlabelled participant and wins."""
    largest = _largest_name_line(lines, kn, org_words)
    others = phrase_regex(kn.words("signatory", "roles") + kn.words("signatory", "people_labels"))
    known = kn.label_phrases()
    for line in lines:
        match = _ANY_LABEL.match(line.text)
        if match is None or others.search(match["label"]) or match["label"].strip().lower() in known:
            continue
        read = line_label(line.text, kn)
        if read is not None and read[1] != "participant":  # "Course Director: Ann Lee", "Reviewer: Ann Lee"
            continue
        # "EARNER: Lucas Sorensen Type: Live webinar": the next label on the line ends the name; so does the rest
        # of a sentence ("Great news: Jane Doe, RN has completed ...": the part after the comma is no test).
        value = clean_value(_NEXT_LABEL.split(match["value"])[0])
        value = _without_trailing_words(clean_value(cut_before(value, kn.words("participant", "after"))))
        if not is_name_like(value, kn, org_words):
            continue
        if largest.value is not None and largest.evidence is not None and _larger(lines, largest, line):
            return largest
        return Field(value, 0.7 * line.ocr_factor, line.evidence, "name after an unfamiliar label")
    return largest


def _after_opening_label(before: str, kn: Knowledge, org_words: tuple[str, ...]) -> str:
    """'Great news: Jane Doe' before 'has completed': an opening no list knows ends at its colon and the name
    follows it; a signatory's or instructor's label, or a field's, names someone else."""
    match = _ANY_LABEL.match(before)
    if match is None or is_name_like(before, kn, org_words):
        return before
    others = phrase_regex(kn.words("signatory", "roles") + kn.words("signatory", "people_labels"))
    if others.search(match["label"]) or match["label"].strip().lower() in kn.label_phrases():
        return before
    return clean_value(match["value"])


def _is_role_line(line: Line, roles: re.Pattern[str]) -> bool:
    """'Nurse Planner', 'Director, Professional Development': a few words naming a role, not a sentence."""
    return len(line.words) <= 6 and roles.search(line.text) is not None


def _larger(lines: Sequence[Line], largest: Field[str], line: Line) -> bool:
    """Whether the largest name stands in a larger font than the labelled line: the name alone in large type is
    the participant; a "Course Leader: Ann Smith" line in body type is not."""
    size = next((ln.size for ln in lines if largest.evidence and ln.evidence == largest.evidence), 0.0)
    return size >= 1.1 * line.size


@dataclass(frozen=True)
class _Sentence:
    name: str
    rest: str  # what follows "completed" / "attended": the title and more
    para: Line


def _certifying_sentence(paras: Sequence[Line], kn: Knowledge) -> _Sentence | None:
    """'Acme College certifies that Jane Doe, LPC completed Ethics in Practice on May 2, 2025.'"""
    intro = phrase_regex(tuple(p for p in kn.words("participant", "labels") if " " in p))
    after = phrase_regex(kn.words("participant", "after"))
    org_words = not_name_words(kn)
    for para in paras:
        for match in intro.finditer(para.text):
            end = after.search(para.text, match.end())
            if end is None:
                continue
            name = clean_value(para.text[match.end():end.start()])
            if is_name_like(name, kn, org_words):
                return _Sentence(name, para.text[end.end():], para)
    return None


def _without_trailing_words(value: str) -> str:
    """'Jane Doe, PharmD has successfully' (the sentence goes on below): names and credentials are capitalised,
    the words of a sentence that follow them are not."""
    words = value.split()
    while len(words) > 2 and words[-1].islower():
        words.pop()
    return clean_value(" ".join(words))


def _name_in_sentence(paras: Sequence[Line], kn: Knowledge) -> Field[str]:
    sentence = _certifying_sentence(paras, kn)
    if sentence is None:
        return Field.absent(0.0)
    return Field(sentence.name, 0.88 * sentence.para.ocr_factor, sentence.para.evidence)


def _first_sentence(text: str) -> str:
    return re.split(r"(?<=[a-z0-9)”\"])\.\s+(?=[A-Z])", text)[0]


def _sentence_from(line: Line, offset: int, paras: Sequence[Line]) -> str:
    """The line's text from `offset` on, continued through the rest of its paragraph (a title may wrap)."""
    para = next((p for p in paras if line.words[0] in p.words), None)
    if para is None or para.words[-1] is line.words[-1]:
        return line.text[offset:]
    before = len(" ".join(w.text for w in para.words[: para.words.index(line.words[0])]))
    return para.text[before + (1 if before else 0) + offset:]


def _title_in_sentence(paras: Sequence[Line], kn: Knowledge) -> Field[str]:
    sentence = _certifying_sentence(paras, kn)
    if sentence is None:
        return Field.absent(0.0)
    title = _sentence_title(sentence.rest, kn)
    if len(title) < 4 or not looks_like_title(title) or not names_a_course(title, kn):
        return Field.absent(0.0)
    return Field(title, 0.88 * sentence.para.ocr_factor, sentence.para.evidence)


def _largest_name_line(lines: Sequence[Line], kn: Knowledge, org_words: tuple[str, ...]) -> Field[str]:
    names = [ln for ln in lines if is_name_like(clean_value(ln.text), kn, org_words)]
    # A name with a role on the line below ("Dr. Ann Lee" over "Nurse Planner") signs; it did not attend.
    roles = phrase_regex(kn.words("signatory", "roles"))
    below = {id(ln): line_below(lines, i) for i, ln in enumerate(lines)}
    unsigned = [ln for ln in names if not ((b := below[id(ln)]) is not None and _is_role_line(b, roles))]
    # A signature's scrawl read by OCR ("VAY OORAN") is large and name-shaped, but read with little confidence.
    unsigned = [ln for ln in unsigned if ln.confidence >= 0.6] or unsigned
    if unsigned:
        best = max(unsigned, key=lambda ln: ln.size)
        return Field(clean_value(best.text), 0.55 * best.ocr_factor, best.evidence, "name chosen by font size alone")
    if not names:
        return Field.absent(0.0, "no participant name found")
    # Every name-shaped line signs (a letter whose participant is named only in its sentences): a guess at best.
    best = max(names, key=lambda ln: ln.size)
    return Field(clean_value(best.text), 0.25 * best.ocr_factor, best.evidence, "the only names found sign it")


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"


@functools.cache  # one pattern per Knowledge; every title candidate is cut with it
def _stop_title(kn: Knowledge) -> re.Pattern[str]:
    """Where a title in running text ends: at its date, its credits, its length or its provider."""
    provider_after = _spaced(kn.words("course_title", "provider_after"))
    captions = _spaced(kn.words("course_title", "provider_captions"))
    others = _spaced(tuple(sorted(_other_field_labels_for_title(kn), key=len, reverse=True)))
    beside = _org_beside_title(kn)
    return re.compile(
        # "... completed Grief Counseling (Redwood Health Institute) on ...", "... the course X from Acme Academy
        # on May 2": the organisation named right after the title offers it (see _provider_beside_title)
        rf"(?:{beside})|"
        # OCR joins the next column to the title line: "Wound Care Basics Date: 03/05/2024", "... Contact Hours: 1.5";
        # another field's label and a number or date close the title, as does a bare date closing the line.
        rf"\s+(?:{others})\s*:\s*(?=\d|{_MONTH}\s+\d)"
        r"|\s+(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})\s*$"
        r"|\s+(?:on|dated)\s+(?:\w+,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d"
        r"|\s+on\s+\d{1,4}[/.-]\d"
        # "Wound Care Basics, March 5, 2024", "... – 03/05/2024": a date after a comma or a dash closes the title
        rf"|\s*(?:,|\s[-\u2013\u2014])\s+(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
        rf"|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}})\b"
        r"|,?\s+(?:for|earning|awarded|and earned|worth)\s+(?:a\s+(?:maximum|total)\s+of\s+)?\d"
        r"|\s+\(\d+(?:\.\d+)?\s*(?:contact|credit|hour|ceu|cpe|pdu)"
        # "... Older Adults (7 to 10 March 2024)", "(12/01/2020 - 12/04/2020)": the dates in brackets after it
        # ("Toddlers (1 to 3 years)", "Update (May 2024 Edition)": a range of no days, a month and year, stay.)
        rf"|\s+\((?=\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}"
        rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:to|-|\u2013)\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_MONTH}\s"
        rf"|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|{_MONTH}\s+\d{{1,2}}(?!\d))"
        # "Wound Care in the Elderly 1.0 Contact Hours": the credit line under a title is not part of it
        r"|\s+\d+(?:\.\d+)?\s+(?:contact|clock|credit|ce|cme|cpe|nursing\s+contact)\s+(?:hours?|credits?)\b"
        # "Cyber Incident Management - 1 Hour": the length closing the title line is not part of the title
        r"|\s+[-\u2013\u2014]\s+\d+(?:\.\d+)?[-\s]*(?:contact\s+|clock\s+|credit\s+)?(?:hours?|hrs?)\.?\s*$"
        rf"|,?\s+(?:{provider_after})\b"
        # "Wound Care Summit, the 12th annual conference of ...", "(9th Annual Conference)": the event described
        # (an event's word after "annual": "Pediatric Update, the Annual Review of Practice" is one title)
        r"|(?:,\s+the\s+(?:\d{1,3}(?:st|nd|rd|th)\s+)?|\s+\(\d{1,3}(?:st|nd|rd|th)\s+)annual\s+(?:conference|meeting"
        r"|convention|congress|summit|symposium|assembly|session|forum|convocation|gathering)\b"
        # OCR joins the next column's caption and value to the title: "... Registers Education Provider Acme ...".
        rf"|\s+(?:{captions})\s+(?=(?-i:[A-Z][a-z]+\s+[A-Z]))"
        # "..., completed March 5, 2024", "held on 5 March 2024": the when after the what
        r"|,?\s+(?:held|completed|attended|taken)\s+(?:on\s+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)",
        re.IGNORECASE,
    )


@functools.cache
def _org_beside_title(kn: Knowledge) -> str:
    """A capitalised organisation's name in brackets right after a title, or after "from", when the sentence
    goes on to the date: 'Grief Counseling (Redwood Health Institute) on Sep 21, 2021', 'Polypharmacy from
    Brightwater Health Partners on 2025-03-17'. Without that date the words belong to the title ("Lessons from
    Rural Public Schools on Remote Learning", "Coding and Billing (Rural Health Clinic)"). The match ends before
    the name (group "org")."""
    org = "|".join(re.escape(w) for w in kn.words("provider", "org_words"))
    name = rf"(?:the\s+)?(?:(?-i:[A-Z])[\w&'’.-]*\s+){{0,6}}(?:{org})\b\.?(?:,\s+(?:LLC|Inc|Ltd|LLP|PLLC)\b\.?)?"
    on_date = rf"\s+on\s+(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s|\d)"  # "on Tuesday, March 19, 2024" too
    return (rf"[”\"]?\s+\((?=(?P<org>{name})\){on_date})"
            rf"|[”\"]?\s+from\s+(?=(?P<org2>{name}){on_date})")


def _provider_beside_title(paras: Sequence[Line], kn: Knowledge, title: str | None,
                           accreditor_names: Sequence[str]) -> Field[str]:
    """'We confirm that Jane Doe completed “Grief Counseling” (Redwood Health Institute) on ...': a course
    platform's e-mail or a transcript names the organisation that offered the course right after its title."""
    if not title:
        return Field.absent(0.0)
    pattern = re.compile(_org_beside_title(kn), re.IGNORECASE)
    for para in paras:
        at = para.text.find(title)
        if at < 0:
            continue
        match = pattern.match(para.text, at + len(title))
        value = clean_value(match["org"] or match["org2"]) if match else ""
        if value and _org_strength(value, kn) >= 3 and not _is_accreditor(value, accreditor_names):
            return Field(value, 0.86 * para.ocr_factor, para.evidence, "organisation named after the title")
    return Field.absent(0.0)


def _spaced(phrases: tuple[str, ...]) -> str:
    """The phrases as alternatives whose words any white space may part (a title wraps, OCR doubles spaces)."""
    return spaced_alternation(phrases)


# The end of an organisation's name inside a sentence: "... by Acme Council on Mar 21, 2024 and earned ...".
# "Department of Nursing Education, Harbor Community Hospital": a unit and, after the comma, the organisation it
# belongs to (a name ending in an institution's word, closing the name): one provider, printed so.
@functools.cache  # one pattern per Knowledge
def _parent_org(kn: Knowledge) -> re.Pattern[str]:
    ends = exact_alternation(kn.words_as_written("provider", "parent_org_words"))  # "Hospital", "Medical Center"
    return re.compile(rf",\s+(?:[A-Z][\w'&.-]*\s+){{1,5}}(?:{ends})(?=\s*(?:\)|$|[.;,]|\s+(?:is|has|was)\b))")


def _org_head(text: str, kn: Knowledge) -> str:
    """The organisation's name at the start of text: up to the first word or mark that ends a name, with the
    parent organisation after a unit's name kept."""
    head = _STOP_ORG.split(text)[0]
    parent = _parent_org(kn).match(text, len(head)) if _unit_name(kn).search(head) else None
    return head + parent.group(0) if parent else head


# A unit of an organisation by its name: a department, office, centre or school, or a staff-education unit named by
# its work ("Nursing Professional Development"). "Presented by Acme Seminars, Riverside Medical Center, Portland"
# names a company and its venue.
@functools.cache  # one pattern per Knowledge
def _unit_name(kn: Knowledge) -> re.Pattern[str]:
    units = exact_alternation(kn.words_as_written("provider", "unit_words"))  # "Department", "Office"
    work = exact_alternation(kn.words_as_written("provider", "unit_work_words"))  # "Nursing Professional Development"
    return re.compile(rf"\b(?:{units})\b|\b(?:{work})$")


_STOP_ORG = re.compile(
    # "for", "of" and "and" belong to many names ("Society for Clinical Social Work"); "and is" does not.
    r"\s+(?:is|has|was|on|at|to|with)\s+|\s+and\s+(?:is|has|was|earned|awarded|received)\b"
    r"|[.;]\s|[.;]$|,\s+(?!(?:LLC|Inc|Ltd|LLP|PLLC)\b)"
    r"|\s+(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)"
    r"|\s*<[^>]*>|\s+\(?[\w.+-]+@[\w.-]+"  # "Acme Health <noreply@acme.org>": an e-mail address ends the name
    r"|\s+(?=(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"  # "... Partners / Thursday, May 4"
    # "Coastal Counseling Institute #1234", "... (CEP 16789)", "... No. 1234": the provider's number, not its name
    r"|\s*#|\s*\((?=[^)]*\d)|\s+(?:no|nbr|number)\b\.?\s*[:#]?\s*(?=[a-z]{0,4}[\s-]?\d)",
    re.IGNORECASE,
)


_COURSE_CODE = re.compile(
    r"^(?:course|class|activity|program)?\s*(?:code|no\.?|number|id|#)?\s*[:#]?\s*"
    r"(?-i:[A-Z]{1,6})[- ]?\d{2,6}(?:[.-][A-Za-z0-9]{1,4}){0,2}$",
    re.IGNORECASE,
)


def is_course_code(text: str) -> bool:
    """'Course IS-00063.b', 'Course code: NUR-118', 'AE-436-OL': a line that only identifies the course."""
    return _COURSE_CODE.match(text.strip()) is not None


# "Verification of attendance – Wound Care Basics": a letter's subject names the document, then the activity.
_SUBJECT_SPLIT = re.compile(r"\s+[-\u2013\u2014]\s+|:\s+")


def _clean_title(text: str, kn: Knowledge) -> str:
    match = _stop_title(kn).search(text)
    title = clean_value(text[: match.start()] if match else text)
    parts = _SUBJECT_SPLIT.split(title, maxsplit=1)
    if len(parts) == 2 and parts[1] and _heading(kn).match(parts[0]):
        title = clean_value(parts[1])
    # "Threat Hunting with Network Flow Data | Dana Whitcomb": the instructor is not part of the title.
    head, bar, tail = title.rpartition(" | ")
    return clean_value(head) if bar and is_name_like(tail, kn) else title


# Where the doer's name ends in running text: "... by Jane Doe on May 2", "... by Jane Doe (12/01/2020 -".
_DOER_END = re.compile(r"\s+(?:on|in|at|during|from|between|is|was|has)\s+|\s*[(;]|\s*,\s+(?=\d|[A-Z][a-z]+\s+\d)")


def _doer(tail: str, kn: Knowledge) -> str:
    """The person's name at the start of what follows "by", or ""."""
    name = clean_value(_DOER_END.split(tail, maxsplit=1)[0])
    return name if is_name_like(name, kn, not_name_words(kn)) else ""


def _without_doer(title: str, kn: Knowledge) -> str:
    """'completion of Wound Care Basics by Jane Doe': in running text the person after "by" did it, and the title
    ends before them (a labelled title keeps its "by": "Leading Change by Listening Carefully")."""
    head, by, tail = title.rpartition(" by ")
    return clean_value(head) if by and head and _doer(tail, kn) else title


# A verb's participle before "by" ("presented by", "taught by", "offered by") names who gave or approved the
# activity; the doer follows "by" right after what was done ("completion of Wound Care Basics by Jane Doe").
_OTHERS_BY = re.compile(r"(?<![\w-])(?:[a-z]+(?:ed|en)|taught|led|held|run|given|written|shown|brought|built)$")


def _name_after_by(paras: Sequence[Line], kn: Knowledge) -> Field[str]:
    """'We confirm the completion of Wound Care Basics by Jane Doe on May 2': the person who did what the sentence
    names follows "by"."""
    after = _after_title(kn)
    for para in paras:
        for match in after.finditer(para.text):
            rest = _first_sentence(para.text[match.end():])
            for by in re.finditer(r"\sby\s+", rest):
                if _OTHERS_BY.search(rest[:by.start()]):
                    continue  # "... Wound Care Basics taught by Alan Brooks": the instructor, not the doer
                name = _doer(rest[by.end():], kn)
                if name:
                    return Field(name, 0.8 * para.ocr_factor, para.evidence, "the doer of the activity named")
    return Field.absent(0.0)


_QUOTED = re.compile(r"^[^“\"]{0,60}[“\"]([^”\"]{4,200})(?:[”\"]|$)")  # 'the activity “Kubernetes for Ops”'


@functools.cache  # one pattern per Knowledge
def _naming_word(kn: Knowledge) -> re.Pattern[str]:
    """'the live activity entitled X', 'a course called X': the title follows the word (labels.toml)."""
    return re.compile(rf"\b(?:{spaced_alternation(kn.words('course_title', 'naming_words'))})\b[:,]?\s*",
                      re.IGNORECASE)


def _sentence_title(text: str, kn: Knowledge) -> str:
    """The title that running text names after "completed" and the like, up to the end of its sentence."""
    sentence = _first_sentence(text)
    quoted = _QUOTED.search(sentence)  # before cleaning, which strips the opening quote
    if quoted is not None:
        return clean_value(quoted.group(1))
    return _without_full_stop(_title_after_descriptor(_without_doer(_clean_title(sentence, kn), kn), kn))


def _without_full_stop(title: str) -> str:
    """'... completing Wound Care Basics.': the sentence's full stop is not the title's; an abbreviation's is
    ('... for Health Professionals, Inc.' keeps it, as does 'U.S.')."""
    last = title.rsplit(" ", 1)[-1]
    if title.endswith(".") and "." not in last[:-1] and len(last) > 4:
        return clean_value(title[:-1])
    return title


def _title_after_descriptor(rest: str, kn: Knowledge) -> str:
    """What follows "completed" may describe the activity instead of naming it: "the online course",
    "the live activity entitled", "the following program". Such a description is not a title (empty
    result: the title is on the next line); "the course entitled X" gives X."""
    quoted = _QUOTED.search(rest)
    if quoted is not None:
        return clean_value(quoted.group(1))
    naming = _naming_word(kn).search(rest)
    if naming is not None:
        return clean_value(rest[naming.end():])
    words = rest.split()
    nouns = kn.words("course_title", "activity_nouns")
    # "the webinar Wound Care Basics", "the live course Wound Care": a description, then the name it gives.
    noun_at = next((i for i, w in enumerate(words[:4]) if w.lower().rstrip(":") in nouns), None)
    # ("The Program Evaluation Toolkit": a capitalised article and noun belong to the title itself.)
    # ("the online course: Data Privacy Essentials": the noun may close with a colon before the name.)
    if (words and words[0] in {"the", "a", "an", "this", "our"} and noun_at is not None and words[noun_at].islower()
            and len(words) > noun_at + 1 and words[noun_at + 1][0].isupper()
            and not any(w[0].isupper() for w in words[1:noun_at])):
        return clean_value(" ".join(words[noun_at + 1:]))
    activity_noun = bool(words) and words[-1].lower().strip(".:,") in nouns
    if words and words[0].lower() in {"the", "a", "an", "this", "our"} and len(words) <= 8 and (
            not any(w[0].isupper() for w in words[1:]) or activity_noun):
        return ""
    return rest



def _with_continuation(lines: Sequence[Line], index: int, kn: Knowledge) -> tuple[str, Line]:
    """A title line plus the lines below it that continue it: the same size and no new field (a title wraps over
    two or three lines in large type)."""
    first = lines[index]
    text, last, k = first.text, first, index
    for _ in range(2):  # a title wraps over at most three lines
        below = line_below(lines, k)
        if below is None or not _continues(first, last, below, kn):
            break
        text, last = mend_hyphen_wraps(f"{text} {below.text}", kn), below
        k = next(j for j in range(k + 1, len(lines)) if lines[j] is below)
    below = line_below(lines, k)
    if below is not None and _is_subtitle(first, last, below, kn):
        text = f"{text.rstrip(' :')}: {below.text}"
    return text, first


def _is_subtitle(first: Line, last: Line, below: Line, kn: Knowledge) -> bool:
    """'Opioid Stewardship' (18 pt) over 'Safe Prescribing in Primary Care' (12 pt): a title's subtitle, in smaller
    type, close under it and centred on it (or flush left with it), in capitalised words with no number, label,
    name or organisation. (A text layer only: OCR sizes are estimates.)"""
    if first.read_by_ocr or below.read_by_ocr or not 0.55 * first.size <= below.size <= 0.85 * first.size:
        return False
    gap = below.bbox[1] - last.bbox[3]
    centre, below_centre = (first.bbox[0] + first.bbox[2]) / 2, (below.bbox[0] + below.bbox[2]) / 2
    text = clean_value(below.text)
    centred = abs(centre - below_centre) <= 0.05 * (first.bbox[2] - first.bbox[0]) + 2
    if gap > 0.8 * first.size or not (centred or abs(first.bbox[0] - below.bbox[0]) <= 2):  # centred or flush left
        return False
    words = [w for w in text.split() if w.lower() not in _SMALL_WORDS]
    # ("Instructors: Dr. Ann Lee" in small type under a title: a caption and its value, whatever the caption.)
    return (len(words) >= 2 and not _describes_the_event(text, kn) and all(w[0].isupper() for w in words)
            and not re.search(r"\d|\bby\b|:", text)
            and not opens_with_known_label(text, kn.label_phrases()) and not is_name_like(text, kn, not_name_words(kn))
            and _org_strength(text, kn) < 2 and not _is_heading(text, kn) and looks_like_title(text))


# "Dr. Maria Lopez and Dr. Alan Smith": speakers under a title; "Denver, Colorado": where it was held.
_HONORIFIC = re.compile(r"\b(?:dr|mr|mrs|ms|prof)\.(?=\s)", re.IGNORECASE)


def _describes_the_event(text: str, kn: Knowledge) -> bool:
    """A line under a title that says how, where or by whom it was given, or which credit it carries, rather than
    what it is about: "Live Interactive Webinar", "Home Study Course", "Continuing Pharmacy Education",
    "Denver, Colorado", "Dr. Maria Lopez and Dr. Alan Smith"."""
    formats = kn.words("delivery_format", "online") + kn.words("delivery_format", "self-study")
    states = phrase_regex(kn.words("license_number", "states"))
    return (phrase_regex(formats).search(text) is not None or re.search(r"\bcontinuing\b", text, re.IGNORECASE)
            is not None or _HONORIFIC.search(text) is not None
            or re.search(rf",\s*(?:{states.pattern})\s*$", text, re.IGNORECASE) is not None)


def _continues(first: Line, last: Line, below: Line, kn: Knowledge) -> bool:
    """Whether `below` is more of the title ending in `last`. OCR sizes are estimates from box heights ("Acute
    Care" has no descenders), so they get a fair margin; a text layer knows its font sizes, and a line in smaller
    type under a title ("Learning Outcomes", an approval sentence) is another thing."""
    margin = 0.25 if first.read_by_ocr or below.read_by_ocr else 0.1
    if abs(below.size - first.size) > margin * first.size:
        return False
    labels = phrase_regex(kn.words("completion_date", "labels") + kn.words("course_title", "labels"))
    # A first line ending in a colon is a label; a wrapped title's second line may end in one before its subtitle,
    # and so may a first line in large type that is no label ("Pain Management:" / "An Interdisciplinary Approach").
    colon_label = last is first and _is_colon_label(first.text, kn)
    ends = (".", ":") if colon_label else (".",)
    # "COVID-" over "19 Vaccine Update": a word broken at its hyphen goes on, digits and all.
    broken = _BROKEN_WORD.search(last.text) is not None and not labels.match(below.text)
    # "Credits: six CPD hours" under the title (OCR sizes the two alike) is the next field, whatever its label.
    if opens_with_known_label(below.text, kn.label_phrases()) or _caption_or_format(below.text, kn):
        return False
    # A form's bare values stacked in one column: the organisation's whole name under the title is the next value
    # ("HIPAA Privacy and Security Rules" over "Redwood Nursing Education Council").
    if not broken and len(below.words) >= 3 and _org_strength(below.text, kn) == 3 \
            and _org_strength(f"{last.text} {below.text}", kn) == 3 and _org_strength(first.text, kn) < 2:
        return False
    return broken or not (labels.match(below.text) or re.search(r"\d", below.text)
                          or last.text.rstrip().endswith(ends))


def _is_colon_label(text: str, kn: Knowledge) -> bool:
    """'Course Title:', 'Topic:', 'Program:' end in a colon as labels do; 'Pain Management:' over its subtitle is a
    title of two or more words that is no label phrase."""
    head = text.rstrip().rstrip(":").strip()
    return (not text.rstrip().endswith(":") or len(head.split()) < 2
            or opens_with_known_label(text, kn.label_phrases()) or head.lower() in kn.label_phrases())


# A word broken at a hyphen at the end of a line ("Pharmaco-"), and its two halves joined again ("Pharmaco- logy").
_BROKEN_WORD = re.compile(r"[^\W\d_]-$")
_HYPHEN_WRAP = re.compile(r"\b([^\W\d_][\w']*)-\s+([^\W_][\w']*)")
_SUSPENDED = frozenset({"and", "or", "nor", "to", "&", "und", "et", "ou", "y"})


def mend_hyphen_wraps(text: str, kn: Knowledge) -> str:
    """A word broken at the end of a line and joined to the next with a space made whole: "Pharmaco- logy" is
    "Pharmacology", but "Evidence- Based" (capitalised), "COVID- 19", "Self- care" (a word that keeps its hyphen)
    and "anti- inflammatory" (two like vowels meet) keep the hyphen; "Pre- and Post-operative" (a suspended
    hyphen) stays as printed."""
    keeps = frozenset(kn.words("course_title", "hyphen_keeps"))

    def mended(match: re.Match[str]) -> str:
        first, second = match.group(1), match.group(2)
        if second.lower() in _SUSPENDED:
            return match.group(0)
        capitalised = second[0].isdigit() or (second[0].isupper() and not (first.isupper() and second.isupper()))
        if capitalised or first.lower() in keeps or first[-1].lower() == second[0].lower() in "aeiou":
            return f"{first}-{second}"
        return first + second

    return _HYPHEN_WRAP.sub(mended, text)


def labeled_continuation(lines: Sequence[Line], hit: LabelHit, kn: Knowledge) -> str:
    """A labelled value that wraps: the next line starts indented under the value, same size, and is no label."""
    if not hit.same_line:
        return hit.value
    index = next((i for i, ln in enumerate(lines) if ln is hit.value_line), None)
    below = line_below(lines, index) if index is not None else None
    label_x0 = hit.value_line.bbox[0]
    if below is None or below.bbox[0] < label_x0 + 2 * below.size or (
            ":" in " ".join(below.text.split()[:4]) and not _subtitle_under_value(hit, below, kn)):
        return hit.value
    if abs(below.size - hit.value_line.size) > 0.15 * hit.value_line.size:
        return hit.value
    if _is_date_only(below.text):  # a grid's next value ("May 28, 2019") read before its own label
        return hit.value
    return mend_hyphen_wraps(f"{hit.value} {below.text}", kn)


def _subtitle_under_value(hit: LabelHit, below: Line, kn: Knowledge) -> bool:
    """'Course: Electrical Continuing' / 'Education: 8-Hour Update': a line that starts right under the value
    (not under the label, nor in another column) and opens with no known label wraps a title with its subtitle."""
    words = hit.value_line.words
    after_colon = [i + 1 for i, w in enumerate(words[:-1]) if w.text.endswith(":")]
    if not after_colon or opens_with_known_label(below.text, kn.label_phrases()):
        return False
    # "Moderator: Ann Lee", "Faculty: ..." under the title: a role's label and its person, no subtitle; "Room: 204B"
    # a label and its code (a subtitle has words)
    head, _, tail = below.text.partition(":")
    head = head.strip().lower().removesuffix("(s)")
    if {head, head.removesuffix("s")} & set(kn.words("signatory", "roles")) or not re.search(r"\b[A-Za-z]{3,}\b", tail):
        return False
    value_x0 = words[after_colon[0]].x0
    return abs(below.bbox[0] - value_x0) < 0.6 * below.size


def looks_like_title(text: str) -> bool:
    """Two or more words, mostly letters: "Course #85-501" and "Activity Number: 1033-357" label codes, and
    "Session: Faculty" heads an agenda's column; neither is a title."""
    if _OPENS_WITH_LENGTH.match(text):
        return False  # "Workshop: 30 min · Lab: 4 h": the length of a part, not a title
    if _is_date_only(text):
        return False  # "December 19 through December 22, 2024": when, not what
    letters = sum(ch.isalpha() for ch in text)
    words = [w for w in text.split() if sum(ch.isalpha() for ch in w) >= 2]
    return letters >= 0.6 * len(text.replace(" ", "")) and len(words) >= 2


_DATE_WORDS = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?)\b\.?|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
    r"|\d+(?:st|nd|rd|th)?\b|\b(?:through|thru|to|and|from|until|of|the|at)\b|[-\u2013\u2014,./]"
    # "Sep 10, 2021 at 10:20 AM UTC": a time of day and its zone are part of a timestamp
    r"|\b\d{1,2}:\d{2}(?::\d{2})?\b|:|\b(?:[ap]\.?m\.?|utc|gmt|[ecmp][sd]t|bst|cet|cest|ist|z)(?![\w])",
    re.IGNORECASE,
)


def _is_date_only(text: str) -> bool:
    """Whether the text says nothing but a date or a span of dates."""
    return any(ch.isdigit() for ch in text) and not _DATE_WORDS.sub(" ", text).strip()


def names_a_course(text: str, kn: Knowledge, participant: str | None = None, labelled: bool = False) -> bool:
    """Whether a candidate can be a course's name at all: not the tail of a sentence that refers back to the course
    ("program described.", "stated above."), not a line opening with another field's label ("NAME: Oscar Moreau",
    "EARNER: Lucas Sorensen"), not a date or timestamp, not the document's heading ("Statement of Credit").
    A value its own label names on its line ("Course: wound care basics") may be in lower case."""
    words = text.strip(_QUOTES + " ").split()
    letters = re.sub(r"[^A-Za-z]", "", words[0]) if words else ""
    if not words or (letters.islower() and not labelled):
        return False  # a title is capitalised; the rest of a sentence is not
    if opens_with_known_label(text, _other_field_labels_for_title(kn)) or _labelled_person(text, kn, participant):
        return False
    # "Course Level: Advanced", "Job Title: RN II", "Sponsoring Organization: Acme": a label no list knows whose
    # head names something else than an activity.
    if opens_with_other_label(text, kn, "course_title"):
        return False
    return not _is_date_only(text) and not _is_heading(text, kn)


@functools.cache
def _other_field_labels_for_title(kn: Knowledge) -> frozenset[str]:
    """The labels of every field but the course title ("Name:", "Date:", "Provider:")."""
    own = {w for kind in ("labels", "weak_labels", "session_labels") for w in kn.words("course_title", kind)}
    return kn.label_phrases() - own


def _labelled_person(text: str, kn: Knowledge, participant: str | None) -> bool:
    """'EARNER: Lucas Sorensen Type: Live webinar': a label no list knows, then the participant's name, or a name
    after a word for a person ("Earner", "Holder"). 'Dietary Supplements: What Works' is a title."""
    match = _ANY_LABEL.match(text)
    if match is None:
        return False
    value = clean_value(_NEXT_LABEL.split(match["value"])[0])
    name = (participant or "").split(",")[0].strip().lower()
    if len(name) >= 4 and (value.lower() == name or value.lower().startswith((name + " ", name + ","))):
        return True
    words = match["label"].lower().split()
    return bool(words) and words[-1] in kn.words("participant", "person_nouns") and is_name_like(
        value, kn, not_name_words(kn))


def _is_heading(text: str, kn: Knowledge) -> bool:
    """'Certificate of Completion', 'Statement of Credit', 'Verification of Attendance': the kind of document."""
    return _heading(kn).match(" ".join(text.split())) is not None


@functools.cache
def _heading(kn: Knowledge) -> re.Pattern[str]:
    kinds = phrase_regex(kn.words("provider", "headings")).pattern
    ends = phrase_regex(kn.words("course_title", "document_kinds")).pattern
    # "Certificate of Continuing Education Credit": up to three words before the kind, nothing after it.
    return re.compile(rf"^\W*(?:{kinds})\s+(?:\S+\s+){{0,3}}?(?:{ends})\W*$", re.IGNORECASE)


_OPENS_WITH_LENGTH = re.compile(r"^\d+(?:[.,]\d+)?\s*(?:h|hrs?|hours?|mins?|minutes?)\b", re.IGNORECASE)


def parse_course_title(lines: Sequence[Line], kn: Knowledge, participant: str | None) -> Field[str]:
    found = _course_title(lines, kn, participant)
    if found.value is None:
        return found
    value = mend_hyphen_wraps(found.value, kn)
    if any(ln.read_by_ocr for ln in lines):
        value = _SPECK_AFTER_SMALL_WORD.sub(r"\g<word> ", value)
    return dataclasses.replace(found, value=value)


# "Dementia Care Strategies for. Therapy Practitioners": OCR reads a speck after a small word inside a title as a
# full stop; no sentence ends in "for" or "of".
# After a number "in." is inches ("Sizing 1/2 in. and 3/4 in. Gas Piping"), a real abbreviation.
_SPECK_AFTER_SMALL_WORD = re.compile(r"(?<![\d/]\s)\b(?P<word>for|of|and|the|to|in|on|with|from|a|an)\.\s+(?=[A-Za-z])")


def _course_title(lines: Sequence[Line], kn: Knowledge, participant: str | None) -> Field[str]:
    labels = kn.words("course_title", "labels")
    for hit in [*find_labeled(lines, labels), *find_labeled(lines, _composed_title_labels(lines, kn))]:
        value = _clean_title(_rest_of_label(hit.label, labeled_continuation(lines, hit, kn), kn), kn)
        if (len(value) >= 4 and value != participant and looks_like_title(value) and not _other_label(hit, kn)
                and names_a_course(value, kn, participant, hit.same_line) and not _heading_ending_in_label(hit)):
            session = _session_below(hit, lines, kn)
            if session.value is not None:
                return session
            return Field(_whole_title(value, hit.value_line, lines, kn), 0.9 * hit.value_line.ocr_factor, hit.evidence)
    by_grammar = _title_by_grammar(lines, kn, participant)
    if by_grammar.value is not None:
        return by_grammar
    paras = paragraphs(list(lines))
    in_sentence = _title_in_sentence(paras, kn)
    if in_sentence.value is not None:
        return _as_laid_out(in_sentence, lines, kn, participant)
    after_phrase = _title_after_phrase(lines, paras, kn, participant)
    if after_phrase.value is not None:
        return _as_laid_out(after_phrase, lines, kn, participant)
    done_by = _title_before_done_by(lines, paras, kn)
    if done_by.value is not None:
        return done_by
    weak = list(find_labeled(lines, kn.words("course_title", "weak_labels")))
    for hit in weak:
        if _one_of_a_log(hit, weak):
            continue
        value = _clean_title(_without_certificate_for(labeled_continuation(lines, hit, kn)), kn)
        # "Subject: Your CE certificate", "Re: Certificate of Attendance": a memo names the document, not the course
        if (len(value) >= 4 and value != participant and looks_like_title(value) and not _CERTIFICATE.search(value)
                and names_a_course(value, kn, participant, hit.same_line)):
            return Field(value, 0.8 * hit.value_line.ocr_factor, hit.evidence, "labelled as one part of the activity")
    crumb = _breadcrumb_title(lines, kn, participant)
    return crumb if crumb.value is not None else _largest_title_line(lines, kn, participant)


_LABEL_REST = re.compile(r"^(?P<words>[^\W\d_][\w'’/-]*(?:\s+[\w'’/-]+){0,2})\s*:\s+(?=\S)")


def _rest_of_label(label: str, value: str, kn: Knowledge) -> str:
    """'Educational Activity Title: Wound Care' read as the label 'educational activity' before 'Title: Wound
    Care': words up to a colon that make the label a longer one naming the activity too are the label's."""
    match = _LABEL_REST.match(value)
    if match is None or label_field(f"{label} {match['words']}", kn) != "course_title":
        return value
    return value[match.end():]


def _title_by_grammar(lines: Sequence[Line], kn: Knowledge, participant: str | None) -> Field[str]:
    """The value of a label no list knows whose head names the activity ("Title of Offering:", "Learning Module
    Attended:"): below every listed label, with a lower confidence."""
    for hit in find_labeled(lines, grammar_labels(lines, kn, "course_title") + _done_labels(kn)):
        value = _clean_title(labeled_continuation(lines, hit, kn), kn)
        if hit.label in _done_labels(kn) and find_dates(value, "mdy"):
            continue  # "Module Completed: 03/03/2025" is the day
        if (len(value) >= 4 and value != participant and looks_like_title(value)
                and names_a_course(value, kn, participant, hit.same_line) and not _heading_ending_in_label(hit)):
            return Field(value, 0.8 * hit.value_line.ocr_factor, hit.evidence, "title after a label read by its head")
    return Field.absent(0.0)


@functools.cache
def _done_labels(kn: Knowledge) -> tuple[str, ...]:
    """A date's labels that the grammar reads as the activity's ("Module Completed:"): a value without a date
    behind them is the activity done."""
    return tuple(lb for lb in kn.words("completion_date", "labels")
                 if " " in lb and lb not in kn.words("course_title", "labels")
                 and label_field(lb, kn) == "course_title")


def _composed_title_labels(lines: Sequence[Line], kn: Knowledge) -> tuple[str, ...]:
    """Labels no list knows that name the activity by its noun ("Educational Offering:", "CE Program Completed:",
    "Continuing Education Activity:"): one or two words before an activity's noun, or the noun with 'completed'
    or 'attended' after it, then a colon. A label another field knows ("Course Date:", "Program Number:") or one
    whose last word is no activity noun ("Course Level:", "Job Title:") is none."""
    known = kn.label_phrases() | set(kn.words("other", "labels"))
    body = body_size(lines) if lines else 0.0
    found = []
    for line in lines:
        match = _composed_title_label(kn).match(line.text)
        if match is None:
            continue
        label = " ".join(match["label"].lower().split())
        # A title's own head ("Speaker Series: Ethics in Practice", "2025 Spring Symposium: ...") stands larger than
        # the text or names an event: only a row in the text's size, naming what was done, is a form's label.
        event = match["noun"].lower() in _EVENT_NOUNS and not match["done"]
        if label not in known and (match["mods"] or match["done"]) and line.size <= body and not event \
                and label not in found:
            found.append(label)
    return tuple(found)


# Nouns of events that head titles ("Speaker Series: ...", "Annual Conference: ..."): a label only with 'attended'.
_EVENT_NOUNS = {"series", "conference", "event", "seminar", "webinar", "lecture", "workshop", "sessions", "courses"}


@functools.cache  # one pattern per Knowledge
def _composed_title_label(kn: Knowledge) -> re.Pattern[str]:
    nouns = "|".join(map(re.escape, (*kn.words("course_title", "activity_nouns"), "offering", "offerings")))
    return re.compile(rf"^\W{{0,3}}(?P<label>(?P<mods>(?:[A-Za-z][\w/&-]*\s+){{1,2}})?(?P<noun>{nouns})"
                      rf"(?P<done>\s+(?:completed|attended|taken))?)\s*:\s*\S", re.IGNORECASE)


def _one_of_a_log(hit: LabelHit, hits: Sequence[LabelHit]) -> bool:
    """'Session: Opening keynote', 'Session: Breakout A', 'Session: Closing panel' (a conference's session log read
    row by row): a part label that names three or more different values lists the parts attended; none of them
    is the activity. Two are not enough: a title's label read twice, once with a stray value (a table's header
    row beside its cells), still names the course."""
    same = [h for h in hits if h.label == hit.label]
    # One printed larger than every other ("Topic: Wound Care Basics" over presenters' "Topic:" lines in small
    # print) is the course; the rest are its parts. (Text layers only: an OCR line's size is its box's, and a
    # line with descenders reads larger than one without.)
    text_layer = all(h.value_line.confidence >= 1.0 for h in same)
    if text_layer and all(hit.value_line.size >= _PART_SMALLER * h.value_line.size for h in same if h is not hit):
        return False
    return len({" ".join(h.value.lower().split()) for h in same}) >= 3


_PART_SMALLER = 1.2


_CRUMB_SEPARATOR = re.compile(r"\s+[>›»/]\s+")


def _breadcrumb_title(lines: Sequence[Line], kn: Knowledge, participant: str | None) -> Field[str]:
    """A web page saved as a certificate: 'Home > My Courses > Wound Care Basics > Certificate' names the course
    in its last crumb that is not the certificate page itself."""
    for line in lines:
        crumbs = [c for c in _CRUMB_SEPARATOR.split(line.text) if c.strip()]
        # A slash also parts titles ("Acute / Chronic / Palliative Care"): only a path from a site's page is one.
        if len(crumbs) < 3 or (not re.search(r"\s[>›»]\s", line.text)
                               and crumbs[0].lower() not in kn.words("provider", "site_words")):
            continue
        while crumbs and _CERTIFICATE.search(crumbs[-1]):
            crumbs.pop()
        title = _clean_title(crumbs[-1], kn) if len(crumbs) >= 2 else ""
        if len(title) >= 4 and title != participant and looks_like_title(title) and names_a_course(title, kn):
            return Field(title, 0.6 * line.ocr_factor, line.evidence, "the last crumb of a web page's path")
    return Field.absent(0.0)


_CERTIFICATE = re.compile(r"\bcertif", re.IGNORECASE)
# "Subject: Your certificate: Wound Care Basics", "Subject: Certificate for Wound Care Basics": a memo names the
# document, then the course it is for.
_CERTIFICATE_FOR = re.compile(
    r"^(?:your\s+)?(?:[\w-]+\s+){0,2}?certificate(?:\s+of\s+\w+)?\s*(?:for|:|[-\u2013\u2014])\s+(?=\S)", re.IGNORECASE)


def _without_certificate_for(value: str) -> str:
    match = _CERTIFICATE_FOR.match(value)
    return value[match.end():] if match else value


def _title_after_phrase(lines: Sequence[Line], paras: Sequence[Line], kn: Knowledge,
                        participant: str | None) -> Field[str]:
    """The title after "has completed", "attended" ...: on the same line, or the line below when the phrase ends
    its line."""
    after_re = _after_title(kn)
    for i, line in enumerate(lines):
        # Each phrase of the line in turn: "attended a presentation on the topic of Wound Care" names it after
        # the second.
        for match in after_re.finditer(line.text):
            if line.text[match.end():].lstrip().startswith(":"):
                break  # "Attended: March 5 through March 7, 2019" labels a date; no sentence names the activity
            if _after_activity_noun(line.text[:match.start()], kn):
                break  # "Details of the activity completed" heads a table; nobody "has completed" in it
            # "Nurses will receive 1.5 contact hours for the activity": a credit sentence names the activity on its
            # own line or not at all; the lines after it are other things.
            credit_sentence = _CREDIT_SENTENCE.search(line.text[: match.start()]) is not None
            said = line.text[match.end():] if credit_sentence else _sentence_from(line, match.end(), paras)
            rest = _sentence_title(said, kn)
            if len(rest) < 4 and (said.rstrip().endswith(".") or _first_sentence(said) != said):
                break  # "... their participation in the activity.": the sentence ends; the next line is no title
            if len(rest) >= 4:
                # "I attended the program in full" talks about the activity; "Completed 03/05/2024" gives a date.
                if ((rest[0].isupper() or rest[0] in _QUOTES) and looks_like_title(rest)
                        and names_a_course(rest, kn, participant)):
                    return Field(_as_printed_large(rest, line, lines), 0.9 * line.ocr_factor, line.evidence)
                continue
            if re.search(r"\d", line.text[match.end():]) or credit_sentence:
                break  # "Online Course | Completed 06/28/2018": a date follows the phrase; no title below
            below = _title_on_line_below(lines, i, kn, participant)
            if below.value is not None:
                return below
            break
    return _title_after_wrapped_phrase(paras, kn, participant)


def _title_after_wrapped_phrase(paras: Sequence[Line], kn: Knowledge, participant: str | None) -> Field[str]:
    """'... for the successful completion' / 'of Wound Care Basics (05/13/2020).': a phrase the sentence wraps in
    the middle of names the title after it all the same."""
    after_re = _after_title(kn)
    for para in paras:
        breaks = _line_breaks(para)
        for match in after_re.finditer(para.text):
            if not any(match.start() < b < match.end() for b in breaks):
                continue  # a phrase within one line was read line by line
            rest = _sentence_title(para.text[match.end():], kn)
            if (len(rest) >= 4 and rest[0].isupper() and looks_like_title(rest)
                    and names_a_course(rest, kn, participant)):
                return Field(rest, 0.85 * para.ocr_factor, para.evidence)
    return Field.absent(0.0)


def _line_breaks(para: Line) -> list[int]:
    """Where in the paragraph's text each of its printed lines after the first begins."""
    out, offset = [], 0
    for prev, word in itertools.pairwise(para.words):
        offset += len(prev.text) + 1
        if word.top > prev.bottom - 0.3 * max(prev.bottom - prev.top, 1.0):  # the word stands below the last
            out.append(offset)
    return out


_CREDIT_SENTENCE = re.compile(r"\d|\b(?:hours?|credits?|awarded|receive[sd]?|claim(?:ed)?)\b", re.IGNORECASE)


def _as_printed_large(rest: str, line: Line, lines: Sequence[Line]) -> str:
    """'completed Project Scheduling and the assessment that follows it': where a line in larger type prints the
    start of the sentence's rest on its own, that line is the title and the sentence goes on past it."""
    starts = [ln.text for ln in lines if ln.size > line.size and len(ln.text) >= 4
              and rest.lower().startswith(ln.text.lower() + " ")]
    # The large title may wrap ("... Staging and" / "Treatment"): its next line, as large, is more of it.
    for k, ln in enumerate(lines):
        below = line_below(lines, k) if ln.text in starts else None
        whole = f"{ln.text} {below.text}" if below is not None and abs(below.size - ln.size) <= 0.1 * ln.size else ""
        if whole and (rest.lower() + " ").startswith(whole.lower() + " "):
            starts.append(whole)
    return max(starts, key=len) if starts else rest


def _title_on_line_below(lines: Sequence[Line], i: int, kn: Knowledge, participant: str | None) -> Field[str]:
    nxt = _title_line_below(lines, i)
    if nxt is not None and _is_heading(lines[nxt].text, kn):
        nxt = _title_line_below(lines, nxt)  # "has completed" / "Statement of Credit" / the title
    if nxt is None:
        return Field.absent(0.0)
    nxt = _past_kicker(lines, nxt, kn, participant)
    text, first = _with_continuation(lines, nxt, kn)
    unlabelled = _without_title_label(text, kn)
    if unlabelled == text and opens_with_known_label(text, kn.label_phrases()):
        return Field.absent(0.0)  # "Status: Completed" over "Date: May 2": another field's line, no title
    title = _clean_title(unlabelled, kn)
    if len(title) >= 4 and title != participant and not _is_date_only(title) and names_a_course(title, kn, participant):
        return Field(title, 0.9 * first.ocr_factor, first.evidence)
    return Field.absent(0.0)


def _as_laid_out(found: Field[str], lines: Sequence[Line], kn: Knowledge, participant: str | None) -> Field[str]:
    """A title read from running text that is a whole line in smaller type over a larger title-like line: the
    larger line (and its wrapped lines) is the title. A whole line over its subtitle in smaller type: both."""
    # The line must be where the value was read: inside its evidence or the line right under it ("has completed"
    # over the title); an invoice row elsewhere on the page may print the same words.
    if found.value is None:
        return found
    at = next((i for i, ln in enumerate(lines) if _within(ln, found)), None)
    under = line_below(lines, at) if at is not None else None
    index = next((i for i, ln in enumerate(lines) if clean_value(ln.text) == found.value
                  and (_within(ln, found) or ln is under)), None)
    if index is None:
        return found
    if (nxt := _past_kicker(lines, index, kn, participant)) == index:
        below = line_below(lines, index)
        if below is None or not _is_subtitle(lines[index], lines[index], below, kn):
            return found
        return dataclasses.replace(found, value=f"{found.value.rstrip(' :')}: {clean_value(below.text)}")
    text, first = _with_continuation(lines, nxt, kn)
    title = _clean_title(text, kn)
    return Field(title, found.confidence, first.evidence) if len(title) >= 4 else found


def _within(line: Line, found: Field[str]) -> bool:
    """Whether the line is part of the text the value was read from."""
    ev = found.evidence
    if ev is None or ev.bbox is None or ev.page != line.page:
        return False
    x0, top, x1, bottom = line.bbox
    return ev.bbox[0] - 1 <= x0 and ev.bbox[1] - 1 <= top and x1 <= ev.bbox[2] + 1 and bottom <= ev.bbox[3] + 1


def _past_kicker(lines: Sequence[Line], index: int, kn: Knowledge, participant: str | None) -> int:
    """'Grand Rounds Webinar Series' in small type over 'Sepsis Recognition in the ED' in large: a series' or
    programme's name printed above the title (a kicker) is not the title; the line in clearly larger type right
    under it is. (A text layer only: OCR sizes are estimates.)"""
    line = lines[index]
    below = line_below(lines, index)
    # The kicker names a series or programme ("Webinar Series", "Annual Conference"); a title of its own over a
    # larger line ("Sepsis Recognition in the ED" over "Continuing Nursing Education") is the title.
    if not phrase_regex(kn.words("course_title", "activity_nouns")).search(line.text):
        return index
    if (below is None or line.read_by_ocr or below.read_by_ocr or below.size < 1.25 * line.size
            or below.bbox[1] - line.bbox[3] > below.size):
        return index
    title = clean_value(below.text)
    if (len(title) < 4 or title == participant or re.search(r"\d", title) or not title[0].isupper()
            or opens_with_known_label(title, kn.label_phrases()) or not looks_like_title(title)
            or not names_a_course(title, kn, participant) or is_name_like(title, kn, not_name_words(kn))):
        return index
    return next(j for j in range(index + 1, len(lines)) if lines[j] is below)


def _credit_for(kn: Knowledge) -> str:
    """'is awarded 1.5 contact hours for Wound Care Basics': the credit sentence names the activity after "for"
    (and after a doing word: "for successfully completing")."""
    verbs = spaced_alternation(kn.words("course_title", "credit_verbs"))
    doing = spaced_alternation(kn.words("course_title", "credit_for_doing"))
    return (rf"(?:{verbs})\s+(?:a\s+total\s+of\s+)?\d+(?:\.\d+)?\s+(?:[A-Za-z()-]+\s+){{0,3}}?"
            rf"for\s+(?:(?:{doing})\s+)?")


@functools.cache  # one pattern per Knowledge, searched on every line
def _after_title(kn: Knowledge) -> re.Pattern[str]:
    """The phrases as whole words, and not inside a web address ("learning.acme.org/my-courses/completed")."""
    phrases = "|".join(re.escape(p) for p in kn.words("course_title", "after"))
    return re.compile(rf"(?<![\w/.@-])(?:(?:{phrases})(?![\w/])|{_credit_for(kn)})", re.IGNORECASE)


def _title_before_done_by(lines: Sequence[Line], paras: Sequence[Line], kn: Knowledge) -> Field[str]:
    """'Wound Care Basics was completed by Jane Doe': a passive sentence names the title before its verb."""
    done_by = phrase_regex(kn.words("course_title", "done_by"))
    for line in [*paras, *lines]:
        match = done_by.search(line.text)
        if match is None:
            continue
        before = re.split(r"(?<=[.!?:])\s+", line.text[: match.start()])[-1]
        source = line
        if not before.strip() and line in lines and (above := line_above(lines, list(lines).index(line))):
            before, source = above.text, above  # the title in large type over "was completed by"
        title = _clean_title(before, kn)
        if len(title) >= 4 and title[0].isupper() and looks_like_title(title) and names_a_course(title, kn):
            return Field(title, 0.85 * source.ocr_factor, source.evidence)
    return Field.absent(0.0)


def _without_title_label(text: str, kn: Knowledge) -> str:
    """'has completed' / 'Session: Wound Care Basics': the line below the phrase may carry its own label."""
    labels = kn.words("course_title", "labels") + kn.words("course_title", "weak_labels")
    match = re.match(rf"(?:{phrase_regex(labels).pattern})\s*:\s*(?=\S)", text, re.IGNORECASE)
    return text[match.end():] if match else text


def _whole_title(value: str, value_line: Line, lines: Sequence[Line], kn: Knowledge) -> str:
    """The title as a line in larger type prints it whole, when the labelled value is its start: a stub or a
    small-print summary that wraps the title ("Activity: Governmental Accounting and Auditing" / "Update") loses
    its end."""
    longer = [ln.text for ln in lines if ln.size > value_line.size and len(ln.text) > len(value)
              and ln.text.lower().startswith(value.lower() + " ")]
    return _clean_title(longer[0], kn) if longer else value


def _session_below(hit: LabelHit, lines: Sequence[Line], kn: Knowledge) -> Field[str]:
    """'Program: Nursing Grand Rounds' over 'Session Title: Wound Care Basics': the labelled whole is a series and
    the session under it is the activity attended and credited."""
    index = next((i for i, ln in enumerate(lines) if ln is hit.value_line), None)
    below = line_below(lines, index) if index is not None and hit.same_line else None
    if below is None:
        return Field.absent(0.0)
    for session in find_labeled([below], kn.words("course_title", "session_labels")):
        value = _clean_title(session.value, kn)
        if len(value) >= 4 and looks_like_title(value) and names_a_course(value, kn):
            return Field(value, 0.85 * below.ocr_factor, session.evidence, "a session under its series")
    return Field.absent(0.0)


def _heading_ending_in_label(hit: LabelHit) -> bool:
    """'Details of the activity completed' over a table: a line that only ends in a title's label ("activity
    completed") heads the table under it; its value is not the line below."""
    if hit.same_line:
        return False
    head = re.sub(r"^\W*(?:the\s+)?", "", " ".join(hit.label_line.text.lower().split()))
    return not head.startswith(hit.label)


def _after_activity_noun(before: str, kn: Knowledge) -> bool:
    """'the activity completed', 'Courses completed': the verb follows the activity, not a participant."""
    words = before.split()
    return bool(words) and words[-1].lower().strip(".,:;") in kn.words("course_title", "activity_nouns")


def _other_label(hit: LabelHit, kn: Knowledge) -> bool:
    """'Program Number: LP7-00418' reads as the label 'program' and a number: its label names a code of no field."""
    head, colon, _ = hit.label_line.text.partition(":")
    head = " ".join(head.lower().split())  # exactly: "Course #" is a code's label, bare "Course" a title's
    return bool(colon) and head in kn.words("other", "labels")


def _title_line_below(lines: Sequence[Line], i: int) -> int | None:
    """The index of the line below line i, past a line that only gives the course code ("Course IS-00063.b")."""
    nxt = next((j for j in range(i + 1, len(lines)) if lines[j] is line_below(lines, i)), None)
    if nxt is not None and is_course_code(lines[nxt].text):
        nxt = next((j for j in range(nxt + 1, len(lines)) if lines[j] is line_below(lines, nxt)), None)
    return nxt


def _largest_title_line(lines: Sequence[Line], kn: Knowledge, participant: str | None) -> Field[str]:
    """No wording points at the title: take the largest line that is neither a heading nor the name."""
    heading = re.compile(r"certif|award|diploma|recogni[sz]ed|completion|attendance|achievement", re.IGNORECASE)
    candidates = [
        ln for i, ln in enumerate(lines)
        if len(ln.text) >= 8 and not heading.search(ln.text) and clean_value(ln.text) != participant
        and not re.search(r"\d", _without_year(ln.text, kn))
        and clean_value(_without_year(ln.text, kn))[:1].isupper()  # "| Wound Care": a border mark
        # "Participant Name: Ann Lee" is another field; "Chronic Kidney Disease: Nursing Care" is a title.
        and not opens_with_known_label(ln.text, kn.label_phrases())
        and names_a_course(ln.text, kn, participant)
        and not _value_of_label_above(lines, i)  # "Modality:" over "Live seminar"
        and not ln.text.rstrip().endswith(":")  # a label alone ("Finished:"), its value elsewhere
        and " ".join(ln.text.lower().split()) not in kn.label_phrases()  # "Presented to" without its colon
        and not _scrawl(ln, kn) and not _caption_or_format(ln.text, kn)
        and not _signer_caption(lines, i, kn, participant)
    ]
    # An organisation's name (the provider's letterhead) is no title, unless nothing else is left; nor is a
    # line that another line names as the subject of a sentence ("<it> is an approved provider").
    subjects = " ".join(ln.text for ln in lines)
    # A line the running text names again as what was done ("... completed Gut Health and the Microbiome and
    # the assessment") is the title, whatever words it shares with organisations.
    verbs = kn.words("course_title", "done_verbs")
    done = [ln for ln in candidates if verbs and re.search(
        rf"{phrase_regex(verbs).pattern}\s+(?:the\s+)?{re.escape(ln.text)}", subjects, re.IGNORECASE)]
    if done:
        best = max(done, key=lambda ln: ln.size)
        return Field(_clean_title(best.text, kn), 0.75 * best.ocr_factor, best.evidence, "title named again as done")
    # An org word inside a line ("Resistance Training for Older Adults") makes it less likely a title than none,
    # but more likely than a name that ends with one ("Bluewater Wellness Learning Center").
    named = [ln for ln in candidates if not re.search(rf"{re.escape(ln.text)},?\s+(?:is|has|was)\s", subjects)]
    strength = {id(ln): _org_strength(_first_part(ln.text), kn) for ln in named}
    plain = [ln for ln in named if strength[id(ln)] < 2]
    some_org = [ln for ln in named if strength[id(ln)] < 3]
    # ... but a line in a heading's size ("Annual Mandatory Education and Skills Validation") beats small print
    # with no org word at all (a table's column captions, a footnote).
    if plain and some_org and max(ln.size for ln in some_org) >= _MUCH_LARGER * max(ln.size for ln in plain):
        plain = []
    candidates = plain or some_org or candidates
    if not candidates:
        return Field.absent(0.0, "no course title found")
    best = max(candidates, key=lambda ln: ln.size)
    text, _ = _with_continuation(lines, lines.index(best), kn)
    if participant and participant in text:
        text = best.text  # the name below a title is not more title
    return Field(_clean_title(text, kn), 0.55 * best.ocr_factor, best.evidence, "title chosen by font size alone")


_MONTH_NAME = re.compile(r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                         r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b", re.IGNORECASE)


def _without_year(text: str, kn: Knowledge) -> str:
    """'2024 Annual Skills Validation', 'Summit 2024: Leading Change': a year alone names an edition of the
    activity, not a date or a code; a line with a month or other digits keeps them (it is a date or an id)."""
    if _MONTH_NAME.search(text) or _founded(kn).search(text):
        return text
    return re.sub(r"(?<![\w/.-])(?:19|20)\d{2}(?![\w/.-])", "", text)


@functools.cache  # one pattern per Knowledge
def _founded(kn: Knowledge) -> re.Pattern[str]:
    """"Serving Nurses Since 1985", "Est. 1972", "© 2024 Acme": an organisation's founding or copyright year, no
    edition."""
    words = spaced_alternation(kn.words("course_title", "founded_words"))
    return re.compile(rf"\b(?:{words})\s+(?:in\s+)?(?:19|20)\d{{2}}\b|\u00a9", re.IGNORECASE)


_MUCH_LARGER = 1.5


def _signer_caption(lines: Sequence[Line], index: int, kn: Knowledge, participant: str | None = None) -> bool:
    """'Uma Brennan, MD, Unit Manager', 'Dana Lee, Director of Nursing': a person and a role under a signature;
    or a person's name over a role's line ('Chloe Reyes, MD' / 'Executive Director')."""
    text = lines[index].text
    parts = [p.strip() for p in text.split(",")]
    roles = phrase_regex(kn.words("signatory", "roles"))
    above = line_above(lines, index)
    if _role_under_name(lines[index], above, roles, kn, participant):
        return True
    if not is_name_like(parts[0], kn, not_name_words(kn)):
        # OCR reads a name and the role beside it as one line: "Greta Ito Chief Learning Officer"
        words = text.split()
        return (len(words) <= 7 and is_name_like(" ".join(words[:2]), kn, not_name_words(kn))
                and roles.search(" ".join(words[2:])) is not None)
    if len(parts) >= 2 and roles.search(parts[-1]) is not None:
        return True
    below = line_below(lines, index)
    return (below is not None and below.size <= _MUCH_LARGER * lines[index].size and _is_role_line(below, roles)
            and clean_value(text) != participant)


def _role_under_name(line: Line, above: Line | None, roles: re.Pattern[str], kn: Knowledge,
                     participant: str | None) -> bool:
    """'Director of Continuing Education' or 'Chief Learning Officer' under 'Chloe Reyes, MD': a role that opens or
    ends its line, under a name that is not the participant's (under hers a title may name a role)."""
    text = " ".join(line.text.split())
    # A role ending its line is a caption only when every word before it is capitalised ("Chief Learning
    # Officer"); "Becoming a Nurse Manager" under its presenter's name is a title.
    role = roles.match(text) is not None or any(m.end() == len(text) and _all_capitalised(text[:m.start()])
                                                 for m in roles.finditer(text))
    return (role and len(line.words) <= 6 and above is not None and clean_value(above.text) != participant
            and is_name_like(above.text.split(",")[0], kn, not_name_words(kn)))


def _all_capitalised(text: str) -> bool:
    return all(word[:1].isupper() for word in text.split())


def _caption_or_format(text: str, kn: Knowledge) -> bool:
    """A line that is only a delivery format ("Online course", a form's bare value), or a signature's caption
    whether whole or cut short at its last word ("Authorized sign", OCR losing the end under a stroke)."""
    plain = " ".join(re.sub(r"[^\w\s-]", " ", text.lower()).split())
    formats = {p for cat in kn.words("delivery_format", "order") for p in kn.words("delivery_format", cat)}
    if plain in formats:
        return True
    words = plain.split()
    return len(words) >= 2 and len(words[-1]) >= 3 and any(
        role.startswith(plain) and role.split()[:-1] == words[:-1] for role in kn.words("signatory", "roles")
        if len(role.split()) == len(words))


def _scrawl(line: Line, kn: Knowledge) -> bool:
    """A signature's scrawl read by OCR ("N\\YYWIW VW"): large, but not one word of it read with confidence, nor
    one a course or an organisation is named with (a title in a script font is read doubtfully too)."""
    vocab = vocabulary(kn)
    return (line.read_by_ocr and max(w.confidence for w in line.words) < 0.5
            and not any(w in vocab for w in re.findall(r"[a-z]{4,}", line.text.lower())))


def _value_of_label_above(lines: Sequence[Line], index: int) -> bool:
    above = line_above(lines, index)
    # (A scan's lone ":" speck above a title labels nothing: a label has words.)
    return above is not None and above.text.rstrip().endswith(":") and any(ch.isalpha() for ch in above.text)


def _are_people(value: str, kn: Knowledge) -> bool:
    """'Ann Lee, Education Director' or 'Dana Whitcomb and Omar Reyes' (presenters): people, no organisation."""
    not_words = not_name_words(kn)
    if is_name_like(value, kn, not_words):
        return True
    parts = [p for p in re.split(r"\s*(?:,|&|\band\b)\s*", value) if p]
    return len(parts) >= 2 and all(is_name_like(p, kn, not_words) for p in parts)


def parse_provider(
    lines: Sequence[Line], paras: Sequence[Line], kn: Knowledge, accreditor_names: Sequence[str],
    title: str | None = None,
) -> Field[str]:
    found = _provider(lines, paras, kn, accreditor_names, title)
    if found.value is None:
        return found
    value = mended_name(found.value, kn) if any(ln.read_by_ocr for ln in lines) else found.value
    # "Presented by the Texas Society of CPAs": the sentence's article is not the name's ("The Joint Commission",
    # capitalised, keeps its own).
    value = value[4:] if value.startswith("the ") and value[4:5].isupper() else value
    # OCR reads a letterhead and the heading beside it as one line: "Summit Seminars VERIFICATION OF ATTENDANCE".
    heading = re.search(rf"\s(?:{phrase_regex(kn.words('provider', 'headings')).pattern})", value, re.IGNORECASE)
    if heading is not None and len(value[: heading.start()].split()) >= 2:
        value = value[: heading.start()].strip()
    return dataclasses.replace(found, value=value)


def _provider(
    lines: Sequence[Line], paras: Sequence[Line], kn: Knowledge, accreditor_names: Sequence[str],
    title: str | None = None,
) -> Field[str]:
    org = phrase_regex(kn.words("provider", "org_words"))
    lines, paras = without_logo_strips(lines, kn, org), without_logo_strips(paras, kn, org)
    one_word: Field[str] = Field.absent(0.0, "no provider found")
    beside = _provider_beside_title(paras, kn, title, accreditor_names)
    if beside.value is not None:
        return beside
    # "Produced by ...", "Offered through ...": a maker's or a platform's name is weighed in the sentences below.
    hits = [h for h in find_labeled(lines, kn.words("provider", "labels")) if not _weak_by(kn).fullmatch(h.label)]
    # A mail's "From:" names its sender, often a course platform: a "Provider:" row in the body says more.
    hits.sort(key=lambda h: h.label.strip().lower() == "from")
    # Labels no list knows whose head names an organisation ("Sponsoring Institution:"), after every listed one.
    known_hits = len(hits)
    hits += [h for h in find_labeled(lines, grammar_labels(lines, kn, "provider")) if h.label not in kn.label_phrases()]
    in_sentence = _provider_in_sentence(paras, kn, accreditor_names)
    for n, hit in enumerate(hits):
        value = _first_part(_org_head(_NUMBER_FIRST.sub("", labeled_continuation(lines, hit, kn)), kn))
        if hit.same_line and _jointly(kn).search(hit.label_line.text):
            value = _first_of_joint(value, kn)
        # "Provider approval valid through ...": a label word in a sentence, not an organisation after it.
        person = _are_people(value, kn)  # "From: Ann Lee, Education Director"
        if (len(value) >= 3 and _is_title_case(value) and not person and not _is_accreditor(value, accreditor_names)
                and _has_word(value) and not _other_label(hit, kn)):
            if len(value.split()) > 1:
                weight = 0.88 if n < known_hits else 0.8
                return _sender_or_sentence(Field(value, weight * hit.value_line.ocr_factor, hit.evidence), hit,
                                           in_sentence)
            # A brand ("Relias") or a logo's caption ("SPONSOR: PARTNER"): only when no sentence names one.
            if one_word.value is None:
                one_word = Field(value, 0.6 * hit.value_line.ocr_factor, hit.evidence, "a one-word provider")
    if in_sentence.value is not None and in_sentence.note != _MADE_BY:
        return in_sentence
    statement = _provider_from_statement(paras, kn, accreditor_names)
    if statement.value is not None:
        return _whole_name(statement, lines, kn)
    # The title's own lines (it may wrap) are no organisation, whatever words they use. A name that wraps in a
    # narrow sidebar ("Brightwater / Professional / Seminars") is whole only in its paragraph.
    not_title = [ln for ln in [*lines, *paras] if not title or (title not in ln.text and ln.text not in title)]
    org_line = _org_line(not_title, kn, accreditor_names)
    # A maker or a platform ("Produced by ...") when no organisation's whole name heads the page; a site's header
    # "Pinecrest Security Institute" over the certificate outweighs a logo's caption "PARTNER".
    for weaker in (in_sentence, _site_labelled(lines, kn, accreditor_names), one_word):
        if weaker.value is not None and (org_line.value is None or _org_strength(org_line.value, kn) < 3):
            return weaker
    return org_line if org_line.value is not None else _last_resort(lines, kn, accreditor_names, title)


def _site_labelled(lines: Sequence[Line], kn: Knowledge, accreditor_names: Sequence[str]) -> Field[str]:
    """'Site: Acme Learning', 'Portal | Acme Health Education': an LMS export names its site or account, the
    provider when no sentence, statement or organisation's heading names one (a venue's 'Site:' under a
    letterhead stays the venue); labels.toml [provider] weak_labels."""
    for hit in find_labeled(lines, kn.words("provider", "weak_labels")):
        value = _first_part(_org_head(labeled_continuation(lines, hit, kn), kn))
        if len(value.split()) >= 2 and _is_title_case(value) and not _are_people(value, kn) \
                and not _is_accreditor(value, accreditor_names) and _has_word(value) and not _other_label(hit, kn):
            return Field(value, 0.7 * hit.value_line.ocr_factor, hit.evidence, "an LMS site's or account's name")
    return Field.absent(0.0, "no provider found")


def _whole_name(found: Field[str], lines: Sequence[Line], kn: Knowledge) -> Field[str]:
    """'... Silverlake Primary Care / NP Forum is accredited by ...': a sentence wrapped (or OCR lost its line
    break) inside the name; a line of its own that ends with the name found and says more before it is the
    whole name ("Silverlake Primary Care NP Forum" heading the page)."""
    value = found.value or ""
    if not value or not lines:
        return found
    body = body_size(lines)
    for line in lines:
        text = clean_value(line.text)
        # a heading of its own: larger than the text, no role or label before the name ("Nurse Planner, ...",
        # "Organised by: ...")
        if len(text) > len(value) and text.endswith(" " + value) and len(text.split()) <= 8 \
                and line.size > body and not re.search(r"[,:]", text) and _is_org_name(text, kn) \
                and not _initials_of(text[: -len(value)].strip(), value, _first_word_apart(line)) \
                and text[: -len(value)].strip().lower() not in kn.label_phrases():  # a caption: "Provider  Acme"
            return Field(text, found.confidence, line.evidence, found.note)
    return found


def _initials_of(head: str, name: str, apart: bool = False) -> bool:
    """'CGE' before 'Clearwater Geotechnical Engineering Society': a logo's letters, the name's initials, no part
    of it."""
    # in the name's order, from its first word, with or without its small words ("Heritage Society of Ohio":
    # "HSOO" or "HSO"): a state's code before the name ("PA Physical Therapy Association") is part of it
    words = name.split()
    every = "".join(w[0].upper() for w in words)
    main = "".join(w[0].upper() for w in words if w.lower() not in _SMALL_WORDS)
    return head.isupper() and head.isalpha() and len(head) >= 2 and (_spells(head, every, apart)
                                                                      or _spells(head, main, apart))


def _spells(head: str, initials: str, apart: bool = False) -> bool:
    """A logo's letters spell the name's initials whole, or all but the last ('LPE' over 'Lakeshore Professional
    Education Partners'), or set apart from it (`apart`) its first words' ('FRC' a gap before 'Falcon Ridge Career
    Training Institute'); 'AB' in the run of 'AB Anesthesia Board Education Society' names only its first two
    words, a part of the name (the society's own letters, as a state's code is)."""
    return initials.startswith(head) and (apart or len(head) >= len(initials) - 1)


def _first_word_apart(line: Line) -> bool:
    """Whether the line's first word stands apart from the rest (a logo's letters beside a name): a gap after it
    wider than twice the widest space between the other words, and than a third of the letters' size."""
    words = line.words
    if len(words) < 3:
        return False
    first = words[1].x0 - words[0].x1
    spaces = [b.x0 - a.x1 for a, b in itertools.pairwise(words[1:])]
    return first > 2 * max(spaces) and first > line.size / 3


def _sender_or_sentence(labelled: Field[str], hit: LabelHit, in_sentence: Field[str]) -> Field[str]:
    """A mail's "From:" names its sender, often a course platform: the body's "... offered by Acme Academy"
    names who gave the course."""
    if hit.label.strip().lower() == "from" and in_sentence.value is not None and in_sentence.note != _MADE_BY:
        return in_sentence
    return labelled


def _last_resort(lines: Sequence[Line], kn: Knowledge, accreditor_names: Sequence[str],
                 title: str | None) -> Field[str]:
    """When nothing names an organisation: the letterhead, a web address, the title's opening words."""
    for guess in (_letterhead([ln for ln in lines if not title or title not in ln.text], kn, accreditor_names),
                  _site_address(lines), _named_in_title(title, kn), _accreditor_heading(lines, kn, accreditor_names)):
        if guess.value is not None:
            return guess
    return Field.absent(0.0, "no provider found")


def _accreditor_heading(lines: Sequence[Line], kn: Knowledge, accreditor_names: Sequence[str]) -> Field[str]:
    """An accrediting body's full name heading the page above the certificate's heading, in larger type than the
    text, when nothing else names an issuer: the body issues its own certificate ("American Association for
    Respiratory Care" over "Certificate of Attendance")."""
    first = [ln for ln in lines if ln.page == 1]
    heading = next((ln for ln in first if _heading_words(kn).search(ln.text)), None)
    if heading is None:
        return Field.absent(0.0, "no provider found")
    body = body_size(first)
    full = [name for name in accreditor_names if len(name) > 12]
    for ln in first:
        if ln.bbox[3] <= heading.bbox[1] and ln.size > body and any(
                clean_value(ln.text).lower() == name.lower() for name in full):
            return Field(clean_value(ln.text), 0.5 * ln.ocr_factor, ln.evidence,
                         "an accrediting body's own certificate")
    return Field.absent(0.0, "no provider found")


# "Jointly provided by Acme Medical Education and the Ohio Heart Society": in joint providership the first named
# is the accredited provider; the other is its partner.
@functools.cache  # one pattern per Knowledge
def _jointly(kn: Knowledge) -> re.Pattern[str]:
    joint, verbs = spaced_alternation(kn.words("provider", "joint_words")), kn.words("provider", "joint_verbs")
    return re.compile(rf"\b(?:{joint})[\s-]*(?:{spaced_alternation(verbs)})\s+by\b", re.IGNORECASE)


def _first_of_joint(value: str, kn: Knowledge) -> str:
    """The first of two organisations joined by "and", when each side is an organisation's whole name (ends
    with an org word); "Society of Nutrition and Dietetics" stays whole."""
    for match in re.finditer(r"\s+(?:and|&)\s+(?:the\s+)?", value):
        first, second = value[:match.start()].strip(" ,"), value[match.end():]
        if _org_strength(first, kn) >= 3 and _org_strength(second, kn) >= 2:
            return first
    return value


# A web address alone in its part of a line: "www.clearpathlearning.com", "https://acme.org/". An address with a
# path ("lms.example.com/verify/123") is a page of some site, often the platform's, not the issuer's name.
_SITE = re.compile(r"(?:https?://)?(?:www\.)?(?P<host>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|edu|gov))/?",
                   re.IGNORECASE)


def _site_address(lines: Sequence[Line]) -> Field[str]:
    """When nothing names the issuer, its web address in a footer does: the host name, at low confidence."""
    for line in lines:
        for part in re.split(r"\s[·|•]\s|\s{2,}", line.text):
            match = _SITE.fullmatch(part.strip())
            if match is not None:
                return Field(match["host"].lower(), 0.35 * line.ocr_factor, line.evidence,
                             _SITE_NOTE)
    return Field.absent(0.0, "no provider found")


def _named_in_title(title: str | None, kn: Knowledge) -> Field[str]:
    """'Riverside Hospital Sepsis Update': a title that opens with an organisation's name (capitalised words
    ending in organisation words, none of them a topic's: "Mental Health First Aid" names none), when nothing
    else on the page names one."""
    words = (title or "").split()
    org = phrase_regex(kn.words("provider", "org_words"))
    topical = set(not_name_words(kn)) - set(kn.words("provider", "org_words"))
    first = next((i for i, w in enumerate(words) if org.fullmatch(w)), None)
    if first is None or first == 0 or any(w.lower() in topical or not w[:1].isupper() for w in words[:first]):
        return Field.absent(0.0, "no provider found")
    end = first
    while end + 1 < len(words) and org.fullmatch(words[end + 1]):
        end += 1
    if end + 1 >= len(words):
        return Field.absent(0.0, "no provider found")  # the whole title: a name, or a title using org words
    return Field(" ".join(words[: end + 1]), 0.35, None, _IN_TITLE)


_LETTERHEAD = "provider guessed from the letterhead above the heading"
_SITE_NOTE = "provider guessed from a web address"
_IN_TITLE = "provider guessed from the start of the course title"


def is_last_resort(found: Field[str]) -> bool:
    """A provider guessed where nothing named one (the letterhead alone, a web address, the title's opening
    words): the trained model's reading, when it has one, is worth more."""
    return found.note in (_LETTERHEAD, _SITE_NOTE, _IN_TITLE)


@functools.cache  # one pattern per Knowledge
def _heading_words(kn: Knowledge) -> re.Pattern[str]:
    """The page's heading: "Certificate ...", "Statement of Attendance", "Letter of Completion"."""
    nouns = spaced_alternation(kn.words("provider", "page_headings"))
    return re.compile(rf"certif|\b(?:{nouns})\s+of\b", re.IGNORECASE)


def _letterhead(lines: Sequence[Line], kn: Knowledge, accreditor_names: Sequence[str]) -> Field[str]:
    """A name in larger type than the text, alone above the document's heading, when no line uses an
    organisation's word ("Wild Iris Wellness" over "Certificate of Completion"): the issuer's letterhead.
    A person's name sits under the heading; nothing else but the issuer heads the page above it."""
    first = [ln for ln in lines if ln.page == 1]
    if not first:
        return Field.absent(0.0, "no provider found")
    body = body_size(first)
    headings = _heading_words(kn)
    heading = next((ln for ln in first if headings.search(ln.text) and ln.size > body), None)
    if heading is None:
        return Field.absent(0.0, "no provider found")
    above = [ln for ln in first if ln.bbox[3] <= heading.bbox[1] and not headings.search(ln.text)]
    other_fields = _other_field_labels(kn)
    event = phrase_regex(tuple(w for w in kn.words("course_title", "activity_nouns")
                               if w not in kn.words("provider", "org_words")))
    named = [
        ln for ln in above
        if ln.size > body and 2 <= len(ln.words) <= 6 and _is_title_case(ln.text) and not re.search(r"\d", ln.text)
        and not opens_with_known_label(ln.text, other_fields) and not _is_accreditor(ln.text, accreditor_names)
        and not _CREDIT_WORDS.search(ln.text) and ":" not in ln.text
        and name_part(ln.text, kn) == ln.text.strip()  # "Home  My Courses  Log out": a site's links
        and not event.search(ln.text)  # "Spring Lecture Series", "Annual Nursing Conference": the event's name
        and not _edition(kn).match(ln.text)
    ]
    if len(named) != 1:
        return Field.absent(0.0, "no provider found")
    return Field(clean_value(named[0].text), 0.45 * named[0].ocr_factor, named[0].evidence,
                 _LETTERHEAD)


# "Provider #1234: Keystone Counseling Academy": the provider's number between its label and its name.
_NUMBER_FIRST = re.compile(r"^[#\s]*[\w-]*\d[\w-]*\s*:\s*(?=[A-Z])")


def _has_word(value: str) -> bool:
    """'Provider No. A32855' reads as the provider label and a value: a code, no organisation's name."""
    return any(len(w) >= 2 and w.isalpha() for w in re.split(r"[\s,.&()'/-]+", value))


# "Questions? Contact Acme Safety Association at ce@acme.org": a footer that names the issuer to write to.
_CONTACT = re.compile(r"\bcontact\s+(?=[A-Z])", re.IGNORECASE)


def _provider_in_sentence(paras: Sequence[Line], kn: Knowledge, accreditor_names: Sequence[str]) -> Field[str]:
    """'... attended Employment Law presented by Cascade Professional Society on Feb 18, 2025 ...'; a footer's
    'Contact Acme Safety Association at ...' when it names an organisation."""
    by = phrase_regex(tuple(p for p in kn.words("provider", "labels") if p.endswith((" by", " through"))))
    # "A program of the Western Dental Society" opens its line; "ADA CERP is a service of the American Dental
    # Association" in an accreditation paragraph names the accreditor's owner. A verb may come first ("Issued on
    # behalf of ...").
    lead_in = re.compile(rf"\W*(?:[a-z]+\s+)?(?:{phrase_regex(kn.words('provider', 'lead_ins')).pattern})",
                         re.IGNORECASE)
    for para in paras:
        found = [(m, 0.86) for m in [*by.finditer(para.text), lead_in.match(para.text)] if m is not None]
        found += [(m, 0.7) for m in _CONTACT.finditer(para.text)]
        for match, confidence in found:
            value = clean_value(_org_head(_past_presenter(para.text[match.end():].lstrip(" :"), kn), kn))
            value = value[4:] if value.startswith("the ") else value  # "A program of the Western Dental Society"
            if _jointly(kn).search(para.text[:match.end()]):
                value = _first_of_joint(value, kn)
            # "A Program of Falls Prevention for Older Adults" is a title; a lead-in names an organisation.
            if (confidence < 0.86 or match.re is lead_in) and _org_strength(value, kn) < 1:
                continue  # "Contact Hours Awarded" is no organisation
            if (_is_title_case(value) and _is_org_name(value, kn) and len(value.split()) >= 2
                    and not _are_people(value, kn) and not _is_accreditor(value, accreditor_names)):
                weak = _weak_by(kn).match(match.group(0).strip()) is not None
                return Field(value, confidence * para.ocr_factor, para.evidence, _MADE_BY if weak else "")
    return Field.absent(0.0)


# "Video produced by Lightbox Media Group", "Offered through the CE Broker Learning Network": who made or carries
# the course, the provider only when no organisation heads the page.
@functools.cache  # one pattern per Knowledge
def _weak_by(kn: Knowledge) -> re.Pattern[str]:
    return re.compile(spaced_alternation(kn.words("provider", "maker_labels")), re.IGNORECASE)
_MADE_BY = "provider after 'produced by', 'developed by' or 'offered through'"


_OF_ORG = re.compile(r"^(?:(?:dr|mr|mrs|ms|prof)\.\s+)?(?P<person>.+?),?\s+(?:of|from)\s+(?=[A-Z])", re.IGNORECASE)


def _past_presenter(text: str, kn: Knowledge) -> str:
    """'Dr. Alan Smith of Crescent Pharmacy Network' -> the organisation the person speaks for."""
    match = _OF_ORG.match(text)
    if match is None or not is_name_like(match["person"], kn, not_name_words(kn)):
        return text
    return text[match.end():]


def _is_accreditor(text: str, accreditor_names: Sequence[str]) -> bool:
    low = text.lower()
    return any(name.lower() == low or (len(name) > 12 and name.lower() in low
                                       and not _named_after(text[:low.index(name.lower())]))
               for name in accreditor_names)


# "Westfield Academy of General Dentistry (Chapter)": a place's name before a body's names a chapter or member
# organisation of it, which issues its own certificates; "the", an acronym or a sentence before it do not.
_PLACE_BEFORE = re.compile(r"(?:[A-Z][a-z][\w'.-]*\s+){1,3}")


def _named_after(before: str) -> bool:
    return _PLACE_BEFORE.fullmatch(before.lstrip()) is not None and before.strip().lower() != "the"


# Organisation names are capitalised words with a few small words between them; case matters here.
_ORG_TOKEN = r"(?:[A-Z][\w&'.\-]*|of|for|and|the|in|&|on)"
# "Acme Health, provider #1523, is approved": a short aside with a number between the name and its verb.
_APPOSITIVE = r"(?:[\w .#:-]{0,30}\d[\w.#-]*,\s+)?"


@functools.cache  # one pair per Knowledge
def _org_affixes(kn: Knowledge) -> tuple[str, str]:
    """A society's local unit named before the society, after a comma, is part of the name ("Hudson Section,
    Structural Engineers Association"), and so is a legal suffix after it ("Acme Learning, LLC is accredited")."""
    local_units = exact_alternation(kn.words_as_written("provider", "local_units"))
    legal = exact_alternation(kn.words_as_written("provider", "legal_suffixes"))
    return rf"(?:(?:[A-Z][\w&'.\-]*\s+){{1,3}}(?:{local_units}),\s+)?", rf"(?:,\s+(?:{legal}))?"


def _provider_from_statement(lines: Sequence[Line], kn: Knowledge, accreditor_names: Sequence[str]) -> Field[str]:
    """'<Provider> is accredited / is an approved provider / has been approved ...'."""
    pattern = _statement_pattern(kn)
    if pattern is None:
        return Field.absent(0.0)
    for line in lines:
        match = pattern.search(line.text)
        if match is None:
            continue
        org = _trim_org(_last_sentence(match.group("org"), kn))
        if _is_org_name(org, kn) and len(org.split()) >= 2 and not _is_accreditor(org, accreditor_names) \
                and org.split()[0].lower() not in _DEMONSTRATIVES:
            return Field(org, 0.86 * line.ocr_factor, line.evidence)
    return Field.absent(0.0)


@functools.cache  # one pattern per Knowledge
def _statement_pattern(kn: Knowledge) -> re.Pattern[str] | None:
    """'<Provider> is accredited by ...', and the accreditors' standard sentence of who answers for the program
    ('Acme Health Education maintains responsibility for this program', '... is solely responsible for all
    aspects of it'): labels.toml [provider] statement_verbs and responsibility_words."""
    verbs = kn.words("provider", "statement_verbs")
    if not verbs:
        return None
    verb_re = "|".join(re.escape(v) for v in verbs)
    unit_head, legal_suffix = _org_affixes(kn)
    return re.compile(
        rf"(?P<org>{unit_head}{_ORG_TOKEN}(?:\s+{_ORG_TOKEN}){{0,9}}{legal_suffix}),?\s+{_APPOSITIVE}"
        rf"(?:(?i:(?:is|has\s+been)\s+(?:an?\s+|the\s+)?)(?:[A-Z]{{2,}}\s+){{0,2}}(?i:{verb_re})\b"
        rf"|(?i:{spaced_alternation(kn.words('provider', 'responsibility_words'))})\s+for\b)"
    )


# "This Activity is approved for 1.5 contact hours" (OCR capitalises a word now and then): a demonstrative
# subject points at the activity, it names no organisation.
_DEMONSTRATIVES = {"this", "that", "these", "those", "our", "your"}


# "Regulator: Ohio Department of Insurance. Highland School of Insurance is approved ...": a full stop after a word
# (not an abbreviation: "Acme Co. Learning") ends the sentence before the one that names the provider.
_SENTENCE_END = re.compile(r"(?<=[a-z]{3})\.\s+(?=[A-Z])")


def _last_sentence(text: str, kn: Knowledge) -> str:
    abbreviations = kn.words("provider", "name_abbreviations")  # "Pacific Natl. Nursing Institute"
    cuts = [m for m in _SENTENCE_END.finditer(text)
            if re.split(r"\W+", text[:m.start()])[-1].lower() not in abbreviations]
    last = text[cuts[-1].end():] if cuts else text
    return last if len(last.split()) >= 2 else text



def _is_org_name(text: str, kn: Knowledge) -> bool:
    """More than a legal suffix: OCR may lose the name before ", LLC is accredited"."""
    legal = kn.words("provider", "legal_words")
    return bool(text) and text[0].isupper() and any(w.lower().strip(",") not in legal for w in text.split())


def _trim_org(text: str) -> str:
    tokens = text.split()
    while tokens and tokens[0].lower() in {"the", "of", "for", "and", "in", "on", "&"}:
        tokens.pop(0)
    return clean_value(" ".join(tokens))


def _org_strength(text: str, kn: Knowledge) -> int:
    """3: the name ends with an org word ("Bluewater Wellness Learning Center", "Acme Health, LLC"); 2: an org word
    elsewhere outside the descriptor phrases ("Resistance Training for Older Adults" may be a title); 1: org
    words only inside them ("Social Work Continuing Education" may be a heading or a name); 0: no organisation
    (or a document heading, "Statement of ...")."""
    if phrase_regex(kn.words("provider", "headings")).match(text):
        return 0
    org_re = phrase_regex(kn.words("provider", "org_words"))
    if not org_re.search(text):
        return 0
    outside = phrase_regex(kn.words("provider", "descriptors")).sub(" ", text)
    if not org_re.search(outside):
        return 1
    words = re.sub(r"[^\w\s&.]", " ", outside).split()
    if words and words[-1].lower() == "conference" and _dated_event(kn).search(text):
        return 2  # "... 2025 Annual Conference": a meeting's edition, the course of a conference certificate
    return 3 if words and org_re.fullmatch(words[-1]) else 2


@functools.cache  # one pattern per Knowledge
def _dated_event(kn: Knowledge) -> re.Pattern[str]:
    """A year or an edition word in a conference's name makes it the meeting ("Highland Nursing 2025 Annual
    Conference"), not the body that holds it ("Lakeshore Veterinary Conference")."""
    editions = spaced_alternation(kn.words("provider", "edition_words"))
    return re.compile(rf"\b(?:(?:19|20)\d\d|{editions}|\d{{1,3}}(?:st|nd|rd|th))\b", re.IGNORECASE)


_CREDIT_WORDS = re.compile(r"\b(?:hours?|credits?)\b", re.IGNORECASE)
@functools.cache  # one pattern per Knowledge
def _region_number(kn: Knowledge) -> re.Pattern[str]:
    """A public body's number is part of its name ("Region 14 Education Service Center", "District 11"), no
    address."""
    return re.compile(rf"\b(?:{spaced_alternation(kn.words('provider', 'region_words'))})\s+\d{{1,3}}\b",
                      re.IGNORECASE)


def _org_line(lines: Sequence[Line], kn: Knowledge, accreditor_names: Sequence[str]) -> Field[str]:
    not_words = not_name_words(kn)
    roles = phrase_regex(kn.words("signatory", "roles"))
    approver = re.compile(rf"\b(?:{'|'.join(kn.words('provider', 'statement_verbs'))})\s+by\b", re.IGNORECASE)
    # Judge the part before a separator ("Acme Health · Clinical Education Department"); a person signing
    # for the provider ("Catherine Boyle, MSN, RN — Education Manager") is not the provider.
    other_fields = _other_field_labels(kn)
    employer = frozenset(kn.words("provider", "employer_labels"))
    candidates = [
        (strength, ln) for ln in lines
        if not opens_with_known_label(ln.text, other_fields)  # "Format: Group Internet Based" is a format
        and not opens_with_known_label(ln.text, employer)  # "Employer: Westfield Hospital" is the learner's
        and not opens_with_other_label(ln.text, kn, "provider")  # "Home Facility: Westfield Hospital", by its head
        and (part := _org_candidate(ln.text, kn, roles)) and (strength := _org_strength(part, kn))
        and 2 <= len(part.split()) <= 8
        and not _is_accreditor(ln.text, accreditor_names) and not is_name_like(part, kn, not_words)
        # The name's own digits count, not an address or a telephone number after it
        and not re.search(r"\d{2,}", _region_number(kn).sub("", part))
        and not re.search(r"certif", _own_text(ln.text, kn), re.IGNORECASE)
        and _is_title_case(part)
        and not roles.search(part)  # "Chief Learning Officer" signs; it is no organisation
        and not approver.search(part)  # "Approved by the Ohio Board of Nursing": an accreditor
        and not _CREDIT_WORDS.search(ln.text)  # "Professional Learning Clock Hours" heads the page; it issues nothing
        and not _edition(kn).match(part)  # "Annual Nursing Conference" is a meeting's edition, not who holds it
    ]
    # "Acme Academy of Nutrition" over "Education Department": a unit of the organisation above it is not the issuer.
    candidates = [(s, ln) for s, ln in candidates
                  if not (_SUBUNIT.search(ln.text) and any(_just_above(other, ln) for _, other in candidates))]
    if not candidates:
        return Field.absent(0.0, "no provider found")
    # Between names of one strength and size, the one a signatory signs for ("Director of Education" over it)
    # outranks a name in a corner (a platform's: "CE Learning Systems").
    _, best = max(candidates, key=lambda c: (c[0], c[1].size, _signed_for(c[1], lines, roles), len(c[1].words)))
    candidate = _org_candidate(_without_logo_marks(best), kn, roles)
    apart = _first_word_apart(best) and candidate.split()[:1] == [best.words[0].text]
    name = _without_label(_without_initials(candidate, apart),
                          kn.words("provider", "labels"))
    # "Account: Westfield Education Society", "Training Agency: Acme Health Education": a caption of a few
    # capitalised words no list knows, with its colon, is no part of the name.
    name = re.sub(r"^(?:[A-Z][\w&'/-]*\s+){0,2}[A-Z][\w&'/-]*:\s+(?=\S+\s+\S)", "", name)
    return Field(name, 0.6 * best.ocr_factor, best.evidence, "provider guessed from an org name")


@functools.cache  # one pattern per Knowledge
def _edition(kn: Knowledge) -> re.Pattern[str]:
    """The edition of a meeting ("Annual Nursing Conference", "Spring Dental Symposium"): the event, where a
    conference named by its place or sponsor ("Lakeshore Veterinary Conference") holds it and issues its
    certificates. A season or an ordinal before a place word is a place's name ("Spring Valley Dental Study Club",
    "Fall River Nursing Conference", "First Coast Veterinary Conference"), no edition."""
    editions = spaced_alternation(kn.words("provider", "edition_words") + kn.words("provider", "edition_ordinals"))
    places = spaced_alternation(kn.words("provider", "place_words"))
    return re.compile(rf"^(?:the\s+)?(?:{editions})\b(?!\s+(?:{places})\b)", re.IGNORECASE)


# A department, office or division by a common noun alone ("Education Department", "Office of Continuing
# Education"), not a named public body ("Texas Department of Insurance" names a state first).
_SUBUNIT = re.compile(r"^(?:[A-Z][a-z]+\s+){1,3}Department$"
                      r"|^(?:Department|Office|Division)\s+of\s+(?:[A-Z][a-z]+\s*){1,3}$")


def _just_above(upper: Line, lower: Line) -> bool:
    """Whether upper is the line right above lower (at most two of lower's line heights over it, overlapping)."""
    gap = lower.bbox[1] - upper.bbox[3]
    return upper is not lower and upper.page == lower.page and 0 <= gap <= 2 * lower.size \
        and upper.bbox[0] < lower.bbox[2] and lower.bbox[0] < upper.bbox[2]


def _signed_for(line: Line, lines: Sequence[Line], roles: re.Pattern[str]) -> bool:
    """The line right under a signer's role caption ("Director of Continuing Education")."""
    return any(
        other.page == line.page and 0 <= line.bbox[1] - other.bbox[3] <= 1.5 * line.size
        and other.bbox[0] < line.bbox[2] and line.bbox[0] < other.bbox[2]
        and len(other.words) <= 6 and roles.search(other.text) is not None
        for other in lines
    )


def _without_label(name: str, labels: tuple[str, ...]) -> str:
    """'Provider Stonebridge Fitness Seminars': a caption read into the line with its value (a small label beside
    the name, without a colon) is not part of the name."""
    # "Organization Development Network" and "From Bench to Bedside Inc." start with label words; keep them.
    labels = tuple(label for label in labels if label not in ("organization", "from"))
    match = re.match(rf"(?:{phrase_regex(labels).pattern})\s+(?=[A-Z])", name, re.IGNORECASE)
    rest = name[match.end():] if match else name
    return rest if len(rest.split()) >= 2 else name


def _org_part(text: str, kn: Knowledge) -> str:
    """The part of a line an organisation's name may be: the first part between separators, past navigation
    or footer links and a copyright mark ("Privacy · Terms · Acme Health", "© 2024 Acme Health. All rights
    reserved.")."""
    return _first_part(name_part(text, kn))


# "Harbor Point Training Center, 120 Main Street, Suite 400": a street address after the name.
_ADDRESS = re.compile(r",\s+(?=\d+\s+[A-Z])")


def _org_candidate(text: str, kn: Knowledge, roles: re.Pattern[str]) -> str:
    """The part of a line that may be an organisation's name (_org_part), without a partner joined to it ("Blue
    Ridge Academy in collaboration with Eastern College"), a street address after it, or the person and role that
    sign for it ("Jane Roe, Director of Education, Acme Health")."""
    part = cut_before(_org_part(text, kn), kn.words("provider", "partner_joins"))
    return clean_value(_after_signer(_ADDRESS.split(part)[0], kn, roles))


def _after_signer(part: str, kn: Knowledge, roles: re.Pattern[str]) -> str:
    """'Jane Roe, MSN, RN, Director of Education, Acme Health' -> 'Acme Health': what follows the signer's role,
    when a person's name opens the line."""
    segments = [seg.strip() for seg in part.split(",")]
    with_role = [i for i, seg in enumerate(segments) if roles.search(seg)]
    if not with_role or with_role[-1] in (0, len(segments) - 1):
        return part
    if not is_name_like(segments[0], kn, not_name_words(kn)):
        return part
    return ", ".join(segments[with_role[-1] + 1:])


def _own_text(text: str, kn: Knowledge) -> str:
    """A copyright line's year is no number of the name: judge the holder alone."""
    return name_part(text, kn) if has_copyright(text) else text


@functools.cache
def _other_field_labels(kn: Knowledge) -> frozenset[str]:
    """The labels of every field but the provider ("Format:", "Course Title:"); an LMS site's ("Account:") too is
    the provider's."""
    return kn.label_phrases() - set(kn.words("provider", "labels")) - set(kn.words("provider", "weak_labels"))


def _without_logo_marks(line: Line) -> str:
    """A logo beside a scanned name reads as a word or two of noise ('"<j Kingsley Security Learning Network'):
    leading words OCR barely trusts, set apart from the name by a wide gap, are not part of it."""
    words = list(line.words)
    while len(words) > 2 and words[0].confidence < 0.6 and (
            words[1].x0 - words[0].x1 > 0.8 * (words[1].bottom - words[1].top)):
        words.pop(0)
    return " ".join(w.text for w in words)


def _without_initials(name: str, apart: bool = False) -> str:
    """'Kingsley Career Society KCS', 'LPE Lakeshore Professional Education Partners': a logo's initials printed
    beside the name (after it or before it, on its line) are not part of it."""
    words = name.split()
    if len(words) <= 2:
        return name
    initials = "".join(w[0] for w in words[:-1] if w[0].isupper())
    last = words[-1]
    if len(last) >= 2 and initials.startswith(last):
        return " ".join(words[:-1])
    first = words[0]
    if 2 <= len(first) <= 6 and first.isalpha() and first.isupper() and _spells(first, "".join(
            w[0] for w in words[1:] if w[0].isupper()), apart):
        return " ".join(words[1:])
    return name


_SMALL_WORDS = {"of", "for", "and", "the", "in", "on", "at", "to", "a", "an", "&", "·", "-", "|"}


def _is_title_case(text: str) -> bool:
    """An organisation's name capitalises its words; a sentence does not."""
    words = [w for w in text.split() if w.lower() not in _SMALL_WORDS]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


def _first_part(text: str) -> str:
    """'St. Brendan Medical Center · Clinical Education Department' -> the organisation before the separator."""
    return clean_value(re.split(r"\s[·|•]\s|\s[-–—]\s", text)[0])
