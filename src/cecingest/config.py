"""Settings, read once at the edge: TOML file < CECINGEST_* environment < command-line flags.

The result is a frozen `Settings` passed inward; no stage reads the environment itself.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cecingest.errors import ConfigError

DEFAULT_CONFIG_FILE = "cecingest.toml"


@dataclass(frozen=True)
class Settings:
    # store and import
    db: str = "cecingest.db"  # SQLite database file
    workers: int = 0  # worker processes for import; 0 means one per CPU core
    # watch (the daemon; `cecingest watch`)
    watch_settle: float = 2.0  # seconds a new file's size and mtime must stay unchanged before it is read
    watch_rescan: float = 60.0  # seconds between full scans of the inbox, a safety net for events that never came
    watch_poll: float = 0.0  # look for new files every N seconds instead of inotify events (network shares); 0: events
    # limits on one document (untrusted input); enforced in the worker process, which is killed when it overruns
    time_limit: float = 120.0  # seconds of wall-clock time per document; 0: none
    memory_limit_mb: int = 1536  # address space of a worker process, in MiB (RLIMIT_AS); 0: none
    max_file_mb: float = 100.0  # larger files are not read; 0: no limit
    max_pages: int = 50  # pages of a PDF (frames of a TIFF) read; the rest is skipped with a review reason
    max_image_pixels: int = 120_000_000  # width x height of an image (a decompression bomb is refused)
    # extract
    ocr_dpi: int = 300  # resolution scanned PDF pages are rendered at for Tesseract
    ocr_language: str = "eng"
    ocr_timeout: float = 120.0  # seconds per page before Tesseract is stopped
    tesseract_cmd: str = "tesseract"
    # Read pages through Tesseract's library in the process (the same words as the command, without loading the
    # model for every page and every second look; extract/tesslib.py) when it is installed in the command's version.
    tesseract_library: bool = True
    # Tesseract's own OpenMP threads. 1 measured 2.3x faster than Tesseract's default on 2 cores (77 s -> 34 s for
    # 20 scans, one worker) because the threads fight over cores; 0 leaves Tesseract's default.
    ocr_threads: int = 1
    min_text_chars: int = 20  # a PDF page with fewer real characters than this is OCRed
    detect_orientation: bool = True
    # parse
    date_order: str = "MDY"  # how to read an ambiguous numeric date such as 03/04/2025 ("MDY" or "DMY")
    # The trained spaCy pipeline that checks the rules' participant, provider, title and topic: its folder,
    # "" for the shipped models/cecingest-nlp, "off" to parse by rules alone (confidences are then lower).
    nlp_model: str = ""
    # decide
    # Confidences are calibrated probabilities (models/calibration.json): 0.97 means about 97 in 100 are right.
    # The share of accepted records we promise are right (99.5%). Held-out layouts reach at most about 0.96
    # today, so nothing is accepted without a person until a user measures their own layouts (README).
    accept_threshold: float = 0.99  # the chance that every required field is right must reach this to accept
    field_threshold: float = 0.9  # a required field below this is named as a review reason
    reject_threshold: float = 0.8  # a document judged no certificate this surely is rejected, else reviewed
    thresholds: Mapping[str, float] = dataclasses.field(default_factory=dict)  # per-field overrides, [thresholds]
    calibration: str = ""  # calibration curves file; "" for the shipped models/calibration.json, "off" for raw
    max_age_years: int = 10  # completion dates older than this are flagged
    max_hours_per_day: float = 24.0  # more hours than this per day of a dated event are flagged
    data_dir: str | None = None  # extra TOML files (units, topics, labels, accreditors) that extend the defaults
    # review
    audit_rate: float = 0.02  # share of auto-accepted records also sent to review as an audit sample (0 to 1)
    # Records of a certificate layout are accepted without a person only after this many of its records were
    # confirmed by a reviewer (cecingest.layouts): scores alone were right only about 3 times in 4 on layouts
    # nobody had written rules for. 0: off, scores alone decide.
    trust_layout_after: int = 1

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)


_FIELDS = {f.name: f for f in dataclasses.fields(Settings)}


def load_settings(
    config_file: str | Path | None = None,
    env: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> Settings:
    """Build settings from defaults, then the config file, then the environment, then explicit overrides."""
    env = os.environ if env is None else env
    values: dict[str, Any] = {}
    path = config_file or env.get("CECINGEST_CONFIG")
    if path is None and Path(DEFAULT_CONFIG_FILE).is_file():
        path = DEFAULT_CONFIG_FILE
    if path is not None:
        values.update(_read_toml(Path(path)))
    for name in _FIELDS:
        raw = env.get(f"CECINGEST_{name.upper()}")
        if raw is not None:
            values[name] = _coerce(name, raw)
    values.update({k: v for k, v in (overrides or {}).items() if v is not None})
    unknown = set(values) - set(_FIELDS)
    if unknown:
        raise ConfigError(f"unknown setting(s): {', '.join(sorted(unknown))}")
    return Settings(**values)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(f"config file not found: {path}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config file {path} is not valid TOML: {exc}") from None
    # Accept both a flat file and one with a [cecingest] table.
    table = data.get("cecingest", data)
    return {k.replace("-", "_"): v for k, v in table.items()}


def _coerce(name: str, raw: str) -> Any:
    default = _FIELDS[name].default
    if name == "thresholds":  # CECINGEST_THRESHOLDS="provider=0.9,credits=0.95"
        try:
            return {k.strip(): float(v) for k, v in (part.split("=") for part in raw.split(",") if part.strip())}
        except ValueError:
            raise ConfigError(f"CECINGEST_THRESHOLDS={raw!r} is not field=number,field=number") from None
    try:
        if isinstance(default, bool):
            return raw.strip().lower() in {"1", "true", "yes", "on"}
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, float):
            return float(raw)
    except ValueError:
        raise ConfigError(f"CECINGEST_{name.upper()}={raw!r} is not a valid {type(default).__name__}") from None
    return raw
