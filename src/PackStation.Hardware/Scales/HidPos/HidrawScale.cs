using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using PackStation.Hardware.Devices;
using PackStation.Hardware.Profiles;
using PackStation.Hardware.Scales.Drivers;

namespace PackStation.Hardware.Scales.HidPos;

/// <summary>
/// A USB HID POS scale read through Linux hidraw (<c>/dev/hidrawN</c>, or a udev symlink): every read returns one
/// report. The first report(s) after opening are discarded (often stale), reports are read as fast as they come so
/// the newest is always used, zeroing is done in software (USB zeroing often does nothing). When the device goes away
/// the scale reports one error reading, shows "disconnected" and reopens the same path once it is back.
/// </summary>
public sealed class HidrawScale : IScale
{
    private readonly string _path;
    private readonly ScaleSettings _settings;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly TimeSpan _reconnectDelay;
    private readonly HidPosReportParser _parser;
    private readonly ReadingPipeline _pipeline;
    private readonly HealthTracker _health;
    private FileStream? _stream;
    private Task<(byte[] Data, int Length)>? _pendingRead;

    public HidrawScale(string path, ScaleSettings settings, TimeProvider clock, ILogger logger, TimeSpan? reconnectDelay = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(settings);
        _path = path;
        _settings = settings;
        _clock = clock ?? TimeProvider.System;
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _reconnectDelay = reconnectDelay ?? TimeSpan.FromMilliseconds(250);
        _parser = new HidPosReportParser(new HidPosLayout
        {
            ReportIds = settings.HidReportIds.Select(id => (byte)id).ToHashSet(),
            ReportLength = settings.HidReportLength,
        });
        _pipeline = new ReadingPipeline(settings, softwareZero: true);
        _health = new HealthTracker(this, DeviceHealth.Disconnected("not opened yet"));
    }

    public string Name => _path;

    public DeviceHealth Health => _health.Current;

    public event EventHandler<DeviceHealth>? HealthChanged
    {
        add => _health.Changed += value;
        remove => _health.Changed -= value;
    }

    public async IAsyncEnumerable<WeightReading> ReadingsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var buffer = new byte[Math.Max(64, _settings.HidReportLength * 8)];
        var discard = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_stream is null)
            {
                _stream = await OpenAsync(cancellationToken);
                discard = _settings.HidDiscardReports;
            }

            int read;
            string? lost = null;
            try
            {
                // A read on a character device cannot be cancelled once started: wait for it, not in it, and keep it
                // for the next enumeration so two reads never race for one report.
                _pendingRead ??= ReadReportAsync(_stream);
                var (data, length) = await _pendingRead.WaitAsync(cancellationToken);
                _pendingRead = null;
                data.AsSpan(0, length).CopyTo(buffer);
                read = length;
                if (read == 0)
                    lost = "the device reported end of data";
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or UnauthorizedAccessException)
            {
                _pendingRead = null;
                read = 0;
                lost = e.Message;
            }

            if (lost is not null)
            {
                await LoseAsync(lost);
                yield return WeightReading.Failed("disconnected: " + lost, null, _clock.GetUtcNow());
                continue;
            }

            foreach (var report in Split(buffer.AsMemory(0, read)))
            {
                if (discard > 0)
                {
                    discard--;
                    continue;
                }

                var reading = _parser.Parse(report.Span, _clock.GetUtcNow());
                yield return _pipeline.Process(reading);
            }
        }
    }

    public Task ZeroAsync(CancellationToken cancellationToken) => _pipeline.Zero!.RequestAsync(cancellationToken);

    public Task TareAsync(CancellationToken cancellationToken) => _pipeline.Zero!.RequestAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_stream is { } stream)
        {
            _stream = null;
            await stream.DisposeAsync();
        }

        _health.Set(DeviceHealth.Disconnected("closed"));
    }

    private async Task<(byte[] Data, int Length)> ReadReportAsync(FileStream stream)
    {
        var data = new byte[Math.Max(64, _settings.HidReportLength * 8)];
        var length = await stream.ReadAsync(data, CancellationToken.None);
        return (data, length);
    }

    /// <summary>hidraw returns one report per read; a read holding several whole reports (a pipe in tests) is split.</summary>
    private IEnumerable<ReadOnlyMemory<byte>> Split(ReadOnlyMemory<byte> data)
    {
        var length = _settings.HidReportLength;
        if (length <= 0 || data.Length <= length || data.Length % length != 0)
        {
            yield return data;
            yield break;
        }

        for (var i = 0; i < data.Length; i += length)
            yield return data.Slice(i, length);
    }

    private async Task<FileStream> OpenAsync(CancellationToken cancellationToken)
    {
        string? reported = null;
        while (true)
        {
            string reason;
            try
            {
                var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0);
                _pipeline.Reset();
                _health.Set(DeviceHealth.Connected);
                _logger.Connected(_path, "hid-pos", "reports");
                return stream;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                reason = e is FileNotFoundException or DirectoryNotFoundException ? "the device is not present" : e.Message;
            }

            if (reported != reason)
            {
                reported = reason;
                _health.Set(DeviceHealth.Disconnected(reason));
            }

            await Task.Delay(_reconnectDelay, _clock, cancellationToken);
        }
    }

    private async Task LoseAsync(string reason)
    {
        var stream = _stream;
        _stream = null;
        _pipeline.Reset();
        _logger.Disconnected(_path, reason);
        _health.Set(DeviceHealth.Disconnected(reason));
        if (stream is not null)
        {
            try
            {
                await stream.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(2));
            }
            catch (Exception e) when (e is IOException or TimeoutException)
            {
                // A vanished device may fail to close: the handle is abandoned.
            }
        }
    }
}
