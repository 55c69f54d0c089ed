using PackStation.Hardware.Scanners.Evdev;

namespace PackStation.Hardware.Tests.Scanners.Evdev;

/// <summary>Builds input_event byte streams the way a USB keyboard-wedge scanner produces them (MSC_SCAN, KEY, SYN per edge).</summary>
internal sealed class KeyStream
{
    public const ushort LeftShift = 42, LeftCtrl = 29, LeftAlt = 56, Enter = 28, CapsLock = 58, RightBrace = 27;
    private readonly List<byte> _bytes = [];
    private long _micros = 500_000;

    public byte[] Bytes => _bytes.ToArray();

    public KeyStream Event(ushort type, ushort code, int value)
    {
        var record = new byte[InputEvent.Size];
        new InputEvent(1_764_320_000, _micros, type, code, value).Write(record);
        _micros += 1000;
        _bytes.AddRange(record);
        return this;
    }

    public KeyStream Press(ushort code) => Event(InputEvent.EvMsc, 4, 0x70000 + code).Event(InputEvent.EvKey, code, 1).Event(InputEvent.EvSyn, 0, 0);

    public KeyStream Release(ushort code) => Event(InputEvent.EvMsc, 4, 0x70000 + code).Event(InputEvent.EvKey, code, 0).Event(InputEvent.EvSyn, 0, 0);

    public KeyStream Tap(ushort code) => Press(code).Release(code);

    public KeyStream Shifted(ushort code) => Press(LeftShift).Tap(code).Release(LeftShift);

    public KeyStream With(ushort modifier, params ushort[] codes)
    {
        Press(modifier);
        foreach (var code in codes)
            Tap(code);
        return Release(modifier);
    }

    /// <summary>Types US-layout text: digits, lower and upper case letters, CR as Enter.</summary>
    public KeyStream Type(string text)
    {
        foreach (var c in text)
        {
            if (c == '\r')
                Tap(Enter);
            else if (char.IsAsciiDigit(c))
                Tap(c == '0' ? (ushort)11 : (ushort)(c - '1' + 2));
            else if (char.IsAsciiLetterUpper(c))
                Shifted(Letter(char.ToLowerInvariant(c)));
            else if (char.IsAsciiLetterLower(c))
                Tap(Letter(c));
            else if (c == '-')
                Tap(12);
            else
                throw new ArgumentException($"KeyStream cannot type '{c}'");
        }

        return this;
    }

    private static ushort Letter(char c) => (ushort)("qwertyuiop".IndexOf(c, StringComparison.Ordinal) is var top and >= 0 ? 16 + top
        : "asdfghjkl".IndexOf(c, StringComparison.Ordinal) is var home and >= 0 ? 30 + home
        : 44 + "zxcvbnm".IndexOf(c, StringComparison.Ordinal));
}
