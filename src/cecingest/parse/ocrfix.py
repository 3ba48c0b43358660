"""OCR's usual letter confusions in the words of a name ("Leaming" for "Learning", "Weliness" for "Wellness"),
undone where exactly one undoing gives a word the knowledge files use. Only words of organisation names are
mended: a person's name or a code has no vocabulary to check against."""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata

from cecingest.knowledge import Knowledge
from cecingest.models import Line, Word

# What Tesseract reads for what was printed: "rn" runs together into "m", "ll" comes apart as "li", ...
_CONFUSIONS = (("m", "rn"), ("rn", "m"), ("li", "ll"), ("il", "ll"), ("i", "l"), ("l", "i"), ("cl", "d"),
               ("vv", "w"), ("0", "o"), ("1", "l"), ("ii", "n"), ("j", "i"))
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


# Letters Tesseract confuses in a label's words, each group folded to one letter: "Tit1e", "Partícipant",
# "Narne", "C0urse" read the labels "Title", "Participant", "Name", "Course".
_LABEL_FOLDS = (("rn", "m"), ("vv", "w"), ("cl", "d"), ("1", "l"), ("i", "l"), ("|", "l"), ("!", "l"),
                ("0", "o"))
# A label's head up to its colon (OCR reads the colon as a semicolon too), or a whole line of one to four words.
_LABEL_HEAD = re.compile(r"^(?P<marks>\W{0,3}?)(?P<head>[^\W\d_][\w'’ .#/]{1,40}?)\s*(?P<sep>[:;]|$)")


def _folded(text: str) -> str:
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(ch))
    plain = " ".join(plain.split())  # (a full stop stays: "activity." ends a sentence, it labels nothing)
    for read, printed in _LABEL_FOLDS:
        plain = plain.replace(read, printed)
    return plain


@functools.cache
def _folded_labels(labels: frozenset[str]) -> dict[str, str]:
    """Each label folded, with the label; a fold two labels share names neither."""
    out: dict[str, str] = {}
    clash: set[str] = set()
    for label in labels:
        key = _folded(label)
        if key in out and out[key] != label:
            clash.add(key)
        out[key] = label
    return {k: v for k, v in out.items() if k not in clash}


def mended_labels(lines: list[Line], labels: frozenset[str]) -> list[Line]:
    """Lines read by OCR whose opening words are a known label but for a misread letter ("Tit1e:", "Narne:")
    or a colon read as a semicolon ("Course;"): the label's words as printed. Text layers are left alone."""
    return [_mended_label_line(line, labels) if line.read_by_ocr else line for line in lines]


def _mended_label_line(line: Line, labels: frozenset[str]) -> Line:
    match = _LABEL_HEAD.match(line.text)
    if match is None:
        return line
    head, sep = match["head"], match["sep"]
    count = len(head.split())
    marks = len(match["marks"].split())  # "| Course Title": a cell's border read before its label
    if count > 4 or (not sep and marks + count != len(line.words)):
        return line
    exact = head.lower() in labels
    label = head.lower() if exact else _folded_labels(labels).get(_folded(head))
    # "Tit1e" is a label read wrong; a one-letter word ("I:") or a bare word of no label is none.
    if label is None or len(label) < 4 or len(label.split()) != count or (exact and sep != ";" and not marks):
        return line
    if match["marks"] and not match["marks"].endswith(" "):
        return line  # a mark glued to the label ("|Course") is left as read
    words = list(line.words)
    for k, printed in enumerate(label.split()):
        word = words[marks + k]
        text = _like(word.text, printed)
        if k == count - 1 and word.text.endswith((";", ":")):
            text += ":"
        words[marks + k] = Word(text, word.x0, word.top, word.x1, word.bottom, word.size, word.confidence)
    if sep == ";" and not words[marks + count - 1].text.endswith(":"):
        return line  # the semicolon stands apart ("Course ; Ethics"): left as read
    return Line(line.page, tuple(words[marks:]))


def _like(read: str, printed: str) -> str:
    """`printed` in the case `read` was printed in."""
    letters = re.sub(r"[^A-Za-z]", "", read)
    if letters.isupper() and len(letters) > 1:
        return printed.upper()
    return printed.capitalize() if read[:1].isupper() else printed


SPECK_CONFIDENCE = 0.3  # a mark read this doubtfully inside another word's box is a speck of the paper


