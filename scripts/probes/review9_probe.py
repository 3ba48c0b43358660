# ruff: noqa: E501
"""Adversarial probe of this session's parser rules (review9): certificate text where a rule written for one
family fires on another. Usage: PYTHONPATH=src python scripts/probes/review9_probe.py [-v] [--lines] [name-substring]
Each case lists the fields it checks (values compared as the evaluator does); model on."""

from __future__ import annotations

import sys

from dates_probe import form
from drawn import T, page, rule, run_probe

PROV = "Acme Health Education"
TITLE = "Infection Control for Healthcare Workers"
B, R, TB = "Helvetica-Bold", "Helvetica", "Times-Bold"


CASES = [
    # titles: an organisation word after the title that belongs to it
    ("title from Public Schools on", page([(PROV, 14, B), ("CERTIFICATE OF COMPLETION", 24, B), "This certifies that", ("Jane Doe", 22, TB),
        "has completed the webinar", ("Lessons from Rural Public Schools on Remote Learning", 14, B), "on March 3, 2025", "1.5 contact hours"]),
     {"course_title": "Lessons from Rural Public Schools on Remote Learning", "provider": PROV}),
    ("title paren clinic", page([(PROV, 14, B), ("CERTIFICATE OF COMPLETION", 24, B), "This certifies that", ("Jane Doe", 22, TB),
        "has completed", ("Coding and Billing Essentials (Rural Health Clinic)", 14, B), "on March 3, 2025", "1.5 contact hours"]),
     {"course_title": "Coding and Billing Essentials (Rural Health Clinic)", "provider": PROV}),
    ("title paren accreditor", page([(PROV, 14, B), ("CERTIFICATE OF COMPLETION", 24, B), "This certifies that", ("Jane Doe", 22, TB),
        "has completed", ("Ethics for Nurses (Ohio Board of Nursing)", 14, B), "on March 3, 2025", "1.5 contact hours"]),
     {"course_title": "Ethics for Nurses (Ohio Board of Nursing)", "provider": PROV}),
    # credits
    ("credits 0.1 CEU = 1 hour", page([(PROV, 14, B), ("CERTIFICATE OF COMPLETION", 24, B), "This certifies that", ("Jane Doe", 22, TB),
        "has completed", (TITLE, 14, B), "on March 3, 2025", "Credit awarded: 0.1 CEU = 1 contact hour"]), {"hours": 1.0}),
    ("credits hours required", page([(PROV, 14, B), ("CERTIFICATE OF COMPLETION", 24, B), "This certifies that", ("Jane Doe", 22, TB),
        "has successfully completed the 40 hours required by the State of Ohio for", ("Basic Corrections Officer Training", 14, B), "on March 3, 2025"]),
     {"hours": 40}),
    ("credits CLE mention", page([(PROV, 14, B), ("CERTIFICATE OF ATTENDANCE", 24, B), "Participant: Jane Doe", "Program: Medical Malpractice Update for Physicians", "Date: March 3, 2025", "Credit Hours: 6.0", ("Attorneys attending may apply to their state bar for CLE credit.", 9)], x=120), {"credits": [{"amount": 6.0, "unit": "CE"}]}),
    # dates
    ("date instructor form", form(["Instructor: Dr. Ann Lee", "Date: 03/03/2025"], extra=[T("Jane Roe, Director of Education", 470, 440, 9), T("Issued 03/10/2025", 470, 456, 9)]), {"completion_date": "2025-03-03"}),
    ("date instructor only date", form(["Instructor: Dr. Ann Lee", "Date: 03/03/2025"]), {"completion_date": "2025-03-03"}),
    ("date presenter line", form(["Presenter: Dr. Ann Lee, MD   Date: 03/03/2025"], extra=[T("Signed 03/10/2025", 470, 456, 9)]), {"completion_date": "2025-03-03"}),
    ("date for the period", page([(PROV, 14, B), ("CERTIFICATE OF PARTICIPATION", 24, B), "This is to certify that", ("Jane Doe", 22, TB),
        "has attended the training programme on", (TITLE, 14, B), "for the period 22nd - 31st March, 2024", "Duration: 40 hours"]),
     {"completion_date": "2024-03-31"}),
    ("date small top event", page([("Annual Nursing Symposium  |  March 3, 2025  |  Portland, OR", 8), (PROV, 16, B), ("CERTIFICATE OF ATTENDANCE", 24, B), "This certifies that", ("Jane Doe", 22, TB),
        "attended", (TITLE, 14, B), "1.5 contact hours", "Director of Education", ("March 10, 2025", 12)]),
     {"completion_date": "2025-03-03"}),
    ("date small footer only", page([(PROV, 16, B), ("CERTIFICATE OF COMPLETION", 24, B), ("This certifies that", 14), ("Jane Doe", 22, TB),
        ("has completed", 14), (TITLE, 16, B), ("1.5 contact hours", 14), ("Portland, Oregon  -  March 3, 2025", 9)]),
     {"completion_date": "2025-03-03"}),
    ("date Day 1 title", form(["Date of Completion: 03/05/2025"], extra=[T("Day 1 Keynote 03/03/2025 recorded", 120, 420, 9)]), {"completion_date": "2025-03-05"}),
    ("date instructor then plain", form(["Instructor: Dr. Ann Lee", "Date: 03/03/2025"], extra=[rule(470, 430, 150), T("Jane Roe, Director", 470, 436, 9), T("March 10, 2025", 470, 452, 9)]), {"completion_date": "2025-03-03"}),
    ("provider title schools logo only", page([("CERTIFICATE OF COMPLETION", 24, B), "This certifies that", ("Jane Doe", 22, TB),
        "has completed", ("Trauma-Informed Practices in Public Schools", 14, B), "on March 3, 2025", "3.0 clock hours"]), {"provider": None}),
    ("great news title", page([(PROV, 14, B), "Great news: Wound Care Basics has been completed by", ("Jane Doe", 16, B), "on March 3, 2025", "Contact hours: 1.5"], x=72), {"participant": "Jane Doe"}),
    ("license national registry sentence", form(["Date of Completion: 03/03/2025"], extra=[T("CAPCE accredited. Accepted by the National Registry of EMTs for recertification.", 120, 420, 9)]), {"license_number": None}),
    ("date from to email", page(["From: Acme Health Education <noreply@acmehealth.org>", "Sent: Monday, March 10, 2025 9:14 AM", "To: Jane Doe", "Subject: Your certificate",
        "Dear Jane Doe,", f"Congratulations! You completed {TITLE} on March 3, 2025.", "Contact hours: 1.5"], x=72), {"completion_date": "2025-03-03", "provider": PROV}),
    ("date instructor then plain + footer", form(["Instructor: Dr. Ann Lee", "Date: 03/03/2025"], extra=[rule(470, 430, 150), T("Jane Roe, Director", 470, 436, 9), T("March 10, 2025", 470, 452, 9), T("Acme Health Education is approved by the State Board of Nursing.", 120, 560, 8)]), {"completion_date": "2025-03-03"}),
    ("date participant with job title", page([(PROV, 14, B), ("CERTIFICATE OF COMPLETION", 24, B), "This certifies that", ("Maria Lopez, Unit Manager", 20, TB),
        "Date: March 3, 2025", "has completed", (TITLE, 14, B), "1.5 contact hours", ("Issued: March 10, 2025", 9)]), {"completion_date": "2025-03-03"}),
    ("provider partner public schools", page([(PROV, 16, B), ("CERTIFICATE OF COMPLETION", 24, B), "This certifies that", ("Jane Doe", 22, TB),
        "has completed", ("Supporting Students with Autism", 14, B), "on March 3, 2025", "3.0 clock hours", ("In partnership with the Springfield Public Schools Foundation", 9)]), {"provider": PROV}),
    ("provider school district footer", page([("CERTIFICATE OF COMPLETION", 24, B), "This certifies that", ("Jane Doe", 22, TB),
        "has completed", ("Supporting Students with Autism", 14, B), "on March 3, 2025", "3.0 clock hours", "Presented by Brightpath Learning Institute", ("Springfield Public Schools", 9)]), {"provider": "Brightpath Learning Institute"}),
    ("credits minimum attended", page([(PROV, 14, B), ("CERTIFICATE OF ATTENDANCE", 24, B), "This certifies that", ("Jane Doe", 22, TB),
        "attended a minimum of 6 hours of", (TITLE, 14, B), "on March 3, 2025"]), {"hours": 6.0}),
    ("license national registry label", form(["Date of Completion: 03/03/2025", "National Registry: Accepted toward recertification"]), {"license_number": None}),
    ("participant great news course", page([(PROV, 14, B), "Great news: Wound Care Basics has completed processing.", "Participant: Jane Doe", "Completed: March 3, 2025", "Contact hours: 1.5"], x=72), {"participant": "Jane Doe"}),
    ("date day 1 keynote title", page([(PROV, 14, B), ("CERTIFICATE OF ATTENDANCE", 24, B), "This certifies that", ("Jane Doe", 22, TB), "attended",
        ("Day 1 Keynote: Leading Through Change", 14, B), "Session Date: March 3, 2025", "Day 2 Workshop: Coaching Skills  (not attended)", "1.0 contact hour"]), {"completion_date": "2025-03-03"}),
    ("credits CEH exam code", form(["Date of Completion: 03/03/2025", "Exam Code: CEH 312-50"], heading="CERTIFICATE OF ATTENDANCE"), {"hours": 1.5}),
    ("date numeric range after fraction", form(["Completion Date: 03/05/2025", "Modules completed: 4/4 - 100%"]), {"completion_date": "2025-03-05"}),
    ("date progress then date", form(["Lessons: 3/3 - 03/05/2025"]), {"completion_date": "2025-03-05", "start_date": None}),
]


def main() -> int:
    return run_probe(CASES)


if __name__ == "__main__":
    sys.exit(main())
