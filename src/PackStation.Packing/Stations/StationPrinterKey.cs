namespace PackStation.Packing.Stations;

/// <summary>How a station's printer is named in the print queue and the store: <c>{station}/printer</c>.</summary>
public static class StationPrinterKey
{
    private const string Suffix = "/printer";

    /// <summary>The print-queue key of a station's printer.</summary>
    public static string For(string stationId) => stationId + Suffix;

    /// <summary>The station a printer name means: "S01/printer" and "S01" both name station S01's printer.</summary>
    public static string StationOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase) ? name[..^Suffix.Length] : name;
    }
}
