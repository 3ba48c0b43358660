"""Build the held-out certificate evaluation set (eval/heldout/).

    python scripts/make_heldout.py [OUTDIR] [--verify]

Sixteen invented continuing-education documents, written independently of the parser and of samples/: twelve
text PDFs and four image variants (two PNG renders, one image-only "scanned" PDF, one JPEG photo). Each document
and its ``<stem>.expected.json`` come from one ``Cert`` spec, so the printed text and the expected values cannot
drift apart. Output is deterministic: reportlab runs in invariant mode and every random choice is seeded.

``--verify`` re-reads the output: text PDFs must carry a text layer holding every expected string, the scan must
have none, and Tesseract must read the key values of each image variant.
"""

from __future__ import annotations

import io
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageDraw, ImageFilter
from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

SEED = 20240611
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "eval" / "heldout"

# Hours per unit (units.md defaults) and which unit is "most specific" when a certificate prints several.
HOURS_PER_UNIT = {"CEU": 10.0, "CEC": 10.0, "CPE": 50 / 60, "PDU": 1.0, "CME": 1.0, "CLE": 1.0, "PDH": 1.0,
                  "contact_hour": 1.0, "CE": 1.0, "clock_hour": 1.0}
SPECIFICITY = ("CPE", "PDU", "CME", "CLE", "PDH", "CEC", "CEU", "contact_hour", "CE", "clock_hour")
MEDIA_TYPES = {"pdf": "application/pdf", "scan": "application/pdf", "png": "image/png", "photo": "image/jpeg"}
SUFFIXES = {"pdf": ".pdf", "scan": ".pdf", "png": ".png", "photo": ".jpg"}

FAMILIES = {
    "Times": ("Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"),
    "Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"),
    "Courier": ("Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique"),
}
# style -> (font variant index into FAMILIES, size, colour role, char spacing, gap after)
STYLES = {
    "provider": (1, 13, "accent", 0, 10),
    "heading": (1, 30, "accent", 0, 8),
    "spaced": (1, 28, "accent", 7, 6),
    "sub": (0, 12, "ink", 2, 22),
    "intro": (2, 14, "ink", 0, 12),
    "label": (0, 9, "muted", 1.5, 6),
    "name": (3, 28, "ink", 0, 14),
    "body": (0, 12.5, "ink", 0, 9),
    "title": (1, 17, "accent", 0, 12),
    "para": (0, 11.5, "ink", 0, 12),
    "small": (0, 9, "muted", 0, 6),
    "space": (0, 1, "ink", 0, 48),  # a blank line of vertical room
}


@dataclass(frozen=True)
class Cert:
    """One held-out document: what is printed and what a careful reader would record from it."""

    stem: str
    layout: str  # classic | form | two_column | table | letter | platform
    participant: str | None
    provider: str | None
    course_title: str | None
    completion_date: str | None
    credits: tuple[tuple[float, str], ...]
    topic: str | None
    delivery_format: str | None
    certificate_id: str | None = None
    accreditation: str | None = None
    license_number: str | None = None
    start_date: str | None = None
    is_certificate: bool = True
    variant: str = "pdf"  # pdf | png | scan | photo
    dpi: int = 150
    wide: bool = True  # landscape page
    family: str = "Helvetica"
    accent: str = "#1f3a5f"
    name_size: float | None = None
    flow: tuple[tuple[str, str], ...] = ()  # (style, text) stacked from the top
    rows: tuple[tuple[str, str], ...] = ()  # (label, value) for forms, grids, side columns, meta strips
    footer: tuple[str, ...] = ()  # small print at the bottom
    signers: tuple[tuple[str, str], ...] = ()  # (name, title)
    ocr_keys: tuple[str, ...] = ()  # strings Tesseract must read on image variants
    profession: str = ""
    note: str = ""  # one line for the README table

    @property
    def file(self) -> str:
        return self.stem + SUFFIXES[self.variant]

    def fmt(self, text: str) -> str:
        return text.format(participant=self.participant, provider=self.provider, title=self.course_title,
                           cert_id=self.certificate_id, license=self.license_number)

    def hours(self) -> float | None:
        if not self.credits:
            return None
        units = [unit for _, unit in self.credits]
        best = min(units, key=SPECIFICITY.index)
        amount = next(a for a, u in self.credits if u == best)
        return round(amount * HOURS_PER_UNIT[best], 2)

    def expected(self) -> dict[str, object]:
        fields: dict[str, object] = {
            "participant": self.participant,
            "provider": self.provider,
            "course_title": self.course_title,
            "completion_date": self.completion_date,
            "start_date": self.start_date,
            "credits": [{"amount": float(a), "unit": u} for a, u in self.credits] or None,
            "hours": self.hours(),
            "topic": self.topic,
            "delivery_format": self.delivery_format,
            "certificate_id": self.certificate_id,
            "accreditation": self.accreditation,
            "license_number": self.license_number,
        }
        return {"file": self.file, "media_type": MEDIA_TYPES[self.variant], "pages": 1,
                "text_source": "text-layer" if self.variant == "pdf" else "ocr",
                "is_certificate": self.is_certificate, "fields": fields}


# --------------------------------------------------------------------------------------------------- drawing


