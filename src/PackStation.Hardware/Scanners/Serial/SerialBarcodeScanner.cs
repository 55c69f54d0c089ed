using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PackStation.Hardware.Devices;
using PackStation.Hardware.Profiles;
using PackStation.Hardware.Transports;

namespace PackStation.Hardware.Scanners.Serial;

/// <summary>
/// A scanner on a serial line: RS-232, USB CDC-ACM ("USB COM") or a USB-serial bridge. Reads bytes in a dedicated
/// loop on its transport and decodes them with the profile's framing; after an unplug the half scan is reported as
/// invalid, the transport reopens the same path, and reading carries on.
/// </summary>
public sealed class SerialBarcodeScanner : IBarcodeScanner
{
    private readonly IDeviceTransport _transport;
    private readonly ScannerSettings _settings;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly bool _ownsTransport;

    public SerialBarcodeScanner(IDeviceTransport transport, ScannerSettings settings, TimeProvider? clock = null, ILogger<SerialBarcodeScanner>? logger = null, bool ownsTransport = true)
    {
        ArgumentNullException.ThrowIfNull(transport);
        ArgumentNullException.ThrowIfNull(settings);
        _ = settings.ParsedSuffix;
        _ = settings.ParsedAimIds;
        _transport = transport;
        _settings = settings;
        _clock = clock ?? TimeProvider.System;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _ownsTransport = ownsTransport;
    }

    public string Name => _transport.Name;

    public DeviceHealth Health => _transport.Health;

    public event EventHandler<DeviceHealth>? HealthChanged
    {
        add => _transport.HealthChanged += value;
        remove => _transport.HealthChanged -= value;
    }

    public IAsyncEnumerable<Scan> ReadScansAsync(CancellationToken cancellationToken) =>
        ScanReadLoop.DecodeAsync(PumpAsync, _settings, Name, _clock, _logger, cancellationToken);

    public ValueTask DisposeAsync() => _ownsTransport ? _transport.DisposeAsync() : ValueTask.CompletedTask;

    private async Task PumpAsync(ChannelWriter<ScanChunk> writer, CancellationToken cancellationToken)
    {
        var buffer = new byte[4096];
        while (!cancellationToken.IsCancellationRequested)
        {
            ScanChunk chunk;
            try
            {
                var read = await _transport.ReadAsync(buffer, cancellationToken);
                chunk = new ScanChunk(buffer.AsSpan(0, read).ToArray(), _clock.GetUtcNow(), null);
            }
            catch (DeviceDisconnectedException e)
            {
                chunk = ScanChunk.Disconnected(e.Message, _clock.GetUtcNow());
            }

            await writer.WriteAsync(chunk, cancellationToken);
        }
    }
}
