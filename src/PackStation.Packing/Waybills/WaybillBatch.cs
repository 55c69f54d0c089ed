namespace PackStation.Packing.Waybills;

/// <summary>What one batch did: the waybills queued on <see cref="Printer"/> in print order, and the orders it had to skip.</summary>
public sealed record WaybillBatch(string BatchId, string Printer, IReadOnlyList<PrintedWaybill> Waybills, IReadOnlyList<string> Problems);
