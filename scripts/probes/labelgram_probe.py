# ruff: noqa: E501
"""Probe of labels no list knows (labelgram): a form's 'Label: value' rows, a label cell over its value and a label
column beside a value column, whose labels appear in no list of labels.toml and are worded unlike the training
genres: the title, provider and participant behind them, and the values of other things' labels ('Job Title:',
'Course Level:', 'Employing Facility:', 'Lead Instructor:') kept out of those fields. Usage: PYTHONPATH=src python
scripts/probes/labelgram_probe.py [-v] [--lines] [name-substring]. Each case lists the fields it checks; model on.

51 cases. Lead (9f07701) 10 failures: a label kept in the title ('In-Service Title:', 'Tutorial Name:', 'Symposium
Attended:', 'Title:' after 'Educational Activity'), the learner's 'Home Organization' taken as the provider, a
provider's label kept ('Name of Activity Sponsor:') or its value lost, a heading taken as the title, a 'Hire Date'
taken as the completion date. With the label grammar (labels.toml [label_heads]): 0. The first batch (34) was
written before the grammar, the second (12) after the first ran on it, the third (5) before the dates hook.
"""

from __future__ import annotations

import sys

from drawn import C, T, page, run_probe

B, TB = "Helvetica-Bold", "Times-Bold"


def rows(lines, top=("Northfield Regional Health Network",), heading="Verification of Continuing Education", x=90, y=140, step=22, size=11):
    """A letterhead, a heading, then one 'Label: value' row a line."""
    out = [C(t, 36 + 20 * i, 14, B) for i, t in enumerate(top)] + [C(heading, 90, 20, B)]
    return out + [T(r, x, y + i * step, size) for i, r in enumerate(lines)]


