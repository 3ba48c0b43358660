"""A naive parser, kept only so `cecingest eval --baseline` can show what the real one gains.

It does what a quick script would: the first date on the page, the first number before "hours", the largest
line as the name, the first line as the provider, the next largest as the title. Nothing else.
"""

from __future__ import annotations

import re

from cecingest.config import Settings
from cecingest.knowledge import Knowledge
from cecingest.models import CreditMention, ExtractedDocument, Field, ParsedFields
from cecingest.parse.dates import find_dates
from cecingest.parse.layout import document_lines

_FIRST_HOURS = re.compile(r"(\d+(?:\.\d+)?)\s*(?:contact\s+)?hours?\b", re.IGNORECASE)


def parse_baseline(doc: ExtractedDocument, settings: Settings, kn: Knowledge) -> ParsedFields:
    lines = document_lines(doc)
    text = " ".join(ln.text for ln in lines)
    by_size = sorted(lines, key=lambda ln: -ln.size)
    dates = find_dates(text, settings.date_order)
    hours = _FIRST_HOURS.search(text)

    def field(value: object) -> Field[object]:
        return Field(value, 0.5) if value is not None else Field.absent(0.0)

    return ParsedFields(
        participant=field(by_size[0].text if by_size else None),  # type: ignore[arg-type]
        provider=field(lines[0].text if lines else None),  # type: ignore[arg-type]
        course_title=field(by_size[1].text if len(by_size) > 1 else None),  # type: ignore[arg-type]
        completion_date=field(dates[0][2] if dates else None),  # type: ignore[arg-type]
        start_date=Field.absent(),
        credits=field((CreditMention(float(hours.group(1)), "contact hours"),) if hours else None),  # type: ignore[arg-type]
        delivery_format=Field.absent(),
        certificate_id=Field.absent(),
        accreditation=Field.absent(),
        license_number=Field.absent(),
        is_certificate=Field(True, 0.5),
        topic_text=text,
    )
