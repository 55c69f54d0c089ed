namespace PackStation.Domain.Events;

/// <summary>
/// One line of the audit trail: what happened, when (from the injected clock), where, by whom, on which order.
/// <see cref="Code"/> is the scanned text when a scan caused it; <see cref="Detail"/> a short human explanation.
/// </summary>
public sealed record PackEvent(
    DateTimeOffset At,
    string StationId,
    string? PackerId,
    string? OrderId,
    PackEventKind Kind,
    string? Code = null,
    string? Detail = null,
    int Units = 0)
{
    /// <summary>The store's sequence number; 0 until stored.</summary>
    public long Sequence { get; init; }

    public bool IsException => Kind is PackEventKind.WrongItem or PackEventKind.UnknownBarcode
        or PackEventKind.SurplusItem or PackEventKind.WeightRejected or PackEventKind.OrderShort
        or PackEventKind.OrderHeld or PackEventKind.WrongLabel or PackEventKind.PrintFailed
        or PackEventKind.OverrideGranted;
}
