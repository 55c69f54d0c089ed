namespace PackStation.Hardware.Printers.EscPos;

/// <summary>
/// Splits the bytes coming back from an ESC/POS printer into status messages by their identification bits
/// (Epson "identification of send status"), never by counting bytes: XON (0x11) and XOFF (0x13) are skipped anywhere;
/// a byte 0xx1xx10 is a DLE EOT reply; 0xx1xx00 starts a 4-byte ASB packet whose other bytes are 0xx0xxxx; a
/// broken ASB packet is dropped and the byte that broke it is classified afresh, so one stray byte cannot misalign
/// what follows.
/// </summary>
public sealed class EscPosStatusDecoder
{
    private const byte Xon = 0x11;
    private const byte Xoff = 0x13;
    private readonly byte[] _asb = new byte[4];
    private int _asbCount;

    /// <summary>Feeds one byte; returns a frame when the byte completes one.</summary>
    public EscPosStatusFrame? Accept(byte value)
    {
        if (value is Xon or Xoff)
            return null;

        if (_asbCount > 0)
        {
            if ((value & 0x90) == 0)
            {
                _asb[_asbCount++] = value;
                if (_asbCount < 4)
                    return null;
                _asbCount = 0;
                return new EscPosStatusFrame(EscPosStatusFrameKind.AutomaticStatus, [.. _asb]);
            }

            _asbCount = 0; // a truncated ASB packet: forget it and look at this byte on its own
        }

        switch (value & 0x93)
        {
            case 0x12:
                return new EscPosStatusFrame(EscPosStatusFrameKind.RealTimeStatus, [value]);
            case 0x10:
                _asb[0] = value;
                _asbCount = 1;
                return null;
            default:
                return (value & 0x90) == 0 ? new EscPosStatusFrame(EscPosStatusFrameKind.Other, [value]) : null;
        }
    }

    /// <summary>Feeds many bytes and returns every frame they complete.</summary>
    public IReadOnlyList<EscPosStatusFrame> AcceptAll(ReadOnlySpan<byte> bytes)
    {
        var frames = new List<EscPosStatusFrame>();
        foreach (var b in bytes)
        {
            if (Accept(b) is { } frame)
                frames.Add(frame);
        }

        return frames;
    }
}
