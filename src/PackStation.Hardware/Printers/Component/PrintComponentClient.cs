using System.Collections.Concurrent;
using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PackStation.Hardware.Devices;

namespace PackStation.Hardware.Printers.Component;

/// <summary>
/// One WebSocket connection to a print component (<see cref="ClientWebSocket"/>): requests are matched to their
/// replies by <c>requestID</c>, task results (<c>notifyPrintResult</c>) to the waiting task by <c>taskID</c>. A lost
/// connection fails everything in flight with <see cref="DeviceDisconnectedException"/>; the next call connects again
/// (<see cref="Connections"/> counts them, so a caller can tell that a reconnect happened).
/// </summary>
public sealed class PrintComponentClient(Uri endpoint, ILogger? logger = null) : IAsyncDisposable
{
    private readonly ILogger _logger = logger ?? NullLogger.Instance;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonElement>> _replies = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<ComponentTaskStatus>> _results = new(StringComparer.Ordinal);
    private ClientWebSocket? _socket;
    private long _nextRequest;
    private int _connections;
    private string? _lastGarbage;

    public Uri Endpoint { get; } = endpoint ?? throw new ArgumentNullException(nameof(endpoint));

    /// <summary>The endpoint as text, for logs and reasons.</summary>
    public string Name { get; } = endpoint.ToString();

    /// <summary>How many times a connection was opened.</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Why the last message that was not the protocol was refused, for a timeout's reason.</summary>
    public string? LastGarbage => Volatile.Read(ref _lastGarbage);

    public async Task<IReadOnlyList<ComponentPrinterInfo>> GetPrintersAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        ComponentProtocol.Printers(await RequestAsync(ComponentProtocol.GetPrinters, timeout, cancellationToken));

    public async Task<IReadOnlyList<ComponentTaskStatus>> GetTaskStatusAsync(IReadOnlyList<string> taskIds, TimeSpan timeout, CancellationToken cancellationToken) =>
        ComponentProtocol.TaskStatuses(await RequestAsync(id => ComponentProtocol.GetTaskStatus(id, taskIds), timeout, cancellationToken), taskIds);

    /// <summary>
    /// Sends the task and waits for the component to accept it; returns the task that completes with its result.
    /// A refusal (<c>status</c> "failed") throws <see cref="ComponentProtocolException"/> with the component's message.
    /// </summary>
    public async Task<Task<ComponentTaskStatus>> SubmitAsync(string printer, ComponentTask task, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        var result = new TaskCompletionSource<ComponentTaskStatus>(TaskCreationOptions.RunContinuationsAsynchronously);
        _results[task.TaskId] = result;
        try
        {
            await RequestAsync(id => ComponentProtocol.Print(id, printer, task), timeout, cancellationToken);
        }
        catch
        {
            _results.TryRemove(task.TaskId, out _);
            throw;
        }

        _logger.TaskSent(Name, task.TaskId, task.DocumentId, printer);
        return result.Task;
    }

    /// <summary>Stops waiting for a task's result (it timed out, or the caller gave up).</summary>
    public void Forget(string taskId) => _results.TryRemove(taskId, out _);

    private async Task<JsonElement> RequestAsync(Func<string, string> build, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var socket = await ConnectAsync(cancellationToken);
        var requestId = "ps" + Interlocked.Increment(ref _nextRequest).ToString(CultureInfo.InvariantCulture);
        var reply = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _replies[requestId] = reply;
        try
        {
            await _gate.WaitAsync(cancellationToken);
            try
            {
                await socket.SendAsync(ComponentProtocol.Bytes(build(requestId)), WebSocketMessageType.Text, true, cancellationToken);
            }
            catch (Exception e) when (e is WebSocketException or IOException or ObjectDisposedException)
            {
                throw new DeviceDisconnectedException($"the print component at {Endpoint} closed the connection", e);
            }
            finally
            {
                _gate.Release();
            }

            return await reply.Task.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException e)
        {
            var garbage = LastGarbage is { } g ? $" (it sent a message that is not its protocol: {g})" : "";
            throw new ComponentProtocolException($"the print component at {Endpoint} did not answer within {timeout.TotalSeconds:0} s{garbage}", e);
        }
        finally
        {
            _replies.TryRemove(requestId, out _);
        }
    }

    private async Task<ClientWebSocket> ConnectAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_socket is { State: WebSocketState.Open } open)
                return open;
            _socket?.Dispose();
            var socket = new ClientWebSocket();
            try
            {
                using var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                connectTimeout.CancelAfter(TimeSpan.FromSeconds(10));
                await socket.ConnectAsync(Endpoint, connectTimeout.Token);
            }
            catch (Exception e) when (e is WebSocketException or HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
            {
                socket.Dispose();
                throw new DeviceDisconnectedException($"the print component is not running at {Endpoint} (start it on the bench PC)", e);
            }

            _socket = socket;
            Interlocked.Increment(ref _connections);
            _logger.Connected(Name);
            _ = Task.Run(() => ReceiveLoopAsync(socket), CancellationToken.None);
            return socket;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task ReceiveLoopAsync(ClientWebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        var reason = "closed";
        try
        {
            using var message = new MemoryStream();
            while (socket.State == WebSocketState.Open)
            {
                var part = await socket.ReceiveAsync(buffer, CancellationToken.None);
                if (part.MessageType == WebSocketMessageType.Close)
                    break;
                message.Write(buffer, 0, part.Count);
                if (message.Length > 4 * 1024 * 1024)
                    throw new ComponentProtocolException("the component sent a message larger than 4 MB");
                if (!part.EndOfMessage)
                    continue;
                Dispatch(message.ToArray());
                message.SetLength(0);
            }
        }
        catch (Exception e) when (e is WebSocketException or IOException or ObjectDisposedException or ComponentProtocolException)
        {
            reason = e.Message;
        }

        _logger.Disconnected(Name, reason);
        var lost = new DeviceDisconnectedException($"the print component at {Endpoint} closed the connection ({reason})");
        foreach (var (_, waiting) in _replies)
            waiting.TrySetException(lost);
        foreach (var (id, waiting) in _results)
        {
            if (_results.TryRemove(id, out _))
                waiting.TrySetException(lost);
        }
    }

    private void Dispatch(byte[] utf8)
    {
        ComponentMessage message;
        try
        {
            message = ComponentProtocol.Parse(utf8);
        }
        catch (ComponentProtocolException e)
        {
            Volatile.Write(ref _lastGarbage, e.Message);
            _logger.Garbage(Name, e.Message);
            return;
        }

        switch (message)
        {
            case ComponentMessage.Reply reply when _replies.TryGetValue(reply.RequestId, out var waiting):
                if (reply.Success)
                    waiting.TrySetResult(reply.Root);
                else
                    waiting.TrySetException(new ComponentProtocolException($"the print component refused {reply.Cmd}: {reply.Message ?? "no reason given"}"));
                break;
            case ComponentMessage.Result result when _results.TryRemove(result.Status.TaskId, out var task):
                _logger.TaskState(Name, result.Status.TaskId, result.Status.State, result.Status.Message);
                task.TrySetResult(result.Status);
                break;
            case ComponentMessage.Result result:
                _logger.UnknownTask(Name, result.Status.TaskId);
                break;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket is { } socket)
        {
            try
            {
                if (socket.State == WebSocketState.Open)
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
            }
            catch (Exception e) when (e is WebSocketException or IOException or ObjectDisposedException)
            {
                // Already gone.
            }

            socket.Dispose();
        }

        _gate.Dispose();
    }
}
