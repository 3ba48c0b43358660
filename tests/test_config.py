from __future__ import annotations

from pathlib import Path

import pytest

from cecingest.config import load_settings
from cecingest.errors import ConfigError


def test_file_then_env_then_flags(tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text("[cecingest]\nocr_dpi = 200\ndate_order = 'DMY'\naccept_threshold = 0.9\n")
    settings = load_settings(cfg, env={"CECINGEST_OCR_DPI": "250"}, overrides={"date_order": "MDY"})
    assert settings.ocr_dpi == 250  # env beats file
    assert settings.date_order == "MDY"  # flag beats file
    assert settings.accept_threshold == 0.9  # file beats default


def test_unknown_setting_is_an_error(tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text("ocr_dpii = 200\n")
    with pytest.raises(ConfigError, match="ocr_dpii"):
        load_settings(cfg, env={})


def test_bad_env_value() -> None:
    with pytest.raises(ConfigError, match="CECINGEST_OCR_DPI"):
        load_settings(None, env={"CECINGEST_OCR_DPI": "lots"})


def test_invalid_toml(tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text("ocr_dpi = \n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_settings(cfg, env={})
