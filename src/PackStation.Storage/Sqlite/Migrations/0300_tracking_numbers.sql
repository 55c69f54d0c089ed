-- Tracking numbers: carrier-allocated pools and named sequences (SSCC serial references).
-- A pool number is free while order_id is NULL; allocation sets order_id/parcel once and never clears it.
CREATE TABLE tracking_numbers (
    carrier      TEXT    NOT NULL,
    number       TEXT    NOT NULL,
    seq          INTEGER NOT NULL,              -- import order: numbers are handed out in the order they came
    imported_utc INTEGER NOT NULL,
    order_id     TEXT,
    parcel       INTEGER,
    allocated_utc INTEGER,
    PRIMARY KEY (carrier, number)
);
CREATE INDEX tracking_numbers_free ON tracking_numbers (carrier, seq) WHERE order_id IS NULL;
CREATE UNIQUE INDEX tracking_numbers_parcel ON tracking_numbers (carrier, order_id, parcel) WHERE order_id IS NOT NULL;

CREATE TABLE tracking_sequences (
    name     TEXT    NOT NULL,
    value    INTEGER NOT NULL,
    order_id TEXT    NOT NULL,
    parcel   INTEGER NOT NULL,
    PRIMARY KEY (name, value),
    UNIQUE (name, order_id, parcel)
);
