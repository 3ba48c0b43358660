from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from cecingest.knowledge import Knowledge
from cecingest.models import ExtractedDocument, Page, SourceInfo, Word
from cecingest.parse import reading_lines
from cecingest.parse.layout import document_lines, join_label_cells, page_lines, paragraphs
from cecingest.parse.names import (
    is_name_like,
    not_name_words,
    parse_course_title,
    parse_participant,
    parse_provider,
)
from tests.helpers import document, document_of_words, knowledge_with_labels, words_of_line


def test_name_after_certify_phrase_on_its_own_line(kn: Knowledge) -> None:
    lines = document_lines(document("This certifies that", ("Jane Q. Doe, RN", 24), "has successfully completed"))
    f = parse_participant(lines, kn)
    assert f.value == "Jane Q. Doe, RN"
    assert f.evidence is not None and f.evidence.page == 1


def test_labeled_participant(kn: Knowledge) -> None:
    lines = document_lines(document("Participant: Samuel Okafor", "Course: Cloud Security Basics"))
    assert parse_participant(lines, kn).value == "Samuel Okafor"


def test_name_in_a_sentence(kn: Knowledge) -> None:
    lines = document_lines(document("Dr. Ann Lee participated in the Grand Rounds lecture series"))
    assert parse_participant(lines, kn).value == "Dr. Ann Lee"


@pytest.mark.parametrize("sentence", [
    "We are pleased to confirm that Omar Haddad, CPA finished Lease Accounting Update on May 2, 2025.",
    "Our records show that Omar Haddad, CPA took part in Lease Accounting Update on May 2, 2025.",
    "The registrar attests that Omar Haddad, CPA passed the Lease Accounting Update exam.",
    "Our records show that Omar Haddad, CPA checked in and completed the session evaluations.",
])
def test_a_letter_names_the_participant_in_its_sentence(kn: Knowledge, sentence: str) -> None:
    lines = document_lines(document(sentence, ("Leila Valdez, MBA", 11), "Director, Professional Development"))
    assert parse_participant(lines, kn).value == "Omar Haddad, CPA"


def test_signatory_is_not_taken_when_a_label_names_the_participant(kn: Knowledge) -> None:
    lines = document_lines(document(
        ("Margaret Olsen, DNP", 14), "Director of Education", "Awarded to", ("Priya Raman", 22)
    ))
    assert parse_participant(lines, kn).value == "Priya Raman"


def test_largest_name_line_is_a_low_confidence_fallback(kn: Knowledge) -> None:
    lines = document_lines(document(("CERTIFICATE", 30), ("Tomas Lindqvist", 26), ("Small Print Person", 8)))
    f = parse_participant(lines, kn)
    assert f.value == "Tomas Lindqvist"
    assert f.confidence < 0.7


def test_is_name_like(kn: Knowledge) -> None:
    assert is_name_like("Jane Q. Doe, RN, BSN", kn)
    assert is_name_like("C E HOFFMAN", kn) is True
    assert not is_name_like("Certificate of Completion", kn)
    assert not is_name_like("Director of Education", kn)
    assert not is_name_like("Room 101 Annex", kn)


def test_title_after_completed_phrase(kn: Knowledge) -> None:
    lines = document_lines(document("has successfully completed", ("Infection Control in Long-Term Care", 18),
                                    "for 1.5 contact hours"))
    assert parse_course_title(lines, kn, None).value == "Infection Control in Long-Term Care"


def test_wrapped_title_is_joined(kn: Knowledge) -> None:
    lines = document_lines(document("has completed", ("Advanced Cardiac Life Support for", 18),
                                    ("Rural Emergency Departments", 18), "Date: May 2, 2025"))
    assert parse_course_title(lines, kn, None).value == "Advanced Cardiac Life Support for Rural Emergency Departments"


def test_labeled_title_drops_trailing_date(kn: Knowledge) -> None:
    lines = document_lines(document("Course Title: HIPAA Policy Review on February 5, 2025"))
    assert parse_course_title(lines, kn, None).value == "HIPAA Policy Review"


def test_provider_from_accreditation_sentence(kn: Knowledge) -> None:
    lines = document_lines(document(
        "Acme Health Learning is accredited as a provider of nursing continuing professional",
        "development by the American Nurses Credentialing Center's Commission on Accreditation.",
    ))
    names = kn.accreditors["ANCC"]
    assert parse_provider(lines, paragraphs(lines), kn, names).value == "Acme Health Learning"


def test_labeled_provider(kn: Knowledge) -> None:
    lines = document_lines(document("Provided by: Northwind Training Institute"))
    assert parse_provider(lines, paragraphs(lines), kn, ()).value == "Northwind Training Institute"


def test_description_after_completed_is_not_the_title(kn: Knowledge) -> None:
    lines = document_lines(document("participated in the live activity entitled",
                                    ("Safe Opioid Prescribing: 2025 Update", 16), "Date: November 10, 2025"))
    assert parse_course_title(lines, kn, None).value == "Safe Opioid Prescribing: 2025 Update"


def test_entitled_on_the_same_line(kn: Knowledge) -> None:
    lines = document_lines(document("has completed the course entitled Wound Care Basics"))
    assert parse_course_title(lines, kn, None).value == "Wound Care Basics"


def test_title_without_any_wording_falls_back_to_font_size(kn: Knowledge) -> None:
    lines = document_lines(document(("CERTIFICATE OF COMPLETION", 11), ("Python for Data Analysis", 36),
                                    ("Maya Fischer", 28)))
    f = parse_course_title(lines, kn, "Maya Fischer")
    assert f.value == "Python for Data Analysis" and f.confidence < 0.7


def test_label_phrase_at_the_end_of_a_line(kn: Knowledge) -> None:
    lines = document_lines(document("is proudly presented to", ("Tyler Brooks", 30)))
    assert parse_participant(lines, kn).value == "Tyler Brooks"


def test_organisation_is_not_a_name(kn: Knowledge) -> None:
    lines = document_lines(document(("Blue Ridge Bodywork Institute", 30), ("Jordan Ellis", 20)))
    assert parse_participant(lines, kn).value == "Jordan Ellis"


def test_provider_before_acronym_and_approval_words(kn: Knowledge) -> None:
    lines = document_lines(document("Keystone Project Academy is a PMI Authorized Training Partner (ATP #4187)."))
    assert parse_provider(lines, paragraphs(lines), kn, kn.accreditors["PMI"]).value == "Keystone Project Academy"


def test_letterhead_with_department_keeps_the_organisation(kn: Knowledge) -> None:
    lines = document_lines(document("St. Brendan Medical Center · Clinical Education Department"))
    assert parse_provider(lines, paragraphs(lines), kn, ()).value == "St. Brendan Medical Center"


def test_sentence_is_not_an_organisation(kn: Knowledge) -> None:
    lines = document_lines(document(("attended the professional development workshop", 14),
                                    ("Riverbend Regional Education Service Center", 12)))
    assert parse_provider(lines, paragraphs(lines), kn, ()).value == "Riverbend Regional Education Service Center"


def test_labelled_title_that_wraps(kn: Knowledge) -> None:
    words = words_of_line("Course: Leading Through Change: Communication Strategies", 72)
    wrapped = words_of_line("for HR Business Partners", 72 + 12 * 1.3, left=130)
    lines = page_lines(1, words + wrapped)
    assert parse_course_title(lines, kn, None).value == \
        "Leading Through Change: Communication Strategies for HR Business Partners"


def test_instructor_after_a_bar_is_not_in_the_title(kn: Knowledge) -> None:
    lines = document_lines(document("attended the webcast", ("Threat Hunting with Flow Data | Dana Whitcomb", 17)))
    assert parse_course_title(lines, kn, None).value == "Threat Hunting with Flow Data"


def test_provider_with_a_legal_suffix(kn: Knowledge) -> None:
    lines = document_lines(document("Cedar Hollow Career Learning, LLC is accredited by the ANCC."))
    assert parse_provider(lines, paragraphs(lines), kn, ()).value == "Cedar Hollow Career Learning, LLC"


def test_signatory_for_the_provider_is_not_the_provider(kn: Knowledge) -> None:
    lines = document_lines(document("Mountain View Health Education Council · Clinical Education Department",
                                    "Catherine Boyle, MSN, RN — Clinical Education Manager"))
    assert parse_provider(lines, paragraphs(lines), kn, ()).value == "Mountain View Health Education Council"


def test_a_title_in_title_case_is_not_a_name(kn: Knowledge) -> None:
    lines = document_lines(document(("Medication Error Prevention", 36), ("Bianca Gutierrez, CISSP", 28)))
    assert parse_participant(lines, kn).value == "Bianca Gutierrez, CISSP"


def test_provider_statement_with_a_provider_number_aside(kn: Knowledge) -> None:
    lines = document_lines(document("Heritage Security Academy, provider #1523, is approved as an ACE provider"))
    assert parse_provider(lines, paragraphs(lines), kn, ()).value == "Heritage Security Academy"


def test_provider_statement_starts_after_the_sentence_before(kn: Knowledge) -> None:
    lines = document_lines(document("Regulator: Ohio Department of Insurance. Highland School of Insurance is approved "
                                    "by the Ohio Department of Insurance to offer continuing education."))
    assert parse_provider(lines, paragraphs(lines), kn, ()).value == "Highland School of Insurance"


def test_an_abbreviation_inside_the_provider_s_name_ends_no_sentence(kn: Knowledge) -> None:
    lines = document_lines(document("Pacific Natl. Nursing Institute is an approved provider of continuing education "
                                    "by the California Board of Registered Nursing."))
    assert parse_provider(lines, paragraphs(lines), kn, ()).value == "Pacific Natl. Nursing Institute"


def test_a_department_under_the_organisation_is_not_the_provider(kn: Knowledge) -> None:
    lines = document_lines(document(("Falcon Ridge Academy of Nutrition", 15), ("Education Department", 9),
                                    ("Certificate of Attendance", 20)))
    assert parse_provider(lines, paragraphs(lines), kn, ()).value == "Falcon Ridge Academy of Nutrition"


def test_a_licence_type_is_not_the_provider(kn: Knowledge) -> None:
    lines = document_lines(document(("Valley School of Insurance", 17), ("Certificate of Completion", 20),
                                    ("License Type: Life, Accident & Health", 10)))
    assert parse_provider(lines, paragraphs(lines), kn, ()).value == "Valley School of Insurance"


def test_kind_of_education_is_not_the_provider(kn: Knowledge) -> None:
    lines = document_lines(document(("Heritage Security Academy", 14), ("Certificate of Completion", 30),
                                    ("Social Work Continuing Education", 16)))
    assert parse_provider(lines, paragraphs(lines), kn, ()).value == "Heritage Security Academy"


def test_document_heading_is_not_the_provider(kn: Knowledge) -> None:
    lines = document_lines(document(("Heritage Nursing Association", 10),
                                    ("Statement of Continuing Pharmacy Education", 30)))
    assert parse_provider(lines, paragraphs(lines), kn, ()).value == "Heritage Nursing Association"


def test_a_legal_suffix_alone_is_no_provider(kn: Knowledge) -> None:
    lines = document_lines(document(("Redwood Security Learning, LLC", 14),
                                    "earning, LLC is accredited by the Accreditation Council for Pharmacy Education"))
    assert parse_provider(lines, paragraphs(lines), kn, ()).value == "Redwood Security Learning, LLC"


def test_participant_who_also_signs_is_doubted(kn: Knowledge) -> None:
    lines = document_lines(document("This certifies that", ("Harold Lin, MD", 24), "completed the course",
                                    "Harold Lin, MD — Course Director"))
    found = parse_participant(lines, kn)
    assert found.value == "Harold Lin, MD"
    assert found.confidence < 0.5 and "signatory" in found.note


def test_logo_initials_beside_the_provider_name_are_dropped(kn: Knowledge) -> None:
    lines = document_lines(document(("Granite Data Education Partners", 14), ("GDE", 14), ("Jane Doe", 30)))
    paras = paragraphs(lines)
    assert parse_provider(lines, paras, kn, ()).value == "Granite Data Education Partners"


def test_provider_named_inside_a_sentence(kn: Knowledge) -> None:
    lines = document_lines(document("This is to certify that Sami Kaplan attended Employment Law presented by",
                                    "Cascade Professional Society on Feb 18, 2025 and earned 6 CLE hours."))
    paras = paragraphs(lines)
    assert parse_provider(lines, paras, kn, ()).value == "Cascade Professional Society"
    assert parse_course_title(lines, kn, "Sami Kaplan").value == "Employment Law"


def test_quoted_title_that_wraps(kn: Knowledge) -> None:
    lines = document_lines(document("Liam Eriksen has completed the continuing education activity “Kubernetes for",
                                    "Operations Teams” on 1/14/2020. Acme awards 7.00 credit hours."))
    assert parse_course_title(lines, kn, "Liam Eriksen").value == "Kubernetes for Operations Teams"


def test_name_before_a_sentence_that_wraps(kn: Knowledge) -> None:
    lines = document_lines(document("This certifies that Stefan S. McAllister, PharmD has successfully",
                                    "completed State Jurisprudence for Nurses."))
    assert parse_participant(lines, kn).value == "Stefan S. McAllister, PharmD"


