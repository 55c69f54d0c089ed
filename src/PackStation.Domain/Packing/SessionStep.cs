using PackStation.Domain.Events;
using PackStation.Domain.Packing.Actions;

namespace PackStation.Domain.Packing;

/// <summary>
/// The result of one input to a pack session: feedback for the packer, events to store, and what the runtime must do
/// next (<paramref name="Action"/>; null: nothing beyond storing the step and showing its feedback).
/// </summary>
public sealed record SessionStep(Feedback Feedback, IReadOnlyList<PackEvent> Events, StepAction? Action = null);
