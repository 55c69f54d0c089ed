using Microsoft.Extensions.Options;
using PackStation.Hardware.Devices;
using PackStation.Hardware.Profiles;
using PackStation.Settings;

namespace PackStation.Packing.Stations;

/// <summary>
/// Checks the station list at start (the section's own rules are <see cref="StationsOptions"/>' annotations): each
/// station's id (<see cref="StationOptions"/>), unique ids, and every device's profile known to a driver. Messages
/// name the setting.
/// </summary>
public sealed class StationsOptionsValidator(DeviceFactory devices) : IValidateOptions<StationsOptions>
{
    public ValidateOptionsResult Validate(string? name, StationsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.List.Count; i++)
        {
            var station = options.List[i];
            var setting = $"Stations:List:{i}";
            failures.AddRange(SettingRules.Check(station, setting));
            if (!string.IsNullOrWhiteSpace(station.Id) && !seen.Add(station.Id))
                failures.Add($"{setting}:Id: the station id \"{station.Id}\" is used twice.");
            Check(failures, $"{setting}:Scanner", DeviceKind.Scanner, station.Scanner);
            Check(failures, $"{setting}:Scale", DeviceKind.Scale, station.Scale);
            Check(failures, $"{setting}:Printer", DeviceKind.Printer, station.Printer);
        }

        if (options.All.Count == 0)
            failures.Add("Stations: no stations are configured (set Stations:Count or Stations:List).");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private void Check(List<string> failures, string setting, DeviceKind kind, DeviceBinding binding)
    {
        try
        {
            devices.Validate(kind, binding);
        }
        catch (ProfileException e)
        {
            failures.Add($"{setting}:Profile: {e.Message}");
        }
    }
}