def test_a_description_of_the_activity_is_no_title(kn: Knowledge) -> None:
    lines = document_lines(document("attended the following CPD programme",
                                    ("Phishing Defense for Small Organizations", 16)))
    assert parse_course_title(lines, kn, None).value == "Phishing Defense for Small Organizations"


def test_email_sender_is_the_provider_without_its_address(kn: Knowledge) -> None:
    lines = document_lines(document("From: Brightwater Security Training Institute <noreply@bsti.org>",
                                    "To: cmendoza77@mailbox.example", "Format: Group Internet Based"))
    assert parse_provider(lines, paragraphs(lines), kn, ()).value == "Brightwater Security Training Institute"


def test_a_person_sending_a_memo_is_not_the_provider(kn: Knowledge) -> None:
    lines = document_lines(document("From: Ann Lee", "Delivery Format: Group Internet Based",
                                    ("Harbor Professional Seminars", 14)))
    assert parse_provider(lines, paragraphs(lines), kn, ()).value == "Harbor Professional Seminars"


def test_the_provider_named_in_a_sentence_is_not_the_title(kn: Knowledge) -> None:
    lines = document_lines(document(("Fairview Wellness Professional Education", 8.7), ("Ana Kowalczyk", 13),
                                    ("Exercise Physiology for Personal Trainers", 8.1),
                                    ("Fairview Wellness Professional Education is an ACE Education Provider.", 5)))
    assert parse_course_title(lines, kn, "Ana Kowalczyk").value == "Exercise Physiology for Personal Trainers"


def test_words_about_attending_are_no_title(kn: Knowledge) -> None:
    lines = document_lines(document("Session: Confidentiality and Duty to Warn",
                                    "I certify that I attended the program in full and recorded each code."))
    assert parse_course_title(lines, kn, None).value == "Confidentiality and Duty to Warn"


def test_a_one_word_provider_is_doubtful(kn: Knowledge) -> None:
    one = parse_provider(document_lines(document("Sponsor: PARTNER")), [], kn, ())
    two = parse_provider(document_lines(document("Sponsor: Coastal Security Institute")), [], kn, ())
    assert one.value == "PARTNER" and two.value == "Coastal Security Institute"
    assert one.confidence < two.confidence


def test_an_organisation_named_in_a_statement_beats_a_one_word_caption(kn: Knowledge) -> None:
    lines = document_lines(document("Harbor Safety Council is accredited by IACET.", "SPONSOR: PARTNER"))
    found = parse_provider(lines, paragraphs(lines), kn, ())
    assert found.value == "Harbor Safety Council"


def test_a_site_header_naming_an_institute_beats_a_one_word_caption(kn: Knowledge) -> None:
    lines = document_lines(document(("Pinecrest Security Institute", 11), "Ann Lee", "SPONSOR: PARTNER"))
    assert parse_provider(lines, paragraphs(lines), kn, ()).value == "Pinecrest Security Institute"
    brand = document_lines(document(("Wellness Today", 11), "Sponsor: Relias"))
    assert parse_provider(brand, paragraphs(brand), kn, ()).value == "Relias"


def test_a_large_line_named_again_as_what_was_completed_is_the_title(kn: Knowledge) -> None:
    sentence = "Earners of this credential completed Gut Health and the Microbiome and the test."
    lines = document_lines(document(("Verified Badge", 11), ("Gut Health and the Microbiome", 19), (sentence, 9)))
    assert parse_course_title(lines, kn, None).value == "Gut Health and the Microbiome"


def test_a_table_value_with_a_colon_is_still_the_value(kn: Knowledge) -> None:
    words = (words_of_line("Activity", 100, 9, left=212) + words_of_line("Credits", 100, 9, left=423)
             + words_of_line("Leading Through Change: Practical", 118, 9, left=212)
             + words_of_line("2.00 HRCI credits", 118, 9, left=423))
    texts = [ln.text for ln in join_label_cells(page_lines(1, words), kn.label_phrases())]
    assert "Activity: Leading Through Change: Practical" in texts


def test_a_weekday_after_the_provider_is_not_part_of_its_name(kn: Knowledge) -> None:
    lines = document_lines(document("presented by Granite Data Education Partners", "Thursday, August 18, 2022"))
    assert parse_provider(lines, paragraphs(lines), kn, ()).value == "Granite Data Education Partners"


def test_a_heading_about_hours_is_no_provider(kn: Knowledge) -> None:
    lines = document_lines(document(("Professional Learning Clock Hours", 19), ("Westfield Education CE Center", 11)))
    assert parse_provider(lines, paragraphs(lines), kn, ()).value == "Westfield Education CE Center"


def test_a_signature_scrawl_read_by_ocr_is_not_the_name(kn: Knowledge) -> None:
    scrawl = document(("VAY OORAN", 50), confidence=0.3)
    page = document(("Certificate of Participation", 40), ("Jorge Iversen, PA-C", 34.7), confidence=0.93)
    words = tuple(page.pages[0].words) + tuple(
        dataclasses.replace(w, top=w.top + 600, bottom=w.bottom + 600) for w in scrawl.pages[0].words)
    doc = dataclasses.replace(page, pages=(dataclasses.replace(page.pages[0], words=words),))
    assert parse_participant(document_lines(doc), kn).value == "Jorge Iversen, PA-C"


def test_a_course_code_line_between_the_phrase_and_the_title_is_skipped(kn: Knowledge) -> None:
    for code in ("Course IS-00063.b", "Course code: NUR-118", "AE-436-OL"):
        lines = document_lines(document("has completed", (code, 9), ("Geotechnical Site Investigation", 16),
                                        "Date: May 2, 2025"))
        assert parse_course_title(lines, kn, None).value == "Geotechnical Site Investigation", code


def test_a_length_after_the_title_is_not_part_of_it(kn: Knowledge) -> None:
    lines = document_lines(document("has completed", ("Cyber Incident Management - 1 Hour", 16)))
    assert parse_course_title(lines, kn, None).value == "Cyber Incident Management"
    lines = document_lines(document("Course Title: Ethics Update - 2.5 hours"))
    assert parse_course_title(lines, kn, None).value == "Ethics Update"


def test_logo_initials_before_the_provider_name_are_dropped(kn: Knowledge) -> None:
    lines = document_lines(document(("LPE Lakeshore Professional Education Partners", 15), ("Jane Doe", 30)))
    assert parse_provider(lines, paragraphs(lines), kn, ()).value == "Lakeshore Professional Education Partners"


def test_presenters_named_after_presented_by_are_not_the_provider(kn: Knowledge) -> None:
    lines = document_lines(document(
        ("Presented by Stefan Underwood and Sami Esposito", 11), ("Date: May 2, 2025", 10),
        ("Highland Professional Seminars is approved by the State Board as a provider of continuing education.", 7),
    ))
    assert parse_provider(lines, paragraphs(lines), kn, ()).value == "Highland Professional Seminars"


def test_a_footer_naming_whom_to_contact_gives_the_provider(kn: Knowledge) -> None:
    lines = document_lines(document(("LSA", 18), ("Helga Mendoza", 28), ("PDH: 1.0", 10),
                                    ("Questions about this certificate? Contact Lakeshore Safety Association at "
                                     "ce@lsa.org", 7)))
    assert parse_provider(lines, paragraphs(lines), kn, ()).value == "Lakeshore Safety Association"
    hours = document_lines(document(("Contact Hours Awarded: 3", 10)))
    assert parse_provider(hours, paragraphs(hours), kn, ()).value is None


def test_a_labelled_length_is_no_title(kn: Knowledge) -> None:
    lines = document_lines(document("has completed", ("Sport-Specific Conditioning Plans", 16),
                                    ("Workshop: 30 min · Hands-on lab: 4 h", 11)))
    assert parse_course_title(lines, kn, None).value == "Sport-Specific Conditioning Plans"


def _ocr_document(lines: list[list[Word]]) -> ExtractedDocument:
    words = tuple(w for line in lines for w in line)
    page = Page(1, 1700.0, 2200.0, words, "ocr")
    return ExtractedDocument(SourceInfo("scan.png", "0" * 64, "image/png", 1, 1, "ocr"), (page,))


def test_a_scanned_logo_read_as_noise_before_the_provider_name_is_dropped(kn: Knowledge) -> None:
    mark = Word("'j-Yea)", 118, 93, 194, 124, 31, 0.0)
    name = words_of_line("Fairview Professional CE Center", 86, 32, left=242, confidence=0.95)
    lines = document_lines(_ocr_document([[mark, *name], words_of_line("Ana Lee", 300, 60, left=200)]))
    assert parse_provider(lines, paragraphs(lines), kn, ()).value == "Fairview Professional CE Center"
    # a word read with confidence and set close to the name stays
    near = Word("Fairview", 118, 93, 230, 124, 31, 0.9)
    rest = words_of_line("Professional CE Center", 86, 32, left=240, confidence=0.95)
    lines = document_lines(_ocr_document([[near, *rest], words_of_line("Ana Lee", 300, 60, left=200)]))
    assert parse_provider(lines, paragraphs(lines), kn, ()).value == "Fairview Professional CE Center"


def test_name_after_a_label_no_list_knows(kn: Knowledge) -> None:
    lines = document_lines(document("Golden Gate Clinical Society", ("Certificate of Attendance", 16),
                                    "Earner: Darius G. Novak, RPh", "Class: Managing Drug Interactions",
                                    "Facilitator: Dr. Xavier Forsberg", "Marisol Forsberg, PhD", "Nurse Planner"))
    f = parse_participant(lines, kn)
    assert f.value == "Darius G. Novak, RPh"
    assert f.confidence < 0.9  # the label is a guess


def test_a_label_naming_someone_elses_part_is_no_participant(kn: Knowledge) -> None:
    lines = document_lines(document(("Certificate of Attendance", 16), "Facilitator: Dr. Xavier Forsberg",
                                    ("Jane Q. Doe", 14)))
    assert parse_participant(lines, kn).value == "Jane Q. Doe"


def test_a_name_above_a_role_signs(kn: Knowledge) -> None:
    lines = document_lines(document(("Certificate of Attendance", 16), ("Jane Q. Doe", 13),
                                    "for attending the annual review", ("Marisol Forsberg, PhD", 14), "Nurse Planner"))
    assert parse_participant(lines, kn).value == "Jane Q. Doe"


def test_a_signatory_who_is_the_only_name_is_a_weak_guess(kn: Knowledge) -> None:
    # A letter names its participant only inside a sentence the rules do not know; the one name line signs.
    lines = document_lines(document("Our office is glad to report that the course was finished on time.",
                                    ("Leila Valdez, MBA", 11), "Director, Professional Development"))
    found = parse_participant(lines, kn)
    assert found.value == "Leila Valdez, MBA" and found.confidence < 0.3


def test_a_title_with_a_colon_is_no_label(kn: Knowledge) -> None:
    lines = document_lines(document(("RECORD OF COMPLETION", 8), ("FARAH SORENSEN", 15),
                                    ("Chronic Kidney Disease: Nursing Assessment and Care", 9), ("Modality:", 6),
                                    ("Live seminar", 7)))
    title = parse_course_title(lines, kn, "FARAH SORENSEN").value
    assert title == "Chronic Kidney Disease: Nursing Assessment and Care"


def test_a_date_below_attended_is_no_title(kn: Knowledge) -> None:
    lines = document_lines(document(("RITA PAPADOPOULOS", 16), ("Bridge Load Rating Methods", 9), ("Attended:", 6),
                                    ("December 19 through December 22, 2024", 7.5)))
    assert parse_course_title(lines, kn, "RITA PAPADOPOULOS").value == "Bridge Load Rating Methods"


def _provider_of(kn: Knowledge, *lines: str | tuple[str, float]) -> str | None:
    found = document_lines(document(*lines))
    return parse_provider(found, paragraphs(found), kn, ()).value


def test_a_caption_read_into_the_providers_line_is_no_part_of_it(kn: Knowledge) -> None:
    assert _provider_of(kn, ("Statement of Credit", 24), ("Leila P. Hernandez", 30),
                        ("Injury Prevention for Youth", 15),
                        "Provider Stonebridge Fitness Seminars") == "Stonebridge Fitness Seminars"
    # ... but a name that merely starts with a label word keeps it
    assert _provider_of(kn, ("Statement of Credit", 24), ("Leila P. Hernandez", 30),
                        "Organization Development Network") == "Organization Development Network"


def test_a_heading_read_into_the_letterhead_is_no_part_of_it(kn: Knowledge) -> None:
    assert _provider_of(kn, ("Summit Accounting Seminars VERIFICATION OF ATTENDANCE", 30), ("Learner: Jane Doe", 10),
                        ("Summit Accounting Seminars is registered with NASBA as a sponsor of CPE.", 7),
                        ) == "Summit Accounting Seminars"


def test_captions_and_buttons_are_no_names(kn: Knowledge) -> None:
    assert not is_name_like("License Number", kn)
    assert not is_name_like("Attendee Name", kn)
    assert not is_name_like("Download PDF", kn)
    assert is_name_like("Fiona Gutierrez, RN", kn)


