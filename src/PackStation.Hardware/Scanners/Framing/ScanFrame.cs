namespace PackStation.Hardware.Scanners.Framing;

/// <summary>The bytes of one scan without the suffix, when the first byte arrived, and a framing error if it is not whole.</summary>
public sealed record ScanFrame(byte[] Bytes, DateTimeOffset ReceivedAt, string? Error = null);
