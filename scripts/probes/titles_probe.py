# ruff: noqa: E501, RUF005
"""Blind probe of course title and provider on layouts the training families do not draw.

Usage: PYTHONPATH=src python scripts/probes/titles_probe.py [-v] [--nomodel] [--lines] [name-substring]
Each case draws a landscape certificate with reportlab (layout and font sizes count), runs the real pipeline
(extract -> parse -> normalize -> decide; the trained model on unless --nomodel) and compares course_title and
provider as the evaluator does. An expected value may be a tuple of acceptable readings (a subtitle joined with a
colon or a space; a jointly provided activity's first provider or both).
"""

from __future__ import annotations

import sys

from drawn import C, T, box, ingested_cases, rule

from cecingest.evaluate import values_match

PROV = "Acme Health Education"
TITLE = "Infection Control for Healthcare Workers"
B, R, TB = "Helvetica-Bold", "Helvetica", "Times-Bold"


def cert(top=(PROV,), heading="CERTIFICATE OF COMPLETION", lead=("has successfully completed",),
         title=((TITLE, 16, B),), after=("on March 3, 2025 and is awarded 1.5 contact hours",), footer=(),
         name="Jane Doe", extra=()):
    """A centred sentence certificate: letterhead, heading, name, lead words, title lines, date and credit line."""
    out = [C(t, 36 + 16 * i, 14 if i == 0 else 9, B if i == 0 else R) for i, t in enumerate(top)]
    if heading:
        out.append(C(heading, 80, 26, B))
    out += [C("This certifies that", 130, 12), C(name, 155, 24, TB)]
    y = 195.0
    for t in lead:
        out.append(C(t, y, 12))
        y += 20
    for text, size, font in title:
        out.append(C(text, y, size, font))
        y += size + 6
    for t in after:
        out.append(C(t, y + 8, 12))
        y += 20
    out += [C(t, 520 + 13 * i, 8) for i, t in enumerate(footer)]
    out.append(T("Certificate ID: CE-2025-0412", 60, 575, 8))
    return out + list(extra)


def form(rows, top=(PROV,), heading="CERTIFICATE OF COMPLETION", x=120, y=160, step=26, size=12, footer=()):
    out = [C(t, 36 + 16 * i, 14 if i == 0 else 9, B if i == 0 else R) for i, t in enumerate(top)]
    if heading:
        out.append(C(heading, 80, 24, B))
    out += [T(r, x, y + i * step, size) for i, r in enumerate(rows)]
    return out + [C(t, 520 + 13 * i, 8) for i, t in enumerate(footer)]


def sig(lines, x=470, y=440):
    """A signature block: a rule, then its lines in small print."""
    return [rule(x, y, 220)] + [T(t, x, y + 6 + 12 * i, 9) for i, t in enumerate(lines)]