def test_a_program_number_is_no_course_title(kn: Knowledge) -> None:
    lines = document_lines(document("Program Number: LP7Q2-T-00418-24. Verify this certificate at example.org/verify",
                                    ("Digital Asset Reporting and Basis Tracking", 18)))
    assert parse_course_title(lines, kn, None).value == "Digital Asset Reporting and Basis Tracking"


def test_a_date_after_attended_with_a_colon_is_no_title(kn: Knowledge) -> None:
    lines = document_lines(document(("Verification of Attendance", 17), "Name of Participant: Tess T. Varga",
                                    "Session: Workplace Harassment Prevention",
                                    "Attended: March 5 through March 7, 2019"))
    assert parse_course_title(lines, kn, "Tess T. Varga").value == "Workplace Harassment Prevention"


def test_the_next_columns_provider_caption_ends_the_title(kn: Knowledge) -> None:
    lines = document_lines(document(("Statement of Credit", 20), "has completed",
                                    "Managing Project Risk Registers Education Provider Liberty Leadership Seminars"))
    assert parse_course_title(lines, kn, None).value == "Managing Project Risk Registers"


def test_a_word_added_to_not_in_names_makes_a_line_no_name(kn: Knowledge, tmp_path: Path) -> None:
    assert is_name_like("Distinguished Honoree", kn)
    extended = knowledge_with_labels(tmp_path, '[participant]\nnot_in_names = ["honoree"]\n')
    assert not is_name_like("Distinguished Honoree", extended)


@pytest.mark.parametrize(("toml", "line"), [
    ('provider_after = ["curated by"]', "Wound Care Basics curated by Acme Health"),
    ('provider_captions = ["cpd provider"]', "Wound Care Basics CPD Provider Liberty Leadership Seminars"),
])
def test_a_phrase_added_to_the_title_stops_ends_the_title(kn: Knowledge, tmp_path: Path, toml: str, line: str) -> None:
    lines = document_lines(document(("Statement of Credit", 20), "has completed", line))
    assert parse_course_title(lines, kn, None).value == line
    extended = knowledge_with_labels(tmp_path, f"[course_title]\n{toml}\n")
    assert parse_course_title(lines, extended, None).value == "Wound Care Basics"


def test_a_role_alone_on_its_line_is_no_participant(kn: Knowledge) -> None:
    lines = document_lines(document(("Certificate of Completion", 20), ("Nurse Planner", 14), "Ivan Ibarra"))
    assert parse_participant(lines, kn).value == "Ivan Ibarra"
    assert not is_name_like("Course Facilitator", kn, not_name_words(kn))


@pytest.mark.parametrize("label", ["Course Leader", "Lecturer", "Keynote", "Tutor", "Organizer", "City"])
def test_a_larger_name_beats_a_name_after_an_unfamiliar_label(kn: Knowledge, label: str) -> None:
    lines = document_lines(document(("Certificate of Completion", 20), ("Jane Doe", 14), f"{label}: Ann Smith"))
    assert parse_participant(lines, kn).value == "Jane Doe"


@pytest.mark.parametrize("title", ["Becoming an Approved Provider of Continuing Education",
                                   "Navigating the Accredited Provider application process",
                                   "Marketing Decisions 2024", "Day 1 of 3: Foundations"])
def test_ordinary_titles_stay_whole(kn: Knowledge, title: str) -> None:
    lines = document_lines(document(("Certificate of Completion", 20), ("Jane Doe", 16), f"Course Title: {title}"))
    assert parse_course_title(lines, kn, "Jane Doe").value == title


def test_a_labelled_title_cut_short_is_read_whole_from_the_larger_line(kn: Knowledge) -> None:
    lines = document_lines(document(("Nora Lopez-Rivera, CPA", 29), "has successfully completed",
                                    ("Governmental Accounting and Auditing Update", 16),
                                    ("Activity: Governmental Accounting and Auditing", 9), ("Update", 5)))
    title = parse_course_title(lines, kn, "Nora Lopez-Rivera, CPA").value
    assert title == "Governmental Accounting and Auditing Update"


def test_a_title_with_an_org_word_inside_is_no_provider(kn: Knowledge) -> None:
    lines = document_lines(document(("Bluewater Wellness Learning Center", 10.4), ("CERTIFICATE OF COMPLETION", 7.6),
                                    ("BRUNO NAKAMURA", 15.2), ("Resistance Training for Older Adults", 9.0),
                                    ("Completion Date: July 9th, 2019", 7.1)))
    assert parse_course_title(lines, kn, "BRUNO NAKAMURA").value == "Resistance Training for Older Adults"
    assert _provider_of(kn, ("Bluewater Wellness Learning Center", 10.4), ("CERTIFICATE OF COMPLETION", 7.6),
                        ("BRUNO NAKAMURA", 15.2), ("Resistance Training for Older Adults", 9.0),
                        ) == "Bluewater Wellness Learning Center"


# Robustness sweep of title picking: the ways certificates state the course, read through the lines the parse stage
# reads (label cells joined to their values).
_TITLE = "Wound Care Basics"


def _title_of(kn: Knowledge, doc: ExtractedDocument, participant: str | None = "Jane Doe") -> str | None:
    return parse_course_title(reading_lines(doc, kn), kn, participant).value


@pytest.mark.parametrize("label", ["Session", "Event", "Module", "Topic", "Subject", "Class", "Presentation",
                                   "Program Name", "Activity Name", "Course Completed"])
def test_a_title_label_on_the_line_under_has_completed_is_no_part_of_the_title(kn: Knowledge, label: str) -> None:
    doc = document(("Jane Doe", 22), "has successfully completed the following", (f"{label}: {_TITLE}", 14))
    assert _title_of(kn, doc) == _TITLE


@pytest.mark.parametrize("label", ["Course", "Course Title", "Activity", "Presentation", "Title of Activity"])
def test_a_small_label_above_a_large_value_under_has_completed(kn: Knowledge, label: str) -> None:
    # The small label sits between the phrase and the title: it heads the title, it is no caption of the phrase.
    doc = document(("Jane Doe", 22), "has completed", (label.upper(), 9), (_TITLE, 16), "Date: March 5, 2024")
    assert _title_of(kn, doc) == _TITLE


@pytest.mark.parametrize("label", ["Course", "Program", "Session", "Webinar", "Course Name", "Event Title"])
def test_label_cells_in_a_left_column_take_their_own_row(kn: Knowledge, label: str) -> None:
    rows = [("Participant", "Jane Doe"), (label, _TITLE), ("Date", "March 5, 2024"), ("Contact Hours", "1.5")]
    words = [*words_of_line("Certificate of Completion", 40, 24)]
    for k, (cell, value) in enumerate(rows):
        words += words_of_line(cell, 100 + 17 * k, 11) + words_of_line(value, 100 + 17 * k, 11, left=230)
    assert _title_of(kn, document_of_words(words)) == _TITLE


def test_a_leading_phrase_is_no_caption_of_the_heading_above(kn: Knowledge) -> None:
    doc = document(("CERTIFICATE OF ACHIEVEMENT", 26), (_TITLE, 20), ("Presented to", 10), ("Jane Doe", 22))
    lines = reading_lines(doc, kn)
    assert parse_participant(lines, kn).value == "Jane Doe"
    assert parse_course_title(lines, kn, "Jane Doe").value == _TITLE


@pytest.mark.parametrize("sentence", [
    f"This certificate is presented to Jane Doe for completing {_TITLE}.",
    f"Awarded to Jane Doe in recognition of completing {_TITLE}.",
    f"Presented to Jane Doe for participation in the webinar {_TITLE}.",
    f"Jane Doe has attended the webinar {_TITLE} on March 5, 2024.",
    f"Certificate of completion of {_TITLE} by Jane Doe",
    f"Jane Doe completed {_TITLE} on March 5, 2024.",
    f"Jane Doe is awarded 1.5 contact hours for {_TITLE}.",
    f"Jane Doe earned 2 CPE credits for attending {_TITLE} on March 5, 2024.",
    f"{_TITLE} was completed by Jane Doe on March 5, 2024.",
    f"Jane Doe has completed \u201c{_TITLE}\u201d.",
    f"Congratulations on completing {_TITLE}.",
])
def test_titles_in_sentences(kn: Knowledge, sentence: str) -> None:
    doc = document(("Certificate of Completion", 24), sentence, "Contact Hours: 1.5", "Jordan Smith, MSN, RN",
                   ("Nurse Planner", 9))
    assert _title_of(kn, doc) == _TITLE


@pytest.mark.parametrize("line", [f"Program: {_TITLE}, March 5, 2024", f"Course: {_TITLE} \u2013 03/05/2024",
                                  f"Course: {_TITLE} - 5 March 2024"])
def test_a_date_after_a_comma_or_dash_closes_the_title(kn: Knowledge, line: str) -> None:
    assert _title_of(kn, document(("Jane Doe", 22), line)) == _TITLE


def test_a_memo_subject_is_no_title(kn: Knowledge) -> None:
    doc = document("Subject: Certificate of Attendance", ("Jane Doe", 16), (_TITLE, 20), "March 5, 2024")
    assert _title_of(kn, doc) == _TITLE


def test_a_session_under_its_series_is_the_activity(kn: Knowledge) -> None:
    doc = document("Program: Nursing Grand Rounds", f"Session Title: {_TITLE}", "Participant: Jane Doe")
    assert _title_of(kn, doc) == _TITLE


def test_a_web_address_ending_in_completed_introduces_no_title(kn: Knowledge) -> None:
    doc = document(("learning.acme.org/my-courses/completed", 7), ("Acme Professional Learning, LLC", 12),
                   ("Certificate of Attendance", 20), "This certificate is presented to: Jane Doe", "for completing",
                   (_TITLE, 14))
    assert _title_of(kn, doc) == _TITLE


def test_a_sentence_naming_more_than_the_large_title_gives_the_large_title(kn: Knowledge) -> None:
    doc = document((_TITLE, 20), "Issuer: Acme Learning Network",
                   f"Earners of this credential completed {_TITLE} and the assessment that follows it, for 21 PDUs.")
    assert _title_of(kn, doc) == _TITLE


# Caption-below layouts: each value over its own small caption, the stack spaced evenly or even closer to the
# next value than to its own. A caption right under a value belongs to that value.
_CAPTIONED = [("Harriet Okafor, MSN", "Participant"), (_TITLE, "Course Title"),
              ("Cedar Hollow Nursing Society", "Provider"), ("1.5 AMA PRA Category 1 Credits", "Credits"),
              ("March 5, 2024", "Date")]


def _stack(pairs: list[tuple[str, str]], gap: float, left: float | None = None) -> ExtractedDocument:
    words = words_of_line("Certificate of Completion", 40, 24)
    top = 90.0
    for text, size in pairs:
        size_ = 7.0 if size == "caption" else 14.0
        width = sum(len(t) for t in text.split()) * size_ * 0.5 + (len(text.split()) - 1) * size_ * 0.25
        x = left if left is not None else 306 - width / 2  # centred
        words += words_of_line(text, top, size_, left=x)
        top += size_ + gap
    return document_of_words(words)


@pytest.mark.parametrize("gap", [2.0, 4.0, 9.0])
@pytest.mark.parametrize("left", [None, 72.0])
def test_a_caption_under_a_value_belongs_to_it_not_to_the_next_value(kn: Knowledge, gap: float,
                                                                      left: float | None) -> None:
    pairs = [p for value, caption in _CAPTIONED for p in ((value, "value"), (caption, "caption"))]
    lines = reading_lines(_stack(pairs, gap, left), kn)
    texts = [ln.text for ln in lines]
    assert f"Course Title: {_TITLE}" in texts
    assert "Provider: Cedar Hollow Nursing Society" in texts
    assert "Participant: Harriet Okafor, MSN" in texts
    assert parse_course_title(lines, kn, "Harriet Okafor, MSN").value == _TITLE


@pytest.mark.parametrize("gap", [2.0, 4.0, 9.0])
def test_labels_over_values_in_an_even_stack_still_head_them(kn: Knowledge, gap: float) -> None:
    pairs = [p for value, caption in _CAPTIONED for p in ((caption, "caption"), (value, "value"))]
    texts = [ln.text for ln in reading_lines(_stack(pairs, gap), kn)]
    assert f"Course Title: {_TITLE}" in texts
    assert "Provider: Cedar Hollow Nursing Society" in texts


@pytest.mark.parametrize("sentence", ["has completed the program described.", "completed the activity stated above.",
                                      "has completed the course described below."])
def test_the_tail_of_a_sentence_referring_to_the_course_is_no_title(kn: Knowledge, sentence: str) -> None:
    head, _, tail = sentence.rpartition(" ")
    middle, _, last = head.rpartition(" ")
    doc = document(("Certificate of Completion", 24), (_TITLE, 18), f"This certifies that Jane Doe, RN {middle}",
                   f"{last} {tail}", "Contact Hours: 1.5")
    assert _title_of(kn, doc) == _TITLE


@pytest.mark.parametrize("person", ["attendee name: Tobias Mendoza, RN", "NAME: Oscar Moreau, PE, SE",
                                    "NAME OF PARTICIPANT: Tobias Ito", "ATTENDEE: Kwame Adeyemi, MD",
                                    "EARNER: Jane Doe Type: Live webinar"])
