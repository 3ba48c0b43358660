"""Generate the cecingest sample corpus: certificates (and one non-certificate) with their expected records.

    python scripts/make_samples.py [OUTDIR]        (default: samples/)

Every sample is described once, as a `Cert` spec. The same spec is used to draw the document and to write
`<stem>.expected.json`, so the two cannot drift apart; the script also checks that every expected value is
really drawn on the document before writing it. Text PDFs are drawn with reportlab's built-in fonts only;
scans, photos and TIFFs are made by rendering such a PDF with pypdfium2 and degrading the pixels with Pillow.
All randomness is seeded, and PDFs are written in reportlab's invariant mode, so reruns give identical bytes.
"""

from __future__ import annotations

import io
import json
import math
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageDraw, ImageFilter
from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

ROOT = Path(__file__).resolve().parent.parent
SEED = 20251128

UNITS = {"contact_hour", "clock_hour", "CEU", "CEC", "CPE", "PDU", "CME", "CLE", "PDH", "CE"}
HOURS_PER_UNIT = {"CEU": 10.0, "CEC": 10.0, "CPE": 50 / 60}  # every other unit: 1 hour per unit (units.md)
TOPICS = {
    "patient-care", "patient-safety", "infection-control", "pharmacology", "mental-health",
    "medical-technology", "ethics", "regulatory-compliance", "exercise-science", "nutrition",
    "injury-prevention", "program-design",
    "cybersecurity", "cloud-computing", "data-analytics", "programming", "accounting-auditing", "taxation",
    "project-management", "leadership", "law-practice", "education", "other",
}
# Words that must be printed somewhere for a delivery format to count as "stated by the certificate".
DELIVERY_WORDS = {
    "live": ("live", "in-person", "face-to-face", "classroom", "seminar", "workshop"),
    "online": ("online", "webinar", "e-learning"),
    "self-study": ("self study", "self-study", "home study"),
    "conference": ("conference",),
}
# Accreditation acronyms used in expected files and the full names a certificate may print instead.
ACCREDITORS = {
    "ANCC": "American Nurses Credentialing Center",
    "ACCME": "Accreditation Council for Continuing Medical Education",
    "NASBA": "National Association of State Boards of Accountancy",
    "IACET": "International Accreditors for Continuing Education and Training",
    "ACE": "American Council on Exercise",
    "ACPE": "Accreditation Council for Pharmacy Education",
    "ASWB": "Association of Social Work Boards",
    "NBCC": "National Board for Certified Counselors",
    "NCBTMB": "National Certification Board for Therapeutic Massage",
    "PMI": "Project Management Institute",
    "ADA CERP": "American Dental Association",
}

FONTS = {
    "Times": {"": "Times-Roman", "b": "Times-Bold", "i": "Times-Italic", "bi": "Times-BoldItalic"},
    "Helvetica": {
        "": "Helvetica", "b": "Helvetica-Bold", "i": "Helvetica-Oblique", "bi": "Helvetica-BoldOblique",
    },
    "Courier": {"": "Courier", "b": "Courier-Bold", "i": "Courier-Oblique", "bi": "Courier-BoldOblique"},
}
INK = HexColor("#1a1a1a")
GREY = HexColor("#555555")
RULE = HexColor("#b8b8b8")


# ----------------------------------------------------------------------------------------------------------
# Specs
# ----------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Credit:
    amount: str  # exactly as printed ("1.5", "8", "3.25"); the expected amount is float(amount)
    unit: str  # unit code from units.md


@dataclass(frozen=True)
class Cert:
    """One sample: the facts (what a careful reader would type) plus how the document prints them."""

    stem: str
    layout: str  # key of LAYOUTS
    output: str  # key of OUTPUTS
    note: str  # one line for samples/README.md
    participant: str | None = None
    provider: str | None = None
    course_title: str | None = None
    completion: date | None = None
    start: date | None = None
    credits: tuple[Credit, ...] = ()
    topic: str | None = None
    delivery: str | None = None
    certificate_id: str | None = None
    accreditation: str | None = None
    license_number: str | None = None
    is_certificate: bool = True
    # presentation
    date_style: str = "{month} {day}, {year}"  # parts: see date_parts(); s_* parts are the start date
    text: dict[str, str] = field(default_factory=dict)  # wording, overrides the layout's defaults
    rows: tuple[tuple[str, ...], ...] = ()  # extra label/value rows, agenda sessions or invoice lines
    page2: str | None = None  # key of PAGE2: a second page drawn after the layout
    family: str = "Times"
    accent: str = "#1f3a5f"
    wide: bool = True  # landscape letter, else portrait letter
    heading_space: float = 0.0  # character spacing of the heading (letter-spaced titles)


