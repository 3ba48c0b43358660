from __future__ import annotations

from pathlib import Path

import pytest

from cecingest.knowledge import Knowledge
from cecingest.models import Line, Word
from cecingest.parse import reading_lines
from cecingest.parse.codes import (
    parse_accreditation,
    parse_certificate_id,
    parse_delivery_format,
    parse_is_certificate,
    parse_labeled_code,
    parse_license_number,
)
from cecingest.parse.layout import document_lines, paragraphs
from tests.helpers import document, document_of_words, knowledge_with_labels, words_of_line


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


def test_ems_continuing_education_accreditor(kn: Knowledge) -> None:
    lines = document_lines(document("Acme EMS Academy is accredited by the Commission on Accreditation for",
                                    "Pre-Hospital Continuing Education (CAPCE). Organization accreditation # 1234."))
    assert parse_accreditation(paragraphs(lines), kn).value == "CAPCE"


def test_acronym_must_match_case(kn: Knowledge) -> None:
    lines = document_lines(document("We will ace this course together", "Certificate"))
    assert parse_accreditation(lines, kn).value is None


def test_unknown_board_is_kept_as_printed(kn: Knowledge) -> None:
    lines = document_lines(document("This course has been approved by the New York State CLE Board for 1.0 credit"))
    assert parse_accreditation(lines, kn).value == "New York State CLE Board"


@pytest.mark.parametrize(("sentence", "body"), [
    ("Acme Training Ltd is accredited by the CPD Certification Service, provider no. 12345.",
     "CPD Certification Service"),
    ("This course is approved by the Ohio Division of Real Estate and Professional Licensing.",
     "Ohio Division of Real Estate and Professional Licensing"),
    ("Approved by the Georgia Office of Insurance and Safety Fire Commissioner. Retain this certificate.",
     "Georgia Office of Insurance and Safety Fire Commissioner"),
    ("This course is approved by the Arizona Department of Insurance and Financial Institutions.",
     "Arizona Department of Insurance and Financial Institutions"),
])
def test_office_division_and_service_approve_too(kn: Knowledge, sentence: str, body: str) -> None:
    assert parse_accreditation(document_lines(document(sentence)), kn).value == body


def test_a_second_body_after_and_is_not_part_of_the_first(kn: Knowledge) -> None:
    lines = document_lines(document("Approved by the Texas Board of Nursing and Texas Medical Board for 1.5 hours."))
    assert parse_accreditation(lines, kn).value == "Texas Board of Nursing"


def test_a_service_inside_a_longer_name_is_not_the_body(kn: Knowledge) -> None:
    lines = document_lines(document("Approved by the Region Education Service Center staff"))
    assert parse_accreditation(lines, kn).value != "Region Education Service"


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


def test_provider_overlapping_a_venue_phrase_names_no_format(kn: Knowledge) -> None:
    # the provider's name starts inside "Conference Center": neither leaves a "Conference" behind
    lines = document_lines(document("Held at the Hyatt Conference Center for Nursing Excellence"))
    assert parse_delivery_format(lines, kn, "Center for Nursing Excellence").value is None


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


def _fields(*lines: str) -> tuple[str | None, str | None]:
    """certificate_id and license_number of a certificate printing these lines, through the whole parse stage."""
    from cecingest.config import Settings
    from cecingest.knowledge import load_knowledge
    from cecingest.parse import parse
    parsed = parse(document("Certificate of Completion", "This certifies that", "Jane Doe", "has completed",
                            "Ethics and Professional Conduct", "1.5 contact hours", *lines),
                   Settings(nlp_model="off"), load_knowledge(None))
    return parsed.certificate_id.value, parsed.license_number.value


@pytest.mark.parametrize(("line", "expected"), [
    ("Transcript ID: TR-88123", "TR-88123"),
    ("Confirmation Number: C4481920", "C4481920"),
    ("Ref. No. 2024-7781", "2024-7781"),
    ("Reference: REF-2024-118", "REF-2024-118"),
    ("ID: 30491822", "30491822"),
    ("No. 004517", "004517"),
    ("Certificate No.: AB 1234 5678", "AB 1234 5678"),  # printed in groups: one id
    ("Certificate No. 004512 2025", "004512"),  # a year after an id is not part of it
])
def test_more_certificate_id_labels(line: str, expected: str) -> None:
    assert _fields(line) == (expected, None)