def test_a_line_labelling_the_person_is_no_title(kn: Knowledge, person: str) -> None:
    # "Details of the activity completed" heads the table; the person's line under it is another field.
    doc = document(("Certificate of Completion", 22), ("Details of the activity completed", 10), (person, 9),
                   ("Date: 2025-08-06", 9), (_TITLE, 14))
    assert _title_of(kn, doc, None) == _TITLE


def test_an_unfamiliar_label_before_a_name_is_cut_at_the_next_label(kn: Knowledge) -> None:
    lines = document_lines(document(("Certificate of Completion", 22), "EARNER: Lucas Sorensen Type: Live webinar"))
    assert parse_participant(lines, kn).value == "Lucas Sorensen"


@pytest.mark.parametrize("stamp", ["Sep 10, 2021 at 10:20 AM UTC", "March 5, 2024 14:05 EST",
                                   "2024-03-05 at 9:30 a.m."])
def test_a_timestamp_is_no_title(kn: Knowledge, stamp: str) -> None:
    doc = document((_TITLE, 20), ("Jane Doe", 16), "has completed", (stamp, 14))
    assert _title_of(kn, doc) == _TITLE


@pytest.mark.parametrize("heading", ["Statement of Credit", "Verification of Attendance", "Certificate of Completion",
                                     "Record of Continuing Education"])
def test_a_document_heading_is_no_title(kn: Knowledge, heading: str) -> None:
    assert _title_of(kn, document(("Jane Doe", 24), "has completed", (heading, 20), (_TITLE, 16))) == _TITLE
    assert _title_of(kn, document((heading, 26), ("Jane Doe", 20), "Contact Hours: 1.5")) != heading


def test_a_title_with_a_colon_and_a_two_word_subtitle_stays_a_title(kn: Knowledge) -> None:
    doc = document(("Jane Doe", 24), "for successful completion of", ("Dietary Supplements: What Works", 15))
    assert _title_of(kn, doc) == "Dietary Supplements: What Works"


def test_a_large_title_that_wraps_is_read_whole_from_the_sentence_naming_it(kn: Knowledge) -> None:
    doc = document(("Wound Care Essentials: Assessment, Staging and", 20), ("Treatment", 20),
                   "Issuer: Acme Learning Network", "Earners of this credential completed Wound Care Essentials:",
                   "Assessment, Staging and Treatment and the assessment that follows it, for 2 contact hours.")
    assert _title_of(kn, doc) == "Wound Care Essentials: Assessment, Staging and Treatment"


def test_a_labelled_title_in_lower_case_stays_a_title(kn: Knowledge) -> None:
    assert _title_of(kn, document(("Jane Doe", 24), "Course: wound care basics")) == "wound care basics"


@pytest.mark.parametrize("status", ["Exam Result: Passed", "Module Status: Finished", "Final Exam Passed"])
def test_a_status_line_is_no_sentence_about_the_participant(kn: Knowledge, status: str) -> None:
    lines = document_lines(document(("Certificate of Completion", 18), ("Jane Doe", 22), status))
    assert parse_participant(lines, kn).value == "Jane Doe"


@pytest.mark.parametrize("name", ["Robert Case", "David Wills", "Maria Speed"])
def test_a_surname_that_is_also_a_topic_word_is_still_a_name(kn: Knowledge, name: str) -> None:
    assert parse_participant(document_lines(document(("Certificate", 18), f"Participant: {name}")), kn).value == name


@pytest.mark.parametrize("title", ["Diabetes Management: Myths Debunked", "Leading Change by Listening Carefully"])
def test_a_labelled_title_keeps_its_colon_and_its_by(kn: Knowledge, title: str) -> None:
    lines = document_lines(document(("Certificate of Completion", 18), ("Jane Doe", 22), f"Course Title: {title}"))
    assert parse_course_title(lines, kn, "Jane Doe").value == title


def test_a_capitalised_article_and_noun_belong_to_the_title(kn: Knowledge) -> None:
    lines = document_lines(document("Jane Doe has completed The Program Evaluation Toolkit on March 5, 2024"))
    assert parse_course_title(lines, kn, "Jane Doe").value == "The Program Evaluation Toolkit"


def test_a_bare_presentation_label_is_no_session_title(kn: Knowledge) -> None:
    lines = document_lines(document("Program: Wound Care Basics", "Presentation: Live Virtual Event"))
    assert parse_course_title(lines, kn, None).value == "Wound Care Basics"


def test_a_large_title_wraps_over_three_lines_and_its_subtitle(kn: Knowledge) -> None:
    doc = document(("Certificate of Completion", 24), ("Jane Doe", 18), ("Wound Care Basics for", 22),
                   ("Long-Term Care Nurses:", 22), ("Staging and Treatment", 22), "March 5, 2024")
    assert _title_of(kn, doc) == "Wound Care Basics for Long-Term Care Nurses: Staging and Treatment"


@pytest.mark.parametrize("below", ["Learning Outcomes", "Approved by the California Board of Registered Nursing"])
def test_a_smaller_line_under_a_text_layer_title_is_not_more_title(kn: Knowledge, below: str) -> None:
    doc = document(("Certificate of Completion", 24), ("Jane Doe", 20), ("Wound Care Basics", 16), (below, 12))
    assert _title_of(kn, doc) == "Wound Care Basics"


@pytest.mark.parametrize("line", ["Wound Care Basics Date: 03/05/2024", "Wound Care Basics Contact Hours: 1.5",
                                  "Wound Care Basics 03/05/2024"])
def test_a_neighbouring_column_joined_by_ocr_ends_the_title(kn: Knowledge, line: str) -> None:
    doc = document(("Jane Doe", 20), "has completed", (line, 16), confidence=0.85, source="ocr")
    assert _title_of(kn, doc) == "Wound Care Basics"


@pytest.mark.parametrize("line", ["[ Wound Care Basics ]", "\u2605 Wound Care Basics \u2605", "| Wound Care Basics"])
def test_border_marks_around_a_title_are_dropped(kn: Knowledge, line: str) -> None:
    doc = document(("Certificate of Completion", 24), ("Jane Doe", 16), (line, 22), "1.5 Contact Hours")
    assert _title_of(kn, doc) == "Wound Care Basics"


@pytest.mark.parametrize("sentence", [
    "Jane Doe attended a presentation on the topic of Wound Care Basics on March 5, 2024.",
    "Awarded to Jane Doe in recognition of participation in Wound Care Basics.",
    "Awarded to Jane Doe for the course Wound Care Basics, completed March 5, 2024.",
])
def test_a_title_after_a_later_phrase_of_the_sentence(kn: Knowledge, sentence: str) -> None:
    doc = document(("Certificate of Completion", 24), sentence, ("Jordan Smith, MSN, RN", 10), ("Nurse Planner", 9))
    assert _title_of(kn, doc) == "Wound Care Basics"


@pytest.mark.parametrize("subject", ["Subject: Certificate for Wound Care Basics",
                                     "Subject: Your certificate: Wound Care Basics"])
def test_an_email_subject_names_the_course_its_certificate_is_for(kn: Knowledge, subject: str) -> None:
    doc = document(subject, "Dear Jane Doe,", "Congratulations! You earned 1.5 contact hours.")
    assert _title_of(kn, doc) == "Wound Care Basics"


@pytest.mark.parametrize("path", ["Home > My Courses > Wound Care Basics > Certificate",
                                  "Dashboard / Courses / Wound Care Basics"])
def test_a_web_page_path_names_the_course(kn: Knowledge, path: str) -> None:
    doc = document((path, 9), ("Certificate of Completion", 22), ("Awarded to Jane Doe", 14), "1.5 Contact Hours")
    assert _title_of(kn, doc) == "Wound Care Basics"


def test_a_sentence_ending_after_a_description_names_no_title_on_the_next_line(kn: Knowledge) -> None:
    doc = document(("Certificate of Attendance", 14), ("Jane Doe", 28), ("MOTIVATIONAL INTERVIEWING BASICS", 19),
                   ("Physicians should claim only the credit commensurate with the extent of", 7),
                   ("their participation in the activity.", 7),
                   ("Acme Seminars is accredited by the ACCME to provide continuing medical education.", 7))
    assert _title_of(kn, doc) == "MOTIVATIONAL INTERVIEWING BASICS"


def test_a_scanned_title_whose_box_reaches_into_the_phrase_above_is_the_line_below_it(kn: Knowledge) -> None:
    # OCR boxes: the title in big capitals starts 8 px above the bottom of "for successful completion of".
    words = (words_of_line("Certificate of Attendance", 72, 13, confidence=0.96)
             + words_of_line("Jorge Vasquez, DO", 162, 32, confidence=0.96)
             + words_of_line("for successful completion of", 227, 10, confidence=0.96)
             + [dataclasses.replace(w, top=228.0, bottom=265.0)
                for w in words_of_line("MOTIVATIONAL INTERVIEWING FOR SUBSTANCE USE", 228, 19, confidence=0.95)]
             + words_of_line("Acme Seminars is accredited by the ACCME to provide education.", 300, 7, confidence=0.9))
    found = parse_course_title(reading_lines(document_of_words(words), kn), kn, "Jorge Vasquez, DO")
    assert found.value == "MOTIVATIONAL INTERVIEWING FOR SUBSTANCE USE"
    assert found.confidence > 0.8  # named by the phrase above it, not guessed from its size


def test_a_lone_colon_speck_above_a_title_labels_nothing(kn: Knowledge) -> None:
    words = (words_of_line("Continuing Education Certificate", 85, 29) + words_of_line("Presented to", 149, 11, 300)
             + words_of_line("Stefan A. Vasquez", 182, 29) + words_of_line("for.completing", 238, 12, 250, 0.9)
             + [Word(":", 420.0, 250.0, 421.0, 252.0, 12.0, 0.0)]  # as OCR reads a speck of the border
             + words_of_line("Data Cleaning Techniques in R", 257, 17, 302)
             + words_of_line("Delivery Format: Home study", 318, 10))
    assert _title_of(kn, document_of_words(words), "Stefan A. Vasquez") == "Data Cleaning Techniques in R"


def test_a_completion_phrase_followed_by_a_date_points_at_no_line_below(kn: Knowledge) -> None:
    lines = document_lines(document(("LUCAS JOVANOVIC", 40), ("Corrective Exercise for the Lower Extremity", 17),
                                    "Online Course | Completed 06/28/2018",
                                    "NASM Continuing Education Credits (CECs) Credits: .5"))
    assert parse_course_title(lines, kn, "LUCAS JOVANOVIC").value == "Corrective Exercise for the Lower Extremity"


def test_a_phrase_whose_sentence_ends_in_its_paragraph_points_at_no_line_below(kn: Knowledge) -> None:
    lines = document_lines(document(("Module: Sepsis Recognition in Acute Care", 10.5),
                                    ("commensurate with the extent of their participation in the activity.", 7),
                                    ("Acme College is accredited by the ACCME to provide medical education for", 7),
                                    ("physicians.", 7), ("610 Riverside Parkway, Sacramento, CA 95814", 7)))
    assert parse_course_title(lines, kn, None).value == "Sepsis Recognition in Acute Care"


@pytest.mark.parametrize("title", ["Reducing Falls by 50 %", "Programming in C ++", "Is It Sepsis ?"])
def test_a_sign_that_belongs_to_the_title_is_kept(kn: Knowledge, title: str) -> None:
    lines = document_lines(document(("Certificate of Completion", 18), ("Jane Doe", 22), f"Course Title: {title}"))
    assert parse_course_title(lines, kn, "Jane Doe").value == title


def test_the_credit_line_after_a_wrapped_title_is_not_part_of_it(kn: Knowledge) -> None:
    lines = document_lines(document(("Jane Doe", 20), "has attended", ("Wound Care in the Elderly", 16),
                                    ("1.0 Contact Hours", 16)))
    assert parse_course_title(lines, kn, "Jane Doe").value == "Wound Care in the Elderly"


def test_a_capital_a_ends_a_value_before_the_next_label(kn: Knowledge) -> None:
    from cecingest.parse import reading_lines

    lines = reading_lines(document("Participant: Jane Doe", "Provider: Team A Date: 03/05/2024"), kn)
    assert parse_provider(lines, paragraphs(lines), kn, ()).value == "Team A"


def test_a_credit_sentence_points_at_no_title_below(kn: Knowledge) -> None:
    lines = document_lines(document(("Certificate of Completion", 24), ("Jane Doe", 20),
                                    ("Cardiology Update for Primary Care", 16),
                                    "Nurses will receive 1.5 contact hours for the activity",
                                    "Acme Health Approval Committee Accredited Provider", "Date: 03/05/2024"))
    assert parse_course_title(lines, kn, "Jane Doe").value == "Cardiology Update for Primary Care"


@pytest.mark.parametrize("sentence", [
    "We confirm the completion of Polypharmacy in Older Adults by Oscar Mendoza on 14 December 2025.",
    "Completion of Polypharmacy in Older Adults by Oscar Mendoza (12/01/2020 - 12/04/2020) is hereby confirmed.",
])
def test_the_doer_after_by_is_the_participant_and_ends_the_title(kn: Knowledge, sentence: str) -> None:
    lines = document_lines(document(("Confirmation of Completion", 22), sentence, ("Dr. Wen Mendoza", 10),
                                    "Lead Instructor"))
    assert parse_participant(lines, kn).value == "Oscar Mendoza"
    assert parse_course_title(lines, kn, "Oscar Mendoza").value == "Polypharmacy in Older Adults"


