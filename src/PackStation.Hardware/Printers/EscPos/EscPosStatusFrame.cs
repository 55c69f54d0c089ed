namespace PackStation.Hardware.Printers.EscPos;

public enum EscPosStatusFrameKind
{
    /// <summary>A one-byte reply to DLE EOT n (bit pattern 0xx1xx10).</summary>
    RealTimeStatus,

    /// <summary>A four-byte automatic status back packet (first byte 0xx1xx00, then three bytes 0xx0xxxx).</summary>
    AutomaticStatus,

    /// <summary>A reply byte with bit 4 clear outside an ASB packet: GS r / GS I replies.</summary>
    Other,
}

/// <summary>One status message recognised in the bytes a printer sends back.</summary>
public sealed record EscPosStatusFrame(EscPosStatusFrameKind Kind, byte[] Bytes);
