using System.Globalization;

namespace PackStation.Domain.Packing;

/// <summary>The named specifics of a <see cref="Feedback"/> (<see cref="Feedback.Args"/>); empty values are left out.</summary>
public static class FeedbackArgs
{
    public static IReadOnlyDictionary<string, string> Of(params (string Name, string? Value)[] args) =>
        args.Where(a => !string.IsNullOrEmpty(a.Value)).ToDictionary(a => a.Name, a => a.Value!, StringComparer.Ordinal);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
