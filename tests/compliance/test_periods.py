"""Period arithmetic, each expectation counted on a calendar by hand."""

from __future__ import annotations

import pytest

from cecingest.compliance.model import CredentialSpec
from cecingest.compliance.periods import add_months, check_credential, nth_period, period_index
from cecingest.errors import InvalidValue
from tests.compliance.helpers import d, rule


def test_add_months_clamps_to_the_month_end() -> None:
    assert add_months(d("2024-01-31"), 1) == d("2024-02-29")
    assert add_months(d("2023-01-31"), 1) == d("2023-02-28")
    assert add_months(d("2024-12-15"), 1) == d("2025-01-15")
    assert add_months(d("2024-03-31"), -1) == d("2024-02-29")


def test_fixed_two_year_periods_end_inclusively_the_day_before_the_next() -> None:
    anchor = d("2024-01-01")
    assert nth_period(anchor, 24, 0) == nth_period(anchor, 24, period_index(anchor, 24, d("2025-12-31")))
    first = nth_period(anchor, 24, 0)
    assert (first.start, first.end) == (d("2024-01-01"), d("2025-12-31"))
    assert first.contains(d("2025-12-31")) and not first.contains(d("2026-01-01"))
    assert period_index(anchor, 24, d("2026-01-01")) == 1
    assert period_index(anchor, 24, d("2023-12-31")) == -1  # before the anchor


def test_rolling_periods_from_a_leap_day_licence() -> None:
    anchor = d("2020-02-29")
    periods = [nth_period(anchor, 24, n) for n in range(3)]
    # 2022 has no 29 February: the period starts on the 28th; 2024 has one again (counted from the anchor).
    assert [(p.start, p.end) for p in periods] == [
        (d("2020-02-29"), d("2022-02-27")),
        (d("2022-02-28"), d("2024-02-28")),
        (d("2024-02-29"), d("2026-02-27")),
    ]
    assert period_index(anchor, 24, d("2022-02-27")) == 0
    assert period_index(anchor, 24, d("2022-02-28")) == 1
    assert period_index(anchor, 24, d("2024-02-28")) == 1
    assert period_index(anchor, 24, d("2024-02-29")) == 2
    assert nth_period(anchor, 12, 4).start == d("2024-02-29")
    assert nth_period(anchor, 12, 5).start == d("2025-02-28")


def test_credential_dates_must_fit_the_rule() -> None:
    yearly = rule(months=12, anchor="01-01")
    check_credential(yearly, CredentialSpec("test", d("2025-01-01")))
    with pytest.raises(InvalidValue, match="start on 01-01"):
        check_credential(yearly, CredentialSpec("test", d("2025-03-01")))
    with pytest.raises(InvalidValue, match="--licence-date"):
        check_credential(rule(kind="rolling"), CredentialSpec("test", d("2025-03-01")))