@pytest.mark.parametrize(("lines", "expected"), [
    (("Verify at https://x.org/verify/AB12-CD34",), "AB12-CD34"),
    (("Verify online: https://certs.acme.org/v?code=K7P2Q9X4",), "K7P2Q9X4"),
    (("Scan to verify", "ID 7F3K9Q2M"), "7F3K9Q2M"),  # a QR code's caption
    (("Verify this certificate at www.acme.org/verify or call 800-555-1234",), None),
    (("Verification of Attendance", "RN1234567"), None),  # a licence number, not what one verifies by
])
def test_a_code_to_verify_the_certificate_by_is_its_id(lines: tuple[str, ...], expected: str | None) -> None:
    assert _fields(*lines)[0] == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("State Bar No. 301442", "301442"),
    ("Bar Number: 301442", "301442"),
    ("Certification Number: 00912233", "00912233"),  # a personal credential
    ("Licensee Number: 44129", "44129"),
    ("License No.: TX-PE 12345", "TX-PE 12345"),  # a state and type before the number belong to it
    ("Jane Doe, RN — License #RN123456", "RN123456"),
    # an EMT's national registry or state EMS certification number
    ("NREMT #: P1234567", "P1234567"),
    ("National Registry #: E7654321", "E7654321"),
    ("State Cert #: OH-123456", "OH-123456"),
    ("EMS Cert. No.: EMS123456", "EMS123456"),
    ("National Registry: OR-365830", "OR-365830"),  # a headed column whose "#" OCR lost
])
def test_more_licence_labels(line: str, expected: str) -> None:
    assert _fields(line) == (None, expected)


@pytest.mark.parametrize("line", [
    "Member ID: 00455123", "Member No. 445123", "Provider No. P0123", "Course No. 2025-118",
    "Florida Board of Nursing Provider License # 50-1234",  # the provider's licence
    "Acme Ltd, Company Registration No. 0881234",
    "No. of credits: 2.0",
    # NASBA's registry is no label of a licence
    "Acme is a sponsor of CPE on the National Registry of CPE Sponsors. Sponsor ID 112233.",
])
def test_other_codes_are_neither_the_certificate_id_nor_a_licence(line: str) -> None:
    assert _fields(line) == (None, None)


@pytest.mark.parametrize("lines", [
    ("Continuing Education Certificate", "COURSE DATE: 4/22/2021"),  # a heading's last word is no label
    ("Certificate No.:", "1.5"),  # an amount is no id
])
def test_dates_and_amounts_are_no_certificate_id(kn: Knowledge, lines: tuple[str, ...]) -> None:
    assert parse_certificate_id(document_lines(document(*lines)), kn).value is None


@pytest.mark.parametrize(("line", "expected"), [("RN3055067", "RN3055067"), ("RPH-197158", "RPH-197158"),
                                                ("PT-2024-0012-A", None)])
def test_a_licence_shaped_number_alone_is_the_licence(line: str, expected: str | None) -> None:
    lic = _fields(line)[1]
    assert lic == expected


def test_verified_by_a_person_gives_no_id_and_a_labelled_line_below_is_its_own(kn: Knowledge) -> None:
    lines = document_lines(document("Attendance verified by the program coordinator.", "Course Number: PHA-2024-0173"))
    assert parse_certificate_id(lines, kn).value is None
    lines = document_lines(document("Verify this certificate online", "Course Number: PHA-2024-0173"))
    assert parse_certificate_id(lines, kn).value is None


def test_a_state_and_zip_code_is_no_licence(kn: Knowledge) -> None:
    lines = document_lines(document("12 Rockville Pike, Rockville,", "MD 20850", "RN 3055067"))
    assert parse_license_number(lines, kn).value == "RN 3055067"
    alone = document_lines(document(("Certificate of Completion", 18), "PE 14225"))
    assert parse_license_number(alone, kn).value == "PE 14225"  # a licence type, no address around it


# ---- second robustness sweep (/tmp/codes2/probe.py): layouts and scan noise the first sweep left out


def test_id_label_without_colon_in_a_footer_strip(kn: Knowledge) -> None:
    lines = document_lines(document("Cert ID 8F2K-91QZ · Issued 03/05/2024 · Page 1 of 1"))
    assert parse_certificate_id(lines, kn).value == "8F2K-91QZ"


