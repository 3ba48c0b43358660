"""The real command line, in-process through main() and as a subprocess for exit codes and streams."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cecingest.cli import main
from cecingest.errors import ExitCode
from tests.extract.conftest import write_text_pdf

CERT_LINES = [
    "Certificate of Completion",
    "This certifies that",
    "Alex Moreno, CPA",
    "has successfully completed",
    "Revenue Recognition Update",
    "CPE Credits: 2.0",
    "Date of Completion: April 17, 2025",
    "Provided by: Ledgerline Learning LLC",
]


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cecingest", *args], capture_output=True, text=True, timeout=120)


@pytest.fixture
def cert_pdf(tmp_path: Path) -> Path:
    return write_text_pdf(tmp_path / "cert.pdf", [CERT_LINES])


def test_json_for_one_file_is_one_contract_object(cert_pdf: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--json", str(cert_pdf)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["schema"] == "cecingest.record/1"
    assert record["fields"]["participant"]["value"] == "Alex Moreno, CPA"
    assert record["fields"]["credits"]["value"] == [{"amount": 2.0, "unit": "CPE"}]
    assert record["fields"]["hours"]["value"] == 1.67
    assert record["source"]["text_source"] == "text-layer"


def test_json_lines_for_several_files(cert_pdf: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = write_text_pdf(tmp_path / "other.pdf", [CERT_LINES])
    assert main(["extract", "--json", str(cert_pdf), str(other)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert [json.loads(line)["source"]["path"] for line in lines] == [str(cert_pdf), str(other)]


def test_table_output(cert_pdf: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(cert_pdf)]) == 0
    out = capsys.readouterr().out
    assert "Alex Moreno, CPA" in out and "Revenue Recognition Update" in out and "status" in out


def test_text_file_named_pdf_fails_cleanly(tmp_path: Path) -> None:
    fake = tmp_path / "fake.pdf"
    fake.write_text("hello, I am not a PDF\n")
    result = run_cli("extract", str(fake))
    assert result.returncode == ExitCode.UNSUPPORTED_FILE
    assert result.stderr.strip() == f"cecingest: error: {fake}: unsupported or corrupt file " \
        "(not a PDF, PNG, JPEG, TIFF, WebP or BMP)"
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_bad_file_does_not_stop_the_others(cert_pdf: Path, tmp_path: Path) -> None:
    fake = tmp_path / "empty.pdf"
    fake.write_bytes(b"")
    result = run_cli("extract", "--json", str(fake), str(cert_pdf))
    assert result.returncode == ExitCode.CORRUPT_FILE
    assert len(result.stdout.strip().splitlines()) == 1
    assert "empty file" in result.stderr


def test_png_named_pdf_is_read_as_png(tmp_path: Path) -> None:
    from PIL import Image

    disguised = tmp_path / "photo.pdf"
    Image.new("L", (300, 200), 255).save(disguised, format="PNG")
    result = run_cli("extract", "--json", str(disguised))
    if result.returncode == ExitCode.TESSERACT_MISSING:
        pytest.skip("tesseract not installed")
    assert json.loads(result.stdout)["source"]["media_type"] == "image/png"


def test_missing_config_file_is_a_config_error(cert_pdf: Path, tmp_path: Path) -> None:
    result = run_cli("extract", "--config", str(tmp_path / "none.toml"), str(cert_pdf))
    assert result.returncode == ExitCode.CONFIG
    assert result.stderr.startswith("cecingest: error: config file not found")


def test_missing_tesseract_is_one_line_with_the_fix(tmp_path: Path, cert_pdf: Path) -> None:
    from PIL import Image

    png = tmp_path / "scan.png"
    Image.new("L", (300, 200), 255).save(png)
    env_result = subprocess.run(
        [sys.executable, "-m", "cecingest", "extract", str(png), str(cert_pdf)],
        capture_output=True, text=True, timeout=120,
        env={"PATH": "/nonexistent", "CECINGEST_TESSERACT_CMD": "tesseract", "HOME": str(tmp_path)},
    )
    assert env_result.returncode == ExitCode.TESSERACT_MISSING
    assert "apt-get install tesseract-ocr" in env_result.stderr
    assert len(env_result.stderr.strip().splitlines()) == 1
    assert "Alex Moreno" in env_result.stdout  # the text PDF is still read


def test_help_teaches(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--help"]) == 0
    out = capsys.readouterr().out
    assert "Examples:" in out and "--json" in out


def test_usage_error_exit_code(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract"]) == ExitCode.USAGE
    assert main(["no-such-command"]) == ExitCode.USAGE


def test_a_text_pdf_is_read_without_loading_ocr_or_other_commands(tmp_path: Path) -> None:
    """`cecingest extract` of a text PDF imports neither numpy (OCR's pixels) nor the review or compliance
    commands; Tesseract's module is bound but not loaded."""
    pdf = write_text_pdf(tmp_path / "cert.pdf", [CERT_LINES])
    probe = (
        "import sys\n"
        "from cecingest.cli import main\n"
        f"code = main(['extract', '--json', {str(pdf)!r}])\n"
        "from cecingest.pipeline import ingest_file\n"
        "from cecingest.config import Settings\n"
        f"ingest_file({str(pdf)!r}, Settings(nlp_model='off'))\n"
        "loaded = [m for m in ('numpy', 'cecingest.cli.review', 'cecingest.cli.compliance') if m in sys.modules]\n"
        "lazy = type(sys.modules['pytesseract']).__name__ == '_LazyModule'  # not loaded yet\n"
        "print(code, loaded, lazy)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert result.stdout.strip().splitlines()[-1] == "0 [] True", result.stderr
