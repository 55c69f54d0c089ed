-- Leases (Domain/Ports/ILeaseStore): a named right held by one process at a time until expires_utc, renewed by it.
-- The holder is described (host, pid, start, what it is) so a refusal can say who holds it.
CREATE TABLE leases (
    name        TEXT PRIMARY KEY,
    holder_id   TEXT    NOT NULL,
    host        TEXT    NOT NULL,
    pid         INTEGER NOT NULL,
    started_utc BIGINT  NOT NULL,
    description TEXT    NOT NULL,
    expires_utc BIGINT  NOT NULL
);
