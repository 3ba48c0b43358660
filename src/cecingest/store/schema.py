"""Versioned migrations. Each runs once, in its own transaction, and is recorded in schema_migrations.

Never edit a migration that has shipped: add the next one. A database is upgraded in place when opened.
"""

from __future__ import annotations

MIGRATIONS: tuple[tuple[int, str, str], ...] = (
    (1, "documents, pages, records, events", """
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            sha256 TEXT UNIQUE,               -- NULL only when the bytes could not be read at all
            path TEXT NOT NULL,
            size INTEGER,
            media_type TEXT,
            pages INTEGER,
            text_source TEXT,
            state TEXT NOT NULL CHECK (state IN ('processed', 'failed')),
            error_code INTEGER,
            error TEXT,
            pipeline_version TEXT NOT NULL,
            seconds REAL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX documents_state ON documents (state);

        CREATE TABLE pages (
            document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            source TEXT NOT NULL,
            width REAL, height REAL, rotation INTEGER, seconds REAL,
            text TEXT NOT NULL,
            words TEXT NOT NULL,              -- JSON [[text, x0, top, x1, bottom, size, confidence], ...]
            PRIMARY KEY (document_id, number)
        );

        CREATE TABLE records (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL UNIQUE REFERENCES documents (id) ON DELETE CASCADE,
            status TEXT NOT NULL CHECK (status IN ('accepted', 'needs_review', 'rejected', 'corrected')),
            confidence REAL NOT NULL,
            is_certificate INTEGER NOT NULL,
            participant TEXT, participant_key TEXT, course_title TEXT, course_key TEXT, completion_date TEXT,
            hours REAL,
            record TEXT NOT NULL,             -- the contract record as JSON (fields with confidence and evidence)
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX records_status ON records (status);
        CREATE INDEX records_credit_key ON records (participant_key, course_key, completion_date);

        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            record_id INTEGER REFERENCES records (id) ON DELETE CASCADE,
            document_id INTEGER REFERENCES documents (id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            who TEXT NOT NULL,
            kind TEXT NOT NULL,               -- created | status | field | failed
            field TEXT,
            old_value TEXT,                   -- JSON
            new_value TEXT,                   -- JSON
            note TEXT
        );
        CREATE INDEX events_record ON events (record_id, id);
    """),
    (2, "review: record versions, review actions on events", """
        -- Optimistic concurrency: every review write names the version it read and bumps it.
        ALTER TABLE records ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
        -- A review action (accept, reject, undo) may write several events; they share the record version the
        -- action produced. An undo is a new action whose events name the action they compensate.
        ALTER TABLE events ADD COLUMN action INTEGER;
        ALTER TABLE events ADD COLUMN undoes INTEGER;
    """),
    (3, "watch daemons: a heartbeat row per watched inbox", """
        -- One row per watched inbox (and host), written by `cecingest watch` at start, every few seconds while it
        -- runs (beat), and on a clean stop (stopped_at). `cecingest status` reads it: a daemon is running when its
        -- row was beaten recently and not stopped; a killed one leaves a stale beat.
        CREATE TABLE watchers (
            id INTEGER PRIMARY KEY,
            host TEXT NOT NULL,
            inbox TEXT NOT NULL,
            processed_dir TEXT,               -- NULL with --keep (files stay in the inbox)
            failed_dir TEXT,
            pid INTEGER NOT NULL,
            started_at TEXT NOT NULL,
            beat REAL NOT NULL,               -- unix time of the last heartbeat
            waiting INTEGER NOT NULL DEFAULT 0,  -- files in the inbox not yet done, at the last heartbeat
            done INTEGER NOT NULL DEFAULT 0,  -- files this run has finished (stored or failed, and moved)
            stopped_at TEXT,                  -- set on a clean stop; NULL while running or after a crash
            UNIQUE (host, inbox)
        );
    """),
    (4, "compliance: people, their credentials, records filed under them by hand", """
        -- A person whose credentials are tracked. name_key is the parsed name (compliance.names: case, accents,
        -- honorifics and credentials aside) that certificates are matched against.
        CREATE TABLE people (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            name_key TEXT NOT NULL,
            licence_number TEXT,
            created_at TEXT NOT NULL
        );
        CREATE INDEX people_name_key ON people (name_key);
        -- A credential a person holds, measured against a requirement rule (compliance/rules.py) by code.
        CREATE TABLE credentials (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
            rule TEXT NOT NULL,
            period_start TEXT NOT NULL,       -- ISO date: the first tracked period contains it
            licence_date TEXT,                -- ISO date: rolling periods are counted from it
            licence_number TEXT,
            created_at TEXT NOT NULL,
            UNIQUE (person_id, rule)
        );
        -- A person's decision about one record: 'link' files it under the person (and under nobody else) and
        -- confirms the name; 'unlink' keeps it away from the person whatever the name says.
        CREATE TABLE person_records (
            record_id INTEGER NOT NULL REFERENCES records (id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('link', 'unlink')),
            who TEXT NOT NULL,
            at TEXT NOT NULL,
            PRIMARY KEY (record_id, person_id)
        );
    """),
    (5, "layout memory: layouts seen, and which layout each record came from", """
        -- A certificate layout (cecingest.layouts): the provider as read (match_key) and the page's words that
        -- stay the same from one certificate to the next, as a JSON list. Whether a layout is trusted is counted
        -- from its records (accepted by a reviewer unchanged, or corrected), so an undo counts itself out.
        CREATE TABLE layouts (
            id INTEGER PRIMARY KEY,
            provider_key TEXT NOT NULL,
            words TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX layouts_provider ON layouts (provider_key);
        ALTER TABLE records ADD COLUMN layout_id INTEGER REFERENCES layouts (id);
        CREATE INDEX records_layout ON records (layout_id);
    """),
)
