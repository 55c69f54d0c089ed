namespace PackStation.TestKit;

/// <summary>
/// zbarimg (Debian zbar-tools, installed by .ci/install): the independent decoder that proves a printed or shown
/// barcode scans. Exit 4 means "no symbol found", which the caller sees as an empty list.
/// </summary>
public static class Zbar
{
    /// <summary>zbarimg --raw: the decoded data, one entry per symbol.</summary>
    public static IReadOnlyList<string> Decode(string imagePath) => Run(["--nodbus", "--raw", "-q", imagePath]);

    /// <summary>With symbology names ("CODE-128:…", "QR-Code:…").</summary>
    public static IReadOnlyList<string> DecodeTyped(string imagePath) => Run(["--nodbus", "-q", imagePath]);

    private static string[] Run(string[] arguments)
    {
        var (exit, output, error) = ToolProcess.Run("zbarimg", arguments);
        if (exit is not (0 or 4))
            throw new InvalidOperationException($"zbarimg failed ({exit}): {error}");
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