@pytest.mark.parametrize("verb", ["taught", "presented", "offered"])
def test_the_person_after_a_participle_and_by_is_no_participant(kn: Knowledge, verb: str) -> None:
    sentence = f"This certifies completion of Wound Care Basics {verb} by Alan Brooks on May 2, 2025."
    lines = document_lines(document(("Certificate of Attendance", 22), "Earner: Jane Doe", sentence))
    assert parse_participant(lines, kn).value == "Jane Doe"


def test_name_before_was_awarded(kn: Knowledge) -> None:
    lines = document_lines(document("Amara G. Eriksen, LMSW was awarded 4 CE credits for the successful",
                                    "completion of Wound Care Basics on March 27, 2024."))
    assert parse_participant(lines, kn).value == "Amara G. Eriksen, LMSW"


def test_dates_in_brackets_end_a_title_in_a_sentence(kn: Knowledge) -> None:
    lines = document_lines(document(
        "This is to confirm that Kofi J. Castillo completed Polypharmacy in Older Adults (7 to 10 March 2024) and",
        "was awarded 4.0 CME credits."))
    assert parse_course_title(lines, kn, "Kofi J. Castillo").value == "Polypharmacy in Older Adults"


@pytest.mark.parametrize("title", ["Caring for Toddlers (1 to 3 years)", "Infant Feeding (0 - 12 Months)",
                                   "Pharmacology Update (May 2024 Edition)", "Newborn Care (1st - 4th Weeks)"])
def test_brackets_of_ages_or_an_edition_stay_in_the_title(kn: Knowledge, title: str) -> None:
    lines = document_lines(document("Certificate of Completion", "Name: Jane Doe", f"Course Title: {title}"))
    assert parse_course_title(lines, kn, "Jane Doe").value == title


def test_a_title_in_a_script_font_read_doubtfully_is_no_scrawl(kn: Knowledge) -> None:
    words = (words_of_line("CERTIFICATE OF COMPLETION", 72, 24, confidence=0.9)
             + words_of_line("Jane Doe", 120, 20, confidence=0.9)
             + words_of_line("Wound Care Basics", 160, 22, confidence=0.45)
             + words_of_line("Acme Health Academy", 200, 14, confidence=0.9))
    doc = document_of_words(words)
    doc = dataclasses.replace(doc, pages=tuple(dataclasses.replace(p, source="ocr") for p in doc.pages))
    assert parse_course_title(document_lines(doc), kn, "Jane Doe").value == "Wound Care Basics"


def test_a_signatures_scrawl_is_no_title_by_size(kn: Knowledge) -> None:
    words = (words_of_line("Certificate of Completion", 72, 24, confidence=0.95)
             + words_of_line("Oral Health for Older Adults", 130, 20, confidence=0.9)
             + words_of_line("N\\YYWIW VW", 400, 40, confidence=0.2))
    lines = document_lines(document_of_words(words))
    assert parse_course_title(lines, kn, None).value == "Oral Health for Older Adults"


def test_a_title_after_a_phrase_the_sentence_wraps_in(kn: Knowledge) -> None:
    lines = document_lines(document(
        ("Statement of Credit Awarded", 22),
        "Chloe Kaplan was awarded 0.5 AMA PRA Category 1 Credits for the successful completion",
        "of Safe Opioid Prescribing and Pain Management: 2025 Update (05/13/2020 - 05/15/2020).",
        ("Professional Development Department", 14)))
    assert parse_course_title(lines, kn, "Chloe Kaplan").value == \
        "Safe Opioid Prescribing and Pain Management: 2025 Update"


@pytest.mark.parametrize(("upper", "lower", "title"), [
    ("Pharmaco-", "logy of Opioids", "Pharmacology of Opioids"),  # one word broken at the line's end
    ("Evidence-", "Based Practice in Nursing", "Evidence-Based Practice in Nursing"),  # capitalised: a compound
    ("Self-", "care for Nurses", "Self-care for Nurses"),  # a word that keeps its hyphen
    ("Anti-", "inflammatory Drugs", "Anti-inflammatory Drugs"),  # two like vowels meet
    ("COVID-", "19 Vaccine Update", "COVID-19 Vaccine Update"),  # digits go on after a broken word
    ("Short- and Long-", "Term Care Planning", "Short- and Long-Term Care Planning"),  # suspended hyphen stays
])
def test_title_wrapped_at_a_hyphen(kn: Knowledge, upper: str, lower: str, title: str) -> None:
    lines = document_lines(document("This certifies that", ("Jane Doe", 24), "has successfully completed",
                                    (upper, 16), (lower, 16), "on March 3, 2025"))
    assert parse_course_title(lines, kn, "Jane Doe").value == title


def test_labelled_title_wrapped_at_a_hyphen_keeps_the_word_whole(kn: Knowledge) -> None:
    words = (words_of_line("Course: Neuro-", 100) + words_of_line("logical Assessment Basics", 116, left=72 + 8 * 6)
             + words_of_line("Date: March 3, 2025", 140))
    lines = document_lines(document_of_words(words))
    assert parse_course_title(lines, kn, None).value == "Neurological Assessment Basics"


def test_a_bar_parts_a_label_from_its_value(kn: Knowledge) -> None:
    lines = document_lines(document("Name | Jane Doe", "Course | Wound Care Basics"))
    assert parse_participant(lines, kn).value == "Jane Doe"
    assert parse_course_title(lines, kn, "Jane Doe").value == "Wound Care Basics"


def test_a_subtitle_in_smaller_type_is_part_of_the_title(kn: Knowledge) -> None:
    doc = document("has successfully completed", ("Opioid Stewardship", 18), ("Safe Prescribing in Primary Care", 12),
                   "on March 3, 2025 and is awarded 1.5 contact hours")
    assert _title_of(kn, doc) == "Opioid Stewardship: Safe Prescribing in Primary Care"


def test_a_caption_in_smaller_type_under_the_title_is_no_subtitle(kn: Knowledge) -> None:
    doc = document("has successfully completed", ("Opioid Stewardship", 18), ("Instructors: Dr. Ann Lee", 12))
    assert _title_of(kn, doc) == "Opioid Stewardship"


def test_a_series_name_in_small_type_over_the_title_is_not_the_title(kn: Knowledge) -> None:
    doc = document("has successfully completed", ("Grand Rounds Webinar Series", 11),
                   ("Sepsis Recognition in the Emergency Department", 16), "on March 3, 2025")
    assert _title_of(kn, doc) == "Sepsis Recognition in the Emergency Department"


def test_a_title_line_ending_in_a_colon_goes_on_to_its_subtitle(kn: Knowledge) -> None:
    doc = document("has successfully completed", ("Pain Management:", 16), ("An Interdisciplinary Approach", 16))
    assert _title_of(kn, doc) == "Pain Management: An Interdisciplinary Approach"


def test_a_title_after_an_activity_noun_and_a_colon(kn: Knowledge) -> None:
    doc = document(("Acme Health Education", 14), "has completed the online course: Data Privacy Essentials")
    assert _title_of(kn, doc) == "Data Privacy Essentials"


def test_the_article_after_presented_by_is_not_part_of_the_provider(kn: Knowledge) -> None:
    lines = document_lines(document(("Jane Doe", 24), "has completed Ethics for CPAs",
                                    "Presented by the Texas Society of CPAs"))
    paras = paragraphs(lines)
    assert parse_provider(lines, paras, kn, ()).value == "Texas Society of CPAs"


def test_jointly_provided_names_the_accredited_provider_first(kn: Knowledge) -> None:
    assert _provider_of(kn, "Certificate of Credit",
                        "Jointly provided by Hudson Health Professional Education and Harbor Medical Society",
                        "Attendee: Jane Doe, RN") == "Hudson Health Professional Education"
    # one organisation's name with "and" in it stays whole
    assert _provider_of(kn, "Certificate of Credit", "Jointly provided by Society of Nutrition and Dietetics",
                        "Attendee: Jane Doe, RN") == "Society of Nutrition and Dietetics"


def test_a_date_under_a_labelled_title_is_no_wrap_of_it(kn: Knowledge) -> None:
    words = words_of_line("Title of Activity: Americans with Disabilities Act Compliance", 72)
    below = words_of_line("May 28, 2019", 72 + 12 * 1.3, left=130)
    lines = page_lines(1, words + below)
    assert parse_course_title(lines, kn, None).value == "Americans with Disabilities Act Compliance"


@pytest.mark.parametrize(("line", "provider"), [
    ("A program of the Western Dental Society", "Western Dental Society"),
    ("An activity of Northern Valley Medical Society", "Northern Valley Medical Society"),
    ("Issued on behalf of the Tri-County Dental Society", "Tri-County Dental Society"),
    ("Conducted by Summit Training Services", "Summit Training Services"),
    ("Brought to you by Meadowbrook Learning Center", "Meadowbrook Learning Center"),
])
def test_a_lead_in_before_the_provider_is_no_part_of_it(kn: Knowledge, line: str, provider: str) -> None:
    assert _provider_of(kn, ("Jane Doe", 24), "has completed Ethics for Dentists", ("on March 3, 2025", 12),
                        (line, 8)) == provider


def test_a_lead_in_inside_an_accreditation_sentence_names_no_provider(kn: Knowledge) -> None:
    assert _provider_of(kn, ("Jane Doe", 24), "has completed Ethics for Dentists",
                        ("Brookfield Study Club is an ADA CERP Recognized Provider. ADA CERP is a service of the"
                         " American Dental Association to assist dental professionals.", 8)) == "Brookfield Study Club"


@pytest.mark.parametrize("value", ["Coastal Counseling Institute #1234", "Coastal Counseling Institute (CEP 16789)",
                                   "Coastal Counseling Institute No. 1234"])
def test_a_provider_number_after_the_labelled_name_is_no_part_of_it(kn: Knowledge, value: str) -> None:
    assert _provider_of(kn, ("Jane Doe", 24), f"Provider: {value}") == "Coastal Counseling Institute"


@pytest.mark.parametrize(("top", "provider"), [
    (("Buckeye Nurse Educators",), "Buckeye Nurse Educators"),
    (("City of Springfield", "Department of Human Resources"), "City of Springfield"),
])
def test_public_bodies_and_educators_name_organisations(kn: Knowledge, top: tuple[str, ...], provider: str) -> None:
    assert _provider_of(kn, (top[0], 16), *[(t, 9) for t in top[1:]], ("Certificate of Training", 24),
                        ("Jane Doe", 24), "has completed Ethics for Nurses") == provider


@pytest.mark.parametrize(("line", "provider"), [
    ("Harbor Point Training Center · 120 Main Street, Portland, OR 97201 · (503) 555-0100",
     "Harbor Point Training Center"),
    ("Harbor Point Training Center, 120 Main Street, Suite 400, Portland, OR 97201", "Harbor Point Training Center"),
    ("Pinecrest Engineering Society | info@pinecrest.org | (555) 555-0100", "Pinecrest Engineering Society"),
    ("Blue Ridge Pharmacy Academy in collaboration with Eastern State College of Pharmacy",
     "Blue Ridge Pharmacy Academy"),
    ("Jane Roe, Director of Education, Acme Health", "Acme Health"),
    ("Maria Lopez, MSN, RN, Director of Education, Silverlake Medical Center", "Silverlake Medical Center"),
])
def test_the_organisation_part_of_a_footer_or_signature_line(kn: Knowledge, line: str, provider: str) -> None:
    assert _provider_of(kn, ("Certificate of Completion", 24), ("Jane Doe", 24), "has completed Ethics for Nurses",
                        (line, 8)) == provider


def test_an_approving_board_is_no_provider(kn: Knowledge) -> None:
    assert _provider_of(kn, ("Certificate of Completion", 24), ("Jane Doe", 24), "has completed Ethics for Nurses",
                        ("Approved by the Pennsylvania State Board of Nursing", 8)) is None


def test_a_letterhead_without_organisation_words_above_the_heading(kn: Knowledge) -> None:
    body = ("This certifies that", ("Jane Doe", 24), "has completed", ("Infection Control", 16), "on March 3, 2025",
            ("Approved by the Oregon Board of Massage Therapists, Provider #1187", 8))
    top = (("Wild Iris Wellness", 14), ("Certificate of Completion", 26))
    assert _provider_of(kn, *top, *body) == "Wild Iris Wellness"
    # the participant's name in large type under the heading is no letterhead
    assert _provider_of(kn, ("Certificate of Completion", 26), *body) is None


def test_a_bare_web_address_names_the_provider_when_nothing_else_does(kn: Knowledge) -> None:
    assert _provider_of(kn, ("Jane Doe", 24), "has completed Ethics for Nurses",
                        ("www.clearpathlearning.com", 8)) == "clearpathlearning.com"
    assert _provider_of(kn, ("Jane Doe", 24), "has completed Ethics for Nurses",
                        ("Verify at lms.example.com/verify/123", 8)) is None


