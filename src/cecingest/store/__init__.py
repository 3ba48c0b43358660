"""The credit-record store: the only module that speaks SQL.

SQLite through the standard library, in WAL mode with a busy timeout so an import, the daemon and a reviewer can
work on one database at once. The interface is small (documents in, records and events out) so that another
backend can implement it without touching the pipeline.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
import time
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cecingest import __version__
from cecingest.errors import InputNotFound, RecordChanged, StoreError
from cecingest.layouts import LayoutTally, best_match
from cecingest.models import (
    REQUIRED_FIELDS,
    CreditRecord,
    ExtractedDocument,
    Page,
    SourceInfo,
    Word,
    record_from_dict,
)
from cecingest.store.people import PeopleStore
from cecingest.store.schema import MIGRATIONS

BUSY_TIMEOUT_MS = 30_000


@dataclass(frozen=True)
class StoredRecord:
    record: CreditRecord  # with id set
    document_id: int
    created_at: str
    updated_at: str
    version: int = 1  # bumped by every review write; a writer names the version it read (optimistic concurrency)


@dataclass(frozen=True)
class Event:
    at: str
    who: str
    kind: str
    field: str | None
    old_value: Any
    new_value: Any
    note: str | None
    action: int | None = None  # the record version a review action produced; events of one action share it
    undoes: int | None = None  # for an undo: the action it compensates


@dataclass(frozen=True)
class Change:
    """One event of a review action: a field's or the status's old and new value (kind: field | status | undo)."""

    kind: str
    field: str | None
    old_value: Any
    new_value: Any
    note: str | None = None


@dataclass(frozen=True)
class FailedDocument:
    id: int
    path: str
    sha256: str | None
    error_code: int
    error: str
    updated_at: str


@dataclass(frozen=True)
class WatcherRow:
    """A watch daemon's heartbeat row: which inbox, which process, when it last beat."""

    id: int
    host: str
    inbox: str
    processed_dir: str | None  # None with --keep
    failed_dir: str | None
    pid: int
    started_at: str
    beat: float  # unix time
    waiting: int
    done: int
    stopped_at: str | None


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def match_key(text: str | None) -> str | None:
    """Case, accents, punctuation and credentials aside: 'Jane Q. Doe, RN' and 'JANE Q DOE' share a key."""
    if not text:
        return None
    base = unicodedata.normalize("NFKD", text.split(",")[0]).encode("ascii", "ignore").decode().casefold()
    return re.sub(r"[^a-z0-9]+", " ", base).strip() or None


