"""`cecingest extract`: read certificates and print their records; stores nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from cecingest.cli.common import build_settings, safe_text, settings_options
from cecingest.errors import ExitCode, one_line


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
    the exit code is that of the first failure. Each file is read in a worker process under the time and
    memory limits (time_limit, memory_limit_mb), so a hostile file cannot hang or exhaust the machine.

    \b
    Examples:
      cecingest extract certificate.pdf
      cecingest extract --json scan.jpg
      cecingest extract --json samples/*.pdf samples/*.png > records.jsonl
    """
    import cecingest.pipeline  # noqa: F401  (heavy imports, made once here and inherited by the forked worker)
    from cecingest.importer import worker_results

    settings = build_settings(config_file, **overrides)
    exit_code = int(ExitCode.OK)
    records: list[dict[str, Any]] = []
    # One worker, one file at a time, in the order given: the same limits as `import`, and a file that kills
    # its worker is reported while the others are still read.
    for result in worker_results([Path(f) for f in files], settings, 1):
        if result.record is None:
            click.echo(f"cecingest: error: {safe_text(one_line(result.error))}", err=True)
            exit_code = exit_code or result.error_code or int(ExitCode.INTERNAL)
            continue
        record = result.record.to_dict()
        if as_json:
            indent = 2 if len(files) == 1 else None
            click.echo(json.dumps(record, indent=indent, ensure_ascii=False))
        else:
            records.append(record)
    if not as_json and records:
        from cecingest.cli.render import print_records

        print_records(records)
    return exit_code
