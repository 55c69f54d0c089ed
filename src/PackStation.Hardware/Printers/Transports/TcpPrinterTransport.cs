using System.Net.Sockets;
using PackStation.Hardware.Devices;

namespace PackStation.Hardware.Printers.Transports;

/// <summary>
/// Raw TCP (port 9100, "JetDirect"). With <see cref="TcpPrinterOptions.KeepAlive"/> the connection stays open between
/// jobs (and is reopened after the printer drops it, as Epson printers do after ~90 s idle); otherwise each job gets
/// its own connection. Connect has a timeout; writes wait for the printer (a printer out of paper stops reading, and
/// the job continues when it is fixed) up to <see cref="TcpPrinterOptions.WriteTimeout"/>.
/// </summary>
public sealed class TcpPrinterTransport(TcpPrinterOptions options) : IPrinterTransport
{
    private TcpClient? _client;
    private NetworkStream? _stream;

    public string Name { get; } = $"{options.Host}:{options.Port}";

    public bool CanRead => true;

    public async ValueTask OpenAsync(CancellationToken cancellationToken)
    {
        if (_stream is not null && _client is { Connected: true })
            return;
        Close();
        var client = new TcpClient { NoDelay = true, SendTimeout = ToMilliseconds(options.WriteTimeout) };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.ConnectTimeout);
        try
        {
            await client.ConnectAsync(options.Host, options.Port, deadline.Token).ConfigureAwait(false);
            client.Client.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.KeepAlive, true);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            client.Dispose();
            throw new DeviceDisconnectedException($"{Name}: no connection within {options.ConnectTimeout}.");
        }
        catch (SocketException e)
        {
            client.Dispose();
            throw new DeviceDisconnectedException($"{Name}: {e.Message}", e);
        }

        _client = client;
        _stream = client.GetStream();
    }

    public async ValueTask WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        var stream = _stream ?? throw new DeviceDisconnectedException($"{Name}: not connected.");
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.WriteTimeout);
        try
        {
            await stream.WriteAsync(data, deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw Lose($"the printer accepted no data for {options.WriteTimeout}", null);
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
            throw Lose(e.Message, e);
        }
    }

    public async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        var stream = _stream ?? throw new DeviceDisconnectedException($"{Name}: not connected.");
        int read;
        try
        {
            read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
            throw Lose(e.Message, e);
        }

        return read > 0 ? read : throw Lose("the printer closed the connection", null);
    }

    public void DiscardInput()
    {
        if (_client is not { Connected: true } client || _stream is null)
            return;
        Span<byte> scratch = stackalloc byte[256];
        try
        {
            while (client.Available > 0)
                _ = client.Client.Receive(scratch);
        }
        catch (SocketException)
        {
            // The next read reports the broken connection.
        }
    }

    public ValueTask EndJobAsync()
    {
        if (!options.KeepAlive)
            Close();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        Close();
        return ValueTask.CompletedTask;
    }

    private DeviceDisconnectedException Lose(string reason, Exception? inner)
    {
        Close();
        var message = $"{Name}: {reason}";
        return inner is null ? new DeviceDisconnectedException(message) : new DeviceDisconnectedException(message, inner);
    }

    private void Close()
    {
        _stream?.Dispose();
        _client?.Dispose();
        _stream = null;
        _client = null;
    }

    private static int ToMilliseconds(TimeSpan timeout) => (int)Math.Clamp(timeout.TotalMilliseconds, 1, int.MaxValue);
}
