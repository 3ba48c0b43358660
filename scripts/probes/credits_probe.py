# ruff: noqa: E501
"""Blind probe of the credits field: realistic certificate texts as text PDFs, through the real pipeline (model off).

Usage: PYTHONPATH=src python scripts/probes/credits_probe.py OUTDIR [--json out.json]
Each case: body lines (a string, or a row of (x, text) cells), the expected credits [(amount, unit)] and hours.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

C = list[tuple[float, str]]
CASES: list[tuple[str, list, C, float | None]] = [
    # --- nursing (ANCC)
    ("rn1", ["This activity has been awarded 1.5 contact hours.", "Provider approved by the California Board of Registered Nursing, Provider Number CEP 12345"], [(1.5, "contact_hour")], 1.5),
    ("rn2", ["Contact Hours: 2.0", "Acme Health is accredited as a provider of nursing continuing professional development by the American Nurses Credentialing Center's Commission on Accreditation."], [(2.0, "contact_hour")], 2.0),
    ("rn3", ["Nursing Contact Hours Awarded: 3.25"], [(3.25, "contact_hour")], 3.25),
    ("rn4", ["1.0 ANCC contact hour"], [(1.0, "contact_hour")], 1.0),
    ("rn5", ["Total Contact Hours: 6.5", "Pharmacology Hours: 2.0"], [(6.5, "contact_hour")], 6.5),
    ("rn6", ["Successful completion: attend 100% of the session and complete the evaluation.", "CNE Contact Hours: 1.25"], [(1.25, "contact_hour")], 1.25),
    ("rn7", ["Awarded 4 CE contact hours", "Page 1 of 2"], [(4.0, "contact_hour")], 4.0),
    ("rn8", ["This activity is approved for 0.5 contact hours."], [(0.5, "contact_hour")], 0.5),
    ("rn9", ["Course length: 60 minutes", "Contact hours: 1.0"], [(1.0, "contact_hour")], 1.0),
    ("rn10", ["Nursing Continuing Professional Development Contact Hours: 2.75"], [(2.75, "contact_hour")], 2.75),
    # --- CME
    ("cme1", ["The Acme Institute designates this enduring material for a maximum of 1.0 AMA PRA Category 1 Credit™.", "Physicians should claim only the credit commensurate with the extent of their participation in the activity."], [(1.0, "CME")], 1.0),
    ("cme2", ["designates this live activity for a maximum of 8.0 AMA PRA Category 1 Credits™.", "Credits claimed: 6.5"], [(6.5, "CME")], 6.5),
    ("cme3", ["has participated in the activity and is awarded 2.25 AMA PRA Category 1 Credits™"], [(2.25, "CME")], 2.25),
    ("cme4", ["CME Credits: 3.0"], [(3.0, "CME")], 3.0),
    ("cme5", ["Credits Claimed: 1.5 AMA PRA Category 1 Credit(s)™"], [(1.5, "CME")], 1.5),
    ("cme6", ["Total credit(s) claimed: 4.00", "The ACCME-accredited provider designates this activity for a maximum of 4.00 AMA PRA Category 1 Credits™."], [(4.0, "CME")], 4.0),
    ("cme7", ["This activity was designated for 0.75 AMA PRA Category 1 Credit™."], [(0.75, "CME")], 0.75),
    ("cme8", ["You have claimed 2 credits", "AMA PRA Category 1 Credits™"], [(2.0, "CME")], 2.0),
    ("cme9", ["Category 1 CME Credits: 12.0"], [(12.0, "CME")], 12.0),
    ("cme10", ["1.00 AMA PRA Category 1 Credit™ and 1.00 ANCC contact hour"], [(1.0, "CME"), (1.0, "contact_hour")], 1.0),
    # --- pharmacy (ACPE)
    ("ph1", ["ACPE UAN: 0000-9999-24-001-H01-P", "0.15 CEU (1.5 contact hours)"], [(0.15, "CEU"), (1.5, "contact_hour")], 1.5),
    ("ph2", ["This knowledge-based activity is approved for 1.5 contact hours (0.15 CEU)."], [(1.5, "contact_hour"), (0.15, "CEU")], 1.5),
    ("ph3", ["CEUs: 0.2", "Accreditation Council for Pharmacy Education"], [(0.2, "CEU")], 2.0),
    ("ph4", ["Contact Hours: 2.0 (0.2 CEU)"], [(2.0, "contact_hour"), (0.2, "CEU")], 2.0),
    ("ph5", ["Credits: 0.1 CEU"], [(0.1, "CEU")], 1.0),
    # --- CPA CPE
    ("cpa1", ["CPE Credits: 2.0", "Field of Study: Ethics 2.0", "Delivery Method: QAS Self Study"], [(2.0, "CPE")], 1.67),
    ("cpa2", ["Recommended CPE credit: 8.0", "Field of Study: Accounting"], [(8.0, "CPE")], 6.67),
    ("cpa3", ["has been awarded 1.5 CPE credits", "Field of Study: Taxes 1.5", "NASBA Sponsor ID 112233"], [(1.5, "CPE")], 1.25),
    ("cpa4", ["Total CPE Hours: 4.0"], [(4.0, "CPE")], 3.33),
    ("cpa5", ["earned 2 CPE units"], [(2.0, "CPE")], 1.67),
    ("cpa6", ["Continuing Professional Education Credit (CPE): 1.80"], [(1.8, "CPE")], 1.5),
    ("cpa7", [[(72, "Field of Study"), (300, "CPE Credits")], [(72, "Specialized Knowledge"), (300, "3.0")]], [(3.0, "CPE")], 2.5),
    ("cpa8", ["CPE credits have been granted based on a 50-minute hour.", "CPE: 1.0"], [(1.0, "CPE")], 0.83),
    ("cpa9", ["Number of CPE Credits: 12.5"], [(12.5, "CPE")], 10.42),
    ("cpa10", ["Fields of Study: Auditing 1.0, Accounting 1.0", "Total CPE Credits Earned: 2.0"], [(2.0, "CPE")], 1.67),
    # --- engineers PDH
    ("pe1", ["PDH Credits: 1.5"], [(1.5, "PDH")], 1.5),
    ("pe2", ["awarded 8.0 Professional Development Hours (PDH)"], [(8.0, "PDH")], 8.0),
    ("pe3", ["PDHs Earned: 2"], [(2.0, "PDH")], 2.0),
    ("pe4", ["0.1 CEU / 1 PDH"], [(0.1, "CEU"), (1.0, "PDH")], 1.0),
    ("pe5", ["Number of PDH: 3"], [(3.0, "PDH")], 3.0),
    # --- PMI PDUs
    ("pmi1", ["PDUs: 3.25", "PMI Authorized Training Partner #1234"], [(3.25, "PDU")], 3.25),
    ("pmi2", ["has earned 1.5 PDUs", "Ways of Working 1.0, Power Skills 0.5"], [(1.5, "PDU")], 1.5),
    ("pmi3", ["Total PDUs: 21", "Ways of Working: 14 | Power Skills: 4 | Business Acumen: 3"], [(21.0, "PDU")], 21.0),
    ("pmi4", ["Professional Development Units (PDUs): 2.0"], [(2.0, "PDU")], 2.0),
    ("pmi5", ["35 contact hours of project management education"], [(35.0, "contact_hour")], 35.0),
    ("pmi6", ["PDUs/ContactHours: 3.25"], [(3.25, "PDU")], 3.25),
    ("pmi7", [[(72, "Ways of Working"), (250, "Power Skills"), (420, "Business Acumen"), (580, "Total PDUs")], [(72, "1.00"), (250, "0.50"), (420, "0.00"), (580, "1.50")]], [(1.5, "PDU")], 1.5),
    # --- HR
    ("hr1", ["This program is valid for 1.25 PDCs for the SHRM-CP or SHRM-SCP."], [(1.25, "CE")], 1.25),
    ("hr2", ["SHRM Professional Development Credits (PDCs): 3"], [(3.0, "CE")], 3.0),
    ("hr3", ["has been approved for 1.00 HR (General) recertification credit hours toward aPHR, PHR, SPHR through HR Certification Institute (HRCI)."], [(1.0, "CE")], 1.0),
    ("hr4", ["HRCI Credits: 2.0"], [(2.0, "CE")], 2.0),
    ("hr5", ["1.00 HRCI recertification credits"], [(1.0, "CE")], 1.0),
    ("hr6", ["PDCs: 1.5"], [(1.5, "CE")], 1.5),
    # --- teachers
    ("ed1", ["Clock Hours: 6"], [(6.0, "clock_hour")], 6.0),
    ("ed2", ["has completed 15 clock hours of professional development"], [(15.0, "clock_hour")], 15.0),
    ("ed3", ["PD Hours: 3"], [(3.0, "CE")], 3.0),
    ("ed4", ["Professional Development Hours: 10"], [(10.0, "PDH")], 10.0),
    ("ed5", ["Continuing Education Units: 0.6"], [(0.6, "CEU")], 6.0),
    ("ed6", ["Total hours: 4.5"], [(4.5, "clock_hour")], 4.5),
    ("ed7", ["CTLE Hours: 3.0"], [(3.0, "CE")], 3.0),
    # --- IT
    ("it1", ["CPE Credits: 2", "(ISC)2 Member ID: 123456"], [(2.0, "CPE")], 1.67),
    ("it2", ["Earned 1 CPE"], [(1.0, "CPE")], 0.83),
    ("it3", ["This course qualifies for 3 CEUs toward CompTIA Security+ renewal."], [(3.0, "CEU")], 30.0),
    ("it4", ["CPEs: 4"], [(4.0, "CPE")], 3.33),
    ("it5", ["Number of CPE hours: 1.5"], [(1.5, "CPE")], 1.25),
    # --- social work / counselling / dietitians
    ("sw1", ["This course is approved for 3 continuing education (CE) hours for social workers.", "ASWB ACE Provider #1234"], [(3.0, "CE")], 3.0),
    ("sw2", ["CE Hours: 2.0"], [(2.0, "CE")], 2.0),
    ("sw3", ["Social workers participating in this course will receive 1.5 clinical continuing education clock hours."], [(1.5, "clock_hour")], 1.5),
    ("nbcc1", ["NBCC Clock Hours: 2.5", "Acme is an NBCC Approved Continuing Education Provider (ACEP) No. 6543."], [(2.5, "clock_hour")], 2.5),
    ("nbcc2", ["earned 6.0 NBCC clock hours"], [(6.0, "clock_hour")], 6.0),
    ("rd1", ["CPEUs: 1.5", "Commission on Dietetic Registration"], [(1.5, "CE")], 1.5),
    ("rd2", ["awarded 2.0 CPEUs"], [(2.0, "CE")], 2.0),
    ("rd3", ["Continuing Professional Education Units (CPEUs): 1.0"], [(1.0, "CE")], 1.0),
    # --- lawyers
    ("cle1", ["CLE Credit Hours: 1.5 (including 1.0 Ethics)"], [(1.5, "CLE")], 1.5),
    ("cle2", ["This program has been approved for 3.0 MCLE credits."], [(3.0, "CLE")], 3.0),
    ("cle3", ["Total CLE Hours: 6.0", "General: 5.0  Ethics: 1.0"], [(6.0, "CLE")], 6.0),
    ("cle4", ["Six (6.0) hours of CLE credit"], [(6.0, "CLE")], 6.0),
    ("cle5", ["Credit Hours Earned: 2.0 CLE"], [(2.0, "CLE")], 2.0),
    # --- physical therapy
    ("pt1", ["CCUs: 2.0", "Texas Physical Therapy Association"], [(2.0, "CE")], 2.0),
    ("pt2", ["awarded 0.3 CEUs (3 contact hours)"], [(0.3, "CEU"), (3.0, "contact_hour")], 3.0),
    ("pt3", ["Continuing Competence Units: 1.5"], [(1.5, "CE")], 1.5),
    # --- fitness CEC
    ("fit1", ["0.2 CECs", "NASM"], [(0.2, "CEC")], 2.0),
    ("fit2", ["Continuing Education Credits: 0.5"], [(0.5, "CEC")], 5.0),
    ("fit3", ["ACE CECs: 1.0"], [(1.0, "CEC")], 10.0),
    # --- CE alone, generic
    ("ce1", ["CE: 2"], [(2.0, "CE")], 2.0),
    ("ce2", ["2.0 CE"], [(2.0, "CE")], 2.0),
    ("ce3", ["CE Credits: 1.5"], [(1.5, "CE")], 1.5),
    ("ce4", ["Credits Earned: 3.0"], [(3.0, "CE")], 3.0),
    ("ce5", ["Credits: .5"], [(0.5, "CE")], 0.5),
    ("ce6", ["7 CEU Hours"], [(7.0, "CE")], 7.0),
    ("ce7", ["Recertification Credits: 1.00"], [(1.0, "CE")], 1.0),
    ("ce8", ["1 Hour CE"], [(1.0, "CE")], 1.0),
    ("ce9", ["CE Credit: 4 hours"], [(4.0, "CE")], 4.0),
    # --- durations
    ("dur1", ["LENGTH 3 HOURS"], [(3.0, "clock_hour")], 3.0),
    ("dur2", ["Duration: 90 minutes"], [(1.5, "clock_hour")], 1.5),
    ("dur3", ["01:45 Training Hours (hh:mm)"], [(1.75, "clock_hour")], 1.75),
    ("dur4", ["Has successfully completed 35 hours of continuing education"], [(35.0, "CE")], 35.0),
    ("dur5", ["2 hours 27 min"], [(2.45, "clock_hour")], 2.45),
    ("dur6", ["Total Hours: 8"], [(8.0, "clock_hour")], 8.0),
    ("dur7", ["1 Hour - 1 CPE"], [(1.0, "clock_hour"), (1.0, "CPE")], 1.0),
    ("dur8", ["(19 contact hours)"], [(19.0, "contact_hour")], 19.0),
    # --- table layouts: header row with amount below
    ("tbl1", [[(72, "Course"), (350, "Date"), (500, "Contact Hours")], [(72, "Wound Care Basics"), (350, "03/14/2025"), (500, "2.0")]], [(2.0, "contact_hour")], 2.0),
    ("tbl2", [[(72, "Activity"), (450, "CME Credits")], [(72, "Grand Rounds"), (450, "1.00")]], [(1.0, "CME")], 1.0),
    ("tbl3", [[(72, "Credits Earned"), (300, "Credit Type")], [(72, "1.5"), (300, "CPE")]], [(1.5, "CPE")], 1.25),
    ("tbl4", [[(72, "Session"), (450, "PDUs")], [(72, "Agile Leadership"), (450, "1.0")], [(72, "Risk Workshop"), (450, "2.0")], [(72, "Total"), (450, "3.0")]], [(3.0, "PDU")], 3.0),
    ("tbl5", [[(72, "Clock Hours"), (300, "Completion Date")], [(72, "6.0"), (300, "May 2, 2025")]], [(6.0, "clock_hour")], 6.0),
    ("tbl6", [[(72, "CE Hours"), (250, "Score"), (400, "Fee")], [(72, "3.0"), (250, "85%"), (400, "$25.00")]], [(3.0, "CE")], 3.0),
    # --- unit on another line
    ("split1", ["Nursing Contact Hours:", "2.5"], [(2.5, "contact_hour")], 2.5),
    ("split2", ["This activity provides 1.5", "contact hours of continuing education."], [(1.5, "contact_hour")], 1.5),
    ("split3", ["Awarded 2.0", "AMA PRA Category 1 Credits™"], [(2.0, "CME")], 2.0),
    # --- two units
    ("two1", ["1.2 CEUs (12 contact hours)"], [(1.2, "CEU"), (12.0, "contact_hour")], 12.0),
    ("two2", ["3.0 PDH / 0.3 CEU"], [(3.0, "PDH"), (0.3, "CEU")], 3.0),
    ("two3", ["2 CPE credits (100 minutes)"], [(2.0, "CPE"), (1.67, "clock_hour")], 1.67),
    ("two4", ["1.5 contact hours / 1.5 CME credits"], [(1.5, "contact_hour"), (1.5, "CME")], 1.5),
    # --- distractors
    ("dis1", ["Course length: 60 minutes", "3 modules", "Passing score 80%", "Contact Hours: 1.0"], [(1.0, "contact_hour")], 1.0),
    ("dis2", ["This provider is approved to offer up to 3.0 hours per course.", "CE Hours: 1.5"], [(1.5, "CE")], 1.5),
    ("dis3", ["Page 1 of 2", "Price: $25.00", "Credits: 2.0"], [(2.0, "CE")], 2.0),
    ("dis4", ["Score: 92%", "Attempts: 2", "Clock hours: 3"], [(3.0, "clock_hour")], 3.0),
    ("dis5", ["Module 4 of 6", "CPE: 1.0"], [(1.0, "CPE")], 0.83),
    ("dis6", ["The participant must complete 3 modules and score 80% to earn credit.", "Credits awarded: 1.5 CEUs"], [(1.5, "CEU")], 15.0),
    ("dis7", ["This program meets Kentucky's 1.5 hours requirement.", "Contact Hours: 1.5"], [(1.5, "contact_hour")], 1.5),
    ("dis8", ["Valid for 2 years", "CE Credits: 2"], [(2.0, "CE")], 2.0),
    # --- more wordings
    ("more1", ["Contact Hour(s): 1.5"], [(1.5, "contact_hour")], 1.5),
    ("more2", ["CE Credit(s): 2.0"], [(2.0, "CE")], 2.0),
    ("more3", ["CPE Credit(s): 3.0"], [(3.0, "CPE")], 2.5),
    ("more4", ["Credit(s) Earned: 1.0"], [(1.0, "CE")], 1.0),
    ("more5", ["C.E.U.s: 0.4"], [(0.4, "CEU")], 4.0),
    ("more6", ["PDU's Earned: 2"], [(2.0, "PDU")], 2.0),
    ("more7", ["Number of Contact Hours: 3.0"], [(3.0, "contact_hour")], 3.0),
    ("more8", ["Total Credit Hours: 5"], [(5.0, "CE")], 5.0),
    ("more9", ["IACET CEUs Awarded: 0.7"], [(0.7, "CEU")], 7.0),
    ("more10", ["This course has been approved for 2 CE hours by the Board."], [(2.0, "CE")], 2.0),
    ("more11", ["Hours: 2.5 CE"], [(2.5, "CE")], 2.5),
    ("more12", ["Continuing Education Hours: 4"], [(4.0, "CE")], 4.0),
    ("more13", ["Earned: 1.5 contact hours"], [(1.5, "contact_hour")], 1.5),
    ("more14", ["awarded 0.5 CEU (5 clock hours)"], [(0.5, "CEU"), (5.0, "clock_hour")], 5.0),
    ("more15", ["AMA PRA Category 1 Credits™: 1.25"], [(1.25, "CME")], 1.25),
    ("more16", ["Credit Designation: 2.0 AMA PRA Category 1 Credits™"], [(2.0, "CME")], 2.0),
    ("more17", ["NASBA CPE Credits: 1.0"], [(1.0, "CPE")], 0.83),
    ("more18", ["Education Credit: 1.5 PDUs"], [(1.5, "PDU")], 1.5),
    ("more19", ["CLE: 1.0 Ethics"], [(1.0, "CLE")], 1.0),
    ("more20", ["Approved for 6.0 continuing education contact hours"], [(6.0, "contact_hour")], 6.0),
    ("more21", ["CEs: 1.5"], [(1.5, "CE")], 1.5),
    ("more22", ["CE Hour(s): 3"], [(3.0, "CE")], 3.0),
    ("more23", ["Clock Hour(s): 2"], [(2.0, "clock_hour")], 2.0),
    ("more24", ["PDH(s): 1.0"], [(1.0, "PDH")], 1.0),
    ("more25", ["CEU(s): 0.1"], [(0.1, "CEU")], 1.0),
    # --- bare credits, the accrediting body names the unit
    ("acc1", ["Credits: 1.5", "Registered with the National Association of State Boards of Accountancy (NASBA) as a sponsor of continuing professional education."], [(1.5, "CPE")], 1.25),
    ("acc2", ["Credits: 0.2", "Approved by the National Academy of Sports Medicine (NASM)."], [(0.2, "CEC")], 2.0),
    ("acc3", ["Credits: 2.0", "Accredited by the Accreditation Council for Pharmacy Education (ACPE) as a provider of continuing pharmacy education."], [(2.0, "contact_hour")], 2.0),
    ("acc4", ["CE Hours: 3", "Approved by the Association of Social Work Boards (ASWB) ACE program."], [(3.0, "CE")], 3.0),
    ("acc5", ["CEUs: 0.3", "IACET Accredited Provider"], [(0.3, "CEU")], 3.0),
    ("acc6", ["Credits: 1.0", "Project Management Institute (PMI) Authorized Training Partner"], [(1.0, "PDU")], 1.0),
    ("none1", ["3 weeks, 3 hours per week"], [], None),
    ("none2", ["1.50 - 2.00 h"], [], None),
    ("none3", ["This certificate has no credit value."], [], None),
]


def build(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, body, _, _ in CASES:
        c = canvas.Canvas(str(out / f"{name}.pdf"), pagesize=landscape(letter))
        w, h = landscape(letter)
        y = h - 80
        c.setFont("Helvetica-Bold", 26)
        c.drawCentredString(w / 2, y, "Certificate of Completion")
        y -= 40
        c.setFont("Helvetica", 12)
        c.drawCentredString(w / 2, y, "This certifies that")
        y -= 30
        c.setFont("Helvetica-Bold", 20)
        c.drawCentredString(w / 2, y, "Jordan Avery Smith")
        y -= 28
        c.setFont("Helvetica", 12)
        c.drawCentredString(w / 2, y, "has successfully completed")
        y -= 26
        c.setFont("Helvetica-Bold", 15)
        c.drawCentredString(w / 2, y, "Clinical Documentation Essentials")
        y -= 36
        c.setFont("Helvetica", 11)
        for line in body:
            if isinstance(line, str):
                c.drawString(72, y, line)
            else:
                for x, text in line:
                    c.drawString(x, y, text)
            y -= 20
        y -= 10
        c.drawString(72, y, "Date of Completion: March 14, 2025")
        y -= 20
        c.drawString(72, y, "Provider: Northwind Learning Institute")
        c.save()


def run(out: Path) -> list[dict]:
    from cecingest.config import Settings
    from cecingest.pipeline import ingest_file
    settings = Settings(nlp_model="off", calibration="off")
    results = []
    for name, _, credits, hours in CASES:
        rec = ingest_file(out / f"{name}.pdf", settings).record
        got = [(round(c.amount, 2), c.unit) for c in rec.fields.credits.value or ()]
        got_h = rec.fields.hours.value
        exp = [(round(a, 2), u) for a, u in credits]
        ok_c = sorted(got) == sorted(exp)
        ok_h = (got_h is None and hours is None) or (got_h is not None and hours is not None
                                                      and abs(got_h - hours) <= 0.011)
        results.append({"case": name, "ok_credits": ok_c, "ok_hours": ok_h, "got": got, "expected": exp,
                        "hours": got_h, "expected_hours": hours})
    return results


if __name__ == "__main__":
    outdir = Path(sys.argv[1])
    build(outdir)
    res = run(outdir)
    bad = [r for r in res if not (r["ok_credits"] and r["ok_hours"])]
    for r in bad:
        print(f"{r['case']:8} got {r['got']} h={r['hours']}  expected {r['expected']} h={r['expected_hours']}")
    print(f"{len(res)} cases: credits right {sum(r['ok_credits'] for r in res)}, hours right "
          f"{sum(r['ok_hours'] for r in res)}, both {len(res) - len(bad)}")
    if "--json" in sys.argv:
        Path(sys.argv[sys.argv.index("--json") + 1]).write_text(json.dumps(res, indent=1))
