using System.IO.Ports;
using PackStation.Hardware.Profiles;

namespace PackStation.Hardware.Transports;

/// <summary>Everything <see cref="SerialPortOpener"/> needs: the path and the line settings, usually from a profile.</summary>
public sealed record SerialPortOptions
{
    public required string Path { get; init; }
    public int BaudRate { get; init; } = 9600;
    public Parity Parity { get; init; } = Parity.None;
    public int DataBits { get; init; } = 8;
    public StopBits StopBits { get; init; } = StopBits.One;
    public Handshake Handshake { get; init; } = Handshake.None;

    /// <summary>The port's own read timeout; reads still wait for data until cancelled.</summary>
    public TimeSpan ReadTimeout { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>A write that takes longer is treated as a lost device (the port is abandoned and reopened).</summary>
    public TimeSpan WriteTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Takes the line settings of a profile's transport section; throws <see cref="ArgumentException"/> naming a bad value.</summary>
    public static SerialPortOptions From(TransportSettings settings, string path)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new SerialPortOptions
        {
            Path = path,
            BaudRate = settings.BaudRate > 0 ? settings.BaudRate : throw new ArgumentException($"baudRate {settings.BaudRate} is not a baud rate.", nameof(settings)),
            Parity = ParseEnum<Parity>(settings.Parity, "parity"),
            DataBits = settings.DataBits is >= 5 and <= 8 ? settings.DataBits : throw new ArgumentException($"dataBits {settings.DataBits} must be 5 to 8.", nameof(settings)),
            StopBits = ParseEnum<StopBits>(settings.StopBits, "stopBits"),
            Handshake = ParseEnum<Handshake>(settings.Handshake, "handshake"),
            ReadTimeout = settings.ReadTimeout > TimeSpan.Zero ? settings.ReadTimeout : TimeSpan.FromSeconds(1),
            WriteTimeout = settings.WriteTimeout > TimeSpan.Zero ? settings.WriteTimeout : TimeSpan.FromSeconds(2),
        };
    }

    private static T ParseEnum<T>(string value, string name) where T : struct, Enum =>
        Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new ArgumentException($"{name} \"{value}\" is not one of {string.Join(", ", Enum.GetNames<T>())}.", nameof(value));
}
