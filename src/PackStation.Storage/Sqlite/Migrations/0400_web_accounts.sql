-- Web side: supervisor and viewer accounts (PBKDF2 password hashes) and the web's own secrets (station-token key).

CREATE TABLE web_accounts (
    user_name      TEXT PRIMARY KEY COLLATE NOCASE,
    password_hash  TEXT NOT NULL,
    role           TEXT NOT NULL,
    must_change    INTEGER NOT NULL DEFAULT 0,
    created_utc    INTEGER NOT NULL
);

CREATE TABLE web_secrets (
    name   TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
