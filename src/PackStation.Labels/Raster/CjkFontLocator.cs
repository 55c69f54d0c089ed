using SkiaSharp;

namespace PackStation.Labels.Raster;

/// <summary>
/// Finds the font used for raster text and previews: the configured file, else a CJK font from the Debian packages
/// the install step adds (fonts-wqy-zenhei; fonts-noto-cjk and Droid Sans Fallback also work), else whatever
/// fontconfig offers for Chinese. Without one, raster Chinese text cannot be made: a clear error, not tofu.
/// </summary>
public static class CjkFontLocator
{
    public static IReadOnlyList<string> KnownPaths { get; } =
    [
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    ];

    public static SKTypeface Load(string? configuredPath)
    {
        if (!string.IsNullOrWhiteSpace(configuredPath))
        {
            return File.Exists(configuredPath)
                ? SKTypeface.FromFile(configuredPath) ?? throw new LabelRenderException($"The label font {configuredPath} cannot be read.")
                : throw new LabelRenderException($"Labels:FontPath names {configuredPath}, which does not exist.");
        }

        foreach (var path in KnownPaths)
        {
            if (File.Exists(path) && SKTypeface.FromFile(path) is { } typeface)
                return typeface;
        }

        return SKFontManager.Default.MatchCharacter('中')
            ?? throw new LabelRenderException("No CJK font found for raster text: install fonts-wqy-zenhei or set Labels:FontPath.");
    }
}