class Store(PeopleStore):  # people, credentials and filings: store/people.py
    def __init__(self, path: str | Path, durable: bool = False) -> None:
        """`durable`: every commit is on disk before it returns (synchronous=FULL), not only safe from a crash of
        this process; the watch daemon needs it because it moves a file right after storing it."""
        self.path = str(path)
        try:
            self._db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                                       check_same_thread=False)
            self._db.row_factory = sqlite3.Row
            self._db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self._db.execute("PRAGMA journal_mode = WAL")
            self._db.execute("PRAGMA foreign_keys = ON")
            self._db.execute(f"PRAGMA synchronous = {'FULL' if durable else 'NORMAL'}")
            self.migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open database {self.path}: {exc}") from None

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic unit of work; IMMEDIATE takes the write lock up front so two writers queue, not fail."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    # -- schema ---------------------------------------------------------------------------------------------

    def migrate(self) -> list[int]:
        """Apply every migration not yet applied; returns the versions applied now."""
        self._db.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
                         "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
        applied = {row[0] for row in self._db.execute("SELECT version FROM schema_migrations")}
        newer = max(applied, default=0) > max(v for v, _, _ in MIGRATIONS)
        if newer:
            raise StoreError(f"database {self.path} was written by a newer cecingest; upgrade cecingest to use it")
        done = []
        for version, name, sql in MIGRATIONS:
            if version in applied:
                continue
            with self.transaction() as db:
                for statement in _statements(sql):
                    db.execute(statement)
                db.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", (version, name, now()))
            done.append(version)
        return done

    def schema_version(self) -> int:
        return int(self._db.execute("SELECT COALESCE(MAX(version), 0) FROM schema_migrations").fetchone()[0])

    # -- documents ------------------------------------------------------------------------------------------

    def processed_shas(self) -> set[str]:
        rows = self._db.execute("SELECT sha256 FROM documents WHERE state = 'processed' AND sha256 IS NOT NULL")
        return {row[0] for row in rows}

    def has_processed(self, sha256: str) -> bool:
        row = self._db.execute("SELECT 1 FROM documents WHERE sha256 = ? AND state = 'processed'", (sha256,))
        return row.fetchone() is not None

    def add_processed(self, record: CreditRecord, document: ExtractedDocument, seconds: float,
                      who: str, layout_id: int | None = None) -> int | None:
        """Store a document, its pages and its record in one transaction; returns the record id, or None when
        another writer stored the same bytes first (exactly once, whoever wins).

        A document that failed before is replaced by its result; its failure events stay in the history.
        """
        src = record.source
        stamp = now()
        with self.transaction() as db:
            if db.execute("SELECT 1 FROM documents WHERE sha256 = ? AND state = 'processed'",
                          (src.sha256,)).fetchone():
                return None
            db.execute("UPDATE events SET document_id = NULL WHERE document_id IN"
                       " (SELECT id FROM documents WHERE sha256 = ? AND state = 'failed')", (src.sha256,))
            db.execute("DELETE FROM documents WHERE sha256 = ? AND state = 'failed'", (src.sha256,))
            doc_id = db.execute(
                "INSERT INTO documents (sha256, path, size, media_type, pages, text_source, state, pipeline_version,"
                " seconds, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'processed', ?, ?, ?, ?)",
                (src.sha256, src.path, src.size, src.media_type, src.pages, src.text_source, __version__,
                 round(seconds, 4), stamp, stamp),
            ).lastrowid
            db.executemany(
                "INSERT INTO pages (document_id, number, source, width, height, rotation, seconds, text, words)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [_page_row(doc_id, page) for page in document.pages],
            )
            record_id = self._insert_record(db, int(doc_id or 0), record, stamp, layout_id)
            db.execute("INSERT INTO events (record_id, document_id, at, who, kind, new_value, note)"
                       " VALUES (?, ?, ?, ?, 'created', ?, ?)",
                       (record_id, doc_id, stamp, who, json.dumps(record.status), "; ".join(record.review_reasons)))
        return record_id

    def _insert_record(self, db: sqlite3.Connection, doc_id: int, record: CreditRecord, stamp: str,
                       layout_id: int | None = None) -> int:
        f = record.fields
        cursor = db.execute(
            "INSERT INTO records (document_id, status, confidence, is_certificate, participant, participant_key,"
            " course_title, course_key, completion_date, hours, record, created_at, updated_at, layout_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (doc_id, record.status, record.confidence, int(record.is_certificate), f.participant.value,
             match_key(f.participant.value), f.course_title.value, match_key(f.course_title.value),
             f.completion_date.value, f.hours.value, "{}", stamp, stamp, layout_id),
        )
        record_id = int(cursor.lastrowid or 0)
        stored = record.to_dict() | {"id": record_id}
        db.execute("UPDATE records SET record = ? WHERE id = ?", (json.dumps(stored, ensure_ascii=False), record_id))
        return record_id

    def add_failure(self, path: str, sha256: str | None, size: int | None, error_code: int, error: str,
                    who: str) -> int:
        """Record a document that could not be read (kept, with its reason; a later import retries it)."""
        stamp = now()
        with self.transaction() as db:
            row = db.execute("SELECT id FROM documents WHERE sha256 = ?", (sha256,)).fetchone() if sha256 else None
            if row is not None:
                doc_id = int(row[0])
                db.execute("UPDATE documents SET path = ?, error_code = ?, error = ?, updated_at = ? WHERE id = ?",
                           (path, error_code, error, stamp, doc_id))
            else:
                doc_id = int(db.execute(
                    "INSERT INTO documents (sha256, path, size, state, error_code, error, pipeline_version,"
                    " created_at, updated_at) VALUES (?, ?, ?, 'failed', ?, ?, ?, ?, ?)",
                    (sha256, path, size, error_code, error, __version__, stamp, stamp),
                ).lastrowid or 0)
            db.execute("INSERT INTO events (document_id, at, who, kind, note) VALUES (?, ?, ?, 'failed', ?)",
                       (doc_id, stamp, who, error))
        return doc_id

    def failures(self) -> list[FailedDocument]:
        rows = self._db.execute("SELECT id, path, sha256, error_code, error, updated_at FROM documents"
                                " WHERE state = 'failed' ORDER BY id")
        return [FailedDocument(r["id"], r["path"], r["sha256"], r["error_code"], r["error"], r["updated_at"])
                for r in rows]

    def pages(self, document_id: int) -> list[tuple[int, str, str]]:
        """(number, source, text) of each stored page."""
        rows = self._db.execute("SELECT number, source, text FROM pages WHERE document_id = ? ORDER BY number",
                                (document_id,))
        return [(r[0], r[1], r[2]) for r in rows]

    def document(self, document_id: int) -> ExtractedDocument | None:
        """A processed document as extraction gave it, rebuilt from the stored pages and words (coordinates as
        stored, to 0.1 point); None for a document that is not stored or was never read."""
        doc = self._db.execute("SELECT path, sha256, media_type, size, text_source FROM documents"
                               " WHERE id = ? AND state = 'processed'", (document_id,)).fetchone()
        if doc is None:
            return None
        rows = self._db.execute("SELECT number, source, width, height, rotation, seconds, words FROM pages"
                                " WHERE document_id = ? ORDER BY number", (document_id,)).fetchall()
        pages = tuple(Page(r["number"], r["width"] or 0.0, r["height"] or 0.0,
                           tuple(_word(w) for w in json.loads(r["words"])), r["source"], r["rotation"] or 0,
                           r["seconds"] or 0.0) for r in rows)
        source = SourceInfo(doc["path"], doc["sha256"] or "", doc["media_type"] or "", doc["size"] or 0, len(pages),
                            doc["text_source"] or "text-layer")
        return ExtractedDocument(source, pages)

    # -- watch daemons ----------------------------------------------------------------------------------------

    def watcher_started(self, host: str, inbox: str, processed_dir: str | None, failed_dir: str | None,
                        pid: int) -> int:
        """Claim the heartbeat row of this inbox on this host (one row per inbox, reused across restarts)."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO watchers (host, inbox, processed_dir, failed_dir, pid, started_at, beat)"
                " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (host, inbox) DO UPDATE SET processed_dir ="
                " excluded.processed_dir, failed_dir = excluded.failed_dir, pid = excluded.pid, started_at ="
                " excluded.started_at, beat = excluded.beat, waiting = 0, done = 0, stopped_at = NULL",
                (host, inbox, processed_dir, failed_dir, pid, now(), time.time()))
            row = db.execute("SELECT id FROM watchers WHERE host = ? AND inbox = ?", (host, inbox)).fetchone()
        return int(row[0])

    def watcher_beat(self, watcher_id: int, waiting: int, done: int) -> None:
        with self.transaction() as db:
            db.execute("UPDATE watchers SET beat = ?, waiting = ?, done = ? WHERE id = ?",
                       (time.time(), waiting, done, watcher_id))

    def watcher_stopped(self, watcher_id: int, waiting: int, done: int) -> None:
        with self.transaction() as db:
            db.execute("UPDATE watchers SET beat = ?, waiting = ?, done = ?, stopped_at = ? WHERE id = ?",
                       (time.time(), waiting, done, now(), watcher_id))

    def watchers(self) -> list[WatcherRow]:
        rows = self._db.execute("SELECT id, host, inbox, processed_dir, failed_dir, pid, started_at, beat, waiting,"
                                " done, stopped_at FROM watchers ORDER BY id")
        return [WatcherRow(*row) for row in rows]

    # -- layouts (cecingest.layouts) -------------------------------------------------------------------------

    def layout_for(self, provider: str | None, words: frozenset[str]) -> int | None:
        """The id of the stored layout a document with this provider and these layout words belongs to, added
        when none matches; None without a provider (such a record is never accepted anyway)."""
        key = match_key(provider)
        if key is None:
            return None
        with self.transaction() as db:
            rows = db.execute("SELECT id, words FROM layouts WHERE provider_key = ?", (key,)).fetchall()
            found = best_match(words, ((int(r[0]), frozenset(json.loads(r[1]))) for r in rows))
            if found is None:
                found = int(db.execute("INSERT INTO layouts (provider_key, words, created_at) VALUES (?, ?, ?)",
                                       (key, json.dumps(sorted(words)), now())).lastrowid or 0)
        return found

    def layout_ids(self) -> list[int]:
        return [int(row[0]) for row in self._db.execute("SELECT id FROM layouts ORDER BY id")]

    def count_with_reason_prefix(self, prefixes: tuple[str, ...]) -> int:
        """Records whose review reasons hold one that begins with any of the prefixes."""
        if not prefixes:
            return 0
        test = " OR ".join("substr(value, 1, ?) = ?" for _ in prefixes)
        args = [a for p in prefixes for a in (len(p), p)]
        row = self._db.execute(
            f"SELECT COUNT(*) FROM records WHERE EXISTS (SELECT 1 FROM json_each(records.record, '$.review_reasons')"
            f" WHERE {test})", args).fetchone()
        return int(row[0])

    def layout_tally(self, layout_id: int) -> LayoutTally:
        """How reviewers judged the layout's records, from the review actions still in force (an undone action
        counts for nothing). Confirmed: accepted by a reviewer, unchanged or corrected in other fields only;
        corrected: a reviewer changed a required field, which is what an unseen record of the layout would have got
        wrong. A record accepted by its scores alone is neither, whatever was done to it and undone since."""
        required = tuple(REQUIRED_FIELDS)
        marks = ", ".join("?" * len(required))
        live = "NOT EXISTS (SELECT 1 FROM events u WHERE u.record_id = e.record_id AND u.undoes = e.action)"
        fixed = (f"EXISTS (SELECT 1 FROM events e WHERE e.record_id = r.id AND e.kind = 'field'"
                 f" AND e.field IN ({marks}) AND {live})")
        by_reviewer = (f"EXISTS (SELECT 1 FROM events e WHERE e.record_id = r.id AND e.kind = 'status'"
                       f" AND e.new_value IN ('\"accepted\"', '\"corrected\"') AND {live})")
        done = "r.status IN ('accepted', 'corrected')"
        row = self._db.execute(
            f"SELECT COALESCE(SUM({done} AND {by_reviewer} AND NOT {fixed}), 0),"
            f" COALESCE(SUM({done} AND {fixed}), 0) FROM records r WHERE r.layout_id = ?",
            (*required, *required, layout_id)).fetchone()
        return LayoutTally(int(row[0]), int(row[1]))

    # -- records --------------------------------------------------------------------------------------------

    def find_same_credit(self, participant: str | None, course: str | None, completion_date: str | None,
                         exclude_sha: str) -> int | None:
        """The id of a stored record for the same participant, course and date from another file, if any."""
        keys = (match_key(participant), match_key(course), completion_date)
        if None in keys:
            return None
        row = self._db.execute(
            "SELECT r.id FROM records r JOIN documents d ON d.id = r.document_id WHERE r.participant_key = ?"
            " AND r.course_key = ? AND r.completion_date = ? AND d.sha256 != ? AND r.status != 'rejected'"
            " ORDER BY r.id LIMIT 1", (*keys, exclude_sha),
        ).fetchone()
        return int(row[0]) if row else None

    def record(self, record_id: int) -> StoredRecord | None:
        row = self._db.execute("SELECT * FROM records WHERE id = ?", (record_id,)).fetchone()
        return _stored(row) if row else None

    def records(self, status: str | None = None, participant: str | None = None,
                since: str | None = None) -> list[StoredRecord]:
        clauses, params = [], []
        if status:
            clauses.append("status = ?")
            params.append(status)
        if participant:
            clauses.append("participant_key LIKE ?")
            params.append(f"%{match_key(participant) or ''}%")
        if since:
            clauses.append("completion_date >= ?")
            params.append(since)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self._db.execute(f"SELECT * FROM records{where} ORDER BY id", params)  # clauses are fixed strings
        return [_stored(row) for row in rows]

    def history(self, record_id: int) -> list[Event]:
        rows = self._db.execute(
            "SELECT e.* FROM events e JOIN records r ON (e.record_id = r.id OR e.document_id = r.document_id)"
            " WHERE r.id = ? ORDER BY e.id", (record_id,))
        return [Event(r["at"], r["who"], r["kind"], r["field"], _loads(r["old_value"]), _loads(r["new_value"]),
                      r["note"], r["action"], r["undoes"]) for r in rows]

    # -- review -------------------------------------------------------------------------------------------

    def update_record(self, record_id: int, expected_version: int, record: CreditRecord, changes: list[Change],
                      who: str, undoes: int | None = None) -> StoredRecord:
        """Write a reviewed record and the events of the action, only if nobody wrote it since `expected_version`.

        Raises RecordChanged (with the record as it is now) instead of overwriting another writer's work.
        """
        stamp = now()
        f = record.fields
        with self.transaction() as db:
            stored = dict(record.to_dict(), id=record_id)
            cursor = db.execute(
                "UPDATE records SET status = ?, confidence = ?, is_certificate = ?, participant = ?,"
                " participant_key = ?, course_title = ?, course_key = ?, completion_date = ?, hours = ?, record = ?,"
                " updated_at = ?, version = version + 1 WHERE id = ? AND version = ?",
                (record.status, record.confidence, int(record.is_certificate), f.participant.value,
                 match_key(f.participant.value), f.course_title.value, match_key(f.course_title.value),
                 f.completion_date.value, f.hours.value, json.dumps(stored, ensure_ascii=False), stamp, record_id,
                 expected_version),
            )
            if cursor.rowcount != 1:
                raise self._changed(db, record_id, expected_version)
            action = expected_version + 1
            db.executemany(
                "INSERT INTO events (record_id, at, who, kind, field, old_value, new_value, note, action, undoes)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(record_id, stamp, who, c.kind, c.field, json.dumps(c.old_value, ensure_ascii=False),
                  json.dumps(c.new_value, ensure_ascii=False), c.note, action, undoes) for c in changes],
            )
        current = self.record(record_id)
        assert current is not None
        return current

    def _changed(self, db: sqlite3.Connection, record_id: int, expected_version: int) -> Exception:
        row = db.execute("SELECT * FROM records WHERE id = ?", (record_id,)).fetchone()
        if row is None:
            return InputNotFound(f"no record with id {record_id}")
        current = _stored(row)
        last = db.execute("SELECT who, at FROM events WHERE record_id = ? ORDER BY id DESC LIMIT 1",
                          (record_id,)).fetchone()
        by = f", last written by {last['who']} at {last['at']}" if last else ""
        return RecordChanged(f"record {record_id} changed since you opened it (version {expected_version}, now "
                             f"{current.version}: {current.record.status}{by}); nothing was written", current)

    def initial_status_counts(self) -> dict[str, int]:
        """How many records the pipeline stored with each status (before any review)."""
        rows = self._db.execute("SELECT new_value, COUNT(*) FROM events WHERE kind = 'created'"
                                " AND record_id IS NOT NULL GROUP BY new_value")
        return {str(_loads(row[0])): int(row[1]) for row in rows}

    def status_counts_with_reason(self, reason: str) -> dict[str, int]:
        """Current status counts of the records that carry this review reason (e.g. the audit-sample mark)."""
        rows = self._db.execute(
            "SELECT status, COUNT(*) FROM records WHERE EXISTS"
            " (SELECT 1 FROM json_each(records.record, '$.review_reasons') WHERE value = ?) GROUP BY status",
            (reason,))
        return {row[0]: int(row[1]) for row in rows}

    def counts(self) -> dict[str, int]:
        out = {row[0]: row[1] for row in self._db.execute("SELECT status, COUNT(*) FROM records GROUP BY status")}
        out["failed"] = int(self._db.execute("SELECT COUNT(*) FROM documents WHERE state = 'failed'").fetchone()[0])
        return out


def _statements(sql: str) -> list[str]:
    without_comments = re.sub(r"--[^\n]*", "", sql)
    return [s.strip() for s in without_comments.split(";") if s.strip()]


def _page_row(doc_id: int | None, page: Page) -> tuple[Any, ...]:
    words = [[w.text, round(w.x0, 1), round(w.top, 1), round(w.x1, 1), round(w.bottom, 1),
              None if w.size is None else round(w.size, 1), w.confidence] for w in page.words]
    return (doc_id, page.number, page.source, page.width, page.height, page.rotation, round(page.seconds, 4),
            page.text, json.dumps(words, ensure_ascii=False, separators=(",", ":")))


def _word(cells: list[Any]) -> Word:
    text, x0, top, x1, bottom, size, confidence = cells
    return Word(text, x0, top, x1, bottom, size, 1.0 if confidence is None else confidence)


def _stored(row: sqlite3.Row) -> StoredRecord:
    record = record_from_dict(json.loads(row["record"]))
    return StoredRecord(record, row["document_id"], row["created_at"], row["updated_at"], int(row["version"]))


def _loads(value: str | None) -> Any:
    return None if value is None else json.loads(value)
