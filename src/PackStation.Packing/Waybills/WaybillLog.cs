using Microsoft.Extensions.Logging;

namespace PackStation.Packing.Waybills;

/// <summary>Log messages of batch waybill printing (event ids 5420–5429).</summary>
internal static partial class WaybillLog
{
    [LoggerMessage(EventId = 5420, Level = LogLevel.Information, Message = "Waybill batch {BatchId}: {Count} waybills queued on {Printer} ({Skipped} orders skipped)")]
    public static partial void BatchQueued(this ILogger logger, string batchId, int count, string printer, int skipped);

    [LoggerMessage(EventId = 5421, Level = LogLevel.Warning, Message = "Waybill batch {BatchId}: order {OrderId} skipped: {Reason}")]
    public static partial void Skipped(this ILogger logger, string batchId, string orderId, string reason);
}
