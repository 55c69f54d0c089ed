-- People: packers can be disabled and their badges re-issued (the old code is kept as revoked, so a station can say
-- so); web accounts can be disabled, and a session stamp that changes on logout, password change or disable ends the
-- account's other sessions; every change to people is logged with who made it.

ALTER TABLE packers ADD COLUMN active INTEGER NOT NULL DEFAULT 1;

CREATE TABLE revoked_badges (
    code        TEXT PRIMARY KEY COLLATE NOCASE,
    packer_id   TEXT NOT NULL,
    revoked_utc INTEGER NOT NULL
);

ALTER TABLE web_accounts ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
ALTER TABLE web_accounts ADD COLUMN session_stamp TEXT NOT NULL DEFAULT '';

CREATE TABLE people_events (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    at_utc       INTEGER NOT NULL,
    actor        TEXT NOT NULL,
    subject_kind TEXT NOT NULL,
    subject      TEXT NOT NULL,
    action       TEXT NOT NULL,
    detail       TEXT
);
CREATE INDEX people_events_subject ON people_events (subject COLLATE NOCASE, seq);
