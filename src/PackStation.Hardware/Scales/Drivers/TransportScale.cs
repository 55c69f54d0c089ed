using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PackStation.Hardware.Devices;
using PackStation.Hardware.Profiles;
using PackStation.Hardware.Scales.Framing;
using PackStation.Hardware.Transports;

namespace PackStation.Hardware.Scales.Drivers;

/// <summary>
/// A scale on any transport speaking one <see cref="IScaleProtocol"/>. Polled: sends the poll command every
/// <see cref="ScaleSettings.PollInterval"/> and reads the reply within <see cref="ScaleSettings.ReplyTimeout"/>;
/// continuous: sends the start command (if any) after every (re)connect and reads the stream (silence is reported
/// after the reply timeout unless the protocol is quiet while steady, as USB HID scales are). The protocol's framer
/// cuts the bytes into frames; every frame becomes a reading (bad ones as errors); readings pass the capacity check
/// and the software stability window. An unplug yields one error reading, marks health disconnected, and the loop
/// carries on once the device is back.
/// </summary>
public sealed class TransportScale : TransportDevice, IScale
{
    private readonly IScaleProtocol _protocol;
    private readonly ScaleSettings _settings;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly ReadingPipeline _pipeline;
    private readonly TimeSpan _silenceAfter;

    public TransportScale(IDeviceTransport transport, IScaleProtocol protocol, ScaleSettings settings, TimeProvider? clock = null, ILogger? logger = null)
        : base(transport)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(settings);
        _protocol = protocol;
        _settings = settings;
        _clock = clock ?? TimeProvider.System;
        _logger = logger ?? NullLogger.Instance;
        _pipeline = new ReadingPipeline(settings, softwareZero: protocol.ZeroCommand is null);
        Polled = ScaleProtocols.IsPolled(protocol, settings);
        _silenceAfter = Polled || !protocol.QuietWhileSteady ? settings.ReplyTimeout : Timeout.InfiniteTimeSpan;
    }

    public bool Polled { get; }

    public async IAsyncEnumerable<WeightReading> ReadingsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var framer = _protocol.CreateFramer(_settings);
        var frames = new List<RawFrame>();
        var buffer = new byte[4096];
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
                    await Transport.ConnectAsync(cancellationToken);
                    connected = true;
                    _logger.Connected(Name, _protocol.Name, Polled ? "polled" : _protocol.QuietWhileSteady ? "reports" : "continuous");
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

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _writeLock.Dispose();
    }

    /// <summary>Reads until at least one frame (or problem) arrived; false when the reply timeout passed first.</summary>
    private async Task<bool> ReadFramesAsync(IScaleFramer framer, List<RawFrame> frames, byte[] buffer, CancellationToken cancellationToken)
    {
        using var deadline = new CancellationTokenSource(_silenceAfter, _clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        while (frames.Count == 0)
        {
            int read;
            try
            {
                read = await Transport.ReadAsync(buffer, linked.Token);
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
            await Transport.WriteAsync(command, cancellationToken);
        }
        finally
        {
            _writeLock.Release();
        }
    }
}