def grid(cells, top=("Statewide Learning Registry",), heading="Record of Training", x0=80, y=150, cols=2):
    """Label cells in small bold print over their values, `cols` cells a row."""
    out = [C(t, 36, 14, B) for t in top] + [C(heading, 80, 20, B)]
    for i, (label, value) in enumerate(cells):
        x = x0 + (i % cols) * 330
        yy = y + (i // cols) * 46
        out += [T(label, x, yy, 8, B), T(value, x, yy + 13, 11)]
    return out


def columns(cells, top=(), heading="CERTIFICATE OF ATTENDANCE", y=150, lx=90, vx=290):
    """A label column (with colons) and a value column beside it."""
    out = [C(t, 36, 14, B) for t in top] + [C(heading, 80, 22, B)]
    for i, (label, value) in enumerate(cells):
        out += [T(label, lx, y + 24 * i, 11, B), T(value, vx, y + 24 * i, 11)]
    return out


def centred(after, top=("Harbor Point Medical Center",), name="Marcus Bell", title=None):
    """A centred certificate: the name in large type, then rows with unknown labels."""
    lines = [*((t, 14, B) for t in top), ("CERTIFICATE OF COMPLETION", 24, B), "Presented to", (name, 22, TB)]
    if title:
        lines += ["for completing", (title, 14, B)]
    return page(lines + list(after))


T1 = "Safe Medication Reconciliation at Discharge"
T2 = "Trauma-Informed Approaches in Primary Care"
T3 = "Ventilator Weaning Protocols"
P1 = "Cascade Valley Nursing Institute"
P2 = "Riverbend Behavioral Health Collaborative"

CASES = [
    # the title behind a label named by an activity noun no list knows
    ("title of offering row", rows(["Learner: Marcus Bell", f"Title of Offering: {T1}", "Date Completed: 04/12/2025", "Contact Hours: 2.0"]), {"course_title": T1}),
    ("ce offering row", rows(["Participant: Marcus Bell", f"CE Offering: {T2}", "Date Completed: 04/12/2025", "Contact Hours: 2.0"]), {"course_title": T2}),
    ("learning module attended", rows(["Participant: Marcus Bell", f"Learning Module Attended: {T3}", "Completion Date: 04/12/2025", "Contact Hours: 1.0"]), {"course_title": T3}),
    ("in-service title row", rows(["Employee: Marcus Bell", f"In-Service Title: {T1}", "Date: 04/12/2025", "Contact Hours: 1.0"]), {"course_title": T1}),
    ("tutorial name row", rows(["Student: Marcus Bell", f"Tutorial Name: {T3}", "Date Completed: 04/12/2025", "CE Hours: 1.0"]), {"course_title": T3}),
    ("symposium attended row", rows(["Attendee: Marcus Bell", f"Symposium Attended: {T2}", "Date: 04/12/2025", "Contact Hours: 6.0"]), {"course_title": T2}),
    ("curriculum grid", grid([("LEARNER", "Marcus Bell"), ("CURRICULUM", T2), ("COMPLETED", "04/12/2025"), ("CONTACT HOURS", "3.0")]), {"course_title": T2}),
    ("offering title grid", grid([("LEARNER", "Marcus Bell"), ("OFFERING TITLE", T1), ("DATE COMPLETED", "04/12/2025"), ("CONTACT HOURS", "2.0")]), {"course_title": T1}),
    ("educational session column", columns([("Attendee:", "Marcus Bell"), ("Educational Session:", T3), ("Date Attended:", "April 12, 2025"), ("Contact Hours:", "1.0")], top=(P1,)), {"course_title": T3}),
    # other things' labels: their values are no title
    ("job title over course", rows(["Learner: Marcus Bell", "Job Title: Charge Nurse II", f"Course: {T1}", "Date Completed: 04/12/2025", "Contact Hours: 2.0"]), {"course_title": T1}),
    ("learner position and level", centred(["Learner Position: Staff Nurse", "Offering Level: Advanced", "on April 12, 2025", "2.0 contact hours"], title=T1), {"course_title": T1}),
    ("target audience line", centred(["Target Audience: Registered Nurses", "Completed April 12, 2025", "2.0 contact hours"], title=T2), {"course_title": T2}),
    ("lead instructor line", centred(["Lead Instructor: Dana Whitcomb, MSN", "on April 12, 2025", "2.0 contact hours"], title=T2), {"course_title": T2, "participant": "Marcus Bell"}),
    ("delivery mode and venue rows", rows(["Learner: Marcus Bell", "Delivery Mode: Blended", "Training Venue: Room 204, East Tower", f"Course: {T3}", "Date Completed: 04/12/2025", "Contact Hours: 1.0"]), {"course_title": T3}),
    # the provider behind a label named by an organisation noun no list knows
    ("sponsoring institution row", rows(["Learner: Marcus Bell", f"Course: {T1}", f"Sponsoring Institution: {P1}", "Date Completed: 04/12/2025", "Contact Hours: 2.0"], top=("Statewide CE Registry",)), {"provider": P1}),
    ("offering organization row", rows(["Learner: Marcus Bell", f"Course: {T1}", f"Offering Organization: {P2}", "Date Completed: 04/12/2025", "Contact Hours: 2.0"], top=()), {"provider": P2}),
    ("continuing education provider row", rows(["Learner: Marcus Bell", f"Course: {T2}", f"Continuing Education Provider: {P1}", "Date Completed: 04/12/2025", "Contact Hours: 2.0"], top=()), {"provider": P1}),
    ("host agency row", rows(["Participant: Marcus Bell", f"Course: {T2}", f"Host Agency: {P2}", "Date: 04/12/2025", "Contact Hours: 2.0"], top=()), {"provider": P2}),
    ("organizer column", columns([("Participant:", "Marcus Bell"), ("Course:", T3), ("Organizer:", P2), ("Date:", "April 12, 2025"), ("Contact Hours:", "1.0")]), {"provider": P2}),
    ("training company grid", grid([("PARTICIPANT", "Marcus Bell"), ("TRAINING COMPANY", P1), ("COURSE", T1), ("DATE", "04/12/2025"), ("HOURS", "2.0")], top=()), {"provider": P1}),
    ("educational institution row", rows(["Student: Marcus Bell", f"Course: {T3}", f"Educational Institution: {P1}", "Date Completed: 04/12/2025", "Contact Hours: 1.0"], top=()), {"provider": P1}),
    # the learner's employer or another body behind an unknown label: never the provider
    ("employing facility row", rows(["Learner: Marcus Bell", "Employing Facility: Westlake General Hospital", f"Course: {T1}", "Date Completed: 04/12/2025", "Contact Hours: 2.0"], top=(P1,)), {"provider": P1}),
    ("home organization row", rows(["Learner: Marcus Bell", "Home Organization: Westlake Community Clinic", f"Course: {T1}", "Date Completed: 04/12/2025", "Contact Hours: 2.0"], top=(P2,)), {"provider": P2}),
    ("learner agency row", rows(["Learner: Marcus Bell", "Learner Agency: Lakeside County Health Department", f"Course: {T2}", "Date Completed: 04/12/2025", "Contact Hours: 2.0"], top=(P1,)), {"provider": P1}),
    ("work department row", rows(["Learner: Marcus Bell", "Work Department: Surgical Services Unit", f"Course: {T2}", "Date Completed: 04/12/2025", "Contact Hours: 2.0"], top=(P1,)), {"provider": P1}),
    ("accrediting organization row", rows(["Learner: Marcus Bell", f"Course: {T3}", "Accrediting Organization: National Board of Respiratory Care", "Date Completed: 04/12/2025", "Contact Hours: 1.0"], top=(P2,)), {"provider": P2}),
    # the participant behind a person noun no list knows, and other people's labels
    ("name of learner row", rows(["Name of Enrollee: Marcus Bell", f"Course: {T1}", "Date Completed: 04/12/2025", "Contact Hours: 2.0"]), {"participant": "Marcus Bell"}),
    ("credential holder row", rows(["Credential Holder: Priya Raman", f"Course: {T1}", "Date Completed: 04/12/2025", "Contact Hours: 2.0"]), {"participant": "Priya Raman"}),
    ("honoree column", columns([("Honoree:", "Priya Raman"), ("Course:", T2), ("Date:", "April 12, 2025"), ("Contact Hours:", "2.0")], top=(P1,)), {"participant": "Priya Raman"}),
    ("practitioner grid", grid([("PRACTITIONER", "Priya Raman"), ("COURSE", T3), ("DATE", "04/12/2025"), ("HOURS", "1.0")]), {"participant": "Priya Raman"}),
    ("reviewer before enrollee", rows(["Peer Reviewer: Thomas Greer", "Enrollee: Priya Raman", f"Course: {T1}", "Date Completed: 04/12/2025", "Contact Hours: 2.0"]), {"participant": "Priya Raman"}),
    ("clinical supervisor before learner name", rows(["Clinical Supervisor: Thomas Greer", "Learner's Full Name: Priya Raman", f"Course: {T1}", "Date Completed: 04/12/2025", "Contact Hours: 2.0"]), {"participant": "Priya Raman"}),
    # a mixed form: every label unknown
    ("all unknown labels", rows(["Enrollee: Priya Raman", f"Offering Title: {T2}", f"Presenting Organization: {P2}", "Offering Date: 04/12/2025", "Nursing Contact Hours: 2.0"], top=()), {"participant": "Priya Raman", "course_title": T2, "provider": P2}),
    ("all unknown labels columns", columns([("Enrollee:", "Priya Raman"), ("Session Attended:", T3), ("Host Institution:", P1), ("Day of Session:", "April 12, 2025"), ("Contact Hours:", "1.0")]), {"participant": "Priya Raman", "course_title": T3, "provider": P1}),
    # second batch, written after the first ran on the branch (not tuned to it)
    ("activity sponsor name row", rows(["Learner: Marcus Bell", f"Course: {T1}", f"Name of Activity Sponsor: {P2}", "Date Completed: 04/12/2025", "Contact Hours: 2.0"], top=()), {"provider": P2}),
    ("sponsoring body grid", grid([("LEARNER", "Marcus Bell"), ("SPONSORING BODY", P1), ("COURSE", T2), ("DATE", "04/12/2025")], top=()), {"provider": P1}),
    ("attendee organization row", rows(["Attendee: Marcus Bell", "Attendee Organization: Westlake General Hospital", f"Course: {T1}", "Date Completed: 04/12/2025", "Contact Hours: 2.0"], top=(P1,)), {"provider": P1}),
    ("participant employer row", rows(["Participant: Marcus Bell", "Participant Employer: Westlake General Hospital", f"Course: {T1}", "Date Completed: 04/12/2025", "Contact Hours: 2.0"], top=(P1,)), {"provider": P1}),
    ("educational activity title row", rows(["Learner: Marcus Bell", f"Educational Activity Title: {T3}", "Date Completed: 04/12/2025", "Contact Hours: 1.0"]), {"course_title": T3}),
    ("primary discipline before course", centred(["Primary Discipline: Nursing Practice", "on April 12, 2025", "1.0 contact hours"], title=T3), {"course_title": T3}),
    ("presenting faculty line", centred(["Presenting Faculty: Dana Whitcomb, DNP", "on April 12, 2025", "2.0 contact hours"], title=T1), {"course_title": T1, "participant": "Marcus Bell"}),
    ("certificate recipient row", rows(["Certificate Recipient: Priya Raman", f"Course: {T2}", "Date Completed: 04/12/2025", "Contact Hours: 2.0"]), {"participant": "Priya Raman"}),
    ("class taken column", columns([("Student:", "Priya Raman"), ("Class Taken:", T2), ("Date:", "April 12, 2025"), ("Clock Hours:", "2.0")], top=(P2,)), {"course_title": T2, "participant": "Priya Raman"}),
    ("seminar and sponsor rows untitled page", rows(["Registrant: Priya Raman", f"Seminar Name: {T1}", f"Seminar Sponsor: {P2}", "Date: 04/12/2025", "CE Hours: 2.0"], top=(), heading="CE Credit Record"), {"course_title": T1, "provider": P2, "participant": "Priya Raman"}),
    ("learner job title in grid", grid([("LEARNER", "Priya Raman"), ("LEARNER JOB TITLE", "Clinical Nurse Specialist"), ("PROGRAM", T3), ("DATE", "04/12/2025")]), {"course_title": T3}),
    ("host site and presenting institution", rows(["Attendee: Priya Raman", f"Course: {T2}", "Host Site: Lakeside Conference Center", f"Presenting Institution: {P1}", "Date: 04/12/2025", "Contact Hours: 2.0"], top=()), {"provider": P1}),
    # third batch: days and codes behind labels no list knows
    ("hire date beside the session day", rows(["Enrollee: Priya Raman", f"Offering Title: {T1}", "Day of Session: 04/12/2025", "Hire Date: 01/05/2019", "Contact Hours: 2.0"]), {"completion_date": "2025-04-12"}),
    ("date of hire above offering date", rows(["Enrollee: Priya Raman", "Date of Hire: 01/05/2019", f"Offering Title: {T2}", "Offering Date: 04/12/2025", "Contact Hours: 2.0"]), {"completion_date": "2025-04-12"}),
    ("credential expiration date", rows(["Enrollee: Priya Raman", "Credential Expiration Date: 06/30/2026", f"Offering Title: {T3}", "Date of Participation: 04/12/2025", "Contact Hours: 1.0"]), {"completion_date": "2025-04-12"}),
    ("completion code row", rows(["Enrollee: Priya Raman", f"Offering Title: {T3}", "Completion Code: WCB-77120", "Date: 04/12/2025", "Contact Hours: 1.0"]), {"certificate_id": "WCB-77120"}),
    ("member id and record number", rows(["Enrollee: Priya Raman", "Member ID: 5581200", f"Offering Title: {T1}", "Attendance Record Number: AR-20931", "Date: 04/12/2025", "Contact Hours: 2.0"]), {"certificate_id": "AR-20931"}),
]


if __name__ == "__main__":
    sys.exit(run_probe(CASES))
