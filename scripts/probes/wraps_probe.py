"""Line-structure sweep: separators, wraps and odd placements on realistic text-PDF certificates.

Usage: PYTHONPATH=<wt>/src python scripts/probes/wraps_probe.py [-v] [--model] [name-substring]
Each case draws a landscape certificate with reportlab, runs the real pipeline (extract -> parse -> normalize ->
decide; the trained model off unless --model) and compares participant, provider, course_title, completion_date,
credits and certificate_id as the evaluator does. An expected value of ANY is not checked.
"""

from __future__ import annotations

import sys

from drawn import C, T, ingested_cases, rule

from cecingest.evaluate import values_match

ANY = object()
FIELDS = ("participant", "provider", "course_title", "completion_date", "credits", "certificate_id")
DEFAULT = {
    "participant": "Jane Doe",
    "provider": "Acme Health Education",
    "course_title": "Infection Control for Healthcare Workers",
    "completion_date": "2025-03-03",
    "credits": [(1.5, "contact_hour")],
    "certificate_id": "CE-2025-0412",
}


HEAD = [C("Acme Health Education", 40, 14, "Helvetica-Bold"), C("CERTIFICATE OF COMPLETION", 80, 26, "Helvetica-Bold")]
NAME = [C("This certifies that", 135, 12), C("Jane Doe", 165, 24, "Times-Bold")]
DONE = [C("has successfully completed", 205, 12)]
TITLE = [C("Infection Control for Healthcare Workers", 230, 16, "Helvetica-Bold")]
CRED = [C("on March 3, 2025 and is awarded 1.5 contact hours", 265, 12)]
CID = [T("Certificate ID: CE-2025-0412", 60, 560, 8)]


def cert(head=None, name=None, done=None, title=None, cred=None, cid=None, extra=()):
    """The sentence certificate with some of its parts replaced."""
    parts = [
        HEAD if head is None else head,
        NAME if name is None else name,
        DONE if done is None else done,
        TITLE if title is None else title,
        CRED if cred is None else cred,
        CID if cid is None else cid,
    ]
    return [item for part in parts for item in part] + list(extra)


FORM_HEAD = [
    C("Acme Health Education", 40, 14, "Helvetica-Bold"),
    C("CERTIFICATE OF COMPLETION", 80, 24, "Helvetica-Bold"),
]


def form(*rows, x=120, y=160, step=26, size=12, head=FORM_HEAD):
    """A labelled form: each row one line at the left margin."""
    return list(head) + [T(r, x, y + i * step, size) for i, r in enumerate(rows)]


FORM_ROWS = [
    "Participant: Jane Doe",
    "Course: Infection Control for Healthcare Workers",
    "Date of Completion: March 3, 2025",
    "Contact Hours: 1.5",
    "Certificate ID: CE-2025-0412",
]


def form_with(i, row, rows=FORM_ROWS):
    out = list(rows)
    if isinstance(row, list):
        out[i : i + 1] = row
    else:
        out[i] = row
    return form(*out)


def two_col(left, right, y=170, step=18, lx=72, lvx=170, rx=430, rvx=540, size=11):
    """Two label/value columns; each side a list of (label, [value lines]); a value may wrap onto more lines."""
    out = list(FORM_HEAD)
    for col, (labx, valx) in ((left, (lx, lvx)), (right, (rx, rvx))):
        yy = y
        for label, values in col:
            out.append(T(label, labx, yy, size, "Helvetica-Bold"))
            for v in values:
                out.append(T(v, valx, yy, size))
                yy += step
            yy += 6
    return out


def caption(value, cap, x, y, vsize=13, csize=8):
    return [T(value, x, y, vsize), rule(x - 5, y + vsize + 4, 200), T(cap, x, y + vsize + 8, csize)]


def smallcaps(label, value, x=120, y=300, dx=40):
    return [T(label, x, y, 7, "Helvetica-Bold"), T(value, x + dx, y + 11, 12)]


