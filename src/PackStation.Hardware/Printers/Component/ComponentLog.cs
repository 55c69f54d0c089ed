using Microsoft.Extensions.Logging;

namespace PackStation.Hardware.Printers.Component;

/// <summary>Print-component log lines. Never the task's contents: they carry the platform's encrypted data.</summary>
internal static partial class ComponentLog
{
    [LoggerMessage(EventId = 3600, Level = LogLevel.Information, Message = "Print component {Endpoint} connected")]
    public static partial void Connected(this ILogger logger, string endpoint);

    [LoggerMessage(EventId = 3601, Level = LogLevel.Warning, Message = "Print component {Endpoint} closed the connection: {Reason}")]
    public static partial void Disconnected(this ILogger logger, string endpoint, string reason);

    [LoggerMessage(EventId = 3602, Level = LogLevel.Warning, Message = "Print component {Endpoint} sent a message that is not its protocol: {Reason}")]
    public static partial void Garbage(this ILogger logger, string endpoint, string reason);

    [LoggerMessage(EventId = 3603, Level = LogLevel.Warning, Message = "Print component {Endpoint} reported a result for task {TaskId}, which nobody waits for")]
    public static partial void UnknownTask(this ILogger logger, string endpoint, string taskId);

    [LoggerMessage(EventId = 3604, Level = LogLevel.Information, Message = "Print component {Endpoint}: task {TaskId} for document {DocumentId} sent to printer {Printer}")]
    public static partial void TaskSent(this ILogger logger, string endpoint, string taskId, string documentId, string printer);

    [LoggerMessage(EventId = 3605, Level = LogLevel.Information, Message = "Print component {Endpoint}: task {TaskId} is {State} {Detail}")]
    public static partial void TaskState(this ILogger logger, string endpoint, string taskId, ComponentTaskState state, string? detail);
}
