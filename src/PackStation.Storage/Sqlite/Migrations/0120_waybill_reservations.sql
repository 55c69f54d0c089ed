-- Batch waybills (PackStation.Packing/Waybills): which batch is printing which order's waybill. The primary key makes
-- two batches running at once take disjoint orders; a reservation with no job after a crash goes stale and may be
-- taken over (the tracking-number source gives the same number again for the same order and parcel).
CREATE TABLE waybill_reservations (
    order_id     TEXT PRIMARY KEY REFERENCES orders (id),
    batch        TEXT    NOT NULL,
    printer      TEXT    NOT NULL,
    reserved_utc INTEGER NOT NULL,
    tracking     TEXT,
    job_id       INTEGER REFERENCES print_jobs (id)
);
CREATE INDEX waybill_reservations_batch ON waybill_reservations (batch);
