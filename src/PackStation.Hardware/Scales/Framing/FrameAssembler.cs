namespace PackStation.Hardware.Scales.Framing;

/// <summary>
/// An explicit framing state machine for delimited scale frames. States: <c>Hunting</c> for the start byte (bytes
/// seen there are noise, reported once before the next frame), <c>Collecting</c> a frame until the end sequence,
/// <c>Discarding</c> an overlong frame until its end. Single-byte replies (ACK, NAK) are frames of their own when
/// hunting. Never throws on any input; a frame is emitted only when its end sequence was seen.
/// </summary>
public sealed class FrameAssembler : IScaleFramer
{
    private readonly FrameShape _shape;
    private readonly List<byte> _frame = [];
    private int _noise;
    private State _state;

    public FrameAssembler(FrameShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        _shape = shape;
        _state = shape.Start is null ? State.Collecting : State.Hunting;
    }

    private enum State
    {
        Hunting,
        Collecting,
        Discarding,
    }

    /// <summary>Feeds received bytes; completed frames and framing problems are added to <paramref name="output"/> in order.</summary>
    public void Push(ReadOnlySpan<byte> data, List<RawFrame> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach (var b in data)
            Push(b, output);
    }

    /// <summary>Forgets a half-received frame (after a reconnect or a poll timeout) and reports it as a problem.</summary>
    public void Reset(List<RawFrame> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        FlushNoise(output);
        if (_frame.Count > 0 && _state == State.Collecting)
            output.Add(new RawFrame([.. _frame], $"incomplete frame of {_frame.Count} bytes"));
        _frame.Clear();
        _state = _shape.Start is null ? State.Collecting : State.Hunting;
    }

    private void Push(byte b, List<RawFrame> output)
    {
        switch (_state)
        {
            case State.Hunting:
                if (b == _shape.Start)
                {
                    FlushNoise(output);
                    _frame.Add(b);
                    _state = State.Collecting;
                }
                else if (_shape.SingleByteFrames.Contains(b))
                {
                    FlushNoise(output);
                    output.Add(new RawFrame([b]));
                }
                else
                {
                    _noise++;
                }

                break;

            case State.Collecting:
                if (_shape.Start is { } start && b == start && _shape.RestartOnStart && _frame.Count > 0)
                {
                    output.Add(new RawFrame([.. _frame], $"frame cut short after {_frame.Count} bytes"));
                    _frame.Clear();
                }

                if (_shape.Start is null && _frame.Count == 0 && _shape.SingleByteFrames.Contains(b))
                {
                    output.Add(new RawFrame([b]));
                    break;
                }

                _frame.Add(b);
                if (EndsWithEnd())
                {
                    output.Add(new RawFrame([.. _frame]));
                    _frame.Clear();
                    _state = _shape.Start is null ? State.Collecting : State.Hunting;
                }
                else if (_frame.Count >= _shape.MaxLength)
                {
                    output.Add(new RawFrame([.. _frame], $"frame longer than {_shape.MaxLength} bytes"));
                    _frame.Clear();
                    _state = State.Discarding;
                }

                break;

            case State.Discarding:
                if (_shape.Start is { } restart && b == restart && _shape.RestartOnStart)
                {
                    _frame.Clear();
                    _frame.Add(b);
                    _state = State.Collecting;
                    break;
                }

                _frame.Add(b);
                if (_frame.Count > _shape.End.Length)
                    _frame.RemoveAt(0);
                if (_frame.SequenceEqual(_shape.End))
                {
                    _frame.Clear();
                    _state = _shape.Start is null ? State.Collecting : State.Hunting;
                }

                break;
        }
    }

    private bool EndsWithEnd()
    {
        var end = _shape.End;
        if (_frame.Count < end.Length || _frame.Count < (_shape.Start is null ? 1 : 2))
            return false;
        for (var i = 0; i < end.Length; i++)
        {
            if (_frame[_frame.Count - end.Length + i] != end[i])
                return false;
        }

        return true;
    }

    private void FlushNoise(List<RawFrame> output)
    {
        if (_noise == 0)
            return;
        output.Add(new RawFrame([], $"{_noise} bytes of noise between frames discarded"));
        _noise = 0;
    }
}
