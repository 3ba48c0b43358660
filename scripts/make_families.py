"""Generate certificates of many layout families, with expected records, for training and evaluation.

    python scripts/make_families.py OUTDIR -n 300 --split train|heldout [--kind text|image|all] [--seed 1] [--verify]
        [--families f59,f60]

Written from shared/design/real-certificates.md and the record contract, independently of the parser. A family is a
layout program plus a style of wording; every document of a family varies its fonts, sizes, colours, orientation,
labels, date and amount wordings, distractors (signatories, instructors, accreditation sentences, issue, expiry and
approval dates, sponsor numbers, phones, addresses, page footers, seals), people, providers, titles and credits.

Families (id, name; * = held out):

    f01 classic          centered, border, big name, "This certifies that ... has completed"
    f02 form             portrait labeled form on a tab stop
    f03 side-panel       two columns: name and title left, details in a shaded side panel
    f04 grid             ruled grid of label cells
    f05 header-row *     a row of column labels over one row of values
    f06 letter           letterhead and a statement paragraph
    f07 lms              course-platform receipt: brand bar, name, meta cells, verify URL
    f08 transcript *     transcript with one course line (code, title, date, credits, grade)
    f09 badge *          wallet card / badge, small page, uppercase name
    f10 seal             landscape, seal and two signature blocks
    f11 footer-strip     centered certificate whose details sit in a meta strip at the bottom
    f12 bare-values *    no labels at all: name alone in the largest font, values placed by position
    f13 modern           left-aligned, accent block, letter-spaced heading
    f14 banner           top banner with provider, "awarded to" and details line
    f15 cme              physician CME: AMA designation (maximum) and claimed credits
    f16 cpe              NASBA CPE: field of study, delivery method, sponsor id
    f17 pharmacy *       ACPE statement of credit: UAN, CEUs with contact hours
    f18 multiday         conference with a date range and a session schedule
    f19 receipt *        monospace receipt with dot leaders
    f20 two-page         page 1 certificate, page 2 activity details with the credits
    f21 intl             day-first dates, decimal comma, CPD wording
    f22 stub *           certificate with a tear-off wallet stub repeating the details
    f23 sidebar          dark sidebar with provider and logo, body on the right
    f24 memo *           attendance confirmation memo (To / From / Re)
    f25 checkbox *       filled registration-style form with checkboxes for the format
    f26 state-board      state-approved provider certificate, licence number prominent
    f27 cle              attorney CLE attendance affidavit
    f28 fitness          fitness CEC certificate with provider number
    f29 pmi              PMI PDU certificate with activity number
    f30 screenshot *     web page capture: nav bar, breadcrumbs, buttons, sponsor strip
    f31 ornate           ornate frame, spaced heading, "this 14th day of March, 2025"
    f32 two-units        "1.2 CEUs (12 contact hours)" boxed credit panel
    f33 ribbon *         portrait with ribbon rosette, name in italic script size
    f34 captions *       values over rules with small captions beneath ("Participant Name")
    f35 module-record    e-learning completion record: module rows (status, date, minutes) and a total line
    f36 licence-box      licence-renewal certificate: licensee, licence number and profession in a shaded box
    f37 conference-letter  letter listing the sessions attended with per-session hours and a total
    f38 cpe-submission   member-portal page confirming an approved CPE submission (member ID, domain, group)
    f39 approval-paragraph  credits stated only in the accreditation/approval paragraph ("approved for ...")
    f40 two-column       details on the left, the participant and signature in a tinted right column
    f41 caps-title       course title in capitals, name in light mixed case, details on one "LABEL value |" line
    f42 portrait-logo    portrait, split heading, provider only as a logo and wordmark at the bottom
    f43 sign-in          proof of attendance with a sign-in grid (time in/out, initials) and blank rows
    f44 date-words       formal certificate with the date in words ("the fourteenth of March, 2025")
    f45 value-captions   labels after values: each value over a rule with a caption below ("Participant")
    f46 qr-verify        QR-code box with "scan to verify", URL and certificate number beside the body
    f47 invoice          order summary (order number, price, payment) above the certificate statement
    f48 grey-band        grey header band with the heading and provider in white
    f49 ce-transcript    learner activity report: learner ID, report period, one activity row
    f50 uk-cpd           A4 CPD certificate, British wording, learning-outcomes box, day-first dates
    f51 wallet           wallet card (3.5 x 2.25 in): name and title on the front, credits on the back page
    f52 digital-badge    digital credential page: hexagon badge, "Issued by", skills chips, credits in the description
    f53 attendance-codes attendance verification form with codes announced during the program
    f54 cne-disclosure   nursing CNE certificate with nurse planner, completion requirements and disclosures
    f55 clock-hours      teacher clock-hour verification: district, session leader, standard addressed
    f56 email-notice     e-mail printout: From/To/Sent/Subject header, greeting, statement, signature
    f57 leader-statement statement of attendance whose rows are "Label ........ value" with dot leaders
    f58 course-page      course-site page capture: brand bar, menu, breadcrumbs, card, buttons, copyright line
    f59 logo-footer      provider only as a logo at the top; its name only in the signature block or a footer line
    f60 split-hours      length broken into parts ("2 h lecture + 1.5 h workshop"), a clock-time schedule, a
                         state-requirement sentence with its own number, beside the credit awarded
    f61 title-extras     title line carrying an instructor ("| Dana Whitcomb") or its length ("- 2 Hours"), a
                         course code on the line above
    f62 signatories      landscape, program chair and faculty named around the participant, two signature blocks
    f63 mooc-effort      course-platform statement of accomplishment: effort in weeks, a range or days, no credit
    f64 column-table     labels side by side in a header row (3-6 columns, wording and case varied, some wrapping),
                         each value beneath its label, aligned left, centred or right; often a second table of ids
    f65 web-screenshot   portal page capture: browser address bar, navigation and breadcrumbs (cropped), busy
                         gradient background, sponsors'/partners' logo strip naming other organisations, cookie
                         banner, footer links; the provider in the card, only in the portal's brand, or only in
                         the footer
    f66 unseen-a *       (held out; not described here)
    f67 unseen-b *       (held out; not described here)
    f68 unseen-c *       (held out; not described here)
    f69 awarded-statement  statement of credit in one sentence, passive ("Completion of X by Y ...") or "was
                         awarded"; other facts in cells with the label above the value; an approved maximum, issue
                         date, renewal window and an instructor with a role beside the awarded credit
    f70 image-labels     filled form: border, heading and field labels are a low-resolution background picture;
                         the text layer holds only the typed values, the signer and the small print
    f71 webinar-attendance  webinar platform's attendance report: platform brand (not the provider), event/host
                         rows, a registered/joined/left/polls log, then the credit awarded for verified attendance
    f72 quoted-title     'for completing "Title"' with the subtitle on a smaller second line, certificate number in
                         the top-right corner, "Date Issued" before "Date Completed", credits only in a sentence, an
                         ACPE UAN (no certificate id), the provider only in the footer address line; "Dr." names
    f73 activity-table   letterhead, "Jointly provided by A and B", a ruled table ("Name of Attendee", "Activity
                         Title", "Date(s) of Activity", "Licence/Registration #" with a state prefix, course and
                         approval numbers), a phone number in the footer
    f74 signature-line   body names no person; the participant typed over a rule with a caption below ("Name of
                         Attendee") beside the signer's name over another rule; issue date before completion date
    f75 session-totals   "Presented by" provider and "Accredited by" body, a session table with per-session credits
                         and a total row (the only total), sponsor id in small print, certificate number in a tiny
                         footer
    f76 footer-provider  initials logo, "Presented by" an instructor, "Accredited by" a body, the credit as a big
                         number over its unit word, course/approval numbers; the provider only in the footer line
    f77 unseen-d *       (held out; not described here)
    f78 unseen-e *       (held out; not described here)
    f79 unseen-f *       (held out; not described here)
    f80 unseen-g *       (held out; not described here)
    f81 unseen-h *       (held out; not described here)
    f82 unseen-i *       (held out; not described here)
    f92 mail-certificate printed "your certificate" e-mail from a course platform (not the provider): mail headers,
                         the mail's own date days after the course, a sentence or summary list, signature block,
                         unsubscribe and legal lines
    f93 cpe-record       IT certification body's CPE record: member id, certification number (the licence),
                         a table row or receipt with group/domain, status, submitted and approved dates, cycle totals
    f94 ems-card         EMS CE completion card or roster line: course number, CEH by category and a total,
                         registry/state number (licence), instructor and training officer, CAPCE accreditation
    f95 competency-record hospital annual competency validation: employee name and ID, department, skills stations
                         (method, validator initials, dates and times), an explicit completion line, total contact
                         hours from the nursing professional development department (ANCC), manager's sign-off date
    f96 member-transcript professional association member CE transcript page with one highlighted activity, or a
                         single-activity CE points statement: member number, points by category, year-to-date totals
    f97 conference-verification  conference verification of attendance: session log (codes, times, hours per
                         session), total claimed, date range, badge/registration numbers, claim-only-attended note
    f98 uk-cpd-ltd       UK/Irish/Australian training company's CPD certificate: "This is to certify that", British
                         dates, CPD hours or points, certificate number top right, a course CPD reference and the
                         accreditation line, learning outcomes, "one CPD point = one hour", company registration
    f99 dietetics-attendance  dietetics certificate of attendance: activity number and type code, CPEUs, CPE level,
                         performance-indicator and learning-need codes, accredited provider number, presenters
    f100 licensing-school  state-approved insurance / real-estate school: licence number and NPN, licence type,
                         course #, credit hours with a category in brackets, proctor attestation with its own date,
                         the state department as the approving regulator
    f101 vet-race        veterinary CE certificate of a RACE-approved program: the AAVSB RACE approval sentence with
                         the hours (or the program's maximum beside the hours earned), RACE program/tracking and
                         provider numbers, DVM/VMD/CVT after the name, Medical / Non-Medical, a state board licence
                         field (sometimes blank), a speaker with credentials, the RACE format
    f102 dental-verification  dental CE verification form of label-over-value boxes: ADA CERP and/or AGD PACE
                         statements with their approval period, AGD subject code and AGD ID, dental licence, credits
                         as "3 (Lecture)" or lecture plus hands-on hours whose total is the credit, an issue date
    f103 behavioral-ce   psychology / social work / counselling CE certificate: APA, ASWB ACE and NBCC ACEP
                         statements (numbers, approval periods), "approved for 3 CE hours (including 1 hour of
                         ethics)", the licence type and number the attendee typed, a session's clock times
    f104 trade-ce        electrician / plumber / HVAC contractor CE: state course approval and course numbers,
                         licence number and type, hours by category and a total, an instructor with his own licence,
                         the state licensing board as approver, class date beside a "Report to the Board" date
    f105 pdh-webinar     engineering society webinar PDH certificate: date with clock times and time zone, "PDH
                         earned", "1 PDH = 1 contact hour = 0.1 CEU", a multi-state approvals paragraph, PE licence
    f106 therapy-ce      OT / PT CE certificate: "0.2 AOTA CEUs (2 contact hours)", course level and AOTA
                         classification code, a state PT board approval in CCUs or contact hours, partial-credit
                         disclaimers, release and expiry dates of a self-study course beside the completion date
    f107 np-ce           nurse practitioner CE of an AANP-accredited activity: "1.5 contact hours, including 0.75 hours
                         of pharmacology" (the part is no total) as a sentence, rows or a boxed number, AANP activity
                         ID, the NP's board certification number, a webinar date or a self-study completion date
                         beside a "credits expire" / "activity valid through" date
    f108 acpe-statement  provider's ACPE statement of credit in a shaded label column: NABP e-Profile ID and birth
                         date (MMDD), ACPE UAN (no certificate id), activity type, target audience, "1.5 contact hours
                         (0.15 CEU)", home-study release and expiration dates, CPE Monitor upload lines
    f109 assoc-ce        respiratory therapy (AARC CRCE) or emergency medicine (ACEP Category I) CE: the association as
                         provider or approver, a two-day seminar's range with hours per day beside the total, AARC
                         approval number, NBRC credential number, state licence, ACEP member ID

Held out (--split heldout): f05 f08 f09 f12 f17 f19 f22 f24 f25 f30 f33 f34 f66 f67 f68 f77 f78 f79 f80 f81 f82;
every other family is train. Families are assigned to documents round robin over the split's families in this
order (f69-f76 follow f65 in the train split, f66-f68 follow f34 in the held-out split, f77-f82 come last).
The label, heading, phrase, date and amount pools also have held-out-only entries (see WORDING and the
``*_HELDOUT`` tables); train documents never use them. People, organisations and course titles come from disjoint
pools: even positions train, odd positions held out (people and places of training_vocabulary.toml; the titles of
each topic, joined from training_vocabulary.toml and family_wording.toml, see ``course_titles``).

Output: text PDFs (reportlab, invariant), image-only "scanned" PDFs, PNG renders and JPEG phone photos, each with a
``<stem>.expected.json`` beside it. Deterministic for a seed. Numeric day-first dates are only printed with a day
above 12 (never ambiguous); US numeric dates are month-first.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import math
import random
import re
import sys
import time
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageDraw, ImageFilter
from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

HERE = Path(__file__).resolve().parent
VOCABULARY = tomllib.loads((HERE / "data" / "training_vocabulary.toml").read_text(encoding="utf-8"))
WORDING = tomllib.loads((HERE / "data" / "family_wording.toml").read_text(encoding="utf-8"))

# units.md defaults; hours come from the most specific unit printed (as in make_heldout.py)
HOURS_PER_UNIT = {"CEU": 10.0, "CEC": 10.0, "CPE": 50 / 60, "PDU": 1.0, "CME": 1.0, "CLE": 1.0, "PDH": 1.0,
                  "contact_hour": 1.0, "CE": 1.0, "clock_hour": 1.0}
SPECIFICITY = ("CPE", "PDU", "CME", "CLE", "PDH", "CEC", "CEU", "contact_hour", "CE", "clock_hour")
MEDIA_TYPES = {"pdf": "application/pdf", "scan": "application/pdf", "png": "image/png", "photo": "image/jpeg"}
SUFFIXES = {"pdf": ".pdf", "scan": ".pdf", "png": ".png", "photo": ".jpg"}
FONTS = {
    "Times": {"": "Times-Roman", "b": "Times-Bold", "i": "Times-Italic", "bi": "Times-BoldItalic"},
    "Helvetica": {"": "Helvetica", "b": "Helvetica-Bold", "i": "Helvetica-Oblique", "bi": "Helvetica-BoldOblique"},
    "Courier": {"": "Courier", "b": "Courier-Bold", "i": "Courier-Oblique", "bi": "Courier-BoldOblique"},
}
ACCENTS = ("#1f3a5f", "#7a1f2b", "#2e5e3a", "#5b3a7a", "#8a6d1f", "#004d61", "#333333", "#b3541e", "#23395d")
INK = HexColor("#1a1a1a")
MUTED = HexColor("#5a5a5a")
STAMP = time.gmtime(1_735_689_600)  # fixed creation date of image-only PDFs, for byte-identical reruns

# --------------------------------------------------------------------------------------------------- wording


def pick(rng: random.Random, split: str, train: list[str] | tuple[str, ...],
         heldout: list[str] | tuple[str, ...] = ()) -> str:
    """Train documents draw from train words only; held-out documents prefer their own unseen words."""
    if split == "heldout" and heldout and rng.random() < 0.65:
        return rng.choice(list(heldout))
    return rng.choice(list(train))


def pool(rng: random.Random, split: str, kind: str) -> str:
    entry = WORDING["pools"][kind]
    return pick(rng, split, entry["train"], entry.get("heldout", []))


def half(words: list[str], split: str) -> list[str]:
    """Even positions train, odd positions held out: the two never share a name part."""
    return words[0::2] if split == "train" else words[1::2]


def course_titles(topic: str, split: str) -> list[str]:
    """A topic's titles (vocabulary, then wording file) of one split: even positions train, odd held out."""
    return half(list(VOCABULARY["titles"].get(topic, [])) + list(WORDING["titles"].get(topic, [])), split)


def ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# Single dates. Keys: names used by documents; value: formatter.
DATE_US: dict[str, Callable[[date], str]] = {
    "long": lambda d: f"{d:%B} {d.day}, {d.year}",
    "mdy0": lambda d: f"{d:%m/%d/%Y}",
    "mdy": lambda d: f"{d.month}/{d.day}/{d.year}",
    "iso": lambda d: d.isoformat(),
    "abbr": lambda d: f"{d:%b} {d.day}, {d.year}",
    "weekday": lambda d: f"{d:%A}, {d:%B} {d.day}, {d.year}",
}
DATE_US_HELDOUT: dict[str, Callable[[date], str]] = {
    "long_ord": lambda d: f"{d:%B} {ordinal(d.day)}, {d.year}",
    "dmon": lambda d: f"{d:%d}-{d:%b}-{d.year}",
    "stamp": lambda d: f"{d:%b} {d:%d}, {d.year} at 10:{d.day + 10:02d} AM UTC",
    "upper": lambda d: f"{d:%B} {d.day}, {d.year}".upper(),
}
DATE_INTL: dict[str, Callable[[date], str]] = {
    "dmy_long": lambda d: f"{d.day} {d:%B} {d.year}",
    "dmy0": lambda d: f"{d:%d/%m/%Y}",
    "iso": lambda d: d.isoformat(),
    "dmy_ord": lambda d: f"{ordinal(d.day)} {d:%B} {d.year}",
}
DATE_INTL_HELDOUT: dict[str, Callable[[date], str]] = {
    "dots": lambda d: f"{d:%d.%m.%Y}",
    "dmy_abbr": lambda d: f"{d.day} {d:%b} {d.year}",
    "weekday_dmy": lambda d: f"{d:%A} {d.day} {d:%B} {d.year}",
    "dashes": lambda d: f"{d:%d-%m-%Y}",
}
NUMERIC_DATES = {"mdy0", "mdy", "dmy0", "dots", "dashes"}
# Ranges (start, end) -> text; the generator keeps multi-day events inside one month unless the style allows more.
RANGE_US: dict[str, Callable[[date, date], str]] = {
    "us_dash": lambda s, e: f"{e:%B} {s.day}-{e.day}, {e.year}",
    "us_num": lambda s, e: f"{s:%m/%d/%Y} - {e:%m/%d/%Y}",
    "us_spaced": lambda s, e: f"{e:%B} {s.day} - {e.day}, {e.year}",
}
RANGE_US_HELDOUT: dict[str, Callable[[date, date], str]] = {
    "us_through": lambda s, e: f"{s:%B} {s.day} through {e:%B} {e.day}, {e.year}",
    "us_ord": lambda s, e: f"{e:%B} {ordinal(s.day)}-{ordinal(e.day)}, {e.year}",
}
RANGE_INTL: dict[str, Callable[[date, date], str]] = {
    "intl_dash": lambda s, e: f"{s.day}-{e.day} {e:%B} {e.year}",
    "intl_to": lambda s, e: f"{s.day} to {e.day} {e:%B} {e.year}",
}
RANGE_INTL_HELDOUT: dict[str, Callable[[date, date], str]] = {
    "intl_ord": lambda s, e: f"{ordinal(s.day)}- {ordinal(e.day)} {e:%B}, {e.year}",
    "intl_dots": lambda s, e: f"{s:%d.%m.%Y} \u2013 {e:%d.%m.%Y}",
}
ORDINAL_DATE = {"us": lambda d: f"this {ordinal(d.day)} day of {d:%B}, {d.year}",
                "intl": lambda d: f"this {ordinal(d.day)} day of {d:%B} {d.year}"}

NUMBER_WORDS = {0.5: "one-half", 1.0: "one", 1.5: "one and one-half", 2.0: "two", 2.5: "two and one-half",
                3.0: "three", 3.5: "three and one-half", 4.0: "four", 5.0: "five", 6.0: "six", 7.0: "seven",
                8.0: "eight", 10.0: "ten", 12.0: "twelve"}
AMOUNT_TRAIN = ("plain", "plain", "one", "two", "words")
AMOUNT_HELDOUT = ("nolead", "words_paren", "plain")


def fmt_amount(x: float, style: str) -> str:
    plain = f"{x:g}"
    one = f"{x:.1f}" if round(x, 1) == x else f"{x:.2f}"
    if style == "one":
        return one
    if style == "two":
        return f"{x:.2f}"
    if style == "comma":
        return one.replace(".", ",")
    if style == "nolead" and x < 1:
        return plain[1:]
    if style == "words" and x in NUMBER_WORDS:
        return NUMBER_WORDS[x]
    if style == "words_paren" and x in NUMBER_WORDS:
        return f"{NUMBER_WORDS[x].title()} ({one})"
    return plain


def fmt_duration(hours: float, style: str) -> str:
    """A bare duration (clock hours) as printed: '90 minutes', '1 hour 30 minutes', '1 hr 30 min', '01:30 ...'."""
    h, m = int(hours), round((hours - int(hours)) * 60)
    if style == "minutes":
        return f"{h * 60 + m} minutes"
    if style in ("hm", "hr_min"):
        hw, mw = ("hour", "minute") if style == "hm" else ("hr", "min")
        hs = f"{h} {hw}{'s' if h != 1 and style == 'hm' else ''}" if h else ""
        ms = f"{m} {mw}{'s' if style == 'hm' else ''}" if m else ""
        return " ".join(s for s in (hs, ms) if s)
    if style == "hhmm":
        return f"{h:02d}:{m:02d} Training Hours (hh:mm)"
    return f"{hours:g} hours"


# --------------------------------------------------------------------------------------------------- profiles


@dataclass(frozen=True)
class Profile:
    """A profession: its topics, credit schemes, accrediting bodies, credentials and licence numbers."""

    fields: tuple[str, ...]  # organisation name parts
    topics: tuple[str, ...]
    schemes: tuple[str, ...]
    accreditors: tuple[str, ...]  # keys of ACCREDITORS, "" = none
    credentials: tuple[str, ...]
    license: str = ""  # format with {n} digits, "" = never printed


PROFILES = {
    "nursing": Profile(("Nursing", "Health", "Clinical"),
                       ("patient-care", "patient-safety", "infection-control", "pharmacology", "mental-health",
                        "medical-technology", "regulatory-compliance"),
                       ("ch", "ch", "ch_ceu"), ("ANCC", "ANCC", "CA-BRN", ""),
                       (", RN", ", RN, BSN", ", MSN, APRN", ", LPN", ""), "RN{n7}"),
    "medicine": Profile(("Medical", "Clinical", "Health"),
                        ("patient-care", "pharmacology", "patient-safety", "medical-technology", "mental-health"),
                        ("cme",), ("ACCME",), (", MD", ", DO", ", PA-C", ", MD, FACP"), "A{n6}"),
    "pharmacy": Profile(("Pharmacy", "Clinical", "Health"), ("pharmacology", "patient-safety",
                        "regulatory-compliance"), ("ch_ceu", "ch"), ("ACPE",), (", PharmD", ", RPh", ", CPhT"),
                        "RPH-{n6}"),
    "accounting": Profile(("Accounting", "Professional", "Career"),
                          ("accounting-auditing", "taxation", "ethics", "data-analytics"),
                          ("cpe", "cpe", "hour_cpe"), ("NASBA", "NASBA", ""), (", CPA", ", CPA, CGMA", ", EA", ""),
                          "CPA-{n6}"),
    "pm": Profile(("Professional", "Leadership", "Career"), ("project-management", "project-management",
                  "leadership"), ("pdu",), ("PMI",), (", PMP", ", CAPM", ""), ""),
    "iacet": Profile(("Professional", "Safety", "Career", "Data"),
                     ("leadership", "regulatory-compliance", "cybersecurity", "data-analytics", "cloud-computing",
                      "programming", "other"), ("ceu", "ceu_ch"), ("IACET",), ("",), ""),
    "fitness": Profile(("Fitness", "Wellness"), ("exercise-science", "nutrition", "injury-prevention",
                       "program-design"), ("cec",), ("ACE", "NASM"), (", NASM-CPT", ", CSCS", ", ACE-CPT", ""),
                       ""),
    "law": Profile(("Legal", "Professional"), ("law-practice", "law-practice", "ethics"), ("cle",),
                   ("NY-CLE", "CA-BAR", "PA-CLE"), (", Esq.", ", JD", ""), "{n6}"),
    "engineering": Profile(("Engineering", "Safety"), ("other", "regulatory-compliance", "ethics"), ("pdh",),
                           ("", "", "FL-PE"), (", P.E.", ", PE, SE", ", EIT"), "PE {n5}"),
    "teaching": Profile(("Teaching", "Education"), ("education", "education", "mental-health", "leadership"),
                        ("clock",), ("", "TEA"), (", M.Ed.", "", ", NBCT"), ""),
    "social": Profile(("Clinical", "Health", "Professional"), ("mental-health", "ethics"), ("ce",), ("ASWB",),
                      (", LCSW", ", LMSW", ", LPC"), "LCSW{n5}"),
    "hr": Profile(("Leadership", "Professional", "Career"), ("leadership", "regulatory-compliance"), ("hrci",),
                  ("HRCI",), (", SHRM-CP", ", PHR", ", SPHR", ""), ""),
    "tech": Profile(("Data", "Security", "Professional", "Career"),
                    ("cybersecurity", "cloud-computing", "data-analytics", "programming"),
                    ("cpe", "clock", "ce", "duration"), ("",), (", CISSP", ", CISA", "", ""), ""),
    "workplace": Profile(("Safety", "Career", "Professional"), ("leadership", "regulatory-compliance", "other"),
                         ("duration", "clock", "ce"), ("",), ("",), ""),
}

# key -> (value in the record, sentence template with {provider}; {num} is a sponsor number)
ACCREDITORS: dict[str, tuple[str, tuple[str, ...]]] = {
    "ANCC": ("ANCC", (
        "{provider} is accredited as a provider of nursing continuing professional development by the American "
        "Nurses Credentialing Center's Commission on Accreditation.",
        "{provider} is accredited with distinction as a provider of nursing continuing professional development by "
        "the American Nurses Credentialing Center (ANCC).")),
    "CA-BRN": ("California Board of Registered Nursing", (
        "Provider approved by the California Board of Registered Nursing, Provider Number CEP {num}.",)),
    "ACCME": ("ACCME", (
        "{provider} is accredited by the Accreditation Council for Continuing Medical Education (ACCME) to provide "
        "continuing medical education for physicians.",)),
    "ACPE": ("ACPE", (
        "{provider} is accredited by the Accreditation Council for Pharmacy Education as a provider of continuing "
        "pharmacy education.",)),
    "NASBA": ("NASBA", (
        "{provider} is registered with the National Association of State Boards of Accountancy (NASBA) as a sponsor "
        "of continuing professional education on the National Registry of CPE Sponsors. Sponsor ID {num}.",)),
    "PMI": ("PMI", ("{provider} is a Premier Authorized Training Partner (ATP #{num}) of the Project Management "
                    "Institute (PMI).", "PMI Authorized Training Partner {num}. PMI is a registered mark of the "
                    "Project Management Institute, Inc.")),
    "IACET": ("IACET", (
        "{provider} is accredited by the International Accreditors for Continuing Education and Training (IACET) "
        "and offers IACET CEUs for its learning events that comply with the ANSI/IACET Continuing Education and "
        "Training Standard.",)),
    "ACE": ("ACE", ("{provider} is an American Council on Exercise (ACE) Education Provider, Provider #{num}.",)),
    "NASM": ("NASM", ("Approved by the National Academy of Sports Medicine (NASM). Provider ID {num}.",)),
    "NY-CLE": ("New York State CLE Board", (
        "{provider} has been certified by the New York State CLE Board as an Accredited Provider of continuing "
        "legal education in the State of New York.",)),
    "CA-BAR": ("State Bar of California", (
        "{provider} is approved by the State Bar of California as an MCLE provider, Provider #{num}.",)),
    "PA-CLE": ("Pennsylvania CLE Board", (
        "This course is approved by the Pennsylvania CLE Board for continuing legal education credit. Provider "
        "#{num}.",)),
    "FL-PE": ("Florida Board of Professional Engineers", (
        "{provider} is an approved continuing education provider of the Florida Board of Professional Engineers, "
        "Provider #{num}.",)),
    "TEA": ("Texas Education Agency", ("{provider} is an approved CPE provider of the Texas Education Agency, "
                                       "Provider #{num}.",)),
    "ASWB": ("ASWB", (
        "{provider}, provider #{num}, is approved as a provider for social work continuing education by the "
        "Association of Social Work Boards (ASWB) www.aswb.org through the Approved Continuing Education (ACE) "
        "program.",)),
    "HRCI": ("HRCI", ("{provider} is recognized by the HR Certification Institute (HRCI) to offer recertification "
                      "credit. Activity ID {num}.",)),
}

DELIVERY: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # code -> (train phrases, held-out-only phrases)
    "online": (("Live webinar", "Online course", "Webinar", "Online self-paced course"),
               ("On-demand webcast", "Virtual live session", "E-learning module")),
    "self-study": (("Self-study", "Home study"), ("Independent study (self-paced)", "Enduring material (self-study)")),
    "live": (("In-person", "Live seminar", "Classroom", "Live workshop"), ("Face-to-face workshop",
             "Live, in-person training")),
    "conference": (("Conference", "Annual conference session"), ("Regional conference breakout",)),
}
NASBA_DELIVERY = {"online": "Group Internet Based", "self-study": "QAS Self Study", "live": "Group Live"}


@dataclass(frozen=True)
class CreditSpec:
    """Credits as facts plus how the document prints them."""

    credits: tuple[tuple[float, str], ...]
    phrase: str  # in a sentence: "1.5 contact hours"
    label: str  # in a row: ("Contact Hours:", "1.5") or (generic label, phrase)
    value: str
    extra: str = ""  # a sentence that goes with it (AMA designation with its maximum)


# --------------------------------------------------------------------------------------------------- facts


@dataclass(frozen=True)
class Facts:
    participant: str
    provider: str
    course_title: str
    topic: str
    completion: date
    start: date | None
    credit: CreditSpec
    delivery: str | None
    delivery_text: str
    certificate_id: str | None
    accreditation: str | None
    accreditation_text: str
    license_number: str | None

    def hours(self) -> float | None:
        credits = self.credit.credits
        if not credits:
            return None
        best = min((u for _, u in credits), key=SPECIFICITY.index)
        amount = next(a for a, u in credits if u == best)
        return round(amount * HOURS_PER_UNIT[best], 2)

    def fields(self) -> dict[str, object]:
        return {
            "participant": self.participant,
            "provider": self.provider,
            "course_title": self.course_title,
            "completion_date": self.completion.isoformat(),
            "start_date": self.start.isoformat() if self.start else None,
            "credits": [{"amount": float(a), "unit": u} for a, u in self.credit.credits] or None,
            "hours": self.hours(),
            "topic": self.topic,
            "delivery_format": self.delivery,
            "certificate_id": self.certificate_id,
            "accreditation": self.accreditation,
            "license_number": self.license_number,
        }


# --------------------------------------------------------------------------------------------------- credits

CH_WORDS = (("contact hour{s}", "Contact Hour{s}", "nursing contact hour{s}", "CE contact hour{s}"),
            ("contact hr{s}", "Nursing Continuing Professional Development contact hour{s}"))


def plural(template: str, amount: float) -> str:
    return template.replace("{s}", "" if amount == 1 else "s")


class CreditMaker:
    """Builds a CreditSpec for a scheme, with the document's amount wording."""

    def __init__(self, rng: random.Random, split: str, locale: str, provider: str) -> None:
        self.rng, self.split, self.locale, self.provider = rng, split, locale, provider
        styles = list(AMOUNT_TRAIN) + (["comma", "comma", "comma"] if locale == "intl" else [])
        self.style = pick(rng, split, styles, AMOUNT_HELDOUT)

    def a(self, x: float) -> str:
        return fmt_amount(x, self.style)

    def p(self, train: tuple[str, ...], heldout: tuple[str, ...] = ()) -> str:
        return pick(self.rng, self.split, train, heldout)

    def simple(self, unit: str, amounts: tuple[float, ...], words: tuple[tuple[str, ...], tuple[str, ...]],
               labels: tuple[tuple[str, ...], tuple[str, ...]]) -> CreditSpec:
        x = self.rng.choice(amounts)
        phrase = f"{self.a(x)} {plural(self.p(*words), x)}"
        if self.rng.random() < 0.5:
            return CreditSpec(((x, unit),), phrase, "", phrase)
        return CreditSpec(((x, unit),), phrase, self.p(*labels), self.a(x))

    def make(self, scheme: str) -> CreditSpec:
        return getattr(self, f"s_{scheme}")()  # type: ignore[no-any-return]

    def s_ch(self) -> CreditSpec:
        return self.simple("contact_hour", (0.75, 1, 1.25, 1.5, 2, 2.5, 3, 3.5, 4, 5.25, 6, 7.5, 8), CH_WORDS,
                           (("Contact Hours:", "Nursing Contact Hours:"), ("CNE Contact Hours:", "Hours Awarded:")))

    def s_ch_ceu(self, ceu_first: bool = False) -> CreditSpec:
        ch = self.rng.choice((1, 1.5, 2, 2.5, 3, 6, 12, 15))
        ceu = round(ch / 10, 3)
        hours = f"{self.a(ch)} {plural(self.p(*CH_WORDS), ch)}"
        units = f"{self.a(ceu)} {'CEU' if ceu == 1 or self.rng.random() < 0.4 else 'CEUs'}"
        if ceu_first or self.rng.random() < 0.4:
            phrase = f"{units} ({hours})" if self.split == "train" or self.rng.random() < 0.5 else f"{units} / {hours}"
            credits: tuple[tuple[float, str], ...] = ((ceu, "CEU"), (ch, "contact_hour"))
        else:
            phrase = f"{hours} ({units})"
            credits = ((ch, "contact_hour"), (ceu, "CEU"))
        return CreditSpec(credits, phrase, "", phrase)

    def s_ceu_ch(self) -> CreditSpec:
        return self.s_ch_ceu(ceu_first=True)

    def s_ceu(self) -> CreditSpec:
        return self.simple("CEU", (0.1, 0.2, 0.3, 0.5, 0.6, 0.8, 1.2, 1.6, 2.4, 3.2),
                           (("IACET CEU{s}", "Continuing Education Unit{s} (CEUs)", "CEU{s}"),
                            ("IACET Continuing Education Unit{s}",)),
                           (("CEUs:", "IACET CEUs:"), ("CEUs Earned:",)))

    def s_cme(self) -> CreditSpec:
        claimed = self.rng.choice((0.5, 1, 1.5, 2, 2.5, 3, 4, 6.25))
        if self.rng.random() < 0.2:
            phrase = f"{self.a(claimed)} CME credit{'s' if claimed != 1 else ''}"
            return CreditSpec(((claimed, "CME"),), phrase, "CME Credits:", self.a(claimed))
        most = claimed + self.rng.choice((0, 0, 0.5, 1, 2))
        credit = "Credit" if claimed == 1 else "Credits"
        phrase = f"{self.a(claimed)} AMA PRA Category 1 {credit}\u2122"
        extra = (f"{self.provider} designates this activity for a maximum of {most:.1f} AMA PRA Category 1 "
                 f"Credits\u2122. Physicians should claim only the credit commensurate with the extent of their "
                 f"participation in the activity.")
        label = self.p(("Credits claimed:", "Credit claimed:"), ("Credit claimed by participant:",))
        return CreditSpec(((claimed, "CME"),), phrase, label, phrase, extra)

    def s_cpe(self) -> CreditSpec:
        return self.simple("CPE", (0.5, 1, 1.5, 1.8, 2, 2.4, 3, 4, 8, 16),
                           (("CPE credit{s}", "CPE hour{s}", "CPE"), ("CPE unit{s}",)),
                           (("CPE Credits:", "Continuing Professional Education Credit (CPE):"),
                            ("Recommended CPE:", "CPE Credit Hours:")))

    def s_hour_cpe(self) -> CreditSpec:
        hours = self.rng.choice((1, 2, 2.5, 4, 5))
        cpe = round(hours * 1.2, 1)
        if self.split == "heldout" and self.rng.random() < 0.5:
            phrase = f"{self.a(cpe)} CPE credits ({self.a(hours)} hours)"
            return CreditSpec(((cpe, "CPE"), (hours, "clock_hour")), phrase, "", phrase)
        phrase = f"{self.a(hours)} Hour{'s' if hours != 1 else ''} - {self.a(cpe)} CPE"
        return CreditSpec(((hours, "clock_hour"), (cpe, "CPE")), phrase, "", phrase)

    def s_pdu(self) -> CreditSpec:
        return self.simple("PDU", (1, 2, 3.25, 4.5, 7, 8, 14, 21, 35),
                           (("PDU{s}",), ("Professional Development Unit{s} (PDUs)",)),
                           (("PDUs:", "PDUs/Contact Hours:", "PDUs Earned:"), ("Professional Development Units:",)))

    def s_cec(self) -> CreditSpec:
        return self.simple("CEC", (0.1, 0.2, 0.3, 0.4, 0.5, 0.8, 1.0, 1.5, 2.0),
                           (("CEC{s}", "Continuing Education Credit{s} (CECs)"), ("CEC{s} awarded",)),
                           (("CECs:", "CEC Awarded:"), ("Continuing Education Credits (CEC):",)))

    def s_cle(self) -> CreditSpec:
        return self.simple("CLE", (1, 1.5, 2, 3, 3.5, 6, 7.5),
                           (("CLE credit{s}", "CLE hour{s}", "hour{s} of CLE credit"), ("MCLE credit hour{s}",)),
                           (("CLE Credit Hours:", "Total CLE Credit:"), ("MCLE Credit:",)))

    def s_pdh(self) -> CreditSpec:
        return self.simple("PDH", (0.5, 1, 1.5, 2, 4, 6, 8),
                           (("PDH", "Professional Development Hours (PDH)"), ("PDHs",)),
                           (("PDH:", "PDH Credits:"), ("Professional Development Hours:",)))

    def s_clock(self) -> CreditSpec:
        return self.simple("clock_hour", (1, 2, 3, 5, 6, 10, 15, 20, 30, 45),
                           (("clock hour{s}",), ("hour{s} of professional learning (clock hours)",)),
                           (("Clock Hours:",), ("Total Clock Hours:",)))

    def s_duration(self) -> CreditSpec:
        x = self.rng.choice((0.5, 0.75, 1, 1.25, 1.5, 2, 2.5, 3, 4, 6))
        style = pick(self.rng, self.split, ("minutes", "hm", "hours"), ("hr_min", "hhmm"))
        text = fmt_duration(x, style)
        if style == "hours":
            text = f"{self.a(x)} {'hour' if x == 1 else 'hours'}"
        label = self.p(("Duration:", "Length:"), ("Time spent:", "Training Time:"))
        return CreditSpec(((x, "clock_hour"),), text, label, text)

    def s_ce(self) -> CreditSpec:
        x = self.rng.choice((1, 1.5, 2, 3, 4, 6, 7, 12))
        words = ["CE credit{s}", "CE hour{s}", "credit hour{s}"] + (["CEU Hours"] if x == int(x) else [])
        return self.simple("CE", (x,), (tuple(words), ("continuing education hour{s}",)),
                           (("CE Hours:", "Credit Hours:"), ("Continuing Education Hours:",)))

    def s_hrci(self) -> CreditSpec:
        x = self.rng.choice((1, 1.5, 2, 3, 4.75))
        label = self.p(("Recertification Credits:",), ("HRCI Recertification Credit Hours:",))
        return CreditSpec(((x, "CE"),), f"{x:.2f} HRCI recertification credits", label, f"{x:.2f}")

    def s_effort(self) -> CreditSpec:
        """No credit awarded: only an effort in weeks, a range of hours or days, which is no amount to record."""
        rng = self.rng
        w, h, lo = rng.randint(3, 8), rng.randint(2, 5), rng.choice((0.5, 1.0, 1.5, 2.0))
        text = rng.choice(EFFORT_PHRASES).format(w=w, h=h, h2=h + rng.randint(1, 3), lo=lo, hi=lo + 0.5,
                                                 dd=rng.randint(1, 3))
        return CreditSpec((), text, self.p(("Effort:", "Length:", "Duration:", "Commitment:")), text)

    def s_cpd(self) -> CreditSpec:
        return self.simple("CE", (1, 1.5, 2, 3.5, 6, 7.5),
                           (("CPD hour{s}", "hour{s} of CPD"), ("CPD credit hour{s}",)),
                           (("CPD Hours:",), ("CPD:",)))


# --------------------------------------------------------------------------------------------------- document


@dataclass(frozen=True)
class Family:
    fid: str
    name: str
    draw: Callable[[Pen, Doc], None]
    heldout: bool = False
    profiles: tuple[str, ...] = tuple(PROFILES)
    locales: tuple[str, ...] = ("us", "us", "us", "intl")
    orient: str = "any"  # wide | tall | any | card
    fonts: tuple[str, ...] = ("Times", "Helvetica", "Helvetica", "Times", "Courier")
    ranges: float = 0.08  # share of multi-day events
    upper_name: float = 0.08
    pages: int = 1
    schemes: tuple[str, ...] = ()  # credit schemes this family always uses (else the profile's)
    license: float = 0.4  # share of documents that print a licence number (when the profession has one)
    upper_title: bool = False  # the course title printed (and so expected) in capitals

    @property
    def slug(self) -> str:
        return f"{self.fid}-{self.name}"


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


class Doc:
    """One document: the facts plus every wording and style choice, all drawn from one seeded rng."""

    def __init__(self, fam: Family, split: str, seq: int, rng: random.Random, name: str) -> None:
        self.fam, self.split, self.seq, self.rng = fam, split, seq, rng
        self.locale = rng.choice(fam.locales)
        self.profile_key = rng.choice(fam.profiles)
        self.profile = PROFILES[self.profile_key]
        self.font_family = rng.choice(fam.fonts)
        self.accent = HexColor(rng.choice(ACCENTS))
        self.scale = rng.uniform(0.92, 1.06)
        self.wide = {"wide": True, "tall": False, "card": True}.get(fam.orient, rng.random() < 0.55)
        self._cache: dict[str, str] = {}
        self.must: list[str] = []  # strings the text layer must hold (checked by --verify)
        self.choose_dates()
        self.facts = self.make_facts(name)

    # ---- choices

    def choose_dates(self) -> None:
        rng, held = self.rng, self.split == "heldout" and self.rng.random() < 0.6
        if self.locale == "us":
            styles = DATE_US_HELDOUT if held else DATE_US
            ranges = RANGE_US_HELDOUT if held else RANGE_US
        else:
            styles = DATE_INTL_HELDOUT if held else DATE_INTL
            ranges = RANGE_INTL_HELDOUT if held else RANGE_INTL
        self.date_key = rng.choice(sorted(styles))
        self.fmt_date = styles[self.date_key]
        self.range_key = rng.choice(sorted(ranges))
        self.fmt_range = ranges[self.range_key]
        numeric = self.locale == "intl" and (self.date_key in NUMERIC_DATES or self.range_key.endswith("dots"))
        day = rng.randint(16, 28) if numeric else rng.randint(1, 28)
        month, year = rng.randint(1, 12), rng.randint(2019, 2025)
        self.completion = date(year, month, day)
        self.start: date | None = None
        length = rng.randint(1, 3)
        if rng.random() < self.fam.ranges and day > length:
            self.start = self.completion - timedelta(days=length)  # inside one month: "June 3-5, 2025"

    def make_facts(self, name: str) -> Facts:
        rng, prof, split = self.rng, self.profile, self.split
        v = VOCABULARY
        places = half(v["organisations"]["places"], split)
        field_word = rng.choice(prof.fields)
        kinds = [k for k in v["organisations"]["kinds"] if field_word not in k]
        provider = f"{rng.choice(places)} {field_word} {rng.choice(kinds)}"
        topic = rng.choice(prof.topics)
        title = rng.choice(course_titles(topic, split))
        if self.fam.upper_title:
            title = title.upper()
        if rng.random() < 0.2:
            first, last = name.split(" ", 1)
            name = f"{first} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {last}"
        participant = name + (rng.choice(prof.credentials) if rng.random() < 0.55 else "")
        if rng.random() < self.fam.upper_name:
            participant = participant.upper()
        scheme = rng.choice(self.fam.schemes or prof.schemes)
        if self.locale == "intl" and not self.fam.schemes and rng.random() < 0.35:
            scheme = "cpd"
        credit = CreditMaker(rng, split, self.locale, provider).make(scheme)
        delivery, delivery_text = None, ""
        if rng.random() < 0.55:
            delivery = rng.choice(("online", "online", "live", "self-study", "conference" if self.start else "live"))
            train, held = DELIVERY[delivery]
            delivery_text = pick(rng, split, train, held)
            if prof is PROFILES["accounting"] and delivery in NASBA_DELIVERY and rng.random() < 0.5:
                delivery_text = NASBA_DELIVERY[delivery]
        cert_id = self.make_cert_id() if rng.random() < 0.7 else None
        license_number = None
        if prof.license and rng.random() < self.fam.license:
            license_number = prof.license.format(n5=digits(rng, 5), n6=digits(rng, 6), n7=digits(rng, 7))
        accreditation, accreditation_text = None, ""
        key = rng.choice(prof.accreditors)
        if key:
            accreditation, sentences = ACCREDITORS[key]
            accreditation_text = rng.choice(sentences).format(provider=provider, num=digits(rng, rng.choice((4, 5))))
        return Facts(participant, provider, title, topic, self.completion, self.start, credit, delivery,
                     delivery_text, cert_id, accreditation, accreditation_text, license_number)

    def make_cert_id(self) -> str:
        rng, year = self.rng, self.completion.year
        serial = f"{self.seq:04d}{digits(rng, 2)}"
        alnum = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        return rng.choice((
            f"CE-{year}-{serial}",
            f"{year % 100:02d}{self.completion.month:02d}-{serial}",
            "".join(rng.choice(alnum) for _ in range(4)) + f"-{serial}",
            f"CERT{serial}{rng.choice(alnum)}",
            f"{rng.choice(alnum)}{rng.choice(alnum)}{year}{serial}",
        ))

    # ---- wording

    def word(self, kind: str) -> str:
        """One pool choice per kind and document (a document says 'Participant:' throughout)."""
        if kind not in self._cache:
            self._cache[kind] = pool(self.rng, self.split, kind)
        return self._cache[kind]

    def label(self, kind: str, colon: bool = True) -> str:
        text = self.word(f"l_{kind}")
        return text if colon else text.rstrip(":")

    def date(self, d: date) -> str:
        numeric = self.locale == "intl" and self.date_key in NUMERIC_DATES
        if numeric and d.day <= 12 and d != self.completion:
            return DATE_INTL["dmy_long"](d)  # distractor dates: never an ambiguous numeric date
        return self.fmt_date(d)

    def when(self) -> str:
        """The completion date, or the event's range, as printed."""
        f = self.facts
        text = self.fmt_range(f.start, f.completion) if f.start else self.fmt_date(f.completion)
        self.must.append(text)
        return text

    def when_label(self) -> str:
        return self.label("range") if self.facts.start else self.label("date")

    def credits_row(self) -> tuple[str, str]:
        c = self.facts.credit
        self.must.append(c.value)
        return (c.label or self.label("credits"), c.value)

    def credits_phrase(self) -> str:
        self.must.append(self.facts.credit.phrase)
        return self.facts.credit.phrase

    def statement(self) -> str:
        f = self.facts
        text: str = self.word("statement").format(participant=f.participant, title=f.course_title,
                                                  provider=f.provider, date=self.when(), credits=self.credits_phrase())
        return text

    def person(self, doctor: float = 0.3) -> str:
        v = VOCABULARY["people"]
        first, last = self.rng.choice(half(v["first"], self.split)), self.rng.choice(half(v["last"], self.split))
        while f"{first} {last}".lower() in self.facts.participant.lower():  # never sign one's own certificate
            last = self.rng.choice(half(v["last"], self.split))
        if self.rng.random() < doctor:
            return f"Dr. {first} {last}"
        return f"{first} {last}" + self.rng.choice(("", ", MSN, RN", ", PhD", ", MBA", ", CPA", ", EdD", ", MD"))

    def signers(self, n: int) -> list[tuple[str, str]]:
        return [(self.person(), pool(self.rng, self.split, "signer_title")) for _ in range(n)]

    def details(self, *, date_row: bool = True, credit_row: bool = True, extras: bool = True) -> list[tuple[str, str]]:
        """Label/value rows for the facts a family does not print elsewhere, plus distractor rows."""
        f, rng = self.facts, self.rng
        rows: list[tuple[str, str]] = []
        if date_row:
            rows.append((self.when_label(), self.when()))
        if credit_row:
            rows.append(self.credits_row())
        if f.delivery_text:
            rows.append((self.label("delivery"), f.delivery_text))
            self.must.append(f.delivery_text)
        if f.license_number:
            rows.append((self.label("license"), f.license_number))
        if f.certificate_id:
            rows.append((self.label("cert_id"), f.certificate_id))
        if extras:
            if rng.random() < 0.3:
                rows.insert(rng.randint(min(1, len(rows)), len(rows)), (self.label("instructor"), self.person(0.5)))
            if rng.random() < 0.25:
                rows.append((self.label("issued"), self.date(f.completion + timedelta(days=rng.randint(0, 20)))))
            if rng.random() < 0.12:
                rows.append((self.label("expires"), self.date(f.completion + timedelta(days=730))))
        return rows

    def fine(self, extras: bool = True) -> list[str]:
        """Small print: the AMA designation, the accreditation sentence and distractors."""
        f, rng = self.facts, self.rng
        lines = [s for s in (f.credit.extra, f.accreditation_text) if s]
        self.must += lines
        if not extras:
            return lines
        if rng.random() < 0.3:
            end = date(f.completion.year + rng.randint(1, 2), 12, 31)
            lines.append(f"Provider approval valid through {self.date(end)}.")
        if rng.random() < 0.2:
            lines.append(f"Course #{digits(rng, 2)}-{digits(rng, 3)} | Sponsor No. {digits(rng, 5)}")
        if rng.random() < 0.35:
            addr = pool(rng, self.split, "address" if self.locale == "us" else "address_intl")
            phone = f"({digits(rng, 3)}) 555-" if self.locale == "us" else "+44 113 496 "
            phone += digits(rng, 4)
            lines.append(f"{addr} \u00b7 Tel. {phone}")
        if rng.random() < 0.2:
            lines.append("Please retain this certificate for your records for a minimum of four years.")
        return lines

    def url(self) -> str:
        slug = "".join(w[0] for w in self.facts.provider.split()).lower()
        return f"https://learn.{slug}{self.seq % 97}.org/verify"

    def expected(self, variant: str, pages: int) -> dict[str, object]:
        return {"file": self.stem(variant), "media_type": MEDIA_TYPES[variant], "pages": pages,
                "text_source": "text-layer" if variant == "pdf" else "ocr", "is_certificate": True,
                "fields": self.facts.fields()}

    def stem(self, variant: str | None = None) -> str:
        base = f"{self.fam.slug}-{self.seq:04d}"
        return base + SUFFIXES[variant] if variant else base


# --------------------------------------------------------------------------------------------------- drawing


def mix(color: Color, amount: float) -> Color:
    """color blended toward white by amount (0 = color, 1 = white)."""
    return Color(*(c + (1 - c) * amount for c in (color.red, color.green, color.blue)))


class Pen:
    """A reportlab canvas with the document's fonts, colours and size scale."""

    def __init__(self, canvas: Canvas, width: float, height: float, doc: Doc) -> None:
        self.c, self.w, self.h, self.doc = canvas, width, height, doc
        self.fonts = FONTS[doc.font_family]
        self.accent = doc.accent
        self.scale = doc.scale

    def font(self, style: str = "") -> str:
        return self.fonts[style]

    def width(self, s: str, size: float, style: str = "", spacing: float = 0.0) -> float:
        return float(stringWidth(s, self.font(style), size)) + spacing * max(len(s) - 1, 0)

    def text(self, x: float, y: float, s: str, size: float = 11, style: str = "", color: Color = INK,
             align: str = "left", spacing: float = 0.0) -> None:
        if not s:
            return
        width = self.width(s, size, style, spacing)
        x -= {"left": 0.0, "center": width / 2, "right": width}[align]
        self.c.setFont(self.font(style), size)
        self.c.setFillColor(color)
        self.c.drawString(x, y, s, charSpace=spacing)

    def fit(self, s: str, size: float, style: str, width: float) -> float:
        """The size (at most size * scale) at which s fits in width."""
        size *= self.scale
        while size > 7 and self.width(s, size, style) > width:
            size -= 0.5
        return size

    def line(self, x: float, y: float, s: str, size: float, style: str = "", color: Color = INK,
             align: str = "left", width: float = 500) -> float:
        """One line, shrunk to fit width; returns the baseline below it."""
        size = self.fit(s, size, style, width)
        self.text(x, y, s, size, style, color, align)
        return y - size * 1.3

    def para(self, x: float, y: float, s: str, width: float, size: float = 11, style: str = "",
             color: Color = INK, align: str = "left", lead: float = 1.3) -> float:
        """Wrapped text with its first baseline at y; returns the baseline below the last line."""
        size *= self.scale
        for line in simpleSplit(s, self.font(style), size, width):
            self.text(x, y, line, size, style, color, align)
            y -= size * lead
        return y

    def rows(self, x: float, y: float, rows: list[tuple[str, str]], label_w: float, value_w: float,
             size: float = 11, label_style: str = "b", label_color: Color = MUTED) -> float:
        size *= self.scale
        for label, value in rows:
            self.text(x, y, label, size * 0.92 if label_w else size * 0.8, label_style, label_color)
            if not label_w:  # stacked: the label over its value
                y -= size * 1.2
            for line in simpleSplit(value, self.font(), size, value_w):
                self.text(x + label_w, y, line, size)
                y -= size * 1.3
            y -= size * 0.55
        return y

    def inline(self, cx: float, y: float, rows: list[tuple[str, str]], size: float = 10.5,
               align: str = "center", width: float = 560) -> float:
        """Rows as 'Label value' lines, two to a line when they fit."""
        size *= self.scale
        parts = [f"{label} {value}" for label, value in rows]
        while parts:
            line = parts.pop(0)
            if parts and self.width(f"{line}     {parts[0]}", size) < width:
                line = f"{line}     {parts.pop(0)}"
            for piece in simpleSplit(line, self.font(), size, width):
                self.text(cx, y, piece, size, "", INK, align)
                y -= size * 1.35
        return y

    def fine(self, x0: float, x1: float, bottom: float, lines: list[str], size: float = 7.0,
             align: str = "center") -> float:
        """Small print whose last line sits at bottom; returns the top of the block."""
        wrapped = [w for s in lines for w in simpleSplit(s, self.font(), size, x1 - x0)]
        y = bottom + (len(wrapped) - 1) * size * 1.3
        top = y + size
        x = {"left": x0, "center": (x0 + x1) / 2, "right": x1}[align]
        for w in wrapped:
            self.text(x, y, w, size, "", MUTED, align)
            y -= size * 1.3
        return top

    def rect(self, x: float, y: float, w: float, h: float, fill: Color | None = None,
             stroke: Color | None = None, lw: float = 1.0) -> None:
        if fill is not None:
            self.c.setFillColor(fill)
        if stroke is not None:
            self.c.setStrokeColor(stroke)
            self.c.setLineWidth(lw)
        self.c.rect(x, y, w, h, stroke=int(stroke is not None), fill=int(fill is not None))

    def rule(self, x0: float, y: float, x1: float, color: Color = MUTED, lw: float = 0.6) -> None:
        self.c.setStrokeColor(color)
        self.c.setLineWidth(lw)
        self.c.line(x0, y, x1, y)

    def vline(self, x: float, y0: float, y1: float, color: Color = MUTED, lw: float = 0.4) -> None:
        self.c.setStrokeColor(color)
        self.c.setLineWidth(lw)
        self.c.line(x, y0, x, y1)

    def border(self, inset: float = 24, double: bool = True) -> None:
        self.rect(inset, inset, self.w - 2 * inset, self.h - 2 * inset, stroke=self.accent, lw=3)
        if double:
            self.rect(inset + 7, inset + 7, self.w - 2 * inset - 14, self.h - 2 * inset - 14, stroke=self.accent,
                      lw=0.8)

    def seal(self, cx: float, cy: float, r: float = 34, caption: str = "") -> None:
        self.c.setFillColor(self.accent)
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
        if caption:
            self.text(cx, cy - 3, caption, r * 0.28, "b", white, "center")

    def scribble(self, cx: float, y: float, width: float = 120) -> None:
        rng = random.Random(f"{self.doc.seq}-{cx:.0f}-{y:.0f}")
        path = self.c.beginPath()
        x = cx - width / 2
        path.moveTo(x, y + rng.uniform(0, 10))
        while x < cx + width / 2 - 10:
            x += rng.uniform(6, 14)
            path.curveTo(x - 4, y + rng.uniform(12, 24), x - 2, y - rng.uniform(0, 6), x, y + rng.uniform(0, 12))
        self.c.setStrokeColor(HexColor("#1b2a6b"))
        self.c.setLineWidth(1.1)
        self.c.drawPath(path, stroke=1, fill=0)

    def signature(self, cx: float, y: float, name: str, title: str, width: float = 170) -> None:
        self.scribble(cx, y + 8, width * 0.7)
        self.rule(cx - width / 2, y + 4, cx + width / 2, INK, 0.6)
        self.text(cx, y - 8, name, 9.5, "", INK, "center")
        self.text(cx, y - 19, title, 8.5, "i", MUTED, "center")

    def signers(self, y: float, n: int, x0: float | None = None, x1: float | None = None) -> None:
        x0 = 80 if x0 is None else x0
        x1 = self.w - 80 if x1 is None else x1
        people = self.doc.signers(n)
        slot = (x1 - x0) / max(n, 1)
        for i, (name, title) in enumerate(people):
            self.signature(x0 + slot * (i + 0.5), y, name, title, min(170, slot - 20))

    def logo(self, x: float, y: float, size: float, color: Color | None = None) -> None:
        """A square mark with the provider's initials (logos are often the only provider mark)."""
        initials = "".join(w[0] for w in self.doc.facts.provider.split()[:3]).upper()
        self.rect(x, y, size, size, fill=color or self.accent)
        self.text(x + size / 2, y + size * 0.34, initials, size * 0.36, "b", white, "center")


# --------------------------------------------------------------------------------------------------- families
# Each family draws one page (or two) from the Doc; all facts go through Doc helpers so --verify can check them.


def bottom(p: Pen, d: Doc, signers: int = 1, margin: float = 40, x0: float | None = None,
           x1: float | None = None, size: float = 7.0, extras: bool = True) -> float:
    """Fine print at the bottom, signatures above it; returns the y above the signatures."""
    x0 = 60 if x0 is None else x0
    x1 = p.w - 60 if x1 is None else x1
    top = p.fine(x0, x1, margin, d.fine(extras), size)
    if signers:
        p.signers(top + 30, signers, x0 + 10, x1 - 10)
        return top + 60
    return top + 10


def f01_classic(p: Pen, d: Doc) -> None:
    f, cx = d.facts, p.w / 2
    p.border(24, d.rng.random() < 0.6)
    y = p.line(cx, p.h - 70, f.provider, 14, "b", p.accent, "center", p.w - 160) - 14
    y = p.line(cx, y - 14, d.word("heading"), 30, "b", p.accent, "center", p.w - 140) - 6
    y = p.para(cx, y, d.word("intro"), p.w - 160, 13, "i", INK, "center") - 18
    y = p.line(cx, y - 10, f.participant, 32, "bi", INK, "center", p.w - 180) - 2
    p.rule(cx - 170, y + 22, cx + 170, p.accent, 0.5)
    y = p.para(cx, y, d.word("verb"), p.w - 160, 13, "i", INK, "center") - 4
    y = p.para(cx, y - 6, f.course_title, p.w - 200, 18, "b", p.accent, "center") - 10
    y = p.para(cx, y, f"{d.when()}  \u00b7  {d.credits_phrase()}", p.w - 160, 12, "", INK, "center") - 4
    p.inline(cx, y, d.details(date_row=False, credit_row=False), 10, width=p.w - 180)
    bottom(p, d, d.rng.choice((1, 2)), 44)


def f02_form(p: Pen, d: Doc) -> None:
    f = d.facts
    p.border(30, False)
    y = p.para(p.w / 2, p.h - 78, f.provider, p.w - 140, 13, "b", p.accent, "center")
    y = p.para(p.w / 2, y - 10, d.word("heading"), p.w - 140, 22, "b", INK, "center") - 6
    p.rule(70, y + 8, p.w - 70, p.accent, 1.2)
    rows = [(d.label("participant"), f.participant), (d.label("title"), f.course_title)]
    if d.rng.random() < 0.5:
        rows.append((d.label("provider"), f.provider))
    rows += d.details()
    p.rows(80, y - 24, rows, 170, p.w - 80 - 170 - 70, 11.5)
    bottom(p, d, 1, 50, 70, p.w - 70)


def f03_side_panel(p: Pen, d: Doc) -> None:
    f, split = d.facts, p.w * 0.64
    p.rect(split, 0, p.w - split, p.h, fill=mix(p.accent, 0.9))
    p.rect(0, p.h - 16, p.w, 16, fill=p.accent)
    y = p.para(50, p.h - 62, f.provider.upper(), split - 90, 11, "b", p.accent, lead=1.4) - 16
    y = p.para(50, y, d.word("heading"), split - 90, 26, "b", INK) - 10
    y = p.para(50, y, d.word("intro"), split - 90, 12, "i", MUTED) - 16
    y = p.line(50, y - 8, f.participant, 28, "b", INK, "left", split - 90) - 6
    y = p.para(50, y, d.word("verb"), split - 90, 12, "i", MUTED) - 6
    p.para(50, y - 4, f.course_title, split - 90, 17, "b", p.accent)
    p.seal(p.w - 90, p.h - 90, 32)
    p.rows(split + 22, p.h - 175, d.details(), 0, p.w - split - 40, 10)  # label above value below
    bottom(p, d, 1, 40, 40, split - 30)


def f04_grid(p: Pen, d: Doc) -> None:
    f = d.facts
    p.border(28, True)
    y = p.para(p.w / 2, p.h - 72, d.word("heading").upper(), p.w - 150, 22, "b", p.accent, "center")
    y = p.para(p.w / 2, y - 4, f.provider, p.w - 150, 12, "", MUTED, "center") - 10
    rows = [(d.label("participant", False), f.participant), (d.label("title", False), f.course_title), *d.details()]
    x0, x1, mid, size = 70, p.w - 70, 70 + 160, 10.5 * p.scale
    for label, value in rows:
        lines = simpleSplit(value, p.font(), size, x1 - mid - 16)
        h = 10 + len(lines) * size * 1.3
        p.rect(x0, y - h, mid - x0, h, fill=mix(p.accent, 0.88), stroke=p.accent, lw=0.6)
        p.rect(mid, y - h, x1 - mid, h, stroke=p.accent, lw=0.6)
        p.text(x0 + 7, y - 6 - size, label, size, "b")
        for i, line in enumerate(lines):
            p.text(mid + 8, y - 6 - size - i * size * 1.3, line, size)
        y -= h
    bottom(p, d, d.rng.choice((0, 1, 2)), 46, 70, p.w - 70)


def f05_header_row(p: Pen, d: Doc) -> None:
    f = d.facts
    p.rect(0, p.h - 70, p.w, 70, fill=p.accent)
    p.text(40, p.h - 44, f.provider, 17 * p.scale, "b", white)
    y = p.para(40, p.h - 110, d.word("heading"), p.w - 80, 24, "b", INK) - 8
    y = p.para(40, y, f"{d.word('intro')} the following learner completed the activity below.", p.w - 80, 11,
               "", MUTED) - 14
    cols = [(d.label("participant", False), f.participant, 0.25), (d.label("title", False), f.course_title, 0.37),
            (d.when_label().rstrip(":"), d.when(), 0.2), (d.credits_row()[0].rstrip(":"), d.facts.credit.value, 0.18)]
    x, total, size = 40.0, p.w - 80, 10 * p.scale
    p.rect(40, y - 6, total, 22, fill=mix(p.accent, 0.82))
    bottom_y = y
    for label, value, share in cols:
        p.text(x + 5, y + 2, label.upper(), size * 0.8, "b", INK)
        yy = y - 22
        for line in simpleSplit(value, p.font(), size, total * share - 10):
            p.text(x + 5, yy, line, size)
            yy -= size * 1.3
        bottom_y = min(bottom_y, yy)
        x += total * share
    p.rule(40, bottom_y + 2, p.w - 40, MUTED)
    p.rows(40, bottom_y - 22, d.details(date_row=False, credit_row=False), 150, p.w - 230, 10)
    bottom(p, d, 1, 40, 40, p.w - 40)


def f06_letter(p: Pen, d: Doc) -> None:
    f = d.facts
    p.rect(0, p.h - 8, p.w, 8, fill=p.accent)
    p.logo(60, p.h - 80, 40)
    p.text(112, p.h - 56, f.provider, 14 * p.scale, "b", p.accent)
    y = p.h - 130
    y = p.para(60, y, d.date(f.completion + timedelta(days=d.rng.randint(1, 14))), 300, 10.5) - 16
    y = p.para(60, y, d.word("heading"), p.w - 120, 18, "b") - 10
    y = p.para(60, y, d.statement(), p.w - 120, 11.5, lead=1.45) - 10
    rest = d.details(date_row=False, credit_row=False, extras=False)
    if rest:
        y = p.rows(60, y, rest, 150, p.w - 270, 10.5) - 10
    name, title = d.signers(1)[0]
    p.scribble(130, y - 30)
    p.text(60, y - 50, name, 11 * p.scale)
    p.text(60, y - 63, title, 10 * p.scale, "i", MUTED)
    p.fine(60, p.w - 60, 40, d.fine(), 7.0, "left")


def f07_lms(p: Pen, d: Doc) -> None:
    f = d.facts
    p.rect(0, p.h - 60, p.w, 60, fill=p.accent)
    p.text(40, p.h - 38, f.provider, 18 * p.scale, "b", white)
    p.text(p.w - 40, p.h - 36, "CERTIFICATE", 10, "b", white, "right", 2)
    y = p.para(48, p.h - 110, d.word("heading"), p.w - 96, 13, "", MUTED) - 8
    y = p.line(48, y - 14, f.participant, 30, "b", INK, "left", p.w - 96) - 4
    y = p.para(48, y, d.word("verb"), p.w - 96, 11, "", MUTED) - 8
    y = p.para(48, y, f.course_title, p.w - 120, 19, "b", p.accent) - 16
    cells = d.details(extras=False)
    slot = (p.w - 96) / max(len(cells), 1)
    p.rule(48, y + 4, p.w - 48, mix(INK, 0.7))
    for i, (label, value) in enumerate(cells):
        x = 48 + i * slot
        p.text(x, y - 14, label.rstrip(":").upper(), 7.5, "", MUTED, spacing=0.6)
        for j, line in enumerate(simpleSplit(value, p.font("b"), 10.5, slot - 10)):
            p.text(x, y - 30 - j * 13, line, 10.5, "b")
    top = p.fine(48, p.w - 48, 36, [*d.fine(), f"Verify at {d.url()}"], 7.0, "left")
    p.signers(top + 30, 1, 48, 260)


def f08_transcript(p: Pen, d: Doc) -> None:
    f = d.facts
    p.text(50, p.h - 60, f.provider, 15 * p.scale, "b", p.accent)
    p.text(p.w - 50, p.h - 60, "OFFICIAL TRANSCRIPT", 11, "b", MUTED, "right")
    p.rule(50, p.h - 72, p.w - 50, p.accent, 1.5)
    head = [(d.label("participant"), f.participant), *d.details(date_row=False, credit_row=False, extras=False)]
    y = p.rows(50, p.h - 100, head, 140, p.w - 240, 10.5) - 10
    cols = (("Course ID", 0.14), ("Course Title", 0.42), ("Completed", 0.18), ("Credits", 0.16), ("Grade", 0.1))
    total, size = p.w - 100, 9.5
    x = 50.0
    p.rect(50, y - 4, total, 18, fill=mix(p.accent, 0.85))
    for name, share in cols:
        p.text(x + 4, y + 1, name, size, "b")
        x += total * share
    code = f"{''.join(w[0] for w in f.course_title.split()[:3]).upper()}-{d.rng.randint(100, 499)}"
    values = (code, f.course_title, d.when(), d.credits_phrase(), d.rng.choice(("Pass", "P", "100%", "A")))
    x, low = 50.0, y
    for (_, share), value in zip(cols, values, strict=True):
        yy = y - 20
        for line in simpleSplit(value, p.font(), size, total * share - 8):
            p.text(x + 4, yy, line, size)
            yy -= size * 1.3
        low = min(low, yy)
        x += total * share
    p.rule(50, low + 2, p.w - 50, MUTED)
    p.text(50, low - 16, f"Total credits this period: {d.facts.credit.phrase}", 9.5, "b")
    p.fine(50, p.w - 50, 40, [*d.fine(), "Page 1 of 1"], 7.0, "left")


def f09_badge(p: Pen, d: Doc) -> None:
    f = d.facts
    p.rect(8, 8, p.w - 16, p.h - 16, stroke=p.accent, lw=2)
    p.rect(8, p.h - 46, p.w - 16, 38, fill=p.accent)
    p.text(20, p.h - 32, f.provider, p.fit(f.provider, 11, "b", p.w - 90), "b", white)
    p.seal(p.w - 40, p.h - 27, 15)
    y = p.line(20, p.h - 68, d.word("heading").upper(), 8, "b", MUTED, "left", p.w - 40)
    y = p.line(20, y - 6, f.participant, 16, "b", INK, "left", p.w - 40) - 2
    y = p.para(20, y, f.course_title, p.w - 40, 9.5, "", p.accent) - 4
    rows = d.details(extras=False)
    half_ = (len(rows) + 1) // 2
    y1 = p.rows(20, y, rows[:half_], 0, (p.w - 60) / 2, 7.5)
    y2 = p.rows(p.w / 2 + 6, y, rows[half_:], 0, (p.w - 60) / 2, 7.5)
    p.fine(20, p.w - 20, 14, d.fine(extras=False), 5.5, "left")
    del y1, y2


def f10_seal(p: Pen, d: Doc) -> None:
    f, cx = d.facts, p.w / 2
    p.border(20, True)
    p.rect(20, p.h - 60, p.w - 40, 40, fill=mix(p.accent, 0.85))
    p.text(cx, p.h - 46, f.provider.upper(), p.fit(f.provider.upper(), 13, "b", p.w - 120), "b", p.accent,
           "center")
    y = p.line(cx, p.h - 110, d.word("heading"), 34, "bi", INK, "center", p.w - 140) - 4
    y = p.para(cx, y, d.word("intro"), p.w - 160, 12, "", MUTED, "center") - 16
    y = p.line(cx, y - 12, f.participant, 30, "b", p.accent, "center", p.w - 200) - 4
    y = p.para(cx, y, d.word("verb"), p.w - 160, 12, "", MUTED, "center") - 4
    y = p.para(cx, y - 4, f.course_title, p.w - 220, 17, "i", INK, "center") - 8
    p.inline(cx, y, d.details(), 10, width=p.w - 200)
    top = p.fine(90, p.w - 90, 36, d.fine(), 6.8)
    p.seal(cx, top + 55, 38, "SEAL")
    p.signature(cx - 230, top + 30, *d.signers(1)[0])
    p.signature(cx + 230, top + 30, *d.signers(1)[0])


def f11_footer_strip(p: Pen, d: Doc) -> None:
    f, cx = d.facts, p.w / 2
    p.border(18, False)
    y = p.line(cx, p.h - 80, d.word("heading"), 30, "b", p.accent, "center", p.w - 120) - 12
    y = p.para(cx, y, d.word("intro"), p.w - 160, 12, "i", INK, "center") - 16
    y = p.line(cx, y - 12, f.participant, 30, "bi", INK, "center", p.w - 160) - 4
    y = p.para(cx, y, d.word("verb"), p.w - 160, 12, "i", INK, "center") - 4
    y = p.para(cx, y - 4, f.course_title, p.w - 180, 17, "b", INK, "center") - 6
    p.para(cx, y, f.provider, p.w - 180, 12, "", p.accent, "center")
    cells = d.details(extras=False)
    top = p.fine(60, p.w - 60, 34, d.fine(), 6.5)
    strip = top + 12
    p.rect(18, strip, p.w - 36, 40, fill=mix(p.accent, 0.88))
    slot = (p.w - 60) / max(len(cells), 1)
    for i, (label, value) in enumerate(cells):
        x = 30 + i * slot
        p.text(x, strip + 26, label, 7.5, "b", MUTED)
        p.text(x, strip + 11, value, p.fit(value, 9.5, "", slot - 8))
    p.signers(strip + 75, 2)


def f12_bare_values(p: Pen, d: Doc) -> None:
    """Labels and heading live in the background artwork: only the values are text."""
    f, cx = d.facts, p.w / 2
    p.rect(30, 30, p.w - 60, p.h - 60, stroke=mix(p.accent, 0.4), lw=6)
    for i in range(6):  # decorative guilloche-ish band standing in for the background image
        p.c.setStrokeColor(mix(p.accent, 0.6 + i * 0.05))
        p.c.circle(cx, p.h - 20, 110 + i * 8, stroke=1, fill=0)
    y = p.line(cx, p.h * 0.62, f.participant, 40, "b", INK, "center", p.w - 140) - 10
    y = p.para(cx, y, f.course_title, p.w - 200, 16, "", p.accent, "center") - 16
    p.text(cx - 150, y, d.when(), 12 * p.scale, "", INK, "center")
    p.text(cx + 150, y, d.facts.credit.phrase, 12 * p.scale, "", INK, "center")
    d.must.append(d.facts.credit.phrase)
    extra = [v for _, v in d.details(date_row=False, credit_row=False, extras=False)]
    p.para(cx, y - 30, "     ".join(extra), p.w - 200, 10, "", MUTED, "center")
    p.text(cx, 120, f.provider, 12 * p.scale, "b", INK, "center")
    p.scribble(cx, 140)
    p.fine(70, p.w - 70, 48, d.fine(extras=False), 6.5)


def f13_modern(p: Pen, d: Doc) -> None:
    f = d.facts
    p.rect(0, 0, 22, p.h, fill=p.accent)
    p.rect(22, 0, 6, p.h, fill=mix(p.accent, 0.6))
    heading = d.word("heading").upper()
    p.text(70, p.h - 80, heading, p.fit(heading, 24, "b", p.w - 140) * 0.9, "b", p.accent, spacing=3)
    y = p.para(70, p.h - 110, f.provider, p.w - 140, 12, "", MUTED) - 20
    y = p.para(70, y, d.word("intro"), p.w - 140, 11, "", MUTED) - 14
    y = p.line(70, y - 14, f.participant, 34, "", INK, "left", p.w - 140) - 2
    p.rule(70, y + 16, 70 + min(360, p.w - 140), p.accent, 2)
    y = p.para(70, y - 4, d.word("verb"), p.w - 140, 11, "", MUTED) - 4
    y = p.para(70, y, f.course_title, p.w - 140, 16, "b", INK) - 14
    p.rows(70, y, d.details(), 150, p.w - 290, 10.5, "", MUTED)
    bottom(p, d, 1, 36, 70, p.w - 60, extras=True)


def f14_banner(p: Pen, d: Doc) -> None:
    f, cx = d.facts, p.w / 2
    p.rect(0, p.h - 120, p.w, 120, fill=p.accent)
    p.logo(40, p.h - 100, 60, mix(p.accent, 0.3))
    p.text(cx, p.h - 60, f.provider, p.fit(f.provider, 20, "b", p.w - 240), "b", white, "center")
    p.text(cx, p.h - 88, d.word("heading"), 12 * p.scale, "", white, "center", 1.5)
    y = p.para(cx, p.h - 170, d.word("intro"), p.w - 140, 12, "", MUTED, "center") - 18
    y = p.line(cx, y - 10, f.participant, 30, "b", INK, "center", p.w - 140) - 6
    y = p.para(cx, y, d.word("verb"), p.w - 140, 12, "", MUTED, "center") - 4
    y = p.para(cx, y - 4, f.course_title, p.w - 160, 17, "b", p.accent, "center") - 10
    p.inline(cx, y, d.details(), 10.5, width=p.w - 140)
    bottom(p, d, 2, 40)


def f15_cme(p: Pen, d: Doc) -> None:
    f = d.facts
    p.border(26, False)
    y = p.para(p.w / 2, p.h - 70, f.provider, p.w - 140, 14, "b", p.accent, "center") - 6
    y = p.para(p.w / 2, y, d.rng.choice(("Certificate of CME Credit", "CME Certificate", "Certificate of Credit")),
               p.w - 140, 22, "b", INK, "center") - 12
    y = p.para(p.w / 2, y, d.word("intro"), p.w - 140, 11, "i", MUTED, "center") - 10
    y = p.line(p.w / 2, y - 12, f.participant, 26, "b", INK, "center", p.w - 140) - 4
    y = p.para(p.w / 2, y, d.word("verb"), p.w - 140, 11, "i", MUTED, "center") - 4
    y = p.para(p.w / 2, y - 2, f.course_title, p.w - 160, 15, "b", p.accent, "center") - 14
    rows = d.details()
    y = p.rows(90, y, rows, 170, p.w - 330, 10.5) - 8
    p.fine(80, p.w - 80, 40, d.fine(), 7.5, "left")
    p.signers(y - 30, 1, p.w / 2, p.w - 70)


def f16_cpe(p: Pen, d: Doc) -> None:
    f = d.facts
    p.border(22, True)
    cx = p.w / 2
    y = p.line(cx, p.h - 70, d.word("heading"), 26, "b", p.accent, "center", p.w - 120) - 4
    y = p.para(cx, y, d.word("intro"), p.w - 140, 11, "i", INK, "center") - 12
    y = p.line(cx, y - 10, f.participant, 26, "b", INK, "center", p.w - 140) - 6
    y = p.para(cx, y, d.word("verb"), p.w - 140, 11, "i", INK, "center") - 2
    y = p.para(cx, y - 4, f.course_title, p.w - 160, 15, "b", INK, "center") - 12
    fos = {"taxation": "Taxes", "accounting-auditing": d.rng.choice(("Accounting", "Auditing")),
           "ethics": "Behavioral Ethics", "data-analytics": "Information Technology"}.get(f.topic, "Management")
    rows = [(d.label("provider"), f.provider), ("Field of Study:", fos), *d.details()]
    rows.append(("Program Level:", d.rng.choice(("Basic", "Intermediate", "Overview", "Update"))))
    p.rows(cx - 220, y, rows, 160, 280, 10)
    bottom(p, d, 1, 38, 60, p.w - 60, size=6.8)


def f17_pharmacy(p: Pen, d: Doc) -> None:
    f = d.facts
    p.rect(0, p.h - 90, p.w, 90, fill=mix(p.accent, 0.85))
    p.text(40, p.h - 45, f.provider, p.fit(f.provider, 16, "b", p.w - 200), "b", p.accent)
    p.text(p.w - 40, p.h - 45, d.word("heading"), 11 * p.scale, "b", INK, "right")
    y = p.h - 125
    uan = f"{digits(d.rng, 4)}-0000-{f.completion.year % 100:02d}-{digits(d.rng, 3)}-H0{d.rng.randint(1, 5)}-P"
    rows = [(d.label("participant"), f.participant), (d.label("title"), f.course_title), ("UAN:", uan)]
    rows += d.details()
    rows.append(("NABP e-Profile ID:", digits(d.rng, 6)))
    y = p.rows(50, y, rows, 160, p.w - 270, 10.5) - 10
    p.para(50, y, "Credit has been reported to CPE Monitor. Pharmacists should verify their records within 60 "
           "days.", p.w - 100, 9, "i", MUTED)
    bottom(p, d, 1, 40, 50, p.w - 50)


def f18_multiday(p: Pen, d: Doc) -> None:
    f, cx = d.facts, p.w / 2
    p.border(24, True)
    y = p.para(cx, p.h - 70, f.provider, p.w - 140, 13, "b", p.accent, "center")
    y = p.para(cx, y - 8, d.word("heading"), p.w - 140, 24, "b", INK, "center") - 8
    y = p.line(cx, y - 14, f.participant, 26, "bi", INK, "center", p.w - 140) - 4
    y = p.para(cx, y, d.word("verb"), p.w - 140, 11, "i", MUTED, "center") - 2
    y = p.para(cx, y - 4, f.course_title, p.w - 160, 15, "b", p.accent, "center") - 4
    y = p.para(cx, y, d.when(), p.w - 140, 12, "", INK, "center") - 12
    sessions = d.rng.sample(["Opening plenary", "Case studies workshop", "Panel discussion", "Skills lab",
                             "Keynote address", "Poster session", "Closing remarks"], 4)
    times = ("8:30 am - 10:00 am", "10:15 am - 12:00 pm", "1:00 pm - 2:45 pm", "3:00 pm - 4:30 pm")
    x0 = cx - 200
    for s, t in zip(sessions, times, strict=True):
        p.text(x0, y, t, 9 * p.scale, "", MUTED)
        p.text(x0 + 130, y, s, 9 * p.scale)
        y -= 12 * p.scale
    p.inline(cx, y - 10, [(d.label("credits"), d.credits_phrase()), *d.details(date_row=False, credit_row=False)],
             10.5, width=p.w - 140)
    bottom(p, d, 2, 40)


def f19_receipt(p: Pen, d: Doc) -> None:
    f = d.facts
    p.fonts = FONTS["Courier"]
    x, y, size = 60.0, p.h - 70, 10.0
    p.text(x, y, f.provider.upper(), 12, "b")
    y -= 16
    p.text(x, y, "=" * 60, size)
    y -= 20
    p.text(x, y, d.word("heading").upper(), size, "b")
    y -= 26
    rows = [(d.label("participant", False), f.participant), (d.label("title", False), f.course_title), *d.details()]
    for label, value in rows:
        lines = simpleSplit(value, p.font(), size, p.w - x - 250)
        p.text(x, y, f"{label.upper():.<24}", size, "", MUTED)
        for line in lines:
            p.text(x + 180, y, line, size)
            y -= size * 1.35
        y -= 4
    y -= 10
    p.text(x, y, "-" * 60, size)
    y -= 18
    p.para(x, y, "Thank you for learning with us. Keep this receipt for your continuing education records.",
           p.w - 2 * x, 9, "", MUTED)
    p.fine(x, p.w - x, 40, [*d.fine(), f"Transaction {digits(d.rng, 9)}  Page 1 of 1"], 7.0, "left")


def f20_two_page(p: Pen, d: Doc) -> None:
    f, cx = d.facts, p.w / 2
    p.border(24, True)
    y = p.para(cx, p.h - 80, f.provider, p.w - 140, 14, "b", p.accent, "center") - 6
    y = p.para(cx, y, d.word("heading"), p.w - 140, 28, "b", INK, "center") - 12
    y = p.para(cx, y, d.word("intro"), p.w - 140, 12, "i", INK, "center") - 12
    y = p.line(cx, y - 14, f.participant, 30, "bi", INK, "center", p.w - 160) - 4
    y = p.para(cx, y, d.word("verb"), p.w - 140, 12, "i", INK, "center") - 4
    y = p.para(cx, y - 4, f.course_title, p.w - 160, 17, "b", p.accent, "center") - 8
    p.para(cx, y, d.when(), p.w - 140, 12, "", INK, "center")
    p.signers(110, 2)
    p.text(cx, 40, "Continued on page 2", 8, "i", MUTED, "center")
    p.c.showPage()
    p.text(60, p.h - 70, "Activity details", 16 * p.scale, "b", p.accent)
    p.text(60, p.h - 88, f"{f.course_title[:60]}", 9, "", MUTED)
    rows = [d.credits_row(), *d.details(date_row=False, credit_row=False)]
    rows.append(("Score:", f"{d.rng.randint(80, 100)}%"))
    p.rows(60, p.h - 120, rows, 170, p.w - 290, 11)
    p.fine(60, p.w - 60, 40, [*d.fine(), "Page 2 of 2"], 7.5, "left")


def f21_intl(p: Pen, d: Doc) -> None:
    f, cx = d.facts, p.w / 2
    p.border(30, False)
    p.rect(30, p.h - 40, p.w - 60, 10, fill=p.accent)
    y = p.para(cx, p.h - 80, f.provider, p.w - 140, 13, "b", p.accent, "center") - 4
    y = p.para(cx, y, d.word("heading"), p.w - 140, 24, "", INK, "center") - 14
    y = p.para(cx, y, d.word("intro"), p.w - 140, 11, "", MUTED, "center") - 12
    y = p.line(cx, y - 12, f.participant, 26, "b", INK, "center", p.w - 140) - 4
    y = p.para(cx, y, d.rng.choice(("attended the programme", d.word("verb"))), p.w - 140, 11, "", MUTED,
               "center") - 4
    y = p.para(cx, y - 4, f.course_title, p.w - 160, 16, "b", INK, "center") - 14
    p.rows(cx - 200, y, d.details(), 150, 260, 10.5)
    bottom(p, d, 1, 40)


def f22_stub(p: Pen, d: Doc) -> None:
    f, cx = d.facts, p.w / 2
    cut = p.h * 0.3
    p.rect(24, cut + 14, p.w - 48, p.h - cut - 38, stroke=p.accent, lw=2)
    y = p.para(cx, p.h - 64, f.provider, p.w - 120, 13, "b", p.accent, "center") - 4
    y = p.para(cx, y, d.word("heading"), p.w - 120, 24, "b", INK, "center") - 10
    y = p.para(cx, y, d.word("intro"), p.w - 120, 11, "i", MUTED, "center") - 12
    y = p.line(cx, y - 12, f.participant, 28, "bi", INK, "center", p.w - 140) - 4
    y = p.para(cx, y, d.word("verb"), p.w - 120, 11, "i", MUTED, "center") - 4
    y = p.para(cx, y - 4, f.course_title, p.w - 140, 15, "b", INK, "center") - 6
    p.para(cx, y, f"{d.when()}   |   {d.credits_phrase()}", p.w - 120, 11, "", INK, "center")
    p.signers(cut + 50, 1)
    p.c.setDash(4, 3)
    p.rule(10, cut, p.w - 10, MUTED, 0.8)
    p.c.setDash()
    p.text(14, cut + 3, "\u2702 detach and keep", 7, "i", MUTED)
    rows = [(d.label("participant"), f.participant), (d.label("title"), f.course_title)]
    rows += d.details(extras=False)
    half_ = (len(rows) + 1) // 2
    p.rows(36, cut - 24, rows[:half_], 100, cx - 150, 8.5)
    p.rows(cx + 10, cut - 24, rows[half_:], 100, cx - 150, 8.5)
    p.fine(36, p.w - 36, 20, d.fine(extras=False), 6.0, "left")


def f23_sidebar(p: Pen, d: Doc) -> None:
    f = d.facts
    side = 190 if p.w > 700 else 150
    p.rect(0, 0, side, p.h, fill=mix(INK, 0.1))
    p.logo(30, p.h - 110, 60, p.accent)
    y = p.para(30, p.h - 140, f.provider, side - 50, 12, "b", white)
    p.para(30, y - 20, d.word("heading").upper(), side - 50, 9, "", white)
    x, w = side + 40, p.w - side - 80
    y = p.para(x, p.h - 90, d.word("intro"), w, 12, "", MUTED) - 16
    y = p.line(x, y - 12, f.participant, 30, "b", INK, "left", w) - 6
    y = p.para(x, y, d.word("verb"), w, 12, "", MUTED) - 6
    y = p.para(x, y - 2, f.course_title, w, 17, "b", p.accent) - 16
    p.rows(x, y, d.details(), 0, w, 10.5)  # label line, value line
    bottom(p, d, 1, 36, x, p.w - 40)


def f24_memo(p: Pen, d: Doc) -> None:
    f = d.facts
    p.text(60, p.h - 70, f.provider, 16 * p.scale, "b", p.accent)
    p.rule(60, p.h - 82, p.w - 60, p.accent, 1)
    head = [("Date:", d.date(f.completion + timedelta(days=d.rng.randint(2, 25)))),
            ("Re:", d.word("heading")), ("From:", f"{d.person(0.2)}, {pool(d.rng, d.split, 'signer_title')}")]
    y = p.rows(60, p.h - 110, head, 70, p.w - 190, 10.5) - 10
    y = p.para(60, y, d.word("letter_open"), p.w - 120, 11) - 8
    y = p.para(60, y, d.statement(), p.w - 120, 11, lead=1.5) - 8
    rest = d.details(date_row=False, credit_row=False, extras=False)
    if rest:
        y = p.rows(80, y, rest, 150, p.w - 290, 10.5) - 8
    y = p.para(60, y, "Please contact our office with any questions about this record.", p.w - 120, 11) - 30
    name, title = d.signers(1)[0]
    p.scribble(120, y + 8)
    p.text(60, y - 10, name, 11)
    p.text(60, y - 23, title, 10, "i", MUTED)
    p.fine(60, p.w - 60, 40, d.fine(), 7.0, "left")


def f25_checkbox(p: Pen, d: Doc) -> None:
    f = d.facts
    p.rect(40, 40, p.w - 80, p.h - 80, stroke=INK, lw=0.8)
    y = p.para(p.w / 2, p.h - 74, f.provider, p.w - 120, 13, "b", INK, "center")
    y = p.para(p.w / 2, y - 4, d.word("heading").upper(), p.w - 120, 15, "b", p.accent, "center") - 14
    rows = [(d.label("participant"), f.participant), (d.label("title"), f.course_title)]
    rows += d.details(credit_row=True, extras=False)
    rows = [r for r in rows if r[1] != f.delivery_text]
    if f.delivery_text:
        d.must.remove(f.delivery_text)  # the format is a ticked box here, not words
    size = 10.5
    for label, value in rows:
        p.text(56, y, label, size * 0.9, "b", MUTED)
        lines = simpleSplit(value, "Courier", size, p.w - 260)
        for line in lines:
            p.c.setFont("Courier", size)
            p.c.setFillColor(HexColor("#1b2a8b"))  # typed into the form
            p.c.drawString(210, y, line)
            y -= size * 1.3
        p.rule(205, y + size * 1.3 - 3, p.w - 56, MUTED, 0.4)
        y -= 8
    y -= 6
    p.text(56, y, d.label("delivery"), size * 0.9, "b", MUTED)
    x = 200.0
    options = [("online", "Online / webinar"), ("live", "Live / in person"), ("self-study", "Self-study"),
               ("conference", "Conference")]
    for code, text in options:
        p.rect(x, y - 1, 9, 9, stroke=INK, lw=0.7)
        if code == f.delivery:
            p.c.setFont("Courier-Bold", 10)
            p.c.drawString(x + 1.5, y, "X")
        p.text(x + 13, y, text, 8.5)
        x += 92
    bottom(p, d, 1, 56, 56, p.w - 56)


def f26_state_board(p: Pen, d: Doc) -> None:
    f, cx = d.facts, p.w / 2
    p.border(26, True)
    p.seal(70, p.h - 80, 28)
    y = p.para(cx, p.h - 70, f.provider, p.w - 220, 14, "b", p.accent, "center") - 4
    y = p.para(cx, y, d.word("heading"), p.w - 220, 22, "b", INK, "center") - 14
    rows = [(d.label("participant"), f.participant), *d.details(date_row=False, credit_row=False, extras=False)]
    y = p.inline(cx, y, rows, 12, width=p.w - 140) - 6
    y = p.para(cx, y, d.word("verb"), p.w - 140, 11, "i", MUTED, "center") - 4
    y = p.para(cx, y - 2, f.course_title, p.w - 160, 15, "b", INK, "center") - 8
    y = p.inline(cx, y, [(d.when_label(), d.when()), d.credits_row()], 11, width=p.w - 140) - 8
    state = d.rng.choice(("Ohio", "Texas", "Florida", "Oregon", "Georgia"))
    p.para(cx, y, f"This activity may be used toward the {state} renewal requirement; licensees are responsible "
           "for reporting hours to their board.", p.w - 160, 9, "i", MUTED, "center")
    bottom(p, d, 2, 40)


def f27_cle(p: Pen, d: Doc) -> None:
    f = d.facts
    y = p.para(p.w / 2, p.h - 70, f.provider, p.w - 120, 14, "b", INK, "center")
    y = p.para(p.w / 2, y - 6, d.rng.choice(("Certificate of Attendance", "CLE Attendance Certificate",
                                             "Uniform Certificate of Attendance")), p.w - 120, 18, "b", p.accent,
               "center") - 14
    attorney = d.rng.choice(("Attorney Name:", "Name of Attorney:"))
    rows = [(attorney, f.participant), (d.label("title"), f.course_title), *d.details()]
    rows.append(("Location:", d.rng.choice(("Bar Center, Room 210", "Albany, New York", "Los Angeles, CA",
                                            "Pittsburgh, PA", "Grand Ballroom B"))))
    y = p.rows(60, y, rows, 170, p.w - 290, 10.5) - 10
    y = p.para(60, y, "I certify that I attended the program described above and am entitled to the credit "
               "indicated.", p.w - 120, 10, "i") - 34
    p.rule(60, y, 280, INK)
    p.text(60, y - 11, "Attorney signature", 8, "", MUTED)
    p.fine(60, p.w - 60, 40, d.fine(), 7.0, "left")


def f28_fitness(p: Pen, d: Doc) -> None:
    f, cx = d.facts, p.w / 2
    p.rect(0, 0, p.w, p.h, fill=mix(p.accent, 0.95))
    p.rect(30, 30, p.w - 60, p.h - 60, fill=white, stroke=p.accent, lw=1.5)
    y = p.line(cx, p.h - 80, f.provider.upper(), 14, "b", p.accent, "center", p.w - 120) - 8
    y = p.line(cx, y, d.word("heading"), 26, "b", INK, "center", p.w - 120) - 12
    y = p.line(cx, y - 12, f.participant, 28, "", INK, "center", p.w - 140) - 4
    y = p.para(cx, y, d.word("verb"), p.w - 140, 11, "", MUTED, "center") - 2
    y = p.para(cx, y - 4, f.course_title, p.w - 160, 16, "b", p.accent, "center") - 10
    p.inline(cx, y, d.details(), 11, width=p.w - 140)
    bottom(p, d, 1, 44)


def f29_pmi(p: Pen, d: Doc) -> None:
    f = d.facts
    p.rect(0, 0, p.w, 14, fill=p.accent)
    p.rect(0, p.h - 14, p.w, 14, fill=p.accent)
    y = p.para(50, p.h - 60, f.provider, p.w - 200, 13, "b", p.accent) - 14
    y = p.para(50, y, d.word("heading"), p.w - 100, 26, "b", INK) - 10
    y = p.para(50, y, d.word("intro"), p.w - 100, 11, "", MUTED) - 12
    y = p.line(50, y - 10, f.participant, 28, "b", INK, "left", p.w - 100) - 4
    y = p.para(50, y, d.word("verb"), p.w - 100, 11, "", MUTED) - 4
    y = p.para(50, y - 2, f.course_title, p.w - 120, 16, "b", p.accent) - 12
    rows = [*d.details(), ("Activity Number:", f"{digits(d.rng, 4)}-{digits(d.rng, 3)}")]
    p.rows(50, y, rows, 150, p.w - 260, 10.5)
    p.seal(p.w - 90, p.h - 80, 30, "PDU")
    bottom(p, d, 1, 34, 50, p.w - 50)


def f30_screenshot(p: Pen, d: Doc) -> None:
    f = d.facts
    p.fonts = FONTS["Helvetica"]
    p.rect(0, p.h - 40, p.w, 40, fill=mix(INK, 0.15))
    p.text(20, p.h - 25, f.provider, 11, "b", white)
    p.text(p.w - 20, p.h - 25, "My Learning   Catalog   Help   Sign out", 9, "", white, "right")
    p.text(20, p.h - 60, "Home > My Certificates > Certificate", 8.5, "", MUTED)
    p.rect(p.w - 170, p.h - 72, 150, 22, fill=p.accent)
    p.text(p.w - 95, p.h - 65, "Download PDF", 9, "b", white, "center")
    x0, x1, top = 50.0, p.w - 50, p.h - 90
    p.rect(x0, 80, x1 - x0, top - 80, fill=white, stroke=mix(INK, 0.7), lw=1)
    cx = p.w / 2
    y = p.line(cx, top - 40, d.word("heading"), 24, "b", p.accent, "center", x1 - x0 - 40) - 8
    y = p.para(cx, y, d.word("intro"), x1 - x0 - 60, 11, "", MUTED, "center") - 10
    y = p.line(cx, y - 10, f.participant, 26, "b", INK, "center", x1 - x0 - 60) - 4
    y = p.para(cx, y, d.word("verb"), x1 - x0 - 60, 11, "", MUTED, "center") - 2
    y = p.para(cx, y - 4, f.course_title, x1 - x0 - 80, 15, "b", INK, "center") - 8
    p.inline(cx, y, d.details(), 10, width=x1 - x0 - 60)
    p.fine(x0 + 20, x1 - 20, 96, d.fine(extras=False), 6.5)
    for i, name in enumerate(("SPONSOR", "PARTNER", "MEDIA", "SUPPORTED BY")):
        p.rect(60 + i * 130, 30, 110, 30, fill=mix(p.accent, 0.75 - i * 0.1))
        p.text(115 + i * 130, 41, name, 8, "b", white, "center")
    p.text(p.w - 20, 12, d.url(), 7, "", MUTED, "right")


def f31_ornate(p: Pen, d: Doc) -> None:
    f, cx = d.facts, p.w / 2
    p.border(18, True)
    p.rect(40, 40, p.w - 80, p.h - 80, stroke=mix(p.accent, 0.5), lw=0.5)
    for x, y in ((40, 40), (p.w - 40, 40), (40, p.h - 40), (p.w - 40, p.h - 40)):
        p.c.setFillColor(p.accent)
        p.c.circle(x, y, 9, stroke=0, fill=1)
    heading = "C E R T I F I C A T E"
    p.text(cx, p.h - 95, heading, 26 * p.scale, "b", p.accent, "center", 2)
    sub = d.word("heading").split(" ", 1)[-1] if d.word("heading").startswith("Certificate") else ""
    y = p.para(cx, p.h - 120, sub.upper(), p.w - 160, 11, "", MUTED, "center") - 14
    y = p.para(cx, y, f.provider, p.w - 160, 13, "i", INK, "center") - 10
    y = p.para(cx, y, d.word("intro"), p.w - 160, 12, "i", INK, "center") - 16
    y = p.line(cx, y - 14, f.participant, 34, "bi", INK, "center", p.w - 180) - 4
    y = p.para(cx, y, d.word("verb"), p.w - 160, 12, "i", INK, "center") - 4
    y = p.para(cx, y - 4, f.course_title, p.w - 200, 17, "b", INK, "center") - 6
    y = p.para(cx, y, f"and is awarded {d.credits_phrase()}", p.w - 160, 12, "i", INK, "center") - 4
    when = d.when() if f.start else ORDINAL_DATE[d.locale](f.completion)
    if not f.start:
        d.must.append(when)
    y = p.para(cx, y, f"Given {when}", p.w - 160, 12, "i", INK, "center") - 4
    p.inline(cx, y, d.details(date_row=False, credit_row=False, extras=False), 9.5, width=p.w - 200)
    bottom(p, d, 2, 52, 70, p.w - 70, extras=False)


def f32_two_units(p: Pen, d: Doc) -> None:
    f, cx = d.facts, p.w / 2
    p.border(22, False)
    y = p.para(cx, p.h - 66, f.provider, p.w - 140, 13, "b", p.accent, "center") - 6
    y = p.para(cx, y, d.word("heading"), p.w - 140, 24, "b", INK, "center") - 12
    y = p.line(cx, y - 14, f.participant, 28, "bi", INK, "center", p.w - 140) - 4
    y = p.para(cx, y, d.word("verb"), p.w - 140, 11, "i", MUTED, "center") - 4
    y = p.para(cx, y - 2, f.course_title, p.w - 160, 16, "b", INK, "center") - 12
    phrase = d.credits_phrase()
    size = p.fit(phrase, 14, "b", 360)
    box = max(260.0, p.width(phrase, size, "b") + 40)
    p.rect(cx - box / 2, y - 40, box, 48, fill=mix(p.accent, 0.88), stroke=p.accent, lw=1)
    p.text(cx, y - 8, "CREDIT AWARDED", 7.5, "b", MUTED, "center", 1)
    p.text(cx, y - 28, phrase, size, "b", INK, "center")
    p.inline(cx, y - 62, d.details(credit_row=False), 10, width=p.w - 140)
    bottom(p, d, 1, 40)


def f33_ribbon(p: Pen, d: Doc) -> None:
    f, cx = d.facts, p.w / 2
    p.rect(0, 0, p.w, p.h, fill=HexColor("#fbf7ee"))
    p.rect(cx - 20, p.h - 150, 40, 150, fill=p.accent)
    p.seal(cx, p.h - 160, 40)
    y = p.para(cx, p.h - 240, d.word("heading"), p.w - 120, 24, "b", INK, "center") - 12
    y = p.para(cx, y, d.word("intro"), p.w - 120, 11, "i", MUTED, "center") - 16
    y = p.line(cx, y - 14, f.participant, 32, "bi", p.accent, "center", p.w - 100) - 6
    y = p.para(cx, y, d.word("verb"), p.w - 120, 11, "i", MUTED, "center") - 4
    y = p.para(cx, y - 2, f.course_title, p.w - 140, 15, "b", INK, "center") - 6
    y = p.para(cx, y, f"{d.label('provider', False)} {f.provider}", p.w - 120, 11, "", INK, "center") - 10
    p.inline(cx, y, d.details(), 10, width=p.w - 120)
    bottom(p, d, 1, 40, 50, p.w - 50)


def f34_captions(p: Pen, d: Doc) -> None:
    """Values on rules with small captions under them, like a paper form filled in."""
    f, cx = d.facts, p.w / 2
    p.border(24, d.rng.random() < 0.5)
    y = p.para(cx, p.h - 72, d.word("heading"), p.w - 140, 26, "b", p.accent, "center") - 12
    fields = [(f.participant, d.label("participant", False), 20.0), (f.course_title, d.label("title", False), 14.0),
              (f.provider, d.label("provider", False), 13.0)]
    for value, caption, size in fields:
        y -= 14
        y = p.para(cx, y, value, p.w - 200, size, "b" if size > 18 else "", INK, "center") + size * 0.3 * p.scale
        p.rule(cx - 240, y, cx + 240, INK, 0.6)
        p.text(cx, y - 10, caption, 7.5, "", MUTED, "center")
        y -= 26
    cells = d.details(extras=False)
    slot = min(200.0, (p.w - 120) / max(len(cells), 1))
    x0 = cx - slot * len(cells) / 2
    for i, (caption, value) in enumerate(cells):
        x = x0 + slot * (i + 0.5)
        p.text(x, y, value, p.fit(value, 11, "", slot - 12), "", INK, "center")
        p.rule(x - slot / 2 + 8, y - 4, x + slot / 2 - 8, INK, 0.6)
        p.text(x, y - 14, caption.rstrip(":"), 7.5, "", MUTED, "center")
    bottom(p, d, 1, 40)


# ---- helpers of the newer training families (f35 onwards)

ORDINAL_WORDS = ("", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                 "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                 "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
                 "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth")
DATE_WORDS: dict[str, Callable[[date], str]] = {
    "the_of": lambda d: f"the {ORDINAL_WORDS[d.day]} of {d:%B}, {d.year}",
    "this_day": lambda d: f"this {ORDINAL_WORDS[d.day]} day of {d:%B}, {d.year}",
    "on_day": lambda d: f"on the {ORDINAL_WORDS[d.day]} day of {d:%B} {d.year}",
}
MODULES = ("Introduction and learning objectives", "Background and key concepts", "Current evidence review",
           "Case study", "Practice scenarios", "Applying the guidance", "Summary and resources", "Knowledge check",
           "Post-test", "Course evaluation")
SESSIONS = ("Opening keynote", "Plenary: what changed this year", "Breakout A: case presentations",
            "Hands-on skills session", "Panel: lessons from practice", "Research roundup", "Town hall and Q&A",
            "Breakout B: tools and templates", "Closing general session", "Poster walk")
STATES = ("Ohio", "Texas", "Florida", "Oregon", "Georgia", "Arizona", "Michigan", "Virginia", "Colorado", "Iowa")
PROFESSIONS = {"nursing": "Registered Nurse", "pharmacy": "Pharmacist", "social": "Clinical Social Worker",
               "engineering": "Professional Engineer", "law": "Attorney", "accounting": "Certified Public Accountant",
               "medicine": "Physician"}
VENUES = ("Hyatt Regency, Columbus, OH", "Convention Center, Hall C", "Marriott Downtown, Denver, CO",
          "Main Campus Auditorium", "Hilton Garden Inn, Tampa, FL", "Virtual Event Platform")


def split_minutes(rng: random.Random, hours: float, n: int) -> list[int]:
    """At most n parts, in quarter hours where the length allows (else 5 minutes), adding up to the length."""
    minutes = max(5, round(hours * 60 / 5) * 5)
    step = 15 if minutes % 15 == 0 else 5
    total = minutes // step
    n = max(1, min(n, total // (1 if step == 15 else 3)))
    cuts = sorted(rng.sample(range(1, total), n - 1)) if n > 1 else []
    return [(b - a) * step for a, b in zip([0, *cuts], [*cuts, total], strict=True)]


def clock(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


def short_minutes(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{h} h {m:02d} min" if h else f"{m} min"


def table(p: Pen, x: float, y: float, widths: list[float], head: list[str], body: list[list[str]],
          size: float = 9.5, bold_last: bool = False, grid: bool = False) -> float:
    """A ruled table, header shaded; cells wrap. Returns the y below it."""
    size *= p.scale
    rows = [head, *body]
    total = sum(widths)
    for r, cells in enumerate(rows):
        style = "b" if r == 0 or (bold_last and r == len(rows) - 1) else ""
        wrapped = [simpleSplit(c, p.font(style), size, w - 8) or [""] for c, w in zip(cells, widths, strict=True)]
        h = 7 + max(len(w) for w in wrapped) * size * 1.25
        if r == 0:
            p.rect(x, y - h, total, h, fill=mix(p.accent, 0.86))
        cx = x
        for lines, w in zip(wrapped, widths, strict=True):
            for i, line in enumerate(lines):
                p.text(cx + 4, y - 2 - size - i * size * 1.25, line, size, style)
            if grid:
                p.vline(cx, y, y - h)
            cx += w
        if grid:
            p.vline(x + total, y, y - h)
            p.rule(x, y, x + total, MUTED, 0.4)
        y -= h
        p.rule(x, y, x + total, MUTED if r else INK, 0.4)
    return y


def qr(p: Pen, x: float, y: float, size: float) -> None:
    """A QR-like code: a seeded module grid with the three finder squares."""
    rng = random.Random(f"qr-{p.doc.seq}")
    n = 25
    cell = size / n
    p.rect(x - 4, y - 4, size + 8, size + 8, fill=white, stroke=MUTED, lw=0.5)
    p.c.setFillColor(INK)
    for i in range(n):
        for j in range(n):
            finder = any(i - a in range(7) and j - b in range(7) for a, b in ((0, 0), (0, n - 7), (n - 7, 0)))
            if finder:
                ring = max(abs(i - (a + 3)) for a in (0, n - 7) if i - a in range(7))
                col = max(abs(j - (b + 3)) for b in (0, n - 7) if j - b in range(7))
                on = max(ring, col) != 2
            else:
                on = rng.random() < 0.5
            if on:
                p.c.rect(x + j * cell, y + size - (i + 1) * cell, cell, cell, stroke=0, fill=1)


def caption_block(p: Pen, x: float, y: float, value: str, caption: str, width: float, size: float = 13,
                  style: str = "b", align: str = "left") -> None:
    """A value over a rule with a small caption beneath it."""
    size = p.fit(value, size, style, width)
    ax = {"left": x, "center": x + width / 2}[align]
    p.text(ax, y, value, size, style, INK, align)
    p.rule(x, y - 6, x + width, MUTED, 0.6)
    p.text(ax, y - 16, caption, 7.5, "", MUTED, align, 0.5)


def f35_module_record(p: Pen, d: Doc) -> None:
    f, rng = d.facts, d.rng
    p.rect(0, p.h - 54, p.w, 54, fill=mix(p.accent, 0.86))
    p.text(40, p.h - 34, f.provider, p.fit(f.provider, 15, "b", p.w * 0.55), "b", p.accent)
    heading = rng.choice(("Course Completion Record", "Completion Record", "Learning Record", d.word("heading")))
    p.text(p.w - 40, p.h - 34, heading, 11 * p.scale, "b", INK, "right")
    learner = rng.choice(("Learner:", "Learner Name:", d.label("participant")))
    rows = [(learner, f.participant), (d.label("title"), f.course_title), *d.details(credit_row=False)]
    y = p.rows(40, p.h - 92, rows, 130, p.w - 210, 10.5) - 6
    n = rng.randint(3, 6)
    parts = split_minutes(rng, f.hours() or 1.0, n)
    k = len(parts)
    names = [MODULES[0]] if k == 1 else [MODULES[0], *rng.sample(MODULES[1:7], k - 2), MODULES[8]]
    days = sorted(rng.sample(range(0, 12), len(parts)), reverse=True)
    body = []
    for i, (name, minutes, back) in enumerate(zip(names, parts, days, strict=True)):
        status = f"Passed ({rng.randint(80, 100)}%)" if name == "Post-test" else "Completed"
        when = d.when() if i == len(parts) - 1 else d.date(f.completion - timedelta(days=back))
        body.append([f"{i + 1}", name, status, when, short_minutes(minutes)])
    total = rng.choice(("Total", "Total credit", "TOTAL AWARDED"))
    body.append(["", total, "", "", d.credits_phrase()])
    w = p.w - 80
    table(p, 40, y, [w * 0.06, w * 0.38, w * 0.18, w * 0.2, w * 0.18],
          ["#", "Module", "Status", "Completed", "Time"], body, 9, bold_last=True)
    bottom(p, d, rng.choice((0, 1)), 36, 40, p.w - 40)


def f36_licence_box(p: Pen, d: Doc) -> None:
    f, rng, cx = d.facts, d.rng, p.w / 2
    p.border(22, False)
    state = rng.choice(STATES)
    top = p.h - (56 if p.w > p.h else 110)
    p.text(cx, top, f"{state.upper()} LICENSE RENEWAL \u00b7 CONTINUING EDUCATION", 8.5, "b", MUTED, "center", 1)
    y = p.para(cx, top - 24, f.provider, p.w - 120, 14, "b", p.accent, "center") - 4
    y = p.para(cx, y, d.word("heading"), p.w - 120, 20, "b", INK, "center") - 10
    bw = min(440.0, p.w - 120)
    box_h = 78
    p.rect(cx - bw / 2, y - box_h, bw, box_h, fill=mix(p.accent, 0.92), stroke=p.accent, lw=1.2)
    p.text(cx - bw / 2 + 12, y - 14, "LICENSEE", 7.5, "b", p.accent, spacing=1)
    p.text(cx - bw / 2 + 12, y - 36, f.participant, p.fit(f.participant, 18, "b", bw - 24), "b")
    lic = f.license_number or "\u2014"
    p.text(cx - bw / 2 + 12, y - 56, f"{d.label('license')} {lic}", 10 * p.scale)
    profession = PROFESSIONS.get(d.profile_key, "Licensee")
    p.text(cx - bw / 2 + 12, y - 70, f"{profession} \u00b7 State of {state}", 8.5, "", MUTED)
    y -= box_h + 20
    y = p.para(cx, y, d.word("verb"), p.w - 140, 11, "i", MUTED, "center") - 2
    y = p.para(cx, y, f.course_title, p.w - 160, 15, "b", INK, "center") - 8
    rows = [(d.when_label(), d.when()), d.credits_row()]
    if f.delivery_text:
        rows.append((d.label("delivery"), f.delivery_text))
        d.must.append(f.delivery_text)
    if f.certificate_id:
        rows.append((d.label("cert_id"), f.certificate_id))
    y = p.inline(cx, y, rows, 10.5, width=p.w - 140) - 4
    period = f"{f.completion.year - rng.randint(0, 1)}-{f.completion.year + 1}"
    p.para(cx, y, f"Renewal period {period}. Report completed hours to the board; keep this certificate for four "
           "years.", p.w - 160, 8.5, "i", MUTED, "center")
    bottom(p, d, 1, 36)


def f37_conference_letter(p: Pen, d: Doc) -> None:
    if d.facts.delivery == "self-study":  # a letter about sessions attended: never home study
        d.facts = replace(d.facts, delivery="conference" if d.facts.start else "live",
                          delivery_text="Conference" if d.facts.start else "In-person")
    f, rng = d.facts, d.rng
    p.text(60, p.h - 60, f.provider, p.fit(f.provider, 16, "b", p.w - 120), "b", p.accent)
    addr = pool(rng, d.split, "address" if d.locale == "us" else "address_intl")
    p.text(60, p.h - 76, addr, 8.5, "", MUTED)
    p.rule(60, p.h - 84, p.w - 60, p.accent, 1)
    y = p.para(60, p.h - 112, d.date(f.completion + timedelta(days=rng.randint(2, 20))), 300, 10.5) - 10
    y = p.para(60, y, d.word("letter_open"), p.w - 120, 11) - 6
    venue = rng.choice(VENUES)
    body = (f"This letter confirms that {f.participant} attended {f.course_title}, held {d.when()} at {venue}. "
            "The sessions attended and the credit for each are listed below.")
    y = p.para(60, y, body, p.w - 120, 11, lead=1.45) - 8
    parts = split_minutes(rng, f.hours() or 1.0, rng.randint(2, 5))
    start_day = f.start or f.completion
    span = (f.completion - start_day).days
    t = rng.choice((480, 510, 540))
    rows = []
    names = [SESSIONS[0], *rng.sample(SESSIONS[1:], len(parts) - 1)]
    for i, (minutes, name) in enumerate(zip(parts, names, strict=True)):
        day = start_day + timedelta(days=min(span, i * (span + 1) // len(parts)))
        rows.append([d.date(day) if span else clock(t), name, f"{minutes / 60:.2f}"])
        t += minutes + 15
    rows.append(["", rng.choice(("Total credit", "Total")), d.credits_phrase()])
    head = ["Date" if span else "Time", "Session", rng.choice(("Hours", "Credit hours"))]
    y = table(p, 60, y, [110, p.w - 350, 120], head, rows, 9.5, bold_last=True) - 12
    rest = d.details(date_row=False, credit_row=False, extras=False)
    if rest:
        y = p.rows(60, y, rest, 140, p.w - 260, 10) - 4
    name, title = d.signers(1)[0]
    p.text(60, y - 10, rng.choice(("Sincerely,", "Kind regards,")), 10.5 * p.scale)
    p.scribble(130, y - 40)
    p.text(60, y - 58, name, 10.5 * p.scale)
    p.text(60, y - 70, title, 9.5 * p.scale, "i", MUTED)
    p.fine(60, p.w - 60, 36, d.fine(), 7.0, "left")


def f38_cpe_submission(p: Pen, d: Doc) -> None:
    f, rng = d.facts, d.rng
    p.rect(0, p.h - 44, p.w, 44, fill=mix(INK, 0.15))
    p.text(30, p.h - 28, rng.choice(("Member Portal", "Certification Dashboard", "My Credentials")), 12, "b",
           white)
    p.text(p.w - 30, p.h - 28, "Sign out", 9, "", white, "right")
    y = p.para(40, p.h - 84, rng.choice(("CPE Submission Confirmation", "Continuing Education Activity Recorded",
                                         "CPE Credits Submitted")), p.w - 80, 20, "b", INK) - 4
    p.rect(40, y - 8, 78, 18, fill=HexColor("#2e7d32"))
    p.text(79, y - 2, "APPROVED", 8.5, "b", white, "center")
    y = p.para(130, y - 2, "Your continuing education submission has been reviewed and added to your record.",
               p.w - 170, 9.5, "", MUTED) - 18
    member = (d.label("participant"), f.participant)
    domain = rng.choice(("Security Operations", "Asset Security", "Security Architecture and Engineering",
                         "Identity and Access Management", "Software Development Security"))
    rows = [member, ("Member ID:", digits(rng, 7)), (d.label("title"), f.course_title),
            (rng.choice(("Activity Provider:", d.label("provider"))), f.provider),
            (d.when_label(), d.when()), d.credits_row(), ("Domain:", domain), ("Group:", "Group A")]
    if f.delivery_text:
        rows.append((d.label("delivery"), f.delivery_text))
        d.must.append(f.delivery_text)
    if f.certificate_id:
        rows.append((d.label("cert_id"), f.certificate_id))
    rows.append(("Submitted:", d.date(f.completion + timedelta(days=rng.randint(1, 30)))))
    half_n = (len(rows) + 1) // 2
    colw = (p.w - 100) / 2
    for k, chunk in enumerate((rows[:half_n], rows[half_n:])):
        p.rows(40 + k * (colw + 20), y, chunk, 0, colw - 10, 10)
    p.fine(40, p.w - 40, 34, [*d.fine(), "Keep documentation of this activity for audit for twelve months after "
                              "the end of your certification cycle."], 7.0, "left")


APPROVAL_SENTENCES = (
    "This activity has been approved for {credits}.",
    "This program is approved for {credits}. Participants must attend the entire program and complete the "
    "evaluation to receive credit; partial credit is not awarded.",
    "Successful completion of this activity, which includes full attendance and submission of the evaluation, "
    "entitles the participant to {credits}.",
)


def f39_approval_paragraph(p: Pen, d: Doc) -> None:
    f, rng, cx = d.facts, d.rng, p.w / 2
    p.border(26, rng.random() < 0.5)
    y = p.para(cx, p.h - 76, d.word("heading"), p.w - 140, 24, "b", p.accent, "center") - 6
    y = p.para(cx, y, d.word("intro"), p.w - 140, 11.5, "i", MUTED, "center") - 12
    y = p.line(cx, y - 12, f.participant, 26, "b", INK, "center", p.w - 140) - 4
    y = p.para(cx, y, d.word("verb"), p.w - 140, 11.5, "i", MUTED, "center") - 2
    y = p.para(cx, y, f.course_title, p.w - 160, 16, "b", INK, "center") - 6
    y = p.para(cx, y, f"{rng.choice(('presented by', 'offered by'))} {f.provider}", p.w - 160, 11.5, "", INK,
               "center") - 2
    y = p.para(cx, y, d.when(), p.w - 160, 11.5, "", INK, "center") - 14
    credits = d.credits_phrase()
    approval = rng.choice(APPROVAL_SENTENCES).format(credits=credits)
    if not f.accreditation and rng.random() < 0.6:
        approval = f"This activity has been approved for {credits} by {f.provider}."
    paragraph = " ".join(s for s in (f.accreditation_text, approval) if s)
    d.must.append(paragraph)
    lines = simpleSplit(paragraph, p.font(), 10 * p.scale, p.w - 200)
    box_h = len(lines) * 10 * p.scale * 1.4 + 16
    p.rect(80, y - box_h, p.w - 160, box_h, fill=mix(p.accent, 0.93))
    p.para(100, y - 16, paragraph, p.w - 200, 10, "", INK, lead=1.4)
    y -= box_h + 14
    rest = d.details(date_row=False, credit_row=False)
    if rest:
        p.inline(cx, y, rest, 9.5, width=p.w - 160)
    lines_fine = [s for s in d.fine() if s != f.accreditation_text]
    top = p.fine(60, p.w - 60, 40, lines_fine, 7.0)
    p.signers(top + 28, 1, cx - 150, cx + 150)


def f40_two_column(p: Pen, d: Doc) -> None:
    f, rng = d.facts, d.rng
    mid = p.w * rng.uniform(0.5, 0.56)
    p.rect(mid, 0, p.w - mid, p.h, fill=mix(p.accent, 0.92))
    p.vline(mid, 40, p.h - 40, p.accent, 2)
    p.logo(40, p.h - 90, 44)
    y = p.para(96, p.h - 62, f.provider, mid - 130, 12, "b", p.accent) - 30
    y = p.para(40, min(y, p.h - 120), d.word("heading"), mid - 70, 24, "b", INK) - 10
    y = p.para(40, y, rng.choice(("for completing", "in recognition of completing", d.word("verb"))), mid - 70,
               10.5, "i", MUTED) - 4
    y = p.para(40, y, f.course_title, mid - 70, 15, "b", p.accent) - 12
    p.rows(40, y, d.details(), 120, mid - 180, 10)
    x, w = mid + 30, p.w - mid - 60
    y = p.para(x, p.h * 0.68, d.word("intro"), w, 11, "", MUTED) - 10
    y = p.line(x, y - 14, f.participant, 26, "b", INK, "left", w) - 2
    p.rule(x, y + 16, x + w, p.accent, 1)
    name, title = d.signers(1)[0]
    p.signature(x + w / 2, y - 70, name, title, min(170, w))
    p.fine(40, mid - 30, 34, d.fine(), 6.8, "left")


def f41_caps_title(p: Pen, d: Doc) -> None:
    f, rng = d.facts, d.rng
    p.rect(50, p.h - 56, 60, 6, fill=p.accent)
    y = p.para(50, p.h - 82, d.word("heading"), p.w - 100, 14, "", MUTED) - 4
    y = p.para(50, y, f.provider, p.w - 100, 11, "b", p.accent) - 26
    y = p.para(50, y, d.word("intro"), p.w - 100, 11, "", MUTED) - 8
    y = p.line(50, y - 18, f.participant, 34, "", INK, "left", p.w - 100) - 6
    y = p.para(50, y, d.word("verb"), p.w - 100, 11, "", MUTED) - 4
    y = p.para(50, y - 4, f.course_title, p.w - 100, 19, "b", INK, lead=1.2) - 14
    p.rule(50, y + 8, p.w - 50, mix(INK, 0.7), 0.6)
    parts = [f"{label.rstrip(':').upper()}  {value}" for label, value in d.details()]
    line, size = "", 9.5 * p.scale
    for part in parts:
        if line and p.width(f"{line}   |   {part}", size) > p.w - 100:
            p.text(50, y - 8, line, size)
            y -= size * 1.6
            line = part
        else:
            line = f"{line}   |   {part}" if line else part
    p.text(50, y - 8, line, size)
    bottom(p, d, rng.choice((1, 2)), 36, 50, p.w - 50)


def f42_portrait_logo(p: Pen, d: Doc) -> None:
    f, cx = d.facts, p.w / 2
    p.rect(30, 30, p.w - 60, p.h - 60, stroke=mix(p.accent, 0.4), lw=1)
    words = d.word("heading").split(" ", 1)
    y = p.line(cx, p.h - 110, words[0].upper(), 34, "b", p.accent, "center", p.w - 120) - 2
    y = p.para(cx, y, words[1] if len(words) > 1 else "", p.w - 120, 16, "i", INK, "center") - 26
    y = p.para(cx, y, d.word("intro"), p.w - 120, 11, "", MUTED, "center") - 14
    y = p.line(cx, y - 12, f.participant, 26, "b", INK, "center", p.w - 120) - 6
    y = p.para(cx, y, d.word("verb"), p.w - 120, 11, "", MUTED, "center") - 4
    y = p.para(cx, y, f.course_title, p.w - 140, 16, "b", p.accent, "center") - 18
    p.rows(cx - 170, y, d.details(), 130, 220, 10.5)
    lines = d.fine()
    top = p.fine(60, p.w - 60, 44, lines, 6.8)
    name, title = d.signers(1)[0]
    logo_y = top + 20
    p.logo(cx - 130, logo_y, 40)
    p.text(cx - 80, logo_y + 22, f.provider, p.fit(f.provider, 12, "b", 250), "b", p.accent)
    p.text(cx - 80, logo_y + 8, d.url().replace("/verify", ""), 8, "", MUTED)
    p.signature(cx, logo_y + 110, name, title)


def f43_sign_in(p: Pen, d: Doc) -> None:
    f, rng = d.facts, d.rng
    p.text(50, p.h - 60, rng.choice(("Proof of Attendance", "PROOF OF ATTENDANCE", "Attendance Record")),
           22 * p.scale, "b", p.accent)
    y = p.para(50, p.h - 84, f.provider, p.w - 100, 12, "b", INK) - 10
    rows = [(d.label("title"), f.course_title), (d.when_label(), d.when()), d.credits_row()]
    for label, value in d.details(date_row=False, credit_row=False):
        rows.append((label, value))
    y = p.rows(50, y, rows, 120, p.w - 220, 10.5) - 8
    hours = f.hours() or 1.0
    t0 = rng.choice((450, 480, 510, 540))
    tin, tout = (clock(t0), clock(t0 + round(hours * 60) + (30 if hours > 4 else 0))) if hours <= 8 else ("", "")
    lic = f.license_number or ""
    body = [["1", f.participant, lic, tin, tout, ""]] + [[str(i), "", "", "", "", ""] for i in range(2, 6)]
    w = p.w - 100
    y = table(p, 50, y, [w * 0.06, w * 0.34, w * 0.17, w * 0.13, w * 0.13, w * 0.17],
              ["#", "Attendee Name", d.label("license", False), "Time In", "Time Out", "Initials"], body, 9.5,
              grid=True) - 14
    p.para(50, y, "Attendance verified by the program moderator. Credit is awarded only for time attended.",
           p.w - 100, 8.5, "i", MUTED)
    bottom(p, d, 1, 36, 50, p.w - 50)


def f44_date_words(p: Pen, d: Doc) -> None:
    f, rng, cx = d.facts, d.rng, p.w / 2
    p.border(20, True)
    y = p.para(cx, p.h - 80, f.provider, p.w - 160, 13, "", p.accent, "center") - 8
    y = p.para(cx, y, d.word("heading"), p.w - 160, 28, "bi", INK, "center") - 14
    y = p.para(cx, y, d.word("intro"), p.w - 160, 12, "i", INK, "center") - 14
    y = p.line(cx, y - 14, f.participant, 28, "b", INK, "center", p.w - 180) - 6
    y = p.para(cx, y, d.word("verb"), p.w - 160, 12, "i", INK, "center") - 4
    y = p.para(cx, y - 2, f.course_title, p.w - 180, 17, "b", p.accent, "center") - 8
    key = rng.choice(sorted(DATE_WORDS))
    when = DATE_WORDS[key](f.completion)
    if d.locale == "intl":
        when = when.replace(",", "")
    d.must.append(when)
    sentence = rng.choice((f"and was awarded {d.credits_phrase()} {when}.",
                           f"Completed {when}, for {d.credits_phrase()}."))
    y = p.para(cx, y, sentence, p.w - 180, 12, "i", INK, "center") - 8
    rest = d.details(date_row=False, credit_row=False)
    if rest:
        p.inline(cx, y, rest, 9.5, width=p.w - 180)
    bottom(p, d, 2, 46, 70, p.w - 70)


def f45_value_captions(p: Pen, d: Doc) -> None:
    f, rng, cx = d.facts, d.rng, p.w / 2
    p.rect(0, p.h - 10, p.w, 10, fill=p.accent)
    y = p.para(cx, p.h - 60, d.word("heading").upper(), p.w - 120, 20, "b", p.accent, "center") - 26
    caption_block(p, cx - 200, y, f.participant, rng.choice(("Participant", "Name", "Attendee")), 400, 24, "b",
                  "center")
    y -= 62
    caption_block(p, 70, y, f.course_title, rng.choice(("Course Title", "Program", "Activity")), p.w - 140, 14,
                  "b", "center")
    y -= 56
    cells = [(d.when(), "Date" if not f.start else "Dates"), (d.facts.credit.phrase, "Credits Awarded"),
             (f.provider, rng.choice(("Provider", "Sponsor", "Presented by")))]
    d.must.append(f.credit.phrase)
    if f.delivery_text:
        cells.append((f.delivery_text, "Format"))
        d.must.append(f.delivery_text)
    if f.license_number:
        cells.append((f.license_number, "License Number"))
    if f.certificate_id:
        cells.append((f.certificate_id, "Certificate Number"))
    per_row = 3
    gap, w = 24, (p.w - 140 - 2 * 24) / 3
    for k, (value, caption) in enumerate(cells):
        col, row = k % per_row, k // per_row
        caption_block(p, 70 + col * (w + gap), y - row * 48, value, caption, w, 11.5, "", "center")
    bottom(p, d, rng.choice((1, 2)), 36)


def f46_qr_verify(p: Pen, d: Doc) -> None:
    f, rng = d.facts, d.rng
    p.rect(0, 0, p.w, p.h, stroke=mix(p.accent, 0.5), lw=6)
    y = p.para(50, p.h - 70, f.provider, p.w - 260, 12, "b", p.accent) - 16
    y = p.para(50, y, d.word("heading"), p.w - 260, 26, "b", INK) - 10
    y = p.para(50, y, d.word("intro"), p.w - 260, 11, "", MUTED) - 10
    y = p.line(50, y - 12, f.participant, 28, "b", INK, "left", p.w - 260) - 4
    y = p.para(50, y, d.word("verb"), p.w - 260, 11, "", MUTED) - 4
    y = p.para(50, y, f.course_title, p.w - 260, 16, "b", p.accent) - 12
    p.rows(50, y, d.details(), 140, p.w - 400, 10)
    size = 110.0
    qx, qy = p.w - 60 - size, p.h - 90 - size
    qr(p, qx, qy, size)
    p.text(qx + size / 2, qy - 18, rng.choice(("Scan to verify", "Verify this certificate")), 8.5, "b", INK,
           "center")
    url = d.url()
    p.text(qx + size / 2, qy - 30, url, p.fit(url, 7.5, "", 200), "", MUTED, "center")
    if f.certificate_id:
        p.text(qx + size / 2, qy - 42, f"{d.label('cert_id')} {f.certificate_id}", 7.5, "", MUTED, "center")
    bottom(p, d, 1, 36, 50, p.w - 50)


def f47_invoice(p: Pen, d: Doc) -> None:
    f, rng = d.facts, d.rng
    p.text(50, p.h - 60, f.provider, p.fit(f.provider, 16, "b", p.w * 0.55), "b", p.accent)
    addr = pool(rng, d.split, "address" if d.locale == "us" else "address_intl")
    p.para(50, p.h - 76, addr, 250, 8.5, "", MUTED)
    p.text(p.w - 50, p.h - 60, rng.choice(("RECEIPT", "INVOICE / RECEIPT", "ORDER SUMMARY")), 16, "b", INK,
           "right")
    order_day = f.completion - timedelta(days=rng.randint(3, 40))
    meta = [("Order #", f"{rng.choice('ABCDEFGHK')}{digits(rng, 6)}"), ("Order date", d.date(order_day)),
            ("Paid", rng.choice(("Visa ending 4417", "Mastercard ending 0921", "PayPal", "Purchase order")))]
    y = p.h - 80
    for label, value in meta:
        p.text(p.w - 200, y, label, 8.5, "b", MUTED)
        p.text(p.w - 50, y, value, 8.5, "", INK, "right")
        y -= 12
    y = min(y, p.h - 120) - 14
    price = rng.choice((29, 39, 49, 75, 95, 149, 249))
    w = p.w - 100
    y = table(p, 50, y, [w * 0.6, w * 0.1, w * 0.15, w * 0.15], ["Description", "Qty", "Price", "Amount"],
              [[f.course_title, "1", f"${price}.00", f"${price}.00"], ["", "", "Total", f"${price}.00"]], 9.5) - 22
    p.rect(50, y - 4, w, 2, fill=p.accent)
    y = p.para(50, y - 26, d.word("heading"), w, 18, "b", INK) - 6
    y = p.para(50, y, d.statement(), w, 11, lead=1.45) - 8
    rest = d.details(date_row=False, credit_row=False)
    if rest:
        p.rows(50, y, rest, 130, w - 130, 10)
    bottom(p, d, rng.choice((0, 1)), 36, 50, p.w - 50)


def f48_grey_band(p: Pen, d: Doc) -> None:
    f, rng = d.facts, d.rng
    band = mix(INK, rng.uniform(0.25, 0.45))
    bh = 130 if p.w > p.h else 150
    p.rect(0, p.h - bh, p.w, bh, fill=band)
    y = p.para(50, p.h - 50, d.word("heading").upper(), p.w - 100, 24, "b", white) - 4
    p.para(50, y, f.provider, p.w - 100, 13, "", white)
    y = p.h - bh - 40
    y = p.para(50, y, d.word("intro"), p.w - 100, 11, "", MUTED) - 12
    y = p.line(50, y - 12, f.participant, 28, "b", INK, "left", p.w - 100) - 4
    y = p.para(50, y, d.word("verb"), p.w - 100, 11, "", MUTED) - 4
    y = p.para(50, y, f.course_title, p.w - 100, 16, "b", INK) - 14
    p.rows(50, y, d.details(), 150, p.w - 250, 10.5, "b", band)
    p.rect(0, 0, p.w, 14, fill=band)
    bottom(p, d, 1, 30, 50, p.w - 50)


def f49_ce_transcript(p: Pen, d: Doc) -> None:
    f, rng = d.facts, d.rng
    y = p.para(50, p.h - 60, f.provider, p.w - 100, 14, "b", p.accent)
    y = p.para(50, y - 4, rng.choice(("Continuing Education Transcript", "Learner Activity Report",
                                      "CE Transcript (excerpt)")), p.w - 100, 18, "b", INK) - 10
    year = f.completion.year
    meta = [(rng.choice(("Learner:", d.label("participant"))), f.participant),
            ("Learner ID:", digits(rng, 8)),
            ("Report period:", f"{d.date(date(year, 1, 1))} - {d.date(date(year, 12, 31))}"),
            ("Printed:", d.date(f.completion + timedelta(days=rng.randint(5, 60))))]
    if f.license_number:
        meta.insert(1, (d.label("license"), f.license_number))
    y = p.rows(50, y, meta, 110, p.w - 210, 9.5) - 8
    cols = ["Completed", "Activity", "Credits"]
    row = [d.when(), f.course_title, d.credits_phrase()]
    widths = [0.2, 0.5, 0.3]
    if f.delivery_text:
        cols.insert(2, "Type")
        row.insert(2, f.delivery_text)
        d.must.append(f.delivery_text)
        widths = [0.18, 0.42, 0.14, 0.26]
    if f.certificate_id:
        cols.insert(0, "Cert. No.")
        row.insert(0, f.certificate_id)
        widths = [0.15] + [x * 0.85 for x in widths]
    w = p.w - 100
    y = table(p, 50, y, [w * x for x in widths], cols, [row], 9) - 10
    p.text(50, y, f"Activities listed: 1 of {rng.randint(3, 14)} (filtered)", 8.5, "i", MUTED)
    p.fine(50, p.w - 50, 36, [*d.fine(), f"Page 1 of 1 \u00b7 {d.url()}"], 7.0, "left")


def f50_uk_cpd(p: Pen, d: Doc) -> None:
    f, rng, cx = d.facts, d.rng, p.w / 2
    p.rect(0, p.h - 24, p.w, 24, fill=p.accent)
    p.rect(0, 0, p.w, 8, fill=p.accent)
    y = p.para(cx, p.h - 70, f.provider, p.w - 120, 13, "b", p.accent, "center") - 6
    y = p.para(cx, y, rng.choice(("CPD Certificate", "Certificate of CPD", "Certificate of Attendance")), p.w - 120,
               26, "b", INK, "center") - 12
    y = p.para(cx, y, rng.choice(("This is to confirm that", "This certificate confirms that")), p.w - 120, 11,
               "", MUTED, "center") - 12
    y = p.line(cx, y - 12, f.participant, 24, "b", INK, "center", p.w - 120) - 4
    y = p.para(cx, y, rng.choice(("attended the following CPD programme", "has completed the programme",
                                  "participated in the CPD activity")), p.w - 120, 11, "", MUTED, "center") - 4
    y = p.para(cx, y, f.course_title, p.w - 140, 15, "b", INK, "center") - 14
    rows = d.details()
    rows.insert(0, (rng.choice(("Organised by:", d.label("provider"))), f.provider))
    y = p.rows(cx - 190, y, rows, 140, 240, 10) - 6
    outcomes = ("Learning outcomes: describe current guidance; apply it to practice; reflect on changes to your "
                "own practice.")
    box_w = p.w - 140
    lines = simpleSplit(outcomes, p.font(), 9, box_w - 20)
    p.rect(70, y - 18 - len(lines) * 12, box_w, 18 + len(lines) * 12, stroke=mix(p.accent, 0.4), lw=0.6)
    p.para(80, y - 14, outcomes, box_w - 20, 9, "", MUTED)
    lines_fine = [*d.fine(), "Please keep this certificate as evidence for your CPD record and revalidation."]
    top = p.fine(60, p.w - 60, 28, lines_fine, 6.8)
    p.signers(top + 30, rng.choice((1, 2)), 70, p.w - 70)


def f51_wallet(p: Pen, d: Doc) -> None:
    f, rng = d.facts, d.rng
    p.rect(0, p.h - 30, p.w, 30, fill=p.accent)
    p.text(10, p.h - 19, f.provider, p.fit(f.provider, 9, "b", p.w - 20) * 0.95, "b", white)
    p.text(10, p.h - 44, d.word("heading").upper(), 6.5, "b", MUTED)
    p.text(10, p.h - 68, f.participant, p.fit(f.participant, 13, "b", p.w - 20), "b", INK)
    p.rule(10, p.h - 73, p.w - 10, mix(INK, 0.6), 0.4)
    p.para(10, p.h - 86, f.course_title, p.w - 20, 8, "", INK, lead=1.2)
    p.text(10, 12, rng.choice(("Wallet card", "Carry this card", "Pocket certificate")), 6, "i", MUTED)
    p.c.showPage()
    rows = [(d.when_label(), d.when()), d.credits_row(), *d.details(date_row=False, credit_row=False,
                                                                      extras=False)]
    y = p.h - 18
    for label, value in rows:
        p.text(10, y, label, 6.5, "b", MUTED)
        size = p.fit(value, 8, "", p.w - 96) / p.scale
        p.text(86, y, value, size)
        y -= 11
    p.fine(10, p.w - 10, 8, d.fine(extras=False), 5.0, "left")


def f52_digital_badge(p: Pen, d: Doc) -> None:
    f, rng = d.facts, d.rng
    p.rect(0, p.h - 40, p.w, 40, fill=mix(p.accent, 0.9))
    p.text(30, p.h - 25, rng.choice(("Digital Credential", "Verified Badge", "Credential Details")), 11, "b",
           p.accent)
    cx, cy, r = 110.0, p.h - 160, 62.0
    path = p.c.beginPath()
    path.moveTo(cx, cy + r)
    for i in range(1, 6):
        a = math.radians(90 + 60 * i)
        path.lineTo(cx + r * math.cos(a), cy + r * math.sin(a))
    path.close()
    p.c.setFillColor(p.accent)
    p.c.drawPath(path, stroke=0, fill=1)
    initials = "".join(w[0] for w in f.provider.split()[:3]).upper()
    p.text(cx, cy - 6, initials, 20, "b", white, "center")
    x, w = 200.0, p.w - 240
    y = p.para(x, p.h - 90, f.course_title, w, 20, "b", INK, lead=1.2) - 6
    y = p.para(x, y, f"{rng.choice(('Issued by', 'Issuer:'))} {f.provider}", w, 11, "", MUTED) - 14
    y = p.para(x, y, rng.choice(("Earned by", "Awarded to", d.word("intro"))), w, 10, "", MUTED) - 4
    y = p.line(x, y - 10, f.participant, 22, "b", INK, "left", w) - 8
    desc = (f"Earners of this credential completed {f.course_title} and the assessment that follows it, "
            f"for {d.credits_phrase()}.")
    y = p.para(x, y, desc, w, 10, "", INK, lead=1.4) - 10
    skills = rng.sample(("Critical thinking", "Documentation", "Risk assessment", "Communication", "Compliance",
                         "Analysis", "Planning", "Teamwork"), 3)
    sx = x
    for s in skills:
        sw = p.width(s, 8.5) + 16
        p.rect(sx, y - 5, sw, 16, fill=mix(p.accent, 0.88))
        p.text(sx + 8, y, s, 8.5, "", INK)
        sx += sw + 8
    y -= 26
    rows = d.details(credit_row=False)
    p.rows(x, y, rows, 120, w - 130, 9.5)
    p.fine(30, p.w - 30, 30, [*d.fine(), f"Verify: {d.url()}"], 6.8, "left")


def f53_attendance_codes(p: Pen, d: Doc) -> None:
    f, rng = d.facts, d.rng
    y = p.para(p.w / 2, p.h - 60, f.provider, p.w - 120, 13, "b", INK, "center")
    y = p.para(p.w / 2, y - 4, rng.choice(("Attendance Verification", "Verification of Attendance Form",
                                           "Record of Attendance")), p.w - 120, 18, "b", p.accent, "center") - 12
    rows = [(d.label("participant"), f.participant), (d.label("title"), f.course_title), *d.details()]
    y = p.rows(60, y, rows, 160, p.w - 280, 10.5) - 6
    p.text(60, y, "Attendance codes announced during the program:", 9.5 * p.scale, "b")
    y -= 18
    words = rng.sample(("MAPLE", "RIVER", "SUMMIT", "ORBIT", "CEDAR", "HARBOR", "LANTERN", "PRAIRIE"), 3)
    for i, word in enumerate(words):
        p.text(60 + i * 150, y, f"Code {i + 1}:", 9, "", MUTED)
        p.text(108 + i * 150, y, word, 10, "b")
        p.rule(105 + i * 150, y - 3, 190 + i * 150, MUTED, 0.4)
    y -= 26
    y = p.para(60, y, "I certify that I attended the program in full and recorded each code as it was announced.",
               p.w - 120, 9.5, "i") - 30
    p.rule(60, y, 260, INK)
    p.text(60, y - 11, "Signature of attendee", 8, "", MUTED)
    p.rule(p.w - 260, y, p.w - 60, INK)
    p.text(p.w - 260, y - 11, "Moderator", 8, "", MUTED)
    p.fine(60, p.w - 60, 36, d.fine(), 7.0, "left")


def f54_cne_disclosure(p: Pen, d: Doc) -> None:
    f, rng, cx = d.facts, d.rng, p.w / 2
    p.border(24, False)
    y = p.para(cx, p.h - 70, f.provider, p.w - 140, 13, "b", p.accent, "center") - 4
    y = p.para(cx, y, rng.choice(("Certificate of Successful Completion", d.word("heading"))), p.w - 140, 20, "b",
               INK, "center") - 10
    y = p.line(cx, y - 10, f.participant, 24, "b", INK, "center", p.w - 140) - 4
    y = p.para(cx, y, d.word("verb"), p.w - 140, 11, "i", MUTED, "center") - 2
    y = p.para(cx, y, f.course_title, p.w - 160, 15, "b", INK, "center") - 12
    rows = d.details()
    rows.append(("Nurse Planner:", d.person(0.0)))
    y = p.rows(70, y, rows, 150, p.w - 290, 10) - 4
    notes = [
        "Requirements for successful completion: attend the entire activity and submit the evaluation.",
        "Disclosures: the planners and faculty have no relevant financial relationships with ineligible companies.",
        f"This activity expires on {d.date(f.completion + timedelta(days=365 * rng.randint(1, 3)))}.",
    ]
    for note in rng.sample(notes, rng.randint(2, 3)):
        y = p.para(70, y, note, p.w - 140, 8.5, "", MUTED) - 2
    bottom(p, d, 1, 36, 60, p.w - 60)


def f55_clock_hours(p: Pen, d: Doc) -> None:
    f, rng = d.facts, d.rng
    p.rect(40, p.h - 96, p.w - 80, 56, stroke=INK, lw=1)
    p.text(52, p.h - 64, rng.choice(("Clock Hour Verification", "Professional Learning Clock Hours",
                                     "Clock Hour Record")), 18 * p.scale, "b", INK)
    p.text(52, p.h - 84, f.provider, p.fit(f.provider, 11, "", p.w - 120), "", p.accent)
    educator = rng.choice(("Educator:", "Participant name:", d.label("participant")))
    district = f"{rng.choice(half(VOCABULARY['organisations']['places'], d.split))} School District"
    rows = [(educator, f.participant), ("District:", district), (d.label("title"), f.course_title),
            *d.details(), ("Session leader:", d.person(0.2)),
            ("Standard addressed:", rng.choice(("Instruction", "Learning environment", "Professional growth",
                                                "Assessment literacy")))]
    y = p.rows(50, p.h - 126, rows, 150, p.w - 250, 10.5) - 10
    p.para(50, y, "Clock hours are awarded for time in attendance only; breaks and meals are excluded.", p.w - 100,
           8.5, "i", MUTED)
    bottom(p, d, 1, 36, 50, p.w - 50)


def plain_name(participant: str) -> str:
    """The participant without credentials: how a mail client or a roster shows a person."""
    return participant.split(",")[0]


def f56_email_notice(p: Pen, d: Doc) -> None:
    f, rng = d.facts, d.rng
    p.rect(0, p.h - 36, p.w, 36, fill=mix(INK, 0.9))
    p.text(30, p.h - 23, rng.choice(("Inbox", "Mail", "Messages")), 11, "b", INK)
    p.text(p.w - 30, p.h - 23, rng.choice(("Reply   Forward   Print", "Print   Close")), 8.5, "", MUTED, "right")
    slug = "".join(w[0] for w in f.provider.split()).lower()
    first, *rest = plain_name(f.participant).split()
    mailbox = f"{first[0]}{rest[-1] if rest else first}".lower().strip(".") + digits(rng, 2)
    sent = f.completion + timedelta(days=rng.randint(0, 6))
    head = [("From:", f"{f.provider} <noreply@{slug}.org>"), ("To:", f"{mailbox}@mailbox.example"),
            (rng.choice(("Sent:", "Date:")), f"{d.date(sent)} {rng.randint(7, 11)}:{rng.randint(10, 59)} AM"),
            ("Subject:", rng.choice(("Your certificate is ready", "Course completed - your CE certificate",
                                     "Certificate of completion")))]
    y = p.rows(40, p.h - 66, head, 70, p.w - 130, 9.5, "b", MUTED) - 4
    p.rule(40, y + 6, p.w - 40, MUTED, 0.5)
    y = p.para(40, y - 16, f"{rng.choice(('Dear', 'Hello', 'Hi'))} {first},", p.w - 80, 11) - 6
    y = p.para(40, y, rng.choice(("Congratulations! Your certificate is below.",
                                  "Thank you for learning with us. Please keep this message as your record.")),
               p.w - 80, 11) - 10
    p.rect(40, y - 2, p.w - 80, 1.5, fill=p.accent)
    y = p.para(40, y - 24, d.word("heading"), p.w - 80, 16, "b", p.accent) - 6
    y = p.para(40, y, d.statement(), p.w - 80, 11, lead=1.45) - 8
    rest_rows = d.details(date_row=False, credit_row=False)
    if rest_rows:
        y = p.rows(40, y, rest_rows, 130, p.w - 200, 10) - 6
    name, title = d.signers(1)[0]
    y = p.para(40, y - 6, rng.choice(("Best regards,", "Sincerely,")), 300, 10.5)
    p.text(40, y - 4, name, 10.5 * p.scale)
    p.text(40, y - 16, f"{title}, {f.provider}", 9 * p.scale, "i", MUTED)
    p.fine(40, p.w - 40, 30, [*d.fine(), "You are receiving this email because you completed a course. "
                              "Manage your notification preferences in your account."], 7.0, "left")


def leader_row(p: Pen, x: float, x1: float, y: float, label: str, value: str, size: float) -> float:
    """'Label ........ value': dot leaders fill the gap up to the value, right-aligned at x1."""
    vw = p.width(value, size)
    if vw > (x1 - x) * 0.62:
        size = p.fit(value, size / p.scale, "", (x1 - x) * 0.62)
        vw = p.width(value, size)
    p.text(x, y, label, size)
    gap = x1 - vw - 6 - (x + p.width(label, size) + 6)
    p.text(x + p.width(label, size) + 6, y, "." * max(int(gap / p.width(".", size)), 3), size, "", MUTED)
    p.text(x1, y, value, size, "", INK, "right")
    return y - size * 1.6


def f57_leader_statement(p: Pen, d: Doc) -> None:
    f, rng = d.facts, d.rng
    x0, x1 = 70, p.w - 70
    p.text(p.w / 2, p.h - 70, f.provider, p.fit(f.provider, 15, "b", x1 - x0), "b", p.accent, "center")
    y = p.para(p.w / 2, p.h - 104, d.word("heading").upper(), x1 - x0, 17, "b", INK, "center") - 8
    p.rule(x0, y + 6, x1, p.accent, 1.2)
    colon = rng.random() < 0.3
    rows = [(d.label("participant", colon), f.participant), (d.label("title", colon), f.course_title)]
    rows += [(label if colon else label.rstrip(":"), value) for label, value in d.details()]
    size = 11 * p.scale
    y -= 22
    for label, value in rows:
        y = leader_row(p, x0, x1, y, label, value, size)
    y = p.para(x0, y - 12, rng.choice(("The participant named above attended the activity in full.",
                                       "Attendance was verified by the sign-in record.")), x1 - x0, 10) - 4
    bottom(p, d, rng.choice((1, 2)), 40, x0, x1)


def f58_course_page(p: Pen, d: Doc) -> None:
    f, rng = d.facts, d.rng
    p.rect(0, p.h - 46, p.w, 46, fill=p.accent)
    p.text(24, p.h - 29, f.provider, p.fit(f.provider, 13, "b", p.w * 0.45), "b", white)
    p.text(p.w - 24, p.h - 29, rng.choice(("Courses    My Learning    Help    Log out",
                                          "Catalog   Dashboard   Account")), 9, "", white, "right")
    crumbs = rng.choice(("Home \u203a My Learning \u203a Certificates", "Dashboard / Transcript / Certificate"))
    p.text(24, p.h - 64, crumbs, 8.5, "", MUTED)
    card_x, card_w = 60, p.w - 120
    top = p.h - 84
    p.rect(card_x, 80, card_w, top - 80, fill=mix(p.accent, 0.95), stroke=mix(p.accent, 0.6), lw=0.8)
    y = p.para(p.w / 2, top - 40, d.word("heading"), card_w - 40, 22, "b", p.accent, "center") - 10
    y = p.para(p.w / 2, y, d.word("intro"), card_w - 40, 11, "i", MUTED, "center") - 6
    y = p.line(p.w / 2, y - 12, f.participant, 24, "b", INK, "center", card_w - 60) - 4
    y = p.para(p.w / 2, y, d.word("verb"), card_w - 40, 11, "i", MUTED, "center") - 6
    y = p.para(p.w / 2, y - 6, f.course_title, card_w - 80, 15, "b", INK, "center") - 12
    p.inline(p.w / 2, y, d.details(), 10, "center", card_w - 60)
    for k, button in enumerate(rng.sample(("Download PDF", "Share", "Add to profile", "Print"), 2)):
        bx = p.w / 2 - 110 + k * 120
        p.rect(bx, 96, 100, 20, fill=mix(p.accent, 0.3 if k == 0 else 0.8))
        p.text(bx + 50, 102, button, 8.5, "b", white if k == 0 else INK, "center")
    lines = d.fine()
    p.fine(card_x, card_x + card_w, 60, lines, 6.5)
    p.text(p.w / 2, 20, f"\u00a9 {f.completion.year} {f.provider}. All rights reserved.   Privacy   Terms",
           7, "", MUTED, "center")


def fmt_part(minutes: int) -> str:
    """A part of an activity's length as printed in a breakdown: '2 h', '1.5 h', '45 min'."""
    return f"{minutes / 60:g} h" if minutes >= 60 and minutes % 30 == 0 else short_minutes(minutes)


PART_NAMES = ("lecture", "workshop", "case discussion", "hands-on lab", "panel", "exercises", "posters",
              "simulation", "Q&A")


def f59_logo_footer(p: Pen, d: Doc) -> None:
    """The provider only as a logo (initials) at the top; its name appears only in the signature block or a footer."""
    f, rng, cx = d.facts, d.rng, p.w / 2
    p.border(22, rng.random() < 0.5)
    p.logo(cx - 26, p.h - 100, 52)
    y = p.line(cx, p.h - 140, d.word("heading"), 28, "b", p.accent, "center", p.w - 140) - 6
    y = p.para(cx, y, d.word("intro"), p.w - 160, 12, "i", MUTED, "center") - 14
    y = p.line(cx, y - 12, f.participant, 28, "b", INK, "center", p.w - 160) - 4
    y = p.para(cx, y, d.word("verb"), p.w - 160, 12, "i", MUTED, "center") - 4
    y = p.para(cx, y - 4, f.course_title, p.w - 200, 16, "b", INK, "center") - 8
    p.inline(cx, y, d.details(), 10, width=p.w - 180)
    where = rng.choice(("signature", "footer", "both"))
    foot = [*d.fine()]
    slug = "".join(w[0] for w in f.provider.split()).lower()
    if where in ("footer", "both"):
        foot.append(rng.choice((f"\u00a9 {f.completion.year} {f.provider}. All rights reserved.",
                                f"{f.provider} \u00b7 www.{slug}.org",
                                f"Questions about this certificate? Contact {f.provider} at ce@{slug}.org")))
    top = p.fine(70, p.w - 70, 40, foot, 7.0)
    name, title = d.signers(1)[0]
    if where in ("signature", "both"):
        title = f"{title}, {f.provider}" if rng.random() < 0.5 else title
        sx = cx + (0 if rng.random() < 0.5 else 180)
        p.scribble(sx, top + 48, 120)
        p.rule(sx - 95, top + 44, sx + 95, INK, 0.6)
        p.text(sx, top + 32, name, 9.5, "", INK, "center")
        if title.endswith(f.provider):
            p.text(sx, top + 21, title, p.fit(title, 8.5, "i", 300), "i", MUTED, "center")
        else:
            p.text(sx, top + 21, title, 8.5, "i", MUTED, "center")
            p.text(sx, top + 10, f.provider, p.fit(f.provider, 8.5, "b", 300), "b", MUTED, "center")
    else:
        p.signature(cx, top + 40, name, title)


def f60_split_hours(p: Pen, d: Doc) -> None:
    """The activity's length broken into parts ('2 h lecture + 1.5 h workshop') and a clock-time schedule beside the
    credit awarded; sometimes a state-requirement sentence with its own number."""
    f, rng = d.facts, d.rng
    x0, x1 = 56, p.w - 56
    p.rect(0, p.h - 12, p.w, 12, fill=p.accent)
    y = p.para(x0, p.h - 56, f.provider, x1 - x0, 13, "b", p.accent) - 10
    y = p.para(x0, y, d.word("heading"), x1 - x0, 24, "b", INK) - 8
    y = p.para(x0, y, d.word("intro"), x1 - x0, 11, "", MUTED) - 10
    y = p.line(x0, y - 12, f.participant, 26, "b", INK, "left", x1 - x0) - 4
    y = p.para(x0, y, d.word("verb"), x1 - x0, 11, "", MUTED) - 4
    y = p.para(x0, y, f.course_title, x1 - x0, 16, "b", p.accent) - 12
    parts = split_minutes(rng, f.hours() or 1.0, rng.randint(2, 3))
    names = rng.sample(PART_NAMES, len(parts))
    style = rng.choice(("plus", "list", "colon"))
    if style == "plus":
        breakdown = " + ".join(f"{fmt_part(m)} {n}" for m, n in zip(parts, names, strict=True))
    elif style == "list":
        breakdown = ", ".join(f"{n.capitalize()} {fmt_part(m)}" for m, n in zip(parts, names, strict=True))
    else:
        breakdown = " \u00b7 ".join(f"{n.capitalize()}: {fmt_part(m)}" for m, n in zip(parts, names, strict=True))
    rows = [(rng.choice(("Breakdown:", "Components:", "Time allocation:", "Agenda:")), breakdown)] \
        if len(parts) > 1 else []
    if rng.random() < 0.6 and sum(parts) <= 480:  # one day: a clock-time schedule
        start = rng.choice((480, 510, 540, 780) if sum(parts) <= 240 else (480, 510, 540))
        end = start + sum(parts) + rng.choice((0, 15, 30, 60))
        rows.append((rng.choice(("Schedule:", "Time:", "Session time:")), f"{clock(start)} \u2013 {clock(end)}"))
    rows += d.details()
    y = p.rows(x0, y, rows, 140, x1 - x0 - 150, 10.5) - 8
    if rng.random() < 0.5:
        state = rng.choice(STATES)
        need = rng.choice((1, 1.5, 2, 3, 4, 6))
        y = p.para(x0, y, f"This activity may be used toward {state}'s {need:g}-hour continuing education "
                   "requirement where the board accepts it.", x1 - x0, 9, "i", MUTED) - 4
    bottom(p, d, rng.choice((1, 2)), 40, x0, x1)


def f61_title_extras(p: Pen, d: Doc) -> None:
    """The course title line carries more than the title: an instructor after a bar ('| Dana Whitcomb') or the
    length in the title ('- 2 Hours'); a course code sits on its own line above it."""
    f, rng, cx = d.facts, d.rng, p.w / 2
    hours = f.hours()
    extras = ["instructor"]
    if hours and round(hours * 4) == hours * 4:
        extras.append("hours")
    extra = rng.choice(extras)
    if extra == "instructor":
        line = f"{f.course_title} | {d.person(0.2).split(',')[0]}"
    else:
        h = f"{hours:g}"
        line = rng.choice((f"{f.course_title} - {h} Hour{'s' if hours != 1 else ''}",
                           f"{f.course_title} ({h} hour{'s' if hours != 1 else ''})"))
    code = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVW") for _ in range(rng.choice((2, 3)))) + \
        f"-{digits(rng, rng.choice((3, 5)))}" + rng.choice(("", ".a", ".b", "-OL"))
    p.border(26, False)
    y = p.line(cx, p.h - 74, f.provider, 14, "b", p.accent, "center", p.w - 160) - 10
    y = p.line(cx, y - 8, d.word("heading"), 26, "b", INK, "center", p.w - 140) - 8
    y = p.para(cx, y, d.word("intro"), p.w - 160, 12, "i", MUTED, "center") - 12
    y = p.line(cx, y - 12, f.participant, 28, "bi", INK, "center", p.w - 180) - 4
    y = p.para(cx, y, d.word("verb"), p.w - 160, 12, "i", MUTED, "center") - 8
    y = p.line(cx, y, rng.choice((f"Course {code}", f"Course code: {code}", code)), 9.5, "", MUTED, "center",
               p.w - 200) - 2
    y = p.para(cx, y - 4, line, p.w - 200, 16, "b", p.accent, "center") - 10
    p.inline(cx, y, d.details(), 10, width=p.w - 180)
    bottom(p, d, rng.choice((1, 2)), 42)


def f62_signatories(p: Pen, d: Doc) -> None:
    """Landscape certificate crowded with people: a program chair line above the participant, the faculty named
    right under the participant and the title, and two signature blocks."""
    f, rng, cx = d.facts, d.rng, p.w / 2
    p.border(20, True)
    chair = d.person(0.5)
    faculty = [d.person(0.6).split(",")[0] for _ in range(rng.randint(1, 3))]
    p.text(p.w - 50, p.h - 50, f"Program Chair: {chair}", 8.5, "", MUTED, "right")
    y = p.line(cx, p.h - 80, f.provider, 13, "b", p.accent, "center", p.w - 260) - 8
    y = p.line(cx, y - 6, d.word("heading"), 30, "b", INK, "center", p.w - 160) - 6
    y = p.para(cx, y, d.word("intro"), p.w - 180, 12, "i", MUTED, "center") - 12
    y = p.line(cx, y - 12, f.participant, 30, "b", p.accent, "center", p.w - 200) - 4
    y = p.para(cx, y, d.word("verb"), p.w - 180, 12, "i", MUTED, "center") - 4
    y = p.para(cx, y - 4, f.course_title, p.w - 220, 17, "b", INK, "center") - 4
    led = rng.choice(("Presented by", "Faculty:", "Led by", "Instructors:"))
    y = p.para(cx, y, f"{led} {', '.join(faculty[:-1]) + ' and ' if len(faculty) > 1 else ''}{faculty[-1]}",
               p.w - 220, 11, "i", INK, "center") - 8
    p.inline(cx, y, d.details(), 10, width=p.w - 200)
    top = p.fine(80, p.w - 80, 34, d.fine(), 6.8)
    p.signature(cx - 220, top + 36, *d.signers(1)[0])
    p.signature(cx + 220, top + 36, *d.signers(1)[0])
    if rng.random() < 0.5:
        p.seal(cx, top + 50, 30)


EFFORT_PHRASES = ("{w} weeks, {h} hours per week", "{lo:.2f} - {hi:.2f} h", "{dd:02d} Days",
                  "Approx. {w} weeks of study", "{h}-{h2} hours per week for {w} weeks")


def f63_mooc_effort(p: Pen, d: Doc) -> None:
    """Course-platform statement of accomplishment: the effort is stated in weeks, a range or days and no credit is
    awarded (the record's credits stay empty)."""
    f, rng = d.facts, d.rng
    p.rect(0, 0, p.w, p.h, fill=mix(p.accent, 0.96))
    p.rect(0, p.h - 70, p.w, 70, fill=white)
    p.logo(36, p.h - 58, 40)
    p.text(86, p.h - 42, f.provider, p.fit(f.provider, 15, "b", p.w * 0.5), "b", INK)
    y = p.para(48, p.h - 120, rng.choice(("Statement of Accomplishment", "Course Certificate", d.word("heading"))),
               p.w - 96, 13, "b", MUTED) - 10
    y = p.line(48, y - 14, f.participant, 30, "b", INK, "left", p.w - 96) - 4
    y = p.para(48, y, d.word("verb"), p.w - 96, 11, "", MUTED) - 6
    y = p.para(48, y, f.course_title, p.w - 140, 20, "b", p.accent) - 14
    rows = [(d.when_label(), d.when()), (f.credit.label, d.credits_row()[1])]
    if f.delivery_text:
        rows.append((d.label("delivery"), f.delivery_text))
        d.must.append(f.delivery_text)
    if f.certificate_id:
        rows.append((d.label("cert_id"), f.certificate_id))
    p.rows(48, y, rows, 140, p.w - 240, 10.5)
    top = p.fine(48, p.w - 48, 34, [*d.fine(), "This certificate does not confer academic credit.",
                                    f"Verify at {d.url()}"], 7.0, "left")
    p.signers(top + 30, 1, 48, 280)


# Column headers as certificates print them: one tuple per field, generous in wording (all train: the held-out
# families have their own tables and never draw from these).
HEAD_WORDS = {
    "participant": ("Name", "Participant", "Participant Name", "Attendee", "Attendee Name", "Learner",
                    "Learner Name", "Student Name", "Licensee", "Recipient", "Awarded To", "Full Name",
                    "Name of Participant"),
    "title": ("Course", "Course Title", "Program", "Program Title", "Activity", "Activity Title", "Course Name",
              "Session Title", "Title of Activity", "Educational Activity", "Title"),
    "date": ("Date", "Date Completed", "Completion Date", "Completed", "Date of Completion", "Completed On",
             "Date Attended", "Activity Date", "Date Earned", "Course Date", "Session Date"),
    "range": ("Dates", "Program Dates", "Date(s)", "Dates of Attendance", "Event Dates"),
    "credits": ("Credits", "Credits Earned", "Credit Awarded", "CE Credit", "Credits Awarded"),
    "provider": ("Provider", "Provided By", "Sponsor", "Offered By", "Course Provider", "Issued By",
                 "Organization"),
    "delivery": ("Format", "Delivery Method", "Delivery Format", "Activity Type", "Learning Format"),
    "license": ("License #", "License No.", "License Number", "Lic. #", "State License"),
    "cert_id": ("Certificate #", "Certificate No.", "Certificate ID", "Cert. No.", "Certificate Number",
                "Verification Code", "Serial Number"),
    "accreditor": ("Accredited By", "Accrediting Body", "Approved By", "Accreditation"),
    "provider_no": ("Provider No.", "Provider Number", "Approval No.", "Sponsor ID", "Program Number"),
    "issued": ("Date Issued", "Issue Date", "Issued", "Printed On"),
}


def head_case(text: str, style: str) -> str:
    return {"upper": text.upper(), "lower": text.lower(), "title": text}[style]


def table_columns(d: Doc, columns: list[tuple[str, str]], x: float, y: float, width: float, style: str,
                  p: Pen) -> float:
    """A table of labels side by side over one row of values, each value under its label: columns sized by what
    they hold, text left, centred or right in its column, labels and values wrapping in narrow columns; ruled
    or not. Returns the y below it."""
    rng = d.rng
    power = rng.uniform(0.2, 0.8)  # low: columns of nearly one width, where long values and labels wrap
    weights = [max(len(v), len(h)) ** power for h, v in columns]
    widths = [width * w / sum(weights) for w in weights]
    align = rng.choice(("left", "left", "center", "mixed"))  # mixed: short values (numbers, dates) to the right
    head_size, size = rng.uniform(7.5, 9.5) * p.scale, rng.uniform(9, 11) * p.scale
    ruled, shaded = rng.random() < 0.5, rng.random() < 0.5
    heads = [simpleSplit(head_case(h, style), p.font("b"), head_size, w - 10) or [""]
             for (h, _), w in zip(columns, widths, strict=True)]
    values = [simpleSplit(v, p.font(), size, w - 10) or [""] for (_, v), w in zip(columns, widths, strict=True)]
    head_h = max(len(h) for h in heads) * head_size * 1.2 + 8
    body_h = max(len(v) for v in values) * size * 1.3 + 10
    if shaded:
        p.rect(x, y - head_h, width, head_h, fill=mix(p.accent, 0.85))
    cx = x
    for k, w in enumerate(widths):
        where = align if align != "mixed" else ("right" if len(columns[k][1]) < 14 else "left")
        for lines, top, sz, st, color in ((heads[k], y, head_size, "b", p.accent if not shaded else INK),
                                         (values[k], y - head_h, size, "", INK)):
            for i, line in enumerate(lines):
                tx = {"left": cx + 5, "center": cx + w / 2, "right": cx + w - 5}[where]
                p.text(tx, top - 4 - sz - i * sz * (1.2 if st else 1.3), line, sz, st, color, where)
        if ruled and k:
            p.vline(cx, y, y - head_h - body_h)
        cx += w
    p.rule(x, y - head_h, x + width, INK if ruled else MUTED, 0.5)
    if ruled:
        p.rect(x, y - head_h - body_h, width, head_h + body_h, stroke=MUTED, lw=0.5)
    return y - head_h - body_h


def table_heading(p: Pen, d: Doc, provider_col: bool, name_col: bool, x0: float, x1: float) -> float:
    """The provider (unless a column names it), the heading, and the participant unless a column names them."""
    f, rng = d.facts, d.rng
    if provider_col:
        p.rect(0, p.h - 10, p.w, 10, fill=p.accent)
        y = p.h - 50
    else:
        p.logo(x0, p.h - 84, 42)
        y = p.para(x0 + 56, p.h - 56, f.provider, x1 - x0 - 56, 15, "b", p.accent) - 6
        y = min(y, p.h - 100)
    y = p.para(x0, y - 10, d.word("heading"), x1 - x0, 22, "b", INK) - 6
    if not name_col:
        y = p.para(x0, y, d.word("intro"), x1 - x0, 11, "", MUTED) - 8
        return p.line(x0, y - 14, f.participant, 24, "b", INK, "left", x1 - x0) - 10
    if rng.random() < 0.5:
        y = p.para(x0, y, rng.choice(("The following continuing education was completed:",
                                      "This record confirms completion of the activity below.",
                                      "Details of the activity completed")), x1 - x0, 10.5, "i", MUTED) - 8
    return y


def id_columns(d: Doc, hw: dict[str, str]) -> list[tuple[str, str]]:
    """Format, licence, certificate number and an issue date: columns of the first table or a second one."""
    f, rng = d.facts, d.rng
    cols = []
    if f.delivery_text:
        cols.append((hw["delivery"], f.delivery_text))
        d.must.append(f.delivery_text)
    if f.license_number:
        cols.append((hw["license"], f.license_number))
    if f.certificate_id:
        cols.append((hw["cert_id"], f.certificate_id))
    if rng.random() < 0.35:
        cols.append((hw["issued"], d.date(f.completion + timedelta(days=rng.randint(0, 14)))))
    return cols


def f64_column_table(p: Pen, d: Doc) -> None:
    """Labels side by side in a header row, each value in the row beneath under its label (3-6 columns, some
    wrapping), sometimes a second table of accreditation and ids below; the participant and the provider either
    in a column or in the heading."""
    f, rng = d.facts, d.rng
    x0, x1 = 48, p.w - 48
    style = rng.choice(("upper", "upper", "title", "lower"))
    hw = {k: rng.choice(v) for k, v in HEAD_WORDS.items()}
    provider_col, name_col = rng.random() < 0.35, rng.random() < 0.6
    y = table_heading(p, d, provider_col, name_col, x0, x1)
    c = f.credit
    cols = [(hw["title"], f.course_title), (hw["range"] if f.start else hw["date"], d.when()),
            (c.label.rstrip(":") if c.label else hw["credits"], d.credits_row()[1])]
    if name_col:
        cols.insert(0, (hw["participant"], f.participant))
    if provider_col:
        cols.insert(rng.randint(1, 2), (hw["provider"], f.provider))
    extra = id_columns(d, hw)
    if len(cols) + len(extra) <= 6 and rng.random() < 0.5:  # one table holds everything
        cols, extra = cols + extra, []
    y = table_columns(d, cols, x0, y - 6, (x1 - x0) * rng.uniform(0.75, 1.0), style, p) - 18
    if f.accreditation and rng.random() < 0.5:
        extra.append((hw["accreditor"], f.accreditation))
    if rng.random() < 0.4:
        extra.append((hw["provider_no"], f"{rng.choice('PAC')}{digits(rng, rng.choice((4, 5, 6)))}"))
    if extra:
        table_columns(d, extra, x0, y, min(x1 - x0, 130 * len(extra)), style, p)
    bottom(p, d, rng.choice((0, 1, 1)), 36, x0, x1)


# A learning portal's page around a certificate: navigation, sponsors' logo strips and cookie banners name other
# things and other organisations than the provider.
PORTAL_NAV = ("Home    My Courses    Transcript    Log out", "Dashboard   Catalog   Certificates   Profile   Sign out",
              "Courses   My Learning   Events   Help   Log out", "Home  |  Browse  |  My Transcript  |  Account",
              "Learn    Community    Resources    Cart (0)    Sign out")
PORTAL_CRUMBS = ("Home \u203a My Courses \u203a Certificate", "Dashboard / Transcript / View certificate",
                 "My Learning > Completed > Certificate", "Home \u00bb Certificates \u00bb Download")
SPONSOR_HEADS = ("Sponsored by", "In partnership with", "Supported by", "Our partners", "Thanks to our sponsors",
                 "With support from", "Brought to you by")
SPONSOR_KINDS = ("Pharmaceuticals", "Medical Supply", "Foundation", "Health System", "Software, Inc.",
                 "Insurance Group", "Bank", "Diagnostics", "Credit Union", "Hospital Network", "Labs")
COOKIE_TEXTS = ("We use cookies to improve your experience. By continuing you accept our cookie policy.",
                "This site uses cookies for analytics and personalised content.",
                "Cookies help us deliver our services. Manage your preferences at any time.")
COOKIE_BUTTONS = (("Accept all", "Manage"), ("OK", "Settings"), ("Accept", "Reject"), ("Got it", "Learn more"))
FOOTER_LINKS = ("Privacy Policy \u00b7 Terms of Use \u00b7 Accessibility \u00b7 Contact us",
                "About   Help Center   Privacy   Terms   Sitemap", "Support | Privacy | Cookie settings | Careers")


def sponsor_names(d: Doc, n: int) -> list[str]:
    """Organisations that are not the provider: sponsors and partners of the portal."""
    places = [p for p in half(VOCABULARY["organisations"]["places"], d.split) if p not in d.facts.provider]
    return [f"{place} {kind}" for place, kind in zip(d.rng.sample(places, n), d.rng.sample(SPONSOR_KINDS, n),
                                                      strict=True)]


def busy_background(p: Pen, rng: random.Random) -> None:
    """A gradient and translucent shapes behind the page, as portals and screenshots show them."""
    top, low = mix(HexColor(rng.choice(ACCENTS)), 0.55), mix(HexColor(rng.choice(ACCENTS)), 0.75)
    bands = 40
    for i in range(bands):
        t = i / (bands - 1)
        p.rect(0, p.h * i / bands, p.w, p.h / bands + 1,
               fill=Color(*((1 - t) * a + t * b for a, b in ((top.red, low.red), (top.green, low.green),
                                                            (top.blue, low.blue)))))
    p.c.saveState()
    for _ in range(rng.randint(6, 14)):
        p.c.setFillColor(HexColor(rng.choice(ACCENTS)))
        p.c.setFillAlpha(rng.uniform(0.12, 0.3))  # after the colour, which brings its own (opaque) alpha
        p.c.circle(rng.uniform(0, p.w), rng.uniform(0, p.h), rng.uniform(20, 140), stroke=0, fill=1)
    p.c.restoreState()


def sponsor_strip(p: Pen, d: Doc, x: float, y: float, width: float) -> None:
    """'Sponsored by' and two to four logos of other organisations, their names under the marks."""
    rng = d.rng
    names = sponsor_names(d, rng.randint(2, 4))
    p.text(x, y, rng.choice(SPONSOR_HEADS), 8, "b", MUTED)
    slot = width / len(names)
    for k, name in enumerate(names):
        cx = x + slot * (k + 0.5)
        p.rect(cx - 12, y - 34, 24, 24, fill=HexColor(rng.choice(ACCENTS)))
        p.text(cx, y - 28, "".join(w[0] for w in name.split()[:2]), 9, "b", white, "center")
        p.text(cx, y - 46, name, p.fit(name, 8, "", slot - 8), "", INK, "center")


def portal_chrome(p: Pen, d: Doc, brand: str) -> float:
    """Browser bar with the address, the portal's brand and navigation (cut off at the left when the capture was
    cropped), breadcrumbs; returns the y under them."""
    f, rng = d.facts, d.rng
    slug = "".join(w[0] for w in f.provider.split()).lower()
    shift = rng.choice((0, 0, -18, -30))  # a cropped capture cuts the left edge of the chrome
    p.rect(0, p.h - 22, p.w, 22, fill=HexColor("#dcdcdc"))
    for k in range(3):
        p.c.setFillColor(HexColor(("#e0443e", "#dea123", "#1aab29")[k]))
        p.c.circle(shift + 14 + k * 12, p.h - 11, 4, stroke=0, fill=1)
    url = rng.choice((f"https://learn.{slug}.org/certificates/{digits(rng, 6)}",
                      f"https://{slug}.mylearningportal.com/transcript/cert?id={digits(rng, 7)}",
                      f"learning.{slug}.org/my-courses/completed"))
    p.rect(shift + 60, p.h - 18, p.w * 0.55, 14, fill=white)
    p.text(shift + 66, p.h - 14.5, url, 7.5, "", MUTED)
    p.rect(0, p.h - 58, p.w, 36, fill=p.accent)
    if brand:
        p.text(shift + 24, p.h - 44, brand, p.fit(brand, 13, "b", p.w * 0.42), "b", white)
    else:
        p.logo(shift + 24, p.h - 52, 24, white)
    p.text(p.w - 20, p.h - 44, rng.choice(PORTAL_NAV), 8.5, "", white, "right")
    p.text(shift + 24, p.h - 74, rng.choice(PORTAL_CRUMBS), 8, "", MUTED)
    return p.h - 84


def f65_web_screenshot(p: Pen, d: Doc) -> None:
    """A certificate as a learning portal shows it, captured from the screen: browser bar and address, the
    portal's navigation and breadcrumbs, a busy gradient background, sponsors' and partners' logos naming other
    organisations, a cookie banner and footer links. The provider is named in the certificate, or only by the
    portal's brand, or only in the footer."""
    f, rng = d.facts, d.rng
    busy_background(p, rng)
    where = rng.choice(("card", "card", "brand", "footer"))
    top = portal_chrome(p, d, f.provider if where == "brand" else "")
    cut = rng.choice((0, 0, 16))  # the capture cut the card's right edge
    card_x, card_w = 70, p.w - 140 + cut
    bottom_y = 120
    p.rect(card_x, bottom_y, card_w, top - bottom_y - 8, fill=white, stroke=mix(p.accent, 0.5), lw=1.5)
    cx = card_x + (card_w - cut) / 2
    width = card_w - cut - 60
    y = top - 40
    if where == "card":
        y = p.line(cx, y, f.provider, 13, "b", p.accent, "center", width) - 4
    y = p.line(cx, y - 6, d.word("heading"), 22, "b", INK, "center", width) - 6
    y = p.para(cx, y, d.word("intro"), width, 10.5, "i", MUTED, "center") - 8
    y = p.line(cx, y - 10, f.participant, 24, "b", INK, "center", width) - 4
    y = p.para(cx, y, d.word("verb"), width, 10.5, "i", MUTED, "center") - 4
    y = p.para(cx, y - 4, f.course_title, width - 40, 15, "b", p.accent, "center") - 10
    y = p.inline(cx, y, d.details(), 9.5, "center", width)
    lines = d.fine(extras=False)
    if lines:
        p.fine(card_x + 20, card_x + card_w - cut - 20, bottom_y + 10, lines, 6.5)
    if rng.random() < 0.75:
        sponsor_strip(p, d, card_x, bottom_y - 14, min(card_w, 420))
    foot = rng.choice(FOOTER_LINKS)
    if where == "footer":
        foot = rng.choice((f"\u00a9 {f.completion.year} {f.provider}. All rights reserved.   {foot}",
                           f"{foot}   \u00b7   {f.provider}"))
    p.text(p.w / 2, 14, foot, p.fit(foot, 7.5, "", p.w - 40), "", INK, "center")
    if rng.random() < 0.5:  # a cookie banner over the lower part of the page
        p.rect(0, 26, p.w, 30, fill=HexColor("#222222"))
        p.text(20, 37, rng.choice(COOKIE_TEXTS), 8, "", white)
        for k, label in enumerate(rng.choice(COOKIE_BUTTONS)):
            p.rect(p.w - 170 + k * 80, 32, 70, 18, fill=mix(p.accent, 0.2 if k == 0 else 0.7))
            p.text(p.w - 135 + k * 80, 38, label, 8, "b", white if k == 0 else INK, "center")


# Held-out families f66-f68: their layouts and wordings are used by no training family (tables *_HELDOUT).
COPY_TAGS_HELDOUT = (("PARTICIPANT COPY", "PROVIDER COPY - RETAIN FOR SIX YEARS"),
                     ("Attendee's Record", "Sponsor's Record (keep on file)"),
                     ("COPY 1 - LEARNER", "COPY 2 - ORGANIZER FILE"))
CUT_LINES_HELDOUT = ("- - - - - - - - - -  detach here  - - - - - - - - - -",
                     "...................  fold and tear  ...................",
                     "- - - - - - - - - - - cut along this line - - - - - - - - - - -")


def f66_unseen_a(p: Pen, d: Doc) -> None:
    f, rng = d.facts, d.rng
    tags = rng.choice(COPY_TAGS_HELDOUT)
    heading = d.word("heading")
    rows = [(d.label("participant"), f.participant), (d.label("title"), f.course_title)]
    if rng.random() < 0.5:
        rows.append((d.label("provider"), f.provider))
    rows += d.details()
    fine = d.fine(extras=False)
    signer = d.signers(1)[0]
    half_h = p.h / 2
    for copy, tag in enumerate(tags):
        top = p.h - 34 if copy == 0 else half_h - 26
        p.text(p.w - 40, top, tag, 7.5, "b", p.accent if copy == 0 else MUTED, "right", 0.6)
        y = p.para(44, top - 16, f.provider, p.w - 240, 11.5, "b", p.accent) - 2
        y = p.para(44, y, heading, p.w - 88, 15, "b", INK) - 6
        y = p.rows(44, y, rows, 132, p.w - 88 - 140, 9.5) - 2
        if copy == 1:
            p.rule(44, y - 10, 250, INK, 0.5)
            p.text(44, y - 20, rng.choice(("Signature of participant", "Learner's signature")), 7.5, "", MUTED)
        p.rule(p.w - 250, y - 10, p.w - 44, INK, 0.5)
        p.text(p.w - 250, y - 20, f"{signer[0]}, {signer[1]}", 7.5, "", MUTED)
        if copy == 0:
            p.scribble(p.w - 150, y - 6, 110)
        if copy == 0 and fine:
            p.fine(44, p.w - 44, half_h + 22, fine, 6.5, "left")
    p.text(p.w / 2, half_h - 3, rng.choice(CUT_LINES_HELDOUT), 7.5, "", MUTED, "center")
    if rng.random() < 0.5:
        p.text(p.w / 2, 20, f"Form {rng.choice(('CE', 'AT', 'PV'))}-{digits(rng, 3)} (rev. {rng.randint(2015, 2018)})",
               6.5, "", MUTED, "center")


NUMBERED_LABELS_HELDOUT = {
    "participant": ("NAME OF LICENSEE (as it appears on license)", "ATTENDEE FULL NAME", "NAME OF PRACTITIONER"),
    "license": ("LICENSE / CERTIFICATE NUMBER", "BOARD LICENSE NO."),
    "provider": ("NAME OF APPROVED PROVIDER", "SPONSORING ORGANIZATION"),
    "approval": ("PROVIDER APPROVAL NO.", "SPONSOR REGISTRATION NO."),
    "title": ("TITLE OF COURSE / PROGRAM", "PROGRAM TITLE"),
    "date": ("DATE COURSE COMPLETED", "COMPLETION DATE"),
    "range": ("DATES OF ATTENDANCE", "PROGRAM DATES"),
    "credits": ("NUMBER OF CREDITS EARNED", "CREDIT HOURS EARNED"),
    "delivery": ("METHOD OF PRESENTATION", "INSTRUCTIONAL METHOD"),
    "cert_id": ("CERTIFICATE SERIAL NUMBER", "RECORD NUMBER"),
    "reported": ("DATE REPORTED TO BOARD", "DATE ENTERED IN TRACKING SYSTEM"),
    "instructor": ("INSTRUCTOR(S) OF RECORD", "PRESENTING FACULTY"),
}
FORM_TITLES_HELDOUT = ("CONTINUING EDUCATION COURSE COMPLETION RECORD", "VERIFICATION OF CONTINUING COMPETENCY HOURS",
                       "CE PROVIDER ATTESTATION OF COMPLETION")
ATTESTATIONS_HELDOUT = (
    "The provider attests that the licensee named in box 1 completed the program in box {t} as stated above.",
    "I certify under penalty of perjury that the information on this form is true and that the person named in "
    "box 1 completed the program described.",
)


def f67_unseen_b(p: Pen, d: Doc) -> None:
    f, rng = d.facts, d.rng
    lab = {key: rng.choice(words) for key, words in NUMBERED_LABELS_HELDOUT.items()}
    x0, x1 = 40.0, p.w - 40
    p.text(x0, p.h - 40, f"FORM {rng.choice(('CE', 'CC', 'PE'))}-{rng.randint(10, 499)}  "
           f"(Rev. {rng.randint(1, 12):02d}/{rng.randint(2014, 2019)})", 7.5, "", MUTED)
    p.text(x1, p.h - 40, rng.choice(("Page 1 of 1", "Original - do not alter")), 7.5, "", MUTED, "right")
    y = p.para(p.w / 2, p.h - 66, rng.choice(FORM_TITLES_HELDOUT), x1 - x0, 14, "b", INK, "center") - 8
    boxes: list[list[tuple[str, str]]] = [[("participant", f.participant)]]
    if f.license_number:
        boxes[0].append(("license", f.license_number))
    boxes.append([("provider", f.provider), ("approval", digits(rng, rng.choice((4, 5, 6))))])
    boxes.append([("title", f.course_title)])
    third = [("range" if f.start else "date", d.when()), ("credits", d.credits_phrase())]
    boxes.append(third)
    fourth = []
    if f.delivery_text:
        fourth.append(("delivery", f.delivery_text))
        d.must.append(f.delivery_text)
    if f.certificate_id:
        fourth.append(("cert_id", f.certificate_id))
    if rng.random() < 0.6:
        fourth.append(("reported", d.date(f.completion + timedelta(days=rng.randint(2, 25)))))
    if fourth:
        boxes.append(fourth)
    if rng.random() < 0.5:
        boxes.append([("instructor", d.person(0.5))])
    size = 10.5 * p.scale
    n = 0
    title_box = 0
    for row in boxes:
        slot = (x1 - x0) / len(row)
        wrapped = [simpleSplit(v, p.font(), size, slot - 12) for _, v in row]
        h = 20 + max(len(w) for w in wrapped) * size * 1.3
        for k, ((key, _), lines) in enumerate(zip(row, wrapped, strict=True)):
            n += 1
            if key == "title":
                title_box = n
            bx = x0 + k * slot
            p.rect(bx, y - h, slot, h, stroke=INK, lw=0.7)
            p.text(bx + 4, y - 9, f"{n}. {lab[key]}", 6.3, "b", MUTED)
            for i, line in enumerate(lines):
                p.text(bx + 6, y - 13 - size - i * size * 1.3, line, size)
        y -= h
    y = p.para(x0, y - 16, rng.choice(ATTESTATIONS_HELDOUT).format(t=title_box), x1 - x0, 9, "i") - 24
    name, title = d.signers(1)[0]
    p.scribble(x0 + 90, y + 6, 130)
    p.rule(x0, y, x0 + 220, INK, 0.6)
    p.text(x0, y - 10, f"{name}, {title}", 8, "", MUTED)
    p.rule(x1 - 160, y, x1, INK, 0.6)
    p.text(x1 - 160, y - 10, "Date signed: " + d.date(f.completion + timedelta(days=rng.randint(0, 10))), 8, "",
           MUTED)
    p.fine(x0, x1, 34, d.fine(), 6.8, "left")


MONTHS_FR_HELDOUT = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                     "octobre", "novembre", "décembre")
PAIRS_HELDOUT = {
    "participant": ("Name / Nom :", "Participant / Participant(e) :"),
    "title": ("Course / Formation :", "Program / Programme :"),
    "date": ("Date:", "Completed / Complété le :"),
    "range": ("Dates:", "Held / Tenue :"),
    "credits": ("Credits / Crédits :", "Hours / Heures :"),
    "provider": ("Provider / Fournisseur :", "Organized by / Organisé par :"),
    "cert_id": ("Certificate No. / No de certificat :", "Reference / Référence :"),
    "license": ("Licence No. / No de permis :", "Registration / Inscription :"),
    "delivery": ("Format / Mode de prestation :", "Delivery / Prestation :"),
}
HEADINGS_HELDOUT = (("Certificate of Participation", "Attestation de participation"),
                    ("Certificate of Completion", "Attestation de réussite"),
                    ("Continuing Education Certificate", "Certificat de formation continue"))


def date_fr(d0: date) -> str:
    return f"{'1er' if d0.day == 1 else d0.day} {MONTHS_FR_HELDOUT[d0.month - 1]} {d0.year}"


def f68_unseen_c(p: Pen, d: Doc) -> None:
    f, rng, cx = d.facts, d.rng, p.w / 2
    en, fr = rng.choice(HEADINGS_HELDOUT)
    p.border(26, rng.random() < 0.5)
    y = p.line(cx, p.h - 72, f.provider, 13, "b", p.accent, "center", p.w - 160) - 8
    y = p.line(cx, y - 6, en, 24, "b", INK, "center", p.w - 140)
    y = p.line(cx, y - 2, fr, 17, "i", p.accent, "center", p.w - 140) - 10
    when = d.when()
    fr_when = (f"du {date_fr(f.start)} au {date_fr(f.completion)}" if f.start
               else f"le {date_fr(f.completion)}")
    y = p.para(cx, y, rng.choice(("This certifies that", "We confirm that")) + " / "
               + rng.choice(("Nous attestons que", "La présente atteste que")), p.w - 160, 11, "", MUTED,
               "center") - 12
    y = p.line(cx, y - 10, f.participant, 26, "b", INK, "center", p.w - 180) - 4
    y = p.para(cx, y, "attended / a participé à la formation", p.w - 160, 11, "", MUTED, "center") - 4
    y = p.para(cx, y - 2, f.course_title, p.w - 200, 15, "b", INK, "center") - 6
    y = p.para(cx, y, fr_when, p.w - 200, 10.5, "i", MUTED, "center") - 10
    d.must.append(fr_when)
    pair = {key: rng.choice(words) for key, words in PAIRS_HELDOUT.items()}
    rows = [(pair["range" if f.start else "date"], when), (pair["credits"], d.credits_phrase())]
    if rng.random() < 0.4:
        rows.append((pair["provider"], f.provider))
    if f.delivery_text:
        rows.append((pair["delivery"], f.delivery_text))
        d.must.append(f.delivery_text)
    if f.license_number:
        rows.append((pair["license"], f.license_number))
    if f.certificate_id:
        rows.append((pair["cert_id"], f.certificate_id))
    if rng.random() < 0.3:
        rows.append(("Issued / Émis le :", date_fr(f.completion + timedelta(days=rng.randint(1, 20)))))
    lw = max(p.width(label, 10 * p.scale, "b") for label, _ in rows) + 10
    p.rows(cx - (lw + 230) / 2, y, rows, lw, 230, 10)
    bottom(p, d, rng.choice((1, 2)), 40)


# Unit names for an amount printed beside the award (an approved maximum): a distractor, never a credit.
UNIT_WORDS = {"contact_hour": "contact hours", "clock_hour": "clock hours", "CEU": "CEUs", "CEC": "CECs",
              "CPE": "CPE credits", "PDU": "PDUs", "CME": "credits", "CLE": "CLE credits", "PDH": "PDH",
              "CE": "CE hours"}


def label_cells(p: Pen, x: float, y: float, cells: list[tuple[str, str]], cols: int, width: float,
                size: float = 10.5) -> float:
    """Cells in `cols` columns, each a small upper-case label above its value; returns the y below them."""
    size *= p.scale
    slot = width / cols
    for start in range(0, len(cells), cols):
        low = y
        for k, (label, value) in enumerate(cells[start:start + cols]):
            cx = x + k * slot
            p.text(cx, y, label.rstrip(":").upper(), size * 0.68, "b", MUTED, spacing=0.5)
            yy = y - size * 1.35
            for line in simpleSplit(value, p.font(), size, slot - 14):
                p.text(cx, yy, line, size)
                yy -= size * 1.3
            low = min(low, yy)
        y = low - size * 0.7
    return y


def f69_awarded_statement(p: Pen, d: Doc) -> None:
    """Statement of credit whose one sentence names the activity before the person ('Completion of X by Y ...')
    or makes the person the subject of an award ('Y was awarded 2 PDH for ...'); the other facts sit in cells,
    each label above its value; an approved maximum, an issue date, a renewal window and an instructor with a role
    stand beside the awarded credit."""
    f, rng = d.facts, d.rng
    x0, x1 = 60.0, p.w - 60
    p.rect(0, p.h - 12, p.w, 12, fill=p.accent)
    p.logo(x0, p.h - 84, 44)
    p.text(x0 + 56, p.h - 56, f.provider, p.fit(f.provider, 15, "b", x1 - x0 - 60), "b", p.accent)
    p.text(x0 + 56, p.h - 72, rng.choice(("Continuing Education Office", "Professional Development Department",
                                          "Learning Services")), 9, "", MUTED)
    heading = rng.choice(("Statement of Credit Awarded", "Confirmation of Completion", "Credit Confirmation",
                          d.word("heading")))
    y = p.para(x0, p.h - 132, heading, x1 - x0, 22, "b", INK) - 4
    p.rule(x0, y + 8, x1, p.accent, 1.0)
    when, credits = d.when(), d.credits_phrase()
    at = f"({when})" if f.start else f"on {when}"
    verb = "was" if len(f.credit.credits) == 1 and f.credit.credits[0][0] == 1 else "were"
    cap = credits[:1].upper() + credits[1:]
    sentence = rng.choice((
        f"This is to confirm that {f.participant} completed {f.course_title} {at} and was awarded {credits}.",
        f"Completion of {f.course_title} by {f.participant} {at} is hereby confirmed. {cap} {verb} awarded for "
        f"this activity.",
        f"{f.participant} was awarded {credits} for the successful completion of {f.course_title} {at}.",
        f"We confirm the completion of {f.course_title} by {f.participant} {at}, for which {credits} {verb} "
        f"awarded.",
    ))
    y = p.para(x0, y - 18, sentence, x1 - x0, 12.5, lead=1.5) - 14
    cells = [(d.label("provider"), f.provider)] if rng.random() < 0.4 else []
    cells += d.details(date_row=False, credit_row=False, extras=False)
    if len(f.credit.credits) == 1 and rng.random() < 0.6:
        amount, unit = f.credit.credits[0]
        most = amount + rng.choice((0.5, 1, 2))
        cells.append((rng.choice(("Approved for up to:", "Maximum available:", "Maximum credit:")),
                      f"{most:g} {UNIT_WORDS[unit]}"))
    if rng.random() < 0.5:
        cells.append((rng.choice(("Issued:", "Date issued:")),
                      d.date(f.completion + timedelta(days=rng.randint(1, 30)))))
    if rng.random() < 0.35:
        cycle = f.completion.year - rng.randint(0, 1)
        cells.append((rng.choice(("Renewal period:", "Reporting cycle:")),
                      f"{d.date(date(cycle, 1, 1))} - {d.date(date(cycle + 2, 12, 31))}"))
    if rng.random() < 0.5:
        cells.append((rng.choice(("Instructor:", "Presenter:")),
                      f"{d.person(0.4).split(',')[0]}, {rng.choice(('Course Author', 'Faculty', 'Lead Instructor'))}"))
    rng.shuffle(cells)
    if cells:
        label_cells(p, x0, y, cells, 2, x1 - x0, 10.5)
    bottom(p, d, rng.choice((1, 2)), 40, x0, x1)


def f70_image_labels(p: Pen, d: Doc) -> None:
    """Filled form: the border, heading and every field label are a low-resolution picture behind the page; the
    text layer holds only the typed values (name, title, date, '1.5 contact hours', numbers), the signer's name and
    the small print."""
    from PIL import ImageFont
    from reportlab.lib.utils import ImageReader

    f, rng = d.facts, d.rng
    k = rng.choice((1.2, 1.4, 1.6))  # background pixels per point
    img = Image.new("RGB", (int(p.w * k), int(p.h * k)), "white")
    draw = ImageDraw.Draw(img)
    accent = tuple(int(c * 255) for c in (p.accent.red, p.accent.green, p.accent.blue))
    grey, dark = (110, 110, 110), (60, 60, 60)

    def px(x: float, y: float) -> tuple[float, float]:  # PDF points (origin bottom left) to pixels
        return x * k, (p.h - y) * k

    draw.rectangle((*px(22, p.h - 22), *px(p.w - 22, 22)), outline=accent, width=max(2, int(3 * k)))
    heading = rng.choice(("CERTIFICATE OF COMPLETION", "CERTIFICATE OF ATTENDANCE", d.word("heading").upper()))
    draw.text(px(p.w / 2, p.h - 64), heading, fill=accent, font=ImageFont.load_default(size=20 * k), anchor="ms")
    font = ImageFont.load_default(size=10 * k)
    fields = [(d.label("participant"), f.participant), (d.label("title"), f.course_title),
              (d.when_label(), d.when()),
              (rng.choice(("Credits Awarded:", "Credit:", "Hours:")), d.credits_phrase())]
    if rng.random() < 0.6:
        fields.insert(2, (d.label("provider"), f.provider))
    fields += d.details(date_row=False, credit_row=False, extras=False)
    stacked = rng.random() < 0.4  # the label over the value's line, else left of it
    typed = rng.choice(("Helvetica", "Courier", "Times-Roman"))
    x0, x1, y = 70.0, p.w - 70, p.h - 112
    value_x = x0 if stacked else x0 + 150
    ops: list[tuple[float, float, str, float]] = []
    for label, value in fields:
        draw.text(px(x0, y), label.rstrip(":") if stacked else label, fill=grey, font=font, anchor="ls")
        if stacked:
            y -= 15
        size = 11.5 * p.scale
        lines = simpleSplit(value, typed, size, x1 - value_x)
        for line in lines:
            ops.append((value_x, y, line, size))
            draw.line((*px(value_x, y - 3), *px(x1, y - 3)), fill=(170, 170, 170), width=1)
            y -= size * 1.35
        y -= 14
    sign_y = max(150.0, min(y - 40, 200.0))
    draw.line((*px(x0, sign_y), *px(x0 + 200, sign_y)), fill=dark, width=1)
    draw.text(px(x0, sign_y - 12), rng.choice(("Authorized signature", "Signature of provider")), fill=grey,
              font=font, anchor="ls")
    p.c.drawImage(ImageReader(img), 0, 0, p.w, p.h)
    for x, yy, line, size in ops:
        p.c.setFont(typed, size)
        p.c.setFillColor(INK)
        p.c.drawString(x, yy, line)
    name, title = d.signers(1)[0]
    p.scribble(x0 + 90, sign_y + 4, 140)
    p.text(x0 + 210, sign_y + 6, name, 9.5 * p.scale, "i")
    p.text(x0 + 210, sign_y - 6, f"{title}, {f.provider}", p.fit(f"{title}, {f.provider}", 8.5, "", x1 - x0 - 215),
           "", MUTED)
    p.fine(60, p.w - 60, 40, d.fine(), 7.0, "left")


WEBINAR_BRANDS = ("MeetingHub", "StreamCast Live", "WebRoom Pro", "ConferNow", "Virtual Classroom Suite")


def f71_webinar_attendance(p: Pen, d: Doc) -> None:
    """Webinar platform's attendance report exported as a certificate: the platform's own brand on top (not the
    provider), event and host rows, a join/leave log with poll responses and a registration date, then the credit
    awarded for verified attendance."""
    f, rng = d.facts, d.rng
    brand = rng.choice(WEBINAR_BRANDS)
    p.rect(0, p.h - 44, p.w, 44, fill=mix(INK, 0.08))
    p.text(30, p.h - 28, brand, 14, "b", white)
    p.text(p.w - 30, p.h - 28, rng.choice(("Attendance report", "Reports \u203a Attendee details",
                                           "Export \u00b7 PDF")), 9, "", white, "right")
    x0, x1 = 40.0, p.w - 40
    y = p.para(x0, p.h - 84, rng.choice(("Webinar Attendance Certificate", "Certificate of Webinar Attendance",
                                         d.word("heading"))), x1 - x0, 20, "b", p.accent) - 8
    start_min = rng.choice((9, 10, 11, 12, 13, 14, 15, 18)) * 60 + rng.choice((0, 30))
    hours = f.hours() or 1.0
    length = max(30, round(hours * 60 / 5) * 5)
    joined = start_min - rng.randint(0, 4)
    left = start_min + length + rng.randint(0, 6)
    reg = f.completion - timedelta(days=rng.randint(3, 40))
    rows = [(rng.choice(("Webinar title:", "Webinar:", d.label("title"))), f.course_title),
            (rng.choice(("Host:", "Host organization:", d.label("provider"))), f.provider),
            (d.when_label(), d.when()),
            (rng.choice(("Scheduled:", "Time:")), f"{clock(start_min)} - {clock(start_min + length)}"
             + rng.choice(("", " ET", " CT", " UTC"))),
            (rng.choice(("Presenter:", d.label("instructor"))), d.person(0.5))]
    y = p.rows(x0, y - 6, rows, 120, x1 - x0 - 130, 10.5) - 6
    polls = rng.randint(3, 6)
    head = ["Attendee", "Registered", "Joined", "Left", "Polls answered"]
    body = [[f.participant, d.date(reg), clock(joined), clock(left), f"{polls}/{polls}"]]
    w = x1 - x0
    y = table(p, x0, y, [w * 0.3, w * 0.22, w * 0.14, w * 0.14, w * 0.2], head, body, 9.5) - 18
    y = p.para(x0, y, rng.choice((
        f"Attendance requirements were met. {f.participant} is awarded {d.credits_phrase()}.",
        f"Based on verified attendance and poll participation, credit awarded: {d.credits_phrase()}.",
        f"Credit earned for this live webinar: {d.credits_phrase()}.")), x1 - x0, 11.5, "b") - 8
    rest = d.details(date_row=False, credit_row=False, extras=False)
    if rest:
        y = p.rows(x0, y, rest, 120, x1 - x0 - 130, 10) - 6
    lines = [*d.fine(), f"Report generated by {brand} on {d.date(f.completion + timedelta(days=rng.randint(0, 3)))}."]
    top = p.fine(x0, x1, 34, lines, 7.0, "left")
    p.signers(top + 30, 1, x0, x0 + 240)


# --------------------------------------------------------------------------------------------------- f72-f76
# Five more training families drawn from real-certificates.md: a quoted two-line title, an activity table with a
# joint provider, the participant on a signature-style rule, per-session credits with a total, and a provider named
# only in the footer line.

ACCREDITOR_NAMES = {"ANCC": "American Nurses Credentialing Center", "ACCME": "ACCME",
                    "ACPE": "Accreditation Council for Pharmacy Education",
                    "NASBA": "National Association of State Boards of Accountancy",
                    "PMI": "Project Management Institute",
                    "IACET": "International Accreditors for Continuing Education and Training",
                    "ACE": "American Council on Exercise", "NASM": "National Academy of Sports Medicine",
                    "HRCI": "HR Certification Institute", "ASWB": "Association of Social Work Boards"}
STATE_CODES = ("OH", "TX", "FL", "OR", "GA", "AZ", "MI", "VA", "CO", "IA")
PARTNER_KINDS = ("Medical Society", "Health Foundation", "Professional Association", "Learning Collaborative",
                 "Regional Health Council")


def honour(d: Doc, share: float) -> None:
    """'Dr.' before a clinician's or academic's name, as printed (and so as a careful reader types it)."""
    f = d.facts
    if d.profile_key in ("medicine", "pharmacy", "nursing", "social", "teaching") and not f.participant.isupper() \
            and d.rng.random() < share:
        d.facts = replace(f, participant=f"Dr. {f.participant.split(',')[0]}")


def state_license(d: Doc) -> None:
    """A licence number with its state in front ('TX RN1234567', 'FL-PE 12345'), typed as printed."""
    f = d.facts
    if f.license_number and d.rng.random() < 0.6:
        sep = d.rng.choice((" ", "-"))
        d.facts = replace(f, license_number=f"{d.rng.choice(STATE_CODES)}{sep}{f.license_number}")


def footer_line(d: Doc) -> str:
    f = d.facts
    slug = "".join(w[0] for w in f.provider.split()).lower()
    addr = pool(d.rng, d.split, "address" if d.locale == "us" else "address_intl")
    return d.rng.choice((f"{f.provider} \u00b7 {addr} \u00b7 www.{slug}.org",
                         f"{f.provider} | {addr} | Tel. ({digits(d.rng, 3)}) 555-{digits(d.rng, 4)}",
                         f"\u00a9 {f.completion.year} {f.provider}, {addr}. www.{slug}.org"))


def uan(d: Doc) -> str:
    """An ACPE universal activity number: a programme number, never the certificate's id."""
    return (f"{digits(d.rng, 4)}-{digits(d.rng, 4)}-{d.facts.completion.year % 100:02d}-{digits(d.rng, 3)}-"
            f"{d.rng.choice(('H01', 'H03', 'H05', 'L04'))}-{d.rng.choice(('P', 'T'))}")


def f72_quoted_title(p: Pen, d: Doc) -> None:
    """Landscape certificate: certificate number in the top-right corner, 'for completing "Title"' with the
    subtitle on a second, smaller line, 'Date Issued' before 'Date Completed', credits only in a sentence, the
    provider only in the footer address line (and perhaps the accreditation statement)."""
    rng = d.rng
    honour(d, 0.3)
    f, cx = d.facts, p.w / 2
    p.border(20, rng.random() < 0.5)
    if f.certificate_id:
        p.text(p.w - 40, p.h - 44, rng.choice(("No. ", "Certificate No. ", "#")) + f.certificate_id, 8, "", MUTED,
               "right")
    y = p.line(cx, p.h - 90, d.word("heading").upper(), 26, "b", p.accent, "center", p.w - 160) - 8
    y = p.para(cx, y, rng.choice(("This certificate is presented to", "Presented to", "Awarded to")),
               p.w - 160, 12, "i", MUTED, "center") - 16
    y = p.line(cx, y - 8, f.participant, 30, "b", INK, "center", p.w - 180) - 4
    main, _, sub = f.course_title.partition(": ")
    lead = rng.choice(("for completing", "for successfully completing", "in recognition of completing"))
    if sub and rng.random() < 0.8:
        y = p.para(cx, y, f"{lead} \u201c{main}\u201d", p.w - 180, 16, "b", INK, "center")
        y = p.para(cx, y + 2, sub, p.w - 200, 11.5, "i", MUTED, "center") - 8
    else:
        y = p.para(cx, y, f"{lead} \u201c{f.course_title}\u201d", p.w - 180, 16, "b", INK, "center") - 8
    sentence = rng.choice(("This activity provides {c}.", "The participant earned {c}.",
                           "Successful completion of this activity earns {c}.", "Awarded: {c}."))
    y = p.para(cx, y, sentence.format(c=d.credits_phrase()), p.w - 180, 11.5, "", INK, "center") - 6
    issued = d.date(f.completion + timedelta(days=rng.randint(1, 21)))
    done = f"{'Date(s) of Activity' if f.start else rng.choice(('Date Completed', 'Completion Date'))}: {d.when()}"
    line = f"Date Issued: {issued}     {done}"
    if d.profile_key == "pharmacy" and rng.random() < 0.8:
        line += f"     UAN: {uan(d)}"
    y = p.para(cx, y, line, p.w - 160, 10, "", INK, "center") - 2
    extra = [(d.label("delivery"), f.delivery_text)] if f.delivery_text else []
    if f.license_number:
        extra.append((d.label("license"), f.license_number))
    if extra:
        d.must += [v for _, v in extra]
        p.inline(cx, y, extra, 10, width=p.w - 180)
    top = p.fine(60, p.w - 60, 34, [*d.fine(extras=False), footer_line(d)], 7.0)
    p.signers(top + 34, rng.choice((1, 2)), 100, p.w - 100)


def f73_activity_table(p: Pen, d: Doc) -> None:
    """Portrait letterhead, 'Jointly provided by A and B' under it, then a ruled two-column table ('Name of
    Attendee', 'Activity Title', 'Date(s) of Activity', 'Licence/Registration #' with a state prefix, course and
    approval numbers) and a phone number in the footer."""
    rng = d.rng
    honour(d, 0.35)
    state_license(d)
    f = d.facts
    x0, x1 = 56.0, p.w - 56
    p.rect(0, p.h - 8, p.w, 8, fill=p.accent)
    p.logo(x0, p.h - 78, 40)
    p.text(x0 + 52, p.h - 52, f.provider, p.fit(f.provider, 14, "b", x1 - x0 - 60), "b", p.accent)
    partner = f"{rng.choice(half(VOCABULARY['organisations']['places'], d.split))} {rng.choice(PARTNER_KINDS)}"
    joint = rng.choice((f"Jointly provided by {f.provider} and {partner}",
                        f"In joint providership with {partner}"))
    p.text(x0 + 52, p.h - 67, joint, p.fit(joint, 8.5, "i", x1 - x0 - 60), "i", MUTED)
    y = p.para(x0, p.h - 120, rng.choice((d.word("heading"), "Certificate of Credit", "Verification of Attendance")),
               x1 - x0, 20, "b", INK) - 10
    name_label = rng.choice(("Name of Attendee", "Attendee", "Participant Name", "Name"))
    rows = [(name_label, f.participant),
            (rng.choice(("Activity Title", "Title of Activity", "Program Title")), f.course_title),
            ("Date(s) of Activity" if f.start or rng.random() < 0.5 else rng.choice(("Date of Activity",
                                                                                     "Activity Date")), d.when())]
    c = f.credit
    d.must.append(c.phrase)
    rows.append((rng.choice(("Credits Awarded", "Credit Designation", "Credit Hours Awarded")), c.phrase))
    if f.license_number:
        rows.append((rng.choice(("Licence/Registration #", "License/Registration #", "State License #")),
                     f.license_number))
    if f.delivery_text:
        rows.append((rng.choice(("Activity Format", "Format")), f.delivery_text))
        d.must.append(f.delivery_text)
    if rng.random() < 0.6:
        rows.insert(rng.randint(2, len(rows)), ("Course Number", f"{rng.choice(('CE', 'ED', 'PRG'))}-"
                                                                f"{digits(rng, 3)}"))
    if rng.random() < 0.5:
        rows.append(("Approval Number", f"{rng.choice(STATE_CODES)}-{digits(rng, 5)}-{f.completion.year}"))
    if f.certificate_id:
        rows.append((d.label("cert_id", False), f.certificate_id))
    size, mid = 10.5 * p.scale, x0 + 170
    for label, value in rows:
        lines = simpleSplit(value, p.font(), size, x1 - mid - 14) or [""]
        h = 10 + len(lines) * size * 1.3
        p.rect(x0, y - h, mid - x0, h, fill=mix(p.accent, 0.9), stroke=MUTED, lw=0.5)
        p.rect(mid, y - h, x1 - mid, h, stroke=MUTED, lw=0.5)
        p.text(x0 + 6, y - 6 - size, label, size * 0.92, "b")
        for i, line in enumerate(lines):
            p.text(mid + 7, y - 6 - size - i * size * 1.3, line, size)
        y -= h
    fine = d.fine(extras=False)
    fine.append(f"Questions: ({digits(rng, 3)}) 555-{digits(rng, 4)} \u00b7 ce@"
                f"{''.join(w[0] for w in f.provider.split()).lower()}.org")
    bottom_top = p.fine(x0, x1, 40, fine, 7.0, "left")
    p.signers(bottom_top + 36, 1, x0, x0 + 260)


def f74_signature_line(p: Pen, d: Doc) -> None:
    """Landscape: the body names no person ('This certificate confirms completion of ...'); the participant's
    name is typed over a rule at the bottom with a caption below ('Name of Attendee'), beside the signer's name
    over another rule; the certificate number in the top-right corner; issue date before completion date."""
    rng = d.rng
    state_license(d)
    f, cx = d.facts, p.w / 2
    p.border(22, False)
    if f.certificate_id:
        p.text(p.w - 46, p.h - 48, f"{d.label('cert_id')} {f.certificate_id}", 8.5, "", MUTED, "right")
    y = p.line(cx, p.h - 84, f.provider, 14, "b", p.accent, "center", p.w - 220) - 6
    y = p.line(cx, y - 6, d.word("heading"), 26, "b", INK, "center", p.w - 160) - 10
    body = rng.choice(("This certificate confirms completion of the professional development activity",
                       "The person named below has completed the continuing education activity",
                       "Issued for the completion of"))
    y = p.para(cx, y, body, p.w - 180, 12, "i", MUTED, "center") - 6
    y = p.para(cx, y, f.course_title, p.w - 200, 17, "b", p.accent, "center") - 6
    credit = rng.choice(("and is awarded {c}.", "for which {c} are awarded.", "Credit: {c}."))
    y = p.para(cx, y, credit.format(c=d.credits_phrase()), p.w - 180, 11.5, "", INK, "center") - 8
    issued = d.date(f.completion + timedelta(days=rng.randint(1, 14)))
    pairs = [("Date Issued:", issued), (("Date(s) of Activity:" if f.start else "Date Completed:"), d.when())]
    if f.license_number:
        pairs.append((rng.choice(("Licence/Registration #:", "License #:")), f.license_number))
    if f.delivery_text:
        pairs.append((d.label("delivery"), f.delivery_text))
        d.must.append(f.delivery_text)
    p.inline(cx, y, pairs, 10.5, width=p.w - 180)
    top = p.fine(60, p.w - 60, 36, d.fine(extras=False), 7.0)
    ly = top + 44
    w = min(230.0, (p.w - 200) / 2)
    left, right = cx - w - 40, cx + 40
    name_caption = rng.choice(("Name of Attendee", "Participant", "Attendee Name", "Participant Name"))
    slots = [(f.participant, name_caption, False)]
    signer, role = d.signers(1)[0]
    slots.append((signer, rng.choice(("Authorized Signature", role, "Program Director")), True))
    if rng.random() < 0.5:
        slots.reverse()
    for (value, caption, signs), x in zip(slots, (left, right), strict=True):
        size = p.fit(value, 14, "", w)
        if signs:
            p.scribble(x + w / 2, ly + 14, w * 0.6)
        p.text(x + w / 2, ly + 4, value, size, "", INK, "center")
        p.rule(x, ly - 2, x + w, INK, 0.6)
        p.text(x + w / 2, ly - 13, caption, 8, "i", MUTED, "center")


def split_amount(rng: random.Random, amount: float, n: int) -> list[float]:
    """amount in n parts of halves, else quarters, else tenths, adding up exactly."""
    step = next((s for s in (0.5, 0.25) if abs(amount / s - round(amount / s)) < 1e-9 and amount / s >= n), 0.1)
    total = round(amount / step)
    n = max(1, min(n, total))
    cuts = sorted(rng.sample(range(1, total), n - 1)) if n > 1 else []
    return [round((b - a) * step, 2) for a, b in zip([0, *cuts], [*cuts, total], strict=True)]


def f75_session_totals(p: Pen, d: Doc) -> None:
    """Portrait record: 'Presented by' the provider and 'Accredited by' the accrediting body as two lines,
    'Name of Attendee:', a session table with per-session credits and a total row (the only place the total
    appears), a sponsor id in the small print and the certificate number in a tiny footer."""
    rng = d.rng
    f = d.facts
    x0, x1 = 54.0, p.w - 54
    y = p.para(x0, p.h - 70, d.word("heading"), x1 - x0, 22, "b", p.accent) - 8
    p.rule(x0, y + 10, x1, p.accent, 1.2)
    rows = [(rng.choice(("Presented by:", "Provided by:")), f.provider)]
    if f.accreditation:
        rows.append(("Accredited by:", ACCREDITOR_NAMES.get(f.accreditation, f.accreditation)))
    rows.append((rng.choice(("Name of Attendee:", "Attendee:", "Participant:")), f.participant))
    rows.append((rng.choice(("Program:", "Activity Title:", "Event:")), f.course_title))
    rows.append((d.when_label(), d.when()))
    if f.license_number:
        rows.append((d.label("license"), f.license_number))
    if f.delivery_text:
        rows.append((d.label("delivery"), f.delivery_text))
        d.must.append(f.delivery_text)
    y = p.rows(x0, y - 12, rows, 130, x1 - x0 - 140, 10.5) - 8
    credits = f.credit.credits
    if len(credits) == 1 and credits[0][0] >= 0.5:
        amount, unit = credits[0]
        parts = split_amount(rng, amount, rng.randint(2, 4))
        days = [f.start + timedelta(days=k) for k in range((f.completion - f.start).days + 1)] if f.start \
            else [f.completion]
        words = UNIT_WORDS[unit]
        head = ["Date", "Session", words[:1].upper() + words[1:]]
        body, two = [], rng.random() < 0.5
        for k, part in enumerate(parts):
            day = days[min(k * len(days) // len(parts), len(days) - 1)]
            body.append([d.date(day) if day != f.completion else d.fmt_date(day), SESSIONS[(k + d.seq) %
                        len(SESSIONS)], f"{part:.2f}" if two else f"{part:g}"])
        total = rng.choice(("Total", "Total credits", f"Total {words}"))
        body.append(["", total, f"{amount:g}"])
        w = x1 - x0
        y = table(p, x0, y, [w * 0.24, w * 0.56, w * 0.2], head, body, 9.5, bold_last=True) - 14
    else:
        y = p.para(x0, y, f"Credit awarded: {d.credits_phrase()}", x1 - x0, 11, "b") - 10
    p.para(x0, y, rng.choice(("Credits are listed per session attended; partial attendance earns no credit.",
                              "Participants must attend each session in full to earn the credit shown.")),
           x1 - x0, 9, "i", MUTED)
    tiny = [*d.fine(extras=False)]
    if f.certificate_id:
        tiny.append(f"Cert. {f.certificate_id} \u00b7 Course #{digits(rng, 2)}-{digits(rng, 3)}")
    top = p.fine(x0, x1, 30, tiny, 6.5, "left")
    p.signers(top + 34, 1, x1 - 260, x1)


def f76_footer_provider(p: Pen, d: Doc) -> None:
    """Modern landscape certificate: a logo of initials only, 'Presented by' a person (the instructor, not the
    provider), 'Accredited by' a body, the credit as a big number over its unit word, phone, course and approval
    numbers; the provider's name only in the footer line."""
    rng = d.rng
    honour(d, 0.25)
    f = d.facts
    p.rect(0, 0, 26, p.h, fill=p.accent)
    x0, x1 = 70.0, p.w - 60
    p.logo(x0, p.h - 90, 46)
    y = p.para(x0, p.h - 130, d.word("heading"), x1 - x0 - 150, 26, "b", INK) - 10
    y = p.para(x0, y, rng.choice(("Presented to", "Awarded to", "This certifies that")), x1 - x0, 11, "", MUTED) - 8
    y = p.line(x0, y - 10, f.participant, 28, "b", p.accent, "left", x1 - x0 - 170) - 4
    y = p.para(x0, y, rng.choice(("for completing", "has completed", "for attending")), x1 - x0, 11, "", MUTED) - 4
    y = p.para(x0, y, f.course_title, x1 - x0 - 170, 16, "b", INK) - 10
    rows = [(("Date(s) of Activity:" if f.start or rng.random() < 0.4 else d.label("date")), d.when())]
    rows.append(("Presented by:", d.person(0.5).split(",")[0]))
    if f.accreditation and rng.random() < 0.7:
        rows.append(("Accredited by:", ACCREDITOR_NAMES.get(f.accreditation, f.accreditation)))
    if rng.random() < 0.5:
        rows.append(("Course #:", f"{rng.choice(('FT', 'IT', 'PD'))}{digits(rng, 4)}"))
    if rng.random() < 0.4:
        rows.append(("Approval #:", f"{digits(rng, 2)}-{digits(rng, 4)}"))
    rows += d.details(date_row=False, credit_row=False, extras=False)
    p.rows(x0, y, rows, 130, x1 - x0 - 310, 10)
    c = f.credit
    bx, by = x1 - 140, p.h - 260
    p.rect(bx, by, 130, 120, fill=mix(p.accent, 0.88))
    if len(c.credits) == 1 and c.label:
        unit = c.credits[0][1]
        d.must.append(c.value)
        p.text(bx + 65, by + 60, c.value, 34, "b", p.accent, "center")
        words = c.label.rstrip(":") if rng.random() < 0.5 else UNIT_WORDS[unit]
        p.text(bx + 65, by + 36, words, p.fit(words, 10, "b", 120), "b", INK, "center")
    else:
        for i, line in enumerate(simpleSplit(d.credits_phrase(), p.font("b"), 11, 118)):
            p.text(bx + 65, by + 80 - i * 14, line, 11, "b", INK, "center")
    foot = [*d.fine(extras=False), footer_line(d)]
    top = p.fine(x0, x1, 30, foot, 7.0, "left")
    p.signers(top + 34, 1, x0, x0 + 240)


# --------------------------------------------------------------------------------------------------- f86-f88
# Three training families of other genres: an LMS course-completion export (a report printout whose one record is
# a wide table row or a field/value grid), a wallet card printed front and back on one sheet with cut lines, and a
# vendor's product-training / international CPD record.

LMS_BRANDS = ("LearnGrid", "CourseTrack LMS", "TalentPath Learning", "SkillStack", "EduPortal 360")
LMS_TITLES = ("Course Completion Report", "Learner Transcript Export", "Completed Courses - Export",
              "Training Completion Detail", "Completion Record (printout)")
SHORT_UNITS = {"contact_hour": ("Contact Hrs", "CH"), "clock_hour": ("Hrs", "Hours"), "CEU": ("CEUs", "CEU"),
               "CEC": ("CECs", "CEC"), "CPE": ("CPE", "CPE Hrs"), "PDU": ("PDUs", "PDU"), "CME": ("CME", "CME Cr."),
               "CLE": ("CLE Hrs", "CLE"), "PDH": ("PDH", "PDHs"), "CE": ("CE Hrs", "CE Credits")}


def lms_time(d: Doc) -> str:
    """A clock time after a date, as LMS exports print it ('10:42 AM' or '14:07')."""
    h, m = d.rng.randint(7, 20), d.rng.randint(0, 59)
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}" if d.locale == "us" else f"{h:02d}:{m:02d}"


def credit_cell(d: Doc, short: bool) -> tuple[str, str]:
    """The credit as a column/row label and a bare value; two units or no label: the whole phrase."""
    c = d.facts.credit
    if len(c.credits) == 1 and c.label:
        d.must.append(c.value)
        label = d.rng.choice(SHORT_UNITS[c.credits[0][1]]) if short else c.label.rstrip(":")
        return label, c.value
    return d.rng.choice(("Credits", "Credit Earned", "CE Credit")), d.credits_phrase()


def f86_lms_export(p: Pen, d: Doc) -> None:
    """LMS report printout: brand and report title, run metadata (generated time, filters with a date window,
    record count), then the one completion record as a wide table row with many narrow wrapping columns (learner or
    first/last name, learner id, course code, status, enrolled and completed dates with times, score, credits) or
    as a striped field/value grid; 'Page 1 of 1' and a confidentiality footer."""
    rng = d.rng
    f = d.facts
    x0, x1 = 36.0, p.w - 36
    brand = rng.choice(LMS_BRANDS)
    p.rect(0, p.h - 34, p.w, 34, fill=p.accent)
    p.text(x0, p.h - 22, brand, 12, "b", white)
    p.text(x1, p.h - 22, rng.choice(("Reports", "Admin > Reports > Completions", "Report Center")), 8.5, "",
           white, "right")
    y = p.line(x0, p.h - 62, rng.choice(LMS_TITLES), 16, "b", INK, "left", x1 - x0) - 2
    generated = f.completion + timedelta(days=rng.randint(2, 200))
    window = (date(f.completion.year, 1, 1), date(f.completion.year, 12, 31))
    meta = [(rng.choice(("Organization:", "Site:", "Account:")), f.provider),
            (rng.choice(("Generated:", "Report run:", "Exported on:")), f"{d.date(generated)} {lms_time(d)}"),
            ("Filters:", f"Status = Completed; Completion date between {d.date(window[0])} and "
                         f"{d.date(window[1])}"),
            (rng.choice(("Records:", "Rows:")), "1")]
    if rng.random() < 0.5:
        meta.insert(2, (rng.choice(("Run by:", "Requested by:")), d.person(0.0).split(",")[0]))
    for label, value in meta:
        p.text(x0, y, label, 8.5, "b", MUTED)
        p.text(x0 + 88, y, value, p.fit(value, 8.5, "", x1 - x0 - 100) / p.scale)
        y -= 12
    y -= 8
    enrolled = d.date(f.completion - timedelta(days=rng.randint(3, 60)))
    done = d.when() + (f" {lms_time(d)}" if rng.random() < 0.5 else "")
    cols: list[tuple[str, str]] = [(rng.choice(("Learner", "User", "Learner Name", "Full Name")), f.participant)]
    cols.append((rng.choice(("Learner ID", "Employee ID", "User ID")), f"{rng.choice(('E', 'U', ''))}{digits(rng, 6)}"))
    if rng.random() < 0.5:
        cols.append(("Course Code", f"{rng.choice(('LMS', 'CRS', 'CE'))}-{digits(rng, 4)}"))
    cols.append((rng.choice(("Course", "Course Title", "Course Name", "Learning Item")), f.course_title))
    cols.append(("Status", rng.choice(("Completed", "Passed", "Complete"))))
    cols.append((rng.choice(("Enrolled", "Enrollment Date", "Registered")), enrolled))
    cols.append((rng.choice(("Completed", "Completion Date", "Date Completed")), done))
    if rng.random() < 0.6:
        cols.append(("Score", f"{rng.randint(80, 100)}%"))
    cols.append(credit_cell(d, False))
    if f.delivery_text:
        cols.append((rng.choice(("Type", "Delivery", "Format")), f.delivery_text))
        d.must.append(f.delivery_text)
    if f.license_number:
        cols.append((rng.choice(("License #", "License No.")), f.license_number))
    if f.certificate_id:
        cols.append((rng.choice(("Certificate ID", "Cert #", "Certificate No.")), f.certificate_id))
    if rng.random() < 0.5:  # a wide row: one header row over one value row
        weights = [2.4 if v in (f.course_title, f.credit.phrase) else 1.6 if len(v) > 14 else 1.0 for _, v in cols]
        widths = [(x1 - x0) * w / sum(weights) for w in weights]
        y = table(p, x0, y, widths, [h for h, _ in cols], [[v for _, v in cols]], 8.0, grid=rng.random() < 0.5)
    else:  # a record view: a striped two-column field/value grid
        size, mid = 9.5 * p.scale, x0 + 150
        p.text(x0, y, rng.choice(("Record 1 of 1", "Completion detail", "1 record")), 9, "b", p.accent)
        y -= 6
        for i, (label, value) in enumerate(cols):
            lines = simpleSplit(value, p.font(), size, x1 - mid - 10) or [""]
            h = 6 + len(lines) * size * 1.25
            if i % 2 == 0:
                p.rect(x0, y - h, x1 - x0, h, fill=mix(p.accent, 0.92))
            p.text(x0 + 5, y - 3 - size, label, size * 0.92, "b", MUTED)
            for j, line in enumerate(lines):
                p.text(mid, y - 3 - size - j * size * 1.25, line, size)
            y -= h
    foot = [*d.fine(extras=False), rng.choice(("Confidential - for internal training administration only.",
                                               f"Printed from {brand}. Data current as of the report run time."))]
    p.fine(x0, x1, 40, foot, 6.5, "left")
    p.text(x1, 24, "Page 1 of 1", 7.5, "", MUTED, "right")


CARD_TITLES = ("Course Completion Card", "CE Wallet Card", "Training Card", "Certificate of Completion",
               "Continuing Education Card")
CUT_HINTS = ("Print at 100%, cut along the dashed line and fold in the middle.",
             "Cut out your card and fold along the centre line. Keep it with your licence.",
             "Print this page, cut out the card and carry it with you.")


def dashed_box(p: Pen, x: float, y: float, w: float, h: float) -> None:
    p.c.saveState()
    p.c.setDash(4, 3)
    p.rect(x, y, w, h, stroke=MUTED, lw=0.5)
    p.c.restoreState()


def f87_wallet_sheet(p: Pen, d: Doc) -> None:
    """A letter sheet carrying one wallet card printed front and back (side by side or one above the other) in
    dashed cut boxes: the front with provider band, card title, name and course; the back with short rows
    ('Course Date', 'CE Hrs', 'Card No.', 'Lic #'), a recommended-renewal date, instructor and training site, a
    holder's signature line; cutting instructions above."""
    rng = d.rng
    f = d.facts
    k = rng.choice((1.15, 1.25, 1.35))
    cw, ch = 252 * k, 162 * k
    p.para(48, p.h - 50, rng.choice(CUT_HINTS), p.w - 96, 9, "i", MUTED)
    side = rng.random() < 0.5 and 2 * cw + 30 < p.w - 40
    fx, fy = (p.w / 2 - cw - 12, p.h - 90 - ch) if side else (p.w / 2 - cw / 2, p.h - 90 - ch)
    bx, by = (p.w / 2 + 12, fy) if side else (fx, fy - ch - 30)
    for x, y, cap in ((fx, fy, "FRONT"), (bx, by, "BACK")):
        dashed_box(p, x, y, cw, ch)
        if rng.random() < 0.7:
            p.text(x, y + ch + 4, cap, 6.5, "b", MUTED, spacing=1)
    s = k  # sizes scale with the card
    p.rect(fx, fy + ch - 30 * s, cw, 30 * s, fill=p.accent)
    p.text(fx + 8 * s, fy + ch - 19 * s, f.provider, p.fit(f.provider, 9.5 * s, "b", cw - 16 * s), "b", white)
    p.text(fx + 8 * s, fy + ch - 44 * s, rng.choice(CARD_TITLES).upper(), 7 * s, "b", p.accent, spacing=0.8)
    p.text(fx + 8 * s, fy + ch - 58 * s, rng.choice(("This card certifies that", "Card holder", "Issued to")),
           6.5 * s, "i", MUTED)
    p.text(fx + 8 * s, fy + ch - 74 * s, f.participant, p.fit(f.participant, 12.5 * s, "b", cw - 16 * s), "b")
    p.text(fx + 8 * s, fy + ch - 88 * s, rng.choice(("has successfully completed", "completed",
                                                     "successfully completed")), 6.5 * s, "i", MUTED)
    p.para(fx + 8 * s, fy + ch - 100 * s, f.course_title, cw - 16 * s, 8.5 * s, "b", INK, lead=1.2)
    renew = f.completion + timedelta(days=rng.choice((365, 730, 730)))
    label, value = credit_cell(d, True)
    rows = [(rng.choice(("Course Date", "Completed", "Date", "Completion")), d.when()), (label, value)]
    if f.certificate_id:
        rows.append((rng.choice(("Card No.", "Card ID", "eCard Code")), f.certificate_id))
    if f.license_number:
        rows.append((rng.choice(("Lic #", "License", "Lic. No.")), f.license_number))
    rows.insert(rng.randint(1, len(rows)), (rng.choice(("Recommended Renewal", "Valid Until", "Renew By")),
                                              d.date(renew)))
    if rng.random() < 0.6:
        rows.append(("Instructor", d.person(0.0).split(",")[0]))
    if f.delivery_text and rng.random() < 0.5:
        rows.append(("Format", f.delivery_text))
        d.must.append(f.delivery_text)
    yy = by + ch - 16 * s
    for lab, val in rows:
        p.text(bx + 8 * s, yy, lab, 6.5 * s, "b", MUTED)
        p.text(bx + 88 * s, yy, val, p.fit(val, 7.5 * s, "", cw - 96 * s) / p.scale)
        yy -= 11 * s
    p.rule(bx + 8 * s, by + 22 * s, bx + cw * 0.6, INK, 0.5)
    p.text(bx + 8 * s, by + 13 * s, rng.choice(("Holder's signature", "Card holder signature")), 5.5 * s, "i", MUTED)
    fine = d.fine(extras=False)
    if fine:
        p.fine(48, p.w - 48, 40, fine, 7.0, "left")
    if rng.random() < 0.5:
        p.para(48, by - 30, rng.choice(("Questions about your card? Contact the training office.",
                                        "Lost cards are replaced on request for a small fee.")), p.w - 96, 8.5, "",
               MUTED)


VENDOR_PRODUCTS = ("Infusion Pump Series 3", "Ultrasound Console UX-40", "Patient Monitor PM-700",
                   "Analyzer Platform A2", "Ventilator V600", "ERP Finance Module", "Cloud Backup Appliance B12")
VENDOR_LEVELS = ("Operator", "Super-user", "Key user", "Service engineer", "Administrator",
                 "Trainer (train-the-trainer)")
EMPLOYERS = ("University Hospital", "District Health Board", "Regional Clinic Group", "City Council",
             "Logistics GmbH", "Health Trust")


def vendor_credit(d: Doc) -> None:
    """International wordings of the learning time: 'Learning time: 2 h 30 min', 'Verifiable CPD hours: 3,5',
    'CPD: 6 hours (1 day)'; a bare duration is clock hours, CPD hours are generic CE hours."""
    rng = d.rng
    x = rng.choice((1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 6.0, 7.0))
    style = rng.choice(("hmin", "comma", "day", "keep", "keep"))
    if style == "hmin":
        h, m = int(x), round((x - int(x)) * 60)
        text = f"{h} h {m:02d} min" if m else f"{h} h"
        spec = CreditSpec(((x, "clock_hour"),), text, rng.choice(("Learning time:", "Training duration:")), text)
    elif style == "comma":
        amount = f"{x:.1f}".replace(".", ",") if d.locale == "intl" else f"{x:g}"
        spec = CreditSpec(((x, "CE"),), f"{amount} CPD hours", rng.choice(("Verifiable CPD hours:", "CPD hours:")),
                          amount)
    elif style == "day" and x in (6.0, 7.0):
        text = f"{x:g} hours (1 day)"
        spec = CreditSpec(((x, "CE"),), f"{text} of CPD", "CPD:", text)
    else:
        return
    d.facts = replace(d.facts, credit=spec)


def f88_vendor_cpd(p: Pen, d: Doc) -> None:
    """A vendor academy's product-training record (A4 abroad): academy name and product line at the top, a heading,
    delegate and employer, the training module, product and level, trainer and venue, the date, the learning time
    in international wordings, an assessment result and a recertification date, a company-registration footer."""
    rng = d.rng
    vendor_credit(d)
    f = d.facts
    x0, x1 = 56.0, p.w - 56
    p.rect(x0, p.h - 70, 6, 34, fill=p.accent)
    p.text(x0 + 14, p.h - 50, f.provider, p.fit(f.provider, 16, "b", x1 - x0 - 30), "b", INK)
    p.text(x0 + 14, p.h - 65, rng.choice(("Product Training & Education", "Customer Education Services",
                                          "Clinical Education | Product Training")), 8.5, "", MUTED)
    y = p.para(x0, p.h - 118, rng.choice(("Record of Product Training", "Training Record", "CPD Record",
                                          "Confirmation of Training Attendance")), x1 - x0, 20, "b", p.accent) - 8
    y = p.para(x0, y, rng.choice(("This record confirms that the delegate named below attended the training "
                                  "described and met its learning objectives.",
                                  "The following training was delivered and may be used as evidence of continuing "
                                  "professional development.")), x1 - x0, 9.5, "", MUTED) - 10
    place = rng.choice(half(VOCABULARY["organisations"]["places"], d.split))
    label, value = credit_cell(d, False)
    rows = [(rng.choice(("Delegate:", "Trainee:", "Attendee name:")), f.participant),
            (rng.choice(("Employer:", "Company:", "Hospital/Trust:")), f"{place} {rng.choice(EMPLOYERS)}"),
            (rng.choice(("Training:", "Module:", "Course:")), f.course_title),
            ("Product:", rng.choice(VENDOR_PRODUCTS)),
            (rng.choice(("Training level:", "Role:")), rng.choice(VENDOR_LEVELS)),
            (rng.choice(("Date of training:", "Training date:", "Date(s):")), d.when()),
            (label if label.endswith(":") else label + ":", value)]
    if rng.random() < 0.7:
        rows.append((rng.choice(("Trainer:", "Delivered by:")), d.person(0.0).split(",")[0]))
    if f.delivery_text:
        rows.append(("Delivery:", f.delivery_text))
        d.must.append(f.delivery_text)
    if rng.random() < 0.6:
        rows.append(("Assessment:", rng.choice(("Pass", f"Passed ({rng.randint(75, 100)}%)", "Competent"))))
    if rng.random() < 0.5:
        rows.append(("Recertification due:", d.date(f.completion + timedelta(days=rng.choice((365, 730))))))
    if f.license_number:
        rows.append((d.label("license"), f.license_number))
    if f.certificate_id:
        rows.append((rng.choice(("Record ID:", "Reference:", "Training record no.:")), f.certificate_id))
    y = p.rows(x0, y, rows, 150, x1 - x0 - 160, 10.5) - 6
    if rng.random() < 0.5:
        p.rect(x0, y - 52, x1 - x0, 52, stroke=MUTED, lw=0.5)
        p.text(x0 + 6, y - 13, "Reflection (to be completed by the delegate):", 8.5, "b", MUTED)
        y -= 60
    code = rng.choice(("Company registered in England and Wales No. ", "Handelsregister HRB ", "ABN "))
    foot = [*d.fine(extras=False), f"{f.provider} \u00b7 {code}{digits(rng, 8)} \u00b7 VAT {digits(rng, 9)}"]
    top = p.fine(x0, x1, 36, foot, 6.8, "left")
    p.signers(top + 34, 1, x0, x0 + 240)


# --------------------------------------------------------------------------------------------------- f77-f79
# Three more held-out families (not described here; see the held-out note in the module docstring).

EMPLOYER_KINDS_HELDOUT = ("Regional Medical Center", "Public Works Department", "Manufacturing, Inc.", "Logistics LLC",
                          "Water Authority", "Unified School District", "Health System", "Credit Union",
                          "Facilities Services", "Transit Agency")
TRAINING_HEADS_HELDOUT = ("TRAINING RECORD", "Proof of Training", "Certificate of Training",
                          "Record of Technical Training", "Training Completion Record")
CONTENT_HELDOUT = ("Safety precautions and lockout procedure", "Installation and configuration",
                   "Preventive maintenance schedule", "Troubleshooting and diagnostics", "Software update procedure",
                   "Calibration and functional checks", "Documentation and service reporting",
                   "Hands-on exercises on training units", "Product architecture overview", "Escalation paths")
SITES_HELDOUT = ("Customer site", "Training Center, Bay 4", "Vendor Academy, Room 210", "On-site (client premises)",
                 "Regional Service Hub", "Mobile training unit")


def held_duration(rng: random.Random, hours: float, days: int) -> tuple[str, str]:
    """(label, value) of a bare training length, worded as vendor records word it."""
    h, m = int(hours), round((hours - int(hours)) * 60)
    options = [("Duration:", f"{hours:g}-Hours"), ("Training hours:", f"{h:02d}:{m:02d} (hh:mm)"),
               ("LENGTH", f"{hours:g} HOURS"), ("Time on task:", f"{h} h {m:02d} min" if m else f"{h} h")]
    if hours <= 4:
        options.append(("Course length:", f"{h * 60 + m} min."))
    if days > 1:
        options += [("Duration:", f"{days} days ({hours:g} hrs)")] * 2
    return rng.choice(options)


def gutter_rows(p: Pen, gx: float, y: float, rows: list[tuple[str, str]], value_w: float, size: float) -> float:
    """Rows whose labels end flush right at gx and whose values start just right of it; returns the y below."""
    size *= p.scale
    for label, value in rows:
        p.text(gx - 8, y, label, size * 0.8, "", MUTED, "right")
        for line in simpleSplit(value, p.font("b"), size, value_w) or [""]:
            p.text(gx, y, line, size, "b")
            y -= size * 1.3
        y -= size * 0.5
    return y


def check_box(p: Pen, x: float, y: float, ticked: bool, caption: str, size: float = 9) -> float:
    p.rect(x, y - 1, 9, 9, stroke=INK, lw=0.6)
    if ticked:
        p.text(x + 1.6, y + 0.6, "X", 8, "b")
    p.text(x + 14, y, caption, size)
    return x + 14 + p.width(caption, size) + 18


def training_credit(d: Doc) -> tuple[str, str, str]:
    """Replaces the facts' credit by a bare training length (plus IACET CEUs when IACET accredits): (label, length,
    CEU amount or '')."""
    f, rng = d.facts, d.rng
    days = (f.completion - f.start).days + 1 if f.start else 1
    per_day = (6, 7, 7.5, 8) if days > 1 else (1.5, 2, 3, 3.5, 4, 6, 7.5, 8)
    hours = float(rng.choice(per_day) * days)
    label, text = held_duration(rng, hours, days)
    credits: tuple[tuple[float, str], ...] = ((hours, "clock_hour"),)
    ceu = ""
    if f.accreditation == "IACET":
        ceu = f"{round(hours / 10, 2):g}"
        credits += ((round(hours / 10, 2), "CEU"),)
        d.must.append(ceu)
    d.facts = replace(f, credit=CreditSpec(credits, text, label, text))
    d.must.append(text)
    return label, text, ceu


def training_rows(d: Doc, trainer: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The left (who) and right (what, when, how long) columns of the training record."""
    rng = d.rng
    dur_label, dur, ceu = training_credit(d)
    f = d.facts
    places = half(VOCABULARY["organisations"]["places"], d.split)
    employer = f"{rng.choice(places)} {rng.choice(EMPLOYER_KINDS_HELDOUT)}"
    left = [(rng.choice(("Trainee:", "Technician:", "Attendee name:", "Participant:")), f.participant),
            (rng.choice(("Employer:", "Company:", "Organization:")), employer),
            (rng.choice(("Employee ID:", "Staff No.:", "Badge #:")), digits(rng, rng.choice((5, 6, 7))))]
    if f.license_number:
        left.append((d.label("license"), f.license_number))
    if rng.random() < 0.5:
        left.append((rng.choice(("Training provider:", "Delivered by:")), f.provider))
    if f.certificate_id:
        left.append((rng.choice(("Record No.:", "Training record #:", "Serial:")), f.certificate_id))
    date_label = rng.choice(("Training dates:", "Dates of training:") if f.start else
                            ("Completed on:", "Training date:", "Date of training:"))
    right = [(date_label, d.when()), (dur_label, dur)]
    if ceu:
        right.append((rng.choice(("IACET CEUs:", "CEUs awarded:")), ceu))
    right.append((rng.choice(("Trainer:", "Instructor:", "Lead trainer:")), trainer))
    if rng.random() < 0.5:
        right.append(("Course code:", f"{rng.choice(('VT', 'SVC', 'TR', 'OPS'))}-{digits(rng, 4)}"))
    if f.delivery in (None, "live"):
        right.append((rng.choice(("Location:", "Training site:")), rng.choice(SITES_HELDOUT)))
    if f.delivery_text:
        right.append((d.label("delivery"), f.delivery_text))
        d.must.append(f.delivery_text)
    valid_end = d.date(f.completion + timedelta(days=rng.choice((365, 730, 1095))))
    if rng.random() < 0.5:
        right.append((rng.choice(("Valid until:", "Recertify by:")), valid_end))
    else:
        right.append(("Certification valid:", f"{d.fmt_date(f.completion)} to {valid_end}"))
    return left, right


# --------------------------------------------------------------------------------------------------- f83-f85
# Three training families of new genres: a state licensing board's CE transcript, a conference attendance letter
# on letterhead and a university's statement of continuing education units.

STATE_NAMES = {"OH": "Ohio", "TX": "Texas", "FL": "Florida", "OR": "Oregon", "GA": "Georgia", "AZ": "Arizona",
               "MI": "Michigan", "VA": "Virginia", "CO": "Colorado", "IA": "Iowa"}
BOARDS = {"nursing": "Board of Nursing", "medicine": "Medical Board", "pharmacy": "Board of Pharmacy",
          "accounting": "Board of Accountancy", "engineering": "Board of Professional Engineers",
          "social": "Board of Social Work Examiners", "law": "Supreme Court Commission on CLE"}
PROFESSIONS = {"nursing": "Registered Nurse", "medicine": "Physician", "pharmacy": "Pharmacist",
               "accounting": "Certified Public Accountant", "engineering": "Professional Engineer",
               "social": "Licensed Clinical Social Worker", "law": "Attorney"}


def other_provider(d: Doc) -> str:
    v = VOCABULARY["organisations"]
    while True:
        name = (f"{d.rng.choice(half(v['places'], d.split))} {d.rng.choice(d.profile.fields)} "
                f"{d.rng.choice(v['kinds'])}")
        if name != d.facts.provider:
            return name


def unit_amount(d: Doc) -> tuple[str, str]:
    """(column/label word, value) for a board row: the amount with its unit word, or the whole phrase."""
    c = d.facts.credit
    if len(c.credits) == 1 and c.label:
        d.must.append(c.value)
        return (c.label.rstrip(":"), c.value)
    return ("Credit", d.credits_phrase())


def unit_is_hours(f: Facts) -> bool:
    return len(f.credit.credits) == 1 and f.credit.credits[0][1] in ("contact_hour", "clock_hour", "CE")


def f83_board_transcript(p: Pen, d: Doc) -> None:
    """A state licensing board's CE transcript for one licensee: licensee facts as captions over values, the
    newly reported completion in a shaded block ('Course Name', 'Provider Name', 'Hours Reported'), then the
    renewal cycle's earlier activities in a table and a cycle summary with required and completed totals."""
    rng = d.rng
    state = rng.choice(STATE_CODES)
    board = f"{STATE_NAMES[state]} {BOARDS[d.profile_key]}"
    d.facts = replace(d.facts, accreditation=board, accreditation_text="")
    f = d.facts
    x0, x1 = 48.0, p.w - 48
    p.seal(x0 + 24, p.h - 66, 22, state)
    p.text(x0 + 58, p.h - 58, board, p.fit(board, 15, "b", x1 - x0 - 70), "b", p.accent)
    head = rng.choice(("Continuing Education Transcript", "Licensee CE Transcript", "CE Compliance Transcript",
                       "Continuing Education Record"))
    p.text(x0 + 58, p.h - 76, head, 11 * p.scale, "", INK)
    p.text(x1, p.h - 40, f"Printed {d.date(f.completion + timedelta(days=rng.randint(3, 90)))}", 7.5, "", MUTED,
           "right")
    p.rule(x0, p.h - 96, x1, p.accent, 1.2)
    cycle_end = date(f.completion.year + rng.choice((0, 1)), rng.choice((1, 3, 6, 12)), 28 if rng.random() < 0.5
                     else 1)
    if cycle_end <= f.completion:
        cycle_end = date(f.completion.year + 1, cycle_end.month, cycle_end.day)
    cycle_start = date(cycle_end.year - 2, cycle_end.month, cycle_end.day)
    cells = [(rng.choice(("LICENSEE", "LICENSEE NAME", "NAME")), f.participant),
             (rng.choice(("LICENSE NUMBER", "LICENSE #", "LICENSE NO.")), f.license_number or ""),
             (rng.choice(("PROFESSION", "LICENSE TYPE")), PROFESSIONS[d.profile_key]),
             ("RENEWAL CYCLE", f"{d.date(cycle_start)} - {d.date(cycle_end)}"),
             (rng.choice(("LICENSE EXPIRES", "EXPIRATION DATE")), d.date(cycle_end)),
             ("STATUS", rng.choice(("Active", "Active - Current", "Clear/Active")))]
    cw = (x1 - x0) / 3
    y = p.h - 116
    for i, (cap, value) in enumerate(cells):
        cx, cy = x0 + (i % 3) * cw, y - (i // 3) * 34
        p.text(cx, cy, cap, 7 * p.scale, "b", MUTED)
        p.text(cx, cy - 13, value, p.fit(value, 10.5, "", cw - 10), "", INK)
    y -= 84
    p.text(x0, y, rng.choice(("COURSE COMPLETION REPORTED", "Most recent completion", "Newly reported course")),
           10 * p.scale, "b", p.accent)
    y -= 8
    word, amount = unit_amount(d)
    rows = [(rng.choice(("Course Name", "Course Title")), f.course_title),
            (rng.choice(("Provider Name", "Provider")), f.provider),
            (rng.choice(("Provider #", "Provider No.")), f"{state}-{digits(rng, 4)}"),
            (rng.choice(("Completion Date", "Date Completed")) if not f.start else "Course Dates", d.when()),
            (rng.choice(("Hours Reported", word, "Credit Hours Reported")) if unit_is_hours(f) else
             (word if word != "Credit" else "Credit Reported"), amount)]
    if f.delivery_text:
        rows.append((rng.choice(("Delivery Method", "Course Type")), f.delivery_text))
        d.must.append(f.delivery_text)
    if f.certificate_id:
        rows.append((rng.choice(("Certificate #", "Tracking #")), f.certificate_id))
    rows.append(("Reported on", d.date(f.completion + timedelta(days=rng.randint(1, 10)))))
    size = 10 * p.scale
    h = len(rows) * size * 1.45 + 12
    p.rect(x0, y - h, x1 - x0, h, fill=mix(p.accent, 0.92))
    ry = y - 6 - size
    for label, value in rows:
        p.text(x0 + 10, ry, label, size * 0.9, "b", MUTED)
        p.text(x0 + 150, ry, value, p.fit(value, 10, "", x1 - x0 - 160), "", INK)
        ry -= size * 1.45
    y -= h + 22
    p.text(x0, y, rng.choice(("Other activities this renewal cycle", "Previously reported in this cycle",
                              "CE HISTORY")), 10 * p.scale, "b", p.accent)
    hist, total = [], 0.0
    span = max((f.completion - cycle_start).days - 2, 3)
    for _ in range(rng.randint(2, 4)):
        topic = rng.choice(d.profile.topics)
        title = rng.choice([t for t in course_titles(topic, d.split) if t != f.course_title] or ["Annual Update"])
        hours = rng.choice((1.0, 1.5, 2.0, 3.0, 4.0, 6.0))
        total += hours
        when = cycle_start + timedelta(days=rng.randint(1, span))
        hist.append((when, [d.date(when), title, other_provider(d), f"{hours:.2f}"]))
    hist.sort(key=lambda r: r[0], reverse=rng.random() < 0.5)
    w = x1 - x0
    y = table(p, x0, y - 6, [w * 0.18, w * 0.44, w * 0.28, w * 0.1], ["Date", "Course", "Provider", "Hours"],
              [r for _, r in hist], 8.5) - 14
    required = rng.choice((24, 30, 36, 40))
    done = total + (f.hours() or 0)
    p.para(x0, y, f"Cycle summary: {done:g} of {required} hours completed. Required: {required} hours, including "
           f"{rng.choice((1, 2, 3))} hours of {rng.choice(('ethics', 'jurisprudence', 'patient safety'))}.",
           x1 - x0, 9, "i", INK)
    fine = ["This transcript lists courses reported by approved providers. It is not a certificate of licensure. "
            "Licensees must keep their certificates of completion for audit.",
            f"{board} \u00b7 {pool(rng, d.split, 'address')} \u00b7 Verify at "
            f"www.{state.lower()}{BOARDS[d.profile_key].split()[-1].lower()}.gov"]
    p.fine(x0, x1, 32, fine, 6.8, "left")


def f84_conference_letter(p: Pen, d: Doc) -> None:
    """A letter on the association's letterhead (logo, address, phone), a letter date, an inside address, 'RE:'
    with the conference, a body that names the event, its dates and venue, the maximum the conference offered and
    the amount this attendee earned, a registration number, next year's meeting and a cc line."""
    rng = d.rng
    honour(d, 0.3)
    f = replace(d.facts, delivery="conference", delivery_text="")
    d.facts = f
    x0, x1 = 64.0, p.w - 64
    p.logo(x0, p.h - 86, 44)
    p.text(x0 + 56, p.h - 58, f.provider, p.fit(f.provider, 15, "b", x1 - x0 - 60), "b", p.accent)
    addr = pool(rng, d.split, "address" if d.locale == "us" else "address_intl")
    slug = "".join(w[0] for w in f.provider.split()).lower()
    p.text(x0 + 56, p.h - 72, f"{addr} \u00b7 ({digits(rng, 3)}) 555-{digits(rng, 4)} \u00b7 www.{slug}.org",
           7.5 * p.scale, "", MUTED)
    p.rule(x0, p.h - 96, x1, p.accent, 0.8)
    letter_day = f.completion + timedelta(days=rng.randint(3, 40))
    y = p.para(x0, p.h - 124, d.date(letter_day), 300, 10.5) - 10
    street = pool(rng, d.split, "address" if d.locale == "us" else "address_intl")
    for line in (f.participant, *street.split(", ", 1)):
        p.text(x0, y, line, 10.5 * p.scale)
        y -= 10.5 * p.scale * 1.3
    y -= 10
    re = rng.choice(("RE:", "Re:", "Subject:"))
    subject = rng.choice(("Verification of attendance", "Confirmation of attendance", "Continuing education credit"))
    y = p.para(x0, y, f"{re} {subject} \u2013 {f.course_title}", x1 - x0, 10.5, "b") - 8
    y = p.para(x0, y, rng.choice((f"Dear {f.participant.split(',')[0]}:", "To whom it may concern:",
                                  "Dear Colleague,")), x1 - x0, 10.5) - 6
    venue = rng.choice(VENUES)
    edition = ordinal(rng.randint(8, 52))
    body = rng.choice((
        "This letter confirms that {who} attended {title}, the {ed} annual conference of {prov}, held {when} at "
        "{venue}.",
        "We are pleased to confirm your attendance at {title} ({ed} Annual Conference), {when}, {venue}. Our "
        "records show that {who} checked in and completed the session evaluations."))
    y = p.para(x0, y, body.format(who=f.participant, title=f.course_title, ed=edition, prov=f.provider,
                                  when=d.when(), venue=venue), x1 - x0, 10.5, lead=1.45) - 8
    c = f.credit
    phrase = d.credits_phrase()
    if len(c.credits) == 1:
        amount, unit = c.credits[0]
        most = f"{amount + rng.choice((1.5, 3, 4.5, 6, 9)):g}"
        if "," in phrase.split(" ")[0]:
            most = most.replace(".", ",")
        words = phrase.split(" ", 1)[1] if " " in phrase else UNIT_WORDS[unit]
        credit = rng.choice((
            f"The conference offered up to {most} {words}. Based on the sessions you attended, you "
            f"earned {phrase}.",
            f"You have been awarded {phrase} for the sessions attended (maximum available: {most} {words})."))
    else:
        credit = f"Based on the sessions you attended, you earned {phrase}."
    y = p.para(x0, y, credit, x1 - x0, 10.5, lead=1.45) - 8
    extra = []
    if f.license_number:
        extra.append(f"License number on file: {f.license_number}.")
    if f.certificate_id:
        extra.append(f"{rng.choice(('Certificate number', 'Letter reference', 'Verification code'))}: "
                     f"{f.certificate_id}.")
    extra.append(f"Registration #{digits(rng, 6)}.")
    y = p.para(x0, y, " ".join(extra), x1 - x0, 10.5, lead=1.45) - 8
    nxt = f.completion.year + 1
    y = p.para(x0, y, rng.choice((
        f"Please keep this letter for your records. We look forward to seeing you at the {nxt} conference, "
        f"{d.date(date(nxt, rng.randint(1, 12), rng.randint(13, 28)))}.",
        "Please keep this letter with your continuing education records; duplicate letters can be requested for "
        f"a fee of ${rng.choice((15, 20, 25))}.00.")), x1 - x0, 10.5, lead=1.45) - 12
    name, title = d.signers(1)[0]
    p.text(x0, y, rng.choice(("Sincerely,", "With best regards,", "Respectfully,")), 10.5 * p.scale)
    p.scribble(x0 + 70, y - 30)
    p.text(x0, y - 48, name, 10.5 * p.scale)
    p.text(x0, y - 60, f"{title}, {f.provider}" if rng.random() < 0.5 else title, 9.5 * p.scale, "i", MUTED)
    p.text(x0, y - 84, f"cc: {rng.choice(('Membership Services', 'CE Records', 'Registration Office'))}", 9, "",
           MUTED)
    p.fine(x0, x1, 36, d.fine(extras=False), 7.0, "left")


def university_range(d: Doc, s: date, e: date) -> str:
    if d.locale == "us":
        return d.rng.choice((f"{s:%B} {s.day}, {s.year} - {e:%B} {e.day}, {e.year}",
                             f"{s:%m/%d/%Y} to {e:%m/%d/%Y}",
                             f"{s:%b}. {s.day} \u2013 {e:%b}. {e.day}, {e.year}"))
    return d.rng.choice((f"{s.day} {s:%B} {s.year} \u2013 {e.day} {e:%B} {e.year}", f"{s.day} {s:%B} to "
                         f"{e.day} {e:%B} {e.year}"))


def f85_university_ceu(p: Pen, d: Doc) -> None:
    """A university's statement of continuing education units: seal, university and school lines, right-aligned
    capital labels in a gutter (COURSE, SECTION, TERM, DATES, CONTACT HOURS, CEUs AWARDED), a course spanning
    weeks across months, a grade, a student ID, the 'one CEU is ten contact hours' sentence and a registrar."""
    rng = d.rng
    place = rng.choice(half(VOCABULARY["organisations"]["places"], d.split))
    uni = rng.choice((f"University of {place}", f"{place} State University", f"{place} University"))
    old = d.facts.provider
    d.facts = replace(d.facts, provider=uni, accreditation_text=d.facts.accreditation_text.replace(old, uni))
    if rng.random() < 0.8:
        d.facts = replace(d.facts, start=d.facts.completion - timedelta(days=rng.randint(14, 70)))
    f = d.facts
    cx = p.w / 2
    p.border(26, rng.random() < 0.5)
    p.seal(cx, p.h - 92, 28, "".join(w[0] for w in uni.split() if w[0].isupper())[:3])
    y = p.line(cx, p.h - 148, uni.upper() if rng.random() < 0.5 else uni, 18, "b", p.accent, "center",
               p.w - 140)
    school = rng.choice(("Office of Continuing Education", "School of Professional and Continuing Studies",
                         "Division of Extended Learning", "Center for Professional Development"))
    y = p.line(cx, y, school, 11, "i", MUTED, "center", p.w - 140) - 10
    y = p.line(cx, y, rng.choice(("Statement of Continuing Education Units", "CONTINUING EDUCATION UNIT STATEMENT",
                                  "Record of Continuing Education Units")), 15, "b", INK, "center", p.w - 140) - 8
    y = p.para(cx, y, rng.choice(("This is to certify that", "The records of the University show that")),
               p.w - 140, 10.5, "i", MUTED, "center") - 4
    y = p.line(cx, y - 6, f.participant, 22, "b", INK, "center", p.w - 160)
    y = p.para(cx, y, rng.choice(("has satisfactorily completed the following non-credit course:",
                                  "completed the non-credit course described below.")), p.w - 140, 10.5, "i",
               MUTED, "center") - 10
    when = university_range(d, f.start, f.completion) if f.start else d.fmt_date(f.completion)
    d.must.append(when)
    term = f"{('Spring', 'Summer', 'Fall')[(f.completion.month - 1) // 4]} {f.completion.year}"
    rows = [("COURSE", f.course_title),
            ("SECTION", f"{rng.choice(('CEU', 'PDV', 'XCE', 'NCR'))} {digits(rng, 3)}-{digits(rng, 2)}"),
            ("TERM", term),
            ("DATES" if f.start else "COMPLETED", when)]
    c = f.credit
    for amount, unit in c.credits:
        a = fmt_amount(amount, "one" if unit == "CEU" else "plain")
        d.must.append(a)
        rows.append(({"CEU": "CEUs AWARDED", "contact_hour": "CONTACT HOURS"}.get(unit, UNIT_WORDS[unit].upper()),
                      a))
    rows.append(("GRADE", rng.choice(("Satisfactory", "S", "Pass", "Complete"))))
    if f.delivery_text:
        rows.append(("FORMAT", f.delivery_text))
        d.must.append(f.delivery_text)
    rows.append(("STUDENT ID", digits(rng, 9)))
    if f.certificate_id:
        rows.append(("STATEMENT NO.", f.certificate_id))
    if f.license_number:
        rows.append(("LICENSE", f.license_number))
    gx = cx - 40 if p.w > 700 else 190.0
    size = 10 * p.scale
    for label, value in rows:
        p.text(gx, y, label, size * 0.8, "b", MUTED, "right")
        lines = simpleSplit(value, p.font(), size, p.w - gx - 80)
        for line in lines:
            p.text(gx + 12, y, line, size)
            y -= size * 1.3
        y -= size * 0.35
    fine = ["One Continuing Education Unit (CEU) is defined as ten contact hours of participation in an organized "
            "continuing education experience under responsible sponsorship, capable direction and qualified "
            "instruction. CEUs are not academic credit and cannot be applied toward a degree.",
            *d.fine(extras=False)]
    top = p.fine(60, p.w - 60, 40, fine, 6.8)
    name = d.person(0.2).split(",")[0]
    sx = p.w - 170
    p.scribble(sx, top + 30, 110)
    p.rule(sx - 80, top + 26, sx + 80, INK, 0.6)
    p.text(sx, top + 14, name, 9, "", INK, "center")
    p.text(sx, top + 4, rng.choice(("Registrar", "Director, Continuing Education", "Dean")), 8, "i", MUTED,
           "center")
    p.text(70, top + 14, f"Issued {d.date(f.completion + timedelta(days=rng.randint(5, 30)))}", 8.5, "", MUTED)


# --------------------------------------------------------------------------------------------------- f89-f91
# Three training families of genres nobody had written: a pharmacist's CPE tracker printing a statement of credit
# (an ACPE UAN that is no certificate id, an e-Profile id, contact hours and CEUs side by side, the date of
# participation beside the dates reported and printed), a state-bar CLE certificate of attendance that the attorney
# fills in (bar number, sponsor and course numbers, sub-credits by category with a total, an affirmation with its own
# date), and a school district's professional-development clock-hours verification form (sessions in a small table,
# approvals with their own dates, a form number in a corner).

TRACKER_BRANDS = ("RxCE Tracker", "PharmaCE Ledger", "CPE Passport", "My CE Locker", "Pharmacist CE Hub")
ACTIVITY_TYPES = ("Knowledge-based", "Application-based", "Practice-based")


def pharmacy_credit(d: Doc) -> tuple[str, str, bool]:
    """Contact hours and CEUs as a tracker prints them side by side ('1.50' and '0.150'); returns the two texts and
    whether the CEUs come first."""
    rng = d.rng
    ch = rng.choice((0.5, 1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0, 6.0))
    ceu = round(ch / 10, 3)
    ch_text = f"{ch:.2f}" if rng.random() < 0.6 else f"{ch:g}"
    ceu_text = f"{ceu:.3f}" if rng.random() < 0.6 else f"{ceu:g}"
    ceu_first = rng.random() < 0.3
    credits = ((ceu, "CEU"), (ch, "contact_hour")) if ceu_first else ((ch, "contact_hour"), (ceu, "CEU"))
    phrase = f"{ceu_text} CEUs / {ch_text} Contact Hours" if ceu_first else f"{ch_text} Contact Hours / {ceu_text} CEUs"
    d.facts = replace(d.facts, credit=CreditSpec(credits, phrase, "", phrase))
    d.must += [ch_text, ceu_text]
    return ch_text, ceu_text, ceu_first


def f89_cpe_tracker(p: Pen, d: Doc) -> None:
    """A pharmacist's online CE tracker printing a statement of credit: brand bar with a 'Printed' time, the
    pharmacist's profile (e-Profile ID, date-of-birth code, state licence), then the activity as one wide table row
    or as a detail view (provider, title, ACPE UAN, activity type, date of participation, date reported, contact
    hours and CEUs side by side), the accredited provider's statement and a tracker disclaimer."""
    rng = d.rng
    ch_text, ceu_text, ceu_first = pharmacy_credit(d)
    state_license(d)
    f = d.facts
    x0, x1 = 40.0, p.w - 40
    brand = rng.choice(TRACKER_BRANDS)
    p.rect(0, p.h - 40, p.w, 40, fill=p.accent)
    p.text(x0, p.h - 26, brand, 13, "b", white)
    printed = f.completion + timedelta(days=rng.randint(5, 300))
    p.text(x1, p.h - 26, f"Printed {d.date(printed)} {lms_time(d)}", 8.5, "", white, "right")
    head = rng.choice(("Statement of Credit", "Statement of Continuing Pharmacy Education Credit",
                       "CPE Statement of Credit", "Activity Statement"))
    y = p.line(x0, p.h - 74, head, 18, "b", INK, "left", x1 - x0) - 4
    prof = [(rng.choice(("Pharmacist:", "Name:", "Participant:")), f.participant),
            (rng.choice(("NABP e-Profile ID:", "e-Profile ID:", "NABP ID:")), digits(rng, 7)),
            (rng.choice(("Profession:", "Role:")), rng.choice(("Pharmacist", "Pharmacist (RPh)")))]
    if rng.random() < 0.5:
        prof.append(("Birth Date (MMDD):", f"{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"))
    if f.license_number:
        prof.append((rng.choice(("State License:", "License #:", "Licensure:")), f.license_number))
    y = p.rows(x0, y, prof, 130, x1 - x0 - 140, 10) - 6
    p.rule(x0, y + 8, x1, p.accent, 1.0)
    reported = f.completion + timedelta(days=rng.randint(0, 40))
    code = uan(d)
    if rng.random() < 0.5:  # one wide row, as the tracker's activity list prints it
        p.text(x0, y - 6, rng.choice(("Activity detail", "Completed activity", "CPE activity")), 10, "b", p.accent)
        head_row = ["Date of Participation", "UAN", "Activity Title", "Provider",
                    *(("CEUs", "Contact Hours") if ceu_first else ("Contact Hours", "CEUs")), "Date Reported"]
        row = [d.when(), code, f.course_title, f.provider, *((ceu_text, ch_text) if ceu_first else
                                                             (ch_text, ceu_text)), d.date(reported)]
        w = x1 - x0
        y = table(p, x0, y - 12, [w * 0.13, w * 0.17, w * 0.27, w * 0.18, w * 0.08, w * 0.08, w * 0.09],
                  head_row, [row], 8.0, grid=rng.random() < 0.5) - 12
        if f.delivery_text:
            d.must.append(f.delivery_text)
            p.text(x0, y, f"Activity format: {f.delivery_text}  \u00b7  Activity type: {rng.choice(ACTIVITY_TYPES)}",
                   8.5, "", INK)
            y -= 14
    else:  # a detail view: rows on the left, the two amounts as big numbers over captions on the right
        rows = [(rng.choice(("Provider:", "Accredited Provider:")), f.provider),
                (rng.choice(("Activity Title:", "Title:")), f.course_title),
                (rng.choice(("UAN:", "ACPE UAN:", "Universal Activity Number:")), code),
                ("Activity Type:", rng.choice(ACTIVITY_TYPES)),
                (rng.choice(("Date of Participation:", "Participation Date:")), d.when()),
                (rng.choice(("Date Reported:", "Reported to NABP:")), d.date(reported))]
        if f.delivery_text:
            rows.insert(4, ("Format:", f.delivery_text))
            d.must.append(f.delivery_text)
        top = y
        y = p.rows(x0, y - 4, rows, 140, x1 - x0 - 330, 10) - 6
        bx = x1 - 170
        pairs = ((ceu_text, "CEUs"), (ch_text, "Contact Hours")) if ceu_first else \
            ((ch_text, "Contact Hours"), (ceu_text, "CEUs"))
        for i, (value, cap) in enumerate(pairs):
            cx = bx + i * 85 + 40
            p.rect(cx - 38, top - 62, 76, 56, stroke=p.accent, lw=0.8)
            p.text(cx, top - 32, value, 20, "b", p.accent, "center")
            p.text(cx, top - 50, cap, 7.5, "", MUTED, "center")
    if f.certificate_id:
        p.text(x0, y, f"{rng.choice(('Statement No.', 'Confirmation #', 'Record ID'))}: {f.certificate_id}", 9, "",
               INK)
        y -= 16
    lines = [f.accreditation_text] if f.accreditation_text else []
    d.must += lines
    lines.append(rng.choice((
        "Credit is shown as reported by the accredited provider. Providers must report credit within 60 days of "
        "the date of participation.",
        "This statement lists activities reported to the tracker; 0.1 CEU equals one contact hour. Keep it for "
        "your records.",
        f"Statements printed from {brand} are not official transcripts. Questions? Contact the provider.")))
    p.fine(x0, x1, 34, lines, 7.0, "left")
    p.text(x1, 20, "Page 1 of 1", 7, "", MUTED, "right")


CLE_STATES = {"New York State CLE Board": "New York", "State Bar of California": "California",
              "Pennsylvania CLE Board": "Pennsylvania"}
CLE_CATEGORIES = ("General", "Ethics and Professionalism", "Elimination of Bias", "Competence",
                  "Law Practice Management", "Skills", "Technology", "Diversity, Inclusion and Elimination of Bias")
BAR_LABELS = ("Bar Number:", "Attorney Registration No.:", "State Bar #:", "Attorney ID No.:", "Bar No.:")
AFFIRMATIONS = (
    "I affirm that I attended the program described above and that the hours claimed reflect my actual attendance.",
    "I certify that I attended the above course and am entitled to claim the credit hours indicated.",
    "By signing below I attest that the information on this form is true and complete.")
MINUTE_NOTES = ("Credit is calculated on the basis of one credit hour for each 60 minutes of instruction.",
                "One credit hour equals 50 minutes of instruction; do not count breaks or meals.",
                "Hours are 60-minute hours. Claim credit only for the sessions you attended.")


def f90_cle_attendance(p: Pen, d: Doc) -> None:
    """A state bar's uniform CLE certificate of attendance: a form number in a corner, a sponsor part (sponsor and
    sponsor number, course title and number, dates, location or format, the approved credit) and an attorney part
    filled in by hand (name, bar number, credits claimed by category with a total, experienced/newly admitted
    boxes), the attorney's affirmation with a signature and its own date, a 50- or 60-minute-hour note."""
    rng = d.rng
    f = d.facts
    total = rng.choice((1.0, 1.5, 2.0, 3.0, 3.5, 4.0, 6.0, 7.5))
    parts = split_amount(rng, total, rng.randint(1, 3))
    cats = rng.sample(CLE_CATEGORIES[1:], len(parts) - 1)
    claimed = list(zip(["General", *cats], parts, strict=True))
    label = rng.choice(("Total CLE Hours", "TOTAL CREDIT HOURS", "Total Credit Hours Claimed", "Total"))
    d.facts = replace(f, credit=CreditSpec(((total, "CLE"),), f"{total:g} CLE hours", label, f"{total:g}"))
    f = d.facts
    x0, x1 = 50.0, p.w - 50
    hand = "i" if rng.random() < 0.5 else ""
    state = CLE_STATES.get(f.accreditation or "", rng.choice(("Ohio", "Texas", "Georgia", "Virginia")))
    p.text(x0, p.h - 34, rng.choice((f"Form CLE-{rng.randint(1, 9)} (rev. {rng.randint(2015, 2023)})",
                                     f"MCLE Form {rng.randint(2, 6)}", f"Rule 6 Form A - rev. {rng.randint(1, 12)}/"
                                     f"{rng.randint(2016, 2023)}")), 7.5, "", MUTED)
    if f.certificate_id:
        p.text(x1, p.h - 34, f"Certificate No. {f.certificate_id}", 7.5, "", MUTED, "right")
    y = p.line(p.w / 2, p.h - 66, rng.choice(("CERTIFICATE OF ATTENDANCE", "Uniform Certificate of Attendance",
                                              "CLE Certificate of Attendance")), 18, "b", p.accent, "center", x1 - x0)
    y = p.line(p.w / 2, y, rng.choice((f"{state} Continuing Legal Education", f"{state} Minimum Continuing Legal "
                                      "Education (MCLE)", f"State of {state} - Continuing Legal Education")), 11,
               "", INK, "center", x1 - x0) - 10

    def section(title: str, yy: float) -> float:
        p.rect(x0, yy - 4, x1 - x0, 16, fill=mix(p.accent, 0.85))
        p.text(x0 + 6, yy + 1, title, 8.5, "b", INK)
        return yy - 20

    def blank(lab: str, value: str, xx: float, yy: float, width: float, style: str = "") -> None:
        p.text(xx, yy, lab, 8.5, "b", MUTED)
        lw = p.width(lab, 8.5, "b") + 6
        p.rule(xx + lw, yy - 2, xx + width, MUTED, 0.5)
        p.text(xx + lw + 4, yy + 1, value, p.fit(value, 10.5, style, width - lw - 8), style, INK)

    y = section(rng.choice(("PART A - TO BE COMPLETED BY THE SPONSOR", "SPONSOR INFORMATION")), y)
    half_w = (x1 - x0) / 2
    blank(rng.choice(("Sponsor:", "Provider/Sponsor:", "Sponsoring Organization:")), f.provider, x0, y, x1 - x0)
    y -= 20
    blank(rng.choice(("Sponsor No.:", "Provider ID:", "Sponsor #:")), digits(rng, rng.choice((4, 5, 6))), x0, y,
          half_w - 10)
    blank(rng.choice(("Course No.:", "Activity No.:", "Program Code:")), f"{rng.choice(('C', 'A', ''))}"
          f"{digits(rng, 5)}", x0 + half_w, y, half_w)
    y -= 20
    blank(rng.choice(("Course Title:", "Title of Program:", "Program Title:")), f.course_title, x0, y, x1 - x0)
    y -= 20
    when = d.when()
    blank(rng.choice(("Date(s) of Program:", "Date of Course:", "Date(s):")), when, x0, y, half_w - 10)
    where = f.delivery_text or rng.choice([v for v in VENUES if "Virtual" not in v])  # no format but the stated
    if f.delivery_text:
        d.must.append(f.delivery_text)
    blank(rng.choice(("Location/Format:", "Location:")), where, x0 + half_w, y, half_w)
    y -= 20
    approved = total + (rng.choice((0.5, 1.0, 2.0)) if rng.random() < 0.35 else 0)
    p.text(x0, y, rng.choice((f"Maximum credit approved: {approved:g} hours", f"Approved for {approved:g} credit "
                              "hours, including ethics where shown")), 8.5, "i", INK)
    y -= 24
    y = section(rng.choice(("PART B - TO BE COMPLETED BY THE ATTORNEY", "ATTORNEY INFORMATION")), y)
    blank(rng.choice(("Attorney Name:", "Name of Attorney:", "Attendee:")), f.participant, x0, y, half_w + 40, hand)
    lic = f.license_number or ""
    blank(rng.choice(BAR_LABELS), lic, x0 + half_w + 50, y, half_w - 50, hand)
    y -= 22
    if rng.random() < 0.5:
        ticked = rng.random() < 0.8
        p.rect(x0, y - 1, 8, 8, stroke=INK, lw=0.6)
        p.rect(x0 + 170, y - 1, 8, 8, stroke=INK, lw=0.6)
        bx = x0 if ticked else x0 + 170
        p.c.setStrokeColor(INK)
        p.c.line(bx + 1, y, bx + 7, y + 6)
        p.c.line(bx + 1, y + 6, bx + 7, y)
        p.text(x0 + 12, y, "Experienced attorney", 8.5)
        p.text(x0 + 182, y, "Newly admitted attorney (transitional)", 8.5)
        y -= 20
    w = min(x1 - x0, 360)
    body = [[name, f"{amount:.1f}"] for name, amount in claimed]
    if rng.random() < 0.5:  # the form lists the other categories with nothing claimed
        body += [[name, rng.choice(("0", "0.0", "-"))] for name in rng.sample(
            [c for c in CLE_CATEGORIES if c not in dict(claimed)], 2)]
    body.append([label, f"{total:.1f}"])
    d.must.append(f"{total:.1f}")
    y = table(p, x0, y, [w * 0.72, w * 0.28], [rng.choice(("Category of Credit", "Credit Category", "Area")),
              rng.choice(("Hours Claimed", "Credit Hours", "Hours"))], body, 9.0, bold_last=True) - 12
    y = p.para(x0, y, rng.choice(MINUTE_NOTES), x1 - x0, 8.5, "i", MUTED) - 8
    y = p.para(x0, y, rng.choice(AFFIRMATIONS), x1 - x0, 9.5) - 26
    signed = f.completion + timedelta(days=rng.randint(0, 45))
    p.scribble(x0 + 90, y + 4, 120)
    p.rule(x0, y, x0 + 220, INK, 0.6)
    p.text(x0, y - 10, rng.choice(("Signature of Attorney", "Attorney's Signature")), 7.5, "", MUTED)
    p.text(x0 + 260, y + 3, d.date(signed), 10.5, hand)
    p.rule(x0 + 255, y, x0 + 380, INK, 0.6)
    p.text(x0 + 255, y - 10, "Date", 7.5, "", MUTED)
    fine = [*d.fine(extras=False), rng.choice((
        "Attorneys: keep this certificate for at least four years. Do not send it to the Board unless audited.",
        "Sponsor: give a copy to each attorney who completes the program. Attorneys report their own credit.",
        f"Compliance period: {f.completion.year - rng.randint(0, 1)}-{f.completion.year + 1}. Report online."))]
    p.fine(x0, x1, 34, fine, 7.0, "left")


DISTRICT_KINDS = ("{p} Independent School District", "{p} Unified School District", "{p} County Public Schools",
                  "Region {n} Education Service Center", "{p} Regional Education Service Center",
                  "{p} Public School District")
SCHOOL_KINDS = ("Elementary School", "Middle School", "High School", "Intermediate School", "Early College High School")
PD_TITLES = ("Professional Development Clock Hour Verification", "Verification of Professional Learning Clock Hours",
             "Staff Development Attendance Verification", "Clock Hours Verification Form")


def session_time(hours: float, dotted: bool) -> str:
    """A session's clock-time range for its hours: after school when short, a day with a lunch break when long."""
    start = 15 * 60 + 45 if hours <= 2.5 else 8 * 60
    end = start + round(hours * 60) + (30 if hours > 4 else 0)
    ap = ("a.m.", "p.m.") if dotted else ("AM", "PM")

    def fmt(m: int) -> str:
        h = m // 60
        return f"{(h - 1) % 12 + 1}:{m % 60:02d} {ap[h >= 12]}"
    return f"{fmt(start)} - {fmt(end)}"


def f91_pd_clock_hours(p: Pen, d: Doc) -> None:
    """A school district's clock-hours verification form: a form number with a revision date in a corner, the
    district (or regional service centre) as the provider, teacher, employee id, school (a second organisation) and
    assignment, the activity, its facilitator and an activity number, the sessions in a small table (date, time,
    clock hours, with a total when there are several), a credit-type checkbox line, a renewal-requirement
    sentence, and approvals by principal and PD coordinator with their own dates."""
    rng = d.rng
    places = half(VOCABULARY["organisations"]["places"], d.split)
    district = rng.choice(DISTRICT_KINDS).format(p=rng.choice(places), n=rng.randint(1, 20))
    old = d.facts.provider
    d.facts = replace(d.facts, provider=district,
                      accreditation_text=d.facts.accreditation_text.replace(old, district))
    total = d.facts.credit.credits[0][0]
    n = min(8, math.ceil(total / rng.choice((3, 6, 7))))
    parts = split_amount(rng, total, n) if n > 1 else [total]
    while max(parts) > 7 and n < 10:  # no session runs past a school day
        n += 1
        parts = split_amount(rng, total, n)
    n = len(parts)
    gap = rng.choice((1, 7, 14))
    days = [d.facts.completion - timedelta(days=gap * (n - 1 - k)) for k in range(n)]
    d.facts = replace(d.facts, start=days[0] if n > 1 else None)
    f = d.facts
    x0, x1 = 48.0, p.w - 48
    form = f"Form PD-{digits(rng, 3)} (Rev. {rng.randint(1, 12):02d}/{rng.randint(2016, 2024)})"
    corner = rng.random() < 0.5
    p.text(x1 if corner else x0, p.h - 30 if corner else 26, form, 7.5, "", MUTED, "right" if corner else "left")
    p.logo(x0, p.h - 84, 40)
    p.text(x0 + 52, p.h - 58, district, p.fit(district, 14, "b", x1 - x0 - 60), "b", p.accent)
    p.text(x0 + 52, p.h - 74, rng.choice(("Office of Professional Learning", "Department of Curriculum and "
                                          "Instruction", "Human Resources - Staff Development")), 9, "", MUTED)
    y = p.line(x0, p.h - 118, rng.choice(PD_TITLES), 16, "b", INK, "left", x1 - x0) - 6
    school = f"{rng.choice(places)} {rng.choice(SCHOOL_KINDS)}"
    rows = [(rng.choice(("Teacher Name:", "Employee Name:", "Educator:")), f.participant),
            (rng.choice(("Employee ID:", "Staff ID #:")), digits(rng, rng.choice((5, 6)))),
            (rng.choice(("School/Campus:", "Campus:", "Building:")), school),
            (rng.choice(("Position:", "Assignment:")), rng.choice(("Grade 4 Teacher", "Science Teacher",
                                                                  "Special Education Teacher", "Counselor",
                                                                  "Instructional Coach"))),
            (rng.choice(("Activity Title:", "Workshop/Course:", "Professional Learning Activity:")), f.course_title),
            (rng.choice(("Activity #:", "Session Code:", "Course ID:")), f"PD-{f.completion.year}-{digits(rng, 4)}"),
            (rng.choice(("Facilitator:", "Presenter:")), d.person(0.1).split(",")[0])]
    if f.delivery_text:
        rows.append(("Format:", f.delivery_text))
        d.must.append(f.delivery_text)
    if f.certificate_id:
        rows.append((rng.choice(("Verification No.:", "Certificate #:")), f.certificate_id))
    y = p.rows(x0, y, rows, 150, x1 - x0 - 160, 10) - 6
    word = rng.choice(("Clock Hours", "Hours", "Clock Hrs."))
    body = [[d.date(day) if day != f.completion else d.fmt_date(day), session_time(part, rng.random() < 0.5),
             f"{part:g}"] for day, part in zip(days, parts, strict=True)]
    d.must.append(d.fmt_date(f.completion))
    if n > 1 or rng.random() < 0.5:
        body.append(["", rng.choice(("Total Clock Hours", "TOTAL", "Total Hours Earned")), f"{total:g}"])
    d.must.append(f"{total:g}")
    w = min(x1 - x0, 380)
    y = table(p, x0, y, [w * 0.34, w * 0.42, w * 0.24], ["Session Date", "Time", word], body, 9.0,
              bold_last=len(body) > n) - 12
    if rng.random() < 0.6:
        p.text(x0, y, "Credit type:", 8.5, "b", MUTED)
        for i, cap in enumerate(("Clock hours", "CEUs", "Graduate credit")):
            bx = x0 + 70 + i * 110
            p.rect(bx, y - 1, 8, 8, stroke=INK, lw=0.6)
            if i == 0:
                p.c.setStrokeColor(INK)
                p.c.line(bx + 1, y, bx + 7, y + 6)
                p.c.line(bx + 1, y + 6, bx + 7, y)
            p.text(bx + 12, y, cap, 8.5)
        y -= 18
    y = p.para(x0, y, rng.choice((
        "Standard certificate holders must complete 150 clock hours every five years for renewal.",
        "Keep this form: clock hours count toward the 100 hours required for license renewal.",
        "Hours are entered in the district's professional learning system within 30 days.")), x1 - x0, 8.5, "i",
        MUTED) - 30
    slot = (x1 - x0) / 2
    for i, role in enumerate(rng.sample(("Principal", "PD Coordinator", "Teacher"), 2)):
        sx = x0 + i * slot
        p.scribble(sx + 70, y + 4, 100)
        p.rule(sx, y, sx + slot * 0.62, INK, 0.6)
        p.text(sx, y - 10, f"{role} Signature" if role == "Teacher" else f"{role} Approval", 7.5, "", MUTED)
        when = d.date(f.completion + timedelta(days=rng.randint(1, 30)))
        p.text(sx + slot * 0.66, y + 3, when, 9)
        p.text(sx + slot * 0.66, y - 10, "Date", 7.5, "", MUTED)
    lines = [f.accreditation_text] if f.accreditation_text else []
    d.must += lines
    lines.append(f"{district} \u00b7 {pool(rng, d.split, 'address')}")
    p.fine(x0, x1, 40, lines, 7.0, "left")


# --------------------------------------------------------------------------------------------------- f92-f94
# Three genres: a printed "your certificate" e-mail from a course platform, an IT certification body's CPE
# submission record, and an EMS (CAPCE-style) course completion card or roster line.

MAIL_PLATFORMS = ("CEUHub", "LearnLink", "CredentialHQ", "MyCEbox", "Coursewell", "SkillTrail Learning")
MAIL_CLIENTS = ("Gmail", "Outlook", "Mail", "Yahoo Mail")
MAIL_SUBJECTS = ("Your certificate for {t}", "Certificate available: {t}", "You did it! Your CE certificate",
                 "Completion confirmed - {t}", "Your credits have been recorded")
MAIL_LEGAL = ("This message was sent to {mail}. If you no longer wish to receive course e-mails, unsubscribe here.",
              "Unsubscribe | Update e-mail preferences | Privacy Policy | Terms of Service",
              "Please do not reply to this automated message; this mailbox is not monitored.",
              "CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the intended recipient only.")


def mail_stamp(d: Doc, day: date) -> str:
    """The mail's own date, as mail clients print it ('Tue, Mar 4, 2025 at 9:14 AM', RFC 2822, Outlook's)."""
    rng = d.rng
    h, m = rng.randint(6, 21), rng.randint(0, 59)
    ampm = f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"
    return rng.choice((f"{day:%a}, {day:%b} {day.day}, {day.year} at {ampm}",
                       f"{day:%a}, {day:%d} {day:%b} {day.year} {h:02d}:{m:02d}:{rng.randint(0, 59):02d} -0500",
                       f"{day:%A}, {day:%B} {day.day}, {day.year} {ampm}"))


def f92_mail_certificate(p: Pen, d: Doc) -> None:
    """A printed e-mail: the client's print header (client name, account, subject), mail headers (From the
    platform, To the learner's address, Date/Sent days after the course, Subject), a body saying who completed
    what, when and for what credit (a sentence, or a short summary list), the platform team's signature block
    (the platform is not the provider), then unsubscribe and legal lines and the print footer."""
    rng = d.rng
    f = d.facts
    x0, x1 = 48.0, p.w - 48
    platform = rng.choice(MAIL_PLATFORMS)
    pslug = platform.lower().replace(" ", "")
    first, *rest = plain_name(f.participant).split()
    mailbox = f"{first}.{rest[-1] if rest else first}".lower().replace("..", ".") + "@" + rng.choice(
        ("gmail.com", "outlook.com", "mailbox.example", "hospital.example.org"))
    subject = rng.choice(MAIL_SUBJECTS).format(t=f.course_title)
    client = rng.choice(MAIL_CLIENTS)
    p.text(x0, p.h - 30, f"{client} - {subject}"[:95], 8, "", MUTED)
    p.text(x1, p.h - 30, mailbox, 8, "", MUTED, "right")
    p.rule(x0, p.h - 36, x1, MUTED, 0.4)
    y = p.para(x0, p.h - 64, subject, x1 - x0, 15, "b", INK) - 6
    sent = f.completion + timedelta(days=rng.randint(1, 12))
    head = [("From:", f"{platform} <{rng.choice(('no-reply', 'certificates', 'support'))}@{pslug}.com>"),
            ("To:", f"{plain_name(f.participant)} <{mailbox}>"),
            (rng.choice(("Date:", "Sent:")), mail_stamp(d, sent))]
    if rng.random() < 0.5:
        head.append(("Subject:", subject))
    y = p.rows(x0, y, head, 58, x1 - x0 - 70, 9, "", MUTED) - 2
    p.rule(x0, y + 6, x1, MUTED, 0.4)
    y -= 14
    y = p.para(x0, y, f"{rng.choice(('Hi', 'Hello', 'Dear'))} {first},", x1 - x0, 10.5) - 6
    when = d.when()
    if rng.random() < 0.5:
        credit = d.credits_phrase()
        body = rng.choice((
            "Congratulations! This e-mail confirms that {n} completed {q}{t}{q}, offered by {o}, on {w}, "
            "and earned {c}.",
            "Great news: {n} has successfully completed the course {q}{t}{q} from {o} on {w} for {c}.",
            "We are pleased to confirm that {n} completed {q}{t}{q} ({o}) on {w}. Credit awarded: {c}."))
        q = rng.choice(("\u201c", ""))
        qq = "\u201d" if q else ""
        body = body.replace("{q}{t}{q}", f"{q}{{t}}{qq}").format(n=f.participant, t=f.course_title, o=f.provider,
                                                              w=when, c=credit)
        y = p.para(x0, y, body, x1 - x0, 10.5, lead=1.4) - 8
    else:
        y = p.para(x0, y, rng.choice(("Congratulations on completing your course! Here are the details of your "
                                      "certificate:", "Your certificate is ready. Summary:",
                                      "Thanks for learning with us. Your completion has been recorded:")),
                   x1 - x0, 10.5, lead=1.4) - 6
        label, value = credit_cell(d, False)
        rows = [(rng.choice(("Learner:", "Name:", "Participant:")), f.participant),
                (rng.choice(("Course:", "Course title:", "Activity:")), f.course_title),
                (rng.choice(("Provider:", "Offered by:", "Course provider:")), f.provider),
                (rng.choice(("Completed on:", "Completion date:", "Date completed:")), when),
                (label if label.endswith(":") else label + ":", value)]
        y = p.rows(x0 + 16, y, rows, 120, x1 - x0 - 150, 10) - 4
    extra = []
    if f.certificate_id:
        extra.append(f"Certificate number: {f.certificate_id}")
        d.must.append(f.certificate_id)
    if f.license_number:
        extra.append(f"{d.label('license', colon=False)}: {f.license_number}")
    if f.delivery_text:
        extra.append(f"Format: {f.delivery_text}")
        d.must.append(f.delivery_text)
    if rng.random() < 0.5:
        extra.append(f"Order #{digits(rng, 7)} \u00b7 paid {d.date(f.completion - timedelta(days=rng.randint(3, 40)))}")
    for line in extra:
        y = p.para(x0, y, line, x1 - x0, 10) - 1
    y = p.para(x0, y - 8, rng.choice((
        f"Download your certificate (PDF): https://{pslug}.com/certificates/{digits(rng, 8)}",
        "Your certificate is attached to this message as a PDF.",
        f"You can view all your certificates at any time in My Transcript on {platform}.")), x1 - x0, 10) - 12
    y = p.para(x0, y, rng.choice(("Best regards,", "Happy learning,", "Thanks,")), x1 - x0, 10.5)
    p.text(x0, y - 2, rng.choice((f"The {platform} Team", f"{d.person(0.0).split(',')[0]}")), 10.5 * p.scale)
    p.text(x0, y - 14, rng.choice(("Learner Support", "Customer Success", "Certificates Desk")) + f" | {platform}",
           9 * p.scale, "i", MUTED)
    p.text(x0, y - 26, f"support@{pslug}.com \u00b7 1-800-555-{digits(rng, 4)}", 8.5 * p.scale, "", MUTED)
    legal = [*(line.format(mail=mailbox) for line in rng.sample(MAIL_LEGAL, 2)),
             f"\u00a9 {sent.year} {platform}, Inc. \u00b7 {pool(rng, d.split, 'address')}"]
    fine = d.fine(extras=False)
    top = p.fine(x0, x1, 46, [*fine, *legal], 7.0, "left")
    del top
    p.rule(x0, 36, x1, MUTED, 0.3)
    p.text(x0, 26, f"https://mail.{client.split()[0].lower()}.com/mail/u/0/?ik={digits(rng, 10)}", 7, "", MUTED)
    p.text(x1, 26, "1/1", 7, "", MUTED, "right")


CERT_BODIES = ("Information Security Certification Council", "Global IT Audit Association",
               "Cloud Security Credentialing Board", "Network Professionals Certification Institute")
CERT_NAMES = ("CISSP", "CISA", "CCSP", "SSCP", "CISM", "CRISC", "CGEIT", "CSSLP")
CPE_DOMAINS = ("Domain 1: Security and Risk Management", "Domain 3: Security Architecture and Engineering",
               "Domain 4: Communication and Network Security", "Domain 7: Security Operations",
               "Domain 2: Asset Security", "Domain 5: Identity and Access Management", "Domain 6: Security Assessment")


def f93_cpe_record(p: Pen, d: Doc) -> None:
    """An IT certification body's member-portal CPE record: body name and portal bar, member block (name, member
    ID, certification and its number: the licence-like id), then the activity either as a ruled table row
    (activity date, title, offered by, group/domain, CPEs, status, submitted) or as a receipt ('Submission
    received'), an approval date after the activity date, and a cycle summary with other amounts."""
    rng = d.rng
    cert = rng.choice(CERT_NAMES)
    number = rng.choice((digits(rng, 6), digits(rng, 7), f"{cert}-{digits(rng, 6)}"))
    d.facts = replace(d.facts, license_number=number, certificate_id=None)
    f = d.facts
    x0, x1 = 40.0, p.w - 40
    body = rng.choice(CERT_BODIES)
    p.rect(0, p.h - 48, p.w, 48, fill=p.accent)
    p.text(x0, p.h - 30, body, 13, "b", white)
    p.text(x1, p.h - 30, rng.choice(("Member Dashboard", "CPE Portal", "My Certifications")), 9, "", white, "right")
    y = p.para(x0, p.h - 84, rng.choice(("CPE Submission Receipt", "Continuing Professional Education Record",
                                         "CPE Activity Detail", "Submitted CPE Credits")), x1 - x0, 18, "b") - 6
    member = [(rng.choice(("Member:", "Member Name:", "Name:")), f.participant),
              (rng.choice(("Member ID:", "Member #:", "Customer ID:")), digits(rng, 8)),
              ("Certification:", f"{cert} \u2013 " + rng.choice(("Active", "In good standing", "Active (Year 2)"))),
              (rng.choice(("Certification Number:", "Certification ID:", "Certification #:")), number)]
    y = p.rows(x0, y, member, 140, x1 - x0 - 150, 10) - 6
    group = rng.choice(("Group A", "Group A", "Group B"))
    domain = rng.choice(CPE_DOMAINS)
    submitted = f.completion + timedelta(days=rng.randint(1, 25))
    approved = submitted + timedelta(days=rng.randint(0, 14))
    label, value = credit_cell(d, True)
    status = rng.choice(("Approved", "Accepted", "Approved \u2013 audit not selected"))
    if d.wide and rng.random() < 0.75:
        head = [rng.choice(("Activity Date", "Date Completed", "Date")), rng.choice(("Activity Title", "Activity")),
                rng.choice(("Offered By", "Provider", "Sponsor")), "Group / Domain", label, "Status",
                rng.choice(("Submitted", "Date Submitted"))]
        row = [d.when(), f.course_title, f.provider, f"{group} / {domain.split(':')[0]}", value, status,
               d.date(submitted)]
        widths = [78.0, 190.0, 150.0, 92.0, 54.0, 70.0, 78.0]
        k = (x1 - x0) / sum(widths)
        y = table(p, x0, y, [w * k for w in widths], head, [row], 9.0) - 14
        y = p.para(x0, y, f"{rng.choice(('Approved on', 'Reviewed'))} {d.date(approved)}.  {domain}.", x1 - x0, 9,
                   "", MUTED) - 8
    else:
        y = p.para(x0, y, rng.choice(("Submission received", "Activity recorded")), x1 - x0, 13, "b", p.accent) - 4
        rows = [(rng.choice(("Activity Title:", "Title:")), f.course_title),
                (rng.choice(("Offered By:", "Activity Provider:", "Organization:")), f.provider),
                (rng.choice(("Activity Date:", "Date of Activity:", "Completed:")), d.when()),
                (rng.choice(("CPE Credits:", "CPEs Claimed:", "Credits:")) if label != "Credits" else "Credits:",
                 value),
                ("CPE Group:", group), ("Domain:", domain),
                ("Submitted:", d.date(submitted)), ("Status:", f"{status} ({d.date(approved)})")]
        y = p.rows(x0, y, rows, 140, x1 - x0 - 150, 10) - 6
    if f.delivery_text and rng.random() < 0.6:
        y = p.para(x0, y, f"Activity type: {f.delivery_text}", x1 - x0, 9.5) - 6
        d.must.append(f.delivery_text)
    elif f.delivery_text:  # not printed: nothing to record
        d.facts = replace(f, delivery=None, delivery_text="")
    earned = round(rng.uniform(20, 110), 1)
    y = p.para(x0, y - 4, rng.choice((
        f"Cycle summary: {earned:g} of 120 CPEs earned ({rng.randint(3, 40)} Group A minimum remaining)",
        f"Annual minimum: 20 CPEs \u00b7 Total this cycle: {earned:g} \u00b7 Cycle ends "
        f"{d.date(date(f.completion.year + 2, 12, 31))}",
        f"Progress toward renewal: {earned:g} / 90 CPE credits")), x1 - x0, 9.5, "", MUTED) - 6
    fine = [*d.fine(extras=False), rng.choice((
        "Retain proof of attendance for each activity for the length of the certification cycle plus one year; "
        "submissions are subject to audit.",
        "CPE credits are recorded as submitted and may be audited. One CPE credit equals one hour of learning."))]
    p.fine(x0, x1, 34, fine, 7.0, "left")


EMS_TITLES_TRAIN = (("Airway Management for the BLS Provider", "patient-care"),
                    ("Pediatric Assessment in the Field", "patient-care"),
                    ("Stroke Recognition and Prehospital Care", "patient-care"),
                    ("Hemorrhage Control and Tourniquet Use", "patient-care"),
                    ("Infection Control for EMS Crews", "infection-control"),
                    ("Prehospital Pain Management and Controlled Substances", "pharmacology"),
                    ("Behavioral Emergencies and Crew Safety", "mental-health"),
                    ("12-Lead ECG Interpretation Refresher", "patient-care"),
                    ("Obstetric Emergencies in the Ambulance", "patient-care"),
                    ("Documentation and Patient Care Reports", "patient-care"))
EMS_UNITS = ("Fire Rescue Training Division", "EMS Academy", "County EMS Education", "Ambulance Service CE Program",
             "Regional EMS Council")
EMS_CATS = ("Airway", "Cardiology", "Trauma", "Medical", "Operations", "Pediatrics", "OB/GYN", "Behavioral")


def f94_ems_card(p: Pen, d: Doc) -> None:
    """An EMS continuing-education completion card (a bordered card on the sheet) or a course roster extract with
    one student line: course number, 'CEH' by category and a total, the national registry or state certification
    number (the licence), instructor and training officer, the agency's accreditation number."""
    rng = d.rng
    title, topic = rng.choice(EMS_TITLES_TRAIN)
    place = rng.choice(half(VOCABULARY["organisations"]["places"], d.split))
    provider = f"{place} {rng.choice(EMS_UNITS)}"
    total = rng.choice((1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 6.0, 8.0))
    cats = rng.sample(EMS_CATS, rng.randint(1, 3))
    parts = split_amount(rng, total, len(cats))
    cats = cats[:len(parts)]
    lic = rng.choice((f"{rng.choice('EPA')}{digits(rng, 7)}", f"{rng.choice(STATE_CODES)}-{digits(rng, 6)}",
                      f"EMS{digits(rng, 6)}"))
    capce = rng.random() < 0.7
    accr, accr_text = ("CAPCE", f"{provider} is accredited by the Commission on Accreditation for Pre-Hospital "
                       f"Continuing Education (CAPCE). Organization accreditation # {digits(rng, 4)}.") if capce \
        else (None, "")
    name = plain_name(d.facts.participant)
    if d.facts.participant.isupper():
        name = name.upper()
    participant = name + rng.choice(("", "", ", NRP", ", EMT", ", Paramedic", ", AEMT"))
    unit_word = rng.choice(("CEH", "CE Hours", "CEHs"))
    spec = CreditSpec(((total, "CE"),), f"{total:.2f} {unit_word}", f"Total {unit_word}:", f"{total:.2f}")
    d.facts = replace(d.facts, participant=participant, provider=provider, course_title=title, topic=topic,
                      license_number=lic, accreditation=accr, accreditation_text=accr_text, credit=spec,
                      start=None)
    if rng.random() < 0.5:
        d.facts = replace(d.facts, certificate_id=None)
    f = d.facts
    approved = f"CAPCE #{digits(rng, 2)}-{rng.choice(('F1', 'F3', 'F5'))}-{digits(rng, 4)}" if capce \
        else f"EMS-{digits(rng, 3)}-{digits(rng, 2)}"  # names CAPCE only when CAPCE accredits it
    course_no = rng.choice((f"{f.completion.year % 100:02d}-{provider.split()[0][:3].upper()}-{digits(rng, 4)}",
                            approved, f"EMS-{digits(rng, 5)}"))
    instructor, officer = d.person(0.0).split(",")[0], d.person(0.0).split(",")[0]
    lic_label = rng.choice(("NREMT #:", "National Registry #:", "State Cert #:", "EMS Cert. No.:"))
    when = d.when()
    d.must.append(f"{total:.2f}")
    x0, x1 = 50.0, p.w - 50
    if rng.random() < 0.5:  # the card
        cw, ch = min(x1 - x0, 470.0), 300.0
        cx0, top = (p.w - cw) / 2, p.h - 70
        p.rect(cx0, top - ch, cw, ch, stroke=p.accent, lw=1.6)
        p.rect(cx0, top - 34, cw, 34, fill=p.accent)
        p.text(cx0 + 10, top - 22, provider, p.fit(provider, 12, "b", cw - 20), "b", white)
        y = top - 52
        p.text(cx0 + 10, y, rng.choice(("CONTINUING EDUCATION COMPLETION", "CE COURSE COMPLETION CARD",
                                        "EMS CONTINUING EDUCATION")), 9, "b", p.accent, spacing=0.8)
        y -= 18
        rows = [(rng.choice(("Student:", "Name:", "Student Name:")), f.participant), (lic_label, lic),
                ("Course:", title), ("Course #:", course_no), (rng.choice(("Date:", "Course Date:")), when)]
        if f.certificate_id:
            rows.append((rng.choice(("Card #:", "Certificate No.:")), f.certificate_id))
        if f.delivery_text:
            rows.append(("Format:", f.delivery_text))
            d.must.append(f.delivery_text)
        for lab, val in rows:
            p.text(cx0 + 10, y, lab, 8.5, "b", MUTED)
            p.text(cx0 + 110, y, val, p.fit(val, 10, "", cw - 120) / p.scale)
            y -= 15
        y -= 4
        cells = "   ".join(f"{c}: {a:.2f}" for c, a in zip(cats, parts, strict=True))
        p.text(cx0 + 10, y, rng.choice(("CEH by category:", "Hours:")), 8.5, "b", MUTED)
        p.text(cx0 + 110, y, cells, p.fit(cells, 9.5, "", cw - 120) / p.scale)
        y -= 15
        p.text(cx0 + 10, y, f"Total {unit_word}:", 8.5, "b", MUTED)
        p.text(cx0 + 110, y, f"{total:.2f}", 10.5, "b")
        y -= 20
        p.text(cx0 + 10, y, f"Instructor: {instructor}", 8.5, "", INK)
        p.text(cx0 + cw / 2, y, f"Training Officer: {officer}", 8.5, "", INK)
        y -= 12
        p.text(cx0 + 10, y, f"Expires: {d.date(f.completion + timedelta(days=730))}", 8, "", MUTED)
        if f.accreditation_text:
            p.para(cx0 + 10, top - ch + 22, f.accreditation_text, cw - 20, 6.5, "", MUTED)
            d.must.append(f.accreditation_text)
        p.para(x0, top - ch - 24, rng.choice(("Cut along the border. Keep this card with your certification "
                                              "records for your recertification cycle.",
                                              "Present this card when you renew with the National Registry.")),
               x1 - x0, 8.5, "i", MUTED)
    else:  # the roster extract
        y = p.para(x0, p.h - 60, provider, x1 - x0, 15, "b", p.accent) - 2
        y = p.para(x0, y, rng.choice(("Course Roster \u2013 Completion Record", "CE Class Roster (student copy)",
                                      "Continuing Education Roster")), x1 - x0, 12, "b") - 8
        head_rows = [("Course Title:", title), ("Course Number:", course_no), ("Date(s):", when),
                     ("Location:", rng.choice(("Station 4 Training Room", "County EMS Building, Room B",
                                               "Hospital Education Center"))),
                     ("Lead Instructor:", instructor), ("Training Officer:", officer)]
        if f.delivery_text:
            head_rows.insert(3, ("Delivery:", f.delivery_text))
            d.must.append(f.delivery_text)
        y = p.rows(x0, y, head_rows, 110, x1 - x0 - 120, 9.5) - 6
        cat_text = ", ".join(f"{c} {a:g}" for c, a in zip(cats, parts, strict=True))
        head = ["#", "Student Name", lic_label.rstrip(":"), "Level", "CEH Category", unit_word, "Signature"]
        row = ["1", f.participant, lic, rng.choice(("EMT", "Paramedic", "AEMT", "EMR")), cat_text, f"{total:.2f}",
               ""]
        widths = [20.0, 120.0, 80.0, 52.0, 110.0, 40.0, 70.0]
        k = (x1 - x0) / sum(widths)
        y = table(p, x0, y, [w * k for w in widths], head, [row], 8.5, grid=True) - 12
        if f.certificate_id:
            y = p.para(x0, y, f"Completion record no. {f.certificate_id}", x1 - x0, 9) - 4
        y = p.para(x0, y, f"Roster submitted {d.date(f.completion + timedelta(days=rng.randint(1, 10)))} by "
                   f"{officer}.", x1 - x0, 9, "", MUTED) - 6
        if f.accreditation_text:
            p.fine(x0, x1, 40, [f.accreditation_text], 7.0, "left")
            d.must.append(f.accreditation_text)


HOSPITAL_KINDS = ("Medical Center", "Regional Medical Center", "Community Hospital", "Health System",
                  "Memorial Hospital", "University Hospital")
NPD_NAMES = ("Nursing Professional Development", "Department of Nursing Education",
             "Center for Professional Practice", "Clinical Education and Professional Development")
UNITS_HOSPITAL = ("4 West Medical-Surgical", "Cardiac Step-Down (5N)", "Emergency Department", "Labor and Delivery",
                  "Medical ICU", "Oncology 6 East", "Perioperative Services", "Pediatrics 3B", "Telemetry 7A")
COMPETENCY_TITLES = (("Annual Competency Validation", "patient-care"),
                     ("Annual Skills Validation Day", "patient-care"),
                     ("Clinical Competency Assessment and Validation", "patient-care"),
                     ("Annual In-Service: High-Risk, Low-Volume Skills", "patient-safety"),
                     ("Annual Mandatory Education and Skills Validation", "regulatory-compliance"))
STATIONS = ("Blood glucose meter quality control", "Restraint application and monitoring",
            "Central line dressing change", "Blood product administration", "IV pump programming",
            "Fall risk assessment and prevention", "Hand hygiene and isolation precautions",
            "Code cart check and defibrillator test", "Sepsis screening and bundle", "Safe patient handling",
            "Medication scanning (BCMA) downtime", "Pain reassessment documentation")
METHODS = ("Return demo", "Return demonstration", "Simulation", "Written test", "Case review", "Observation")


def station_time(rng: random.Random, start: int, minutes: int) -> str:
    h0, m0 = divmod(start, 60)
    h1, m1 = divmod(start + minutes, 60)
    return rng.choice((f"{h0:02d}{m0:02d}-{h1:02d}{m1:02d}", f"{clock(start)}"))


def f95_competency_record(p: Pen, d: Doc) -> None:
    """A hospital's annual competency / in-service validation record: hospital header and its professional-
    development department, employee name, employee ID, department and job title, a table of skills stations (method,
    validator initials, date, time: not the completion date), an explicit completion line, 'Total contact hours'
    awarded by the department under its ANCC accreditation, the employee's and the manager's signature dates, the
    next due date."""
    rng = d.rng
    place = rng.choice(half(VOCABULARY["organisations"]["places"], d.split))
    hospital = f"{place} {rng.choice(HOSPITAL_KINDS)}"
    npd = rng.choice(NPD_NAMES)
    provider = rng.choice((f"{hospital} {npd}", f"{npd}, {hospital}"))
    title, topic = rng.choice(COMPETENCY_TITLES)
    year = d.facts.completion.year
    title = rng.choice((title, f"{year} {title}"))
    total = rng.choice((2.0, 2.5, 3.0, 3.5, 4.0, 4.0, 4.5, 6.0, 7.5, 8.0))
    words = rng.choice(("Total contact hours:", "Total Contact Hours Awarded:", "Nursing contact hours awarded:",
                        "Contact Hours:"))
    amount = f"{total:.1f}" if rng.random() < 0.7 else f"{total:.2f}"
    spec = CreditSpec(((total, "contact_hour"),), f"{amount} contact hours", words, amount)
    anc = rng.random() < 0.85
    accr_text = (f"{provider} is accredited as a provider of nursing continuing professional development by the "
                 f"American Nurses Credentialing Center's Commission on Accreditation.") if anc else ""
    delivery, dtext = (None, "")
    if rng.random() < 0.4:
        delivery, dtext = "live", rng.choice(DELIVERY["live"][0])
    d.facts = replace(d.facts, provider=provider, course_title=title, topic=topic, credit=spec, start=None,
                      certificate_id=None, accreditation="ANCC" if anc else None, accreditation_text=accr_text,
                      delivery=delivery, delivery_text=dtext)
    f = d.facts
    x0, x1 = 48.0, p.w - 48
    p.logo(x0, p.h - 82, 40)
    p.text(x0 + 52, p.h - 56, hospital, p.fit(hospital, 16, "b", x1 - x0 - 60), "b", p.accent)
    p.text(x0 + 52, p.h - 72, npd, 10 * p.scale, "", MUTED)
    p.rule(x0, p.h - 92, x1, p.accent, 1.0)
    y = p.para(x0, p.h - 116, title, x1 - x0, 15, "b") - 6
    emp = [(rng.choice(("Employee:", "Employee Name:", "Name:")), f.participant),
           (rng.choice(("Employee ID:", "Employee #:", "Badge/Employee No.:")), digits(rng, rng.choice((5, 6, 7)))),
           (rng.choice(("Department:", "Unit:", "Dept/Unit:")), rng.choice(UNITS_HOSPITAL)),
           (rng.choice(("Job Title:", "Position:")), rng.choice(("Registered Nurse", "RN II", "Charge Nurse",
                                                                "Clinical Nurse III", "LPN")))]
    if f.license_number:
        emp.append((rng.choice(("RN License #:", "License No.:", "Nursing License:")), f.license_number))
    if rng.random() < 0.5 and d.wide:
        half_n = (len(emp) + 1) // 2
        p.rows(x0, y, emp[:half_n], 95, (x1 - x0) / 2 - 110, 10)
        y = p.rows(x0 + (x1 - x0) / 2, y, emp[half_n:], 95, (x1 - x0) / 2 - 110, 10) - 4
        y = min(y, p.h - 116 - 15 * 6 * p.scale)
    else:
        y = p.rows(x0, y, emp, 110, x1 - x0 - 120, 10) - 4
    n = rng.randint(3, 6)
    stations = rng.sample(STATIONS, n)
    spread = rng.random() < 0.5  # stations validated on earlier shifts, the last one closes the record
    start = rng.choice((420, 450, 480, 510, 540))
    body = []
    for k, st in enumerate(stations):
        day = f.completion - timedelta(days=0 if not spread or k == n - 1 else rng.randint(2, 40))
        minutes = rng.choice((20, 30, 45, 60))
        initials = "".join(rng.choice("ABCDEFGHJKLMNPRSTW") for _ in range(2))
        body.append([str(k + 1), st, rng.choice(METHODS), initials, d.date(day) if day != f.completion
                     else d.fmt_date(day), station_time(rng, start, minutes)])
        start += minutes + rng.choice((0, 5, 10, 15))
    head = ["#", rng.choice(("Skills Station", "Competency", "Skill")), "Method",
            rng.choice(("Validator Initials", "Validator", "Init.")), "Date", "Time"]
    w = x1 - x0
    y = table(p, x0, y, [w * 0.05, w * 0.39, w * 0.16, w * 0.12, w * 0.16, w * 0.12], head, body, 8.5,
              grid=rng.random() < 0.5) - 12
    done = d.fmt_date(f.completion)
    d.must.append(done)
    line = rng.choice((f"Competency validation completed: {done}", f"Date Completed: {done}",
                       f"All stations validated as competent on {done}.", f"Completion date: {done}"))
    y = p.para(x0, y, line, w, 10.5, "b") - 4
    d.must.append(amount)
    by = f"{words} {amount} (awarded by {f.provider})"
    y = p.para(x0, y, rng.choice((f"{words} {amount}", by)) if f.accreditation_text else by, w, 10.5, "b") - 4
    if f.delivery_text:
        y = p.para(x0, y, f"Format: {f.delivery_text}", w, 9.5) - 4
        d.must.append(f.delivery_text)
    due = date(f.completion.year + 1, f.completion.month, min(f.completion.day, 28))
    y = p.para(x0, y, rng.choice((f"Next annual validation due: {d.date(due)}",
                                  f"Competency expires: {d.date(due)}")), w, 9, "", MUTED) - 6
    y = p.para(x0, y, rng.choice((
        "Validator initials confirm satisfactory return demonstration. A station not validated must be repeated "
        "within 30 days.", "Employees who do not complete validation by the due date are removed from the schedule "
        "until complete.")), w, 8.5, "i", MUTED) - 26
    signed = f.completion + timedelta(days=rng.randint(1, 21))
    manager = d.person(0.0)
    p.scribble(x0 + 90, y + 6)
    p.rule(x0, y, x0 + 200, INK)
    p.text(x0, y - 11, f"Employee signature   Date {d.date(f.completion)}", 8, "", MUTED)
    p.scribble(x1 - 110, y + 6)
    p.rule(x1 - 220, y, x1, INK)
    p.text(x1 - 220, y - 11, f"{manager}, {rng.choice(('Nurse Manager', 'Unit Manager', 'Director of Nursing'))}",
           8.5)
    p.text(x1 - 220, y - 22, f"Manager signature   Date {d.date(signed)}", 8, "", MUTED)
    fine = [s for s in (f.accreditation_text,) if s]
    d.must += fine
    fine.append(rng.choice((f"Form NPD-{digits(rng, 3)} rev. {rng.randint(1, 12)}/{f.completion.year - 1}",
                            "Original to the employee file; copy to the employee.")))
    p.fine(x0, x1, 34, fine, 7.0, "left")


ASSOC_KINDS = ("Association", "Society", "Academy", "College")
ASSOC_FIELDS = ("Dietetics", "Radiologic Technology", "Respiratory Care", "Occupational Therapy", "Speech-Language "
                "Pathology", "Health Information Management", "Dental Hygiene", "Athletic Training")
OTHER_ACTIVITIES = ("Journal club: evidence update", "Regional chapter meeting", "Ethics in practice webinar",
                    "Poster session attendance", "Peer review panel", "Leadership institute module 2",
                    "Self-assessment module", "Grand rounds: case series")


def f96_member_transcript(p: Pen, d: Doc) -> None:
    """A professional association's member CE transcript page for one reporting year with one activity highlighted
    (shaded row and an arrow), or a single-activity 'CE points' statement: member number (not a licence), points
    by category with year-to-date totals that are not the activity's credits, the association as provider when it
    ran the activity, an external provider otherwise."""
    rng = d.rng
    place = rng.choice(half(VOCABULARY["organisations"]["places"], d.split))
    fieldw = rng.choice(ASSOC_FIELDS)
    kind = rng.choice(ASSOC_KINDS)
    assoc = rng.choice((f"{place} {kind} of {fieldw}", f"{place} {fieldw} {kind}"))
    own = rng.random() < 0.5
    provider = assoc if own else d.facts.provider
    amount = rng.choice((0.5, 1.0, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0))
    cat = rng.choice(("Category 1", "Category 2", "Category A", "Category 1"))
    unit_word = rng.choice(("CE points", "CE credits", "CE credits", "points"))  # bare "Category 1 credits": CME
    am = f"{amount:.1f}" if rng.random() < 0.6 else f"{amount:g}"
    spec = CreditSpec(((amount, "CE"),), f"{am} {cat} {unit_word}", f"{cat} {unit_word}:", am)
    d.facts = replace(d.facts, provider=provider, credit=spec, start=None, accreditation=None,
                      accreditation_text="", license_number=None)
    if rng.random() < 0.5:
        d.facts = replace(d.facts, certificate_id=None)
    f = d.facts
    year = f.completion.year
    member = rng.choice((digits(rng, 7), f"M{digits(rng, 6)}", f"{digits(rng, 3)}-{digits(rng, 4)}"))
    x0, x1 = 44.0, p.w - 44
    w = x1 - x0
    p.rect(0, p.h - 52, p.w, 52, fill=p.accent)
    p.text(x0, p.h - 33, assoc, p.fit(assoc, 15, "b", w - 120), "b", white)
    p.text(x1, p.h - 33, rng.choice(("Member Center", "My CE", "Members Only")), 9, "", white, "right")
    ytd1 = round(amount + rng.choice((2, 3.5, 5, 8, 11.5)), 1)
    ytd2 = round(rng.choice((0, 1, 2.5, 4, 6)), 1)
    other_cat = "Category 2" if cat != "Category 2" else "Category 1"
    totals = rng.choice((
        f"Year-to-date totals: {cat} {ytd1:.1f} \u00b7 {other_cat} {ytd2:.1f} \u00b7 Total {ytd1 + ytd2:.1f} "
        f"of {rng.choice((15, 20, 30, 45))} required",
        f"{year} totals \u2013 {cat}: {ytd1:.1f} {unit_word}; {other_cat}: {ytd2:.1f}; "
        f"cycle requirement {rng.choice((24, 30, 36))}"))
    member_rows = [(rng.choice(("Member:", "Member Name:", "Name:")), f.participant),
                   (rng.choice(("Member #:", "Member Number:", "Member ID:")), member),
                   (rng.choice(("Reporting Year:", "Reporting Period:")),
                    rng.choice((str(year), f"January 1 \u2013 December 31, {year}", f"01/01/{year} - 12/31/{year}")))]
    if rng.random() < 0.5:  # transcript page
        y = p.para(x0, p.h - 84, rng.choice(("CE Transcript", "Continuing Education Transcript",
                                             "Member CE Activity Report")), w, 17, "b") - 4
        y = p.rows(x0, y, member_rows, 120, w - 130, 10) - 6
        k = rng.randint(2, 4)
        others = rng.sample(OTHER_ACTIVITIES, k)
        rows, mark = [], rng.randint(0, k)
        for i in range(k + 1):
            if i == mark:
                rows.append([d.fmt_date(f.completion), f.course_title, provider, cat, am])
            else:
                od = date(year, rng.randint(1, 12), rng.randint(1, 28))
                rows.append([d.date(od), others[i - (i > mark)], rng.choice((assoc, "Self-reported")),
                             rng.choice(("Category 1", "Category 2")), f"{rng.choice((0.5, 1, 1.5, 2, 3)):.1f}"])
        head = ["Date", "Activity", rng.choice(("Provider", "Offered by", "Sponsor")), "Category",
                unit_word[:1].upper() + unit_word[1:]]
        widths = [w * 0.15, w * 0.38, w * 0.25, w * 0.12, w * 0.10]
        size = 8.5 * p.scale
        heights = [7 + max(len(simpleSplit(c, p.font("b" if r == 0 else ""), size, cw - 8) or [""])
                           for c, cw in zip(cells, widths, strict=True)) * size * 1.25
                   for r, cells in enumerate([head, *rows])]
        band_top = y - sum(heights[:mark + 1])
        p.rect(x0, band_top - heights[mark + 1], w, heights[mark + 1], fill=mix(p.accent, 0.8))
        p.text(x0 - 10, band_top - 2 - size, "\u00bb", 9, "b", p.accent)
        y = table(p, x0, y, widths, head, rows, 8.5) - 10
        y = p.para(x0, y, totals, w, 9.5, "", MUTED) - 8
        y = p.para(x0, y, rng.choice(("Highlighted: the activity selected for this printout.",
                                      "The selected activity is shaded.")), w, 8.5, "i", MUTED) - 8
        d.must += [f.course_title, am]
    else:  # single-activity statement
        y = p.para(x0, p.h - 84, rng.choice(("Statement of CE Points", "CE Credit Statement",
                                             "Continuing Education Points Statement")), w, 17, "b") - 4
        y = p.rows(x0, y, member_rows, 120, w - 130, 10) - 8
        rows = [(rng.choice(("Activity:", "Activity Title:", "Program:")), f.course_title),
                (rng.choice(("Provider:", "Offered by:", "Activity Provider:")), provider),
                (rng.choice(("Date:", "Activity Date:", "Date Completed:")), d.when()),
                (spec.label, am)]
        if f.delivery_text:
            rows.append(("Format:", f.delivery_text))
            d.must.append(f.delivery_text)
        d.must.append(am)
        y = p.rows(x0, y, rows, 150, w - 160, 10.5) - 8
        y = p.para(x0, y, totals, w, 9.5, "", MUTED) - 8
    if f.delivery_text and f.delivery_text not in d.must:
        d.facts = replace(d.facts, delivery=None, delivery_text="")
    if f.certificate_id:
        y = p.para(x0, y, f"{rng.choice(('Record ID', 'Transcript ref.', 'Statement no.'))}: {f.certificate_id}",
                   w, 9) - 6
    fine = [rng.choice((f"{assoc} records CE points as reported by members and providers; members are responsible "
                        "for retaining documentation for audit.",
                        "This transcript is not a license. Licensing boards may have different requirements.")),
            f"Printed {d.date(f.completion + timedelta(days=rng.randint(5, 90)))}"]
    p.fine(x0, x1, 34, fine, 7.0, "left")


CONF_FORMS = ("{year} Annual Conference", "{year} Annual Meeting", "{year} Spring Symposium", "Summit {year}")
ROOMS = ("Ballroom A", "Room 204", "Salon C", "Exhibit Hall Theater", "Room 1B", "Grand Ballroom")


def f97_conference_verification(p: Pen, d: Doc) -> None:
    """A conference 'verification of attendance': organiser (the provider) and conference name, the conference
    dates as a range, attendee with badge and registration numbers, a per-session log (code, title, date, time,
    hours), the total claimed, a disclaimer about claiming only hours attended, the accreditation sentence."""
    rng = d.rng
    f = d.facts
    comp = f.completion
    if f.start is None:
        if comp.day <= 3:
            comp = comp.replace(day=comp.day + 2)
        start = comp - timedelta(days=rng.randint(1, 2))
    else:
        start = f.start
    d.completion, d.start = comp, start
    org = rng.choice(half(VOCABULARY["organisations"]["places"], d.split))
    conf = rng.choice(CONF_FORMS).format(year=comp.year)
    title = rng.choice((f"{f.provider} {conf}", f"{conf}: {f.course_title}"))
    del org
    credits = f.credit.credits
    unit = credits[0][1] if len(credits) == 1 and credits[0][1] in (
        "contact_hour", "CE", "CPE", "CLE", "PDU", "clock_hour", "CME", "PDH") else "contact_hour"
    n = rng.randint(3, 7)
    hours = [rng.choice((0.75, 1.0, 1.0, 1.25, 1.5, 1.5, 2.0)) for _ in range(n)]
    total = sum(hours)
    col = {"contact_hour": "Contact Hours", "CE": "CE Hours", "CPE": "CPE", "CLE": "CLE Hours", "PDU": "PDUs",
           "clock_hour": "Hours", "CME": "CME Credits", "PDH": "PDH"}[unit]
    tot_text = rng.choice((f"Total {col} Claimed:", f"Total {col}:", f"Total claimed ({col}):"))
    spec = CreditSpec(((total, unit),), f"{total:.2f} {col}", tot_text, f"{total:.2f}")
    d.facts = replace(f, completion=comp, start=start, course_title=title, credit=spec, delivery="conference",
                      delivery_text="")
    if rng.random() < 0.6:
        d.facts = replace(d.facts, certificate_id=None)
    f = d.facts
    x0, x1 = 50.0, p.w - 50
    w = x1 - x0
    p.text(x0, p.h - 58, f.provider, p.fit(f.provider, 14, "b", w), "b", p.accent)
    y = p.para(x0, p.h - 92, rng.choice(("VERIFICATION OF ATTENDANCE", "Verification of Attendance",
                                         "Attendance Verification")), w, 20, "b") - 2
    y = p.para(x0, y, f.course_title, w, 13, "b") - 2
    y = p.para(x0, y, f"{d.when()} \u00b7 {rng.choice(VENUES)}", w, 10.5, "", MUTED) - 10
    rows = [(rng.choice(("Attendee:", "Name:", "Participant:")), f.participant),
            (rng.choice(("Badge #:", "Badge ID:")), digits(rng, 5)),
            (rng.choice(("Registration #:", "Reg. No.:", "Confirmation #:")), f"R{digits(rng, 7)}")]
    if f.license_number:
        rows.append((d.label("license"), f.license_number))
    y = p.rows(x0, y, rows, 110, w - 120, 10) - 6
    body = []
    days = [start + timedelta(days=k) for k in range((comp - start).days + 1)]
    minute = 8 * 60
    day_i = 0
    for k, h in enumerate(hours):
        if k and rng.random() < 0.4 and day_i < len(days) - 1:
            day_i += 1
            minute = 8 * 60
        day = days[day_i] if k < n - 1 else comp
        if day != days[day_i]:
            minute = 8 * 60
        code = rng.choice((f"{rng.choice('ABCGW')}{day_i + 1}{k:02d}", f"S-{100 + k * 7 + day_i}",
                           f"GS{k + 1}"))
        mins = round(h * 60)
        body.append([code, SESSIONS[(k + d.seq) % len(SESSIONS)], d.date(day) if day != comp else d.fmt_date(day),
                     f"{clock(minute)} \u2013 {clock(minute + mins)}", f"{h:.2f}"])
        minute += mins + rng.choice((15, 30, 60))
    head = [rng.choice(("Code", "Session #", "Session Code")), "Session", "Date", "Time", col]
    body.append(["", rng.choice(("Total", "Total claimed")), "", "", f"{total:.2f}"])
    y = table(p, x0, y, [w * 0.12, w * 0.38, w * 0.17, w * 0.21, w * 0.12], head, body, 8.5, bold_last=True) - 12
    d.must.append(f"{total:.2f}")
    y = p.para(x0, y, f"{tot_text} {total:.2f}", w, 11, "b") - 6
    y = p.para(x0, y, rng.choice((
        "Attendees should claim only the hours they actually attended. The organiser does not verify "
        "session-level attendance.", f"Claim only the credit commensurate with your participation; up to "
        f"{total + rng.choice((3, 6, 9)):.1f} {col.lower()} were offered.")), w, 8.5, "i", MUTED) - 6
    if f.certificate_id:
        y = p.para(x0, y, f"Certificate #: {f.certificate_id}", w, 9) - 4
    p.signers(y - 40, 1, x0, x0 + 260)
    fine = [*d.fine(extras=False)]
    p.fine(x0, x1, 34, fine, 7.0, "left")


# --------------------------------------------------------------------------------------------------- f98-f100
# Three more training families of genres new to the set: a UK / Irish / Australian company's CPD certificate, a
# dietetics certificate of attendance with the codes registration commissions ask for, and a state-approved
# insurance or real-estate school's completion certificate with the licensee's licence number and NPN.

LTD_KINDS = ("Training Ltd", "Learning Ltd", "Academy Limited", "Skills Ltd", "Education Services Ltd",
             "Training Pty Ltd", "Professional Development Ltd")
CPD_BODIES = (("CPD Certification Service", "provider no."), ("CPD Standards Office", "Provider No."),
              ("CPD Certification Service", "Provider Number"))
CPD_OUTCOMES = ("Explain the current regulatory framework and how it applies to your role",
                "Identify common risks and the controls that reduce them", "Apply a structured approach to "
                "documenting decisions", "Reflect on changes to your own practice", "Describe the key steps of "
                "the process and who is responsible for each", "Recognise when to escalate a concern",
                "Use the checklist provided in day-to-day work", "Evaluate the evidence behind current guidance")


def cpd_credit(d: Doc) -> tuple[float, str]:
    """CPD hours or points, as British, Irish and Australian providers print them (generic CE hours)."""
    rng = d.rng
    x = rng.choice((1.0, 1.5, 2.0, 3.0, 3.5, 4.0, 6.0, 7.0, 12.0))
    word = rng.choice(("CPD hours", "CPD points", "CPD Hours", "CPD Points", "hours of CPD"))
    if x == 1.0:
        word = word.replace("hours", "hour").replace("points", "point").replace("Hours", "Hour").replace(
            "Points", "Point")
    amount = f"{x:g}" if rng.random() < 0.7 else f"{x:.1f}"
    phrase = f"{amount} {word}"
    if rng.random() < 0.3 or "of" in word:
        label, value = rng.choice(("CPD:", "Total CPD:", "CPD awarded:")), phrase
    elif "point" in word.lower():
        label, value = rng.choice(("CPD Points:", "CPD points awarded:")), amount
    else:
        label, value = rng.choice(("CPD Hours:", "Total CPD hours:")), amount
    d.facts = replace(d.facts, credit=CreditSpec(((x, "CE"),), phrase, label, value))
    return x, phrase


def f98_uk_cpd_ltd(p: Pen, d: Doc) -> None:
    """A CPD certificate from a training company (Ltd / Pty Ltd): 'This is to certify that', British dates, CPD hours
    or points, a certificate number top right, a course CPD reference beside the accreditation line ('accredited by
    the CPD Certification Service, provider no. 12345'), a learning-outcomes list, the 'one CPD point = one hour'
    rule, company registration and VAT numbers and an issue date in the footer."""
    rng = d.rng
    place = rng.choice(half(VOCABULARY["organisations"]["places"], d.split))
    provider = f"{place} {rng.choice(LTD_KINDS)}"
    body, num_word = rng.choice(CPD_BODIES)
    accredited = rng.random() < 0.8
    num = digits(rng, 5)
    accr_text = (f"{provider} is accredited by the {body}, {num_word} {num}." if rng.random() < 0.5 else
                 f"This course has been accredited by the {body} ({num_word} {num}) as conforming to "
                 f"continuing professional development principles.") if accredited else ""
    d.facts = replace(d.facts, provider=provider, accreditation=body if accredited else None,
                      accreditation_text=accr_text, license_number=None)
    _, phrase = cpd_credit(d)
    f = d.facts
    x0, x1, cx = 60.0, p.w - 60, p.w / 2
    p.border(28, rng.random() < 0.5)
    p.logo(x0, p.h - 100, 40)
    p.text(x0 + 50, p.h - 78, provider, p.fit(provider, 13, "b", 260), "b", p.accent)
    if f.certificate_id:
        cid_label = rng.choice(("Certificate No.", "Certificate Number:", "Cert. No:"))
        p.text(x1, p.h - 70, f"{cid_label} {f.certificate_id}", 8.5, "", MUTED, "right")
    y = p.para(cx, p.h - 140, rng.choice(("Certificate of Completion", "CPD Certificate",
                                          "Certificate of Continuing Professional Development",
                                          "Certificate of Achievement")), x1 - x0, 24, "b", INK, "center") - 10
    y = p.para(cx, y, "This is to certify that", x1 - x0, 11, "i", MUTED, "center") - 14
    y = p.line(cx, y - 8, f.participant, 24, "b", INK, "center", x1 - x0) - 4
    in_sentence = rng.random() < 0.4
    verb = rng.choice(("has successfully completed", "has completed", "attended and completed"))
    y = p.para(cx, y, verb, x1 - x0, 11, "", MUTED, "center") - 4
    y = p.para(cx, y, f.course_title, x1 - x0 - 40, 16, "b", p.accent, "center") - 6
    if in_sentence:
        d.must.append(phrase)
        y = p.para(cx, y, f"and has been awarded {phrase}", x1 - x0, 11, "", MUTED, "center") - 4
    y -= 6
    rows = [(rng.choice(("Date of completion:", "Date completed:", "Completed on:", "Date:")), d.when())]
    if not in_sentence:
        rows.append(d.credits_row())
    if f.delivery_text:
        rows.append((rng.choice(("Mode of delivery:", "Format:")), f.delivery_text))
        d.must.append(f.delivery_text)
    if accredited:
        rows.append((rng.choice(("CPD ref:", "Course CPD reference:", "CPD activity reference:")),
                     f"{rng.choice(('CPD', 'CPDSO', 'C'))}-{digits(rng, 5)}"))
    if rng.random() < 0.5:
        rows.append(("Date of issue:", d.date(f.completion + timedelta(days=rng.randint(0, 14)))))
    outcomes = rng.sample(CPD_OUTCOMES, rng.randint(3, 4))
    side = p.w > 700
    if side:
        ly = p.rows(x0 + 10, y, rows, 130, 200, 10)
        oy = p.para(cx + 20, y, rng.choice(("Learning outcomes", "By the end of the course delegates were able to:",
                                            "Learning objectives")), x1 - cx - 30, 10, "b", INK)
        for item in outcomes:
            oy = p.para(cx + 20, oy, f"\u2022 {item}", x1 - cx - 30, 9, "", MUTED)
        y = min(ly, oy) - 6
    else:
        y = p.rows(x0 + 40, y, rows, 150, x1 - x0 - 200, 10) - 4
        y = p.para(x0 + 40, y, rng.choice(("Learning outcomes:", "Learning objectives:")), x1 - x0 - 80, 10, "b") - 2
        for i, item in enumerate(outcomes, 1):
            y = p.para(x0 + 48, y, f"{i}. {item}", x1 - x0 - 96, 9, "", MUTED)
    foot = []
    if accr_text:
        foot.append(accr_text)
        d.must.append(accr_text)
    if rng.random() < 0.5:
        foot.append(rng.choice(("One CPD point is equal to one hour of active learning.",
                                "1 CPD hour = 60 minutes of structured learning.")))
    reg = rng.choice(("Registered in England and Wales, Company No. ", "Registered in Ireland No. ", "ACN "))
    foot.append(f"{provider} \u00b7 {reg}{digits(rng, 8)} \u00b7 VAT Reg. No. GB {digits(rng, 9)}")
    top = p.fine(x0, x1, 40, foot, 6.8)
    signer = d.person(0.0).split(",")[0]
    p.signature(x0 + 120, top + 40, signer, rng.choice(("Director", "Managing Director", "Head of Training")))
    p.text(x1 - 120, top + 32, rng.choice((f"For and on behalf of {provider}", "Please retain for your CPD record")),
           8, "i", MUTED, "center")


DIET_TITLES = ("Medical Nutrition Therapy for Chronic Kidney Disease", "Enteral Nutrition in Critical Care",
               "Medical Nutrition Therapy for Diabetes", "Food Allergy Management in Children",
               "Malnutrition Screening in Older Adults", "Nutrition-Focused Physical Exam Skills",
               "Nutrition Care for Eating Disorders", "Sports Nutrition Fundamentals",
               "Gut Health and the Microbiome", "Plant-Based Diets for Active Clients")
DIET_KINDS = ("Dietetic Association", "Academy of Nutrition", "Nutrition Institute", "Dietitians Network",
              "Clinical Nutrition Society")
DIET_CREDS = (", RDN", ", RDN, LD", ", MS, RDN", ", NDTR", ", RD, LDN", ", MS, RDN, CDCES", "")
DIET_ACTIVITY_TYPES = {"live": (("102", "Lecture/Seminar"), ("104", "Workshop")),
                       "online": (("103", "Webinar (live)"),),
                       "self-study": (("175", "Self-study (recorded)"),), "": (("102", ""), ("170", ""), ("220", ""))}


def diet_credit(d: Doc) -> None:
    rng = d.rng
    x = rng.choice((0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.5, 6.0, 7.5))
    amount = f"{x:.1f}" if rng.random() < 0.5 and round(x, 1) == x else f"{x:g}"
    label = rng.choice(("CPEUs:", "Number of CPEUs:", "CPEUs Awarded:", "Continuing Professional Education "
                        "Units (CPEUs):", "CPEU(s):"))
    phrase = f"{amount} {'CPEU' if x == 1 else 'CPEUs'}"
    d.facts = replace(d.facts, credit=CreditSpec(((x, "CE"),), phrase, label, amount))


def f99_dietetics_attendance(p: Pen, d: Doc) -> None:
    """A dietetics certificate of attendance as registration commissions ask for it: activity number, activity type
    code ('102'), CPEUs, performance-indicator codes ('8.1.2, 9.4.3'), learning need codes, CPE level, the accredited
    provider number, a presenter list with credentials, the registration number (the licence) and an issue date."""
    rng = d.rng
    place = rng.choice(half(VOCABULARY["organisations"]["places"], d.split))
    provider = f"{place} {rng.choice(DIET_KINDS)}"
    name = plain_name(d.facts.participant)
    if d.facts.participant.isupper():
        name = name.upper()
    lic = digits(rng, rng.choice((6, 7, 8))) if rng.random() < 0.55 else None
    ap = f"{rng.choice(('AP', 'CP', 'PR'))}{digits(rng, rng.choice((3, 5)))}"
    accr_text = rng.choice((f"{provider} is a Commission on Dietetic Registration (CDR) Accredited Provider, "
                            f"provider number {ap}.",
                            f"{provider} ({ap}) is an Accredited Provider with the Commission on Dietetic "
                            f"Registration (CDR) from January 1, {d.completion.year - 1} to December 31, "
                            f"{d.completion.year + 1}."))
    delivery = rng.choice((None, "live", "online", "self-study"))
    code, code_text = rng.choice(DIET_ACTIVITY_TYPES[delivery or ""])
    d.facts = replace(d.facts, participant=name + rng.choice(DIET_CREDS), provider=provider,
                      course_title=rng.choice(DIET_TITLES), topic="nutrition", license_number=lic,
                      accreditation="CDR", accreditation_text=accr_text, delivery=delivery, delivery_text="")
    diet_credit(d)
    f = d.facts
    x0, x1 = 54.0, p.w - 54
    p.rect(0, p.h - 12, p.w, 12, fill=p.accent)
    y = p.para(x0, p.h - 52, provider, x1 - x0, 15, "b", p.accent) - 2
    y = p.para(x0, y, rng.choice(("CDR Accredited Provider " + ap, "Continuing Professional Education",
                                  "Education Department")), x1 - x0, 9, "", MUTED) - 18
    y = p.para(x0, y, rng.choice(("Certificate of Attendance", "CPE Certificate of Attendance",
                                  "Continuing Professional Education Attendance Certificate")), x1 - x0, 20, "b") - 10
    presenters = [d.person(0.2).split(",")[0] + rng.choice((", MS, RDN", ", PhD, RD", ", MPH, RDN, LD", ", MD",
                                                             ", RDN, CSSD")) for _ in range(rng.randint(1, 3))]
    rows = [(rng.choice(("Name of Participant:", "Participant:", "Attendee Name:")), f.participant)]
    if lic:
        rows.append((rng.choice(("CDR Registration #:", "CDR Registration Number:", "Registration No.:")), lic))
    rows += [(rng.choice(("Title of Activity:", "Activity Title:", "Program Title:")), f.course_title),
             (rng.choice(("Activity Number:", "Activity #:", "CPE Activity ID:")), digits(rng, 6)),
             ("Activity Type:", f"{code} \u2013 {code_text}" if code_text and rng.random() < 0.6 else code),
             (rng.choice(("Date(s) of Activity:", "Date of Program:", "Activity Date:")), d.when()),
             d.credits_row(),
             ("CPE Level:", rng.choice(("1", "2", "3"))),
             (rng.choice(("Performance Indicators:", "Performance Indicators (PIs):", "Suggested PIs:")),
              ", ".join(f"{rng.randint(1, 12)}.{rng.randint(1, 6)}.{rng.randint(1, 9)}" for _ in
                        range(rng.randint(2, 4)))),
             (rng.choice(("Learning Need Codes:", "Suggested Learning Need Codes (LNCs):", "LNCs:")),
              ", ".join(str(rng.choice((1000, 2000, 3000, 4000, 5000, 6000)) + 10 * rng.randint(0, 49))
                        for _ in range(rng.randint(1, 3))))]
    if delivery:
        rows.insert(5, ("Location:", {"live": rng.choice(("In-person, Convention Center, Hall B",
                                                          "Live seminar \u2013 Hospital Auditorium")),
                                      "online": "Live webinar", "self-study": "Recorded (self-study)"}[delivery]))
    if f.certificate_id and rng.random() < 0.6:
        rows.append((rng.choice(("Certificate ID:", "Certificate #:")), f.certificate_id))
    else:
        d.facts = replace(f, certificate_id=None)
        f = d.facts
    y = p.rows(x0, y, rows, 245, x1 - x0 - 255, 10) - 6
    y = p.para(x0, y, rng.choice(("Presenter(s):", "Speakers:", "Faculty:")), x1 - x0, 10, "b", MUTED) - 1
    for person in presenters:
        y = p.para(x0 + 14, y, person, x1 - x0 - 20, 10)
    y -= 8
    if rng.random() < 0.6:
        y = p.para(x0, y, f"Date certificate issued: {d.date(f.completion + timedelta(days=rng.randint(1, 21)))}",
                   x1 - x0, 9, "", MUTED) - 4
    note = rng.choice(("Keep this certificate for your records for at least five years; do not send it to CDR. "
                       "Record the activity in your Activity Log.",
                       "Participants must attend the entire activity to claim credit. Partial credit is not "
                       "awarded."))
    d.must.append(accr_text)
    top = p.fine(x0, x1, 36, [accr_text, note], 7.0, "left")
    p.signature(x0 + 110, top + 36, d.person(0.0).split(",")[0] + ", RDN", rng.choice(("Program Coordinator",
                                                                                       "CPE Chair")))


INS_TITLES = (("Ethics for Insurance Professionals", "ethics", "Ethics"),
              ("Flood Insurance and the NFIP", "other", "General"),
              ("Annuity Suitability Training", "other", "Annuity"),
              ("Long-Term Care Partnership Update", "other", "LTC"),
              ("Insurance Law and Regulation Update", "regulatory-compliance", "Law & Regulation"),
              ("Homeowners Policy Coverage Review", "other", "General"))
RE_TITLES = (("Real Estate Ethics and Professional Standards", "ethics", "Ethics"),
             ("Fair Housing in Practice", "regulatory-compliance", "Fair Housing"),
             ("Agency Relationships and Disclosure", "other", "Core Law"),
             ("Contract Writing for Residential Sales", "other", "Elective"),
             ("Property Management Essentials", "other", "Elective"))
INS_DEPTS = ("Texas Department of Insurance", "Florida Department of Financial Services",
             "Ohio Department of Insurance", "Georgia Office of Insurance and Safety Fire Commissioner",
             "Arizona Department of Insurance and Financial Institutions")
RE_DEPTS = ("California Department of Real Estate", "Arizona Department of Real Estate",
            "Ohio Division of Real Estate and Professional Licensing", "Colorado Division of Real Estate")
LICENSING_SCHOOLS = {"ins": ("School of Insurance", "Insurance Academy", "Insurance Education Institute"),
                "re": ("Real Estate School", "School of Real Estate", "Real Estate Academy")}


def f100_licensing_school(p: Pen, d: Doc) -> None:
    """A state-approved insurance or real-estate school's CE (or pre-licence) completion certificate: 'Course #',
    'License Type: Life & Health', the licensee's licence number and NPN (the licence is the licence), credit hours
    with a category in brackets ('3 (Ethics)'), a proctor's or instructor's attestation with its own date, the
    school's provider number and the state department as the approving regulator (not the provider)."""
    rng = d.rng
    kind = rng.choice(("ins", "ins", "re"))
    place = rng.choice(half(VOCABULARY["organisations"]["places"], d.split))
    provider = f"{place} {rng.choice(LICENSING_SCHOOLS[kind])}"
    title, topic, category = rng.choice(INS_TITLES if kind == "ins" else RE_TITLES)
    dept = rng.choice(INS_DEPTS if kind == "ins" else RE_DEPTS)
    lic_type = rng.choice(("Life & Health", "Property & Casualty", "Life, Accident & Health", "All Lines Adjuster")
                          if kind == "ins" else ("Sales Associate", "Broker", "Salesperson"))
    lic = rng.choice((digits(rng, 7), f"{rng.choice('ABGLW')}{digits(rng, 6)}",
                      f"{rng.choice(('SA', 'BK', 'SP'))}{digits(rng, 6)}" if kind == "re" else digits(rng, 8)))
    prelicence = rng.random() < 0.15
    x = rng.choice((20.0, 40.0, 60.0) if prelicence else (1.0, 2.0, 3.0, 4.0, 6.0, 8.0, 24.0))
    if prelicence:
        category = "Pre-Licensing"
    amount = f"{x:g}" if rng.random() < 0.7 else f"{x:.1f}"
    label = rng.choice(("Credit Hours:", "CE Hours:", "Hours:", "Approved Hours:"))
    value = f"{amount} ({category})"
    # a bare "Hours:" names no credit system: hours of attendance (units.md); the others are credit hours
    spec = CreditSpec(((x, "clock_hour" if label == "Hours:" else "CE"),), value, label, value)
    fmt = rng.choice((None, "live", "online", "self-study"))
    fmt_text = {"live": "Classroom", "online": "Webinar", "self-study": "Self-Study"}.get(fmt or "", "")
    name = plain_name(d.facts.participant)
    if d.facts.participant.isupper():
        name = name.upper()
    d.facts = replace(d.facts, participant=name, provider=provider, course_title=title, topic=topic,
                      license_number=lic, accreditation=dept, accreditation_text="", credit=spec, start=None,
                      delivery=fmt, delivery_text=fmt_text)
    f = d.facts
    school_no = f"{rng.choice(('Provider #', 'School Code', 'Provider ID'))}: {digits(rng, rng.choice((4, 5, 6)))}"
    x0, x1, cx = 56.0, p.w - 56, p.w / 2
    p.border(26, False)
    y = p.para(cx, p.h - 66, provider, x1 - x0, 17, "b", p.accent, "center") - 2
    y = p.para(cx, y, f"{dept.split(' Department')[0].split(' Office')[0].split(' Division')[0]}-approved "
               f"{'insurance' if kind == 'ins' else 'real estate'} school \u00b7 {school_no}", x1 - x0, 9, "", MUTED,
               "center") - 14
    head = rng.choice(("Certificate of Completion", "Continuing Education Completion Certificate",
                       "Course Completion Certificate") if not prelicence else
                      ("Pre-Licensing Course Completion Certificate", "Certificate of Completion"))
    y = p.para(cx, y, head, x1 - x0, 20, "b", INK, "center") - 12
    rows = [(rng.choice(("Student Name:", "Licensee:", "Name:")), f.participant),
            (rng.choice(("License #:", "License Number:", "Lic. No.:")), lic)]
    if kind == "ins" and rng.random() < 0.8:
        rows.append(("NPN:" if rng.random() < 0.6 else "National Producer Number:", digits(rng, rng.choice((7, 8)))))
    rows += [("License Type:", lic_type),
             (rng.choice(("Course Title:", "Course Name:")), title),
             (rng.choice(("Course #:", "Course Number:", "Course ID:")),
              f"{rng.choice(('C', '', 'CE-'))}{digits(rng, rng.choice((5, 6)))}"),
             (label, value),
             (rng.choice(("Date Completed:", "Completion Date:", "Course Completion Date:")), d.when())]
    d.must.append(value)
    if fmt_text:
        rows.append((rng.choice(("Delivery Method:", "Method:")), fmt_text))
    if f.certificate_id:
        rows.append((rng.choice(("Certificate #:", "Certificate No.:")), f.certificate_id))
    if rng.random() < 0.4:
        rows.append(("Exam Score:", f"{rng.randint(70, 100)}%"))
    y = p.rows(cx - 200, y, rows, 170, 250, 10.5) - 8
    att_date = d.date(f.completion + timedelta(days=rng.randint(0, 3)))
    who = rng.choice(("Proctor", "Instructor"))
    att = ("I certify that the above-named student completed the final examination for this course in my presence "
           "and that the student's identity was verified." if who == "Proctor" else
           "I certify that the above-named student attended the entire course as required.")
    y = p.para(x0 + 20, y, f"{who} attestation: {att}", x1 - x0 - 40, 9, "i", MUTED) - 4
    signer = d.person(0.0).split(",")[0]
    p.signature(x0 + 130, y - 30, signer, f"{who}  \u00b7  Date: {att_date}")
    p.signature(x1 - 130, y - 30, d.person(0.0).split(",")[0], rng.choice(("School Director", "Education Director")))
    fine = [rng.choice((f"This course is approved by the {dept}. Course approval expires "
                        f"{d.date(date(f.completion.year + 2, 12, 31))}.",
                        f"Regulator: {dept}. {provider} is approved by the {dept} to offer "
                        f"{'pre-licensing' if prelicence else 'continuing'} education.",
                        f"Approved by the {dept}. Completion reported to the state on "
                        f"{d.date(f.completion + timedelta(days=rng.randint(1, 7)))}."))]
    d.must.append(dept)
    if rng.random() < 0.5:
        fine.append("Retain this certificate for at least four years. Hours are reported to the state within ten "
                    "days of completion.")
    p.fine(x0, x1, 40, fine, 7.0)


# --------------------------------------------------------------------------------------------------- f101-f103

VET_KINDS = ("Veterinary Medical Association", "Veterinary Specialty Hospital", "Animal Health Academy",
             "Veterinary Conference", "Veterinary Emergency Group", "Small Animal Clinic Education Center")
VET_TITLES = (("Multimodal Pain Management in the Arthritic Dog", "pharmacology", "Medical"),
              ("Feline Chronic Kidney Disease: Staging and Treatment", "patient-care", "Medical"),
              ("Zoonotic Disease Prevention in the Small Animal Clinic", "infection-control", "Medical"),
              ("Anesthesia Monitoring for the Veterinary Technician", "patient-care", "Medical"),
              ("Dental Radiography in Companion Animals", "medical-technology", "Medical"),
              ("Controlled Substance Record Keeping for Veterinary Practices", "regulatory-compliance", "Non-Medical"),
              ("Client Communication and Practice Management", "leadership", "Non-Medical"),
              ("Compassion Fatigue and Wellbeing in Veterinary Teams", "mental-health", "Non-Medical"))
VET_CREDS = (", DVM", ", DVM", ", VMD", ", CVT", ", RVT", ", LVT", ", DVM, MS", "")
VET_FORMATS = {"live": ("Seminar/Lecture", "Lab/Wet lab"), "online": ("Interactive-Distance",),
               "self-study": ("Non-Interactive-Distance",)}


def f101_vet_race(p: Pen, d: Doc) -> None:
    """A veterinary CE certificate of a RACE-approved program: the AAVSB RACE approval sentence carries the hours
    (sometimes the program's maximum, beside the hours the attendee earned), RACE program/tracking and provider
    numbers, DVM/VMD/CVT after the name, a Medical / Non-Medical category, a state board licence field (sometimes
    left blank), a speaker with credentials and the RACE format ("Seminar/Lecture", "Interactive-Distance")."""
    rng = d.rng
    place = rng.choice(half(VOCABULARY["organisations"]["places"], d.split))
    provider = f"{place} {rng.choice(VET_KINDS)}"
    title, topic, category = rng.choice(VET_TITLES)
    name = plain_name(d.facts.participant)
    if d.facts.participant.isupper():
        name = name.upper()
    participant = name + rng.choice(VET_CREDS)
    x = rng.choice((0.5, 1.0, 1.5, 2.0, 2.0, 3.0, 4.0, 6.0, 8.0))
    amount = f"{x:.1f}" if rng.random() < 0.7 else f"{x:g}"
    state = rng.choice(STATE_CODES)
    lic = digits(rng, rng.choice((4, 5, 6))) if rng.random() < 0.6 else None
    fmt = rng.choice((None, "live", "live", "online", "self-study"))
    fmt_text = rng.choice(VET_FORMATS[fmt]) if fmt else ""
    d.facts = replace(d.facts, participant=participant, provider=provider, course_title=title, topic=topic,
                      license_number=lic, accreditation="AAVSB RACE", accreditation_text="", start=None,
                      delivery=fmt, delivery_text=fmt_text,
                      credit=CreditSpec(((x, "CE"),), f"{amount} CE hours", "CE Hours:", amount))
    f = d.facts
    race_no = f"{rng.choice(('20', '57', '66', '1'))}-{digits(rng, rng.choice((5, 6)))}"
    prov_no = digits(rng, rng.choice((2, 3, 4)))
    program_max = x + rng.choice((4.0, 6.0, 10.0, 12.0)) if rng.random() < 0.25 else None
    hours_word = "hour" if x == 1 else "hours"
    if program_max is None:
        race = (f"This program{f' ({race_no})' if rng.random() < 0.5 else ''} was reviewed and approved by the AAVSB "
                f"RACE program for {amount} {hours_word} of continuing education in jurisdictions which recognize "
                f"AAVSB RACE approval; however, participants should be aware that some boards have limitations on "
                f"the number of hours accepted in certain categories and/or restrictions on certain methods of "
                f"delivery of continuing education.")
    else:
        race = (f"This program was reviewed and approved by the AAVSB RACE program for up to {program_max:.1f} hours "
                f"of continuing education. Call AAVSB at 1-877-698-8482 or visit aavsb.org with any comments or "
                f"concerns regarding the program's validity or relevancy to the veterinary profession.")
    x0, x1, cx = 60.0, p.w - 60, p.w / 2
    p.border(22, rng.random() < 0.5)
    top = p.h - 60
    if rng.random() < 0.5:
        p.logo(x0, top - 30, 40)
        y = p.para(x0 + 52, top, provider, x1 - x0 - 60, 15, "b", p.accent) - 2
    else:
        y = p.para(cx, top, provider, x1 - x0, 16, "b", p.accent, "center") - 2
    y = p.para(cx, y, rng.choice(("Continuing Education Certificate", "Certificate of Attendance",
                                  "RACE-Approved Continuing Education", "Certificate of Continuing Education")),
               x1 - x0, 21, "b", INK, "center") - 10
    speaker = d.person(0.0).split(",")[0] + rng.choice((", DVM, DACVIM", ", DVM, DACVAA", ", DVM, PhD",
                                                         ", VMD, DAVDC", ", RVT, VTS (Anesthesia)", ", DVM, MBA"))
    hours_row = (rng.choice(("CE Hours:", "Hours of CE:", "RACE Hours:", "CE Hours Earned:",
                             "Continuing Education Hours:")), f"{amount} ({category})")
    style = rng.choice(("sentence", "rows"))
    if style == "sentence":
        y = p.para(cx, y, rng.choice(("This is to certify that", "This certifies that")), x1 - x0, 12, "i", MUTED,
                   "center") - 8
        y = p.line(cx, y, participant, 24, "b", INK, "center", x1 - x0) - 4
        y = p.para(cx, y, rng.choice(("attended the continuing education program", "has completed the RACE-approved "
                                      "program", "participated in")), x1 - x0, 12, "i", MUTED, "center") - 6
        y = p.para(cx, y, title, x1 - x0 - 60, 16, "b", p.accent, "center") - 10
        rows: list[tuple[str, str]] = []
    else:
        y -= 6
        rows = [(rng.choice(("Attendee:", "Participant:", "Name:", "Attendee Name:")), participant),
                (rng.choice(("Program Title:", "Course Title:", "Program:")), title)]
    rows.append((rng.choice(("Speaker:", "Presenter:", "Instructor:")), speaker))
    rows.append((rng.choice(("Date of Program:", "Program Date:", "Date Attended:", "Date:")), d.when()))
    if program_max is not None or rng.random() < 0.6:
        rows.append(hours_row)
        d.must.append(hours_row[1])
    else:
        rows.append(("Category:", category))
    if fmt_text:
        rows.append((rng.choice(("Format:", "Delivery Format:", "RACE Format:")), fmt_text))
    rows.append((rng.choice(("RACE Program #:", "RACE Tracking Number:", "RACE Course #:")), race_no))
    if rng.random() < 0.5:
        rows.append(("RACE Provider #:", prov_no))
    lic_label = rng.choice(("State Board License #:", "License Number:", "State/License No.:", "Vet License #:"))
    if lic and lic_label.startswith("State/"):  # typed as printed, its state in front (as f73 does)
        d.facts = replace(f, license_number=f"{state} {lic}")
        f = d.facts
    rows.append((lic_label, f.license_number or ""))
    if f.certificate_id and rng.random() < 0.5:
        rows.append((rng.choice(("Certificate #:", "Certificate No.:")), f.certificate_id))
    else:
        d.facts = replace(f, certificate_id=None)
        f = d.facts
    rows = [r for r in rows if r[1] or r[0] == lic_label]
    y = p.rows(cx - 210 if d.wide else x0 + 20, y, rows, 160, 260, 10.5) - 8
    if rng.random() < 0.5:
        y = p.para(x0 + 10, y, f"Date issued: {d.date(f.completion + timedelta(days=rng.randint(0, 14)))}",
                   x1 - x0, 9, "", MUTED) - 4
    d.must.append(race)
    fine = [race, f"RACE Provider #{prov_no} \u00b7 RACE approval valid through "
                  f"{d.date(date(f.completion.year + 1, 12, 31))}"]
    if rng.random() < 0.4:
        fine.append("Please retain this certificate for your records. The attendee is responsible for reporting "
                    "hours to the state board.")
    ftop = p.fine(x0, x1, 36, fine, 7.0)
    p.signature(x1 - 140, ftop + 34, d.person(0.0).split(",")[0] + ", DVM",
                rng.choice(("CE Coordinator", "Medical Director", "Program Chair")))


DENTAL_KINDS = ("Dental Society", "Dental Study Club", "Academy of General Dentistry Chapter", "Dental Seminars, LLC",
                "Institute for Dental Education", "Dental Hygienists' Association")
DENTAL_TITLES = (("Implant Restorations: Treatment Planning and Complications", "patient-care"),
                 ("Infection Control in the Dental Office", "infection-control"),
                 ("Local Anesthesia Review for the Dental Team", "pharmacology"),
                 ("Opioid Prescribing and Pain Management for Dentists", "pharmacology"),
                 ("Medical Emergencies in the Dental Office", "patient-safety"),
                 ("State Dental Practice Act and Jurisprudence", "regulatory-compliance"),
                 ("Periodontal Therapy Update", "patient-care"),
                 ("Ethics and Professionalism in Dentistry", "ethics"))
DENTAL_CREDS = (", DDS", ", DMD", ", RDH", ", CDA", ", DDS, MAGD", ", RDH, BS", "")
CERP_TEXT = ("{provider} is an ADA CERP Recognized Provider. ADA CERP is a service of the American Dental Association "
             "to assist dental professionals in identifying quality providers of continuing dental education. ADA "
             "CERP does not approve or endorse individual courses or instructors, nor does it imply acceptance of "
             "credit hours by boards of dentistry. Concerns or complaints about a CE provider may be directed to the "
             "provider or to the Commission for Continuing Education Provider Recognition at ADA.org/CERP.")
PACE_TEXT = ("{provider}. Nationally Approved PACE Program Provider for FAGD/MAGD credit. Approval does not imply "
             "acceptance by any regulatory authority or AGD endorsement. {s} to {e}. Provider ID# {pid}")


def dental_credit(d: Doc) -> tuple[float, list[tuple[str, str]]]:
    """A dental form's credit rows: '3 (Lecture)', or lecture and hands-on hours whose total is the credit."""
    rng = d.rng
    lecture = rng.choice((1.0, 1.5, 2.0, 3.0, 3.0, 4.0, 6.0))
    hands = rng.choice((0.0, 0.0, 1.0, 2.0, 3.0))
    total = lecture + hands
    one = rng.random() < 0.5

    def a(v: float) -> str:
        return f"{v:.1f}" if one else f"{v:g}"
    style = rng.choice(("single", "parts_total", "parts_only", "total_paren")) if hands else "single"
    if style == "single":
        label = rng.choice(("CE Credits:", "Credit Hours:", "CE Hours:", "Number of CE Credits:"))
        return total, [(label, f"{a(total)} ({'Lecture' if not hands else 'Lecture/Participation'})")]
    parts = f"{a(lecture)} hours lecture, {a(hands)} hours hands-on"
    if style == "parts_total":
        return total, [("Participation:", parts), (rng.choice(("Total CE Credits:", "CE Credits Awarded:")),
                                                   a(total))]
    if style == "parts_only":
        # the label names the credit system the hours count in (a bare "Credits:" would leave them hours)
        return total, [(rng.choice(("CE Credits:", "CE Hours Earned:")), parts)]
    return total, [(rng.choice(("Total CE Hours:", "CE Credits:")),
                    f"{a(total)} (Lecture {a(lecture)} / Participation {a(hands)})")]


def box_grid(p: Pen, x0: float, x1: float, y: float, cells: list[tuple[str, str]], colons: bool) -> float:
    """Label-over-value boxes, two to a row, as a form prints them; returns the y below the grid."""
    col_w = (x1 - x0) / 2
    size = 10.5 * p.scale
    for i in range(0, len(cells), 2):
        row_h = 0.0
        for j, (label, value) in enumerate(cells[i:i + 2]):
            cx0 = x0 + j * col_w
            lines = simpleSplit(value, p.font(), size, col_w - 16) or [""]
            row_h = max(row_h, 14 + len(lines) * size * 1.25 + 6)
            p.text(cx0 + 6, y - 9, label.rstrip(":") + (":" if colons else ""), 7.5, "b", MUTED)
            yy = y - 12 - size
            for ln in lines:
                p.text(cx0 + 6, yy, ln, size)
                yy -= size * 1.25
        for j in range(len(cells[i:i + 2])):
            p.rect(x0 + j * col_w, y - row_h, col_w, row_h, stroke=MUTED, lw=0.5)
        y -= row_h
    return y


def f102_dental_verification(p: Pen, d: Doc) -> None:
    """A dental CE verification form: label-over-value boxes (participant, AGD ID, licence, course, date, subject
    code, credits as '3 (Lecture)' or lecture plus hands-on hours whose total is the credit), the ADA CERP and/or AGD
    PACE provider statements with their own approval period, an instructor, a course date and a printed issue
    date."""
    rng = d.rng
    place = rng.choice(half(VOCABULARY["organisations"]["places"], d.split))
    provider = f"{place} {rng.choice(DENTAL_KINDS)}"
    title, topic = rng.choice(DENTAL_TITLES)
    name = plain_name(d.facts.participant)
    if d.facts.participant.isupper():
        name = name.upper()
    participant = name + rng.choice(DENTAL_CREDS)
    lic = rng.choice((digits(rng, 5), f"DDS-{digits(rng, 5)}", f"RDH{digits(rng, 6)}", digits(rng, 6))) \
        if rng.random() < 0.6 else None
    total, credit_rows = dental_credit(d)
    bodies = rng.choice((("ADA CERP",), ("AGD",), ("ADA CERP", "AGD"), ("ADA CERP", "AGD")))
    fmt = rng.choice((None, "live", "live", "online"))
    fmt_text = {"live": rng.choice(("Lecture", "Lecture and hands-on workshop", "In-person")),
                "online": rng.choice(("Live webinar", "Webinar"))}.get(fmt or "", "")
    # every credit row names lecture (or hands-on) hours: dental CE's words for live instruction; a format
    # printed otherwise ("Webinar") says how it was given
    d.facts = replace(d.facts, participant=participant, provider=provider, course_title=title, topic=topic,
                      license_number=lic, accreditation=bodies[0], accreditation_text="", start=None,
                      delivery=fmt or "live", delivery_text=fmt_text,
                      credit=CreditSpec(((total, "CE"),), credit_rows[-1][1], credit_rows[-1][0], credit_rows[-1][1]))
    f = d.facts
    s = date(f.completion.year - rng.randint(0, 2), 1, 1)
    e = date(s.year + rng.choice((3, 4)), 12, 31)
    pid = digits(rng, 6)
    statements = []
    for body in bodies:
        text = CERP_TEXT if body == "ADA CERP" else PACE_TEXT
        statements.append(text.format(provider=provider, s=f"{s.month}/{s.day}/{s.year}",
                                      e=f"{e.month}/{e.day}/{e.year}", pid=pid))
    d.must += statements
    x0, x1 = 48.0, p.w - 48
    p.rect(0, p.h - 64, p.w, 64, fill=mix(p.accent, 0.85))
    tag = rng.choice(("VERIFICATION OF PARTICIPATION", "CE VERIFICATION FORM", "Continuing Dental Education"))
    p.para(x0, p.h - 34, provider, x1 - x0 - p.width(tag, 9, "b") - 36, 15, "b", p.accent)
    p.text(x1, p.h - 34, tag, 9, "b", MUTED, "right")
    y = p.h - 96
    y = p.para(x0, y, rng.choice(("Continuing Education Verification Form", "Verification of Participation",
                                  "Certificate of Continuing Dental Education")), x1 - x0, 18, "b") - 8
    cells = [(rng.choice(("Participant Name", "Name of Attendee", "Participant")), participant)]
    if rng.random() < 0.6:
        cells.append((rng.choice(("AGD ID #", "AGD Member #")), digits(rng, rng.choice((5, 6)))))
    cells.append((rng.choice(("State Dental License #", "License Number", "License #")), lic or ""))
    cells.append((rng.choice(("Course Title", "Program Title")), title))
    cells.append((rng.choice(("Course Date", "Date of Course", "Date Attended")), d.when()))
    cells.append((rng.choice(("Instructor", "Speaker", "Presenter")),
                  d.person(0.0).split(",")[0] + rng.choice((", DDS", ", DMD, MS", ", RDH, MS", ", DDS, FAGD"))))
    cells.append(("AGD Subject Code", f"{rng.choice((10, 30, 40, 130, 148, 157, 250, 370, 490, 550, 690))}"))
    if fmt_text:
        cells.append((rng.choice(("Format", "Course Format")), fmt_text))
    cells += credit_rows
    for _, v in credit_rows:
        d.must.append(v)
    if f.certificate_id and rng.random() < 0.5:
        cells.append(("Verification Code", f.certificate_id))
    else:
        d.facts = replace(f, certificate_id=None)
        f = d.facts
    issued = d.date(f.completion + timedelta(days=rng.randint(0, 10)))
    cells.append((rng.choice(("Date Issued", "Issue Date", "Date of Issue")), issued))
    y = box_grid(p, x0, x1, y, cells, rng.random() < 0.5) - 14
    sig = d.person(0.0).split(",")[0] + rng.choice((", DDS", ", DMD"))
    p.signature(x0 + 120, y - 30, sig, rng.choice(("Course Director", "CE Chair", "Provider Representative")))
    if rng.random() < 0.5:
        p.text(x1 - 10, y - 30, "Participant signature: ______________________", 8, "", MUTED, "right")
    fine = statements[:]
    if rng.random() < 0.5:
        fine.append("Please retain this form for your records; submit it to your state board of dentistry only "
                    "when audited.")
    p.fine(x0, x1, 34, fine, 6.8, "left")


PSY_KINDS = ("Institute for Behavioral Health", "Center for Cognitive Therapy", "Counseling Association",
             "Psychological Services, PLLC", "Trauma Training Institute", "Family Therapy Center")
PSY_TITLES = (("Cognitive Behavioral Therapy for Insomnia", "mental-health"),
              ("Suicide Risk Assessment and Safety Planning", "mental-health"),
              ("Motivational Interviewing: Core Skills", "mental-health"),
              ("Treating PTSD with Prolonged Exposure", "mental-health"),
              ("Culturally Responsive Practice with Adolescents", "mental-health"),
              ("Professional Boundaries and Dual Relationships", "ethics"),
              ("Ethics and Risk in Clinical Supervision", "ethics"),
              ("Ethical Decision-Making for Counselors", "ethics"))
PSY_LICENCES = {"APA": (("Psychologist", "PSY {n}"), ("Psychologist", "{n}")),
                "ASWB": (("LCSW", "{n}"), ("LMSW", "LMSW-{n}"), ("LICSW", "{n}")),
                "NBCC": (("LPC", "{n}"), ("LMHC", "MH{n}"), ("LPCC", "LPCC {n}"))}
PSY_CREDS = {"APA": (", PhD", ", PsyD", ", PhD, ABPP", ""), "ASWB": (", LCSW", ", MSW, LCSW", ", LMSW", ""),
             "NBCC": (", LPC", ", MA, LPC", ", LMHC", ", NCC", "")}
PSY_STATEMENTS = {
    "APA": "{provider} is approved by the American Psychological Association to sponsor continuing education for "
           "psychologists. {provider} maintains responsibility for this program and its content.",
    "ASWB": "{provider}, #{num}, is approved to offer social work continuing education by the Association of Social "
            "Work Boards (ASWB) Approved Continuing Education (ACE) program. Regulatory boards are the final "
            "authority on courses accepted for continuing education credit. ACE provider approval period: {s} - {e}.",
    "NBCC": "{provider} has been approved by NBCC as an Approved Continuing Education Provider, ACEP No. {num}. "
            "Programs that do not qualify for NBCC credit are clearly identified. {provider} is solely responsible "
            "for all aspects of the programs.",
}


def psy_credit(d: Doc, topic: str, main: str) -> tuple[float, str, float, str, bool, str]:
    """The credit, its printed amount, the ethics part (0 = none), whether NBCC contact hours, and the sentence."""
    rng = d.rng
    x = rng.choice((1.0, 1.5, 2.0, 3.0, 3.0, 3.0, 4.0, 6.0))
    one = rng.random() < 0.6
    amount = f"{x:.1f}" if one else f"{x:g}"
    ethics = min(x, rng.choice((1.0, 1.5, 2.0))) if topic == "ethics" or rng.random() < 0.3 else 0.0
    ethics_text = f"{ethics:.1f}" if one else f"{ethics:g}"
    contact = main == "NBCC" and rng.random() < 0.4
    unit_word = "contact hours" if contact else rng.choice(("CE credits", "CE hours", "continuing education credits"))
    if x == 1:
        unit_word = unit_word.replace("hours", "hour").replace("credits", "credit")
    if ethics and ethics < x:
        phrase = rng.choice((f"This course is approved for {amount} {unit_word} (including {ethics_text} "
                             f"hour{'s' if ethics != 1 else ''} of ethics).",
                             f"{amount} {unit_word}, of which {ethics_text} in ethics"))
    else:
        phrase = f"{amount} {unit_word}"
    return x, amount, ethics, ethics_text, contact, phrase


def f103_behavioral_ce(p: Pen, d: Doc) -> None:
    """A psychology / social work / counselling CE certificate: APA sponsor, ASWB ACE (approval number and period)
    and NBCC ACEP statements, alone or together (the first printed is the accreditation); '3.0 CE credits' or
    'approved for 3 CE hours (including 1 hour of ethics)', where the ethics part is no total; a licence type and
    number the attendee typed in; a presenter with credentials; the session's clock times."""
    rng = d.rng
    place = rng.choice(half(VOCABULARY["organisations"]["places"], d.split))
    provider = f"{place} {rng.choice(PSY_KINDS)}"
    title, topic = rng.choice(PSY_TITLES)
    main = rng.choice(("APA", "ASWB", "NBCC"))
    bodies = [main] + ([b for b in ("APA", "ASWB", "NBCC") if b != main and rng.random() < 0.5]
                       if rng.random() < 0.45 else [])
    bodies.sort(key=("APA", "ASWB", "NBCC").index)
    name = plain_name(d.facts.participant)
    if d.facts.participant.isupper():
        name = name.upper()
    participant = name + rng.choice(PSY_CREDS[main])
    lic_type, lic_fmt = rng.choice(PSY_LICENCES[main])
    lic = lic_fmt.format(n=digits(rng, rng.choice((4, 5, 6)))) if rng.random() < 0.7 else None
    x, amount, ethics, ethics_text, contact, phrase = psy_credit(d, topic, main)
    fmt = rng.choice((None, "online", "live", "self-study"))
    fmt_text = {"online": rng.choice(("Live webinar", "Live interactive webinar")),
                "live": rng.choice(("In-person workshop", "Live seminar")),
                "self-study": rng.choice(("Home study", "Self-study (recorded webinar)"))}.get(fmt or "", "")
    d.facts = replace(d.facts, participant=participant, provider=provider, course_title=title, topic=topic,
                      license_number=lic, accreditation=bodies[0], accreditation_text="", start=None, delivery=fmt,
                      delivery_text=fmt_text,
                      credit=CreditSpec(((x, "contact_hour" if contact else "CE"),), phrase, "", phrase))
    f = d.facts
    s = date(f.completion.year - rng.randint(0, 2), rng.randint(1, 12), rng.randint(1, 28))
    e = date(s.year + 3, s.month, s.day)
    statements = [PSY_STATEMENTS[b].format(provider=provider, num=digits(rng, rng.choice((4, 5))),
                                           s=f"{s.month}/{s.day}/{s.year}", e=f"{e.month}/{e.day}/{e.year}")
                  for b in bodies]
    d.must += statements
    x0, x1, cx = 64.0, p.w - 64, p.w / 2
    p.rect(0, 0, 18, p.h, fill=p.accent)
    y = p.para(cx, p.h - 64, provider, x1 - x0, 14, "b", p.accent, "center") - 14
    y = p.para(cx, y, rng.choice(("Certificate of Completion", "Continuing Education Certificate",
                                  "CE Certificate of Attendance")), x1 - x0, 22, "b", INK, "center") - 12
    y = p.para(cx, y, rng.choice(("This certifies that", "Presented to", "This is to certify that")), x1 - x0, 11, "i",
               MUTED, "center") - 8
    y = p.line(cx, y, participant, 22, "b", INK, "center", x1 - x0) - 2
    y = p.para(cx, y, rng.choice(("has successfully completed", "attended and completed", "participated in")),
               x1 - x0, 11, "i", MUTED, "center") - 6
    y = p.para(cx, y, title, x1 - x0 - 40, 15, "b", p.accent, "center") - 6
    presenter = d.person(0.0).split(",")[0] + rng.choice((", PhD", ", PsyD, ABPP", ", LCSW-C", ", PhD, LPC-S",
                                                           ", MSW, PhD"))
    y = p.para(cx, y, f"{rng.choice(('Presented by', 'Presenter:', 'Instructor:'))} {presenter}", x1 - x0, 10, "",
               MUTED, "center") - 10
    start_min = rng.choice((8 * 60, 9 * 60, 10 * 60, 13 * 60))
    end_min = start_min + int(x * 60) + rng.choice((0, 15, 30))

    def hm(m: int) -> str:
        h = m // 60
        return f"{(h - 1) % 12 + 1}:{m % 60:02d} {'AM' if h < 12 else 'PM'}"
    rows = [(rng.choice(("Date of Program:", "Date Completed:", "Program Date:")), d.when())]
    if fmt in ("online", "live") and rng.random() < 0.6:
        rows.append(("Time:", f"{hm(start_min)} - {hm(end_min)} {rng.choice(('ET', 'CT', 'PT', ''))}".strip()))
    if rng.random() < 0.5 or not (ethics and ethics < x):
        label = rng.choice(("CE Credits:", "CE Hours:", "Credits Earned:")) if not contact else "Contact Hours:"
        value = f"{amount}" + (f" ({ethics_text} Ethics)" if ethics and ethics < x else "")
        rows.append((label, value))
        d.must.append(value)
        phrase_in_text = ethics and ethics < x and rng.random() < 0.5
    else:
        phrase_in_text = True
    if fmt_text:
        rows.append((rng.choice(("Format:", "Delivery:")), fmt_text))
    lic_rows = [(rng.choice(("License Type:", "Profession/License Type:")), lic_type)]
    if lic:
        lic_rows.append((rng.choice(("License #:", "License Number:", "State License No.:")), lic))
    if rng.random() < 0.5:
        lic_rows.append(("State:", STATE_NAMES[rng.choice(STATE_CODES)]))
    if f.certificate_id and rng.random() < 0.5:
        rows.append((rng.choice(("Certificate ID:", "Certificate #:")), f.certificate_id))
    else:
        d.facts = replace(f, certificate_id=None)
        f = d.facts
    y = p.rows(cx - 190, y, rows, 130, 260, 10.5) - 2
    if phrase_in_text:
        y = p.para(cx, y, phrase if phrase.endswith(".") else phrase + ".", x1 - x0 - 40, 10.5, "", INK,
                   "center") - 6
        d.must.append(phrase)
    y = p.para(x0 + 10, y, "Entered by the participant:", x1 - x0, 8.5, "i", MUTED) - 2
    y = p.rows(x0 + 10, y, lic_rows, 140, 220, 10, "", MUTED) - 6
    if rng.random() < 0.5:
        p.text(x1, y, f"Issued {d.date(f.completion + timedelta(days=rng.randint(0, 7)))}", 8.5, "", MUTED, "right")
    ftop = p.fine(x0, x1, 34, statements, 6.8, "left")
    p.signature(cx, ftop + 32, d.person(0.0).split(",")[0] + rng.choice((", PhD", ", LCSW", ", PsyD")),
                rng.choice(("CE Director", "Continuing Education Administrator", "Program Director")))


TRADE_KINDS = {
    "electrical": (("Electrical Training Center", "Electrical Apprenticeship School", "Electrical Trade Institute"),
                   ("Journeyman Electrician", "Master Electrician", "Residential Wireman", "Electrical Contractor"),
                   ("JE", "ME", "EC", "RW"),
                   (("NEC Code Update", "Safety", "Business/Law"), ("National Electrical Code", "Electrical Safety",
                                                                    "Laws and Rules")),
                   (("2023 NEC Changes for Journeyman Electricians", "regulatory-compliance"),
                    ("Grounding and Bonding: Code Review", "regulatory-compliance"),
                    ("NFPA 70E Arc Flash Awareness for Electricians", "other"),
                    ("Electrical Continuing Education: 8-Hour Update", "regulatory-compliance"),
                    ("Solar PV Systems and Article 690", "other"))),
    "plumbing": (("Plumbing Training Center", "Plumbers Training School", "Plumbing & Pipefitting Institute"),
                 ("Journeyman Plumber", "Master Plumber", "Plumbing Contractor", "Residential Plumber"),
                 ("JP", "MP", "PC", "RP"),
                 (("Plumbing Code", "Backflow Prevention", "Water Heater Safety", "Business/Law"),
                  ("Code Update", "Safety", "Laws and Rules")),
                 (("Plumbing Code Update and Backflow Prevention", "regulatory-compliance"),
                  ("Medical Gas Piping Refresher", "other"),
                  ("Water Heater Installation and Venting", "other"),
                  ("Uniform Plumbing Code Review", "regulatory-compliance"))),
    "hvac": (("HVAC Training Institute", "Mechanical Trades Training Center", "Refrigeration & Air School"),
             ("HVAC Contractor (Class A)", "HVAC Contractor (Class B)", "Mechanical Contractor",
              "Refrigeration Technician"),
             ("TACLA", "MC", "HVAC", "RT"),
             (("Mechanical Code", "Refrigerant Safety", "Energy Code", "Business/Law"),
              ("Code", "Safety", "Technical")),
             (("HVAC Code Update and Refrigerant Safety", "regulatory-compliance"),
              ("A2L Refrigerants: Handling and Installation", "other"),
              ("Combustion Analysis and Carbon Monoxide Safety", "other"),
              ("Energy Code for Mechanical Contractors", "regulatory-compliance"))),
}
TRADE_BOARDS = ("Texas Department of Licensing and Regulation", "Florida Electrical Contractors' Licensing Board",
                "Ohio Construction Industry Licensing Board", "Georgia State Construction Industry Licensing Board",
                "Minnesota Department of Labor and Industry", "Oregon Building Codes Division",
                "Washington State Department of Labor & Industries", "Colorado State Plumbing Board",
                "Alabama Plumbers and Gas Fitters Examining Board", "Arizona Registrar of Contractors")
TRADE_ACRONYMS = {"Texas Department of Licensing and Regulation": "TDLR",
                  "Ohio Construction Industry Licensing Board": "OCILB",
                  "Minnesota Department of Labor and Industry": "DLI"}


def trade_hours(d: Doc, trade: str) -> tuple[float, list[tuple[str, float]], str, str]:
    """The total and its parts by category; the total's label decides the unit ('Total Hours' names no credit
    system: hours of attendance; 'Total CE Hours' are credit hours)."""
    rng = d.rng
    total = rng.choice((4.0, 6.0, 8.0, 8.0, 12.0, 16.0, 24.0))
    cats = list(rng.choice(TRADE_KINDS[trade][3]))
    parts = split_amount(rng, total, min(len(cats), rng.randint(2, 4)))
    pairs = list(zip(cats, parts, strict=False))  # fewer parts than categories when the total is small
    return total, pairs, *rng.choice((("Total Hours:", "clock_hour"), ("Total CE Hours:", "CE"),
                                                         ("Total Credit Hours:", "CE"), ("Total Hours:", "clock_hour"),
                                                         ("Total Continuing Education Hours:", "CE")))


def f104_trade_ce(p: Pen, d: Doc) -> None:
    """A licensed trade's (electrician, plumber, HVAC contractor) continuing-education completion: a state course
    approval number and a course number, the licensee's licence number and type, hours by category with a total that
    is the credit, an instructor with his own licence number, the school as provider and the state licensing board as
    approver; the class date beside the 'Report to the Board submitted on' date and a licence expiry date."""
    rng = d.rng
    trade = rng.choice(sorted(TRADE_KINDS))
    schools, types, prefixes, _, titles = TRADE_KINDS[trade]
    place = rng.choice(half(VOCABULARY["organisations"]["places"], d.split))
    provider = f"{place} {rng.choice(schools)}"
    title, topic = rng.choice(titles)
    board = rng.choice(TRADE_BOARDS)
    k = rng.randrange(len(types))
    lic_type = types[k]
    lic = rng.choice((f"{prefixes[k]}-{digits(rng, 5)}", f"{prefixes[k]}{digits(rng, 6)}", digits(rng, 6),
                      f"{rng.choice(STATE_CODES)}{digits(rng, 7)}"))
    total, parts, total_label, unit = trade_hours(d, trade)
    amount = f"{total:.1f}" if rng.random() < 0.7 else f"{total:g}"
    spec = CreditSpec(((total, unit),), amount, total_label, amount)
    name = plain_name(d.facts.participant)
    if d.facts.participant.isupper():
        name = name.upper()
    fmt = rng.choice((None, "live", "live", "online"))
    fmt_text = {"live": rng.choice(("Classroom", "In-person")), "online": "Online (live webinar)"}.get(fmt or "", "")
    d.facts = replace(d.facts, participant=name, provider=provider, course_title=title, topic=topic,
                      license_number=lic, accreditation=board, accreditation_text="", credit=spec, start=None,
                      delivery=fmt, delivery_text=fmt_text)
    f = d.facts
    approval = rng.choice((f"CE-{digits(rng, 5)}", f"{digits(rng, 4)}-{digits(rng, 3)}",
                           f"{TRADE_ACRONYMS.get(board, 'SB')}-C{digits(rng, 5)}"))
    course_no = rng.choice((f"{rng.choice('ABCEHP')}{digits(rng, 3)}", f"{trade[:4].upper()}-{digits(rng, 3)}",
                            digits(rng, 5)))
    teacher = d.person(0.0).split(",")[0]
    t_lic = f"{rng.choice(prefixes)}-{digits(rng, 5)}" if rng.random() < 0.5 else digits(rng, 6)
    when = d.when()
    reported = d.date(f.completion + timedelta(days=rng.randint(1, 9)))
    expires = d.date(date(f.completion.year + rng.randint(1, 2), rng.choice((2, 6, 8, 10, 12)), 28))
    school_no = f"{rng.choice(('School #', 'Provider #', 'Training Provider No.'))} {digits(rng, rng.choice((4, 5)))}"
    d.must += [amount, board]
    x0, x1, cx = 54.0, p.w - 54, p.w / 2
    cat_rows = [[c, f"{a:.1f}"] for c, a in parts]
    if rng.random() < 0.5:  # the certificate: two blocks of rows and an hours table
        p.border(22, False)
        p.rect(x0, p.h - 86, x1 - x0, 40, fill=p.accent)
        p.text(x0 + 12, p.h - 72, provider, p.fit(provider, 15, "b", x1 - x0 - 24), "b", white)
        y = p.para(cx, p.h - 112, rng.choice(("Certificate of Completion", "Continuing Education Certificate",
                                              f"{lic_type.split(' (')[0]} Continuing Education")), x1 - x0, 19, "b",
                   INK, "center") - 2
        y = p.para(cx, y, f"{school_no}  \u00b7  Approved by the {board}", x1 - x0, 8.5, "", MUTED, "center") - 14
        left = [(rng.choice(("Licensee:", "Licensee Name:", "Name:")), f.participant),
                (rng.choice(("License #:", "License Number:", "Lic. No.:")), lic),
                ("License Type:", lic_type),
                (rng.choice(("License Expires:", "License Expiration:")), expires)]
        right = [(rng.choice(("Course Title:", "Course:")), title),
                 (rng.choice(("State Course Approval #:", "Board Approval No.:", "Course Approval Number:")),
                  approval),
                 (rng.choice(("Course #:", "Course Number:")), course_no),
                 (rng.choice(("Class Date:", "Date of Class:", "Date Attended:")), when)]
        if fmt_text:
            right.append(("Format:", fmt_text))
        mid = (x0 + x1) / 2
        lw = [max(p.width(lab, 9.5 * p.scale * 0.92, "b") for lab, _ in rows) + 8 for rows in (left, right)]
        y1 = p.rows(x0 + 6, y, left, lw[0], mid - x0 - 18 - lw[0], 9.5)
        y2 = p.rows(mid + 6, y, right, lw[1], x1 - mid - 12 - lw[1], 9.5)
        y = min(y1, y2) - 8
        head = [rng.choice(("Category", "Subject Area", "Hours by Category")), "Hours"]
        y = table(p, cx - 150, y, [200.0, 100.0], head, [*cat_rows, [total_label.rstrip(":"), amount]], 9.5,
                  bold_last=True) - 14
        y = p.para(x0 + 10, y, f"Instructor: {teacher}, {rng.choice(types)} Lic. #{t_lic}", x1 - x0 - 20, 9.5) - 2
        if f.certificate_id:
            y = p.para(x0 + 10, y, f"Certificate No. {f.certificate_id}", x1 - x0 - 20, 9.5) - 2
        p.para(x0 + 10, y - 2, f"Report to the Board submitted on: {reported}", x1 - x0 - 20, 9, "", MUTED)
        p.signature(x1 - 130, 110, d.person(0.0).split(",")[0], rng.choice(("School Director", "Training Director")))
        fine = [f"{provider} is an approved continuing education provider of the {board}. Hours are reported to the "
                f"board electronically; keep this certificate for at least {rng.choice(('three', 'four'))} years."]
    else:  # the portal printout: licensee record, course record, hours line and the report date
        y = p.para(x0, p.h - 54, rng.choice(("CONTINUING EDUCATION COMPLETION RECORD", "CE Course Completion",
                                             "Licensee Continuing Education Report")), x1 - x0, 15, "b", p.accent) - 2
        y = p.para(x0, y, f"{provider}  \u00b7  {school_no}", x1 - x0, 10, "b") - 2
        y = p.para(x0, y, f"Printed {reported}  \u00b7  Page 1 of 1", x1 - x0, 8, "", MUTED) - 12
        y = p.para(x0, y, rng.choice(("LICENSEE", "Licensee Information")), x1 - x0, 10, "b", p.accent) - 2
        rows = [(rng.choice(("Name:", "Licensee:")), f.participant), (rng.choice(("License #:", "Lic #:")), lic),
                ("License Type:", lic_type), ("Expires:", expires)]
        y = p.rows(x0 + 10, y, rows, 120, x1 - x0 - 140, 9.5) - 4
        y = p.para(x0, y, rng.choice(("COURSE", "Course Information")), x1 - x0, 10, "b", p.accent) - 2
        rows = [("Course Name:", title), ("Course #:", course_no), ("State Approval #:", approval),
                ("Class Date:", when), ("Instructor:", f"{teacher} (Lic. {t_lic})")]
        if fmt_text:
            rows.append(("Delivery:", fmt_text))
        if f.certificate_id:
            rows.append(("Completion ID:", f.certificate_id))
        y = p.rows(x0 + 10, y, rows, 120, x1 - x0 - 140, 9.5) - 4
        hours = ", ".join(f"{c} {a:.1f}" for c, a in parts)
        y = p.para(x0, y, f"Hours by category: {hours}", x1 - x0, 9.5) - 2
        y = p.para(x0, y, f"{total_label} {amount}", x1 - x0, 11, "b") - 8
        y = p.para(x0, y, f"Report to the Board submitted on {reported}. Status: Reported", x1 - x0, 9, "", MUTED)
        fine = [f"Approving authority: {board}. Course approval expires "
                f"{d.date(date(f.completion.year + 1, 12, 31))}."]
    if rng.random() < 0.5:
        fine.append("Credit is granted only for the hours attended in full; late arrivals are credited by the "
                    "board's rules. The licensee is responsible for verifying that the hours are posted.")
    p.fine(x0, x1, 36, fine, 7.0, "left")


PDH_SOCIETIES = ("Society of Professional Engineers", "Section, Structural Engineers Association",
                 "Geotechnical Engineering Society", "Water Environment Association",
                 "Chapter, Society of Fire Protection Engineers", "Society of Civil Engineers")
PDH_TITLES = (("Seismic Design of Nonstructural Components", "other"),
              ("Stormwater Best Management Practices for Site Design", "other"),
              ("Engineering Ethics and the Licensee's Duty to the Public", "ethics"),
              ("Arc Flash Hazard Analysis under NFPA 70E", "other"),
              ("Shallow Foundations on Expansive Soils", "other"),
              ("Lead Service Line Replacement Planning", "other"),
              ("State Laws and Rules for Professional Engineers", "regulatory-compliance"),
              ("Post-Tensioned Slab Repair Case Studies", "other"))
PDH_STATES = (("FL", "Provider #"), ("NY", "Sponsor #"), ("NC", "S-"), ("NJ", "24GP"), ("IN", ""), ("LA", "Sponsor "),
              ("OH", ""), ("IA", ""), ("MD", "No. "))
PDH_ZONES = ("CT", "ET", "MT", "PT", "EST", "CST")


def f105_pdh_webinar(p: Pen, d: Doc) -> None:
    """An engineering society's webinar-series PDH certificate: the webinar date with its clock times and time
    zone, 'Professional Development Hours earned: 1.5', the '1 PDH = 1 contact hour = 0.1 CEU' definition (no
    award), a multi-state approvals paragraph with provider and sponsor numbers, the engineer's PE licence number
    and state."""
    rng = d.rng
    place = rng.choice(half(VOCABULARY["organisations"]["places"], d.split))
    provider = f"{place} {rng.choice(PDH_SOCIETIES)}"
    title, topic = rng.choice(PDH_TITLES)
    x = rng.choice((0.5, 1.0, 1.0, 1.5, 1.5, 2.0, 3.0))
    amount = f"{x:.1f}" if rng.random() < 0.6 else f"{x:g}"
    label = rng.choice(("Professional Development Hours earned:", "PDH earned:", "PDHs Awarded:",
                        "Professional Development Hours (PDH):", "PDH Credit:"))
    spec = CreditSpec(((x, "PDH"),), amount, label, amount)
    states = [PDH_STATES[0], *rng.sample(PDH_STATES[1:], rng.randint(2, 5))]
    rng.shuffle(states)
    named = rng.random() < 0.5  # one board named in full; else state codes only (no body named)
    approvals = ", ".join(f"{s} ({pre}{digits(rng, 4 if pre else 0)})" if pre else s for s, pre in states)
    if named:
        accr = "Florida Board of Professional Engineers"
        accr_text = (f"{provider} is approved by the Florida Board of Professional Engineers, Provider "
                     f"#{digits(rng, 7)}. This course is also accepted in "
                     f"{', '.join(s for s, _ in states if s != 'FL')} and in states that do not pre-approve providers.")
    else:
        accr = None
        accr_text = (f"{provider} is an approved provider in {approvals}. Engineers licensed in other states should "
                     f"check their board's rules.")
    lic_state = rng.choice([s for s, _ in states])
    lic = rng.choice((digits(rng, 5), f"PE{digits(rng, 6)}", f"{digits(rng, 2)}{digits(rng, 4)}"))
    show_lic = rng.random() < 0.7
    start = rng.choice((9 * 60, 10 * 60, 11 * 60, 12 * 60, 13 * 60, 14 * 60))
    times = f"{clock(start)} - {clock(start + round(x * 60))} {rng.choice(PDH_ZONES)}"
    name = plain_name(d.facts.participant)
    if d.facts.participant.isupper():
        name = name.upper()
    participant = name + rng.choice((", P.E.", ", PE", ", P.E., S.E.", ", EIT", ""))
    d.facts = replace(d.facts, participant=participant, provider=provider, course_title=title, topic=topic,
                      license_number=lic if show_lic else None, accreditation=accr, accreditation_text=accr_text,
                      credit=spec, start=None, delivery="online", delivery_text="Live webinar")
    f = d.facts
    when = d.when()
    d.must += [amount, accr_text, times]
    x0, x1, cx = 60.0, p.w - 60, p.w / 2
    series = rng.choice(("Lunch & Learn Webinar Series", "Technical Webinar Series", "Monthly PDH Webinar Program",
                         "Continuing Education Webinar Series"))
    p.rect(0, p.h - 70, p.w, 70, fill=mix(p.accent, 0.85))
    p.logo(x0, p.h - 62, 52)
    p.text(x0 + 64, p.h - 34, provider, p.fit(provider, 14, "b", x1 - x0 - 70), "b", p.accent)
    p.text(x0 + 64, p.h - 52, series, 10, "i", MUTED)
    y = p.para(cx, p.h - 112, rng.choice(("Certificate of Attendance", "Professional Development Hours Certificate",
                                          "PDH Certificate")), x1 - x0, 22, "b", INK, "center") - 8
    y = p.para(cx, y, rng.choice(("This certifies that", "This is to certify that", "Presented to")), x1 - x0, 11,
               "i", INK, "center") - 10
    y = p.line(cx, y - 8, f.participant, 24, "b", INK, "center", x1 - x0) - 4
    verb = rng.choice(("attended the live webinar", "participated in the webinar",
                       "successfully completed the webinar"))
    y = p.para(cx, y, verb, x1 - x0, 11, "i", INK, "center") - 4
    y = p.para(cx, y - 4, title, x1 - x0 - 40, 16, "b", p.accent, "center") - 8
    rows = [(rng.choice(("Webinar date:", "Date:", "Date of webinar:")), f"{when}, {times}"),
            (rng.choice(("Presenter:", "Speaker:")), d.person(0.2).split(",")[0] + rng.choice((", P.E.", ", PhD, PE",
                                                                                              ", S.E."))),
            (label, amount)]
    if show_lic:
        rows.insert(0, (rng.choice(("PE License #:", "License No.:", "PE License Number:")),
                        f"{lic} ({lic_state})" if rng.random() < 0.5 else lic))
        if rng.random() < 0.5:
            rows.insert(1, ("License State:", lic_state))
    if f.certificate_id:
        rows.append((rng.choice(("Certificate No.:", "Certificate ID:")), f.certificate_id))
    if rng.random() < 0.4:
        rows.append(("Webinar ID:", f"{digits(rng, 3)} {digits(rng, 4)} {digits(rng, 4)}"))
    y = p.rows(cx - 190, y, rows, 200, 200, 10) - 6
    definition = rng.choice(("1 PDH = 1 contact hour = 0.1 CEU.", "One PDH equals one contact hour (0.1 CEU) of "
                             "instruction.", "1 PDH = 1 contact hour of instruction; 10 PDH = 1 CEU."))
    y = p.para(cx, y, definition, x1 - x0, 8.5, "i", MUTED, "center") - 4
    p.signature(cx, y - 36, d.person(0.0).split(",")[0] + ", P.E.",
                rng.choice(("Education Committee Chair", "Program Director", "President")))
    fine = [accr_text]
    if rng.random() < 0.5:
        fine.append("Attendance verified by webinar log-in and polling responses. Credit is earned only for the full "
                    "session; keep this certificate for your licence renewal audit.")
    p.fine(x0, x1, 34, fine, 7.0)


OT_CREDS = (", OTR/L", ", COTA/L", ", OTD, OTR/L", ", MS, OTR/L")
PT_CREDS = (", PT, DPT", ", PTA", ", PT", ", DPT, OCS")
OT_PROVIDERS = ("Rehab Education", "Therapy Seminars", "Pediatric Therapy Network", "Continuing Education for "
                "Therapists", "Hand Therapy Institute")
OT_TITLES = (("Sensory Processing in the School Setting", "patient-care"),
             ("Fall Prevention for Community-Dwelling Older Adults", "patient-safety"),
             ("Documentation That Supports Medical Necessity", "regulatory-compliance"),
             ("Upper Extremity Splinting Essentials", "patient-care"),
             ("Ethics and Boundaries in Rehabilitation Practice", "ethics"),
             ("Vestibular Rehabilitation Basics", "injury-prevention"),  # topics.md: rehabilitation
             ("Dementia Care Strategies for Therapy Practitioners", "patient-care"))
AOTA_CATEGORIES = ("Category 1 - Domain of Occupational Therapy", "Category 2 - Occupational Therapy Process",
                   "Category 3 - Professional Issues")
PT_BOARDS = ("Texas Board of Physical Therapy Examiners", "Physical Therapy Board of California",
             "Ohio Occupational Therapy, Physical Therapy, and Athletic Trainers Board",
             "Illinois Department of Financial and Professional Regulation",
             "Oklahoma Board of Medical Licensure and Supervision")


def therapy_credits(d: Doc, provider: str, mode: str, hours: float) -> tuple[list[tuple[float, str]], list[str], str]:
    """The AOTA statement (CEUs with contact hours) and/or a state PT board's approval, as credits and sentences."""
    rng, ceu = d.rng, round(hours / 10, 2)
    credits: list[tuple[float, str]] = []
    statements: list[str] = []
    num = digits(rng, 4)
    if mode in ("ot", "both"):
        ch_word = "contact hour" if hours == 1 else "contact hours"
        aota = f"{ceu:g} AOTA CEUs ({hours:g} {ch_word})"
        statements.append(f"{provider} is an AOTA Approved Provider of professional development, Approved Provider "
                          f"#{num}. This {rng.choice(('course', 'activity'))} is offered at {aota}. The assignment "
                          f"of AOTA CEUs does not imply endorsement of specific course content, products, or clinical "
                          f"procedures by AOTA.")
        credits += [(ceu, "CEU"), (hours, "contact_hour")]
        d.must.append(aota)
    board = rng.choice(PT_BOARDS)
    if mode in ("pt", "both"):
        pt = hours if rng.random() < 0.7 else max(0.5, hours - rng.choice((0.5, 1.0)))
        if rng.random() < 0.5:
            phrase, unit = f"{pt:.1f} CCUs", "CE"
        else:
            phrase, unit = f"{pt:g} contact hour{'s' if pt != 1 else ''}", "contact_hour"
        statements.append(rng.choice((f"This course has been approved for {phrase} by the {board}, approval "
                                      f"#{digits(rng, 5)}.",
                                      f"Approved by the {board} for {phrase} (course approval #{digits(rng, 5)}).")))
        # the same amount restated for another board is one claim (the record lists a credit once; a generic unit of
        # an amount a named unit states restates it): only a different amount is a credit of its own
        if (pt, unit) not in credits and not (unit == "CE" and any(a == pt for a, _ in credits)):
            credits.append((pt, unit))
        d.must.append(phrase)
    return credits, statements, board


def f106_therapy_ce(p: Pen, d: Doc) -> None:
    """An occupational / physical therapy CE certificate: 'AOTA Approved Provider #1234 ... 0.2 AOTA CEUs (2 contact
    hours)', a course level and an AOTA classification code (numbers that are no credit), a state PT board's
    approval in CCUs or contact hours that may differ from the AOTA statement, partial-credit disclaimers, and for a
    self-study course the completion date beside its release and expiry dates."""
    rng = d.rng
    place = rng.choice(half(VOCABULARY["organisations"]["places"], d.split))
    provider = f"{place} {rng.choice(OT_PROVIDERS)}"
    title, topic = rng.choice(OT_TITLES)
    mode = rng.choice(("ot", "ot", "pt", "both", "both"))
    hours = rng.choice((1.0, 1.5, 2.0, 2.0, 3.0, 4.0, 6.0))
    credits, statements, board = therapy_credits(d, provider, mode, hours)
    accr = "AOTA" if mode != "pt" else board
    self_study = rng.random() < 0.5
    name = plain_name(d.facts.participant)
    if d.facts.participant.isupper():
        name = name.upper()
    creds = OT_CREDS if mode == "ot" else PT_CREDS if mode == "pt" else OT_CREDS + PT_CREDS
    lic = rng.choice((f"OT{digits(rng, 6)}", f"{digits(rng, 7)}", f"PT-{digits(rng, 5)}")) if rng.random() < 0.3 \
        else None
    delivery, delivery_text = ("self-study", "Self-study (recorded)") if self_study else \
        rng.choice((("online", "Live webinar"), ("live", "Live workshop"), (None, "")))
    first = credits[0]
    spec = CreditSpec(tuple(credits), "", "", f"{first[0]:g}")
    d.facts = replace(d.facts, participant=name + rng.choice(creds), provider=provider, course_title=title,
                      topic=topic, license_number=lic, accreditation=accr, accreditation_text="", credit=spec,
                      start=None, delivery=delivery, delivery_text=delivery_text)
    f = d.facts
    when = d.when()
    x0, x1, cx = 58.0, p.w - 58, p.w / 2
    p.border(20, True)
    y = p.para(cx, p.h - 70, provider, x1 - x0, 16, "b", p.accent, "center") - 10
    y = p.para(cx, y, rng.choice(("Certificate of Completion", "Continuing Education Certificate",
                                  "Certificate of Course Completion")), x1 - x0, 22, "b", INK, "center") - 6
    y = p.para(cx, y, rng.choice(("awarded to", "This certifies that", "presented to")), x1 - x0, 11, "i", INK,
               "center") - 8
    y = p.line(cx, y - 8, f.participant, 22, "b", INK, "center", x1 - x0) - 2
    y = p.para(cx, y, rng.choice(("has completed", "has successfully completed the course", "completed")), x1 - x0,
               11, "i", INK, "center") - 4
    y = p.para(cx, y - 4, title, x1 - x0 - 40, 15, "b", p.accent, "center") - 8
    rows = [(rng.choice(("Date completed:", "Completion date:", "Date of completion:")), when)]
    if self_study:
        release = f.completion - timedelta(days=rng.randint(120, 600))
        rows.append(("Course release date:", d.date(release)))
        rows.append((rng.choice(("Course expiration date:", "Expires:", "Offered through:")),
                     d.date(date(f.completion.year + rng.randint(1, 2), 12, 31))))
    if delivery_text:
        rows.append(("Format:", delivery_text))
    rows.append(("Course level:", rng.choice(("Introductory", "Intermediate", "Advanced"))))
    if mode != "pt":
        rows.append(("Classification code:", rng.choice(AOTA_CATEGORIES)))
    if lic:
        rows.append((rng.choice(("License #:", "State license no.:")), lic))
    if f.certificate_id:
        rows.append((rng.choice(("Certificate #:", "Certificate ID:")), f.certificate_id))
    y = p.rows(cx - 180, y, rows, 150, 220, 10) - 6
    for s in statements:
        y = p.para(x0 + 10, y, s, x1 - x0 - 20, 9) - 4
        d.must.append(s)
    y -= 4
    disclaimer = rng.choice(("Partial credit will not be awarded.",
                             "No partial credit is given; participants must complete 100% of the course and pass the "
                             "post-test with a score of 80% or higher.",
                             "Partial credit is not available for this course. Participants who leave early receive "
                             "no certificate."))
    y = p.para(x0 + 10, y, disclaimer, x1 - x0 - 20, 8.5, "i", MUTED) - 4
    p.signature(cx, max(y - 34, 80), d.person(0.0).split(",")[0] + rng.choice((", OTD, OTR/L", ", PT, DPT", ", MS")),
                rng.choice(("Education Director", "Course Instructor", "Continuing Education Coordinator")))
    if rng.random() < 0.5:
        p.fine(x0, x1, 32, ["Complaints may be addressed to the provider's continuing education office."], 7.0)


NP_KINDS = ("Nurse Practitioner Association", "NP Education Network", "Advanced Practice Nursing Institute",
            "Council of Nurse Practitioners", "Primary Care NP Forum")
NP_TITLES = (("Safe Opioid Prescribing for Chronic Pain", "pharmacology"),
             ("Pharmacotherapy for Type 2 Diabetes: New Agents", "pharmacology"),
             ("Infection Prevention in the Outpatient Clinic", "infection-control"),
             ("Dermatology Essentials for the Primary Care NP", "patient-care"),
             ("Hypertension Guideline Update for APRNs", "patient-care"),
             ("Nurse Practitioner Scope of Practice: State Laws and Rules", "regulatory-compliance"),
             ("Screening and Treating Depression in Primary Care", "mental-health"))
NP_CREDS = (", DNP, FNP-BC", ", MSN, APRN, FNP-C", ", APRN, AGPCNP-BC", ", PMHNP-BC", ", MSN, CNM", ", DNP, APRN")
NP_CERT_LABELS = ("NP Certification #:", "AANPCB Certification #:", "Board Certification No.:",
                  "Certification Number:")


def np_credit(d: Doc) -> tuple[float, str, float, str]:
    """Contact hours and the pharmacology hours among them (0 = none printed), as printed."""
    rng = d.rng
    ch = rng.choice((0.75, 1.0, 1.25, 1.5, 1.5, 2.0, 2.5, 3.0, 4.5, 6.0))
    pharm = rng.choice([x for x in (0.25, 0.5, 0.75, 1.0, 1.5, 2.0) if x < ch]) if rng.random() < 0.75 else 0.0
    two = rng.random() < 0.5
    return ch, f"{ch:.2f}" if two else f"{ch:g}", pharm, f"{pharm:.2f}" if two else f"{pharm:g}"


def np_rows(d: Doc, self_study: bool, activity_id: str, cert_no: str | None) -> list[tuple[str, str]]:
    """The date rows (a live webinar's date, or a self-study completion beside its expiry), format and numbers."""
    rng, f = d.rng, d.facts
    delivery_text = f.delivery_text
    rows: list[tuple[str, str]] = []
    if self_study:
        rows.append((rng.choice(("Date completed:", "Date of completion:", "Completed on:")), d.when()))
        rows.append((rng.choice(("Activity valid through:", "Credits expire:", "Expiration date:")),
                     d.date(date(f.completion.year + rng.randint(1, 2), rng.randint(1, 12), rng.randint(1, 28)))))
    else:
        rows.append((rng.choice(("Webinar date:", "Date of live activity:", "Live event date:")), d.when()))
        if rng.random() < 0.5:
            rows.append(("Credits expire:", d.date(f.completion + timedelta(days=rng.choice((365, 730, 1095))))))
    rows.append((rng.choice(("Format:", "Activity format:")), delivery_text))
    d.must.append(delivery_text)
    if rng.random() < 0.7:
        rows.append((rng.choice(("AANP Activity ID:", "Activity ID:", "AANP Activity #:")), activity_id))
    if cert_no:
        rows.append((rng.choice(NP_CERT_LABELS), cert_no))
    if f.certificate_id and rng.random() < 0.6:
        rows.append((rng.choice(("Certificate ID:", "Certificate #:", "Transcript No.:")), f.certificate_id))
    else:
        d.facts = replace(f, certificate_id=None)
    return rows


def f107_np_ce(p: Pen, d: Doc) -> None:
    """A nurse practitioner (APRN) CE certificate of an AANP-accredited activity: '1.5 contact hours, including 0.75
    hours of pharmacology' (the pharmacology part is no total) as a sentence, two rows or two boxed numbers, the
    AANP activity ID and the accreditation statement, the NP's board certification number, a live webinar date or a
    self-study 'date completed' beside a 'credits expire' / 'activity valid through' date."""
    rng = d.rng
    place = rng.choice(half(VOCABULARY["organisations"]["places"], d.split))
    provider = f"{place} {rng.choice(NP_KINDS)}"
    title, topic = rng.choice(NP_TITLES)
    ch, ch_text, pharm, pharm_text = np_credit(d)
    unit = "contact hour" if ch == 1 else "contact hours"
    self_study = rng.random() < 0.5
    delivery, delivery_text = ("self-study", rng.choice(("Enduring material", "Self-study (on demand)"))) \
        if self_study else ("online", "Live webinar")
    name = plain_name(d.facts.participant)
    if d.facts.participant.isupper():
        name = name.upper()
    cert_no = rng.choice((f"F{digits(rng, 7)}", f"{digits(rng, 10)}", f"NP{digits(rng, 6)}")) \
        if rng.random() < 0.5 else None
    done = d.completion
    activity_id = f"{done.year % 100:02d}{done.month:02d}{digits(rng, 4)}"
    pharm_words = "" if not pharm else rng.choice((
        f", including {pharm_text} hour{'s' if pharm != 1 else ''} of pharmacology",
        f" (which includes {pharm_text} hour{'s' if pharm != 1 else ''} of pharmacology)",
        f" of which {pharm_text} {'is' if pharm == 1 else 'are'} pharmacology"))
    approval = (f"This activity is approved for {ch_text} {unit} of continuing education{pharm_words} by the "
                f"American Association of Nurse Practitioners. Activity ID {activity_id}. This activity was planned "
                f"in accordance with AANP Accreditation Standards and Policies.")
    d.facts = replace(d.facts, participant=name + rng.choice(NP_CREDS), provider=provider, course_title=title,
                      topic=topic, license_number=cert_no, accreditation="AANP", accreditation_text=approval,
                      credit=CreditSpec(((ch, "contact_hour"),), f"{ch_text} {unit}", "", ch_text), start=None,
                      delivery=delivery, delivery_text=delivery_text)
    f = d.facts
    d.must.append(approval)
    x0, x1 = 54.0, p.w - 54
    p.rect(x0 - 20, p.h - 34, x1 - x0 + 40, 4, fill=p.accent)
    p.text(x0, p.h - 60, provider, p.fit(provider, 13, "b", (x1 - x0) * 0.6), "b", p.accent)
    p.text(x1, p.h - 60, rng.choice(("Nurse Practitioner Continuing Education", "APRN Continuing Education",
                                     "CE for Advanced Practice Nurses")), 9, "i", MUTED, "right")
    y = p.line(x0, p.h - 104, rng.choice(("Certificate of Continuing Education", "CE Certificate",
                                          "Certificate of Completion")), 24, "b", INK, "left", x1 - x0) - 6
    y = p.para(x0, y, rng.choice(("This certifies that", "Awarded to", "Presented to")), x1 - x0, 11, "i", MUTED) - 6
    y = p.line(x0, y - 6, f.participant, 24, "b", INK, "left", (x1 - x0) * 0.68) - 2
    y = p.para(x0, y, rng.choice(("has completed the accredited activity", "participated in the live webinar"
                                  if not self_study else "completed the self-study activity",
                                  "successfully completed")), x1 - x0, 11, "i", MUTED) - 4
    y = p.para(x0, y - 2, title, (x1 - x0) * 0.66, 15, "b", p.accent) - 8
    rows = np_rows(d, self_study, activity_id, cert_no)
    f = d.facts
    style = rng.choice(("box", "rows", "sentence"))
    if style == "rows":
        rows.insert(1, (rng.choice(("Contact Hours:", "Total Contact Hours:", "CE Contact Hours:")), ch_text))
        if pharm:
            rows.insert(2, (rng.choice(("Pharmacology Hours:", "Pharmacology (Rx) Hours:", "Of which pharmacology:")),
                            pharm_text))
        d.must.append(ch_text)
    top = y
    y = p.rows(x0, y, rows, 150, (x1 - x0) * 0.62 - 150, 10) - 4
    if style == "box":  # the credit as a big number in a box on the right, the pharmacology part beneath
        bx, bw = x1 - 150, 150.0
        p.rect(bx, top - 92, bw, 100, stroke=p.accent, lw=1.2)
        p.text(bx + bw / 2, top - 10, "CE CREDIT", 8, "b", MUTED, "center", 0.8)
        p.text(bx + bw / 2, top - 44, ch_text, 30, "b", p.accent, "center")
        p.text(bx + bw / 2, top - 58, unit.title(), 9, "", INK, "center")
        if pharm:
            p.text(bx + bw / 2, top - 80, f"incl. {pharm_text} pharmacology", 8.5, "i", MUTED, "center")
        d.must.append(ch_text)
    elif style == "sentence":
        y = p.para(x0, y, f"Awarded: {ch_text} {unit}{pharm_words}.", x1 - x0, 10.5) - 6
    fine = [approval]
    if rng.random() < 0.5:
        fine.append(f"{provider} is accredited by the American Association of Nurse Practitioners as an approved "
                    f"provider of nurse practitioner continuing education. Provider number: {digits(rng, 6)}.")
    if rng.random() < 0.4:
        fine.append("AANPCB and ANCC accept AANP-accredited CE for NP recertification. Keep this certificate for "
                    "four years.")
    ftop = p.fine(x0, x1, 34, fine, 7.0, "left")
    p.signature(x1 - 110, ftop + 34, d.person(0.0).split(",")[0] + rng.choice((", DNP, FNP-BC", ", PhD, APRN",
                                                                                ", MSN, NP-C")),
                rng.choice(("Nurse Planner", "Lead Nurse Planner", "Director of Education")))


PHARM_KINDS = ("College of Pharmacy CE", "Pharmacy Education Group", "Society of Health-System Pharmacists",
               "Pharmacists Association", "Pharmacy CE Institute")
PHARM_TITLES = (("Anticoagulation Update: DOAC Dosing and Reversal", "pharmacology"),
                ("Drug Interactions in Polypharmacy", "pharmacology"),
                ("Preventing Medication Errors in Sterile Compounding", "patient-safety"),
                ("Pharmacy Law and Board Rules Update", "regulatory-compliance"),
                ("HIPAA Privacy Rules for Pharmacy Staff", "regulatory-compliance"),
                ("Opioid Analgesic Dosing and Conversion", "pharmacology"),
                ("Look-Alike, Sound-Alike Drug Safety", "patient-safety"))
CPE_MONITOR = ("Credit for this activity has been uploaded to CPE Monitor on {d}.",
               "Your credit was reported to NABP CPE Monitor on {d}. Log in to your NABP e-Profile to view it.",
               "Credit will be uploaded to CPE Monitor within 60 days of completion. Please check your NABP e-Profile "
               "ID and date of birth (MMDD); credit cannot be reported after 60 days.")


def f108_acpe_statement(p: Pen, d: Doc) -> None:
    """An ACPE pharmacy CPE statement of credit issued by the provider: a shaded label column with the participant,
    NABP e-Profile ID and birth date (MMDD) for CPE Monitor, the ACPE UAN (the programme's number, never the
    certificate's), activity type and target audience, 'Credit: 1.5 contact hours (0.15 CEU)', a home-study
    release and expiration date beside the completion date (or a live date), CPE Monitor upload lines."""
    rng = d.rng
    place = rng.choice(half(VOCABULARY["organisations"]["places"], d.split))
    provider = f"{place} {rng.choice(PHARM_KINDS)}"
    title, topic = rng.choice(PHARM_TITLES)
    ch = rng.choice((0.5, 1.0, 1.0, 1.5, 2.0, 2.0, 3.0, 4.0))
    ceu = round(ch / 10, 3)
    ch_text = rng.choice((f"{ch:g}", f"{ch:.1f}", f"{ch:.2f}"))
    ceu_text = rng.choice((f"{ceu:g}", f"{ceu:.3f}", f"{ceu:g}"[1:] if ceu < 1 else f"{ceu:g}"))
    hw = "contact hour" if ch == 1 else "contact hours"
    if rng.random() < 0.65:
        phrase = f"{ch_text} {hw} ({ceu_text} CEU)"
        credits: tuple[tuple[float, str], ...] = ((ch, "contact_hour"), (ceu, "CEU"))
    else:
        phrase = f"{ceu_text} CEU ({ch_text} {hw})"
        credits = ((ceu, "CEU"), (ch, "contact_hour"))
    home = rng.random() < 0.55
    tech = rng.random() < 0.35
    parts = uan(d).split("-")
    parts[4] = ("H" if home else "L") + parts[4][1:]
    parts[5] = "T" if tech else "P"
    code = "-".join(parts)
    name = plain_name(d.facts.participant)
    if d.facts.participant.isupper():
        name = name.upper()
    participant = name + rng.choice((", PharmD", ", RPh", ", PharmD, BCPS", "") if not tech else (", CPhT", ""))
    delivery, delivery_text = ("self-study", rng.choice(("Home study", "Home-study (enduring)"))) if home else \
        rng.choice((("live", "Live seminar"), ("online", "Live webinar")))
    lic = f"{rng.choice(STATE_CODES)} {rng.choice(('RPH', 'CPHT' if tech else 'RPH'))}{digits(rng, 5)}" \
        if rng.random() < 0.3 else None
    accr_text = rng.choice((f"{provider} is accredited by the Accreditation Council for Pharmacy Education as a "
                            f"provider of continuing pharmacy education.",
                            f"The {provider} is accredited by the Accreditation Council for Pharmacy Education "
                            f"(ACPE) as a provider of continuing pharmacy education. This activity is approved for "
                            f"{phrase}."))
    d.facts = replace(d.facts, participant=participant, provider=provider, course_title=title, topic=topic,
                      license_number=lic, accreditation="ACPE", accreditation_text=accr_text, start=None,
                      credit=CreditSpec(credits, phrase, "Credit:", phrase), delivery=delivery,
                      delivery_text=delivery_text)
    f = d.facts
    d.must += [accr_text, phrase]
    x0, x1, cx = 50.0, p.w - 50, p.w / 2
    y = p.para(cx, p.h - 58, provider, x1 - x0, 15, "b", p.accent, "center") - 4
    y = p.para(cx, y, rng.choice(("Statement of Continuing Pharmacy Education Credit", "CPE Statement of Credit",
                                  "Statement of Credit")), x1 - x0, 18, "b", INK, "center") - 14
    rows = [(rng.choice(("Participant:", "Name:", "Pharmacist/Technician:")), f.participant),
            (rng.choice(("NABP e-Profile ID:", "e-Profile ID:")), digits(rng, 7)),
            (rng.choice(("Date of Birth (MMDD):", "Birth Date (MMDD):", "DOB (MMDD):")),
             f"{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}")]
    if lic:
        rows.append((rng.choice(("State License #:", "License No.:")), lic))
    rows += [(rng.choice(("Activity Title:", "Program Title:", "Title:")), title),
             (rng.choice(("ACPE UAN:", "UAN:", "Universal Activity Number:")), code),
             ("Activity Type:", rng.choice(ACTIVITY_TYPES)),
             ("Target Audience:", "Pharmacist / Technician" if rng.random() < 0.4 else
              ("Pharmacy Technician" if tech else "Pharmacist")),
             (rng.choice(("Credit:", "CE Credit:", "Credit Awarded:")), phrase)]
    if home:
        rows.append((rng.choice(("Release Date:", "Initial Release Date:")),
                     d.date(f.completion - timedelta(days=rng.randint(60, 500)))))
        rows.append((rng.choice(("Expiration Date:", "Expires:", "Credit Expiration Date:")),
                     d.date(date(f.completion.year + rng.randint(1, 2), rng.randint(1, 12), rng.randint(1, 28)))))
        rows.append((rng.choice(("Date Completed:", "Completion Date:", "Date Credit Earned:")), d.when()))
    else:
        rows.append((rng.choice(("Date of Activity:", "Date Attended:", "Live Activity Date:")), d.when()))
    rows.append((rng.choice(("Format:", "Activity Format:")), delivery_text))
    d.must.append(delivery_text)
    if f.certificate_id and rng.random() < 0.5:
        rows.append((rng.choice(("Statement #:", "Certificate No.:", "Certificate ID:")), f.certificate_id))
    else:
        d.facts = replace(f, certificate_id=None)
        f = d.facts
    lw = 170.0
    size = 10 * p.scale
    shaded = rng.random() < 0.6
    for label, value in rows:
        lines = simpleSplit(value, p.font(), size, x1 - x0 - lw - 16) or [""]
        h = 8 + len(lines) * size * 1.3
        if shaded:
            p.rect(x0, y - h + size + 2, lw, h, fill=mix(p.accent, 0.88))
        p.rule(x0, y - h + size + 2, x1, MUTED, 0.3)
        p.text(x0 + 6, y, label, size * 0.95, "b", INK)
        yy = y
        for line in lines:
            p.text(x0 + lw + 10, yy, line, size)
            yy -= size * 1.3
        y -= h
    y -= 12
    monitor = rng.choice(CPE_MONITOR).format(d=d.date(f.completion + timedelta(days=rng.randint(1, 30))))
    y = p.para(x0, y, monitor, x1 - x0, 9, "i", INK) - 8
    p.text(x0, y, "ACPE", 16, "b", p.accent)
    p.text(x0 + 50, y + 2, "Accreditation Council for Pharmacy Education" if rng.random() < 0.4 else "", 7, "",
           MUTED)
    fine = [accr_text]
    if rng.random() < 0.5:
        fine.append("To receive credit, participants must complete the activity, the evaluation and the post-test "
                    "with a score of 70% or higher. Partial credit is not awarded.")
    ftop = p.fine(x0, x1, 34, fine, 7.0, "left")
    p.signature(x1 - 100, max(ftop + 34, y - 30), d.person(0.0).split(",")[0] + rng.choice((", PharmD", ", RPh",
                                                                                            ", PharmD, BCPS")),
                rng.choice(("Director of Continuing Pharmacy Education", "CPE Administrator", "Program Director")))


RT_TITLES = (("Assessment of the Patient with Acute Respiratory Failure", "patient-care"),
             ("Neonatal Resuscitation and Airway Management", "patient-care"),
             ("COPD Management and Pulmonary Rehabilitation", "patient-care"),
             ("Aerosol Medication Delivery Update", "pharmacology"),
             ("Preventing Ventilator-Associated Pneumonia: Infection Control Bundles", "infection-control"))
EM_TITLES = (("Emergency Airway Management Course", "patient-care"),
             ("Sepsis Recognition and Resuscitation in the ED", "patient-care"),
             ("Point-of-Care Ultrasound for Emergency Physicians", "medical-technology"),
             ("Pediatric Emergencies: High-Risk Presentations", "patient-care"),
             ("Pharmacology of Rapid Sequence Intubation Drugs", "pharmacology"))
RT_HOSPITALS = ("Medical Center", "Children's Hospital", "Regional Medical Center", "University Hospital")
RT_SOCIETIES = ("Society for Respiratory Care", "Respiratory Care Society")
EM_CHAPTERS = ("Chapter of Emergency Physicians", "College of Emergency Physicians Chapter")


def assoc_credit(d: Doc, em: bool, hours: float) -> tuple[tuple[tuple[float, str], ...], str, str, str]:
    """(credits, label, value, approval sentence) of an AARC CRCE or ACEP Category I activity."""
    rng = d.rng
    text = f"{hours:.1f}" if rng.random() < 0.7 else f"{hours:g}"
    if em:
        most = hours + rng.choice((0.0, 0.0, 1.0, 2.0))
        sentence = (f"This activity is approved by the American College of Emergency Physicians for a maximum of "
                    f"{most:.1f} hours of ACEP Category I credit.")
        label = rng.choice(("Category I credits claimed:", "ACEP Category I Credit:", "Category 1 Credits:"))
        return ((hours, "CME"),), label, text, sentence
    approval = f"{digits(rng, 6)}000"
    if rng.random() < 0.5:
        sentence = (f"This program has been approved for {text} contact hours of Continuing Respiratory Care "
                    f"Education (CRCE) credit by the American Association for Respiratory Care, 9425 N. MacArthur "
                    f"Blvd. Suite 100, Irving, TX 75063. AARC CRCE approval #{approval}.")
        label = rng.choice(("Contact Hours:", "CRCE Contact Hours:"))
        return ((hours, "contact_hour"),), label, text, sentence
    sentence = rng.choice((f"Approved for {text} CRCE credit hours by the American Association for Respiratory "
                           f"Care (AARC). AARC CRCE approval #{approval}.",
                           f"AARC CRCE approval #{approval}. The AARC approves this program for Continuing "
                           f"Respiratory Care Education credit."))
    label = rng.choice(("CRCE Credit Hours:", "CRCE Credits:", "CRCE Hours Awarded:"))
    return ((hours, "CE"),), label, text, sentence


def f109_assoc_ce(p: Pen, d: Doc) -> None:
    """A respiratory therapy (AARC CRCE) or emergency medicine (ACEP Category I) CE certificate: the national
    association as provider, or a hospital or state society as provider with the association as approver; a
    two-day seminar's date range, per-day hours beside the total, 'CRCE Credit Hours: 2.0' or a maximum of
    Category I credit, the AARC approval number, the NBRC credential number or a state licence, an ACEP member ID."""
    rng = d.rng
    em = rng.random() < 0.4
    place = rng.choice(half(VOCABULARY["organisations"]["places"], d.split))
    own = rng.random() < 0.35  # the association itself as provider
    if em:
        provider = "American College of Emergency Physicians" if own else \
            f"{place} {rng.choice((*EM_CHAPTERS, 'Medical Center', 'Health System'))}"
        title, topic = rng.choice(EM_TITLES)
        creds = (", MD", ", DO", ", MD, FACEP", ", DO, FACEP")
    else:
        provider = "American Association for Respiratory Care" if own else \
            f"{place} {rng.choice(RT_SOCIETIES + RT_HOSPITALS)}"
        title, topic = rng.choice(RT_TITLES)
        creds = (", RRT", ", RRT-NPS", ", CRT", ", RRT, RPFT", ", BS, RRT")
    start = d.completion - timedelta(days=1) if rng.random() < 0.6 and d.completion.day > 1 else None
    days = [rng.choice((3.0, 3.5, 4.0, 6.0, 7.0)) for _ in range(2)] if start else \
        [rng.choice((1.0, 1.5, 2.0, 3.0, 4.0, 6.0))]
    hours = sum(days)
    credits, label, value, sentence = assoc_credit(d, em, hours)
    name = plain_name(d.facts.participant)
    if d.facts.participant.isupper():
        name = name.upper()
    state = rng.choice(STATE_CODES)
    nbrc = digits(rng, 6) if not em and rng.random() < 0.5 else None
    lic = (f"RCP {digits(rng, 5)}" if not em else f"{rng.choice('ABDGM')}{digits(rng, 5)}") \
        if rng.random() < 0.45 else None
    d.facts = replace(d.facts, participant=name + rng.choice(creds), provider=provider, course_title=title,
                      topic=topic, start=start, accreditation="ACEP" if em else "AARC", accreditation_text=sentence,
                      credit=CreditSpec(credits, value, label, value), license_number=lic or nbrc,
                      delivery="live", delivery_text=rng.choice(("Live seminar", "In-person", "Live workshop")))
    d.start = start
    f = d.facts
    when = d.when()
    d.must += [sentence, value]
    x0, x1, cx = 56.0, p.w - 56, p.w / 2
    p.border(18, False)
    p.rect(18, p.h - 88, p.w - 36, 70, fill=p.accent)
    p.text(cx, p.h - 50, provider, p.fit(provider, 17, "b", x1 - x0), "b", white, "center")
    if not own:
        p.text(cx, p.h - 70, rng.choice(("Approved by the ", "In cooperation with the ")) +
               ("American College of Emergency Physicians" if em else "American Association for Respiratory Care"),
               9, "i", white, "center")
    y = p.para(cx, p.h - 122, rng.choice(("Certificate of Attendance", "Continuing Education Certificate",
                                          "Certificate of Completion")), x1 - x0, 22, "b", INK, "center") - 6
    y = p.para(cx, y, rng.choice(("This is to certify that", "presented to", "This certifies that")), x1 - x0, 11,
               "i", MUTED, "center") - 6
    y = p.line(cx, y - 6, f.participant, 22, "b", INK, "center", x1 - x0) - 2
    seminar = rng.choice(("attended the two-day seminar", "attended the seminar", "participated in")) if start \
        else rng.choice(("attended", "participated in", "completed"))
    y = p.para(cx, y, seminar, x1 - x0, 11, "i", MUTED, "center") - 2
    y = p.para(cx, y - 2, title, x1 - x0 - 60, 15, "b", p.accent, "center") - 2
    venue = f"{f.delivery_text} \u00b7 {rng.choice([v for v in VENUES if 'Virtual' not in v])}"
    d.must.append(f.delivery_text)
    y = p.para(cx, y, f"{when} \u00b7 {venue}", x1 - x0, 10, "", INK, "center") - 10
    if start and rng.random() < 0.6:  # hours per day beside the total: only the total is the award
        unit_col = "Category I" if em else "CRCE"
        body = [[f"Day {i + 1}", d.date(start + timedelta(days=i)), f"{h:.1f}"] for i, h in enumerate(days)]
        body.append(["Total", "", value])
        w = min(360.0, x1 - x0)
        y = table(p, cx - w / 2, y, [w * 0.25, w * 0.45, w * 0.30], ["Day", "Date", f"{unit_col} Hours"], body,
                  9.5, bold_last=True) - 12
        rows = []
    else:
        rows = [(label, value)]
    if nbrc:  # with a state licence beside it, the licence is the number a renewal asks for
        rows.append((rng.choice(("NBRC Credential #:", "NBRC #:", "NBRC ID:")), nbrc))
    if lic:
        rows.append((rng.choice((f"{state} License #:", "State License #:", "License No.:")), lic))
    if em and rng.random() < 0.5:
        rows.append(("ACEP Member ID:", digits(rng, 6)))
    if f.certificate_id:
        rows.append((rng.choice(("Certificate No.:", "Certificate #:")), f.certificate_id))
    y = p.rows(cx - 170, y, rows, 150, 200, 10) - 6
    p.signers(max(y - 40, 110), 2, x0 + 20, x1 - 20)
    fine = [sentence]
    if rng.random() < 0.5:
        fine.append("Credit is awarded only for sessions attended in full. Certificates are issued after the "
                    "evaluation is submitted.")
    p.fine(x0, x1, 30, fine, 7.0)


def f77_unseen_d(p: Pen, d: Doc) -> None:
    rng = d.rng
    trainer = d.person(0.1).split(",")[0]
    left, right = training_rows(d, trainer)
    f = d.facts
    x0, x1 = 44.0, p.w - 44
    p.rect(0, p.h - 8, p.w, 8, fill=p.accent)
    p.logo(x1 - 40, p.h - 62, 40)
    p.text(x1 - 50, p.h - 38, f.provider, p.fit(f.provider, 13, "b", x1 - x0 - 350), "b", p.accent, "right")
    p.text(x1 - 50, p.h - 52, rng.choice(("Authorized Training Provider", "Technical Training Services",
                                          "Field Service Education")), 8.5, "i", MUTED, "right")
    head = rng.choice(TRAINING_HEADS_HELDOUT)
    p.text(x0, p.h - 50, head, p.fit(head, 22, "b", 280), "b", INK)
    p.rule(x0, p.h - 74, x1, p.accent, 1.2)
    gx = x0 + 120
    title_label = rng.choice(("Training module:", "Program:", "Course:", "Training:"))
    y = gutter_rows(p, gx, p.h - 104, [(title_label, f.course_title)], x1 - gx, 14) - 4
    half_w = (x1 - x0) / 2
    ly = gutter_rows(p, gx, y, left, half_w - 130, 11)
    ry = gutter_rows(p, x0 + half_w + 120, y, right, half_w - 124, 11)
    y = min(ly, ry) - 6
    p.rule(x0, y + 4, x1, mix(INK, 0.7), 0.5)
    p.text(x0, y - 14, rng.choice(("Content covered", "Topics covered", "Learning objectives")), 9.5, "b",
           p.accent)
    items = rng.sample(CONTENT_HELDOUT, rng.randint(4, 6))
    for k, item in enumerate(items):
        p.text(gx + (k % 2) * half_w, y - 14 - (k // 2) * 15, f"\u2022  {item}", 9.5 * p.scale)
    y -= 14 + ((len(items) + 1) // 2) * 15 + 8
    p.rule(x0, y + 4, x1, mix(INK, 0.7), 0.5)
    score = rng.randint(72, 100)
    p.text(x0, y - 14, rng.choice(("Assessment", "Evaluation", "Competency sign-off")), 9.5, "b", p.accent)
    x = check_box(p, gx, y - 14, True, rng.choice((f"Written test passed ({score}%)",
                                                    f"Knowledge check: {score} / 100")))
    hands_on = ("Practical demonstration", "Hands-on competent") if f.delivery in (None, "live") else \
        ("Simulation exercise", "Lab exercise completed")
    x = check_box(p, x, y - 14, rng.random() < 0.85, rng.choice(hands_on))
    check_box(p, x, y - 14, False, rng.choice(("Remedial training required", "Re-assessment needed")))
    foot = d.fine(extras=False)
    if rng.random() < 0.5:
        foot.append(rng.choice(("This record confirms attendance and assessment only; it is not a licence to "
                                "operate unsupervised.", "Retain this record with the employee's training file.")))
    top = p.fine(x0, x1, 30, foot, 6.8, "left")
    sy = top + 34
    w = min(200.0, (x1 - x0) / 3)
    p.scribble(x0 + w / 2, sy + 8, w * 0.6)
    p.rule(x0, sy + 2, x0 + w, INK, 0.6)
    p.text(x0, sy - 10, f"{trainer}, {rng.choice(('Trainer', 'Instructor'))}", 8.5, "", MUTED)
    p.rule(x1 - w, sy + 2, x1, INK, 0.6)
    p.text(x1 - w, sy - 10, rng.choice(("Trainee signature", "Signature of trainee")), 8.5, "", MUTED)


UNIVERSITY_UNITS_HELDOUT = ("School of Continuing and Professional Studies", "Division of Extended Education",
                            "Office of Continuing Education", "Center for Lifelong Learning")
CEU_DEFINITION_HELDOUT = (
    "One Continuing Education Unit (CEU) is defined as ten contact hours of participation in an organized continuing "
    "education experience under responsible sponsorship, capable direction and qualified instruction.",
    "1 CEU = 10 contact hours of instruction. CEUs are not academic credit and may not be applied toward a degree.",
)
TERMS = ("Winter", "Winter", "Spring", "Spring", "Spring", "Summer", "Summer", "Summer", "Fall", "Fall", "Fall", "Fall")


def university_credit(d: Doc) -> tuple[str, str, tuple[str, str] | None]:
    """Class dates (a span of weeks, or one day) and CEUs (with contact hours in a cell or not) replace the facts':
    returns (printed dates, printed CEU phrase, (hours label, hours) or None)."""
    rng, f = d.rng, d.facts
    place = rng.choice(half(VOCABULARY["organisations"]["places"], d.split))
    school = rng.choice((f"{place} University", f"University of {place}", f"{place} State University",
                         f"{place} College", f"{place} Community College"))
    f = replace(f, provider=school, accreditation_text=f.accreditation_text.replace(f.provider, school))
    weeks = rng.choice((0, 2, 3, 4, 6, 8, 10)) if rng.random() < 0.7 else 0
    start = f.completion - timedelta(days=7 * weeks) if weeks else None
    ceu = rng.choice((1.0, 1.2, 1.5, 1.8, 2.0, 2.4, 3.0)) if weeks else rng.choice((0.3, 0.6, 0.7, 0.8, 1.0))
    hours = round(ceu * 10, 1)
    amount = CreditMaker(rng, d.split, d.locale, f.provider).a(ceu)
    words = rng.choice(("Continuing Education Unit{s}", "Continuing Education Unit{s} (CEUs)", "CEU{s}"))
    phrase = f"{amount} {plural(words, ceu)}"
    credits: tuple[tuple[float, str], ...] = ((ceu, "CEU"),)
    cell = None
    if rng.random() < 0.6:
        credits += ((hours, "contact_hour"),)
        cell = ("Nursing Contact Hours" if d.profile_key == "nursing" else "Contact Hours", f"{hours:g}")
    delivery, delivery_text = f.delivery, f.delivery_text
    if delivery not in ("live", "online"):
        delivery, delivery_text = None, ""
    d.facts = replace(f, start=start, credit=CreditSpec(credits, phrase, "", phrase), delivery=delivery,
                      delivery_text=delivery_text)
    fmt = DATE_US["abbr"] if d.date_key == "stamp" else d.fmt_date
    when = f"{fmt(start)} \u2013 {fmt(f.completion)}" if start else fmt(f.completion)
    d.must += [phrase, when]
    return when, phrase, cell


def university_cells(d: Doc, when: str, hours: tuple[str, str] | None) -> list[tuple[str, str]]:
    rng, f = d.rng, d.facts
    code = f"{rng.choice(('CPS', 'XCE', 'CEP', 'PDS'))} {rng.randint(1, 9)}{digits(rng, 3)}-{rng.randint(1, 9):02d}"
    cells = [(rng.choice(("Course No.", "Course / Section")), code),
             ("Class dates" if f.start else rng.choice(("Workshop date", "Date of course")), when)]
    if hours:
        cells.append(hours)
    cells += [("Term", f"{TERMS[f.completion.month - 1]} {f.completion.year}"),
              ("Grade", rng.choice(("S (Satisfactory)", "CR", "P", "Pass"))),
              (rng.choice(("Student ID", "Learner No.")), digits(rng, 9))]
    if f.delivery_text:
        cells.append((rng.choice(("Mode of instruction", "Format")), f.delivery_text))
    if f.license_number:
        cells.append((d.label("license", False), f.license_number))
    if f.certificate_id:
        cells.append((rng.choice(("Certificate No.", "Record No.")), f.certificate_id))
    if rng.random() < 0.6:
        fmt = DATE_US["abbr"] if d.date_key == "stamp" else d.fmt_date
        cells.append(("Date issued", fmt(f.completion + timedelta(days=rng.randint(5, 30)))))
    return cells


def f78_unseen_e(p: Pen, d: Doc) -> None:
    rng = d.rng
    when, phrase, hours = university_credit(d)
    f = d.facts
    cx, x0, x1 = p.w / 2, 60.0, p.w - 60
    p.border(22, rng.random() < 0.6)
    p.seal(cx, p.h - 96, 28, "".join(w[0] for w in f.provider.split()[:3]).upper())
    y = p.line(cx, p.h - 152, f.provider, 20, "b", p.accent, "center", x1 - x0)
    unit = rng.choice(UNIVERSITY_UNITS_HELDOUT)
    y = p.line(cx, y, unit, 11, "i", MUTED, "center", x1 - x0) - 12
    y = p.line(cx, y, rng.choice(("Continuing Education Unit Certificate", "Record of Continuing Education Units",
                                  "Certificate of Continuing Education")), 17, "b", INK, "center", x1 - x0) - 8
    y = p.para(cx, y, rng.choice(("hereby certifies that", "Be it known that", "upon the recommendation of the "
                                  "faculty certifies that")), x1 - x0, 11.5, "i", MUTED, "center") - 12
    y = p.line(cx, y - 6, f.participant, 26, "", INK, "center", x1 - x0 - 40) - 6
    y = p.para(cx, y, rng.choice(("has satisfactorily completed the non-credit course",
                                  "having met the attendance and performance requirements of",
                                  "has successfully completed the program of study")), x1 - x0, 11.5, "i", MUTED,
               "center") - 4
    y = p.para(cx, y, f.course_title, x1 - x0 - 40, 16, "b", INK, "center") - 6
    y = p.para(cx, y, "and is awarded", x1 - x0, 11, "i", MUTED, "center") - 2
    y = p.line(cx, y - 4, phrase, 15, "b", p.accent, "center", x1 - x0) - 8
    low = label_cells(p, x0 + 6, y, university_cells(d, when, hours), 3, x1 - x0 - 12, 9.5)
    p.rect(x0 - 4, low + 4, x1 - x0 + 8, y - low + 10, stroke=mix(p.accent, 0.5), lw=0.6)
    fine = [rng.choice(CEU_DEFINITION_HELDOUT), *d.fine(extras=False)]
    top = p.fine(x0, x1, 36, fine, 6.8)
    titles = (f"Dean, {unit}", rng.choice(("University Registrar", "Registrar", "Director, Continuing Education")))
    sy = max(top + 36, low - rng.uniform(70, 130))
    for k, title in enumerate(titles):
        p.signature(x0 + (x1 - x0) * (0.25 + 0.5 * k), sy, d.person(0.5).split(",")[0], title, 200)


APP_BRANDS_HELDOUT = ("CE Vault", "LicenseTrack", "CredTrail", "MyCE Log", "RenewRight", "CE Locker")
APP_TABS_HELDOUT = (("Home", "Courses", "Tracker", "Profile"), ("Dashboard", "Certificates", "Renewal", "Me"),
                    ("Home", "Log", "Reports", "Settings"))


def phone_chrome(p: Pen, d: Doc, brand: str) -> None:
    """Status bar, back arrow, screen title, avatar; the tab bar at the bottom."""
    rng = d.rng
    p.rect(0, 0, p.w, p.h, fill=HexColor("#f2f3f7"))
    p.text(28, p.h - 24, f"{rng.randint(7, 11)}:{rng.randint(0, 59):02d}", 11, "b")
    for k in range(4):
        p.rect(p.w - 86 + k * 5, p.h - 26, 3, 4 + k * 2, fill=INK)
    p.rect(p.w - 58, p.h - 27, 22, 11, stroke=INK, lw=0.8)
    p.rect(p.w - 56, p.h - 25, 18 * rng.uniform(0.3, 1.0), 7, fill=INK)
    p.text(20, p.h - 60, "<", 16, "b", p.accent)
    p.text(p.w / 2, p.h - 58, rng.choice(("Certificate", "Credit details", brand)), 13, "b", INK, "center")
    words = d.facts.participant.split(",")[0].replace("Dr. ", "").split()
    p.c.setFillColor(mix(p.accent, 0.75))
    p.c.circle(p.w - 32, p.h - 54, 12, stroke=0, fill=1)
    p.text(p.w - 32, p.h - 58, (words[0][0] + words[-1][0]).upper(), 8.5, "b", p.accent, "center")
    p.rect(0, 0, p.w, 60, fill=white)
    p.rule(0, 60, p.w, mix(INK, 0.8), 0.5)
    tabs = rng.choice(APP_TABS_HELDOUT)
    for k, tab in enumerate(tabs):
        tx = p.w * (k + 0.5) / len(tabs)
        active = tab in ("Certificates", "Log", "Tracker")
        p.rect(tx - 6, 34, 12, 12, fill=p.accent if active else mix(INK, 0.6))
        p.text(tx, 20, tab, 8, "b" if active else "", p.accent if active else MUTED, "center")
    p.text(p.w / 2, 6, brand, 6, "", MUTED, "center")


def phone_rows(d: Doc, provider_in_card: bool) -> list[tuple[str, str]]:
    rng, f = d.rng, d.facts
    c = f.credit
    d.must.append(c.value)
    rows = [(rng.choice(("Issued to", "Learner", "Name")), f.participant),
            (rng.choice(("Completed", "Completion date", "Date earned")), d.when()),
            (c.label.rstrip(":") if c.label else rng.choice(("Credits", "Credit earned", "CE awarded")), c.value)]
    if not provider_in_card or rng.random() < 0.3:
        rows.append((rng.choice(("Provider", "Offered by")), f.provider))
    if f.accreditation and rng.random() < 0.6:
        rows.append(("Accredited by", ACCREDITOR_NAMES.get(f.accreditation, f.accreditation)))
    if f.delivery_text:
        rows.append(("Format", f.delivery_text))
        d.must.append(f.delivery_text)
    if f.license_number:
        rows.append(("License", f"{f.license_number} ({rng.choice(STATES)})"))
    if f.certificate_id:
        rows.append((rng.choice(("Certificate #", "Certificate ID", "Cert. no.")), f.certificate_id))
    added = f.completion + timedelta(days=rng.randint(1, 25))
    rows.append((rng.choice(("Uploaded", "Added to tracker", "Synced")), d.date(added)))
    return rows


def phone_card(p: Pen, d: Doc, top: float, x0: float, x1: float) -> float:
    """The certificate card: provider, title, status pill, then label-left / value-right rows; returns its bottom."""
    rng, f = d.rng, d.facts
    provider_in_card = rng.random() < 0.7
    rows = phone_rows(d, provider_in_card)
    title_lines = simpleSplit(f.course_title, p.font("b"), 15, x1 - x0 - 32)
    wrapped = [(label, simpleSplit(value, p.font(), 10.5, (x1 - x0) * 0.62) or [""]) for label, value in rows]
    height = 22 + 18 * provider_in_card + 19 * len(title_lines) + 26 + sum(8 + 13 * len(w) for _, w in wrapped) + 8
    p.rect(x0, top - height, x1 - x0, height, fill=white)
    p.rect(x0, top - 5, x1 - x0, 5, fill=p.accent)
    y = top - 22
    if provider_in_card:
        p.text(x0 + 16, y, f.provider, p.fit(f.provider, 10, "b", x1 - x0 - 32), "b", MUTED)
        y -= 18
    for line in title_lines:
        p.text(x0 + 16, y, line, 15, "b")
        y -= 19
    pill = rng.choice(("Verified", "Completed", "Approved", "Accepted"))
    p.rect(x0 + 16, y - 9, p.width(pill, 8.5, "b") + 16, 16, fill=HexColor("#dff3e4"))
    p.text(x0 + 24, y - 4, pill, 8.5, "b", HexColor("#1e7a3c"))
    y -= 30
    for label, lines in wrapped:
        p.rule(x0 + 16, y + 12, x1 - 16, mix(INK, 0.85), 0.5)
        p.text(x0 + 16, y - 2, label, 9.5, "", MUTED)
        for line in lines:
            p.text(x1 - 16, y - 2, line, 10.5, "", INK, "right")
            y -= 13
        y -= 8
    return top - height


def f79_unseen_f(p: Pen, d: Doc) -> None:
    rng = d.rng
    size = (390.0, 844.0)  # a phone screen, whatever the family's orientation says
    p.c.setPageSize(size)
    p.w, p.h = size
    f = d.facts
    x0, x1 = 20.0, p.w - 20
    brand = rng.choice(APP_BRANDS_HELDOUT)
    phone_chrome(p, d, brand)
    y = phone_card(p, d, p.h - 80, x0, x1) - 26
    need = rng.choice((20, 24, 30, 36, 40))
    have = round(rng.uniform(0.2, 0.8) * need * 2) / 2
    cycle = f.completion.year - rng.randint(0, 1)
    p.text(x0, y, rng.choice(("Renewal progress", "Your renewal cycle", "Requirement tracker")), 11, "b")
    p.text(x1, y, f"{have:g} of {need} hrs", 10, "", MUTED, "right")
    p.rect(x0, y - 16, x1 - x0, 7, fill=mix(INK, 0.85))
    p.rect(x0, y - 16, (x1 - x0) * have / need, 7, fill=p.accent)
    p.text(x0, y - 30, f"Cycle {d.date(date(cycle, 1, 1))} \u2013 {d.date(date(cycle + 1, 12, 31))}", 8.5, "",
           MUTED)
    y -= 64
    bw = (x1 - x0) / 2 - 5
    for k, label in enumerate(rng.choice((("Download PDF", "Share"), ("View original", "Export"),
                                          ("Share certificate", "Delete")))):
        bx = x0 + k * (bw + 10)
        p.rect(bx, y - 10, bw, 30, fill=p.accent if k == 0 else None, stroke=p.accent, lw=0.8)
        p.text(bx + bw / 2, y + 1, label, 10.5, "b", white if k == 0 else p.accent, "center")
    small = d.fine(extras=False)
    if small:
        y -= 44
        p.text(x0, y, rng.choice(("About this credit", "Accreditation", "Details from the provider")), 10, "b")
        for line in small:
            y = p.para(x0, y - 14, line, x1 - x0, 8, "", MUTED) + 8


# --------------------------------------------------------------------------------------------------- f80-f82
# Three more held-out families (heldfam-b); rule writers do not read these bodies.


def base_name(participant: str) -> str:
    """The participant without a trailing credential (', RN')."""
    return participant.split(",")[0]


def box_field(p: Pen, x: float, y: float, w: float, h: float, label: str, value: str, size: float = 10.5) -> None:
    """A ruled form box: a tiny capitalised label in the top-left corner, the typed value below it (y is the top)."""
    p.rect(x, y - h, w, h, stroke=MUTED, lw=0.5)
    p.text(x + 4, y - 8, label.upper(), 6.2, "", MUTED, spacing=0.3)
    size = p.fit(value, size, "", w - 10)
    lines = simpleSplit(value, p.font(), size, w - 10) or [""]
    for i, line in enumerate(lines[:2]):
        p.text(x + 5, y - 20 - i * size * 1.2, line, size)


def section_bar(p: Pen, x0: float, x1: float, y: float, text: str) -> float:
    p.rect(x0, y - 14, x1 - x0, 14, fill=mix(INK, 0.2))
    p.text(x0 + 6, y - 10, text, 8, "b", white, spacing=0.6)
    return y - 14


EMS_CREDENTIALS = ("", "", ", NRP", ", EMT-P", ", EMT", ", AEMT", ", FP-C")
EMS_LEVELS = ("BLS", "ALS", "BLS/ALS", "EMR/EMT", "Paramedic")
EMS_CATEGORIES = ("Airway, Respiration & Ventilation", "Cardiovascular", "Trauma", "Medical", "Operations",
                  "Pediatrics", "Clinical Judgment")


def f80_unseen_g(p: Pen, d: Doc) -> None:
    """(held out)"""
    f, rng = d.facts, d.rng
    state = rng.choice(STATES)
    upper = f.participant.isupper()
    cred = rng.choice(EMS_CREDENTIALS)
    participant = base_name(f.participant) + (cred.upper() if upper else cred)
    amount = rng.choice((1.0, 1.5, 2.0, 2.0, 3.0, 4.0, 6.0, 8.0, 12.0))
    style = rng.choice(("one", "two", "plain"))
    shown = fmt_amount(amount, style)
    capce = rng.random() < 0.6
    num = f"{f.completion.year % 100:02d}-{rng.choice(('CAP', 'EMS', 'MED'))}{digits(rng, 3)}-F{rng.choice('135')}" \
          f"-{digits(rng, 4)}"
    if capce:
        accreditation = "CAPCE"
        acc_text = rng.choice((
            "This continuing education activity is approved by the Commission on Accreditation for Pre-Hospital "
            f"Continuing Education (CAPCE), activity number {num}.",
            f"Accredited by CAPCE. CAPCE course number {num}. Credit is accepted by the NREMT for recertification.",
        ))
    else:
        accreditation = f"{state} Office of EMS"
        acc_text = (f"Course approved by the {state} Office of EMS. Approval number {num}. The approving office "
                    "does not endorse any product discussed in this course.")
    lic = None
    lic_label = rng.choice(("NREMT #", "National Registry No.", f"{state} EMS Cert. #", "State License #"))
    national = lic_label in ("NREMT #", "National Registry No.")
    if rng.random() < 0.6:
        lic = f"{rng.choice('EMP')}{digits(rng, 7)}" if national else \
            f"{rng.choice(('EMT', 'P', 'EMS'))}-{digits(rng, 6)}"
    cert = f"V{f.completion.year % 100:02d}{digits(rng, 6)}" if rng.random() < 0.6 else None
    deliveries = (("live", rng.choice(("Classroom (live)", "Live - in person", "F1 Live classroom"))),
                  ("online", rng.choice(("VILT (virtual instructor-led)", "Live virtual classroom"))))
    delivery, delivery_text = rng.choice(deliveries) if rng.random() < 0.75 else (None, "")
    unit_label = rng.choice(("CEH Awarded", "Continuing Education Hours (CEH)", "Total CE Hours", "CAPCE Hours"
                             if capce else "Approved CE Hours"))
    credit = CreditSpec(((amount, "CE"),), f"{shown} CEH", unit_label, shown)
    topic = rng.choice(("patient-care", "patient-care", "patient-safety", "infection-control", "pharmacology",
                        "mental-health"))
    title = rng.choice(course_titles(topic, d.split))
    d.facts = f = replace(f, participant=participant, topic=topic, course_title=title, accreditation=accreditation,
                          accreditation_text=acc_text, license_number=lic, certificate_id=cert, delivery=delivery,
                          delivery_text=delivery_text, credit=credit)
    x0, x1 = 44.0, p.w - 44
    w = x1 - x0
    # header: agency name left, form number right
    p.text(x0, p.h - 50, f.provider, p.fit(f.provider, 14, "b", w * 0.62), "b", p.accent)
    p.text(x0, p.h - 64, rng.choice(("EMS Education Program", "Prehospital Continuing Education",
                                     "EMS Training Division")), 9, "", MUTED)
    p.text(x1, p.h - 50, f"Form {rng.choice(('CE-7', 'EMS-110', 'TR-4A'))} (rev. {rng.randint(2016, 2023)})", 7.5,
           "", MUTED, "right")
    y = p.para(x0, p.h - 96, rng.choice(("CONTINUING EDUCATION VERIFICATION", "VERIFICATION OF CE HOURS",
                                         "EMS CONTINUING EDUCATION RECORD")), w, 17, "b", INK) - 4
    y = p.para(x0, y, "Retain this verification with your recertification documents.", w, 8.5, "i", MUTED) - 8
    bh = 34.0
    y = section_bar(p, x0, x1, y, "SECTION 1 \u2013 COURSE") - 2
    box_field(p, x0, y, w, bh, "Course title", f.course_title, 11)
    y -= bh
    when = d.when()
    cells = [(rng.choice(("Course date", "Date(s) of course" if f.start else "Date completed")), when),
             (unit_label, shown), ("Course number", num)]
    for k, (label, value) in enumerate(cells):
        box_field(p, x0 + k * w / 3, y, w / 3, bh, label, value)
    y -= bh
    d.must += [when, shown]
    cells = [("Level", rng.choice(EMS_LEVELS)), ("Category", rng.choice(EMS_CATEGORIES)),
             ("Delivery", f.delivery_text or rng.choice(("\u2014", "N/A")))]
    for k, (label, value) in enumerate(cells):
        box_field(p, x0 + k * w / 3, y, w / 3, bh, label, value, 9.5)
    y -= bh
    if rng.random() < 0.5 and amount >= 2:
        nat = amount / 2
        y = p.para(x0 + 4, y - 12, f"Of which: National component {nat:g} h \u00b7 Local/State component "
                   f"{amount - nat:g} h", w - 8, 8.5, "", MUTED) - 6
    y -= 10
    y = section_bar(p, x0, x1, y, "SECTION 2 \u2013 PARTICIPANT") - 2
    box_field(p, x0, y, w * 0.6, bh, rng.choice(("Name (print)", "Participant name", "Student")), f.participant, 12)
    box_field(p, x0 + w * 0.6, y, w * 0.4, bh, lic_label, f.license_number or "")
    y -= bh
    county = rng.choice(("Lake", "Marion", "Franklin", "Clay", "Union"))
    agency = f"{county} County Fire-Rescue" if rng.random() < 0.5 else \
        f"{state} Ambulance District {rng.randint(2, 19)}"
    box_field(p, x0, y, w * 0.6, bh, "Affiliated agency", agency, 10)
    box_field(p, x0 + w * 0.4 + w * 0.2, y, w * 0.4, bh, "Verification no.", f.certificate_id or "")
    y -= bh + 10
    y = section_bar(p, x0, x1, y, "SECTION 3 \u2013 COORDINATOR ATTESTATION") - 14
    y = p.para(x0, y, "I attest that the participant named above attended the entire course and met the course "
               "objectives.", w, 9) - 4
    signed = d.date(f.completion + timedelta(days=rng.randint(1, 14)))
    coord = d.person(0.1).split(",")[0]
    director = f"Dr. {d.person(0.0).split(',')[0]}"
    p.scribble(x0 + 80, y - 30, 110)
    p.rule(x0, y - 30, x0 + 200, INK, 0.6)
    p.text(x0, y - 42, f"{coord}, Course Coordinator", 9)
    p.text(x0 + 230, y - 28, signed, 10)
    p.rule(x0 + 230, y - 30, x0 + 340, INK, 0.6)
    p.text(x0 + 230, y - 42, "Date signed", 8, "", MUTED)
    if rng.random() < 0.6:
        p.text(x1, y - 28, director, 10, "", INK, "right")
        p.rule(x1 - 130, y - 30, x1, INK, 0.6)
        p.text(x1, y - 42, "EMS Medical Director", 8, "", MUTED, "right")
    d.must.append(acc_text)
    fine = [acc_text]
    if capce and rng.random() < 0.5:
        fine.append(f"CAPCE accreditation of the provider is valid through "
                    f"{d.date(date(f.completion.year + 2, rng.randint(1, 12), 28))}.")
    fine.append(f"{f.provider} \u00b7 Organization ID {digits(rng, 5)} \u00b7 {pool(rng, d.split, 'address')}")
    p.fine(x0, x1, 34, fine, 7.0, "left")


UNIVERSITY_UNITS = ("Division of Continuing Education", "School of Professional and Continuing Studies",
                    "Office of Continuing Education and Outreach", "Extension Programs")
CEU_DEFINITIONS = (
    "One Continuing Education Unit (CEU) is defined as ten contact hours of participation in an organized continuing "
    "education experience under responsible sponsorship, capable direction and qualified instruction.",
    "The CEU is a nationally recognized unit of measure: one CEU equals ten hours of instruction.",
)


def f81_unseen_h(p: Pen, d: Doc) -> None:
    """(held out)"""
    f, rng = d.facts, d.rng
    if d.date_key == "stamp":  # a registrar's letter prints no clock time
        d.date_key, d.fmt_date = "long", DATE_US["long"]
    place = rng.choice(half(VOCABULARY["organisations"]["places"], d.split))
    university = rng.choice((f"{place} State University", f"University of {place}", f"{place} College"))
    unit = rng.choice(UNIVERSITY_UNITS)
    ceu = rng.choice((0.3, 0.5, 0.6, 0.8, 1.0, 1.2, 1.5, 1.8, 2.4, 3.0, 4.5))
    ch = round(ceu * 10, 1)
    plain = f"{ceu:g}" if rng.random() < 0.5 else f"{ceu:.1f}"
    if ceu < 1 and rng.random() < 0.3:
        plain = plain.lstrip("0")
    units_word = "Continuing Education Unit (CEU)" if ceu == 1 else "Continuing Education Units (CEUs)"
    with_hours = rng.random() < 0.45
    teach = d.profile_key == "teaching"
    hours_word = "clock hours" if teach else "contact hours"
    if with_hours:
        phrase = f"{plain} {units_word}, equivalent to {ch:g} {hours_word}"
        credits: tuple[tuple[float, str], ...] = ((ceu, "CEU"), (ch, "clock_hour" if teach else "contact_hour"))
    else:
        phrase = f"{plain} {units_word}"
        credits = ((ceu, "CEU"),)
    weeks = rng.randint(3, 10)
    start = f.completion - timedelta(days=7 * (weeks - 1) + rng.choice((0, 2)))
    iacet = rng.random() < 0.45
    acc_text = (f"{university} is accredited by the International Accreditors for Continuing Education and Training "
                "(IACET) and is authorized to issue the IACET CEU." if iacet else "")
    delivery = rng.choice((None, "online", "live"))
    delivery_text = {"online": rng.choice(("online (asynchronous)", "online, instructor-led")),
                     "live": rng.choice(("on campus", "in-person evening sessions")), None: ""}[delivery]
    cert = f"CEU-{f.completion.year}-{digits(rng, 5)}" if rng.random() < 0.35 else None
    d.facts = f = replace(f, provider=university, start=start, accreditation="IACET" if iacet else None,
                          accreditation_text=acc_text, credit=CreditSpec(credits, phrase, "", phrase),
                          delivery=delivery, delivery_text=delivery_text, certificate_id=cert, license_number=None)
    x0, x1 = 72.0, p.w - 72
    w = x1 - x0
    p.seal(x0 + 20, p.h - 78, 22)
    y = p.line(x0 + 54, p.h - 72, university.upper(), 15, "b", p.accent, "left", w - 60)
    p.text(x0 + 54, y - 2, unit, 9.5 * p.scale, "i", INK)
    p.text(x0 + 54, y - 14, f"Office of the Registrar \u00b7 {pool(rng, d.split, 'address')}", 7.5, "", MUTED)
    p.rule(x0, p.h - 112, x1, p.accent, 1.2)
    letter_date = d.date(f.completion + timedelta(days=rng.randint(5, 40)))
    y = p.para(x0, p.h - 140, letter_date, w, 10.5) - 10
    street = f"{rng.randint(12, 9800)} {rng.choice(('Oak', 'Maple', 'Cedar', 'Lake', 'Hill', 'Park'))} " \
             f"{rng.choice(('Street', 'Avenue', 'Lane', 'Drive'))}"
    name = base_name(f.participant) if rng.random() < 0.7 else f.participant
    for line in (name, street, pool(rng, d.split, "address").split(", ", 1)[-1]):
        p.text(x0, y, line, 10.5 * p.scale)
        y -= 10.5 * p.scale * 1.3
    y -= 12
    re = rng.choice(("Re: Verification of Continuing Education Units", "RE: CEU RECORD",
                     "Subject: Noncredit course completion"))
    y = p.para(x0, y, re, w, 10.5, "b") - 8
    prefix = {"nursing": "XNUR", "teaching": "EDUC", "social": "XSWK"}.get(d.profile_key, rng.choice(("CEPD", "PDEV",
                                                                                                     "XBUS")))
    code = f"{prefix} {rng.randint(100, 899)}-{rng.randint(1, 4):02d}"
    term = f"{rng.choice(('Spring', 'Summer', 'Fall', 'Winter'))} {f.completion.year}"
    span = f"{d.date(start)} to {d.fmt_date(f.completion)}"
    if d.date(start) == d.fmt_date(start):
        d.must.append(span)
    else:
        d.must.append(d.fmt_date(f.completion))
    fmt = f", offered {f.delivery_text}," if f.delivery_text else ","
    sid = digits(rng, 7)
    body = rng.choice((
        f"This letter certifies that {f.participant} (student ID {sid}) satisfactorily completed the noncredit course "
        f"{code}, {f.course_title}{fmt} which met from {span}. Upon completion, {university} awarded {phrase}.",
        f"Our records show that {f.participant}, student ID {sid}, was enrolled in {code} {f.course_title} during the "
        f"{term} term{fmt} from {span}, and completed the course with a grade of Satisfactory. {phrase[0].upper()}"
        f"{phrase[1:]} {'was' if ceu == 1 else 'were'} recorded on the student's noncredit transcript.",
    ))
    d.must.append(phrase)
    y = p.para(x0, y, body, w, 11, lead=1.5) - 6
    if rng.random() < 0.7:
        y = p.para(x0, y, rng.choice(CEU_DEFINITIONS), w, 9.5, "i", MUTED, lead=1.4) - 6
    if f.certificate_id:
        y = p.para(x0, y, f"Record number: {f.certificate_id}", w, 10) - 4
    if rng.random() < 0.5 and (ch / weeks * 4).is_integer():
        y = p.para(x0, y, f"Course schedule: {weeks} weekly sessions of {ch / weeks:g} hours; "
                   f"{rng.choice(('final project', 'capstone presentation', 'online quiz'))} required.", w, 9.5,
                   "", INK) - 4
    y = p.para(x0, y - 6, rng.choice(("Sincerely,", "Respectfully,")), w, 10.5) - 4
    registrar = d.person(0.2).split(",")[0]
    p.scribble(x0 + 70, y - 22, 120)
    p.text(x0, y - 36, registrar, 10.5 * p.scale)
    p.text(x0, y - 48, rng.choice(("University Registrar", "Associate Registrar", f"Registrar, {unit}")), 9, "i",
           MUTED)
    if rng.random() < 0.5:
        dean = d.person(0.6).split(",")[0]
        p.text(x1, y - 36, dean, 10.5 * p.scale, "", INK, "right")
        p.text(x1, y - 48, f"Dean, {unit}", p.fit(f"Dean, {unit}", 9, "i", 220), "i", MUTED, "right")
    fine = [s for s in (acc_text,) if s]
    fine.append("Not valid without the university seal. Noncredit coursework does not carry academic credit "
                f"toward a degree. Printed {d.date(f.completion + timedelta(days=rng.randint(41, 90)))}.")
    d.must += [s for s in fine if s == acc_text]
    p.fine(x0, x1, 40, fine, 7.0, "left")


VENDOR_KINDS = ("Systems", "Technologies", "Controls", "Instruments", "Software", "Automation", "Analytics")
TRAINING_PARTNERS = ("Authorized Training Center", "Learning Partner", "Education Partner")


def f82_unseen_i(p: Pen, d: Doc) -> None:
    """(held out)"""
    f, rng = d.facts, d.rng
    places = half(VOCABULARY["organisations"]["places"], d.split)
    vendor_place = rng.choice(places)
    vendor = f"{vendor_place} {rng.choice(VENDOR_KINDS)}" + rng.choice(("", "", ", Inc.", " GmbH" if
                                                                          d.locale == "intl" else " Corp."))
    partner = f"{rng.choice([x for x in places if x != vendor_place])} {rng.choice(TRAINING_PARTNERS)}"
    days = rng.choice((1, 1, 2, 3, 4, 5))
    per_day = rng.choice((6, 7, 7.5, 8))
    hours = days * per_day
    start = f.completion - timedelta(days=days - 1) if days > 1 else None
    if start and start.month != f.completion.month:
        start = None
        days = 1
        hours = per_day
    scheme = d.profile_key
    if scheme == "iacet":
        ceu = round(hours / 10, 2)
        phrase = f"{ceu:g} IACET CEUs ({hours:g} contact hours)"
        credits: tuple[tuple[float, str], ...] = ((ceu, "CEU"), (hours, "contact_hour"))
        big, cap = f"{ceu:g}", "IACET CEUs"
        accreditation, acc_text = "IACET", (f"{vendor} is an IACET Accredited Provider and offers IACET CEUs for its "
                                            "learning events that comply with the ANSI/IACET Standard.")
    elif scheme == "engineering":
        phrase = f"{hours:g} PDH"
        credits = ((hours, "PDH"),)
        big, cap = f"{hours:g}", rng.choice(("PDH", "Professional Development Hours"))
        accreditation, acc_text = None, ("Engineers should verify with their state board that vendor training is "
                                         "accepted for license renewal.")
    else:
        phrase = f"{hours:g} hours"
        credits = ((hours, "clock_hour"),)
        big, cap = f"{hours:g}", rng.choice(("training hours", "hours of instruction", "course hours"))
        accreditation, acc_text = None, ""
    topic_code = f"{rng.choice(('ADM', 'OPS', 'DEV', 'SEC', 'NET', 'INS'))}-{rng.randint(100, 450)}"
    cert = rng.choice((f"{vendor_place[:3].upper()}-{digits(rng, 4)}-{digits(rng, 4)}",
                       f"{digits(rng, 4)}{rng.choice('ABCDEFGHKMNPRSTX')}{digits(rng, 5)}"))
    delivery, delivery_text = rng.choice((("live", "Instructor-led, on site"), ("online", "Instructor-led, virtual"),
                                          ("live", "Classroom")))
    d.facts = f = replace(f, provider=vendor, start=start, credit=CreditSpec(credits, phrase, "", phrase),
                          accreditation=accreditation, accreditation_text=acc_text, certificate_id=cert,
                          delivery=delivery, delivery_text=delivery_text, license_number=None)
    when = d.fmt_range(start, f.completion) if start else d.fmt_date(f.completion)
    d.must.append(when)
    panel = p.w * 0.3
    p.rect(0, 0, panel, p.h, fill=mix(p.accent, 0.05))
    p.text(28, p.h - 60, vendor, p.fit(vendor, 16, "b", panel - 50), "b", white)
    p.text(28, p.h - 76, rng.choice(("Training & Certification", "Technical Education Services",
                                     "Customer Education")), 8.5, "", mix(white, 0.1))
    ccx, ccy = panel / 2, p.h * 0.52
    p.c.setStrokeColor(white)
    p.c.setLineWidth(2)
    p.c.circle(ccx, ccy, 52, stroke=1, fill=0)
    p.text(ccx, ccy + 4, topic_code, 17, "b", white, "center")
    p.text(ccx, ccy - 14, rng.choice(("COURSE CODE", "CURRICULUM")), 6.5, "", white, "center", 1)
    p.text(28, 118, "Credential ID", 7.5, "", mix(white, 0.2))
    p.text(28, 104, cert, p.fit(cert, 10, "b", panel - 50), "b", white)
    p.text(28, 84, "Valid through", 7.5, "", mix(white, 0.2))
    p.text(28, 70, d.date(date(f.completion.year + rng.choice((2, 3)), f.completion.month, f.completion.day)), 9.5,
           "", white)
    x0, x1 = panel + 40, p.w - 40
    w = x1 - x0
    p.text(x0, p.h - 62, "CERTIFICATE OF TRAINING", 11, "b", p.accent, spacing=2.5)
    y = p.para(x0, p.h - 94, rng.choice(("This acknowledges that", "Awarded to", "We are pleased to certify that")),
               w, 11, "", MUTED) - 10
    y = p.line(x0, y - 10, f.participant, 28, "b", INK, "left", w) - 4
    y = p.para(x0, y, rng.choice(("has successfully completed the instructor-led course",
                                  "completed all labs and the final assessment of",
                                  "attended and passed")), w, 11, "", MUTED) - 4
    y = p.para(x0, y, f.course_title, w, 17, "b", p.accent, lead=1.2) - 6
    y = p.para(x0, y, f"{'Training dates' if start else 'Training date'}: {when}", w, 10.5) - 2
    y = p.para(x0, y, f"{rng.choice(('Delivered by', 'Taught at'))} {partner} \u00b7 {delivery_text}", w, 9.5, "",
               MUTED) - 14
    d.must.append(delivery_text)
    stats = [(big, cap), (str(days), "day" if days == 1 else "days"),
             (f"{rng.randint(72, 99)}%", rng.choice(("exam score", "assessment")))]
    if rng.random() < 0.4:
        stats.append((str(rng.randint(6, 14)), "hands-on labs"))
    slot = w / len(stats)
    d.must.append(big)
    for k, (value, caption) in enumerate(stats):
        sx = x0 + k * slot
        p.text(sx, y - 26, value, 28, "b", INK)
        p.text(sx, y - 40, caption, 8.5, "", MUTED)
        if k:
            p.vline(sx - 12, y - 44, y + 2, mix(INK, 0.6), 0.6)
    y -= 62
    if scheme == "iacet" or rng.random() < 0.5:
        y = p.para(x0, y, f"Credit: {phrase}", w, 10) - 4
        d.must.append(phrase)
    instructor = d.person(0.0).split(",")[0]
    lines = [s for s in (acc_text,) if s]
    lines.append(f"Verify at https://training.{vendor_place.lower().replace(' ', '')}.com/credentials \u00b7 "
                 f"{rng.choice(('Product version', 'Release'))} {rng.randint(7, 24)}.{rng.randint(0, 9)}")
    d.must += lines[:1]
    top = p.fine(x0, x1, 30, lines, 7.0, "left")
    p.signature(x0 + 90, top + 36, instructor, "Certified Instructor", 170)
    if rng.random() < 0.6:
        p.signature(x1 - 90, top + 36, d.person(0.0).split(",")[0], rng.choice((
            "Director, Training Services", "VP, Customer Education")), 170)


FAMILIES: tuple[Family, ...] = (
    Family("f01", "classic", f01_classic),
    Family("f02", "form", f02_form, orient="tall"),
    Family("f03", "side-panel", f03_side_panel, orient="wide"),
    Family("f04", "grid", f04_grid),
    Family("f05", "header-row", f05_header_row, heldout=True, orient="wide"),
    Family("f06", "letter", f06_letter, orient="tall"),
    Family("f07", "lms", f07_lms, orient="wide", fonts=("Helvetica",)),
    Family("f08", "transcript", f08_transcript, heldout=True, orient="tall", fonts=("Helvetica", "Times")),
    Family("f09", "badge", f09_badge, heldout=True, orient="card", upper_name=0.6, fonts=("Helvetica",)),
    Family("f10", "seal", f10_seal, orient="wide", fonts=("Times",)),
    Family("f11", "footer-strip", f11_footer_strip, orient="wide"),
    Family("f12", "bare-values", f12_bare_values, heldout=True, orient="wide", fonts=("Times", "Helvetica")),
    Family("f13", "modern", f13_modern, fonts=("Helvetica",)),
    Family("f14", "banner", f14_banner, orient="wide"),
    Family("f15", "cme", f15_cme, profiles=("medicine",), orient="tall"),
    Family("f16", "cpe", f16_cpe, profiles=("accounting",), orient="wide"),
    Family("f17", "pharmacy", f17_pharmacy, heldout=True, profiles=("pharmacy",), orient="tall"),
    Family("f18", "multiday", f18_multiday, ranges=0.9, orient="wide"),
    Family("f19", "receipt", f19_receipt, heldout=True, orient="tall", fonts=("Courier",)),
    Family("f20", "two-page", f20_two_page, orient="wide", pages=2),
    Family("f21", "intl", f21_intl, locales=("intl",), ranges=0.2),
    Family("f22", "stub", f22_stub, heldout=True, orient="tall"),
    Family("f23", "sidebar", f23_sidebar, fonts=("Helvetica", "Times")),
    Family("f24", "memo", f24_memo, heldout=True, orient="tall", ranges=0.15),
    Family("f25", "checkbox", f25_checkbox, heldout=True, orient="tall", fonts=("Helvetica",)),
    Family("f26", "state-board", f26_state_board, orient="wide",
           profiles=("nursing", "teaching", "social", "engineering", "pharmacy")),
    Family("f27", "cle", f27_cle, profiles=("law",), orient="tall"),
    Family("f28", "fitness", f28_fitness, profiles=("fitness",)),
    Family("f29", "pmi", f29_pmi, profiles=("pm",), orient="wide"),
    Family("f30", "screenshot", f30_screenshot, heldout=True, orient="wide", fonts=("Helvetica",)),
    Family("f31", "ornate", f31_ornate, orient="wide", fonts=("Times",), upper_name=0.0),
    Family("f32", "two-units", f32_two_units, profiles=("iacet", "pharmacy", "nursing"), orient="wide",
           schemes=("ch_ceu", "ceu_ch")),
    Family("f33", "ribbon", f33_ribbon, heldout=True, orient="tall", fonts=("Times", "Helvetica")),
    Family("f34", "captions", f34_captions, heldout=True, orient="wide"),
    Family("f35", "module-record", f35_module_record, fonts=("Helvetica", "Times"),
           profiles=("nursing", "tech", "workplace", "iacet", "hr", "accounting", "pharmacy")),
    Family("f36", "licence-box", f36_licence_box, license=1.0,
           profiles=("nursing", "pharmacy", "social", "engineering", "law", "accounting", "medicine")),
    Family("f37", "conference-letter", f37_conference_letter, orient="tall", ranges=0.6),
    Family("f38", "cpe-submission", f38_cpe_submission, profiles=("tech",), schemes=("cpe", "cpe", "ce"),
           fonts=("Helvetica",)),
    Family("f39", "approval-paragraph", f39_approval_paragraph,
           profiles=("nursing", "social", "pharmacy", "fitness", "engineering", "teaching", "iacet")),
    Family("f40", "two-column", f40_two_column, orient="wide"),
    Family("f41", "caps-title", f41_caps_title, upper_title=True, upper_name=0.0, fonts=("Helvetica", "Times")),
    Family("f42", "portrait-logo", f42_portrait_logo, orient="tall"),
    Family("f43", "sign-in", f43_sign_in, profiles=("law", "engineering", "nursing", "social", "accounting")),
    Family("f44", "date-words", f44_date_words, orient="wide", ranges=0.0, fonts=("Times",)),
    Family("f45", "value-captions", f45_value_captions, orient="wide"),
    Family("f46", "qr-verify", f46_qr_verify, orient="wide"),
    Family("f47", "invoice", f47_invoice, orient="tall", fonts=("Helvetica", "Helvetica", "Times")),
    Family("f48", "grey-band", f48_grey_band),
    Family("f49", "ce-transcript", f49_ce_transcript, orient="tall", fonts=("Helvetica", "Times", "Courier")),
    Family("f50", "uk-cpd", f50_uk_cpd, locales=("intl",), orient="tall", ranges=0.15,
           profiles=("workplace", "tech", "teaching", "iacet"), schemes=("cpd", "cpd", "ce", "duration")),
    Family("f51", "wallet", f51_wallet, orient="wallet", pages=2, fonts=("Helvetica", "Times"),
           profiles=("nursing", "fitness", "workplace", "iacet", "engineering", "social", "pharmacy")),
    Family("f52", "digital-badge", f52_digital_badge, orient="wide", fonts=("Helvetica",)),
    Family("f53", "attendance-codes", f53_attendance_codes, orient="tall",
           profiles=("law", "engineering", "accounting", "hr", "social")),
    Family("f54", "cne-disclosure", f54_cne_disclosure, profiles=("nursing",)),
    Family("f55", "clock-hours", f55_clock_hours, orient="tall", profiles=("teaching",)),
    Family("f56", "email-notice", f56_email_notice, orient="tall", fonts=("Helvetica", "Times")),
    Family("f57", "leader-statement", f57_leader_statement, orient="tall"),
    Family("f58", "course-page", f58_course_page, orient="wide", fonts=("Helvetica",)),
    Family("f59", "logo-footer", f59_logo_footer),
    Family("f60", "split-hours", f60_split_hours, orient="tall"),
    Family("f61", "title-extras", f61_title_extras, orient="wide"),
    Family("f62", "signatories", f62_signatories, orient="wide", fonts=("Times", "Helvetica")),
    Family("f63", "mooc-effort", f63_mooc_effort, orient="wide", fonts=("Helvetica",), ranges=0.0,
           profiles=("tech", "workplace"), schemes=("effort",)),
    Family("f64", "column-table", f64_column_table, orient="wide", fonts=("Helvetica", "Times", "Helvetica")),
    Family("f65", "web-screenshot", f65_web_screenshot, orient="wide", fonts=("Helvetica", "Helvetica", "Times")),
    Family("f66", "unseen-a", f66_unseen_a, heldout=True, orient="tall", fonts=("Helvetica", "Times")),
    Family("f67", "unseen-b", f67_unseen_b, heldout=True, orient="tall", fonts=("Helvetica", "Courier")),
    Family("f68", "unseen-c", f68_unseen_c, heldout=True, orient="wide", locales=("intl",), ranges=0.15,
           fonts=("Times", "Helvetica")),
    Family("f69", "awarded-statement", f69_awarded_statement, orient="tall"),
    Family("f70", "image-labels", f70_image_labels, orient="tall", fonts=("Helvetica", "Times")),
    Family("f71", "webinar-attendance", f71_webinar_attendance, ranges=0.0, fonts=("Helvetica", "Helvetica", "Times"),
           profiles=("nursing", "accounting", "pm", "hr", "social", "iacet", "tech", "law")),
    Family("f72", "quoted-title", f72_quoted_title, orient="wide", fonts=("Times", "Helvetica"),
           profiles=("pharmacy", "nursing", "social", "fitness", "medicine", "teaching")),
    Family("f73", "activity-table", f73_activity_table, orient="tall", license=0.7, ranges=0.2,
           profiles=("medicine", "nursing", "pharmacy", "social", "engineering")),
    Family("f74", "signature-line", f74_signature_line, orient="wide", license=0.5,
           profiles=("engineering", "teaching", "hr", "workplace", "nursing", "law")),
    Family("f75", "session-totals", f75_session_totals, orient="tall", ranges=0.3, fonts=("Helvetica", "Times"),
           profiles=("accounting", "accounting", "pm", "hr", "tech", "iacet")),
    Family("f76", "footer-provider", f76_footer_provider, orient="wide", fonts=("Helvetica", "Helvetica", "Times"),
           profiles=("fitness", "tech", "teaching", "iacet", "nursing")),
    Family("f83", "board-transcript", f83_board_transcript, orient="tall", license=1.0, ranges=0.1, upper_name=0.2,
           fonts=("Helvetica", "Helvetica", "Times"), profiles=("nursing", "pharmacy", "accounting", "engineering",
           "social", "law", "medicine")),
    Family("f84", "conference-letter2", f84_conference_letter, orient="tall", ranges=0.7, upper_name=0.0,
           fonts=("Times", "Helvetica"), profiles=("nursing", "medicine", "accounting", "pm", "law", "social", "hr",
           "fitness")),
    Family("f85", "university-ceu", f85_university_ceu, locales=("us", "us", "intl"), ranges=0.0, fonts=("Times",
           "Times", "Helvetica"), schemes=("ceu", "ceu_ch", "ch_ceu"), profiles=("iacet", "teaching", "nursing",
           "engineering", "hr", "tech")),
    Family("f86", "lms-export", f86_lms_export, orient="wide", ranges=0.0, fonts=("Helvetica", "Helvetica", "Courier")),
    Family("f87", "wallet-sheet", f87_wallet_sheet, ranges=0.0, upper_name=0.35, license=0.6),
    Family("f88", "vendor-cpd", f88_vendor_cpd, orient="tall", locales=("intl", "intl", "us"), ranges=0.15,
           profiles=("workplace", "tech", "nursing", "medicine", "engineering", "iacet")),
    Family("f89", "cpe-tracker", f89_cpe_tracker, orient="wide", ranges=0.0, upper_name=0.1, license=0.5,
           fonts=("Helvetica", "Helvetica", "Times"), profiles=("pharmacy",)),
    Family("f90", "cle-attendance", f90_cle_attendance, orient="tall", locales=("us",), ranges=0.25, license=0.9,
           fonts=("Times", "Helvetica", "Helvetica"), profiles=("law",)),
    Family("f91", "pd-clock-hours", f91_pd_clock_hours, orient="tall", locales=("us",), schemes=("clock",),
           upper_name=0.05, fonts=("Helvetica", "Times", "Helvetica"), profiles=("teaching",)),
    Family("f92", "mail-certificate", f92_mail_certificate, orient="tall", ranges=0.05,
           fonts=("Helvetica", "Helvetica", "Times", "Courier")),
    Family("f93", "cpe-record", f93_cpe_record, profiles=("tech", "tech", "accounting"), schemes=("cpe",),
           license=0.0, ranges=0.0, fonts=("Helvetica", "Helvetica", "Times")),
    Family("f94", "ems-card", f94_ems_card, orient="tall", profiles=("workplace",), license=0.0, ranges=0.0,
           upper_name=0.1),
    Family("f95", "competency-record", f95_competency_record, profiles=("nursing",), ranges=0.0, upper_name=0.05,
           fonts=("Helvetica", "Helvetica", "Times")),
    Family("f96", "member-transcript", f96_member_transcript, ranges=0.0, fonts=("Helvetica", "Helvetica", "Times"),
           profiles=("nursing", "social", "fitness", "iacet", "workplace", "teaching")),
    Family("f97", "conference-verification", f97_conference_verification, orient="tall", ranges=1.0,
           fonts=("Helvetica", "Times"),
           profiles=("nursing", "accounting", "social", "law", "pm", "hr", "engineering")),
    Family("f98", "uk-cpd-ltd", f98_uk_cpd_ltd, locales=("intl",), ranges=0.0, upper_name=0.05,
           fonts=("Helvetica", "Times", "Helvetica"), profiles=("workplace", "tech", "nursing", "engineering", "hr")),
    Family("f99", "dietetics-attendance", f99_dietetics_attendance, orient="tall", locales=("us",), ranges=0.2,
           upper_name=0.05, fonts=("Helvetica", "Times"), profiles=("fitness",)),
    Family("f100", "licensing-school", f100_licensing_school, orient="tall", locales=("us",), ranges=0.0,
           upper_name=0.1, fonts=("Times", "Helvetica", "Helvetica")),
    Family("f101", "vet-race", f101_vet_race, locales=("us",), ranges=0.0, upper_name=0.05,
           fonts=("Times", "Helvetica", "Helvetica"), profiles=("medicine",)),
    Family("f102", "dental-verification", f102_dental_verification, orient="tall", locales=("us",), ranges=0.0,
           upper_name=0.05, fonts=("Helvetica", "Helvetica", "Times"), profiles=("medicine",)),
    Family("f103", "behavioral-ce", f103_behavioral_ce, orient="wide", locales=("us",), ranges=0.0, upper_name=0.05,
           fonts=("Times", "Helvetica", "Times"), profiles=("social",)),
    Family("f104", "trade-ce", f104_trade_ce, orient="tall", locales=("us",), ranges=0.0, upper_name=0.1,
           fonts=("Helvetica", "Times", "Helvetica"), profiles=("workplace",)),
    Family("f105", "pdh-webinar", f105_pdh_webinar, orient="wide", locales=("us",), ranges=0.0, upper_name=0.05,
           fonts=("Helvetica", "Times"), profiles=("engineering",)),
    Family("f106", "therapy-ce", f106_therapy_ce, orient="tall", locales=("us",), ranges=0.0, upper_name=0.05,
           fonts=("Times", "Helvetica", "Helvetica")),
    Family("f107", "np-ce", f107_np_ce, orient="wide", locales=("us",), ranges=0.0, upper_name=0.05,
           fonts=("Helvetica", "Times", "Helvetica"), profiles=("nursing",)),
    Family("f108", "acpe-statement", f108_acpe_statement, orient="tall", locales=("us",), ranges=0.0,
           upper_name=0.05, fonts=("Helvetica", "Times", "Helvetica"), profiles=("pharmacy",)),
    Family("f109", "assoc-ce", f109_assoc_ce, orient="wide", locales=("us",), ranges=0.0, upper_name=0.05,
           fonts=("Times", "Helvetica", "Helvetica"), profiles=("medicine",)),
    Family("f77", "unseen-d", f77_unseen_d, heldout=True, orient="wide", ranges=0.3, upper_name=0.15,
           fonts=("Helvetica", "Helvetica", "Times"), profiles=("workplace", "tech", "iacet", "iacet")),
    Family("f78", "unseen-e", f78_unseen_e, heldout=True, orient="tall", locales=("us",), ranges=0.0,
           upper_name=0.0, fonts=("Times", "Times", "Helvetica"),
           profiles=("iacet", "teaching", "nursing", "social", "engineering", "iacet")),
    Family("f79", "unseen-f", f79_unseen_f, heldout=True, orient="tall", upper_name=0.0, fonts=("Helvetica",),
           profiles=("nursing", "pharmacy", "social", "fitness", "hr", "pm", "accounting", "law")),


    Family("f80", "unseen-g", f80_unseen_g, heldout=True, orient="tall", locales=("us",), license=0.0,
           fonts=("Helvetica", "Courier", "Times"), profiles=("nursing", "medicine")),
    Family("f81", "unseen-h", f81_unseen_h, heldout=True, orient="tall", locales=("us",), ranges=0.0,
           fonts=("Times", "Times", "Helvetica"),
           profiles=("nursing", "teaching", "iacet", "hr", "pm", "workplace", "social")),
    Family("f82", "unseen-i", f82_unseen_i, heldout=True, orient="wide", ranges=0.0,
           fonts=("Helvetica", "Helvetica", "Times"), profiles=("tech", "workplace", "engineering", "iacet")),
)
HELDOUT_IDS = tuple(f.fid for f in FAMILIES if f.heldout)


def families(split: str) -> list[Family]:
    return [f for f in FAMILIES if f.heldout == (split == "heldout")]


# --------------------------------------------------------------------------------------------------- output


def page_size(doc: Doc) -> tuple[float, float]:
    if doc.fam.orient == "card":
        return (432.0, 288.0)
    if doc.fam.orient == "wallet":
        return (252.0, 162.0)  # 3.5 x 2.25 in
    base = (595.28, 841.89) if doc.locale == "intl" else letter  # A4 abroad
    return landscape(base) if doc.wide else (base[0], base[1])


def build_pdf(doc: Doc) -> bytes:
    buf = io.BytesIO()
    size = page_size(doc)
    canvas = Canvas(buf, pagesize=size, invariant=1, pageCompression=1)
    canvas.setTitle(doc.word("heading"))
    canvas.setAuthor(doc.facts.provider)
    doc.fam.draw(Pen(canvas, size[0], size[1], doc), doc)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def load_samples_module() -> object:
    """scripts/make_samples.py, for its photo helpers (perspective warp, desk background)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_samples", HERE / "make_samples.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_samples"] = module
    spec.loader.exec_module(module)
    return module


def render(pdf: bytes, dpi: int) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf)
    try:
        return [doc[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(doc))]
    finally:
        doc.close()


def grain(rng: random.Random, size: tuple[int, int], amount: float) -> Image.Image:
    """Seeded sensor noise centred on 128 (rendered small and scaled up, to stay cheap)."""
    small = (max(1, size[0] // 2), max(1, size[1] // 2))
    raw = Image.frombytes("L", small, rng.randbytes(small[0] * small[1])).resize(size)
    return raw.point(lambda v: int(128 + (v - 128) * amount))


def make_scan(pdf: bytes, rng: random.Random) -> bytes:
    """Image-only PDF: grey, toner and paper levels, slight skew, noise and dust, JPEG-compressed pages."""
    dpi = rng.choice((200, 200, 300))
    pages = []
    for img in render(pdf, dpi):
        gray = img.convert("L").point(lambda v: int(30 + v * (240 - 30) / 255))
        gray = gray.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))
        gray = gray.rotate(rng.uniform(-1.5, 1.5), resample=Image.Resampling.BICUBIC, fillcolor=244)
        gray = ImageChops.add(gray, grain(rng, gray.size, rng.uniform(0.05, 0.12)), offset=-128)
        draw = ImageDraw.Draw(gray)
        for _ in range(rng.randint(20, 120)):
            x, y, r = rng.randrange(gray.width), rng.randrange(gray.height), rng.uniform(0.6, 2.0)
            draw.ellipse((x - r, y - r, x + r, y + r), fill=rng.randrange(40, 130))
        pages.append(gray)
    out = io.BytesIO()
    pages[0].save(out, "PDF", resolution=float(dpi), save_all=True, append_images=pages[1:],
                  quality=rng.randint(55, 75), title="scan", creationDate=STAMP, modDate=STAMP)
    return out.getvalue()


def make_png(pdf: bytes, rng: random.Random) -> bytes:
    dpi = rng.choice((150, 200))
    img = render(pdf, dpi)[0].quantize(colors=64, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    out = io.BytesIO()
    img.save(out, "PNG", optimize=False, dpi=(dpi, dpi))
    return out.getvalue()


def lighting(size: tuple[int, int], rng: random.Random) -> Image.Image:
    """Uneven light: brightest near a lamp somewhere above the page, falling off away from it."""
    lx, ly, fall = rng.uniform(0.1, 0.9), rng.uniform(0.05, 0.4), rng.uniform(70, 120)
    small = Image.new("L", (64, 48))
    small.putdata([int(255 - fall * min(1.0, math.hypot(x / 64 - lx, y / 48 - ly))) for y in range(48)
                   for x in range(64)])
    light = small.resize(size, Image.Resampling.BICUBIC)
    warm = light.point(lambda v: int(v * 0.96))
    return Image.merge("RGB", (light, light, warm))


def make_photo(pdf: bytes, rng: random.Random) -> bytes:
    """Phone photo: the page on a desk, rotated up to 3 degrees, a mild perspective, uneven light, blur, JPEG."""
    ms = load_samples_module()
    page = render(pdf, 200)[0]
    pw, ph = page.size
    size = (int(pw * rng.uniform(1.08, 1.16)), int(ph * rng.uniform(1.1, 1.2)))
    cx, cy, a = size[0] / 2, size[1] / 2, math.radians(rng.uniform(-3.0, 3.0))
    squeeze = rng.uniform(0.0, 0.02) * pw
    corners = [(-pw / 2 + squeeze, -ph / 2), (pw / 2 - squeeze, -ph / 2), (pw / 2, ph / 2), (-pw / 2, ph / 2)]
    cos, sin = math.cos(a), math.sin(a)
    dst = [(cx + x * cos - y * sin, cy + x * sin + y * cos) for x, y in corners]
    coeffs = ms.perspective_coeffs(dst, [(0, 0), (pw, 0), (pw, ph), (0, ph)])  # type: ignore[attr-defined]
    warped = page.transform(size, Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC)
    mask = Image.new("L", page.size, 255).transform(size, Image.Transform.PERSPECTIVE, coeffs,
                                                    Image.Resampling.BILINEAR)
    desk: Image.Image = ms.desk_background(size, rng)  # type: ignore[attr-defined]
    photo = Image.composite(warped, desk, mask)
    photo = ImageChops.multiply(photo, lighting(size, rng))
    photo = photo.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.9)))
    noise = grain(rng, size, rng.uniform(0.03, 0.08))
    photo = ImageChops.add(photo, Image.merge("RGB", (noise, noise, noise)), offset=-128)
    out = io.BytesIO()
    photo.save(out, "JPEG", quality=rng.randint(70, 88), dpi=(200, 200))
    return out.getvalue()


def variant_for(doc: Doc, kind: str, rng: random.Random) -> str:
    image = kind == "image" or (kind == "all" and rng.random() < 0.3)
    if not image:
        return "pdf"
    if doc.fam.pages > 1:
        return "scan"  # a one-page image would lose page 2
    return rng.choice(("scan", "png", "photo"))


def write_doc(doc: Doc, variant: str, outdir: Path, rng: random.Random) -> Path:
    pdf = build_pdf(doc)
    data = {"pdf": lambda: pdf, "scan": lambda: make_scan(pdf, rng), "png": lambda: make_png(pdf, rng),
            "photo": lambda: make_photo(pdf, rng)}[variant]()
    path = outdir / doc.stem(variant)
    path.write_bytes(data)
    pages = doc.fam.pages if variant in ("pdf", "scan") else 1
    expected = json.dumps(doc.expected(variant, pages), indent=2, ensure_ascii=False) + "\n"
    (outdir / f"{doc.stem()}.expected.json").write_text(expected, encoding="utf-8")
    return path


def people(split: str) -> list[str]:
    v = VOCABULARY["people"]
    return [f"{first} {last}" for first in half(v["first"], split) for last in half(v["last"], split)]


@dataclass
class Generated:
    docs: list[tuple[Doc, Path, str]] = field(default_factory=list)


def generate(outdir: Path, n: int, split: str, kind: str = "text", seed: int = 1,
             only: tuple[str, ...] = (), templates: int = 0) -> Generated:
    """Write n documents of the split's families (round robin; only those ids when given) with their expected
    files. With `templates`, each family draws only that many documents' worth of wording and style (a
    provider's own certificate template) and each document fills one with its own person, course, date and id,
    as the certificates one provider issues do."""
    outdir.mkdir(parents=True, exist_ok=True)
    fams = [f for f in families(split) if not only or f.fid in only]
    if not fams:
        raise SystemExit(f"no {split} family among {', '.join(only)}")
    names = people(split)
    random.Random(f"{seed}:{split}:names").shuffle(names)
    result = Generated()
    for seq in range(n):
        fam = fams[seq % len(fams)]
        if templates:
            template = (seq // len(fams)) % templates
            rng = random.Random(f"{seed}:{split}:{fam.fid}:template{template}")
            doc = Doc(fam, split, seq, rng, names[template % len(names)])
            fill_template(doc, random.Random(f"{seed}:{split}:{seq}:fill"), names[seq % len(names)])
        else:
            rng = random.Random(f"{seed}:{split}:{seq}")
            doc = Doc(fam, split, seq, rng, names[seq % len(names)])
        variant = variant_for(doc, kind, rng)
        result.docs.append((doc, write_doc(doc, variant, outdir, rng), variant))
    return result


def fill_template(doc: Doc, rng: random.Random, name: str) -> None:
    """Another certificate of the same template: the person, course title, dates and id change; the provider,
    wording, credits and style stay (credits too: many of a provider's courses award the same hours)."""
    f = doc.facts
    credential = f.participant.split(",", 1)[1] if "," in f.participant else ""
    participant = f"{name},{credential}" if credential else name
    if f.participant.isupper():
        participant = participant.upper()
    title = rng.choice(course_titles(f.topic, doc.split))
    if doc.fam.upper_title:
        title = title.upper()
    # day 16 or later: never an ambiguous day-first numeric date
    completion = date(rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(16, 28))
    start = completion - (f.completion - f.start) if f.start else None
    cert_id = re.sub(r"\d", lambda _: str(rng.randint(0, 9)), f.certificate_id) if f.certificate_id else None
    doc.completion, doc.start = completion, start
    doc.facts = replace(f, participant=participant, course_title=title, completion=completion,
                       start=start, certificate_id=cert_id)


# --------------------------------------------------------------------------------------------------- verify


def squash(text: str) -> str:
    return " ".join(text.split()).lower()


def pdf_text(path: Path) -> str:
    """pdfplumber's text, plus the characters in drawing order (a two-column page interleaves lines)."""
    import pdfplumber

    parts: list[str] = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            parts.append(page.extract_text() or "")
            stream, last = [], None
            for ch in page.chars:
                if last is not None and (abs(ch["top"] - last["top"]) > 1 or ch["x0"] < last["x0"]):
                    stream.append(" ")
                stream.append(ch["text"])
                last = ch
            parts.append("".join(stream))
    return "\n".join(parts)


def verify_doc(doc: Doc, path: Path, variant: str) -> list[str]:
    if variant != "pdf":
        return []
    f = doc.facts
    text = squash(pdf_text(path))
    # a title may print its subtitle on a line of its own (f72): each part must be there
    wanted = [f.participant, f.provider, *f.course_title.split(": "), f.certificate_id, f.license_number, *doc.must]
    return [f"text layer lacks {s!r}" for s in wanted if s and squash(s) not in text]


def verify_ocr(path: Path, doc: Doc) -> bool:
    """Tesseract reads the participant's surname from an image variant (300 dpi for scans)."""
    import pytesseract

    image = render(path.read_bytes(), 300)[0] if path.suffix == ".pdf" else Image.open(path)
    surname = doc.facts.participant.split(",")[0].split()[-1]
    return squash(surname) in squash(pytesseract.image_to_string(image))


def verify(result: Generated, ocr: bool) -> int:
    problems = 0
    ocr_total = ocr_missed = 0
    for doc, path, variant in result.docs:
        for problem in verify_doc(doc, path, variant):
            problems += 1
            print(f"FAIL {path.name}: {problem}")
        if ocr and variant != "pdf":
            ocr_total += 1
            if not verify_ocr(path, doc):
                ocr_missed += 1
                print(f"warn {path.name}: OCR did not read {doc.facts.participant!r}")
    digests = [hashlib.sha256(path.read_bytes()).hexdigest() for _, path, _ in result.docs]
    if len(set(digests)) != len(digests):
        problems += 1
        print("FAIL two documents have identical bytes")
    print(f"verified {len(result.docs)} documents: {problems} problems"
          + (f", OCR read the participant on {ocr_total - ocr_missed}/{ocr_total} images" if ocr_total else ""))
    return problems


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("-n", type=int, default=300)
    parser.add_argument("--split", choices=["train", "heldout"], default="train")
    parser.add_argument("--kind", choices=["text", "image", "all"], default="text")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--verify", action="store_true",
                        help="check text layers hold every expected string; OCR image variants with Tesseract")
    parser.add_argument("--families", default="",
                        help="comma-separated family ids to generate (default: every family of the split)")
    parser.add_argument("--templates", type=int, default=0, metavar="K",
                        help="K templates per family, each filled with other people, courses and dates (the "
                        "traffic of a few providers, for the layout memory); default: every document its own")
    args = parser.parse_args(argv)
    started = time.monotonic()
    only = tuple(x.strip() for x in args.families.split(",") if x.strip())
    result = generate(args.outdir, args.n, args.split, args.kind, args.seed, only, args.templates)
    count = len([f for f in families(args.split) if not only or f.fid in only])
    print(f"wrote {args.n} {args.split} documents ({count} families) to {args.outdir} "
          f"in {time.monotonic() - started:.1f} s")
    if args.verify:
        import shutil

        return 1 if verify(result, ocr=shutil.which("tesseract") is not None) else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
