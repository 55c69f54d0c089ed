using System.Text.Json.Nodes;

namespace PackStation.TestKit.Components;

/// <summary>A task as the fake component remembers it (across its restarts, as the real one keeps its print log).</summary>
public sealed record FakeComponentTask(string TaskId, string Printer, string DocumentId, JsonArray Contents)
{
    /// <summary>queued, printed or failed.</summary>
    public string State { get; set; } = "queued";

    public string? Message { get; set; }
}
