namespace PackStation.Labels.Tests.Support;

/// <summary>
/// The independent parts the tests use: zbarimg (Debian zbar-tools) to decode barcodes, and tests/tools/render-zpl.mjs
/// (zpl-renderer-js) to render ZPL. .ci/install installs both; a missing tool fails the test with a message saying so.
/// </summary>
public static class ExternalTools
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>zbarimg --nodbus --raw -q: the decoded data, one line per symbol (empty when nothing is found).</summary>
    public static IReadOnlyList<string> Zbar(string pngPath) => TestKit.Zbar.Decode(pngPath);

    /// <summary>zbarimg with symbology names ("CODE-128:…", "QR-Code:…").</summary>
    public static IReadOnlyList<string> ZbarTyped(string pngPath) => TestKit.Zbar.DecodeTyped(pngPath);

    public static void RenderZpl(string zplPath, string pngPath, double widthMm, double heightMm, int dotsPerMm = 8)
    {
        var script = Path.Combine(RepositoryRoot, "tests", "tools", "render-zpl.mjs");
        Assert.True(Directory.Exists(Path.Combine(RepositoryRoot, "tests", "tools", "node_modules", "zpl-renderer-js")),
            "zpl-renderer-js is not installed: run .ci/install (npm install in tests/tools).");
        var (exit, _, error) = Run("node", [script, zplPath, pngPath, Fmt(widthMm), Fmt(heightMm), dotsPerMm.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        Assert.True(exit == 0, $"render-zpl failed ({exit}): {error}");
    }

    public static (int Exit, string Output, string Error) Run(string file, IEnumerable<string> arguments) => TestKit.ToolProcess.Run(file, arguments);

    private static string Fmt(double value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PackStation.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException("PackStation.sln not found above the test folder.");
    }
}
