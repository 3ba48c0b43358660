# ruff: noqa: E501, RUF005
"""Adversarial probe of the lead's parser rules of session 8 (review12): 'attendance at' as a title lead-in, the LMS
grid rules (a status beside 'Status', a row label left of a value line, a header's qualifier word kept apart), 'PDH
Credits', a 'Required:' label, restated totals, a range holding a table's days up to 14 days, a logo's initials or a
caption before a heading's name. Usage: PYTHONPATH=src python scripts/probes/review12_probe.py [-v] [--lines]
[name-substring]. Each case lists the fields it checks (compared as the evaluator does); model on.

32 cases. Before cfe545f 10 failures, lead (cefac8f) 6, review12 4. Misfires of the rules reproduced and mended: a
three-week institute's bare range lost to the 14-day cap; a state's code before a heading's name ('PA Physical
Therapy Association') cut as a logo's initials. Left: 'Ohio Requirement: 1.5 contact hours' read as no award since
the 'Required:' label (read before 9c11d6e; a label could as well state what a renewal owes); a two-letter logo
that really is the name's first initials ('AB Anesthesia Board ...', ambiguous); a caption over a name left of a
wrapped title ('Wound Care Management in: Long-Term ...', failing before these commits too); 'Dates: 6/29 -
07/01/2025' read as the last day alone since 8cf401e (padding is the only sign that tells it from 'Lessons: 3/3 -
03/05/2025')."""

from __future__ import annotations

import sys

from dates_probe import form
from drawn import C, T, page, run_probe
from review10_probe import PROV, TB, TITLE, B, cert, table

R = "Helvetica"


def lms(rows, top=130, xs=(90, 260), size=11, step=18):
    """An LMS export: label cells left, values right, no colons."""
    out = [C("Acme Learning Portal", 40, 14, B), C("Course Completion Record", 76, 20, B)]
    for i, (label, value) in enumerate(rows):
        y = top + i * step
        if label:
            out.append(T(label, xs[0], y, size))
        if value:
            out.append(T(value, xs[1], y, size))
    return out


