namespace PackStation.Hardware.Printers.Component;

/// <summary>
/// One print job for a component, as the durable print queue knows it: <see cref="JobKey"/> is unique to the job,
/// <see cref="Attempt"/> counts its sends (1, 2, …; durable in the queue), so every send has its own task id and the
/// earlier ones can be asked about after a reconnect. <see cref="ContentsJson"/> is secret (see <see cref="ComponentTask"/>).
/// </summary>
public sealed record ComponentJob(string JobKey, int Attempt, string DocumentId, string ContentsJson)
{
    /// <summary>The station the job is for (printed in the custom area), when known.</summary>
    public string? Station { get; init; }

    public string TaskIdFor(int attempt) => $"{JobKey}-{attempt}";

    public override string ToString() => $"job {JobKey} attempt {Attempt} (document {DocumentId})";
}
