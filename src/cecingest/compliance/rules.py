"""Requirement rules from TOML: the shipped examples in `cecingest/data/requirements/`, then the user's
`<data_dir>/requirements/*.toml`. A `[counting.NAME]` or `[rules.CODE]` table in a user file replaces the shipped
one of the same name whole (a rule is never half the shipped one and half the user's)."""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from cecingest.compliance.model import Cap, Counting, FormatCounting, Minimum, Rule
from cecingest.errors import ConfigError, InputNotFound

_KINDS = ("fixed", "rolling")


def _shipped() -> Iterator[tuple[str, str]]:
    folder = resources.files("cecingest.data").joinpath("requirements")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            yield f"cecingest/data/requirements/{entry.name}", entry.read_text(encoding="utf-8")


def _user(data_dir: str | None) -> Iterator[tuple[str, str]]:
    folder = Path(data_dir) / "requirements" if data_dir else None
    if folder is not None and folder.is_dir():
        for path in sorted(folder.glob("*.toml")):
            yield str(path), path.read_text(encoding="utf-8")


@functools.cache
def load_rules(data_dir: str | None = None) -> dict[str, Rule]:
    """Every rule by its code."""
    counting: dict[str, dict[str, Any]] = {}
    rules: dict[str, tuple[str, dict[str, Any]]] = {}
    for source, text in [*_shipped(), *_user(data_dir)]:
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{source} is not valid TOML: {exc}") from None
        counting.update(data.get("counting", {}))
        rules.update({code: (source, table) for code, table in data.get("rules", {}).items()})
    return {code: rule_from_table(code, table, counting, source) for code, (source, table) in rules.items()}


def get_rule(code: str, data_dir: str | None = None) -> Rule:
    rules = load_rules(data_dir)
    if code not in rules:
        raise InputNotFound(f"no requirement rule {code!r}; known: {', '.join(sorted(rules))} "
                            f"(add your own in <data_dir>/requirements/*.toml)")
    return rules[code]


def counting_from_table(name: str, table: dict[str, Any]) -> Counting:
    formats = {fmt: FormatCounting(float(f.get("step", table.get("step", 0.0))),
                                   float(f.get("minimum", table.get("minimum", 0.0))))
               for fmt, f in table.get("formats", {}).items()}
    return Counting(name, str(table["unit"]), float(table.get("minutes", 60.0)), float(table.get("step", 0.0)),
                    float(table.get("minimum", 0.0)),
                    {str(k): float(v) for k, v in table.get("convert", {}).items()}, formats)


def rule_from_table(code: str, table: dict[str, Any], counting: dict[str, dict[str, Any]] | None = None,
                    source: str = "") -> Rule:
    """One `[rules.CODE]` table as a Rule; `counting` names a `[counting.NAME]` table or is one inline."""
    where = f"rule {code} ({source})" if source else f"rule {code}"
    try:
        how = table["counting"]
        if isinstance(how, str):
            if how not in (counting or {}):
                raise ConfigError(f"{where}: no [counting.{how}] table")
            how_counted = counting_from_table(how, (counting or {})[how])
        else:
            how_counted = counting_from_table(code, how)
        kind = table.get("kind", "fixed")
        if kind not in _KINDS:
            raise ConfigError(f"{where}: kind must be fixed or rolling, not {kind!r}")
        rule = Rule(
            code=code, name=str(table.get("name", code)), total=float(table["total"]), months=int(table["months"]),
            counting=how_counted, kind=kind, anchor=table.get("anchor"), grace_days=int(table.get("grace_days", 0)),
            carry_over_max=float(table.get("carry_over_max", 0.0)),
            accreditations=tuple(str(a) for a in table.get("accreditations", ())),
            minimums=tuple(Minimum(str(m.get("name", "/".join(m["topics"]))), tuple(m["topics"]), float(m["amount"]))
                           for m in table.get("minimums", ())),
            caps=tuple(Cap(str(c["name"]), float(c["max"]), tuple(c.get("formats", ())), tuple(c.get("topics", ())))
                       for c in table.get("caps", ())),
            body=str(table.get("body", "")), note=str(table.get("note", "")), source=source,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"{where} is missing or has a malformed entry: {exc!r}") from None
    if rule.months <= 0 or rule.total < 0:
        raise ConfigError(f"{where}: months must be positive and total not negative")
    return rule
