using PackStation.Domain.Events;

namespace PackStation.Domain.Packing;

/// <summary>The result of one input to a pack session: feedback for the packer, events to store, and what to do next.</summary>
public sealed record SessionStep(Feedback Feedback, IReadOnlyList<PackEvent> Events, StepAction Action = StepAction.None)
{
    /// <summary>Why the order is held, with <see cref="StepAction.HoldOrder"/>.</summary>
    public string? Reason { get; init; }

    /// <summary>The finished order, with <see cref="StepAction.CompleteOrder"/>.</summary>
    public PackedOrder? Packed { get; init; }

    /// <summary>The scanned code to claim, with <see cref="StepAction.ClaimScannedOrder"/>.</summary>
    public string? OrderReference { get; init; }
}
