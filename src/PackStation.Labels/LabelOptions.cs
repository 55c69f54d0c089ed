using System.ComponentModel.DataAnnotations;

namespace PackStation.Labels;

/// <summary>Configuration section <c>Labels</c>: fonts. The sender and the print time's zone are <see cref="SiteOptions"/>.</summary>
public sealed class LabelOptions : IValidatableObject
{
    public const string SectionName = "Labels";

    /// <summary>The font file for raster text and previews; empty: fonts-wqy-zenhei or another installed CJK font.</summary>
    public string? FontPath { get; set; }

    /// <summary>
    /// The printer-resident CJK TrueType font ZPL printers use when their profile declares Chinese text
    /// (<c>chineseText: gb18030</c>); Zebra's Simplified Chinese font is E:ANMDS.TTF.
    /// </summary>
    public string ZplCjkFont { get; set; } = "E:ANMDS.TTF";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(ZplCjkFont))
            yield return new ValidationResult("must name a printer font such as E:ANMDS.TTF.", [nameof(ZplCjkFont)]);
    }
}
