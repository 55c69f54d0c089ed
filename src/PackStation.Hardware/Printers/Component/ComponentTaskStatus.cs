namespace PackStation.Hardware.Printers.Component;

/// <summary>A task's state with the component's own words for it (for the station screen and the log).</summary>
public sealed record ComponentTaskStatus(string TaskId, ComponentTaskState State, string? Message = null);