def test_blank_id_label_does_not_take_the_next_field(kn: Knowledge) -> None:
    lines = document_lines(document("Certificate ID:", "License #: RN123456"))
    assert parse_certificate_id(lines, kn).value is None
    assert parse_license_number(lines, kn).value == "RN123456"


def test_license_slash_certificate_label_is_the_licence(kn: Knowledge) -> None:
    lines = document_lines(document("License/Certificate #: 123456"))
    assert parse_certificate_id(lines, kn).value is None
    assert parse_license_number(lines, kn).value == "123456"


def test_number_after_a_licence_type_and_hash(kn: Knowledge) -> None:
    assert parse_license_number(document_lines(document("Jane Doe — TX RN #123456")), kn).value == "123456"
    assert parse_license_number(document_lines(document("Jane Doe, LPN #44-1209")), kn).value == "44-1209"
    # In lower case the letters are a word, not a licence type.
    assert parse_license_number(document_lines(document("what to do # 1234 first")), kn).value is None


def test_ocr_o_and_i_among_digits_are_repaired_on_scans_only(kn: Knowledge) -> None:
    scanned = document_lines(document("Certificate No.: CE-2O24-0012", confidence=0.9))
    assert parse_certificate_id(scanned, kn).value == "CE-2024-0012"
    printed = document_lines(document("Certificate No.: CE-2O24-0012"))
    assert parse_certificate_id(printed, kn).value == "CE-2O24-0012"
    scanned_licence = document_lines(document("License #: RN l23456", confidence=0.9))
    assert parse_license_number(scanned_licence, kn).value == "RN 123456"
    # B and S are letters codes use: kept as read.
    real = document_lines(document("Cert. No.: 3B2022006971", confidence=0.9))
    assert parse_certificate_id(real, kn).value == "3B2022006971"


@pytest.mark.parametrize(("text", "field", "want"), [
    ("Certificate N0.: CE-2024-0012", "certificate_id", "CE-2024-0012"),
    ("|D: 30491822", "certificate_id", "30491822"),
    ("Licen5e #: 123456", "license_number", "123456"),
    ("L1cense No. 884412", "license_number", "884412"),
])
def test_ocr_misread_labels(kn: Knowledge, text: str, field: str, want: str) -> None:
    lines = document_lines(document(text, confidence=0.9))
    parse = parse_certificate_id if field == "certificate_id" else parse_license_number
    assert parse(lines, kn).value == want


def test_ocr_gap_after_a_dash_is_closed(kn: Knowledge) -> None:
    for text in ("Certificate ID: CE-2024- 0012", "Certificate ID: CE- 2024-0012"):
        assert parse_certificate_id(document_lines(document(text, confidence=0.9)), kn).value == "CE-2024-0012"


def test_next_columns_label_glued_to_the_id(kn: Knowledge) -> None:
    lines = document_lines(document("Certificate No. CE-2024-0012Date: 03/05/2024"))
    assert parse_certificate_id(lines, kn).value == "CE-2024-0012"


@pytest.mark.parametrize("text", ["Approved by PA No. 12-345 State Board", "RN #1-12 of the series"])
def test_a_state_or_a_short_number_after_a_licence_type_is_no_licence(kn: Knowledge, text: str) -> None:
    assert parse_license_number(document_lines(document(text)), kn).value is None


def test_a_year_after_an_id_label_without_colon_is_no_id(kn: Knowledge) -> None:
    assert parse_certificate_id(document_lines(document("Certificate ID 2024 Acme Health")), kn).value is None


# ---- third robustness sweep (probe_codes3.py): wordings and layouts the first two sweeps left out


