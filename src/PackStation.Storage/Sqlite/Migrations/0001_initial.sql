-- PackStation embedded store, first schema. Times: *_utc columns are Unix milliseconds (UTC) for ordering and
-- comparison; *_at text columns keep the original ISO 8601 value with its offset (orders from China carry +08:00).

CREATE TABLE orders (
    id                TEXT PRIMARY KEY,
    shop              TEXT NOT NULL,
    external_id       TEXT NOT NULL,
    status            TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    created_utc       INTEGER NOT NULL,
    ship_by           TEXT,
    ship_by_sort      INTEGER NOT NULL,          -- ship-by in ms, or the largest value when the shop gave none
    shop_updated_utc  INTEGER,
    recipient         TEXT NOT NULL,             -- JSON
    carrier           TEXT,
    tote              TEXT,
    waybill           TEXT,
    hold_reason       TEXT,
    claimed_by        TEXT,
    claim_expires_utc INTEGER,
    progress          TEXT,                      -- JSON: units verified per SKU, tracking numbers printed
    packed_utc        INTEGER,
    updated_utc       INTEGER NOT NULL,
    UNIQUE (shop, external_id)
);
CREATE INDEX orders_queue ON orders (ship_by_sort, created_utc) WHERE status = 'ready';
CREATE INDEX orders_status ON orders (status);
CREATE INDEX orders_claimed ON orders (claimed_by) WHERE claimed_by IS NOT NULL;
CREATE INDEX orders_external ON orders (external_id);
CREATE INDEX orders_tote ON orders (tote) WHERE tote IS NOT NULL;
CREATE INDEX orders_waybill ON orders (waybill) WHERE waybill IS NOT NULL;

CREATE TABLE order_lines (
    order_id   TEXT NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    line_no    INTEGER NOT NULL,
    sku        TEXT NOT NULL,
    title      TEXT NOT NULL,
    quantity   INTEGER NOT NULL,
    unit_grams INTEGER,
    PRIMARY KEY (order_id, line_no)
);

CREATE TABLE products (
    sku        TEXT PRIMARY KEY,
    title      TEXT NOT NULL,
    unit_grams INTEGER
);

CREATE TABLE barcodes (
    code       TEXT PRIMARY KEY,
    sku        TEXT NOT NULL REFERENCES products (sku) ON DELETE CASCADE,
    multiplier INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE packers (
    id    TEXT PRIMARY KEY,
    name  TEXT NOT NULL,
    badge TEXT NOT NULL UNIQUE,
    role  TEXT NOT NULL
);

CREATE TABLE parcels (
    tracking    TEXT PRIMARY KEY,
    order_id    TEXT NOT NULL REFERENCES orders (id),
    station     TEXT NOT NULL,
    created_utc INTEGER NOT NULL
);
CREATE INDEX parcels_order ON parcels (order_id);

CREATE TABLE events (
    seq      INTEGER PRIMARY KEY AUTOINCREMENT,
    at_utc   INTEGER NOT NULL,
    station  TEXT NOT NULL,
    packer   TEXT,
    order_id TEXT,
    kind     TEXT NOT NULL,
    code     TEXT,
    detail   TEXT,
    units    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX events_at ON events (at_utc);
CREATE INDEX events_order ON events (order_id) WHERE order_id IS NOT NULL;

CREATE TABLE outbox (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    order_id         TEXT NOT NULL UNIQUE REFERENCES orders (id),
    shop             TEXT NOT NULL,
    external_id      TEXT NOT NULL,
    carrier          TEXT,
    tracking         TEXT NOT NULL,              -- JSON array, main parcel first
    packed_at        TEXT NOT NULL,
    state            TEXT NOT NULL,
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_utc INTEGER,
    delivered_at     TEXT,
    last_error       TEXT
);
CREATE INDEX outbox_due ON outbox (next_attempt_utc) WHERE state = 'pending';

CREATE TABLE sync_state (
    shop  TEXT NOT NULL,
    name  TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (shop, name)
);