SPECS: list[Cert] = [
    Cert(
        stem="nursing-contact-hours", layout="classic", output="pdf",
        note="Classic centered nursing certificate; signatory with credentials under the signature line.",
        participant="Maria L. Santos, RN, BSN", provider="Lakeshore Nursing Education Institute",
        course_title="Infection Prevention in Long-Term Care Settings",
        completion=date(2025, 3, 14),
        credits=(Credit("1.5", "contact_hour"),), topic="infection-control", delivery="online",
        certificate_id="CE-2025-000123", accreditation="ANCC",
        text={
            "credits": "{c0} Contact Hours",
            "delivery": "Delivery: Online course",
            "signatory": "Margaret Olsen, DNP, RN — Director of Education",
            "accreditation": "{provider} is accredited as a provider of nursing continuing professional "
            "development by the American Nurses Credentialing Center's Commission on Accreditation.",
        },
    ),
    Cert(
        stem="iacet-ceu", layout="form", output="pdf",
        note="Labeled form (Participant:/Course:/Date:); two units for one activity (0.8 CEU = 8 contact "
        "hours); facilitator name as a trap.",
        participant="Kevin Okafor", provider="Brightline Professional Learning",
        course_title="Leading Through Change: Practical Skills for New Managers",
        completion=date(2024, 9, 26),
        credits=(Credit("0.8", "CEU"), Credit("8", "contact_hour")), topic="leadership", delivery="live",
        certificate_id="BPL-24-0926-0042", accreditation="IACET", family="Helvetica", accent="#0b6e4f",
        wide=False,
        text={
            "tagline": "Professional development for managers and teams",
            "intro": "This document confirms that the participant named below completed the program "
            "described.",
            "credits": "{c0} IACET CEU ({c1} contact hours)", "l_credits": "CEUs awarded:",
            "delivery": "Instructor-led classroom", "l_delivery": "Delivery:",
            "signatory": "Denise Farraday, Ed.D. — Vice President, Learning Programs",
            "accreditation": "{provider} has been accredited as an Authorized Provider by the International "
            "Accreditors for Continuing Education and Training (IACET). In obtaining this accreditation, "
            "{provider} has demonstrated that it complies with the ANSI/IACET Standard, which is recognized "
            "internationally as a standard of good practice. As a result of its Authorized Provider status, "
            "{provider} is authorized to offer IACET CEUs for its programs that qualify under the "
            "ANSI/IACET Standard.",
        },
        rows=(("Facilitator:", "Roberto Castellanos, MBA"),),
    ),
    Cert(
        stem="cme-ama-pra", layout="statement", output="pdf",
        note="CME letter: maximum designated and credits claimed (same amount); course director signature "
        "trap.",
        participant="Dr. Elena Vasquez, MD", provider="Northfield University School of Medicine",
        course_title="Safe Opioid Prescribing and Pain Management: 2025 Update",
        completion=date(2025, 11, 10),
        credits=(Credit("2.0", "CME"),), topic="pharmacology", delivery="live", accreditation="ACCME",
        wide=False,
        text={
            "tagline": "Office of Continuing Medical Education · 2200 Harbor Drive, Boston, MA 02114",
            "heading": "Certificate of Participation",
            "intro": "This is to certify that",
            "action": "participated in the live activity entitled",
            "l_credits": "Credits claimed:", "credits": "{c0} AMA PRA Category 1 Credits™",
            "order": "date credits",
            "body": "{provider} designates this live activity for a maximum of {c0} AMA PRA Category 1 "
            "Credits™. Physicians should claim only the credit commensurate with the extent of their "
            "participation in the activity.",
            "signatory": "Harold Lin, MD, FACP — Course Director",
            "accreditation": "Accreditation Statement: {provider} is accredited by the Accreditation "
            "Council for Continuing Medical Education (ACCME) to provide continuing medical education for "
            "physicians.",
        },
        rows=(("Location:", "Northfield University Conference Center, Boston, Massachusetts"),),
    ),
    Cert(
        stem="nasba-cpe", layout="table", output="pdf",
        note="Accountant's CPE in a grid; numeric US date; NASBA sponsor id in tiny print (not the "
        "certificate id).",
        participant="Daniel R. Whitaker, CPA", provider="Summit Ridge CPE Group",
        course_title="Federal Tax Update: Individual Returns and the 2025 Filing Season",
        completion=date(2025, 4, 17), date_style="{m}/{day}/{year}", credits=(Credit("2.0", "CPE"),),
        topic="taxation", delivery="self-study", certificate_id="SR-CPE-250417-0387", accreditation="NASBA",
        family="Helvetica", accent="#7a1f1f", wide=False,
        text={
            "subheading": "Continuing Professional Education",
            "l_participant": "Participant Name:", "l_course": "Course Title:", "l_date": "Completion Date:",
            "l_credits": "CPE Credits:", "credits": "{c0}", "l_delivery": "Delivery Method:",
            "delivery": "QAS Self Study", "l_id": "Certificate Number:",
            "order": "participant course date credits id",
            "signatory": "Laura Brennan, CPA, CGMA — CPE Program Manager",
            "accreditation": "{provider} is registered with the National Association of State Boards of "
            "Accountancy (NASBA) as a sponsor of continuing professional education on the National Registry "
            "of CPE Sponsors. State boards of accountancy have final authority on the acceptance of "
            "individual courses for CPE credit. Complaints regarding registered sponsors may be submitted "
            "to the National Registry of CPE Sponsors through its website: www.nasbaregistry.org. NASBA "
            "Sponsor ID: 140587. QAS Self Study Sponsor ID: 140587.",
        },
        rows=(("Field of Study:", "Taxation"), ("Delivery Method:", "QAS Self Study"),
              ("Program Level:", "Update"), ("Prerequisites:", "None")),
    ),
    Cert(
        stem="pmi-pdu", layout="modern", output="pdf",
        note="Two-column modern layout with a colored sidebar; PDUs; day-first abbreviated date; PMI ATP id.",
        participant="Aisha Rahman, PMP", provider="Keystone Project Academy",
        course_title="Agile Risk Management for Hybrid Projects",
        completion=date(2024, 8, 30),
        date_style="{day} {mon} {year}", credits=(Credit("3.25", "PDU"),), topic="project-management",
        delivery="online", certificate_id="KPA-PDU-2024-5531", accreditation="PMI", family="Helvetica",
        accent="#23395b",
        text={
            "tagline": "PMI Authorized Training Partner #4187",
            "l_credits": "PDUs:", "credits": "{c0}", "l_date": "Completed:", "delivery": "Online course",
            "l_delivery": "Delivery:",
            "signatory": "Thomas Reinholt, PMP, PgMP — Lead Instructor",
            "accreditation": "{provider} is a PMI Authorized Training Partner (ATP #4187). The PMI "
            "Authorized Training Partner logo is a registered mark of the Project Management Institute, Inc.",
        },
    ),
    Cert(
        stem="fitness-cec", layout="badge", output="pdf",
        note="Fitness trainer, ACE-approved 0.2 CECs (= 2 hours) shown only in a round seal; ACE course code "
        "in the fine print.",
        participant="Tyler Brooks", provider="Motion Lab Fitness Education",
        course_title="Corrective Exercise Strategies for Knee Pain",
        completion=date(2025, 1, 22),
        date_style="{mm}/{dd}/{year}", credits=(Credit("0.2", "CEC"),), topic="injury-prevention",
        delivery="online", certificate_id="MLF-0022871", accreditation="ACE", family="Helvetica",
        accent="#0f7c8c",
        text={
            "top": "MOTION LAB FITNESS EDUCATION",
            "heading": "Continuing Education Certificate",
            "intro": "proudly awarded to",
            "action": "for completing the online course",
            "seal": "{c0}\nCECs\nACE APPROVED",
            "l_date": "Completion date:", "l_id": "Certificate #:", "order": "date id",
            "signatory": "Dana Whitlock, MS, CSCS — Education Manager",
            "accreditation": "{provider} is an ACE Approved Provider. This course is approved by the "
            "American Council on Exercise for {c0} CECs. ACE course code: MLF24011.",
        },
    ),
    Cert(
        stem="conference-multiday", layout="classic", output="pdf",
        note="Three-day conference (date range), two signatories, NBCC provider number in the fine print.",
        participant="Samuel Adeyemi, LPC", provider="Great Lakes Counseling Association",
        course_title="2025 Great Lakes Behavioral Health Conference", start=date(2025, 6, 3),
        completion=date(2025, 6, 5), date_style="{s_month} {s_day}-{day}, {year}",
        credits=(Credit("18.5", "contact_hour"),), topic="mental-health", delivery="conference",
        accreditation="NBCC", family="Helvetica", accent="#4b2e83",
        text={
            "heading": "Certificate of Attendance",
            "intro": "This is to certify that",
            "action": "attended the",
            "credits": "and earned {c0} contact hours of continuing education",
            "date": "{date} · DeVos Place, Grand Rapids, Michigan",
            "delivery": "In-person conference",
            "signatory": "Renee Castillo, PhD, LPC — Conference Chair",
            "signatory2": "James Whitfield, MA — Executive Director",
            "accreditation": "{provider} has been approved by NBCC as an Approved Continuing Education "
            "Provider, ACEP No. 6723. Programs that do not qualify for NBCC credit are clearly identified. "
            "{provider} is solely responsible for all aspects of the programs.",
        },
    ),
    Cert(
        stem="engineering-pdh", layout="table", output="pdf",
        note="Engineer's PDH in a grid with the participant's PE license number; instructor name as a trap.",
        participant="Christopher J. Nguyen, P.E.", provider="Cascade Engineering Seminars",
        course_title="Seismic Design of Reinforced Concrete Moment Frames",
        completion=date(2024, 10, 18),
        date_style="{year}-{mm}-{dd}", credits=(Credit("8", "PDH"),), topic="other", delivery="live",
        certificate_id="CES-2024-10-0877", accreditation="Florida Board of Professional Engineers",
        license_number="84213", family="Times", accent="#2f4f4f",
        text={
            "heading": "Certificate of Completion",
            "subheading": "Professional Development Hours",
            "l_participant": "Awarded to:", "l_license": "PE License No.", "l_course": "Course:",
            "l_date": "Date:", "l_credits": "Credit:", "credits": "{c0} PDH (Professional Development Hours)",
            "l_delivery": "Format:", "delivery": "Live seminar, Tampa, Florida", "l_id": "Certificate No.:",
            "signatory": "Karen Liu, PhD, S.E. — Instructor",
            "accreditation": "{provider} is an approved continuing education provider of the Florida Board "
            "of Professional Engineers, Provider No. 0004417. Retain this certificate for at least four "
            "years.",
        },
    ),
    Cert(
        stem="teacher-clock-hours", layout="classic", output="pdf",
        note="Teacher's clock hours; letter-spaced heading; day-first date 04-Jun-2025; session code as a "
        "trap.",
        participant="Emily Hartmann", provider="Riverbend Regional Education Service Center",
        course_title="Differentiated Instruction in the Inclusive Classroom",
        completion=date(2025, 6, 4),
        date_style="{dd}-{mon}-{year}", credits=(Credit("6", "clock_hour"),), topic="education",
        delivery="live", heading_space=7.0, accent="#8a5a00",
        text={
            "heading": "CERTIFICATE OF ATTENDANCE",
            "intro": "This is to certify that",
            "action": "attended the professional development workshop",
            "credits": "{c0} clock hours",
            "date": "Date: {date}",
            "delivery": "Face-to-face workshop",
            "signatory": "Linda Castro-Meyer, M.Ed. — Coordinator, Professional Learning",
            "footer": "Riverbend Regional Education Service Center · 1400 Commerce Street, Marble Falls, TX "
            "78654 · Session code PD-25-1142",
        },
    ),
    Cert(
        stem="scanned-nursing", layout="classic", output="scan-pdf",
        note="Image-only PDF (200 dpi grayscale scan, ~1 degree skew, noise): needs OCR.",
        participant="Deborah K. Lindqvist, LPN", provider="Coastal Health Learning Network",
        course_title="Fall Prevention Strategies for Older Adults in Acute Care",
        completion=date(2024, 8, 5),
        credits=(Credit("2.0", "contact_hour"),), topic="patient-safety", delivery="live",
        certificate_id="CHLN-24-08-1175", accreditation="ANCC", family="Helvetica", accent="#333333",
        wide=False,
        text={
            "heading": "Certificate of Completion",
            "intro": "This certificate is awarded to",
            "action": "for successful completion of",
            "credits": "{c0} nursing contact hours",
            "date": "Completed on {date}",
            "delivery": "Live in-person session",
            "id": "Certificate ID: {id}",
            "signatory": "Patricia Nowak, MSN, RN — Nurse Planner",
            "accreditation": "{provider} is accredited as a provider of nursing continuing professional "
            "development by the American Nurses Credentialing Center's Commission on Accreditation.",
        },
    ),
    Cert(
        stem="webinar", layout="form", output="png",
        note="PNG (150 dpi) of an online webinar CPE certificate; date with time of day; CPE = 50 minutes.",
        participant="Marcus Chen, CISSP", provider="Sentinel Security Training",
        course_title="Ransomware Incident Response: Lessons from the Field",
        completion=date(2024, 7, 9),
        date_style="{mon} {dd}, {year} at 2:25PM UTC", credits=(Credit("1.0", "CPE"),), topic="cybersecurity",
        delivery="online", certificate_id="SST-WB-2407-3391", family="Helvetica", accent="#b03a2e",
        text={
            "heading": "Webinar Certificate of Attendance",
            "tagline": "Live and on-demand security education",
            "intro": "Thank you for attending. This certificate confirms your participation.",
            "l_participant": "Attendee:", "l_course": "Webinar:", "l_date": "Attended:",
            "l_credits": "CPE Credits:", "credits": "{c0}", "delivery": "Online webinar",
            "signatory": "Nadia Petrova — Program Director",
            "footer": "Keep this certificate for your records. Questions: cpe@sentinelsecurity.example",
        },
    ),
    Cert(
        stem="phone-photo", layout="classic", output="photo",
        note="JPEG phone photo: certificate on a dark textured desk, rotated ~3 degrees, perspective, "
        "uneven light.",
        participant="Priya Natarajan, PharmD", provider="Granite State Pharmacy Education Council",
        course_title="Anticoagulation Therapy Management in Ambulatory Care",
        completion=date(2024, 9, 19),
        credits=(Credit("2.0", "contact_hour"), Credit("0.2", "CEU")), topic="pharmacology", delivery="live",
        certificate_id="GSP-2024-44817", accreditation="ACPE", accent="#1d4e89",
        text={
            "heading": "Statement of Continuing Pharmacy Education",
            "intro": "This is to certify that",
            "action": "has successfully completed the live activity",
            "credits": "{c0} contact hours ({c1} CEU)",
            "date": "Date of Activity: {date}",
            "delivery": "Live activity",
            "id": "Certificate ID: {id}",
            "signatory": "Gregory Albright, RPh — Program Chair",
            "accreditation": "The {provider} is accredited by the Accreditation Council for Pharmacy "
            "Education (ACPE) as a provider of continuing pharmacy education. UAN: 0731-0000-24-112-L01-P.",
        },
    ),
    Cert(
        stem="multipage", layout="table", output="tiff", page2="verification",
        note="Two-page bilevel TIFF: certificate, then a verification/accreditation page with an approval "
        "window (not a start date) and an instructor name.",
        participant="Rosa Delgado, LCSW", provider="Harbor Point Continuing Education",
        course_title="Trauma-Informed Care: Engaging Clients After Crisis",
        completion=date(2023, 5, 12),
        date_style="{day} {month} {year}", credits=(Credit("3.0", "CE"),), topic="mental-health",
        delivery="live", certificate_id="HPCE-23-05-2291", accreditation="ASWB", license_number="104882",
        family="Times", accent="#1b4d3e", wide=False,
        text={
            "heading": "Certificate of Completion",
            "subheading": "Social Work Continuing Education",
            "l_participant": "Name:", "l_license": "License #:", "l_date": "Date of completion:",
            "l_credits": "Credits:", "credits": "{c0} CE hours", "delivery": "In-person workshop",
            "l_id": "Certificate #:",
            "signatory": "Miriam Okonkwo, LCSW-C — Education Director",
            "accreditation": "ASWB ACE Provider #1523. See page 2 for approval details and verification.",
            "p2_heading": "Certificate Verification and Accreditation",
            "p2_body": "This page is part of certificate {id} issued to {participant}.\n\n{provider}, "
            "provider #1523, is approved as an ACE provider to offer social work continuing education by "
            "the Association of Social Work Boards (ASWB) Approved Continuing Education (ACE) program. "
            "Organizations, not individual courses, are approved as ACE providers. State and provincial "
            "regulatory boards have the final authority to determine whether an individual course may be "
            "accepted for continuing education credit. {provider} maintains responsibility for this "
            "course.\n\nTo verify this certificate, visit verify.harborpointce.example and enter the "
            "certificate number.",
        },
        rows=(("Instructor:", "Paul Friedman, PhD, LCSW"),
              ("ACE approval period:", "01/15/2023 – 01/15/2026"),
              ("Course level:", "Intermediate")),
    ),
    Cert(
        stem="rotated-90", layout="statement", output="rotated",
        note="Scan turned 90 degrees (text runs bottom to top): only orientation detection makes it "
        "readable.",
        participant="Jonathan Pierce, DDS", provider="Brookfield Dental Study Club",
        course_title="Infection Control and Sterilization in the Dental Practice",
        completion=date(2023, 2, 8),
        date_style="{ord} {month} {year}", credits=(Credit("3", "CE"),), topic="infection-control",
        delivery="live", certificate_id="BDSC-2023-0208-019", accreditation="ADA CERP",
        family="Helvetica", wide=False,
        accent="#005f73",
        text={
            "tagline": "Study club meetings at Brookfield Community Hall · brookfielddental.example",
            "heading": "Continuing Education Verification",
            "intro": "This verifies that",
            "action": "attended the course",
            "l_credits": "Awarded:", "credits": "{c0} CE credits", "l_delivery": "Format:",
            "delivery": "Live lecture with hands-on workshop", "l_id": "Verification code:",
            "signatory": "Alan Brightman, DMD — Study Club Director",
            "accreditation": "{provider} is an ADA CERP Recognized Provider. ADA CERP is a service of the "
            "American Dental Association to assist dental professionals in identifying quality providers of "
            "continuing dental education. ADA CERP does not approve or endorse individual courses or "
            "instructors, nor does it imply acceptance of credit hours by boards of dentistry.",
        },
    ),
    Cert(
        stem="two-page-agenda", layout="classic", output="pdf", page2="agenda",
        note="Page 1 has no hours; the hours are only in the page-2 agenda total (per-session hours as "
        "traps).",
        participant="Olivia Bennett, RN, CWCN", provider="St. Brendan Medical Center",
        course_title="Wound Care Essentials: Assessment, Staging and Treatment",
        completion=date(2024, 10, 23),
        credits=(Credit("6.0", "contact_hour"),), topic="patient-care", delivery="live",
        accreditation="California Board of Registered Nursing", family="Helvetica", accent="#006d77",
        text={
            "top": "{provider} · Clinical Education Department",
            "heading": "Certificate of Attendance",
            "intro": "Presented to",
            "action": "for attending the one-day workshop",
            "date": "{date}",
            "delivery": "Live workshop · Education Pavilion, Room 204",
            "signatory": "Catherine Boyle, MSN, RN — Clinical Education Manager",
            "footer": "Continuing education hours and the program agenda are listed on the next page.",
            "total": "Total: {c0} contact hours",
            "accreditation2": "Provider approved by the California Board of Registered Nursing, Provider "
            "Number CEP 17042. Partial credit is not awarded.",
        },
        rows=(("8:00 – 9:30", "Skin Anatomy and the Wound Healing Cascade", "A. Moreno, MSN, RN", "1.5"),
              ("9:45 – 11:15", "Pressure Injury Staging and Documentation", "K. Patel, BSN, CWOCN", "1.5"),
              ("11:15 – 12:00", "Lunch (not for credit)", "", "–"),
              ("12:00 – 1:30", "Dressings and Negative Pressure Wound Therapy", "A. Moreno, MSN, RN", "1.5"),
              ("1:45 – 3:15", "Case Studies: Diabetic and Venous Ulcers", "Panel", "1.5")),
    ),
    Cert(
        stem="not-a-certificate", layout="invoice", output="pdf", is_certificate=False, wide=False,
        note="Registration invoice, not a certificate: has a person, a course, dates, dollar amounts, hours.",
        family="Helvetica", accent="#3d405b",
        text={
            "top": "Pacific Coast Resuscitation Training",
            "tagline": "455 Harbor Boulevard, Suite 300 · Long Beach, CA 90802 · (562) 555-0147",
            "number": "INV-2025-00418", "issued": "February 11, 2025", "due": "February 25, 2025",
            "bill_to": "Jennifer Walsh, RN\n2218 Alamitos Avenue\nLong Beach, CA 90806",
            "paid": "Paid in full by Visa ending 4417 on February 11, 2025. Thank you!",
            "footer": "Your certificate of completion will be emailed after you attend the full course and "
            "pass the skills test. Refunds are available up to 7 days before the course date.",
        },
        rows=(("ACLS Provider Renewal – March 8, 2025 (8 contact hours)", "1", "$225.00"),
              ("ACLS Provider Manual (eBook)", "1", "$38.50"),
              ("Early registration discount", "1", "-$20.00")),
    ),
    Cert(
        stem="ethics-cle", layout="statement", output="pdf",
        note="Lawyer's CLE (Ethics); state CLE board approval; weekday date; attorney registration number.",
        participant="Andrew P. Kowalski, Esq.", provider="Hudson Valley Bar Institute",
        course_title="Ethical Pitfalls in Client Communications and Social Media",
        completion=date(2021, 11, 10),
        date_style="{weekday}, {month} {day}, {year}", credits=(Credit("1.0", "CLE"),), topic="ethics",
        delivery="live", accreditation="New York State CLE Board", license_number="4829137",
        accent="#5c2a2a", wide=False,
        text={
            "tagline": "Continuing Legal Education · 12 Market Street, Poughkeepsie, NY 12601",
            "heading": "Certificate of Attendance",
            "intro": "This certifies that",
            "action": "attended the following continuing legal education program",
            "l_license": "Attorney Registration No.:", "l_credits": "Credit earned:",
            "credits": "{c0} CLE credit hours (Ethics)", "l_delivery": "Format:",
            "delivery": "Traditional live classroom",
            "order": "date credits delivery license",
            "body": "I certify that the attorney named above attended the program in full. This "
            "non-transitional continuing legal education course has been approved in accordance with the "
            "requirements of the New York State CLE Board for a maximum of {c0} credit hour, which may be "
            "applied toward the Ethics and Professionalism requirement.",
            "signatory": "Catherine M. Doyle, Esq. — CLE Program Director",
            "accreditation": "Accredited provider: {provider}. Approved by the New York State CLE Board. "
            "Retain this certificate for at least four years.",
        },
        rows=(("Location:", "Poughkeepsie, New York"),),
    ),
    Cert(
        stem="bare-duration", layout="platform", output="pdf",
        note="Course-platform style: bare duration 'LENGTH 3 HOURS' (clock_hour), instructors and a "
        "reference number as traps.",
        participant="Maya Fischer", provider="CodeSprout Academy",
        course_title="Python for Data Analysis with pandas",
        completion=date(2022, 1, 15),
        date_style="{mon}. {day}, {year}", credits=(Credit("3", "clock_hour"),), topic="data-analytics",
        delivery="online", certificate_id="UC-7f3a9c21-5b0e-4d8a", accent="#5624d0", family="Helvetica",
        text={
            "heading": "CERTIFICATE OF COMPLETION",
            "action": "Online course · Instructors Hannah Moreau, Diego Alvarez",
            "l_credits": "LENGTH", "credits": "{c0} HOURS", "l_date": "DATE", "order": "date credits",
            "id": "Certificate no: {id}",
            "corner": "Certificate url: codesprout.example/certificate/{id}\nReference Number: 0004",
        },
    ),
    Cert(
        stem="ceu-hours", layout="form", output="pdf",
        note="'7 CEU Hours' means 7 generic CE hours, not 70 (IACET CEU); two-day date range; massage "
        "license.",
        participant="Jordan Ellis, LMT", provider="Blue Ridge Bodywork Institute",
        course_title="Clinical Massage for Sports Injury Rehabilitation", start=date(2022, 3, 23),
        completion=date(2022, 3, 24), date_style="{s_month} {s_day} - {day}, {year}",
        credits=(Credit("7", "CE"),), topic="injury-prevention", delivery="live", accreditation="NCBTMB",
        license_number="MT-20914", family="Courier", accent="#6b4226", wide=False,
        text={
            "heading": "Certificate of Completion",
            "tagline": "Asheville, North Carolina",
            "intro": "The following continuing education was completed:",
            "l_participant": "Therapist:", "l_license": "Massage License #:", "l_date": "Dates:",
            "l_credits": "Credit:", "credits": "{c0} CEU Hours", "l_delivery": "Format:",
            "delivery": "Hands-on classroom",
            "signatory": "Marcy Holloway, LMT, BCTMB — Lead Instructor",
            "accreditation": "{provider} is approved by the National Certification Board for Therapeutic "
            "Massage & Bodywork (NCBTMB) as a continuing education Approved Provider. Approved Provider "
            "#1009876-00.",
        },
    ),
]