@pytest.mark.parametrize(("line", "expected"), [
    ("Serial: A-0045123", ("A-0045123", None)),
    ("Certificate Identifier: 7Q2W-88KD", ("7Q2W-88KD", None)),
    ("Certificate N° 12345", ("12345", None)),  # French and Spanish print "N°" / "Nº" for "No."
    ("Licence Nº 884412", (None, "884412")),
    ("License (RN 1234567)", (None, "RN 1234567")),  # the type and number in brackets after a licence word
    ("Priya Shah, P.E. No. 12345", (None, "12345")),  # a licence type printed with dots
    ("Approved by P.A. No. 12-345", (None, None)),  # a state's approval, dots or not
    ("Award ID: 2025-0412", ("2025-0412", None)),
    ("Badge ID: BG-77120", ("BG-77120", None)),
    ("N° de certificat : FR-2025-0412", ("FR-2025-0412", None)),
    ("Texas Educator ID: 1234567", (None, "1234567")),
    ("NMLS ID: 1234567", (None, "1234567")),
    ("LCSW #: 88123", (None, "88123")),  # a colon after the licence type's "#"
    ("License RN 3310045", (None, "RN 3310045")),  # a licence word before the type and number, no separator
    ("Jane Doe, whose license number is RN 1234567,", (None, "RN 1234567")),  # the sentence's "is" is no prefix
    ("Florida RN 1234567", (None, "RN 1234567")),  # a state's name before a licence alone on its line
    ("Course Tracking Number: 20-698234", (None, None)),  # a reporting service's course number
    ("NMLS Provider ID: 1400123", (None, None)),
    ("Company NMLS #: 1400123", (None, None)),  # the mortgage company's own number
    ("Provider NMLS ID: 1400123", (None, None)),
    ("Instructor, TX PE #45123", (None, None)),  # the instructor's licence
    ("Approved for CPA: 2025 Update", (None, None)),  # a year after a licence type numbers nothing
    ("Texas CPA 2024", (None, None)),
    ("License PE 2023", (None, None)),
    ("Provider License PT 12345", (None, None)),  # the provider's licence
    ("Jane Doe, RN: 1234567", (None, "1234567")),  # a bare colon after the type, at the name's end
    ("RN: 1234567", (None, "1234567")),
    ("Approved for RN: 2024-0042", (None, None)),  # a colon inside a sentence: an approval's number
    ("Board of Licensure PA 17105", (None, None)),  # a state and its ZIP code
    ("Maryland MD 20850", (None, None)),
    ("Licensed physician MD 2085011", (None, None)),  # a licence type after words, no label: nothing claims it
    ("MD 2085011", (None, "MD 2085011")),  # a Medical Doctor's licence alone on its line
])
def test_third_sweep_labels_and_licence_wordings(line: str, expected: tuple[str | None, str | None]) -> None:
    assert _fields(line) == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Certificate No.: CE 2024 00123", "CE 2024 00123"),  # a letters group, then groups of several lengths
    ("Credential ID: 4F2A 9C31 77BE 0D12", "4F2A 9C31 77BE 0D12"),  # groups of capitals and digits, one length
    ("Certificate ID: AB12 2025", "AB12"),  # a year after an id is not part of it
])
def test_ids_printed_in_groups(kn: Knowledge, line: str, expected: str) -> None:
    assert parse_certificate_id(document_lines(document(line)), kn).value == expected


def test_an_id_wrapped_at_a_dash_goes_on_below(kn: Knowledge) -> None:
    lines = document_lines(document("Certificate ID: 9f8e7d6c-5b4a-3f2e-", "1d0c-9b8a7f6e5d4c"))
    assert parse_certificate_id(lines, kn).value == "9f8e7d6c-5b4a-3f2e-1d0c-9b8a7f6e5d4c"


@pytest.mark.parametrize(("line", "expected"), [
    ("Verify at https://x.org/c/AB12CD", "AB12CD"),  # a short code ending a verification address
    ("Verify at coursera.org/verify/XWHUV3YCSJ8E", "XWHUV3YCSJ8E"),
    ("Verify at https://acme.org/verify/page2", None),  # lower case: a page, not a code
])
def test_the_end_of_a_verification_address_is_the_id(kn: Knowledge, line: str, expected: str | None) -> None:
    assert parse_certificate_id(document_lines(document(line)), kn).value == expected


def test_a_small_caption_under_a_bare_code_names_it(kn: Knowledge) -> None:
    event = document_lines(document("Jane Q. Doe", ("EV-2025-0412", 11), ("Event ID", 7)))
    assert parse_certificate_id(event, kn).value is None
    own = document_lines(document("Jane Q. Doe", ("CE-2025-0412", 11), ("Certificate Number", 7)))
    assert parse_certificate_id(own, kn).value == "CE-2025-0412"


def test_a_bare_code_under_an_approval_line_is_the_approvals(kn: Knowledge) -> None:
    lines = document_lines(document("Jane Q. Doe", "Provider approved by the California BRN", "CEP16193"))
    assert parse_certificate_id(lines, kn).value is None


