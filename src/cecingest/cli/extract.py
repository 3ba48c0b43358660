"""`cecingest extract`: read certificates and print their records; stores nothing."""

from __future__ import annotations

import json
from typing import Any

import click

from cecingest.cli.common import build_settings, safe_text, settings_options
from cecingest.errors import CecIngestError, ExitCode


@click.command("extract")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, allow_dash=False))
@click.option("--json", "as_json", is_flag=True,
              help="Print the contract record: one JSON object for one file, JSON Lines for several.")
@settings_options
def extract_command(files: tuple[str, ...], as_json: bool, config_file: str | None, **overrides: Any) -> int:
    """Read certificate FILES (PDF, PNG, JPEG, TIFF, WebP, BMP) and print their credit records.

    The type is taken from the file's bytes, not its name. Text PDFs are read from their text layer;
    scans and photos through Tesseract OCR. Nothing is stored: use `import` for that.

    A file that cannot be read gets a one-line reason on stderr; the other files are still read, and
    the exit code is that of the first failure.

    \b
    Examples:
      cecingest extract certificate.pdf
      cecingest extract --json scan.jpg
      cecingest extract --json samples/*.pdf samples/*.png > records.jsonl
    """
    from cecingest.pipeline import ingest_file  # heavy imports (pdfplumber, numpy) only when needed

    settings = build_settings(config_file, **overrides)
    exit_code = int(ExitCode.OK)
    records: list[dict[str, Any]] = []
    for path in files:
        try:
            record = ingest_file(path, settings).record.to_dict()
        except CecIngestError as exc:
            click.echo(f"cecingest: error: {safe_text(exc.message)}", err=True)
            exit_code = exit_code or int(exc.exit_code)
            continue
        if as_json:
            indent = 2 if len(files) == 1 else None
            click.echo(json.dumps(record, indent=indent, ensure_ascii=False))
        else:
            records.append(record)
    if not as_json and records:
        from cecingest.cli.render import print_records

        print_records(records)
    return exit_code
