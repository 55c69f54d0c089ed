namespace PackStation.Labels;

/// <summary>Names and physical sizes of the templates.</summary>
public static class LabelTemplates
{
    private static readonly Dictionary<string, LabelTemplate> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["shipping-4x6"] = LabelTemplate.Shipping4x6,
        ["waybill-76x130"] = LabelTemplate.Waybill76x130,
        ["waybill-100x180"] = LabelTemplate.Waybill100x180,
        ["packing-slip-80"] = LabelTemplate.PackingSlip80,
    };

    public static IEnumerable<string> Names => ByName.Keys;

    public static bool TryParse(string? name, out LabelTemplate template) =>
        ByName.TryGetValue(name ?? string.Empty, out template);

    public static string Name(LabelTemplate template) => ByName.First(p => p.Value == template).Key;

    /// <summary>Width and height in millimetres; height 0 means "as long as the content" (receipt paper).</summary>
    public static (double WidthMm, double HeightMm) SizeMm(LabelTemplate template) => template switch
    {
        LabelTemplate.Shipping4x6 => (101.6, 152.4),
        LabelTemplate.Waybill76x130 => (76, 130),
        LabelTemplate.Waybill100x180 => (100, 180),
        LabelTemplate.PackingSlip80 => (80, 0),
        _ => throw new ArgumentOutOfRangeException(nameof(template), template, null),
    };

    /// <summary>The usual template for a carrier: Chinese carriers get the 76x130 e-waybill, others the 4x6 label.</summary>
    public static LabelTemplate DefaultFor(string? carrier, string? country) =>
        string.Equals(country, "CN", StringComparison.OrdinalIgnoreCase) ? LabelTemplate.Waybill76x130 : LabelTemplate.Shipping4x6;
}