# ----------------------------------------------------------------------------------------------------------
# Wording and drawing helpers
# ----------------------------------------------------------------------------------------------------------


def date_parts(d: date) -> dict[str, object]:
    suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return {
        "year": d.year, "month": d.strftime("%B"), "mon": d.strftime("%b"), "day": d.day,
        "dd": f"{d.day:02d}", "m": d.month, "mm": f"{d.month:02d}", "weekday": d.strftime("%A"),
        "ord": f"{d.day}{suffix}",
    }


def context(spec: Cert) -> dict[str, object]:
    """Values the wording templates may use."""
    ctx: dict[str, object] = {
        "participant": spec.participant or "", "provider": spec.provider or "",
        "title": spec.course_title or "", "id": spec.certificate_id or "",
        "license": spec.license_number or "", "date": "",
    }
    if spec.completion:
        parts = date_parts(spec.completion)
        if spec.start:
            parts.update({f"s_{k}": v for k, v in date_parts(spec.start).items()})
        ctx["date"] = spec.date_style.format(**parts)
    for i, credit in enumerate(spec.credits):
        ctx[f"c{i}"] = credit.amount
    return ctx


COMMON_WORDING = {
    "top": "{provider}", "heading": "Certificate of Completion", "intro": "This certifies that",
    "action": "has successfully completed", "date": "{date}", "id": "{id}", "license": "{license}",
    "l_participant": "Participant:", "l_license": "License No.:", "l_course": "Course:", "l_date": "Date:",
    "l_credits": "Credits:", "l_delivery": "Format:", "l_id": "Certificate ID:",
    "order": "participant license course date credits delivery id",
}
LAYOUT_WORDING = {
    "classic": {
        "date": "Date of Completion: {date}", "id": "Certificate No. {id}",
        "license": "License No. {license}",
    },
    "modern": {"heading": "CERTIFICATE OF COMPLETION", "order": "credits date delivery id"},
    "statement": {"top": "{provider}", "order": "date credits delivery id license"},
}


