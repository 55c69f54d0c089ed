namespace PackStation.TestKit.Components;

/// <summary>How the fake print component treats the next print task.</summary>
public enum FakeComponentMode
{
    /// <summary>Prints it and reports <c>printed</c> a moment later.</summary>
    Print,

    /// <summary>Reports the task <c>failed</c> with a printer error (nothing printed).</summary>
    Fail,

    /// <summary>Accepts the task and never reports a result (it stays pending).</summary>
    Silent,

    /// <summary>Prints the label, then restarts before it can report it (the task is remembered as printed).</summary>
    RestartAfterPrint,

    /// <summary>Accepts the task, then restarts before printing it (the task is lost).</summary>
    RestartBeforePrint,
}
