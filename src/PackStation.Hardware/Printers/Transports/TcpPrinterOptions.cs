namespace PackStation.Hardware.Printers.Transports;

public sealed record TcpPrinterOptions
{
    public const int DefaultPort = 9100;

    public required string Host { get; init; }

    public int Port { get; init; } = DefaultPort;

    public bool KeepAlive { get; init; }

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>How long the printer may accept no data before the connection counts as lost (paper-out stalls included).</summary>
    public TimeSpan WriteTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Parses "host", "host:port", "[v6]" or "[v6]:port".</summary>
    public static TcpPrinterOptions Parse(string hostAndPort, int defaultPort = DefaultPort)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hostAndPort);
        var text = hostAndPort.Trim();
        string host;
        string? portText = null;
        if (text.StartsWith('['))
        {
            var close = text.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
                throw new ArgumentException($"\"{hostAndPort}\" opens '[' without ']'.", nameof(hostAndPort));
            host = text[1..close];
            var rest = text[(close + 1)..];
            if (rest.Length > 0)
                portText = rest.StartsWith(':') ? rest[1..] : throw new ArgumentException($"\"{hostAndPort}\" has text after ']'.", nameof(hostAndPort));
        }
        else if (text.Count(c => c == ':') == 1)
        {
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            host = text[..colon];
            portText = text[(colon + 1)..];
        }
        else
        {
            host = text;
        }

        var port = defaultPort;
        if (portText is not null && (!int.TryParse(portText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535))
            throw new ArgumentException($"\"{hostAndPort}\" has no valid TCP port (1..65535) after the colon.", nameof(hostAndPort));
        if (host.Length == 0)
            throw new ArgumentException($"\"{hostAndPort}\" names no host.", nameof(hostAndPort));
        return new TcpPrinterOptions { Host = host, Port = port };
    }
}