class Wording:
    """spec.text over the layout's defaults over the common defaults, formatted with the spec's values."""

    def __init__(self, spec: Cert) -> None:
        self.spec = spec
        self.ctx = context(spec)

    def __call__(self, key: str) -> str:
        template = self.spec.text.get(key)
        if template is None:
            template = LAYOUT_WORDING.get(self.spec.layout, {}).get(key, COMMON_WORDING.get(key, ""))
        return template.format(**self.ctx)

    def rows(self) -> list[tuple[str, str]]:
        """Label/value rows of the form-like layouts, in the order the spec asks for, then spec.rows."""
        values = {
            "participant": self.spec.participant,
            "license": self("license") if self.spec.license_number else "",
            "course": self.spec.course_title, "date": self("date"), "credits": self("credits"),
            "delivery": self("delivery"), "id": self("id") if self.spec.certificate_id else "",
        }
        rows = [(self(f"l_{k}"), values[k] or "") for k in self("order").split()]
        extra = [] if self.spec.page2 else [(r[0], r[1]) for r in self.spec.rows]  # else they go to page 2
        return [(label, value) for label, value in rows if value] + extra


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    for para in text.split("\n"):
        line = ""
        for word in para.split():
            candidate = f"{line} {word}".strip()
            if line and stringWidth(candidate, font, size) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


