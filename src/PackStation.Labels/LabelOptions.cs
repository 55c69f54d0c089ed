using System.ComponentModel.DataAnnotations;

namespace PackStation.Labels;

/// <summary>Configuration section <c>Labels</c>.</summary>
public sealed class LabelOptions : IValidatableObject
{
    public const string SectionName = "Labels";

    /// <summary>The sender printed on every label.</summary>
    public SenderAddress Sender { get; set; } = new();

    /// <summary>The font file for raster text and previews; empty: fonts-wqy-zenhei or another installed CJK font.</summary>
    public string? FontPath { get; set; }

    /// <summary>
    /// The printer-resident CJK TrueType font ZPL printers use when their profile declares Chinese text
    /// (<c>chineseText: gb18030</c>); Zebra's Simplified Chinese font is E:ANMDS.TTF.
    /// </summary>
    public string ZplCjkFont { get; set; } = "E:ANMDS.TTF";

    /// <summary>Time zone of the print time on labels (IANA id, e.g. Asia/Shanghai); empty: the machine's.</summary>
    public string? TimeZone { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(ZplCjkFont))
            yield return new ValidationResult("must name a printer font such as E:ANMDS.TTF.", [nameof(ZplCjkFont)]);
        if (!string.IsNullOrWhiteSpace(TimeZone) && !TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
            yield return new ValidationResult($"\"{TimeZone}\" is not a known time zone id (e.g. Asia/Shanghai).", [nameof(TimeZone)]);
    }
}
