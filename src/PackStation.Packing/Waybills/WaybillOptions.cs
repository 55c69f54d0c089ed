using System.ComponentModel.DataAnnotations;
using PackStation.Labels;

namespace PackStation.Packing.Waybills;

/// <summary>The <c>Waybills</c> configuration section: batch printing of e-waybills before picking.</summary>
public sealed class WaybillOptions : IValidatableObject
{
    public const string SectionName = "Waybills";

    /// <summary>The printer a batch goes to when none is named: a station id (its printer). Empty means the first station.</summary>
    public string? Printer { get; set; }

    /// <summary>The e-waybill template: waybill-76x130 or waybill-100x180 (any template name of PackStation.Labels works).</summary>
    public string Template { get; set; } = "waybill-76x130";

    /// <summary>The most waybills one batch may print.</summary>
    [Range(1, 10_000)]
    public int MaxBatch { get; set; } = 500;

    /// <summary>How long a batch's reservation of an order holds without a queued job (after a crash it may be taken over).</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan ReservationTimeout { get; set; } = TimeSpan.FromMinutes(10);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!LabelTemplates.TryParse(Template, out _))
            yield return new ValidationResult($"\"{Template}\" is not one of {string.Join(", ", LabelTemplates.Names)}.", [nameof(Template)]);
    }
}