class Page:
    """A reportlab canvas that remembers every string it draws (the visible text, for the expected check)."""

    def __init__(self, canvas: Canvas, size: tuple[float, float], spec: Cert) -> None:
        self.c = canvas
        self.w, self.h = size
        self.family = spec.family
        self.accent = HexColor(spec.accent)
        self.drawn: list[str] = []

    def font(self, style: str = "") -> str:
        return FONTS[self.family][style]

    def text(self, x: float, y: float, s: str, size: float = 11, style: str = "", align: str = "left",
             color: Color = INK, space: float = 0.0) -> None:
        if not s:
            return
        name = self.font(style)
        width = stringWidth(s, name, size) + space * (len(s) - 1)
        x -= {"left": 0.0, "center": width / 2, "right": width}[align]
        self.c.setFont(name, size)
        self.c.setFillColor(color)
        self.c.drawString(x, y, s, charSpace=space)
        self.drawn.append(s)

    def para(self, x: float, y: float, s: str, width: float, size: float = 11, style: str = "",
             align: str = "left", color: Color = INK, leading: float | None = None) -> float:
        """Draw wrapped text with its first baseline at y; return the baseline below the last line."""
        if not s:
            return y
        lead = leading or size * 1.25
        for line in wrap(s, self.font(style), size, width):
            self.text(x, y, line, size, style, align, color)
            y -= lead
        return y

    def rule(self, x0: float, y: float, x1: float, color: Color = RULE, width: float = 0.6) -> None:
        self.c.setStrokeColor(color)
        self.c.setLineWidth(width)
        self.c.line(x0, y, x1, y)

    def signature(self, x: float, y: float, signatory: str, width: float = 210) -> None:
        """A pen scribble over a line, with the signatory (name — title) printed under it, centered at x."""
        if not signatory:
            return
        rng = random.Random(signatory)
        self.c.setStrokeColor(HexColor("#1c2f6b"))
        self.c.setLineWidth(1.1)
        segments = rng.randint(3, 6)
        px, py = x - width * rng.uniform(0.25, 0.38), y + rng.uniform(5, 11)
        for _ in range(segments):
            dx = width * rng.uniform(0.5, 0.8) / segments
            up, down, end = rng.uniform(6, 26), rng.uniform(2, 16), rng.uniform(-4, 8)
            self.c.bezier(px, py, px + dx * 0.3, py + up, px + dx * 0.7, py - down, px + dx, py + end)
            px += dx
        self.rule(x - width / 2, y, x + width / 2, INK, 0.7)
        name, _, title = signatory.partition(" — ")
        if stringWidth(signatory, self.font(), 9) <= width + 40:
            self.text(x, y - 12, signatory, 9, align="center")
        else:
            self.text(x, y - 12, name + " —" if title else name, 9, align="center")
            self.text(x, y - 23, title, 9, align="center")

    def fine_print(self, x: float, y: float, s: str, width: float, size: float = 6.8) -> float:
        return self.para(x, y, s, width, size, color=GREY, leading=size * 1.3)

    def next_page(self) -> None:
        self.c.showPage()


# ----------------------------------------------------------------------------------------------------------
# Layouts (page 1) and second pages
# ----------------------------------------------------------------------------------------------------------


def layout_classic(pg: Page, spec: Cert, w: Wording) -> None:
    """Centered certificate with a double border: heading, name in large type, course, credits, date."""
    W, H = pg.w, pg.h
    c = pg.c
    c.setStrokeColor(pg.accent)
    c.setLineWidth(3)
    c.rect(26, 26, W - 52, H - 52)
    c.setLineWidth(0.8)
    c.rect(34, 34, W - 68, H - 68)
    scale = 1.0 if spec.wide else 0.9
    y = H - 82
    pg.text(W / 2, y, w("top"), 12, "b", "center", pg.accent, space=1.0)
    y -= 52 if spec.wide else 70
    heading_size = 34 * scale
    spacing = spec.heading_space * len(w("heading"))
    while stringWidth(w("heading"), pg.font("b"), heading_size) + spacing > W - 150:
        heading_size -= 1
    pg.text(W / 2, y, w("heading"), heading_size, "b", "center", pg.accent, space=spec.heading_space)
    y -= 44
    pg.text(W / 2, y, w("intro"), 14, "i", "center")
    y -= 42
    pg.text(W / 2, y, spec.participant or "", 30 * scale, "b", "center")
    pg.rule(W / 2 - 200, y - 9, W / 2 + 200, pg.accent)
    y -= 36
    y = pg.para(W / 2, y, w("action"), W - 180, 13, "i", "center") - 14
    y = pg.para(W / 2, y, spec.course_title or "", W - 200, 20 * scale, "b", "center", leading=24) - 6
    if not spec.wide:
        y -= 30
    for key, size, style in (("credits", 15, "b"), ("date", 12, ""), ("delivery", 11, "")):
        if w(key):
            pg.text(W / 2, y, w(key), size, style, "center", pg.accent if key == "credits" else INK)
            y -= 22
    sig_y = 128 if spec.wide else 190
    assert y > sig_y + 30, f"{spec.stem}: classic layout overflows ({y:.0f})"
    if w("signatory2"):
        pg.signature(W * 0.3, sig_y, w("signatory"))
        pg.signature(W * 0.7, sig_y, w("signatory2"))
    else:
        pg.signature(W * 0.3 if spec.wide else W / 2, sig_y, w("signatory"))
    ids = [w("id") if spec.certificate_id else "", w("license") if spec.license_number else ""]
    for i, line in enumerate(s for s in ids if s):
        if spec.wide:
            pg.text(W * 0.72, sig_y - 12 * i, line, 10, align="center")
        else:
            pg.text(W / 2, sig_y - 48 - 12 * i, line, 10, align="center")
    y = pg.fine_print(64, 84, w("accreditation"), W - 128)
    pg.fine_print(64, y, w("footer"), W - 128)


def layout_form(pg: Page, spec: Cert, w: Wording) -> None:
    """Colored header band with the provider, then label/value rows, a signature and the fine print."""
    W, H = pg.w, pg.h
    m = 54
    pg.c.setFillColor(pg.accent)
    pg.c.rect(0, H - 92, W, 92, stroke=0, fill=1)
    pg.text(m, H - 50, w("top"), 20, "b", color=white)
    pg.text(m, H - 70, w("tagline"), 10, color=white)
    y = H - 150
    pg.text(m, y, w("heading"), 24, "b", color=pg.accent)
    y = pg.para(m, y - 26, w("intro"), W - 2 * m, 11, "i") - 18
    label_w = max(stringWidth(label, pg.font("b"), 11) for label, _ in w.rows()) + 16
    for label, value in w.rows():
        pg.text(m, y, label, 11, "b")
        y = pg.para(m + label_w, y, value, W - 2 * m - label_w, 12, leading=16) - 8
        pg.rule(m, y + 14, W - m)
        y -= 6
    sig_y = min(y - 60, 190)
    assert sig_y > 130, f"{spec.stem}: form layout overflows ({sig_y:.0f})"
    pg.signature(m + 120, sig_y, w("signatory"), 240)
    y = pg.fine_print(m, 96, w("accreditation"), W - 2 * m)
    pg.fine_print(m, y, w("footer"), W - 2 * m)


def table_cells(pg: Page, rows: list[tuple[str, str]], col_w: float) -> list[list[tuple[str, str]]]:
    """Pair consecutive short label/value rows two per line; long ones get a line of their own."""
    lines: list[list[tuple[str, str]]] = []
    waiting = False  # the last line holds one short cell that can take a partner
    for label, value in rows:
        short = stringWidth(f"{label} {value}", pg.font(), 11) < col_w - 24
        if short and waiting:
            lines[-1].append((label, value))
            waiting = False
        else:
            lines.append([(label, value)])
            waiting = short
    return lines


