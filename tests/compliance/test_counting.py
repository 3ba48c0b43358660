"""Unit rules: NASBA's 50-minute CPE credit and its steps, PMI's quarter PDUs, CEU conversions."""

from __future__ import annotations

from pathlib import Path

import pytest

from cecingest.compliance.counting import accredited, worth
from cecingest.compliance.rules import counting_from_table, load_rules
from cecingest.errors import ConfigError
from tests.compliance.helpers import NASBA, UNIT_HOURS, item

CPE = counting_from_table("NASBA", NASBA)
PDU = counting_from_table("PMI", {"unit": "PDU", "minutes": 60, "step": 0.25})
CONTACT = counting_from_table("contact", {"unit": "contact_hour", "minutes": 60, "convert": {"CEU": 10}})
CEC = counting_from_table("ACE", {"unit": "CEC", "minutes": 600, "step": 0.1, "convert": {"CEU": 1}})


@pytest.mark.parametrize(("amount", "unit", "fmt", "expected"), [
    (2.0, "CPE", "live", 2.0),  # printed in CPE: as printed
    (1.0, "CPE", "online", 1.0),  # 50 minutes exactly (not 0.83 h x 1.2 = 0.996 -> 0.8)
    (2.5, "clock_hour", "live", 3.0),  # 150 min / 50
    (2.0, "clock_hour", "live", 2.4),  # 120 min / 50
    (1.75, "clock_hour", "live", 2.0),  # 105 min / 50 = 2.1 -> down to 2.0 in 0.2 steps
    (0.75, "clock_hour", "live", 0.0),  # 45 min = 0.9 CPE: below one full credit
    (0.75, "clock_hour", "self-study", 0.5),  # self-study: half credits, half a credit at least
    (1.2, "clock_hour", "self-study", 1.0),  # 72 min = 1.44 -> 1.0
    (1.0, "CEU", "live", 12.0),  # 10 h = 600 min / 50
])
def test_nasba_cpe(amount: float, unit: str, fmt: str, expected: float) -> None:
    assert worth(CPE, item("2025-01-01", amount, unit, delivery_format=fmt), UNIT_HOURS)[0] == expected


def test_nasba_below_minimum_says_why() -> None:
    amount, reason, note = worth(CPE, item("2025-01-01", 0.75, "clock_hour", delivery_format="live"), UNIT_HOURS)
    assert (amount, reason) == (0.0, "below_minimum") and "0.9 CPE" in note


@pytest.mark.parametrize(("credits", "expected"), [
    (((3.25, "PDU"),), 3.25),
    (((50 / 60, "clock_hour"),), 0.75),  # a 50-minute webinar: 0.83 -> 0.75
    (((1.1, "clock_hour"),), 1.0),
    (((1.0, "CPE"),), 0.75),  # 50 minutes again
    (((0.2, "CEU"),), 2.0),  # 2 hours
])
def test_pmi_quarter_pdus(credits: tuple[tuple[float, str], ...], expected: float) -> None:
    assert worth(PDU, item("2025-01-01", credits=credits), UNIT_HOURS)[0] == expected


def test_ceu_is_ten_contact_hours_and_a_printed_contact_hour_wins() -> None:
    assert worth(CONTACT, item("2025-01-01", 1.5, "CEU"), UNIT_HOURS)[0] == 15.0
    both = item("2025-01-01", credits=((0.8, "CEU"), (7.5, "contact_hour")))
    assert worth(CONTACT, both, UNIT_HOURS)[0] == 7.5  # the rule's own unit as printed beats a conversion
    assert worth(CONTACT, item("2025-01-01", hours=2.0, credits=()), UNIT_HOURS)[0] == 2.0  # hours only
    assert worth(CONTACT, item("2025-01-01", credits=()), UNIT_HOURS)[1] == "no_credits"


def test_fitness_cecs() -> None:
    assert worth(CEC, item("2025-01-01", 0.2, "CEC"), UNIT_HOURS)[0] == 0.2
    assert worth(CEC, item("2025-01-01", 0.5, "CEU"), UNIT_HOURS)[0] == 0.5  # 1 CEU = 1 CEC
    assert worth(CEC, item("2025-01-01", 3, "contact_hour"), UNIT_HOURS)[0] == 0.3  # 0.1 per hour
    assert worth(CEC, item("2025-01-01", 1.5, "contact_hour"), UNIT_HOURS)[0] == 0.1  # 0.15 -> 0.1


def test_accreditation_names_match_as_words() -> None:
    assert accredited((), None)
    assert accredited(("ANCC",), "ANCC Commission on Accreditation")
    assert accredited(("Board of Registered Nursing",), "California Board of Registered Nursing")
    assert not accredited(("ACE",), "ACEP")  # a word, not a prefix
    assert not accredited(("ANCC",), None)


def test_shipped_example_rules_load() -> None:
    rules = load_rules(None)
    shipped = {"rn-example", "cpa-example", "pmp-example", "pe-example", "fitness-example", "teacher-example"}
    assert shipped <= set(rules)
    assert rules["cpa-example"].counting.formats["self-study"].step == 0.5
    assert rules["pe-example"].carry_over_max == 15
    assert all("example" in r.name.lower() for r in rules.values())


def test_user_rules_in_data_dir_add_and_replace(tmp_path: Path) -> None:
    folder = tmp_path / "requirements"
    folder.mkdir()
    (folder / "mine.toml").write_text(
        '[rules.rn-example]\nname = "My board"\ncounting = "contact-hours"\ntotal = 30\nmonths = 24\n'
        '[rules.lpn-mine]\ncounting = { unit = "contact_hour", minutes = 50 }\ntotal = 12\nmonths = 12\n')
    rules = load_rules(str(tmp_path))
    assert rules["rn-example"].total == 30 and rules["rn-example"].minimums == ()  # replaced whole
    assert rules["lpn-mine"].counting.minutes == 50
    assert "cpa-example" in rules
    (folder / "bad.toml").write_text("[rules.x]\ntotal = 1\n")
    load_rules.cache_clear()  # rules are read once per data_dir
    with pytest.raises(ConfigError, match="rule x"):
        load_rules(str(tmp_path))