CASES = [
    # 'attendance at' as a title lead-in
    ("attendance small print under labelled title", form(["Date of Completion: 03/03/2025"], extra=[C("Full attendance at the entire activity is required to receive credit.", 520, 8)]),
     {"course_title": TITLE}),
    ("attendance at a webinar sentence", page([(PROV, 14, B), ("CERTIFICATE OF ATTENDANCE", 24, B), "This certifies that", ("Jane Doe", 22, TB), "has attended", (TITLE, 16, B), "on March 3, 2025", "1.5 contact hours", ("Attendance at a live webinar was verified by polling questions.", 9)]),
     {"course_title": TITLE}),
    ("title beginning Attendance", cert(title="Attendance at Work: Managing Absenteeism"), {"course_title": "Attendance at Work: Managing Absenteeism"}),
    ("letter attendance at (control)", page([(PROV, 14, B), "March 10, 2025", "Dear Jane Doe,", "We are pleased to confirm your attendance at", ("Wound Care Update 2025", 12, B), "held on March 3, 2025, for 1.5 contact hours.", "Sincerely,"], x=72),
     {"course_title": "Wound Care Update 2025"}),
    # status cells
    ("status header beside Completed column", [C(PROV, 36, 14, B), C("CE TRANSCRIPT", 70, 22, B), T("Learner: Jane Doe", 72, 120, 12)] + table(["Course", "Status", "Completed", "Hours"], [[TITLE, "Passed", "03/03/2025", "1.5"]], xs=(72, 330, 420, 540)),
     {"completion_date": "2025-03-03", "hours": 1.5, "course_title": TITLE}),
    ("status cell date-like value", lms([("Learner", "Jane Doe"), ("Course", TITLE), ("Status", "Completed"), ("Completion Date", "03/03/2025"), ("Contact Hours", "1.5")]),
     {"completion_date": "2025-03-03", "course_title": TITLE, "hours": 1.5}),
    ("status completed date beside", lms([("Learner", "Jane Doe"), ("Course", TITLE), ("Status", "Completed 03/03/2025"), ("Contact Hours", "1.5")]),
     {"completion_date": "2025-03-03"}),
    # a row label left of a wrapped value
    ("wrapped title with wrapped value left", [C(PROV, 36, 14, B), C("CERTIFICATE OF COMPLETION", 80, 22, B), T("Employer:", 72, 150, 11), T("Springfield General", 150, 150, 11), T("Hospital", 150, 164, 11), T("Course:", 380, 150, 11), T("Wound Care Management in", 450, 150, 11), T("Long-Term Care Settings", 450, 164, 11), T("Participant: Jane Doe", 72, 200, 11), T("Date: 03/03/2025", 72, 224, 11), T("Contact Hours: 1.5", 72, 248, 11)],
     {"course_title": "Wound Care Management in Long-Term Care Settings"}),
    ("lms wrapped title left margin note", lms([("Learner", "Jane Doe"), ("Course", "Wound Care Management in"), ("", "Long-Term Care Settings"), ("Completion Date", "03/03/2025"), ("Contact Hours", "1.5")]) + [T("Online", 30, 148, 8)],
     {"course_title": "Wound Care Management in Long-Term Care Settings"}),
    ("lms wrapped title (control)", lms([("Learner", "Jane Doe"), ("Course", "Wound Care Management in"), ("", "Long-Term Care Settings"), ("Completion Date", "03/03/2025"), ("Contact Hours", "1.5")]),
     {"course_title": "Wound Care Management in Long-Term Care Settings"}),
    ("grid credentials wrapped left of a wrapped title", [C("Acme Learning Portal", 40, 14, B), C("Course Completion Record", 76, 20, B), T("Learner", 60, 130, 11), T("Jane Doe, MSN,", 140, 130, 11), T("RN, CNL", 140, 144, 11), T("Course", 330, 130, 11), T("Wound Care Management in", 410, 130, 11), T("Long-Term Care Settings", 410, 144, 11), T("Completion Date", 60, 180, 11), T("03/03/2025", 200, 180, 11), T("Contact Hours", 60, 198, 11), T("1.5", 200, 198, 11)],
     {"course_title": "Wound Care Management in Long-Term Care Settings"}),
    ("grid organisation wrapped left of a wrapped title", [C("Acme Learning Portal", 40, 14, B), C("Course Completion Record", 76, 20, B), T("Learner", 60, 110, 11), T("Jane Doe", 140, 110, 11), T("Facility", 60, 130, 11), T("Springfield General", 140, 130, 11), T("Hospital", 140, 144, 11), T("Course", 330, 130, 11), T("Wound Care Management in", 410, 130, 11), T("Long-Term Care Settings", 410, 144, 11), T("Completion Date", 60, 180, 11), T("03/03/2025", 200, 180, 11), T("Contact Hours", 60, 198, 11), T("1.5", 200, 198, 11)],
     {"course_title": "Wound Care Management in Long-Term Care Settings"}),
    ("status completed then date in three cells", lms([("Learner", "Jane Doe"), ("Course", TITLE), ("Contact Hours", "1.5")]) + [T("Course Status", 90, 184, 11), T("Completed", 260, 184, 11), T("03/03/2025", 400, 184, 11)],
     {"completion_date": "2025-03-03"}),
    ("untitled attendance small print", page([(PROV, 14, B), ("CERTIFICATE OF ATTENDANCE", 24, B), ("Jane Doe", 22, TB), (TITLE, 16, B), "March 3, 2025  |  1.5 contact hours", ("Attendance at this activity is verified by sign-in sheets kept by the provider.", 8)]),
     {"course_title": TITLE}),
    ("captioned name left of a wrapped title", [C("Acme Learning Portal", 40, 14, B), C("Course Completion Record", 76, 20, B), T("Participant", 60, 130, 11), T("Jane Doe", 60, 144, 11), T("Course", 330, 130, 11), T("Wound Care Management in", 410, 130, 11), T("Long-Term Care Settings", 410, 144, 11), T("Completion Date", 60, 180, 11), T("03/03/2025", 200, 180, 11), T("Contact Hours", 60, 198, 11), T("1.5", 200, 198, 11)],
     {"course_title": "Wound Care Management in Long-Term Care Settings", "participant": "Jane Doe"}),
    ("letter attendance at generic then labelled program", page([(PROV, 14, B), "March 10, 2025", "Dear Jane Doe,", "This letter confirms your attendance at the program listed below.", "Program: Wound Care Update 2025", "Date: March 3, 2025", "Contact Hours: 1.5", "Sincerely,"], x=72),
     {"course_title": "Wound Care Update 2025"}),
    ("course length then included part", cert(after=("on March 3, 2025", "This 6-hour workshop, including 1.5 hours of ethics, is approved for 6.0 contact hours.")), {"hours": 6.0}),
    ("status and completed pairs on one row", lms([("Learner", "Jane Doe"), ("Course", TITLE), ("Contact Hours", "1.5")]) + [T("Status", 90, 184, 11), T("Passed", 260, 184, 11), T("Completed", 400, 184, 11), T("03/03/2025", 520, 184, 11), T("Enrolled", 90, 202, 11), T("02/01/2025", 260, 202, 11)],
     {"completion_date": "2025-03-03"}),
    ("status and completed pairs, enrolled on the row", lms([("Learner", "Jane Doe"), ("Course", TITLE), ("Contact Hours", "1.5")]) + [T("Status", 90, 184, 11), T("Passed", 260, 184, 11), T("Completed", 400, 184, 11), T("03/03/2025", 520, 184, 11), T("Registered", 90, 202, 11), T("02/01/2025", 260, 202, 11)],
     {"completion_date": "2025-03-03"}),
    # a yearless first day padded unlike the last; a dated conference's name
    ("range first day unpadded, last padded", form(["Dates: 6/29 - 07/01/2025"]), {"completion_date": "2025-07-01", "start_date": "2025-06-29"}),
    ("org conference named for a place with a season word", cert(top=("Winter Park Veterinary Conference",), title="Feline Dentistry Update", after=("on March 3, 2025", "3.0 CE hours")),
     {"provider": "Winter Park Veterinary Conference", "course_title": "Feline Dentistry Update"}),
    ("org conference with a season word, accredited sentence", cert(top=("Spring Valley Dental Conference",), title="Periodontal Therapy Update", after=("on March 3, 2025", "3.0 CE hours", ("Spring Valley Dental Conference is an ADA CERP Recognized Provider.", 8))),
     {"provider": "Spring Valley Dental Conference", "course_title": "Periodontal Therapy Update"}),
    # header qualifier words
    ("header date completed over two-part date", [C(PROV, 36, 14, B), C("CE TRANSCRIPT", 70, 22, B), T("Learner: Jane Doe", 72, 120, 12)] + [T("Course", 72, 300, 9, B), T("Date", 330, 300, 9, B), T("Completed", 356, 300, 9, B), T("Hours", 540, 300, 9, B), T(TITLE, 72, 318, 10), T("Mar 3,", 320, 318, 10), T("2025", 356, 318, 10), T("1.5", 540, 318, 10)],
     {"completion_date": "2025-03-03"}),
    # PDH Credits
    ("pdh credits with ceu", cert(title="Stormwater Design Basics", after=("on March 3, 2025", "0.8 CEU (8.0 PDH Credits)")),
     {"credits": [{"amount": 0.8, "unit": "CEU"}, {"amount": 8.0, "unit": "PDH"}]}),
    # 'Required:' label
    ("requirement met label", cert(after=("on March 3, 2025", "Fulfills Requirement: 2.0 contact hours in Infection Control")), {"hours": 2.0}),
    ("state requirement satisfied", cert(after=("on March 3, 2025", "Ohio Requirement: 1.5 contact hours (Category A)")), {"hours": 1.5}),
    ("required training total", [C(PROV, 36, 14, B), C("TRAINING RECORD", 80, 22, B), T("Employee: Jane Doe", 120, 150, 12), T(f"Required Training: {TITLE}", 120, 174, 12), T("Date Completed: 03/03/2025", 120, 198, 12), T("Hours: 1.5", 120, 222, 12)],
     {"hours": 1.5, "completion_date": "2025-03-03"}),
    # restated totals
    ("table total restated in contact hours", [C(PROV, 36, 14, B), C("CERTIFICATE OF ATTENDANCE", 70, 22, B), T("Participant: Jane Doe", 72, 120, 12), T("Program: Annual Nursing Conference 2025", 72, 142, 12), T("Date: March 3, 2025", 72, 164, 12)] + table(["Session", "", "Hours"], [["Opening Keynote", "", "1.0"], ["Breakout A", "", "2.0"], ["Total", "", "3.0"]]) + [T("This activity is approved for 3.0 nursing contact hours.", 72, 420, 11)],
     {"hours": 3.0}),
    # range holding days
    ("three-week institute", [C(PROV, 36, 14, B), C("CERTIFICATE OF ATTENDANCE", 70, 22, B), T("Participant: Jane Doe", 72, 120, 12), T("Program: Summer Leadership Institute", 72, 142, 12), T("June 2 - 20, 2025", 72, 164, 12)] + table(["Date", "Session", "Hours"], [["06/02/2025", "Orientation", "6.0"], ["06/11/2025", "Field Project", "6.0"], ["06/20/2025", "Capstone", "6.0"]]),
     {"completion_date": "2025-06-20", "start_date": "2025-06-02"}),
    # initials or caption before a heading's name
    ("provider name starting with its initials", page([("AB Anesthesia Board Education Society", 18, B), ("CERTIFICATE OF COMPLETION", 24, B), "This certifies that", ("Jane Doe", 22, TB), "has successfully completed", (TITLE, 14, B), "on March 3, 2025", "1.5 contact hours", ("Anesthesia Board Education Society is accredited as a provider of nursing continuing professional development.", 8)]),
     {"provider": "AB Anesthesia Board Education Society"}),
    ("provider name starting with a state code", page([("PA Physical Therapy Association", 18, B), ("CERTIFICATE OF COMPLETION", 24, B), "This certifies that", ("Jane Doe", 22, TB), "has successfully completed", (TITLE, 14, B), "on March 3, 2025", "1.5 contact hours", ("Physical Therapy Association is an approved provider of continuing competence for physical therapists.", 8)]),
     {"provider": "PA Physical Therapy Association"}),
    ("logo initials before name (control)", page([("ABES Anesthesia Board Education Society", 18, B), ("CERTIFICATE OF COMPLETION", 24, B), "This certifies that", ("Jane Doe", 22, TB), "has successfully completed", (TITLE, 14, B), "on March 3, 2025", "1.5 contact hours", ("Anesthesia Board Education Society is accredited as a provider of nursing continuing professional development.", 8)]),
     {"provider": "Anesthesia Board Education Society"}),
]


def main() -> int:
    return run_probe(CASES)


if __name__ == "__main__":
    sys.exit(main())
