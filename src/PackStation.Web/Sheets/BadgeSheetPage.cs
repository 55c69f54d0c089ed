using System.Globalization;
using System.Net;
using System.Text;
using PackStation.Domain.Packers;

namespace PackStation.Web.Sheets;

/// <summary>
/// Badges to print and cut: A4 pages of ten ID-1 cards (85.6 × 54 mm, the size of badge holders), two across and five
/// down, edge to edge, with cut marks in the margins where the cuts go. Each card has the name, the id, the role and
/// the badge as Code 128; no photo, and the code is not printed as text (a glance must not be enough to copy it).
/// Each page is one SVG in millimetres, so it prints at exact size.
/// </summary>
public static class BadgeSheetPage
{
    public const int CardsPerPage = Columns * Rows;
    private const int Columns = 2;
    private const int Rows = 5;
    private const double CardWidth = 85.6;
    private const double CardHeight = 54;
    private const double Left = (210 - Columns * CardWidth) / 2;
    private const double Top = (297 - Rows * CardHeight) / 2;

    private const string Style = """
        @page { size: A4; margin: 0; }
        body { margin: 0; font-family: system-ui, "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif; color: #000; background: #fff; }
        header { display: flex; gap: 1em; align-items: center; justify-content: space-between; max-width: 210mm; margin: 0 auto; padding: 4mm 0; }
        h1 { font-size: 14pt; margin: 0; }
        svg.page { display: block; width: 210mm; height: 297mm; margin: 0 auto; break-after: page; background: #fff; }
        @media screen { body { background: #ddd; } svg.page { margin-bottom: 8mm; box-shadow: 0 0 2mm #888; } }
        @media print { .no-print { display: none; } }
        """;

    /// <param name="language">The page's language (<c>html lang</c>); the captions are in both, each marked with its own.</param>
    public static string Render(IReadOnlyList<Packer> packers, string language = "en")
    {
        ArgumentNullException.ThrowIfNull(packers);
        var html = new StringBuilder()
            .Append("<!doctype html><html lang=\"").Append(WebUtility.HtmlEncode(language)).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>PackStation badges / 工牌</title><style>")
            .Append(Style).Append("</style></head><body><header class=\"no-print\"><h1><span lang=\"en\">PackStation badges</span> / ")
            .Append("<span lang=\"zh-CN\">工牌</span> (").Append(packers.Count.ToString(CultureInfo.InvariantCulture))
            .Append(")</h1><button type=\"button\" onclick=\"window.print()\"><span lang=\"en\">Print</span> / <span lang=\"zh-CN\">打印</span>")
            .Append("</button></header><main>");
        foreach (var page in packers.Chunk(CardsPerPage))
            AppendPage(html, page);
        return html.Append("</main></body></html>").ToString();
    }

    private static void AppendPage(StringBuilder html, Packer[] cards)
    {
        html.Append("<svg class=\"page\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 210 297\" width=\"210mm\" height=\"297mm\">");
        AppendCutMarks(html);
        for (var i = 0; i < cards.Length; i++)
            AppendCard(html, cards[i], Left + i % Columns * CardWidth, Top + i / Columns * CardHeight);
        html.Append("</svg>");
    }

    private static void AppendCard(StringBuilder html, Packer packer, double x, double y)
    {
        var role = packer.IsSupervisor ? "主管 Supervisor" : "打包员 Packer";
        html.Append(F($"<g transform=\"translate({x} {y})\"><text x=\"6\" y=\"8\" font-size=\"3.2\">PackStation</text>"))
            .Append(F($"<text x=\"{CardWidth - 6}\" y=\"8\" font-size=\"3.2\" text-anchor=\"end\">{role}</text>"))
            .Append(F($"<text x=\"6\" y=\"20\" font-size=\"9\" font-weight=\"700\"{FitWidth(packer.Name, 9, CardWidth - 12)}>"))
            .Append(WebUtility.HtmlEncode(packer.Name)).Append("</text>")
            .Append(F($"<text x=\"6\" y=\"27\" font-size=\"3.5\">工号 ID {WebUtility.HtmlEncode(packer.Id)}</text>"))
            .Append(Code128Svg.Render(packer.Badge, F($"x=\"5\" y=\"31\" width=\"{CardWidth - 10}\" height=\"15\"")))
            .Append(F($"<text x=\"{CardWidth / 2}\" y=\"50\" font-size=\"2.6\" text-anchor=\"middle\">扫描登录 Scan to log in</text></g>"));
    }

    /// <summary>Short marks outside the block of cards, in line with every cut.</summary>
    private static void AppendCutMarks(StringBuilder html)
    {
        const double gap = 2, length = 6;
        var right = Left + Columns * CardWidth;
        var bottom = Top + Rows * CardHeight;
        html.Append("<g stroke=\"#000\" stroke-width=\"0.2\">");
        for (var c = 0; c <= Columns; c++)
        {
            var x = Left + c * CardWidth;
            html.Append(F($"<line x1=\"{x}\" y1=\"{Top - gap - length}\" x2=\"{x}\" y2=\"{Top - gap}\"/>"))
                .Append(F($"<line x1=\"{x}\" y1=\"{bottom + gap}\" x2=\"{x}\" y2=\"{bottom + gap + length}\"/>"));
        }

        for (var r = 0; r <= Rows; r++)
        {
            var y = Top + r * CardHeight;
            html.Append(F($"<line x1=\"{Left - gap - length}\" y1=\"{y}\" x2=\"{Left - gap}\" y2=\"{y}\"/>"))
                .Append(F($"<line x1=\"{right + gap}\" y1=\"{y}\" x2=\"{right + gap + length}\" y2=\"{y}\"/>"));
        }

        html.Append("</g>");
    }

    /// <summary>Squeezes a name that would be wider than the card (CJK about 1 em a character, Latin about 0.6 em).</summary>
    private static string FitWidth(string text, double fontSize, double width)
    {
        var estimate = text.Sum(c => c > 0x2E80 ? 1.0 : 0.6) * fontSize;
        return estimate <= width ? "" : F($" textLength=\"{width}\" lengthAdjust=\"spacingAndGlyphs\"");
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