def mended_words(lines: list[Line]) -> list[Line]:
    """Lines read by OCR with the words it broke made whole: a speck read as ":" inside a word's box
    ("Forecasting with : Time"), a capital split from its word ("G reta Reyes"), a capital I read as a small l
    before a consonant ("lvan Osei"), a capital read as its small letter ("zoe H. Greenberg"). Text layers are
    left alone."""
    return [_without_bars(_mended_line(line) if line.read_by_ocr else line) for line in lines]


_BARS = frozenset({"I", "l", "|", "1", "!", "[", "]"})


def _without_bars(line: Line) -> Line:
    """'I Oliver Grant I', '| Jane Doe |': a frame's bars on both sides of a name, read as letters or printed as
    bars, are no part of it. Only in pairs: 'I Wayan Sudirta' and 'Henry Ford II' keep their words."""
    words = line.words
    if len(words) < 4 or words[0].text not in _BARS or words[-1].text not in _BARS:
        return line
    inner = words[1:-1]
    if all(w.text[:1].isupper() and not any(ch.isdigit() for ch in w.text) for w in inner):
        return Line(line.page, inner)
    return line


def _mended_line(line: Line) -> Line:
    words = [w for i, w in enumerate(line.words) if not _speck_inside(line.words, i)]
    # "Oliver Grant a": a seal's or border's stroke read as a letter at the line's end; but a letter right after a
    # label is its value, however doubtful ("CEC Awarded: Z" is a 2).
    while len(words) >= 3 and _edge_noise(words[-1]) and not (
            words[-2].text.endswith(":") and any(ch.isalnum() for ch in words[-1].text)) \
            and not _short_word(words[-1], words[-2], words[-1].x0 - words[-2].x1, _usual_gap(words)):
        words.pop()
    while len(words) >= 3 and _edge_noise(words[0]) and not _short_word(words[0], words[1], words[1].x0 - words[0].x1,
                                                                         _usual_gap(words)):
        words.pop(0)
    out: list[Word] = []
    gaps = sorted(b.x0 - a.x1 for a, b in itertools.pairwise(words))
    usual = gaps[len(gaps) // 2] if len(gaps) >= 2 else None
    words = _capital_as_small(words)
    for word in words:
        word = _capital_i(_without_rule(_one_dash(word)))
        prev = out[-1] if out else None
        if prev is not None and (_split_capital(prev, word, usual) or _split_abbreviation(prev, word)):
            out[-1] = Word(prev.text + word.text, prev.x0, min(prev.top, word.top), word.x1,
                           max(prev.bottom, word.bottom), prev.size, min(prev.confidence, word.confidence))
        else:
            out.append(word)
    if len(out) == len(line.words) and all(a is b for a, b in zip(out, line.words, strict=True)):
        return line
    return Line(line.page, tuple(out)) if out else line


EDGE_NOISE_CONFIDENCE = 0.5  # a letter or two read this doubtfully at either end of a line is a stroke, no word


def _edge_noise(word: Word) -> bool:
    """One or two letters or marks, no digit, no full stop (an initial "B." stays), read doubtfully."""
    text = word.text
    return (word.confidence < EDGE_NOISE_CONFIDENCE and len(text) <= 2 and not any(ch.isdigit() for ch in text)
            and not text.endswith("."))


def _short_word(word: Word, neighbour: Word, gap: float, usual: float | None) -> bool:
    """A doubtful short word that is one all the same: a unit after a number ("3 h", "1.5 CE"), or a capitalised
    pair of letters ("Li", "Wu", "Jr", "AI") a word's space from a word read with confidence. A stroke touches the
    text or stands off it ("Morea Uu"), or reads as a small letter ("Grant a")."""
    text = word.text
    if not text.isalpha() or neighbour.confidence < EDGE_NOISE_CONFIDENCE:
        return False
    if any(ch.isdigit() for ch in neighbour.text) and neighbour.x1 <= word.x0:
        return True
    normal = usual is not None and 0.5 * usual <= gap <= 2 * usual
    return normal and len(text) == 2 and text[0].isupper()


def _usual_gap(words: list[Word]) -> float | None:
    gaps = sorted(b.x0 - a.x1 for a, b in itertools.pairwise(words))
    return gaps[len(gaps) // 2] if len(gaps) >= 2 else None


def _speck_inside(words: tuple[Word, ...], i: int) -> bool:
    """A doubtful mark with no letter or digit whose box lies within a neighbouring word's width; a doubtful
    mark or two of any kind ("7." read inside "Identity") whose whole box does; a doubtful bar overlapping a
    word's box ("Pitfalls | in": a bar parting two words stands in the space between them)."""
    word = words[i]
    others = [other for k, other in enumerate(words) if k != i and any(ch.isalnum() for ch in other.text)]
    if word.text == "|" and word.confidence < BAR_CONFIDENCE:
        return any(other.x0 < word.x1 and word.x0 < other.x1 for other in others)
    if word.confidence >= SPECK_CONFIDENCE:
        return False
    if any(ch.isalnum() for ch in word.text):
        return len(word.text) <= 2 and any(other.x0 <= word.x0 and word.x1 <= other.x1 for other in others)
    middle = (word.x0 + word.x1) / 2
    return any(other.x0 <= middle <= other.x1 for other in others)


BAR_CONFIDENCE = 0.6


def _without_rule(word: Word) -> Word:
    """'_one-half', 'Smith__': a fill-in rule's stroke read as underscores at a word's ends."""
    text = word.text.strip("_")
    if text == word.text or not any(ch.isalnum() for ch in text):
        return word
    return Word(text, word.x0, word.top, word.x1, word.bottom, word.size, word.confidence)


def _one_dash(word: Word) -> Word:
    """'—-', '-—': an em dash OCR read with a hyphen beside it is the em dash."""
    if len(word.text) < 2 or not set(word.text) <= {"-", "\u2013", "\u2014"} or "\u2014" not in word.text:
        return word
    return Word("\u2014", word.x0, word.top, word.x1, word.bottom, word.size, word.confidence)


_LETTER_DOT = re.compile(r"^(?:[A-Z]\.)+$")


def _split_abbreviation(prev: Word, word: Word) -> bool:
    """'P.' 'E.' read as two words with no space between their boxes: one abbreviation ("P.E.", "R.N.")."""
    if not _LETTER_DOT.match(prev.text) or not re.match(r"^[A-Z]\.[,;]?$", word.text):
        return False
    em = max(word.size or (word.bottom - word.top), 1.0)
    return word.x0 - prev.x1 < 0.1 * em


# Capitals Tesseract reads small, being the small letter's shape at a larger size: "zoe H. Greenberg".
_SAME_SHAPE = frozenset("cosuvwxz")
_PARTICLES = frozenset({"van", "von", "vom", "zu", "zum", "zur", "suo", "ost"})


def _capital_as_small(words: list[Word]) -> list[Word]:
    """A line of capitalised words whose first word OCR read with a small letter of the same shape as its capital
    ("zoe H. Greenberg, CPA"): that letter capitalised. Only when every other word opens with a capital."""
    if len(words) < 3:
        return words
    first = words[0].text
    if (len(first) < 3 or not first.isalpha() or not first.islower() or first[0] not in _SAME_SHAPE
            or first in _PARTICLES or not all(w.text[:1].isupper() for w in words[1:])):
        return words
    w = words[0]
    return [Word(first.capitalize(), w.x0, w.top, w.x1, w.bottom, w.size, w.confidence), *words[1:]]


# "lvan", "lsabel", "lngrid": no word begins with an l and a consonant (but "ll", "ly" and short "lb", "ltd").
_SMALL_L_FOR_I = re.compile(r"^l(?=[bcdfghjkmnpqrstvwxz][a-z]{2,}[.,;:]?$)")


# "W0und", "Contro1", "Apri1": one digit among small letters, in a word of four letters or more; at the word's end
# only when OCR doubted the word ("Level1" may be printed so). Only in a word written as words are, a capital at most
# at its start and at the digit: "HbA1c", "iOS10x" are printed so.
_DIGIT_INSIDE = re.compile(r"^(?=(?:[^A-Za-z]*[A-Za-z]){4})(?:[A-Z]?[a-z]+|[A-Z])[10][a-z]+[.,;:]?$")
_DIGIT_AT_END = re.compile(r"^(?=(?:[^A-Za-z]*[A-Za-z]){4})[A-Z]?[a-z]*[a-z][10][.,;:]?$")
DOUBTED_WORD = 0.9
_DIGIT_AS_LETTER = str.maketrans({"1": "l", "0": "o"})


# "HCl", "KCl", "Naloxone HCl": a salt's chloride is printed "Cl" after capitals, at the word's end.
_CHLORIDE = re.compile(r"[A-Z]Cl\d*[.,;:)]*$")


def _capital_i(word: Word) -> Word:
    """'lvan' -> 'Ivan'; 'Cl/CD' -> 'CI/CD' (a small l among capitals is a capital I); 'Contro1' -> 'Control'."""
    text = word.text
    letters = re.sub(r"[^A-Za-z]", "", text)
    if _DIGIT_INSIDE.match(text) or (word.confidence < DOUBTED_WORD and _DIGIT_AT_END.match(text)):
        text = text.translate(_DIGIT_AS_LETTER)
    elif _SMALL_L_FOR_I.match(text):
        text = "I" + text[1:]
    elif ("l" in letters and sum(ch.isupper() for ch in letters) >= 2 and letters.replace("l", "").isupper()
          and not _CHLORIDE.search(text)):
        text = text.replace("l", "I")
    else:
        return word
    return Word(text, word.x0, word.top, word.x1, word.bottom, word.size, word.confidence)


def _split_capital(prev: Word, word: Word, usual: float | None) -> bool:
    """'G reta': a capital alone (not the words "A" and "I"), then small letters, far closer than words stand."""
    if len(prev.text) != 1 or not prev.text.isupper() or prev.text in "AI" or not word.text.isalpha():
        return False
    if not word.text.islower() or len(word.text) < 2:
        return False
    gap = word.x0 - prev.x1
    em = max(word.size or (word.bottom - word.top), 1.0)
    return gap < 0.4 * em and (usual is None or gap < 0.5 * usual)


# Letters Tesseract reads for digits: "l.5", "O.5", "2O", "05/O2/2025".
# "§/26/2025": a section sign is a 5 that OCR read with its curl, inside a numeric date.
_AS_DIGIT = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "|": "1", "Z": "2", "S": "5", "\u00a7": "5"})
_AMOUNT_READ = re.compile(r"^[\dOolI|ZS]{1,3}(?:[.,][\dOolI|ZS]{1,2})?$")
_DATE_READ = re.compile(r"^[\dOolI\u00a7]{1,4}([/.-])[\dOolI\u00a7]{1,2}\1[\dOolI\u00a7]{2,4}[.,]?$")


