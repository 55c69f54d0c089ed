using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PackStation.TestKit.Printers;

/// <summary>
/// A network label printer played by the test on 127.0.0.1: it answers status queries in the language chosen
/// (ZPL <c>~HS</c>, ESC/POS <c>DLE EOT n</c>, TSPL <c>ESC !?</c>) from <see cref="Fault"/>, keeps every other byte as
/// job data, and counts a job as printed when its terminator arrives (<c>^XZ</c>, <c>PRINT</c> …). A connection that
/// ends in the middle of a job loses that partial job, as a power-cycled printer would.
/// <see cref="PauseAfterJobBytes"/> makes it run out of paper part-way through: it stops reading (and answering)
/// until <see cref="ClearFault"/>.
/// </summary>
public sealed class FakeTcpPrinter : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<byte[]> _printed = new();
    private readonly byte[] _terminator;
    private readonly Task _accepting;
    private volatile TaskCompletionSource _resume = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _jobBytes;

    public FakeTcpPrinter(FakePrinterLanguage language, string jobTerminator)
    {
        Language = language;
        _terminator = Encoding.ASCII.GetBytes(jobTerminator);
        _listener.Start();
        _accepting = AcceptLoopAsync();
    }

    public FakePrinterLanguage Language { get; }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public string HostAndPort => $"127.0.0.1:{Port}";

    /// <summary>"paper-out", "cover-open", "head-error" or null (ready).</summary>
    public string? Fault { get; set; }

    /// <summary>Answers nothing at all (a printer that is on the network but not talking).</summary>
    public bool Silent { get; set; }

    /// <summary>After this many job bytes, paper runs out: reading stops until <see cref="ClearFault"/>.</summary>
    public long? PauseAfterJobBytes { get; set; }

    /// <summary>After this many job bytes the printer drops the connection (power cycle), once.</summary>
    public long? DropAfterJobBytes { get; set; }

    public bool IsPaused { get; private set; }

    public int Connections { get; private set; }

    public int StatusQueries { get; private set; }

    /// <summary>Complete jobs, in the order they were printed.</summary>
    public IReadOnlyList<byte[]> Printed => [.. _printed];

    public long DiscardedBytes { get; private set; }

    public void ClearFault()
    {
        Fault = null;
        PauseAfterJobBytes = null;
        IsPaused = false;
        _resume.TrySetResult();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _resume.TrySetResult();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            Connections++;
            await ServeAsync(client); // one connection at a time, like a real printer's raw port
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        if (DropAfterJobBytes is not null)
            client.ReceiveBufferSize = 64 * 1024; // no kernel autotuning: the sender cannot bury a whole job in buffers before the drop
        var stream = client.GetStream();
        var pending = new List<byte>();
        var job = new List<byte>();
        var buffer = new byte[1024];
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                if (PauseAfterJobBytes is { } pauseAt && _jobBytes >= pauseAt)
                {
                    Fault = "paper-out";
                    IsPaused = true;
                    await _resume.Task.WaitAsync(_stop.Token);
                    _resume = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                }

                var want = buffer.Length;
                if (PauseAfterJobBytes is { } limit)
                    want = (int)Math.Clamp(limit - _jobBytes, 1, buffer.Length);
                var read = await stream.ReadAsync(buffer.AsMemory(0, want), _stop.Token);
                if (read == 0)
                    break;
                pending.AddRange(buffer.AsSpan(0, read));
                if (!await ConsumeAsync(pending, job, stream))
                    break;
            }
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException)
        {
        }

        DiscardedBytes += job.Count + pending.Count;
    }

    /// <summary>Takes status queries out of the byte stream and answers them; the rest is job data. False = drop the connection.</summary>
    private async Task<bool> ConsumeAsync(List<byte> pending, List<byte> job, NetworkStream stream)
    {
        while (pending.Count > 0)
        {
            var queryLength = MatchQuery(pending);
            if (queryLength == -1)
                return true; // could be the start of a query: wait for more bytes
            if (queryLength > 0)
            {
                var reply = Reply(pending);
                pending.RemoveRange(0, queryLength);
                StatusQueries++;
                if (!Silent && reply.Length > 0)
                    await stream.WriteAsync(reply);
                continue;
            }

            job.Add(pending[0]);
            pending.RemoveAt(0);
            _jobBytes++;
            if (EndsWith(job, _terminator))
            {
                _printed.Enqueue([.. job]);
                job.Clear();
            }

            if (DropAfterJobBytes is { } drop && _jobBytes >= drop)
            {
                DropAfterJobBytes = null;
                return false;
            }
        }

        return true;
    }

    /// <summary>Length of the query at the start, 0 when none, -1 when the bytes so far are a query's beginning.</summary>
    private int MatchQuery(List<byte> bytes)
    {
        ReadOnlySpan<byte> query = Language switch
        {
            FakePrinterLanguage.Zpl => "~HS"u8,
            FakePrinterLanguage.Tspl => [0x1B, 0x21, 0x3F],
            _ => [0x10, 0x04],
        };
        var length = Language == FakePrinterLanguage.EscPos ? 3 : query.Length;
        for (var i = 0; i < Math.Min(bytes.Count, query.Length); i++)
        {
            if (bytes[i] != query[i])
                return 0;
        }

        return bytes.Count < length ? -1 : length;
    }

    private byte[] Reply(List<byte> query)
    {
        var fault = Fault;
        return Language switch
        {
            FakePrinterLanguage.Zpl => Encoding.ASCII.GetBytes(
                $"\u0002030,{(fault == "paper-out" ? 1 : 0)},0,1245,000,0,0,0,000,0,0,{(fault == "head-error" ? 1 : 0)}\u0003\r\n" +
                $"\u0002001,0,{(fault == "cover-open" ? 1 : 0)},0,1,2,4,0,00000000,1,000\u0003\r\n\u00021234,0\u0003\r\n"),
            FakePrinterLanguage.Tspl => [fault switch { "paper-out" => (byte)0x04, "cover-open" => (byte)0x40, "head-error" => (byte)0x80, _ => (byte)0x00 }],
            _ => [EscPosReply(query[2], fault)],
        };
    }

    /// <summary>DLE EOT replies with the fixed bits (1 and 4) set.</summary>
    public static byte EscPosReply(byte n, string? fault) => (n, fault) switch
    {
        (1, not null) => 0x1A,
        (2, "paper-out") => 0x32,
        (2, "cover-open") => 0x16,
        (2, not null) => 0x52,
        (3, "head-error") => 0x32,
        (4, "paper-out") => 0x72,
        _ => 0x12,
    };

    private static bool EndsWith(List<byte> data, byte[] suffix)
    {
        if (data.Count < suffix.Length)
            return false;
        for (var i = 0; i < suffix.Length; i++)
        {
            if (data[data.Count - suffix.Length + i] != suffix[i])
                return false;
        }

        return true;
    }
}

public enum FakePrinterLanguage
{
    Zpl,
    EscPos,
    Tspl,
}
