from __future__ import annotations

from pathlib import Path

import pytest

from cecingest.knowledge import Knowledge
from cecingest.models import Credit, CreditMention, Field
from cecingest.normalize import hours_from_credits, topic_code


def _hours(kn: Knowledge, *credits: Credit) -> tuple[float | None, list[str]]:
    f, problems = hours_from_credits(Field(tuple(credits), 0.9), kn)
    return f.value, problems


def test_hours_by_the_conversion_table(kn: Knowledge) -> None:
    assert _hours(kn, Credit(0.8, "CEU")) == (8.0, [])
    assert _hours(kn, Credit(2.0, "CPE")) == (1.67, [])
    assert _hours(kn, Credit(0.2, "CEC")) == (2.0, [])
    assert _hours(kn, Credit(3.25, "PDU")) == (3.25, [])


def test_two_units_that_agree(kn: Knowledge) -> None:
    assert _hours(kn, Credit(1.5, "CEU"), Credit(15.0, "contact_hour")) == (15.0, [])


def test_two_units_that_disagree_are_a_problem(kn: Knowledge) -> None:
    hours, problems = _hours(kn, Credit(1.5, "CEU"), Credit(10.0, "contact_hour"))
    assert hours == 10.0
    assert problems == ["credits: 1.5 CEU disagrees with 10 contact_hour"]


def test_topic_from_title(kn: Knowledge) -> None:
    assert topic_code("Infection Control in Long-Term Care", "", kn).value == "infection-control"
    assert topic_code("Opioid Prescribing and Pain Management", "", kn).value == "pharmacology"
    assert topic_code("Behavioral Emergencies and Crew Safety", "", kn).value == "mental-health"


def test_a_phrase_inside_a_longer_one_of_another_topic_does_not_count(kn: Knowledge) -> None:
    # "medication error" (patient safety) holds "medication" (pharmacology); the pharmacy text would break a tie
    f = topic_code("Medication Error Prevention", "Accredited by the pharmacy board", kn)
    assert f.value == "patient-safety" and f.confidence > 0.8


def test_declared_field_of_study_wins(kn: Knowledge) -> None:
    f = topic_code("Year-End Update", "Field of Study: Taxation  Delivery: Self Study", kn)
    assert (f.value, f.confidence) == ("taxation", 0.9)


def test_unknown_topic_is_other_with_low_confidence(kn: Knowledge) -> None:
    f = topic_code("Basket Weaving", "", kn)
    assert f.value == "other" and f.confidence < 0.5


def test_bare_credits_take_the_accrediting_bodys_unit(kn: Knowledge) -> None:
    from cecingest.normalize import credits_in_accreditor_unit

    generic = Field((Credit(0.5, "CE"),), 0.9)
    bare = Field((CreditMention(0.5, "Credits"),), 0.9)
    assert credits_in_accreditor_unit(generic, bare, "NASM", kn).value == (Credit(0.5, "CEC"),)
    assert credits_in_accreditor_unit(generic, bare, None, kn).value == (Credit(0.5, "CE"),)
    # "CPD hours" name a (generic) system of their own: the accreditor does not rename them.
    named = Field((CreditMention(0.5, "CPD hours"),), 0.9)
    assert credits_in_accreditor_unit(generic, named, "NASM", kn).value == (Credit(0.5, "CE"),)


def test_hours_awarded_take_the_accrediting_bodys_unit(kn: Knowledge) -> None:
    from cecingest.normalize import credits_in_accreditor_unit
    from cecingest.parse.credits import AWARDED_HOURS

    generic = Field((Credit(8.0, "CE"),), 0.9)
    awarded = Field((CreditMention(8.0, AWARDED_HOURS),), 0.9)
    assert credits_in_accreditor_unit(generic, awarded, "ACPE", kn).value == (Credit(8.0, "contact_hour"),)


def test_duration_beside_a_credit_agrees_within_rounding(kn: Knowledge) -> None:
    assert _hours(kn, Credit(1.0, "clock_hour"), Credit(1.0, "CPE")) == (0.83, [])
    _, problems = _hours(kn, Credit(3.0, "clock_hour"), Credit(4.0, "clock_hour"))
    assert problems  # "(3 hours)" in the title and "4-hour course": a conflict


def test_title_outweighs_the_rest_of_the_page(kn: Knowledge) -> None:
    page = "Continuing Legal Education · professional responsibility · ethics and professionalism requirement"
    assert topic_code("Literacy Strategies for Middle School Teachers", page, kn).value == "education"


def test_engineering_words_make_other_win_over_shared_health_words(kn: Knowledge) -> None:
    assert topic_code("Pavement Design and Rehabilitation", "", kn).value == "other"
    assert topic_code("Injury Rehabilitation for Runners", "", kn).value == "injury-prevention"