def mended_numbers(lines: list[Line], amount_labels: frozenset[str]) -> list[Line]:
    """Lines read by OCR with the digits it read as letters put back where a number must stand: the amount after
    a credit's label ("Contact Hours: l.5", "CEC Awarded: Z"), a numeric date ("05/O2/2025"), a day's ordinal
    beside a month ("lst March 2022"); and a day glued to its year parted ("Dec 212019")."""
    return [_mended_numbers(line, amount_labels) if line.read_by_ocr else line for line in lines]


# "0.2.CECs", "1.50,CE": a decimal amount OCR glued to its unit by a dot or comma it read in the space between.
_GLUED_UNIT = re.compile(r"^(\d{1,3}[.,]\d{1,2})[.,]([A-Za-z]{2,}\W?)$")


def _unglued(word: Word) -> list[Word]:
    match = _GLUED_UNIT.match(word.text)
    if match is None:
        return [word]
    amount, unit = match.groups()
    cut = word.x0 + (word.x1 - word.x0) * (len(amount) + 0.5) / len(word.text)
    return [Word(amount, word.x0, word.top, cut, word.bottom, word.size, word.confidence),
            Word(unit, cut, word.top, word.x1, word.bottom, word.size, word.confidence)]


def _mended_numbers(line: Line, amount_labels: frozenset[str]) -> Line:
    words = [part for word in line.words for part in _unglued(word)]
    words = [part for i, word in enumerate(words) for part in _day_unglued(words, i)]
    words = [part for word in words for part in _month_unglued(word)]
    changed = len(words) != len(line.words)
    for i, word in enumerate(words):
        text = word.text
        if (day := _ordinal_day(words, i)) is not None:
            words[i] = Word(day, word.x0, word.top, word.x1, word.bottom, word.size, word.confidence)
            changed = True
            continue
        date = _DATE_READ.match(text) is not None and sum(ch.isdigit() for ch in text) >= 4
        if not date and not (i and _AMOUNT_READ.match(text) and _after_amount_label(words, i, amount_labels)):
            continue
        fixed = text.translate(_AS_DIGIT)
        if fixed != text:
            words[i] = Word(fixed, word.x0, word.top, word.x1, word.bottom, word.size, word.confidence)
            changed = True
    return Line(line.page, tuple(words)) if changed else line


