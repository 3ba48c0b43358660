# ruff: noqa: E501, RUF005
"""Blind probe of completion_date and start_date on layouts and wordings the training families do not draw.

Usage: PYTHONPATH=src python scripts/probes/dates_probe.py [-v] [--model] [--lines] [name-substring]
Each case draws a landscape page with reportlab (certificates, letters, transcripts, portal printouts, wallet
cards, forms), runs the real pipeline (extract -> parse -> normalize -> decide; the trained model off unless
--model: dates do not use it) and compares completion_date and start_date as the evaluator does. An expected
start of None means a one-day activity (no start date).

Written before any code change (both batches): 143 cases, 15 failures (same with --model): a French "le 3 mars
2025"; two days joined by "and" or a list ("March 3 and 4", "March 3, 4 & 5"); "From:" / "To:" rows; a series'
first day; "Date Reported/Posted/Processed/Signed" and "Today's Date" taken as the activity's date when printed
first; an approval or accreditation period ("approved for the period X through Y", "accredited from X to Y");
a signatory's bare "Date:" (or an instructor's on the same line) beating "Course Date:" and the sentence's
"on March 3, 2025" under the title; a browser's print header date beating that sentence. A page with only an
issue date gives that date (a careful reader types it; confidence stays lower).
After the first fixes: 143 cases, 1 failure. A third batch (19 cases, written after those fixes) found 6 more
(a formal "in the year 2025", numbered sessions, "originally presented live on", a card's "Valid: X - Y", a
deadline and a browser's print stamp above a bare date); after fixing, 162 cases, 0 failures. A fourth batch
(14 cases) found 6: an award date or a bare "Date:" beating "Course/Activity Date:", "Course Start:/End:" and
"Start:/End:" rows, module rows beating "Course completed"; after fixing, 176 cases, 0 failures. A fifth batch
(13 cases) found 3: "03/03-03/05/2025" read as 2003 and "3/3 - 3/5/2025" (fixed), and a daily-hours table whose
first row the table reader turns into "Date: 03/03/2025" (left: table layout): 189 cases, 1 failure.
"""

from __future__ import annotations

import sys

from drawn import C, T, ingested_cases, rule

from cecingest.evaluate import values_match

PROV = "Acme Health Education"
TITLE = "Infection Control for Healthcare Workers"
B, R, TB = "Helvetica-Bold", "Helvetica", "Times-Bold"


def cert(after=("on March 3, 2025",), lead=("has successfully completed",), heading="CERTIFICATE OF COMPLETION",
         top=(PROV,), extra=(), footer=()):
    """A centred sentence certificate: letterhead, heading, name, lead words, title, the lines after it."""
    out = [C(t, 36 + 16 * i, 14 if i == 0 else 9, B if i == 0 else R) for i, t in enumerate(top)]
    if heading:
        out.append(C(heading, 80, 26, B))
    out += [C("This certifies that", 130, 12), C("Jane Doe", 155, 24, TB)]
    y = 195.0
    for t in lead:
        out.append(C(t, y, 12))
        y += 20
    out.append(C(TITLE, y, 16, B))
    y += 30
    for t in after:
        out.append(C(t, y, 12))
        y += 20
    out += [C(t, 520 + 13 * i, 8) for i, t in enumerate(footer)]
    return out + [C("1.5 contact hours", 470, 10)] + list(extra)


def form(rows, heading="CERTIFICATE OF COMPLETION", x=120, y=150, step=24, extra=()):
    """A filled form: letterhead, heading, then label: value rows."""
    out = [C(PROV, 36, 14, B), C(heading, 80, 22, B)]
    rows = ["Participant: Jane Doe", f"Course Title: {TITLE}", *rows, "Contact Hours: 1.5"]
    return out + [T(r, x, y + i * step, 12) for i, r in enumerate(rows)] + list(extra)


def letter(body, head=(), x=72):
    """A letter: letterhead, optional date/header lines, then the body, left aligned."""
    out = [T(PROV, x, 30, 14, B), T("120 Main Street, Portland, OR 97201", x, 48, 9)]
    y = 80.0
    for t in head:
        out.append(T(t, x, y, 11))
        y += 16
    y += 14
    for t in body:
        out.append(T(t, x, y, 11))
        y += 16
    return out


