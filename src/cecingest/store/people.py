"""The store's people, credentials and manual filings (migration 4), mixed into `Store`."""

from __future__ import annotations

import sqlite3
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from cecingest.errors import InputNotFound, InvalidValue

FilingKind = Literal["link", "unlink"]


@dataclass(frozen=True)
class PersonRow:
    id: int
    name: str
    name_key: str
    licence_number: str | None
    created_at: str


@dataclass(frozen=True)
class CredentialRow:
    id: int
    person_id: int
    rule: str
    period_start: str
    licence_date: str | None
    licence_number: str | None
    created_at: str


@dataclass(frozen=True)
class Filing:
    record_id: int
    person_id: int
    kind: FilingKind
    who: str
    at: str


class PeopleStore:
    if TYPE_CHECKING:
        _db: sqlite3.Connection

        def transaction(self) -> AbstractContextManager[sqlite3.Connection]: ...

    def add_person(self, name: str, name_key: str, licence_number: str | None, at: str) -> int:
        with self.transaction() as db:
            cursor = db.execute("INSERT INTO people (name, name_key, licence_number, created_at) VALUES (?, ?, ?, ?)",
                                (name, name_key, licence_number, at))
        return int(cursor.lastrowid or 0)

    def people(self) -> list[PersonRow]:
        rows = self._db.execute("SELECT id, name, name_key, licence_number, created_at FROM people ORDER BY id")
        return [PersonRow(*row) for row in rows]

    def add_credential(self, person_id: int, rule: str, period_start: str, licence_date: str | None,
                       licence_number: str | None, at: str) -> int:
        try:
            with self.transaction() as db:
                cursor = db.execute(
                    "INSERT INTO credentials (person_id, rule, period_start, licence_date, licence_number,"
                    " created_at) VALUES (?, ?, ?, ?, ?, ?)",
                    (person_id, rule, period_start, licence_date, licence_number, at))
        except sqlite3.IntegrityError:
            raise InvalidValue(f"person {person_id} already has credential {rule}; remove it first "
                               f"(cecingest credential remove)") from None
        return int(cursor.lastrowid or 0)

    def credentials(self, person_id: int | None = None) -> list[CredentialRow]:
        sql = ("SELECT id, person_id, rule, period_start, licence_date, licence_number, created_at FROM credentials"
               + (" WHERE person_id = ?" if person_id is not None else "") + " ORDER BY person_id, id")
        rows = self._db.execute(sql, () if person_id is None else (person_id,))
        return [CredentialRow(*row) for row in rows]

    def remove_credential(self, person_id: int, rule: str) -> None:
        with self.transaction() as db:
            cursor = db.execute("DELETE FROM credentials WHERE person_id = ? AND rule = ?", (person_id, rule))
        if cursor.rowcount == 0:
            raise InputNotFound(f"person {person_id} has no credential {rule}")

    def file_record(self, record_id: int, person_id: int, kind: FilingKind, who: str, at: str) -> None:
        """Link a record to a person (and away from everybody else) or keep it away from them."""
        with self.transaction() as db:
            if db.execute("SELECT 1 FROM records WHERE id = ?", (record_id,)).fetchone() is None:
                raise InputNotFound(f"no record with id {record_id}")
            if kind == "link":
                db.execute("DELETE FROM person_records WHERE record_id = ? AND kind = 'link'", (record_id,))
            db.execute("INSERT INTO person_records (record_id, person_id, kind, who, at) VALUES (?, ?, ?, ?, ?)"
                       " ON CONFLICT (record_id, person_id) DO UPDATE SET kind = excluded.kind, who = excluded.who,"
                       " at = excluded.at", (record_id, person_id, kind, who, at))

    def filings(self) -> list[Filing]:
        rows = self._db.execute("SELECT record_id, person_id, kind, who, at FROM person_records ORDER BY record_id")
        return [Filing(*row) for row in rows]