def test_a_format_word_over_a_bare_code_is_a_value_not_its_label(kn: Knowledge) -> None:
    # Labels drawn in the artwork: "Webinar" is the delivery format's value, though "webinar" labels a title too.
    lines = document_lines(document("Wen Kruger", "Antibiotic Selection in Primary Care", "Webinar", "CERT027898J"))
    assert parse_certificate_id(lines, kn).value == "CERT027898J"
    # Any other label over a code still names it: "Course" over a course code.
    course = document_lines(document("Wen Kruger", "Course", "PHARM-2025-0173"))
    assert parse_certificate_id(course, kn).value is None


@pytest.mark.parametrize(("line", "expected"), [
    ("State License   2847561", (None, "2847561")),  # a form's label without a colon
    ("Nurse Planner  RN License 1122334", (None, None)),  # the planner's licence
    ("Name: Jane Doe    RN: 1234567", (None, "1234567")),  # a licence type and a colon
    ("Transcript #: T-2025-0012", ("T-2025-0012", None)),
    ("Cert. Code: 7Q2W88", ("7Q2W88", None)),
])
def test_licence_labels_without_colon_and_types_with_one(line: str, expected: tuple[str | None, str | None]) -> None:
    assert _fields(line) == expected


@pytest.mark.parametrize("line", [
    "RN: 10.00 contact hours",  # a profession's credit, not a licence
    "License: single user, 2025",  # a year after words numbers nothing
    "Certificate ID: pending 2025",
])
def test_amounts_and_years_after_words_are_no_licence(line: str) -> None:
    assert _fields(line) == (None, None)


def test_a_bar_parts_the_id_label_from_its_value(kn: Knowledge) -> None:
    assert parse_certificate_id(document_lines(document("Certificate ID | CE-2025-0412")), kn).value == "CE-2025-0412"


@pytest.mark.parametrize(("heading", "expected"), [
    ("CERTIFICATE OF COMPLETION #2025-0412", "2025-0412"), ("Certificate of Attendance No. CE-118", "CE-118"),
    ("CERTIFICATE OF COMPLETION 2025", None),  # a year in the heading numbers nothing
])
def test_id_in_the_heading(kn: Knowledge, heading: str, expected: str | None) -> None:
    lines = document_lines(document((heading, 24), "This certifies that", ("Jane Doe", 20)))
    assert parse_certificate_id(lines, kn).value == expected


def test_a_number_sign_before_a_code_alone_in_a_corner_is_no_part_of_it(kn: Knowledge) -> None:
    lines = document_lines(document("#CE-2025-006579", "Certificate of Completion", "Presented to Jane Doe"))
    assert parse_certificate_id(lines, kn).value == "CE-2025-006579"
    assert parse_certificate_id(document_lines(document("#0392", "Certificate of Completion")), kn).value is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Licence/Registration #: IA RPH-641460", "IA RPH-641460"),
    ("License #: MI PE 38273", "MI PE 38273"),
    ("License #: TX RN1234567", "TX RN1234567"),
    ("License #: RN1234567", "RN1234567"),
    ("License #: CPA-776073", "CPA-776073"),
])
def test_a_state_code_before_a_licence_type_is_part_of_the_number(kn: Knowledge, text: str, expected: str) -> None:
    assert parse_license_number(document_lines(document(text)), kn).value == expected


def _read(kn: Knowledge, words: list[Word]) -> list[Line]:
    return reading_lines(document_of_words(words), kn)


@pytest.mark.parametrize(("line", "expected"), [
    ("#2025-11873", "2025-11873"), ("N° 88123", "88123"), ("Serial 00-12-7781", "00-12-7781"),
    ("This certificate (No. 55123) must be retained for four years.", "55123"),
    ("# 2025", None), ("#1-800-555-0199", None)])
def test_a_number_sign_or_one_word_label_and_a_code_alone(kn: Knowledge, line: str, expected: str | None) -> None:
    assert parse_certificate_id(document_lines(document(line)), kn).value == expected


def test_a_number_sign_ending_a_wrapped_sentence_numbers_what_it_names(kn: Knowledge) -> None:
    lines = document_lines(document("This course is approved by the Pennsylvania CLE Board. Provider", "#12424."))
    assert parse_certificate_id(lines, kn).value is None