def sig(lines, x=470, y=440):
    """A signature block: a rule, then its lines in small print."""
    return [rule(x, y, 220)] + [T(t, x, y + 6 + 12 * i, 9) for i, t in enumerate(lines)]


def captioned(values, y=420, size=11):
    """Values above a rule with their caption in small print under it: [(x, value, caption)]."""
    out = []
    for x, value, caption in values:
        out += [T(value, x, y, size), rule(x, y + size + 4, 160), T(caption, x, y + size + 8, 8)]
    return out


def table(header, rows, xs, y=200):
    out = [T(h, x, y, 10, B) for h, x in zip(header, xs, strict=True)]
    for i, row in enumerate(rows):
        out += [T(v, x, y + 18 * (i + 1), 10) for v, x in zip(row, xs, strict=True)]
    return out


D3 = "2025-03-03"
CASES: list[tuple[str, list, str | None, str | None]] = [
    # ================= completion wordings (name, items, completion, start) =================
    ("w attended on", cert(lead=("attended",), after=("on March 3, 2025",)), D3, None),
    ("w attended on inline", cert(lead=(), after=("attended on March 3, 2025",)), D3, None),
    ("w held on", cert(lead=("has participated in",), after=("held on March 3, 2025 in Portland, Oregon",)), D3, None),
    ("w presented", cert(lead=("attended",), after=("presented March 3, 2025 by Dr. Alan Smith",)), D3, None),
    ("w presented on", cert(lead=("attended the lecture",), after=("presented on March 3, 2025",)), D3, None),
    ("w session date label", form(["Session Date: 03/03/2025"]), D3, None),
    ("w date(s) of activity", form(["Date(s) of Activity: March 3, 2025"]), D3, None),
    ("w dates of activity", form(["Dates of Activity: March 3, 2025"]), D3, None),
    ("w activity date iso", form(["Activity Date: 2025-03-03"]), D3, None),
    ("w date of participation", form(["Date of Participation: 3 March 2025"]), D3, None),
    ("w course completed label", form(["Course Completed: March 3, 2025"]), D3, None),
    ("w earned label", form(["Earned: March 3, 2025"]), D3, None),
    ("w earned on sentence", cert(lead=(), after=("and earned 1.5 contact hours on March 3, 2025",)), D3, None),
    ("w conducted on", cert(lead=("attended the training",), after=("conducted on March 3, 2025",)), D3, None),
    ("w conducted", cert(lead=("attended the training",), after=("conducted March 3, 2025 at Mercy Hospital",)), D3, None),
    ("w delivered on", cert(lead=("completed the workshop",), after=("delivered on March 3, 2025",)), D3, None),
    ("w live webinar on", cert(lead=("attended the live webinar",), after=("Live webinar on Wednesday, March 5, 2025",)), "2025-03-05", None),
    ("w webinar aired", cert(lead=("viewed the live webinar",), after=("which aired on March 3, 2025",)), D3, None),
    ("w completion: label", form(["Completion: 03/03/2025"]), D3, None),
    ("w completed: label", form(["Completed: 3/3/2025"]), D3, None),
    ("w course completion label", form(["Course Completion: March 3, 2025"]), D3, None),
    ("w this 3rd day of", cert(after=("on this 3rd day of March, 2025",)), D3, None),
    ("w date of event", form(["Date of Event: March 3, 2025"]), D3, None),
    ("w awarded label", form(["Awarded: March 3, 2025"]), D3, None),
    ("w exam passed on", cert(lead=("has passed the examination for",), after=("Examination passed on March 3, 2025",)), D3, None),
    ("w took place on", cert(lead=("attended",), after=("which took place on March 3, 2025",)), D3, None),
    ("w date taken", form(["Date Taken: 03/03/2025"]), D3, None),
    ("w with passing score on", cert(lead=("has completed",), after=("with a passing score on March 3, 2025",)), D3, None),
    ("w attendance date", form(["Attendance Date: 03-Mar-2025"]), D3, None),
    ("w date attended", form(["Date Attended: 3 Mar 2025"]), D3, None),
    ("w program date", form(["Program Date: Monday, March 3, 2025"]), D3, None),
    ("w completed on dmy-short", cert(after=("Completed on 3-Mar-25",)), D3, None),
    ("w date of training", form(["Date of Training: March 3, 2025"]), D3, None),
    ("w course date", form(["Course Date: 03/03/2025"]), D3, None),
    ("w french le", cert(heading="ATTESTATION DE FORMATION", lead=("a suivi la formation",), after=("le 3 mars 2025",)), D3, None),
    ("w date of completion caption under", cert(after=(), extra=captioned([(80, "March 3, 2025", "Date of Completion")])), D3, None),
    ("w date caption under signature block", cert(after=(), extra=captioned([(80, "Jane Roe, RN", "Director of Education"), (470, "03/03/2025", "Date")])), D3, None),
    ("w date alone sig block", cert(after=(), extra=sig(["Jane Roe, MSN, RN", "Director of Education", "March 3, 2025"])), D3, None),
    ("w date column table", [C(PROV, 36, 14, B), C("CERTIFICATE OF COMPLETION", 80, 22, B), T("Participant: Jane Doe", 80, 140, 12)] + table(["Course", "Completion Date", "Hours"], [(TITLE, "03/03/2025", "1.5")], [80, 400, 560]), D3, None),
    ("w date column table completed on", [C(PROV, 36, 14, B), C("TRANSCRIPT", 80, 22, B), T("Learner: Jane Doe", 80, 140, 12)] + table(["Course Title", "Completed On", "Credits"], [(TITLE, "Mar 3, 2025", "1.5")], [80, 400, 560]), D3, None),
    ("w date under caption line", [C(PROV, 36, 14, B), C("CERTIFICATE OF COMPLETION", 80, 22, B), C("Jane Doe", 150, 22, TB), C(TITLE, 200, 16, B), T("DATE OF COMPLETION", 80, 300, 8, B), T("March 3, 2025", 80, 312, 12), T("CONTACT HOURS", 470, 300, 8, B), T("1.5", 470, 312, 12)], D3, None),
    ("w glued to title", cert(lead=("has completed",), after=("Quarterly Compliance Review on March 3, 2025",)), D3, None),
    ("w bare date line", cert(after=("March 3, 2025",)), D3, None),
    ("w issued this day of", cert(after=("Issued this 3rd day of March, 2025",)), D3, None),
    ("w completion date ts", form(["Completion Date: Mar 03, 2025 at 10:25AM UTC"]), D3, None),
    ("w participated on", cert(lead=(), after=("participated in the activity on March 3, 2025",)), D3, None),
    ("w date of webinar", form(["Date of Webinar: March 3, 2025"]), D3, None),
    ("w broadcast date", form(["Broadcast Date: March 3, 2025"]), D3, None),
    ("w date of course completion", form(["Date of Course Completion: 03/03/2025"]), D3, None),
    ("w recorded on-demand viewed", cert(lead=("has completed the on-demand course",), after=("Date Viewed: March 3, 2025",)), D3, None),
    # ================= multi-day events and ranges =================
    ("r held March 3-5", cert(lead=("attended",), after=("held March 3-5, 2025",)), "2025-03-05", D3),
    ("r en dash spaced", cert(lead=("attended",), after=("held March 3 – 5, 2025",)), "2025-03-05", D3),
    ("r across months", cert(lead=("attended",), after=("held March 30 - April 2, 2025",)), "2025-04-02", "2025-03-30"),
    ("r dmy 3-5 March", cert(lead=("attended",), after=("held 3-5 March 2025",)), "2025-03-05", D3),
    ("r ordinals", cert(lead=("attended",), after=("held 3rd - 5th March, 2025",)), "2025-03-05", D3),
    ("r ordinal no space", cert(lead=("attended",), after=("held 22nd- 31st March, 2024",)), "2024-03-31", "2024-03-22"),
    ("r numeric dash", form(["Dates: 03/03/2025 - 03/05/2025"]), "2025-03-05", D3),
    ("r full to full", form(["Program Dates: March 3, 2025 to March 5, 2025"]), "2025-03-05", D3),
    ("r year end", cert(lead=("attended",), after=("held December 30, 2024 - January 2, 2025",)), "2025-01-02", "2024-12-30"),
    ("r from to", cert(lead=("attended",), after=("from March 3 to March 5, 2025",)), "2025-03-05", D3),
    ("r from through", cert(lead=("attended",), after=("from March 3 through March 5, 2025",)), "2025-03-05", D3),
    ("r and two days", cert(lead=("attended",), after=("held March 3 and 4, 2025",)), "2025-03-04", D3),
    ("r list of days", form(["Dates: March 3, 4 & 5, 2025"]), "2025-03-05", D3),
    ("r start end labels", form(["Start Date: 03/03/2025", "End Date: 03/05/2025"]), "2025-03-05", D3),
    ("r start end one line", form(["Start Date: 03/03/2025    End Date: 03/05/2025"]), "2025-03-05", D3),
    ("r iso to iso", form(["Course Dates: 2025-03-03 to 2025-03-05"]), "2025-03-05", D3),
    ("r weekdays range", cert(lead=("attended",), after=("Mon–Wed, March 3–5, 2025",)), "2025-03-05", D3),
    ("r 3 to 5 March", cert(lead=("attended",), after=("held 3 to 5 March 2025",)), "2025-03-05", D3),
    ("r from-to labels", form(["From: 03/03/2025", "To: 03/05/2025"]), "2025-03-05", D3),
    ("r series of sessions", cert(lead=("attended the three-part series",), after=("held March 3, March 10 and March 17, 2025",)), "2025-03-17", D3),
    ("r date range column", [C(PROV, 36, 14, B), C("CERTIFICATE OF ATTENDANCE", 80, 22, B), T("Participant: Jane Doe", 80, 140, 12)] + table(["Conference", "Dates", "Hours"], [("Spring Nursing Summit", "Mar 3-5, 2025", "12.0")], [80, 400, 560]), "2025-03-05", D3),
    ("r dates of attendance", form(["Dates of Attendance: March 3-5, 2025"]), "2025-03-05", D3),
    ("r two-line date sentence", cert(lead=("attended the annual conference",), after=("held in Chicago, Illinois, from", "March 3 to March 5, 2025")), "2025-03-05", D3),
    # ================= distractors =================
    ("x letter date top, held on", letter(["Dear Ms. Doe,", "This letter confirms that you attended the workshop Infection Control for Healthcare Workers", "held on March 3, 2025, and earned 1.5 contact hours."], head=("April 10, 2025",)), D3, None),
    ("x letter date top, On DATE, attended", letter(["To whom it may concern:", "On March 3, 2025, Jane Doe attended Infection Control for Healthcare Workers", "and was awarded 1.5 contact hours."], head=("April 10, 2025",)), D3, None),
    ("x letter date top only", letter(["Dear Ms. Doe,", "Thank you for attending Infection Control for Healthcare Workers.", "You have been awarded 1.5 contact hours."], head=("April 10, 2025",)), "2025-04-10", None),
    ("x letter date top, date later plain", letter(["Dear Ms. Doe,", "Congratulations on completing Infection Control for Healthcare Workers", "(March 3, 2025). You have been awarded 1.5 contact hours."], head=("April 10, 2025",)), D3, None),
    ("x date issued + completion", form(["Date of Completion: March 3, 2025", "Date Issued: April 10, 2025"]), D3, None),
    ("x date issued first", form(["Date Issued: April 10, 2025", "Date of Completion: March 3, 2025"]), D3, None),
    ("x issued only", form(["Date Issued: March 3, 2025"]), D3, None),
    ("x issue date caption + expiry caption", cert(after=(), heading="BLS PROVIDER", extra=captioned([(80, "03/03/2025", "Issue Date"), (470, "03/31/2027", "Recommended Renewal Date")])), D3, None),
    ("x completion caption + expiry caption", cert(after=(), extra=captioned([(80, "March 3, 2025", "Completion Date"), (470, "March 3, 2027", "Expiration Date")])), D3, None),
    ("x expiry caption first", cert(after=(), extra=captioned([(80, "March 3, 2027", "Expiration Date"), (470, "March 3, 2025", "Completion Date")])), D3, None),
    ("x printed top", [T("Printed: 11/29/2026 10:32 AM", 560, 20, 8)] + form(["Completed: 03/03/2025"]), D3, None),
    ("x printed footer", form(["Completed: 03/03/2025"], extra=[T("Printed on 11/29/2026", 72, 580, 8)]), D3, None),
    ("x date reported", form(["Date Completed: 03/03/2025", "Date Reported: 03/10/2025"]), D3, None),
    ("x date reported first", form(["Date Reported: 03/10/2025", "Date Completed: 03/03/2025"]), D3, None),
    ("x reported to CE Broker", cert(extra=[T("Reported to CE Broker on 03/10/2025", 72, 560, 8)]), D3, None),
    ("x date posted", form(["Date Posted: 03/10/2025", "Course Date: 03/03/2025"]), D3, None),
    ("x date submitted", form(["Date Submitted: 03/10/2025", "Activity Date: 03/03/2025"]), D3, None),
    ("x date processed", form(["Date Processed: 03/10/2025", "Activity Date: 03/03/2025"]), D3, None),
    ("x processed on footer", cert(extra=[T("Processed on 03/10/2025 by CE Registry", 72, 560, 8)]), D3, None),
    ("x form rev month year", form(["Date of Completion: 03/03/2025"], extra=[T("Form CE-12 rev. 03/2021", 60, 585, 7)]), D3, None),
    ("x form rev full date", form(["Date: 03/03/2025"], extra=[T("Form CE-12 Rev. 01/15/2021", 60, 585, 7)]), D3, None),
    ("x form revised", form(["Date: 03/03/2025"], extra=[T("CE-100 (Revised 01/15/2021)", 60, 585, 7)]), D3, None),
    ("x mail header sent", [T("From: CE Office <ce@acme.org>", 60, 20, 9), T("Sent: Monday, March 10, 2025 9:14 AM", 60, 32, 9), T("To: Jane Doe", 60, 44, 9), T("Subject: Your certificate", 60, 56, 9)] + cert(top=(), extra=[]), D3, None),
    ("x valid through", cert(after=("on March 3, 2025", "Certificate valid through March 3, 2027")), D3, None),
    ("x valid through first", form(["Valid Through: 03/03/2027", "Date of Course: 03/03/2025"]), D3, None),
    ("x approval period", cert(footer=("Approval period: January 1, 2024 - December 31, 2025",)), D3, None),
    ("x approved for period", cert(footer=("This program is approved for the period 01/01/2024 through 12/31/2026 by the State Board.",)), D3, None),
    ("x licence expiry", form(["License #: RN123456  Lic. Exp: 06/30/2026", "Completion Date: 03/03/2025"]), D3, None),
    ("x licence expires", form(["License Expires: 06/30/2026", "Date Completed: 03/03/2025"]), D3, None),
    ("x DOB", form(["DOB: 01/15/1980", "Date Completed: 03/03/2025"]), D3, None),
    ("x date of birth", form(["Date of Birth: January 15, 1980", "Completed: March 3, 2025"]), D3, None),
    ("x signatory date beside signature", cert(extra=[rule(80, 440, 200), T("Jane Roe, Director", 80, 446, 9), rule(470, 440, 150), T("Date: 03/10/2025", 470, 446, 9)]), D3, None),
    ("x signatory Date label form", form(["Date of Completion: 03/03/2025"], extra=[T("Signature: Jane Roe", 120, 400, 10), T("Date: 03/10/2025", 470, 400, 10)]), D3, None),
    ("x signatory date before specific", form([], extra=[T("Instructor: Jane Roe   Date: 03/10/2025", 120, 120, 10), T("Course Date: 03/03/2025", 120, 400, 12)]), D3, None),
    ("x reporting period transcript", [C(PROV, 36, 14, B), C("CE TRANSCRIPT", 80, 22, B), T("Learner: Jane Doe", 80, 130, 11), T("Reporting period 01/01/2024 - 12/31/2025", 80, 146, 11)] + table(["Course", "Completion Date", "Hours"], [(TITLE, "03/03/2025", "1.5")], [80, 400, 560]), D3, None),
    ("x copyright", cert(footer=("© 2025 Acme Health Education. All rights reserved.",)), D3, None),
    ("x copyright full date", cert(footer=("Copyright 2024 Acme Health Education · Last updated 01/02/2025",)), D3, None),
    ("x claim credit by", cert(footer=("Claim credit by April 30, 2025.",)), D3, None),
    ("x deadline", cert(footer=("Deadline to claim credit: April 30, 2025",)), D3, None),
    ("x must be completed by", form(["Date Completed: 03/03/2025"], extra=[T("Requirements must be completed by December 31, 2025.", 72, 560, 8)]), D3, None),
    ("x release/expiration enduring", form(["Release Date: January 1, 2024", "Expiration Date: January 1, 2027", "Date of Completion: March 3, 2025"]), D3, None),
    ("x release/termination sentence", cert(footer=("Release date: January 1, 2024. Termination date: January 1, 2027.",)), D3, None),
    ("x accredited from to", cert(footer=("Provider accredited from 01/01/2024 to 12/31/2026",)), D3, None),
    ("x next renewal", form(["Date Completed: 03/03/2025", "Next Renewal: 12/31/2026"]), D3, None),
    ("x renew by caption", cert(after=(), extra=captioned([(80, "03/03/2025", "Date Completed"), (470, "03/2027", "Renew By")])), D3, None),
    ("x member since", form(["Member since: 01/05/2019", "Date of Completion: 03/03/2025"]), D3, None),
    ("x registration date", form(["Registration Date: 02/01/2025", "Session Date: 03/03/2025"]), D3, None),
    ("x expires on sentence first", cert(after=("This certificate expires on March 3, 2027.", "Completed on March 3, 2025")), D3, None),
    ("x course expiration", form(["Course Expiration: 12/31/2026", "Date Completed: 03/03/2025"]), D3, None),
    ("x print date portal + completion sentence", [T("11/29/2026, 10:32 AM      Acme Learning Portal", 20, 10, 8)] + cert(lead=("completed",), after=("on March 3, 2025",)), D3, None),
    ("x url footer date", cert(extra=[T("https://learn.acme.org/certificates/view?id=123        11/29/2026", 20, 595, 7)]), D3, None),
    ("x issued then sentence on", cert(after=("on March 3, 2025",), extra=[T("Issued: April 10, 2025", 470, 560, 9)]), D3, None),
    ("x posted to transcript on", cert(footer=("Credits posted to your transcript on March 10, 2025",)), D3, None),
    ("x date of issue caption only", cert(after=(), extra=captioned([(80, "Jane Roe, Director", "Signature"), (470, "March 3, 2025", "Date of Issue")])), D3, None),
    # ---- second batch (also written before any code change) ----
    ("w activity date(s)", form(["Activity Date(s): 3/3/2025"]), D3, None),
    ("w date/time", form(["Date/Time: March 3, 2025, 9:00 AM - 4:00 PM"]), D3, None),
    ("w when label", form(["When: Monday, March 3, 2025"]), D3, None),
    ("w held virtually pipe", cert(lead=("attended",), after=("Held Virtually | March 3, 2025",)), D3, None),
    ("w webinar time range", cert(lead=("attended the live webinar",), after=("Tuesday, March 4, 2025 · 12:00 PM - 1:00 PM ET",)), "2025-03-04", None),
    ("w presentation date short year", form(["Presentation Date: 3/3/25"]), D3, None),
    ("x transcript as of", [C(PROV, 36, 14, B), C("CE TRANSCRIPT", 80, 22, B), T("Learner: Jane Doe", 80, 130, 11), T("Transcript as of 11/29/2026", 80, 146, 11)] + table(["Course", "Date Completed", "Hours"], [(TITLE, "03/03/2025", "1.5")], [80, 400, 560]), D3, None),
    ("x license period", form(["License Period: 01/01/2024 - 12/31/2025", "Date Completed: 03/03/2025"]), D3, None),
    ("x ce cycle ends", form(["Date Completed: 03/03/2025"], extra=[T("Your current CE cycle ends 12/31/2025.", 72, 560, 9)]), D3, None),
    ("x course approved", cert(footer=("Course approved 01/15/2024 by the State Board of Nursing, approval #1234.",)), D3, None),
    ("x date signed", form(["Date Signed: 03/10/2025", "Date of Attendance: 03/03/2025"]), D3, None),
    ("x signed label", form(["Activity Date: 03/03/2025"], extra=[T("Signed: 03/10/2025", 470, 420, 10)]), D3, None),
    ("x mail header date", [T("From: CE Office <ce@acme.org>", 60, 20, 9), T("Date: Mon, 10 Mar 2025 09:14:00 -0500", 60, 32, 9), T("To: Jane Doe", 60, 44, 9), T("Subject: Your certificate", 60, 56, 9)] + letter(["Dear Jane,", "Our records show you completed Infection Control for Healthcare Workers on March 3, 2025."], head=())[2:], D3, None),
    ("x awarded later sentence", cert(lead=(), after=("is awarded this certificate on April 10, 2025", "for completing the course on March 3, 2025")), D3, None),
    ("x todays date", form(["Today's Date: 11/29/2026", "Date of Completion: 03/03/2025"]), D3, None),
    ("x as of footer only-plain", cert(after=("March 3, 2025",), footer=("Records current as of 11/29/2026",)), D3, None),
    # ---- third batch (written after the first fixes, to look further) ----
    ("w course start/end date", form(["Course Start Date: 03/03/2025", "Course End Date: 03/05/2025"]), "2025-03-05", D3),
    ("w weekday range two months", cert(lead=("attended",), after=("Thursday, March 6 – Saturday, March 8, 2025",)), "2025-03-08", "2025-03-06"),
    ("w european numeric range", form(["Dates: 03.03.2025 – 05.03.2025"]), "2025-03-05", D3),
    ("w in the year", cert(after=("on this 3rd day of March in the year 2025",)), D3, None),
    ("w sept abbreviation", form(["Completed: Sept. 3, 2025"]), "2025-09-03", None),
    ("w letter-spaced caption", cert(after=(), extra=[T("D A T E   O F   C O M P L E T I O N", 80, 400, 8, B), T("March 3, 2025", 80, 414, 12)]), D3, None),
    ("w sessions last day", form(["Session 1: March 3, 2025", "Session 2: March 10, 2025"]), "2025-03-10", D3),
    ("w card table columns", [C(PROV, 36, 14, B), C("TRAINING CARD", 80, 22, B), T("Name: Jane Doe", 80, 130, 11)] + table(["Course", "Completed", "Expires"], [(TITLE, "03/03/2025", "03/03/2027")], [80, 400, 560]), D3, None),
    ("x originally presented live on", cert(lead=("has completed the on-demand recording of",), after=("originally presented live on January 15, 2025", "Completed: March 3, 2025")), D3, None),
    ("x recorded on", cert(lead=("has viewed the recorded webinar",), after=("recorded on January 15, 2025", "Date Viewed: March 3, 2025")), D3, None),
    ("x dated + attendance on", cert(lead=(), after=("This certificate, dated April 10, 2025, is awarded for attendance on March 3, 2025",)), D3, None),
    ("x card valid range", form(["Issue Date: 03/03/2025", "Valid: 03/03/2025 - 03/03/2027"], heading="PROVIDER CARD"), D3, None),
    ("x eligible for credit through", cert(after=("March 3, 2025",), footer=("This activity is eligible for credit through December 31, 2026.",)), D3, None),
    ("x deadline first then bare date", cert(top=(PROV, "Deadline to claim credit: April 30, 2025"), after=("March 3, 2025",)), D3, None),
    ("x browser header then bare date", [T("11/29/26, 10:32 AM", 20, 8, 7), T("Certificate | Acme Learning", 330, 8, 7)] + cert(after=("March 3, 2025",)) + [T("https://learn.acme.org/cert/123", 20, 598, 7), T("1/1", 760, 598, 7)], D3, None),
    ("x certificate generated", cert(after=("March 3, 2025",), extra=[T("Certificate generated 2026-11-29 14:02 UTC", 72, 585, 7)]), D3, None),
    ("x letter RE verification range", letter(["RE: Verification of Attendance", "Dear Dr. Doe:", "Please accept this letter as verification that you attended the 2025 Spring Symposium,", "March 3-5, 2025, and earned 12.0 contact hours."], head=("April 10, 2025",)), "2025-03-05", D3),
    ("x letter Date: top no memo", letter(["This is to certify that Jane Doe attended the workshop Infection Control for Healthcare Workers", "held March 3, 2025 and earned 1.5 contact hours."], head=("Date: April 10, 2025",)), D3, None),
    ("x completion and issue one line", form(["Date of completion: 3 March 2025   Date of issue: 10 April 2025"]), D3, None),
    # ---- fourth batch (written after the third batch's fixes) ----
    ("x certificate awarded before course date", form(["Certificate Awarded: April 10, 2025", "Course Date: March 3, 2025"]), D3, None),
    ("x date of award before completion", form(["Date of Award: 04/10/2025", "Date of Completion: 03/03/2025"]), D3, None),
    ("x bare date top-right then activity date", [T("Date: April 10, 2025", 560, 40, 10)] + form(["Activity Date: March 3, 2025"]), D3, None),
    ("w course start/end short labels", form(["Course Start: 03/03/2025", "Course End: 03/05/2025"]), "2025-03-05", D3),
    ("w start: end: labels", form(["Start: March 3, 2025", "End: March 5, 2025"]), "2025-03-05", D3),
    ("x cycle ends then completed", form(["Your CE cycle ends 12/31/2025", "Completed: 03/03/2025"]), D3, None),
    ("w course completion recorded", form(["Course completion recorded 03/03/2025"]), D3, None),
    ("w was completed date direct", cert(lead=(), after=("The course was completed 03/03/2025 with a score of 92%",)), D3, None),
    ("w time after date", form(["Completed: March 3, 2025 at 2:00 PM EST"]), D3, None),
    ("w numeric with time", form(["Completion Date: 3/3/2025 12:00:00 AM"]), D3, None),
    ("x modules then course completion", form(["Module 1 completed 02/20/2025", "Module 2 completed 02/27/2025", "Course completed 03/03/2025"]), D3, None),
    ("x letter top date, date in title line", letter(["Dear Ms. Doe,", "Thank you for your participation in “Infection Control Update – March 3, 2025”.", "You have earned 1.5 contact hours."], head=("April 10, 2025",)), D3, None),
    ("x posted first then plain", cert(top=(PROV, "Posted: March 10, 2025"), after=("March 3, 2025",)), D3, None),
    ("x exam taken then passed later", form(["Exam Date: 03/03/2025", "Results Posted: 03/10/2025"]), D3, None),
    # ---- fifth batch (written after the fourth batch's fixes) ----
    ("w date of service", form(["Date of Service: 03/03/2025"]), D3, None),
    ("x conferred later vs attended", form(["Date Conferred: 04/10/2025", "Date Attended: 03/03/2025"]), D3, None),
    ("x french fait a le", cert(heading="ATTESTATION DE FORMATION", lead=("a suivi la formation",), after=("le 3 mars 2025",), extra=[T("Fait à Lyon, le 10 avril 2025", 470, 440, 10)]), D3, None),
    ("x french fait a le first", [T("Fait à Lyon, le 10 avril 2025", 470, 30, 10)] + form(["Date de la formation : 3 mars 2025"], heading="ATTESTATION DE FORMATION"), D3, None),
    ("r daily hours table", [C(PROV, 36, 14, B), C("CERTIFICATE OF ATTENDANCE", 80, 22, B), T("Participant: Jane Doe", 80, 130, 11)] + table(["Date", "Hours"], [("03/03/2025", "6.0"), ("03/04/2025", "6.0")], [80, 300]), "2025-03-04", D3),
    ("r partial numeric range", form(["Dates: 03/03-03/05/2025"]), "2025-03-05", D3),
    ("r partial numeric range short", form(["Dates: 3/3 - 3/5/2025"]), "2025-03-05", D3),
    ("r ordinals mdy", cert(lead=("attended",), after=("held March 3rd-5th, 2025",)), "2025-03-05", D3),
    ("r caps month range", cert(lead=("attended",), after=("MARCH 3 - 5, 2025 · CHICAGO, IL",)), "2025-03-05", D3),
    ("w caps date", cert(after=("MARCH 3RD 2025",)), D3, None),
    ("x dated this day + attended on", cert(lead=(), after=("attended the workshop on March 3, 2025", "Dated this 10th day of April, 2025")), D3, None),
    ("x completion and issued captions", cert(after=(), extra=captioned([(80, "March 3, 2025", "Date of Completion"), (470, "April 10, 2025", "Date Issued")])), D3, None),
    ("x issued caption first", cert(after=(), extra=captioned([(80, "April 10, 2025", "Date Issued"), (470, "March 3, 2025", "Date of Completion")])), D3, None),
]


def run(verbose: bool, model: bool, only: str = "") -> int:
    cases = failures = 0
    for name, (want_end, want_start), rec in ingested_cases([(n, it, (e, s)) for n, it, e, s in CASES], model, only):
        got_end = rec["fields"]["completion_date"]["value"]
        got_start = rec["fields"]["start_date"]["value"]
        bad = []
        if not values_match("completion_date", got_end, want_end):
            bad.append(f"completion={got_end!r} (want {want_end!r})")
        if not values_match("start_date", got_start, want_start):
            bad.append(f"start={got_start!r} (want {want_start!r})")
        cases += 1
        failures += bool(bad)
        if bad or verbose:
            print(f"{'FAIL' if bad else 'ok  '} {name:44} " + "; ".join(bad))
    print(f"{cases} cases, {failures} failures")
    return failures


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    run("-v" in sys.argv, "--model" in sys.argv, args[0] if args else "")
