using System.ComponentModel.DataAnnotations;

namespace PackStation.Labels.Tracking;

/// <summary>Configuration section <c>Carrier:Sscc</c>: the shop's GS1 company prefix and the SSCC extension digit.</summary>
public sealed class SsccOptions : IValidatableObject
{
    public const string SectionName = "Carrier:Sscc";

    /// <summary>The GS1 company prefix the shop was given (7 to 10 digits).</summary>
    public string CompanyPrefix { get; set; } = string.Empty;

    /// <summary>The extension digit (0–9) in front of the company prefix.</summary>
    public int ExtensionDigit { get; set; }

    public bool IsValid =>
        CompanyPrefix.Length is >= 7 and <= 10 && CompanyPrefix.All(char.IsAsciiDigit) && ExtensionDigit is >= 0 and <= 9;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsValid)
            yield return new ValidationResult("Carrier:Sscc:CompanyPrefix must be 7 to 10 digits and Carrier:Sscc:ExtensionDigit 0 to 9.");
    }
}
