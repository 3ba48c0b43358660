"""`cecingest review` (interactive on a terminal; `list`, `show`, `accept`, `reject`, `undo` for scripts) and
`cecingest stats`. A thin layer over `cecingest.review`: this module only reads keys and prints."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections import Counter, deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import IO, Any, Protocol, TypeVar

import click
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from cecingest.cli.common import build_settings, current_user, db_option, safe_text
from cecingest.config import Settings
from cecingest.errors import ExitCode, InvalidValue, RecordChanged

F = TypeVar("F", bound=Callable[..., Any])
ORDERS = ("oldest", "confidence")
KEYS_HELP = "[a]ccept  [e]dit a field  [r]eject  [s]kip  [o]pen the file  [u]ndo  [q]uit"


def _common(func: F) -> F:
    func = click.option("--config", "config_file", type=click.Path(dir_okay=False),
                        help="TOML settings file (default: ./cecingest.toml, or $CECINGEST_CONFIG).")(func)
    return db_option(func)


def _reviewer(func: F) -> F:
    return click.option("--reviewer", metavar="NAME", default=None,
                        help="Name recorded in the history for your actions [default: your login name].")(func)


def _version(func: F) -> F:
    return click.option("--expect-version", type=click.IntRange(min=1), default=None, metavar="N",
                        help="The record version you reviewed (from `review show --json`): the action is refused if "
                        "the record changed since. Needed to change a record that no longer waits for review.")(func)


def _order(func: F) -> F:
    return click.option("--order", type=click.Choice(ORDERS), default="oldest", show_default=True,
                        help="oldest: first imported first; confidence: least sure first.")(func)


@contextmanager
def _opened(config_file: str | None, db: str | None) -> Iterator[tuple[Any, Settings]]:
    from cecingest.store import Store

    settings = build_settings(config_file, db=db)
    with Store(settings.db) as store:
        yield store, settings


# -- rendering --------------------------------------------------------------------------------------------------

def _value(name: str, value: Any) -> str:
    from cecingest.cli.render import format_value

    return format_value(name, value)


def review_panel(view: Any, pending: list[tuple[str, Any]] | None = None, position: str = "") -> Group:
    """One record as a reviewer sees it: every field with value, confidence and reason (flagged ones highlighted),
    the evidence around flagged values, the source file. All document text goes through safe_text."""
    record = view.record
    source = record.source
    head = Text.assemble((f"record {record.id}", "bold"), f"  {position}  " if position else "  ",
                         (safe_text(source.path), "underline"),
                         f"  ({source.media_type}, {source.pages} p., {source.text_source})")
    if view.audit_sample:
        head.append("  audit sample", style="bold magenta")
    table = Table(show_edge=False, pad_edge=False, box=None, header_style="bold")
    for column in ("", "field", "value", "conf", "why"):
        table.add_column(column, overflow="fold")
    edits = dict(pending or [])
    for f in view.fields:
        style = "bold yellow" if f.flagged else ""
        shown = Text(_value(f.name, f.value), style=style)
        if f.name in edits:
            shown = Text.assemble((_value(f.name, f.value), "strike"), " → ", (_value(f.name, edits[f.name]), "cyan"))
        reasons = "; ".join(r.split(":", 1)[1].strip() if ":" in r else r for r in f.reasons)
        table.add_row(Text("!" if f.flagged else " ", style=style), Text(f.name, style=style), shown,
                      Text(f"{f.confidence:.2f}", style=style), Text(safe_text(reasons), style="yellow"))
    parts: list[Any] = [head, table]
    for f in view.fields:
        if f.context is not None:
            before, evidence, after = f.context
            parts.append(Text.assemble(f"  {f.name} (p.{f.page}): ", safe_text(before),
                                       (safe_text(evidence), "reverse"), safe_text(after), style="dim"))
    for reason in view.other_reasons:
        parts.append(Text(f"  • {safe_text(reason)}", style="yellow"))
    parts.append(Text(f"  status {record.status}, confidence {record.confidence:.2f}, version {view.stored.version}",
                      style="dim"))
    return Group(*parts)


def queue_table(views: list[Any], order: str) -> Table:
    table = Table(title=f"{len(views)} records wait for review ({order} first)", title_justify="left")
    for column in ("id", "conf", "participant", "course", "file", "since", "why"):
        table.add_column(column, overflow="fold")
    for s in views:
        r = s.record
        table.add_row(str(r.id), f"{r.confidence:.2f}", _value("participant", r.fields.participant.value),
                      _value("course_title", r.fields.course_title.value),
                      safe_text(os.path.basename(r.source.path)), s.created_at[:10],
                      safe_text("; ".join(r.review_reasons)))
    return table


def _review_json(store: Any, stored: Any, settings: Settings) -> dict[str, Any]:
    from cecingest.review import view

    shown = view(store, stored, settings.field_threshold)
    flagged = {f.name: {"reasons": list(f.reasons), "evidence": None if f.context is None else "".join(f.context)}
               for f in shown.fields if f.flagged}
    data: dict[str, Any] = stored.record.to_dict()
    return data | {"version": stored.version, "audit_sample": shown.audit_sample, "flagged": flagged,
                   "waiting_since": stored.created_at}


def _console() -> Console:
    from cecingest.cli.render import make_console

    return make_console()


@contextmanager
def _show_conflicts(console: Console) -> Iterator[None]:
    """A refused write prints the record as it is now; the CLI edge then prints the one-line error."""
    try:
        yield
    except RecordChanged as exc:
        from cecingest.cli.render import record_table

        console.print(record_table(exc.current.record.to_dict()))  # type: ignore[attr-defined]
        raise


# -- the scripted commands --------------------------------------------------------------------------------------

@click.group("review", invoke_without_command=True)
@_order
@click.option("-i", "--interactive", is_flag=True,
              help="Review one record at a time even when standard input is not a terminal (keys one per line).")
@_reviewer
@_common
@click.pass_context
def review_command(ctx: click.Context, order: str, interactive: bool, reviewer: str | None, config_file: str | None,
                   db: str | None) -> int | None:
    """Review the records that wait for a person (status needs_review).

    Without a subcommand, on a terminal: shows how many records wait, then one at a time, every field with its
    value, confidence and reason, flagged fields highlighted with the text around where they were read.
    Keys: a accept, e edit a field, r reject with a reason, s skip, o open the file, u undo, q quit.
    An edited record becomes `corrected`; every action is in the record's history (`cecingest show ID`).

    \b
    Examples:
      cecingest review                          one record at a time
      cecingest review list --json              the queue for scripts
      cecingest review accept 12 --set completion_date=2025-01-02
      cecingest review reject 13 --reason "an invoice, not a certificate"
    """
    if ctx.invoked_subcommand is not None:
        return None
    if not interactive and not sys.stdin.isatty():
        raise click.UsageError("interactive review needs a terminal; use `review list`, `review show ID`, "
                               "`review accept ID`, `review reject ID`, or --interactive to read keys from stdin")
    io: KeyInput = TerminalInput() if sys.stdin.isatty() else StreamInput(sys.stdin)
    with _opened(config_file, db) as (store, settings):
        session = Session(store, settings, current_user(reviewer), order, _console(), io)
        return session.run()


@review_command.command("list")
@_order
@click.option("--json", "as_json", is_flag=True, help="JSON Lines: one contract record per line, with its version.")
@_common
def list_command(order: str, as_json: bool, config_file: str | None, db: str | None) -> int:
    """List the records waiting for review, in review order."""
    from cecingest.review import queue

    with _opened(config_file, db) as (store, settings):
        waiting = queue(store, order)  # type: ignore[arg-type]
        if as_json:
            for stored in waiting:
                click.echo(json.dumps(_review_json(store, stored, settings), ensure_ascii=False))
            return int(ExitCode.OK)
    _console().print(queue_table(waiting, order))
    return int(ExitCode.OK)


@review_command.command("show")
@click.argument("record_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="The record with its version, flagged fields and evidence.")
@_common
def show_review_command(record_id: int, as_json: bool, config_file: str | None, db: str | None) -> int:
    """Show one record as the interactive review does (any status)."""
    from cecingest.cli.render import history_table
    from cecingest.review import load, view

    with _opened(config_file, db) as (store, settings):
        stored = load(store, record_id)
        if as_json:
            click.echo(json.dumps(_review_json(store, stored, settings), indent=2, ensure_ascii=False))
            return int(ExitCode.OK)
        shown = view(store, stored, settings.field_threshold)
        history = store.history(record_id)
    console = _console()
    console.print(review_panel(shown))
    console.print(history_table(history))
    return int(ExitCode.OK)


@review_command.command("accept")
@click.argument("record_id", type=int)
@click.option("--set", "assignments", multiple=True, metavar="FIELD=VALUE",
              help="Correct a field first (repeatable); the record then becomes `corrected`.")
@click.option("--note", default=None, help="A note for the history.")
@_version
@_reviewer
@_common
def accept_command(record_id: int, assignments: tuple[str, ...], note: str | None, expect_version: int | None,
                   reviewer: str | None, config_file: str | None, db: str | None) -> int:
    """Accept a record, optionally correcting fields (dates must parse, units must be known codes, credits
    recompute hours)."""
    from cecingest.review import accept, parse_assignment

    edits = [parse_assignment(a) for a in assignments]
    console = _console()
    with _opened(config_file, db) as (store, settings), _show_conflicts(console):
        done = accept(store, record_id, current_user(reviewer), edits, expect_version, note, settings)
    click.echo(f"record {record_id}: {done.record.status} (version {done.version})")
    return int(ExitCode.OK)


@review_command.command("reject")
@click.argument("record_id", type=int)
@click.option("--reason", required=True, help="Why (kept in the history).")
@_version
@_reviewer
@_common
def reject_command(record_id: int, reason: str, expect_version: int | None, reviewer: str | None,
                   config_file: str | None, db: str | None) -> int:
    """Reject a record with a reason."""
    from cecingest.review import reject

    console = _console()
    with _opened(config_file, db) as (store, _settings), _show_conflicts(console):
        done = reject(store, record_id, current_user(reviewer), reason, expect_version)
    click.echo(f"record {record_id}: {done.record.status} (version {done.version})")
    return int(ExitCode.OK)


@review_command.command("undo")
@click.argument("record_id", type=int)
@_version
@_reviewer
@_common
def undo_command(record_id: int, expect_version: int | None, reviewer: str | None, config_file: str | None,
                 db: str | None) -> int:
    """Undo the record's last review action (written as a new, compensating action; the history keeps both)."""
    from cecingest.review import undo

    console = _console()
    with _opened(config_file, db) as (store, _settings), _show_conflicts(console):
        done = undo(store, record_id, current_user(reviewer), expect_version)
    click.echo(f"record {record_id}: {done.record.status} (version {done.version})")
    return int(ExitCode.OK)


