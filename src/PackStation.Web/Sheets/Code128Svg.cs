using System.Globalization;
using System.Text;
using ZXing;
using ZXing.OneD;

namespace PackStation.Web.Sheets;

/// <summary>
/// Code 128 as an SVG drawn from ZXing's module row: one rectangle per bar, one user unit per module, a quiet zone of
/// ten modules each side. The SVG scales to any width (<c>preserveAspectRatio="none"</c>) and prints crisp.
/// </summary>
public static class Code128Svg
{
    private const int QuietModules = 10;

    /// <summary>The symbol as an <c>svg</c> element; <paramref name="placement"/> adds attributes (<c>x="5" y="30" width="75" height="15"</c>) to nest it in another SVG.</summary>
    public static string Render(string data, string? placement = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(data);
        var matrix = new Code128Writer().encode(data, BarcodeFormat.CODE_128, 0, 1, new Dictionary<EncodeHintType, object> { [EncodeHintType.MARGIN] = QuietModules });
        var width = matrix.Width;
        var svg = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"barcode\" {placement} viewBox=\"0 0 {width} 40\" preserveAspectRatio=\"none\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"{System.Net.WebUtility.HtmlEncode(data)}\">")
            .Append(CultureInfo.InvariantCulture, $"<rect width=\"{width}\" height=\"40\" fill=\"#fff\"/>");
        var x = 0;
        while (x < width)
        {
            if (!matrix[x, 0])
            {
                x++;
                continue;
            }

            var start = x;
            while (x < width && matrix[x, 0])
                x++;
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{start}\" width=\"{x - start}\" height=\"40\"/>");
        }

        return svg.Append("</svg>").ToString();
    }
}
