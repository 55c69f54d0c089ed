using System.Globalization;
using System.Text.RegularExpressions;

namespace PackStation.Settings;

/// <summary>
/// Words the configuration binder's "Failed to convert configuration value 'abc' at 'Shop:Sync:Interval' to type
/// 'System.TimeSpan'." as a message that starts with the setting and says what it takes.
/// </summary>
public static partial class SettingReadError
{
    public static string Describe(InvalidOperationException exception, Type optionsType)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(optionsType);
        if (BinderMessage().Match(exception.Message) is not { Success: true } match)
            return exception.Message;
        var (value, setting, typeName) = (match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value);
        return string.Create(CultureInfo.InvariantCulture, $"{setting} cannot be \"{value}\": it must be {Expected(typeName, optionsType)}.");
    }

    private static string Expected(string typeName, Type optionsType)
    {
        var type = Type.GetType(typeName) ?? optionsType.Assembly.GetType(typeName);
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        if (type is { IsEnum: true })
            return "one of " + string.Join(", ", Enum.GetNames(type));
        return type switch
        {
            _ when type == typeof(TimeSpan) => "a time span such as 00:00:30 (hh:mm:ss) or 1.00:00:00 (one day)",
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(int) || type == typeof(long) => "a whole number",
            _ when type == typeof(decimal) || type == typeof(double) => "a number",
            _ when type == typeof(Uri) => "an address such as https://example.com/",
            _ => $"a {type?.Name ?? typeName}",
        };
    }

    [GeneratedRegex(@"^Failed to convert configuration value '(.*)' at '(.*)' to type '(.*)'\.")]
    private static partial Regex BinderMessage();
}
