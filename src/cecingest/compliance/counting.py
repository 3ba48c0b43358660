"""What one certificate is worth in a rule's unit: conversion from the printed credits, then the body's rounding.

In order of preference: an amount printed in the rule's own unit (a NASBA certificate's "2.0 CPE" counts as
printed); a direct conversion the body defines (1 CEU = 10 contact hours, 1 CEU = 1 CEC); the printed amount in
60-minute hours (the units table) divided into the body's minutes per unit (NASBA: 50); the record's hours.
Then the body's rounding: down to its step (NASBA 0.2 after the first credit, PMI 0.25), and nothing for an
activity below its minimum (NASBA: one full credit for a group programme, half a credit for self-study).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping

from cecingest.compliance.model import Counting, Item, Reason

EPS = 1e-6


def floor_to(amount: float, step: float) -> float:
    """`amount` rounded down to a multiple of `step` (unchanged without a step); float noise aside."""
    if step <= 0:
        return round(amount, 4)
    return round(math.floor(amount / step + EPS) * step, 4)


def raw_amount(counting: Counting, item: Item, unit_hours: Mapping[str, float]) -> tuple[float, str] | None:
    """The certificate's amount in the body's unit before rounding, and how it was found; None when none can be."""
    unit = counting.unit
    for amount, code in item.credits:
        if code == unit:
            return amount, "as printed"
    for amount, code in item.credits:
        if code in counting.convert:
            return amount * counting.convert[code], f"{amount:g} {code} × {counting.convert[code]:g}"
    for amount, code in item.credits:
        if code in unit_hours:
            value = amount * unit_hours[code] * 60 / counting.minutes
            return value, f"{amount:g} {code} = {amount * unit_hours[code] * 60:g} min ÷ {counting.minutes:g}"
    if item.hours is not None:
        return item.hours * 60 / counting.minutes, f"{item.hours:g} h ÷ {counting.minutes:g} min"
    return None


def worth(counting: Counting, item: Item, unit_hours: Mapping[str, float]) -> tuple[float, Reason, str]:
    """(amount in the rule's unit, why it is nothing when it is, how it was computed)."""
    found = raw_amount(counting, item, unit_hours)
    unit = counting.unit
    if found is None:
        return 0.0, "no_credits", f"no credits or hours that convert to {unit}"
    raw, how = found
    rounding = counting.formats.get(item.delivery_format or "")
    step = rounding.step if rounding else counting.step
    minimum = rounding.minimum if rounding else counting.minimum
    if minimum and raw + EPS < minimum:
        return 0.0, "below_minimum", f"{raw:.4g} {unit} is below the {minimum:g} {unit} an activity must reach"
    amount = floor_to(raw, step)
    note = "" if how == "as printed" else how
    if abs(amount - raw) > EPS:
        note = f"{note}; {raw:.4g} rounded down to {amount:g} ({step:g} steps)".lstrip("; ")
    return amount, "", note


def accredited(accepted: tuple[str, ...], accreditation: str | None) -> bool:
    """Any accreditation when the rule names none; else the record's must be one of them (an acronym may stand
    as a word in a longer name: "ANCC" in "ANCC Commission on Accreditation")."""
    if not accepted:
        return True
    if not accreditation:
        return False
    text = accreditation.casefold()
    for name in accepted:
        wanted = name.casefold()
        if text == wanted or re.search(rf"(?<![a-z0-9]){re.escape(wanted)}(?![a-z0-9])", text):
            return True
    return False
