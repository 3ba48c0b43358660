"""Options and helpers shared by commands."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, TypeVar

import click

from cecingest.config import Settings, load_settings

F = TypeVar("F", bound=Callable[..., Any])


def settings_options(func: F) -> F:
    """--config plus the flags that override single settings."""
    options = [
        click.option("--config", "config_file", type=click.Path(dir_okay=False),
                     help="TOML settings file (default: ./cecingest.toml, or $CECINGEST_CONFIG)."),
        click.option("--dpi", "ocr_dpi", type=click.IntRange(72, 600), default=None,
                     help="Resolution for rendering scanned PDF pages for OCR [default: 300]."),
        click.option("--date-order", type=click.Choice(["MDY", "DMY"]), default=None,
                     help="How to read ambiguous numeric dates such as 03/04/2025 [default: MDY]."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def db_option(func: F) -> F:
    return click.option("--db", "db", default=None, metavar="PATH",
                        help="SQLite database [default: ./cecingest.db, or $CECINGEST_DB].")(func)


def who_option(func: F) -> F:
    return click.option("--who", default=None, metavar="NAME",
                        help="Name recorded in the history for this action [default: your login name].")(func)


def current_user(who: str | None) -> str:
    if who:
        return who
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "cecingest"


def build_settings(config_file: str | None, **overrides: Any) -> Settings:
    return load_settings(config_file, overrides=overrides)


# Terminal escape sequences, 7-bit (ESC ...) and 8-bit (C1) forms: CSI (colours, cursor moves, screen clearing),
# OSC (window titles, hyperlinks, clipboard writes) and the string commands DCS, SOS, PM, APC, then any other
# two-character ESC sequence.
_ESCAPE_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d-\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]?"
)
# C0 and C1 controls except tab and newline, DEL, and the bidirectional overrides that reorder what is shown.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def safe_text(text: str) -> str:
    """Text read from a document (untrusted), fit for a terminal: escape sequences and control characters
    (except newline and tab) removed. Every renderer passes document text through this one function."""
    return _CONTROL.sub("", _ESCAPE_SEQUENCE.sub("", text))
