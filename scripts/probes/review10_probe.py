# ruff: noqa: E501, RUF005
"""Adversarial probe of the parser rules merged with genE, genF and ocrsweep4 (review10): certificate text where
a rule written for one family fires on another. Usage: PYTHONPATH=src python scripts/probes/review10_probe.py [-v]
[--lines] [--image] [name-substring]. Each case lists the fields it checks (values compared as the evaluator does);
model on. --image renders each page at 300 dpi and reads it by OCR.

44 cases (39 drawn against the text-layer rules, 5 for the OCR-side ones). Text: 9ee4706 (before these merges)
7 failures, lead 21, review10 8; scans: 9ee4706 5, lead 18, review10 7 (the OCR-side cases pass everywhere).
Left: a weekly course's date column (more than a week: first row's date, as before), two lines of a title read as
title and subtitle, 'Acme Health Education, Mercy Hospital' kept whole, an organisation in brackets after the
title read as the provider (before the weekday rule too), a three-row transcript within a week read as one event,
an acronym set apart before its title in the text layer."""

from __future__ import annotations

import sys

from dates_probe import form
from drawn import C, T, page, run_probe

PROV = "Acme Health Education"
TITLE = "Infection Control for Healthcare Workers"
B, R, TB = "Helvetica-Bold", "Helvetica", "Times-Bold"


def cert(title=TITLE, after=("on March 3, 2025", "1.5 contact hours"), top=(PROV,), extra=(), heading="CERTIFICATE OF COMPLETION"):
    return page([*((t, 14, B) for t in top), (heading, 24, B), "This certifies that", ("Jane Doe", 22, TB),
                 "has successfully completed", (title, 14, B), *after]) + list(extra)


def table(header, rows, top=300, xs=(72, 200, 560), size=10):
    """A table: a header row in bold, then rows of cells at the columns xs."""
    out = [T(h, x, top, 9, B) for h, x in zip(header, xs, strict=True)]
    for i, cells in enumerate(rows):
        out += [T(c, x, top + 18 * (i + 1), size) for c, x in zip(cells, xs, strict=True) if c]
    return out


def head(title="Annual Nursing Conference 2025", heading="CERTIFICATE OF ATTENDANCE"):
    return [C(PROV, 36, 14, B), C(heading, 70, 22, B), T("Participant: Jane Doe", 72, 120, 12),
            T(f"Program: {title}", 72, 142, 12)]