D = dict
CASES: list[tuple[str, list, dict]] = [
    # ---- controls
    ("ctl sentence", cert(), D()),
    ("ctl form", form(*FORM_ROWS), D()),
    # ---- title hyphen wraps
    (
        "hy Pharmaco-/logy",
        cert(title=[C("Pharmaco-", 230, 16, "Helvetica-Bold"), C("logy of Opioids", 250, 16, "Helvetica-Bold")]),
        D(course_title="Pharmacology of Opioids"),
    ),
    (
        "hy Evidence-/Based",
        cert(
            title=[C("Evidence-", 230, 16, "Helvetica-Bold"), C("Based Practice in Nursing", 250, 16, "Helvetica-Bold")]
        ),
        D(course_title="Evidence-Based Practice in Nursing"),
    ),
    (
        "hy Cardio-/vascular",
        cert(
            title=[
                C("Managing Cardio-", 230, 16, "Helvetica-Bold"),
                C("vascular Risk in Older Adults", 250, 16, "Helvetica-Bold"),
            ]
        ),
        D(course_title="Managing Cardiovascular Risk in Older Adults"),
    ),
    (
        "hy Trauma-/Informed",
        cert(
            title=[C("Trauma-", 230, 16, "Helvetica-Bold"), C("Informed Care for Children", 250, 16, "Helvetica-Bold")]
        ),
        D(course_title="Trauma-Informed Care for Children"),
    ),
    (
        "hy Self-/Care",
        cert(
            title=[
                C("Self-", 230, 16, "Helvetica-Bold"),
                C("Care Strategies for Clinicians", 250, 16, "Helvetica-Bold"),
            ]
        ),
        D(course_title="Self-Care Strategies for Clinicians"),
    ),
    (
        "hy Anti-/coagulation",
        cert(
            title=[C("Update on Anti-", 230, 16, "Helvetica-Bold"), C("coagulation Therapy", 250, 16, "Helvetica-Bold")]
        ),
        D(course_title="Update on Anticoagulation Therapy"),
    ),
    (
        "hy COVID-/19",
        cert(
            title=[C("COVID-", 230, 16, "Helvetica-Bold"), C("19 Vaccine Update for Nurses", 250, 16, "Helvetica-Bold")]
        ),
        D(course_title="COVID-19 Vaccine Update for Nurses"),
    ),
    (
        "hy Inter-/professional",
        cert(
            title=[C("Building Inter-", 230, 16, "Helvetica-Bold"), C("professional Teams", 250, 16, "Helvetica-Bold")]
        ),
        D(course_title="Building Interprofessional Teams"),
    ),
    (
        "hy Person-/Centred caps",
        cert(title=[C("Person-", 230, 16, "Helvetica-Bold"), C("Centred Dementia Care", 250, 16, "Helvetica-Bold")]),
        D(course_title="Person-Centred Dementia Care"),
    ),
    (
        "hy label value Neuro-/logical",
        [
            *form(
                "Participant: Jane Doe",
                "Course: Neuro-",
                "Date of Completion: March 3, 2025",
                "Contact Hours: 1.5",
                "Certificate ID: CE-2025-0412",
                step=32,
            ),
            T("logical Assessment Basics", 171, 208, 12),
        ],
        D(course_title=("Neurological Assessment Basics",)),
    ),
    (
        "hy label value Evidence-/Based",
        [
            *form(
                "Participant: Jane Doe",
                "Course: Evidence-",
                "Date of Completion: March 3, 2025",
                "Contact Hours: 1.5",
                "Certificate ID: CE-2025-0412",
                step=32,
            ),
            T("Based Practice", 171, 208, 12),
        ],
        D(course_title="Evidence-Based Practice"),
    ),
    (
        "hy paragraph Pharmaco-",
        cert(
            name=[],
            done=[],
            title=[],
            cred=[
                T("This certifies that Jane Doe has successfully completed Pharmaco-", 120, 150, 12),
                T("logy of Opioids on March 3, 2025 and is awarded 1.5 contact hours.", 120, 166, 12),
            ],
        ),
        D(course_title="Pharmacology of Opioids"),
    ),
    (
        "neg hy suspended one line",
        cert(title=[C("Pre- and Post-operative Wound Care", 230, 16, "Helvetica-Bold")]),
        D(course_title="Pre- and Post-operative Wound Care"),
    ),
    (
        "neg hy suspended wrap",
        cert(
            title=[C("Short- and Long-", 230, 16, "Helvetica-Bold"), C("Term Care Planning", 250, 16, "Helvetica-Bold")]
        ),
        D(course_title="Short- and Long-Term Care Planning"),
    ),
    (
        "hy anti-/inflammatory",
        cert(
            title=[
                C("Anti-", 230, 16, "Helvetica-Bold"),
                C("inflammatory Drugs in Practice", 250, 16, "Helvetica-Bold"),
            ]
        ),
        D(course_title="Anti-inflammatory Drugs in Practice"),
    ),
    (
        "hy Self-/care lower",
        cert(title=[C("Self-", 230, 16, "Helvetica-Bold"), C("care for Nurses", 250, 16, "Helvetica-Bold")]),
        D(course_title="Self-care for Nurses"),
    ),
    # ---- title wraps without hyphen, and lines that must stay apart
    (
        "wr title two lines",
        cert(
            title=[
                C("Infection Control for", 230, 16, "Helvetica-Bold"),
                C("Healthcare Workers", 250, 16, "Helvetica-Bold"),
            ]
        ),
        D(),
    ),
    (
        "wr title three lines",
        cert(
            title=[
                C("Infection Control and", 230, 16, "Helvetica-Bold"),
                C("Standard Precautions for", 250, 16, "Helvetica-Bold"),
                C("Healthcare Workers", 270, 16, "Helvetica-Bold"),
            ],
            cred=[C("on March 3, 2025 and is awarded 1.5 contact hours", 300, 12)],
        ),
        D(course_title="Infection Control and Standard Precautions for Healthcare Workers"),
    ),
    (
        "wr title en-dash end",
        cert(
            title=[
                C("Diabetes Management –", 230, 16, "Helvetica-Bold"),
                C("Insulin Pump Therapy", 250, 16, "Helvetica-Bold"),
            ]
        ),
        D(course_title="Diabetes Management – Insulin Pump Therapy"),
    ),
    (
        "wr title colon end",
        cert(
            title=[
                C("Wound Care:", 230, 16, "Helvetica-Bold"),
                C("Pressure Injury Prevention", 250, 16, "Helvetica-Bold"),
            ]
        ),
        D(course_title="Wound Care: Pressure Injury Prevention"),
    ),
    (
        "neg title then date same font",
        cert(
            title=[
                C("Infection Control for Healthcare Workers", 230, 16, "Helvetica-Bold"),
                C("March 3, 2025", 250, 16, "Helvetica-Bold"),
            ],
            cred=[C("1.5 contact hours", 285, 12)],
        ),
        D(),
    ),
    (
        "neg title then hours same font",
        cert(
            title=[
                C("Infection Control for Healthcare Workers", 230, 16, "Helvetica-Bold"),
                C("1.5 Contact Hours", 250, 16, "Helvetica-Bold"),
            ],
            cred=[C("Completed March 3, 2025", 285, 12)],
        ),
        D(),
    ),
    (
        "neg title hyphen then date",
        cert(
            title=[
                C("Infection Control for Healthcare Workers -", 230, 16, "Helvetica-Bold"),
                C("March 3, 2025", 250, 16, "Helvetica-Bold"),
            ],
            cred=[C("1.5 contact hours", 285, 12)],
        ),
        D(),
    ),
    (
        "neg title with inner hyphen",
        cert(title=[C("Evidence-Based Practice in Nursing", 230, 16, "Helvetica-Bold")]),
        D(course_title="Evidence-Based Practice in Nursing"),
    ),
    (
        "neg title spaced dash",
        cert(title=[C("Leadership - Leading Through Change", 230, 16, "Helvetica-Bold")]),
        D(course_title="Leadership - Leading Through Change"),
    ),
    (
        "neg title starts Hours",
        cert(title=[C("Hours of Service Compliance for Drivers", 230, 16, "Helvetica-Bold")]),
        D(course_title="Hours of Service Compliance for Drivers"),
    ),
    (
        "neg title colon",
        cert(title=[C("Leading Through Change: Practical Skills", 230, 16, "Helvetica-Bold")]),
        D(course_title="Leading Through Change: Practical Skills"),
    ),
    (
        "neg name hyphenated",
        cert(name=[C("This certifies that", 135, 12), C("Mary-Jane Watson", 165, 24, "Times-Bold")]),
        D(participant="Mary-Jane Watson"),
    ),
    (
        "neg name line ends hyphen",
        cert(name=[C("This certifies that", 135, 12), C("Jane Smith-Jones", 165, 24, "Times-Bold")]),
        D(participant="Jane Smith-Jones"),
    ),
    # ---- pipes
    ("pipe Certificate ID", cert(cid=[T("Certificate ID | CE-2025-0412", 60, 560, 8)]), D()),
    ("pipe form Name", form_with(0, "Name | Jane Doe"), D()),
    ("pipe form Hours", form_with(3, "Contact Hours | 1.5"), D()),
    ("pipe form Hours bare", form_with(3, "Hours | 1.5 contact hours"), D()),
    ("pipe form Course", form_with(1, "Course | Infection Control for Healthcare Workers"), D()),
    ("pipe form Date", form_with(2, "Date | March 3, 2025"), D()),
    (
        "pipe form all",
        form(
            "Participant | Jane Doe",
            "Course Title | Infection Control for Healthcare Workers",
            "Completion Date | March 3, 2025",
            "Contact Hours | 1.5",
            "Certificate ID | CE-2025-0412",
        ),
        D(),
    ),
    (
        "pipe strip of pairs",
        cert(
            cred=[C("1.5 contact hours", 265, 12)],
            cid=[T("Date: March 3, 2025  |  Certificate ID: CE-2025-0412", 60, 560, 8)],
        ),
        D(),
    ),
    (
        "pipe strip bullets",
        cert(
            cred=[C("1.5 contact hours", 265, 12)],
            cid=[T("Date: March 3, 2025  •  Certificate ID: CE-2025-0412", 60, 560, 8)],
        ),
        D(),
    ),
    (
        "pipe pairs no labels colon",
        form(
            "Participant: Jane Doe | Certificate ID: CE-2025-0412",
            "Course: Infection Control for Healthcare Workers",
            "Date: March 3, 2025 | Contact Hours: 1.5",
        ),
        D(),
    ),
    # ---- border bars around names
    (
        "bar I Oliver Grant I",
        cert(name=[C("This certifies that", 135, 12), C("I Oliver Grant I", 165, 24, "Times-Bold")]),
        D(participant="Oliver Grant"),
    ),
    ("bar | Jane Doe |", cert(name=[C("This certifies that", 135, 12), C("| Jane Doe |", 165, 24, "Times-Bold")]), D()),
    ("bar |Jane Doe|", cert(name=[C("This certifies that", 135, 12), C("|Jane Doe|", 165, 24, "Times-Bold")]), D()),
    ("bar l Jane Doe l", cert(name=[C("This certifies that", 135, 12), C("l Jane Doe l", 165, 24, "Times-Bold")]), D()),
    ("bar [ Jane Doe ]", cert(name=[C("This certifies that", 135, 12), C("[ Jane Doe ]", 165, 24, "Times-Bold")]), D()),
    ("bar in form", form_with(0, "Participant: | Jane Doe |"), D()),
    ("bar no label", cert(name=[C("| Jane Doe |", 165, 24, "Times-Bold")]), D()),
    (
        "neg bar I Wayan",
        cert(name=[C("This certifies that", 135, 12), C("I Wayan Sudirta", 165, 24, "Times-Bold")]),
        D(participant="I Wayan Sudirta"),
    ),
    (
        "neg bar Henry Ford II",
        cert(name=[C("This certifies that", 135, 12), C("Henry Ford II", 165, 24, "Times-Bold")]),
        D(participant="Henry Ford II"),
    ),
    # ---- id in heading
    (
        "head id #",
        cert(
            head=[
                C("Acme Health Education", 40, 14, "Helvetica-Bold"),
                C("CERTIFICATE OF COMPLETION #2025-0412", 80, 22, "Helvetica-Bold"),
            ],
            cid=[],
        ),
        D(certificate_id="2025-0412"),
    ),
    (
        "head id No.",
        cert(
            head=[
                C("Acme Health Education", 40, 14, "Helvetica-Bold"),
                C("CERTIFICATE OF COMPLETION No. 2025-0412", 80, 22, "Helvetica-Bold"),
            ],
            cid=[],
        ),
        D(certificate_id="2025-0412"),
    ),
    (
        "head id below heading",
        cert(
            head=[
                C("Acme Health Education", 40, 14, "Helvetica-Bold"),
                C("CERTIFICATE OF COMPLETION", 80, 22, "Helvetica-Bold"),
                C("No. 2025-0412", 106, 10),
            ],
            cid=[],
        ),
        D(certificate_id="2025-0412"),
    ),
    (
        "neg head year",
        cert(
            head=[
                C("Acme Health Education", 40, 14, "Helvetica-Bold"),
                C("CERTIFICATE OF COMPLETION 2025", 80, 22, "Helvetica-Bold"),
            ],
            cid=[],
        ),
        D(certificate_id=None),
    ),
    # ---- value left of its label
    (
        "left Certificate No.",
        cert(cid=[T("2025-0412", 60, 560, 8), T("Certificate No.", 120, 560, 8, "Helvetica-Bold")]),
        D(certificate_id="2025-0412"),
    ),
    (
        "left footer strip",
        cert(
            cred=[C("1.5 contact hours", 265, 12)],
            cid=[
                T("2025-0412", 60, 560, 8),
                T("Certificate No.", 120, 560, 8, "Helvetica-Bold"),
                T("March 3, 2025", 420, 560, 8),
                T("Date of Issue", 490, 560, 8, "Helvetica-Bold"),
            ],
        ),
        D(certificate_id="2025-0412"),
    ),
    (
        "neg left label then value",
        cert(cid=[T("Certificate No.", 60, 560, 8, "Helvetica-Bold"), T("2025-0412", 130, 560, 8)]),
        D(certificate_id="2025-0412"),
    ),
    # ---- dash separators
    ("dash Date –", form_with(2, "Date – March 3, 2025"), D()),
    ("dash Hours -", form_with(3, "Hours - 1.5 contact hours"), D()),
    ("dash Contact Hours —", form_with(3, "Contact Hours — 1.5"), D()),
    ("dash Contact Hours -", form_with(3, "Contact Hours - 1.5"), D()),
    ("dash Participant –", form_with(0, "Participant – Jane Doe"), D()),
    ("dash Course -", form_with(1, "Course - Infection Control for Healthcare Workers"), D()),
    ("dash Course Title –", form_with(1, "Course Title – Infection Control for Healthcare Workers"), D()),
    ("dash Certificate ID -", form_with(4, "Certificate ID - CE-2025-0412"), D()),
    ("dash Completion Date —", form_with(2, "Completion Date — 03/03/2025"), D()),
    (
        "dash all en",
        form(
            "Name – Jane Doe",
            "Course – Infection Control for Healthcare Workers",
            "Date – March 3, 2025",
            "Contact Hours – 1.5",
            "Certificate No. – CE-2025-0412",
        ),
        D(),
    ),
    # ---- dot leaders
    ("dots Contact Hours", form_with(3, "Contact Hours ........ 1.5"), D()),
    ("dots Name", form_with(0, "Name .......... Jane Doe"), D()),
    ("dots Date", form_with(2, "Date of Completion ....... March 3, 2025"), D()),
    ("dots Certificate ID", form_with(4, "Certificate ID ......... CE-2025-0412"), D()),
    ("dots Course Title", form_with(1, "Course Title ....... Infection Control for Healthcare Workers"), D()),
    ("dots ellipsis char", form_with(3, "Contact Hours …………… 1.5"), D()),
    ("dots spaced", form_with(3, "Contact Hours . . . . . . . 1.5"), D()),
    ("dots glued", form_with(3, "Contact Hours.............1.5"), D()),
    (
        "dots all",
        form(
            "Participant .......... Jane Doe",
            "Course .......... Infection Control for Healthcare Workers",
            "Date .......... March 3, 2025",
            "Contact Hours .......... 1.5",
            "Certificate No. .......... CE-2025-0412",
        ),
        D(),
    ),
    ("dots with colon", form_with(3, "Contact Hours: ........ 1.5"), D()),
    # ---- two-column blocks, long values that wrap
    (
        "2col course wraps",
        two_col(
            [
                ("Participant:", ["Jane Doe"]),
                ("Course:", ["Infection Control for", "Healthcare Workers"]),
                ("Provider:", ["Acme Health Education"]),
            ],
            [("Date:", ["March 3, 2025"]), ("Contact Hours:", ["1.5"]), ("Certificate ID:", ["CE-2025-0412"])],
        ),
        D(),
    ),
    (
        "2col course wraps 3",
        two_col(
            [
                ("Participant:", ["Jane Doe"]),
                ("Course Title:", ["Infection Control and", "Standard Precautions", "for Healthcare Workers"]),
            ],
            [("Date:", ["March 3, 2025"]), ("Contact Hours:", ["1.5"]), ("Certificate ID:", ["CE-2025-0412"])],
        ),
        D(course_title="Infection Control and Standard Precautions for Healthcare Workers"),
    ),
    (
        "2col provider wraps",
        two_col(
            [
                ("Participant:", ["Jane Doe"]),
                ("Course:", ["Infection Control for Healthcare Workers"]),
                ("Provider:", ["Acme Health Education and", "Research Institute"]),
            ],
            [("Date:", ["March 3, 2025"]), ("Contact Hours:", ["1.5"]), ("Certificate ID:", ["CE-2025-0412"])],
        ),
        D(provider="Acme Health Education and Research Institute"),
    ),
    (
        "2col right rows level with wrap",
        two_col(
            [("Course:", ["Infection Control for", "Healthcare Workers"]), ("Participant:", ["Jane Doe"])],
            [("Date:", ["March 3, 2025"]), ("Hours:", ["1.5 contact hours"]), ("Cert. No.:", ["CE-2025-0412"])],
            step=16,
        ),
        D(),
    ),
    (
        "2col no colons",
        two_col(
            [("Participant", ["Jane Doe"]), ("Course", ["Infection Control for", "Healthcare Workers"])],
            [("Date", ["March 3, 2025"]), ("Contact Hours", ["1.5"]), ("Certificate ID", ["CE-2025-0412"])],
        ),
        D(),
    ),
    (
        "2col hyphen wrap",
        two_col(
            [("Participant:", ["Jane Doe"]), ("Course:", ["Evidence-", "Based Practice"])],
            [("Date:", ["March 3, 2025"]), ("Contact Hours:", ["1.5"]), ("Certificate ID:", ["CE-2025-0412"])],
        ),
        D(course_title="Evidence-Based Practice"),
    ),
    (
        "neg 2col next label not joined",
        two_col(
            [("Course:", ["Infection Control for Healthcare Workers"]), ("Participant:", ["Jane Doe"])],
            [("Date:", ["March 3, 2025"]), ("Contact Hours:", ["1.5"]), ("Certificate ID:", ["CE-2025-0412"])],
        ),
        D(),
    ),
    # ---- small-caps label, value on the next line further right
    (
        "sc PARTICIPANT",
        form(
            "Course: Infection Control for Healthcare Workers",
            "Date of Completion: March 3, 2025",
            "Contact Hours: 1.5",
            "Certificate ID: CE-2025-0412",
        )
        + smallcaps("PARTICIPANT", "Jane Doe", y=300),
        D(),
    ),
    (
        "sc COURSE TITLE",
        form(
            "Participant: Jane Doe",
            "Date of Completion: March 3, 2025",
            "Contact Hours: 1.5",
            "Certificate ID: CE-2025-0412",
        )
        + smallcaps("COURSE TITLE", "Infection Control for Healthcare Workers", y=300),
        D(),
    ),
    (
        "sc DATE OF COMPLETION",
        form(
            "Participant: Jane Doe",
            "Course: Infection Control for Healthcare Workers",
            "Contact Hours: 1.5",
            "Certificate ID: CE-2025-0412",
        )
        + smallcaps("DATE OF COMPLETION", "March 3, 2025", y=300),
        D(),
    ),
    (
        "sc CERTIFICATE NUMBER",
        form(
            "Participant: Jane Doe",
            "Course: Infection Control for Healthcare Workers",
            "Date of Completion: March 3, 2025",
            "Contact Hours: 1.5",
        )
        + smallcaps("CERTIFICATE NUMBER", "CE-2025-0412", y=300),
        D(),
    ),
    (
        "sc CONTACT HOURS",
        form(
            "Participant: Jane Doe",
            "Course: Infection Control for Healthcare Workers",
            "Date of Completion: March 3, 2025",
            "Certificate ID: CE-2025-0412",
        )
        + smallcaps("CONTACT HOURS", "1.5", y=300, dx=80),
        D(),
    ),
    (
        "sc all",
        list(FORM_HEAD)
        + smallcaps("PARTICIPANT", "Jane Doe", y=150)
        + smallcaps("COURSE", "Infection Control for Healthcare Workers", y=185)
        + smallcaps("COMPLETED", "March 3, 2025", y=220)
        + smallcaps("CONTACT HOURS", "1.5", y=255)
        + smallcaps("CERTIFICATE NO.", "CE-2025-0412", y=290),
        D(),
    ),
    # ---- value above its caption (signature-line layouts)
    (
        "cap Participant Name",
        [
            *list(FORM_HEAD),
            C("has successfully completed", 205, 12),
            *TITLE,
            *CRED,
            *CID,
            *caption("Jane Doe", "Participant Name", 100, 400),
        ],
        D(),
    ),
    (
        "cap Name:",
        [
            *list(FORM_HEAD),
            C("has successfully completed", 205, 12),
            *TITLE,
            *CRED,
            *CID,
            *caption("Jane Doe", "Name:", 100, 400),
        ],
        D(),
    ),
    (
        "cap strip name+date",
        [
            *list(FORM_HEAD),
            C("has successfully completed", 205, 12),
            *TITLE,
            C("1.5 contact hours", 265, 12),
            *CID,
            *caption("Jane Doe", "Participant Name", 100, 400),
            *caption("March 3, 2025", "Date", 450, 400),
        ],
        D(),
    ),
    (
        "cap underscores",
        [
            *list(FORM_HEAD),
            C("has successfully completed", 205, 12),
            *TITLE,
            *CRED,
            *CID,
            T("Jane Doe", 100, 400, 13),
            T("______________________", 95, 416, 10),
            T("Participant Name", 100, 430, 8),
        ],
        D(),
    ),
    ("neg cap signatory", cert(extra=caption("Dr. Ann Smith", "Program Director", 450, 420)), D()),
    ("neg cap signatory name caption", cert(extra=caption("Ann Smith", "Director of Education", 450, 420)), D()),
    # ---- other placements
    ("inline certifies name", cert(name=[C("This certifies that Jane Doe", 150, 16)]), D()),
    ("label wide gap no colon", form_with(0, "Participant Name                Jane Doe"), D()),
    (
        "label colon value next line",
        form(
            "Participant Name:",
            "Jane Doe",
            "Course: Infection Control for Healthcare Workers",
            "Date of Completion: March 3, 2025",
            "Contact Hours: 1.5",
            "Certificate ID: CE-2025-0412",
            step=20,
        ),
        D(),
    ),
    (
        "label colon value far right",
        [
            *list(FORM_HEAD),
            T("Participant:", 72, 160, 11),
            T("Jane Doe", 400, 160, 11),
            T("Course:", 72, 185, 11),
            T("Infection Control for Healthcare Workers", 400, 185, 11),
            T("Date:", 72, 210, 11),
            T("March 3, 2025", 400, 210, 11),
            T("Contact Hours:", 72, 235, 11),
            T("1.5", 400, 235, 11),
            T("Certificate ID:", 72, 260, 11),
            T("CE-2025-0412", 400, 260, 11),
        ],
        D(),
    ),
    ("date wraps", cert(cred=[C("Completed on March 3,", 265, 12), C("2025 for 1.5 contact hours", 281, 12)]), D()),
    (
        "credit sentence wraps",
        cert(
            cred=[
                C("Completed on March 3, 2025. This activity is approved for 1.5", 265, 12),
                C("contact hours by the State Board of Nursing.", 281, 12),
            ]
        ),
        D(),
    ),
    (
        "header row table",
        [
            *list(FORM_HEAD),
            T("Participant", 72, 200, 9, "Helvetica-Bold"),
            T("Course", 200, 200, 9, "Helvetica-Bold"),
            T("Date", 470, 200, 9, "Helvetica-Bold"),
            T("Contact Hours", 560, 200, 9, "Helvetica-Bold"),
            T("Certificate ID", 650, 200, 9, "Helvetica-Bold"),
            T("Jane Doe", 72, 216, 10),
            T("Infection Control for Healthcare Workers", 200, 216, 10),
            T("03/03/2025", 470, 216, 10),
            T("1.5", 560, 216, 10),
            T("CE-2025-0412", 650, 216, 10),
        ],
        D(),
    ),
    (
        "slash separated pairs",
        form(
            "Participant: Jane Doe",
            "Course: Infection Control for Healthcare Workers",
            "Date: March 3, 2025  /  Contact Hours: 1.5",
            "Certificate ID: CE-2025-0412",
        ),
        D(),
    ),
    (
        "semicolon pairs",
        form(
            "Participant: Jane Doe",
            "Course: Infection Control for Healthcare Workers",
            "Date: March 3, 2025; Contact Hours: 1.5; Certificate ID: CE-2025-0412",
        ),
        D(),
    ),
    (
        "equals separator",
        form(
            "Participant = Jane Doe",
            "Course = Infection Control for Healthcare Workers",
            "Date = March 3, 2025",
            "Contact Hours = 1.5",
            "Certificate ID = CE-2025-0412",
        ),
        D(),
    ),
    ("arrow/gt separator", form_with(3, "Contact Hours > 1.5"), D()),
    (
        "label right value left strip all",
        cert(
            name=[C("This certifies that", 135, 12), C("Jane Doe", 165, 24, "Times-Bold")],
            cred=[C("1.5 contact hours", 265, 12)],
            cid=[
                T("March 3, 2025", 60, 560, 8),
                T("Date", 130, 560, 8, "Helvetica-Bold"),
                T("CE-2025-0412", 420, 560, 8),
                T("Certificate ID", 490, 560, 8, "Helvetica-Bold"),
            ],
        ),
        D(),
    ),
    ("neg two dates in strip", cert(extra=[T("Issued: March 10, 2025", 600, 560, 8)]), D()),
    (
        "neg provider url footer",
        cert(extra=[T("www.acmehealthed.org  |  (312) 555-0199  |  100 Main St, Chicago, IL", 60, 575, 7)]),
        D(),
    ),
    (
        "neg pipe in title",
        cert(title=[C("Infection Control | Module 2", 230, 16, "Helvetica-Bold")]),
        D(course_title=("Infection Control | Module 2", "Infection Control", "Infection Control Module 2")),
    ),
]


def expected_of(want: dict) -> dict:
    out = dict(DEFAULT)
    out.update(want)
    return out


def _ok(field, got, want) -> bool:
    if want is ANY:
        return True
    options = want if isinstance(want, tuple) else (want,)
    if field == "credits":
        got_list = [(round(float(c["amount"]), 2), c["unit"]) for c in (got or [])]
        return got_list == [(round(a, 2), u) for a, u in want]
    return any(values_match(field, got, w) for w in options)


def run(verbose: bool, model: bool, only: str = "") -> int:
    cases = failures = 0
    for name, want, rec in ingested_cases(CASES, model, only):
        cases += 1
        exp = expected_of(want)
        bad = []
        for f in FIELDS:
            got = rec["fields"][f]["value"]
            if not _ok(f, got, exp[f]):
                shown = [(c["amount"], c["unit"]) for c in got] if f == "credits" and got else got
                bad.append(f"{f}={shown!r} (want {exp[f]!r})")
        failures += bool(bad)
        if bad or verbose:
            print(f"{'FAIL' if bad else 'ok  '} {name:36} " + "; ".join(bad))
    print(f"{cases} cases, {failures} failures")
    return failures


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    run("-v" in sys.argv, "--model" in sys.argv, args[0] if args else "")
