namespace PackStation.Hardware.Scanners.Framing;

/// <summary>
/// Cuts a byte stream into scans at the configured suffix. A frame that grows past <see cref="MaxFrameLength"/>
/// without a suffix is reported once as an error (with its first bytes) and the rest up to the next suffix is
/// skipped; a half frame left when the device disconnects or goes quiet is reported by <see cref="Flush"/>. Pure and
/// single-threaded: time comes in with the bytes.
/// </summary>
public sealed class ScanFramer(ScanSuffix suffix, TimeSpan interCharacterTimeout, int maxFrameLength = ScanFramer.DefaultMaxFrameLength)
{
    public const int DefaultMaxFrameLength = 4096;

    private readonly byte[] _buffer = new byte[maxFrameLength];
    private int _length;
    private bool _skipping;
    private bool _swallowLf;
    private string? _taint;
    private DateTimeOffset _startedAt;
    private DateTimeOffset _lastByteAt;

    public int MaxFrameLength => maxFrameLength;

    /// <summary>True when bytes of an unfinished scan are held.</summary>
    public bool HasPending => _length > 0 || _taint is not null;

    /// <summary>When the last byte of the unfinished scan arrived.</summary>
    public DateTimeOffset LastByteAt => _lastByteAt;

    /// <summary>Adds bytes read at <paramref name="now"/>; finished frames are appended to <paramref name="output"/>.</summary>
    public void Push(ReadOnlySpan<byte> data, DateTimeOffset now, List<ScanFrame> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (suffix == ScanSuffix.None && HasPending && now - _lastByteAt > interCharacterTimeout)
            Emit(output, null);

        foreach (var b in data)
        {
            if (_swallowLf)
            {
                _swallowLf = false;
                if (b == (byte)'\n')
                    continue;
            }

            if (IsSuffix(b))
            {
                _swallowLf = b == (byte)'\r';
                if (_skipping)
                    _skipping = false;
                else if (HasPending)
                    Emit(output, null);
                continue;
            }

            if (_skipping)
                continue;
            if (_length == 0)
                _startedAt = now;
            if (_length == _buffer.Length)
            {
                Emit(output, $"no suffix after {_buffer.Length} bytes; the rest up to the next suffix is skipped");
                _skipping = suffix != ScanSuffix.None;
                if (_skipping)
                    continue;
                _startedAt = now;
            }

            _buffer[_length++] = b;
            _lastByteAt = now;
        }
    }

    /// <summary>Marks the unfinished scan as damaged (an unknown key, dropped input events); it is delivered with the error.</summary>
    public void Taint(string error, DateTimeOffset now)
    {
        if (_skipping)
            return;
        if (!HasPending)
            _startedAt = now;
        _taint ??= error;
        _lastByteAt = now;
    }

    /// <summary>
    /// Ends the unfinished scan, if any: a normal end for suffix-less scanners after the inter-character pause
    /// (<paramref name="reason"/> null and suffix None), otherwise an incomplete frame reported with the reason.
    /// </summary>
    public void Flush(string? reason, List<ScanFrame> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _skipping = false;
        _swallowLf = false;
        if (!HasPending)
            return;
        Emit(output, reason ?? (suffix == ScanSuffix.None ? null : "incomplete scan: no suffix arrived"));
    }

    /// <summary>Ends the unfinished scan as a whole one (the device said so); a taint still makes it an error.</summary>
    public void End(List<ScanFrame> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _skipping = false;
        _swallowLf = false;
        if (HasPending)
            Emit(output, null);
    }

    private bool IsSuffix(byte b) => suffix switch
    {
        ScanSuffix.CR or ScanSuffix.LF or ScanSuffix.CRLF => b is (byte)'\r' or (byte)'\n',
        ScanSuffix.TAB => b == (byte)'\t',
        _ => false,
    };

    private void Emit(List<ScanFrame> output, string? error)
    {
        output.Add(new ScanFrame(_buffer.AsSpan(0, _length).ToArray(), _startedAt, _taint ?? error));
        _length = 0;
        _taint = null;
    }
}
