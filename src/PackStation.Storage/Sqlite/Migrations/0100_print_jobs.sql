-- Print queue (PackStation.Packing/Printing). One row per job; bytes are the exact printer stream.
-- state: queued | sending | done | failed. Times: *_utc are Unix milliseconds, *_at keep ISO 8601 text.

CREATE TABLE print_jobs (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    printer     TEXT NOT NULL,
    station     TEXT,
    kind        TEXT NOT NULL,                 -- label | reprint | slip
    order_id    TEXT,
    reprint_of  INTEGER REFERENCES print_jobs (id),
    bytes       BLOB NOT NULL,
    state       TEXT NOT NULL DEFAULT 'queued',
    attempts    INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    created_utc INTEGER NOT NULL,
    sent_at     TEXT,
    last_error  TEXT
);
CREATE INDEX print_jobs_queue ON print_jobs (printer, id) WHERE state IN ('queued', 'sending');
CREATE INDEX print_jobs_order ON print_jobs (order_id) WHERE order_id IS NOT NULL;
