# ruff: noqa: E501, RUF005
"""Adversarial probe of the parser rules merged with genG and genH (review11): certificate text where a rule written
for the veterinary, dental, psychology, trade, PDH and OT/PT families fires on another. Usage: PYTHONPATH=src python
scripts/probes/review11_probe.py [-v] [--lines] [--image] [name-substring]. Each case lists the fields it checks
(values compared as the evaluator does); model on. --image renders each page at 300 dpi and reads it by OCR.

45 cases (44 drawn against the text-layer rules, 1 for the OCR speck rule). Text: 4271da0 (before genG/genH)
7 failures, lead (ab5e8a2) 19, review11 5; --image (first 38 cases): lead 18, review11 5. Misfires of the new rules found and mended: 'includes' after a year or
course number, a label's own bare amount before bracketed hours, captions under a form's first values, a season's
word before a landform ('Spring Valley'), 'completed 10 PDH = 1 CEU', 'Part I equals', 'University Registrar', a
signer and role or an institution and 'and' before a board, a role's label or a code's ('Room: 204B') under a labelled title, 'Meets Florida
Requirement:', inches ('1/2 in.') in an OCR'd title. Left (failing before these merges too): hours and minutes as
two labelled pairs on one text line, 'CEUs: 3 hours' read as 3 IACET CEU, a school's 'Continuing Dental Education'
line joined to its name, a value ending in a colon continued by the provider under it, a 'Presenter:' certificate."""

from __future__ import annotations

import sys

from drawn import C, T, run_probe
from review10_probe import PROV, TB, TITLE, B, _image_cases, cert, page

R = "Helvetica"


def grid(rows, top=130, xs=(120, 440), vsize=12, csize=7, cgap=3, rgap=4):
    """A form of captioned boxes: each row of values (vsize) with a small caption (csize) right under each value,
    then the next row of values `rgap` points below the captions."""
    out = []
    y = top
    for values, captions in rows:
        out += [T(v, x, y, vsize) for v, x in zip(values, xs, strict=True) if v]
        y += vsize + cgap
        out += [T(c, x, y, csize) for c, x in zip(captions, xs, strict=True) if c]
        y += csize + rgap
    return out


