"""The compliance data model: requirement rules, the credits a credential is measured on, and its results.

Rules come from TOML (`cecingest/data/requirements/`, plus `<data_dir>/requirements/`); everything else is
computed by pure functions (`periods`, `counting`, `evaluate`) and rendered by `render`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

PeriodKind = Literal["fixed", "rolling"]
LineStatus = Literal["counted", "partly", "not_counted", "in_review"]
# Why a credit did not count (fully): the codes reports and tests use; each line also has a sentence.
Reason = Literal["", "outside_period", "before_tracking", "over_cap", "accreditation", "no_credits",
                 "below_minimum", "duplicate", "used_in_grace", "in_review", "name_mismatch"]


@dataclass(frozen=True)
class FormatCounting:
    """A body's rounding for one delivery format (NASBA: self-study counts in half credits)."""

    step: float
    minimum: float


@dataclass(frozen=True)
class Counting:
    """How a body counts its unit: minutes per unit, the step amounts are rounded down to, the least amount one
    activity must reach, and direct conversions from other printed units (1 CEU = 10 contact hours)."""

    name: str
    unit: str
    minutes: float = 60.0
    step: float = 0.0
    minimum: float = 0.0
    convert: Mapping[str, float] = field(default_factory=dict)  # record unit -> rule units per one of it
    formats: Mapping[str, FormatCounting] = field(default_factory=dict)


@dataclass(frozen=True)
class Minimum:
    """At least `amount` in the period from credits on these topics (a topic minimum or a PMI category)."""

    name: str
    topics: tuple[str, ...]
    amount: float


@dataclass(frozen=True)
class Cap:
    """At most `max` in the period from credits that match every selector given (formats, topics)."""

    name: str
    max: float
    formats: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()

    def applies(self, delivery_format: str | None, topic: str | None) -> bool:
        if self.formats and delivery_format not in self.formats:
            return False
        return not (self.topics and topic not in self.topics)


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    total: float
    months: int
    counting: Counting
    kind: PeriodKind = "fixed"
    anchor: str | None = None  # "MM-DD" every fixed period starts on, when the rule has one
    grace_days: int = 0
    carry_over_max: float = 0.0
    accreditations: tuple[str, ...] = ()  # empty: any (or none) accepted
    minimums: tuple[Minimum, ...] = ()
    caps: tuple[Cap, ...] = ()
    body: str = ""
    note: str = ""
    source: str = ""  # the file it came from

    @property
    def unit(self) -> str:
        return self.counting.unit


@dataclass(frozen=True)
class CredentialSpec:
    """A person's credential: the rule and the dates its periods are counted from."""

    rule: str
    period_start: dt.date
    licence_date: dt.date | None = None
    licence_number: str | None = None
    id: int | None = None


@dataclass(frozen=True)
class Item:
    """One certificate as compliance sees it (built from a stored record and how it is filed)."""

    record_id: int
    date: dt.date | None
    credits: tuple[tuple[float, str], ...]  # (amount, unit code) as printed
    hours: float | None
    topic: str | None = None
    delivery_format: str | None = None
    accreditation: str | None = None
    title: str | None = None
    provider: str | None = None
    participant: str | None = None
    certificate_id: str | None = None
    review: str = ""  # why it waits for review (status or name check); empty when it may count
    review_reason: Reason = ""


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date  # inclusive

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


@dataclass(frozen=True)
class Line:
    """What one certificate did for one credential in one period."""

    item: Item
    worth: float  # in the rule's unit, after conversion and rounding
    counted: float  # what counted toward the period (after caps)
    status: LineStatus
    reason: Reason = ""
    note: str = ""


@dataclass(frozen=True)
class Progress:
    name: str  # "total" or the minimum's name
    required: float
    counted: float

    @property
    def missing(self) -> float:
        return round(max(0.0, self.required - self.counted), 4)


@dataclass(frozen=True)
class PeriodResult:
    period: Period
    deadline: dt.date  # the end, or the end of the grace period
    carry_in: float
    own: float  # counted from this period's certificates
    carry_out: float
    total: Progress
    minimums: tuple[Progress, ...]
    lines: tuple[Line, ...]

    @property
    def met(self) -> bool:
        return self.total.missing == 0 and all(m.missing == 0 for m in self.minimums)


@dataclass(frozen=True)
class CredentialResult:
    person: str
    person_id: int
    credential: CredentialSpec
    rule: Rule
    as_of: dt.date
    current: PeriodResult  # the period the person is working on (the previous one while in its grace period)
    previous: PeriodResult | None
    status: str  # met | due | in_grace | not_started
    days_left: int  # to the current period's deadline
    lines: tuple[Line, ...]  # every certificate filed under the person, as it stands for `current`
