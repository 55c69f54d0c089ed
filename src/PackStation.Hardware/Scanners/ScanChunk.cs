namespace PackStation.Hardware.Scanners;

/// <summary>What a scanner's read loop hands to its decoder: bytes read at a time, or the news that the device went away.</summary>
internal readonly record struct ScanChunk(byte[] Bytes, DateTimeOffset At, string? Lost, string? Taint = null, bool EndOfScan = false)
{
    public static ScanChunk Disconnected(string reason, DateTimeOffset at) => new([], at, reason);

    public static ScanChunk Damaged(string error, DateTimeOffset at) => new([], at, null, error);

    public static ScanChunk From(ScanPiece piece, DateTimeOffset at) => new(piece.Bytes, at, null, piece.Error, piece.EndOfScan);
}