CASES = [
    # 'validated': a verb of completion and 'Date Validated' labels
    ("validated verification footer", form(["Date of Completion: 03/03/2025"], extra=[T("Certificate validated on 03/10/2025 at verify.acmehealth.org", 120, 560, 8)]),
     {"completion_date": "2025-03-03"}),
    ("validated content review", cert(after=("on March 3, 2025", "1.5 contact hours"), extra=[C("Course content validated by the Education Committee on January 5, 2024.", 560, 8)]),
     {"completion_date": "2025-03-03"}),
    ("validation date portal", form(["Completion Date: 03/03/2025"], extra=[T("Validation Date: 04/15/2025", 470, 470, 9)]),
     {"completion_date": "2025-03-03"}),
    ("validated in title", cert(title="Validated Screening Tools for Depression", after=("on March 3, 2025", "1.5 contact hours")),
     {"course_title": "Validated Screening Tools for Depression", "completion_date": "2025-03-03"}),
    # a table's date column within a week as a multi-day log
    ("date column weekly sessions", head() + table(["Date", "Session", "Hours"], [["03/03/2025", "Opening Keynote", "1.0"], ["03/10/2025", "Breakout A", "1.0"], ["03/17/2025", "Closing Panel", "1.0"]]) + [T("Total contact hours: 3.0", 72, 400, 11)],
     {"completion_date": "2025-03-17", "start_date": "2025-03-03"}),
    ("date column two courses transcript", [C(PROV, 36, 14, B), C("CE TRANSCRIPT", 70, 22, B), T("Member: Jane Doe", 72, 120, 12)] + table(["Date", "Course", "Hours"], [["03/03/2025", "Wound Care Basics", "1.0"], ["03/06/2025", "Pain Management Update", "2.0"]]),
     {"start_date": None}),
    # 'Job Title' as the employee's
    ("job title course", cert(title="Job Hazard Analysis for Supervisors"), {"course_title": "Job Hazard Analysis for Supervisors"}),
    ("job titles course by size", cert(title="Job Titles and Pay Equity Compliance"), {"course_title": "Job Titles and Pay Equity Compliance"}),
    # a part label naming three or more values
    ("log signer titles", [C(PROV, 36, 14, B), C("CERTIFICATE OF COMPLETION", 70, 22, B), T("Participant: Jane Doe", 72, 120, 12), T("Topic: Wound Care Basics", 72, 142, 12), T("Date: 03/03/2025", 72, 164, 12), T("Contact Hours: 1.5", 72, 186, 12),
        T("Presenter: Ann Lee", 72, 420, 9), T("Topic: Pressure Injuries", 72, 432, 9), T("Presenter: Bob Ray", 300, 420, 9), T("Topic: Skin Tears", 300, 432, 9)],
     {"course_title": "Wound Care Basics"}),
    # a pointer before one row
    ("arrow in a session title", head() + table(["Date", "Session", "Hours"], [["03/03/2025", "Opening Keynote", "1.0"], ["03/04/2025", "Sepsis \u2192 Septic Shock: Early Recognition", "1.0"], ["03/05/2025", "Closing Panel", "1.0"]]) + [T("Total contact hours: 3.0", 72, 400, 11)],
     {"completion_date": "2025-03-05", "start_date": "2025-03-03", "course_title": "Annual Nursing Conference 2025"}),
    ("breadcrumb > in a row", head() + table(["Date", "Session", "Hours"], [["03/03/2025", "Module 1 > Lesson 2", "1.0"], ["03/04/2025", "Module 2 > Lesson 1", "1.0"], ["03/04/2025", "Module 2 > Lesson 3", "1.0"]]) + [T("Total contact hours: 3.0", 72, 400, 11)],
     {"completion_date": "2025-03-04"}),
    # unit in brackets before a colon
    ("bracket unit then year", cert(after=("on March 3, 2025", "Credits (CE Hours): 1.5", "Renewal cycle (contact hours): 2025-2027")), {"hours": 1.5}),
    # 24-hour time span as no id
    ("certificate no like a time span", [C(PROV, 36, 14, B), C("CERTIFICATE OF COMPLETION", 70, 22, B)] + table(["Participant", "Certificate #", "Date"], [["Jane Doe", "1015-1210", "03/03/2025"]], top=130) + [T(f"Course: {TITLE}", 72, 200, 12), T("Contact Hours: 1.5", 72, 222, 12)],
     {"certificate_id": "1015-1210"}),
    # a signature block as no title
    ("title over director line", page([(PROV, 14, B), ("CERTIFICATE OF COMPLETION", 24, B), "This certifies that", ("Jane Doe", 22, TB), "has completed",
        ("Leadership Essentials", 16, B), ("for the New Nurse Manager", 12), "on March 3, 2025", "1.5 contact hours"]),
     {"course_title": "Leadership Essentials for the New Nurse Manager"}),
    ("title ends with role", page([(PROV, 14, B), ("CERTIFICATE OF COMPLETION", 24, B), ("Jane Doe", 22, TB), ("Dr. Ann Lee", 12),
        ("Becoming a Nurse Manager", 16, B), "March 3, 2025", "1.5 contact hours"]),
     {"course_title": "Becoming a Nurse Manager"}),
    ("title name-like over role", page([(PROV, 14, B), ("CERTIFICATE OF COMPLETION", 24, B), "This certifies that", ("Jane Doe", 22, TB), "has completed",
        ("Sepsis Recognition", 16, B), ("Program Director", 12), "on March 3, 2025", "1.5 contact hours"]),
     {"course_title": "Sepsis Recognition"}),
    ("title name then role words", page([(PROV, 14, B), ("CERTIFICATE OF COMPLETION", 24, B), "This certifies that", ("Jane Doe", 22, TB), "has completed",
        ("Clinical Instructor Development Workshop", 16, B), "on March 3, 2025", "1.5 contact hours"]),
     {"course_title": "Clinical Instructor Development Workshop"}),
    ("title effective charge nurse", page([(PROV, 14, B), ("CERTIFICATE OF COMPLETION", 24, B), "This certifies that", ("Jane Doe", 22, TB), "has completed",
        ("Effective Preceptor Coordinator", 16, B), "on March 3, 2025", "1.5 contact hours"]),
     {"course_title": "Effective Preceptor Coordinator"}),
    # a unit's name keeping its parent organisation
    ("provider venue after comma", cert(top=(), after=("on March 3, 2025", "1.5 contact hours", "Presented by Acme Seminars, Riverside Medical Center, Portland, Oregon")),
     {"provider": "Acme Seminars"}),
    ("provider two sponsors", cert(top=(), after=("on March 3, 2025", "1.5 contact hours", "Provided by Acme Health Education, Mercy Hospital.")),
     {"provider": PROV}),
    # a state Office / Division / Service approving
    ("provider ambulance service", cert(top=("Riverside County Ambulance Service",), after=("on March 3, 2025", "1.5 CEH"), extra=[C("Riverside County Ambulance Service is accredited by CAPCE.", 560, 8)]),
     {"provider": "Riverside County Ambulance Service"}),
    ("provider training division", cert(top=("Springfield Fire Training Division",), after=("on March 3, 2025", "3.0 hours")),
     {"provider": "Springfield Fire Training Division"}),
    ("accreditor two boards", cert(after=("on March 3, 2025", "1.5 contact hours"), extra=[C("Approved by the Texas Board of Nursing and Texas Medical Board for 1.5 hours.", 560, 8)]),
     {"provider": PROV, "accreditation": "Texas Board of Nursing"}),
    # a department under its organisation
    ("provider fire department under city", cert(top=("City of Springfield", "Fire Department"), after=("on March 3, 2025", "3.0 hours")),
     {"provider": "City of Springfield Fire Department"}),
    # an organisation in brackets after the title with a weekday
    ("title paren clinic weekday", cert(title="Coding and Billing Essentials (Rural Health Clinic) on Tuesday, March 19, 2024", after=("1.5 contact hours",)),
     {"course_title": "Coding and Billing Essentials (Rural Health Clinic)", "provider": PROV}),
    ("title paren clinic no weekday", cert(title="Coding and Billing Essentials (Rural Health Clinic) on March 19, 2024", after=("1.5 contact hours",)),
     {"course_title": "Coding and Billing Essentials (Rural Health Clinic)", "provider": PROV}),
    # running totals
    ("cumulative trauma title", cert(title="Preventing Cumulative Trauma Disorders", after=("on March 3, 2025", "Cumulative Trauma Disorders: 2.0 contact hours")), {"hours": 2.0}),
    ("cumulative in sentence", page([(PROV, 14, B), ("CERTIFICATE OF COMPLETION", 24, B), "This certifies that", ("Jane Doe", 22, TB),
        "has completed Cumulative Trauma Disorders in the Workplace and earned 2.0 contact hours", "on March 3, 2025"]), {"hours": 2.0}),
    # a provider statement's sentence split
    ("provider statement abbreviation", cert(top=(), after=("on March 3, 2025", "1.5 contact hours"), extra=[C("Pacific Natl. Nursing Institute is an approved provider of continuing education by the California Board of Registered Nursing.", 560, 8)]),
     {"provider": "Pacific Natl. Nursing Institute"}),
    # --- batch 2
    ("validated on stamp first", [T("Validated on 03/10/2025 by CE Broker", 72, 20, 8)] + form(["Date of Completion: 03/03/2025"]), {"completion_date": "2025-03-03"}),
    ("transcript three rows in a week", [C(PROV, 36, 14, B), C("CE TRANSCRIPT", 70, 22, B), T("Member: Jane Doe", 72, 120, 12)] + table(["Date", "Course", "Hours"], [["03/03/2025", "Wound Care Basics", "1.0"], ["03/05/2025", "Pain Management Update", "2.0"], ["03/07/2025", "Ethics for Nurses", "1.0"]]),
     {"start_date": None}),
    ("id like a time span alone", form(["Date of Completion: 03/03/2025"], extra=[T("Certificate Number", 560, 470, 9), T("1015-1210", 560, 484, 11)]), {"certificate_id": "1015-1210"}),
    ("id time span after label", form(["Date of Completion: 03/03/2025", "Certificate #: 0915-1130"]), {"certificate_id": "0915-1130"}),
    ("title with comma and role", cert(title="Ethics, Law and the Nurse Manager"), {"course_title": "Ethics, Law and the Nurse Manager"}),
    ("title by size, comma role", page([(PROV, 14, B), ("CERTIFICATE OF COMPLETION", 24, B), ("Jane Doe", 22, TB), ("Delegation, Accountability and the Charge Nurse", 16, B), "March 3, 2025", "1.5 contact hours"]),
     {"course_title": "Delegation, Accountability and the Charge Nurse"}),
    ("large letterhead small title", page([("Riverside Nursing Academy", 24, B), ("Certificate of Completion", 16, B), ("Jane Doe", 18, TB), ("Wound Care Basics for Home Health Aides", 12), "March 3, 2025", "1.5 contact hours"]),
     {"course_title": "Wound Care Basics for Home Health Aides", "provider": "Riverside Nursing Academy"}),
    ("year tagline", page([(PROV, 14, B), ("Serving Nurses Since 1985", 20, B), ("CERTIFICATE OF COMPLETION", 18, B), ("Jane Doe", 22, TB), ("Wound Care Basics", 16, B), "March 3, 2025", "1.5 contact hours"]),
     {"course_title": "Wound Care Basics"}),
    ("accreditor dept and state", cert(after=("on March 3, 2025", "3.0 clock hours"), extra=[C("This course is approved by the Department of Health and Ohio Board of Nursing.", 560, 8)]),
     {"accreditation": "Department of Health"}),
    ("job title sig block", form(["Date of Completion: 03/03/2025"], extra=[T("Ann Lee", 470, 440, 10), T("Job Title: Director of Education", 470, 454, 9)]), {"course_title": TITLE}),
]


