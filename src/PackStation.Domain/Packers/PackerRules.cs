using System.Globalization;
using System.Text.RegularExpressions;

namespace PackStation.Domain.Packers;

/// <summary>What a packer's id and name may be. Each check returns the error to show, or null when the value is fine.</summary>
public static partial class PackerRules
{
    public const int MaxNameLength = 40;

    /// <summary>An id is the site's staff number: 1-32 letters, digits, '-' or '_' ("P017", "0042", "zhang-01").</summary>
    public static string? IdError(string? id) =>
        string.IsNullOrWhiteSpace(id) ? "the id is empty"
        : IdPattern().IsMatch(id.Trim()) ? null
        : $"the id \"{Shorten(id)}\" may have only letters, digits, '-' and '_' (at most 32)";

    /// <summary>A name is what the screens show: 1-40 characters (Chinese or any script), no control characters.</summary>
    public static string? NameError(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return "the name is empty";
        var trimmed = name.Trim();
        if (new StringInfo(trimmed).LengthInTextElements > MaxNameLength)
            return $"the name \"{Shorten(trimmed)}…\" is longer than {MaxNameLength} characters";
        if (trimmed.Any(c => char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format))
            return "the name holds control or formatting characters";
        if (trimmed.Contains('\uFFFD', StringComparison.Ordinal))
            return "the name holds a character that could not be read (save the file as UTF-8 or GB18030)";
        if (!IsWellFormed(trimmed))
            return "the name holds a broken character";
        return null;
    }

    /// <summary>Parses a role: "packer"/"打包员" or "supervisor"/"主管" (case-insensitive); empty is a packer.</summary>
    public static bool TryParseRole(string? text, out PackerRole role)
    {
        role = PackerRole.Packer;
        switch (text?.Trim().ToUpperInvariant())
        {
            case null or "" or "PACKER" or "打包员":
                return true;
            case "SUPERVISOR" or "主管":
                role = PackerRole.Supervisor;
                return true;
            default:
                return false;
        }
    }

    public static string RoleName(PackerRole role) => role == PackerRole.Supervisor ? "supervisor" : "packer";

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                i++;
            else if (char.IsSurrogate(text[i]))
                return false;
        }

        return true;
    }

    private static string Shorten(string text) => text.Length <= 20 ? text : text[..20];

    [GeneratedRegex("^[A-Za-z0-9_-]{1,32}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