def layout_table(pg: Page, spec: Cert, w: Wording) -> None:
    """Heading over a ruled grid of 'Label: value' cells, two per row when they fit."""
    W, H = pg.w, pg.h
    m = 50
    y = H - 72
    pg.text(W / 2, y, w("top"), 13, "b", "center", pg.accent)
    y -= 46
    pg.text(W / 2, y, w("heading"), 28, "b", "center", pg.accent)
    y -= 24
    pg.text(W / 2, y, w("subheading"), 13, "i", "center")
    y -= 30
    grid_w = W - 2 * m
    pg.c.setStrokeColor(pg.accent)
    pg.c.setLineWidth(0.8)
    for line in table_cells(pg, w.rows(), grid_w / 2):
        cell_w = grid_w / len(line)
        heights = []
        for i, (label, value) in enumerate(line):
            x = m + i * cell_w + 8
            pg.text(x, y - 17, label, 10, "b", color=pg.accent)
            lw = stringWidth(label, pg.font("b"), 10) + 5
            end = pg.para(x + lw, y - 17, value, cell_w - lw - 16, 11, leading=14)
            heights.append(y - end + 10)
        row_h = max(heights)
        for i in range(len(line)):
            pg.c.rect(m + i * cell_w, y - row_h, cell_w, row_h)
        y -= row_h
    sig_y = min(y - 70, 180)
    assert sig_y > 120, f"{spec.stem}: table layout overflows ({sig_y:.0f})"
    pg.signature(W / 2, sig_y, w("signatory"), 260)
    pg.fine_print(m, 90 if spec.wide else 100, w("accreditation"), W - 2 * m, 6.0)


def layout_modern(pg: Page, spec: Cert, w: Wording) -> None:
    """Left sidebar in the accent color (logo, provider, tagline); left-aligned content on the right."""
    W, H = pg.w, pg.h
    side = 230
    c = pg.c
    c.setFillColor(pg.accent)
    c.rect(0, 0, side, H, stroke=0, fill=1)
    c.setFillColor(white)
    c.circle(side / 2, H - 110, 38, stroke=0, fill=1)
    initials = "".join(word[0] for word in (spec.provider or "").split()[:2])
    pg.text(side / 2, H - 120, initials, 28, "b", "center", pg.accent)
    y = pg.para(side / 2, H - 190, w("top"), side - 40, 17, "b", "center", white, 21)
    pg.para(side / 2, y - 6, w("tagline"), side - 40, 9, "", "center", white)
    x = side + 48
    right = W - 48
    y = H - 92
    pg.text(x, y, w("heading"), 13, "b", color=pg.accent, space=2.0)
    y -= 64
    pg.text(x, y, spec.participant or "", 32, "b")
    y -= 34
    pg.text(x, y, w("action"), 12, color=GREY)
    y = pg.para(x, y - 32, spec.course_title or "", right - x, 22, "b", leading=27) - 22
    rows = w.rows()
    col = (right - x) / 2
    for i, (label, value) in enumerate(rows):
        cx, cy = x + (i % 2) * col, y - (i // 2) * 26
        pg.text(cx, cy, label, 11, color=GREY)
        pg.text(cx + stringWidth(label, pg.font(), 11) + 5, cy, value, 13, "b")
    y -= 26 * ((len(rows) + 1) // 2)
    assert y > 160, f"{spec.stem}: modern layout overflows ({y:.0f})"
    pg.signature(x + 120, 125, w("signatory"), 230)
    pg.fine_print(x, 64, w("accreditation"), right - x)


def layout_badge(pg: Page, spec: Cert, w: Wording) -> None:
    """Left-aligned text with a round seal on the right that carries the credit amount."""
    W, H = pg.w, pg.h
    c = pg.c
    c.setFillColor(pg.accent)
    c.rect(0, H - 18, W, 18, stroke=0, fill=1)
    c.rect(0, 0, W, 10, stroke=0, fill=1)
    x = 60
    y = H - 80
    pg.text(x, y, w("top"), 11, "b", color=pg.accent, space=2.5)
    pg.text(x, y - 44, w("heading"), 30, "b")
    pg.text(x, y - 84, w("intro"), 12, "i", color=GREY)
    pg.text(x, y - 120, spec.participant or "", 34, "b", color=pg.accent)
    pg.text(x, y - 152, w("action"), 12, color=GREY)
    y = pg.para(x, y - 182, spec.course_title or "", 440, 20, "b", leading=24) - 14
    for label, value in w.rows():
        pg.text(x, y, label, 11, color=GREY)
        pg.text(x + stringWidth(label, pg.font(), 11) + 5, y, value, 12, "b")
        y -= 20
    cx, cy = W - 150, H / 2 + 30
    c.setFillColor(pg.accent)
    c.circle(cx, cy, 92, stroke=0, fill=1)
    c.setStrokeColor(white)
    c.setLineWidth(2)
    c.circle(cx, cy, 82, stroke=1, fill=0)
    big, unit, small = ([*w("seal").split("\n"), "", ""])[:3]
    pg.text(cx, cy + 6, big, 44, "b", "center", white)
    pg.text(cx, cy - 22, unit, 20, "b", "center", white)
    pg.text(cx, cy - 44, small, 9, "b", "center", white, space=1.2)
    assert y > 150, f"{spec.stem}: badge layout overflows ({y:.0f})"
    pg.signature(x + 120, 112, w("signatory"), 230)
    pg.fine_print(x, 58, w("accreditation"), W - 2 * x)


def layout_platform(pg: Page, spec: Cert, w: Wording) -> None:
    """Course-platform certificate: course title first and largest, the learner's name near the bottom."""
    W, H = pg.w, pg.h
    m = 60
    pg.text(m, H - 70, w("top"), 20, "b", color=pg.accent)
    pg.text(W - m, H - 58, w("id"), 9, align="right", color=GREY)
    for i, line in enumerate(w("corner").split("\n")):
        pg.text(W - m, H - 70 - 11 * i, line, 8, align="right", color=GREY)
    y = H - 190
    pg.text(m, y, w("heading"), 11, "b", color=GREY, space=1.5)
    y = pg.para(m, y - 48, spec.course_title or "", W - 2 * m, 36, "b", leading=42) - 8
    pg.text(m, y, w("action"), 13)
    assert y > 230, f"{spec.stem}: platform layout overflows ({y:.0f})"
    pg.text(m, 170, spec.participant or "", 28, "b")
    for i, (label, value) in enumerate(w.rows()):
        pg.text(m, 140 - 18 * i, label, 11, color=GREY)
        pg.text(m + 60, 140 - 18 * i, value, 11, "b")


def layout_statement(pg: Page, spec: Cert, w: Wording) -> None:
    """Letterhead and prose: a letter-like statement of participation with a details block."""
    W, H = pg.w, pg.h
    m = 64
    y = H - 64
    pg.text(m, y, w("top"), 17, "b", color=pg.accent)
    pg.text(m, y - 16, w("tagline"), 9, color=GREY)
    pg.rule(m, y - 26, W - m, pg.accent, 1.4)
    y -= 84
    pg.text(W / 2, y, w("heading"), 24, "b", "center", pg.accent)
    y -= 40
    pg.text(W / 2, y, w("intro"), 12, align="center")
    y -= 32
    pg.text(W / 2, y, spec.participant or "", 22, "b", "center")
    y -= 26
    pg.text(W / 2, y, w("action"), 12, align="center")
    y = pg.para(W / 2, y - 26, spec.course_title or "", W - 2 * m - 40, 16, "bi", "center", leading=20) - 16
    for label, value in w.rows():
        pg.text(m + 20, y, label, 11, "b")
        y = pg.para(m + 190, y, value, W - 2 * m - 190, 11, leading=14) - 4
    y = pg.para(m, y - 16, w("body"), W - 2 * m, 11, leading=15)
    assert y > 200, f"{spec.stem}: statement layout overflows ({y:.0f})"
    pg.signature(m + 120, 170, w("signatory"), 240)
    pg.fine_print(m, 96, w("accreditation"), W - 2 * m, 7.2)


def page_agenda(pg: Page, spec: Cert, w: Wording) -> None:
    """Program agenda: sessions with per-session hours and the total (the only place the hours appear)."""
    W, H = pg.w, pg.h
    m = 54
    y = H - 70
    pg.text(m, y, "Program Agenda", 22, "b", color=pg.accent)
    pg.text(m, y - 22, f"{spec.course_title} · {w('date')}", 11, "i")
    y -= 62
    cols = (m, m + 100, m + 400, W - m)
    pg.c.setFillColor(HexColor("#e6eeef"))
    pg.c.rect(m - 4, y - 6, W - 2 * m + 8, 20, stroke=0, fill=1)
    for x, head in zip(cols, ("Time", "Session", "Faculty"), strict=False):
        pg.text(x, y, head, 10, "b")
    pg.text(cols[3], y, "Hours", 10, "b", "right")
    for time_, session, faculty, hours in spec.rows:
        y -= 30
        pg.text(cols[0], y, time_, 10)
        pg.text(cols[1], y, session, 10)
        pg.text(cols[2], y, faculty, 9, color=GREY)
        pg.text(cols[3], y, hours, 10, align="right")
        pg.rule(m - 4, y - 10, W - m + 4)
    pg.text(cols[3], y - 34, w("total"), 13, "b", "right", pg.accent)
    pg.fine_print(m, 90, w("accreditation2"), W - 2 * m, 7.5)


def page_verification(pg: Page, spec: Cert, w: Wording) -> None:
    """Verification page: prose about the approval, and details such as the instructor and approval window."""
    W, H = pg.w, pg.h
    m = 64
    y = H - 84
    pg.text(W / 2, y, w("p2_heading"), 20, "b", "center", pg.accent)
    y -= 44
    for para in w("p2_body").split("\n\n"):
        y = pg.para(m, y, para, W - 2 * m, 12, leading=16) - 12
    y -= 10
    for label, value in spec.rows:
        pg.text(m, y, label, 12, "b")
        pg.text(m + 170, y, value, 12)
        y -= 20


def layout_invoice(pg: Page, spec: Cert, w: Wording) -> None:
    """A course-registration invoice (not a certificate)."""
    W, H = pg.w, pg.h
    m = 54
    y = H - 64
    pg.text(m, y, w("top"), 16, "b", color=pg.accent)
    pg.text(m, y - 16, w("tagline"), 8.5, color=GREY)
    pg.text(W - m, y, "INVOICE", 26, "b", "right", pg.accent)
    y -= 70
    meta = (("Invoice #:", "number"), ("Invoice date:", "issued"), ("Due date:", "due"))
    for i, (label, key) in enumerate(meta):
        pg.text(W - m - 150, y - 16 * i, label, 10, "b")
        pg.text(W - m, y - 16 * i, w(key), 10, align="right")
    pg.text(m, y, "Bill to:", 10, "b")
    pg.para(m, y - 16, w("bill_to"), 220, 10, leading=14)
    y -= 100
    pg.c.setFillColor(HexColor("#eceef4"))
    pg.c.rect(m - 4, y - 6, W - 2 * m + 8, 20, stroke=0, fill=1)
    heads = ((m, "Description", "left"), (W - m - 110, "Qty", "right"), (W - m, "Amount", "right"))
    for x, head, align in heads:
        pg.text(x, y, head, 10, "b", align)
    total = 0.0
    for desc, qty, amount in spec.rows:
        y -= 26
        pg.text(m, y, desc, 10)
        pg.text(W - m - 110, y, qty, 10, align="right")
        pg.text(W - m, y, amount, 10, align="right")
        total += float(amount.replace("$", ""))
        pg.rule(m - 4, y - 9, W - m + 4)
    for label, value in (("Subtotal", total), ("Sales tax (0%)", 0.0), ("Total paid (USD)", total)):
        y -= 22
        pg.text(W - m - 110, y, label, 10, "b", "right")
        pg.text(W - m, y, f"${value:,.2f}", 10, align="right")
    pg.para(m, y - 50, w("paid"), W - 2 * m, 11, "b", color=HexColor("#2e7d32"))
    pg.fine_print(m, 90, w("footer"), W - 2 * m, 8)


Layout = Callable[[Page, Cert, Wording], None]
LAYOUTS: dict[str, Layout] = {
    "classic": layout_classic, "form": layout_form, "table": layout_table, "modern": layout_modern,
    "statement": layout_statement, "invoice": layout_invoice, "badge": layout_badge,
    "platform": layout_platform,
}
PAGE2: dict[str, Layout] = {"agenda": page_agenda, "verification": page_verification}


def build_pdf(spec: Cert) -> tuple[bytes, list[str], int]:
    """Draw the spec; return the PDF bytes, every string drawn, and the page count."""
    buf = io.BytesIO()
    size = landscape(letter) if spec.wide else letter
    canvas = Canvas(buf, pagesize=size, invariant=1, pageCompression=1)
    pg = Page(canvas, size, spec)
    wording = Wording(spec)
    LAYOUTS[spec.layout](pg, spec, wording)
    pages = 1
    if spec.page2:
        pg.next_page()
        PAGE2[spec.page2](pg, spec, wording)
        pages = 2
    canvas.showPage()
    canvas.save()
    return buf.getvalue(), pg.drawn, pages


# ----------------------------------------------------------------------------------------------------------
# Outputs: the text PDF itself, or pixels made from it
# ----------------------------------------------------------------------------------------------------------


def render(pdf: bytes, dpi: int) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf)
    try:
        return [doc[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(doc))]
    finally:
        doc.close()


def scan_effect(img: Image.Image, rng: random.Random, angle: float, noise: float) -> Image.Image:
    """Grayscale, toner/paper levels, scanner blur, a slight skew, sensor noise and a few specks of dust."""
    gray = img.convert("L").point(lambda v: int(34 + v * (242 - 34) / 255))
    gray = gray.filter(ImageFilter.GaussianBlur(0.6))
    gray = gray.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=250)
    if noise:
        grain = Image.frombytes("L", gray.size, rng.randbytes(gray.width * gray.height))
        gray = Image.blend(gray, grain, noise)
        draw = ImageDraw.Draw(gray)
        for _ in range(160):
            x, y, r = rng.randrange(gray.width), rng.randrange(gray.height), rng.uniform(0.6, 2.2)
            draw.ellipse((x - r, y - r, x + r, y + r), fill=rng.randrange(40, 120))
    return gray