def test_equal_title_counts_go_to_the_topic_named_first_not_to_the_audience_on_the_page(kn: Knowledge) -> None:
    # "for Nurses" is the audience; a nursing board's statement on the page must not turn the subject into it
    page = "State Jurisprudence for Nurses. Approved by the Texas Board of Nursing for nurses: 2.0 contact hours."
    assert topic_code("State Jurisprudence for Nurses", page, kn).value == "regulatory-compliance"
    assert topic_code("Antibiotic Selection in Primary Care", "", kn).value == "pharmacology"
    assert topic_code("Stormwater Management Design", "", kn).value == "other"


def test_a_neutral_phrase_hides_the_topic_word_inside_it(kn: Knowledge) -> None:
    # "evidence" is the law of evidence only outside "evidence-based" and "what the evidence says"
    assert topic_code("Intermittent Fasting: What the Evidence Says", "", kn).value == "nutrition"
    assert topic_code("Evidence-Based Teaching Strategies", "", kn).value == "education"
    assert topic_code("Evidence for Trial Lawyers", "", kn).value == "law-practice"


def test_field_of_study_takes_the_longest_topic_phrase_at_its_start(kn: Knowledge) -> None:
    # NASBA's field names: "Regulatory Ethics" is ethics (not regulatory compliance), "Taxes" is taxation
    assert topic_code("Morning Keynote", "Field of Study: Regulatory Ethics  CPE: 1.0", kn).value == "ethics"
    assert topic_code("Breakout 7", "Field of Study: Taxes  CPE Credits: 1.5", kn).value == "taxation"
    assert topic_code("Team Day", "Field of Study: Personnel/Human Resources", kn).value == "leadership"


def test_user_neutral_phrases_extend_the_shipped_ones(tmp_path: Path) -> None:
    from cecingest.knowledge import load_knowledge

    (tmp_path / "topics.toml").write_text('[neutral]\nwords = ["legal pad"]\n')
    kn = load_knowledge(str(tmp_path))
    assert "evidence-based" in kn.topic_neutral and "legal pad" in kn.topic_neutral
    assert topic_code("Legal Pad Sketching", "", kn).value == "other"


@pytest.mark.parametrize(("title", "topic"), [
    ("Reducing Salt Intake in Heart Failure", "patient-care"),
    ("Swift Recognition of Sepsis", "patient-care"),
    ("Management of Hypertension in Older Adults", "patient-care"),
    ("SALT Deduction Workarounds", "taxation"),
])
def test_words_with_another_sense_do_not_claim_a_topic(kn: Knowledge, title: str, topic: str) -> None:
    assert topic_code(title, "", kn).value == topic


@pytest.mark.parametrize(("accreditor", "unit"), [("APA", "CE"), ("ASWB", "CE"), ("NASM", "CEC"), (None, "CEC")])
def test_continuing_education_credits_are_cecs_only_under_a_body_counting_in_cecs(
        kn: Knowledge, accreditor: str | None, unit: str) -> None:
    from cecingest.normalize import generic_ce_credits
    mentions = Field((CreditMention(3.0, "continuing education credits"),), 0.9)
    f = generic_ce_credits(Field((Credit(3.0, "CEC"),), 0.9), mentions, accreditor, kn)
    assert f.value == (Credit(3.0, unit),)


def test_spelled_out_cec_names_come_from_units_toml(tmp_path: Path) -> None:
    from cecingest.knowledge import load_knowledge
    from cecingest.normalize import generic_ce_credits
    (tmp_path / "units.toml").write_text('[units.CEC]\naliases = ["fitness education credits"]\n')
    kn = load_knowledge(str(tmp_path))
    mentions = Field((CreditMention(3.0, "fitness education credits"),), 0.9)
    f = generic_ce_credits(Field((Credit(3.0, "CEC"),), 0.9), mentions, "APA", kn)
    assert f.value == (Credit(3.0, "CE"),)
    mentions = Field((CreditMention(3.0, "CECs"),), 0.9)  # the code names the CEC under any body
    assert generic_ce_credits(Field((Credit(3.0, "CEC"),), 0.9), mentions, "APA", kn).value == (Credit(3.0, "CEC"),)


@pytest.mark.parametrize(("title", "topic"), [
    ("Periodontal Therapy Update", "patient-care"),
    ("Local Anesthesia Review for the Dental Team", "pharmacology"),
    ("Medical Emergencies in the Dental Office", "patient-safety"),
    ("Zoonotic Disease Prevention in the Small Animal Clinic", "infection-control"),
    ("Anesthesia Monitoring for the Veterinary Technician", "patient-care"),
])
def test_dental_and_veterinary_titles(kn: Knowledge, title: str, topic: str) -> None:
    assert topic_code(title, "", kn).value == topic
