"""The record contract (record.md, units.md, topics.md) as checks the tests can run without ../shared."""

from __future__ import annotations

import re
from typing import Any

FIELDS = ("participant", "provider", "course_title", "completion_date", "start_date", "credits", "hours", "topic",
          "delivery_format", "certificate_id", "accreditation", "license_number")
UNITS = {"contact_hour", "clock_hour", "CEU", "CEC", "CPE", "PDU", "CME", "CLE", "PDH", "CE"}
TOPICS = {
    "patient-care", "patient-safety", "infection-control", "pharmacology", "mental-health", "medical-technology",
    "ethics", "regulatory-compliance", "exercise-science", "nutrition", "injury-prevention", "program-design",
    "cybersecurity", "cloud-computing", "data-analytics", "programming", "accounting-auditing", "taxation",
    "project-management", "leadership", "law-practice", "education", "other",
}
FORMATS = {None, "live", "online", "self-study", "conference"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def contract_problems(r: dict[str, Any]) -> list[str]:
    out = _envelope_problems(r)
    for name in FIELDS:
        f = r["fields"].get(name)
        if not isinstance(f, dict) or "value" not in f or not 0 <= f.get("confidence", -1) <= 1:
            out.append(f"fields.{name}")
            continue
        out += _value_problems(name, f["value"])
    if not 0 <= r.get("confidence", -1) <= 1:
        out.append("confidence")
    if r.get("status") not in {"accepted", "needs_review", "rejected", "corrected"}:
        out.append("status")
    if not isinstance(r.get("review_reasons"), list):
        out.append("review_reasons")
    if r.get("is_certificate") is False and r.get("status") == "accepted":
        out.append("non-certificate accepted")
    required = [r["fields"][n]["confidence"] for n in ("participant", "provider", "course_title",
                                                       "completion_date", "credits")]
    if r.get("confidence", 0) > min(required) + 1e-9 and r.get("is_certificate"):
        out.append("record confidence above its weakest required field")
    return out


def _envelope_problems(r: dict[str, Any]) -> list[str]:
    out = []
    if r.get("schema") != "cecingest.record/1":
        out.append("schema")
    for key in ("path", "sha256", "media_type", "pages", "text_source"):
        if key not in r.get("source", {}):
            out.append(f"source.{key}")
    if r["source"].get("text_source") not in {"text-layer", "ocr", "mixed"}:
        out.append("text_source")
    if not isinstance(r.get("is_certificate"), bool):
        out.append("is_certificate")
    return out


def _value_problems(name: str, value: Any) -> list[str]:
    if value is None:
        return []
    if name in ("completion_date", "start_date") and not (isinstance(value, str) and ISO.match(value)):
        return [f"{name} not ISO"]
    if name == "credits" and not (isinstance(value, list) and value and all(
            isinstance(c.get("amount"), int | float) and c.get("unit") in UNITS for c in value)):
        return ["credits"]
    if name == "hours" and not isinstance(value, int | float):
        return ["hours"]
    if name == "topic" and value not in TOPICS:
        return ["topic"]
    if name == "delivery_format" and value not in FORMATS:
        return ["delivery_format"]
    return []
