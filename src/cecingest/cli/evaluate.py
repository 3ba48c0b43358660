"""`cecingest eval`: accuracy, review rate and speed on a folder of samples with expected records."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from cecingest.cli.common import build_settings, safe_text, settings_options
from cecingest.errors import CecIngestError, ExitCode
from cecingest.evaluate import FIELDS, Expectation, FileResult, compare, find_expectations, summarize
from cecingest.layouts import LayoutMemory, hold_unconfirmed_layout, layout_words
from cecingest.models import REQUIRED_FIELDS, CreditRecord
from cecingest.store import match_key

if TYPE_CHECKING:
    from cecingest.pipeline import Ingested

_SHORT = {"participant": "part", "provider": "prov", "course_title": "title", "completion_date": "date",
          "start_date": "start", "credits": "cred", "hours": "hrs", "topic": "topic", "delivery_format": "fmt",
          "certificate_id": "id", "accreditation": "accr", "license_number": "lic", "is_certificate": "cert?"}


@click.command("eval")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path), default="samples")
@click.option("--json", "as_json", is_flag=True, help="Print the per-file results and the summary as JSON.")
@click.option("--show-wrong", is_flag=True, help="List every wrong field with what was read and what was expected.")
@click.option("--baseline", is_flag=True,
              help="Score a naive parser (first date, first number before 'hours', largest line as the name) "
              "instead, to see what the real one gains.")
@click.option("--trust-layout-after", "layout_memory", type=click.IntRange(0), default=0, metavar="N",
              help="Also play the layout memory (the trust_layout_after setting of an import): read the files in "
              "order, with a reviewer who confirms every record sent to review whose required fields are right "
              "and corrects the others; a layout's records are accepted only after N confirmed ones [default: 0, "
              "scores alone, whatever the setting says].")
@settings_options
def eval_command(folder: Path, as_json: bool, show_wrong: bool, baseline: bool, layout_memory: int,
                 config_file: str | None, **overrides: Any) -> int:
    """Measure field accuracy, review rate and time per page on FOLDER [default: samples].

    Every `<name>.expected.json` in FOLDER names its sample file and the values a careful person
    would type from it. Each sample goes through the full pipeline and every field is compared.
    """
    from cecingest.baseline import parse_baseline
    from cecingest.parse import parse
    from cecingest.pipeline import ingest_file

    settings = build_settings(config_file, **overrides)
    parser = parse_baseline if baseline else parse
    results: list[FileResult] = []
    memory = LayoutMemory() if layout_memory > 0 else None
    for exp in find_expectations(folder):
        try:
            ingested = ingest_file(exp.path, settings, parser)
        except CecIngestError as exc:
            results.append(FileResult(path=exp.path, error=exc.message))
            continue
        except Exception as exc:  # a bug on one document is that document's error, as in an import
            logging.getLogger(__name__).debug("internal error on %s", exp.path, exc_info=True)
            results.append(FileResult(path=exp.path, error=f"internal error: {type(exc).__name__}: {exc}"))
            continue
        record = ingested.record if memory is None else _through_layout_memory(
            memory, ingested, exp, layout_memory)
        result = compare(record.to_dict(), exp)
        result.seconds = ingested.seconds
        results.append(result)
    summary = summarize(results)
    if as_json:
        click.echo(json.dumps({"files": [_file_json(r) for r in results], "summary": summary}, indent=2))
    else:
        _print_table(results, summary, show_wrong)
    return int(ExitCode.OK) if results else int(ExitCode.INPUT_NOT_FOUND)


def _through_layout_memory(memory: LayoutMemory, ingested: Ingested, exp: Expectation, needed: int) -> CreditRecord:
    """The record as an import with `trust_layout_after` would store it, and the simulated reviewer's verdict on it
    when it goes to review (confirmed when every required field is right, else corrected)."""
    record = ingested.record
    provider = match_key(record.fields.provider.value)
    if not record.is_certificate or provider is None:
        return record
    layout = memory.layout_of(provider, layout_words(ingested.document, record))
    record = hold_unconfirmed_layout(record, memory.tally(layout), needed)
    if record.status == "needs_review":
        correct = compare(record.to_dict(), exp).correct
        memory.reviewed(layout, all(correct.get(name, True) for name in REQUIRED_FIELDS))
    return record


def _percent(share: float | None) -> str:
    return "—" if share is None else f"{share:.0%}"


def _file_json(r: FileResult) -> dict[str, Any]:
    return {"file": str(r.path), "error": r.error, "status": r.status, "seconds": round(r.seconds, 3),
            "pages": r.pages, "text_source": r.text_source, "confidence": r.record_confidence, "wrong": r.wrong,
            "got": {n: r.got[n] for n in r.wrong if n in r.got},
            "expected": {n: r.expected[n] for n in r.wrong if n in r.expected}}


def _mark(correct: bool | None) -> Any:
    from rich.text import Text

    return Text("") if correct is None else Text("✓", style="green") if correct else Text("✗", style="red")


def _print_table(results: list[FileResult], summary: dict[str, Any], show_wrong: bool) -> None:
    from rich.table import Table
    from rich.text import Text

    from cecingest.cli.render import make_console

    console = make_console()
    table = Table(title=f"{len(results)} samples", title_justify="left")
    table.add_column("file")
    columns = ("is_certificate", *FIELDS)
    for name in columns:
        table.add_column(_SHORT[name], justify="center")
    table.add_column("status")
    table.add_column("s", justify="right")
    for r in results:
        if r.error is not None:
            table.add_row(safe_text(r.path.name), *[""] * len(columns), Text(safe_text(r.error), style="red"), "")
            continue
        marks = [_mark(r.correct.get(n)) for n in columns]
        table.add_row(safe_text(r.path.name), *marks, r.status, f"{r.seconds:.2f}")
    accuracy = summary["field_accuracy"]
    table.add_row("accuracy", *[f"{accuracy[n]:.0%}" if accuracy[n] is not None else "" for n in columns], "", "")
    console.print(table)
    if show_wrong:
        for r in results:
            for name in r.wrong:
                console.print(f"{safe_text(r.path.name)} {name}: got {r.got.get(name)!r}, "
                              f"expected {r.expected.get(name)!r}", markup=False)
    for name, scores in [*summary["by_text_source"].items(), ("all", summary)]:
        console.print(
            f"{name + ':':11} {scores['files']:4} files   all fields right: {scores['all_fields_right']:.0%}   "
            f"required fields right: {scores['required_fields_right']:.0%}   "
            f"review rate: {scores['review_rate']:.0%}   accepted: {scores['accepted']} "
            f"(precision {_percent(scores['accepted_precision'])})   "
            f"calibration error: {scores['calibration_error']}   "
            f"median s/page: {scores['median_seconds_per_page']}"
        )
