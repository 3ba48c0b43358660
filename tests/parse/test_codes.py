from __future__ import annotations

from pathlib import Path

import pytest

from cecingest.knowledge import Knowledge
from cecingest.parse.codes import (
    parse_accreditation,
    parse_certificate_id,
    parse_delivery_format,
    parse_is_certificate,
    parse_labeled_code,
)
from cecingest.parse.layout import document_lines, paragraphs
from tests.helpers import document, knowledge_with_labels


def test_certificate_id_needs_a_digit(kn: Knowledge) -> None:
    labels = kn.words("certificate_id", "labels")
    assert parse_labeled_code(document_lines(document("Certificate No: CE-2025-000123")), labels, 0.9).value == \
        "CE-2025-000123"
    assert parse_labeled_code(document_lines(document("Certificate of Completion")), labels, 0.9).value is None


def test_ocr_gap_inside_an_id_is_closed(kn: Knowledge) -> None:
    labels = kn.words("certificate_id", "labels")
    read = document_lines(document("Certificate ID. CHLN-24-08-1 175-0020", confidence=0.6))
    assert parse_labeled_code(read, labels, 0.9).value == "CHLN-24-08-1175-0020"
    # A text layer prints what it means: the date after an id stays apart.
    printed = document_lines(document("Certificate ID: CE-2025-7 2025-03-14"))
    assert parse_labeled_code(printed, labels, 0.9).value == "CE-2025-7"


def test_license_number(kn: Knowledge) -> None:
    lines = document_lines(document("PE License No. 45821-TX"))
    assert parse_labeled_code(lines, kn.words("license_number", "labels"), 0.85).value == "45821-TX"


def test_accreditor_by_full_name_across_wrapped_lines(kn: Knowledge) -> None:
    lines = document_lines(document("This activity is accredited by the Accreditation Council for",
                                    "Continuing Medical Education."))
    assert parse_accreditation(paragraphs(lines), kn).value == "ACCME"


def test_acronym_must_match_case(kn: Knowledge) -> None:
    lines = document_lines(document("We will ace this course together", "Certificate"))
    assert parse_accreditation(lines, kn).value is None


def test_unknown_board_is_kept_as_printed(kn: Knowledge) -> None:
    lines = document_lines(document("This course has been approved by the New York State CLE Board for 1.0 credit"))
    assert parse_accreditation(lines, kn).value == "New York State CLE Board"


def test_delivery_label_beats_loose_words(kn: Knowledge) -> None:
    lines = document_lines(document("Join us online next year!", "Delivery Method: QAS Self Study"))
    assert parse_delivery_format(lines, kn).value == "self-study"


def test_invoice_is_not_a_certificate(kn: Knowledge) -> None:
    lines = document_lines(document("INVOICE", "Bill to: Jane Doe", "Course registration: Ethics 101",
                                    "Subtotal $199.00", "Sales tax $0.00", "Amount due $199.00"))
    f = parse_is_certificate(lines, kn)
    assert f.value is False


def test_certificate_wording(kn: Knowledge) -> None:
    lines = document_lines(document("Certificate of Completion", "This certifies that", "Jane Doe",
                                    "has successfully completed", "1.0 contact hours"))
    f = parse_is_certificate(lines, kn)
    assert f.value is True and f.confidence >= 0.85


def test_one_certificate_word_alone_is_no_sure_no(kn: Knowledge) -> None:
    # The credit line went unread: a name, a title and a date are left, with one certificate word.
    lines = document_lines(document("Juniper Seminars", "VERIFICATION OF ATTENDANCE", "KEIKO VALDEZ",
                                    "Coaching Skills for Supervisors", "Completed on: December 4, 2020"))
    f = parse_is_certificate(lines, kn)
    assert f.value is False and f.confidence <= 0.6


def test_label_inside_a_line_for_codes(kn: Knowledge) -> None:
    labels = kn.words("license_number", "labels")
    assert parse_labeled_code(document_lines(document("Massage License #: MT-20914")), labels, 0.85).value == \
        "MT-20914"
    assert parse_labeled_code(document_lines(document("Attorney Registration No.: 4829137")), labels, 0.85).value \
        == "4829137"


