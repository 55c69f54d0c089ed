namespace PackStation.Hardware.Printers.EscPos;

/// <summary>Native 1D and 2D symbols: GS k (Code 128, EAN-13) and GS ( k (QR, PDF417).</summary>
public sealed partial class EscPosBuilder
{
    private const int QuietZoneModules = 10;

    /// <summary>
    /// GS k 73: Code 128 with automatic code-set switching (C for digit runs). With <paramref name="gs1"/> the symbol
    /// starts with FNC1 and the ASCII group separator in the data marks the FNC1 after a variable-length element.
    /// Throws when the data is not printable ASCII, too long, or the symbol is wider than the paper.
    /// </summary>
    public EscPosBuilder Code128(string data, EscPosBarcodeOptions? options = null, bool gs1 = false)
    {
        options ??= EscPosBarcodeOptions.Default;
        options.Validate();
        var (bytes, symbols) = EscPosCode128Encoder.Encode(data, gs1);
        var modules = (11 * symbols) + 35 + (2 * QuietZoneModules);
        CheckWidth("Code 128", modules * options.ModuleWidthDots);
        WriteBarcodeSettings(options);
        Write(Gs, (byte)'k', 73, (byte)bytes.Length);
        Write(bytes);
        return this;
    }

    /// <summary>GS k 67: EAN-13 from 12 digits, or 13 digits whose check digit is right (sent as 12; the printer adds it).</summary>
    public EscPosBuilder Ean13(string digits, EscPosBarcodeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(digits);
        options ??= EscPosBarcodeOptions.Default;
        options.Validate();
        if (digits.Length is not (12 or 13) || !digits.All(char.IsAsciiDigit))
            throw new ArgumentException($"EAN-13 needs 12 or 13 digits, not \"{PrinterTextSanitizer.Sanitize(digits)}\".", nameof(digits));
        var body = digits[..12];
        if (digits.Length == 13 && digits[12] - '0' != Gs1CheckDigit(body))
            throw new ArgumentException($"EAN-13 {digits} has a wrong check digit (expected {Gs1CheckDigit(body)}).", nameof(digits));
        CheckWidth("EAN-13", (95 + 18) * options.ModuleWidthDots);
        WriteBarcodeSettings(options);
        Write(Gs, (byte)'k', 67, 12);
        foreach (var c in body)
            Write((byte)c);
        return this;
    }

    /// <summary>GS ( k, cn 49: QR model 2 with module size 1..16 dots; the payload is sent as UTF-8 bytes (at most 7089).</summary>
    public EscPosBuilder Qr(string data, int moduleSize = 4, EscPosQrErrorLevel level = EscPosQrErrorLevel.M)
    {
        ArgumentNullException.ThrowIfNull(data);
        var payload = System.Text.Encoding.UTF8.GetBytes(data);
        if (payload.Length is 0 or > 7089)
            throw new ArgumentException($"QR data must be 1..7089 bytes, not {payload.Length}.", nameof(data));
        var size = CheckByte(moduleSize, 1, 16, nameof(moduleSize));
        if (!Enum.IsDefined(level))
            throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown QR error level.");
        Write(Gs, (byte)'(', (byte)'k', 4, 0, 49, 65, 50, 0);
        Write(Gs, (byte)'(', (byte)'k', 3, 0, 49, 67, size);
        Write(Gs, (byte)'(', (byte)'k', 3, 0, 49, 69, (byte)level);
        var (pL, pH) = LittleEndian(payload.Length + 3, nameof(data));
        Write(Gs, (byte)'(', (byte)'k', pL, pH, 49, 80, 48);
        Write(payload);
        Write(Gs, (byte)'(', (byte)'k', 3, 0, 49, 81, 48);
        return this;
    }

    /// <summary>
    /// GS ( k, cn 48: PDF417. Columns 0 (auto) or 1..30, rows 0 (auto) or 3..90, module width 2..8 dots, row height
    /// 2..8 × module width, error correction level 0..8. The payload is sent as UTF-8 bytes.
    /// </summary>
    public EscPosBuilder Pdf417(string data, int columns = 0, int rows = 0, int moduleWidth = 3, int rowHeight = 3, int errorLevel = 1)
    {
        ArgumentNullException.ThrowIfNull(data);
        var payload = System.Text.Encoding.UTF8.GetBytes(data);
        if (payload.Length is 0 or > 1108)
            throw new ArgumentException($"PDF417 data must be 1..1108 bytes, not {payload.Length}.", nameof(data));
        if (columns != 0)
            CheckByte(columns, 1, 30, nameof(columns));
        if (rows != 0)
            CheckByte(rows, 3, 90, nameof(rows));
        Write(Gs, (byte)'(', (byte)'k', 3, 0, 48, 65, (byte)columns);
        Write(Gs, (byte)'(', (byte)'k', 3, 0, 48, 66, (byte)rows);
        Write(Gs, (byte)'(', (byte)'k', 3, 0, 48, 67, CheckByte(moduleWidth, 2, 8, nameof(moduleWidth)));
        Write(Gs, (byte)'(', (byte)'k', 3, 0, 48, 68, CheckByte(rowHeight, 2, 8, nameof(rowHeight)));
        Write(Gs, (byte)'(', (byte)'k', 4, 0, 48, 69, 48, (byte)(48 + CheckByte(errorLevel, 0, 8, nameof(errorLevel))));
        var (pL, pH) = LittleEndian(payload.Length + 3, nameof(data));
        Write(Gs, (byte)'(', (byte)'k', pL, pH, 48, 80, 48);
        Write(payload);
        Write(Gs, (byte)'(', (byte)'k', 3, 0, 48, 81, 48);
        return this;
    }

    private void WriteBarcodeSettings(EscPosBarcodeOptions options)
    {
        Write(Gs, (byte)'h', (byte)options.HeightDots);
        Write(Gs, (byte)'w', (byte)options.ModuleWidthDots);
        Write(Gs, (byte)'H', (byte)options.Hri);
    }

    private void CheckWidth(string symbology, int dots)
    {
        if (dots > PrintableWidthDots)
            throw new ArgumentException($"The {symbology} symbol would be {dots} dots wide (quiet zones included) but the paper has {PrintableWidthDots}; printers only feed paper then. Use a narrower module or shorter data.");
    }

    internal static int Gs1CheckDigit(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var weight = (digits.Length - i) % 2 == 1 ? 3 : 1;
            sum += (digits[i] - '0') * weight;
        }

        return (10 - (sum % 10)) % 10;
    }
}