def test_a_code_wrapped_after_a_dash_under_its_label_is_joined(kn: Knowledge) -> None:
    words = (words_of_line("Certificate ID", 100, 9) + words_of_line("3F2A9C31-77BE-", 114)
             + words_of_line("0D12-4A5B", 128))
    assert parse_certificate_id(_read(kn, words), kn).value == "3F2A9C31-77BE-0D12-4A5B"


def test_an_id_in_groups_on_the_caption_under_a_verification_line(kn: Knowledge) -> None:
    lines = document_lines(document("Verify at northwind.org/verify", "Code 4412 0919 7781"))
    assert parse_certificate_id(lines, kn).value == "4412 0919 7781"


@pytest.mark.parametrize(("line", "expected"), [
    ("Your completion has been reported to CE Broker for license 2847561.", "2847561"),
    ("Completed by Jordan Avery Smith (CA RN 95012345)", "RN 95012345"),
    ("Business License 2847561 issued to Northwind", None),
    ("Instructor: Maria Lopez (TX PT 45123)", None),
    ("Jordan Avery Smith, RN 884512", "RN 884512"),
    ("Nurse Planner: Katarina Osei, MSN, RN 4412309", None),
    ("Licensed in Texas since 2012", None)])
def test_a_licence_in_a_sentence_or_in_brackets(kn: Knowledge, line: str, expected: str | None) -> None:
    assert parse_license_number(document_lines(document(line)), kn).value == expected


def test_the_licence_number_in_the_cell_beside_its_type_and_state(kn: Knowledge) -> None:
    beside = words_of_line("License: Texas RN", 100) + words_of_line("884512", 100, left=400)
    assert parse_license_number(_read(kn, beside), kn).value == "884512"
    numbered = words_of_line("State & Type: TX PT", 100) + words_of_line("No. 1209934", 100, left=300)
    assert parse_license_number(_read(kn, numbered), kn).value == "1209934"
    assert parse_certificate_id(_read(kn, numbered), kn).value is None
    header = (words_of_line("License (State/Type)", 100, 9) + words_of_line("Number", 100, 9, left=300)
              + words_of_line("FL / LMT", 114) + words_of_line("MA12345", 114, left=300))
    assert parse_license_number(_read(kn, header), kn).value == "MA12345"
    assert parse_certificate_id(_read(kn, header), kn).value is None


def test_a_signers_licence_after_the_name_with_the_role_below_is_not_the_participants(kn: Knowledge) -> None:
    lines = document_lines(document("Katarina Osei, MSN, RN 4412309", "Dean"))
    assert parse_license_number(lines, kn).value is None


def test_ocr_a_label_word_misread_before_its_colon_after_a_code_label_word(kn: Knowledge) -> None:
    lines = document_lines(document("Certificate NUMDED: CE-2025-0412", "Provider Numbet: CEP 12345",
                                    "License Numbet: RN 778120", confidence=0.8, source="ocr"))
    assert parse_certificate_id(lines, kn).value == "CE-2025-0412"
    assert parse_license_number(lines, kn).value == "RN 778120"
    # Only after a word of a code's label: a line opening "Numbet:" stays as read (no "Number: 55123").
    assert parse_certificate_id(document_lines(document("Numbet: 55123", source="ocr")), kn).value is None


def test_ocr_a_gap_before_a_dash_inside_a_dashed_code(kn: Knowledge) -> None:
    lines = document_lines(document("Credential ID: a1b2c3d4-5e6f-7081 -92a3-b4c5d6e7f809", confidence=0.8,
                                    source="ocr"))
    assert parse_certificate_id(lines, kn).value == "a1b2c3d4-5e6f-7081-92a3-b4c5d6e7f809"


@pytest.mark.parametrize(("line", "expected"), [
    ("Jordan Avery Smith (CA RN 95012345)", "CA RN 95012345"),
    ("Completed by Jordan Avery Smith (CA RN 95012345)", "CA RN 95012345"),
    ("Presented by Maria Lopez (RN 884512)", None),  # the presenter's licence
    ("Course author: Maria Lopez, RN 884512", None),  # another person's, after their label
])
def test_a_licence_after_someone_elses_name_is_not_the_participants(kn: Knowledge, line: str,
                                                                    expected: str | None) -> None:
    found = parse_license_number(document_lines(document(line)), kn).value
    assert (found.replace("CA ", "") if found else found) == (expected.replace("CA ", "") if expected else None)


