using System.ComponentModel.DataAnnotations;
using PackStation.Hardware.Devices;

namespace PackStation.Packing.Stations;

/// <summary>One entry of the <c>Stations</c> configuration list: an id and a device for each role.</summary>
public sealed class StationOptions
{
    [Required(AllowEmptyStrings = false)]
    [RegularExpression("^[A-Za-z0-9_-]{1,32}$", ErrorMessage = "A station id is 1–32 letters, digits, '-' or '_'.")]
    public string Id { get; set; } = "";

    /// <summary>The screen's language: "zh-CN" or "en".</summary>
    public string Language { get; set; } = "zh-CN";

    public DeviceBinding Scanner { get; set; } = new();

    public DeviceBinding Scale { get; set; } = new();

    public DeviceBinding Printer { get; set; } = new();
}