def write_pdf(pdf: bytes, path: Path, rng: random.Random) -> None:
    path.write_bytes(pdf)


def write_scan_pdf(pdf: bytes, path: Path, rng: random.Random) -> None:
    """Picture-only PDF: 200 dpi grayscale JPEG pages, no text layer."""
    pages = [scan_effect(img, rng, 0.9, 0.05) for img in render(pdf, 200)]
    stamp = time.gmtime(1_735_689_600)  # fixed dates keep the file reproducible
    pages[0].save(path, "PDF", resolution=200.0, save_all=True, append_images=pages[1:], quality=60,
                  title="scan", creationDate=stamp, modDate=stamp)


def write_png(pdf: bytes, path: Path, rng: random.Random) -> None:
    """A 150 dpi screenshot-like PNG, palette-reduced to keep it small."""
    img = render(pdf, 150)[0].quantize(colors=48, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    img.save(path, "PNG", optimize=True, dpi=(150, 150))


def write_rotated(pdf: bytes, path: Path, rng: random.Random) -> None:
    """A clean 200 dpi grayscale scan turned 90 degrees counter-clockwise (text runs bottom to top)."""
    gray = scan_effect(render(pdf, 200)[0], rng, -0.4, 0.0).point(lambda v: v // 16 * 17)
    gray.transpose(Image.Transpose.ROTATE_90).save(path, "PNG", optimize=True, dpi=(200, 200))


def write_tiff(pdf: bytes, path: Path, rng: random.Random) -> None:
    """Multi-page bilevel TIFF at 200 dpi with CCITT group 4 compression, like a fax or office scanner."""
    pages = [scan_effect(img, rng, 0.35, 0.0).point(lambda v: 255 if v > 175 else 0).convert("1")
             for img in render(pdf, 200)]
    pages[0].save(path, "TIFF", save_all=True, append_images=pages[1:], compression="group4", dpi=(200, 200))


def perspective_coeffs(dst: list[tuple[float, float]], src: list[tuple[float, float]]) -> list[float]:
    """Coefficients for Image.transform(PERSPECTIVE) mapping output points dst onto input points src."""
    rows: list[list[float]] = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y, u])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y, v])
    n = 8
    for col in range(n):  # Gauss-Jordan elimination with partial pivoting
        pivot = max(range(col, n), key=lambda r: abs(rows[r][col]))
        rows[col], rows[pivot] = rows[pivot], rows[col]
        for r in range(n):
            if r != col:
                f = rows[r][col] / rows[col][col]
                rows[r] = [a - f * b for a, b in zip(rows[r], rows[col], strict=True)]
    return [rows[i][n] / rows[i][i] for i in range(n)]


def desk_background(size: tuple[int, int], rng: random.Random) -> Image.Image:
    """A dark wood-brown desk: smooth blotches and long grain, kept soft so the JPEG stays small."""
    blotch = Image.frombytes("L", (24, 18), rng.randbytes(24 * 18)).resize(size, Image.Resampling.BICUBIC)
    grain = Image.frombytes("L", (8, 160), rng.randbytes(8 * 160)).resize(size, Image.Resampling.BICUBIC)
    tone = Image.blend(blotch, grain, 0.5).filter(ImageFilter.GaussianBlur(3))
    dark, light = Image.new("RGB", size, (58, 38, 26)), Image.new("RGB", size, (104, 72, 48))
    return Image.composite(light, dark, tone)


