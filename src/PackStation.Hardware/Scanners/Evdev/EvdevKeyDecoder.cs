using System.Globalization;
using System.Text;

namespace PackStation.Hardware.Scanners.Evdev;

/// <summary>
/// Turns raw <c>input_event</c> bytes from a keyboard-wedge scanner into text. Tracks Shift, Ctrl, Alt and Caps Lock
/// from presses and releases; Ctrl+letter gives 0x01–0x1A and Ctrl+] gives GS (0x1D, FNC1); Alt+keypad digits give
/// the character with that code (Alt+029 → GS); Enter and Tab give CR and TAB for the framer. Autorepeat events are
/// ignored (the press already typed the character), unknown keys and SYN_DROPPED damage the current scan, and a
/// partial record waits for the rest. Pure and single-threaded.
/// </summary>
public sealed class EvdevKeyDecoder(KeyboardLayout layout) : IScanRecordDecoder
{
    private const int KeyLeftShift = 42, KeyRightShift = 54, KeyLeftCtrl = 29, KeyRightCtrl = 97;
    private const int KeyLeftAlt = 56, KeyRightAlt = 100, KeyCapsLock = 58, KeyNumLock = 69;
    private const int KeyEnter = 28, KeyKpEnter = 96, KeyTab = 15;

    private static readonly Dictionary<int, char> ControlKeys = new()
    {
        [26] = '\u001B', // Ctrl+[
        [43] = '\u001C', // Ctrl+\
        [27] = '\u001D', // Ctrl+] = GS
        [7] = '\u001E',  // Ctrl+^ (6)
        [12] = '\u001F', // Ctrl+_ (-)
    };

    private static readonly Dictionary<int, int> KeypadDigits = new()
    {
        [82] = 0, [79] = 1, [80] = 2, [81] = 3, [75] = 4, [76] = 5, [77] = 6, [71] = 7, [72] = 8, [73] = 9,
    };

    private readonly byte[] _partial = new byte[InputEvent.Size];
    private readonly StringBuilder _text = new();
    private int _partialLength;
    private bool _leftShift, _rightShift, _leftCtrl, _rightCtrl, _alt, _capsLock, _dropping;
    private int? _altCode;

    /// <summary>Decodes the records in <paramref name="data"/> (plus any partial record left from before) into <paramref name="output"/>.</summary>
    public void Decode(ReadOnlySpan<byte> data, List<ScanPiece> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (_partialLength > 0)
        {
            var needed = Math.Min(InputEvent.Size - _partialLength, data.Length);
            data[..needed].CopyTo(_partial.AsSpan(_partialLength));
            _partialLength += needed;
            data = data[needed..];
            if (_partialLength < InputEvent.Size)
                return;
            Handle(InputEvent.Read(_partial), output);
            _partialLength = 0;
        }

        while (data.Length >= InputEvent.Size)
        {
            Handle(InputEvent.Read(data[..InputEvent.Size]), output);
            data = data[InputEvent.Size..];
        }

        if (data.Length > 0)
        {
            data.CopyTo(_partial);
            _partialLength = data.Length;
        }

        FlushText(output);
    }

    private void Handle(InputEvent e, List<ScanPiece> output)
    {
        if (e.Type == InputEvent.EvSyn)
        {
            if (e.Code == InputEvent.SynDropped)
            {
                FlushText(output);
                output.Add(ScanPiece.Damage("the kernel dropped input events (SYN_DROPPED); keys of this scan are missing"));
                _dropping = true;
                _leftShift = _rightShift = _leftCtrl = _rightCtrl = _alt = false;
                _altCode = null;
            }
            else if (e.Code == InputEvent.SynReport)
            {
                _dropping = false;
            }

            return;
        }

        if (e.Type != InputEvent.EvKey || _dropping || e.Value == 2)
            return;
        var pressed = e.Value == 1;
        switch (e.Code)
        {
            case KeyLeftShift: _leftShift = pressed; return;
            case KeyRightShift: _rightShift = pressed; return;
            case KeyLeftCtrl: _leftCtrl = pressed; return;
            case KeyRightCtrl: _rightCtrl = pressed; return;
            case KeyLeftAlt or KeyRightAlt:
                _alt = pressed;
                if (pressed)
                {
                    _altCode = null;
                }
                else if (_altCode is { } code)
                {
                    _text.Append(char.ConvertFromUtf32(code is >= 0xD800 and <= 0xDFFF ? 0xFFFD : code));
                    _altCode = null;
                }

                return;
            case KeyCapsLock: if (pressed) _capsLock = !_capsLock; return;
            case KeyNumLock: return;
        }

        if (!pressed)
            return;
        Press(e.Code, output);
    }

    private void Press(int code, List<ScanPiece> output)
    {
        if (_alt && KeypadDigits.TryGetValue(code, out var digit))
        {
            _altCode = Math.Min(((_altCode ?? 0) * 10) + digit, 0x10FFFF);
            return;
        }

        if (code is KeyEnter or KeyKpEnter)
        {
            _text.Append('\r');
            return;
        }

        if (code == KeyTab)
        {
            _text.Append('\t');
            return;
        }

        var shift = _leftShift || _rightShift;
        var ctrl = _leftCtrl || _rightCtrl;
        if (ctrl)
        {
            if (ControlKeys.TryGetValue(code, out var control))
            {
                _text.Append(control);
                return;
            }

            if (layout.TryGet(code, false, out var letter) && letter.Length == 1 && char.IsAsciiLetterLower(letter[0]))
            {
                _text.Append((char)(letter[0] - 'a' + 1));
                return;
            }
        }

        if (!layout.TryGet(code, shift, out var text))
        {
            FlushText(output);
            output.Add(ScanPiece.Damage(string.Create(CultureInfo.InvariantCulture, $"unknown key code {code}")));
            return;
        }

        if (_capsLock && text.Length == 1 && char.IsAsciiLetter(text[0]))
            text = shift ? text.ToLowerInvariant() : text.ToUpperInvariant();
        _text.Append(text);
    }

    private void FlushText(List<ScanPiece> output)
    {
        if (_text.Length == 0)
            return;
        output.Add(new ScanPiece(Encoding.UTF8.GetBytes(_text.ToString())));
        _text.Clear();
    }
}
