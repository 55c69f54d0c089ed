using System.Globalization;
using System.Text.Json;
using PackStation.Shops.Connectors;

namespace PackStation.Shops.Http;

/// <summary>Reads fields of untrusted shop JSON; a missing field or wrong type throws <see cref="ShopDataException"/> naming it.</summary>
public static class JsonRead
{
    public static JsonElement Object(JsonElement parent, string name)
    {
        var value = Field(parent, name);
        return value.ValueKind == JsonValueKind.Object ? value : throw Wrong(name, "an object", value);
    }

    public static JsonElement? OptionalObject(JsonElement parent, string name) =>
        TryField(parent, name) is { ValueKind: JsonValueKind.Object } value ? value : null;

    public static JsonElement.ArrayEnumerator Array(JsonElement parent, string name)
    {
        var value = Field(parent, name);
        return value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : throw Wrong(name, "a list", value);
    }

    public static IEnumerable<JsonElement> OptionalArray(JsonElement parent, string name) =>
        TryField(parent, name) is { ValueKind: JsonValueKind.Array } value ? value.EnumerateArray() : [];

    public static string String(JsonElement parent, string name) =>
        OptionalString(parent, name) is { Length: > 0 } text ? text : throw new ShopDataException($"\"{name}\" is missing or empty");

    /// <summary>A string or number field as text; null when absent or null.</summary>
    public static string? OptionalString(JsonElement parent, string name)
    {
        if (TryField(parent, name) is not { } value)
            return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => Text(name, value),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.Null => null,
            _ => throw Wrong(name, "text", value),
        };
    }

    public static long Int64(JsonElement parent, string name) =>
        OptionalInt64(parent, name) ?? throw new ShopDataException($"\"{name}\" is missing");

    public static long? OptionalInt64(JsonElement parent, string name)
    {
        if (TryField(parent, name) is not { } value || value.ValueKind == JsonValueKind.Null)
            return null;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number))
            return number;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var real) && real == Math.Floor(real) && Math.Abs(real) < long.MaxValue)
            return (long)real;
        if (value.ValueKind == JsonValueKind.String && long.TryParse(Text(name, value), NumberStyles.Integer, CultureInfo.InvariantCulture, out number))
            return number;
        throw Wrong(name, "a whole number", value);
    }

    public static double? OptionalDouble(JsonElement parent, string name)
    {
        if (TryField(parent, name) is not { } value || value.ValueKind == JsonValueKind.Null)
            return null;
        if (value.ValueKind == JsonValueKind.Number)
            return value.GetDouble();
        if (value.ValueKind == JsonValueKind.String && double.TryParse(Text(name, value), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            return number;
        if (value.ValueKind == JsonValueKind.String && Text(name, value) is { Length: 0 })
            return null;
        throw Wrong(name, "a number", value);
    }

    public static bool? OptionalBool(JsonElement parent, string name) =>
        TryField(parent, name) switch
        {
            null => null,
            { ValueKind: JsonValueKind.True } => true,
            { ValueKind: JsonValueKind.False } => false,
            { ValueKind: JsonValueKind.Null } => null,
            var other => throw Wrong(name, "true or false", other.Value),
        };

    public static DateTimeOffset Time(JsonElement parent, string name) =>
        OptionalTime(parent, name) ?? throw new ShopDataException($"\"{name}\" is missing");

    /// <summary>An ISO 8601 time; one without an offset is taken as <paramref name="assumedOffset"/> (UTC by default).</summary>
    public static DateTimeOffset? OptionalTime(JsonElement parent, string name, TimeSpan? assumedOffset = null)
    {
        var text = OptionalString(parent, name);
        if (string.IsNullOrWhiteSpace(text))
            return null;
        return ParseTime(text, assumedOffset ?? TimeSpan.Zero) ?? throw new ShopDataException($"\"{name}\" is not a time: \"{Short(text)}\"");
    }

    public static DateTimeOffset? ParseTime(string text, TimeSpan assumedOffset)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var hasOffset = trimmed.EndsWith('Z') || System.Text.RegularExpressions.Regex.IsMatch(trimmed, @"[+-]\d\d:?\d\d$");
        if (hasOffset)
            return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset) ? withOffset : null;
        return DateTime.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), assumedOffset)
            : null;
    }

    /// <summary>
    /// A string value; one holding what is not text (a lone UTF-16 surrogate such as "\ud800") is refused naming the
    /// field instead of failing the whole document.
    /// </summary>
    private static string? Text(string name, JsonElement value)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            throw new ShopDataException($"\"{name}\" holds a character that is not valid Unicode (a lone surrogate)");
        }
    }

    public static JsonElement? TryField(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) ? value : null;

    private static JsonElement Field(JsonElement parent, string name) =>
        TryField(parent, name) ?? throw new ShopDataException($"\"{name}\" is missing");

    private static ShopDataException Wrong(string name, string expected, JsonElement value) =>
        new($"\"{name}\" should be {expected}, not {value.ValueKind.ToString().ToLowerInvariant()} {Short(value.GetRawText())}");

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
