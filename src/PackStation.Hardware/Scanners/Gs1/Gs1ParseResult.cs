namespace PackStation.Hardware.Scanners.Gs1;

/// <summary>The AIs of an element string in the order they came (AI → value), or why it is not a valid one.</summary>
public sealed record Gs1ParseResult(IReadOnlyDictionary<string, string>? Elements, string? Error)
{
    public bool IsValid => Error is null;

    public static Gs1ParseResult Fail(string error) => new(null, error);
}
