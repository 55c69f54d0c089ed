namespace PackStation.Hardware.Printers.EscPos;

/// <summary>Text and text styles.</summary>
public sealed partial class EscPosBuilder
{
    /// <summary>
    /// Appends untrusted text to the current line: control characters are removed (line breaks become spaces) and
    /// the text is encoded for the current <see cref="TextMode"/>; unmappable characters print as '?'.
    /// </summary>
    public EscPosBuilder Text(string? text)
    {
        var clean = PrinterTextSanitizer.Sanitize(text);
        if (clean.Length == 0)
            return this;
        if (TextMode.CodePage is { } codePage)
        {
            if (_chineseMode != false)
            {
                Write(Fs, (byte)'.');
                _chineseMode = false;
            }

            if (_codeTable != codePage.TableNumber)
            {
                Write(Esc, (byte)'t', CheckByte(codePage.TableNumber, 0, 255, nameof(codePage.TableNumber)));
                _codeTable = codePage.TableNumber;
            }

            Write(PrinterEncodings.Get(codePage.CodePage).GetBytes(clean));
        }
        else
        {
            if (_chineseMode != true)
            {
                Write(Fs, (byte)'&');
                _chineseMode = true;
            }

            Write(PrinterEncodings.EncodeGbk(clean));
        }

        return this;
    }

    /// <summary>The text, then LF.</summary>
    public EscPosBuilder Line(string? text) => Text(text).NewLine();

    /// <summary>ESC E n.</summary>
    public EscPosBuilder Bold(bool on)
    {
        Write(Esc, (byte)'E', on ? (byte)1 : (byte)0);
        return this;
    }

    /// <summary>ESC - n: 0 off, 1 one dot, 2 two dots.</summary>
    public EscPosBuilder Underline(int thickness)
    {
        Write(Esc, (byte)'-', CheckByte(thickness, 0, 2, nameof(thickness)));
        return this;
    }

    /// <summary>GS ! n: character width and height multipliers 1..8.</summary>
    public EscPosBuilder Size(int width, int height)
    {
        var w = CheckByte(width, 1, 8, nameof(width));
        var h = CheckByte(height, 1, 8, nameof(height));
        Write(Gs, (byte)'!', (byte)(((w - 1) << 4) | (h - 1)));
        return this;
    }

    /// <summary>FS ! n: Chinese character size on firmwares where GS ! does not reach Hanzi (bit 2 double width, bit 3 double height).</summary>
    public EscPosBuilder ChineseSize(bool doubleWidth, bool doubleHeight)
    {
        Write(Fs, (byte)'!', (byte)((doubleWidth ? 0x04 : 0) | (doubleHeight ? 0x08 : 0)));
        return this;
    }

    /// <summary>ESC M n: 0 font A, 1 font B.</summary>
    public EscPosBuilder Font(int font)
    {
        Write(Esc, (byte)'M', CheckByte(font, 0, 1, nameof(font)));
        return this;
    }

    /// <summary>ESC a n.</summary>
    public EscPosBuilder Align(EscPosAlignment alignment)
    {
        Write(Esc, (byte)'a', CheckByte((int)alignment, 0, 2, nameof(alignment)));
        return this;
    }

    /// <summary>GS B n: white on black.</summary>
    public EscPosBuilder Reverse(bool on)
    {
        Write(Gs, (byte)'B', on ? (byte)1 : (byte)0);
        return this;
    }
}
