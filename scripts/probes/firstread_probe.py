# ruff: noqa: E501, RUF005
"""Probe of the failure kinds that recurred across genres on their first readings (firstread): lines labelled with
a word of a title's label that do not hold the title ('Job Title:', 'Course level:'), a provider's value kept with a
label nobody listed ('Sponsoring Organization: X'), a unit's definition in the small print, a breakdown of the award
('including 1 hour of ethics'), a maximum or a running total beside the award, a signatory read as the title.
Wordings and layouts differ from every training genre. Usage: PYTHONPATH=src python
scripts/probes/firstread_probe.py [-v] [--lines] [name-substring]. Each case lists the fields it checks; model on.

60 cases. First batch (52): lead (34ed70f) 15 failures, 4 after its fixes. Reproduced and mended: unit
definitions in other wordings ('represents', 'corresponds to', 'make', 'A CE hour is defined as', 'One (1) ...
sixty (60) minutes'); a caption of a few words before the provider; a label naming the activity by its noun; a
sentence naming a subject's part of the award; 'Credits available:', 'Cumulative Contact Hours:', '12.5 of the 30
contact hours'. Second batch (8, written after those fixes): 4 failures, 1 after (a ratio of units, minutes per
credit hour, the provider named only in 'X is solely responsible for this program'). In all: lead 20, firstread 5.
Left: 'Module Completed:' (a date label holding the title), 'Pharmacotherapeutic Hours: 1.0' (a subject no list
knows), a unit's office over its organisation read as one name, a drawn history table and 'Hours Earned | Hours
Offered' captions read as a label grid or stacked lines (layout)."""

# The failure kinds of the first readings (the parser at 2381cd1^ on the fresh sets of f83-f109: gA_t, gCD_t, gEF_t,
# mv_text, gI_t), by the number of genre batches (f83-85, f86-88, ..., f107-109) they appear in:
#   title with a colon lost (read as label: value)          34 fields, 10 families, 6 batches
#   credits: maximum/requirement/total to date/other rows   ~69 fields, 6 families, 5 batches
#   credits: a unit's definition read as an award           ~60 fields, 5 families, 5 batches
#   title: a heading, fine print or another label's line    ~67 fields, 7 families, 5 batches
#   credits: the unit a page or accreditor names not used   ~27 fields, 6 families, 4 batches
#   credits: a second unit (column header, bracket) missed  ~50 fields, 4 families, 4 batches
#   provider: a unit of the organisation, or its chapter    ~22 fields, 4 families, 4 batches
#   provider: an unknown label kept, the learner's employer ~19 fields, 4 families, 3 batches
#   title: a label, organisation or event kept in the title ~25 fields, 4 families, 3 batches
#   provider: a sentence's tail or bracket glued to it      ~39 fields, 3 families, 3 batches

from __future__ import annotations

import sys

from drawn import C, T, page, run_probe
from review10_probe import PROV, TB, TITLE, B

CH = [{"amount": 1.5, "unit": "contact_hour"}]
CH3 = [{"amount": 3.0, "unit": "contact_hour"}]


def cert(after=("on March 3, 2025", "1.5 contact hours"), title=TITLE, top=(PROV,), small=(), sign=()):
    """A centred certificate; `small` lines in fine print at the foot, `sign` a signature block left."""
    out = page([*((t, 14, B) for t in top), ("CERTIFICATE OF COMPLETION", 24, B), "This certifies that",
                ("Jane Doe", 22, TB), "has successfully completed", (title, 14, B), *after])
    out += [T(s, 90, 480 + 14 * i, 10) for i, s in enumerate(sign)]
    return out + [C(s, 540 + 12 * i, 8) for i, s in enumerate(small)]


def rows(lines, top=(PROV,), heading="Record of Continuing Education", x=90, y=140, step=22):
    out = [C(t, 36 + 20 * i, 14, B) for i, t in enumerate(top)] + [C(heading, 90, 20, B)]
    return out + [T(r, x, y + i * step, 11) for i, r in enumerate(lines)]