@click.command("stats")
@click.option("--json", "as_json", is_flag=True, help="The figures as one JSON object.")
@_common
def stats_command(as_json: bool, config_file: str | None, db: str | None) -> int:
    """Counts by status, the review rate, and the audit: the share of auto-accepted records a reviewer found wrong.

    Audit samples are auto-accepted records drawn at random at import (audit_rate, default 2%) and sent to
    review; one accepted unchanged was right, one corrected or rejected is an error that slipped through.
    Layouts: the certificate layouts seen, how many reviewers have confirmed enough to accept their records on
    scores (trust_layout_after), and how many records went to review only because theirs was not yet trusted.
    """
    from cecingest.review import review_stats

    with _opened(config_file, db) as (store, settings):
        stats = review_stats(store, settings.trust_layout_after)
    data = stats.to_dict()
    if as_json:
        click.echo(json.dumps(data, indent=2))
        return int(ExitCode.OK)
    counts = ", ".join(f"{k} {v}" for k, v in sorted(data["counts"].items()))
    click.echo(f"records: {data['records']} ({counts})")
    rate = data["review_rate"]
    click.echo(f"sent to review at import: {data['sent_to_review']}"
               + (f" ({rate:.1%} of records)" if rate is not None else "") + f"; waiting now: {data['waiting']}")
    audit = data["audit"]
    line = f"audit samples: {audit['samples']}, reviewed {audit['reviewed']}, found wrong {audit['wrong']}"
    if audit["error_rate"] is not None:
        low, high = audit["ci95"]
        line += f" ({audit['error_rate']:.1%}; 95% CI {low:.1%} to {high:.1%})"
    click.echo(line)
    layouts = data["layouts"]
    click.echo(f"layouts: {layouts['seen']} seen, {layouts['trusted']} trusted; records held for a layout not yet "
               f"trusted: {layouts['held_records']}")
    return int(ExitCode.OK)