def test_a_list_of_licence_types_beside_a_number_is_an_audience(kn: Knowledge) -> None:
    words = words_of_line("Audience: RN, LPN", 300) + words_of_line("2045117", 300, left=400)
    assert parse_license_number(document_lines(document_of_words(words)), kn).value is None
    words = words_of_line("License: Texas RN", 300) + words_of_line("884512", 300, left=400)
    assert parse_license_number(document_lines(document_of_words(words)), kn).value == "884512"


def test_a_tracking_number_labels_the_certificate_id(kn: Knowledge) -> None:
    lines = document_lines(document("Completion Date: 11/12/2020", "Tracking #: Y4VG-000008"))
    assert parse_certificate_id(lines, kn).value == "Y4VG-000008"


def test_a_label_naming_a_format_is_no_format(kn: Knowledge) -> None:
    lines = document_lines(document("Workshop/Course: Team Building for New Teachers"))
    assert parse_delivery_format(lines, kn).value is None
    # a label that is a format's own name still names it
    assert parse_delivery_format(document_lines(document("Webinar: CERT003226N")), kn).value == "online"


def test_reporting_online_is_no_format(kn: Knowledge) -> None:
    lines = document_lines(document("Compliance period: 2020-2022. Report online."))
    assert parse_delivery_format(lines, kn).value is None


def test_a_statements_number_is_the_certificate_id(kn: Knowledge) -> None:
    lines = document_lines(document("CPE Statement of Credit", "Statement No.: 9B5P-000302",
                                    "UAN: 0039-2661-24-051-H03-P"))
    assert parse_certificate_id(lines, kn).value == "9B5P-000302"


@pytest.mark.parametrize(("line", "expected"), [("0905-0935", None), ("1305-1420", None), ("2301-0042", "2301-0042")])
def test_a_24_hour_time_span_alone_is_no_id(kn: Knowledge, line: str, expected: str | None) -> None:
    assert parse_certificate_id(document_lines(document("Competency Record", line)), kn).value == expected


# ---- veterinary and dental certificates (make_families f101, f102)


@pytest.mark.parametrize(("line", "expected"), [
    ("RACE Program #: 20-123456", (None, None)),  # the program's approval number
    ("RACE Tracking Number: 57-98765", (None, None)),
    ("RACE Provider #: 416", (None, None)),
    ("AGD ID #: 388837", (None, None)),  # the member's AGD number, no licence
    ("AGD Subject Code: 250", (None, None)),
    ("State Board License #: 3044", (None, "3044")),
    ("State Dental License #: 74976", (None, "74976")),
    ("State/License No.: TX 16095", (None, "TX 16095")),
])
def test_veterinary_and_dental_numbers(line: str, expected: tuple[str | None, str | None]) -> None:
    assert _fields(line) == expected


def test_aavsb_race_approval_names_the_accreditor(kn: Knowledge) -> None:
    lines = document_lines(document("This program was reviewed and approved by the AAVSB RACE program for 2.0 hours",
                                    "of continuing education in jurisdictions which recognize AAVSB RACE approval."))
    assert parse_accreditation(paragraphs(lines), kn).value == "AAVSB RACE"


@pytest.mark.parametrize(("line", "expected"), [("Format: Seminar/Lecture", "live"),
                                                ("RACE Format: Interactive-Distance", "online"),
                                                ("Delivery Format: Non-Interactive-Distance", "self-study"),
                                                ("Format: Lab/Wet lab", "live")])
def test_race_formats(kn: Knowledge, line: str, expected: str) -> None:
    assert parse_delivery_format(document_lines(document(line)), kn).value == expected


def test_course_format_is_a_delivery_label(kn: Knowledge) -> None:
    assert parse_delivery_format(document_lines(document("Course Format: Live webinar")), kn).value == "online"


@pytest.mark.parametrize(("sentence", "body"), [
    ("Approved by the Alabama Plumbers and Gas Fitters Examining Board.",
     "Alabama Plumbers and Gas Fitters Examining Board"),
    ("Approved by the Ohio Occupational Therapy, Physical Therapy, and Athletic Trainers Board for 2 contact hours.",
     "Ohio Occupational Therapy, Physical Therapy, and Athletic Trainers Board"),
    ("Acme Electrical School is approved by the Arizona Registrar of Contractors.", "Arizona Registrar of Contractors"),
    ("Approving authority: Oregon Building Codes Division. Course approval expires 12/31/2025.",
     "Oregon Building Codes Division"),
])
def test_a_licensing_board_named_in_full(kn: Knowledge, sentence: str, body: str) -> None:
    assert parse_accreditation(document_lines(document(sentence)), kn).value == body


