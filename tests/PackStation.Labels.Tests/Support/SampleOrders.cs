using PackStation.Domain.Orders;
using PackStation.Hardware.Printers;
using PackStation.Hardware.Profiles;

namespace PackStation.Labels.Tests.Support;

/// <summary>Orders and printer settings the label tests share. Hostile text carries every printer language's metacharacters and controls.</summary>
public static class SampleOrders
{
    public const string Hostile = "Bob ^XZ^XA~JA \\ \"q\" 'x' _5E\r\nCLS\u001B@\u001DV\u0010\u0004\u0000\u001C&END";

    public static Order Chinese(string? name = null, string? address = null) => new()
    {
        Id = "TB-3391028845",
        Shop = "taobao",
        ExternalId = "3391028845",
        CreatedAt = new DateTimeOffset(2026, 11, 28, 9, 12, 0, TimeSpan.FromHours(8)),
        Recipient = new Recipient(name ?? "张小燕", "13812345678", address ?? "浙江省杭州市西湖区文三路90号3单元501",
            "杭州市", "浙江省", "西湖区", "310012", "CN"),
        Lines = [new OrderLine("CY-26-RED-50", "内蒙古山羊绒线 50g 正红", 2, 52)],
        Carrier = "ZTO",
    };

    public static Order Western(string? name = null, string? address = null) => new()
    {
        Id = "SH-1001",
        Shop = "shopify",
        ExternalId = "1001",
        CreatedAt = new DateTimeOffset(2026, 11, 28, 9, 12, 0, TimeSpan.Zero),
        Recipient = new Recipient(name ?? "Anna Schmidt", "+49 30 1234567", address ?? "Hauptstrasse 5", "Berlin", null, null, "10115", "DE"),
        Lines = [new OrderLine("CY-26-GRY-50", "Cashmere yarn 50g grey", 3, 52)],
        Carrier = "DHL",
    };

    public static PrinterSettings Zpl(bool chinese = false, bool nativeBarcodes = true, int dpi = 203, int width = 812) => new()
    {
        Language = PrinterLanguage.Zpl, Dpi = dpi, PrintableWidthDots = width, ChineseText = chinese ? "gb18030" : "raster",
        NativeBarcodes = nativeBarcodes, NativeQr = nativeBarcodes,
    };

    public static PrinterSettings EscPos(bool chinese = true, bool nativeBarcodes = true) => new()
    {
        Language = PrinterLanguage.EscPos, Dpi = 203, PrintableWidthDots = 576, ChineseText = chinese ? "gb18030" : "raster",
        NativeBarcodes = nativeBarcodes, NativeQr = nativeBarcodes, Cutter = true,
    };

    public static PrinterSettings Tspl(bool chinese = true, bool nativeBarcodes = true) => new()
    {
        Language = PrinterLanguage.Tspl, Dpi = 203, PrintableWidthDots = 832, ChineseText = chinese ? "gb18030" : "raster",
        NativeBarcodes = nativeBarcodes, NativeQr = nativeBarcodes,
    };

    public static SenderAddress Sender { get; } = new()
    {
        Name = "草原羊绒", Phone = "0471-5551234", Address = "赛罕区大学西街1号", City = "呼和浩特市", Province = "内蒙古自治区",
    };
}
