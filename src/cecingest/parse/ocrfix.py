"""OCR's usual letter confusions in the words of a name ("Leaming" for "Learning", "Weliness" for "Wellness"),
undone where exactly one undoing gives a word the knowledge files use. Only words of organisation names are
mended: a person's name or a code has no vocabulary to check against."""

from __future__ import annotations

import functools
import re

from cecingest.knowledge import Knowledge

# What Tesseract reads for what was printed: "rn" runs together into "m", "ll" comes apart as "li", ...
_CONFUSIONS = (("m", "rn"), ("rn", "m"), ("li", "ll"), ("il", "ll"), ("i", "l"), ("l", "i"), ("cl", "d"),
               ("vv", "w"), ("0", "o"), ("1", "l"), ("ii", "n"))
_WORD = re.compile(r"[A-Za-z01]{4,}")


@functools.cache
def vocabulary(kn: Knowledge) -> frozenset[str]:
    """The words organisations are named with (labels.toml: provider org_words and descriptors, [ocr] words) and
    the topic words, lower case. Not every word of the files: "home" or "call" would turn "Horne" and "Cali"
    into words they are not."""
    phrases = [*kn.words("provider", "org_words"), *kn.words("provider", "descriptors"), *kn.words("ocr", "words")]
    phrases += [p for words in kn.topics.values() for p in words]
    return frozenset(w for p in phrases for w in re.findall(r"[a-z]{4,}", p.lower()))


def mended_name(text: str, kn: Knowledge) -> str:
    """`text` with each word outside the vocabulary replaced by the one vocabulary word a single confusion
    undone gives, if there is exactly one."""
    vocab = vocabulary(kn)
    return _WORD.sub(lambda m: _mended_word(m.group(0), vocab), text)


def _mended_word(word: str, vocab: frozenset[str]) -> str:
    lower = word.lower()
    if lower in vocab:
        return word
    found = {fixed for read, printed in _CONFUSIONS for fixed in _undone(lower, read, printed) if fixed in vocab}
    if len(found) != 1:
        return word
    fixed = found.pop()
    if word.isupper():
        return fixed.upper()
    return fixed.capitalize() if word[0].isupper() else fixed


def _undone(word: str, read: str, printed: str) -> list[str]:
    """`word` with one occurrence of `read` replaced by `printed`, at each place it occurs."""
    out = []
    start = word.find(read)
    while start >= 0:
        out.append(word[:start] + printed + word[start + len(read):])
        start = word.find(read, start + 1)
    return out
