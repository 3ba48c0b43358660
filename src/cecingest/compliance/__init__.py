"""Compliance: credits against renewal requirements, per person and per credential.

`rules` loads requirement rules (TOML), `periods`/`counting`/`evaluate` are pure functions over certificates,
`people`/`names` decide which certificates are whose, `render` writes reports. This module is the library face the
CLI calls: every function takes an open Store and frozen Settings.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass

from cecingest.compliance.evaluate import evaluate
from cecingest.compliance.model import CredentialResult, CredentialSpec
from cecingest.compliance.names import compare, name_key, parse_name
from cecingest.compliance.people import file_records, item_of, resolve_person
from cecingest.compliance.periods import check_credential
from cecingest.compliance.rules import get_rule, load_rules
from cecingest.config import Settings
from cecingest.errors import InputNotFound, InvalidValue
from cecingest.knowledge import load_knowledge
from cecingest.store import Store, StoredRecord, now
from cecingest.store.people import CredentialRow, PersonRow

__all__ = ["PersonSummary", "add_credential", "credential_spec", "evaluate", "get_rule", "link", "load_rules",
           "people_overview", "remove_credential", "report"]


@dataclass(frozen=True)
class PersonSummary:
    """A registered person, or (id None) a participant named on certificates filed under nobody."""

    id: int | None
    name: str
    licence_numbers: tuple[str, ...]
    credentials: tuple[str, ...]
    records: int  # filed under them (or naming them)
    counting: int  # of those, accepted with no doubt about the name
    in_review: int


def credential_spec(row: CredentialRow) -> CredentialSpec:
    return CredentialSpec(row.rule, dt.date.fromisoformat(row.period_start),
                          dt.date.fromisoformat(row.licence_date) if row.licence_date else None,
                          row.licence_number, row.id)


def add_credential(store: Store, settings: Settings, person: str, rule_code: str, period_start: dt.date | None,
                   licence_date: dt.date | None = None, licence_number: str | None = None) -> tuple[PersonRow, int]:
    """Give a person (registered now if new) a credential; returns the person and the credential id."""
    rule = get_rule(rule_code, settings.data_dir)
    start = period_start or licence_date
    if start is None:
        raise InvalidValue("give --period-start (or, for a rolling rule, --licence-date)")
    check_credential(rule, CredentialSpec(rule.code, start, licence_date, licence_number))
    row = resolve_person(store.people(), person)
    if row is None:
        parsed = parse_name(person)
        if parsed is None:
            raise InvalidValue(f"{person!r} is no name")
        new_id = store.add_person(person.split(",")[0].strip(), parsed.key, licence_number, now())
        row = next(p for p in store.people() if p.id == new_id)
    credential_id = store.add_credential(row.id, rule.code, start.isoformat(),
                                         licence_date.isoformat() if licence_date else None, licence_number, now())
    return row, credential_id


def remove_credential(store: Store, person: str, rule_code: str) -> PersonRow:
    row = _person(store, person)
    store.remove_credential(row.id, rule_code)
    return row


def link(store: Store, record_id: int, person: str, who: str, unlink: bool = False) -> PersonRow:
    row = _person(store, person)
    store.file_record(record_id, row.id, "unlink" if unlink else "link", who, now())
    return row


def _person(store: Store, person: str) -> PersonRow:
    row = resolve_person(store.people(), person)
    if row is None:
        raise InputNotFound(f"nobody called {person!r} is registered; see cecingest people")
    return row


def people_overview(store: Store) -> list[PersonSummary]:
    people, credentials = store.people(), store.credentials()
    records = store.records()
    filed = file_records(people, credentials, records, store.filings())
    rules: dict[int, list[str]] = defaultdict(list)
    licences: dict[int, set[str]] = defaultdict(set)
    for c in credentials:
        rules[c.person_id].append(c.rule)
        if c.licence_number:
            licences[c.person_id].add(c.licence_number)
    out = []
    for p in people:
        mine = filed.get(p.id, [])
        numbers = licences[p.id] | ({p.licence_number} if p.licence_number else set())
        out.append(PersonSummary(p.id, p.name, tuple(sorted(numbers)), tuple(rules[p.id]), len(mine),
                                 sum(1 for f in mine if not f.review), sum(1 for f in mine if f.review)))
    return out + _unregistered(records, {f.stored.record.id for fs in filed.values() for f in fs})


def _unregistered(records: list[StoredRecord], filed_ids: set[int | None]) -> list[PersonSummary]:
    groups: dict[str, list[StoredRecord]] = defaultdict(list)
    for stored in records:
        r = stored.record
        key = name_key(r.fields.participant.value)
        if r.id in filed_ids or key is None or r.status == "rejected" or not r.is_certificate:
            continue
        groups[key].append(stored)
    out = []
    for group in groups.values():
        printed = Counter(str(s.record.fields.participant.value).split(",")[0].strip() for s in group)
        numbers = {s.record.fields.license_number.value for s in group if s.record.fields.license_number.value}
        accepted = sum(1 for s in group if s.record.status in ("accepted", "corrected"))
        out.append(PersonSummary(None, printed.most_common(1)[0][0], tuple(sorted(numbers)), (), len(group),
                                 accepted, len(group) - accepted))
    return sorted(out, key=lambda s: s.name.casefold())


def report(store: Store, settings: Settings, participant: str | None = None, credential: str | None = None,
           as_of: dt.date | None = None) -> list[CredentialResult]:
    """Every matching credential as it stands on `as_of` (today by default)."""
    as_of = as_of or dt.date.today()
    rules = load_rules(settings.data_dir)
    kn = load_knowledge(settings.data_dir)
    unit_hours = {code: unit.hours for code, unit in kn.units.items()}
    people, credentials = store.people(), store.credentials()
    filed = file_records(people, credentials, store.records(), store.filings())
    wanted = parse_name(participant) if participant else None
    results = []
    for person in people:
        if participant and compare(wanted, parse_name(person.name)) != "same" and participant.strip() != str(person.id):
            continue
        for row in credentials:
            if row.person_id != person.id or (credential and row.rule != credential):
                continue
            if row.rule not in rules:
                raise InputNotFound(f"{person.name}'s credential names rule {row.rule!r}, which is not defined; "
                                    f"add it in <data_dir>/requirements/ or remove the credential")
            items = [item_of(f) for f in filed.get(person.id, [])]
            results.append(evaluate(rules[row.rule], credential_spec(row), items, as_of, unit_hours, person.name,
                                    person.id))
    if not results:
        what = " ".join(x for x in (participant and f"for {participant!r}", credential and f"of rule {credential}")
                        if x)
        raise InputNotFound(f"no credentials {what}".rstrip() + "; add one: cecingest credential add PERSON RULE "
                            "--period-start YYYY-MM-DD")
    return results