class Page:
    """A reportlab canvas plus the spec's fonts and colours."""

    def __init__(self, canvas: Canvas, cert: Cert, width: float, height: float) -> None:
        self.c, self.cert, self.w, self.h = canvas, cert, width, height
        self.fonts = FAMILIES[cert.family]
        self.colors = {"accent": HexColor(cert.accent), "ink": HexColor("#1a1a1a"), "muted": HexColor("#555555")}

    def style(self, name: str) -> tuple[str, float, Color, float, float]:
        variant, size, role, spacing, gap = STYLES[name]
        if name == "name" and self.cert.name_size:
            size = self.cert.name_size
        return self.fonts[variant], size, self.colors[role], spacing, gap

    def text(self, x: float, y: float, s: str, font: str, size: float, color: Color, spacing: float = 0,
             align: str = "left") -> None:
        width = self.c.stringWidth(s, font, size) + spacing * max(len(s) - 1, 0)
        if align == "center":
            x -= width / 2
        elif align == "right":
            x -= width
        t = self.c.beginText(x, y)
        t.setFont(font, size)
        t.setFillColor(color)
        t.setCharSpace(spacing)
        t.textOut(s)
        self.c.drawText(t)

    def flow(self, items: tuple[tuple[str, str], ...], x: float, y: float, width: float, align: str) -> float:
        """Stack (style, text) items downward from baseline y; return the y below the last one."""
        for style_name, raw in items:
            font, size, color, spacing, gap = self.style(style_name)
            for line in simpleSplit(self.cert.fmt(raw), font, size, width - spacing * 40):
                y -= size * 0.95
                self.text(x, y, line, font, size, color, spacing, align)
                y -= size * 0.3
            y -= gap
        return y

    def rows(self, x: float, y: float, label_w: float, value_w: float, size: float = 11.5) -> float:
        """Label/value pairs on a tab stop at x + label_w."""
        for label, raw in self.cert.rows:
            self.text(x, y, label, self.fonts[1], size, self.colors["muted"])
            for line in simpleSplit(self.cert.fmt(raw), self.fonts[0], size, value_w):
                self.text(x + label_w, y, line, self.fonts[0], size, self.colors["ink"])
                y -= size * 1.35
            y -= size * 0.6
        return y

    def footer(self, y: float, margin: float = 60, size: float = 7.5, right: float | None = None) -> None:
        """Small print centred between margin and right (default: the page's right margin)."""
        right = self.w - margin if right is None else right
        for para in self.cert.footer:
            for line in simpleSplit(self.cert.fmt(para), self.fonts[0], size, right - margin):
                self.text((margin + right) / 2, y, line, self.fonts[0], size, self.colors["muted"], align="center")
                y -= size * 1.3
            y -= 3

    def signers(self, y: float, x0: float | None = None, x1: float | None = None) -> None:
        signers = self.cert.signers
        if not signers:
            return
        x0 = 90 if x0 is None else x0
        x1 = self.w - 90 if x1 is None else x1
        slot = (x1 - x0) / len(signers)
        for i, (name, title) in enumerate(signers):
            cx = x0 + slot * (i + 0.5)
            self.c.setStrokeColor(self.colors["ink"])
            self.c.setLineWidth(0.6)
            self.c.line(cx - 95, y + 14, cx + 95, y + 14)
            self.scribble(cx, y + 22, i)
            self.text(cx, y, name, self.fonts[0], 10.5, self.colors["ink"], align="center")
            self.text(cx, y - 13, title, self.fonts[2], 9, self.colors["muted"], align="center")

    def scribble(self, cx: float, y: float, salt: int) -> None:
        """A seeded pen stroke standing in for a handwritten signature (vector, no text)."""
        rng = random.Random(f"{self.cert.stem}-{salt}")
        path = self.c.beginPath()
        x = cx - 60
        path.moveTo(x, y + rng.uniform(0, 10))
        while x < cx + 50:
            x += rng.uniform(6, 14)
            path.curveTo(x - 4, y + rng.uniform(12, 24), x - 2, y - rng.uniform(0, 6), x, y + rng.uniform(0, 12))
        self.c.setStrokeColor(HexColor("#1b2a6b"))
        self.c.setLineWidth(1.1)
        self.c.drawPath(path, stroke=1, fill=0)

    def border(self, inset: float = 24, double: bool = True) -> None:
        self.c.setStrokeColor(self.colors["accent"])
        self.c.setLineWidth(3)
        self.c.rect(inset, inset, self.w - 2 * inset, self.h - 2 * inset)
        if double:
            self.c.setLineWidth(0.8)
            self.c.rect(inset + 7, inset + 7, self.w - 2 * inset - 14, self.h - 2 * inset - 14)

    def seal(self, cx: float, cy: float, r: float = 34) -> None:
        self.c.setFillColor(self.colors["accent"])
        self.c.setStrokeColor(self.colors["accent"])
        for i in range(24):
            self.c.saveState()
            self.c.translate(cx, cy)
            self.c.rotate(i * 15)
            self.c.rect(-r * 0.18, r * 0.8, r * 0.36, r * 0.3, stroke=0, fill=1)
            self.c.restoreState()
        self.c.circle(cx, cy, r, stroke=0, fill=1)
        self.c.setStrokeColor(white)
        self.c.setLineWidth(1.2)
        self.c.circle(cx, cy, r * 0.78, stroke=1, fill=0)


# --------------------------------------------------------------------------------------------------- layouts


def layout_classic(p: Page) -> None:
    """Centered classic certificate: border, stacked lines, signatures, small print."""
    p.border()
    p.flow(p.cert.flow, p.w / 2, p.h - 66, p.w - (160 if p.cert.wide else 100), "center")
    p.signers(118 if p.cert.wide else 150)
    p.footer(74 if p.cert.wide else 96)


def layout_form(p: Page) -> None:
    """Label/value form with a tab stop, on a portrait page with a rule under the heading."""
    p.border(inset=30, double=False)
    y = p.flow(p.cert.flow, p.w / 2, p.h - 76, p.w - 140, "center")
    p.c.setStrokeColor(p.colors["accent"])
    p.c.line(70, y + 4, p.w - 70, y + 4)
    p.rows(80, y - 22, 190, p.w - 80 - 190 - 70)
    p.signers(170, 120, p.w - 120)
    p.footer(112, margin=70)


def layout_two_column(p: Page) -> None:
    """Name and title on the left, details in a shaded right-hand column."""
    split = p.w * 0.62
    p.c.setFillColor(HexColor("#eef2f6"))
    p.c.rect(split, 0, p.w - split, p.h, stroke=0, fill=1)
    p.c.setFillColor(p.colors["accent"])
    p.c.rect(0, p.h - 18, p.w, 18, stroke=0, fill=1)
    p.flow(p.cert.flow, 60, p.h - 62, split - 100, "left")
    p.seal(p.w - 100, p.h - 95)
    p.rows(split + 24, p.h - 190, 128, p.w - split - 24 - 128 - 16, size=10.5)
    p.signers(132, 40, split - 40)
    p.footer(62, margin=40, right=split - 30)


