using System.Globalization;
using System.Net;
using System.Text;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;
using ZXing.QrCode.Internal;

namespace PackStation.Web.Sheets;

/// <summary>
/// A QR code as an SVG drawn from ZXing's module matrix: one path of unit squares (run by run along each row), a
/// quiet zone of four modules, error correction M. Scales to any size and prints crisp.
/// </summary>
public static class QrSvg
{
    private const int QuietModules = 4;

    public static string Render(string data, string? label = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(data);
        var hints = new Dictionary<EncodeHintType, object>
        {
            [EncodeHintType.MARGIN] = QuietModules,
            [EncodeHintType.ERROR_CORRECTION] = ErrorCorrectionLevel.M,
            [EncodeHintType.CHARACTER_SET] = "UTF-8",
        };
        var matrix = new QRCodeWriter().encode(data, BarcodeFormat.QR_CODE, 0, 0, hints);
        var size = matrix.Width;
        var svg = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" width=\"{size * 4}\" height=\"{size * 4}\" ")
            .Append("shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"").Append(WebUtility.HtmlEncode(label ?? data)).Append("\">")
            .Append(CultureInfo.InvariantCulture, $"<rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path fill=\"#000\" d=\"");
        AppendModules(svg, matrix);
        return svg.Append("\"/></svg>").ToString();
    }

    private static void AppendModules(StringBuilder svg, BitMatrix matrix)
    {
        for (var y = 0; y < matrix.Height; y++)
        {
            var x = 0;
            while (x < matrix.Width)
            {
                if (!matrix[x, y])
                {
                    x++;
                    continue;
                }

                var start = x;
                while (x < matrix.Width && matrix[x, y])
                    x++;
                svg.Append(CultureInfo.InvariantCulture, $"M{start} {y}h{x - start}v1h-{x - start}z");
            }
        }
    }
}
