using Microsoft.Extensions.Logging;

namespace PackStation.Packing.Stations;

public sealed partial class StationRuntime
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Error, Message = "Station {StationId}: handling {Input} failed")]
    private partial void LogInputFailed(Exception exception, string stationId, string input);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Station {StationId}: the {Role} stopped delivering; retrying")]
    private partial void LogDeviceFailed(Exception exception, string stationId, string role);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Station {StationId}: order {OrderId} was claimed before a restart and resumes at the next login")]
    private partial void LogResumable(string stationId, string orderId);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "Station {StationId}: order {OrderId} withdrawn: {Reason}")]
    private partial void LogWithdrawn(string stationId, string? orderId, string reason);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "Station {StationId}: label {TrackingNumber} held: {Fault}")]
    private partial void LogLabelHeld(string stationId, string trackingNumber, string fault);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Information, Message = "Station {StationId}: {Role} is {Health}")]
    private partial void LogHealth(string stationId, string role, string health);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Warning, Message = "Station {StationId}: label {TrackingNumber} of a withdrawn order was already being sent and could not be withdrawn")]
    private partial void LogLabelNotWithdrawn(string stationId, string trackingNumber);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Warning, Message = "Station {StationId}: order {OrderId} had tracking number {TrackingNumber} but no print job after a restart; its label is queued now")]
    private partial void LogLabelRequeued(string stationId, string orderId, string trackingNumber);
}
