"""Renewal periods: fixed (from the credential's period start) or rolling (from the licence date).

Every period starts `months` after the previous one, counted from the anchor itself (never chained), so a
licence dated 29 February keeps coming back to it in leap years. In a year without the day the period starts on
the month's last day (28 February). Ends are inclusive: the day before the next period starts.
"""

from __future__ import annotations

import calendar
import datetime as dt

from cecingest.compliance.model import CredentialSpec, Period, Rule
from cecingest.errors import InvalidValue


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` moved by whole months, the day clamped to the month's length (31 Jan + 1 month = 28/29 Feb)."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def nth_period(anchor: dt.date, months: int, n: int) -> Period:
    start = add_months(anchor, n * months)
    return Period(start, add_months(anchor, (n + 1) * months) - dt.timedelta(days=1))


def period_index(anchor: dt.date, months: int, day: dt.date) -> int:
    """The n of the period (counted from the anchor, negative before it) that contains `day`."""
    n = ((day.year - anchor.year) * 12 + day.month - anchor.month) // months
    while add_months(anchor, n * months) > day:
        n -= 1
    while add_months(anchor, (n + 1) * months) <= day:
        n += 1
    return n


def anchor_of(rule: Rule, credential: CredentialSpec) -> dt.date:
    """The day periods are counted from: the licence date for a rolling rule, else the period start."""
    if rule.kind == "rolling":
        if credential.licence_date is None:
            raise InvalidValue(f"rule {rule.code} counts periods from the licence date: give --licence-date")
        return credential.licence_date
    return credential.period_start


def check_credential(rule: Rule, credential: CredentialSpec) -> None:
    """A credential's dates must fit its rule (raises InvalidValue with what to give instead)."""
    anchor_of(rule, credential)
    if rule.kind == "fixed" and rule.anchor and credential.period_start.strftime("%m-%d") != rule.anchor:
        raise InvalidValue(f"rule {rule.code} periods start on {rule.anchor} (MM-DD); "
                           f"--period-start {credential.period_start} does not")


def first_index(rule: Rule, credential: CredentialSpec) -> int:
    """The first period tracked: the one containing the credential's period start."""
    return period_index(anchor_of(rule, credential), rule.months, credential.period_start)
