from __future__ import annotations

import pytest

from cecingest.knowledge import Knowledge
from cecingest.parse.ocrfix import mended_name


@pytest.mark.parametrize(("read", "printed"), [
    ("Keystone Health Leaming, LLC", "Keystone Health Learning, LLC"),  # "rn" run together into "m"
    ("Highland Weliness Learning Center", "Highland Wellness Learning Center"),  # "ll" come apart as "li"
    ("Bluewater Heaith Institute", "Bluewater Health Institute"),  # "l" read as "i"
])
def test_usual_ocr_confusions_in_an_organisations_name(kn: Knowledge, read: str, printed: str) -> None:
    assert mended_name(read, kn) == printed


@pytest.mark.parametrize("name", ["Oak Ridge Career Society", "Keystone Clinical Society", "Zimmerman Partners",
                                  "Horne Health Seminars", "Cali Health Partners"])
def test_words_it_does_not_know_one_way_to_mend_stay(kn: Knowledge, name: str) -> None:
    assert mended_name(name, kn) == name


def test_a_name_in_capitals_stays_in_capitals(kn: Knowledge) -> None:
    assert mended_name("KEYSTONE HEALTH LEAMING, LLC", kn) == "KEYSTONE HEALTH LEARNING, LLC"
