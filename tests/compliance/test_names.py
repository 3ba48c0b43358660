from __future__ import annotations

import pytest

from cecingest.compliance.names import compare_names, licence_key, name_key


@pytest.mark.parametrize(("printed", "person", "expected"), [
    ("Maria L. Santos, RN, BSN", "Maria Santos", "same"),  # credentials and a middle initial
    ("MARIA SANTOS", "maria l. santos", "same"),  # case
    ("M. L. Santos", "Maria Lucia Santos", "same"),  # initials
    ("Santos, Maria L.", "Maria Santos", "same"),  # surname first
    ("Dr. Elena Vasquez, MD", "Elena Vasquez", "same"),  # honorific
    ("Jane Doe RN", "Jane Doe", "same"),  # a credential without a comma
    ("José Núñez", "Jose Nunez", "same"),  # accents
    ("Christopher J. Nguyen, P.E.", "Christopher Nguyen", "same"),
    ("Mario Santos", "Maria Santos", "conflict"),  # another given name: filed, but in review
    ("Maria K. Santos", "Maria L. Santos", "conflict"),  # another middle initial
    ("Chris Nguyen", "Christopher Nguyen", "conflict"),  # nicknames are not guessed
    ("Maria Garcia", "Maria Santos", "different"),
    (None, "Maria Santos", "different"),
])
def test_compare_names(printed: str | None, person: str, expected: str) -> None:
    assert compare_names(printed, person) == expected


def test_keys() -> None:
    assert name_key("Maria L. Santos, RN, BSN") == name_key("MARIA L SANTOS") == "maria l santos"
    assert licence_key("RN-123 456") == licence_key("rn123456") == "RN123456"
    assert licence_key(" - ") is None
