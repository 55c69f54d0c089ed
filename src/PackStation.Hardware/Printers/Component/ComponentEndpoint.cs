using System.Globalization;

namespace PackStation.Hardware.Printers.Component;

/// <summary>
/// Where a print component listens and which of its printers to use: a binding's <c>Host</c> ("host" or
/// "host:port", the profile's port for ws or wss when omitted), <c>Secure</c> (wss) and <c>Name</c> (the component's
/// printer name; empty = its default printer). Timeouts bound every wait for the component.
/// </summary>
public sealed record ComponentEndpoint(Uri Address, string PrinterName)
{
    /// <summary>How long a request (getPrinters, print, getTaskStatus) waits for its reply.</summary>
    public TimeSpan ReplyTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a task waits for the component to report it printed before the job is held.</summary>
    public TimeSpan ResultTimeout { get; init; } = TimeSpan.FromSeconds(60);

    public static ComponentEndpoint Parse(string host, bool secure, string? printerName, int port, int securePort)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        var text = host.Trim();
        var colon = text.LastIndexOf(':');
        var name = text;
        var chosen = secure ? securePort : port;
        if (colon > 0 && !text.EndsWith(']'))
        {
            if (!int.TryParse(text[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out chosen) || chosen is < 1 or > 65535)
                throw new FormatException($"\"{host}\" is not host:port (the port is 1-65535)");
            name = text[..colon];
        }

        return new ComponentEndpoint(new UriBuilder(secure ? "wss" : "ws", name, chosen).Uri, printerName?.Trim() ?? "");
    }
}