def lighting(size: tuple[int, int]) -> Image.Image:
    """Uneven light: brightest near a lamp at the upper left, falling off toward the lower right corner."""
    small = Image.new("L", (64, 48))
    small.putdata([int(255 - 120 * min(1.0, math.hypot(x / 64 - 0.25, y / 48 - 0.2) / 1.0))
                   for y in range(48) for x in range(64)])
    light = small.resize(size, Image.Resampling.BICUBIC)
    return Image.merge("RGB", (light, light, light))


def write_photo(pdf: bytes, path: Path, rng: random.Random) -> None:
    """Phone photo: the page on a desk, rotated ~3 degrees with a mild perspective, uneven light, JPEG 85."""
    page = render(pdf, 160)[0]
    page = ImageChops.multiply(page, Image.new("RGB", page.size, (250, 246, 236)))  # warm paper
    pw, ph = page.size
    size = (int(pw * 1.14), int(ph * 1.2))
    cx, cy, a = size[0] / 2, size[1] / 2 + 10, math.radians(-3.0)
    # page corners relative to the center, the top edge a little narrower (camera tilted), then rotated
    corners = [(-0.485 * pw, -ph / 2), (0.5 * pw, -ph / 2), (0.5 * pw, ph / 2), (-0.5 * pw, ph / 2)]
    cos, sin = math.cos(a), math.sin(a)
    dst = [(cx + x * cos - y * sin, cy + x * sin + y * cos) for x, y in corners]
    coeffs = perspective_coeffs(dst, [(0, 0), (pw, 0), (pw, ph), (0, ph)])
    warped = page.transform(size, Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC)
    mask = Image.new("L", page.size, 255).transform(size, Image.Transform.PERSPECTIVE, coeffs,
                                                    Image.Resampling.BILINEAR)
    photo = Image.composite(warped, desk_background(size, rng), mask)
    photo = ImageChops.multiply(photo, lighting(size))
    photo = photo.filter(ImageFilter.GaussianBlur(0.7))
    photo.save(path, "JPEG", quality=85, optimize=True, dpi=(160, 160))


@dataclass(frozen=True)
class Output:
    suffix: str
    media_type: str
    write: Callable[[bytes, Path, random.Random], None]


OUTPUTS = {
    "pdf": Output(".pdf", "application/pdf", write_pdf),
    "scan-pdf": Output(".pdf", "application/pdf", write_scan_pdf),
    "png": Output(".png", "image/png", write_png),
    "rotated": Output(".png", "image/png", write_rotated),
    "photo": Output(".jpg", "image/jpeg", write_photo),
    "tiff": Output(".tiff", "image/tiff", write_tiff),
}


# ----------------------------------------------------------------------------------------------------------
# Expected records
# ----------------------------------------------------------------------------------------------------------


def hours(credits: tuple[Credit, ...]) -> float | None:
    if not credits:
        return None
    first = credits[0]
    return round(float(first.amount) * HOURS_PER_UNIT.get(first.unit, 1.0), 2)


def expected(spec: Cert, filename: str, pages: int) -> dict[str, object]:
    output = OUTPUTS[spec.output]
    return {
        "file": filename,
        "media_type": output.media_type,
        "pages": pages,
        "text_source": "text-layer" if spec.output == "pdf" else "ocr",
        "is_certificate": spec.is_certificate,
        "fields": {
            "participant": spec.participant,
            "provider": spec.provider,
            "course_title": spec.course_title,
            "completion_date": spec.completion.isoformat() if spec.completion else None,
            "start_date": spec.start.isoformat() if spec.start else None,
            "credits": [{"amount": float(c.amount), "unit": c.unit} for c in spec.credits] or None,
            "hours": hours(spec.credits),
            "topic": spec.topic,
            "delivery_format": spec.delivery,
            "certificate_id": spec.certificate_id,
            "accreditation": spec.accreditation,
            "license_number": spec.license_number,
        },
    }


def check_visible(spec: Cert, drawn: list[str], ctx: dict[str, object]) -> None:
    """Every expected value must be printed on the document (wrapped lines are joined with a space)."""
    visible = " ".join(drawn)
    low = visible.lower()
    must = [spec.participant, spec.provider, spec.course_title, spec.certificate_id, spec.license_number]
    must += [c.amount for c in spec.credits] + ([str(ctx["date"])] if spec.completion else [])
    missing = [s for s in must if s and s not in visible]
    if spec.accreditation and spec.accreditation not in visible:
        full = ACCREDITORS.get(spec.accreditation)
        if not full or full not in visible:
            missing.append(spec.accreditation)
    if spec.delivery and not any(word in low for word in DELIVERY_WORDS[spec.delivery]):
        missing.append(f"delivery {spec.delivery}")
    assert not missing, f"{spec.stem}: expected values not drawn: {missing}"
    assert spec.topic is None or spec.topic in TOPICS, f"{spec.stem}: unknown topic {spec.topic}"
    assert all(c.unit in UNITS for c in spec.credits), f"{spec.stem}: unknown unit"
    assert spec.is_certificate or not any([spec.participant, spec.provider, spec.credits, spec.completion])


def readme(specs: list[Cert]) -> str:
    lines = [
        "# Sample certificates",
        "",
        "Invented continuing-education certificates (and one non-certificate) covering the layouts, units,",
        "date styles and traps seen on real certificates (design note `real-certificates.md`). Names,",
        "providers, ids and numbers are made up. Everything here, this README included, is generated by",
        "`scripts/make_samples.py`; do not edit by hand. Regenerate (byte-for-byte deterministic) with:",
        "",
        "```",
        "python scripts/make_samples.py            # or: python scripts/make_samples.py OUTDIR",
        "```",
        "",
        "Needs reportlab, Pillow and pypdfium2 (the `dev` extra); only reportlab's built-in fonts are used.",
        "",
        "Each sample `<stem>.<ext>` has a `<stem>.expected.json`: `file`, `media_type`, `pages`,",
        "`text_source` (`text-layer` for text PDFs, `ocr` for scans and images), `is_certificate`, and",
        "the 12 record fields as plain values, null when the document does not state them. Conventions:",
        "",
        "- values are as printed (participant with credentials, no labels); dates are ISO 8601;",
        "- `credits` lists every amount in the order printed, with unit codes from `units.md`; `hours`",
        "  converts the first credit with the default table (CEU and CEC x10, CPE x50/60 rounded to 2",
        "  decimals, others x1);",
        "- `topic` is the code from `topics.md` a reader would choose; `delivery_format` is set only when",
        "  the document says how it was delivered; `accreditation` is the body's acronym, else its name",
        "  as printed;",
        "- the generator asserts that every expected value is actually drawn on the document.",
        "",
        "| file | kind | what it shows / trap |",
        "| --- | --- | --- |",
    ]
    kinds = {"pdf": "text PDF", "scan-pdf": "image-only PDF", "png": "PNG", "rotated": "PNG, rotated",
             "photo": "JPEG photo", "tiff": "TIFF, 2 pages"}
    for spec in specs:
        name = spec.stem + OUTPUTS[spec.output].suffix
        kind = kinds[spec.output] + (", 2 pages" if spec.page2 and spec.output == "pdf" else "")
        lines.append(f"| `{name}` | {kind} | {spec.note} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    outdir = Path(argv[1]) if len(argv) > 1 else ROOT / "samples"
    outdir.mkdir(parents=True, exist_ok=True)
    assert len({s.stem for s in SPECS}) == len(SPECS), "duplicate stems"
    for n, spec in enumerate(SPECS):
        pdf, drawn, pages = build_pdf(spec)
        check_visible(spec, drawn, context(spec))
        output = OUTPUTS[spec.output]
        filename = spec.stem + output.suffix
        output.write(pdf, outdir / filename, random.Random(SEED + n))
        record = expected(spec, filename, pages)
        text = json.dumps(record, indent=2, ensure_ascii=False) + "\n"
        (outdir / f"{spec.stem}.expected.json").write_text(text)
        print(f"{filename:32} {(outdir / filename).stat().st_size / 1024:7.1f} KB")
    (outdir / "README.md").write_text(readme(SPECS))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