@pytest.mark.parametrize(("title", "provider"), [
    ("Riverside Hospital Sepsis Update", "Riverside Hospital"),
    ("Mental Health First Aid", None),  # a topic, no organisation
    ("Lakeshore Nursing Academy", None),  # the whole title: nothing tells a name from a title
])
def test_a_title_opening_with_an_organisations_name(kn: Knowledge, title: str, provider: str | None) -> None:
    found = document_lines(document(("Certificate of Completion", 24), ("Jane Doe", 24), "has successfully completed",
                                    (title, 16), "on March 3, 2025"))
    assert parse_provider(found, paragraphs(found), kn, (), title).value == provider


def test_the_organisation_a_signatory_signs_for_outranks_a_corner_name(kn: Knowledge) -> None:
    found = document_lines(document_of_words(
        words_of_line("CE Learning Systems", 30, 9, left=60) + words_of_line("Certificate of Completion", 80, 26)
        + words_of_line("Jane Doe", 150, 24) + words_of_line("Director of Education", 446, 9, left=440)
        + words_of_line("Greenfield Community College", 458, 9, left=440)))
    assert parse_provider(found, paragraphs(found), kn, ()).value == "Greenfield Community College"


@pytest.mark.parametrize(("line", "provider"), [
    ("Produced by Lakeside Continuing Education Services", "Lakeside Continuing Education Services"),
    ("Offered through Westfield University Continuing Studies", "Westfield University Continuing Studies"),
    ("Presented by Dr. Alan Smith of Crescent Pharmacy Network", "Crescent Pharmacy Network"),
    ("Presented by the Texas Society of CPAs", "Texas Society of CPAs"),  # 'Texas Society' is no person
])
def test_more_ways_to_introduce_the_provider(kn: Knowledge, line: str, provider: str) -> None:
    assert _provider_of(kn, ("Jane Doe", 24), "has completed Ethics for Pharmacists", (line, 8)) == provider


def test_a_provider_number_between_the_label_and_the_name(kn: Knowledge) -> None:
    assert _provider_of(kn, ("Jane Doe", 24), "has completed Ethics for Social Workers",
                        ("Provider #1234: Keystone Counseling Academy is approved by the State Board.", 8)
                        ) == "Keystone Counseling Academy"


def test_a_forms_bare_values_title_then_organisation_are_two_values(kn: Knowledge) -> None:
    """Labels printed in a background image, values stacked in one column: the provider's name under the title is
    the next value, not the title's second line."""
    lines = document_lines(document(("CERTIFICATE OF ATTENDANCE", 24), ("Ulrich M. Sandoval, LPN", 13),
                                    ("HIPAA Privacy and Security Rules", 13), ("Redwood Nursing Education Council", 13),
                                    "July 4, 2020"))
    assert parse_course_title(lines, kn, "Ulrich M. Sandoval, LPN").value == "HIPAA Privacy and Security Rules"


def test_a_format_or_a_cut_signature_caption_is_no_title(kn: Knowledge) -> None:
    lines = document_lines(document(("CERTIFICATE OF ATTENDANCE", 24), ("Ulrich M. Sandoval, LPN", 13),
                                    ("HIPAA Privacy and Security Rules", 13), ("Online course", 14), "July 4, 2020",
                                    ("Authorized sign", 18)))
    assert parse_course_title(lines, kn, "Ulrich M. Sandoval, LPN").value == "HIPAA Privacy and Security Rules"


def test_a_host_organisation_label_names_the_provider(kn: Knowledge) -> None:
    lines = document_lines(document("StreamCast Live", "Webinar Attendance Certificate",
                                    "Webinar: Intellectual Property Basics for Litigators",
                                    "Host organization: Lakeshore Legal Institute", "Presenter: Dr. Bianca Okonkwo"))
    assert parse_provider(lines, paragraphs(lines), kn, (), None).value == "Lakeshore Legal Institute"


@pytest.mark.parametrize("line", ["Live Interactive Webinar", "Home Study Course", "Continuing Pharmacy Education",
                                  "Denver, Colorado", "Dr. Maria Lopez and Dr. Alan Smith"])
def test_a_line_saying_how_where_or_by_whom_under_a_title_is_no_subtitle(kn: Knowledge, line: str) -> None:
    doc = document("has successfully completed", ("Opioid Stewardship", 18), (line, 12),
                   "on March 3, 2025 and is awarded 1.5 contact hours")
    assert _title_of(kn, doc) == "Opioid Stewardship"


@pytest.mark.parametrize("below", ["Continuing Nursing Education", "Outstanding Achievement Award"])
def test_a_title_over_a_larger_line_is_no_kicker_unless_it_names_a_series(kn: Knowledge, below: str) -> None:
    doc = document("has successfully completed", ("Sepsis Recognition in the ED", 12), (below, 16),
                   "on March 3, 2025")
    assert _title_of(kn, doc) == "Sepsis Recognition in the ED"


def test_a_title_opening_with_a_lead_in_names_no_provider(kn: Knowledge) -> None:
    assert _provider_of(kn, ("Acme Health Education", 14), ("Jane Doe", 24), "has completed",
                        ("A Program of Falls Prevention for Older Adults", 16)) == "Acme Health Education"


@pytest.mark.parametrize("event", ["Spring Lecture Series", "Annual Nursing Conference"])
def test_an_events_name_above_the_heading_is_no_letterhead(kn: Knowledge, event: str) -> None:
    assert _provider_of(kn, (event, 14), ("Certificate of Completion", 26), "This certifies that", ("Jane Doe", 24),
                        "has completed", ("Infection Control", 16), "on March 3, 2025",
                        ("Approved by the Oregon Board of Massage Therapists, Provider #1187", 8)) is None


@pytest.mark.parametrize("line", ["Video produced by Lightbox Media Group",
                                  "Offered through the CE Broker Learning Network"])
def test_a_maker_or_platform_yields_to_the_letterhead(kn: Knowledge, line: str) -> None:
    body = (("Jane Doe", 24), "has completed Ethics for Nurses", (line, 8))
    assert _provider_of(kn, ("Acme Health Education", 14), *body) == "Acme Health Education"
    assert _provider_of(kn, *body) == line.split(" by ")[-1].split(" the ")[-1]  # alone, it still names one


def test_a_title_in_a_letter_ends_before_the_event_described(kn: Knowledge) -> None:
    lines = document_lines(document("This letter confirms that Jane Doe attended Wound Care Summit, the 12th annual "
                                    "conference of Acme Nursing Society, held March 3-5, 2024 at Hyatt Regency."))
    assert parse_course_title(lines, kn, "Jane Doe").value == "Wound Care Summit"


def test_a_subject_line_names_the_document_then_the_title(kn: Knowledge) -> None:
    from cecingest.parse.names import _clean_title

    assert _clean_title("Verification of attendance \u2013 Wound Care Summit", kn) == "Wound Care Summit"
    assert _clean_title("Ethics in Continuing Education - Part 2", kn) == "Ethics in Continuing Education - Part 2"


def test_the_learners_employer_is_not_the_provider(kn: Knowledge) -> None:
    lines = document_lines(document("Training Record", "Delegate: Jorge Tanaka",
                                    "Employer: Westfield University Hospital"))
    assert parse_provider(lines, paragraphs(lines), kn, ()).value != "Westfield University Hospital"


@pytest.mark.parametrize("caption", ["Account", "Training Agency", "Course Host Name", "Organizer/Host"])
def test_an_unknown_caption_before_an_organisation_is_dropped(kn: Knowledge, caption: str) -> None:
    lines = document_lines(document("Course Completion Report", f"{caption}: Westfield Education Society"))
    assert parse_provider(lines, paragraphs(lines), kn, ()).value == "Westfield Education Society"


@pytest.mark.parametrize("title", ["Pediatric Update, the Annual Review of Practice",
                                   "Midwest Trauma Symposium (5th Annual)"])
def test_annual_in_a_title_does_not_end_it(kn: Knowledge, title: str) -> None:
    from cecingest.parse.names import _clean_title

    assert _clean_title(title, kn) == title
    assert _clean_title(f"{title}, the 3rd annual meeting of Acme Nurses", kn) == title


def test_a_school_district_and_a_numbered_service_center_are_providers(kn: Knowledge) -> None:
    assert _provider_of(kn, ("Clearwater County Public Schools", 14), ("Office of Professional Learning", 9),
                        "Educator: Wen Brennan") == "Clearwater County Public Schools"
    assert _provider_of(kn, ("Region 14 Education Service Center", 14), ("Department of Curriculum", 9),
                        "Educator: Wen Brennan") == "Region 14 Education Service Center"


def test_a_teachers_school_is_where_she_works(kn: Knowledge) -> None:
    assert _provider_of(kn, ("Harbor Unified School District", 14), "School/Campus: Lakeshore High School",
                        "Teacher Name: Wen Brennan") == "Harbor Unified School District"


def test_a_pharmacist_label_and_a_workshop_label(kn: Knowledge) -> None:
    lines = document_lines(document(("CPE Passport", 13), "Statement of Credit", "Pharmacist: Amara Gutierrez, PharmD",
                                    "Assignment: Science Teacher", "Workshop/Course: Conflict Resolution at Work"))
    assert parse_participant(lines, kn).value == "Amara Gutierrez, PharmD"
    assert parse_course_title(lines, kn, None).value == "Conflict Resolution at Work"


def test_a_rosters_row_number_is_no_part_of_the_name(kn: Knowledge) -> None:
    lines = document_lines(document("# Student Name: 1 Mateo Ibarra", "Level: Paramedic"))
    assert parse_participant(lines, kn).value == "Mateo Ibarra"
    assert parse_participant(document_lines(document("Student: 12. Jane Doe, EMT")), kn).value == "Jane Doe, EMT"


def test_a_mails_sender_is_weaker_than_a_provider_row(kn: Knowledge) -> None:
    lines = document_lines(document("From: SkillTrail Learning <certificates@skilltrail.com>", "Name: Tobias Eriksen",
                                    "Provider: Redwood Nursing Academy"))
    assert parse_provider(lines, paragraphs(lines), kn, ()).value == "Redwood Nursing Academy"
    lines = document_lines(document("From: Redwood Nursing Academy <noreply@rna.org>", "Dear Tobias,"))
    assert parse_provider(lines, paragraphs(lines), kn, ()).value == "Redwood Nursing Academy"
    lines = document_lines(document("From: SkillTrail Learning <certificates@skilltrail.com>", "Hello Pedro,",
                                    "This e-mail confirms that Pedro Osei completed Mobile App Development with "
                                    "Kotlin, offered by Granite Data Professional Education, on 25/06/2021."))
    assert parse_provider(lines, paragraphs(lines), kn, ()).value == "Granite Data Professional Education"


@pytest.mark.parametrize(("lines", "name"), [
    (("Great news: Kofi Gallagher, MSN, APRN has successfully completed the course Wound Care Basics",),
     "Kofi Gallagher, MSN, APRN"),
    (("Great news: Rafael Chatterjee has successfully completed the course Wound Care Basics",), "Rafael Chatterjee"),
])
def test_a_name_after_an_opening_that_ends_in_a_colon(kn: Knowledge, lines: tuple[str, ...], name: str) -> None:
    assert parse_participant(document_lines(document(*lines)), kn).value == name


@pytest.mark.parametrize(("text", "title", "provider"), [
    ("We confirm that Greta Thornton, LPC completed \u201cGrief Counseling Approaches\u201d (Redwood Health Training "
     "Institute) on Sep 21, 2021.", "Grief Counseling Approaches", "Redwood Health Training Institute"),
    ("Great news: Tobias Elliott, RN has successfully completed the course Polypharmacy in Older Adults from "
     "Brightwater Health Education Partners on 2025-03-17 for 2 contact hours.", "Polypharmacy in Older Adults",
     "Brightwater Health Education Partners"),
    ("We are pleased to confirm that Elif Brennan completed Conflict Resolution at Work (Lakeshore Professional "
     "Seminars) on Tuesday, March 19, 2024. Credit awarded: 8.00 PDUs.", "Conflict Resolution at Work",
     "Lakeshore Professional Seminars"),
    ("We confirm that Ann Lee completed Balance Training for Clients at Risk of Falls from Crescent Fitness "
     "Learning, LLC on June 3, 2024.", "Balance Training for Clients at Risk of Falls",
     "Crescent Fitness Learning, LLC"),
])
def test_the_organisation_named_after_the_title_offers_it(kn: Knowledge, text: str, title: str,
                                                          provider: str) -> None:
    lines = document_lines(document("From: SkillTrail Learning <no-reply@skilltrail.com>", text,
                                    "\u00a9 2021 SkillTrail Learning, Inc."))
    found = parse_course_title(lines, kn, None).value
    assert found == title
    assert parse_provider(lines, paragraphs(lines), kn, (), found).value == provider
    # a title that merely mentions an organisation keeps it
    lines = document_lines(document("Course: Lessons from the Hospital Floor"))
    assert parse_course_title(lines, kn, None).value == "Lessons from the Hospital Floor"


@pytest.mark.parametrize("title", ["Lessons from Rural Public Schools on Remote Learning",
                                   "Coding and Billing Essentials (Rural Health Clinic)"])
