"""A grammar of field labels, for labels no list knows ("Educational Offering:", "Sponsoring Organization:").

A form's label is a short noun phrase whose last noun, its head, says what the value is: "Offering" is an
activity, "Organization" an organisation, "Learner" a person. The heads, and the words before a head that make it
name something else ("Job Title" is a person's job, "Expiration Date" no day of attendance), are data: the
[label_heads] table of labels.toml. Known labels always come first; the grammar only reads labels the lists
leave out, and what it finds gets a lower confidence than a listed label's.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from cecingest.knowledge import Knowledge
from cecingest.models import Line
from cecingest.parse.layout import body_size

FIELDS = ("course_title", "provider", "participant")

# A label at the start of a line: one to four words (the first a letter's), a colon, then the value or nothing.
_LABEL = re.compile(r"^\W{0,3}(?P<label>[^\W\d_][\w'’/&.()#-]*(?:\s+[\w'’/&.()#-]+){0,3}?)\s*:"
                    r"(?:\s+(?P<value>\S.*)|\s*$)")
_POSSESSIVE = re.compile(r"['’]s?$")


def label_words(label: str) -> list[str]:
    """The label's words, head last: 'Name of Learner' reads as 'learner name', "Attendee's Name" as 'attendee
    name'; a mark after the head ('Course #') is a word of its own."""
    text = " ".join(label.lower().replace("#", " # ").split())
    head, of, tail = text.partition(" of ")
    if of and tail:
        text = f"{tail} {head}"
    return [_POSSESSIVE.sub("", w) if w not in ("#",) else w for w in text.split()]


@functools.cache  # one table per Knowledge; asked for every label-like line
def _heads(kn: Knowledge) -> dict[str, str]:
    """Head word -> the field it names ('other' for the labels of values no field takes)."""
    table: dict[str, str] = {}
    for field in (*FIELDS, "other"):
        for word in kn.words("label_heads", field):
            table.setdefault(word, field)
    return table


def label_field(label: str, kn: Knowledge) -> str | None:
    """The field a label no list knows names by its head: 'course_title', 'provider', 'participant',
    'completion_date', 'certificate_id', 'other' (a value no field takes), or None (no label the grammar knows)."""
    words = label_words(label)
    done = kn.words("label_heads", "done_words")
    while len(words) > 1 and words[-1] in done:  # "CE Program Completed", "Offering Attended"
        words.pop()
    # "Entered by the participant": a sentence's words, no label.
    if (not 1 <= len(words) <= 4 or label.split()[0].lower() in kn.words("label_heads", "not_labels")
            or "by" in words[:-1]):
        return None
    # "Workshop/Course": either word names it; the last one is read.
    head, mods = words[-1].rsplit("/", 1)[-1] or words[-1], words[:-1]
    phrase = " ".join(words)
    if any(phrase == v or phrase.endswith(" " + v) for v in kn.words("label_heads", "vetoes")):
        return "other"
    if head in kn.words("label_heads", "code_heads"):
        own = kn.words("label_heads", "code_own")
        return "certificate_id" if any(m in own for m in mods) else ("other" if mods else None)
    if head in kn.words("label_heads", "date_heads"):
        if any(m in kn.words("label_heads", "date_vetoes") for m in mods):
            return "other"
        done_dates = kn.words("label_heads", "date_done")
        return "completion_date" if any(m in done_dates or _heads(kn).get(m) == "course_title" for m in mods) \
            else ("other" if mods else None)
    heads = _heads(kn)
    if head in kn.words("label_heads", "generic"):
        # "Course Name", "Provider Name", "Instructor Name", "Job Title": the head word before it decides.
        for mod in reversed(mods):
            field = heads.get(mod)
            if field is not None:
                # A person's title is the person's job ("Employee Title: Unit Secretary"), not a course's.
                return "other" if field == "participant" and heads.get(head) == "course_title" else field
        return heads.get(head)
    field = heads.get(head)
    if field is None or field == "other":
        return field
    # "Employing Organization", "Faculty Member": the word before the head makes it someone else's.
    if mods and mods[-1] in kn.words("label_heads", f"not_{field}"):
        return "other"
    return field


def is_known(label: str, kn: Knowledge) -> bool:
    """Whether a list knows the label: a field's, another value's, the learner's employer's or another person's."""
    text = " ".join(label.lower().split())
    return text in _known(kn) or text.strip(" #.") in _known(kn)


@functools.cache
def _known(kn: Knowledge) -> frozenset[str]:
    return kn.label_phrases() | frozenset(kn.words("other", "labels") + kn.words("provider", "employer_labels")
                                          + kn.words("signatory", "people_labels"))


def line_label(text: str, kn: Knowledge) -> tuple[str, str | None] | None:
    """(label, field) when a line opens with a label no list knows that the grammar reads ('Sponsoring
    Organization: Acme' -> ('Sponsoring Organization', 'provider')); None for a known label or none at all."""
    match = _LABEL.match(text)
    if match is None or is_known(match["label"], kn):
        return None
    field = label_field(match["label"], kn)
    return (match["label"], field) if field is not None else None


def opens_with_other_label(text: str, kn: Knowledge, field: str) -> bool:
    """Whether a line opens with a label no list knows that names another field than `field` or a value no
    field takes ('Course Level: Advanced', 'Job Title: RN II' for a title)."""
    found = line_label(text, kn)
    return found is not None and found[1] != field


def grammar_labels(lines: Sequence[Line], kn: Knowledge, field: str) -> tuple[str, ...]:
    """The labels no list knows that name `field`, as printed on rows in the text's size: a label in a
    heading's size is a title's own head ("Leadership Program: Building Teams")."""
    if not lines:
        return ()
    body = body_size(lines)
    found: list[str] = []
    for line in lines:
        if line.size > 1.1 * body:
            continue
        read = line_label(line.text, kn)
        if read is not None and read[1] == field:
            label = " ".join(read[0].lower().split())
            if label not in found:
                found.append(label)
    return tuple(found)


# The label right before a date at the end of a text ("... Hire Date:"), up to four words after a line's start or a
# separator.
_DATE_LABEL = re.compile(r"(?:^|[.;|]\s*|\s{2,})\W{0,3}(?P<label>[^\W\d_][\w'’/-]*(?:\s+[\w'’/()-]+){0,3})\s*:\s*$")


def vetoed_date_label(prefix: str, kn: Knowledge) -> bool:
    """Whether the text before a date ends in a label no list knows whose day is no activity's: a date head
    with one of date_vetoes before it ("Hire Date:", "Credential Expiration Date:", "Date of Hire:")."""
    match = _DATE_LABEL.search(prefix)
    if match is None or is_known(match["label"], kn):
        return False
    words = label_words(match["label"])
    return (len(words) >= 2 and words[-1] in kn.words("label_heads", "date_heads")
            and any(w in kn.words("label_heads", "date_vetoes") for w in words[:-1]))
