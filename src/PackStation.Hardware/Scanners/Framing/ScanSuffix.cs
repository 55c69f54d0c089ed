namespace PackStation.Hardware.Scanners.Framing;

/// <summary>What ends a scan on the wire, as configured on the scanner.</summary>
public enum ScanSuffix
{
    /// <summary>Carriage return (0x0D); a following LF is swallowed too.</summary>
    CR,

    /// <summary>Line feed (0x0A); a CR just before it is swallowed too.</summary>
    LF,

    /// <summary>CR LF; a lone CR or LF is accepted as the end too.</summary>
    CRLF,

    /// <summary>Horizontal tab (0x09).</summary>
    TAB,

    /// <summary>No suffix: a pause longer than the inter-character timeout ends a scan.</summary>
    None,
}
