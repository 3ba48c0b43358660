"""Which certificates belong to which person, and which of them may count.

A record is filed under a registered person
1. by hand: `cecingest people link RECORD PERSON` files it under that person only, name confirmed;
   `cecingest people unlink RECORD PERSON` keeps it away from them;
2. else by name: the certificate's participant has the person's surname (names.compare is `same` or
   `conflict`), or by licence number: the certificate's equals one of the person's.

A filed record counts only when it is accepted (or corrected) and nothing about the name is in doubt; otherwise it
is shown in review with the reason: the record still waits in the review queue; the given names differ
(`conflict`); only the licence number matched; the licence number on the certificate is another one; or the name
fits more than one person. Linking it by hand settles the name (the record's own review still applies).
Rejected records and documents that are no certificates are never filed.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from cecingest.compliance.model import Item, Reason
from cecingest.compliance.names import PersonName, compare, licence_key, parse_name
from cecingest.errors import InputNotFound, InvalidValue
from cecingest.store import StoredRecord
from cecingest.store.people import CredentialRow, Filing, PersonRow

COUNTING_STATUSES = ("accepted", "corrected")


@dataclass(frozen=True)
class Filed:
    person_id: int
    stored: StoredRecord
    how: str  # link | name | licence
    review: str = ""  # why it does not count yet
    review_reason: Reason = ""


@dataclass(frozen=True)
class _Person:
    row: PersonRow
    name: PersonName | None
    licences: frozenset[str]


def _people(people: Sequence[PersonRow], credentials: Sequence[CredentialRow]) -> list[_Person]:
    licences: dict[int, set[str]] = defaultdict(set)
    for p in people:
        if licence_key(p.licence_number):
            licences[p.id].add(licence_key(p.licence_number) or "")
    for c in credentials:
        if licence_key(c.licence_number):
            licences[c.person_id].add(licence_key(c.licence_number) or "")
    return [_Person(p, parse_name(p.name), frozenset(licences[p.id])) for p in people]


def file_records(people: Sequence[PersonRow], credentials: Sequence[CredentialRow],
                 records: Sequence[StoredRecord], filings: Sequence[Filing]) -> dict[int, list[Filed]]:
    """Person id -> the records filed under them, each with why it may not count yet."""
    persons = _people(people, credentials)
    by_id = {p.row.id: p for p in persons}
    links: dict[int, int] = {}
    unlinked: dict[int, set[int]] = defaultdict(set)
    for f in filings:
        if f.kind == "link":
            links[f.record_id] = f.person_id
        else:
            unlinked[f.record_id].add(f.person_id)
    out: dict[int, list[Filed]] = defaultdict(list)
    for stored in records:
        record = stored.record
        if record.status == "rejected" or not record.is_certificate or record.id is None:
            continue
        status_note = "" if record.status in COUNTING_STATUSES else f"record {record.id} waits in the review queue"
        if record.id in links and links[record.id] in by_id:
            out[links[record.id]].append(Filed(links[record.id], stored, "link", status_note,
                                               "in_review" if status_note else ""))
            continue
        candidates = [p for p in persons if p.row.id not in unlinked[record.id]]
        for filed in _by_name(candidates, stored, status_note):
            out[filed.person_id].append(filed)
    return out


def _by_name(persons: Sequence[_Person], stored: StoredRecord, status_note: str) -> list[Filed]:
    fields = stored.record.fields
    printed, name = fields.participant.value, parse_name(fields.participant.value)
    licence = licence_key(fields.license_number.value)
    matches = []
    for p in persons:
        match = compare(name, p.name)
        by_licence = licence is not None and licence in p.licences
        if match != "different" or by_licence:
            matches.append((p, match, by_licence))
    same = [p for p, match, _ in matches if match == "same"]
    filed = []
    for p, match, by_licence in matches:
        doubt = ""
        if match == "conflict":
            doubt = f"the certificate names {printed!r}, not {p.row.name}"
        elif match == "different":
            doubt = f"only the licence number matches: the certificate names {printed!r}"
        elif licence is not None and p.licences and licence not in p.licences:
            doubt = f"licence number {fields.license_number.value} on the certificate is not {p.row.name}'s"
        elif len(same) > 1:
            doubt = f"{printed!r} fits {len(same)} people"
        if doubt:
            doubt = f"{doubt}; if it is theirs: cecingest people link {stored.record.id} {p.row.id}"
        note = "; ".join(n for n in (status_note, doubt) if n)
        reason: Reason = "name_mismatch" if doubt else ("in_review" if status_note else "")
        filed.append(Filed(p.row.id, stored, "licence" if by_licence and match == "different" else "name", note,
                           reason))
    return filed


def item_of(filed: Filed) -> Item:
    record = filed.stored.record
    f = record.fields
    return Item(
        record_id=record.id or 0, date=_date(f.completion_date.value),
        credits=tuple((c.amount, c.unit) for c in (f.credits.value or ())), hours=f.hours.value,
        topic=f.topic.value, delivery_format=f.delivery_format.value, accreditation=f.accreditation.value,
        title=f.course_title.value, provider=f.provider.value, participant=f.participant.value,
        certificate_id=f.certificate_id.value, review=filed.review, review_reason=filed.review_reason,
    )


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def resolve_person(people: Sequence[PersonRow], text: str) -> PersonRow | None:
    """The registered person meant by an id or a name; None when nobody; InvalidValue when several fit."""
    if text.strip().isdigit():
        found = [p for p in people if p.id == int(text)]
        if not found:
            raise InputNotFound(f"no person with id {text}; see cecingest people")
        return found[0]
    name = parse_name(text)
    if name is None:
        raise InvalidValue(f"{text!r} is no name")
    exact = [p for p in people if p.name_key == name.key]
    fits = exact or [p for p in people if compare(name, parse_name(p.name)) == "same"]
    if len(fits) > 1:
        listed = ", ".join(f"{p.id} ({p.name})" for p in fits)
        raise InvalidValue(f"{text!r} fits several people: {listed}; give the person's id instead")
    return fits[0] if fits else None
