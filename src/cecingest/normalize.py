"""Stage 4, normalize: ISO dates, unit codes, hours by the conversion table, topic codes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re

from cecingest.knowledge import Knowledge
from cecingest.models import Credit, CreditMention, Field, Normalized, ParsedFields, RecordFields
from cecingest.parse.credits import AWARDED_HOURS, REVIEW_NOTES
from cecingest.parse.labels import phrase_regex


def normalize(parsed: ParsedFields, kn: Knowledge) -> Normalized:
    credits, credit_problems = normalize_credits(parsed.credits, kn)
    credits = credits_in_accreditor_unit(credits, parsed.credits, parsed.accreditation.value, kn)
    credits = generic_ce_credits(credits, parsed.credits, parsed.accreditation.value, kn)
    hours, hour_problems = hours_from_credits(credits, kn)
    fields = RecordFields(
        participant=parsed.participant,
        provider=parsed.provider,
        course_title=parsed.course_title,
        completion_date=_iso(parsed.completion_date),
        start_date=_iso(parsed.start_date),
        credits=credits,
        hours=hours,
        topic=topic_with_second_opinion(topic_code(parsed.course_title.value or "", parsed.topic_text, kn),
                                        parsed.model_topic),
        delivery_format=parsed.delivery_format,
        certificate_id=parsed.certificate_id,
        accreditation=parsed.accreditation,
        license_number=parsed.license_number,
    )
    return Normalized(fields, parsed.is_certificate, tuple(credit_problems + hour_problems), parsed.model_agreement)


def _iso(f: Field[dt.date]) -> Field[str]:
    value = f.value.isoformat() if f.value is not None else None
    return Field(value, f.confidence, f.evidence, f.note)


def credit_from_mention(mention: CreditMention, kn: Knowledge) -> Credit | None:
    word = mention.unit_text.lower()
    code = kn.duration_unit if word in kn.duration_words else kn.unit_for_alias(mention.unit_text)
    return None if code is None else Credit(round(mention.amount, 2), code)


def normalize_credits(
    f: Field[tuple[CreditMention, ...]], kn: Knowledge
) -> tuple[Field[tuple[Credit, ...]], list[str]]:
    if not f.value:
        return Field(None, f.confidence, f.evidence, f.note), []
    credits: list[Credit] = []
    problems: list[str] = [f"credits: {f.note}"] if f.note in REVIEW_NOTES else []
    confidence = f.confidence
    for mention in f.value:
        credit = credit_from_mention(mention, kn)
        if credit is None or credit in credits:
            continue
        credits.append(credit)
        if _looks_like_ceu_hours(credit, mention):
            confidence = min(confidence, 0.6)
            problems.append(f"credits: {credit.amount:g} CEU is a lot for IACET units; may be CE hours")
    return Field(tuple(_drop_generic_repeats(credits)), confidence, f.evidence, f.note), problems


# Words that name no credit system at all. "CPD hours" or "CE credits" name a generic one and stay CE.
# "Hours Awarded: 8" names none either (parse.credits.AWARDED_HOURS).
_BARE_CREDIT_WORDS = {"credits", "credit", AWARDED_HOURS}


def credits_in_accreditor_unit(f: Field[tuple[Credit, ...]], mentions: Field[tuple[CreditMention, ...]],
                               accreditor: str | None, kn: Knowledge) -> Field[tuple[Credit, ...]]:
    """Bare "Credits: .5" on an NASM certificate are NASM's unit (CECs): the accrediting body names the unit
    the certificate leaves unnamed (accreditors.toml, `unit`)."""
    unit = kn.accreditor_units.get(accreditor or "")
    bare = {round(m.amount, 2) for m in mentions.value or () if m.unit_text.lower() in _BARE_CREDIT_WORDS}
    if not f.value or unit is None or not any(c.unit == "CE" and c.amount in bare for c in f.value):
        return f
    credits = tuple(Credit(c.amount, unit) if c.unit == "CE" and c.amount in bare else c for c in f.value)
    return Field(tuple(dict.fromkeys(credits)), round(f.confidence * 0.95, 3), f.evidence,
                 f.note or f"unit taken from the accrediting body {accreditor}")


@functools.cache  # one set per Knowledge
def _cec_words(kn: Knowledge) -> frozenset[str]:
    """The CEC's spelled-out names among its aliases in units.toml ("continuing education credits"), not its code
    ("CECs"): units.md gives them the fitness bodies' CECs; other professions print them for generic CE."""
    unit = kn.units.get("CEC")
    return frozenset(a for a in unit.aliases if " " in a and "cec" not in a.replace(".", "")) if unit else frozenset()


