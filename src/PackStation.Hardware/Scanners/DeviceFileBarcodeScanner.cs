using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PackStation.Hardware.Devices;
using PackStation.Hardware.Profiles;
using PackStation.Hardware.Transports;

namespace PackStation.Hardware.Scanners;

/// <summary>
/// A scanner read from a Linux device file (evdev keyboard wedge, hidraw HID POS) on its own thread. Opens the
/// configured path (by-id and udev symlinks follow the device), runs <paramref name="onOpen"/> (e.g. the exclusive
/// grab), decodes records with a fresh decoder per connection, and after an unplug reports the half scan, marks
/// health disconnected and waits for the path to come back.
/// </summary>
public sealed class DeviceFileBarcodeScanner(
    string path,
    ScannerSettings settings,
    Func<IScanRecordDecoder> newDecoder,
    Action<LinuxDeviceFile, ILogger>? onOpen = null,
    TimeProvider? clock = null,
    ILogger? logger = null,
    TimeSpan? reconnectDelay = null) : IBarcodeScanner
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly ILogger _logger = logger ?? NullLogger.Instance;
    private readonly TimeSpan _reconnectDelay = reconnectDelay ?? TimeSpan.FromMilliseconds(250);
    private readonly CancellationTokenSource _disposed = new();
    private HealthTracker? _health;

    public string Name => path;

    public DeviceHealth Health => Tracker.Current;

    public event EventHandler<DeviceHealth>? HealthChanged
    {
        add => Tracker.Changed += value;
        remove => Tracker.Changed -= value;
    }

    private HealthTracker Tracker => LazyInitializer.EnsureInitialized(ref _health, () => new HealthTracker(this, DeviceHealth.Disconnected("not opened yet")));

    public IAsyncEnumerable<Scan> ReadScansAsync(CancellationToken cancellationToken) =>
        ScanReadLoop.DecodeAsync(PumpAsync, settings, Name, _clock, _logger, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (!_disposed.IsCancellationRequested)
            await _disposed.CancelAsync();
    }

    private Task PumpAsync(ChannelWriter<ScanChunk> writer, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _disposed.Token);
            try
            {
                ReadLoop(writer, linked.Token);
                done.TrySetResult();
            }
            catch (OperationCanceledException) when (linked.IsCancellationRequested)
            {
                done.TrySetResult();
            }
            catch (Exception e)
            {
                done.TrySetException(e);
            }
        })
        {
            IsBackground = true,
            Name = "scanner " + path,
        };
        thread.Start();
        return done.Task;
    }

    private void ReadLoop(ChannelWriter<ScanChunk> writer, CancellationToken cancellationToken)
    {
        var buffer = new byte[4096];
        var pieces = new List<ScanPiece>();
        var reportedAbsent = false;
        while (!cancellationToken.IsCancellationRequested)
        {
            LinuxDeviceFile file;
            try
            {
                file = LinuxDeviceFile.Open(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                if (!reportedAbsent)
                {
                    Tracker.Set(DeviceHealth.Disconnected(e.Message));
                    reportedAbsent = true;
                }

                Task.Delay(_reconnectDelay, _clock, cancellationToken).Wait(cancellationToken);
                continue;
            }

            reportedAbsent = false;
            using (file)
            {
                onOpen?.Invoke(file, _logger);
                Tracker.Set(DeviceHealth.Connected);
                var decoder = newDecoder();
                try
                {
                    while (true)
                    {
                        var read = file.Read(buffer, cancellationToken);
                        decoder.Decode(buffer.AsSpan(0, read), pieces);
                        var now = _clock.GetUtcNow();
                        foreach (var piece in pieces)
                            Write(writer, ScanChunk.From(piece, now), cancellationToken);
                        pieces.Clear();
                    }
                }
                catch (DeviceDisconnectedException e)
                {
                    Tracker.Set(DeviceHealth.Disconnected(e.Message));
                    Write(writer, ScanChunk.Disconnected(e.Message, _clock.GetUtcNow()), cancellationToken);
                }
            }
        }
    }

    private static void Write(ChannelWriter<ScanChunk> writer, ScanChunk chunk, CancellationToken cancellationToken)
    {
        while (!writer.TryWrite(chunk))
        {
            if (!writer.WaitToWriteAsync(cancellationToken).AsTask().GetAwaiter().GetResult())
                throw new OperationCanceledException(cancellationToken);
        }
    }
}