def layout_table(p: Page) -> None:
    """Centered header, then a ruled grid of label/value cells."""
    p.border(inset=28)
    y = p.flow(p.cert.flow, p.w / 2, p.h - 76, p.w - 150, "center")
    x0, x1, split, size = 74, p.w - 74, 74 + 165, 11
    y -= 4
    p.c.setStrokeColor(p.colors["accent"])
    p.c.setLineWidth(0.7)
    for label, raw in p.cert.rows:
        lines = simpleSplit(p.cert.fmt(raw), p.fonts[0], size, x1 - split - 16)
        height = 12 + len(lines) * size * 1.3
        p.c.setFillColor(HexColor("#f1f3f5"))
        p.c.rect(x0, y - height, split - x0, height, stroke=1, fill=1)
        p.c.rect(split, y - height, x1 - split, height, stroke=1, fill=0)
        p.text(x0 + 8, y - 6 - size, label, p.fonts[1], size, p.colors["ink"])
        for i, line in enumerate(lines):
            p.text(split + 8, y - 6 - size - i * size * 1.3, line, p.fonts[0], size, p.colors["ink"])
        y -= height
    p.signers(170, 100, p.w - 100)
    p.footer(110, margin=70)


def layout_letter(p: Page) -> None:
    """Letterhead and left-aligned paragraphs, signature block at the left."""
    p.c.setFillColor(p.colors["accent"])
    p.c.rect(0, p.h - 10, p.w, 10, stroke=0, fill=1)
    y = p.flow(p.cert.flow, 72, p.h - 52, p.w - 144, "left")
    for i, (name, title) in enumerate(p.cert.signers):
        x = 72 + i * 230
        p.scribble(x + 60, y - 30, i)
        p.text(x, y - 52, name, p.fonts[0], 11, p.colors["ink"])
        p.text(x, y - 66, title, p.fonts[2], 10, p.colors["muted"])
    p.footer(60, margin=72)


def layout_platform(p: Page) -> None:
    """Course-platform style: brand bar, left-aligned name/title, a strip of meta cells, URL-ish small print."""
    p.c.setFillColor(p.colors["accent"])
    p.c.rect(0, p.h - 64, p.w, 64, stroke=0, fill=1)
    p.text(48, p.h - 41, p.cert.fmt("{provider}"), p.fonts[1], 20, white)
    y = p.flow(p.cert.flow, 60, p.h - 100, p.w - 200, "left")
    cells = p.cert.rows
    if cells:
        slot = (p.w - 120) / len(cells)
        p.c.setStrokeColor(HexColor("#c9ced6"))
        p.c.line(60, y + 2, p.w - 60, y + 2)
        for i, (label, raw) in enumerate(cells):
            x = 60 + i * slot
            p.text(x, y - 20, label, p.fonts[0], 8.5, p.colors["muted"], spacing=0.8)
            for j, line in enumerate(simpleSplit(p.cert.fmt(raw), p.fonts[1], 11.5, slot - 14)):
                p.text(x, y - 38 - j * 14, line, p.fonts[1], 11.5, p.colors["ink"])
    p.seal(p.w - 110, p.h - 150, r=40)
    p.signers(105, 40, p.w / 2 + 40)
    p.footer(50, margin=48)


LAYOUTS: dict[str, Callable[[Page], None]] = {
    "classic": layout_classic, "form": layout_form, "two_column": layout_two_column,
    "table": layout_table, "letter": layout_letter, "platform": layout_platform,
}


# --------------------------------------------------------------------------------------------------- specs