# Cases for the OCR-side rules (re-read values, small-capital captions, split decimal points): run with --image.
OCR_CASES = [
    ("ocr whole amount after label", form(["Date of Completion: 03/03/2025", "Clock Hours: 12"]), {"credits": [{"amount": 12.0, "unit": "clock_hour"}, {"amount": 1.5, "unit": "contact_hour"}]}),
    ("ocr amounts in own cells", head() + table(["Date", "Session", "Hours"], [["03/03/2025", "Opening Keynote", "12"], ["03/04/2025", "Skills Lab", "15"], ["03/05/2025", "Closing Panel", "10"]]) + [T("Total contact hours: 37", 72, 400, 11)],
     {"hours": 37.0}),
    ("ocr caption acronym before title", [C(PROV, 36, 14, B), C("CERTIFICATE OF COMPLETION", 70, 22, B), T("Participant: Jane Doe", 72, 130, 12), T("HIPAA", 72, 160, 10, B), T("Privacy and Security Essentials", 118, 158, 13, B), T("Date: 03/03/2025", 72, 190, 12), T("Contact Hours: 1.5", 72, 212, 12)],
     {"course_title": "HIPAA Privacy and Security Essentials"}),
    ("ocr section sign in a CLE title", cert(title="Ethics under Rule 1.5 and \u00a7 6068", after=("on March 3, 2025", "CLE Hours: 1.0")), {"completion_date": "2025-03-03"}),
    ("ocr short word after label", form(["Date of Completion: 03/03/2025", "Credit Level: II"]), {"hours": 1.5}),
]


def _image_cases(cases, only):
    """Each case drawn, rendered at 300 dpi and read by OCR, as a scan would be."""
    import tempfile
    from pathlib import Path

    import pypdfium2
    from drawn import draw

    from cecingest.config import Settings
    from cecingest.pipeline import ingest_file

    with tempfile.TemporaryDirectory() as tmp:
        for i, (name, items, want) in enumerate(c for c in cases if only in c[0]):
            pdf_path, png = Path(tmp) / f"c{i}.pdf", Path(tmp) / f"c{i}.png"
            draw(pdf_path, items)
            pdf = pypdfium2.PdfDocument(str(pdf_path))
            pdf[0].render(scale=300 / 72).to_pil().convert("L").save(png)
            pdf.close()
            yield name, want, ingest_file(png, Settings()).record.to_dict()


def main() -> int:
    return run_probe(CASES + OCR_CASES, _image_cases)


if __name__ == "__main__":
    sys.exit(main())
