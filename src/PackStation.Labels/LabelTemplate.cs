namespace PackStation.Labels;

/// <summary>Which label to print. The CLI's <c>--template</c> takes the kebab-case names in <see cref="LabelTemplates"/>.</summary>
public enum LabelTemplate
{
    /// <summary>4x6 inch (101.6 x 152.4 mm) shipping label, as used abroad.</summary>
    Shipping4x6,

    /// <summary>Chinese e-waybill (电子面单), 76 x 130 mm.</summary>
    Waybill76x130,

    /// <summary>Chinese e-waybill, 100 x 180 mm.</summary>
    Waybill100x180,

    /// <summary>Packing slip on 80 mm receipt paper; as long as the order needs.</summary>
    PackingSlip80,
}
