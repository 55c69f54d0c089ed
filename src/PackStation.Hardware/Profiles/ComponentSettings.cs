namespace PackStation.Hardware.Profiles;

/// <summary>
/// A print-component profile's protocol settings: which platform's component, its default ports for ws and wss
/// (they differ per platform and version, so they are profile data), and how long to wait for it.
/// </summary>
public sealed record ComponentSettings
{
    /// <summary>cainiao, pinduoduo or douyin.</summary>
    public string Platform { get; init; } = "cainiao";

    /// <summary>The component's ws:// port when a binding's Host names none.</summary>
    public int Port { get; init; }

    /// <summary>The component's wss:// port when a binding's Host names none and Secure is set.</summary>
    public int SecurePort { get; init; }

    /// <summary>How long a request waits for the component's reply.</summary>
    public TimeSpan ReplyTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a task waits for the component to report it printed before the job is held.</summary>
    public TimeSpan ResultTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
