# ruff: noqa: E501, RUF005
"""Misreadings earlier reviews reproduced and left (left13): a yearless first day padded unlike the range's end
behind a 'Dates:' label; a provider whose name starts with its own first letters; a state requirement's hours as
the only credit line; 'CEUs: 3 hours' (a label of ten-hour units over hours); an LMS export naming the provider under
'Site:', 'Account:', 'Organization:', 'Portal:'; a grid's 'Registered' date beside or without a completion date.
Usage: PYTHONPATH=src python scripts/probes/left13_probe.py [-v] [--lines] [name-substring]. Model on.

33 cases. Lead (34ed70f) 10 failures, left13 0. 'CEUs: 90 minutes' had read 900 hours; a registration date beside
'Date Issued' had been taken for the completion date. A grid's 'Organization' and colon-labelled 'Site:' rows read
right before too (as organisation lines)."""

from __future__ import annotations

import sys

from dates_probe import form
from drawn import C, T, page, run_probe
from review10_probe import PROV, TB, TITLE, B, cert


# An LMS export without the provider's letterhead: a grid of label cells and values, no colons.
def grid(rows, heading="Course Completion Record", top=130, xs=(90, 260), size=11, step=18):
    out = [C(heading, 60, 20, B)]
    for i, (label, value) in enumerate(rows):
        out += [T(label, xs[0], top + i * step, size), T(value, xs[1], top + i * step, size)]
    return out


def lms_form(rows, heading="Course Completion Record", x=120, y=130, step=22):
    """An LMS export with colons, no letterhead."""
    return [C(heading, 60, 20, B)] + [T(r, x, y + i * step, 12) for i, r in enumerate(rows)]


def cform(rows):
    """A filled form whose credit rows are the given ones (dates_probe.form adds 'Contact Hours: 1.5')."""
    rows = ["Participant: Jane Doe", f"Course Title: {TITLE}", "Date of Completion: 03/03/2025", *rows]
    return [C(PROV, 36, 14, B), C("CERTIFICATE OF COMPLETION", 80, 22, B)] + [T(r, 120, 150 + i * 24, 12) for i, r in enumerate(rows)]


BASE = [("Learner", "Jane Doe"), ("Course", TITLE)]