CASES = [
    # 'including' / 'includes': a part of the amount before it, no award of its own
    ("includes verb after a date", cert(after=("on March 3, 2025", "Program 2025-114 includes 1.5 contact hours.")), {"hours": 1.5}),
    ("includes verb after title year", cert(title="Wound Care Update 2025", after=("on March 3, 2025", "The Wound Care Update 2025 includes 1.5 contact hours of continuing education.")), {"hours": 1.5}),
    ("including part after total (control)", cert(after=("on March 3, 2025", "Total: 6.0 contact hours, including 2.0 hours of pharmacology")), {"hours": 6.0}),
    ("title with including (control)", cert(title="Pain Management, Including Opioid Prescribing", after=("on March 3, 2025", "3.0 contact hours")), {"hours": 3.0, "course_title": "Pain Management, Including Opioid Prescribing"}),
    # a "Required:" label states no award
    ("meets a requirement label", cert(after=("on March 3, 2025", "Meets Florida Requirement: 2 contact hours (Prevention of Medical Errors)")), {"hours": 2.0}),
    ("required and earned (control)", cert(after=("on March 3, 2025", "CE Hours Required: 24    CE Hours Earned: 2.0")), {"hours": 2.0}),
    # bare hours under a label naming a credit system
    ("CEUs label with hours in brackets", [C(PROV, 36, 14, B), C("CERTIFICATE OF COMPLETION", 80, 22, B), T("Participant: Jane Doe", 120, 150, 12), T(f"Course Title: {TITLE}", 120, 174, 12), T("Date of Completion: 03/03/2025", 120, 198, 12), T("IACET CEUs: 0.3 (3 hours)", 120, 222, 12)],
     {"credits": [{"amount": 0.3, "unit": "CEU"}, {"amount": 3.0, "unit": "clock_hour"}]}),
    ("CE hours label with minutes", [C(PROV, 36, 14, B), C("CERTIFICATE OF COMPLETION", 80, 22, B), T("Participant: Jane Doe", 120, 150, 12), T(f"Course Title: {TITLE}", 120, 174, 12), T("Date of Completion: 03/03/2025", 120, 198, 12), T("CE Hours: 3.0 (180 minutes)", 120, 222, 12)],
     {"hours": 3.0}),
    ("CPE label and course length on a row", [C(PROV, 36, 14, B), C("CERTIFICATE OF COMPLETION", 80, 22, B), T("Participant: Jane Doe", 120, 150, 12), T(f"Course Title: {TITLE}", 120, 174, 12), T("Date of Completion: 03/03/2025", 120, 198, 12), T("CPE Credits: 2.0   Course Length: 100 minutes", 120, 222, 12)],
     {"credits": [{"amount": 2.0, "unit": "CPE"}]}),
    ("contact hours label with minutes", [C(PROV, 36, 14, B), C("CERTIFICATE OF COMPLETION", 80, 22, B), T("Participant: Jane Doe", 120, 150, 12), T(f"Course Title: {TITLE}", 120, 174, 12), T("Date of Completion: 03/03/2025", 120, 198, 12), T("Contact Hours: 1.5 (90 minutes)", 120, 222, 12)],
     {"hours": 1.5}),
    ("CE credits lecture hands-on (control)", [C(PROV, 36, 14, B), C("CERTIFICATE OF COMPLETION", 80, 22, B), T("Participant: Jane Doe", 120, 150, 12), T(f"Course Title: {TITLE}", 120, 174, 12), T("Date of Completion: 03/03/2025", 120, 198, 12), T("CE Credits: 1.5 hours lecture, 3 hours hands-on", 120, 222, 12)],
     {"hours": 4.5}),
    ("CEUs label with bare hours", [C(PROV, 36, 14, B), C("CERTIFICATE OF COMPLETION", 80, 22, B), T("Participant: Jane Doe", 120, 150, 12), T(f"Course Title: {TITLE}", 120, 174, 12), T("Date of Completion: 03/03/2025", 120, 198, 12), T("CEUs: 3 hours", 120, 222, 12)],
     {"hours": 3.0}),
    ("CME label with bare hours", [C(PROV, 36, 14, B), C("CERTIFICATE OF COMPLETION", 80, 22, B), T("Participant: Jane Doe", 120, 150, 12), T(f"Course Title: {TITLE}", 120, 174, 12), T("Date of Completion: 03/03/2025", 120, 198, 12), T("CME Credits: 2 hours", 120, 222, 12)],
     {"hours": 2.0}),
    # small captions under their values in a tight grid
    ("tight captioned grid", [C(PROV, 36, 14, B), C("CERTIFICATE OF COMPLETION", 80, 22, B)] + grid([
        (("Jane Doe", "RN-123456"), ("Participant", "License Number")),
        ((TITLE, "03/03/2025"), ("Course Title", "Date of Completion")),
        (("1.5", "Acme-2025-77"), ("Contact Hours", "Certificate Number"))]),
     {"participant": "Jane Doe", "course_title": TITLE, "completion_date": "2025-03-03", "hours": 1.5}),
    ("captions nearer the row below", [C(PROV, 36, 14, B), C("CERTIFICATE OF COMPLETION", 80, 22, B)] + grid([
        (("Jane Doe", "03/03/2025"), ("Participant", "Date of Completion")),
        ((TITLE, "1.5"), ("Course Title", "Contact Hours"))], cgap=8, rgap=2),
     {"participant": "Jane Doe", "course_title": TITLE, "completion_date": "2025-03-03", "hours": 1.5}),
    ("lower-case participant caption", [C(PROV, 36, 14, B), C("CERTIFICATE OF COMPLETION", 80, 22, B), C("Jane Doe", 140, 22, TB), C("participant name", 168, 8), C(TITLE, 220, 16, B), C("course title", 240, 8), C("March 3, 2025  |  1.5 contact hours", 290, 11)],
     {"participant": "Jane Doe", "course_title": TITLE}),
    # 'Continuing Dental Education' as a description
    ("provider named for continuing dental education", cert(top=("Center for Continuing Dental Education",), title="Periodontal Therapy Update", after=("on March 3, 2025", "3.0 CE hours")),
     {"provider": "Center for Continuing Dental Education"}),
    ("school's continuing dental education", cert(top=("Riverside University School of Dentistry", "Continuing Dental Education"), title="Periodontal Therapy Update", after=("on March 3, 2025", "3.0 CE hours")),
     {"provider": "Riverside University School of Dentistry"}),
    # conferences and study clubs as organisations
    ("conference title under letterhead", cert(top=("Acme Health Education",), title="Pacific Northwest Dental Conference", after=("on March 3, 2025", "6.0 CE hours")),
     {"provider": PROV, "course_title": "Pacific Northwest Dental Conference"}),
    ("conference title presented by association", page([("CERTIFICATE OF ATTENDANCE", 24, B), "This certifies that", ("Jane Doe", 22, TB), "attended the",
        ("Lakeshore Veterinary Conference", 16, B), "March 3, 2025", "6.0 CE hours", "Presented by the Lakeshore Veterinary Medical Association"]),
     {"provider": "Lakeshore Veterinary Medical Association", "course_title": "Lakeshore Veterinary Conference"}),
    ("study club named by a season place", cert(top=("Spring Valley Dental Study Club",), title="Guided Bone Regeneration", after=("on March 3, 2025", "3.0 CE hours")),
     {"provider": "Spring Valley Dental Study Club"}),
    ("study club title", cert(top=(PROV,), title="Implant Study Club: Guided Bone Regeneration", after=("on March 3, 2025", "3.0 CE hours")),
     {"provider": PROV, "course_title": "Implant Study Club: Guided Bone Regeneration"}),
    # a place before an accreditor's name
    ("approved provider words before the body", cert(top=(PROV,), after=("on March 3, 2025", "3.0 CE hours"), extra=[C("Nationally Approved Provider Academy of General Dentistry", 540, 9)]),
     {"provider": PROV, "accreditation": "AGD"}),
    # chained and round unit equations
    ("completed 10 PDH = 1 CEU", cert(after=("on March 3, 2025", "has completed 10 PDH = 1 CEU")), {"hours": 10.0}),
    ("chain definition with award (control)", cert(after=("on March 3, 2025", "Credits: 3.0 PDH"), extra=[C("1 PDH = 1 contact hour = 0.1 CEU", 560, 8)]), {"hours": 3.0}),
    ("part I equals hours", cert(after=("on March 3, 2025", "Part I equals 6 contact hours")), {"hours": 6.0}),
    # lower-case captions and labels
    ("lower-case date caption", page([(PROV, 14, B), ("CERTIFICATE OF COMPLETION", 24, B), "This certifies that", ("Jane Doe", 22, TB), "has completed", (TITLE, 14, B), "1.5 contact hours"]) + [T("March 3, 2025", 120, 470, 12), T("date", 120, 486, 8), T("Ann Lee, Director", 520, 470, 12), T("signature", 520, 486, 8)],
     {"completion_date": "2025-03-03"}),
    ("lower-case date label over value", page([(PROV, 14, B), ("CERTIFICATE OF COMPLETION", 24, B), "This certifies that", ("Jane Doe", 22, TB), "has completed", (TITLE, 14, B), "1.5 contact hours"]) + [T("date", 120, 460, 8), T("March 3, 2025", 120, 472, 12)],
     {"completion_date": "2025-03-03"}),
    # bodies named with commas and 'and', registrars, approving authorities
    ("university registrar certifies", cert(after=("on March 3, 2025", "1.5 contact hours"), extra=[C("Certified by the University Registrar, Acme State University", 560, 8)]), {"accreditation": None}),
    ("approving authority a person", cert(after=("on March 3, 2025", "3.0 clock hours"), extra=[T("Approving Authority: John Smith, Director, Fire Training Division", 72, 560, 8)]), {"accreditation": "Fire Training Division"}),
    ("approved by a person of a board", cert(after=("on March 3, 2025", "3.0 clock hours"), extra=[C("Approved by Jane Smith, Executive Director, Ohio Board of Nursing", 560, 8)]), {"accreditation": "Ohio Board of Nursing"}),
    ("approved by provider and board", cert(after=("on March 3, 2025", "3.0 clock hours"), extra=[C("This course was developed by Acme Seminars and approved by Riverside Hospital and Ohio Board of Nursing", 560, 8)]), {"accreditation": "Ohio Board of Nursing"}),
    ("board with commas and and (control)", cert(after=("on March 3, 2025", "3.0 clock hours"), extra=[C("Approved by the Ohio Counselor, Social Worker and Marriage and Family Therapist Board", 560, 8)]), {"accreditation": "Ohio Counselor, Social Worker and Marriage and Family Therapist Board"}),
    # labelled titles wrapped onto the next line
    ("unknown label under the value", [C(PROV, 36, 14, B), C("CERTIFICATE OF COMPLETION", 80, 22, B), T("Participant: Jane Doe", 72, 150, 12), T("Course:", 72, 174, 12), T("Ethics for Nurses", 160, 174, 12), T("Moderator: Ann Lee", 160, 190, 12), T("Date: 03/03/2025", 72, 214, 12), T("Contact Hours: 1.5", 72, 238, 12)],
     {"course_title": "Ethics for Nurses"}),
    ("venue label under the value", [C(PROV, 36, 14, B), C("CERTIFICATE OF COMPLETION", 80, 22, B), T("Participant: Jane Doe", 72, 150, 12), T("Course:", 72, 174, 12), T("Ethics for Nurses", 160, 174, 12), T("Venue: Riverside Convention Center", 160, 190, 12), T("Date: 03/03/2025", 72, 214, 12), T("Contact Hours: 1.5", 72, 238, 12)],
     {"course_title": "Ethics for Nurses"}),
    ("room label under the value", [C(PROV, 36, 14, B), C("CERTIFICATE OF COMPLETION", 80, 22, B), T("Participant: Jane Doe", 72, 150, 12), T("Course:", 72, 174, 12), T("Ethics for Nurses", 160, 174, 12), T("Room: 204B", 160, 190, 12), T("Date: 03/03/2025", 72, 214, 12), T("Contact Hours: 1.5", 72, 238, 12)],
     {"course_title": "Ethics for Nurses"}),
    ("lower-case awarded to over the name", [C(PROV, 36, 14, B), C("certificate of completion", 80, 22, B), C("awarded to", 130, 10), C("Jane Doe", 146, 22, TB), C("for completing", 180, 10), C(TITLE, 198, 16, B), C("March 3, 2025  |  1.5 contact hours", 240, 11)],
     {"participant": "Jane Doe", "course_title": TITLE}),
    ("labelled title one line, next value under value", [C(PROV, 36, 14, B), C("CERTIFICATE OF COMPLETION", 80, 22, B), T("Participant: Jane Doe", 72, 150, 12), T("Course: Ethics for Nurses", 72, 174, 12), T("Session: Breakout A", 116, 190, 12), T("Date: 03/03/2025", 72, 214, 12), T("Contact Hours: 1.5", 72, 238, 12)],
     {"course_title": "Ethics for Nurses"}),
    ("title colon then provider under", [C("CERTIFICATE OF COMPLETION", 60, 22, B), T("Participant:", 72, 150, 12), T("Jane Doe", 200, 150, 12), T("Course Title:", 72, 174, 12), T("Wound Care Part 2:", 200, 174, 12), T("Acme Health Education", 200, 190, 12), T("Date:", 72, 214, 12), T("03/03/2025", 200, 214, 12), T("Contact Hours:", 72, 238, 12), T("1.5", 200, 238, 12)],
     {"course_title": "Wound Care Part 2"}),
    # instructor / presenter / speaker as labels of no field
    ("instructor title by size", page([(PROV, 14, B), ("CERTIFICATE OF COMPLETION", 24, B), "This certifies that", ("Jane Doe", 22, TB), "has completed", ("Instructor Development Workshop", 16, B), "on March 3, 2025", "6.0 contact hours"]),
     {"course_title": "Instructor Development Workshop"}),
    ("speaker title by size", page([(PROV, 14, B), ("CERTIFICATE OF COMPLETION", 24, B), "This certifies that", ("Jane Doe", 22, TB), "has completed", ("Speaker Series: Ethics in Practice", 16, B), "on March 3, 2025", "1.5 contact hours"]),
     {"course_title": "Speaker Series: Ethics in Practice"}),
    ("presenter certificate", [C(PROV, 36, 14, B), C("CERTIFICATE OF PRESENTATION", 80, 22, B), T("Presenter: Jane Doe", 120, 150, 12), T(f"Course Title: {TITLE}", 120, 174, 12), T("Date: 03/03/2025", 120, 198, 12), T("Contact Hours: 1.5", 120, 222, 12)],
     {"participant": "Jane Doe"}),
    # RACE words
    ("race in a title", cert(title="Race, Equity and Inclusion in Social Work", after=("on March 3, 2025", "3.0 CE hours")), {"course_title": "Race, Equity and Inclusion in Social Work", "hours": 3.0}),
]

OCR_CASES = [
    ("ocr inches in a trade title", cert(title="Sizing 1/2 in. and 3/4 in. Gas Piping", after=("on March 3, 2025", "4.0 CE hours")), {"course_title": "Sizing 1/2 in. and 3/4 in. Gas Piping"}),
]


def main() -> int:
    return run_probe(CASES + OCR_CASES, _image_cases)


if __name__ == "__main__":
    sys.exit(main())
