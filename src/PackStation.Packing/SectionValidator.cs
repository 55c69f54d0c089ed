using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace PackStation.Packing;

/// <summary>
/// Checks an options object's data annotations and names each problem by its full setting ("Packing:WeightTolerancePercent"),
/// so the one message at start-up says exactly what to fix.
/// </summary>
public sealed class SectionValidator<TOptions>(string section) : IValidateOptions<TOptions> where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
            return ValidateOptionsResult.Success;
        return ValidateOptionsResult.Fail(results.Select(r =>
            $"{section}:{string.Join(',', r.MemberNames)}: {r.ErrorMessage}"));
    }
}
