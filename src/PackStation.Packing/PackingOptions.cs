using System.ComponentModel.DataAnnotations;
using PackStation.Domain.Packing;

namespace PackStation.Packing;

/// <summary>The <c>Packing</c> configuration section: how every station packs.</summary>
public sealed class PackingOptions
{
    public const string SectionName = "Packing";

    /// <summary>Absolute weight allowance; the larger of this and the percentage applies.</summary>
    [Range(0, 100_000)]
    public decimal WeightToleranceGrams { get; set; } = 15m;

    [Range(0, 100)]
    public decimal WeightTolerancePercent { get; set; } = 5m;

    /// <summary>Box, bag and filler added to the items' weight.</summary>
    [Range(0, 100_000)]
    public decimal PackagingGrams { get; set; } = 20m;

    public bool RequireWeighing { get; set; } = true;

    public LabelTiming LabelTiming { get; set; } = LabelTiming.AfterVerification;

    /// <summary>Whether the packer scans the printed label to prove it is on the right parcel.</summary>
    public bool ConfirmByScan { get; set; }

    [Required(AllowEmptyStrings = false)]
    public string CommandPrefix { get; set; } = "CMD-";

    [Required(AllowEmptyStrings = false)]
    public string ReasonPrefix { get; set; } = "RSN-";

    /// <summary>How long a station's claim lasts without renewal (a crashed station's orders return to the queue after it).</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The most time between a station's ticks (claim renewal, and a nudge to the print queue while a label is awaited).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan PrintRetryInterval { get; set; } = TimeSpan.FromSeconds(5);

    // The sender on labels and the warehouse's time zone are Site:Sender and Site:TimeZone (PackStation.Labels.SiteOptions).
}
