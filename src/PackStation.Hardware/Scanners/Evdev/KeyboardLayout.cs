using System.Globalization;

namespace PackStation.Hardware.Scanners.Evdev;

/// <summary>
/// Linux key codes (KEY_*) to the text a keyboard-wedge scanner means, unshifted and shifted. The US layout is built
/// in (what scanners type by default, whatever the PC's own layout); other layouts override keys from the profile's
/// <c>keyMap</c>.
/// </summary>
public sealed class KeyboardLayout
{
    private readonly Dictionary<int, (string Plain, string Shifted)> _keys;

    private KeyboardLayout(Dictionary<int, (string, string)> keys) => _keys = keys;

    public static KeyboardLayout Us { get; } = new(UsKeys());

    /// <summary>The US layout with <paramref name="keyMap"/> (key code → [unshifted, shifted]) laid over it.</summary>
    public static KeyboardLayout From(string layout, IReadOnlyDictionary<string, string[]>? keyMap)
    {
        ArgumentNullException.ThrowIfNull(layout);
        if (keyMap is null or { Count: 0 })
        {
            return string.Equals(layout, "us", StringComparison.OrdinalIgnoreCase)
                ? Us
                : throw new ArgumentException($"keyboardLayout \"{layout}\" is not built in: give the profile a keyMap for it.", nameof(layout));
        }

        var keys = UsKeys();
        foreach (var (code, texts) in keyMap)
        {
            if (!int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || texts is not { Length: 2 })
                throw new ArgumentException($"keyMap entry \"{code}\" must be a key code with [unshifted, shifted].", nameof(keyMap));
            keys[number] = (texts[0], texts[1]);
        }

        return new KeyboardLayout(keys);
    }

    public bool TryGet(int code, bool shifted, out string text)
    {
        if (_keys.TryGetValue(code, out var texts))
        {
            text = shifted ? texts.Shifted : texts.Plain;
            return true;
        }

        text = "";
        return false;
    }

    private static Dictionary<int, (string, string)> UsKeys()
    {
        var keys = new Dictionary<int, (string, string)>();
        AddRow(keys, 2, "1234567890-=", "!@#$%^&*()_+");
        AddRow(keys, 16, "qwertyuiop[]", "QWERTYUIOP{}");
        AddRow(keys, 30, "asdfghjkl;'`", "ASDFGHJKL:\"~");
        AddRow(keys, 43, "\\zxcvbnm,./", "|ZXCVBNM<>?");
        keys[57] = (" ", " ");
        keys[55] = ("*", "*");   // KEY_KPASTERISK
        keys[74] = ("-", "-");   // KEY_KPMINUS
        keys[78] = ("+", "+");   // KEY_KPPLUS
        keys[98] = ("/", "/");   // KEY_KPSLASH
        keys[83] = (".", ".");   // KEY_KPDOT
        AddRow(keys, 71, "789", "789");
        AddRow(keys, 75, "456", "456");
        AddRow(keys, 79, "1230", "1230");
        return keys;
    }

    private static void AddRow(Dictionary<int, (string, string)> keys, int firstCode, string plain, string shifted)
    {
        for (var i = 0; i < plain.Length; i++)
            keys[firstCode + i] = (plain[i].ToString(), shifted[i].ToString());
    }
}
