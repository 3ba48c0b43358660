"""Filing certificates under people through the store: by name, by licence number, by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from cecingest.compliance import link, people_overview
from cecingest.compliance.people import file_records, resolve_person
from cecingest.errors import InvalidValue
from cecingest.store import Store
from tests.compliance.helpers import stored_record


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "people.db")


def filed(store: Store) -> dict[int, dict[int, str]]:
    """person id -> record id -> review reason ('' when it counts)."""
    result = file_records(store.people(), store.credentials(), store.records(), store.filings())
    return {pid: {f.stored.record.id or 0: f.review_reason for f in fs} for pid, fs in result.items()}


def test_filing_by_name_licence_and_hand(store: Store) -> None:
    maria = store.add_person("Maria Santos", "maria santos", None, "t")
    store.add_credential(maria, "rn-example", "2024-01-01", None, "RN-555", "t")
    same = stored_record(store, "Maria L. Santos, RN, BSN")
    other_given = stored_record(store, "Mario Santos", title="B")
    by_licence = stored_record(store, "M. Garcia", title="C", licence="rn 555")
    wrong_licence = stored_record(store, "Maria Santos", title="D", licence="RN-999")
    waiting = stored_record(store, "Maria Santos", title="E", status="needs_review")
    stranger = stored_record(store, "Kevin Okafor", title="F")
    rejected = stored_record(store, "Maria Santos", title="G", status="rejected")
    mine = filed(store)[maria]
    assert mine[same] == ""
    assert mine[other_given] == "name_mismatch"
    assert mine[by_licence] == "name_mismatch"  # only the licence number fits
    assert mine[wrong_licence] == "name_mismatch"
    assert mine[waiting] == "in_review"
    assert stranger not in mine and rejected not in mine

    link(store, other_given, "Maria Santos", "tester")  # a person confirms it is hers
    link(store, same, str(maria), "tester", unlink=True)  # and that this one is not
    mine = filed(store)[maria]
    assert mine[other_given] == "" and same not in mine


def test_a_name_that_fits_two_people_waits(store: Store) -> None:
    jane = store.add_person("Jane Doe", "jane doe", None, "t")
    john = store.add_person("John Doe", "john doe", None, "t")
    initial = stored_record(store, "J. Doe")
    result = filed(store)
    assert result[jane][initial] == result[john][initial] == "name_mismatch"
    link(store, initial, "John Doe", "tester")
    result = filed(store)
    assert result[john][initial] == "" and initial not in result.get(jane, {})


def test_people_overview_lists_unregistered_participants(store: Store) -> None:
    store.add_person("Maria Santos", "maria santos", None, "t")
    stored_record(store, "Maria L. Santos, RN")
    stored_record(store, "Kevin Okafor", title="X")
    stored_record(store, "KEVIN OKAFOR", title="Y", status="needs_review")
    people = people_overview(store)
    assert [(p.name, p.records, p.counting, p.in_review) for p in people] == [
        ("Maria Santos", 1, 1, 0), ("Kevin Okafor", 2, 1, 1)]
    assert people[1].id is None


def test_resolve_person(store: Store) -> None:
    store.add_person("Jane Doe", "jane doe", None, "t")
    store.add_person("John Doe", "john doe", None, "t")
    assert resolve_person(store.people(), "JANE DOE, RN") is not None
    assert resolve_person(store.people(), "Ann Lee") is None
    with pytest.raises(InvalidValue, match="several people"):
        resolve_person(store.people(), "J. Doe")
