using PackStation.Hardware.Profiles;
using PackStation.Hardware.Scales.Cas;
using PackStation.Hardware.Scales.HidPos;
using PackStation.Hardware.Scales.MtSics;
using PackStation.Hardware.Scales.Nci;
using PackStation.Hardware.Scales.Sma;
using PackStation.Hardware.Scales.Toledo;

namespace PackStation.Hardware.Scales;

/// <summary>The scale protocols by the names profiles use: the serial ones, and "hid-pos" (USB HID over hidraw).</summary>
public static class ScaleProtocols
{
    public const string HidPos = "hid-pos";

    public static IReadOnlyList<string> SerialNames { get; } = ["sma", "toledo", "mt-sics", "cas", "cas-ecr", "nci"];

    public static bool IsSerial(string? name) => name is not null && SerialNames.Contains(name, StringComparer.OrdinalIgnoreCase);

    public static bool IsHidPos(string? name) => string.Equals(name, HidPos, StringComparison.OrdinalIgnoreCase);

    /// <summary>Creates the protocol a profile names; <see cref="ProfileException"/> for an unknown one.</summary>
    public static IScaleProtocol Create(ScaleSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Protocol.ToLowerInvariant() switch
        {
            "sma" => new SmaProtocol(),
            "toledo" or "toledo8213" or "toledo8217" => !WeightUnits.TryToGrams(1, settings.Unit, out _)
                ? throw new ProfileException($"Scale unit \"{settings.Unit}\" is not one of g, kg, lb, oz.")
                : new ToledoProtocol(settings.Unit),
            "mt-sics" => new MtSicsProtocol(),
            "cas" => new CasProtocol(),
            "cas-ecr" => new CasEcrProtocol(),
            "nci" => new NciProtocol(settings.NciInvertedMotionBits),
            HidPos => new HidPosProtocol(settings),
            _ => throw new ProfileException($"\"{settings.Protocol}\" is not a scale protocol ({string.Join(", ", SerialNames)}, {HidPos})."),
        };
    }

    /// <summary>True when the scale should be asked for each reading, false when it streams.</summary>
    public static bool IsPolled(IScaleProtocol protocol, ScaleSettings settings)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(settings);
        var continuous = string.Equals(settings.Mode, "continuous", StringComparison.OrdinalIgnoreCase);
        return !continuous && protocol.PollCommand is not null;
    }
}
