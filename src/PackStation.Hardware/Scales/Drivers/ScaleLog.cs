using Microsoft.Extensions.Logging;

namespace PackStation.Hardware.Scales.Drivers;

/// <summary>Log messages of the scale drivers (event ids 3100–3119).</summary>
internal static partial class ScaleLog
{
    [LoggerMessage(EventId = 3100, Level = LogLevel.Warning, Message = "Scale {Port}: {Error} (raw {Raw})")]
    public static partial void BadFrame(this ILogger logger, string port, string error, string? raw);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "Scale {Port} disconnected: {Reason}")]
    public static partial void Disconnected(this ILogger logger, string port, string reason);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Information, Message = "Scale {Port} connected ({Protocol}, {Mode})")]
    public static partial void Connected(this ILogger logger, string port, string protocol, string mode);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Debug, Message = "Scale {Port}: no reply within {Timeout}")]
    public static partial void NoReply(this ILogger logger, string port, TimeSpan timeout);
}
