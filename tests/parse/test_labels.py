"""parse/labels.py: the phrase alternation every label and topic lookup uses."""

from __future__ import annotations

import re

from cecingest.parse.labels import phrase_regex


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
