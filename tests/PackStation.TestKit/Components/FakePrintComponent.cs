using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace PackStation.TestKit.Components;

/// <summary>
/// A platform print component (Cainiao CNPrintClient and its Pinduoduo/Douyin twins) on 127.0.0.1, a free port,
/// over real WebSockets with the real message shapes: <c>getPrinters</c>, <c>print</c> (one document; the first
/// content must be the platform's encrypted standard area, the printer must exist), an asynchronous
/// <c>notifyPrintResult</c> (or <c>PrintResultNotify</c>), <c>getTaskStatus</c>, and the faults a site meets: a
/// failing task, one never reported, a restart mid-task, garbage answers and a result for a task nobody sent.
/// </summary>
public sealed partial class FakePrintComponent : IAsyncDisposable
{
    private readonly Lock _sync = new();
    private readonly Dictionary<string, FakeComponentTask> _tasks = new(StringComparer.Ordinal);
    private readonly Queue<FakeComponentMode> _modes = new();
    private readonly List<WebSocket> _sockets = [];
    private TcpListener? _listener;
    private CancellationTokenSource _life = new();

    public FakePrintComponent(string resultCommand = "notifyPrintResult") => ResultCommand = resultCommand;

    public string ResultCommand { get; }

    public int Port { get; private set; }

    /// <summary>host:port, as a printer binding's Host names it.</summary>
    public string HostPort => $"127.0.0.1:{Port}";

    public List<string> Printers { get; } = ["菜鸟打印机 KM-118", "Microsoft Print to PDF"];

    /// <summary>How long "printing" takes before the result is reported.</summary>
    public TimeSpan PrintTime { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Answer every request with bytes that are not JSON.</summary>
    public bool AnswerGarbage { get; set; }

    public int Restarts { get; private set; }

    public int Connections { get; private set; }

    /// <summary>Labels that came out of the printer, in order (a reprint appears twice).</summary>
    public List<FakeComponentTask> PrintedLabels { get; } = [];

    /// <summary>Every message received, as text (tests check shapes; they must not be logged by PackStation).</summary>
    public List<string> Received { get; } = [];

    public void Next(params FakeComponentMode[] modes)
    {
        lock (_sync)
        {
            foreach (var mode in modes)
                _modes.Enqueue(mode);
        }
    }

    public FakeComponentTask? Task(string taskId)
    {
        lock (_sync)
            return _tasks.GetValueOrDefault(taskId);
    }

    public Task StartAsync() => ListenAsync(0);

    /// <summary>Stops (every connection drops), stays away for <paramref name="downtime"/>, and listens again on the same port.</summary>
    public async Task RestartAsync(TimeSpan downtime)
    {
        Restarts++;
        await StopAsync();
        await System.Threading.Tasks.Task.Delay(downtime);
        await ListenAsync(Port);
    }

    /// <summary>Sends a result notification for a task id nobody sent.</summary>
    public Task NotifyUnknownTaskAsync() => BroadcastAsync(Notification("no-such-task-42", "printed", "DOC-X", null));

    public async Task StopAsync()
    {
        await _life.CancelAsync();
        _listener?.Stop();
        List<WebSocket> open;
        lock (_sync)
        {
            open = [.. _sockets];
            _sockets.Clear();
        }

        foreach (var socket in open)
            socket.Abort();
    }

    private Task ListenAsync(int port)
    {
        _life = new CancellationTokenSource();
        _listener = new TcpListener(IPAddress.Loopback, port);
        _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        var listener = _listener;
        var life = _life.Token;
        _ = System.Threading.Tasks.Task.Run(() => AcceptLoopAsync(listener, life), CancellationToken.None);
        return System.Threading.Tasks.Task.CompletedTask;
    }

    private async Task AcceptLoopAsync(TcpListener listener, CancellationToken life)
    {
        while (!life.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(life);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = System.Threading.Tasks.Task.Run(() => ServeAsync(client, life), CancellationToken.None);
        }
    }

    private async Task ServeAsync(TcpClient client, CancellationToken life)
    {
        using (client)
        {
            var stream = client.GetStream();
            try
            {
                if (!await WebSocketHandshake.AcceptAsync(stream, life))
                    return;
            }
            catch (Exception e) when (e is IOException or OperationCanceledException)
            {
                return;
            }

            using var socket = WebSocket.CreateFromStream(stream, new WebSocketCreationOptions { IsServer = true });
            lock (_sync)
            {
                _sockets.Add(socket);
                Connections++;
            }

            await ReadLoopAsync(socket, life);
        }
    }

    private async Task ReadLoopAsync(WebSocket socket, CancellationToken life)
    {
        var buffer = new byte[256 * 1024];
        try
        {
            while (socket.State == WebSocketState.Open && !life.IsCancellationRequested)
            {
                var count = 0;
                ValueWebSocketReceiveResult part;
                do
                {
                    part = await socket.ReceiveAsync(buffer.AsMemory(count), life);
                    count += part.Count;
                }
                while (!part.EndOfMessage && part.MessageType != WebSocketMessageType.Close);
                if (part.MessageType == WebSocketMessageType.Close)
                    return;
                var text = Encoding.UTF8.GetString(buffer, 0, count);
                lock (_sync)
                    Received.Add(text);
                await HandleAsync(socket, text, life);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
            // The client went away or the component is restarting.
        }
    }

    private static async Task SendAsync(WebSocket socket, string text)
    {
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        catch (Exception e) when (e is WebSocketException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            // Gone: a real component's notification is lost the same way.
        }
    }

    private async Task BroadcastAsync(string text)
    {
        List<WebSocket> open;
        lock (_sync)
            open = [.. _sockets.Where(s => s.State == WebSocketState.Open)];
        foreach (var socket in open)
            await SendAsync(socket, text);
    }

    private string Notification(string taskId, string taskStatus, string documentId, string? message) => new JsonObject
    {
        ["cmd"] = ResultCommand,
        ["printer"] = Printers[0],
        ["taskID"] = taskId,
        ["taskStatus"] = taskStatus,
        ["printStatus"] = new JsonArray(new JsonObject
        {
            ["documentID"] = documentId,
            ["status"] = taskStatus == "printed" ? "success" : "failed",
            ["msg"] = message ?? "",
            ["detail"] = "",
        }),
    }.ToJsonString();

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _life.Dispose();
    }
}
