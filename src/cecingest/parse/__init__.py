"""Stage 3, parse: from words with positions to field values with confidences and evidence."""

from __future__ import annotations

import datetime as dt

from cecingest.config import Settings
from cecingest.knowledge import Knowledge
from cecingest.models import CreditMention, ExtractedDocument, Field, Line, ParsedFields
from cecingest.parse.codes import (
    parse_accreditation,
    parse_certificate_id,
    parse_delivery_format,
    parse_is_certificate,
    parse_license_number,
)
from cecingest.parse.credits import parse_credits
from cecingest.parse.dates import parse_dates
from cecingest.parse.layout import (
    document_lines,
    join_label_cells,
    join_wrapped_labels,
    paragraphs,
    split_label_pairs,
)
from cecingest.parse.names import is_last_resort, parse_course_title, parse_participant, parse_provider
from cecingest.parse.nlp import NlpReading, agreement, read, second_opinion
from cecingest.parse.ocrfix import mended_labels, mended_numbers, mended_words, without_ligatures
from cecingest.parse.table import header_tables

__all__ = ["parse", "reading_lines"]


def reading_lines(doc: ExtractedDocument, kn: Knowledge) -> list[Line]:
    """The lines the rules and the trained model read: a label cell wrapped onto two lines joined, a header row's
    labels joined to the values beneath them, table label cells joined to their values, two "Label: value" pairs
    on one printed line split; ligatures spelt out, words OCR broke ("G reta") made whole, labels and numbers it
    misread by a letter ("Tit1e:", "l.5") mended. Their texts, one per line, are the model's input."""
    labels = kn.label_phrases()
    lines = mended_labels(mended_words(without_ligatures(document_lines(doc))), labels)
    lines = mended_numbers(lines, kn.amount_labels())
    # A column headed by a unit, qualified or not ("CNE CONTACT HOURS"), is known: the unit words are labels.
    statuses = frozenset(kn.words("other", "statuses"))
    lines = header_tables(join_wrapped_labels(lines, labels), labels, statuses)
    return join_label_cells(split_label_pairs(lines, labels), labels, statuses)


def parse(doc: ExtractedDocument, settings: Settings, kn: Knowledge) -> ParsedFields:
    lines = reading_lines(doc, kn)
    paras = paragraphs(lines)
    reading = read_with_model(lines, settings)
    participant = parse_participant(lines, kn)
    title = parse_course_title(lines, kn, participant.value)
    accreditation = parse_accreditation(paras, kn)
    accreditor_names = kn.accreditors.get(accreditation.value or "", ())
    completion, start = parse_dates(lines, kn, settings.date_order)
    provider = parse_provider(lines, paras, kn, accreditor_names, title.value)
    credits = parse_credits(paras, kn, title.value)
    return ParsedFields(
        participant=second_opinion(participant, reading, "participant"),
        provider=second_opinion(provider, reading, "provider", is_last_resort(provider)),
        course_title=second_opinion(title, reading, "course_title"),
        completion_date=completion,
        start_date=start,
        credits=credits,
        delivery_format=parse_delivery_format(lines, kn, provider.value),
        certificate_id=parse_certificate_id(lines, kn),
        accreditation=accreditation,
        license_number=parse_license_number(lines, kn),
        is_certificate=parse_is_certificate(lines, kn, _fields_found(participant, title, completion, credits)),
        topic_text=" ".join(ln.text for ln in lines),
        model_agreement={name: state for name, found in (("participant", participant), ("provider", provider),
                                                         ("course_title", title))
                         if (state := agreement(found, reading, name))},
        model_topic=reading.topic if reading is not None else None,
    )


def _fields_found(participant: Field[str], title: Field[str], completion: Field[dt.date],
                  credits: Field[tuple[CreditMention, ...]]) -> int:
    """How many of the fields a certificate states were found, counted only when credits are among them: a
    registration letter or an agenda names a person, a course and a date too, but awards nothing."""
    if not credits.value:
        return 0
    return sum(f.value is not None for f in (participant, title, completion, credits))


def read_with_model(lines: list[Line], settings: Settings) -> NlpReading | None:
    """The trained pipeline's reading of the same lines the rules read; None when it is off or not installed."""
    if settings.nlp_model == "off":
        return None
    return read("\n".join(line.text for line in lines), settings.nlp_model)
