using Microsoft.Extensions.Logging;

namespace PackStation.Hardware.Printers;

/// <summary>Log messages of the printer drivers (event ids 3400–3429).</summary>
internal static partial class PrinterLog
{
    [LoggerMessage(EventId = 3400, Level = LogLevel.Information, Message = "Printer {Printer} status changed to {Status}")]
    public static partial void StatusChanged(this ILogger logger, string printer, string status);

    [LoggerMessage(EventId = 3401, Level = LogLevel.Information, Message = "Printer {Printer} received a job of {Bytes} bytes")]
    public static partial void JobDelivered(this ILogger logger, string printer, int bytes);

    [LoggerMessage(EventId = 3402, Level = LogLevel.Warning, Message = "Printer {Printer} lost the connection after {Sent} of {Bytes} bytes: {Reason}")]
    public static partial void JobInterrupted(this ILogger logger, string printer, long sent, int bytes, string reason);

    [LoggerMessage(EventId = 3403, Level = LogLevel.Warning, Message = "Printer {Printer} did not confirm a job of {Bytes} bytes")]
    public static partial void JobUnconfirmed(this ILogger logger, string printer, int bytes);

    [LoggerMessage(EventId = 3404, Level = LogLevel.Debug, Message = "Printer {Printer} is unreachable: {Reason}")]
    public static partial void Unreachable(this ILogger logger, string printer, string reason);
}
