using Microsoft.Extensions.Logging;

namespace PackStation.Hardware.Scanners;

/// <summary>Log messages of the scanner drivers (event ids 3020–3049). Scanned text is escaped before it is logged.</summary>
internal static partial class ScannerLog
{
    [LoggerMessage(EventId = 3020, Level = LogLevel.Warning, Message = "Invalid scan on {Port}: {Error} (data {Data})")]
    public static partial void InvalidScan(this ILogger logger, string port, string error, string data);

    [LoggerMessage(EventId = 3021, Level = LogLevel.Debug, Message = "Scan on {Port}: {Symbology} {Data}")]
    public static partial void Scanned(this ILogger logger, string port, string? symbology, string data);

    [LoggerMessage(EventId = 3022, Level = LogLevel.Warning, Message = "Scanner {Port} disconnected: {Reason}")]
    public static partial void Disconnected(this ILogger logger, string port, string reason);

    [LoggerMessage(EventId = 3023, Level = LogLevel.Information, Message = "Keyboard scanner {Port} grabbed exclusively ({DeviceName})")]
    public static partial void Grabbed(this ILogger logger, string port, string deviceName);

    [LoggerMessage(EventId = 3024, Level = LogLevel.Error, Message = "Keyboard scanner {Port} could not be grabbed exclusively: {Reason}")]
    public static partial void GrabFailed(this ILogger logger, string port, string reason);
}
