using System.Text;
using System.Text.Unicode;
using PackStation.Hardware.Scanners.Framing;
using PackStation.Hardware.Scanners.Gs1;

namespace PackStation.Hardware.Scanners;

/// <summary>
/// Turns one frame into a <see cref="Scan"/>: strict UTF-8, prefix, AIM identifier, then meaning — GS1 element
/// strings parsed and checked, EAN/UPC check digits verified. Anything wrong gives a scan with Valid false and an
/// error naming what and where; the decoder never throws on input.
/// </summary>
public sealed class ScanDecoder(string prefix, AimMode aimMode)
{
    public Scan Decode(ScanFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        string? error = frame.Error;
        var text = Encoding.UTF8.GetString(frame.Bytes);
        if (!Utf8.IsValid(frame.Bytes) && FirstInvalidUtf8(frame.Bytes) is var at)
            error ??= $"invalid UTF-8 at byte {at}: {Printable.Hex(frame.Bytes.AsSpan(Math.Max(0, at - 4)), 12)}";

        if (prefix.Length > 0)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
                text = text[prefix.Length..];
            else
                error ??= $"expected prefix \"{Printable.Escape(prefix)}\"";
        }

        string? aim = null;
        if (aimMode != AimMode.Off && AimIdentifier.TryRead(text, out var read))
        {
            aim = read;
            text = text[3..];
        }
        else if (aimMode == AimMode.Required)
        {
            error ??= "no AIM symbology identifier (the profile requires one; check the scanner's AIM ID setting)";
        }

        error ??= CheckCharacters(text);
        IReadOnlyDictionary<string, string>? gs1 = null;
        if (error is null)
            (gs1, error) = Interpret(aim, text, frame.ReceivedAt.Year);

        var symbology = aim is null ? null : AimIdentifier.Symbology(aim);
        return error is null
            ? new Scan(text, frame.ReceivedAt, symbology, aim, gs1)
            : new Scan(Printable.Escape(text, 4096), frame.ReceivedAt, symbology, aim, null, Valid: false, Error: error);
    }

    private static (IReadOnlyDictionary<string, string>? Gs1, string? Error) Interpret(string? aim, string text, int year)
    {
        if (AimIdentifier.IsGs1(aim))
            return FromGs1(Gs1ElementParser.Parse(text, year));
        if (AimIdentifier.IsEanUpc(aim))
            return (null, CheckEanUpc(aim!, text));
        if (aim is "]I1" && text.Length == 14)
            return (null, Gs1CheckDigit.TryValidateGtin(text, out var itfError) ? null : itfError);
        if (Gs1ElementParser.LooksBracketed(text))
            return FromGs1(Gs1ElementParser.ParseBracketed(text, year));
        if (aim is null && text.Contains(Gs1ElementParser.GroupSeparator, StringComparison.Ordinal) && text.Length > 0 && char.IsAsciiDigit(text[0]))
            return FromGs1(Gs1ElementParser.Parse(text, year));
        return (null, null);
    }

    private static (IReadOnlyDictionary<string, string>?, string?) FromGs1(Gs1ParseResult result) =>
        result.IsValid ? (result.Elements, null) : (null, "GS1: " + result.Error);

    private static string? CheckEanUpc(string aim, string text)
    {
        if (aim is "]E1" or "]E2")
            return text.Length is 2 or 5 && text.All(char.IsAsciiDigit) ? null : $"add-on \"{text}\" is not 2 or 5 digits";
        if (Scan.GtinOf(aim, text) is not { } gtin)
            return $"\"{Printable.Escape(text)}\" is not an {AimIdentifier.Symbology(aim)} code";
        return Gs1CheckDigit.TryValidateGtin(gtin, out var error) ? null : error;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var at = 0;
        while (at < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[at..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
                return at;
            at += consumed;
        }

        return at;
    }

    /// <summary>NUL and other control characters are errors; GS, RS, FS and EOT are data separators (GS1, ISO/IEC 15434).</summary>
    private static string? CheckCharacters(string text)
    {
        if (text.Length == 0)
            return "empty scan";
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c < ' ' || c == '\u007F') && c is not ('\u001D' or '\u001E' or '\u001C' or '\u0004'))
                return $"control character {Printable.Escape(c.ToString())} at offset {i}";
        }

        return null;
    }
}
