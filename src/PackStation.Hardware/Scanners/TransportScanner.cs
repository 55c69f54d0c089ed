using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PackStation.Hardware.Devices;
using PackStation.Hardware.Profiles;
using PackStation.Hardware.Transports;

namespace PackStation.Hardware.Scanners;

/// <summary>
/// A barcode scanner on any transport: reads its bytes in a dedicated loop, turns them into scan pieces with a record
/// decoder (a fresh one per connection: serial text, evdev key events, HID POS reports) and hands them to
/// <see cref="ScanReadLoop"/> for framing, decoding and debouncing with the profile's settings. After an unplug the
/// half scan is reported as invalid, the transport reopens the same path, and reading carries on.
/// </summary>
public sealed class TransportScanner : TransportDevice, IBarcodeScanner
{
    private readonly Func<IScanRecordDecoder> _newDecoder;
    private readonly ScannerSettings _settings;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;

    public TransportScanner(IDeviceTransport transport, Func<IScanRecordDecoder> newDecoder, ScannerSettings settings, TimeProvider? clock = null, ILogger? logger = null)
        : base(transport)
    {
        ArgumentNullException.ThrowIfNull(newDecoder);
        ArgumentNullException.ThrowIfNull(settings);
        _ = settings.ParsedSuffix;
        _ = settings.ParsedAimIds;
        _newDecoder = newDecoder;
        _settings = settings;
        _clock = clock ?? TimeProvider.System;
        _logger = logger ?? NullLogger.Instance;
    }

    public IAsyncEnumerable<Scan> ReadScansAsync(CancellationToken cancellationToken) =>
        ScanReadLoop.DecodeAsync(PumpAsync, _settings, Name, _clock, _logger, cancellationToken);

    private async Task PumpAsync(ChannelWriter<ScanChunk> writer, CancellationToken cancellationToken)
    {
        var buffer = new byte[4096];
        var pieces = new List<ScanPiece>();
        IScanRecordDecoder? decoder = null;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var read = await Transport.ReadAsync(buffer, cancellationToken);
                decoder ??= _newDecoder();
                pieces.Clear();
                decoder.Decode(buffer.AsSpan(0, read), pieces);
            }
            catch (DeviceDisconnectedException e)
            {
                decoder = null;
                pieces.Clear();
                await writer.WriteAsync(ScanChunk.Disconnected(e.Message, _clock.GetUtcNow()), cancellationToken);
                continue;
            }

            var now = _clock.GetUtcNow();
            foreach (var piece in pieces)
                await writer.WriteAsync(ScanChunk.From(piece, now), cancellationToken);
        }
    }
}
