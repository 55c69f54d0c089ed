using Microsoft.Extensions.Options;
using PackStation.Hardware.Devices;
using PackStation.Hardware.Profiles;

namespace PackStation.Packing.Stations;

/// <summary>Checks the station list at start: unique ids, and every device's profile known to a driver. Messages name the setting.</summary>
public sealed class StationsOptionsValidator(DeviceFactory devices) : IValidateOptions<StationsOptions>
{
    public ValidateOptionsResult Validate(string? name, StationsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.Count is < 0 or > 500)
            failures.Add($"Stations:Count must be between 0 and 500, not {options.Count}.");

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.List.Count; i++)
        {
            var station = options.List[i];
            var setting = $"Stations:List:{i}";
            if (string.IsNullOrWhiteSpace(station.Id))
                failures.Add($"{setting}:Id is empty.");
            else if (!seen.Add(station.Id))
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
