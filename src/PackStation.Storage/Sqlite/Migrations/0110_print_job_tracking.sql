-- Print jobs name the tracking number their label carries, so a restarted station can tell which of an order's
-- labels are already in the queue (PackStation.Packing/Stations/StationRuntime.Labels.cs).
ALTER TABLE print_jobs ADD COLUMN tracking TEXT;