CERTS: tuple[Cert, ...] = (
    Cert(
        stem="01_nursing_sepsis_classic", profession="nursing",
        layout="classic", family="Times", accent="#5b1a32",
        participant="Maria Delgado-Okafor, RN", provider="Riverbend Nursing Education Collaborative",
        course_title="Sepsis Recognition and Early Management in Acute Care", completion_date="2021-11-10",
        credits=((1.5, "contact_hour"),), topic="patient-care", delivery_format="live",
        certificate_id="RNEC-21-04417", accreditation="ANCC", license_number="RN2284719",
        flow=(("provider", "{provider}"), ("spaced", "CERTIFICATE"), ("sub", "OF CONTINUING NURSING EDUCATION"),
              ("intro", "This is to certify that"), ("name", "{participant}"),
              ("small", "Nursing License #: {license}"),
              ("body", "has successfully completed the live workshop"), ("title", "{title}"),
              ("body", "held on Wednesday, November 10, 2021, and is hereby awarded 1.5 contact hours.")),
        footer=("{provider} is accredited as a provider of nursing continuing professional development by the American "
                "Nurses Credentialing Center's Commission on Accreditation (ANCC).",
                "Certificate No. {cert_id}    Retain this certificate for four years."),
        signers=(("Linda Carrow, MSN, RN-BC", "Lead Nurse Planner"), ("Theo Vance, DNP, RN", "Director of Education")),
        note="classic centered, letter-spaced heading, 'is hereby awarded 1.5 contact hours', weekday date, licence #",
    ),
    Cert(
        stem="02_pharmacy_opioid_form", profession="pharmacy",
        layout="form", wide=False, accent="#0b5563",
        participant="Jonathan P. Whitfield, PharmD", provider="Cascadia Pharmacy Learning Institute",
        course_title="Opioid Stewardship: Safe Prescribing and Tapering Strategies", completion_date="2024-04-17",
        credits=((2.0, "contact_hour"), (0.2, "CEU")), topic="pharmacology", delivery_format="self-study",
        accreditation="ACPE",
        flow=(("provider", "{provider}"), ("heading", "Statement of Credit"),
              ("sub", "CONTINUING PHARMACY EDUCATION")),
        rows=(("Participant:", "{participant}"), ("NABP e-Profile ID:", "4417203"), ("Activity Title:", "{title}"),
              ("Activity Type:", "Knowledge-based, Home Study"), ("Date Completed:", "4/17/2024"),
              ("Contact Hours:", "2.0 (0.2 CEUs)"), ("ACPE UAN:", "0797-0000-24-017-H01-P")),
        footer=("{provider} is accredited by the Accreditation Council for Pharmacy Education (ACPE) as a provider of "
                "continuing pharmacy education. Credit has been reported to CPE Monitor; allow up to 60 days.",),
        signers=(("Renata Osei, PharmD, BCPS", "Director, Continuing Pharmacy Education"),),
        note="label/value form, two units for one activity, UAN beside the credits, e-Profile ID that is no licence",
    ),
    Cert(
        stem="03_social_work_ethics_two_column", profession="social work",
        layout="two_column", family="Times", accent="#2f4b26",
        participant="Keisha L. Abernathy, LCSW", provider="Lakeshore Society for Clinical Social Work",
        course_title="Ethics and Boundaries in Rural and Telehealth Practice", completion_date="2019-10-05",
        credits=((3.0, "CE"),), topic="ethics", delivery_format="conference",
        certificate_id="LSCSW-19-0588", accreditation="ASWB",
        flow=(("heading", "Certificate of Attendance"), ("intro", "This certifies that"), ("name", "{participant}"),
              ("body", "attended the session"), ("title", "{title}"),
              ("body", "presented at the 2019 Great Lakes Clinical Social Work Conference"),
              ("body", "Grand Rapids, Michigan")),
        rows=(("Date:", "October 5, 2019"), ("Session:", "C-14"), ("CE Hours:", "3.0"),
              ("Certificate No.:", "{cert_id}"), ("Provider:", "{provider}")),
        footer=("{provider}, provider #1422, is approved as a provider for social work continuing education by the "
                "Association of Social Work Boards (ASWB) www.aswb.org through the Approved Continuing Education (ACE) "
                "program. Approval period: 06/14/2018 - 06/14/2021.",),
        signers=(("Dr. Paul Esterhazy, PhD, LMSW", "Conference Chair"),),
        note="two columns, conference session, 'CE Hours: 3.0', ACE approval period that is not the activity date",
    ),
    Cert(
        stem="04_accounting_asc606_table", profession="accounting",
        layout="table", wide=False, accent="#283593",
        participant="Henrik Solberg, CPA", provider="Halvorsen & Pike Professional Education",
        course_title="Revenue Recognition Under ASC 606: Audit Considerations", completion_date="2019-06-04",
        credits=((4.0, "CPE"),), topic="accounting-auditing", delivery_format="self-study",
        certificate_id="HP-19-060417", accreditation="NASBA",
        flow=(("provider", "{provider}"), ("heading", "Certificate of Completion"), ("intro", "This certifies that"),
              ("name", "{participant}"),
              ("body", "has successfully completed the following program of continuing professional education:")),
        rows=(("Course Title", "{title}"), ("Field of Study", "Auditing"), ("Delivery Method", "QAS Self-Study"),
              ("Completion Date", "04-Jun-2019"), ("CPE Credits", "4.0"), ("Certificate ID", "{cert_id}"),
              ("NASBA Sponsor ID", "139421")),
        footer=("{provider} is registered with the National Association of State Boards of Accountancy (NASBA) as a "
                "sponsor of continuing professional education on the National Registry of CPE Sponsors. State boards "
                "of accountancy have final authority on the acceptance of individual courses for CPE credit. "
                "Complaints regarding registered sponsors may be submitted to the National Registry of CPE Sponsors "
                "through its website: www.nasbaregistry.org. CPE credits have been granted based on a 50-minute "
                "hour.",),
        signers=(("Ingrid Halvorsen, CPA", "CPE Program Director"),),
        note="table grid, '04-Jun-2019', 4.0 CPE on a 50-minute hour, NASBA sponsor id beside the certificate id",
    ),
    Cert(
        stem="05_tax_digital_assets_platform", profession="tax (enrolled agent)",
        layout="platform", accent="#00695c",
        participant="Priya Raman-Castellanos, EA", provider="LedgerPoint Academy",
        course_title="Digital Asset Reporting: Form 1099-DA and Basis Tracking", completion_date="2024-12-19",
        credits=((1.0, "clock_hour"), (1.0, "CPE")), topic="taxation", delivery_format="online",
        certificate_id="LPA-88213-0912", accreditation="IRS",
        flow=(("heading", "Certificate of Completion"), ("label", "PARTICIPANT"), ("name", "{participant}"),
              ("body", "has completed the course"), ("title", "{title}")),
        rows=(("FORMAT", "Online Webinar"), ("CREDIT", "1 Hour - 1 CPE"), ("COMPLETED", "2024-12-19"),
              ("CERTIFICATE #", "{cert_id}")),
        footer=("IRS Approved Continuing Education Provider. IRS Program Number: LP7Q2-T-00418-24. Verify this "
                "certificate at ledgerpoint-academy.example/verify.",),
        signers=(("Daniel Okafor, EA", "Instructor"),),
        note="course platform, '1 Hour - 1 CPE', ISO date, IRS program number beside the certificate number",
    ),
    Cert(
        stem="06_hr_change_leadership_form", profession="HR (HRCI)",
        layout="form", wide=False, accent="#6a1b9a",
        participant="Olusegun Adeyemi, SPHR", provider="PeopleCraft Learning",
        course_title="Leading Through Change: Communication Strategies for HR Business Partners",
        completion_date="2023-03-19", credits=((1.0, "CE"),), topic="leadership", delivery_format="online",
        certificate_id="PCL-7F3K-22QD", accreditation="HRCI",
        flow=(("provider", "{provider}"), ("heading", "Certificate of Completion"),
              ("intro", "This certificate is awarded to the learner named below")),
        rows=(("Name:", "{participant}"), ("Course:", "{title}"), ("Format:", "Online course"),
              ("Completed:", "Mar 19, 2023 at 04:12PM UTC"), ("Verification Code:", "{cert_id}"),
              ("HRCI Program ID:", "612547"), ("Recertification Credits:", "1.00")),
        footer=("{provider} is an HR Certification Institute (HRCI) Approved Provider. The use of this official seal "
                "confirms that this activity has met HRCI's criteria for recertification credit pre-approval.",),
        signers=(("Anneliese Kraft, SHRM-SCP", "Head of Learning"),),
        note="form, 'Recertification Credits: 1.00', timestamp with UTC, HRCI program id, verification code",
    ),
    Cert(
        stem="07_itsec_threat_hunting_platform", profession="IT security",
        layout="platform", accent="#263238",
        participant="Marcus T. Feldhaus", provider="Blue Lantern Security Training",
        course_title="Threat Hunting with Network Flow Data", completion_date="2022-08-30",
        credits=((2.0, "CPE"),), topic="cybersecurity", delivery_format="online",
        certificate_id="BLST-2022-5519", accreditation="(ISC)2",
        flow=(("heading", "Certificate of Attendance"), ("intro", "This certifies that"), ("name", "{participant}"),
              ("body", "attended the webcast"), ("title", "{title} | Dana Whitcomb"),
              ("body", "on 30 Aug 2022 and earned 2 CPE units.")),
        rows=(("CERTIFICATE ID", "{cert_id}"), ("SUBMIT TO", "your certifying body")),
        footer=("{provider} is an official (ISC)2 CPE Submitter Partner. CPEs for (ISC)2 members are reported "
                "automatically within 10 business days.",),
        signers=(("Dana Whitcomb", "Principal Instructor"),),
        note="webcast, instructor after the title ('| Dana Whitcomb'), 'and earned 2 CPE units', '30 Aug 2022'",
    ),
    Cert(
        stem="08_pm_agile_risk_two_column", profession="project management",
        layout="two_column", accent="#b85c00",
        participant="Yuki Tanabe-Rowe, PMP", provider="Northgate Project Academy",
        course_title="Agile Risk Management for Hybrid Projects", completion_date="2025-01-15",
        credits=((3.25, "PDU"),), topic="project-management", delivery_format="live",
        certificate_id="NPA-250115-0037", accreditation="PMI",
        flow=(("provider", "{provider}"), ("heading", "Certificate of Achievement"), ("intro", "Awarded to"),
              ("name", "{participant}"), ("body", "for successful completion of"), ("title", "{title}"),
              ("body", "Course Code: NPA-ARM-204")),
        rows=(("Date:", "15 January 2025"), ("Delivery:", "Classroom (in person)"), ("PDUs/ContactHours:", "3.25"),
              ("PMI ATP ID:", "4718"), ("Certificate No.:", "{cert_id}")),
        footer=("{provider} is a PMI Authorized Training Partner (ATP). The PMI Authorized Training Partner logo is a "
                "registered mark of the Project Management Institute, Inc.",),
        signers=(("Colm Ferriter, PMP, PgMP", "Lead Instructor"),),
        note="two columns, 'Awarded to', 'PDUs/ContactHours: 3.25', course code line, ATP id beside the credits",
    ),
    Cert(
        stem="09_fitness_corrective_classic", profession="fitness (NASM)",
        layout="classic", accent="#c62828", name_size=40,
        participant="TREVOR ANSAH-MILLS", provider="CoreMotion Fitness Education",
        course_title="Corrective Exercise for the Lower Extremity: Knee and Ankle Dysfunction",
        completion_date="2018-06-28", credits=((0.5, "CEC"),), topic="injury-prevention", delivery_format="online",
        accreditation="NASM",
        flow=(("provider", "{provider}"), ("heading", "Certificate of Completion"), ("sub", ""),
              ("name", "{participant}"), ("title", "{title}"), ("body", "Online Course  |  Completed 06/28/2018"),
              ("body", "NASM Continuing Education Credits (CECs)    Credits: .5")),
        footer=("{provider} is an NASM Approved Provider. Approved Course ID: CMF-0518-CE. Keep this certificate "
                "for your recertification records.",),
        signers=(("Janelle Ortiz, NASM-CPT, CES", "Education Director"),),
        note="all-caps name in the largest font with no label, 'Credits: .5' (CEC), approved course id as a decoy",
    ),
    Cert(
        stem="10_engineering_wind_load_table", profession="engineering",
        layout="table", wide=False, family="Times", accent="#37474f",
        participant="Rafael Quintero-Boyd, P.E.", provider="Gulfstream Structural Engineering Institute",
        course_title="Wind Load Design for Low-Rise Buildings Under ASCE 7-22", start_date="2022-03-23",
        completion_date="2022-03-24", credits=((16.0, "clock_hour"), (16.0, "PDH")), topic="other",
        delivery_format="live", certificate_id="GSEI-2022-0318",
        accreditation="Florida Board of Professional Engineers",
        flow=(("provider", "{provider}"), ("heading", "Certificate of Completion"),
              ("intro", "This certificate is issued to"), ("name", "{participant}"),
              ("body", "for attendance at the two-day in-person seminar")),
        rows=(("Seminar", "{title}"), ("Dates", "March 23 - 24, 2022"), ("Location", "Tampa, Florida"),
              ("Duration", "16-Hours"), ("PDH Awarded", "16.0"), ("Certificate No.", "{cert_id}"),
              ("Board Provider No.", "0006123")),
        footer=("{provider} is an approved continuing education provider of the Florida Board of Professional "
                "Engineers. This certificate must be retained for at least four years.",),
        signers=(("Amara Lindgren, P.E., S.E.", "Seminar Director"), ("Howard Bell, P.E.", "Instructor")),
        note="table grid, date range, '16-Hours' plus 16.0 PDH, board named in full without an acronym",
    ),
    Cert(
        stem="11_law_elder_law_classic", profession="law",
        layout="classic", wide=False, family="Times", accent="#1a237e",
        participant="Eleanor V. Marchetti, Esq.", provider="Schuylkill Legal Education Forum",
        course_title="Annual Elder Law and Guardianship Update", completion_date="2025-02-05",
        credits=((3.0, "CLE"),), topic="law-practice", delivery_format="live",
        accreditation="Pennsylvania Continuing Legal Education Board", license_number="318842",
        flow=(("provider", "{provider}"), ("heading", "Certificate of Attendance"),
              ("intro", "The undersigned certifies that"), ("name", "{participant}"),
              ("small", "PA Attorney ID: {license}"),
              ("body", "attended the following live continuing legal education program:"),
              ("title", "{title} on February 5, 2025"),
              ("body", "and is entitled to 3.0 CLE credit hours in Substantive Law, Practice and Procedure.")),
        footer=("Approved by the Pennsylvania Continuing Legal Education Board. Provider No. 7713, Course No. 40218.",
                "Date issued: February 10, 2025"),
        signers=(("Gregory Alcott, Esq.", "CLE Program Administrator"),),
        note="portrait classic, date glued to the title, later issue date, attorney id as licence number",
    ),
    Cert(
        stem="12_not_certificate_registration_letter", profession="none (letter)",
        layout="letter", wide=False, accent="#455a64",
        participant=None, provider=None, course_title=None, completion_date=None, credits=(), topic=None,
        delivery_format=None, is_certificate=False,
        flow=(("provider", "Summit Wound Care Academy"), ("small", "410 Alder Street, Suite 3  |  Boise, ID 83702"),
              ("small", " "), ("para", "May 2, 2023"),
              ("para", "Greta Lindqvist, BSN, RN\n1187 Harbor View Lane\nMeridian, ID 83642"),
              ("para", "Re: Registration Confirmation, Course WC-310"), ("para", "Dear Ms. Lindqvist,"),
              ("para", "Thank you for registering for Advanced Wound Assessment and Dressing Selection, to be held on "
                       "Friday, June 16, 2023, from 8:00 am to 3:30 pm at our Boise training center. This activity is "
                       "approved for 6.0 contact hours."),
              ("para", "A certificate of completion will be emailed to you after you attend the full session and "
                       "submit the online evaluation. Your registration number is SWCA-R-20417; payment of $185.00 "
                       "was received on May 1, 2023."),
              ("para", "Sincerely,")),
        signers=(("Nadia Petrov", "Registrar"),),
        note="NOT a certificate: registration confirmation letter that names a course, a date and contact hours",
    ),
    Cert(
        stem="13_pt_telerehab_table_png", profession="physical therapy",
        layout="table", wide=False, variant="png", dpi=170, accent="#00838f",
        participant="Samuel Okonkwo, PT, DPT", provider="Keystone Rehab Seminars",
        course_title="Telerehabilitation and Remote Therapeutic Monitoring in Outpatient Practice",
        start_date="2024-03-22", completion_date="2024-03-31", credits=((1.9, "CEU"), (19.0, "contact_hour")),
        topic="medical-technology", delivery_format="live", certificate_id="KRS-2403-117", accreditation="IACET",
        flow=(("provider", "{provider}"), ("heading", "Certificate of Course Completion"),
              ("intro", "We hereby certify that"), ("name", "{participant}"), ("body", "completed the course below.")),
        rows=(("Course", "{title}"), ("Course Dates", "22nd- 31st March, 2024"),
              ("Format", "Live, in-person lab sessions"), ("Credit", "1.9 CEUs (19 contact hours)"),
              ("Certificate", "{cert_id}")),
        footer=("{provider} is accredited by the International Accreditors for Continuing Education and Training "
                "(IACET) and is authorized to issue the IACET CEU. Accredited Provider #1028374.",),
        signers=(("Beth Andersen, PT, DPT, OCS", "Course Director"),),
        ocr_keys=("Okonkwo", "KRS-2403-117", "19 contact hours", "March, 2024", "IACET"),
        note="PNG render at 170 dpi, table, '22nd- 31st March, 2024' range, '1.9 CEUs (19 contact hours)'",
    ),
    Cert(
        stem="14_dietetics_weight_platform_png", profession="dietetics",
        layout="platform", variant="png", dpi=150, accent="#2e7d32",
        participant="Hannah Briggs-Lowell, RDN, LD", provider="Prairie Nutrition CE",
        course_title="Evidence-Based Approaches to Weight Management in Adults", completion_date="2023-09-12",
        credits=((1.5, "CE"),), topic="nutrition", delivery_format=None, certificate_id="PNCE-23-4471",
        accreditation="CDR",
        flow=(("heading", "Certificate of Completion"), ("intro", "This certifies that"), ("name", "{participant}"),
              ("body", "has completed"), ("title", "{title}")),
        rows=(("Completed", "Sep 12, 2023"), ("CPEUs", "1.5"), ("CDR Activity #", "184422"),
              ("Certificate ID", "{cert_id}")),
        footer=("{provider} is a Commission on Dietetic Registration (CDR) Accredited Provider, provider #PN017. "
                "CPE Level 2.",),
        signers=(("Rosa Lindahl, MS, RDN", "Program Director"),),
        ocr_keys=("Briggs-Lowell", "PNCE-23-4471", "Sep 12, 2023", "CPEUs", "184422"),
        note="PNG render at 150 dpi, platform, CPEUs (CDR 60-minute unit, recorded as CE), CDR activity number",
    ),
    Cert(
        stem="15_ems_bloodborne_form_scan", profession="EMS",
        layout="form", wide=False, variant="scan", dpi=150, family="Courier",
        accent="#8e2424", participant="DESMOND R. KWIATKOWSKI", provider="Tri-County EMS Training Consortium",
        course_title="Bloodborne Pathogens and Exposure Control for EMS Providers", completion_date="2023-08-22",
        credits=((2.0, "CE"),), topic="infection-control", delivery_format="online",
        certificate_id="TCEMS-0823-2210", accreditation="CAPCE", license_number="771204",
        flow=(("provider", "{provider}"), ("heading", "Continuing Education"), ("sub", "CERTIFICATE OF COMPLETION")),
        rows=(("Name:", "{participant}"), ("EMS License #:", "{license}"), ("Course:", "{title}"),
              ("Course Code:", "TC-BBP-101"), ("Delivery:", "Online"), ("Completion Date:", "08/22/2023"),
              ("Valid Until:", "08/31/2025"), ("CE Hours:", "2.0"), ("CAPCE Course #:", "23-TCEMS-F3-0071"),
              ("Certificate #:", "{cert_id}")),
        footer=("This continuing education activity is approved by the Commission on Accreditation for Pre-Hospital "
                "Continuing Education (CAPCE).",),
        signers=(("Lt. Carla Mendes, NRP", "EMS Training Coordinator"),),
        ocr_keys=("KWIATKOWSKI", "771204", "08/22/2023", "TCEMS-0823-2210", "CAPCE"),
        note="image-only PDF scan (skew, noise), Courier form, validity date beside the completion date",
    ),
    Cert(
        stem="16_teaching_differentiation_letter_photo", profession="teaching",
        layout="letter", wide=False, variant="photo", dpi=150,
        family="Times", accent="#4e342e", participant="Adaeze Nwankwo-Hart",
        provider="Cedar Hollow Regional Education Service Center",
        course_title="Differentiated Instruction in the Inclusive Classroom", completion_date="2017-09-04",
        credits=((10.0, "clock_hour"),), topic="education", delivery_format=None,
        flow=(("provider", "{provider}"), ("small", "Office of Professional Learning"), ("space", " "),
              ("space", " "), ("heading", "Certificate of Professional Development"), ("space", " "),
              ("para", "This certificate is presented to {participant} in recognition of the successful completion "
                       "of \u201c{title}.\u201d This 10-hour course was offered by {provider} as part of the 2017 "
                       "Summer Teacher Academy."),
              ("para", "Issued this 4th Day of September, 2017."), ("space", " "), ("space", " ")),
        footer=("Participants should retain this certificate with their professional learning records.",),
        signers=(("Dr. Paulette Greer", "Executive Director"),
                 ("Marcus Lindell", "Coordinator, Professional Learning")),
        ocr_keys=("Nwankwo-Hart", "10-hour course", "September, 2017", "Differentiated Instruction"),
        note="JPEG phone photo, letter paragraph, 'presented to', quoted title, 'This 10-hour course', ordinal date",
    ),
)


