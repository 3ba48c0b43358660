"""The command line: thin commands over the pipeline. Errors become one-line messages and exit codes here only."""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Sequence

import click

from cecingest import __version__
from cecingest.errors import CecIngestError, ExitCode

EPILOG = """\b
Exit codes:
  0  success                      6  OCR failed or timed out
  2  bad command line             7  input file or record not found
  3  unsupported file type        8  bad configuration
  4  corrupt or unreadable file   9  database cannot be opened or written
  5  Tesseract is not installed  10  import: some files failed (the others are stored)
                                 11  review: the record changed since you read it (nothing written)
                                 12  over a limit: file size, pixels, time or memory
Configuration: cecingest.toml in the current folder (or --config / CECINGEST_CONFIG),
then CECINGEST_* environment variables (e.g. CECINGEST_OCR_DPI=300), then flags.
"""


# Each command's module, imported only when the command runs (or --help lists them all): `cecingest import`
# need not load the review, compliance and evaluation code, 45 ms of every start-up.
COMMANDS = {
    "extract": "extract:extract_command", "import": "importing:import_command",
    "records": "records:records_command", "show": "records:show_command", "export": "records:export_command",
    "eval": "evaluate:eval_command", "watch": "watch:watch_command", "status": "watch:status_command",
    "review": "review:review_command", "stats": "review:stats_command", "people": "compliance:people_command",
    "credential": "compliance:credential_command", "report": "compliance:report_command",
}


class LazyGroup(click.Group):
    """A group whose commands are imported on first use (click's documented lazy-loading pattern)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        module, _, name = COMMANDS[cmd_name].partition(":")
        command: click.Command = getattr(importlib.import_module(f"cecingest.cli.{module}"), name)
        return command


@click.group(cls=LazyGroup, epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="cecingest")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv for debug).")
def cli(verbose: int) -> None:
    """Turn continuing-education certificates into credit records.

    Reads certificate PDFs, scans and photos, finds the participant, provider, course, date and
    credits, and decides whether each record can be accepted or needs a person's review.

    \b
    Examples:
      cecingest extract certificate.pdf          read one file, store nothing
      cecingest import ~/certificates            read a folder into ./cecingest.db
      cecingest watch ~/ce-inbox                 read every file dropped there, until stopped
      cecingest records --status needs_review    what waits for a person
      cecingest review                           go through it, one record at a time
      cecingest export --format csv --out credits.csv
    """
    level = logging.WARNING - 10 * verbose
    logging.basicConfig(level=max(level, logging.DEBUG), format="%(levelname)s %(name)s: %(message)s")
    if verbose < 2:  # pdfminer's remarks on broken files (text from the file among them) help nobody but a debugger
        logging.getLogger("pdfminer").setLevel(logging.ERROR)


def main(argv: Sequence[str] | None = None) -> int:
    try:
        result = cli.main(args=list(argv) if argv is not None else None, prog_name="cecingest",
                          standalone_mode=False)
    except (click.exceptions.Abort, KeyboardInterrupt):
        click.echo("cecingest: interrupted", err=True)
        return 130
    except click.ClickException as exc:
        exc.show()
        return int(ExitCode.USAGE)
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except CecIngestError as exc:
        click.echo(f"cecingest: error: {exc.message}", err=True)
        return int(exc.exit_code)
    except Exception as exc:  # the last line of defence: no traceback reaches a user
        logging.getLogger("cecingest").debug("internal error", exc_info=True)
        click.echo(f"cecingest: internal error: {type(exc).__name__}: {exc} (run with -vv for details)", err=True)
        return int(ExitCode.INTERNAL)
    # Commands return their exit code; --help and --version return None.
    return int(result) if isinstance(result, int) else 0


if __name__ == "__main__":
    sys.exit(main())
