using Microsoft.Extensions.Logging;

namespace PackStation.Hardware.Transports;

/// <summary>Log messages of the transports (event ids 3000–3019).</summary>
internal static partial class TransportLog
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "Opened {Port}")]
    public static partial void Opened(this ILogger logger, string port);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Lost {Port}: {Reason}")]
    public static partial void Lost(this ILogger logger, string port, string reason);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Cannot open {Port}: {Reason}; retrying every {Delay}")]
    public static partial void CannotOpen(this ILogger logger, string port, string reason, TimeSpan delay);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Closing {Port} took longer than {Timeout}; the old handle is abandoned")]
    public static partial void CloseAbandoned(this ILogger logger, string port, TimeSpan timeout);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Debug, Message = "Closing {Port} failed")]
    public static partial void CloseFailed(this ILogger logger, Exception exception, string port);
}
