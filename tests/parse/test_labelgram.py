from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cecingest.knowledge import Knowledge
from cecingest.parse import reading_lines
from cecingest.parse.dates import parse_dates
from cecingest.parse.labelgram import label_field, line_label
from cecingest.parse.layout import paragraphs
from cecingest.parse.names import parse_course_title, parse_participant, parse_provider
from tests.helpers import document, knowledge_with_labels


@pytest.mark.parametrize(("label", "field"), [
    ("Educational Offering", "course_title"),
    ("Title of Offering", "course_title"),
    ("CE Program Completed", "course_title"),
    ("Tutorial Name", "course_title"),
    ("Sponsoring Institution", "provider"),
    ("Name of Activity Sponsor", "provider"),
    ("Credential Holder", "participant"),
    ("Name of Enrollee", "participant"),
    ("Offering Date", "completion_date"),
    ("Completion Code", "certificate_id"),
    ("Course Level", "other"),
    ("Lead Instructor", "other"),
    ("Diabetes Management", None),
])
def test_a_label_is_read_by_its_head(kn: Knowledge, label: str, field: str | None) -> None:
    assert label_field(label, kn) == field


@pytest.mark.parametrize("label", [
    "Job Title", "Position Title", "Employee Title",  # a person's job, not a course
    "Employing Organization", "Home Agency", "Attendee Organization",  # the learner's employer, not the provider
    "Instructor Name", "Faculty Member",  # someone else than the learner
    "Expiration Date", "Course Expiration Date", "Date of Birth",  # no day of attendance
    "Program Code", "Member ID",  # another code than the certificate's
])
def test_vetoes_send_a_label_to_no_field(kn: Knowledge, label: str) -> None:
    assert label_field(label, kn) == "other"


def test_known_labels_are_left_to_the_lists(kn: Knowledge) -> None:
    assert line_label("Course Title: Wound Care", kn) is None
    assert line_label("Title of Offering: Wound Care", kn) == ("Title of Offering", "course_title")


def _fields(kn: Knowledge, *rows: str) -> tuple[str | None, str | None, str | None]:
    lines = reading_lines(document(*rows), kn)
    participant = parse_participant(lines, kn)
    title = parse_course_title(lines, kn, participant.value)
    provider = parse_provider(lines, paragraphs(lines), kn, (), title.value)
    return participant.value, title.value, provider.value


def test_unknown_labels_place_their_values(kn: Knowledge) -> None:
    got = _fields(kn, "Verification of Continuing Education", "Enrollee: Priya Raman",
                  "Offering Title: Trauma-Informed Approaches in Primary Care",
                  "Presenting Organization: Riverbend Behavioral Health Collaborative", "Contact Hours: 2.0")
    assert got == ("Priya Raman", "Trauma-Informed Approaches in Primary Care",
                   "Riverbend Behavioral Health Collaborative")


def test_a_title_found_by_the_grammar_ranks_below_a_listed_label(kn: Knowledge) -> None:
    lines = reading_lines(document("Learner: Priya Raman", "Tutorial Name: Ventilator Weaning Protocols",
                                   "Course Title: Safe Medication Reconciliation"), kn)
    assert parse_course_title(lines, kn, "Priya Raman").value == "Safe Medication Reconciliation"
    lines = reading_lines(document("Learner: Priya Raman", "Tutorial Name: Ventilator Weaning Protocols"), kn)
    title = parse_course_title(lines, kn, "Priya Raman")
    assert title.value == "Ventilator Weaning Protocols" and title.confidence < 0.9


def test_other_labels_values_stay_out_of_title_and_provider(kn: Knowledge) -> None:
    _, title, provider = _fields(kn, ("Cascade Valley Nursing Institute", 14), "Learner: Marcus Bell",
                                 "Home Organization: Westlake Community Clinic", "Learner Position: Staff Nurse",
                                 "has successfully completed", ("Ventilator Weaning Protocols", 16))
    assert title == "Ventilator Weaning Protocols"
    assert provider == "Cascade Valley Nursing Institute"


def test_a_longer_label_is_no_part_of_the_title(kn: Knowledge) -> None:
    _, title, _ = _fields(kn, "Learner: Marcus Bell", "Educational Activity Title: Ventilator Weaning Protocols")
    assert title == "Ventilator Weaning Protocols"


def test_a_head_added_in_the_toml_is_honoured(tmp_path: Path, kn: Knowledge) -> None:
    assert label_field("Sponsoring Guild", kn) is None
    extended = knowledge_with_labels(tmp_path, '[label_heads]\nprovider = ["guild"]\nvetoes = ["guild title"]\n')
    assert label_field("Sponsoring Guild", extended) == "provider"
    assert label_field("Guild Title", extended) == "other"


@pytest.mark.parametrize("title", ["The Adult Learner: Principles of Teaching", "Caring for the Older Patient: Falls"])
def test_a_titles_head_is_no_label(kn: Knowledge, title: str) -> None:
    assert line_label(title, kn) is None


def test_a_vetoed_days_label_keeps_its_date_out(kn: Knowledge) -> None:
    lines = reading_lines(document("Enrollee: Priya Raman", "Offering Title: Wound Care Basics",
                                   "Day of Session: 04/12/2025", "Hire Date: 01/05/2019"), kn)
    assert parse_dates(lines, kn, "mdy")[0].value == dt.date(2025, 4, 12)


def test_an_employer_label_a_list_knows_stays_the_employers(kn: Knowledge) -> None:
    assert line_label("Company: Brightwater Health Trust", kn) is None
    _, _, provider = _fields(kn, ("Clearwater Professional CE Center", 16), "Record of Product Training",
                             "Delegate: Kofi Obrien", "Company: Brightwater Health Trust",
                             "Training: State Jurisprudence for Nurses")
    assert provider == "Clearwater Professional CE Center"


@pytest.mark.parametrize("text", ["Cert. No.: 2005-008964", "Registration #: RN 1234", "Entered by the participant: x"])
def test_listed_labels_and_sentences_are_no_grammar_labels(kn: Knowledge, text: str) -> None:
    assert line_label(text, kn) is None


def test_a_days_label_read_as_the_activitys_holds_the_title(kn: Knowledge) -> None:
    lines = reading_lines(document("Learner: Jane Doe", "Module Completed: Infection Control for Healthcare Workers",
                                   "Date Completed: 03/03/2025"), kn)
    assert parse_course_title(lines, kn, "Jane Doe").value == "Infection Control for Healthcare Workers"
    lines = reading_lines(document("Learner: Jane Doe", "Module Completed: 03/03/2025"), kn)
    assert parse_course_title(lines, kn, "Jane Doe").value != "03/03/2025"