_MONTH_WORD = re.compile(r"^\W?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                         r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?$", re.IGNORECASE)
# "lst March", "Sth July", "March 2lst": a day's ordinal with a digit read as a letter, beside a month's name.
_ORDINAL_READ = re.compile(r"^([\dOolI|SZ]{1,2})(st|nd|rd|th)([.,]?)$")
_SUFFIX = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


def _beside_month(words: list[Word], i: int) -> bool:
    return any(0 <= k < len(words) and _MONTH_WORD.match(words[k].text) for k in (i - 1, i + 1))


def _ordinal_day(words: list[Word], i: int) -> str | None:
    """The day an ordinal read with a letter for a digit stands for ("lst" is 1st), when a month's name stands
    beside it and the ordinal's ending fits the day; None when there is nothing to mend."""
    match = _ORDINAL_READ.match(words[i].text)
    if match is None or match[1].isdigit() or not _beside_month(words, i):
        return None
    digits = match[1].translate(_AS_DIGIT)
    day = int(digits)
    if not 1 <= day <= 31 or _SUFFIX.get(day, "th") != match[2].lower():
        return None
    return f"{day}{match[2]}{match[3]}"


# "Dec 212019": OCR lost the comma and space between a month's day and the year.
_DAY_YEAR = re.compile(r"^(\d{1,2})((?:19|20)\d{2})([.,]?)$")