# --------------------------------------------------------------------------------------------------- output


def build_pdf(cert: Cert) -> bytes:
    buf = io.BytesIO()
    size = landscape(letter) if cert.wide else letter
    canvas = Canvas(buf, pagesize=size, invariant=1, pageCompression=1)
    canvas.setTitle("Certificate" if cert.is_certificate else "Letter")
    canvas.setAuthor(cert.provider or "")
    LAYOUTS[cert.layout](Page(canvas, cert, *size))
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def render(pdf: bytes, dpi: int, gray: bool = False) -> Image.Image:
    doc = pdfium.PdfDocument(pdf)
    try:
        image = doc[0].render(scale=dpi / 72, grayscale=gray).to_pil()
    finally:
        doc.close()
    return image.convert("L" if gray else "RGB")


def noise(rng: random.Random, size: tuple[int, int], amplitude: float) -> Image.Image:
    """Seeded centred noise as an L image (128 = no change)."""
    raw = Image.frombytes("L", size, rng.randbytes(size[0] * size[1]))
    return raw.point(lambda v: int(128 + (v - 128) * amplitude / 128))


def make_scan(pdf: bytes, cert: Cert, rng: random.Random) -> bytes:
    """Image-only PDF: grey page, slight skew, sensor noise, a few specks, JPEG-compressed."""
    page = render(pdf, cert.dpi, gray=True)
    page = page.point(lambda v: int(18 + v * 0.9))  # toner never quite black, paper never quite white
    page = page.rotate(-1.1, resample=Image.Resampling.BICUBIC, fillcolor=236)
    page = ImageChops.add(page, noise(rng, page.size, 14), offset=-128)
    draw = ImageDraw.Draw(page)
    for _ in range(40):
        x, y = rng.randrange(page.width), rng.randrange(page.height)
        r = rng.choice((1, 1, 2))
        draw.ellipse((x, y, x + r, y + r), fill=rng.randrange(40, 120))
    page = page.filter(ImageFilter.GaussianBlur(0.5))
    out = io.BytesIO()
    stamp = time.gmtime(1692781440)  # 2023-08-23, fixed, so the file is byte-identical on every run
    page.save(out, "PDF", resolution=cert.dpi, quality=62, creationDate=stamp, modDate=stamp, title="Scan")
    return out.getvalue()


