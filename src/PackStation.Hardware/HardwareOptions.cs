using System.ComponentModel.DataAnnotations;

namespace PackStation.Hardware;

/// <summary>The <c>Hardware</c> configuration section.</summary>
public sealed class HardwareOptions : IValidatableObject
{
    public const string SectionName = "Hardware";

    /// <summary>The hardware-profiles folder; empty means the one shipped next to the program.</summary>
    public string? ProfilesPath { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(ProfilesPath) && !Directory.Exists(ProfilesPath))
            yield return new ValidationResult($"names {ProfilesPath}, which is not a folder.", [nameof(ProfilesPath)]);
    }
}