# -- the interactive session ------------------------------------------------------------------------------------

class KeyInput(Protocol):
    def key(self, prompt: str) -> str: ...

    def line(self, prompt: str) -> str: ...


class TerminalInput:
    """Single keys on a terminal, lines with click.prompt."""

    def key(self, prompt: str) -> str:
        char = self._getchar(prompt)
        if char in ("\x04", ""):  # Ctrl-D
            raise EOFError
        click.echo(char if char.isprintable() else "")
        return char

    @staticmethod
    def _getchar(prompt: str) -> str:
        """One key press. The terminal leaves line mode before the prompt is shown and without discarding
        input (click.getchar flushes it), so a key pressed as soon as the prompt appears is never lost."""
        try:
            import termios
            import tty
        except ImportError:  # not a POSIX terminal
            click.echo(prompt, nl=False)
            return click.getchar()
        fd = sys.stdin.fileno()
        saved = termios.tcgetattr(fd)
        try:
            tty.setcbreak(fd, termios.TCSANOW)
            click.echo(prompt, nl=False)
            return os.read(fd, 1).decode("utf-8", "replace")
        finally:
            termios.tcsetattr(fd, termios.TCSADRAIN, saved)

    def line(self, prompt: str) -> str:
        return str(click.prompt(prompt, default="", show_default=False))


