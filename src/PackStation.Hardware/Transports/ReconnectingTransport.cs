using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PackStation.Hardware.Devices;

namespace PackStation.Hardware.Transports;

/// <summary>
/// The one reconnect loop: a device on a path (serial port, evdev, hidraw) that its <see cref="IDeviceOpener"/> opens
/// again after every unplug. A connection that fails becomes <see cref="DeviceDisconnectedException"/> plus health
/// "disconnected", is forgotten (once, however many operations saw it fail) and closed on a worker thread with a
/// timeout, so nothing here can hang; the next operation waits until the device is back. Bytes are never replayed.
/// </summary>
public sealed class ReconnectingTransport : IDeviceTransport
{
    private readonly IDeviceOpener _opener;
    private readonly ReconnectOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly HealthTracker _health;
    private readonly SemaphoreSlim _openLock = new(1, 1);
    private readonly CancellationTokenSource _disposing = new();
    private IDeviceConnection? _current;
    private bool _reportedOpenFailure;

    public ReconnectingTransport(IDeviceOpener opener, ReconnectOptions? options = null, TimeProvider? clock = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(opener);
        _opener = opener;
        _options = options ?? ReconnectOptions.Default;
        _clock = clock ?? TimeProvider.System;
        _logger = logger ?? NullLogger.Instance;
        _health = new HealthTracker(this, DeviceHealth.Disconnected("not opened yet"));
    }

    public string Name => _opener.Path;

    public DeviceHealth Health => _health.Current;

    public event EventHandler<DeviceHealth>? HealthChanged
    {
        add => _health.Changed += value;
        remove => _health.Changed -= value;
    }

    /// <summary>Wraps the transport as a <see cref="Stream"/> for drivers written against streams (not owned by the stream).</summary>
    public Stream AsStream() => new TransportStream(this);

    public async ValueTask ConnectAsync(CancellationToken cancellationToken) => await CurrentAsync(cancellationToken);

    public async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        if (buffer.IsEmpty)
            return 0;
        var connection = await CurrentAsync(cancellationToken);
        try
        {
            return await connection.ReadAsync(buffer, cancellationToken);
        }
        catch (DeviceDisconnectedException e)
        {
            throw Lose(connection, e);
        }
    }

    public async ValueTask WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        var connection = await CurrentAsync(cancellationToken);
        try
        {
            await connection.WriteAsync(data, cancellationToken);
        }
        catch (DeviceDisconnectedException e)
        {
            throw Lose(connection, e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposing.IsCancellationRequested)
            return;
        await _disposing.CancelAsync();
        var last = Interlocked.Exchange(ref _current, null);
        if (last is not null)
            await BackgroundCloser.CloseAsync(last, Name, _options.CloseTimeout, _logger);
        _health.Set(DeviceHealth.Disconnected("closed"));
        _disposing.Dispose();
    }

    private async ValueTask<IDeviceConnection> CurrentAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposing.IsCancellationRequested, this);
        if (Volatile.Read(ref _current) is { } open)
            return open;

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _disposing.Token);
        await _openLock.WaitAsync(linked.Token);
        try
        {
            while (true)
            {
                if (Volatile.Read(ref _current) is { } opened)
                    return opened;
                if (TryOpen() is { } connection)
                    return connection;
                await Task.Delay(_options.ReconnectDelay, _clock, linked.Token);
            }
        }
        finally
        {
            _openLock.Release();
        }
    }

    private IDeviceConnection? TryOpen()
    {
        string reason;
        if (!File.Exists(Name))
        {
            reason = "the device is not present";
        }
        else
        {
            try
            {
                var connection = _opener.Open();
                Volatile.Write(ref _current, connection);
                _reportedOpenFailure = false;
                _logger.Opened(Name);
                _health.Set(DeviceHealth.Connected);
                return connection;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException)
            {
                reason = e.Message;
            }
        }

        if (!_reportedOpenFailure)
        {
            _reportedOpenFailure = true;
            _logger.CannotOpen(Name, reason, _options.ReconnectDelay);
            if (_health.Current.State != DeviceState.Disconnected || _health.Current.Reason == "not opened yet")
                _health.Set(DeviceHealth.Disconnected(reason));
        }

        return null;
    }

    /// <summary>Forgets a connection that failed (once, however many operations saw it fail) and closes it in the background.</summary>
    private DeviceDisconnectedException Lose(IDeviceConnection connection, DeviceDisconnectedException cause)
    {
        ObjectDisposedException.ThrowIf(_disposing.IsCancellationRequested, this);
        var reason = cause.Message;
        if (Interlocked.CompareExchange(ref _current, null, connection) == connection)
        {
            _logger.Lost(Name, reason);
            _health.Set(DeviceHealth.Disconnected(reason));
            _ = BackgroundCloser.CloseAsync(connection, Name, _options.CloseTimeout, _logger);
        }

        return new DeviceDisconnectedException($"{Name} disconnected: {reason}", cause);
    }
}
