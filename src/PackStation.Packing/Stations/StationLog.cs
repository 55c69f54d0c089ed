using Microsoft.Extensions.Logging;

namespace PackStation.Packing.Stations;

/// <summary>Log messages of the station runtime's parts (event ids 2001–2019).</summary>
internal static partial class StationLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Error, Message = "Station {StationId}: handling {Input} failed")]
    public static partial void InputFailed(this ILogger logger, Exception exception, string stationId, string input);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Station {StationId}: the {Role} stopped delivering; retrying")]
    public static partial void DeviceFailed(this ILogger logger, Exception exception, string stationId, string role);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Station {StationId}: order {OrderId} was claimed before a restart and resumes at the next login")]
    public static partial void Resumable(this ILogger logger, string stationId, string orderId);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "Station {StationId}: order {OrderId} withdrawn: {Reason}")]
    public static partial void Withdrawn(this ILogger logger, string stationId, string? orderId, string reason);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "Station {StationId}: label {TrackingNumber} held: {Fault}")]
    public static partial void LabelHeld(this ILogger logger, string stationId, string trackingNumber, string fault);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Information, Message = "Station {StationId}: {Role} is {Health}")]
    public static partial void Health(this ILogger logger, string stationId, string role, string health);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Warning, Message = "Station {StationId}: label {TrackingNumber} of a withdrawn order was already being sent and could not be withdrawn")]
    public static partial void LabelNotWithdrawn(this ILogger logger, string stationId, string trackingNumber);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Warning, Message = "Station {StationId}: order {OrderId} had tracking number {TrackingNumber} but no print job after a restart; its label is queued now")]
    public static partial void LabelRequeued(this ILogger logger, string stationId, string orderId, string trackingNumber);
}