class StreamInput:
    """Keys and lines from a stream (tests, or `--interactive` with a pipe): a key is the first character of a
    line. The end of the stream quits."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def _read(self, prompt: str) -> str:
        click.echo(prompt, nl=False)
        raw = self.stream.readline()
        if not raw:
            raise EOFError
        text = raw.rstrip("\n")
        click.echo(text)
        return text

    def key(self, prompt: str) -> str:
        return self._read(prompt).strip()[:1]

    def line(self, prompt: str) -> str:
        return self._read(prompt)


class Session:
    """One reviewer working through the queue. Each decision is one store action; edits are kept in memory until
    the record is accepted, so an accepted record is complete and `u` first takes back the last pending edit."""

    def __init__(self, store: Any, settings: Settings, who: str, order: str, console: Console,
                 io: KeyInput) -> None:
        self.store, self.settings, self.who, self.order = store, settings, who, order
        self.console, self.io = console, io
        self.done: list[tuple[int, int]] = []  # (record id, version after) of this session's actions, for undo
        self.tally: Counter[str] = Counter()

    def run(self) -> int:
        from cecingest.review import queue

        todo = deque(s.record.id or 0 for s in queue(self.store, self.order))  # type: ignore[arg-type]
        total = len(todo)
        self.console.print(f"{total} record{'s' if total != 1 else ''} wait for review ({self.order} first)")
        try:
            while todo or self._last_chance(todo):
                record_id = todo[0]
                stored = self.store.record(record_id)
                if stored is None or stored.record.status != "needs_review":
                    todo.popleft()
                    continue
                outcome = self.review(stored, f"{total - len(todo) + 1} of {total}")
                if outcome == "quit":
                    break
                todo.popleft()
                if isinstance(outcome, int):  # an undo put a record back in the queue: it comes next
                    todo.appendleft(record_id)
                    todo.appendleft(outcome)
        except EOFError:
            pass
        left = len(self.store.records(status="needs_review"))
        summary = ", ".join(f"{n} {what}" for what, n in sorted(self.tally.items())) or "nothing"
        self.console.print(f"done: {summary}; {left} still wait for review")
        return int(ExitCode.OK)

    def _last_chance(self, todo: deque[int]) -> bool:
        """The queue is done: the reviewer may still take back the last action (which requeues its record)."""
        while self.done:
            key = self.io.key("no more records: [u]ndo the last action  [q]uit > ").lower()
            if key == "q":
                return False
            if key == "u":
                try:
                    back = self._undo([])
                except RecordChanged as exc:
                    self._changed(exc)
                    continue
                if isinstance(back, int):
                    todo.append(back)
                    return True
        return False

    def review(self, stored: Any, position: str) -> str | int:
        """Decide on one record: 'next', 'quit', or the id of a record an undo sent back to the queue."""
        from cecingest.review import view

        pending: list[tuple[str, str]] = []
        show = True
        while True:
            if show:
                self.console.print(review_panel(view(self.store, stored, self.settings.field_threshold),
                                                self._preview(stored, pending), position))
                show = False
            key = self.io.key(f"{KEYS_HELP} > ").lower()
            try:
                result = self._act(key, stored, pending)
            except RecordChanged as exc:
                self._changed(exc)
                fresh = self.store.record(stored.record.id)
                if fresh is None or fresh.record.status != "needs_review":
                    return "next"
                stored, pending, show = fresh, [], True
                continue
            except InvalidValue as exc:
                self.console.print(Text(f"not saved: {exc.message}", style="red"))
                continue
            if result == "show":
                show = True
            elif result is not None:
                return result

    def _act(self, key: str, stored: Any, pending: list[tuple[str, str]]) -> str | int | None:
        from cecingest import review

        record_id = stored.record.id
        if key == "a":
            done = review.accept(self.store, record_id, self.who, pending, stored.version, None, self.settings)
            return self._did(done, record_id)
        if key == "r":
            reason = self.io.line("reason for rejecting: ").strip()
            if not reason:
                self.console.print("not rejected: a reason is needed")
                return None
            return self._did(review.reject(self.store, record_id, self.who, reason, stored.version), record_id)
        if key == "e":
            return self._edit(stored, pending)
        if key == "s":
            self.tally["skipped"] += 1
            return "next"
        if key == "o":
            self._open(stored.record.source.path)
            return None
        if key == "u":
            return self._undo(pending)
        if key == "q":
            return "quit"
        self.console.print(KEYS_HELP)
        return None

    def _did(self, done: Any, record_id: int) -> str:
        self.done.append((record_id, done.version))
        self.tally[done.record.status] += 1
        self.console.print(Text(f"record {record_id}: {done.record.status}", style="green"))
        return "next"

    def _edit(self, stored: Any, pending: list[tuple[str, str]]) -> str | None:
        from cecingest.knowledge import load_knowledge
        from cecingest.review import EDITABLE, apply_edits

        self.console.print("fields: " + ", ".join(f"{i} {name}" for i, name in enumerate(EDITABLE, 1)))
        choice = self.io.line("field (name or number): ").strip()
        name = EDITABLE[int(choice) - 1] if choice.isdigit() and 0 < int(choice) <= len(EDITABLE) else choice
        if name not in EDITABLE:
            raise InvalidValue(f"{choice!r} is not a field that can be edited")
        value = self.io.line(f"{name} (empty clears it): ")
        kn = load_knowledge(self.settings.data_dir)
        apply_edits(stored.record, [*pending, (name, value)], kn, self.settings.date_order)  # validates
        pending.append((name, value))
        return "show"

    def _preview(self, stored: Any, pending: list[tuple[str, str]]) -> list[tuple[str, Any]]:
        """The pending edits as they will be saved (hours recomputed when credits change)."""
        if not pending:
            return []
        from cecingest.knowledge import load_knowledge
        from cecingest.review import apply_edits

        kn = load_knowledge(self.settings.data_dir)
        edited = apply_edits(stored.record, pending, kn, self.settings.date_order)
        return [(c.field or "", c.new_value["value"]) for c in edited.changes]

    def _undo(self, pending: list[tuple[str, str]]) -> str | int | None:
        from cecingest.review import undo

        if pending:
            name, _ = pending.pop()
            self.console.print(f"edit of {name} taken back")
            return "show"
        if not self.done:
            self.console.print("nothing to undo in this session")
            return None
        record_id, version = self.done.pop()
        done = undo(self.store, record_id, self.who, version)
        self.tally["undone"] += 1
        self.console.print(Text(f"record {record_id}: undone, {done.record.status} again", style="green"))
        return record_id if done.record.status == "needs_review" else None

    def _changed(self, exc: RecordChanged) -> None:
        from cecingest.cli.render import record_table

        self.console.print(Text(exc.message, style="bold red"))
        self.console.print(record_table(exc.current.record.to_dict()))  # type: ignore[attr-defined]

    def _open(self, path: str) -> None:
        viewer = shutil.which("xdg-open") or shutil.which("open")
        if not os.path.exists(path):
            self.console.print(f"the file is not at {safe_text(path)} any more")
        elif viewer is None:
            self.console.print(f"no system viewer (xdg-open) here; the file is {safe_text(path)}")
        else:
            subprocess.Popen([viewer, path], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL, start_new_session=True)
            self.console.print(f"opened {safe_text(path)} with {os.path.basename(viewer)}")
