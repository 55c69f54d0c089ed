using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;

namespace PackStation.Settings;

/// <summary>
/// Checks one options object against its data annotations (<c>[Range]</c>, <c>[Required]</c>, <c>[RegularExpression]</c>
/// …) and its own <see cref="IValidatableObject"/> rules, and words every problem with the full name of the setting
/// ("Shop:Outbox:BatchSize must be between 1 and 1000, not 0."), so the one message at start says what to fix.
/// </summary>
public static class SettingRules
{
    /// <summary>The problems of <paramref name="options"/>, bound from the section <paramref name="path"/>; empty when none.</summary>
    public static IReadOnlyList<string> Check(object options, string path)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var problems = new List<string>();
        foreach (var property in options.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || !property.CanRead)
                continue;
            var value = property.GetValue(options);
            foreach (var rule in property.GetCustomAttributes<ValidationAttribute>())
            {
                var context = new ValidationContext(options) { MemberName = property.Name, DisplayName = property.Name };
                if (rule.GetValidationResult(value, context) != ValidationResult.Success)
                    problems.Add(Describe(rule, $"{path}:{property.Name}", value));
            }
        }

        if (problems.Count == 0 && options is IValidatableObject own)
        {
            foreach (var result in own.Validate(new ValidationContext(options)))
                problems.Add(Prefix(path, result));
        }

        return problems;
    }

    private static string Describe(ValidationAttribute rule, string setting, object? value)
    {
        if (rule.ErrorMessage is { Length: > 0 } custom)
            return Join(setting, custom);
        return rule switch
        {
            RangeAttribute range => $"{setting} must be between {Text(range.Minimum)} and {Text(range.Maximum)}, not {Text(value)}.",
            RequiredAttribute => $"{setting} is required.",
            _ => $"{setting}: {rule.FormatErrorMessage(setting)}",
        };
    }

    private static string Prefix(string path, ValidationResult result)
    {
        var message = result.ErrorMessage ?? "is not valid.";
        if (message.StartsWith(path, StringComparison.Ordinal))
            return message;
        return Join(result.MemberNames.FirstOrDefault() is { } member ? $"{path}:{member}" : path, message);
    }

    /// <summary>"Web:FirstSupervisor" + "must name …" reads as one sentence; a message of its own follows a colon.</summary>
    private static string Join(string setting, string message) =>
        message.Length > 0 && char.IsLower(message[0]) ? $"{setting} {message}" : $"{setting}: {message}";

    private static string Text(object? value) => value switch
    {
        null => "empty",
        string s => $"\"{s}\"",
        TimeSpan t => t.ToString("c", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
