namespace PackStation.Hardware.Scanners.Gs1;

/// <summary>What an AI's data must be checked for beyond its characters and length.</summary>
public enum Gs1AiCheck
{
    None,

    /// <summary>The whole value ends in a GS1 mod-10 check digit (GTIN, SSCC, GLN).</summary>
    CheckDigit,

    /// <summary>YYMMDD; DD may be 00 ("end of month") where the AI allows it.</summary>
    Date,

    /// <summary>YYMMDD where DD must be a real day.</summary>
    DateExact,
}