CASES = [
    # title: a labelled line whose label has a title's word but holds something else
    ("position title under participant", cert(after=("Position Title: Staff Nurse", "on March 3, 2025", "1.5 contact hours")), {"course_title": TITLE}),
    ("course type under title", cert(after=("Course Type: Elective", "Course Level: Intermediate", "on March 3, 2025", "1.5 contact hours")), {"course_title": TITLE}),
    ("course category line", cert(after=("Course Category: Clinical Practice", "Completed March 3, 2025", "1.5 contact hours")), {"course_title": TITLE}),
    ("course approval number line", cert(after=("State Course Approval No.: 44-1234", "on March 3, 2025", "1.5 contact hours")), {"course_title": TITLE}),
    ("employee title row in form", rows(["Employee: Jane Doe", "Employee Title: Unit Secretary", f"Program: {TITLE}", "Date Completed: 03/03/2025", "Contact Hours: 1.5"]), {"course_title": TITLE, "participant": "Jane Doe"}),
    ("course format row before program", rows(["Attendee: Jane Doe", "Course Format: Home study", f"Program: {TITLE}", "Date Completed: 03/03/2025", "Contact Hours: 1.5"]), {"course_title": TITLE}),
    # title: a title holding a colon (a label's look)
    ("colon title centred", cert(title="Wound Care: Assessment and Staging"), {"course_title": "Wound Care: Assessment and Staging"}),
    ("colon title two colons", cert(title="Sepsis Update: Early Recognition: A Case Approach"), {"course_title": "Sepsis Update: Early Recognition: A Case Approach"}),
    ("colon title left block", rows(["This is to confirm that Jane Doe completed", "Opioid Stewardship: Safer Prescribing in Primary Care", "on 03/03/2025 for 1.5 contact hours."], heading="Letter of Completion"), {"course_title": "Opioid Stewardship: Safer Prescribing in Primary Care"}),
    ("colon title short head", cert(title="HIPAA: What Every Clinician Should Know"), {"course_title": "HIPAA: What Every Clinician Should Know"}),
    ("colon title with year head", cert(title="2025 Fall Summit: Leading Change in Clinical Teams"), {"course_title": "2025 Fall Summit: Leading Change in Clinical Teams"}),
    ("colon title in a letter sentence", rows(["Dear Dr. Doe,", "Thank you for attending Stroke Care: New Evidence in Acute Management,", "held on March 3, 2025. You were awarded 1.5 contact hours.", "Sincerely,", "Maria Lopez, Education Director"], heading=""), {"course_title": "Stroke Care: New Evidence in Acute Management"}),
    # title: labels nobody listed, the label must not stay in the title
    ("educational offering label", rows(["Learner: Jane Doe", f"Educational Offering: {TITLE}", "Date Completed: 03/03/2025", "Contact Hours: 1.5"]), {"course_title": TITLE}),
    ("module completed label", rows(["Learner: Jane Doe", f"Module Completed: {TITLE}", "Date Completed: 03/03/2025", "Contact Hours: 1.5"]), {"course_title": TITLE}),
    # provider: the value with a label nobody listed
    ("hosting organization label", rows(["Attendee: Jane Doe", f"Course: {TITLE}", "Hosting Organization: Acme Health Education", "Date Completed: 03/03/2025", "Contact Hours: 1.5"], top=("Statewide CE Registry",)), {"provider": PROV}),
    ("training agency label", rows(["Attendee: Jane Doe", f"Course: {TITLE}", "Training Agency: Acme Health Education", "Date Completed: 03/03/2025", "Contact Hours: 1.5"], top=()), {"provider": PROV}),
    ("issuing body label", rows(["Attendee: Jane Doe", f"Course: {TITLE}", "Issuing Body: Acme Health Education", "Date Completed: 03/03/2025", "Contact Hours: 1.5"], top=()), {"provider": PROV}),
    # provider: a sentence's tail before the provider's name
    ("provider after standards sentence", cert(top=(), small=("This activity was planned in accordance with the Joint Accreditation Standards. Acme Health Education is accredited", "by the American Nurses Credentialing Center as a provider of nursing continuing professional development.")), {"provider": PROV}),
    # credits: a unit's definition in the small print
    ("each contact hour represents minutes", cert(small=("Each contact hour represents 60 minutes of instruction.",)), {"credits": CH}),
    ("a CE hour is defined as", cert(after=("on March 3, 2025", "1.5 CE hours"), small=("A CE hour is defined as 50 minutes of participation.",)), {"credits": [{"amount": 1.5, "unit": "CE"}]}),
    ("ten contact hours make one CEU", cert(small=("Ten contact hours make one CEU.",)), {"credits": CH}),
    ("1 credit corresponds to an hour", cert(after=("on March 3, 2025", "1.5 CPE credits"), small=("For this programme 1 CPE credit corresponds to one hour of learning.",)), {"credits": [{"amount": 1.5, "unit": "CPE"}]}),
    ("one contact hour equals 60 minutes", cert(after=("on March 3, 2025", "3 contact hours"), small=("One (1) contact hour equals sixty (60) minutes.",)), {"credits": CH3}),
    # credits: a breakdown of the award
    ("of which ethics", cert(after=("on March 3, 2025", "3.0 contact hours, of which 1.0 hour is ethics")), {"credits": CH3}),
    ("parenthesised topic hours", cert(after=("on March 3, 2025", "3.0 contact hours (1.0 ethics, 0.5 pain management)")), {"credits": CH3}),
    ("includes hours of safety", cert(after=("on March 3, 2025", "Total awarded: 3 contact hours"), small=("This total includes 1.5 hours of patient safety content.",)), {"credits": CH3}),
    ("pharmacology hours line", rows(["Participant: Jane Doe", f"Activity: {TITLE}", "Completed: 03/03/2025", "Contact Hours: 3.0", "Pharmacotherapeutic Hours: 1.0"]), {"credits": CH3}),
    # credits: a maximum or a running total beside the award
    ("offers up to", cert(small=("This activity offers up to 6 contact hours; claim only the hours you attended.",)), {"credits": CH}),
    ("year to date total", cert(after=("on March 3, 2025", "1.5 contact hours", "Your year-to-date total: 14.5 contact hours")), {"credits": CH}),
    ("renewal needs", cert(small=("Nurses need 30 contact hours every two years to renew their licence.",)), {"credits": CH}),
    # provider: a unit of the organisation, or the organisation under a unit's heading
    ("department under org letterhead", cert(top=("Lakeside University", "School of Continuing Studies")), {"provider": "Lakeside University"}),
    ("office line over org", rows(["Participant: Jane Doe", f"Course: {TITLE}", "Completed: 03/03/2025", "Contact Hours: 1.5"], top=("Office of Professional Development", "Riverbend Medical Center")), {"provider": "Riverbend Medical Center"}),
    # credits: a second unit in a table's header or a bracket
    ("bracketed equivalent unit", rows(["Participant: Jane Doe", f"Course: {TITLE}", "Completed: 03/03/2025", "Credit awarded: 0.3 CEU (3.0 contact hours)"]), {"credits": [{"amount": 0.3, "unit": "CEU"}, {"amount": 3.0, "unit": "contact_hour"}]}),
    ("two unit columns", [C(PROV, 36, 14, B), C("Transcript of Continuing Education", 70, 20, B), T("Participant: Jane Doe", 72, 120, 11), T("Completed", 72, 300, 9, B), T("Activity", 160, 300, 9, B), T("Contact Hrs", 470, 300, 9, B), T("CEUs", 560, 300, 9, B), T("03/03/2025", 72, 318, 10), T(TITLE, 160, 318, 10), T("3.0", 470, 318, 10), T("0.30", 560, 318, 10)], {"credits": [{"amount": 3.0, "unit": "contact_hour"}, {"amount": 0.3, "unit": "CEU"}], "course_title": TITLE}),
    # participant: a brand, a column's header or a signatory instead of the person
    ("portal brand over learner", rows(["Learner: Jane Doe", f"Course: {TITLE}", "Completed: 03/03/2025", "Contact Hours: 1.5"], top=("SkillBridge Portal",), heading="Learning History"), {"participant": "Jane Doe"}),
    ("profession label for participant", rows(["Dietitian: Jane Doe, RDN", f"Program: {TITLE}", "Completed: 03/03/2025", "CPEUs: 1.5"]) + [T("Maria Lopez, MS, RDN", 90, 470, 11), T("Program Coordinator", 90, 486, 10)], {"participant": "Jane Doe, RDN"}),
    ("roster header over learner", [C(PROV, 36, 14, B), C("Class Roster", 70, 20, B), T(f"Class: {TITLE}", 72, 110, 11), T("Date: 03/03/2025", 72, 128, 11), T("Learner", 72, 170, 9, B), T("Reg. No.", 260, 170, 9, B), T("Hours", 400, 170, 9, B), T("Jane Doe, RN", 72, 188, 10), T("RN-55120", 260, 188, 10), T("1.5", 400, 188, 10)], {"participant": "Jane Doe, RN"}),
    # date: a letter's, a report's or an approval's date beside the activity's
    ("letter date above body", rows(["March 20, 2025", "Dear Jane Doe,", f"This confirms that you attended {TITLE} on March 3, 2025", "and earned 1.5 contact hours."], heading=""), {"completion_date": "2025-03-03"}),
    ("approval date row after", rows(["Participant: Jane Doe", f"Course: {TITLE}", "Session date: 03/03/2025", "Contact Hours: 1.5", "Supervisor approval: 03/18/2025"]), {"completion_date": "2025-03-03"}),
    # more amounts beside the award
    ("credits available line", cert(after=("on March 3, 2025", "Credits earned: 1.5 contact hours", "Credits available: 12 contact hours")), {"credits": CH}),
    ("cumulative hours row", rows(["Participant: Jane Doe", f"Course: {TITLE}", "Completed: 03/03/2025", "Contact Hours: 1.5", "Cumulative Contact Hours: 22.5"]), {"credits": CH}),
    ("hours still needed", rows(["Participant: Jane Doe", f"Course: {TITLE}", "Completed: 03/03/2025", "Contact Hours: 1.5", "Hours remaining this period: 8.5"]), {"credits": CH}),
    ("designated for a maximum", cert(after=("on March 3, 2025", "1.5 contact hours"), small=("This live activity has been designated for a maximum of 4.0 contact hours.",)), {"credits": CH}),
    ("history table under the award", [*rows(["Participant: Jane Doe", f"Course: {TITLE}", "Completed: 03/03/2025", "Contact Hours: 1.5"]), T("Your earlier courses", 90, 260, 11, B), T("Date", 90, 280, 9, B), T("Course", 170, 280, 9, B), T("Hours", 470, 280, 9, B), T("01/10/2025", 90, 296, 10), T("Sepsis Basics", 170, 296, 10), T("2.0", 470, 296, 10), T("02/02/2025", 90, 312, 10), T("Fall Prevention", 170, 312, 10), T("3.0", 470, 312, 10)], {"credits": CH, "course_title": TITLE}),
    ("progress sentence", cert(after=("on March 3, 2025", "1.5 contact hours", "You have completed 12.5 of the 30 contact hours your licence requires.")), {"credits": CH}),
    # headings and fine print as the title
    ("statement heading over labelled-less title", [C(PROV, 36, 14, B), C("STATEMENT OF CONTINUING EDUCATION CREDIT", 70, 18, B), T("Jane Doe", 72, 130, 14, B), T(TITLE, 72, 160, 12), T("March 3, 2025 · 1.5 contact hours", 72, 182, 11), C("Keep this statement for four years; lost statements are reissued for a fee.", 540, 8)], {"course_title": TITLE}),
    ("verification form heading", [C(PROV, 36, 14, B), C("Attendance Verification Form", 70, 18, B), T("Attendee", 72, 120, 9), T("Jane Doe", 72, 132, 12), T("Program", 320, 120, 9), T(TITLE, 320, 132, 12), T("Date", 72, 170, 9), T("03/03/2025", 72, 182, 12), T("Contact hours", 320, 170, 9), T("1.5", 320, 182, 12)], {"course_title": TITLE, "participant": "Jane Doe"}),
    # participant: a salutation, a sentence running on
    ("salutation first name only", rows(["Hello Jane,", f"Jane Doe completed {TITLE} on March 3, 2025 and earned 1.5 contact hours."], heading=""), {"participant": "Jane Doe"}),
    ("name runs into a sentence", rows(["We confirm that Jane Doe attended the full day and completed", f"{TITLE} on March 3, 2025 (1.5 contact hours)."], heading="Confirmation of Attendance"), {"participant": "Jane Doe"}),
    # date: a range's last day, a window
    ("two-day range completion", cert(after=("held March 3-4, 2025", "12 contact hours")), {"completion_date": "2025-03-04"}),
    ("report period window", rows(["Participant: Jane Doe", "Report period: 01/01/2025 to 12/31/2025", f"Course: {TITLE}", "Completed on 03/03/2025", "Contact Hours: 1.5"], heading="Training History"), {"completion_date": "2025-03-03"}),
    # second batch (written after the first fixes)
    ("colon title in a labelled form", rows(["Participant: Jane Doe", "Course Title: Wound Care: Staging and Dressings", "Completed: 03/03/2025", "Contact Hours: 1.5"]), {"course_title": "Wound Care: Staging and Dressings"}),
    ("colon title in a table row", [C(PROV, 36, 14, B), C("Transcript", 70, 20, B), T("Name: Jane Doe", 72, 110, 11), T("Date", 72, 160, 9, B), T("Course", 160, 160, 9, B), T("Hours", 520, 160, 9, B), T("03/03/2025", 72, 178, 10), T("Sepsis: Early Recognition in the ED", 160, 178, 10), T("1.5", 520, 178, 10)], {"course_title": "Sepsis: Early Recognition in the ED", "credits": [{"amount": 1.5, "unit": "clock_hour"}]}),
    ("definition in a table footnote", [*rows(["Participant: Jane Doe", f"Course: {TITLE}", "Completed: 03/03/2025", "Nursing Contact Hours: 2.0"]), T("* Every contact hour equals 60 minutes of learning.", 90, 520, 8)], {"credits": [{"amount": 2.0, "unit": "contact_hour"}]}),
    ("ceu definition as ratio", cert(small=("CEUs are calculated at a ratio of 10 contact hours to 1 CEU.",)), {"credits": CH}),
    ("minutes per credit hour", cert(after=("on March 3, 2025", "3 CLE credit hours"), small=("Credit is calculated on the basis of 60 minutes per credit hour.",)), {"credits": [{"amount": 3.0, "unit": "CLE"}]}),
    ("accreditor sentence before provider name", cert(top=(), small=("Approved by the State Board of Nursing, Provider #123. Acme Health Education is solely responsible for this program.",)), {"provider": PROV}),
    ("signatory with credentials before participant label", [C(PROV, 36, 14, B), C("Statement of Credit", 70, 20, B), T("Director: Maria Lopez, PharmD", 72, 110, 11), T("Learner: Jane Doe", 72, 134, 11), T(f"Activity: {TITLE}", 72, 158, 11), T("Completed: 03/03/2025", 72, 182, 11), T("Contact Hours: 1.5", 72, 206, 11)], {"participant": "Jane Doe"}),
    ("maximum in a column caption", [*rows(["Participant: Jane Doe", f"Course: {TITLE}", "Completed: 03/03/2025"]), T("Hours Earned", 90, 240, 9, B), T("Hours Offered", 260, 240, 9, B), T("1.5", 90, 256, 11), T("6.0", 260, 256, 11)], {"credits": [{"amount": 1.5, "unit": "clock_hour"}]}),
    # title: a signatory with credentials
    ("signatory with credentials", cert(title="Managing Chronic Pain in Older Adults", after=("Completed March 3, 2025", "1.5 contact hours"), sign=("Maria Lopez, DNP, APRN, FNP-BC", "Director of Continuing Education")), {"course_title": "Managing Chronic Pain in Older Adults"}),
]


if __name__ == "__main__":
    sys.exit(run_probe(CASES))
