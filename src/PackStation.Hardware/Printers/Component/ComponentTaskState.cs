namespace PackStation.Hardware.Printers.Component;

/// <summary>Where a task is, as the component reports it (<c>notifyPrintResult</c> or <c>getTaskStatus</c>).</summary>
public enum ComponentTaskState
{
    /// <summary>The component has no record of the task: it never received it, or lost it in a restart before printing.</summary>
    Unknown,

    /// <summary>Received and not finished (queued, rendering, rendered, printing).</summary>
    Pending,

    /// <summary>Printed: the label is out.</summary>
    Printed,

    /// <summary>The component gave up on it (printer error, bad data); the message says why.</summary>
    Failed,
}
