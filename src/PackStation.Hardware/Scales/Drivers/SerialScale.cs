using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using PackStation.Hardware.Devices;
using PackStation.Hardware.Profiles;
using PackStation.Hardware.Scales.Framing;
using PackStation.Hardware.Transports;

namespace PackStation.Hardware.Scales.Drivers;

/// <summary>
/// A scale on a serial line speaking one <see cref="IScaleProtocol"/>. Polled: sends the poll command every
/// <see cref="ScaleSettings.PollInterval"/> and reads the reply within <see cref="ScaleSettings.ReplyTimeout"/>;
/// continuous: sends the start command (if any) after every (re)connect and reads the stream. Every frame becomes a
/// reading (bad ones as errors); readings pass the capacity check and the software stability window. An unplug
/// yields one error reading, marks health disconnected, and the loop carries on once the port is back.
/// </summary>
public sealed class SerialScale : IScale
{
    private readonly IScaleProtocol _protocol;
    private readonly IDeviceTransport _transport;
    private readonly ScaleSettings _settings;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly bool _ownsTransport;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly ReadingPipeline _pipeline;

    public SerialScale(IScaleProtocol protocol, IDeviceTransport transport, ScaleSettings settings, TimeProvider clock, ILogger logger, bool ownsTransport = true)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(transport);
        ArgumentNullException.ThrowIfNull(settings);
        _protocol = protocol;
        _transport = transport;
        _settings = settings;
        _clock = clock ?? TimeProvider.System;
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _ownsTransport = ownsTransport;
        _pipeline = new ReadingPipeline(settings, softwareZero: protocol.ZeroCommand is null);
        Polled = ScaleProtocols.IsPolled(protocol, settings);
    }

    public string Name => _transport.Name;

    public DeviceHealth Health => _transport.Health;

    public bool Polled { get; }

    public event EventHandler<DeviceHealth>? HealthChanged
    {
        add => _transport.HealthChanged += value;
        remove => _transport.HealthChanged -= value;
    }

    public async IAsyncEnumerable<WeightReading> ReadingsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var framer = new FrameAssembler(_protocol.Shape);
        var frames = new List<RawFrame>();
        var buffer = new byte[256];
        var connected = false;
        var inDialogue = false;
        var nextPoll = _clock.GetUtcNow();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var lost = (string?)null;
            var timedOut = false;
            frames.Clear();
            try
            {
                if (!connected)
                {
                    await _transport.ConnectAsync(cancellationToken);
                    connected = true;
                    _logger.Connected(Name, _protocol.Name, Polled ? "polled" : "continuous");
                    if (!Polled && _protocol.StartContinuousCommand is { } start)
                        await WriteAsync(start, cancellationToken);
                }

                if (Polled && !inDialogue)
                {
                    var wait = nextPoll - _clock.GetUtcNow();
                    if (wait > TimeSpan.Zero)
                        await Task.Delay(wait, _clock, cancellationToken);
                    nextPoll = _clock.GetUtcNow() + _settings.PollInterval;
                    await WriteAsync(_protocol.PollCommand!, cancellationToken);
                }

                timedOut = !await ReadFramesAsync(framer, frames, buffer, cancellationToken);
            }
            catch (DeviceDisconnectedException e)
            {
                lost = e.Message;
            }

            inDialogue = false;
            foreach (var frame in frames)
            {
                var (reading, replied) = await HandleAsync(frame, cancellationToken);
                inDialogue |= replied && reading is null;
                if (reading is not null)
                {
                    inDialogue = false;
                    yield return reading;
                }
            }

            if (lost is not null)
            {
                connected = false;
                frames.Clear();
                framer.Reset(frames);
                _pipeline.Reset();
                _logger.Disconnected(Name, lost);
                yield return WeightReading.Failed("disconnected: " + lost, null, _clock.GetUtcNow());
            }
            else if (timedOut)
            {
                frames.Clear();
                framer.Reset(frames);
                _pipeline.Reset();
                _logger.NoReply(Name, _settings.ReplyTimeout);
                var detail = frames.Count > 0 ? $" ({frames[0].Problem})" : "";
                var silence = Polled ? "no reply from the scale" : "no data from the scale";
                yield return WeightReading.Failed($"{silence} within {_settings.ReplyTimeout.TotalSeconds:0.###} s{detail}",
                    frames.Count > 0 ? frames[0].Text : null, _clock.GetUtcNow());
            }
        }
    }

    public Task ZeroAsync(CancellationToken cancellationToken) =>
        _protocol.ZeroCommand is { } zero ? WriteAsync(zero, cancellationToken) : _pipeline.Zero!.RequestAsync(cancellationToken);

    public Task TareAsync(CancellationToken cancellationToken) =>
        _protocol.TareCommand is { } tare ? WriteAsync(tare, cancellationToken)
            : _pipeline.Zero is { } software ? software.RequestAsync(cancellationToken)
            : Task.FromException(new DeviceException($"The {_protocol.Name} protocol has a zero command but no tare command."));

    public async ValueTask DisposeAsync()
    {
        if (_ownsTransport)
            await _transport.DisposeAsync();
        _writeLock.Dispose();
    }

    /// <summary>Reads until at least one frame (or problem) arrived; false when the reply timeout passed first.</summary>
    private async Task<bool> ReadFramesAsync(FrameAssembler framer, List<RawFrame> frames, byte[] buffer, CancellationToken cancellationToken)
    {
        using var deadline = new CancellationTokenSource(_settings.ReplyTimeout, _clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        while (frames.Count == 0)
        {
            int read;
            try
            {
                read = await _transport.ReadAsync(buffer, linked.Token);
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                return false;
            }

            framer.Push(buffer.AsSpan(0, read), frames);
        }

        return true;
    }

    /// <summary>One frame: its reading (if any) after the pipeline, and whether a dialogue reply was sent (CAS ECR ACK → DC1).</summary>
    private async Task<(WeightReading? Reading, bool Replied)> HandleAsync(RawFrame frame, CancellationToken cancellationToken)
    {
        var at = _clock.GetUtcNow();
        if (frame.IsProblem)
        {
            _logger.BadFrame(Name, frame.Problem!, frame.Text);
            return (_pipeline.Process(WeightReading.Failed(frame.Problem!, frame.Text, at)), false);
        }

        var result = _protocol.Parse(frame.Bytes, at);
        if (result.Reply is { } reply)
        {
            try
            {
                await WriteAsync(reply, cancellationToken);
            }
            catch (DeviceDisconnectedException)
            {
                // The read loop sees the loss on its next read and reports it once.
            }
        }

        var replied = result.Reply is not null;
        if (result.Reading is not { } reading)
            return (null, replied);
        if (reading.Status == WeightStatus.Error)
            _logger.BadFrame(Name, reading.Error ?? "error", reading.Raw);
        return (_pipeline.Process(reading), replied);
    }

    private async Task WriteAsync(byte[] command, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            await _transport.WriteAsync(command, cancellationToken);
        }
        finally
        {
            _writeLock.Release();
        }
    }
}