D = dict
ROWS = ["Participant: Jane Doe", "Date of Completion: March 3, 2025", "Contact Hours: 1.5"]
ROWS_T = ["Participant: Jane Doe", "Course: Infection Control for Healthcare Workers", "Date of Completion: March 3, 2025", "Contact Hours: 1.5"]
CASES: list[tuple[str, list, dict]] = [
    # ================= TITLES =================
    ("t control", cert(), D()),
    ("t for successfully completing inline", cert(lead=(), title=(("for successfully completing Wound Care Essentials for Home Health Nurses", 12, R),)), D(course_title="Wound Care Essentials for Home Health Nurses")),
    ("t for successfully completing above", cert(lead=("for successfully completing",), title=(("Wound Care Essentials for Home Health Nurses", 16, B),)), D(course_title="Wound Care Essentials for Home Health Nurses")),
    ("t entitled inline", cert(lead=(), title=(("has completed the course entitled Pediatric Asthma Management", 12, R),)), D(course_title="Pediatric Asthma Management")),
    ("t entitled above", cert(lead=("has completed the continuing education activity entitled",), title=(("Pediatric Asthma Management", 16, B),)), D(course_title="Pediatric Asthma Management")),
    ("t entitled quoted", cert(lead=("has completed the program entitled",), title=(("“Safe Patient Handling and Mobility”", 16, B),)), D(course_title="Safe Patient Handling and Mobility")),
    ("t on the topic of inline", cert(lead=(), title=(("attended a presentation on the topic of Ethics in Social Work Practice", 12, R),)), D(course_title="Ethics in Social Work Practice")),
    ("t on the topic of above", cert(lead=("has attended a seminar on the topic of",), title=(("Ethics in Social Work Practice", 16, B),)), D(course_title="Ethics in Social Work Practice")),
    ("t quoted own line", cert(title=(("“Managing Difficult Conversations”", 16, B),)), D(course_title="Managing Difficult Conversations")),
    ("t quoted inline webinar", cert(lead=(), title=(('completed the webinar "Cloud Security Fundamentals" on March 3, 2025', 12, R),), after=("and earned 1.5 contact hours",)), D(course_title="Cloud Security Fundamentals")),
    ("t subtitle smaller", cert(title=(("Opioid Stewardship", 18, B), ("Safe Prescribing in Primary Care", 12, R))), D(course_title=("Opioid Stewardship: Safe Prescribing in Primary Care", "Opioid Stewardship Safe Prescribing in Primary Care", "Opioid Stewardship - Safe Prescribing in Primary Care"))),
    ("t subtitle smaller italic", cert(title=(("Sepsis Bundles", 18, B), ("From Evidence to Bedside", 12, "Helvetica-Oblique"))), D(course_title=("Sepsis Bundles: From Evidence to Bedside", "Sepsis Bundles From Evidence to Bedside", "Sepsis Bundles - From Evidence to Bedside"))),
    ("t ALL CAPS", cert(title=(("INFECTION CONTROL AND PREVENTION IN LONG-TERM CARE", 16, B),)), D(course_title="INFECTION CONTROL AND PREVENTION IN LONG-TERM CARE")),
    ("t ALL CAPS two lines", cert(title=(("MANAGING BEHAVIORAL EMERGENCIES", 16, B), ("IN THE ACUTE CARE SETTING", 16, B))), D(course_title="MANAGING BEHAVIORAL EMERGENCIES IN THE ACUTE CARE SETTING")),
    ("t colon subtitle", cert(title=(("Diabetes Update: New Guidelines for Primary Care", 16, B),)), D(course_title="Diabetes Update: New Guidelines for Primary Care")),
    ("t HIV/AIDS 101", cert(title=(("HIV/AIDS 101", 16, B),)), D(course_title="HIV/AIDS 101")),
    ("t 2025 Annual Conference", cert(title=(("2025 Annual Nursing Leadership Conference", 16, B),)), D(course_title="2025 Annual Nursing Leadership Conference")),
    ("t Part 2 of 3", cert(title=(("Financial Reporting Update, Part 2 of 3", 16, B),), after=("on March 3, 2025 and is awarded 2.0 CPE credits",)), D(course_title="Financial Reporting Update, Part 2 of 3")),
    ("t hours inside - 1 Hour", cert(title=(("Cybersecurity Incident Management - 1 Hour", 16, B),), after=("on March 3, 2025",)), D(course_title=("Cybersecurity Incident Management - 1 Hour", "Cybersecurity Incident Management"))),  # the project strips a closing length
    ("t hours inside (2 Hours)", cert(title=(("Bloodborne Pathogens Training (2 Hours)", 16, B),), after=("Completed March 3, 2025 · 2 contact hours",)), D(course_title=("Bloodborne Pathogens Training (2 Hours)", "Bloodborne Pathogens Training"))),
    ("t OSHA 30-Hour", cert(title=(("OSHA 30-Hour Construction Safety", 16, B),), after=("on March 3, 2025 and is awarded 30 contact hours",)), D(course_title="OSHA 30-Hour Construction Safety")),
    ("t beside a logo", cert(title=(), extra=[box(90, 230, 60, 60), T("Fall Prevention in Acute Care", 170, 250, 18, B)]), D(course_title="Fall Prevention in Acute Care")),
    ("t table Activity Title row", form(["Participant: Jane Doe"], y=160) + [T("Activity Title", 120, 200, 11, B), T("Telehealth Best Practices", 300, 200, 11), T("Date", 120, 222, 11, B), T("March 3, 2025", 300, 222, 11), T("Contact Hours", 120, 244, 11, B), T("1.5", 300, 244, 11)], D(course_title="Telehealth Best Practices")),
    ("t table header row", form(["Participant: Jane Doe"], y=160) + [T(h, x, 210, 10, B) for h, x in (("Activity Title", 80), ("Date", 420), ("Credits", 560))] + [T(v, x, 228, 10) for v, x in (("Telehealth Best Practices", 80), ("03/03/2025", 420), ("1.5 contact hours", 560))], D(course_title="Telehealth Best Practices")),
    ("t heading Continuing Education Certificate", cert(heading="Continuing Education Certificate"), D()),
    ("t heading CE Certificate + lead for", cert(heading="CONTINUING EDUCATION CERTIFICATE", lead=("for completion of",)), D()),
    ("t heading Certificate of Attendance, attending", cert(heading="Certificate of Attendance", lead=("attended",)), D()),
    ("t webinar series above session", cert(title=(("Grand Rounds Webinar Series", 11, R), ("Sepsis Recognition in the Emergency Department", 16, B))), D(course_title=("Sepsis Recognition in the Emergency Department", "Grand Rounds Webinar Series: Sepsis Recognition in the Emergency Department"))),
    ("t series label + session", cert(title=(("Leadership Webinar Series · Session 4", 11, R), ("Coaching for Performance", 16, B))), D(course_title=("Coaching for Performance", "Session 4: Coaching for Performance", "Leadership Webinar Series · Session 4 Coaching for Performance", "Leadership Webinar Series: Coaching for Performance"))),
    ("t course code IS-100", cert(title=(("IS-00100.c: Introduction to the Incident Command System", 16, B),)), D(course_title="IS-00100.c: Introduction to the Incident Command System")),
    ("t sentence participation held on", cert(lead=(), title=(("for participation in Trauma-Informed Care: A Primer held on March 3, 2025", 12, R),), after=("1.5 contact hours",)), D(course_title="Trauma-Informed Care: A Primer")),
    ("t attended the live webinar", cert(lead=(), title=(("has attended the live webinar Conflict Resolution for Managers", 12, R),)), D(course_title="Conflict Resolution for Managers")),
    ("t credits then for completing", cert(lead=(), title=(("is hereby awarded 2.0 CPE credits for completing Revenue Recognition Under ASC 606", 12, R),), after=("on March 3, 2025",)), D(course_title="Revenue Recognition Under ASC 606")),
    ("t completed the online course colon", cert(lead=(), title=(("has completed the online course: Data Privacy Essentials", 12, R),)), D(course_title="Data Privacy Essentials")),
    ("t ampersand", cert(title=(("Leadership & Team Building in Healthcare", 16, B),)), D(course_title="Leadership & Team Building in Healthcare")),
    ("t apostrophe parens", cert(title=(("Alzheimer's Disease (Early Stage) Care Planning", 16, B),)), D(course_title="Alzheimer's Disease (Early Stage) Care Planning")),
    ("t long wrapped", cert(title=(("Recognizing and Responding to Human Trafficking", 16, B), ("in Healthcare and Social Service Settings", 16, B))), D(course_title="Recognizing and Responding to Human Trafficking in Healthcare and Social Service Settings")),
    ("t title bigger than name", cert(name="Jane Doe", title=(("Cardiac Rhythm Interpretation", 26, B),)), D(course_title="Cardiac Rhythm Interpretation")),
    ("t starts with number", cert(title=(("10 Steps to Safer Medication Administration", 16, B),)), D(course_title="10 Steps to Safer Medication Administration")),
    ("t contains Provider word", cert(title=(("ACLS Provider Renewal Course", 16, B),)), D(course_title="ACLS Provider Renewal Course")),
    ("t contains Certified", cert(title=(("Certified Nursing Assistant Refresher", 16, B),)), D(course_title="Certified Nursing Assistant Refresher")),
    ("t contains Certificate Program", cert(heading="Certificate of Achievement", title=(("Certificate Program in Project Management", 16, B),), after=("on March 3, 2025 and is awarded 35 PDUs",)), D(course_title="Certificate Program in Project Management")),
    ("t contains Continuing Education", cert(title=(("Ethics Continuing Education for CPAs", 16, B),), after=("on March 3, 2025 and is awarded 4.0 CPE credits",)), D(course_title="Ethics Continuing Education for CPAs")),
    ("t Module 3 prefix", cert(title=(("Module 3: Medication Reconciliation", 16, B),)), D(course_title="Module 3: Medication Reconciliation")),
    ("t sentence case", cert(title=(("Introduction to pharmacology for nurses", 16, B),)), D(course_title="Introduction to pharmacology for nurses")),
    ("t no lead words", cert(lead=(), title=(("Understanding Anxiety Disorders", 18, B),)), D(course_title="Understanding Anxiety Disorders")),
    ("t for the course inline date", cert(lead=(), title=(("for the course Workplace Violence Prevention on March 3, 2025", 12, R),), after=("1.5 contact hours",)), D(course_title="Workplace Violence Prevention")),
    ("t title colon-end wrap", cert(title=(("Pain Management:", 16, B), ("An Interdisciplinary Approach", 16, B))), D(course_title="Pain Management: An Interdisciplinary Approach")),
    ("t date glued to title", cert(lead=("has completed",), title=(("Quarterly Compliance Policy Review on February 5, 2025", 14, B),), after=("1.5 contact hours",)), D(course_title="Quarterly Compliance Policy Review")),
    ("t spaced heading", cert(heading="C E R T I F I C A T E   O F   C O M P L E T I O N"), D()),
    ("t in recognition of completing", cert(lead=("in recognition of completing",), title=(("Advanced Wound Assessment", 16, B),)), D(course_title="Advanced Wound Assessment")),
    ("t teacher clock hours", cert(top=("Lincoln County School District",), heading="Professional Development Certificate", title=(("Differentiated Instruction in the Inclusive Classroom", 16, B),), after=("on March 3, 2025", "Clock Hours: 6")), D(course_title="Differentiated Instruction in the Inclusive Classroom", provider="Lincoln County School District")),
    ("t fitness CEC", cert(top=("Peak Performance Fitness Academy",), title=(("Functional Training for Older Adults", 16, B),), after=("on March 3, 2025", "0.2 CECs")), D(course_title="Functional Training for Older Adults", provider="Peak Performance Fitness Academy")),
    ("t IT cloud", cert(top=("Skyline Cloud Training Group",), title=(("AWS Cloud Practitioner Essentials", 16, B),), after=("on March 3, 2025", "CPE Credits: 6")), D(course_title="AWS Cloud Practitioner Essentials", provider="Skyline Cloud Training Group")),
    ("t HR FMLA", cert(top=("Cascade HR Society",), title=(("Navigating FMLA and ADA Leave", 16, B),), after=("on March 3, 2025", "SHRM PDCs: 1.5")), D(course_title="Navigating FMLA and ADA Leave", provider="Cascade HR Society")),
    ("t engineering seismic", cert(top=("Pacific Engineering Seminars",), title=(("Seismic Design of Steel Structures", 16, B),), after=("on March 3, 2025", "PDH Credits: 4")), D(course_title="Seismic Design of Steel Structures", provider="Pacific Engineering Seminars")),
    ("t PMI agile", cert(top=("Apex PM Training",), title=(("Agile Project Management Fundamentals", 16, B),), after=("on March 3, 2025", "PDUs: 7")), D(course_title="Agile Project Management Fundamentals", provider="Apex PM Training")),
    ("t pharmacy ACPE", cert(top=("Northstar Pharmacy Association",), title=(("Immunization Update for Pharmacists", 16, B),), after=("on March 3, 2025", "1.5 contact hours (0.15 CEU)", "ACPE UAN: 0123-4567-25-001-H06-P")), D(course_title="Immunization Update for Pharmacists", provider="Northstar Pharmacy Association")),
    ("t left aligned layout", [T(PROV, 60, 40, 14, B), T("CERTIFICATE OF COMPLETION", 60, 80, 24, B), T("Awarded to", 60, 140, 11), T("Jane Doe", 60, 158, 22, TB), T("for completing", 60, 200, 11), T("Hand Hygiene Compliance Essentials", 60, 218, 16, B), T("March 3, 2025 · 1.5 contact hours", 60, 250, 11)], D(course_title="Hand Hygiene Compliance Essentials")),
    ("t label Course Title", form(["Participant: Jane Doe", "Course Title: Medication Safety in Pediatrics", "Date of Completion: March 3, 2025", "Contact Hours: 1.5"]), D(course_title="Medication Safety in Pediatrics")),
    ("t label Program", form(["Participant: Jane Doe", "Program: Medication Safety in Pediatrics", "Date of Completion: March 3, 2025", "Contact Hours: 1.5"]), D(course_title="Medication Safety in Pediatrics")),
    ("t label Session Title", form(["Attendee: Jane Doe", "Session Title: Medication Safety in Pediatrics", "Date: March 3, 2025", "Contact Hours: 1.5"]), D(course_title="Medication Safety in Pediatrics")),
    ("t label Topic", form(["Name: Jane Doe", "Topic: Medication Safety in Pediatrics", "Date: March 3, 2025", "CE Hours: 1.5"]), D(course_title="Medication Safety in Pediatrics")),
    ("t small caption above", form(["Participant: Jane Doe"]) + [T("COURSE NAME", 120, 200, 7, B), T("Medication Safety in Pediatrics", 120, 211, 13), T("Date of Completion: March 3, 2025", 120, 250, 12), T("Contact Hours: 1.5", 120, 276, 12)], D(course_title="Medication Safety in Pediatrics")),
    ("t title with instructor", cert(title=(("Threat Hunting with Zeek | John Strand", 16, B),), after=("on March 3, 2025", "CPE Credits: 1")), D(course_title=("Threat Hunting with Zeek | John Strand", "Threat Hunting with Zeek"))),
    ("t conference venue year", cert(heading="Certificate of Attendance", lead=("attended the",), title=(("Midwest Pharmacy Symposium 2024", 16, B),), after=("held October 12-13, 2024 in Chicago, Illinois", "12.0 contact hours")), D(course_title="Midwest Pharmacy Symposium 2024")),
    # ================= PROVIDERS =================
    ("p presented by footer", cert(top=(), footer=("Presented by Riverbend Nursing Institute",)), D(provider="Riverbend Nursing Institute")),
    ("p presented by under title", cert(top=(), after=("on March 3, 2025 and is awarded 1.5 contact hours", "Presented by Riverbend Nursing Institute")), D(provider="Riverbend Nursing Institute")),
    ("p offered by", cert(top=(), footer=("Offered by Meadowbrook Learning Center",)), D(provider="Meadowbrook Learning Center")),
    ("p sponsored by", cert(top=(), footer=("Sponsored by Northstar Pharmacy Association",)), D(provider="Northstar Pharmacy Association")),
    ("p hosted by", cert(top=(), footer=("Hosted by Cascade HR Society",)), D(provider="Cascade HR Society")),
    ("p jointly provided", cert(top=(), footer=("This activity is jointly provided by Summit Medical Education and Lakeview Health System.",)), D(provider=("Summit Medical Education", "Summit Medical Education and Lakeview Health System"))),
    ("p jointly provided two lines", cert(top=(), footer=("Jointly provided by", "Summit Medical Education and Lakeview Health System")), D(provider=("Summit Medical Education", "Summit Medical Education and Lakeview Health System"))),
    ("p in collaboration with top", cert(top=("Blue Ridge Pharmacy Academy", "in collaboration with Eastern State College of Pharmacy")), D(provider=("Blue Ridge Pharmacy Academy", "Blue Ridge Pharmacy Academy in collaboration with Eastern State College of Pharmacy"))),
    ("p in collaboration with one line", cert(top=("Blue Ridge Pharmacy Academy in collaboration with Eastern State College of Pharmacy",)), D(provider=("Blue Ridge Pharmacy Academy", "Blue Ridge Pharmacy Academy in collaboration with Eastern State College of Pharmacy"))),
    ("p in partnership with", cert(top=("Granite Safety Council",), footer=("Delivered in partnership with Northern Valley Community College",)), D(provider="Granite Safety Council")),
    ("p footer address only", cert(top=(), footer=("Harbor Point Training Center · 120 Main Street, Portland, OR 97201 · (503) 555-0100",)), D(provider="Harbor Point Training Center")),
    ("p footer address comma", cert(top=(), footer=("Harbor Point Training Center, 120 Main Street, Suite 400, Portland, OR 97201",)), D(provider="Harbor Point Training Center")),
    ("p footer address two lines", cert(top=(), footer=("Harbor Point Training Center", "120 Main Street, Portland, OR 97201 | www.harborpoint.org")), D(provider="Harbor Point Training Center")),
    ("p signature block one line", cert(top=(), extra=sig(["Maria Lopez, Director of Education, Silverlake Medical Center"], x=380)), D(provider="Silverlake Medical Center")),
    ("p signature block three lines", cert(top=(), extra=sig(["Maria Lopez, MSN, RN", "Director of Education", "Silverlake Medical Center"])), D(provider="Silverlake Medical Center")),
    ("p signature Jane Roe Acme", cert(top=(), name="Paul Smith", extra=sig(["Jane Roe, Director of Education, Acme Health"], x=420)), D(participant="Paul Smith", provider="Acme Health")),
    ("p accreditor statement only", cert(top=(), footer=("Silverlake Medical Center is accredited as a provider of nursing continuing professional development", "by the American Nurses Credentialing Center's Commission on Accreditation.")), D(provider="Silverlake Medical Center")),
    ("p accreditor statement one line", cert(top=(), footer=("Silverlake Medical Center is accredited by ANCC as a provider of nursing continuing professional development.",)), D(provider="Silverlake Medical Center")),
    ("p accreditor statement with top", cert(top=("Oak Valley Nursing Education",), footer=("Oak Valley Nursing Education is accredited as a provider of nursing continuing professional development by the American Nurses Credentialing Center's Commission on Accreditation.",)), D(provider="Oak Valley Nursing Education")),
    ("p ANCC logo text and provider", cert(top=("Oak Valley Nursing Education",), extra=[T("ANCC", 660, 30, 18, B), T("ACCREDITED PROVIDER", 640, 52, 7)]), D(provider="Oak Valley Nursing Education")),
    ("p CPA NASBA statement", cert(top=(), after=("on March 3, 2025 and is awarded 2.0 CPE credits",), footer=("Ledger Learning Group, LLC is registered with the National Association of State Boards of Accountancy (NASBA)", "as a sponsor of continuing professional education on the National Registry of CPE Sponsors. Sponsor ID 112233.")), D(provider="Ledger Learning Group, LLC")),
    ("p PMI ATP statement", cert(top=(), after=("on March 3, 2025 and has earned 7 PDUs",), footer=("Apex PM Training is a PMI Authorized Training Partner. ATP #4321.",)), D(provider="Apex PM Training")),
    ("p IACET statement", cert(top=(), after=("on March 3, 2025 and has earned 0.3 CEUs",), footer=("Blue Harbor Engineering Academy has been accredited as an Authorized Provider by the International Accreditors for Continuing Education and Training (IACET).",)), D(provider="Blue Harbor Engineering Academy")),
    ("p university department top", cert(top=("Department of Nursing", "Eastbrook University")), D(provider=("Eastbrook University Department of Nursing", "Department of Nursing, Eastbrook University", "Eastbrook University", "Department of Nursing Eastbrook University"))),
    ("p university dept one line", cert(top=("Eastbrook University · Department of Nursing",)), D(provider=("Eastbrook University", "Eastbrook University · Department of Nursing"))),
    ("p school of social work", cert(top=("University of Northfield School of Social Work",)), D(provider="University of Northfield School of Social Work")),
    ("p office of CME", cert(top=("Granite State University School of Medicine", "Office of Continuing Medical Education"), after=("on March 3, 2025 and is awarded 1.0 AMA PRA Category 1 Credit™",)), D(provider=("Granite State University School of Medicine", "Granite State University School of Medicine Office of Continuing Medical Education"))),
    ("p continuing studies university", cert(top=("Westfield University Continuing Studies",)), D(provider="Westfield University Continuing Studies")),
    ("p label Provider", form(["Participant: Jane Doe", "Course: Infection Control for Healthcare Workers", "Provider: Coastal Counseling Institute", "Date of Completion: March 3, 2025", "Contact Hours: 1.5"], top=()), D(provider="Coastal Counseling Institute")),
    ("p label Provided by colon", form(["Participant: Jane Doe", "Course: Infection Control for Healthcare Workers", "Provided by: Sunrise Home Health Agency", "Date of Completion: March 3, 2025", "Contact Hours: 1.5"], top=()), D(provider="Sunrise Home Health Agency")),
    ("p table Provider Name", form(["Participant: Jane Doe", "Course: Infection Control for Healthcare Workers", "Date of Completion: March 3, 2025", "Contact Hours: 1.5"], top=()) + [T("Provider Name", 120, 300, 11, B), T("Coastal Counseling Institute", 300, 300, 11)], D(provider="Coastal Counseling Institute")),
    ("p letterhead with address", cert(top=("Meridian Behavioral Health Institute", "2200 Lakeview Drive, Suite 300, Austin, TX 78701")), D(provider="Meridian Behavioral Health Institute")),
    ("p Inc", cert(top=("Bright Future Learning, Inc.",)), D(provider="Bright Future Learning, Inc.")),
    ("p ALL CAPS", cert(top=("MERIDIAN HEALTH ACADEMY",)), D(provider="MERIDIAN HEALTH ACADEMY")),
    ("p brand one word + copyright", cert(top=("Relias",), footer=("© 2025 Relias LLC. All rights reserved.",)), D(provider=("Relias", "Relias LLC"))),
    ("p approved by board, provider top", cert(top=("Buckeye Nurse Educators",), footer=("Approved by the Ohio Board of Nursing, Provider #OBN-001-91",)), D(provider="Buckeye Nurse Educators")),
    ("p issued by sentence", cert(top=(), footer=("This certificate is issued by Pinecrest Engineering Society.",)), D(provider="Pinecrest Engineering Society")),
    ("p presented by person, org top", cert(top=("Crescent Pharmacy Network",), after=("on March 3, 2025 and is awarded 1.5 contact hours", "Presented by Dr. Alan Smith, PharmD")), D(provider="Crescent Pharmacy Network")),
    ("p signature caption org", cert(top=(), extra=sig(["Director of Continuing Education", "Greenfield Community College"], x=440)), D(provider="Greenfield Community College")),
    ("p contact footer", cert(top=(), footer=("Questions? Contact Redwood Compliance Academy at ce@redwood.org",)), D(provider="Redwood Compliance Academy")),
    ("p a program of", cert(top=(), footer=("A program of the Western Dental Society",)), D(provider="Western Dental Society")),
    ("p presented by the Society of CPAs", cert(top=(), after=("on March 3, 2025 and is awarded 8.0 CPE credits",), footer=("Presented by the Texas Society of CPAs",)), D(provider="Texas Society of CPAs")),
    ("p city department", cert(top=("City of Springfield", "Department of Human Resources"), heading="Certificate of Training"), D(provider=("City of Springfield", "City of Springfield Department of Human Resources", "Department of Human Resources, City of Springfield"))),
    ("p school district", cert(top=("Maplewood Unified School District",), heading="Professional Development Certificate", after=("on March 3, 2025", "Clock Hours: 6")), D(provider="Maplewood Unified School District")),
    ("p tagline em dash", cert(top=("Evergreen CE Partners — Education that moves you",)), D(provider="Evergreen CE Partners")),
    ("p name with 'for'", cert(top=("Center for Professional Nursing Excellence",)), D(provider="Center for Professional Nursing Excellence")),
    ("p name with 'of'", cert(top=("American College of Wound Specialists",)), D(provider="American College of Wound Specialists")),
    ("p SANS-like two words", cert(top=("Ironclad Institute",), after=("on March 3, 2025", "CPE Credits: 6")), D(provider="Ironclad Institute")),
    ("p provider right-aligned small", cert(top=(), extra=[T("Northwind Respiratory Care Society", 520, 40, 10, B)]), D(provider="Northwind Respiratory Care Society")),
    ("p URL only", cert(top=(), footer=("www.clearpathlearning.com",)), D(provider=("clearpathlearning.com", "www.clearpathlearning.com", "Clearpath Learning", "ClearPath Learning"))),
    ("p provider and presenters", cert(top=("Lakeshore Regional Hospital",), footer=("Faculty: Ann Lee, RN, MSN and Omar Reyes, PharmD",)), D(provider="Lakeshore Regional Hospital")),
    ("p approved provider statement", cert(top=(), after=("on March 3, 2025 and has earned 2 CE hours",), footer=("Keystone Counseling Academy is an NBCC Approved Continuing Education Provider (ACEP) No. 6543.",)), D(provider="Keystone Counseling Academy")),
    ("p ACE social work statement", cert(top=(), after=("on March 3, 2025 and has earned 3 CE hours",), footer=("Bridgeway Social Work Seminars, provider #1234, is approved as an ACE provider by the Association of Social Work Boards (ASWB).",)), D(provider="Bridgeway Social Work Seminars")),
    ("p ACCME statement", cert(top=(), after=("on March 3, 2025 and is awarded 1.0 AMA PRA Category 1 Credit™",), footer=("The Harborview Medical Institute is accredited by the Accreditation Council for Continuing Medical Education (ACCME)", "to provide continuing medical education for physicians.")), D(provider=("Harborview Medical Institute", "The Harborview Medical Institute"))),
    # ---- providers, third round (written before any code change for them) ----
    ("p3 produced by", cert(top=(), footer=("Produced by Lakeside Continuing Education Services",)), D(provider="Lakeside Continuing Education Services")),
    ("p3 developed by", cert(top=(), footer=("Developed by Northstar Pharmacy Association",)), D(provider="Northstar Pharmacy Association")),
    ("p3 offered through", cert(top=(), footer=("Offered through Westfield University Continuing Studies",)), D(provider="Westfield University Continuing Studies")),
    ("p3 co-sponsored by", cert(top=(), footer=("Co-sponsored by Summit Medical Education and Lakeview Health System",)), D(provider=("Summit Medical Education", "Summit Medical Education and Lakeview Health System"))),
    ("p3 presented by person of org", cert(top=(), footer=("Presented by Dr. Alan Smith of Crescent Pharmacy Network",)), D(provider="Crescent Pharmacy Network")),
    ("p3 Provider label + accreditation tail", form(ROWS_T + ["Provider: Oak Valley Nursing Education, an ANCC accredited provider"], top=()), D(provider="Oak Valley Nursing Education")),
    ("p3 copyright only", cert(top=(), footer=("© 2025 Bright Future Learning, Inc. All rights reserved.",)), D(provider="Bright Future Learning, Inc.")),
    ("p3 letterhead with registered mark", cert(top=("Meridian Health Academy®",)), D(provider=("Meridian Health Academy", "Meridian Health Academy®"))),
    ("p3 letterhead + motto below caps", cert(top=("SUMMIT SAFETY ACADEMY", "Excellence in Workplace Safety Training")), D(provider="SUMMIT SAFETY ACADEMY")),
    ("p3 two logos names side by side", cert(top=(), extra=[T("Lakeshore Regional Hospital", 60, 30, 12, B), T("Eastbrook University", 560, 30, 12, B)]), D(provider=("Lakeshore Regional Hospital", "Eastbrook University"))),
    ("p3 right-aligned footer provider + page no", cert(top=(), footer=("Pinecrest Engineering Society  ·  Page 1 of 1",)), D(provider="Pinecrest Engineering Society")),
    ("p3 provider approved by, number first", cert(top=(), footer=("Provider #1234: Keystone Counseling Academy is approved by the Pennsylvania State Board of Social Workers.",)), D(provider="Keystone Counseling Academy")),
    ("p3 accredited provider sentence lower", cert(top=(), footer=("Continuing education credit is provided by the Bayside Dental Society, an ADA CERP Recognized Provider.",)), D(provider="Bayside Dental Society")),
    ("p3 neg hotel letterhead-like venue", cert(top=("Granite Safety Council",), after=("on March 3, 2025 and is awarded 1.5 contact hours", "Hilton Garden Inn Conference Center · Manchester, New Hampshire")), D(provider="Granite Safety Council")),
    ("p3 neg instructor name big", cert(top=("Granite Safety Council",), extra=[T("Instructor", 470, 446, 9), T("Dr. Samuel Whitaker", 470, 430, 14, B)]), D(provider="Granite Safety Council")),
    ("p sponsor label in table", form(["Participant: Jane Doe", "Course: Infection Control for Healthcare Workers", "Sponsor: Tri-County Emergency Medical Services Council", "Date: March 3, 2025", "CE Hours: 1.5"], top=()), D(provider="Tri-County Emergency Medical Services Council")),
    # ---- providers, second round (written before any code change for them) ----
    ("p2 approved as a provider of ... by board", cert(top=(), footer=("Crestview Health is approved as a provider of continuing nursing education by the Texas Board of Nursing.",)), D(provider="Crestview Health")),
    ("p2 approved by association to sponsor", cert(top=(), after=("on March 3, 2025 and has earned 3 CE hours",), footer=("Lakeside Behavioral Services is approved by the California Association of Marriage and Family Therapists to sponsor continuing education.",)), D(provider="Lakeside Behavioral Services")),
    ("p2 course approved by board, letterhead", cert(top=("Sunshine Nurse Seminars",), footer=("This course is approved by the Florida Board of Nursing, CE Broker Provider #50-12345.",)), D(provider="Sunshine Nurse Seminars")),
    ("p2 BRN provider number, letterhead", cert(top=("Golden Gate Nursing Seminars",), footer=("Provider approved by the California Board of Registered Nursing, Provider Number CEP 12345, for 1.5 contact hours.",)), D(provider="Golden Gate Nursing Seminars")),
    ("p2 sponsored vs grant", cert(top=(), footer=("Sponsored by Northfield Medical Society", "Supported by an educational grant from Novagen Pharmaceuticals, Inc.")), D(provider="Northfield Medical Society")),
    ("p2 grant, letterhead", cert(top=("Lakeshore Regional Hospital",), footer=("Supported by an educational grant from Novagen Pharmaceuticals, Inc.",)), D(provider="Lakeshore Regional Hospital")),
    ("p2 independent grant, presented by", cert(top=(), footer=("Presented by Summit Medical Education", "This activity is supported by an independent educational grant from Genova Biotech, Inc.")), D(provider="Summit Medical Education")),
    ("p2 grant first, provider letterhead", cert(top=("Summit CME Partners",), after=("on March 3, 2025 and is awarded 1.0 AMA PRA Category 1 Credit™", "Supported by an unrestricted educational grant from Genova Biotech")), D(provider="Summit CME Partners")),
    ("p2 Provider label + #number", form(["Participant: Jane Doe", "Course: Infection Control for Healthcare Workers", "Provider: Coastal Counseling Institute, Provider #50-1234", "Date of Completion: March 3, 2025", "Contact Hours: 1.5"], top=()), D(provider="Coastal Counseling Institute")),
    ("p2 Provider label + (CEP)", form(["Participant: Jane Doe", "Course: Infection Control for Healthcare Workers", "Provider: Coastal Counseling Institute (CEP 16789)", "Date of Completion: March 3, 2025", "Contact Hours: 1.5"], top=()), D(provider="Coastal Counseling Institute")),
    ("p2 Provider Name + Provider Number row", form(["Participant: Jane Doe", "Course: Infection Control for Healthcare Workers", "Date of Completion: March 3, 2025", "Contact Hours: 1.5"], top=()) + [T("Provider Name: Coastal Counseling Institute", 120, 300, 11), T("Provider Number: 12345", 470, 300, 11)], D(provider="Coastal Counseling Institute")),
    ("p2 Approved Provider + # after", form(["Participant: Jane Doe", "Course: Infection Control for Healthcare Workers", "Approved Provider: Coastal Counseling Institute #1234", "Date of Completion: March 3, 2025", "Contact Hours: 1.5"], top=()), D(provider="Coastal Counseling Institute")),
    ("p2 Provider + No. after name", form(["Participant: Jane Doe", "Course: Infection Control for Healthcare Workers", "Provider: Coastal Counseling Institute  No. 1234", "Date of Completion: March 3, 2025", "Contact Hours: 1.5"], top=()), D(provider="Coastal Counseling Institute")),
    ("p2 university, college line", cert(top=("Northfield State University", "College of Nursing")), D(provider=("Northfield State University", "Northfield State University College of Nursing", "Northfield State University, College of Nursing"))),
    ("p2 school line over university", cert(top=("School of Pharmacy", "Northfield State University")), D(provider=("Northfield State University", "Northfield State University School of Pharmacy", "School of Pharmacy, Northfield State University", "School of Pharmacy Northfield State University"))),
    ("p2 CAPS university + department", cert(top=("NORTHFIELD STATE UNIVERSITY", "Department of Physical Therapy")), D(provider=("NORTHFIELD STATE UNIVERSITY", "NORTHFIELD STATE UNIVERSITY Department of Physical Therapy", "Department of Physical Therapy, NORTHFIELD STATE UNIVERSITY"))),
    ("p2 university · school · office", cert(top=("University of Eastbrook · School of Public Health · Office of Continuing Education",)), D(provider=("University of Eastbrook", "University of Eastbrook School of Public Health"))),
    ("p2 certificate issued by footer", cert(top=(), footer=("Certificate issued by Pinecrest Engineering Society",)), D(provider="Pinecrest Engineering Society")),
    ("p2 Issued by label", form(ROWS_T + ["Issued by: Pinecrest Engineering Society"], top=()), D(provider="Pinecrest Engineering Society")),
    ("p2 issued on behalf of", cert(top=(), footer=("Issued on behalf of the Tri-County Dental Society",)), D(provider="Tri-County Dental Society")),
    ("p2 brought to you by footer", cert(top=(), footer=("Brought to you by Meadowbrook Learning Center",)), D(provider="Meadowbrook Learning Center")),
    ("p2 brought to you by two lines", cert(top=(), footer=("Brought to you by", "Meadowbrook Learning Center")), D(provider="Meadowbrook Learning Center")),
    ("p2 provider in title only", cert(top=(), title=(("Riverside Hospital Sepsis Update", 16, B),)), D(course_title="Riverside Hospital Sepsis Update", provider="Riverside Hospital")),
    ("p2 provider in title, health", cert(top=(), title=(("Acme Health Annual Skills Review 2025", 16, B),)), D(course_title="Acme Health Annual Skills Review 2025", provider="Acme Health")),
    ("p2 LMS powered by footer", cert(top=("Lakeshore Regional Hospital",), footer=("Powered by TalentLMS",)), D(provider="Lakeshore Regional Hospital")),
    ("p2 LMS learning center footer", cert(top=("Lakeshore Regional Hospital",), footer=("Delivered via the HealthStream Learning Center",)), D(provider="Lakeshore Regional Hospital")),
    ("p2 LMS header, provider offered by", cert(top=(), footer=("Offered by Granite Safety Council",), extra=[T("Powered by Moodle Workplace", 600, 30, 9)]), D(provider="Granite Safety Council")),
    ("p2 LMS platform label", form(ROWS_T + ["Provider: Granite Safety Council", "Platform: Absorb Learning Management System"], top=()), D(provider="Granite Safety Council")),
    ("p2 LMS name top small, provider sig", cert(top=(), extra=[T("CE Learning Systems", 60, 30, 9)] + sig(["Director of Education", "Greenfield Community College"], x=440)), D(provider="Greenfield Community College")),
    ("p2 CAPS society", cert(top=("NORTHWIND RESPIRATORY CARE SOCIETY",)), D(provider="NORTHWIND RESPIRATORY CARE SOCIETY")),
    ("p2 CAPS LLC", cert(top=("BRIGHTWATER PROFESSIONAL SEMINARS, LLC",)), D(provider="BRIGHTWATER PROFESSIONAL SEMINARS, LLC")),
    ("p2 CAPS no org word + board footer", cert(top=("KEYSTONE NURSE EDUCATORS",), footer=("Approved by the Pennsylvania State Board of Nursing",)), D(provider="KEYSTONE NURSE EDUCATORS")),
    ("p2 CAPS EMS council", cert(top=("TRI-STATE EMS COUNCIL",), heading="Certificate of Attendance"), D(provider="TRI-STATE EMS COUNCIL")),
    ("p2 neg hotel venue line", cert(top=("Harbor Nursing Society",), after=("on March 3, 2025 and is awarded 1.5 contact hours", "held at the Grand Hyatt Hotel, Denver, Colorado")), D(provider="Harbor Nursing Society")),
    ("p2 neg venue conference center", cert(top=(), footer=("Presented by Harbor Nursing Society", "Venue: Marriott Downtown Conference Center, Austin, Texas")), D(provider="Harbor Nursing Society")),
    ("p2 neg Location label", form(ROWS_T + ["Location: Embassy Suites Convention Center, Omaha, NE"], top=("Heartland Pharmacy Association",)), D(provider="Heartland Pharmacy Association")),
    ("p2 neg city state line", cert(top=("Pinecrest Learning Group", "Portland, Oregon")), D(provider="Pinecrest Learning Group")),
    ("p2 neg city state line caps", cert(top=("PINECREST LEARNING GROUP", "PORTLAND, OREGON")), D(provider="PINECREST LEARNING GROUP")),
    ("p2 neg signatory name, offered by", cert(top=(), footer=("Offered by Meadowbrook Learning Center",), extra=sig(["Dr. Alan Smith, PhD", "Program Director"])), D(provider="Meadowbrook Learning Center")),
    ("p2 neg signatory name, letterhead", cert(top=("Pinecrest Learning Group",), extra=sig(["Margaret Ellison", "Chief Executive Officer"])), D(provider="Pinecrest Learning Group")),
    ("p2 a service of", cert(top=(), footer=("A service of the Coastal Pharmacists Association",)), D(provider="Coastal Pharmacists Association")),
    ("p2 an activity of", cert(top=(), footer=("An activity of Northern Valley Medical Society",)), D(provider="Northern Valley Medical Society")),
    ("p2 awarded by", cert(top=(), footer=("Awarded by the Ohio Society of CPAs",), after=("on March 3, 2025 and is awarded 8.0 CPE credits",)), D(provider="Ohio Society of CPAs")),
    ("p2 conducted by", cert(top=(), footer=("Conducted by Summit Training Services",)), D(provider="Summit Training Services")),
    ("p2 footer name | email | phone", cert(top=(), footer=("Pinecrest Engineering Society | info@pinecrest.org | (555) 555-0100",)), D(provider="Pinecrest Engineering Society")),
    ("p2 state agency two lines", cert(top=("State of Oregon", "Department of Public Safety Standards and Training"), heading="Certificate of Training"), D(provider=("State of Oregon", "Department of Public Safety Standards and Training", "State of Oregon Department of Public Safety Standards and Training"))),
    ("p2 county health department", cert(top=("Marin County Department of Health and Human Services",), heading="Certificate of Training"), D(provider="Marin County Department of Health and Human Services")),
    ("p2 board of education", cert(top=("Springfield Board of Education",), heading="Professional Development Certificate", after=("on March 3, 2025", "Clock Hours: 6")), D(provider="Springfield Board of Education")),
    ("p2 letterhead + tagline line", cert(top=("Granite Safety Council", "Serving New England workplaces since 1952")), D(provider="Granite Safety Council")),
    ("p2 letterhead no org word, approval footer", cert(top=("Wild Iris Wellness",), footer=("Approved by the Oregon Board of Massage Therapists, Provider #1187",)), D(provider="Wild Iris Wellness")),
    ("p2 letterhead no org word, plain", cert(top=("Cardinal Nurse Trainers",)), D(provider="Cardinal Nurse Trainers")),
    ("p2 neg no provider anywhere", cert(top=()), D(provider=None)),
    ("p2 neg heading only over name", cert(top=(), heading="Certificate of Completion", name="Margaret Ellison"), D(participant="Margaret Ellison", provider=None)),
    ("p2 joint providership label", cert(top=(), footer=("Joint providership: Summit Medical Education and Lakeview Health System",)), D(provider=("Summit Medical Education", "Summit Medical Education and Lakeview Health System"))),
]

FIELDS = ("participant", "provider", "course_title")
DEFAULT = {"participant": "Jane Doe", "provider": PROV, "course_title": TITLE}


def _ok(field: str, got, want) -> bool:
    wants = want if isinstance(want, tuple) else (want,)
    return any(values_match(field, got, w) for w in wants)


def run(verbose: bool, model: bool, only: str = "") -> int:
    cases = failures = 0
    for name, want, rec in ingested_cases(CASES, model, only):
        exp = {**DEFAULT, **want}
        bad = [f"{f}={rec['fields'][f]['value']!r} (want {exp[f]!r})" for f in FIELDS
               if not _ok(f, rec["fields"][f]["value"], exp[f])]
        cases += 1
        failures += bool(bad)
        if bad or verbose:
            print(f"{'FAIL' if bad else 'ok  '} {name:40} " + "; ".join(bad))
    print(f"{cases} cases, {failures} failures")
    return failures


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    run("-v" in sys.argv, "--nomodel" not in sys.argv, args[0] if args else "")
