using System.Buffers.Binary;

namespace PackStation.Hardware.Scanners.Evdev;

/// <summary>
/// Linux <c>struct input_event</c> on 64-bit: tv_sec (int64), tv_usec (int64), type (u16), code (u16), value (s32),
/// little-endian, 24 bytes (docs/protocols.md "Barcode scanners").
/// </summary>
public readonly record struct InputEvent(long Seconds, long Microseconds, ushort Type, ushort Code, int Value)
{
    public const int Size = 24;
    public const ushort EvSyn = 0x00;
    public const ushort EvKey = 0x01;
    public const ushort EvMsc = 0x04;
    public const ushort SynReport = 0;
    public const ushort SynDropped = 3;

    public static InputEvent Read(ReadOnlySpan<byte> record) => new(
        BinaryPrimitives.ReadInt64LittleEndian(record),
        BinaryPrimitives.ReadInt64LittleEndian(record[8..]),
        BinaryPrimitives.ReadUInt16LittleEndian(record[16..]),
        BinaryPrimitives.ReadUInt16LittleEndian(record[18..]),
        BinaryPrimitives.ReadInt32LittleEndian(record[20..]));

    public void Write(Span<byte> record)
    {
        BinaryPrimitives.WriteInt64LittleEndian(record, Seconds);
        BinaryPrimitives.WriteInt64LittleEndian(record[8..], Microseconds);
        BinaryPrimitives.WriteUInt16LittleEndian(record[16..], Type);
        BinaryPrimitives.WriteUInt16LittleEndian(record[18..], Code);
        BinaryPrimitives.WriteInt32LittleEndian(record[20..], Value);
    }
}
