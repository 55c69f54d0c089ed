using Microsoft.Extensions.Logging;
using PackStation.Domain.Ports;

namespace PackStation.Packing.Printing;

/// <summary>Log messages of the print queue (event ids 5400–5419).</summary>
internal static partial class PrintQueueLog
{
    [LoggerMessage(EventId = 5400, Level = LogLevel.Information, Message = "Print job {JobId} ({Kind}) for {Printer} printed")]
    public static partial void Printed(this ILogger logger, long jobId, PrintJobKind kind, string printer);

    [LoggerMessage(EventId = 5401, Level = LogLevel.Warning, Message = "Printer {Printer} holds its queue: {Fault}")]
    public static partial void Held(this ILogger logger, string printer, string fault);

    [LoggerMessage(EventId = 5402, Level = LogLevel.Information, Message = "Printer {Printer} is ready again; resuming its queue")]
    public static partial void Resumed(this ILogger logger, string printer);

    [LoggerMessage(EventId = 5403, Level = LogLevel.Warning, Message = "Print job {JobId} for {Printer} was cut off and will be sent again: {Reason}")]
    public static partial void Requeued(this ILogger logger, long jobId, string printer, string reason);

    [LoggerMessage(EventId = 5404, Level = LogLevel.Error, Message = "Print job {JobId} for {Printer} failed: {Reason}")]
    public static partial void Failed(this ILogger logger, long jobId, string printer, string reason);

    [LoggerMessage(EventId = 5405, Level = LogLevel.Warning, Message = "{Count} print jobs for {Printer} were interrupted by a restart and marked failed (reprint if the label is missing)")]
    public static partial void InterruptedAtStart(this ILogger logger, int count, string printer);
}
