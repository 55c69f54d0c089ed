using System.Globalization;
using PackStation.Hardware.Printers;

namespace PackStation.Labels.Documents;

/// <summary>
/// The words and codes a label shows, taken from the request: untrusted text already stripped of control characters
/// (language metacharacters are the printer builders' job), the recipient masked where the template asks for it.
/// </summary>
public sealed record LabelContent
{
    public required string TrackingNumber { get; init; }
    public required string Carrier { get; init; }
    public required string RoutingCode { get; init; }
    public required string RecipientName { get; init; }
    public required string RecipientPhone { get; init; }
    public required string RecipientAddress { get; init; }
    public required string RecipientRegion { get; init; }
    public required string SenderName { get; init; }
    public required string SenderPhone { get; init; }
    public required string SenderAddress { get; init; }
    public required string OrderId { get; init; }
    public required IReadOnlyList<(string Sku, string Title, int Quantity)> Lines { get; init; }
    public required string GoodsSummary { get; init; }
    public required string PrintedAt { get; init; }
    public required string QrData { get; init; }

    public static LabelContent From(LabelRequest request, LabelTemplate template, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        var order = request.Order;
        var recipient = order.Recipient;
        var mask = template is LabelTemplate.Waybill76x130 or LabelTemplate.Waybill100x180;
        var region = Join(" ", recipient.Province, recipient.City, recipient.District);
        var address = Clean(recipient.Address);
        // Chinese addresses usually repeat province and city; print the region once, in front, only if missing.
        var fullAddress = region.Length > 0 && !address.StartsWith(Clean(recipient.Province), StringComparison.Ordinal)
            ? Join(" ", region, address) : address;
        if (!mask)
            fullAddress = Join(", ", address, Join(" ", recipient.City, recipient.Province, recipient.PostalCode), recipient.Country);
        var lines = order.Lines.Select(l => (Clean(l.Sku), Clean(l.Title), l.Quantity)).ToList();
        var sender = request.Sender;
        var routing = Clean(request.RoutingCode);
        return new LabelContent
        {
            TrackingNumber = request.TrackingNumber,
            Carrier = Clean(request.Carrier ?? order.Carrier),
            RoutingCode = routing.Length > 0 ? routing : Join(" ", Shorten(recipient.Province), Shorten(recipient.City)),
            RecipientName = mask ? PrivacyMask.Name(Clean(recipient.Name)) : Clean(recipient.Name),
            RecipientPhone = mask ? PrivacyMask.Phone(recipient.Phone) : Clean(recipient.Phone),
            RecipientAddress = fullAddress,
            RecipientRegion = region,
            SenderName = Clean(sender.Name),
            SenderPhone = Clean(sender.Phone),
            SenderAddress = Join(" ", sender.Province, sender.City, sender.District, sender.Address),
            OrderId = Clean(order.Id),
            Lines = lines,
            GoodsSummary = string.Join("; ", lines.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Item2} x{l.Quantity}"))),
            PrintedAt = now.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            QrData = request.TrackingNumber,
        };
    }

    private static string Clean(string? text) => PrinterTextSanitizer.Sanitize(text).Trim();

    private static string Join(string separator, params string?[] parts) =>
        string.Join(separator, parts.Select(Clean).Where(p => p.Length > 0));

    /// <summary>"浙江省" → "浙江", "杭州市" → "杭州": the way sort codes are written.</summary>
    private static string Shorten(string? region)
    {
        var text = Clean(region);
        foreach (var suffix in new[] { "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "省", "市" })
        {
            if (text.Length > suffix.Length + 1 && text.EndsWith(suffix, StringComparison.Ordinal))
                return text[..^suffix.Length];
        }

        return text;
    }
}
