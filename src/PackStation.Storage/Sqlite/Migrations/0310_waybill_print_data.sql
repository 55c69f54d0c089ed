-- Platform e-waybills (Cainiao cloud print): the encrypted print data of each issued number, kept with its parcel
-- for the print component. Replaced when the platform issues the same number again; never logged.
CREATE TABLE waybill_print_data (
    tracking      TEXT    NOT NULL PRIMARY KEY,
    order_id      TEXT    NOT NULL,
    parcel        INTEGER NOT NULL,
    encrypted     TEXT    NOT NULL,
    signature     TEXT    NOT NULL,
    template_url  TEXT    NOT NULL,
    version       TEXT    NOT NULL,
    issued_utc    INTEGER NOT NULL
);
CREATE INDEX waybill_print_data_parcel ON waybill_print_data (order_id, parcel);