def make_photo(pdf: bytes, cert: Cert, rng: random.Random) -> bytes:
    """JPEG phone photo: warm uneven light on the paper, rotated a few degrees on a dark desk."""
    paper = render(pdf, cert.dpi)
    w, h = paper.size
    light = Image.linear_gradient("L").resize((w, h)).point(lambda v: int(255 - v * 0.16))
    paper = ImageChops.multiply(paper, Image.merge("RGB", (light, light, light.point(lambda v: int(v * 0.95)))))
    mask = Image.new("L", paper.size, 255)
    paper = paper.rotate(2.3, resample=Image.Resampling.BICUBIC, expand=True)
    mask = mask.rotate(2.3, resample=Image.Resampling.BICUBIC, expand=True)
    desk = Image.new("RGB", (paper.width + 180, paper.height + 160), (78, 58, 42))
    grain = noise(rng, (desk.width, desk.height // 8), 24).resize(desk.size).filter(ImageFilter.GaussianBlur(2))
    desk = ImageChops.add(desk, Image.merge("RGB", (grain, grain, grain)), offset=-128)
    shadow = Image.new("L", desk.size, 0)
    shadow.paste(mask, (104, 96))
    desk.paste((30, 22, 16), (0, 0), shadow.filter(ImageFilter.GaussianBlur(12)))
    desk.paste(paper, (86, 74), mask)
    desk = desk.filter(ImageFilter.GaussianBlur(0.6))
    out = io.BytesIO()
    desk.save(out, "JPEG", quality=78, optimize=True)
    return out.getvalue()


def make_png(pdf: bytes, cert: Cert) -> bytes:
    image = render(pdf, cert.dpi).quantize(colors=48, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True, dpi=(cert.dpi, cert.dpi))
    return out.getvalue()


def build(cert: Cert, rng: random.Random) -> bytes:
    pdf = build_pdf(cert)
    if cert.variant == "scan":
        return make_scan(pdf, cert, rng)
    if cert.variant == "photo":
        return make_photo(pdf, cert, rng)
    if cert.variant == "png":
        return make_png(pdf, cert)
    return pdf


def readme(certs: tuple[Cert, ...]) -> str:
    lines = [
        "# Held-out certificate set",
        "",
        "Sixteen invented continuing-education documents with expected records, written from the",
        "contract (`record.md`, `units.md`, `topics.md`) and the notes in `real-certificates.md` **without looking at",
        "the parser or at `samples/`**. The set measures how well the parser generalizes to certificates it was not",
        "developed on.",
        "",
        "**Rules for this folder**",
        "",
        "- Never tune the parser to these files: no special cases for their providers, wordings or layouts.",
        "- If a failure here is fixed, fix the general cause (and add a *different* regression sample elsewhere);",
        "  a held-out score that improves only because the parser has seen these files no longer means anything.",
        "- Do not edit the expected files to match parser output. If an expectation is wrong, fix the spec in",
        "  `scripts/make_heldout.py` and regenerate, and say why in the commit.",
        "",
        "## Expected files",
        "",
        "`<stem>.expected.json` holds `file`, `media_type`, `pages`, `text_source`, `is_certificate` and all twelve",
        "`fields` (null when the document does not state the value). Each document and its expected file are built",
        "from one spec in `scripts/make_heldout.py`. Values are what a careful person would type:",
        "names as printed (credentials kept); titles without an appended instructor, a glued-on date or quotation",
        "marks; dates ISO (a validity or issue date is not the completion date);",
        "credits in printed order with `units.md` codes; `hours` by the `units.md` default conversion from the most",
        "specific unit (CEU/CEC x10, CPE x50/60 rounded to 2 decimals, others x1). Judgment calls:",
        "",
        "- `PDUs/ContactHours: 3.25` is one amount: recorded once, as PDU.",
        "- `1 Hour - 1 CPE`: two amounts (`clock_hour`, `CPE`); hours come from CPE (0.83) by the default rule.",
        "- CDR `CPEUs` are 60-minute units with no code of their own: recorded as `CE`.",
        "- HRCI `Recertification Credits` and CAPCE `CE Hours` are recorded as `CE`.",
        "- Decoy numbers (NABP e-Profile ID, UAN, sponsor ids, program numbers, course ids, registration numbers)",
        "  are neither certificate ids nor licence numbers.",
        "- `accreditation` uses the body's acronym when the page prints one (ANCC, ACPE, ASWB, NASBA, IRS, HRCI,",
        "  (ISC)2 for a CPE Submitter Partner, PMI, NASM, IACET, CDR, CAPCE), else the name as printed.",
        "- `delivery_format`: webinar/webcast/online course -> online; home study and QAS self-study -> self-study;",
        "  classroom, in-person seminar or lab, live program -> live; a conference session -> conference; nothing",
        "  printed -> null.",
        "- Topics with overlap: telerehabilitation -> `medical-technology`, corrective exercise ->",
        "  `injury-prevention`, structural engineering -> `other`.",
        "- The non-certificate (12) has `is_certificate: false` and every field null: a registration letter awards",
        "  nothing, so only `is_certificate` is scored for it.",
        "",
        "## Files",
        "",
        "| file | profession | media | what it tests |",
        "| --- | --- | --- | --- |",
    ]
    for cert in certs:
        note = cert.note.replace("|", "\\|")
        lines.append(f"| `{cert.file}` | {cert.profession} | {MEDIA_TYPES[cert.variant]} | {note} |")
    lines += [
        "",
        "## Regenerate",
        "",
        "```sh",
        "python scripts/make_heldout.py            # writes eval/heldout/ (deterministic, seeded)",
        "python scripts/make_heldout.py --verify   # also checks text layers and Tesseract reads",
        "```",
        "",
        "Needs reportlab, Pillow and pypdfium2 (plus the `tesseract` binary for `--verify`).",
        "Only the built-in PDF fonts (Helvetica, Times, Courier) are used.",
        "",
    ]
    return "\n".join(lines)


def write(outdir: Path) -> None:
    outdir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)
    for cert in CERTS:
        (outdir / cert.file).write_bytes(build(cert, rng))
        expected = json.dumps(cert.expected(), indent=2, ensure_ascii=False) + "\n"
        (outdir / f"{cert.stem}.expected.json").write_text(expected, encoding="utf-8")
    (outdir / "README.md").write_text(readme(CERTS), encoding="utf-8")


# --------------------------------------------------------------------------------------------------- verify


def expected_strings(cert: Cert) -> list[str]:
    fields = cert.expected()["fields"]
    assert isinstance(fields, dict)
    keys = ("participant", "provider", "course_title", "certificate_id", "license_number")
    return [str(fields[k]) for k in keys if fields[k]]


def squash(text: str) -> str:
    return " ".join(text.split()).lower()


def ocr(image: Image.Image) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.png"
        image.save(path)
        done = subprocess.run(["tesseract", str(path), "stdout", "--psm", "3"], capture_output=True, text=True,
                              check=True)
    return done.stdout


def verify_one(cert: Cert, path: Path) -> list[str]:
    problems: list[str] = []
    if path.suffix == ".pdf":
        doc = pdfium.PdfDocument(str(path))
        try:
            # content-stream order, so a two-column page still yields each drawn line whole
            text = "\n".join(page.get_textpage().get_text_range() for page in doc)
            if len(doc) != 1:
                problems.append(f"{len(doc)} pages")
        finally:
            doc.close()
        if cert.variant == "pdf":
            flat = squash(text)
            problems += [f"text layer lacks {s!r}" for s in expected_strings(cert) if squash(s) not in flat]
            if not text.strip():
                problems.append("no text layer")
        elif text.strip():
            problems.append("scan has a text layer")
    if cert.variant != "pdf":
        image = render(path.read_bytes(), 300) if cert.variant == "scan" else Image.open(path)
        flat = squash(ocr(image))
        problems += [f"OCR missed {k!r}" for k in cert.ocr_keys if squash(k) not in flat]
    return problems


def verify(outdir: Path) -> bool:
    ok = True
    total = 0
    for cert in CERTS:
        path = outdir / cert.file
        total += path.stat().st_size + (outdir / f"{cert.stem}.expected.json").stat().st_size
        problems = verify_one(cert, path)
        ok = ok and not problems
        print(f"{'ok  ' if not problems else 'FAIL'} {cert.file}: {'; '.join(problems) or 'checked'}")
    total += (outdir / "README.md").stat().st_size
    print(f"total size {total / 1024:.0f} KiB")
    return ok and total < 1.5 * 1024 * 1024


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    outdir = Path(args[0]) if args else DEFAULT_OUT
    write(outdir)
    print(f"wrote {len(CERTS)} documents to {outdir}")
    if "--verify" in argv:
        if not shutil.which("tesseract"):
            print("tesseract not found", file=sys.stderr)
            return 2
        return 0 if verify(outdir) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