CASES = [
    # a. a yearless first day written with fewer digits than the last
    ("dates label, first day unpadded", form(["Dates: 6/29 - 07/01/2025"]), {"completion_date": "2025-07-01", "start_date": "2025-06-29"}),
    ("dates(s) label, first day unpadded", form(["Date(s): 9/8 - 09/10/2025"]), {"completion_date": "2025-09-10", "start_date": "2025-09-08"}),
    ("lessons count before padded date (control)", form(["Lessons: 3/3 - 03/05/2025"]), {"completion_date": "2025-03-05", "start_date": None}),
    ("modules count before padded date, dated label later (control)", form(["Modules: 3/3 - 03/05/2025", "Printed: 03/10/2025"]), {"completion_date": "2025-03-05", "start_date": None}),
    # b. a provider's own first letters before its name
    ("provider AB before its name", page([("AB Anesthesia Board Education Society", 18, B), ("CERTIFICATE OF COMPLETION", 24, B), "This certifies that", ("Jane Doe", 22, TB), "has successfully completed", (TITLE, 14, B), "on March 3, 2025", "1.5 contact hours", ("Anesthesia Board Education Society is accredited as a provider of nursing continuing professional development.", 8)]),
     {"provider": "AB Anesthesia Board Education Society"}),
    ("provider NW before its name", page([("NW Regional Dental Hygiene Society", 18, B), ("CERTIFICATE OF COMPLETION", 24, B), "This certifies that", ("Jane Doe", 22, TB), "has successfully completed", (TITLE, 14, B), "on March 3, 2025", "1.5 CE hours", ("Regional Dental Hygiene Society is an ADA CERP Recognized Provider.", 8)]),
     {"provider": "NW Regional Dental Hygiene Society"}),
    ("logo initials whole before name (control)", page([("ABES Anesthesia Board Education Society", 18, B), ("CERTIFICATE OF COMPLETION", 24, B), "This certifies that", ("Jane Doe", 22, TB), "has successfully completed", (TITLE, 14, B), "on March 3, 2025", "1.5 contact hours", ("Anesthesia Board Education Society is accredited as a provider of nursing continuing professional development.", 8)]),
     {"provider": "Anesthesia Board Education Society"}),
    ("logo initials all but last before name (control)", page([("LPE Lakeshore Professional Education Partners", 18, B), ("CERTIFICATE OF COMPLETION", 24, B), "This certifies that", ("Jane Doe", 22, TB), "has successfully completed", (TITLE, 14, B), "on March 3, 2025", "1.5 contact hours"]),
     {"provider": "Lakeshore Professional Education Partners"}),
    # c. a state requirement's hours as the only credit line
    ("state requirement only credit line", cert(after=("on March 3, 2025", "Ohio Requirement: 1.5 contact hours (Category A)")), {"hours": 1.5, "status": "needs_review"}),
    ("state requirement beside the award (control)", cert(after=("on March 3, 2025", "Contact Hours: 2.0", "Ohio Requirement: 1.5 contact hours (Category A)")), {"hours": 2.0}),
    ("minimum requirement only (control)", cert(after=("on March 3, 2025", "Minimum Requirement: 20 contact hours")), {"hours": None}),
    # d. a label of ten-hour units over hours
    ("CEUs label over hours", cform(["CEUs: 3 hours"]), {"hours": 3.0, "status": "needs_review"}),
    ("CEUs label over minutes", cform(["CEUs: 90 minutes"]), {"hours": 1.5, "status": "needs_review"}),
    ("CEUs label over contact hours", cform(["CEUs: 3 contact hours"]), {"hours": 3.0}),
    ("CEUs label with hours in brackets (control)", cform(["IACET CEUs: 0.3 (3 hours)"]), {"credits": [{"amount": 0.3, "unit": "CEU"}, {"amount": 3.0, "unit": "clock_hour"}]}),
    ("CEU label tenths in hours (control)", cform(["CEU: 0.3 hours"]), {"credits": [{"amount": 0.3, "unit": "CEU"}]}),
    # e. an LMS export's provider labels
    ("lms grid site", grid(BASE + [("Site", "Acme Health Education"), ("Completion Date", "03/03/2025"), ("Contact Hours", "1.5")]), {"provider": PROV}),
    ("lms grid portal", grid(BASE + [("Portal", "Acme Health Education"), ("Completion Date", "03/03/2025"), ("Contact Hours", "1.5")]), {"provider": PROV}),
    ("lms grid organization", grid(BASE + [("Organization", "Acme Health Education"), ("Completion Date", "03/03/2025"), ("Contact Hours", "1.5")]), {"provider": PROV}),
    ("lms grid account", grid(BASE + [("Account", "Acme Health Education"), ("Completion Date", "03/03/2025"), ("Contact Hours", "1.5")]), {"provider": PROV}),
    ("lms colon site", lms_form(["Learner: Jane Doe", f"Course: {TITLE}", "Site: Acme Health Education", "Completion Date: 03/03/2025", "Contact Hours: 1.5"]), {"provider": PROV}),
    ("lms colon portal", lms_form(["Learner: Jane Doe", f"Course: {TITLE}", "Portal: Acme Health Education", "Completion Date: 03/03/2025", "Contact Hours: 1.5"]), {"provider": PROV}),
    ("lms colon account", lms_form(["Learner: Jane Doe", f"Course: {TITLE}", "Account: Acme Health Education", "Completion Date: 03/03/2025", "Contact Hours: 1.5"]), {"provider": PROV}),
    ("lms colon organization", lms_form(["Learner: Jane Doe", f"Course: {TITLE}", "Organization: Acme Health Education", "Completion Date: 03/03/2025", "Contact Hours: 1.5"]), {"provider": PROV}),
    ("site as a venue beside a provider (control)", cert(after=("on March 3, 2025", "1.5 contact hours", "Site: Springfield Convention Center")), {"provider": PROV}),
    # f. a registration date in a grid
    ("grid registered and completed", grid(BASE + [("Registered", "03/02/2025"), ("Completed", "03/05/2025"), ("Contact Hours", "1.5")], heading="Acme Health Education"), {"completion_date": "2025-03-05"}),
    ("grid registered after completed", grid(BASE + [("Completed", "03/05/2025"), ("Registered", "03/02/2025"), ("Contact Hours", "1.5")], heading="Acme Health Education"), {"completion_date": "2025-03-05"}),
    ("grid registered, completion in a sentence", grid(BASE + [("Registered", "03/02/2025"), ("Contact Hours", "1.5")], heading="Acme Health Education") + [C("Completed on March 5, 2025", 260, 11)], {"completion_date": "2025-03-05"}),
    ("grid registered only", grid(BASE + [("Registered", "03/02/2025"), ("Contact Hours", "1.5")], heading="Acme Health Education"), {"status": "needs_review"}),
    ("grid registered only, unambiguous", grid(BASE + [("Registered", "03/22/2025"), ("Contact Hours", "1.5")], heading="Acme Health Education"), {"status": "needs_review"}),
    ("grid registered then completed, unambiguous", grid(BASE + [("Registered", "03/22/2025"), ("Completed", "03/25/2025"), ("Contact Hours", "1.5")], heading="Acme Health Education"), {"completion_date": "2025-03-25"}),
    ("grid registered, completion date, unambiguous", grid(BASE + [("Completion Date", "03/25/2025"), ("Registered", "03/22/2025"), ("Contact Hours", "1.5")], heading="Acme Health Education"), {"completion_date": "2025-03-25"}),
    ("grid registered, date issued, unambiguous", grid(BASE + [("Registered", "03/22/2025"), ("Contact Hours", "1.5"), ("Date Issued", "03/25/2025")], heading="Acme Health Education"), {"completion_date": "2025-03-25"}),
]


def main() -> int:
    return run_probe(CASES)


if __name__ == "__main__":
    sys.exit(main())
