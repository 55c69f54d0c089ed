using System.ComponentModel.DataAnnotations;

namespace PackStation.Packing.Printing.Component;

/// <summary>
/// The <c>PrintComponents</c> section: the seller's custom-area template, printed beside the platform's standard
/// area (order number, items, station). Without one, the component prints the standard area only.
/// </summary>
public sealed class PrintComponentOptions : IValidatableObject
{
    public const string SectionName = "PrintComponents";

    /// <summary>The custom-area template address (Cainiao <c>cainiao.cloudprint.customares.get</c> lists the seller's).</summary>
    public Uri? CustomAreaTemplateUrl { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (CustomAreaTemplateUrl is { IsAbsoluteUri: false })
            yield return new ValidationResult("must be an absolute address (https://…).", [nameof(CustomAreaTemplateUrl)]);
    }
}
