"""parse/labels.py: the phrase alternation every label and topic lookup uses."""

from __future__ import annotations

import re

from cecingest.parse.labels import phrase_regex, spaced_alternation


def test_phrase_regex_matches_as_the_plain_alternation_longest_first() -> None:
    phrases = ("contact hours", "contact hour", "contact", "c.e.u.", "ce", "cme (ama)", "hours", "hr.", "h")
    plain = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(p) for p in phrases) + r")(?![\w])", re.IGNORECASE)
    texts = ["1.5 Contact Hours awarded", "contact hourly rate", "CE: 3 hrs; 2 hr. of C.E.U. and CEUs",
             "CME (AMA) credit, contactless", "h h-index ce-cme", ""]
    for text in texts:
        expected = [(m.start(), m.group(0)) for m in plain.finditer(text)]
        assert [(m.start(), m.group(0)) for m in phrase_regex(phrases).finditer(text)] == expected
    found = phrase_regex(phrases).search("1.5 Contact Hours awarded")
    assert found is not None and found[0] == "Contact Hours"


def test_spaced_alternation_starts_where_the_plain_alternation_does() -> None:
    phrases = ("date of completion", "date", "contact hours", "contact hour", "provider", "c.e. (ama)")
    plain = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
    texts = ["Wound Care  Date of\ncompletion: 03/05", "Wound Care Date: May 2", "ages 3 Contact   Hours: 1.5",
             "the date ofcompletion", "C.E. (AMA) 2", "Providers: x", ""]
    for text in texts:
        for tail in (r"\s*:", r"\b", ""):
            expected = [m.start() for m in re.finditer(rf"\s+(?:{plain}){tail}", text, re.IGNORECASE)]
            found = re.finditer(rf"\s+(?:{spaced_alternation(phrases)}){tail}", text, re.IGNORECASE)
            assert [m.start() for m in found] == expected, (text, tail)
    assert re.fullmatch(spaced_alternation(("date of completion",)), "date  of\ncompletion")
