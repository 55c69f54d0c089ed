using System.Net;
using System.Text;

namespace PackStation.Web.Sheets;

/// <summary>Renders barcode cards as a self-contained A4 HTML page (no external assets) that prints cleanly.</summary>
public static class SheetPage
{
    public static string Render(string title, IEnumerable<SheetCard> cards)
    {
        ArgumentNullException.ThrowIfNull(cards);
        var html = new StringBuilder()
            .Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(WebUtility.HtmlEncode(title)).Append("</title>")
            .Append("<link rel=\"stylesheet\" href=\"/assets/sheet.css\"></head><body>")
            .Append("<header><h1>").Append(WebUtility.HtmlEncode(title))
            .Append("</h1><button class=\"no-print\" onclick=\"window.print()\">Print / 打印</button></header><main class=\"cards\">");
        foreach (var card in cards)
        {
            html.Append("<section class=\"card\"><div class=\"caption\">").Append(WebUtility.HtmlEncode(card.Caption))
                .Append(" <span lang=\"zh-CN\">").Append(WebUtility.HtmlEncode(card.CaptionZh)).Append("</span></div>")
                .Append(Code128Svg.Render(card.Code))
                .Append("<div class=\"code\">").Append(WebUtility.HtmlEncode(card.Code)).Append("</div>");
            if (card.Note is not null)
                html.Append("<div class=\"note\">").Append(WebUtility.HtmlEncode(card.Note)).Append("</div>");
            html.Append("</section>");
        }

        return html.Append("</main></body></html>").ToString();
    }
}