def test_an_organisation_in_the_title_without_a_date_after_it_stays_in_the_title(kn: Knowledge, title: str) -> None:
    lines = document_lines(document(("Acme Health Education", 14), "This certifies that", ("Jane Doe", 20),
                                    "has completed", (title, 14), "on March 3, 2025"))
    found = parse_course_title(lines, kn, None).value
    assert found == title
    assert parse_provider(lines, paragraphs(lines), kn, (), found).value == "Acme Health Education"


def test_job_title_is_the_employee_s_not_the_course(kn: Knowledge) -> None:
    lines = document_lines(document(("Harbor Medical Center", 16), ("Annual Skills Validation Day", 15),
                                    "Employee Name: Mei Eriksen", "Job Title: Charge Nurse"))
    assert parse_course_title(lines, kn, "Mei Eriksen").value == "Annual Skills Validation Day"


def test_a_session_log_names_parts_not_the_activity(kn: Knowledge) -> None:
    lines = document_lines(document(("VERIFICATION OF ATTENDANCE", 20), ("Harbor Society 2024 Annual Meeting", 13),
                                    "Attendee: Mei Eriksen", "Session: Opening keynote", "Session: Breakout A",
                                    "Session: Closing panel"))
    assert parse_course_title(lines, kn, "Mei Eriksen").value == "Harbor Society 2024 Annual Meeting"
    # a title's label with one other value is no log
    lines = document_lines(document(("CERTIFICATE", 20), "Session: Wound Care Basics", "Session: Date",
                                    "Attendee: Mei Eriksen"))
    assert parse_course_title(lines, kn, "Mei Eriksen").value == "Wound Care Basics"


def test_a_year_in_a_large_line_keeps_it_a_title_but_a_date_does_not(kn: Knowledge) -> None:
    lines = document_lines(document(("2024 Annual Competency Validation", 15), ("March 3, 2024", 18),
                                    "Employee: Mei Eriksen"))
    assert parse_course_title(lines, kn, "Mei Eriksen").value == "2024 Annual Competency Validation"


def test_a_heading_sized_title_with_an_org_word_beats_small_print(kn: Knowledge) -> None:
    lines = document_lines(document(("Annual Mandatory Education and Skills Validation", 14),
                                    "Employee: Mei Eriksen", ("Validator initials confirm return demonstration", 8),
                                    ("Uma Brennan, MD, Unit Manager", 8.5)))
    assert parse_course_title(lines, kn, "Mei Eriksen").value == "Annual Mandatory Education and Skills Validation"


def test_a_unit_keeps_the_organisation_after_its_comma(kn: Knowledge) -> None:
    lines = document_lines(document(("Annual Skills Validation Day", 16), "Employee: Mei Eriksen",
                                    "Contact hours: 4.0 (awarded by Department of Nursing Education, Harbor "
                                    "Community Hospital)"))
    found = parse_provider(lines, paragraphs(lines), kn, ())
    assert found.value == "Department of Nursing Education, Harbor Community Hospital"


def test_a_bracket_closing_the_sentence_is_not_the_provider_s(kn: Knowledge) -> None:
    lines = document_lines(document(("Annual Skills Validation Day", 16), "Employee: Mei Eriksen",
                                    "Contact hours: 4.0 (awarded by Harbor Hospital Nursing Education)"))
    assert parse_provider(lines, paragraphs(lines), kn, ()).value == "Harbor Hospital Nursing Education"


def test_a_signer_over_a_role_line_is_no_title(kn: Knowledge) -> None:
    lines = document_lines(document(("VERIFICATION OF ATTENDANCE", 20), ("Willow Creek Legal Network Summit 2021", 13),
                                    "Attendee: Mei Eriksen", ("Uma Moreau, MD", 9.5), ("Executive Director", 8.5)))
    assert parse_course_title(lines, kn, "Mei Eriksen").value == "Willow Creek Legal Network Summit 2021"


@pytest.mark.parametrize("block", [[("Chloe Reyes, MD", 9.5), ("Director of Continuing Education", 9.5)],
                                   [("Greta Ito Chief Learning Officer", 9.5)]])
def test_a_signature_block_read_by_ocr_is_no_title(kn: Knowledge, block: list[tuple[str, float]]) -> None:
    lines = document_lines(document(("VERIFICATION OF ATTENDANCE", 20), ("Harbor Institute Summit 2021", 13),
                                    "Attendee: Mei Eriksen", *block))
    assert parse_course_title(lines, kn, "Mei Eriksen").value == "Harbor Institute Summit 2021"


def test_a_role_ending_title_under_the_participant_stays_a_title(kn: Knowledge) -> None:
    lines = document_lines(document(("CERTIFICATE OF COMPLETION", 20), ("Mei Eriksen", 24),
                                    ("Essentials for the New Nurse Manager", 16)))
    assert parse_course_title(lines, kn, "Mei Eriksen").value == "Essentials for the New Nurse Manager"


def test_a_role_ending_title_under_its_presenter_stays_a_title(kn: Knowledge) -> None:
    lines = document_lines(document(("CERTIFICATE OF COMPLETION", 20), ("Mei Eriksen", 24), ("Dr. Ann Lee", 12),
                                    ("Becoming a Nurse Manager", 16)))
    assert parse_course_title(lines, kn, "Mei Eriksen").value == "Becoming a Nurse Manager"


def test_a_company_before_its_venue_keeps_no_venue(kn: Knowledge) -> None:
    lines = document_lines(document(("Wound Care Basics", 16), "Participant: Mei Eriksen",
                                    "Presented by Acme Seminars, Riverside Medical Center, Portland, Oregon"))
    assert parse_provider(lines, paragraphs(lines), kn, ()).value == "Acme Seminars"


def test_a_founding_year_keeps_a_tagline_no_title(kn: Knowledge) -> None:
    lines = document_lines(document(("Serving Nurses Since 1985", 20), ("CERTIFICATE OF COMPLETION", 18),
                                    ("Mei Eriksen", 22), ("Wound Care Basics", 16)))
    assert parse_course_title(lines, kn, "Mei Eriksen").value == "Wound Care Basics"


def test_a_part_label_s_value_in_larger_print_is_the_course(kn: Knowledge) -> None:
    lines = document_lines(document(("CERTIFICATE", 20), ("Topic: Wound Care Basics", 12), "Attendee: Mei Eriksen",
                                    ("Topic: Pressure Injuries", 9), ("Topic: Skin Tears", 9)))
    assert parse_course_title(lines, kn, "Mei Eriksen").value == "Wound Care Basics"


def test_a_conference_issuing_its_certificates_is_the_provider(kn: Knowledge) -> None:
    lines = document_lines(document("Lakeshore Veterinary Conference", "RACE-Approved Continuing Education",
                                    "This certifies that", "Stefan Okonkwo, RVT", "attended the program",
                                    "Client Communication and Practice Management"))
    names = [n for ns in kn.accreditors.values() for n in ns]
    assert parse_provider(lines, paragraphs(lines), kn, names).value == "Lakeshore Veterinary Conference"


def test_a_meeting_s_edition_is_no_organisation(kn: Knowledge) -> None:
    lines = document_lines(document("Annual Veterinary Conference", "Lakeshore Veterinary Conference",
                                    "This certifies that", "Stefan Okonkwo, RVT", "attended the program"))
    names = [n for ns in kn.accreditors.values() for n in ns]
    assert parse_provider(lines, paragraphs(lines), kn, names).value == "Lakeshore Veterinary Conference"
    # a season's word before a landform's names a place, not an edition
    lines = document_lines(document(("Spring Valley Dental Study Club", 14), ("CERTIFICATE OF COMPLETION", 24),
                                    "This certifies that", ("Jane Doe", 22), "has completed",
                                    ("Guided Bone Regeneration", 14)))
    assert parse_provider(lines, paragraphs(lines), kn, names).value == "Spring Valley Dental Study Club"


def test_a_chapter_named_after_its_accreditor_is_the_provider(kn: Knowledge) -> None:
    # "Heritage Academy of General Dentistry": a place before the body's name makes a member organisation of it
    lines = document_lines(document("Heritage Academy of General Dentistry", "Verification of Participation",
                                    "Participant: Jane Doe, DDS", "Course Title: Periodontal Therapy Update"))
    names = [n for ns in kn.accreditors.values() for n in ns]
    assert parse_provider(lines, paragraphs(lines), kn, names).value == "Heritage Academy of General Dentistry"
    # the body itself, alone or after "the", is still the accreditor
    lines = document_lines(document("The Academy of General Dentistry", "Verification of Participation",
                                    "Participant: Jane Doe, DDS"))
    assert parse_provider(lines, paragraphs(lines), kn, names).value != "The Academy of General Dentistry"


def test_continuing_dental_education_is_a_heading_not_the_provider(kn: Knowledge) -> None:
    lines = document_lines(document(("Westfield Academy of General Dentistry Chapter", 15),
                                    ("Continuing Dental Education", 9),
                                    ("Certificate of Continuing Dental Education", 18),
                                    "Participant: Jane Doe, DDS"))
    names = [n for ns in kn.accreditors.values() for n in ns]
    assert parse_provider(lines, paragraphs(lines), kn, names).value == "Westfield Academy of General Dentistry Chapter"


def test_a_societys_local_section_before_the_comma_is_part_of_the_provider(kn: Knowledge) -> None:
    lines = document_lines(document("Hudson Section, Structural Engineers Association is an approved provider in "
                                    "FL (Provider #0004567), NY and NC."))
    assert parse_provider(lines, paragraphs(lines), kn, ()).value == "Hudson Section, Structural Engineers Association"


def test_a_labelled_title_wraps_onto_its_subtitle_under_the_value(kn: Knowledge) -> None:
    words = (words_of_line("Course:", 100, left=72) + words_of_line("Electrical Continuing", 100, left=160)
             + words_of_line("Education: 8-Hour Update", 114, left=160))
    lines = document_lines(document_of_words(words))
    assert parse_course_title(lines, kn, None).value == "Electrical Continuing Education: 8-Hour Update"
    # a known label under the value is a field of its own
    words = (words_of_line("Course:", 100, left=72) + words_of_line("Electrical Code Update", 100, left=160)
             + words_of_line("Format: Classroom", 114, left=160))
    lines = document_lines(document_of_words(words))
    assert parse_course_title(lines, kn, None).value == "Electrical Code Update"
    # a role's label and its person under the value are no subtitle
    words = (words_of_line("Course:", 100, left=72) + words_of_line("Ethics for Nurses", 100, left=160)
             + words_of_line("Moderator: Ann Lee", 114, left=160))
    lines = document_lines(document_of_words(words))
    assert parse_course_title(lines, kn, None).value == "Ethics for Nurses"
    words = (words_of_line("Course:", 100, left=72) + words_of_line("Ethics for Nurses", 100, left=160)
             + words_of_line("Room: 204B", 114, left=160))
    lines = document_lines(document_of_words(words))
    assert parse_course_title(lines, kn, None).value == "Ethics for Nurses"


def test_an_ocr_speck_after_a_small_word_inside_a_title_is_no_full_stop(kn: Knowledge) -> None:
    lines = document_lines(document("Course Title: Dementia Care Strategies for. Therapy Practitioners",
                                    confidence=0.9, source="ocr"))
    assert parse_course_title(lines, kn, None).value == "Dementia Care Strategies for Therapy Practitioners"


def test_a_dated_conference_is_the_meeting_attended_not_an_organisation(kn: Knowledge) -> None:
    # A conference's own verification: the meeting's edition in large print is what was attended; the
    # accreditation sentence in small print below is no title.
    doc = document(("Highland Nursing Learning Center", 12), ("VERIFICATION OF ATTENDANCE", 16),
                   ("Highland Nursing Learning Center 2025 Annual Conference", 14), ("Name: Wen Carvalho, RN", 10),
                   ("Highland Nursing Learning Center is accredited as a provider of nursing continuing professional "
                    "development by the American Nurses Credentialing Center (ANCC).", 7))
    title = parse_course_title(document_lines(doc), kn, "Wen Carvalho, RN").value
    assert title == "Highland Nursing Learning Center 2025 Annual Conference"
    # undated, a conference named by its place is still the body that holds it, no title
    doc = document(("Lakeshore Veterinary Conference", 16), ("Certificate of Attendance", 14),
                   ("Name: Jane Doe, DVM", 10), ("Feline Dentistry Update", 12))
    assert parse_course_title(document_lines(doc), kn, "Jane Doe, DVM").value == "Feline Dentistry Update"


def test_a_letter_confirming_attendance_at_a_course_names_it(kn: Knowledge) -> None:
    doc = document(("Granite Professional Training Group", 14), "Re: Verification of attendance",
                   "To whom it may concern:",
                   "We are pleased to confirm your attendance at Ethics for Accountants: Independence and Objectivity",
                   "(8th Annual Conference), 12/23/2025 - 12/26/2025, Convention Center, Hall C.", "Sincerely,",
                   ("Wanjiru Osei", 12), "Executive Director")
    title = parse_course_title(document_lines(doc), kn, "Mateo Iversen, EA").value
    assert title == "Ethics for Accountants: Independence and Objectivity"


    # after a number "in." is inches, no speck
    lines = document_lines(document("Course Title: Sizing 1/2 in. and 3/4 in. Gas Piping", confidence=0.9,
                                    source="ocr"))
    assert parse_course_title(lines, kn, None).value == "Sizing 1/2 in. and 3/4 in. Gas Piping"


