using Microsoft.Extensions.Logging.Abstractions;
using PackStation.Hardware.Devices;
using PackStation.Hardware.Profiles;
using PackStation.Hardware.Scales;
using PackStation.Hardware.Scales.Drivers;

namespace PackStation.Hardware.Tests.Scales.Drivers;

/// <summary>The shipped profiles, with short intervals so tests over ptys finish quickly.</summary>
internal static class SerialScaleProfiles
{
    private static readonly Lazy<ProfileLibrary> Library = new(() =>
        ProfileLibrary.Load(ProfileLibrary.FindDefaultDirectory() ?? throw new InvalidOperationException("hardware-profiles not found")));

    public static HardwareProfile Get(string id)
    {
        var profile = Library.Value.Get(DeviceKind.Scale, id);
        return profile with
        {
            Scale = profile.Scale! with
            {
                PollInterval = TimeSpan.FromMilliseconds(10),
                ReplyTimeout = TimeSpan.FromSeconds(1),
                StabilityWindow = TimeSpan.Zero,
                StabilityReadings = 2,
                StabilityToleranceGrams = 0,
            },
        };
    }

    public static IScale Open(string id, string port) =>
        new ScaleDriver(TimeProvider.System, NullLoggerFactory.Instance).Open(Get(id), new DeviceBinding { Profile = id, Port = port });
}