@pytest.mark.parametrize(("sentence", "body"), [
    # a signer and role before the board, an institution joined to it by "and": neither is part of its name
    ("Approved by Jane Smith, Executive Director, Ohio Board of Nursing", "Ohio Board of Nursing"),
    ("Approving Authority: John Smith, Director, Fire Training Division", "Fire Training Division"),
    ("Developed by Acme Seminars and approved by Riverside Hospital and Ohio Board of Nursing",
     "Ohio Board of Nursing"),
    # a university's registrar licenses nothing; a registrar "of" a trade does
    ("Certified by the University Registrar, Acme State University", None),
])
def test_a_board_named_after_others(kn: Knowledge, sentence: str, body: str | None) -> None:
    assert parse_accreditation(document_lines(document(sentence)), kn).value == body


def test_a_state_licence_beats_a_board_credential_number(kn: Knowledge) -> None:
    both = document_lines(document("NBRC Credential #: 264301", "FL License #: RCP 91767"))
    assert parse_license_number(both, kn).value == "RCP 91767"
    alone = document_lines(document("NBRC #: 264301", "Certificate No.: LG2024002369"))
    assert parse_license_number(alone, kn).value == "264301"


@pytest.mark.parametrize(("sentence", "body"), [
    ("Approved for 2.0 CRCE credit hours by the American Association for Respiratory Care (AARC).", "AARC"),
    ("This activity is approved by the American College of Emergency Physicians for a maximum of 8.0 hours of "
     "ACEP Category I credit.", "ACEP"),
])
def test_respiratory_care_and_emergency_medicine_approvers(kn: Knowledge, sentence: str, body: str) -> None:
    assert parse_accreditation(document_lines(document(sentence)), kn).value == body


def test_home_study_with_a_hyphen_is_self_study(kn: Knowledge) -> None:
    lines = document_lines(document("Format: Home-study (enduring)"))
    assert parse_delivery_format(lines, kn).value == "self-study"


def test_a_format_word_in_the_providers_name_is_no_format_and_grows_no_cache(kn: Knowledge) -> None:
    from cecingest.parse.labels import phrase_regex

    lines = document_lines(document("Riverside Online Academy\nCertificate of Completion\nWound Care Basics"))
    assert parse_delivery_format(lines, kn, provider="Riverside Online Academy").value is None
    assert parse_delivery_format(lines, kn).value == "online"
    # The provider changes with every document: a watch daemon must not keep a compiled pattern for each.
    cached = phrase_regex.cache_info().currsize
    for name in ("Riverside Online Academy", "Lakeside Online Institute", "Hilltop Online College"):
        parse_delivery_format(lines, kn, provider=name)
    assert phrase_regex.cache_info().currsize == cached


def test_a_body_word_added_to_labels_names_a_body_as_written(kn: Knowledge, tmp_path: Path) -> None:
    lines = document_lines(document("This course has been approved by the Ontario Tribunal of Nursing for 1.0 credit"))
    assert parse_accreditation(lines, kn).value is None
    extended = knowledge_with_labels(tmp_path, '[accrediting_body]\nbody_words = ["Tribunal"]\n')
    assert parse_accreditation(lines, extended).value == "Ontario Tribunal of Nursing"
    lower = document_lines(document("This course has been approved by the Ontario tribunal of Nursing for 1.0 credit"))
    assert parse_accreditation(lower, extended).value is None  # matched as written: case kept


def test_an_institution_word_added_to_labels_ends_it_before_and(kn: Knowledge, tmp_path: Path) -> None:
    from cecingest.parse.codes import _body_alone
    assert _body_alone("Riverside Hospice and Ohio Board of Nursing", kn) == \
        "Riverside Hospice and Ohio Board of Nursing"
    extended = knowledge_with_labels(tmp_path, '[accrediting_body]\ninstitution_words = ["Hospice"]\n')
    assert _body_alone("Riverside Hospice and Ohio Board of Nursing", extended) == "Ohio Board of Nursing"
