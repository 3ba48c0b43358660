"""Domain knowledge from data files: units, topics, label words, accrediting bodies.

The defaults ship in `cecingest/data/`; a user's `data_dir` holds files of the same names that extend them.
Loaded once per data_dir and shared (read-only) by the parse and normalize stages.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from cecingest.errors import ConfigError

DATA_FILES = ("units", "topics", "labels", "accreditors")


@dataclass(frozen=True)
class Unit:
    code: str
    hours: float
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Knowledge:
    units: dict[str, Unit]
    duration_words: dict[str, float]  # printed duration word -> hours per one of it
    duration_unit: str
    hours_preference: tuple[str, ...]
    hours_tolerance: float
    duration_tolerance: float
    topics: dict[str, tuple[str, ...]]
    field_of_study_labels: tuple[str, ...]
    labels: dict[str, dict[str, tuple[str, ...]]]  # field -> kind ("labels", "after", ...) -> phrases
    accreditors: dict[str, tuple[str, ...]]  # acronym -> printed names
    accreditor_units: dict[str, str]  # acronym -> the unit its generic "credits" are in
    accreditation_verbs: tuple[str, ...]
    # Phrases that hold a topic word but name no topic ("evidence-based" is no law of evidence): they shadow it.
    topic_neutral: tuple[str, ...] = ()
    # labels.toml's lists as written, case kept (longest first): for the few matched case-sensitively, where a
    # capital makes the word part of a name ("Ohio Board of Nursing"; "the board approved" is no body's name).
    labels_as_written: dict[str, dict[str, tuple[str, ...]]] = dataclasses.field(default_factory=dict)

    def unit_for_alias(self, text: str) -> str | None:
        return self._alias_index().get(normalize_phrase(text))

    @functools.cache  # noqa: B019 - instances are few, immutable and live for the whole process
    def _alias_index(self) -> dict[str, str]:
        return {normalize_phrase(alias): code for code, unit in self.units.items() for alias in unit.aliases}

    def words(self, field: str, kind: str) -> tuple[str, ...]:
        return self.labels.get(field, {}).get(kind, ())

    def words_as_written(self, field: str, kind: str) -> tuple[str, ...]:
        return self.labels_as_written.get(field, {}).get(kind, ())

    @functools.cache  # noqa: B019 - see _alias_index
    def label_phrases(self) -> frozenset[str]:
        """Everything that can stand alone in a table cell as the label of the cell beside or below it."""
        phrases: set[str] = set()
        for table in self.labels.values():
            for kind in ("labels", "weak_labels", "issued", "exclude", "start"):
                phrases.update(table.get(kind, ()))
        phrases.update(self.amount_labels())
        phrases.update(self.field_of_study_labels)
        phrases.update({"duration", "length", "location", "venue", "dates", "total hours"})
        return frozenset(phrases)

    @functools.cache  # noqa: B019 - one Knowledge per process; asked once per document
    def amount_labels(self) -> frozenset[str]:
        """The labels an amount of credit follows ("Contact Hours", "CEC Awarded", "Total CPE", "Total Credit Hours
        Claimed")."""
        return frozenset(p for unit in self.units.values() for alias in unit.aliases
                         for p in (alias, f"{alias} awarded", f"{alias} earned", f"{alias} claimed", f"total {alias}",
                                   f"total {alias} awarded", f"total {alias} earned", f"total {alias} claimed"))

    def __hash__(self) -> int:
        return id(self)


def normalize_phrase(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower())


def _read_data(name: str, data_dir: str | None) -> dict[str, Any]:
    with resources.files("cecingest.data").joinpath(f"{name}.toml").open("rb") as fh:
        data: dict[str, Any] = tomllib.load(fh)
    if data_dir:
        extra = Path(data_dir) / f"{name}.toml"
        if extra.is_file():
            try:
                _merge(data, tomllib.loads(extra.read_text(encoding="utf-8")))
            except tomllib.TOMLDecodeError as exc:
                raise ConfigError(f"{extra} is not valid TOML: {exc}") from None
    return data


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> None:
    """Tables merge key by key, lists of words are added to, other values are replaced."""
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            _merge(base[key], value)
        elif isinstance(value, list) and isinstance(base.get(key), list):
            base[key] = [*value, *(v for v in base[key] if v not in value)]
        else:
            base[key] = value


def _longest_first(words: list[str], tidy: Callable[[str], str] = normalize_phrase) -> tuple[str, ...]:
    # A blank entry (a user's `[""]` left in a list) would be an empty alternative that matches everywhere.
    return tuple(sorted({tidy(w) for w in words} - {""}, key=lambda w: (-len(w), w)))


def _as_written(words: list[str]) -> tuple[str, ...]:
    """Longest first as `_longest_first`, with the case kept."""
    return _longest_first(words, lambda w: " ".join(w.split()))


@functools.cache
def load_knowledge(data_dir: str | None = None) -> Knowledge:
    units_data = _read_data("units", data_dir)
    topics_data = _read_data("topics", data_dir)
    labels_data = _read_data("labels", data_dir)
    acc_data = _read_data("accreditors", data_dir)
    try:
        units = {
            code: Unit(code, float(u["hours"]), _longest_first(u["aliases"]))
            for code, u in units_data["units"].items()
        }
        labels = {
            field: {
                kind: tuple(words) if kind == "order" else _longest_first(words)
                for kind, words in table.items() if isinstance(words, list)
            }
            for field, table in labels_data.items()
        }
        return Knowledge(
            units=units,
            duration_words={normalize_phrase(k): float(v) for k, v in units_data["durations"]["words"].items()},
            duration_unit=units_data["durations"]["unit"],
            hours_preference=tuple(units_data["hours"]["preference"]),
            hours_tolerance=float(units_data["hours"]["tolerance"]),
            duration_tolerance=float(units_data["hours"].get("duration_tolerance", units_data["hours"]["tolerance"])),
            topics={code: _longest_first(t["words"]) for code, t in topics_data["topics"].items()},
            field_of_study_labels=_longest_first(topics_data["field_of_study"]["labels"]),
            labels=labels,
            accreditors={acr: tuple(b["names"]) for acr, b in acc_data["bodies"].items()},
            accreditor_units={acr: b["unit"] for acr, b in acc_data["bodies"].items() if "unit" in b},
            accreditation_verbs=_longest_first(acc_data["statements"]["verbs"]),
            topic_neutral=_longest_first(topics_data.get("neutral", {}).get("words", [])),
            labels_as_written={field: {kind: _as_written(words) for kind, words in table.items()
                                       if isinstance(words, list)} for field, table in labels_data.items()},
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"a data file is missing or has a malformed entry: {exc!r}") from None
