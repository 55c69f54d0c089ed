namespace PackStation.Hardware;

/// <summary>The <c>Hardware</c> configuration section.</summary>
public sealed class HardwareOptions
{
    public const string SectionName = "Hardware";

    /// <summary>The hardware-profiles folder; empty means the one shipped next to the program.</summary>
    public string? ProfilesPath { get; set; }
}