def test_participant_labelled_with_two_professions(kn: Knowledge) -> None:
    lines = document_lines(document("Pharmacist/Technician: Kwame Adeyemi", "e-Profile ID: 8614272",
                                    "Program Title: Immunization Update for Pharmacy Teams"))
    assert parse_participant(lines, kn).value == "Kwame Adeyemi"


def test_an_accrediting_body_heading_its_own_certificate_is_the_provider(kn: Knowledge) -> None:
    lines = document_lines(document(("American Association for Respiratory Care", 18),
                                    ("Certificate of Attendance", 22), "This certifies that", ("Mei Ito, RRT", 22),
                                    "attended", "Mechanical Ventilation: Modes and Graphics",
                                    "Approved for 6.0 CRCE credit hours by the American Association for Respiratory "
                                    "Care."))
    names = kn.accreditors["AARC"]
    assert parse_provider(lines, paragraphs(lines), kn, names).value == "American Association for Respiratory Care"


def test_a_profession_forum_is_an_organisation_not_its_tagline(kn: Knowledge) -> None:
    lines = document_lines(document(("Heritage Primary Care NP Forum", 13), ("APRN Continuing Education", 9),
                                    ("CE Certificate", 24), "Presented to", ("Oscar Okonkwo, DNP, APRN", 24),
                                    "participated in the live webinar", "Hypertension Guideline Update for APRNs"))
    assert parse_provider(lines, paragraphs(lines), kn, ()).value == "Heritage Primary Care NP Forum"


def test_this_activity_is_approved_names_no_provider(kn: Knowledge) -> None:
    lines = document_lines(document("This Activity is approved for 1.5 contact hours of continuing education by the",
                                    "American Association of Nurse Practitioners."))
    assert parse_provider(lines, paragraphs(lines), kn, kn.accreditors["AANP"]).value != "This Activity"


def test_a_name_cut_by_a_wrapped_statement_is_whole_in_the_heading(kn: Knowledge) -> None:
    lines = document_lines(document(("Silverlake Primary Care NP Forum", 13), ("Certificate of Completion", 24),
                                    "This certifies that", ("Chloe Kruger, PMHNP-BC", 24),
                                    "has completed the accredited activity",
                                    "\u00a2 NP Forum is accredited by the American Association of Nurse Practitioners"))
    assert parse_provider(lines, paragraphs(lines), kn, kn.accreditors["AANP"]).value == \
        "Silverlake Primary Care NP Forum"


def test_a_credential_split_at_its_hyphen_by_ocr_is_joined(kn: Knowledge) -> None:
    lines = document_lines(document("This certifies that", ("Fiona Abbott, PMHNP- BC", 24), "has completed"))
    assert parse_participant(lines, kn).value == "Fiona Abbott, PMHNP-BC"


def test_a_logos_initials_or_a_caption_before_the_name_is_no_part_of_it(kn: Knowledge) -> None:
    for head in ("CGE", "Provider"):
        lines = document_lines(document((f"{head} Clearwater Geotechnical Engineering Society", 13),
                                        ("Certificate of Attendance", 24), "This certifies that",
                                        ("Chloe Kruger, PE", 24), "attended the webinar",
                                        "Clearwater Geotechnical Engineering Society is approved by the Florida "
                                        "Board of Professional Engineers as a provider."))
        assert parse_provider(lines, paragraphs(lines), kn, ()).value == "Clearwater Geotechnical Engineering Society"


def test_a_state_code_before_the_name_is_part_of_it(kn: Knowledge) -> None:
    # "PA" is no initials of "Physical Therapy Association" in their order: Pennsylvania's association
    lines = document_lines(document(("PA Physical Therapy Association", 13), ("Certificate of Attendance", 24),
                                    "This certifies that", ("Chloe Kruger, PT", 24), "attended the webinar",
                                    "Physical Therapy Association is an approved provider of continuing competence."))
    assert parse_provider(lines, paragraphs(lines), kn, ()).value == "PA Physical Therapy Association"


def test_a_place_word_added_to_labels_keeps_a_season_a_places_name(kn: Knowledge, tmp_path: Path) -> None:
    from cecingest.parse.names import _edition
    assert _edition(kn).match("Spring Dental Symposium") and not _edition(kn).match("Spring Valley Dental Club")
    assert _edition(kn).match("Spring Glen Dental Club")
    extended = knowledge_with_labels(tmp_path, '[provider]\nplace_words = ["glen"]\n')
    assert not _edition(extended).match("Spring Glen Dental Club")


def test_a_legal_word_added_to_labels_is_no_name_alone(kn: Knowledge, tmp_path: Path) -> None:
    from cecingest.parse.names import _is_org_name
    assert not _is_org_name("LLC", kn) and _is_org_name("SARL", kn)
    extended = knowledge_with_labels(tmp_path, '[provider]\nlegal_words = ["sarl"]\n')
    assert not _is_org_name("SARL", extended) and _is_org_name("Acme SARL", extended)


def test_a_naming_word_added_to_labels_introduces_the_title(kn: Knowledge, tmp_path: Path) -> None:
    from cecingest.parse.names import _title_after_descriptor
    assert _title_after_descriptor("the course entitled Wound Care", kn) == "Wound Care"
    assert _title_after_descriptor("the course dubbed Wound Care", kn) == "the course dubbed Wound Care"
    extended = knowledge_with_labels(tmp_path, '[course_title]\nnaming_words = ["dubbed"]\n')
    assert _title_after_descriptor("the course dubbed Wound Care", extended) == "Wound Care"


def test_a_names_own_first_letters_before_it_are_part_of_it(kn: Knowledge) -> None:
    # "AB" names only two of the society's four words: its own letters, not a logo's spelling of the whole name
    lines = document_lines(document(("AB Anesthesia Board Education Society", 13), ("Certificate of Completion", 24),
                                    "This certifies that", ("Chloe Kruger, CRNA", 24), "completed the course",
                                    "Anesthesia Board Education Society is accredited as a provider."))
    assert parse_provider(lines, paragraphs(lines), kn, ()).value == "AB Anesthesia Board Education Society"


def test_a_logos_letters_set_apart_before_the_name_are_dropped_though_they_spell_only_its_start(
        kn: Knowledge) -> None:
    # "FRC" a wide gap before "Falcon Ridge Career Training Institute": a logo's letters for its first words
    words = words_of_line("FRC", 72, 14, left=40) + words_of_line("Falcon Ridge Career Training Institute", 72, 14,
                                                                  left=90)
    words += words_of_line("Certificate of Completion", 120, 24) + words_of_line("This certifies that", 170)
    words += words_of_line("Chloe Kruger", 200, 24) + words_of_line("completed the course", 250)
    lines = document_lines(document_of_words(words))
    assert parse_provider(lines, paragraphs(lines), kn, ()).value == "Falcon Ridge Career Training Institute"


def _grid(rows: list[tuple[str, str]], heading: str) -> list[Word]:
    words = words_of_line(heading, 40, 20, left=200)
    for i, (label, value) in enumerate(rows):
        words += words_of_line(label, 120 + 18 * i, 11, left=90) + words_of_line(value, 120 + 18 * i, 11, left=260)
    return words


def test_an_lms_exports_site_or_portal_names_the_provider(kn: Knowledge) -> None:
    for label in ("Site", "Portal", "Account"):
        rows = [("Learner", "Jane Doe"), ("Course", "Wound Care Basics"), (label, "Acme Health Education"),
                ("Completion Date", "03/22/2025")]
        lines = document_lines(document_of_words(_grid(rows, "Course Completion Record")))
        assert parse_provider(lines, paragraphs(lines), kn, ()).value == "Acme Health Education", label


def test_a_venues_site_under_a_letterhead_is_no_provider(kn: Knowledge) -> None:
    lines = document_lines(document(("Acme Health Education", 16), ("Certificate of Attendance", 24),
                                    "This certifies that", ("Chloe Kruger", 24), "attended the workshop",
                                    "Site: Springfield Convention Center"))
    assert parse_provider(lines, paragraphs(lines), kn, ()).value == "Acme Health Education"


@pytest.mark.parametrize("label", ["Educational Offering", "CE Program Completed", "Continuing Education Activity",
                                   "Live Seminar Attended"])
def test_a_label_naming_the_activity_by_its_noun_labels_the_title(kn: Knowledge, label: str) -> None:
    lines = document_lines(document("Acme Health Education", "Record of Continuing Education",
                                    "Learner: Jane Doe", f"{label}: Infection Control for Healthcare Workers",
                                    "Date Completed: 03/03/2025", "Contact Hours: 1.5"))
    assert parse_course_title(lines, kn, "Jane Doe").value == "Infection Control for Healthcare Workers"


@pytest.mark.parametrize("line", ["Course Level: Intermediate", "Job Title: Staff Nurse", "Course Date: 03/03/2025"])
def test_a_label_of_another_thing_does_not_label_the_title(kn: Knowledge, line: str) -> None:
    lines = document_lines(document("Acme Health Education", "Certificate of Completion", "This certifies that",
                                    "Jane Doe", "has completed", ("Infection Control for Healthcare Workers", 16),
                                    line, "1.5 contact hours"))
    assert parse_course_title(lines, kn, "Jane Doe").value == "Infection Control for Healthcare Workers"


@pytest.mark.parametrize("sentence", [
    "Acme Health Education is solely responsible for this program.",
    "Acme Health Education maintains responsibility for this program and its content."])
def test_the_organisation_answering_for_the_program_is_the_provider(kn: Knowledge, sentence: str) -> None:
    lines = document_lines(document("Certificate of Completion", "Jane Doe", "Infection Control Basics",
                                    ("Approved by the State Board of Nursing, Provider #123. " + sentence, 8)))
    assert parse_provider(lines, paragraphs(lines), kn, ()).value == "Acme Health Education"


def test_a_phrase_added_to_responsibility_words_names_the_provider(kn: Knowledge, tmp_path: Path) -> None:
    lines = document_lines(document("Certificate of Completion", "Jane Doe", "Infection Control Basics",
                                    ("Approved by the State Board of Nursing. Acme Health Education answers for "
                                     "this program.", 8)))
    assert parse_provider(lines, paragraphs(lines), kn, ()).value != "Acme Health Education"
    extended = knowledge_with_labels(tmp_path, '[provider]\nresponsibility_words = ["answers"]\n')
    assert parse_provider(lines, paragraphs(lines), extended, ()).value == "Acme Health Education"


@pytest.mark.parametrize("title", ["Speaker Series: Ethics in Practice", "Regional Training: Wound Care Basics"])
def test_a_titles_own_head_is_no_label(kn: Knowledge, title: str) -> None:
    lines = document_lines(document("Acme Health Education", ("Certificate of Completion", 24), "This certifies that",
                                    ("Jane Doe", 20), "has completed", (title, 16), "on March 3, 2025",
                                    "1.5 contact hours"))
    assert parse_course_title(lines, kn, "Jane Doe").value == title


def test_an_honorific_added_to_labels_ends_no_name(kn: Knowledge, tmp_path: Path) -> None:
    assert is_name_like("Jane Doe Esq", kn) and not is_name_like("Jane Doe Dr.", kn)
    extended = knowledge_with_labels(tmp_path, '[participant]\nhonorifics = ["esq"]\n')
    assert not is_name_like("Jane Doe Esq", extended)


def test_words_added_to_joint_words_and_maker_labels_are_honoured(kn: Knowledge, tmp_path: Path) -> None:
    from cecingest.parse.names import _jointly, _weak_by
    assert _jointly(kn).search("Co-sponsored by Acme") and not _jointly(kn).search("Cooperatively hosted by Acme")
    assert _weak_by(kn).fullmatch("produced by") and not _weak_by(kn).fullmatch("published by")
    extended = knowledge_with_labels(tmp_path, '[provider]\njoint_words = ["cooperatively"]\n'
                                               'joint_verbs = ["hosted"]\nmaker_labels = ["published by"]\n')
    assert _jointly(extended).search("Cooperatively hosted by Acme") and _weak_by(extended).fullmatch("published by")


def test_a_credit_verb_added_to_labels_names_the_title_after_for(kn: Knowledge, tmp_path: Path) -> None:
    from cecingest.parse.names import _after_title
    text = "Jane Doe was credited 2 contact hours for Wound Care Basics"
    extended = knowledge_with_labels(tmp_path, '[course_title]\ncredit_verbs = ["credited"]\n')
    match = _after_title(extended).search(text)
    assert match is not None and text[match.end():] == "Wound Care Basics"
    assert _after_title(kn).search(text) is None


def test_a_parent_org_word_added_to_labels_keeps_the_organisation_after_the_unit(kn: Knowledge,
                                                                                 tmp_path: Path) -> None:
    from cecingest.parse.names import _org_head
    text = "Department of Nursing Education, Harbor Community Hospice is approved"
    assert _org_head(text, kn) == "Department of Nursing Education"
    extended = knowledge_with_labels(tmp_path, '[provider]\nparent_org_words = ["Hospice"]\n')
    assert _org_head(text, extended) == "Department of Nursing Education, Harbor Community Hospice"
    assert _org_head(text.replace("Hospice", "hospice"), extended) == "Department of Nursing Education"
