using PackStation.Domain.Packing;

namespace PackStation.Packing.Stations;

/// <summary>One line of the order as the station screen shows it.</summary>
public sealed record LineView(string Sku, string Title, int Needed, int Scanned);

/// <summary>
/// Everything a station screen and the dashboard show about one station, replaced as a whole after every input.
/// <see cref="Version"/> grows by one per change.
/// </summary>
public sealed record StationSnapshot
{
    public required string StationId { get; init; }
    public long Version { get; init; }
    public string Language { get; init; } = "zh-CN";
    public SessionState State { get; init; }
    public string? PackerId { get; init; }
    public string? PackerName { get; init; }
    public string? OrderId { get; init; }
    public IReadOnlyList<LineView> Lines { get; init; } = [];
    public Feedback? LastFeedback { get; init; }
    public string? NextAction { get; init; }
    public decimal? ExpectedGrams { get; init; }
    public decimal? MeasuredGrams { get; init; }
    public IReadOnlyList<string> TrackingNumbers { get; init; } = [];
    public string ScannerHealth { get; init; } = "ok";
    public string ScaleHealth { get; init; } = "ok";
    public string PrinterHealth { get; init; } = "ok";
    public bool LabelWaiting { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The state's name as the API shows it ("scanning", "weighing" …).</summary>
    public string StateText => State switch
    {
        SessionState.LoggedOut => "logged-out",
        SessionState.Idle => "idle",
        SessionState.Verifying => "scanning",
        SessionState.Weighing => "weighing",
        SessionState.Labelling => "labelling",
        SessionState.Confirming => "confirming",
        _ => State.ToString().ToLowerInvariant(),
    };
}
