namespace PackStation.Hardware.Scanners.Gs1;

/// <summary>
/// One application identifier: its data length (<see cref="MinLength"/> = <see cref="MaxLength"/> for fixed length),
/// whether the data is numeric, whether it has a predefined length (never followed by FNC1), and its extra check.
/// </summary>
public sealed record Gs1AiDefinition(string Ai, string Title, bool Numeric, int MinLength, int MaxLength, bool PredefinedLength, Gs1AiCheck Check = Gs1AiCheck.None)
{
    public bool FixedLength => MinLength == MaxLength;
}