def test_printed_acronym_of_an_unknown_board(kn: Knowledge) -> None:
    lines = document_lines(document("Approved by the Example State Board of Widget Makers (ESBWM) as a provider."))
    assert parse_accreditation(lines, kn).value == "ESBWM"


def test_venue_is_not_a_delivery_format(kn: Knowledge) -> None:
    lines = document_lines(document("Location: Northfield Conference Center, Boston", "the live activity"))
    assert parse_delivery_format(lines, kn).value == "live"


def test_credential_after_a_name_is_not_the_accrediting_body(kn: Knowledge) -> None:
    lines = document_lines(document("Ana Kowalczyk, NASM-CPT", "has completed Corrective Exercise"))
    assert parse_accreditation(lines, kn).value is None


def test_a_verification_address_is_not_the_certificate_id(kn: Knowledge) -> None:
    lines = document_lines(document("Verify this certificate", "https://learn.heti33.org/verify",
                                    "Cert. No.: CE-2019-003340"))
    assert parse_labeled_code(lines, kn.words("certificate_id", "labels"), 0.9).value == "CE-2019-003340"


def test_the_format_a_form_ticks(kn: Knowledge) -> None:
    ticked = document_lines(document("Delivery Method: Online / webinar X Live / in person Self-study Conference"))
    assert parse_delivery_format(ticked, kn).value == "live"
    boxed = document_lines(document("Format: ☐ Online ☒ Self-study ☐ Live ☐ Conference"))
    assert parse_delivery_format(boxed, kn).value == "self-study"


def test_formats_listed_but_none_ticked_say_nothing(kn: Knowledge) -> None:
    lines = document_lines(document("Delivery Method: Online / webinar Live / in person Self-study Conference"))
    f = parse_delivery_format(lines, kn)
    assert f.value is None and "none marked" in f.note


def test_licensure_label(kn: Knowledge) -> None:
    lines = document_lines(document("Awarded on: 2024-11-15", "Licensure #: RPH-360643"))
    f = parse_labeled_code(lines, kn.words("license_number", "labels"), 0.85, keep_prefix=True)
    assert f.value == "RPH-360643"


def test_a_code_alone_on_its_line_is_the_certificate_id(kn: Knowledge) -> None:
    f = parse_certificate_id(document_lines(document("Jane Q. Doe", "Bridge Load Rating Methods", "E4DR-019020")), kn)
    assert f.value == "E4DR-019020" and f.confidence < 0.9  # no label says so


@pytest.mark.parametrize("lines", [
    ("Order #", "D688921"),  # another code's label above it
    ("RN3055067",),  # a licence number
    ("20240115",),  # a date
    ("12.5 contact hours",),
])
def test_codes_that_are_not_the_certificate_id(kn: Knowledge, lines: tuple[str, ...]) -> None:
    assert parse_certificate_id(document_lines(document("Jane Q. Doe", *lines)), kn).value is None


def test_a_word_added_to_label_ends_makes_a_line_another_codes_label(kn: Knowledge, tmp_path: Path) -> None:
    lines = document_lines(document("Jane Q. Doe", "Support Ticket", "D688921"))
    assert parse_certificate_id(lines, kn).value == "D688921"
    extended = knowledge_with_labels(tmp_path, '[other]\nlabel_ends = ["ticket"]\n')
    assert parse_certificate_id(lines, extended).value is None


def test_a_labelled_certificate_id_beats_a_bare_code(kn: Knowledge) -> None:
    lines = document_lines(document("G62021003861", "Certificate No.: EC2024011674"))
    assert parse_certificate_id(lines, kn).value == "EC2024011674"


@pytest.mark.parametrize(("text", "expected"), [
    ("Format: Live Online Conference", "conference"),
    ("Delivery Method: Live Webinar (virtual conference)", "conference"),
])
def test_a_described_format_is_no_list_of_options(kn: Knowledge, text: str, expected: str) -> None:
    assert parse_delivery_format(document_lines(document(text)), kn).value == expected


@pytest.mark.parametrize("lines", [("800-555-1234",), ("60601-1234",), ("2023-2024",), ("NPI", "1234567890")])
def test_phone_numbers_zip_codes_and_labelled_numbers_are_no_certificate_id(kn: Knowledge,
                                                                           lines: tuple[str, ...]) -> None:
    assert parse_certificate_id(document_lines(document("Jane Q. Doe", *lines)), kn).value is None
