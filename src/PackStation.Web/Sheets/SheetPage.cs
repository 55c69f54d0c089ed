using System.Net;
using System.Text;

namespace PackStation.Web.Sheets;

/// <summary>
/// Renders barcode cards as an A4 HTML page that prints cleanly. <paramref name="language"/> is the page's
/// (<c>html lang</c>); captions are in both languages, each marked with its own.
/// </summary>
public static class SheetPage
{
    public static string Render(string title, IEnumerable<SheetCard> cards, string language = "en")
    {
        ArgumentNullException.ThrowIfNull(cards);
        var html = new StringBuilder()
            .Append("<!doctype html><html lang=\"").Append(WebUtility.HtmlEncode(language)).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>").Append(WebUtility.HtmlEncode(title)).Append("</title>")
            .Append("<link rel=\"stylesheet\" href=\"/assets/sheet.css\"></head><body>")
            .Append("<header><h1>").Append(WebUtility.HtmlEncode(title))
            .Append("</h1><button class=\"no-print\" onclick=\"window.print()\">Print / 打印</button></header><main class=\"cards\">");
        foreach (var card in cards)
        {
            html.Append("<section class=\"card\"><div class=\"caption\"><span lang=\"en\">").Append(WebUtility.HtmlEncode(card.Caption)).Append("</span>")
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
