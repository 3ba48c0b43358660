"""Label-to-value adjacency: a value follows its label on the same line or stands on the line below."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from cecingest.models import Evidence, Line

# After a one-word label ("Date", "Name") a separator is required: "Date: 4/17/2025", "Cert #123".
# Multi-word phrases ("awarded to", "this certifies that") stand without one.
# "N°" and "Nº" are "No." in French and Spanish print ("Certificate N° 12345").
# A bar with a space after it parts a label from its value as a colon does ("Name | Jane Doe").
# OCR often reads the colon as a full stop or comma: accepted only before a value with a digit ("ID. CE-123").
_SEPARATOR = (r"(?:\.?\s*(?:[:#=]|\|(?=\s)|\bno(?:\.|\b|(?=\d))|\bn[°º]\.?|\bnumber\b|[-–—](?=\s))"
              r"|[.,](?=\s+[^\s\d]*\d))\s*")


@dataclass(frozen=True)
class LabelHit:
    label: str
    value: str
    value_line: Line
    label_line: Line
    same_line: bool

    @property
    def evidence(self) -> Evidence:
        line = self.value_line
        text = line.text if not self.same_line else self.label_line.text
        return Evidence(page=line.page, text=text, bbox=line.bbox)


@functools.cache
def _anywhere_pattern(labels: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(lb) for lb in labels)
    # Inside a line a separator must follow; a label that ends its line has its value on the line below.
    return re.compile(rf"(?<![\w])(?P<single>{alternatives})(?![\w])(?:{_SEPARATOR}(?P<rest>.*)$|\W{{0,2}}$)",
                      re.IGNORECASE)


@functools.cache
def _label_pattern(labels: tuple[str, ...]) -> re.Pattern[str]:
    multi = [re.escape(lb) for lb in labels if " " in lb]
    single = [re.escape(lb) for lb in labels if " " not in lb]
    parts = []
    if multi:
        parts.append(rf"(?P<multi>{'|'.join(multi)})(?![\w])(?:{_SEPARATOR}|\s*)")
    if single:
        parts.append(rf"(?P<single>{'|'.join(single)})(?![\w]){_SEPARATOR}")
    # A phrase may also end a line after a few words of its own ("is proudly presented to" / next line).
    ending = rf"|^.{{0,40}}?\s(?P<tail>{'|'.join(multi)})\W{{0,2}}(?P<empty>)$" if multi else ""
    return re.compile(rf"^\W{{0,3}}(?:the\s+)?(?:{'|'.join(parts)})(?P<rest>.*)${ending}", re.IGNORECASE)


def find_labeled(lines: Sequence[Line], labels: tuple[str, ...], anywhere: bool = False) -> Iterator[LabelHit]:
    """Every line that starts with one of the labels, with the value after it or on the line below.

    With `anywhere`, a label may also stand inside a line ("Massage License #: MT-20914") but then
    needs a separator after it.
    """
    if not labels:
        return
    pattern = _anywhere_pattern(labels) if anywhere else _label_pattern(labels)
    for i, line in enumerate(lines):
        match = pattern.search(line.text) if anywhere else pattern.match(line.text)
        if match is None:
            continue
        groups = match.groupdict()
        label = (groups.get("multi") or groups.get("single") or groups.get("tail") or "").lower()
        rest = _without_edge_marks(groups.get("rest") or "")
        if rest:
            yield LabelHit(label, rest, line, line, same_line=True)
            continue
        below = line_below(lines, i)
        if below is not None:
            yield LabelHit(label, below.text, below, line, same_line=False)


def _without_edge_marks(rest: str) -> str:
    """The value without separators at its ends; a hyphen right after a letter ("Course: Evidence-") stays: the
    word goes on at the start of the next line."""
    rest = rest.lstrip(" :-–—\t").rstrip(" :–—\t")
    return rest if re.search(r"[^\W\d_]-$", rest) else rest.rstrip(" :-–—\t")


def line_below(lines: Sequence[Line], index: int) -> Line | None:
    """The next line on the same page, if it is close enough below to belong to this one."""
    line = lines[index]
    for candidate in lines[index + 1:]:
        if candidate.page != line.page:
            return None
        gap = candidate.bbox[1] - line.bbox[3]
        if gap < -1 and not _hangs_below(line, candidate):  # same row, another column
            continue
        if gap > 3.5 * max(line.size, candidate.size):
            return None
        if _overlaps_horizontally(line, candidate):
            return candidate
    return None


def _hangs_below(line: Line, candidate: Line) -> bool:
    """A scan's box of a large line ('for successful completion of' over the title in big capitals) may reach up
    into the small line above it: a candidate under the line, whose middle lies below the line's bottom, is the
    next line, not a neighbour in the same row."""
    return (_overlaps_horizontally(line, candidate) and candidate.bbox[1] > line.bbox[1]
            and (candidate.bbox[1] + candidate.bbox[3]) / 2 > line.bbox[3])


def line_above(lines: Sequence[Line], index: int) -> Line | None:
    line = lines[index]
    for candidate in reversed(lines[:index]):
        if candidate.page != line.page:
            return None
        gap = line.bbox[1] - candidate.bbox[3]
        if gap < -1:
            continue
        if gap > 3.5 * max(line.size, candidate.size):
            return None
        if _overlaps_horizontally(line, candidate):
            return candidate
    return None


def _overlaps_horizontally(a: Line, b: Line) -> bool:
    ax0, _, ax1, _ = a.bbox
    bx0, _, bx1, _ = b.bbox
    return min(ax1, bx1) - max(ax0, bx0) > -10


@functools.cache  # called per line and per topic; the phrase lists are few and fixed
def phrase_regex(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """Whole-word, case-insensitive alternation of phrases: at each place the longest phrase that ends a word.

    The alternation is a trie of the phrases ("contact hour" and "contact hours" share "contact hour", then an
    optional "s"), which `re` walks once per place instead of trying some hundreds of phrases one by one: the
    topic phrases over a whole page took 3 ms a document that way. Greedy optional tails try the longer phrase
    first, so a place matches the same phrase as the plain alternation longest first: every phrase that can match
    at one place is a prefix of the longer ones there.
    """
    trie: dict[str, Any] = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}  # a phrase ends here
    return re.compile(r"(?<![\w])" + _trie_pattern(trie) + r"(?![\w])", re.IGNORECASE)


def spaced_alternation(phrases: tuple[str, ...]) -> str:
    """The phrases as one alternation (a trie, as in `phrase_regex`) whose words any white space may part (a
    title wraps, OCR doubles spaces). Where a match starts, and whether one does, is as with the plain
    alternation: `re` backtracks into the optional tails. No phrases give a pattern that never matches."""
    if not phrases:
        return "(?!)"
    trie: dict[str, Any] = {}
    for phrase in phrases:
        node = trie
        for char in " ".join(phrase.split()):
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie, r"\s+")


def exact_alternation(phrases: tuple[str, ...]) -> str:
    """The phrases as one alternation matched as printed: case and single spaces kept (compile it without
    IGNORECASE), longest first as given by `Knowledge.words_as_written`. No phrases never match."""
    return "|".join(re.escape(p) for p in phrases) if phrases else "(?!)"


def _trie_pattern(node: dict[str, Any], space: str = r"\ ") -> str:
    branches = [(space if char == " " else re.escape(char)) + _trie_pattern(child, space)
                for char, child in node.items() if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    return ("(?:" + body + ")?") if len(branches) == 1 else body + "?"
