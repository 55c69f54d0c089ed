using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PackStation.Hardware.Devices;

namespace PackStation.Hardware.Transports;

/// <summary>
/// A serial port (RS-232, USB CDC-ACM, USB-serial bridge, pty) that reopens itself on the same path after an unplug.
/// Reads go through <c>BaseStream.ReadAsync</c> with cancellation — callers run their own dedicated read loop.
/// Every way System.IO.Ports reports a vanished device (IOException, ObjectDisposedException, a timed-out write, a
/// zero-byte read, UnauthorizedAccessException on open) becomes <see cref="DeviceDisconnectedException"/> plus health
/// "disconnected"; the old port is closed on a worker thread with a timeout, so nothing here can hang.
/// </summary>
public sealed class ReconnectingSerialPort : IDeviceTransport
{
    private readonly SerialPortOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly HealthTracker _health;
    private readonly SemaphoreSlim _openLock = new(1, 1);
    private readonly CancellationTokenSource _disposing = new();
    private SerialConnection? _current;
    private bool _reportedOpenFailure;

    public ReconnectingSerialPort(SerialPortOptions options, TimeProvider? clock = null, ILogger<ReconnectingSerialPort>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _clock = clock ?? TimeProvider.System;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _health = new HealthTracker(this, DeviceHealth.Disconnected("not opened yet"));
    }

    public string Name => _options.Path;

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
        while (true)
        {
            var connection = await CurrentAsync(cancellationToken);
            try
            {
                var read = await connection.Stream.ReadAsync(buffer, cancellationToken);
                if (read > 0)
                    return read;
                throw Lose(connection, "the port reported end of data", null);
            }
            catch (TimeoutException)
            {
                // The port's ReadTimeout passed with no data: nothing is wrong, keep waiting.
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception e) when (IsDeviceGone(e))
            {
                throw Lose(connection, e.Message, e);
            }
        }
    }

    public async ValueTask WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        var connection = await CurrentAsync(cancellationToken);
        try
        {
            await connection.Stream.WriteAsync(data, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (TimeoutException e)
        {
            throw Lose(connection, $"a write did not finish within {_options.WriteTimeout}", e);
        }
        catch (Exception e) when (IsDeviceGone(e))
        {
            throw Lose(connection, e.Message, e);
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

    private async ValueTask<SerialConnection> CurrentAsync(CancellationToken cancellationToken)
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

    private SerialConnection? TryOpen()
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
                var connection = SerialConnection.Open(_options);
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
    private DeviceDisconnectedException Lose(SerialConnection connection, string reason, Exception? cause)
    {
        ObjectDisposedException.ThrowIf(_disposing.IsCancellationRequested, this);
        if (Interlocked.CompareExchange(ref _current, null, connection) == connection)
        {
            _logger.Lost(Name, reason);
            _health.Set(DeviceHealth.Disconnected(reason));
            _ = BackgroundCloser.CloseAsync(connection, Name, _options.CloseTimeout, _logger);
        }

        var message = $"{Name} disconnected: {reason}";
        return cause is null ? new DeviceDisconnectedException(message) : new DeviceDisconnectedException(message, cause);
    }

    private static bool IsDeviceGone(Exception e) =>
        e is IOException or ObjectDisposedException or InvalidOperationException or UnauthorizedAccessException or OperationCanceledException;
}
