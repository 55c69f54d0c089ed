using PackStation.Domain.Weighing;

namespace PackStation.Domain.Packing;

/// <summary>How a station packs: weighing, label timing and confirmation by scanning the label.</summary>
public sealed record PackSessionOptions
{
    public WeightRule WeightRule { get; init; } = new(WeightTolerance.Default, packagingGrams: 20m);

    public bool RequireWeighing { get; init; } = true;

    public LabelTiming LabelTiming { get; init; } = LabelTiming.AfterVerification;

    public bool ConfirmByScan { get; init; }
}
