namespace PackStation.Hardware.Profiles;

/// <summary>
/// How the device is reached by default. <see cref="Type"/>: "serial", "evdev", "hidraw", "tcp", "usblp", "file" or
/// "simulated". Serial settings use the names of System.IO.Ports ("None", "Even", "One", "RequestToSend").
/// </summary>
public sealed record TransportSettings
{
    public string Type { get; init; } = "serial";
    public int BaudRate { get; init; } = 9600;
    public string Parity { get; init; } = "None";
    public int DataBits { get; init; } = 8;
    public string StopBits { get; init; } = "One";
    public string Handshake { get; init; } = "None";
    public int? TcpPort { get; init; }
    public TimeSpan ReadTimeout { get; init; } = TimeSpan.FromSeconds(1);
    public TimeSpan WriteTimeout { get; init; } = TimeSpan.FromSeconds(2);
}