def _day_unglued(words: list[Word], i: int) -> list[Word]:
    word = words[i]
    match = _DAY_YEAR.match(word.text)
    if match is None or i == 0 or not _MONTH_WORD.match(words[i - 1].text) or not 1 <= int(match[1]) <= 31:
        return [word]
    cut = word.x0 + (word.x1 - word.x0) * (len(match[1]) + 0.5) / len(word.text)
    return [Word(f"{match[1]},", word.x0, word.top, cut, word.bottom, word.size, word.confidence),
            Word(match[2] + match[3], cut, word.top, word.x1, word.bottom, word.size, word.confidence)]


# "April19-", "Sept.3,": OCR lost the space between a month's name and its day.
_MONTH_DAY = re.compile(r"^((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)(\d{1,2})(\W?)$",
                        re.IGNORECASE)


def _month_unglued(word: Word) -> list[Word]:
    match = _MONTH_DAY.match(word.text)
    if match is None or not _MONTH_WORD.match(match[1]) or not 1 <= int(match[2]) <= 31:
        return [word]
    cut = word.x0 + (word.x1 - word.x0) * len(match[1]) / len(word.text)
    return [Word(match[1], word.x0, word.top, cut, word.bottom, word.size, word.confidence),
            Word(match[2] + match[3], cut, word.top, word.x1, word.bottom, word.size, word.confidence)]


def _after_amount_label(words: list[Word], i: int, amount_labels: frozenset[str]) -> bool:
    """Whether the words before words[i], from the line's start, are a credit's label and its colon."""
    if not words[i - 1].text.endswith(":"):
        return False
    return " ".join(w.text for w in words[:i]).lower().rstrip(":").strip() in amount_labels


# Typographic ligatures a text layer or OCR may give as one character ("Eﬀective", "Certiﬁcate").
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                            "\ufb05": "st", "\ufb06": "st"})


def without_ligatures(lines: list[Line]) -> list[Line]:
    """Lines with each ligature spelt out in its letters, so that words and labels match as printed."""
    return [Line(ln.page, tuple(_spelt_out(w) for w in ln.words)) if _has_ligature(ln.text) else ln for ln in lines]


def _has_ligature(text: str) -> bool:
    return any("\ufb00" <= ch <= "\ufb06" for ch in text)


def _spelt_out(word: Word) -> Word:
    text = word.text.translate(_LIGATURES)
    return word if text == word.text else Word(text, word.x0, word.top, word.x1, word.bottom, word.size,
                                               word.confidence)