def generic_ce_credits(f: Field[tuple[Credit, ...]], mentions: Field[tuple[CreditMention, ...]],
                       accreditor: str | None, kn: Knowledge) -> Field[tuple[Credit, ...]]:
    """"3 continuing education credits" are CECs on a fitness certificate (ACE, NASM: bodies that count in CECs);
    approved by a body that counts in anything else (APA, ASWB, ANCC) they are generic CE credits, hour for hour.
    With no body named the words keep their CEC reading."""
    if not f.value or accreditor is None or accreditor not in kn.accreditors \
            or kn.accreditor_units.get(accreditor) == "CEC":
        return f
    worded = {round(m.amount, 2) for m in mentions.value or () if m.unit_text.lower() in _cec_words(kn)}
    if not any(c.unit == "CEC" and c.amount in worded for c in f.value):
        return f
    credits = tuple(Credit(c.amount, "CE") if c.unit == "CEC" and c.amount in worded else c for c in f.value)
    return Field(tuple(dict.fromkeys(credits)), f.confidence, f.evidence,
                 f.note or f"continuing education credits under {accreditor} are generic CE")


def _drop_generic_repeats(credits: list[Credit]) -> list[Credit]:
    """Generic 'credit hours' (CE) with the same amount as a named unit ('1.0 CLE credit hours ... a maximum of
    1.0 credit hour') restate that unit's claim; they are not a second one."""
    specific = {c.amount for c in credits if c.unit != "CE"}
    return [c for c in credits if c.unit != "CE" or c.amount not in specific]


def _looks_like_ceu_hours(credit: Credit, mention: CreditMention) -> bool:
    """'7 CEU' without IACET is usually seven hours of generic CE; IACET CEUs come in tenths."""
    return credit.unit == "CEU" and credit.amount >= 3 and "iacet" not in mention.unit_text.lower()


def hours_from_credits(f: Field[tuple[Credit, ...]], kn: Knowledge) -> tuple[Field[float], list[str]]:
    if not f.value:
        return Field(None, f.confidence, None, f.note), []
    per_credit = [(c, c.amount * kn.units[c.unit].hours) for c in f.value if c.unit in kn.units]
    if not per_credit:
        return Field(None, 0.0, None, "no unit with a known conversion"), []
    rank = {code: i for i, code in enumerate(kn.hours_preference)}
    chosen, hours = min(per_credit, key=lambda ch: rank.get(ch[0].unit, len(rank)))
    problems = [
        f"credits: {c.amount:g} {c.unit} disagrees with {chosen.amount:g} {chosen.unit}"
        for c, h in per_credit
        if c is not chosen and abs(h - hours) > _tolerance(c, chosen, kn) * max(h, hours)
    ]
    confidence = f.confidence * (0.5 if problems else 1.0)
    return Field(round(hours, 2), round(confidence, 3), f.evidence), problems


def _tolerance(a: Credit, b: Credit, kn: Knowledge) -> float:
    durations = (a.unit == kn.duration_unit) != (b.unit == kn.duration_unit)
    return kn.duration_tolerance if durations else kn.hours_tolerance


