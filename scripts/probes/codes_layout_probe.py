# ruff: noqa: E501
"""Layout probe of the certificate id and the licence number: where a code sits relative to its label and to other
numbers (label above or below, table headers, dot leaders, corners, footers, sentences, wraps, QR captions) and
numbers that are neither (phones, ZIP codes, approval and course numbers, dates, amounts, pages).

Usage: PYTHONPATH=src python scripts/probes/codes_layout_probe.py OUTDIR [--image] [--json out.json]
(--image: each page rendered at 300 dpi to a PNG and read by OCR, as a scan would be.)
Each case: items drawn on a landscape letter page under a fixed certificate (heading, name, title, date, provider),
the expected certificate id and licence number (None: the page states none; a tuple: any of these is right).
An item is (x, top, text, size, align) with align "l" or "r" (right edge at x), or ("rule", x0, top, x1).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

Exp = str | tuple[str, ...] | None


def L(text: str, top: float, x: float = 72, size: float = 11) -> tuple:
    return (x, top, text, size, "l")


def R(text: str, top: float, x: float = 720, size: float = 11) -> tuple:
    return (x, top, text, size, "r")


def rule(x0: float, top: float, x1: float) -> tuple:
    return ("rule", x0, top, x1)


def row(top: float, cells: list[tuple[float, str]], size: float = 11) -> list[tuple]:
    return [L(t, top, x, size) for x, t in cells]


SENTENCE = "Northwind Learning Institute is registered with NASBA as a sponsor of continuing professional education."
CASES: list[tuple[str, list, Exp, Exp]] = [
    # --- A. label above the value
    ("above1", [L("Certificate Number", 320, size=9), L("CE-2025-00412", 334, size=12)], "CE-2025-00412", None),
    ("above2", [L("CERTIFICATE ID", 320, size=8), L("7F3K-9Q2M-11", 334, size=13)], "7F3K-9Q2M-11", None),
    ("above3", [L("License Number", 320, size=9), L("RN 1234567", 334, size=12)], None, "RN 1234567"),
    ("above4", [L("Licence #", 320, size=9), L("884512", 334, size=12)], None, "884512"),
    ("above5", [*row(320, [(72, "Certificate No."), (400, "License No.")], 9), *row(334, [(72, "A7K-22910"), (400, "PT 45821")], 12)], "A7K-22910", "PT 45821"),
    ("above6", [*row(320, [(72, "Date Issued"), (300, "Certificate ID"), (520, "License Number")], 9), *row(334, [(72, "03/14/2025"), (300, "20250314-0087"), (520, "LPN 447812")], 12)], "20250314-0087", "LPN 447812"),
    ("above7", [L("Your certificate number", 320, x=300, size=9), L("NW-88-10293", 336, x=300, size=16)], "NW-88-10293", None),
    ("above8", [*row(320, [(72, "Participant"), (450, "RN License")], 9), *row(334, [(72, "Jordan Avery Smith"), (450, "RN884512")], 12)], None, "RN884512"),
    ("above9", [L("Verification Code", 320, size=9), L("K9P2-XR7T-4M", 334, size=12)], "K9P2-XR7T-4M", None),
    ("above10", [L("Credential ID", 320, size=9), L("a1b2c3d4-5e6f-7081-92a3-b4c5d6e7f809", 334, size=10)], "a1b2c3d4-5e6f-7081-92a3-b4c5d6e7f809", None),
    ("above11", [L("CERTIFICATE NO.", 480, x=560, size=8), L("004512", 494, x=560, size=12), L("LICENSE NO.", 520, x=560, size=8), L("0071245", 534, x=560, size=12)], "004512", "0071245"),
    # --- B. label below the value (a caption under a rule)
    ("below1", [L("CE-2025-00412", 320, size=12), rule(72, 328, 250), L("Certificate Number", 340, size=8)], "CE-2025-00412", None),
    ("below2", [*row(320, [(72, "Jordan Avery Smith"), (400, "RN 889123")], 12), rule(72, 328, 250), rule(400, 328, 560), *row(340, [(72, "Participant"), (400, "License Number")], 8)], None, "RN 889123"),
    ("below3", [*row(320, [(72, "Jordan Avery Smith"), (300, "2025-0412-77"), (520, "03/14/2025")], 12), rule(72, 328, 240), rule(300, 328, 460), rule(520, 328, 680), *row(340, [(72, "Participant Name"), (300, "Certificate ID"), (520, "Date")], 8)], "2025-0412-77", None),
    ("below4", [L("88123456", 320, x=400, size=12), rule(400, 328, 560), L("Licence No.", 340, x=400, size=8)], None, "88123456"),
    ("below5", [L("HC-55102-A", 320, size=12), L("______________________", 326, size=12), L("Certificate #", 342, size=8)], "HC-55102-A", None),
    ("below6", [*row(320, [(72, "CE-77120"), (400, "RN 55123")], 12), rule(72, 328, 250), rule(400, 328, 560), *row(340, [(72, "Certificate No."), (400, "License No.")], 8)], "CE-77120", "RN 55123"),
    ("below7", [L("SN-004512", 320, x=300, size=14), rule(300, 330, 480), L("CERTIFICATE SERIAL", 342, x=300, size=7)], "SN-004512", None),
    ("below8", [L("0071245", 320, x=500, size=12), rule(500, 328, 660), L("Professional License Number", 340, x=500, size=8)], None, "0071245"),
    ("below9", [*row(320, [(72, "03/14/2025"), (300, "NW-2025-0412")], 12), rule(72, 328, 240), rule(300, 328, 460), *row(340, [(72, "Date of Issue"), (300, "Certificate Number")], 8)], "NW-2025-0412", None),
    # --- C. table header with values in the row below
    ("table1", [*row(320, [(72, "Participant"), (250, "License #"), (430, "Certificate #"), (600, "Date")], 9), *row(336, [(72, "Jordan Avery Smith"), (250, "RN-884512"), (430, "C-2025-0412"), (600, "03/14/2025")], 11)], "C-2025-0412", "RN-884512"),
    ("table2", [*row(320, [(72, "Course"), (350, "Credits"), (500, "Cert ID")], 9), *row(336, [(72, "Clinical Documentation"), (350, "1.5"), (500, "CD-7781-25")], 11)], "CD-7781-25", None),
    ("table3", [*row(320, [(72, "Name"), (300, "State"), (450, "License Number")], 9), *row(336, [(72, "Jordan Avery Smith"), (300, "TX"), (450, "884512")], 11)], None, "884512"),
    ("table4", [*row(320, [(72, "Certificate No."), (250, "Issue Date"), (430, "Expiry Date")], 9), *row(336, [(72, "00045127"), (250, "03/14/2025"), (430, "03/14/2027")], 11)], "00045127", None),
    ("table5", [*row(320, [(72, "Provider #"), (250, "Course #"), (430, "Certificate #")], 9), *row(336, [(72, "50-1234"), (250, "HC-101"), (430, "77812")], 11)], "77812", None),
    ("table6", [*row(320, [(72, "License Type"), (250, "License State"), (430, "License Number")], 9), *row(336, [(72, "RN"), (250, "Florida"), (430, "RN9281734")], 11)], None, "RN9281734"),
    ("table7", [*row(320, [(72, "Certificate Number"), (300, "Date of Issue")], 9), *row(336, [(72, "2025/00412"), (300, "14 March 2025")], 11)], "2025/00412", None),
    ("table8", [*row(320, [(72, "Attendee"), (300, "License No."), (480, "Hours")], 9), *row(336, [(72, "Jordan Avery Smith"), (300, "LMT 20914"), (480, "3.0")], 11)], None, "LMT 20914"),
    ("table9", [*row(320, [(72, "Certificate ID"), (260, "Course Code"), (450, "Completed")], 9), *row(336, [(72, "QX-448120"), (260, "HC-101"), (450, "03/14/2025")], 11)], "QX-448120", None),
    ("table10", [*row(320, [(72, "CERT #"), (200, "PARTICIPANT"), (450, "LICENSE")], 8), *row(334, [(72, "55102"), (200, "Jordan Avery Smith"), (450, "PT 45821")], 11)], "55102", "PT 45821"),
    # --- D. value at the far end of a dot leader (or of a wide gap)
    ("leader1", [L("Certificate Number " + "." * 70, 320), R("CE-2025-0412", 320)], "CE-2025-0412", None),
    ("leader2", [L("License No.", 320), L("." * 90, 320, x=140), R("RN 1234567", 320)], None, "RN 1234567"),
    ("leader3", [L("Certificate ID " + ". " * 40, 320), R("88-1205", 320)], "88-1205", None),
    ("leader4", [L("Certificate ID", 320), R("X7K2-M9Q4", 320)], "X7K2-M9Q4", None),
    ("leader5", [L("Certificate No. " + "." * 60, 320), R("004512", 320), L("Licence No. " + "." * 62, 338), R("77-1209", 338)], "004512", "77-1209"),
    ("leader6", [L("Cert No " + "_" * 50, 320), R("55123", 320)], "55123", None),
    ("leader7", [L("Certificate Number" + "." * 30 + "CE-2025-0412", 320)], "CE-2025-0412", None),
    ("leader8", [L("Provider Number " + "." * 60, 320), R("CEP 12345", 320), L("License Number " + "." * 61, 338), R("RN 778120", 338)], None, "RN 778120"),
    # --- E. a code in the top corner, without a label or with "No." / "#"
    ("corner1", [R("No. 004512", 40, x=740, size=10)], "004512", None),
    ("corner2", [R("#2025-11873", 40, x=740, size=10)], "2025-11873", None),
    ("corner3", [R("CE2025-08812", 40, x=740, size=9)], "CE2025-08812", None),
    ("corner4", [R("Certificate No: 2025/0412", 40, x=740, size=8)], "2025/0412", None),
    ("corner5", [R("N° 88123", 40, x=740, size=10)], "88123", None),
    ("corner6", [R("No. 0412", 40, x=740, size=10)], "0412", None),
    ("corner7", [R("Serial 00-12-7781", 40, x=740, size=9)], "00-12-7781", None),
    ("corner8", [L("No. 7781-A", 40, x=40, size=10)], "7781-A", None),
    ("corner9", [R("No. 004512", 40, x=740, size=10), R("March 14, 2025", 54, x=740, size=9)], "004512", None),
    ("corner10", [R("Certificate # 2025-0412", 570, x=740, size=8)], "2025-0412", None),
    # --- F. tiny print in the footer among the accreditation text
    ("footer1", [L(SENTENCE + " Sponsor ID 112233. Cert ID: 8F2K-91QZ", 560, size=6)], "8F2K-91QZ", None),
    ("footer2", [L("Provider approved by the California Board of Registered Nursing, Provider #CEP12345, for 1.5 contact hours. Certificate ID: 2025-77812", 560, size=6)], "2025-77812", None),
    ("footer3", [L("Accredited by IACET. Provider #: 1234567", 550, size=6), L("Certificate #: 44129-B   Issued 03/14/2025   Page 1 of 1", 560, size=6)], "44129-B", None),
    ("footer4", [L("Cert No. 2025-0412-A | Northwind Learning Institute | 555-123-4567", 560, size=6)], "2025-0412-A", None),
    ("footer5", [L("ID: NW2503140087", 565, x=360, size=6)], "NW2503140087", None),
    ("footer6", [*row(560, [(72, "CE Broker Tracking #: 20-698234"), (500, "Certificate ID: Q2M-7781")], 6)], "Q2M-7781", None),
    ("footer7", [L("Participant License: RN 884512 | Cert: 2025-0412", 560, size=6)], "2025-0412", "RN 884512"),
    ("footer8", [L("This certificate (No. 55123) must be retained for four years.", 560, size=6)], "55123", None),
    ("footer9", [L(SENTENCE, 548, size=6), L("NASBA Sponsor #112233 | Certificate: NW-0412-25 | Delivery: QAS Self Study", 558, size=6)], "NW-0412-25", None),
    # --- G. the licence inside a sentence
    ("sent1", [L("Jordan Avery Smith, holding Texas RN license 123456, attended this activity.", 320)], None, "123456"),
    ("sent2", [L("Jordan Avery Smith, RN (License #RN-884512)", 320)], None, "RN-884512"),
    ("sent3", [L("Participant's license number 4412309 issued by the Ohio Board of Nursing", 320)], None, "4412309"),
    ("sent4", [L("This credit is reported for the participant whose Florida license number is PT12345.", 320)], None, "PT12345"),
    ("sent5", [L("Licensee Jordan Avery Smith, License No. 0071245, attended the full program.", 320)], None, "0071245"),
    ("sent6", [L("Completed by Jordan Avery Smith (CA RN 95012345)", 320)], None, ("RN 95012345", "CA RN 95012345", "95012345")),
    ("sent7", [L("Your completion has been reported to CE Broker for license 2847561.", 320)], None, "2847561"),
    ("sent8", [L("Credit reported for Texas Board of Nursing license number 884512 (RN).", 320)], None, "884512"),
    ("sent9", [L("Attorney Bar No. 0071245 attended in person.", 320)], None, "0071245"),
    # --- H. the licence type and state in one cell, the number in the next
    ("cell1", [*row(320, [(72, "License:"), (200, "Texas RN"), (400, "884512")])], None, ("884512", "RN 884512")),
    ("cell2", [*row(320, [(72, "License Type/State:"), (220, "RN / CA"), (400, "License #:"), (480, "95012345")])], None, "95012345"),
    ("cell3", [*row(320, [(72, "License (State/Type)"), (300, "Number")], 9), *row(336, [(72, "FL / LMT"), (300, "MA12345")], 11)], None, "MA12345"),
    ("cell4", [*row(320, [(72, "Licence"), (300, "Licence Number")], 9), *row(336, [(72, "RN - Florida"), (300, "9281734")], 11)], None, "9281734"),
    ("cell5", [*row(320, [(72, "State & Type: TX PT"), (300, "No. 1209934")])], None, "1209934"),
    # --- I. an id wrapped over two lines
    ("split1", [L("Certificate ID: 9f8e7d6c-5b4a-3f2e-", 320), L("1d0c-9b8a7f6e5d4c", 334)], "9f8e7d6c-5b4a-3f2e-1d0c-9b8a7f6e5d4c", None),
    ("split2", [L("Certificate Number: CE-2025-", 320), L("004512", 334)], "CE-2025-004512", None),
    ("split3", [L("Certificate ID", 320, size=9), L("3F2A9C31-77BE-", 334), L("0D12-4A5B", 348)], "3F2A9C31-77BE-0D12-4A5B", None),
    ("split4", [L("Verification code: 8812-", 320), L("AB77-0091", 334)], "8812-AB77-0091", None),
    ("split5", [L("License Number: RN-", 320), L("884512", 334)], None, "RN-884512"),
    # --- J. an id by a QR code's caption
    ("qr1", [L("Scan to verify", 500, x=640, size=8), L("Code: X7K2M9Q4", 512, x=640, size=8)], "X7K2M9Q4", None),
    ("qr2", [L("Verify at verify.northwind.org - code X7K2M9Q4", 540, size=8)], "X7K2M9Q4", None),
    ("qr3", [L("To verify, visit northwind.org/check and enter code AB12-CD34", 540, size=8)], "AB12-CD34", None),
    ("qr4", [L("Verify this certificate at https://northwind.org/v/7F3K9Q2M", 540, size=8)], "7F3K9Q2M", None),
    ("qr5", [L("Authenticity can be checked with certificate code", 500, x=520, size=8), L("NW-2025-0412", 512, x=520, size=8)], "NW-2025-0412", None),
    ("qr6", [L("Verify at northwind.org/verify", 500, x=600, size=8), L("Code 4412 0919 7781", 512, x=600, size=8)], "4412 0919 7781", None),
    ("qr7", [L("Scan the QR code to verify", 500, x=600, size=7), L("ID 7F3K9Q2M", 510, x=600, size=7)], "7F3K9Q2M", None),
    # --- K. numbers that are neither
    ("neg1", [L("Phone: (555) 123-4567   Fax: (555) 123-4568", 560, size=8)], None, None),
    ("neg2", [L("Tel 555-123-4567", 540, size=8), L("Fax 555.123.4568", 552, size=8)], None, None),
    ("neg3", [L("1200 Main Street, Suite 400", 540, size=8), L("Springfield, IL 62704", 552, size=8)], None, None),
    ("neg4", [L(SENTENCE, 548, size=6), L("NASBA Sponsor #112233", 558, size=6)], None, None),
    ("neg5", [L("ACPE UAN: 0000-9999-25-123-H01-P", 320)], None, None),
    ("neg6", [L("ACPE Universal Activity Number 0000-9999-25-123-H01-P", 320)], None, None),
    ("neg7", [L("CE Broker Provider #50-12345", 320)], None, None),
    ("neg8", [L("Course #: 2025-HC-101", 320)], None, None),
    ("neg9", [L("Program Number: 4412", 320)], None, None),
    ("neg10", [R("Page 1 of 2", 580, x=740, size=8)], None, None),
    ("neg11", [L("© 2025 Northwind Learning Institute. All rights reserved.", 570, size=7)], None, None),
    ("neg12", [L("Tuition paid: $199.00", 320)], None, None),
    ("neg13", [R("03/14/2025", 40, x=740, size=10)], None, None),
    ("neg14", [L("Approval No. 2025-0412", 320)], None, None),
    ("neg15", [L("Provider Number: CEP 12345", 320)], None, None),
    ("neg16", [L("Course ID: NW-HC-2025-101", 320)], None, None),
    ("neg17", [*row(320, [(72, "Program ID: 0412-25"), (400, "Sponsor ID: 112233")])], None, None),
    ("neg18", [L("Provider approved by the California Board of Registered Nursing", 540, size=8), L("CEP16193", 552, size=8)], None, None),
    ("neg19", [R("1-800-555-0199", 40, x=740, size=9)], None, None),
    ("neg20", [L("Springfield, IL 62704-1234", 560, size=8)], None, None),
    ("neg21", [L("IACET Accredited Provider #1234567", 560, size=7)], None, None),
    ("neg22", [L("PMI Authorized Training Partner #4412", 560, size=7)], None, None),
    ("neg23", [L("Activity Code: HC101-25", 320)], None, None),
    ("neg24", [L("Order #: 100045127", 320)], None, None),
    ("neg25", [L("Member ID: 88123456", 320)], None, None),
    ("neg26", [L("Instructor: Dr. Maria Lopez, PT #45123", 320)], None, None),
    ("neg27", [L("Licensed in Texas since 2012", 320)], None, None),
    ("neg28", [L("Certificate valid until 12/31/2026", 320)], None, None),
    ("neg29", [*row(320, [(72, "Provider #"), (250, "Course #"), (430, "Credits")], 9), *row(336, [(72, "50-1234"), (250, "HC-101"), (430, "1.5")], 11)], None, None),
    ("neg30", [L("Call 555 123 4567 or write to 1200 Main Street", 560, size=7)], None, None),
    ("neg31", [R("2025", 40, x=740, size=10)], None, None),
    ("neg32", [L("Jordan Avery Smith, RN, BSN", 320)], None, None),
    # --- mixed: a distractor beside the real code
    ("mix1", [L("Course #: 2025-HC-101", 320), L("Certificate #: 55812", 336)], "55812", None),
    ("mix2", [L("NASBA Sponsor ID: 112233", 320), L("License #: CPA 0091234", 336)], None, "CPA 0091234"),
    ("mix3", [L("Fax: 555-123-4568", 550, size=7), L("Cert ID: 8F2K-91QZ", 560, size=7)], "8F2K-91QZ", None),
    ("mix4", [R("Page 1 of 2", 40, x=740, size=8), R("No. 004512", 54, x=740, size=10)], "004512", None),
    ("mix5", [L("ACPE UAN: 0000-9999-25-123-H01-P", 320), L("Certificate Number: 0412-77812", 336)], "0412-77812", None),
    ("mix6", [*row(320, [(72, "Provider Number"), (300, "Certificate Number")], 9), *row(336, [(72, "CEP 12345"), (300, "20250314-0087")], 11)], "20250314-0087", None),
    ("mix7", [L("Springfield, IL 62704", 540, size=8), L("License: RN 884512", 320)], None, "RN 884512"),
    # --- second batch (written after the first fixes, run on them before any further change)
    ("b2key1", [*row(320, [(72, "Certificate No."), (250, "CE-2025-7781")]), *row(338, [(72, "License No."), (250, "RN 884512")])], "CE-2025-7781", "RN 884512"),
    ("b2key2", [*row(320, [(72, "Jordan Avery Smith"), (480, "License #: RN 884512")])], None, "RN 884512"),
    ("b2name1", [L("Jordan Avery Smith, RN 884512", 320)], None, "RN 884512"),
    ("b2lic1", [L("Lic# 884512", 320)], None, "884512"),
    ("b2lic2", [L("License: RN884512 (TX)", 320)], None, "RN884512"),
    ("b2lic3", [L("Nurse Planner: Katarina Osei, MSN, RN 4412309", 540, size=8)], None, None),
    ("b2big1", [L("Certificate ID", 322, size=9), L("QX-448120", 318, x=160, size=14)], "QX-448120", None),
    ("b2hdr1", [L("Certificate", 310, size=8), L("Number", 319, size=8), L("NW-2025-0412", 334, size=12)], "NW-2025-0412", None),
    ("b2hdr2", [L("Cert. #", 320, size=9), L("77-0412-B", 334, size=12)], "77-0412-B", None),
    ("b2foot1", [L("Provider ID 12345 · Certificate ID 8F2K91QZ · Issued 03/14/2025", 560, size=6)], "8F2K91QZ", None),
    ("b2foot2", [*row(560, [(72, "Northwind Learning Institute, 1200 Main Street, Springfield, IL 62704"), (560, "Cert. No. 004512")], 6)], "004512", None),
    ("b2right1", [R("Certificate Number", 300, x=740, size=8), R("CE-2025-00412", 314, x=740, size=12)], "CE-2025-00412", None),
    ("b2right2", [R("CE-2025-00412", 300, x=740, size=12), R("Certificate Number", 314, x=740, size=8)], "CE-2025-00412", None),
    ("b2both1", [*row(500, [(72, "CE-2025-00412"), (300, "RN 884512"), (520, "March 14, 2025")], 11), *row(514, [(72, "CERTIFICATE NO."), (300, "LICENSE NO."), (520, "DATE")], 7)], "CE-2025-00412", "RN 884512"),
    ("b2qr1", [L("Verify:", 500, x=620, size=8), L("northwind.org/verify/X7K2M9Q4", 512, x=620, size=8)], "X7K2M9Q4", None),
    ("b2n1", [L("ISBN 978-1-4028-9462-6", 560, size=7)], None, None),
    ("b2n2", [L("Room 204, Suite 400", 320)], None, None),
    ("b2n3", [L("Module 2 of 5 | Version 2.1", 320)], None, None),
    ("b2n4", [L("Invoice #INV-20250314", 320)], None, None),
    ("b2n5", [L("Event ID: 2025-CONF-07", 320)], None, None),
    ("b2n6", [L("Employee ID: 004512", 320)], None, None),
    ("b2n7", [L("CPT code 99213 documentation", 320)], None, None),
    ("b2n8", [R("Tel. +1 (555) 123-4567", 40, x=740, size=8), R("www.northwind.org", 52, x=740, size=8)], None, None),
    ("b2n9", [L("Catalog No. 2025-14", 320)], None, None),
    ("b2n10", [L("Expiration: 2027", 320)], None, None),
    ("b2n12", [L("Sponsor No. 112233", 560, size=7)], None, None),
    ("b2n13", [L("#1 in continuing education since 1998", 560, size=7)], None, None),
    ("b2n14", [L("Renew by 12/31/2026 (license renewal period 2025-2026)", 320)], None, None),
]


def build(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    w, h = landscape(letter)
    for name, items, _, _ in CASES:
        c = canvas.Canvas(str(out / f"{name}.pdf"), pagesize=(w, h))
        for top, font, size, text in ((80, "Helvetica-Bold", 26, "Certificate of Completion"),
                                      (115, "Helvetica", 12, "This certifies that"),
                                      (145, "Helvetica-Bold", 20, "Jordan Avery Smith"),
                                      (173, "Helvetica", 12, "has successfully completed"),
                                      (199, "Helvetica-Bold", 15, "Clinical Documentation Essentials")):
            c.setFont(font, size)
            c.drawCentredString(w / 2, h - top, text)
        c.setFont("Helvetica", 11)
        c.drawString(72, h - 240, "Date of Completion: March 14, 2025")
        c.drawString(72, h - 258, "Provider: Northwind Learning Institute")
        c.drawString(72, h - 276, "Contact Hours: 1.5")
        for item in items:
            if item[0] == "rule":
                _, x0, top, x1 = item
                c.line(x0, h - top, x1, h - top)
                continue
            x, top, text, size, align = item
            c.setFont("Helvetica", size)
            (c.drawRightString if align == "r" else c.drawString)(x, h - top, text)
        c.save()


def render(out: Path) -> None:
    import pypdfium2
    for name, *_ in CASES:
        pdf = pypdfium2.PdfDocument(str(out / f"{name}.pdf"))
        pdf[0].render(scale=300 / 72).to_pil().convert("L").save(out / f"{name}.png")
        pdf.close()


def _ok(got: str | None, expected: Exp) -> bool:
    from cecingest.evaluate import values_match
    options = expected if isinstance(expected, tuple) else (expected,)
    return any(values_match("certificate_id", got, option) for option in options)


def run(out: Path, suffix: str = ".pdf") -> list[dict]:
    from cecingest.config import Settings
    from cecingest.pipeline import ingest_file
    settings = Settings(nlp_model="off", calibration="off")
    results = []
    for name, _, cert_id, licence in CASES:
        fields = ingest_file(out / f"{name}{suffix}", settings).record.fields
        got_id, got_lic = fields.certificate_id.value, fields.license_number.value
        results.append({"case": name, "ok_id": _ok(got_id, cert_id), "ok_license": _ok(got_lic, licence),
                        "id": got_id, "expected_id": cert_id, "license": got_lic, "expected_license": licence})
    return results


if __name__ == "__main__":
    outdir = Path(sys.argv[1])
    build(outdir)
    if "--image" in sys.argv:
        render(outdir)
    res = run(outdir, ".png" if "--image" in sys.argv else ".pdf")
    bad = [r for r in res if not (r["ok_id"] and r["ok_license"])]
    for r in bad:
        print(f"{r['case']:9} id {r['id']!r} (want {r['expected_id']!r})  licence {r['license']!r} "
              f"(want {r['expected_license']!r})")
    print(f"{len(res)} cases: id right {sum(r['ok_id'] for r in res)}, licence right "
          f"{sum(r['ok_license'] for r in res)}, both {len(res) - len(bad)}")
    if "--json" in sys.argv:
        Path(sys.argv[sys.argv.index("--json") + 1]).write_text(json.dumps(res, indent=1))