def topic_with_second_opinion(topic: Field[str], model_topic: str | None) -> Field[str]:
    """Keyword rules decide the topic (they measured better); the text classifier agreeing raises confidence."""
    if model_topic is None or topic.value is None:
        return topic
    if model_topic == topic.value:
        return dataclasses.replace(topic, confidence=round(topic.confidence + (1 - topic.confidence) * 0.5, 3))
    return dataclasses.replace(topic, confidence=round(topic.confidence * 0.85, 3))


def topic_code(title: str, text: str, kn: Knowledge) -> Field[str]:
    """The topic whose words the title uses most, the whole text breaking ties and filling in when it is silent."""
    declared = _declared_topic(text, kn)
    if declared is not None:
        return Field(declared, 0.9)
    # The title says what the course is about; the rest of the page (an address, an accreditation paragraph,
    # a provider's motto) speaks only when the title is silent. Two topics the title names equally often go to the
    # one it names first: a title puts its subject before its audience or setting ("State Jurisprudence for
    # Nurses", "Antibiotic Selection in Primary Care"), while the page speaks of the audience (nursing boards).
    title_scores, title_first = _topic_counts(title, kn)
    text_scores, text_first = _topic_counts(text, kn)
    scores = {code: 10 * title_scores[code] + text_scores[code] for code in title_scores}
    ranked = sorted(scores, key=lambda code: (-title_scores[code], title_first.get(code, _NOWHERE),
                                              -text_scores[code], text_first.get(code, _NOWHERE)))
    if not ranked or scores[ranked[0]] == 0:
        return Field("other", 0.4, None, "no topic words found")
    best, top = ranked[0], scores[ranked[0]]
    runner_up = max((scores[code] for code in ranked[1:]), default=0)
    confidence = 0.55 + 0.4 * max(top - runner_up, 0) / top
    if title_scores.get(best, 0) == 0:
        confidence = min(confidence, 0.6)  # decided by words elsewhere on the page only
    return Field(best, round(min(confidence, 0.9), 3))


_NOWHERE = 1 << 30


def _topic_counts(text: str, kn: Knowledge) -> tuple[dict[str, int], dict[str, int]]:
    """How often each topic's words occur, and where the first one starts; a phrase inside a longer one of another
    topic not counted: "Medication Error Prevention" is patient safety ("medication error"), not also pharmacology
    ("medication"). A neutral phrase (topics.toml [neutral]) counts for no topic but hides the words inside it."""
    pattern, owners = _topic_phrases(kn)
    counts = dict.fromkeys((code for code, words in kn.topics.items() if words), 0)
    first: dict[str, int] = {}
    for match in pattern.finditer(text):
        for code in owners[match.group(0).lower()]:
            counts[code] += 1
            first.setdefault(code, match.start())
    return counts, first


@functools.cache  # one pattern per Knowledge: a page is scanned once, not once per topic
def _topic_phrases(kn: Knowledge) -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    """Every topic phrase (and neutral phrase) in one alternation, longest first, so the longest phrase at a place
    is the one counted; with the topics each phrase points to (none for a neutral one)."""
    owners: dict[str, list[str]] = {phrase.lower(): [] for phrase in kn.topic_neutral}
    for code, words in kn.topics.items():
        for word in words:
            owners.setdefault(word.lower(), []).append(code)
    phrases = tuple(sorted(owners, key=len, reverse=True))
    return phrase_regex(phrases), {p: tuple(dict.fromkeys(codes)) for p, codes in owners.items()}


def _declared_topic(text: str, kn: Knowledge) -> str | None:
    """A 'Field of Study: Taxation' label names the topic outright when its value starts with a topic phrase; the
    longest phrase there decides ("Regulatory Ethics" is ethics, not regulatory compliance)."""
    label_re = re.compile(
        r"(?:" + "|".join(re.escape(lb) for lb in kn.field_of_study_labels) + r")\s*:\s*([^:]{3,60})", re.IGNORECASE
    )
    pattern, owners = _topic_phrases(kn)
    for match in label_re.finditer(text):
        found = pattern.match(match.group(1).strip())
        codes = owners[found.group(0).lower()] if found else ()
        if codes:
            return codes[0]
    return None
